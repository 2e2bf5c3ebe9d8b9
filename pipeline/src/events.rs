//! Stage 3: production events, dated with [`crate::dates`] and linked to entities.

use knowledge::{Document, Event};

use crate::Entities;

/// Extracts production events from every document, in chronological order.
pub fn extract(documents: &[Document], entities: &Entities) -> Vec<Event> {
    let _ = (documents, entities);
    Vec::new()
}
