//! Stage 2: paragraphs and sentences with spans, scrape residue, and document metadata.

use std::path::Path;

use knowledge::{Date, Segment, SegmentKind, Span};

use crate::BuildError;

/// Metadata a document gives about itself.
#[derive(Clone, Debug, Default)]
pub struct Metadata {
    /// Title (or first line).
    pub title: String,
    /// Outlet that published it.
    pub outlet: Option<String>,
    /// Author from a byline.
    pub author: Option<String>,
    /// Publication date.
    pub published: Option<Date>,
}

/// A segmented document.
#[derive(Clone, Debug, Default)]
pub struct Segmented {
    /// Segments in text order.
    pub segments: Vec<Segment>,
    /// Detected metadata.
    pub metadata: Metadata,
}

/// Splits repaired `text` into segments and detects its metadata.
pub fn segment(text: &str) -> Segmented {
    let end = text.len() as u32;
    Segmented {
        segments: vec![Segment { span: Span { start: 0, end }, paragraph: 0, kind: SegmentKind::Sentence }],
        metadata: Metadata { title: text.lines().next().unwrap_or_default().to_owned(), ..Metadata::default() },
    }
}

/// Fails when a document has no prose at all (only residue), naming the file.
pub fn check_has_prose(path: &Path, segmented: &Segmented) -> Result<(), BuildError> {
    if segmented.segments.iter().any(|s| s.kind == SegmentKind::Sentence) {
        Ok(())
    } else {
        Err(BuildError { file: path.to_path_buf(), line: 1, message: "seed holds no prose, only scrape residue".into() })
    }
}
