//! Stage 6: facts on which sources give different values.
//!
//! Comparable claims are read from the Sentence and Heading segments and grouped by a
//! normalised subject: the story's setting ("set in 1880s Ohio", "takes place in …", "plays out
//! across …", "a tale of 1870s Nevada", "the 1880s Ohio-set western", "tells the story of a
//! drifter in the 1880s West"; not the error a correction reports); the release date (two
//! releases dated differently and both announced or both done, or a release dated before a
//! source that says there is no release date yet was published: "not yet" stays true until a
//! date is set); ages, a role noun's ("13-year-old nephew" against "teenage nephew") or a
//! person's ("Name, 42,", "Name, aged 42,", "Name is 42.", "a 42-year-old grip, Name,"); the
//! kinship given to one named person ("his grandson Lucas" against "Lucas, his nephew,"; a
//! part's possessive stands for its actor); counts stated in reports of the same kind of event
//! ("injured three crew members", "half a dozen"); and the dates of events a production meets
//! once and that happened (two filming starts whose dates cannot both hold; a story's decade
//! never dates an event, and an announced date is not what happened). Claims with the same
//! value are pooled; a subject is reported when two values that cannot both be true come from
//! two different documents, and then every value is listed with its evidence.

use std::sync::LazyLock;

use knowledge::{
    Claim, Date, Disagreement, Document, Event, EventKind, EventStatus, Evidence, SegmentKind, Span, TimeSource,
};
use regex::Regex;

use crate::Entities;
use crate::dates::{self, Relative};
use crate::events::{self, triggers};

/// Finds values that differ between sources.
pub fn find(documents: &[Document], entities: &Entities, events: &[Event]) -> Vec<Disagreement> {
    let sentences = sentences(documents);
    let mentions = events::mentions(documents, entities);
    let mut out = Vec::new();
    // Another work's block of a listing or a roundup sets its own story, not this one's.
    let own = crate::entities::works::OwnTitles::of(documents);
    let elsewhere = crate::entities::works::other_work_parts(documents, &own);
    out.extend(settings(&sentences, &elsewhere));
    // A source that tells a release in theatres and one on a streaming service apart has two
    // releases: each is compared with its own kind; otherwise a source's release is the release.
    let tells = |doc: usize, streaming: bool| {
        mentions.iter().any(|m| m.doc == doc && m.kind == EventKind::Release && (m.topic == "streaming") == streaming)
    };
    if (0..documents.len()).any(|d| tells(d, true) && tells(d, false)) {
        out.extend(release(&sentences, &mentions, documents, Some(false)));
        out.extend(release(&sentences, &mentions, documents, Some(true)));
    } else {
        out.extend(release(&sentences, &mentions, documents, None));
    }
    out.extend(event_dates(events, documents));
    out.extend(ages(&sentences, entities));
    out.extend(kinship(&sentences, entities));
    out.extend(counts(&mentions, documents));
    out
}

/// A fact-bearing segment: document index, absolute start and its text.
struct Sentence<'a> {
    doc: u16,
    start: usize,
    text: &'a str,
}

impl Sentence<'_> {
    fn evidence(&self) -> Evidence {
        evidence(self.doc, self.start, self.start + self.text.len())
    }
}

fn evidence(doc: u16, start: usize, end: usize) -> Evidence {
    let to = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Evidence { doc, span: Span { start: to(start), end: to(end) }, curated: false }
}

fn sentences(documents: &[Document]) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    for (d, doc) in documents.iter().enumerate() {
        let Ok(d) = u16::try_from(d) else { break };
        for seg in doc.segments.iter().filter(|s| matches!(s.kind, SegmentKind::Sentence | SegmentKind::Heading)) {
            let start = seg.span.start as usize;
            if let Some(text) = doc.text.get(start..seg.span.end as usize) {
                out.push(Sentence { doc: d, start, text });
            }
        }
    }
    out
}

/// One claimed value: its comparable form, how to show it, and where it is stated.
struct Value<V> {
    value: V,
    label: String,
    evidence: Vec<Evidence>,
}

/// Pools claims with the same value and reports the subject when two incompatible values come
/// from different documents.
fn compare<V>(
    subject: String,
    claims: Vec<Stated<V>>,
    same: impl Fn(&V, &V) -> bool,
    compatible: impl Fn(&V, &V) -> bool,
) -> Option<Disagreement> {
    let mut values: Vec<Value<V>> = Vec::new();
    for (value, label, ev) in claims {
        match values.iter_mut().find(|v| same(&v.value, &value)) {
            Some(v) => {
                if !v.evidence.contains(&ev) {
                    v.evidence.push(ev);
                }
            }
            None => values.push(Value { value, label, evidence: vec![ev] }),
        }
    }
    let clash = values.iter().enumerate().any(|(i, a)| {
        values[i + 1..].iter().any(|b| {
            !compatible(&a.value, &b.value) && a.evidence.iter().any(|x| b.evidence.iter().any(|y| x.doc != y.doc))
        })
    });
    if !clash {
        return None;
    }
    for v in &mut values {
        v.evidence.sort();
    }
    values.sort_by_key(|v| v.evidence[0]);
    Some(Disagreement {
        subject: subject.into(),
        values: values.into_iter().map(|v| Claim { label: v.label.into(), evidence: v.evidence.into() }).collect(),
    })
}

/// One claim: its comparable value, how to show it, and where it is stated.
type Stated<V> = (V, String, Evidence);

/// Claims grouped by subject, in order of first appearance.
struct Subjects<V>(Vec<(String, Vec<Stated<V>>)>);

impl<V: PartialEq> Subjects<V> {
    fn new() -> Self {
        Subjects(Vec::new())
    }

    fn add(&mut self, subject: String, value: V, label: String, ev: Evidence) {
        match self.0.iter_mut().find(|(s, _)| *s == subject) {
            Some((_, claims)) => claims.push((value, label, ev)),
            None => self.0.push((subject, vec![(value, label, ev)])),
        }
    }

    /// The subjects on which incompatible values come from different documents.
    fn compare(self, compatible: impl Fn(&V, &V) -> bool) -> Vec<Disagreement> {
        self.0
            .into_iter()
            .filter_map(|(subject, claims)| compare(subject, claims, |a, b| a == b, &compatible))
            .collect()
    }
}

// ---- story setting -------------------------------------------------------------------------

/// A time of the story after a setting cue ("set in", "takes place in", "the story unfolds
/// in", "plays out across", "set against the backdrop of", "tells the story of … in"), up to
/// where its place starts: the preposition may be "on"/"along"/"off" before "the coast of …",
/// the place may be reached through a lower-case part of it ("the mining camps of") or a spot
/// in it ("on a cattle ranch in 1880s Wyoming", "in a mining town near …"), and one
/// lower-case adjective may come before the place ("in postwar Cornwall"). The `time` group.
const SETTING_TIME: &str = concat!(
    r"(?:in|on|along|off|across|against\s+the\s+backdrop\s+of)\s+(?:the\s+|an?\s+)?(?:(?:[a-z]+\s+)?(?:coast|shores?|banks?|island|islands|outskirts|edge|town|towns|village|villages|city|region|county|valley|camps?|plains|hills|mountains|deserts?|frontier|goldfields|streets)\s+of\s+|(?:[a-z][a-z-]*\s+){1,3}?(?:in|near|outside)\s+)?(?:(?P<time>",
    r"(?:(?:early|late|mid-?)\s*)?(?:\d{3}0['’]?s|1?\d(?:st|nd|rd|th)[- ]century)|\d{4}",
    r")\s+(?:in\s+)?)?(?:the\s+)?(?:[a-z][a-z-]+\s+)?"
);

