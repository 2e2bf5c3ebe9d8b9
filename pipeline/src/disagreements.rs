//! Stage 6: facts on which sources give different values.

use knowledge::{Disagreement, Document, Event};

use crate::Entities;

/// Finds values that differ between sources.
pub fn find(documents: &[Document], entities: &Entities, events: &[Event]) -> Vec<Disagreement> {
    let _ = (documents, entities, events);
    Vec::new()
}
