//! Document time end to end, on invented articles: the creation time a document states or
//! implies, and the anchor every worked-out event date keeps, so that the page can say how a
//! date was found.

use std::fs;
use std::path::{Path, PathBuf};

use knowledge::{Date, EventKind, KnowledgeBase, Precision, TimeSource};

/// Builds a one-article corpus written to a fresh directory under the target directory.
fn build(name: &str, text: &str) -> KnowledgeBase {
    let dir: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("time-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("a.txt"), text).unwrap();
    let kb = pipeline::build(&dir).unwrap_or_else(|e| panic!("{e}"));
    fs::remove_dir_all(&dir).unwrap();
    kb
}

fn quote(kb: &KnowledgeBase, span: knowledge::Span) -> &str {
    &kb.documents[0].text[span.start as usize..span.end as usize]
}

const COURT: &str = "Charges Dropped in Harbor Set Fall
The stunt fall on the set of the drama “Low Tide” happened in March 2019 near Bexley.
Almost two years after the March 2019 accident, prosecutors dismissed the charges against the stunt coordinator.
";

#[test]
fn an_undated_report_is_bounded_and_its_estimate_says_so() {
    let kb = build("court", COURT);
    let created = kb.documents[0].created.as_ref().expect("bounded from the content");
    assert_eq!(created.source, TimeSource::Inferred);
    assert_eq!(created.date, Date { year: 2021, month: 0, day: 0, precision: Precision::Year });
    assert!(quote(&kb, created.span).starts_with("Almost two years after"));

    let legal = kb.events.iter().find(|e| e.kind == EventKind::Legal).expect("a dismissal");
    let when = legal.when.as_ref().expect("dated");
    assert_eq!(when.date, Some(Date { year: 2021, month: 0, day: 0, precision: Precision::Year }));
    let anchor = when.anchor.as_ref().expect("worked out, so anchored");
    assert!(anchor.inferred);
    assert_eq!(anchor.rule, "almost 2 years after March 2019");
    assert!(anchor.evidence.quote(&kb).starts_with("Almost two years after the March 2019 accident"));
}

const TRADE: &str = "Low Tide Wraps in Bexley
By Ana Ruiz | Published January 15, 2024
The drama “Low Tide” wrapped filming on December 20 in Bexley, the studio said.
";

#[test]
fn a_stated_publication_date_anchors_a_month_day_told_in_the_past() {
    let kb = build("trade", TRADE);
    let created = kb.documents[0].created.as_ref().expect("stated");
    assert_eq!((created.source, created.rule.as_ref()), (TimeSource::Published, "dated byline"));
    let wrap = kb.events.iter().find(|e| e.kind == EventKind::Wrap).expect("a wrap");
    let when = wrap.when.as_ref().expect("dated");
    assert_eq!(when.date, Some(Date { year: 2023, month: 12, day: 20, precision: Precision::Day }));
    let anchor = when.anchor.as_ref().expect("anchored");
    assert!(!anchor.inferred);
    assert_eq!(anchor.evidence.quote(&kb), "By Ana Ruiz | Published January 15, 2024");
}

const REVIEW: &str = "Low Tide Review
The drama “Low Tide” opened in theaters in May 2022, and it is a quiet triumph.
";

#[test]
fn a_stated_date_needs_no_anchor() {
    let kb = build("review", REVIEW);
    let release = kb.events.iter().find(|e| e.kind == EventKind::Release).expect("a release");
    let when = release.when.as_ref().expect("dated");
    assert_eq!(when.date, Some(Date { year: 2022, month: 5, day: 0, precision: Precision::Month }));
    assert!(when.anchor.is_none());
}
