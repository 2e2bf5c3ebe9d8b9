//! Repair and segmentation on the real seed articles: the damage they show is gone, the scrape
//! residue found by reading them is marked, and every span is sound.

use std::fs;
use std::path::{Path, PathBuf};

use knowledge::{RepairKind, ResidueKind, SegmentKind};
use pipeline::repair::{self, Repaired};
use pipeline::segment::{self, Segmented};

struct Doc {
    name: String,
    raw: String,
    repaired: Repaired,
    segmented: Segmented,
}

impl Doc {
    /// The kind of the segment whose text is exactly `text`.
    fn kind_of(&self, text: &str) -> SegmentKind {
        self.segmented
            .segments
            .iter()
            .find(|s| &self.repaired.text[s.span.start as usize..s.span.end as usize] == text)
            .unwrap_or_else(|| panic!("{}: no segment {text:?}", self.name))
            .kind
    }
}

fn seeds() -> Vec<Doc> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("seed directory")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 5, "expected the five seeds in {}", dir.display());
    paths
        .into_iter()
        .map(|path| {
            let raw = fs::read_to_string(&path).expect("seed is UTF-8");
            let repaired = repair::repair(&raw);
            let segmented = segment::segment(&repaired.text);
            let name = path.file_name().unwrap_or_default().to_string_lossy()[..3].to_owned();
            Doc { name, raw, repaired, segmented }
        })
        .collect()
}

fn doc<'a>(docs: &'a [Doc], name: &str) -> &'a Doc {
    docs.iter().find(|d| d.name == name).expect("seed present")
}

#[test]
fn no_mojibake_or_quote_fragment_survives() {
    for d in seeds() {
        for bad in ["â€", "†", "Ã", "Â", "\u{a0}", "\r", "\u{FEFF}"] {
            assert!(!d.repaired.text.contains(bad), "{}: {bad:?} left in the repaired text", d.name);
        }
    }
}

#[test]
fn seed_repairs_revert_and_are_idempotent() {
    for d in seeds() {
        assert_eq!(repair::revert(&d.repaired.text, &d.repaired.repairs), d.raw, "{}", d.name);
        for r in &d.repaired.repairs {
            assert_eq!(&d.repaired.text[r.span.start as usize..r.span.end as usize], &*r.replacement);
        }
        let again = repair::repair(&d.repaired.text);
        assert_eq!(again.text, d.repaired.text, "{}", d.name);
        assert!(again.repairs.is_empty(), "{}: {:?}", d.name, again.repairs);
    }
}

#[test]
fn quote_fragments_in_the_damaged_seed_become_closing_quotes() {
    let docs = seeds();
    let d = doc(&docs, "003");
    let fragments = d.repaired.repairs.iter().filter(|r| r.kind == RepairKind::StrayQuoteFragment).count();
    assert_eq!(fragments, 9);
    assert!(d.repaired.text.contains("“Rust,” the western"));
    assert!(d.repaired.text.contains("I really do love his writing.”\n"));
    assert!(d.repaired.text.contains("“Crown Vic” but"));
}

#[test]
fn seed_segments_are_in_bounds_and_in_order() {
    for d in seeds() {
        let text = &d.repaired.text;
        let mut covered = 0;
        for s in &d.segmented.segments {
            let (start, end) = (s.span.start as usize, s.span.end as usize);
            assert!(covered <= start && start < end && end <= text.len(), "{}: {s:?}", d.name);
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            assert!(text[covered..start].trim().is_empty(), "{}: text outside segments before {s:?}", d.name);
            covered = end;
        }
        assert!(text[covered..].trim().is_empty());
        assert!(segment::check_has_prose(Path::new(&d.name), &d.segmented).is_ok());
    }
}

#[test]
fn seed_residue_is_marked() {
    let docs = seeds();
    let residue = SegmentKind::Residue;
    let expected: &[(&str, &str, SegmentKind)] = &[
        ("001", "Rust (2025) Movie Review | AVForums", residue(ResidueKind::LinkTitle)),
        ("001", "Alec Baldwin's 'Rust' Film Makes Just $25K From Theatrical Release", residue(ResidueKind::LinkTitle)),
        ("002", "More On:Movies", residue(ResidueKind::Boilerplate)),
        ("003", "More to Read", residue(ResidueKind::Boilerplate)),
        ("003", "Only good movies", residue(ResidueKind::Boilerplate)),
        (
            "003",
            "Get the Indie Focus newsletter, Mark Olsen's weekly guide to the world of cinema.",
            residue(ResidueKind::Boilerplate),
        ),
        (
            "003",
            "You may occasionally receive promotional content from the Los Angeles Times.",
            residue(ResidueKind::Boilerplate),
        ),
        (
            "004",
            "Related: Alec Baldwin Participating in Documentary About Rust Tragedy",
            residue(ResidueKind::LinkTitle),
        ),
        ("004", "Rust Cast Alec Baldwin Halyna Hutchins", residue(ResidueKind::LinkTitle)),
        ("004", "Josh Hopkins/Instagram", residue(ResidueKind::ImageCredit)),
        ("004", "Leave a Comment", residue(ResidueKind::Boilerplate)),
        // Headings stay sources of facts.
        ("002", "“Rust”: A Tragedy on Set", SegmentKind::Heading),
        ("002", "“Rust” Release", SegmentKind::Heading),
        ("004", "Rust Does Not Yet Have a Release Date", SegmentKind::Heading),
        // So does prose next to residue.
        ("004", "Rust does not yet have a release date.", SegmentKind::Sentence),
        (
            "001",
            "Pursued by a relentless U.S. Marshal and haunted by his own violent past, Rust and the boy ride through a brutal landscape where justice is often decided by who draws first—and who’s left standing.",
            SegmentKind::Sentence,
        ),
    ];
    for (name, text, kind) in expected {
        assert_eq!(doc(&docs, name).kind_of(text), *kind, "{name}: {text}");
    }
    // The seed that is all prose keeps every line as prose.
    assert!(doc(&docs, "000").segmented.segments.iter().all(|s| s.kind == SegmentKind::Sentence));
}

#[test]
fn seed_metadata() {
    let docs = seeds();
    let titles = [
        ("001", "Rust (2025): When Blood Stains the West, Truth Becomes the Hardest Bullet to Fire"),
        ("003", "‘Rust’ explained: What we know about the film production that resulted in tragedy and death"),
        ("004", "Rust First Images Reveal the Late Halyna Hutchins’ Vision for Alec Baldwin Western"),
    ];
    for (name, title) in titles {
        let d = doc(&docs, name);
        assert_eq!(d.segmented.metadata.title, title);
        assert_eq!(d.kind_of(title), SegmentKind::Title);
    }
    assert_eq!(doc(&docs, "003").segmented.metadata.outlet.as_deref(), Some("Los Angeles Times"));
    for d in &docs {
        assert_eq!(d.segmented.metadata.author, None, "{}: no seed has a byline", d.name);
        assert_eq!(d.segmented.metadata.published, None, "{}: no seed has a dateline", d.name);
    }
}