/// A story's decade or century ("1870s", "early 1880s", "19th-century"): the `time` of a
/// setting told as "a tale of 1870s Nevada", where a bare year could be anything's.
const STORY_DECADE: &str = r"(?P<time>(?:(?:early|late|mid-?)\s*)?(?:\d{3}0['’]?s|1?\d(?:st|nd|rd|th)[- ]century))";

/// What comes before a setting verb: a clause break, or a word the setting is told of.
const SETTING_CUE: &str = r"(?:^|[,;:—–(]\s*|\b(?:is|are|was|were|being|film|movie|story|drama|western|thriller|comedy|tale|series|show|novel|epic|romance|musical|saga|action|plot|narrative|events|it|which|that)\s+)(?:[Ss]et|takes place|unfolds|plays out|played out)";

/// The place of the story after [`SETTING_TIME`]: the `place` group.
const SETTING_PLACE: &str = r"(?P<place>\p{Lu}[\w.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\w.'’-]*)*)";

static SETTING: LazyLock<[Regex; 6]> = LazyLock::new(|| {
    [
        format!(r"{SETTING_CUE} {SETTING_TIME}{SETTING_PLACE}?"),
        // "The western, set in the 1880s, follows …": a decade alone, at the end of its clause.
        format!(r"{SETTING_CUE} in (?:the\s+)?{STORY_DECADE}\s*[,.;—–)]"),
        // "Marchbanks’ tale of 1870s Nevada": a decade and a place right after the noun.
        format!(r"\b(?:tale|saga|story|chronicle|portrait) of {STORY_DECADE}\s+(?:the\s+)?{SETTING_PLACE}"),
        // "the 1870s Nevada-set western", "a Nevada-set drama", "the 1880s-set film": a compound.
        format!(
            r"(?:^|[\s“(])(?:(?i:the|a|an|its|this|his|her|their)\s+)?(?:{STORY_DECADE}\s+)?(?P<place>\p{{Lu}}\w+(?:\s+\p{{Lu}}\w+)?)-set\b"
        ),
        format!(r"\b{STORY_DECADE}-set\b"),
        // "tells the story of a young drifter in the 1880s West": the first "in" of the clause
        // that names a place.
        format!(r"\b(?:tells|told|telling) the (?:true )?story of\b[^.;:—–()]{{0,100}}?\b{SETTING_TIME}{SETTING_PLACE}"),
    ]
    .map(|p| Regex::new(&p).expect("setting pattern"))
});

/// What an earlier text was said to say ("A photo caption said the film is set in Utah"): how a
/// correction gives the error it withdraws, so no claim of the source that corrects it.
static REPORTED_ERROR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:article|caption|story|report|version|headline|post)\b[^.;]{0,60}?\b(?:said|stated|reported|gave|misstated|described)\b")
        .expect("reported error pattern")
});

/// Places and times the story is said to be set in, outside the byte ranges of each document
/// that tell of other works (`elsewhere`).
fn settings(sentences: &[Sentence], elsewhere: &[Vec<(usize, usize)>]) -> Vec<Disagreement> {
    let mut places = Vec::new();
    let mut times = Vec::new();
    for s in sentences {
        let reported = REPORTED_ERROR.find(s.text).map_or(usize::MAX, |m| m.start());
        let other = |at: usize| {
            elsewhere.get(usize::from(s.doc)).is_some_and(|parts| parts.iter().any(|&(a, b)| (a..b).contains(&at)))
        };
        for caps in SETTING
            .iter()
            .flat_map(|re| re.captures_iter(s.text))
            .filter(|c| c.get(0).is_none_or(|m| m.start() < reported && !other(s.start + m.start())))
        {
            let time = caps.name("time");
            if let Some(place) = caps.name("place") {
                let name = place.as_str();
                // A final period ends the sentence unless the last word is an abbreviation ("D.C.").
                let last = name.rsplit(' ').next().unwrap_or(name);
                let name = if last.matches('.').count() == 1 { name.trim_end_matches('.') } else { name };
                let from = time.map_or(place.start(), |t| t.start());
                let label = s.text[from..place.start() + name.len()].to_owned();
                places.push((name.to_lowercase(), label, s.evidence()));
            }
            if let Some(t) = time {
                times.push((t.as_str().to_lowercase().replace(['\'', '’'], ""), t.as_str().to_owned(), s.evidence()));
            }
        }
    }
    let same = |a: &String, b: &String| a == b;
    // "Set in 1880s Kansas, it … drives a herd to the railhead in Abilene": a document that
    // gives both places (a town and its state) makes them one setting, told at two scales.
    let docs_of = |v: &String| places.iter().filter(|(n, _, _)| n == v).map(|(_, _, e)| e.doc).collect::<Vec<_>>();
    let co_stated: Vec<(String, String)> = places
        .iter()
        .flat_map(|(a, _, _)| places.iter().map(move |(b, _, _)| (a, b)))
        .filter(|(a, b)| a != b && docs_of(a).iter().any(|d| docs_of(b).contains(d)))
        .map(|(a, b)| (a.clone(), b.clone()))
        .collect();
    let nested = |a: &String, b: &String| {
        let words = |s: &String| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
        let (x, y) = (words(a), words(b));
        x.windows(y.len().max(1)).any(|w| w == y.as_slice())
            || y.windows(x.len().max(1)).any(|w| w == x.as_slice())
            || co_stated.iter().any(|(p, q)| p == a && q == b)
    };
    // "1974" falls in "the 1970s".
    let overlapping = |a: &String, b: &String| {
        a.contains(b.as_str())
            || b.contains(a.as_str())
            || years(a).zip(years(b)).is_some_and(|((a0, a1), (b0, b1))| a0 <= b1 && b0 <= a1)
    };
    [
        compare("story setting".into(), places, same, nested),
        compare("story setting time".into(), times, same, overlapping),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The years a story time spans: "1880s" and "early 1880s" are 1880–1889, "1800s" is 1800–1899,
/// "1911" is 1911, "19th-century" is 1801–1900.
fn years(time: &str) -> Option<(u32, u32)> {
    if let Some(ordinal) = time.strip_suffix("century") {
        let digits: String = ordinal.chars().filter(char::is_ascii_digit).collect();
        return digits.parse().ok().filter(|&c: &u32| c > 0).map(|c| (c * 100 - 99, c * 100));
    }
    let digits = time.rsplit(' ').next()?.trim_start_matches("mid-");
    match digits.strip_suffix('s') {
        // "the late 1800s" is the century: the wider reading never makes a false clash.
        Some(decade) => decade.parse().ok().map(|d: u32| (d, if d.is_multiple_of(100) { d + 99 } else { d + 9 })),
        None => digits.parse().ok().map(|y| (y, y)),
    }
}

// ---- release date --------------------------------------------------------------------------

static NO_RELEASE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|(?:still\s+)?(?:has|have|had)\s+no|without)\s+(?:yet\s+)?(?:(?:have|has|had|got|received|set)\s+)?(?:a|an|any)?\s*(?:(?:official|firm|confirmed|theatrical|u\.s\.)\s+)?release\s+date\b|\b(?:has|have)\s+yet\s+to\s+(?:be\s+released|(?:receive|get|set|land|announce)\s+(?:a\s+)?release\s+date)\b|\bno\s+release\s+date\b|\bremains\s+unreleased\b",
    )
    .expect("release pattern")
});

/// What a source says about the release.
enum Release {
    /// No release date yet, as of the source's publication date (when known).
    Unscheduled(Option<Date>),
    /// Released or scheduled, with what the text gives of the date, and whether the source
    /// announces it (a plan may move: it never clashes with a release that happened).
    Dated(Option<Date>, Option<Relative>, bool),
}

