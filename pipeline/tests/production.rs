//! The whole pipeline on invented corpora: which production they are about (title, year, the
//! sources naming each), the cast in credit order and the event headlines. The expected values
//! were written by reading the articles.

use std::fs;
use std::path::{Path, PathBuf};

use knowledge::{EventKind, KnowledgeBase};

/// Builds a corpus written to a fresh directory under the target directory.
fn build(name: &str, files: &[(&str, &str)]) -> KnowledgeBase {
    let dir: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("production-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        fs::write(dir.join(file), text).unwrap();
    }
    let kb = pipeline::build(&dir).unwrap_or_else(|e| panic!("{e}"));
    fs::remove_dir_all(&dir).unwrap();
    kb
}

/// The files of the documents behind some evidence, in order, without repeats.
fn files(kb: &KnowledgeBase, evidence: &[knowledge::Evidence]) -> Vec<String> {
    let mut out: Vec<String> = evidence.iter().map(|e| kb.documents[usize::from(e.doc)].file.to_string()).collect();
    out.dedup();
    out
}

const SHOOT: &str = "‘The Lantern Field’ Begins Shooting on the Coast
By Hal Brenner | Screen Ledger | March 4, 2025
Filming began on March 3, 2025 in Tromsø on “The Lantern Field,” a drama directed by Mara Quist.
The film stars Tomas Bright and Ines Valo as two lighthouse keepers.
Quist previously directed “Ashes of Orion,” which premiered at the Bay Film Festival in 2021.
";

/// A review that names the director's previous film far more often than the film itself.
const REVIEW: &str = "The Lantern Field (2026): A Quiet Storm on the Coast
The Lantern Field (2026) is the second feature by Mara Quist.
Where “Ashes of Orion” was loud, this one is patient.
“Ashes of Orion” had a chase on every reel, and “Ashes of Orion” had a score that never stopped.
Fans of “Ashes of Orion” may be surprised by the silences.
Tomas Bright plays the older keeper, and Ines Valo plays his daughter.
";

const RELEASE: &str = "Release Date Set for Mara Quist Drama
The drama The Lantern Field will be released in cinemas on May 8, 2026.
Ines Valo and Tomas Bright star as a father and daughter who keep a lighthouse.
";

#[test]
fn the_film_most_sources_name_is_the_production_not_the_one_one_review_dwells_on() {
    let kb = build("lantern-field", &[("a.txt", SHOOT), ("b.txt", REVIEW), ("c.txt", RELEASE)]);
    let production = kb.production.as_ref().expect("a production");
    assert_eq!(production.title, "The Lantern Field");
    assert_eq!(production.year, Some(2026));
    assert_eq!(files(&kb, &production.title_evidence), ["a.txt", "b.txt", "c.txt"]);
    assert_eq!(files(&kb, &production.year_evidence), ["b.txt"]);
    assert_eq!(production.genre.as_deref(), Some("drama"));
    assert_eq!(files(&kb, &production.genre_evidence), ["a.txt", "c.txt"]);
    for e in production.title_evidence.iter().chain(production.year_evidence.iter()) {
        assert!(e.quote(&kb).contains("The Lantern Field"), "{:?}", e.quote(&kb));
    }
    // Two sources of three name Tomas Bright first.
    let billing: Vec<&str> = kb.billing.iter().map(|&i| kb.people[usize::from(i)].name.as_ref()).collect();
    assert_eq!(billing, ["Tomas Bright", "Ines Valo"]);
    let start = kb.events.iter().find(|e| e.kind == EventKind::FilmingStart).expect("the shoot's start");
    assert_eq!(start.headline, "Filming began in Tromsø");
    for e in kb.events.iter() {
        assert!(e.headline.chars().count() < e.summary.chars().count(), "{}: {:?}", e.id, e.headline);
    }
}

const OTHER: &str = "Festival Notes
The festival opens with the drama “Salt and Iron,” directed by Ada Noor.
";

#[test]
fn sources_about_different_films_name_no_production() {
    let kb = build("two-films", &[("a.txt", SHOOT), ("b.txt", OTHER)]);
    assert!(kb.production.is_none(), "{:?}", kb.production);
}

#[test]
fn a_single_source_names_its_production_without_a_year() {
    let kb = build("one-source", &[("a.txt", SHOOT)]);
    let production = kb.production.as_ref().expect("a production");
    assert_eq!((production.title.as_ref(), production.year), ("The Lantern Field", None));
    assert!(production.year_evidence.is_empty());
}
