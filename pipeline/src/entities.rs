//! Stage 3 and 5: people with roles, organisations and places, merged across documents.

use knowledge::Document;

use crate::Entities;

/// Extracts and merges the entities of every document.
pub fn extract(documents: &[Document]) -> Entities {
    let _ = documents;
    Entities::default()
}