/// The release date the sources give; with `streaming`, only the date on a streaming service
/// (`Some(true)`) or only the other release (`Some(false)`).
fn release(
    sentences: &[Sentence],
    mentions: &[events::Mention],
    documents: &[Document],
    streaming: Option<bool>,
) -> Option<Disagreement> {
    let mut claims = Vec::new();
    for s in sentences.iter().filter(|_| streaming != Some(true)) {
        if NO_RELEASE_DATE.is_match(s.text) {
            let published = documents[usize::from(s.doc)].published;
            claims.push((Release::Unscheduled(published), "no release date yet".to_owned(), s.evidence()));
        }
    }
    // A source that moves the release ("moved “Dust” from March 13 to April 24") withdraws the
    // old date, and a coarser plan that holds it ("later in the fall"), for the sources written
    // before it.
    let written = |doc: usize| documents[doc].created.as_ref().map(|c| c.date);
    let withdrawn: Vec<(Date, Option<Date>)> = mentions
        .iter()
        .filter(|m| m.kind == EventKind::Release)
        .filter_map(|m| {
            let doc = &documents[m.doc];
            let text = doc.text.get(m.span.start as usize..m.span.end as usize)?;
            let time = dates::DocumentTime {
                created: doc.created.as_ref().map(|c| (c.date, c.source)),
                previous: None,
                narrative: None,
            };
            let old = dates::tag(text, &time).into_iter().find(|t| dates::moved_from(text, t.start))?.value?;
            Some((old, written(m.doc)))
        })
        .collect();
    let superseded = |doc: usize, date: Option<Date>| {
        withdrawn.iter().any(|&(old, mover)| {
            date.is_some_and(|d| d.precision <= old.precision && dates::compatible(d, old))
                && written(doc).zip(mover).is_some_and(|(w, m)| !dates::precedes(m, w))
        })
    };
    for doc in 0..documents.len() {
        let ours: Vec<&events::Mention> = mentions
            .iter()
            .filter(|m| m.doc == doc && m.kind == EventKind::Release)
            .filter(|m| streaming.is_none_or(|s| (m.topic == "streaming") == s))
            .filter(|m| !superseded(doc, m.when.as_ref().and_then(|w| w.date)))
            .collect();
        let best = ours.iter().copied().max_by_key(|m| {
            let w = m.when.as_ref();
            (w.and_then(|w| w.date).map(|d| d.precision), w.is_some(), std::cmp::Reverse(m.span))
        });
        let Some(best) = best else { continue };
        let planned = best.status != EventStatus::Happened;
        let (date, rel, label) = match &best.when {
            Some(w) => match w.date {
                Some(d) if w.resolved => (Some(d), None, format!("{} ({})", dates::label(d), w.phrase)),
                Some(d) => (Some(d), None, dates::label(d)),
                None => (None, best.rel, w.phrase.to_string()),
            },
            None => (None, None, "released, no date given".to_owned()),
        };
        for m in ours {
            let doc = u16::try_from(m.doc).unwrap_or(u16::MAX);
            let ev = Evidence { doc, span: m.span, curated: false };
            claims.push((Release::Dated(date, rel, planned), label.clone(), ev));
        }
    }
    compare(
        if streaming == Some(true) { "streaming date" } else { "release date" }.into(),
        claims,
        |a, b| match (a, b) {
            (Release::Unscheduled(_), Release::Unscheduled(_)) => true,
            (Release::Dated(x, r, p), Release::Dated(y, q, o)) => x == y && r == q && p == o,
            _ => false,
        },
        |a, b| match (a, b) {
            (Release::Unscheduled(_), Release::Unscheduled(_)) => true,
            (Release::Unscheduled(Some(p)), Release::Dated(Some(d), ..))
            | (Release::Dated(Some(d), ..), Release::Unscheduled(Some(p))) => !dates::precedes(*d, *p),
            (Release::Unscheduled(_), _) | (_, Release::Unscheduled(_)) => true,
            (Release::Dated(.., p), Release::Dated(.., o)) if p != o => true,
            (Release::Dated(Some(x), ..), Release::Dated(Some(y), ..)) => dates::compatible(*x, *y),
            (Release::Dated(Some(d), ..), Release::Dated(None, Some(r), _))
            | (Release::Dated(None, Some(r), _), Release::Dated(Some(d), ..)) => dates::fits(*r, *d),
            (Release::Dated(..), Release::Dated(..)) => true,
        },
    )
}

// ---- event dates ---------------------------------------------------------------------------

/// Events a production meets once, reported with dates that cannot both hold. Only what
/// happened counts: an announced date that moved is no disagreement. Two dates clash only when
/// each source could have told the other's: a date after a document was written is a later
/// event of the kind (a second halt), not its account of the first.
fn event_dates(events: &[Event], documents: &[Document]) -> Vec<Disagreement> {
    let written = |doc: u16| {
        documents
            .get(usize::from(doc))
            .and_then(|d| d.created.as_ref())
            .filter(|c| c.source != TimeSource::Inferred)
            .map(|c| c.date)
    };
    let unknown_to = |d: Date, doc: u16| written(doc).is_some_and(|w| dates::precedes(w, d));
    let events: Vec<&Event> = events.iter().filter(|e| e.status == EventStatus::Happened).collect();
    let mut out = Vec::new();
    let mut kinds: Vec<EventKind> = events.iter().map(|e| e.kind).collect();
    kinds.sort();
    kinds.dedup();
    for kind in kinds.into_iter().filter(|&k| triggers::is_singular(k) && k != EventKind::Release) {
        let claims: Vec<(Date, String, Evidence)> = events
            .iter()
            .copied()
            .filter(|e| e.kind == kind)
            .filter_map(|e| e.when.as_ref().and_then(|w| w.date).map(|d| (e, d)))
            .flat_map(|(e, d)| e.evidence.iter().map(move |ev| (d, dates::label(d), *ev)))
            .collect();
        let clash = claims.iter().any(|(a, _, x)| {
            claims.iter().any(|(b, _, y)| {
                x.doc != y.doc && !dates::compatible(*a, *b) && !unknown_to(*a, y.doc) && !unknown_to(*b, x.doc)
            })
        });
        if !clash {
            continue;
        }
        out.extend(compare(
            format!("{} date", kind_label(kind)),
            claims,
            |a, b| a == b,
            |a, b| dates::compatible(*a, *b),
        ));
    }
    out
}

/// How a subject names an event kind.
fn kind_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::FilmingStart => "filming start",
        EventKind::FilmingStop => "filming stop",
        EventKind::FilmingResume => "filming resumption",
        EventKind::Wrap => "wrap",
        EventKind::Incident => "incident",
        EventKind::Premiere => "premiere",
        EventKind::Release => "release",
        EventKind::Development => "development",
        EventKind::Financing => "financing",
        EventKind::Casting => "casting",
        EventKind::PreProduction => "pre-production",
        EventKind::Investigation => "investigation",
        EventKind::Legal => "legal",
        EventKind::Publicity => "publicity",
        EventKind::Award => "award",
    }
}

// ---- ages ----------------------------------------------------------------------------------

const NUMBER_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

static AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<n>\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)[- ][Yy]ears?[- ][Oo]ld\s+").expect("age pattern")
});
/// Words after "the 71-year-old" that are no role noun ("The 71-year-old said …", "a
/// 42-year-old from Tucson"): the age is then a person's told elsewhere, and two such ages
/// from two sources may be two people's.
const NOT_AGE_NOUNS: &[&str] = &[
    "said", "says", "told", "added", "recalled", "was", "is", "has", "had", "who", "and", "also", "plays", "played",
    "died", "lives", "lived", "will", "would", "could", "from", "of", "in", "at", "on", "with", "remains", "joined",
    "spent", "suffered",
];
/// The role noun an age is given to ("13-year-old nephew", "42-year-old Canadian actor").
static AGE_NOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\p{Lu}[\w'’-]*\s+)?(?P<noun>[a-z]+)\b").expect("age noun pattern"));
/// Who an age is given to when a name follows it: at once ("27-year-old Ana Ruiz") or after the
/// noun, as an apposition ("a 27-year-old dolly grip, Ana Ruiz,").
static AGE_NAMED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[a-z]+(?:\s+[a-z]+){0,2},\s+)?\p{Lu}").expect("named age pattern"));
static TEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<n>[Tt]eenage|[Tt]eenaged|[Tt]een)\s+(?P<noun>[a-z]+)\b").expect("teen pattern")
});
/// A name with its age in apposition ("Ana Ruiz, 42,", "said Ana Ruiz, 42.", "Ruiz, aged 42,",
/// "Ruiz, now 42,", "Ruiz, who is 42,", "Ana Ruiz (42)") or stated of it ("Ruiz is 42.").
static NAME_AGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<name>\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)*)(?:,\s+(?:aged\s+|now\s+|who\s+is\s+)?(?P<n>\d{1,3})(?:,|[.;)](?:\s|$))|\s+\((?:aged\s+)?(?P<paren>\d{1,2})\)|\s+is\s+(?P<is>\d{1,3})(?:\s+years\s+old)?\s*(?:[.;]|$))")
        .expect("name age pattern")
});

/// A number written in digits or words ("13", "thirteen", "forty-two").
fn parse_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if let Ok(n) = w.parse() {
        return Some(n);
    }
    let unit = |s: &str| NUMBER_WORDS.iter().position(|x| *x == s).and_then(|i| u32::try_from(i + 1).ok());
    let ten = |s: &str| TENS.iter().position(|x| *x == s).and_then(|i| u32::try_from(i * 10 + 20).ok());
    match w.split_once('-') {
        Some((t, u)) => Some(ten(t)? + unit(u).filter(|&n| n < 10)?),
        None => unit(&w).or_else(|| ten(&w)),
    }
}

/// Ages given to the same role noun or the same person: ranges that do not overlap disagree.
/// An age is a person's when the name it is given to is one of their mentions ("Ana Ruiz, 42,",
/// "Ruiz, 42,", "a 42-year-old grip, Ana Ruiz,"), else the role noun's ("a 42-year-old grip").
fn ages(sentences: &[Sentence], entities: &Entities) -> Vec<Disagreement> {
    let mut subjects = Subjects::new();
    let mut add =
        |subject: String, range: (u32, u32), label: String, ev: Evidence| subjects.add(subject, range, label, ev);
    for s in sentences {
        for caps in AGE.captures_iter(s.text) {
            let Some(n) = parse_number(&caps["n"]).filter(|n| (1..=120).contains(n)) else { continue };
            let tail = &s.text[caps.get(0).expect("match").end()..];
            let name = AGE_NAMED.find(tail).map(|m| s.start + (s.text.len() - tail.len()) + m.end() - 1);
            let subject = match name.and_then(|at| person_at(entities, s.doc, at, at + 1)) {
                Some(person) => format!("age of {}", person.name),
                None => match AGE_NOUN.captures(tail).filter(|c| !NOT_AGE_NOUNS.contains(&&c["noun"])) {
                    Some(noun) => format!("age of the {}", &noun["noun"]),
                    None => continue,
                },
            };
            add(subject, (n, n), format!("{}-year-old", &caps["n"]), s.evidence());
        }
        for caps in TEEN.captures_iter(s.text) {
            add(format!("age of the {}", &caps["noun"]), (13, 19), caps["n"].to_lowercase(), s.evidence());
        }
        for caps in NAME_AGE.captures_iter(s.text) {
            let name = caps.name("name").expect("name");
            let (lo, hi) = (s.start + name.start(), s.start + name.end());
            let Some(age) = caps.name("n").or_else(|| caps.name("paren")).or_else(|| caps.name("is")) else { continue };
            let person = person_at(entities, s.doc, lo, hi).or_else(|| person_named(entities, s.doc, name.as_str()));
            if let (Some(p), Some(n)) = (person, parse_number(age.as_str())) {
                add(format!("age of {}", p.name), (n, n), n.to_string(), s.evidence());
            }
        }
    }
    subjects.compare(|a, b| a.0 <= b.1 && b.0 <= a.1)
}

/// The one person mentioned in document `doc` whom `name` names in full, by surname or by an
/// alias: a surname two of them share ("Ilves" of Marco and Elena Ilves) names no one.
fn person_named<'a>(entities: &'a Entities, doc: u16, name: &str) -> Option<&'a knowledge::Person> {
    let mut found = entities.people.iter().filter(|p| {
        (p.name == name || p.name.rsplit(' ').next() == Some(name) || p.aliases.iter().any(|a| a == name))
            && p.mentions.iter().any(|m| m.doc == doc)
    });
    let person = found.next()?;
    found.next().is_none().then_some(person)
}

/// The person one of whose mentions in document `doc` overlaps the byte range `lo..hi`.
fn person_at(entities: &Entities, doc: u16, lo: usize, hi: usize) -> Option<&knowledge::Person> {
    entities
        .people
        .iter()
        .find(|p| p.mentions.iter().any(|m| m.doc == doc && (m.span.start as usize) < hi && lo < m.span.end as usize))
}

// ---- kinship -------------------------------------------------------------------------------

/// Kinship words, each with the group of words that can name the same tie ("widow" is a
/// "wife"; "son" is a "child"); words of different groups cannot both be true of one person
/// seen from one other ("grandson" and "nephew").
#[rustfmt::skip]
const KIN: &[(&str, &str)] = &[
    ("son", "child"), ("daughter", "child"), ("child", "child"), ("grandson", "grandchild"),
    ("granddaughter", "grandchild"), ("grandchild", "grandchild"), ("nephew", "nephew"), ("niece", "niece"),
    ("brother", "sibling"), ("sister", "sibling"), ("cousin", "cousin"), ("father", "parent"), ("mother", "parent"),
    ("grandfather", "grandparent"), ("grandmother", "grandparent"), ("uncle", "uncle"), ("aunt", "aunt"),
    ("wife", "wife"), ("widow", "wife"), ("husband", "husband"), ("widower", "husband"), ("stepson", "stepchild"),
    ("stepdaughter", "stepchild"),
];

static KINSHIP: LazyLock<Regex> = LazyLock::new(|| {
    let words = KIN.iter().map(|(w, _)| *w).collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        r"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?P<of>\p{{Lu}}[\w-]*)['’]s?)\s+(?:(?:[\w-]+-year-old|teenage|teenaged|young|little|late|only|eldest|youngest|adopted)\s+)*(?P<kin>{words}),?\s+(?P<name>\p{{Lu}}[\w'’-]+(?:\s+\p{{Lu}}[\w'’-]+)?)"
    ))
    .expect("kinship pattern")
});

/// Capitalised words that open a sentence or a phrase before a comma, not a name ("In Tucson,
/// his son …").
const SENTENCE_OPENERS: &[&str] =
    &["In", "On", "At", "By", "For", "From", "The", "After", "Before", "When", "Later", "Then", "But", "And", "Since"];

/// The tie told after a full name, in apposition: "Lucas Hale, his grandson," or "Lucas Hale,
/// Ruiz’s nephew." (the kinship word ends the apposition, so "Tom Vale, his son Ben" is Ben's).
static KINSHIP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let words = KIN.iter().map(|(w, _)| *w).collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        r"\b(?P<name>\p{{Lu}}[\w'’-]+\s+\p{{Lu}}[\w'’-]+),\s+(?:[Hh]is|[Hh]er|[Tt]heir|(?P<of>\p{{Lu}}[\w-]*)['’]s?)\s+(?:(?:teenage|teenaged|young|little|late|only|eldest|youngest|adopted)\s+)*(?P<kin>{words})\s*[,.;)]"
    ))
    .expect("kinship after pattern")
});

