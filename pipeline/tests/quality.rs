//! Extraction quality: the knowledge base built from `seeds/` against the facts a human annotator
//! extracted by reading the seeds (`tests/expected_facts.json`).
//!
//! For each kind of fact (people, cast roles, crew roles, organisations, places, events,
//! disagreements) the test computes
//!
//! * **precision**: the share of extracted items that match some expected item, and
//! * **recall**: the share of expected items that some extracted item matches,
//!
//! prints them as a table and requires both to be at least [`THRESHOLD`]. Run with
//! `cargo test -p pipeline --test quality -- --nocapture` to see the table when it passes; it is
//! also written to stderr, so it shows with the failure message when it does not.
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

/// Prints to stdout (seen with `--nocapture`) and to stderr (seen when the test fails).
fn show(text: &str) {
    println!("{text}");
    eprintln!("{text}");
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
    let expected = expected();
    let dir = seeds_dir();
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
        assert!(ORG_KINDS.contains(&o.kind.as_str()), "{}: unknown kind {}", o.name, o.kind);
        let names: Vec<&str> = std::iter::once(o.name.as_str()).chain(o.aliases.iter().map(String::as_str)).collect();
        check(&o.name, &names, &o.docs);
    }
    for p in &expected.places {
        const PLACE_KINDS: [&str; 4] = ["FilmingLocation", "StorySetting", "EventVenue", "Mentioned"];
        assert!(
            !p.kinds.is_empty() && p.kinds.iter().all(|k| PLACE_KINDS.contains(&k.as_str())),
            "{}: bad kinds",
            p.name
        );
        check(&p.name, &[p.name.as_str()], &p.docs);
    }
    for e in &expected.events {
        assert!(score::event_kind(&e.kind).is_some(), "unknown event kind {}", e.kind);
        if let Some(date) = &e.date {
            assert!(score::DateRange::parse(date).is_some(), "bad date {date}");
        }
        for file in &e.docs {
            assert!(dir.join(file).is_file(), "{}: no document {file}", e.description);
        }
    }
    for d in &expected.disagreements {
        assert!(d.values.len() >= 2, "{}: a disagreement needs two values", d.subject);
        for v in &d.values {
            check(&v.value, &[v.value.as_str()], &v.docs);
        }
    }
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

    use knowledge::{Date, Department, EventKind, KnowledgeBase, Precision, RoleKind};
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
    }

    /// An expected place.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedPlace {
        /// Name.
        pub name: String,
        /// Relations (`PlaceKind` variant names).
        #[serde(default)]
        pub kinds: Vec<String>,
        /// Seed files that name it.
        #[serde(default)]
        pub docs: Vec<String>,
    }

    /// An expected event.
    #[derive(Debug, Deserialize)]
    pub struct ExpectedEvent {
        /// `EventKind` variant name.
        pub kind: String,
        /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or null when the text gives no usable date.
        pub date: Option<String>,
        /// What happened.
        pub description: String,
        /// Seed files that report it.
        #[serde(default)]
        pub docs: Vec<String>,
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

        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        pub fn parse(text: &str) -> Option<DateRange> {
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
    }
}
