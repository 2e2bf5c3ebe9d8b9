//! Extraction quality: the knowledge base built from `seeds/` against the facts a human annotator
//! extracted by reading the seeds (`tests/expected_facts.json`), and the same pipeline on two
//! sets of invented articles about other productions, each folder with its `expected.json`,
//! annotated before any run: the development articles (`tests/dev_articles/<production>/`, which
//! rule authors read and tune on) and the held-out articles
//! (`tests/heldout_articles/<production>/`, which no rule author reads).
//!
//! For each kind of fact the tests compute
//!
//! * **precision**: the share of extracted items that match some expected item, and
//! * **recall**: the share of expected items that some extracted item matches,
//!
//! and print them as tables. `extraction_meets_the_quality_bar` holds the seeds to
//! [`THRESHOLD`] by the first rules ([`score::score_all`]);
//! `seeds_development_and_held_out_articles_side_by_side` applies the stricter rules of the
//! issue's bar ([`score::issue_scores`]: events need kind, date and summary right, places their
//! use, organisations their kind), per article and in total, lists every missed and wrong fact and
//! every forbidden (`must_not`) fact found, holds the seeds at 1.00 and each set of articles at
//! its floors ([`DEV_FLOORS`], [`HELDOUT_FLOORS`]), and prints the issue's targets beside them. Run with
//! `cargo test -p pipeline --test quality -- --nocapture` to see the tables when they pass; they
//! are also written to stderr, so they show with the failure message when a test fails.
//!
//! The [`score`] module holds the matching rules (documented there) and is tested on its own with
//! tiny hand-made inputs whose precision and recall are known.

use std::path::{Path, PathBuf};

use knowledge::KnowledgeBase;
use pipeline::curation::Curation;

use score::Expected;

/// Minimum precision and recall for every kind of fact.
const THRESHOLD: f64 = 0.9;

/// The hand-annotated facts.
const EXPECTED_JSON: &str = include_str!("expected_facts.json");

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")
}

fn expected() -> Expected {
    serde_json::from_str(EXPECTED_JSON).expect("tests/expected_facts.json is valid")
}

/// The full build: automatic stages plus the curation file of the seed directory, if any.
fn build_curated() -> KnowledgeBase {
    pipeline::build(&seeds_dir()).unwrap_or_else(|e| panic!("pipeline::build failed: {e}"))
}

/// The automatic stages only, with an empty curation.
fn build_uncurated() -> KnowledgeBase {
    let seeds = pipeline::corpus::read_dir(&seeds_dir()).unwrap_or_else(|e| panic!("{e}"));
    let documents =
        seeds.iter().map(pipeline::document).collect::<Result<Vec<_>, _>>().unwrap_or_else(|e| panic!("{e}"));
    pipeline::build_from_documents(documents, &Curation::default()).unwrap_or_else(|e| panic!("{e}"))
}

/// Prints a report: shown with `--nocapture`, and by the test harness when the test fails.
fn show(text: &str) {
    println!("{text}");
}

#[test]
fn extraction_meets_the_quality_bar() {
    let scores = score::score_all(&expected(), &build_curated());
    show(&score::table("Extraction quality (with curation)", &scores));
    show(&score::details(&scores));
    let failing: Vec<String> = scores
        .iter()
        .filter(|s| s.precision() < THRESHOLD || s.recall() < THRESHOLD)
        .map(|s| format!("{} (precision {:.3}, recall {:.3})", s.kind, s.precision(), s.recall()))
        .collect();
    assert!(failing.is_empty(), "below {THRESHOLD}: {}", failing.join(", "));
}

#[test]
fn the_production_is_found_with_its_year_genre_and_first_star() {
    let expected = expected().production.expect("the annotation names the production");
    let kb = build_curated();
    let files = |evidence: &[knowledge::Evidence]| -> Vec<String> {
        let mut files: Vec<String> = evidence.iter().map(|e| kb.documents[e.doc as usize].file.to_string()).collect();
        files.dedup();
        files
    };
    let production = kb.production.as_ref().expect("a production");
    assert_eq!((production.title.as_ref(), production.year), (expected.title.as_str(), expected.year));
    assert_eq!(files(&production.title_evidence), expected.title_docs);
    assert_eq!(files(&production.year_evidence), expected.year_docs);
    assert_eq!(production.genre.as_deref(), expected.genre.as_deref());
    assert_eq!(files(&production.genre_evidence), expected.genre_docs);
    for e in production.title_evidence.iter() {
        assert!(e.quote(&kb).contains(&expected.title), "{:?} does not name the title", e.quote(&kb));
    }
    let starring = kb.billing.first().map(|&i| kb.people[usize::from(i)].name.as_ref());
    assert_eq!(starring, Some(expected.starring.as_str()));
}

#[test]
fn every_event_headline_is_shorter_than_its_summary() {
    let kb = build_curated();
    for e in kb.events.iter() {
        assert!(!e.headline.is_empty(), "{} has no headline", e.id);
        assert!(e.headline.chars().count() < e.summary.chars().count(), "{}: {:?}", e.id, e.headline);
    }
}

#[test]
fn curation_only_adds_correct_facts() {
    let expected = expected();
    let without = score::score_all(&expected, &build_uncurated());
    let with = score::score_all(&expected, &build_curated());
    show(&score::table("Automatic stages only", &without));
    show(&score::table("With the curation file", &with));
    show(&score::comparison(&without, &with));
    // Adding facts cannot lower recall; a drop in precision means a curated fact the annotator
    // does not expect.
    let worse: Vec<String> = without
        .iter()
        .zip(&with)
        .filter(|(a, b)| b.recall() < a.recall() || b.precision() < a.precision())
        .map(|(a, b)| {
            format!(
                "{}: precision {:.3} → {:.3}, recall {:.3} → {:.3}",
                a.kind,
                a.precision(),
                b.precision(),
                a.recall(),
                b.recall()
            )
        })
        .collect();
    assert!(worse.is_empty(), "curation made these worse: {}", worse.join("; "));
}

/// Every name correction of the seeds' curation file holds in the build: an entity bears the
/// intended name, with the written one among its aliases, and none is left under the written one.
#[test]
fn name_corrections_are_applied() {
    use pipeline::curation::Fact;
    let curation = pipeline::curation::read(&seeds_dir()).unwrap_or_else(|e| panic!("{e}"));
    let kb = build_curated();
    let names = kb.people.iter().map(|p| (&p.name, &p.aliases));
    let names: Vec<_> = names
        .chain(kb.organisations.iter().map(|o| (&o.name, &o.aliases)))
        .chain(kb.places.iter().map(|p| (&p.name, &p.aliases)))
        .collect();
    for entry in &curation.entries {
        let Fact::Name { written, intended } = &entry.fact else { continue };
        let corrected = names.iter().find(|(name, _)| name.as_ref() == intended);
        let aliases = corrected.unwrap_or_else(|| panic!("line {}: nothing is named {intended}", entry.line)).1;
        assert!(aliases.iter().any(|a| a == written), "line {}: {written} is not an alias of {intended}", entry.line);
        assert!(names.iter().all(|(name, _)| name.as_ref() != written), "line {}: {written} is left", entry.line);
    }
}

/// The annotation itself is grounded: every cited document exists, every person, organisation,
/// place and disagreement value is written (as its name or an alias) in each document cited for
/// it, and every kind, department and date is well-formed.
#[test]
fn expected_facts_are_grounded_in_the_seeds() {
    check_grounded(&seeds_dir(), &expected());
}

/// The same for the development and held-out articles, whose annotation also dates each
/// document, quotes each event's summary and lists what must not be found.
#[test]
fn development_annotation_is_grounded() {
    for set in [DEVELOPMENT, held_out()] {
        for (name, dir) in corpus_dirs(set.folder) {
            let expected = corpus_expected(&dir);
            assert!(
                !expected.documents.is_empty() && !expected.must_not.is_empty(),
                "{name}: no documents or must_not"
            );
            check_grounded(&dir, &expected);
        }
    }
}

fn check_grounded(dir: &Path, expected: &Expected) {
    let text_of = |file: &str| {
        let raw = std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        score::normalise(&raw)
    };
    let check = |what: &str, names: &[&str], docs: &[String]| {
        assert!(!docs.is_empty(), "{what}: no document cited");
        for file in docs {
            let text = text_of(file);
            assert!(names.iter().any(|n| text.contains(&score::normalise(n))), "{what}: not written in {file}");
        }
    };
    for p in &expected.people {
        let names: Vec<&str> = std::iter::once(p.name.as_str()).chain(p.aliases.iter().map(String::as_str)).collect();
        check(&p.name, &names, &p.docs);
        for r in &p.roles {
            check(&p.name, &names, &r.docs);
            assert!(
                r.docs.iter().all(|d| p.docs.contains(d)),
                "{}: a role cites a document the person does not",
                p.name
            );
            match r.kind.as_str() {
                "cast" => assert!(r.department.is_none(), "{}: cast role with a department", p.name),
                "crew" => assert!(
                    score::department(r.department.as_deref().unwrap_or("")).is_some(),
                    "{}: bad department",
                    p.name
                ),
                "other" => assert!(
                    matches!(r.relation.as_deref(), Some("Legal" | "Family" | "Press" | "Other")),
                    "{}: bad relation",
                    p.name
                ),
                other => panic!("{}: unknown role kind {other}", p.name),
            }
        }
    }
    for o in &expected.organisations {
        const ORG_KINDS: [&str; 10] = [
            "Studio",
            "Financier",
            "Distributor",
            "Union",
            "Court",
            "Office",
            "Festival",
            "Outlet",
            "Platform",
            "Other",
        ];
        assert!(
            score::alternatives(&o.kind).iter().all(|k| ORG_KINDS.contains(k)),
            "{}: unknown kind {}",
            o.name,
            o.kind
        );
        let names: Vec<&str> = std::iter::once(o.name.as_str()).chain(o.aliases.iter().map(String::as_str)).collect();
        check(&o.name, &names, &o.docs);
    }
    for p in &expected.places {
        const PLACE_KINDS: [&str; 4] = ["FilmingLocation", "StorySetting", "EventVenue", "Mentioned"];
        let relations = p.relations();
        assert!(
            !relations.is_empty()
                && relations
                    .iter()
                    .map(|(k, _)| k)
                    .chain(&p.also_ok.iter().map(String::as_str).collect::<Vec<_>>())
                    .all(|k| PLACE_KINDS.contains(k)),
            "{}: bad kinds",
            p.name
        );
        let names: Vec<&str> = std::iter::once(p.name.as_str()).chain(p.aliases.iter().map(String::as_str)).collect();
        for (_, docs) in relations {
            check(&p.name, &names, docs);
        }
    }
    for e in &expected.events {
        assert!(
            score::alternatives(&e.kind).iter().all(|k| score::event_kind(k).is_some()),
            "unknown event kind {}",
            e.kind
        );
        for date in e.date.iter().chain(&e.also_dates) {
            assert!(score::DateRange::parse(date).is_some(), "bad date {date}");
        }
        for file in &e.docs {
            assert!(dir.join(file).is_file(), "{}: no document {file}", e.description);
        }
        for fragment in &e.summary {
            let fragment = score::normalise(fragment);
            assert!(
                e.docs.iter().any(|f| text_of(f).contains(&fragment)),
                "summary {fragment:?} is in none of its documents"
            );
        }
    }
    for d in &expected.disagreements {
        assert!(d.values.len() >= 2, "{}: a disagreement needs two values", d.subject);
        for v in &d.values {
            let forms: Vec<&str> = std::iter::once(v.value.as_str()).chain(v.also.iter().map(String::as_str)).collect();
            check(&v.value, &forms, &v.docs);
        }
    }
    for d in &expected.documents {
        assert!(dir.join(&d.file).is_file(), "no document {}", d.file);
        assert!(score::DateRange::parse(&d.created).is_some(), "{}: bad date {}", d.file, d.created);
    }
    for m in &expected.must_not {
        let set = [
            m.person.is_some(),
            m.place.is_some(),
            m.organisation.is_some(),
            m.role.is_some(),
            m.event.is_some(),
            m.disagreement.is_some(),
        ];
        assert_eq!(set.iter().filter(|s| **s).count(), 1, "must_not {:?}: exactly one kind of fact", m.why);
        assert!(!m.why.is_empty(), "must_not without a why");
        assert!(m.place_use.is_none() || m.place.is_some(), "{}: a use without a place", m.why);
        if let Some(role) = &m.role {
            assert!(matches!(role.kind.as_str(), "cast" | "crew" | "other"), "{}: bad role kind", m.why);
        }
        if let Some(event) = &m.event {
            assert!(event.kind.as_deref().is_none_or(|k| score::event_kind(k).is_some()), "{}: bad kind", m.why);
            assert!(event.date.as_deref().is_none_or(|d| score::DateRange::parse(d).is_some()), "{}: bad date", m.why);
        }
    }
}