/// The tie given to one named person ("his grandson Lucas"): two groups that cannot both hold
/// disagree ("grandson" and "nephew"); "widow" and "wife" agree.
fn kinship(sentences: &[Sentence], entities: &Entities) -> Vec<Disagreement> {
    let mut subjects = Subjects::new();
    for (i, s) in sentences.iter().enumerate() {
        // The passage a possessive may point back into: this sentence and the one before.
        let from = i.checked_sub(1).map(|p| &sentences[p]).filter(|p| p.doc == s.doc).map_or(s.start, |p| p.start);
        let after = KINSHIP_AFTER.captures_iter(s.text).filter(|c| {
            let first = c["name"].split_whitespace().next().unwrap_or_default();
            !SENTENCE_OPENERS.contains(&first)
        });
        for caps in KINSHIP.captures_iter(s.text).chain(after) {
            let kin = &caps["kin"];
            let group = KIN.iter().find(|(w, _)| *w == kin).map_or(kin, |(_, g)| *g);
            // A tie to a named person is compared only with ties to that person: "his" and
            // "Lee’s" stand for the person named last before them ("Walt Lee died; his
            // grandson …"), when there is one.
            let at = s.start + caps.get(0).map_or(0, |m| m.start());
            let written = caps.name("of").map(|of| of.as_str());
            let to = possessor(entities, s.doc, from..at, written, &caps["name"])
                .or_else(|| written.and_then(|w| played_by(entities, w)))
                .or(written.map(str::to_owned))
                .map_or(String::new(), |of| format!(" to {of}"));
            subjects.add(format!("kinship of {}{to}", &caps["name"]), group.to_owned(), kin.to_owned(), s.evidence());
        }
    }
    subjects.compare(|a, b| a == b)
}

/// The one actor whose part `character` names in full or by one of its words ("Varn’s stepson"
/// is the stepson of the part "Elias Varn"): "his" after the actor's name stands for them too.
fn played_by(entities: &Entities, character: &str) -> Option<String> {
    let plays = |p: &&knowledge::Person| {
        p.roles.iter().any(|r| {
            r.character.as_deref().is_some_and(|c| c == character || c.split_whitespace().any(|w| w == character))
        })
    };
    let mut found = entities.people.iter().filter(plays);
    let actor = found.next()?;
    found.next().is_none().then(|| actor.name.to_string())
}

/// The person named last in `range` of document `doc` (other than `kin`) that a possessive
/// stands for: anyone for "his"/"her", someone of that name or surname for "Lee’s".
fn possessor(
    entities: &Entities,
    doc: u16,
    range: std::ops::Range<usize>,
    written: Option<&str>,
    kin: &str,
) -> Option<String> {
    let named = |p: &knowledge::Person| {
        written.is_none_or(|w| p.name == w || p.name.rsplit(' ').next() == Some(w) || p.aliases.iter().any(|a| a == w))
    };
    entities
        .people
        .iter()
        .filter(|p| p.name != kin && named(p))
        .flat_map(|p| p.mentions.iter().map(move |m| (m, p)))
        .filter(|(m, _)| m.doc == doc && range.contains(&(m.span.start as usize)) && (m.span.end as usize) <= range.end)
        .max_by_key(|(m, _)| m.span.start)
        .map(|(_, p)| p.name.to_string())
}

// ---- counts --------------------------------------------------------------------------------