/// A set of articles under `tests/`: one folder per production (a corpus), each with an
/// `expected.json`, held to its own floors.
#[derive(Clone, Copy)]
struct ArticleSet {
    /// The folder under `tests/`.
    folder: &'static str,
    /// The set's name in the report.
    label: &'static str,
    /// Per kind, the precision and recall floors.
    floors: &'static [(&'static str, f64, f64)],
    /// The most `must_not` facts the pipeline may produce on the set.
    max_violations: usize,
    /// Whether the report shows the set's facts (per article, per corpus, the forbidden ones),
    /// or only its totals.
    detailed: bool,
}

/// The development articles: rule authors read them and tune on them.
const DEVELOPMENT: ArticleSet = ArticleSet {
    folder: "dev_articles",
    label: "dev",
    floors: &DEV_FLOORS,
    max_violations: DEV_MAX_VIOLATIONS,
    detailed: true,
};

/// The held-out articles: no rule author reads them, so their figures say how the rules fare on
/// text they were not written for. The report shows only their totals, so that a rule author
/// running the test is not shown their sentences; `QUALITY_HELDOUT_DETAILS=1` shows the rest (for
/// whoever annotates them).
fn held_out() -> ArticleSet {
    ArticleSet {
        folder: "heldout_articles",
        label: "held-out",
        floors: &HELDOUT_FLOORS,
        max_violations: HELDOUT_MAX_VIOLATIONS,
        detailed: std::env::var_os("QUALITY_HELDOUT_DETAILS").is_some_and(|v| v == "1"),
    }
}

/// Each corpus of the set in `tests/<folder>`: its name and folder, in name order.
fn corpus_dirs(folder: &str) -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(folder);
    let listing = std::fs::read_dir(&root).unwrap_or_else(|e| panic!("tests/{folder}: {e}"));
    let mut dirs: Vec<(String, PathBuf)> = listing
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .map(|p| (p.file_name().unwrap_or_default().to_string_lossy().into_owned(), p))
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no corpus in tests/{folder}");
    dirs
}

fn corpus_expected(dir: &Path) -> Expected {
    let json = std::fs::read_to_string(dir.join("expected.json")).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}/expected.json: {e}", dir.display()))
}

/// The bar on the development articles: per kind, the precision and recall floors. Each floor
/// is what the pipeline achieves on this branch today, rounded down to two decimals: raise them
/// as the rule branches land (the targets the issue sets are in [`ISSUE_TARGETS`]).
const DEV_FLOORS: [(&str, f64, f64); 7] = [
    // Session 16's four corpora (pale-furrow, lark-summit, reed-canyon, vale-tinder) were each
    // fixed by the branch that wrote them; the others' people, events and places they name are
    // read by no rule yet, so the merged totals sit a little under each branch's own.
    ("people", 0.98, 0.96),
    ("roles", 0.99, 0.94),
    // Recall 0.96 → 0.93: vale-tinder's and reed-canyon's deaths, fines, hearings and releases in
    // wordings no event rule reads yet.
    ("events", 0.95, 0.93),
    ("places (use)", 0.95, 0.89),
    ("organisations", 0.96, 0.91),
    ("creation time", 0.97, 0.95),
    ("disagreements", 1.00, 0.92),
];

/// The most `must_not` facts the pipeline may produce on the development articles today (the
/// issue's target is none). It still produces five: another film's director after its title's
/// credit (gilt-meridian), the cinematographer of a gaffer's earlier films kept as a person
/// (iron-vesper), the misspelled name and the wrong setting that a correction withdraws
/// (slate-hollow), and a character named after "X is the cattle baron" (reed-canyon).
const DEV_MAX_VIOLATIONS: usize = 5;

/// The bar on the held-out articles, set like [`DEV_FLOORS`]: what the pipeline achieves on them
/// today, rounded down to two decimals. Rules are never tuned on them; raise the floors when
/// rules written on the development articles lift them.
const HELDOUT_FLOORS: [(&str, f64, f64); 7] = [
    ("people", 0.85, 0.92),
    ("roles", 0.95, 0.80),
    ("events", 0.82, 0.50),
    ("places (use)", 0.85, 0.61),
    ("organisations", 0.72, 0.65),
    ("creation time", 0.90, 0.90),
    ("disagreements", 1.00, 0.33),
];

/// The most `must_not` facts the pipeline may produce on the held-out articles today (the
/// issue's target is none).
const HELDOUT_MAX_VIOLATIONS: usize = 15;

/// The issue's targets on articles the rules were not written for: per kind, the precision and
/// recall to reach, where the issue sets one.
const ISSUE_TARGETS: [(&str, Option<f64>, Option<f64>); 4] = [
    ("people", Some(0.95), Some(0.95)),
    ("roles", Some(0.85), Some(0.85)),
    ("events", Some(0.95), Some(0.80)),
    ("places (use)", Some(0.85), Some(0.85)),
];

/// One set of articles scored by the issue's rules: per article, per corpus and in total, with
/// the forbidden facts found.
struct Measured {
    /// Each article (`corpus/file`) with its style and scores.
    articles: Vec<(String, String, Vec<score::Score>)>,
    /// Each corpus with its scores.
    corpora: Vec<(String, Vec<score::Score>)>,
    /// The corpora summed.
    total: Vec<score::Score>,
    /// The `must_not` facts found, as `corpus: fact — why`.
    violations: Vec<String>,
    /// Per corpus, what the annotation records but the schema cannot show.
    unscored: Vec<String>,
    /// Per corpus, the production it is about and the one found.
    titles: Vec<String>,
}

/// Builds every corpus of `set` and scores it against its annotation.
fn measure(set: ArticleSet) -> Measured {
    let mut m = Measured {
        articles: Vec::new(),
        corpora: Vec::new(),
        total: Vec::new(),
        violations: Vec::new(),
        unscored: Vec::new(),
        titles: Vec::new(),
    };
    for (name, dir) in corpus_dirs(set.folder) {
        let expected = corpus_expected(&dir);
        let kb = pipeline::build(&dir).unwrap_or_else(|e| panic!("{e}"));
        for d in &expected.documents {
            m.articles.push((
                format!("{name}/{}", d.file),
                d.style.clone(),
                score::issue_scores(&expected, &kb, Some(&d.file)),
            ));
        }
        let found = kb.production.as_ref().map(|p| p.title.to_string());
        m.titles.push(format!("  {name}: expected {:?}, found {found:?}", expected.title));
        m.violations.extend(score::violations(&expected, &kb).into_iter().map(|v| format!("{name}: {v}")));
        m.unscored.push(score::unscored(&name, &expected));
        m.corpora.push((name, score::issue_scores(&expected, &kb, None)));
    }
    m.total = score::sum(&m.corpora.iter().map(|(_, s)| s.clone()).collect::<Vec<_>>());
    m
}

/// Where `m` falls below the floors of `set`: each kind under its floor, and too many
/// forbidden facts.
fn below_floors(set: ArticleSet, m: &Measured) -> Vec<String> {
    let mut out: Vec<String> = set
        .floors
        .iter()
        .filter_map(|(kind, p, r)| {
            let s = m.total.iter().find(|s| s.kind == *kind)?;
            (s.precision() < *p || s.recall() < *r)
                .then(|| format!("{} {kind} ({:.3}/{:.3} under {p:.2}/{r:.2})", set.label, s.precision(), s.recall()))
        })
        .collect();
    if m.violations.len() > set.max_violations {
        out.push(format!("{} forbidden facts: {}, more than {}", set.label, m.violations.len(), set.max_violations));
    }
    out
}

/// The seeds, the development articles and the held-out articles side by side, by the issue's
/// rules ([`score::issue_scores`]): the seeds must stay at 1.00, the development articles at or
/// above [`DEV_FLOORS`] with at most [`DEV_MAX_VIOLATIONS`] forbidden facts, the held-out
/// articles at or above [`HELDOUT_FLOORS`] with at most [`HELDOUT_MAX_VIOLATIONS`].
#[test]
fn seeds_development_and_held_out_articles_side_by_side() {
    let seeds = score::issue_scores(&expected(), &build_curated(), None);
    let sets = [DEVELOPMENT, held_out()];
    let measured: Vec<Measured> = sets.iter().map(|set| measure(*set)).collect();
    let detailed = || sets.iter().zip(&measured).filter(|(set, _)| set.detailed);
    for (set, m) in detailed() {
        let title = format!("{} articles", set.label);
        show(&score::per_article_table(&title, &m.articles, &m.corpora, &m.total));
    }
    let columns: Vec<score::Column> = sets
        .iter()
        .zip(&measured)
        .map(|(set, m)| score::Column {
            label: set.label,
            scores: &m.total,
            floors: set.floors,
            violations: m.violations.len(),
            max_violations: set.max_violations,
        })
        .collect();
    show(&score::side_by_side(&seeds, &columns, &ISSUE_TARGETS));
    show(&format!("\nseeds:\n{}", score::details(&seeds)));
    for (set, m) in detailed() {
        for (name, scores) in &m.corpora {
            show(&format!("\n{} {name}:", set.label));
            show(&score::details(scores));
        }
    }
    for (set, m) in detailed() {
        show(&format!("\n{} articles, the production each corpus is about:\n{}", set.label, m.titles.join("\n")));
        show(&format!("\n{} articles, forbidden facts found ({}):", set.label, m.violations.len()));
        show(&m.violations.iter().map(|v| format!("  {v}")).collect::<Vec<_>>().join("\n"));
        show(&format!(
            "\n{} articles, recorded but not scored (the schema has no field for them yet):\n{}",
            set.label,
            m.unscored.join("\n")
        ));
    }

    let seeds_below: Vec<String> = seeds
        .iter()
        .filter(|s| s.precision() < 1.0 || s.recall() < 1.0)
        .map(|s| format!("{} ({:.3}/{:.3})", s.kind, s.precision(), s.recall()))
        .collect();
    assert!(seeds_below.is_empty(), "seeds below 1.00: {}", seeds_below.join(", "));
    let below: Vec<String> = sets.iter().zip(&measured).flat_map(|(set, m)| below_floors(*set, m)).collect();
    assert!(below.is_empty(), "articles below their floor: {}", below.join(", "));
}

/// Matching extracted facts to expected ones, and precision/recall per kind of fact.
///
/// Names are compared after [`normalise`] (case, accents and punctuation are ignored; a leading
/// "the" is dropped). The rules, per kind:
///
/// * **people**: equal names, or the name of one is an alias of the other.
/// * **cast roles** (person, character): the person matches as above; an expected role with no
///   character is recalled by any cast role of that person, otherwise the extracted character must
///   be [`lenient_eq`] (equal or one contains the other). For precision an extracted cast role
///   with no character counts as correct when the person has an expected cast role: it is less
///   specific, not wrong.
/// * **crew roles** (person, department, job): same person, same department, and jobs that are
///   [`lenient_eq`] after mapping a few synonyms ("director of photography" → cinematographer).
/// * **organisations**, **places**: name or alias, as for people.
/// * **events** (kind, date): same kind and compatible dates: both dated and equal at the
///   precision they share (their ranges overlap: `2021-10` and `2021-10-21` agree, `2021` and
///   `2022-01` do not), or both undated. For precision an undated extracted event counts as
///   correct when an expected event of its kind exists; a dated extraction of an event the text
///   does not date does not.
///   Dates are the only key besides the kind, so one undated extraction recalls every undated
///   expected event of its kind.
/// * **disagreements**: at least two values shared (by [`lenient_eq`]), or all of them when the
///   expected disagreement lists fewer; the subject wording is not compared.
///
/// Precision is 1 when nothing was extracted and nothing expected, 0 when nothing was extracted
/// but something was expected; recall is 1 when nothing is expected.
mod score {
    use std::fmt::Write as _;

    use knowledge::{Date, Department, EventKind, KnowledgeBase, Precision, RoleKind, TimeSource};
    use serde::Deserialize;

    /// The annotation file.
    #[derive(Debug, Deserialize)]
    pub struct Expected {
        /// People with their roles.
        pub people: Vec<ExpectedPerson>,
        /// Organisations.
        pub organisations: Vec<ExpectedOrganisation>,
        /// Places.
        pub places: Vec<ExpectedPlace>,
        /// Production events.
        pub events: Vec<ExpectedEvent>,
        /// Conflicting values between sources.
        pub disagreements: Vec<ExpectedDisagreement>,
        /// The production the corpus is about (absent from the scorer's own small tests).
        #[serde(default)]
        pub production: Option<ExpectedProduction>,
        /// The production's title (development articles; the seeds give it in `production`).
        #[serde(default)]
        pub title: Option<String>,
        /// Each document's creation time (development articles).
        #[serde(default)]
        pub documents: Vec<ExpectedDocument>,
        /// Wrong facts a naive extractor produces (development articles).
        #[serde(default)]
        pub must_not: Vec<MustNot>,
    }

    /// The expected production: its title, year and genre, the sources that give each, the first star.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedProduction {
        /// The title, without quotation marks.
        pub title: String,
        /// The year given with it, if any source gives one.
        pub year: Option<i16>,
        /// Seed files that name it as a work's title.
        pub title_docs: Vec<String>,
        /// Seed files that give the year with it.
        pub year_docs: Vec<String>,
        /// The kind of work the sources call it.
        pub genre: Option<String>,
        /// Seed files that call it so.
        pub genre_docs: Vec<String>,
        /// The first credited cast member.
        pub starring: String,
    }

    /// A document's creation time, as a reader dates it.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedDocument {
        /// File name.
        pub file: String,
        /// The outlet style the article imitates.
        #[serde(default)]
        pub style: String,
        /// The creation time (a date as in [`DateRange::parse`]).
        pub created: String,
        /// True when no line states it and it is bounded from the content.
        #[serde(default)]
        pub inferred: bool,
    }

    /// One wrong fact: exactly one of the fields besides `why` is set.
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct MustNot {
        /// No person has this name.
        pub person: Option<String>,
        /// No place has this name (with [`MustNot::place_use`]: not with that use).
        pub place: Option<String>,
        /// The use the place must not have.
        #[serde(rename = "use")]
        pub place_use: Option<String>,
        /// No organisation has this name.
        pub organisation: Option<String>,
        /// No such role.
        pub role: Option<MustNotRole>,
        /// No such event.
        pub event: Option<MustNotEvent>,
        /// No disagreement lists all these values.
        pub disagreement: Option<Vec<String>>,
        /// Why it would be wrong.
        pub why: String,
    }

    /// A role that must not be found.
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct MustNotRole {
        /// The person.
        pub person: String,
        /// `cast`, `crew` or `other`.
        pub kind: String,
        /// The job or character, when only one is wrong.
        pub job: Option<String>,
    }

    /// An event that must not be found: every given field must hold for a violation.
    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    pub struct MustNotEvent {
        /// `EventKind` variant name.
        pub kind: Option<String>,
        /// The extracted date lies within this one.
        pub date: Option<String>,
        /// The summary or an evidence quote contains this.
        pub text: Option<String>,
    }

    /// An expected person.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedPerson {
        /// Full name.
        pub name: String,
        /// Other forms seen in the text.
        #[serde(default)]
        pub aliases: Vec<String>,
        /// Roles.
        #[serde(default)]
        pub roles: Vec<ExpectedRole>,
        /// Seed files that mention the person.
        #[serde(default)]
        pub docs: Vec<String>,
        /// Neither needed for recall nor wrong when found.
        #[serde(default)]
        pub optional: bool,
    }

    /// An expected role.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedRole {
        /// `cast`, `crew` or `other`.
        pub kind: String,
        /// Credit-style job.
        pub job: String,
        /// Department label (crew).
        #[serde(default)]
        pub department: Option<String>,
        /// Character (cast), when the text gives it.
        #[serde(default)]
        pub character: Option<String>,
        /// Relation (other).
        #[serde(default)]
        pub relation: Option<String>,
        /// The organisation the role is held at, when it is not the production (not in the
        /// schema yet: recorded, not scored).
        #[serde(default)]
        pub organisation: Option<String>,
        /// The person was replaced in this job (not in the schema yet: recorded, not scored).
        #[serde(default)]
        pub replaced: bool,
        /// Neither needed for recall nor wrong when found.
        #[serde(default)]
        pub optional: bool,
        /// Seed files that state the role.
        #[serde(default)]
        pub docs: Vec<String>,
    }

    /// An expected organisation.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedOrganisation {
        /// Full name.
        pub name: String,
        /// Other forms.
        #[serde(default)]
        pub aliases: Vec<String>,
        /// Kind (`OrgKind` variant name).
        pub kind: String,
        /// Seed files that name it.
        #[serde(default)]
        pub docs: Vec<String>,
        /// Neither needed for recall nor wrong when found.
        #[serde(default)]
        pub optional: bool,
    }

    /// An expected place.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedPlace {
        /// Name.
        pub name: String,
        /// Other forms.
        #[serde(default)]
        pub aliases: Vec<String>,
        /// Relations (`PlaceKind` variant names), each stated in every one of `docs`.
        #[serde(default)]
        pub kinds: Vec<String>,
        /// Seed files that name it.
        #[serde(default)]
        pub docs: Vec<String>,
        /// Relations with the documents that state each (instead of `kinds` and `docs`).
        #[serde(default)]
        pub uses: Vec<ExpectedUse>,
        /// Relations that are defensible but not required.
        #[serde(default)]
        pub also_ok: Vec<String>,
        /// Neither needed for recall nor wrong when found.
        #[serde(default)]
        pub optional: bool,
    }

    /// One relation of a place to the production.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedUse {
        /// `PlaceKind` variant name.
        pub kind: String,
        /// Files that state it.
        pub docs: Vec<String>,
    }

    impl ExpectedPlace {
        /// Each relation with the files that state it, from `uses` or else `kinds` × `docs`.
        pub fn relations(&self) -> Vec<(&str, &[String])> {
            if self.uses.is_empty() {
                self.kinds.iter().map(|k| (k.as_str(), self.docs.as_slice())).collect()
            } else {
                self.uses.iter().map(|u| (u.kind.as_str(), u.docs.as_slice())).collect()
            }
        }
    }

    /// An expected event.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedEvent {
        /// `EventKind` variant name.
        pub kind: String,
        /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or null when the text gives no usable date.
        pub date: Option<String>,
        /// Dates a duplicate card or a disagreeing source may show without being wrong.
        #[serde(default)]
        pub also_dates: Vec<String>,
        /// Announced, not (yet) happened (not in the schema yet: recorded, not scored).
        #[serde(default)]
        pub scheduled: bool,
        /// Verbatim fragments, one of which the card's summary must contain (none: not checked).
        #[serde(default)]
        pub summary: Vec<String>,
        /// What happened.
        pub description: String,
        /// Seed files that report it.
        #[serde(default)]
        pub docs: Vec<String>,
        /// Neither needed for recall nor wrong when found.
        #[serde(default)]
        pub optional: bool,
    }

    /// An expected disagreement.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedDisagreement {
        /// What the values are about.
        pub subject: String,
        /// The conflicting values.
        pub values: Vec<ExpectedValue>,
    }

    /// One value of a disagreement.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedValue {
        /// The value.
        pub value: String,
        /// Other forms of the same value ("27-year-old" for "27", a date's label).
        #[serde(default)]
        pub also: Vec<String>,
        /// Seed files that give it.
        #[serde(default)]
        pub docs: Vec<String>,
    }

    /// Precision and recall of one kind of fact.
    #[derive(Debug, Clone)]
    pub struct Score {
        /// Kind of fact.
        pub kind: &'static str,
        /// Number of expected items.
        pub expected: usize,
        /// Number of extracted items.
        pub extracted: usize,
        /// Expected items matched by some extracted item.
        pub matched: usize,
        /// Extracted items that match some expected item.
        pub correct: usize,
        /// Expected items nothing matched.
        pub missed: Vec<String>,
        /// Extracted items that match nothing expected.
        pub spurious: Vec<String>,
    }

    impl Score {
        /// `correct / extracted`.
        pub fn precision(&self) -> f64 {
            match (self.extracted, self.expected) {
                (0, 0) => 1.0,
                (0, _) => 0.0,
                (n, _) => self.correct as f64 / n as f64,
            }
        }

        /// `matched / expected`.
        pub fn recall(&self) -> f64 {
            if self.expected == 0 { 1.0 } else { self.matched as f64 / self.expected as f64 }
        }
    }

    /// Scores one kind: `recalls(e, x)` says whether extracted `x` recalls expected `e`, and
    /// `supports(e, x)` whether expected `e` makes extracted `x` correct (usually the same test).
    pub fn score<E, X>(
        kind: &'static str,
        expected: &[E],
        extracted: &[X],
        recalls: impl Fn(&E, &X) -> bool,
        supports: impl Fn(&E, &X) -> bool,
        show_e: impl Fn(&E) -> String,
        show_x: impl Fn(&X) -> String,
    ) -> Score {
        let missed: Vec<String> =
            expected.iter().filter(|e| !extracted.iter().any(|x| recalls(e, x))).map(&show_e).collect();
        let spurious: Vec<String> =
            extracted.iter().filter(|x| !expected.iter().any(|e| supports(e, x))).map(&show_x).collect();
        Score {
            kind,
            expected: expected.len(),
            extracted: extracted.len(),
            matched: expected.len() - missed.len(),
            correct: extracted.len() - spurious.len(),
            missed,
            spurious,
        }
    }

    /// Lower case, accents folded, dashes and slashes made blanks, other punctuation dropped
    /// (`U.S.` → `us`), blanks collapsed, a leading "the" dropped.
    pub fn normalise(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars().flat_map(char::to_lowercase) {
            let c = fold_accent(c);
            let c = if matches!(c, '—' | '–' | '/' | '|') { ' ' } else { c };
            if c.is_alphanumeric() {
                out.push(c);
            } else if c.is_whitespace() && !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
        }
        let out = out.trim_end();
        out.strip_prefix("the ").unwrap_or(out).to_owned()
    }

    /// The base letter of a lower-case accented Latin letter.
    fn fold_accent(c: char) -> char {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
            'ł' | 'ľ' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' => 's',
            'ť' | 'ţ' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            other => other,
        }
    }

    /// Normalised texts that are equal or where one contains the other (on word boundaries).
    pub fn lenient_eq(a: &str, b: &str) -> bool {
        let (a, b) = (normalise(a), normalise(b));
        if a.is_empty() || b.is_empty() {
            return false;
        }
        let contains = |long: &str, short: &str| format!(" {long} ").contains(&format!(" {short} "));
        contains(&a, &b) || contains(&b, &a)
    }

    /// A name with its aliases, normalised.
    #[derive(Debug, Clone)]
    pub struct Names {
        name: String,
        aliases: Vec<String>,
    }

    impl Names {
        /// Normalises a name and its aliases.
        pub fn new<'a>(name: &str, aliases: impl IntoIterator<Item = &'a str>) -> Names {
            Names {
                name: normalise(name),
                aliases: aliases.into_iter().map(normalise).filter(|a| !a.is_empty()).collect(),
            }
        }

        /// Equal names, or the name of one is an alias of the other.
        pub fn matches(&self, other: &Names) -> bool {
            self.name == other.name || self.aliases.contains(&other.name) || other.aliases.contains(&self.name)
        }
    }

    /// Same job, leniently, after mapping a few common synonyms to a credit name.
    pub fn job_eq(a: &str, b: &str) -> bool {
        fn canonical(job: &str) -> String {
            let n = normalise(job);
            let n = match n.as_str() {
                "director of photography" | "dp" | "dop" | "cameraman" => "cinematographer",
                "screenwriter" | "screenplay" | "story" | "cowriter" | "co writer" => "writer",
                "music" | "score" | "original music" => "composer",
                "lawyer" => "attorney",
                other => other,
            };
            n.to_owned()
        }
        lenient_eq(&canonical(a), &canonical(b))
    }

    /// The department whose credit label (or variant name) is `label`.
    pub fn department(label: &str) -> Option<Department> {
        Department::ALL.into_iter().find(|d| normalise(d.label()) == normalise(label) || format!("{d:?}") == label)
    }

    /// The event kind whose variant name is `name`.
    pub fn event_kind(name: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| format!("{k:?}") == name)
    }

    /// The days a date may denote, as inclusive `yyyymmdd` bounds.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct DateRange {
        start: u32,
        end: u32,
    }

    impl DateRange {
        fn ymd(year: i32, month: u32, day: u32) -> u32 {
            year.max(0) as u32 * 10_000 + month * 100 + day
        }

        /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a season `YYYY-spring` (`summer`, `autumn`,
        /// `winter`: December to February) or a decade `1880s`.
        pub fn parse(text: &str) -> Option<DateRange> {
            if let Some(decade) = text.strip_suffix('s') {
                let year: i16 = decade.parse().ok().filter(|y| y % 10 == 0)?;
                return Some(Self::of(&Date { year, month: 0, day: 0, precision: Precision::Decade }));
            }
            if let Some((year, season)) = text.split_once('-')
                && let Some(month) = SEASONS.iter().position(|s| *s == season)
            {
                let date =
                    Date { year: year.parse().ok()?, month: 3 * month as u8 + 3, day: 0, precision: Precision::Season };
                return Some(Self::of(&date));
            }
            let parts: Vec<&str> = text.split('-').collect();
            let year: i32 = parts.first()?.parse().ok()?;
            let month: Option<u32> = parts.get(1).map(|m| m.parse().ok()).unwrap_or(Some(0)).filter(|m| *m <= 12);
            let day: Option<u32> = parts.get(2).map(|d| d.parse().ok()).unwrap_or(Some(0)).filter(|d| *d <= 31);
            let (month, day) = (month?, day?);
            if parts.len() > 3 || (parts.len() >= 2 && month == 0) || (parts.len() == 3 && day == 0) {
                return None;
            }
            Some(match (month, day) {
                (0, _) => DateRange { start: Self::ymd(year, 1, 1), end: Self::ymd(year, 12, 31) },
                (m, 0) => DateRange { start: Self::ymd(year, m, 1), end: Self::ymd(year, m, 31) },
                (m, d) => DateRange { start: Self::ymd(year, m, d), end: Self::ymd(year, m, d) },
            })
        }

        /// The range of an extracted date, by its precision.
        pub fn of(date: &Date) -> DateRange {
            let (y, m, d) = (i32::from(date.year), u32::from(date.month), u32::from(date.day));
            match date.precision {
                Precision::Decade => DateRange { start: Self::ymd(y, 1, 1), end: Self::ymd(y + 9, 12, 31) },
                Precision::Year => DateRange { start: Self::ymd(y, 1, 1), end: Self::ymd(y, 12, 31) },
                Precision::Season => {
                    let (end_y, end_m) = if m + 2 > 12 { (y + 1, m + 2 - 12) } else { (y, m + 2) };
                    DateRange { start: Self::ymd(y, m, 1), end: Self::ymd(end_y, end_m, 31) }
                }
                Precision::Month => DateRange { start: Self::ymd(y, m, 1), end: Self::ymd(y, m, 31) },
                Precision::Day => DateRange { start: Self::ymd(y, m, d), end: Self::ymd(y, m, d) },
            }
        }

        /// Equal at the precision both share: the ranges overlap.
        pub fn compatible(self, other: DateRange) -> bool {
            self.start <= other.end && other.start <= self.end
        }

        /// Every day of `self` lies in `outer`.
        pub fn within(self, outer: DateRange) -> bool {
            outer.start <= self.start && self.end <= outer.end
        }
    }

    /// Season names in the order of their first months (March, June, September, December).
    const SEASONS: [&str; 4] = ["spring", "summer", "autumn", "winter"];

    /// An extracted date written as the annotation writes dates, at its own precision.
    pub fn slug(date: &Date) -> String {
        match date.precision {
            Precision::Decade => format!("{}s", date.year),
            Precision::Year => date.year.to_string(),
            Precision::Season => {
                format!("{}-{}", date.year, SEASONS.get(usize::from(date.month / 3).wrapping_sub(1)).unwrap_or(&"?"))
            }
            Precision::Month => format!("{}-{:02}", date.year, date.month),
            Precision::Day => format!("{}-{:02}-{:02}", date.year, date.month, date.day),
        }
    }

    // Flattened facts, so every kind is a list of small comparable items.

    struct CastRole {
        person: Names,
        label: String,
        character: Option<String>,
    }

    struct CrewRole {
        person: Names,
        label: String,
        department: Option<Department>,
        job: String,
    }

    struct Dated {
        kind: String,
        date: Option<DateRange>,
        label: String,
    }

    fn named(names: Names, label: &str) -> (Names, String) {
        (names, label.to_owned())
    }

    /// Scores every kind of fact of `kb` against `expected`, in a fixed order.
    pub fn score_all(expected: &Expected, kb: &KnowledgeBase) -> Vec<Score> {
        // People.
        let exp_people: Vec<(Names, String)> = expected
            .people
            .iter()
            .map(|p| named(Names::new(&p.name, p.aliases.iter().map(String::as_str)), &p.name))
            .collect();
        let ext_people: Vec<(Names, String)> =
            kb.people.iter().map(|p| named(Names::new(&p.name, p.aliases.iter().map(|a| &**a)), &p.name)).collect();
        let same = |e: &(Names, String), x: &(Names, String)| e.0.matches(&x.0);
        let label = |n: &(Names, String)| n.1.clone();
        let people = score("people", &exp_people, &ext_people, same, same, label, label);

        // Cast roles.
        let cast_label = |name: &str, character: Option<&str>| match character {
            Some(c) => format!("{name} as {c}"),
            None => name.to_owned(),
        };
        let exp_cast: Vec<CastRole> = expected
            .people
            .iter()
            .flat_map(|p| p.roles.iter().filter(|r| r.kind == "cast").map(move |r| (p, r)))
            .map(|(p, r)| CastRole {
                person: Names::new(&p.name, p.aliases.iter().map(String::as_str)),
                label: cast_label(&p.name, r.character.as_deref()),
                character: r.character.clone(),
            })
            .collect();
        let ext_cast: Vec<CastRole> = kb
            .people
            .iter()
            .flat_map(|p| p.roles.iter().filter(|r| r.kind == RoleKind::Cast).map(move |r| (p, r)))
            .map(|(p, r)| CastRole {
                person: Names::new(&p.name, p.aliases.iter().map(|a| &**a)),
                label: cast_label(&p.name, r.character.as_deref()),
                character: r.character.as_deref().map(str::to_owned),
            })
            .collect();
        let cast = score(
            "cast roles",
            &exp_cast,
            &ext_cast,
            |e, x| {
                e.person.matches(&x.person)
                    && match (&e.character, &x.character) {
                        (None, _) => true,
                        (Some(ec), Some(xc)) => lenient_eq(ec, xc),
                        (Some(_), None) => false,
                    }
            },
            |e, x| {
                e.person.matches(&x.person)
                    && match (&e.character, &x.character) {
                        (Some(ec), Some(xc)) => lenient_eq(ec, xc),
                        _ => true,
                    }
            },
            |e| e.label.clone(),
            |x| x.label.clone(),
        );

        // Crew roles.
        let exp_crew: Vec<CrewRole> = expected
            .people
            .iter()
            .flat_map(|p| p.roles.iter().filter(|r| r.kind == "crew").map(move |r| (p, r)))
            .map(|(p, r)| CrewRole {
                person: Names::new(&p.name, p.aliases.iter().map(String::as_str)),
                label: format!("{}: {} ({})", p.name, r.job, r.department.as_deref().unwrap_or("?")),
                department: department(r.department.as_deref().unwrap_or("")),
                job: r.job.clone(),
            })
            .collect();
        let ext_crew: Vec<CrewRole> = kb
            .people
            .iter()
            .flat_map(|p| p.roles.iter().map(move |r| (p, r)))
            .filter_map(|(p, r)| match r.kind {
                RoleKind::Crew(d) => Some(CrewRole {
                    person: Names::new(&p.name, p.aliases.iter().map(|a| &**a)),
                    label: format!("{}: {} ({})", p.name, r.job, d.label()),
                    department: Some(d),
                    job: r.job.to_string(),
                }),
                _ => None,
            })
            .collect();
        let crew_eq = |e: &CrewRole, x: &CrewRole| {
            e.person.matches(&x.person)
                && e.department.is_some()
                && e.department == x.department
                && job_eq(&e.job, &x.job)
        };
        let crew =
            score("crew roles", &exp_crew, &ext_crew, crew_eq, crew_eq, |e| e.label.clone(), |x| x.label.clone());

        // Organisations and places.
        let exp_orgs: Vec<(Names, String)> = expected
            .organisations
            .iter()
            .map(|o| named(Names::new(&o.name, o.aliases.iter().map(String::as_str)), &o.name))
            .collect();
        let ext_orgs: Vec<(Names, String)> = kb
            .organisations
            .iter()
            .map(|o| named(Names::new(&o.name, o.aliases.iter().map(|a| &**a)), &o.name))
            .collect();
        let organisations = score("organisations", &exp_orgs, &ext_orgs, same, same, label, label);
        let exp_places: Vec<(Names, String)> =
            expected.places.iter().map(|p| named(Names::new(&p.name, []), &p.name)).collect();
        let ext_places: Vec<(Names, String)> =
            kb.places.iter().map(|p| named(Names::new(&p.name, p.aliases.iter().map(|a| &**a)), &p.name)).collect();
        let places = score("places", &exp_places, &ext_places, same, same, label, label);

        // Events.
        let exp_events: Vec<Dated> = expected
            .events
            .iter()
            .map(|e| Dated {
                kind: e.kind.clone(),
                date: e.date.as_deref().and_then(DateRange::parse),
                label: format!("{} {}: {}", e.kind, e.date.as_deref().unwrap_or("undated"), e.description),
            })
            .collect();
        let ext_events: Vec<Dated> = kb
            .events
            .iter()
            .map(|e| {
                let date = e.when.as_ref().and_then(|w| w.date);
                Dated {
                    kind: format!("{:?}", e.kind),
                    date: date.as_ref().map(DateRange::of),
                    label: format!(
                        "{:?} {}: {}",
                        e.kind,
                        date.map_or("undated".to_owned(), |d| format!("{}-{:02}-{:02}", d.year, d.month, d.day)),
                        e.summary
                    ),
                }
            })
            .collect();
        let events = score(
            "events",
            &exp_events,
            &ext_events,
            |e, x| {
                e.kind == x.kind
                    && match (e.date, x.date) {
                        (Some(a), Some(b)) => a.compatible(b),
                        (None, None) => true,
                        _ => false,
                    }
            },
            |e, x| {
                e.kind == x.kind
                    && match (e.date, x.date) {
                        (Some(a), Some(b)) => a.compatible(b),
                        (_, None) => true,
                        (None, Some(_)) => false,
                    }
            },
            |e| e.label.clone(),
            |x| x.label.clone(),
        );

        // Disagreements.
        let ext_disagreements: Vec<(String, Vec<String>)> = kb
            .disagreements
            .iter()
            .map(|d| (d.subject.to_string(), d.values.iter().map(|v| v.label.to_string()).collect()))
            .collect();
        let shares_values = |e: &ExpectedDisagreement, x: &(String, Vec<String>)| {
            let shared = e.values.iter().filter(|v| x.1.iter().any(|xv| lenient_eq(&v.value, xv))).count();
            shared >= e.values.len().min(2)
        };
        let disagreements = score(
            "disagreements",
            &expected.disagreements,
            &ext_disagreements,
            shares_values,
            shares_values,
            |e| format!("{}: {}", e.subject, e.values.iter().map(|v| v.value.as_str()).collect::<Vec<_>>().join(" / ")),
            |x| format!("{}: {}", x.0, x.1.join(" / ")),
        );

        vec![people, cast, crew, organisations, places, events, disagreements]
    }

    // The issue's report: people, roles, events (kind, date and summary), places with their use,
    // organisations with their kind, creation times and disagreements, per article or for a
    // whole corpus, with the `must_not` list checked apart.

    /// The alternatives of an annotation field written `"A | B"`.
    pub fn alternatives(text: &str) -> Vec<&str> {
        text.split('|').map(str::trim).filter(|a| !a.is_empty()).collect()
    }

    /// `fragment` occurs in `text` on word boundaries, both [`normalise`]d.
    pub fn contains_words(text: &str, fragment: &str) -> bool {
        let (text, fragment) = (normalise(text), normalise(fragment));
        !fragment.is_empty() && format!(" {text} ").contains(&format!(" {fragment} "))
    }

    /// `fragment` occurs in `text` from the start of a word, both [`normalise`]d: a quoted
    /// fragment may end where the text goes on with a possessive ("the festival" in "the
    /// festival’s prize", which normalises to "festivals").
    pub fn quotes(text: &str, fragment: &str) -> bool {
        let (text, fragment) = (normalise(text), normalise(fragment));
        !fragment.is_empty() && format!(" {text}").contains(&format!(" {fragment}"))
    }

    /// One fact flattened for scoring: its key, the files that state it, whether the annotation
    /// marks it optional, how it prints, and (extracted facts) what tells two of one entity apart.
    struct Fact<K> {
        key: K,
        docs: Vec<String>,
        optional: bool,
        label: String,
        claim: String,
    }

    impl<K> Fact<K> {
        fn new(key: K, docs: Vec<String>, label: String) -> Fact<K> {
            Fact { key, docs, optional: false, label, claim: String::new() }
        }

        /// The label followed by the articles that state it, by their number (`[01 03]`).
        fn cited(&self) -> String {
            if self.docs.is_empty() {
                return self.label.clone();
            }
            let numbers: Vec<&str> = self.docs.iter().map(|d| d.split(['-', '_']).next().unwrap_or(d)).collect();
            format!("{} [{}]", self.label, numbers.join(" "))
        }
    }

    /// Scores one kind. With `doc`, recall counts the expected facts that cite `doc` and
    /// precision the extracted facts with evidence in it; an extracted fact is right when any
    /// expected fact of the corpus supports it (a true fact is not wrong where the annotation
    /// did not cite it). Optional expected facts support but are never missed. With
    /// `one_to_one`, a second extracted fact supported by the same expected one (and with the
    /// same `claim`) is wrong: an entity found twice was not merged.
    fn tally<E, X>(
        kind: &'static str,
        expected: &[Fact<E>],
        extracted: &[Fact<X>],
        doc: Option<&str>,
        recalls: impl Fn(&E, &X) -> bool,
        supports: impl Fn(&E, &X) -> bool,
        one_to_one: bool,
    ) -> Score {
        let cites = |docs: &[String]| doc.is_none_or(|d| docs.iter().any(|x| x == d));
        let required: Vec<&Fact<E>> = expected.iter().filter(|e| !e.optional && cites(&e.docs)).collect();
        let found: Vec<&Fact<X>> = extracted.iter().filter(|x| cites(&x.docs)).collect();
        let missed: Vec<String> =
            required.iter().filter(|e| !found.iter().any(|x| recalls(&e.key, &x.key))).map(|e| e.cited()).collect();
        let mut claimed: Vec<(usize, &str, &str)> = Vec::new();
        let mut spurious = Vec::new();
        for x in &found {
            match expected.iter().position(|e| supports(&e.key, &x.key)) {
                None => spurious.push(x.cited()),
                Some(i) if one_to_one => match claimed.iter().find(|(j, c, _)| *j == i && *c == x.claim) {
                    Some((_, _, first)) => {
                        spurious.push(format!("{} (a second entry for {first}: not merged)", x.cited()))
                    }
                    None => claimed.push((i, &x.claim, &x.label)),
                },
                Some(_) => {}
            }
        }
        Score {
            kind,
            expected: required.len(),
            extracted: found.len(),
            matched: required.len() - missed.len(),
            correct: found.len() - spurious.len(),
            missed,
            spurious,
        }
    }

    /// The files of some evidence, each once.
    fn files(kb: &KnowledgeBase, evidence: &[knowledge::Evidence]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for ev in evidence {
            let file = kb.documents.get(usize::from(ev.doc)).map_or_else(String::new, |d| d.file.to_string());
            if !out.contains(&file) {
                out.push(file);
            }
        }
        out
    }

    struct RoleKey {
        person: Names,
        kind: String,
        jobs: Vec<String>,
        characters: Vec<String>,
    }

    struct EventKey {
        kinds: Vec<String>,
        date: Option<String>,
        also: Vec<String>,
        summaries: Vec<String>,
    }

    struct FoundEvent {
        kind: String,
        date: Option<Date>,
        summary: String,
    }

    /// The role kind as the annotation writes it.
    fn role_kind(kind: RoleKind) -> &'static str {
        match kind {
            RoleKind::Cast => "cast",
            RoleKind::Crew(_) => "crew",
            RoleKind::Other(_) => "other",
        }
    }

    /// The kinds of fact the issue's bar is about, in report order.
    pub const ISSUE_KINDS: [&str; 7] =
        ["people", "roles", "events", "places (use)", "organisations", "creation time", "disagreements"];

    /// Scores `kb` against `expected` by the issue's rules, for the whole corpus or one file.
    ///
    /// * **people**, **organisations**: name or alias as in [`Names::matches`], one extracted
    ///   entity per expected one; organisations also need one of the annotated kinds.
    /// * **roles** (cast, crew and other roles together): same person and role kind; a cast role
    ///   matches on the character as in [`score_all`], a crew or other role on the job
    ///   ([`job_eq`]); departments and relations are not compared, nor (absent from the schema)
    ///   the organisation a role is held at and whether it was replaced.
    /// * **events**: one of the annotated kinds, a summary containing one of the annotated
    ///   fragments, and the date written exactly as annotated, at its precision; for precision an
    ///   undated card is not wrong, and `also_dates` are accepted. Where the annotation gives no
    ///   summary (the seeds), the summary is not compared and dates match at the precision they
    ///   share, as in [`score_all`]. Whether an event was scheduled is not in the schema.
    /// * **places (use)**: one item per place and use; a use in `also_ok` is not wrong.
    /// * **creation time**: a document's published date equals the annotated one (a bound
    ///   inferred from the content: overlaps it). Only when the annotation dates documents.
    /// * **disagreements**: as in [`score_all`], values also matched by their `also` forms.
    pub fn issue_scores(expected: &Expected, kb: &KnowledgeBase, doc: Option<&str>) -> Vec<Score> {
        let names_of = |name: &str, aliases: &[String]| Names::new(name, aliases.iter().map(String::as_str));
        let kb_names = |name: &str, aliases: &[knowledge::Text]| Names::new(name, aliases.iter().map(|a| &**a));
        let mut out = Vec::new();

        // People.
        let exp: Vec<Fact<Names>> = expected
            .people
            .iter()
            .map(|p| Fact {
                optional: p.optional,
                ..Fact::new(names_of(&p.name, &p.aliases), p.docs.clone(), p.name.clone())
            })
            .collect();
        let ext: Vec<Fact<Names>> = kb
            .people
            .iter()
            .map(|p| {
                let mut evidence = p.mentions.to_vec();
                evidence.extend(p.roles.iter().flat_map(|r| r.evidence.iter().copied()));
                Fact::new(kb_names(&p.name, &p.aliases), files(kb, &evidence), p.name.to_string())
            })
            .collect();
        let same = |e: &Names, x: &Names| e.matches(x);
        out.push(tally("people", &exp, &ext, doc, same, same, true));

        // Roles.
        let exp: Vec<Fact<RoleKey>> = expected
            .people
            .iter()
            .flat_map(|p| p.roles.iter().map(move |r| (p, r)))
            .map(|(p, r)| {
                let key = RoleKey {
                    person: names_of(&p.name, &p.aliases),
                    kind: r.kind.clone(),
                    jobs: alternatives(&r.job).into_iter().map(str::to_owned).collect(),
                    characters: r
                        .character
                        .as_deref()
                        .map(alternatives)
                        .unwrap_or_default()
                        .into_iter()
                        .map(str::to_owned)
                        .collect(),
                };
                let label = match &r.character {
                    Some(c) => format!("{} as {c}", p.name),
                    None => format!("{}: {} ({})", p.name, r.job, r.kind),
                };
                Fact { optional: r.optional || p.optional, ..Fact::new(key, r.docs.clone(), label) }
            })
            .collect();
        let ext: Vec<Fact<RoleKey>> = kb
            .people
            .iter()
            .flat_map(|p| p.roles.iter().map(move |r| (p, r)))
            .map(|(p, r)| {
                let key = RoleKey {
                    person: kb_names(&p.name, &p.aliases),
                    kind: role_kind(r.kind).to_owned(),
                    jobs: vec![r.job.to_string()],
                    characters: r.character.iter().map(|c| c.to_string()).collect(),
                };
                let label = match &r.character {
                    Some(c) => format!("{} as {c}", p.name),
                    None => format!("{}: {} ({})", p.name, r.job, role_kind(r.kind)),
                };
                Fact::new(key, files(kb, &r.evidence), label)
            })
            .collect();
        let any_character =
            |e: &RoleKey, x: &RoleKey| e.characters.iter().any(|ec| x.characters.iter().any(|xc| lenient_eq(ec, xc)));
        let any_job = |e: &RoleKey, x: &RoleKey| e.jobs.iter().any(|ej| x.jobs.iter().any(|xj| job_eq(ej, xj)));
        let role_recalls = |e: &RoleKey, x: &RoleKey| {
            e.person.matches(&x.person)
                && e.kind == x.kind
                && if e.kind == "cast" { e.characters.is_empty() || any_character(e, x) } else { any_job(e, x) }
        };
        let role_supports = |e: &RoleKey, x: &RoleKey| {
            e.person.matches(&x.person)
                && e.kind == x.kind
                && if e.kind == "cast" {
                    e.characters.is_empty() || x.characters.is_empty() || any_character(e, x)
                } else {
                    any_job(e, x)
                }
        };
        out.push(tally("roles", &exp, &ext, doc, role_recalls, role_supports, false));

        // Events.
        let exp: Vec<Fact<EventKey>> = expected
            .events
            .iter()
            .map(|e| {
                let key = EventKey {
                    kinds: alternatives(&e.kind).into_iter().map(str::to_owned).collect(),
                    date: e.date.clone(),
                    also: e.also_dates.clone(),
                    summaries: e.summary.clone(),
                };
                let label = format!("{} {}: {}", e.kind, e.date.as_deref().unwrap_or("undated"), e.description);
                Fact { optional: e.optional, ..Fact::new(key, e.docs.clone(), label) }
            })
            .collect();
        let ext: Vec<Fact<FoundEvent>> = kb
            .events
            .iter()
            .map(|e| {
                let date = e.when.as_ref().and_then(|w| w.date);
                let label = format!("{:?} {}: {}", e.kind, date.as_ref().map_or("undated".to_owned(), slug), e.summary);
                let key = FoundEvent { kind: format!("{:?}", e.kind), date, summary: e.summary.to_string() };
                Fact::new(key, files(kb, &e.evidence), label)
            })
            .collect();
        let kind_and_summary = |e: &EventKey, x: &FoundEvent| {
            e.kinds.contains(&x.kind) && (e.summaries.is_empty() || e.summaries.iter().any(|f| quotes(&x.summary, f)))
        };
        let shared_precision = |e: &str, x: &Date| DateRange::parse(e).is_some_and(|e| e.compatible(DateRange::of(x)));
        let event_recalls = |e: &EventKey, x: &FoundEvent| {
            kind_and_summary(e, x)
                && match (&e.date, &x.date) {
                    (None, None) => true,
                    (Some(ed), Some(xd)) if e.summaries.is_empty() => shared_precision(ed, xd),
                    (Some(ed), Some(xd)) => *ed == slug(xd),
                    _ => false,
                }
        };
        let event_supports = |e: &EventKey, x: &FoundEvent| {
            kind_and_summary(e, x)
                && match (&e.date, &x.date) {
                    (_, None) => true,
                    (Some(ed), Some(xd)) if e.summaries.is_empty() => shared_precision(ed, xd),
                    (ed, Some(xd)) => {
                        let xd = slug(xd);
                        ed.as_ref() == Some(&xd) || e.also.contains(&xd)
                    }
                }
        };
        out.push(tally("events", &exp, &ext, doc, event_recalls, event_supports, false));

        // Places with their use.
        let exp: Vec<Fact<(Names, String, Vec<String>)>> = expected
            .places
            .iter()
            .flat_map(|p| {
                let relations = p.relations();
                let accepted: Vec<String> =
                    relations.iter().map(|(k, _)| (*k).to_owned()).chain(p.also_ok.iter().cloned()).collect();
                relations.into_iter().map(move |(kind, docs)| {
                    let key = (names_of(&p.name, &p.aliases), kind.to_owned(), accepted.clone());
                    Fact { optional: p.optional, ..Fact::new(key, docs.to_vec(), format!("{}: {kind}", p.name)) }
                })
            })
            .collect();
        let ext: Vec<Fact<(Names, String)>> = kb
            .places
            .iter()
            .flat_map(|p| {
                let names = kb_names(&p.name, &p.aliases);
                let uses: Vec<(String, Vec<String>)> = if p.uses.is_empty() {
                    vec![("(no use)".to_owned(), files(kb, &p.mentions))]
                } else {
                    p.uses.iter().map(|u| (format!("{:?}", u.kind), files(kb, &u.evidence))).collect()
                };
                uses.into_iter().map(move |(kind, docs)| Fact {
                    claim: kind.clone(),
                    ..Fact::new((names.clone(), kind.clone()), docs, format!("{}: {kind}", p.name))
                })
            })
            .collect();
        out.push(tally(
            "places (use)",
            &exp,
            &ext,
            doc,
            |e, x| e.0.matches(&x.0) && e.1 == x.1,
            |e, x| e.0.matches(&x.0) && e.2.contains(&x.1),
            true,
        ));

        // Organisations with their kind.
        let exp: Vec<Fact<(Names, Vec<String>)>> = expected
            .organisations
            .iter()
            .map(|o| {
                let key =
                    (names_of(&o.name, &o.aliases), alternatives(&o.kind).into_iter().map(str::to_owned).collect());
                Fact { optional: o.optional, ..Fact::new(key, o.docs.clone(), format!("{} ({})", o.name, o.kind)) }
            })
            .collect();
        let ext: Vec<Fact<(Names, String)>> = kb
            .organisations
            .iter()
            .map(|o| {
                let key = (kb_names(&o.name, &o.aliases), format!("{:?}", o.kind));
                Fact::new(key, files(kb, &o.mentions), format!("{} ({:?})", o.name, o.kind))
            })
            .collect();
        let org_eq = |e: &(Names, Vec<String>), x: &(Names, String)| e.0.matches(&x.0) && e.1.contains(&x.1);
        out.push(tally("organisations", &exp, &ext, doc, org_eq, org_eq, true));

        // Creation time.
        if !expected.documents.is_empty() {
            let exp: Vec<Fact<(String, String, bool)>> = expected
                .documents
                .iter()
                .map(|d| {
                    let label = format!("{}: {}{}", d.file, d.created, if d.inferred { " (inferred)" } else { "" });
                    Fact::new((d.file.clone(), d.created.clone(), d.inferred), vec![d.file.clone()], label)
                })
                .collect();
            // The creation time stated in the metadata, or bounded from the content (an
            // `Updated` line alone is only an upper bound, not the time).
            let ext: Vec<Fact<(String, Date)>> = kb
                .documents
                .iter()
                .filter_map(|d| {
                    let c = d.created.as_ref()?;
                    matches!(c.source, TimeSource::Published | TimeSource::Inferred).then_some((d, c.date))
                })
                .map(|(d, p)| {
                    Fact::new((d.file.to_string(), p), vec![d.file.to_string()], format!("{}: {}", d.file, slug(&p)))
                })
                .collect();
            let right = |e: &(String, String, bool), x: &(String, Date)| {
                e.0 == x.0 && if e.2 { shared_precision(&e.1, &x.1) } else { e.1 == slug(&x.1) }
            };
            out.push(tally("creation time", &exp, &ext, doc, right, right, false));
        }

        // Disagreements.
        let exp: Vec<Fact<Vec<Vec<String>>>> = expected
            .disagreements
            .iter()
            .map(|d| {
                let values =
                    d.values.iter().map(|v| std::iter::once(&v.value).chain(&v.also).cloned().collect()).collect();
                let docs = d.values.iter().flat_map(|v| v.docs.iter().cloned()).collect();
                let label = format!(
                    "{}: {}",
                    d.subject,
                    d.values.iter().map(|v| v.value.as_str()).collect::<Vec<_>>().join(" / ")
                );
                Fact::new(values, docs, label)
            })
            .collect();
        let ext: Vec<Fact<Vec<String>>> = kb
            .disagreements
            .iter()
            .map(|d| {
                let evidence: Vec<knowledge::Evidence> =
                    d.values.iter().flat_map(|v| v.evidence.iter().copied()).collect();
                let labels: Vec<String> = d.values.iter().map(|v| v.label.to_string()).collect();
                let label = format!("{}: {}", d.subject, labels.join(" / "));
                Fact::new(labels, files(kb, &evidence), label)
            })
            .collect();
        let shares = |e: &Vec<Vec<String>>, x: &Vec<String>| {
            let shared = e.iter().filter(|forms| forms.iter().any(|f| x.iter().any(|xv| lenient_eq(f, xv)))).count();
            shared >= e.len().min(2)
        };
        out.push(tally("disagreements", &exp, &ext, doc, shares, shares, false));
        out
    }

    /// A name that must not be found: equal to the extracted name or an alias, or (for names of
    /// two words or more, such as a character's) contained in it on word boundaries.
    fn forbidden_name(forbidden: &str, name: &str, aliases: &[knowledge::Text]) -> bool {
        let several_words = normalise(forbidden).contains(' ');
        std::iter::once(name)
            .chain(aliases.iter().map(|a| &**a))
            .any(|n| normalise(n) == normalise(forbidden) || (several_words && contains_words(n, forbidden)))
    }

    /// Every `must_not` fact that `kb` contains, as `fact — why`; a fact several entries forbid
    /// is one wrong fact, listed once with every why.
    pub fn violations(expected: &Expected, kb: &KnowledgeBase) -> Vec<String> {
        let mut out: Vec<(String, String)> = Vec::new();
        for m in &expected.must_not {
            let mut found: Vec<String> = Vec::new();
            if let Some(name) = &m.person {
                found.extend(
                    kb.people
                        .iter()
                        .filter(|p| forbidden_name(name, &p.name, &p.aliases))
                        .map(|p| format!("person {}", p.name)),
                );
            }
            if let Some(name) = &m.place {
                for p in kb.places.iter().filter(|p| forbidden_name(name, &p.name, &p.aliases)) {
                    match &m.place_use {
                        None => found.push(format!("place {}", p.name)),
                        Some(kind) => found.extend(
                            p.uses
                                .iter()
                                .filter(|u| format!("{:?}", u.kind) == *kind)
                                .map(|_| format!("place {}: {kind}", p.name)),
                        ),
                    }
                }
            }
            if let Some(name) = &m.organisation {
                found.extend(
                    kb.organisations
                        .iter()
                        .filter(|o| forbidden_name(name, &o.name, &o.aliases))
                        .map(|o| format!("organisation {}", o.name)),
                );
            }
            if let Some(role) = &m.role {
                for p in kb.people.iter().filter(|p| forbidden_name(&role.person, &p.name, &p.aliases)) {
                    for r in p.roles.iter().filter(|r| role_kind(r.kind) == role.kind) {
                        let job_hit = role.job.as_deref().is_none_or(|j| {
                            job_eq(j, &r.job) || r.character.as_deref().is_some_and(|c| lenient_eq(j, c))
                        });
                        if job_hit {
                            found.push(format!(
                                "{} role {}: {}{}",
                                role.kind,
                                p.name,
                                r.job,
                                r.character.as_deref().map(|c| format!(" as {c}")).unwrap_or_default()
                            ));
                        }
                    }
                }
            }
            if let Some(event) = &m.event {
                for e in kb.events.iter() {
                    let date = e.when.as_ref().and_then(|w| w.date);
                    let kind_hit = event.kind.as_ref().is_none_or(|k| *k == format!("{:?}", e.kind));
                    let date_hit = event.date.as_deref().is_none_or(|d| {
                        date.is_some_and(|x| DateRange::parse(d).is_some_and(|d| DateRange::of(&x).within(d)))
                    });
                    let text_hit = event
                        .text
                        .as_deref()
                        .is_none_or(|t| quotes(&e.summary, t) || e.evidence.iter().any(|ev| quotes(ev.quote(kb), t)));
                    if kind_hit && date_hit && text_hit {
                        let date = date.as_ref().map_or("undated".to_owned(), slug);
                        found.push(format!("event {:?} {date}: {}", e.kind, e.summary));
                    }
                }
            }
            if let Some(values) = &m.disagreement {
                found.extend(
                    kb.disagreements
                        .iter()
                        .filter(|d| values.iter().all(|v| d.values.iter().any(|c| contains_words(&c.label, v))))
                        .map(|d| format!("disagreement {}", d.subject)),
                );
            }
            for fact in found {
                match out.iter_mut().find(|(f, _)| *f == fact) {
                    Some((_, why)) => {
                        why.push_str("; ");
                        why.push_str(&m.why);
                    }
                    None => out.push((fact, m.why.clone())),
                }
            }
        }
        out.into_iter().map(|(fact, why)| format!("{fact} — {why}")).collect()
    }

    /// Adds up scores of the same kinds (several corpora into one total).
    pub fn sum(parts: &[Vec<Score>]) -> Vec<Score> {
        let mut total: Vec<Score> = Vec::new();
        for s in parts.iter().flatten() {
            match total.iter_mut().find(|t| t.kind == s.kind) {
                Some(t) => {
                    t.expected += s.expected;
                    t.extracted += s.extracted;
                    t.matched += s.matched;
                    t.correct += s.correct;
                    t.missed.extend(s.missed.iter().cloned());
                    t.spurious.extend(s.spurious.iter().cloned());
                }
                None => total.push(s.clone()),
            }
        }
        total
    }

    /// What the annotation records but the schema cannot show yet, counted for one corpus.
    pub fn unscored(corpus: &str, expected: &Expected) -> String {
        let roles = expected.people.iter().flat_map(|p| &p.roles);
        let scoped = roles.clone().filter(|r| r.organisation.is_some()).count();
        let replaced = roles.filter(|r| r.replaced).count();
        let scheduled = expected.events.iter().filter(|e| e.scheduled).count();
        let inferred = expected.documents.iter().filter(|d| d.inferred).count();
        format!(
            "  {corpus}: {scoped} roles held at another organisation, {replaced} replaced, {scheduled} scheduled events, {inferred} inferred creation times"
        )
    }

    /// `precision/recall` of one kind; a `-` for the precision of nothing extracted and the
    /// recall of nothing expected (a missing card is not a wrong one), `n/a` for an unscored kind.
    fn cell(scores: &[Score], kind: &str, decimals: usize) -> String {
        let Some(s) = scores.iter().find(|s| s.kind == kind) else { return "n/a".to_owned() };
        let figure = |n: usize, value: f64| if n == 0 { "-".to_owned() } else { format!("{value:.decimals$}") };
        format!("{}/{}", figure(s.extracted, s.precision()), figure(s.expected, s.recall()))
    }

    /// Under `title`, one line per article, per corpus and for the total: precision/recall of
    /// each kind.
    pub fn per_article_table(
        title: &str,
        articles: &[(String, String, Vec<Score>)],
        corpora: &[(String, Vec<Score>)],
        total: &[Score],
    ) -> String {
        let mut out = format!("\n{title}, precision/recall per article (facts it states or yields)\n");
        let _ = write!(out, "{:<42}", "article");
        for kind in ISSUE_KINDS {
            let _ = write!(out, " {kind:>13}");
        }
        out.push('\n');
        let mut row = |name: &str, scores: &[Score]| {
            let _ = write!(out, "{name:<42}");
            for kind in ISSUE_KINDS {
                let _ = write!(out, " {:>13}", cell(scores, kind, 2));
            }
            out.push('\n');
        };
        for (name, _, scores) in articles {
            row(name, scores);
        }
        for (name, scores) in corpora {
            row(&format!("corpus {name}"), scores);
        }
        row("TOTAL (corpora summed)", total);
        out.push_str("\nStyles:\n");
        for (name, style, _) in articles {
            let _ = writeln!(out, "  {name}: {style}");
        }
        out
    }

    /// One set of articles in [`side_by_side`]: its totals, floors and forbidden facts.
    pub struct Column<'a> {
        /// The set's name.
        pub label: &'a str,
        /// Its scores, the corpora summed.
        pub scores: &'a [Score],
        /// Per kind, the precision and recall floors.
        pub floors: &'a [(&'a str, f64, f64)],
        /// The `must_not` facts found.
        pub violations: usize,
        /// The most allowed.
        pub max_violations: usize,
    }

    /// The seeds and each set of articles side by side (figures, counts, floors), then the
    /// issue's targets and each set's gap to them.
    pub fn side_by_side(seeds: &[Score], sets: &[Column], targets: &[(&str, Option<f64>, Option<f64>)]) -> String {
        let names: Vec<&str> = sets.iter().map(|c| c.label).collect();
        let mut out = format!("\nSeeds and {} articles side by side (precision / recall)\n", names.join(" and "));
        let _ = write!(out, "{:<15} {:>11}", "kind", "seeds");
        for c in sets {
            let _ = write!(out, " {:>13} {:>9} {:>11}", c.label, format!("{} n", c.label), "floor");
        }
        let _ = write!(out, " {:>15}", "issue target");
        for c in sets {
            let _ = write!(out, " {:>17}", format!("{} gap", c.label));
        }
        out.push('\n');
        for kind in ISSUE_KINDS {
            let target = targets.iter().find(|t| t.0 == kind);
            let _ = write!(out, "{kind:<15} {:>11}", cell(seeds, kind, 2));
            for c in sets {
                let n = c.scores.iter().find(|s| s.kind == kind);
                let n = n.map_or("-".to_owned(), |s| format!("{}/{}", s.expected, s.extracted));
                let floor =
                    c.floors.iter().find(|f| f.0 == kind).map_or("-".to_owned(), |f| format!("{:.2}/{:.2}", f.1, f.2));
                let _ = write!(out, " {:>13} {n:>9} {floor:>11}", cell(c.scores, kind, 3));
            }
            let show = |v: Option<f64>| v.map_or("-".to_owned(), |v| format!("{v:.2}"));
            let _ = write!(out, " {:>15}", target.map_or("-".to_owned(), |t| format!("{}/{}", show(t.1), show(t.2))));
            for c in sets {
                let gap = match (target, c.scores.iter().find(|s| s.kind == kind)) {
                    (Some(t), Some(s)) => {
                        let gap = |goal: Option<f64>, got: f64| match goal {
                            Some(g) if got < g => format!("{:.2}", got - g),
                            Some(_) => "met".to_owned(),
                            None => "-".to_owned(),
                        };
                        format!("{}/{}", gap(t.1, s.precision()), gap(t.2, s.recall()))
                    }
                    _ => "-".to_owned(),
                };
                let _ = write!(out, " {gap:>17}");
            }
            out.push('\n');
        }
        for c in sets {
            let _ = writeln!(
                out,
                "{} forbidden facts (must_not) found: {} (allowed today: {}; target: 0)",
                c.label, c.violations, c.max_violations
            );
        }
        out.push_str("n = expected/extracted facts; events need kind, date and summary all right.\n");
        out
    }

    /// The score table: kind, expected, extracted, matched (expected items found), correct
    /// (extracted items that match), precision, recall.
    pub fn table(title: &str, scores: &[Score]) -> String {
        let mut out = format!("\n{title}\n");
        let _ = writeln!(
            out,
            "{:<14} {:>8} {:>9} {:>7} {:>7} {:>9} {:>7}",
            "kind", "expected", "extracted", "matched", "correct", "precision", "recall"
        );
        for s in scores {
            let _ = writeln!(
                out,
                "{:<14} {:>8} {:>9} {:>7} {:>7} {:>9.3} {:>7.3}",
                s.kind,
                s.expected,
                s.extracted,
                s.matched,
                s.correct,
                s.precision(),
                s.recall()
            );
        }
        out
    }

    /// What was missed and what was extracted but not expected, per kind.
    pub fn details(scores: &[Score]) -> String {
        let mut out = String::new();
        for s in scores {
            for m in &s.missed {
                let _ = writeln!(out, "  missed   {:<14} {m}", s.kind);
            }
            for x in &s.spurious {
                let _ = writeln!(out, "  spurious {:<14} {x}", s.kind);
            }
        }
        out
    }

    /// Precision and recall before and after, side by side.
    pub fn comparison(before: &[Score], after: &[Score]) -> String {
        let mut out = format!("\n{:<14} {:>19} {:>19}\n", "kind", "precision", "recall");
        for (a, b) in before.iter().zip(after) {
            let _ = writeln!(
                out,
                "{:<14} {:>8.3} → {:>8.3} {:>8.3} → {:>8.3}",
                a.kind,
                a.precision(),
                b.precision(),
                a.recall(),
                b.recall()
            );
        }
        out
    }

    #[cfg(test)]
    mod tests {
        use knowledge::{Claim, Disagreement, Event, Person, Role, Text, When};

        use super::*;

        fn kb(people: Vec<Person>, events: Vec<Event>, disagreements: Vec<Disagreement>) -> KnowledgeBase {
            KnowledgeBase {
                schema_version: knowledge::SCHEMA_VERSION,
                documents: Vec::new().into(),
                people: people.into(),
                organisations: Vec::new().into(),
                places: Vec::new().into(),
                events: events.into(),
                disagreements: disagreements.into(),
                production: None,
                billing: Vec::new().into(),
            }
        }

        fn person(name: &str, aliases: &[&str], roles: Vec<Role>) -> Person {
            Person {
                id: name.to_lowercase().replace(' ', "-").into(),
                name: name.to_owned().into(),
                aliases: aliases.iter().map(|a| Text::from(a.to_string())).collect::<Vec<_>>().into(),
                roles: roles.into(),
                mentions: Vec::new().into(),
            }
        }

        fn role(kind: RoleKind, job: &str, character: Option<&str>) -> Role {
            Role {
                kind,
                job: job.to_owned().into(),
                character: character.map(|c| c.to_owned().into()),
                organisation: None,
                replaced: false,
                evidence: Vec::new().into(),
            }
        }

        fn event(kind: EventKind, date: Option<Date>) -> Event {
            Event {
                id: "e".into(),
                kind,
                status: knowledge::EventStatus::Happened,
                summary: "s".into(),
                headline: "h".into(),
                when: date.map(|d| When { date: Some(d), phrase: "p".into(), resolved: false, anchor: None }),
                places: Vec::new().into(),
                people: Vec::new().into(),
                organisations: Vec::new().into(),
                evidence: Vec::new().into(),
            }
        }

        fn date(year: i16, month: u8, day: u8, precision: Precision) -> Date {
            Date { year, month, day, precision }
        }

        /// An annotation from the given top-level fields; the others are empty.
        fn expected(fields: &str) -> Expected {
            let mut value: serde_json::Value = serde_json::from_str(&format!("{{{fields}}}")).unwrap();
            for key in ["people", "organisations", "places", "events", "disagreements"] {
                value.as_object_mut().unwrap().entry(key).or_insert_with(|| serde_json::json!([]));
            }
            serde_json::from_value(value).unwrap()
        }

        fn by_kind<'a>(scores: &'a [Score], kind: &str) -> &'a Score {
            scores.iter().find(|s| s.kind == kind).unwrap()
        }

        fn close(a: f64, b: f64) -> bool {
            (a - b).abs() < 1e-3
        }

        #[test]
        fn normalise_ignores_case_accents_punctuation_and_a_leading_article() {
            assert_eq!(normalise("  Séance, U.S.  Marshal! "), "seance us marshal");
            assert_eq!(normalise("The Hollywood Reporter"), "hollywood reporter");
            assert_eq!(normalise("Hutchins’"), "hutchins");
            assert!(lenient_eq("U.S. Marshal", "a vigilant U.S. marshal"));
            assert!(!lenient_eq("Lucas", "Luca"));
        }

        #[test]
        fn two_of_three_people_gives_two_thirds() {
            let exp = expected(
                r#""people": [
                    {"name": "Ann Lee", "aliases": ["Lee"]},
                    {"name": "Bo Díaz"},
                    {"name": "Cy Dee"}
                ]"#,
            );
            // "Lee" is an alias of Ann Lee; "bo diaz" differs only by case and accent; Dan Fox is spurious.
            let got = kb(
                vec![person("Lee", &[], vec![]), person("bo diaz", &[], vec![]), person("Dan Fox", &[], vec![])],
                vec![],
                vec![],
            );
            let s = by_kind(&score_all(&exp, &got), "people").clone();
            assert_eq!((s.expected, s.extracted, s.matched, s.correct), (3, 3, 2, 2));
            assert!(close(s.precision(), 0.667) && close(s.recall(), 0.667), "{s:?}");
            assert_eq!(s.missed, ["Cy Dee"]);
            assert_eq!(s.spurious, ["Dan Fox"]);
        }

        #[test]
        fn cast_characters_match_leniently_and_a_missing_character_costs_recall_only() {
            let exp = expected(
                r#""people": [
                    {"name": "Ann Lee", "roles": [{"kind": "cast", "job": "Actor", "character": "U.S. Marshal"}]},
                    {"name": "Bo Day", "roles": [{"kind": "cast", "job": "Actor", "character": "Lucas"}]},
                    {"name": "Cy Dee", "roles": [{"kind": "cast", "job": "Actor", "character": null}]}
                ]"#,
            );
            let got = kb(
                vec![
                    person("Ann Lee", &[], vec![role(RoleKind::Cast, "Actor", Some("a vigilant US marshal"))]),
                    person("Bo Day", &[], vec![role(RoleKind::Cast, "Actor", None)]),
                    person("Cy Dee", &[], vec![role(RoleKind::Cast, "Actor", Some("bounty hunter"))]),
                    person("Dan Fox", &[], vec![role(RoleKind::Cast, "Actor", None)]),
                ],
                vec![],
                vec![],
            );
            let s = by_kind(&score_all(&exp, &got), "cast roles").clone();
            // Recall: Ann (lenient) and Cy (no character expected); Bo's character was not found.
            assert_eq!(s.matched, 2, "{s:?}");
            // Precision: Ann, Bo (less specific but true), Cy; Dan is not expected.
            assert_eq!(s.correct, 3, "{s:?}");
            assert!(close(s.recall(), 0.667) && close(s.precision(), 0.75));
        }

        #[test]
        fn crew_roles_need_the_department_and_a_compatible_job() {
            let exp = expected(
                r#""people": [
                    {"name": "Ann Lee", "roles": [{"kind": "crew", "job": "Cinematographer", "department": "Camera"}]},
                    {"name": "Bo Day", "roles": [{"kind": "crew", "job": "Executive Producer", "department": "Production"}]}
                ]"#,
            );
            let got = kb(
                vec![
                    person(
                        "Ann Lee",
                        &[],
                        vec![role(RoleKind::Crew(Department::Camera), "Director of Photography", None)],
                    ),
                    person(
                        "Bo Day",
                        &[],
                        vec![
                            role(RoleKind::Crew(Department::Production), "Producer", None),
                            role(RoleKind::Crew(Department::Directing), "Producer", None),
                        ],
                    ),
                ],
                vec![],
                vec![],
            );
            let s = by_kind(&score_all(&exp, &got), "crew roles").clone();
            assert_eq!((s.matched, s.correct, s.extracted), (2, 2, 3), "{s:?}");
        }

        #[test]
        fn dates_agree_at_the_precision_they_share() {
            let day = DateRange::parse("2021-10-21").unwrap();
            assert!(day.compatible(DateRange::parse("2021-10").unwrap()));
            assert!(day.compatible(DateRange::parse("2021").unwrap()));
            assert!(!day.compatible(DateRange::parse("2021-11").unwrap()));
            assert!(!DateRange::parse("2021").unwrap().compatible(DateRange::parse("2022-01").unwrap()));
            let spring = DateRange::of(&date(2023, 3, 0, Precision::Season));
            assert!(spring.compatible(DateRange::parse("2023-04").unwrap()));
            assert!(!spring.compatible(DateRange::parse("2023-07").unwrap()));
            let winter = DateRange::of(&date(2023, 12, 0, Precision::Season));
            assert!(winter.compatible(DateRange::parse("2024-02").unwrap()));
            assert!(DateRange::of(&date(1880, 0, 0, Precision::Decade)).compatible(DateRange::parse("1885").unwrap()));
            for bad in ["", "20x1", "2021-13", "2021-00", "2021-10-00", "2021-1-2-3"] {
                assert_eq!(DateRange::parse(bad), None, "{bad}");
            }
        }

        #[test]
        fn events_match_by_kind_and_compatible_date() {
            let exp = expected(
                r#""events": [
                    {"kind": "Incident", "date": "2021-10-21", "description": "shooting"},
                    {"kind": "FilmingResume", "date": "2023-04", "description": "resumed"},
                    {"kind": "Wrap", "date": null, "description": "wrapped"}
                ]"#,
            );
            let got = kb(
                vec![],
                vec![
                    event(EventKind::Incident, Some(date(2021, 10, 0, Precision::Month))),
                    event(EventKind::FilmingResume, None),
                    event(EventKind::Wrap, Some(date(2024, 1, 0, Precision::Month))),
                    event(EventKind::Release, Some(date(2025, 5, 2, Precision::Day))),
                ],
                vec![],
            );
            let s = by_kind(&score_all(&exp, &got), "events").clone();
            // Recalled: the incident only (the resume lost its date, the wrap got one the text lacks).
            assert_eq!(s.matched, 1, "{s:?}");
            // Correct: the incident and the undated resume; the dated wrap and the release are not.
            assert_eq!(s.correct, 2, "{s:?}");
            assert!(close(s.recall(), 0.333) && close(s.precision(), 0.5));
        }

        #[test]
        fn a_disagreement_matches_on_two_shared_values() {
            let exp = expected(
                r#""disagreements": [{"subject": "story setting", "values": [{"value": "New Mexico"}, {"value": "Kansas"}]}]"#,
            );
            let claim = |label: &str| Claim { label: label.to_owned().into(), evidence: Vec::new().into() };
            let disagreement = |subject: &str, values: &[&str]| Disagreement {
                subject: subject.to_owned().into(),
                values: values.iter().map(|v| claim(v)).collect::<Vec<_>>().into(),
            };
            let got = kb(
                vec![],
                vec![],
                vec![
                    disagreement("setting", &["1880s New Mexico", "1880s Kansas"]),
                    disagreement("location", &["New Mexico", "Montana"]),
                ],
            );
            let s = by_kind(&score_all(&exp, &got), "disagreements").clone();
            assert_eq!((s.matched, s.correct, s.extracted), (1, 1, 2), "{s:?}");
            assert!(close(s.precision(), 0.5) && close(s.recall(), 1.0));
        }

        #[test]
        fn nothing_extracted_scores_zero_and_nothing_expected_scores_one() {
            let exp = expected(r#""people": [{"name": "Ann Lee"}]"#);
            let scores = score_all(&exp, &kb(vec![], vec![], vec![]));
            let people = by_kind(&scores, "people");
            assert_eq!((people.precision(), people.recall()), (0.0, 0.0));
            let places = by_kind(&scores, "places");
            assert_eq!((places.precision(), places.recall()), (1.0, 1.0));
        }

        /// A document of the given file name whose text is `text` (nothing else is read).
        fn document(file: &str, text: &str) -> knowledge::Document {
            knowledge::Document {
                id: file.to_owned().into(),
                file: file.to_owned().into(),
                raw_bytes: 0,
                title: "".into(),
                outlet: None,
                author: None,
                published: None,
                created: None,
                text: text.to_owned().into(),
                repairs: Vec::new().into(),
                segments: Vec::new().into(),
            }
        }

        /// Evidence spanning all of document `doc`'s text.
        fn whole(kb: &KnowledgeBase, doc: u16) -> knowledge::Evidence {
            let end = kb.documents[usize::from(doc)].text.len() as u32;
            knowledge::Evidence { doc, span: knowledge::Span { start: 0, end }, curated: false }
        }

        fn summarised(kind: EventKind, date: Option<Date>, summary: &str) -> Event {
            Event { summary: summary.to_owned().into(), ..event(kind, date) }
        }

        #[test]
        fn events_need_kind_date_and_summary_and_a_date_no_more_precise_than_the_text() {
            let exp = expected(
                r#""events": [
                    {"kind": "Legal", "date": "2021-06", "summary": ["was dismissed in June 2021"], "description": "dismissal"},
                    {"kind": "Incident", "date": "2019-03-14", "also_dates": ["2019-03"], "summary": ["the crane collapsed"], "description": "collapse"},
                    {"kind": "Wrap", "date": null, "summary": ["wrapped"], "description": "wrap"}
                ]"#,
            );
            let month = |m| Some(date(2021, m, 0, Precision::Month));
            let got = kb(
                vec![],
                vec![
                    // Right kind, date and summary.
                    summarised(
                        EventKind::Legal,
                        month(6),
                        "The charge, which dated from March 2019, was dismissed in June 2021.",
                    ),
                    // Right kind and date, but the summary reports another step.
                    summarised(EventKind::Legal, month(6), "A hearing was held in June 2021."),
                    // A day the text does not give.
                    summarised(
                        EventKind::Legal,
                        Some(date(2021, 6, 9, Precision::Day)),
                        "It was dismissed in June 2021 on a motion.",
                    ),
                    // Undated: not wrong, not recalled; the month is an accepted date of a duplicate.
                    summarised(EventKind::Incident, None, "The crane collapsed on a Thursday."),
                    summarised(
                        EventKind::Incident,
                        Some(date(2019, 3, 0, Precision::Month)),
                        "In March 2019 the crane collapsed.",
                    ),
                    // A dated card for an event the text does not date.
                    summarised(EventKind::Wrap, Some(date(2022, 1, 0, Precision::Month)), "It wrapped in January."),
                ],
                vec![],
            );
            let s = by_kind(&issue_scores(&exp, &got, None), "events").clone();
            assert_eq!((s.expected, s.matched, s.extracted, s.correct), (3, 1, 6, 3), "{s:?}");
            assert_eq!(s.spurious.len(), 3, "{s:?}");
            assert!(
                s.spurious.iter().any(|x| x.contains("hearing")) && s.spurious.iter().any(|x| x.contains("2021-06-09"))
            );
        }

        #[test]
        fn an_optional_event_is_neither_missed_nor_wrong() {
            let exp = expected(
                r#""events": [
                    {"kind": "Legal", "date": "2021-06", "summary": ["was dismissed"], "description": "dismissal"},
                    {"kind": "Financing", "date": null, "summary": ["raised"], "description": "funding", "optional": true},
                    {"kind": "Wrap", "date": "2022-01", "summary": ["wrapped"], "description": "wrap", "optional": true}
                ]"#,
            );
            let month = |m| Some(date(2021, m, 0, Precision::Month));
            let got = kb(
                vec![],
                vec![
                    summarised(EventKind::Legal, month(6), "It was dismissed in June 2021."),
                    summarised(EventKind::Financing, None, "The company raised the budget."),
                ],
                vec![],
            );
            let s = by_kind(&issue_scores(&exp, &got, None), "events").clone();
            assert_eq!((s.expected, s.matched, s.extracted, s.correct), (1, 1, 2, 2), "{s:?}");
        }

        #[test]
        fn an_entity_found_twice_is_not_merged_and_an_optional_one_is_neither_missed_nor_wrong() {
            let exp = expected(
                r#""people": [
                    {"name": "Dana Ortiz-Blake", "aliases": ["Dana Ortiz"]},
                    {"name": "Ray Colt", "optional": true},
                    {"name": "Lee Hart", "optional": true}
                ]"#,
            );
            let got = kb(
                vec![
                    person("Dana Ortiz-Blake", &[], vec![]),
                    person("Dana Ortiz", &[], vec![]),
                    person("Ray Colt", &[], vec![]),
                ],
                vec![],
                vec![],
            );
            let s = by_kind(&issue_scores(&exp, &got, None), "people").clone();
            assert_eq!((s.expected, s.matched, s.extracted, s.correct), (1, 1, 3, 2), "{s:?}");
            assert_eq!(s.spurious, ["Dana Ortiz (a second entry for Dana Ortiz-Blake: not merged)"]);
        }

        #[test]
        fn roles_need_the_role_kind_and_the_job_or_character_with_alternatives() {
            let exp = expected(
                r#""people": [
                    {"name": "Mira Jov", "roles": [{"kind": "other", "job": "Festival Director | Director", "relation": "Other", "organisation": "Foo Festival"}]},
                    {"name": "Ann Lee", "roles": [{"kind": "cast", "job": "Actor", "character": "Widow Keane | widow"}]}
                ]"#,
            );
            let got = kb(
                vec![
                    person(
                        "Mira Jov",
                        &[],
                        vec![
                            role(RoleKind::Crew(Department::Directing), "Director", None),
                            role(RoleKind::Other(knowledge::Relation::Other), "Director", None),
                        ],
                    ),
                    person("Ann Lee", &[], vec![role(RoleKind::Cast, "Actor", Some("the widow"))]),
                ],
                vec![],
                vec![],
            );
            let s = by_kind(&issue_scores(&exp, &got, None), "roles").clone();
            assert_eq!((s.matched, s.correct), (2, 2), "{s:?}");
            assert_eq!(s.spurious, ["Mira Jov: Director (crew)"]);
        }

        #[test]
        fn places_score_each_use_and_organisations_their_kind() {
            let exp = expected(
                r#""places": [{"name": "Tucson", "uses": [{"kind": "Mentioned", "docs": []}], "also_ok": ["FilmingLocation"]}],
                   "organisations": [{"name": "Foo Festival", "aliases": ["Foo"], "kind": "Festival"}]"#,
            );
            let mut got = kb(vec![], vec![], vec![]);
            let place_use = |kind| knowledge::PlaceUse { kind, evidence: Vec::new().into() };
            got.places = vec![knowledge::Place {
                id: "tucson".into(),
                name: "Tucson".into(),
                aliases: Vec::new().into(),
                uses: vec![
                    place_use(knowledge::PlaceKind::FilmingLocation),
                    place_use(knowledge::PlaceKind::EventVenue),
                ]
                .into(),
                mentions: Vec::new().into(),
            }]
            .into();
            let org = |name: &str, kind| knowledge::Organisation {
                id: name.to_owned().into(),
                name: name.to_owned().into(),
                aliases: Vec::new().into(),
                kind,
                relations: Vec::new().into(),
                mentions: Vec::new().into(),
            };
            got.organisations = vec![org("Foo", knowledge::OrgKind::Other)].into();
            let scores = issue_scores(&exp, &got, None);
            let places = by_kind(&scores, "places (use)");
            // The filming location is accepted, the venue is wrong, and the mention was not found.
            assert_eq!((places.matched, places.correct, places.extracted), (0, 1, 2), "{places:?}");
            let orgs = by_kind(&scores, "organisations");
            assert_eq!((orgs.matched, orgs.correct), (0, 0), "{orgs:?}");
        }

        #[test]
        fn an_article_is_scored_on_the_facts_it_states_and_yields() {
            let exp = expected(
                r#""people": [{"name": "Ann Lee", "docs": ["a.txt"]}, {"name": "Bo Day", "docs": ["b.txt"]}]"#,
            );
            let mut got = kb(vec![person("Ann Lee", &[], vec![]), person("Bo Day", &[], vec![])], vec![], vec![]);
            got.documents = vec![document("a.txt", "Ann Lee and Bo Day."), document("b.txt", "Bo Day.")].into();
            let (a, b) = (whole(&got, 0), whole(&got, 1));
            let mut people = got.people.to_vec();
            people[0].mentions = vec![a].into();
            people[1].mentions = vec![a, b].into();
            got.people = people.into();
            // In a.txt: Ann Lee is expected and both are found; Bo Day is true of the corpus, so not wrong.
            let s = by_kind(&issue_scores(&exp, &got, Some("a.txt")), "people").clone();
            assert_eq!((s.expected, s.matched, s.extracted, s.correct), (1, 1, 2, 2), "{s:?}");
            let s = by_kind(&issue_scores(&exp, &got, Some("b.txt")), "people").clone();
            assert_eq!((s.expected, s.matched, s.extracted, s.correct), (1, 1, 1, 1), "{s:?}");
        }

        #[test]
        fn must_not_finds_characters_abbreviations_other_productions_and_story_times() {
            let exp = expected(
                r#""must_not": [
                    {"person": "Tobias Crane", "why": "character"},
                    {"place": "St.", "why": "abbreviation"},
                    {"role": {"person": "Mira Jov", "kind": "crew"}, "why": "festival director"},
                    {"event": {"date": "1870s"}, "why": "story decade"},
                    {"event": {"kind": "Incident", "text": "Dust Devils"}, "why": "another production"},
                    {"event": {"text": "killed on the set of"}, "why": "a death elsewhere"},
                    {"disagreement": ["1870s"], "why": "story decade"}
                ]"#,
            );
            let mut got = kb(
                vec![
                    person("Marshal Tobias Crane", &[], vec![]),
                    person("Crane Hollis", &[], vec![]),
                    person("Mira Jov", &[], vec![role(RoleKind::Crew(Department::Directing), "Director", None)]),
                ],
                vec![
                    summarised(EventKind::Legal, Some(date(1871, 0, 0, Precision::Year)), "In 1871 he is hanged."),
                    summarised(EventKind::Legal, Some(date(1870, 0, 0, Precision::Decade)), "Set in the 1870s."),
                    summarised(EventKind::Incident, None, "A stuntman was killed on the set of Dust Devils."),
                    summarised(EventKind::Incident, Some(date(2019, 3, 0, Precision::Month)), "The crane collapsed."),
                ],
                vec![Disagreement {
                    subject: "story setting".into(),
                    values: vec![
                        Claim { label: "1870s Arizona".into(), evidence: Vec::new().into() },
                        Claim { label: "Utah".into(), evidence: Vec::new().into() },
                    ]
                    .into(),
                }],
            );
            got.places = vec![knowledge::Place {
                id: "st-arvel".into(),
                name: "St. Arvel".into(),
                aliases: Vec::new().into(),
                uses: Vec::new().into(),
                mentions: Vec::new().into(),
            }]
            .into();
            let found = violations(&exp, &got);
            // The character (contained), the crew role, two story-time events, the other
            // production's death (forbidden twice, counted once) and the disagreement; "St. Arvel"
            // is not "St.", nor "Crane Hollis" the marshal.
            assert_eq!(found.len(), 6, "{found:#?}");
            assert!(found.iter().any(|f| f.ends_with("— another production; a death elsewhere")), "{found:#?}");
            assert!(found[0].starts_with("person Marshal Tobias Crane"));
            assert!(!found.iter().any(|f| f.contains("St. Arvel") || f.contains("Crane Hollis")));
        }

        #[test]
        fn seasons_and_decades_parse_and_print_as_annotated() {
            let spring = date(2025, 3, 0, Precision::Season);
            assert_eq!(slug(&spring), "2025-spring");
            assert_eq!(DateRange::parse("2025-spring"), Some(DateRange::of(&spring)));
            let decade = date(1870, 0, 0, Precision::Decade);
            assert_eq!(slug(&decade), "1870s");
            assert_eq!(DateRange::parse("1870s"), Some(DateRange::of(&decade)));
            assert!(DateRange::parse("1871").unwrap().within(DateRange::parse("1870s").unwrap()));
            assert!(!DateRange::parse("1870s").unwrap().within(DateRange::parse("1871").unwrap()));
            assert_eq!(slug(&date(2022, 12, 0, Precision::Season)), "2022-winter");
            for bad in ["1875s", "2025-fall", "x-spring"] {
                assert_eq!(DateRange::parse(bad), None, "{bad}");
            }
            assert!(quotes("the festival’s top prize", "the festival"));
            assert!(!quotes("a refestival", "festival"));
        }
    }
}