/// Words before a number that make it a rank or a bound rather than an exact count.
const NOT_EXACT: &[&str] = &[
    "first", "last", "next", "top", "the", "than", "least", "over", "nearly", "almost", "about", "some", "to", "around",
];
/// Plural nouns that are counted but are not things an event involves.
const TIME_UNITS: &[&str] = &["years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "times"];
/// Words after a number that end its noun phrase: "two of the grips", "three more days".
const COUNT_BREAKS: &[&str] =
    &["of", "and", "or", "more", "other", "were", "was", "are", "had", "have", "in", "on", "at"];
/// Counts written as phrases, read as the number they name ("half a dozen" crew members are six),
/// and the crew named in other words ("members of the crew", "crewmembers"); longer phrases
/// first. "A couple of" stays out: it may mean two or a few.
const COUNT_PHRASES: &[(&str, &str)] = &[
    ("half a dozen", "six"),
    ("a dozen", "twelve"),
    ("a pair of", "two"),
    ("members of the crew", "crew members"),
    ("members of the production crew", "crew members"),
    ("crewmembers", "crew members"),
];
/// Plural nouns without a final "s".
const IRREGULAR_PLURALS: &[&str] = &["people", "crew", "children", "men", "women", "staff", "police"];

/// Exact counts stated in reports of the same kind of event ("injured two crew members").
fn counts(mentions: &[events::Mention], documents: &[Document]) -> Vec<Disagreement> {
    let mut subjects = Subjects::new();
    // A sentence reporting two kinds of event states each count once, for the first kind.
    let mut seen = std::collections::HashSet::new();
    for m in mentions {
        let text = COUNT_PHRASES.iter().fold(
            documents[m.doc].text[m.span.start as usize..m.span.end as usize].to_lowercase(),
            |text, (phrase, number)| text.replace(phrase, number),
        );
        let words: Vec<String> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == ','))
            .map(|w| w.trim_matches([',', '-']).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        let plural = |noun: &str| (noun.ends_with('s') && !noun.ends_with("ss")) || IRREGULAR_PLURALS.contains(&noun);
        for (i, pair) in words.windows(2).enumerate() {
            // "two crew", or a plural after one modifier: "two stunt performers".
            let noun = if plural(&pair[1]) {
                pair[1].clone()
            } else {
                match words.get(i + 2) {
                    Some(head) if plural(head) && !COUNT_BREAKS.contains(&pair[1].as_str()) => {
                        format!("{} {head}", pair[1])
                    }
                    _ => continue,
                }
            };
            let exact = i == 0 || !NOT_EXACT.contains(&words[i - 1].as_str());
            if !exact || TIME_UNITS.contains(&noun.rsplit(' ').next().unwrap_or_default()) {
                continue;
            }
            let Some(n) = parse_number(&pair[0].replace(',', "")).filter(|&n| n >= 2) else { continue };
            if !seen.insert((m.doc, m.span.start, i)) {
                continue;
            }
            let subject = format!("number of {noun} ({})", kind_label(m.kind));
            let doc = u16::try_from(m.doc).unwrap_or(u16::MAX);
            subjects.add(subject, n, n.to_string(), Evidence { doc, span: m.span, curated: false });
        }
    }
    subjects.compare(|a, b| a == b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use knowledge::Precision;

    use crate::events::fixtures::{date, doc, entities};

    fn run(texts: &[&str]) -> Vec<Disagreement> {
        let docs: Vec<Document> = texts.iter().map(|t| doc(t, None)).collect();
        let ents = entities(&docs, &["Mara Quist"], &[], &[]);
        let events = events::extract(&docs, &ents);
        find(&docs, &ents, &events)
    }

    fn summary(d: &Disagreement) -> (String, Vec<(String, Vec<u16>)>) {
        let values =
            d.values.iter().map(|c| (c.label.to_string(), c.evidence.iter().map(|e| e.doc).collect())).collect();
        (d.subject.to_string(), values)
    }

    #[test]
    fn two_settings_from_two_documents_disagree() {
        let found = run(&[
            "Set in 1920s Ohio, the drama follows a miner.\n",
            "The drama, set in 1920s Oregon, follows a miner.\n",
            "A tale set in 1920s Ohio.\n",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            summary(&found[0]),
            (
                "story setting".to_owned(),
                vec![("1920s Ohio".to_owned(), vec![0, 2]), ("1920s Oregon".to_owned(), vec![1])]
            )
        );
    }

    #[test]
    fn another_works_item_of_a_roundup_sets_no_setting_of_this_one() {
        let ours = "The drama is set in 1920s Maine.";
        let item = "THE KILN\nA debut, set in a brickworks in Ohio, premiered.";
        let sentences = [Sentence { doc: 0, start: 0, text: ours }, Sentence { doc: 1, start: 9, text: &item[9..] }];
        assert_eq!(settings(&sentences, &[vec![], vec![]]).len(), 1, "two documents, two settings");
        assert!(settings(&sentences, &[vec![], vec![(0, item.len())]]).is_empty(), "the item is another work's");
    }

    #[test]
    fn a_story_told_in_a_time_and_place_is_a_setting() {
        let found = run(&[
            "The western is set in 1880s Wyoming.\n",
            "It tells the story of a young drifter framed for murder in 1880s Montana.\n",
            "The story unfolds in 1880s Wyoming.\n",
            "The action takes place in Wyoming.\n",
        ]);
        assert_eq!(
            summary(&found[0]),
            (
                "story setting".to_owned(),
                vec![("1880s Wyoming".to_owned(), vec![0, 2, 3]), ("1880s Montana".to_owned(), vec![1]),]
            )
        );
        assert_eq!(found.len(), 1, "the times agree: {found:?}");
        assert!(run(&["It tells the story of a miner in his last year.\n", "Set in Ohio.\n"]).is_empty());
    }

    #[test]
    fn story_times_and_announced_dates_never_disagree_with_what_happened() {
        assert!(
            run(&["Filming began in May 2019.\n", "The western, set in the 1880s, began filming in the 1880s.\n"])
                .is_empty()
        );
        assert!(run(&["Filming began in May 2019.\n", "Filming is set to begin in June 2019.\n"]).is_empty());
        let found = run(&["Filming began in May 2019.\n", "Filming began in June 2019.\n"]);
        assert_eq!(found.len(), 1);
    }

    /// An invented court report: what it must give, and what it must not (a hypothetical
    /// sentence, a sentence being served, the plot, another production's death).
    const COURT_REPORT: &str = "The involuntary manslaughter charge against armorer Lena Voss, which prosecutors filed in March 2022, was dismissed on June 14, 2023.
Voss could have faced up to 18 months in prison if convicted.
Her co-defendant, Paul Grady, is serving a two-year sentence for manslaughter.
The western tells the story of a rancher framed for murder in 1880s Wyoming.
In 1994, a stuntman was killed on the set of Long Ridge, an earlier western.
The shoot, which began in October 2021, was halted after the accident on set on October 21, 2021.
";

    #[test]
    fn a_court_report_read_clause_by_clause() {
        let docs = [doc(COURT_REPORT, None), doc("The western is set in 1880s Montana.\n", None)];
        let ents = entities(&docs, &["Lena Voss", "Paul Grady"], &[], &[]);
        let events = events::extract(&docs, &ents);
        let got: Vec<(EventKind, Option<String>, Vec<u16>)> = events
            .iter()
            .map(|e| (e.kind, e.when.as_ref().and_then(|w| w.date).map(dates::label), e.people.to_vec()))
            .collect();
        assert_eq!(
            got,
            [
                (EventKind::FilmingStart, Some("October 2021".to_owned()), vec![]),
                (EventKind::Incident, Some("October 21, 2021".to_owned()), vec![]),
                (EventKind::Legal, Some("June 14, 2023".to_owned()), vec![0]),
                (EventKind::FilmingStop, None, vec![]),
            ]
        );
        assert!(events.iter().all(|e| e.status == EventStatus::Happened));
        let found = find(&docs, &ents, &events);
        let subjects: Vec<&str> = found.iter().map(|d| &*d.subject).collect();
        assert_eq!(subjects, ["story setting"]);
    }

    #[test]
    fn a_setting_that_plays_out_across_or_against_a_backdrop_or_a_tale_of_a_decade() {
        let found = run(&[
            "The story plays out across the mining camps of 1880s Montana.\n",
            "The drama is set against the backdrop of 1890s Idaho.\n",
            "It is Ana Ruiz’s tale of 1890s Idaho.\n",
        ]);
        let got: Vec<_> = found.iter().map(summary).collect();
        assert_eq!(
            got[0],
            (
                "story setting".to_owned(),
                vec![("1880s Montana".to_owned(), vec![0]), ("1890s Idaho".to_owned(), vec![1, 2])]
            )
        );
        assert_eq!(got.len(), 2, "the decades differ too: {got:?}");
        // A tale of a year or of a word is no setting.
        assert!(run(&["It is a tale of 1999 Grief.\n", "The drama is set in Idaho.\n"]).is_empty());
    }

    #[test]
    fn the_error_a_correction_withdraws_is_no_claim() {
        let corrected = "A photo caption with the article said the drama is set in Utah. The drama is set in Idaho.\n";
        assert!(run(&[corrected, "The drama is set in Idaho.\n"]).is_empty());
        assert_eq!(run(&["The studio said the drama is set in Utah.\n", "The drama is set in Idaho.\n"]).len(), 1);
    }

    #[test]
    fn an_age_stated_of_a_name_or_aged_in_apposition() {
        let found = run(&["Mara Quist, aged 61, rode every day.\n", "The director is Mara Quist. Quist is 64.\n"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            summary(&found[0]),
            ("age of Mara Quist".to_owned(), vec![("61".to_owned(), vec![0]), ("64".to_owned(), vec![1])])
        );
        // A surname two people share names neither of them.
        let docs = [
            doc("Tom Vale and Ann Vale spoke. Vale, 30, had worked there.\n", None),
            doc("Tom Vale, 31, spoke.\n", None),
        ];
        let ents = entities(&docs, &["Tom Vale", "Ann Vale"], &[], &[]);
        assert!(find(&docs, &ents, &[]).is_empty());
        assert!(run(&["Mara Quist is 61 years old.\n", "The film is 64.\n"]).is_empty());
    }

    #[test]
    fn counts_written_as_phrases() {
        let found = run(&[
            "A rig overturned on set and half a dozen crew members were injured.\n",
            "A rig overturned on set and four crew members were injured.\n",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(summary(&found[0]).1, vec![("6".to_owned(), vec![0]), ("4".to_owned(), vec![1])]);
        let crew = run(&[
            "A rig overturned on set and five members of the crew were injured.\n",
            "A rig overturned on set and four crewmembers were injured.\n",
        ]);
        assert_eq!(crew.len(), 1, "{crew:?}");
        assert_eq!(crew[0].subject, "number of crew (incident)");
        assert!(
            run(&[
                "A rig overturned on set and a pair of horses were hurt.\n",
                "A rig overturned on set and two horses were hurt.\n",
            ])
            .is_empty()
        );
    }

    #[test]
    fn a_setting_told_as_a_compound_with_set() {
        let found = run(&["The 1880s Montana-set western follows a miner.\n", "A drama set in 1880s Idaho.\n"]);
        assert_eq!(
            summary(&found[0]),
            (
                "story setting".to_owned(),
                vec![("1880s Montana".to_owned(), vec![0]), ("1880s Idaho".to_owned(), vec![1])]
            )
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let times = run(&["Her 1920s-set drama follows a miner.\n", "A drama set in the 1950s in Ohio.\n"]);
        assert_eq!(times.len(), 1, "{times:?}");
        assert_eq!(times[0].subject, "story setting time");
        assert!(run(&["The Ohio-set drama follows a miner.\n", "A drama set in Ohio.\n"]).is_empty());
    }

    #[test]
    fn an_age_in_parentheses_now_or_who_is() {
        let end = run(&["The film is directed by Mara Quist, 61.\n", "Mara Quist, 64, directs.\n"]);
        assert_eq!(end.len(), 1, "{end:?}");
        let found = run(&[
            "Mara Quist (61) rode every day.\n",
            "Mara Quist, who is 64, rode.\n",
            "Mara Quist spoke. Quist, now 64, rode.\n",
        ]);
        assert_eq!(
            summary(&found[0]),
            ("age of Mara Quist".to_owned(), vec![("61".to_owned(), vec![0]), ("64".to_owned(), vec![1, 2])])
        );
    }

    #[test]
    fn kinship_told_after_the_name() {
        let found = run(&["Lucas Hale, his grandson, rides on.\n", "His nephew Lucas Hale rides on.\n"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(summary(&found[0]).1, vec![("grandson".to_owned(), vec![0]), ("nephew".to_owned(), vec![1])]);
        // The tie belongs to the name after it; an opening phrase is no name.
        assert!(run(&["Tom Vale, his son Ben Hale, rides.\n", "Ben Hale, his nephew, rides.\n"]).len() == 1);
        assert!(run(&["In Tucson, his son, rides.\n", "In Tucson, his nephew, rides.\n"]).is_empty());
    }

    #[test]
    fn a_century_or_a_decade_alone_is_a_story_time() {
        let century = |other: &str| run(&["The drama is set in 19th-century Galway.\n", other]);
        assert!(century("The western, set in the 1880s, follows a miner.\n").is_empty());
        let found = century("The western, set in the 1920s, follows a miner.\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            summary(&found[0]),
            (
                "story setting time".to_owned(),
                vec![("19th-century".to_owned(), vec![0]), ("1920s".to_owned(), vec![1])]
            )
        );
        // "The 1800s" is a century that holds the 1880s.
        assert!(
            run(&[
                "The drama is set in the late 1800s in Galway.\n",
                "The western, set in the 1880s, follows a miner.\n"
            ])
            .is_empty()
        );
        // A year alone may be the shoot's: no story time.
        assert!(run(&["Filming is set in 2019.\n", "The western, set in the 1880s, follows a miner.\n"]).is_empty());
    }

    #[test]
    fn a_kinship_to_a_part_is_a_kinship_to_its_actor() {
        let docs = [
            doc("Mara Quist plays Elias Varn, who rides after his nephew Caleb Dunn.\n", None),
            doc("The film follows Varn’s stepson, Caleb Dunn.\n", None),
        ];
        let mut ents = entities(&docs, &["Mara Quist"], &[], &[]);
        ents.people[0].roles = vec![knowledge::Role {
            kind: knowledge::RoleKind::Cast,
            job: "Actor".into(),
            character: Some("Elias Varn".into()),
            organisation: None,
            replaced: false,
            evidence: Vec::new().into(),
        }]
        .into();
        let found = find(&docs, &ents, &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].subject, "kinship of Caleb Dunn to Mara Quist");
    }

    #[test]
    fn a_setting_told_through_a_spot_in_the_place() {
        let found = run(&[
            "The western is set on a cattle ranch in 1880s Wyoming.\n",
            "The story unfolds in a small mining town in 1880s Montana.\n",
            "It is set in a town modeled on Tucson.\n",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            summary(&found[0]),
            (
                "story setting".to_owned(),
                vec![("1880s Wyoming".to_owned(), vec![0]), ("1880s Montana".to_owned(), vec![1])]
            )
        );
    }

    #[test]
    fn settings_that_nest_or_come_from_one_document_agree() {
        assert!(run(&["It is set in Nevada.\n", "The western is set in the Nevada Territory.\n"]).is_empty());
        assert!(run(&["Set in Ohio, it follows a miner. Later it is set in Oregon.\n"]).is_empty());
        assert!(run(&["Crews moved to a new set in Ohio.\n", "Set in Oregon, it follows a miner.\n"]).is_empty());
        // One source giving a town and its state: a second giving the state alone agrees.
        assert!(
            run(&[
                "Set in 1880s Kansas, it tells the story of a widow who drives her herd to the railhead in Abilene.\n",
                "The story unfolds in 1880s Kansas.\n",
            ])
            .is_empty()
        );
    }

    #[test]
    fn a_release_moved_later_withdraws_its_old_date() {
        let first = "Harrow will release “Dust” in theaters on March 13, 2032.\n";
        let pair = |second: &str| {
            let docs = [
                doc(first, Some(date(2031, 11, 20, Precision::Day))),
                doc(second, Some(date(2032, 1, 15, Precision::Day))),
            ];
            let ents = Entities::default();
            find(&docs, &ents, &events::extract(&docs, &ents))
        };
        assert!(pair("Harrow has moved “Dust” from March 13 to April 24, the studio said.\n").is_empty());
        // A coarser plan that held the old date is withdrawn with it.
        let docs = [
            doc(
                "Harrow plans to release “Dust” in theaters in March 2032.\n",
                Some(date(2031, 11, 20, Precision::Day)),
            ),
            doc(
                "Harrow moved the release of “Dust” to April 24, 2032, from March 13.\n",
                Some(date(2032, 1, 15, Precision::Day)),
            ),
        ];
        let ents = Entities::default();
        assert!(find(&docs, &ents, &events::extract(&docs, &ents)).is_empty());
        assert_eq!(pair("Harrow will release “Dust” in theaters on April 24, 2032.\n").len(), 1);
    }

    #[test]
    fn no_release_date_yet_clashes_only_with_an_earlier_release() {
        let opens = "The film opens in theaters on June 9, 2021.\n";
        let not_yet = "The film does not yet have a release date.\n";
        assert!(run(&[opens, not_yet]).is_empty(), "a date may be set after the second source");
        let later = |published| {
            let docs = [doc(opens, None), doc(not_yet, Some(published))];
            let ents = Entities::default();
            find(&docs, &ents, &events::extract(&docs, &ents))
        };
        let found = later(date(2021, 8, 1, Precision::Day));
        assert_eq!(
            summary(&found[0]),
            (
                "release date".to_owned(),
                vec![("June 9, 2021".to_owned(), vec![0]), ("no release date yet".to_owned(), vec![1])]
            )
        );
        assert!(later(date(2021, 5, 1, Precision::Day)).is_empty());
    }

    #[test]
    fn a_release_in_theaters_never_clashes_with_one_on_a_streaming_service() {
        let both = "The film opened in theaters on June 9, 2021, and arrived on the streaming service Lumo in September 2021.\n";
        let service = "The film debuted on Lumo on September 3, 2021.\n";
        assert!(run(&[both, service]).is_empty());
        let other = "The film debuted on Lumo on October 1, 2021.\n";
        let found = run(&[both, other]);
        assert_eq!(found.len(), 1);
        assert_eq!(summary(&found[0]).0, "streaming date");
        // Sources that each tell one release disagree on it, whatever their wording.
        let plain = "The film was released on September 20, 2021.\n";
        assert_eq!(summary(&run(&[plain, other])[0]).0, "release date");
    }

    #[test]
    fn a_planned_release_never_clashes_with_one_that_happened() {
        let pair = |first: &str, written: Date, second: &str| {
            let docs = [doc(first, Some(written)), doc(second, Some(date(2021, 9, 1, Precision::Day)))];
            let ents = Entities::default();
            find(&docs, &ents, &events::extract(&docs, &ents))
        };
        let released = "The film was released in theaters on July 2, 2021.\n";
        let plan = "The film will open in theaters on June 9, 2021.\n";
        assert!(pair(plan, date(2021, 3, 1, Precision::Day), released).is_empty());
        let done = "The film was released in theaters on June 9, 2021.\n";
        assert_eq!(pair(done, date(2021, 8, 1, Precision::Day), released).len(), 1);
    }

    #[test]
    fn release_dates_that_cannot_both_hold() {
        assert!(run(&["The film opens in theaters on June 9.\n", "It was released in theaters in 2021.\n"]).is_empty());
        assert_eq!(
            run(&["It opens in theaters on June 9, 2021.\n", "It opens in theaters on July 2, 2021.\n"]).len(),
            1
        );
    }

    #[test]
    fn ages_disagree_only_when_their_ranges_do_not_overlap() {
        let compatible = run(&[
            "She rescues her 13-year-old nephew.\n",
            "She rescues her teenage nephew.\n",
            "A thirteen-year-old nephew.\n",
        ]);
        assert!(compatible.is_empty(), "{compatible:?}");
        let found = run(&["She rescues her 11-year-old nephew.\n", "She rescues her teenage nephew.\n"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].subject, "age of the nephew");
        let found = run(&["Mara Quist, 42, directs.\n", "The director Mara Quist, 43, said so.\n"]);
        assert!(run(&["The 71-year-old said he rode.\n", "The 44-year-old said he fell.\n"]).is_empty());
        assert_eq!(summary(&found[0]).0, "age of Mara Quist");
    }

    #[test]
    fn an_age_is_a_persons_when_a_name_follows_or_a_surname_carries_it() {
        let docs: Vec<Document> = [
            "A 42-year-old dolly grip, Mara Quist, was hurt.\n",
            "The 42-year-old Mara Quist was hurt.\n",
            "Mara Quist was hurt. Quist, 43, had worked on the film.\n",
        ]
        .iter()
        .map(|t| doc(t, None))
        .collect();
        let mut ents = entities(&docs, &["Mara Quist"], &[], &[]);
        // The entity stage records a surname standing alone as a mention of the person.
        let mut mentions = ents.people[0].mentions.to_vec();
        mentions.push(evidence(2, 21, 26));
        ents.people[0].mentions = mentions.into();
        let found = find(&docs, &ents, &events::extract(&docs, &ents));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            summary(&found[0]),
            ("age of Mara Quist".to_owned(), vec![("42-year-old".to_owned(), vec![0, 1]), ("43".to_owned(), vec![2])])
        );
        // Not a known person's name: the noun's age, and a place or a stranger carries none.
        let found = run(&["A 42-year-old grip, Tom Vale, was hurt.\n", "A 43-year-old grip was hurt.\n"]);
        assert_eq!(summary(&found[0]).0, "age of the grip");
        assert!(run(&["Mara Quist, 42, lives in Tucson.\n", "In Tucson, 43, streets.\n"]).is_empty());
    }

    #[test]
    fn kinship_given_to_one_person() {
        let found = run(&[
            "An outlaw rescues his thirteen-year-old grandson Lucas Hale.\n",
            "He rides to save his teenage nephew Lucas Hale.\n",
            "Her grandson Lucas Hale waits.\n",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            summary(&found[0]),
            (
                "kinship of Lucas Hale".to_owned(),
                vec![("grandson".to_owned(), vec![0, 2]), ("nephew".to_owned(), vec![1])]
            )
        );
        assert!(run(&["His widow Mara Quist spoke.\n", "His wife Mara Quist spoke.\n"]).is_empty());
        assert!(run(&["His son Tom Vale spoke.\n", "Her son Ben Vale spoke.\n"]).is_empty());
        assert!(run(&["Ana Ruiz’s son Tom Vale spoke.\n", "Ben Lind’s nephew Tom Vale spoke.\n"]).is_empty());
        assert_eq!(run(&["Ruiz’s son Tom Vale spoke.\n", "Ruiz’s nephew Tom Vale spoke.\n"]).len(), 1);
    }

    #[test]
    fn a_setting_told_with_an_adjective_or_on_a_coast_is_a_setting() {
        let found = run(&[
            "Set in 1940s Galway, the drama follows a widow.\n",
            "The drama tells the story of a widow who shelters a stranger in postwar Galway.\n",
            "The story unfolds on the coast of Kerry in 1951.\n",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            summary(&found[0]),
            ("story setting".to_owned(), vec![("1940s Galway".to_owned(), vec![0, 1]), ("Kerry".to_owned(), vec![2])])
        );
        // A year inside the decade another source gives is no disagreement.
        assert!(
            run(&["The drama is set in 1974 in Galway.\n", "The drama is set in the 1970s in Galway.\n"]).is_empty()
        );
        let found = run(&["The drama is set in 1964 in Galway.\n", "The drama is set in the 1970s in Galway.\n"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].subject, "story setting time");
    }

    #[test]
    fn a_possessive_kinship_stands_for_the_person_named_before_it() {
        let docs = [
            doc("Producer Walt Lee died in 2020; his grandson, Eli Lee, runs the company.\n", None),
            doc("Producer Walt Lee never saw the film.\nLee’s nephew, Eli Lee, sat in on every edit.\n", None),
            doc("Director Ann Moss said her nephew, Eli Lee, helped.\n", None),
        ];
        let ents = entities(&docs, &["Walt Lee", "Eli Lee", "Ann Moss"], &[], &[]);
        let found = find(&docs, &ents, &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            summary(&found[0]),
            (
                "kinship of Eli Lee to Walt Lee".to_owned(),
                vec![("grandson".to_owned(), vec![0]), ("nephew".to_owned(), vec![1])]
            )
        );
    }

    #[test]
    fn clashing_dates_of_a_one_off_event() {
        let found =
            run(&["Filming began in April 2017.\n", "Filming began in September 2017.\n", "Filming began in 2017.\n"]);
        assert_eq!(found.len(), 1);
        let (subject, values) = summary(&found[0]);
        assert_eq!(subject, "filming start date");
        assert_eq!(values[0].0, "April 2017");
        assert_eq!(values[1].0, "September 2017");
        let recurring =
            run(&["A judge dismissed the lawsuit in April 2017.\n", "A judge dismissed the suit in May 2019.\n"]);
        assert!(recurring.is_empty());
    }

    #[test]
    fn counts_in_reports_of_the_same_event() {
        let found = run(&[
            "A stunt accident on set injured three crew members in May 2019.\n",
            "The stunt accident on set injured two crew members.\n",
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].subject, "number of crew (incident)");
        let both = run(&[
            "In May 2019, a stunt accident on set injured three crew members and production was halted.\n",
            "The stunt accident on set injured two crew members.\n",
        ]);
        assert_eq!(both.len(), 1, "{both:?}");
        assert!(
            run(&["The first two trailers were released.\n", "The first three trailers were released.\n"]).is_empty()
        );
        let modified = run(&[
            "Two stunt performers were injured on set when a rig failed.\n",
            "Three stunt performers were hurt on the set.\n",
        ]);
        assert_eq!(modified.len(), 1, "{modified:?}");
        assert_eq!(modified[0].subject, "number of stunt performers (incident)");
        // Lost shooting days are time, not what the accident involved.
        assert!(
            run(&[
                "A stunt accident on set injured two crew members and cost two shooting days.\n",
                "The stunt accident on set injured two crew members and cost three shooting days.\n",
            ])
            .is_empty()
        );
    }

    #[test]
    fn a_halt_after_a_source_was_written_is_another_halt() {
        let early = "Filming was halted on May 4, 2026.\n";
        let late = "Filming was halted on May 20, 2026.\n";
        let docs =
            [doc(early, Some(date(2026, 5, 8, Precision::Day))), doc(late, Some(date(2026, 5, 22, Precision::Day)))];
        let ents = entities(&docs, &[], &[], &[]);
        assert!(find(&docs, &ents, &events::extract(&docs, &ents)).is_empty());
        // Written after both dates, the two sources tell one halt two ways.
        let docs =
            [doc(early, Some(date(2026, 5, 30, Precision::Day))), doc(late, Some(date(2026, 5, 30, Precision::Day)))];
        let ents = entities(&docs, &[], &[], &[]);
        assert_eq!(find(&docs, &ents, &events::extract(&docs, &ents)).len(), 1);
    }
}
