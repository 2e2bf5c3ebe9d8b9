//! Event frames of one sentence: which triggers report this production's events, in which
//! clause, and whether each happened or is announced.
//!
//! A trigger is dropped when its clause tells the story (a plot cue, or a character of the
//! film as the subject), when its predicate is hypothetical, wished for or a plan of the past,
//! or when it names another production ("killed on the set of *Other Film* in 1994"). A
//! scheduled predicate ("will screen", "is set to premiere") keeps its trigger as announced.
//! "It" or "the shoot" as the subject of a production verb ("It restarted in May 2020") is a
//! trigger only when the sentence before it in the paragraph is about the shoot.

use std::sync::LazyLock;

use knowledge::{EventKind, EventStatus};
use regex::Regex;

use super::clauses::{Clauses, Mood};
use super::triggers::{self, Trigger};
use super::vocabulary::{
    APPOSITION_CLOSERS, CONTINUING_SUBJECTS, DEAL_SUBJECTS, EARLIER_WORK, FILMING_WORDS, FRONTED_CLAUSE_OPENERS,
    LEGAL_ACTS, MAKERS_SHOOT, NAME_TITLES, OTHER_WORK, OTHER_WORK_OBJECT, PLOT_CONTINUES, POSSESSIVE_BACK,
    PRODUCTION_OF, PRODUCTION_PRONOUNS, PRODUCTION_VERBS, SENTENCE_OPENERS,
};
use crate::dates::Tense;
use crate::entities::folded;
use crate::entities::works::{OwnTitles, other_work_spans};

/// What the corpus tells about the production, for reading frames.
#[derive(Clone, Debug, Default)]
pub(crate) struct Context {
    /// The documents' titles: a work they name is this production.
    pub(crate) own: OwnTitles,
    /// The film's characters (from cast roles), never people of the production.
    characters: Vec<String>,
    /// The people's names: a character's name at the start of one ("Ana" in "Ana Ruiz") is
    /// that person, not the character.
    people: Vec<String>,
}

impl Context {
    /// A context from the production's own titles and the characters of the cast.
    pub(crate) fn new<'a>(
        own: OwnTitles,
        characters: impl Iterator<Item = &'a str>,
        people: impl Iterator<Item = &'a str>,
    ) -> Self {
        let people: Vec<String> = people.map(str::to_owned).collect();
        let mut characters: Vec<String> = characters
            .filter(|c| c.starts_with(char::is_uppercase))
            .flat_map(|c| {
                // The full name, and its last word alone ("Crane" for "Marshal Tobias Crane").
                let last = c.rsplit(' ').next().filter(|w| w.len() > 2 && *w != c).map(str::to_owned);
                // The first name a story calls a character by ("Jonah" for "Jonah Vell"), unless a
                // person of the production goes by it too.
                let first = c
                    .split(' ')
                    .next()
                    .filter(|w| w.len() > 2 && *w != c && !NAME_TITLES.contains(&w.to_lowercase().as_str()))
                    .filter(|w| !people.iter().any(|p| p.split(' ').next() == Some(*w)))
                    .map(str::to_owned);
                std::iter::once(c.to_owned()).chain(last).chain(first)
            })
            .collect();
        characters.sort();
        characters.dedup();
        // A name the headlines use is the production's title ("Rust (2025)" for a film whose
        // hero is "Harland Rust"), never only a character.
        characters.retain(|c| !own.contains(c));
        Context { own, characters, people }
    }
}

/// The frames of one sentence.
#[derive(Debug)]
pub(crate) struct Frame {
    /// Its embedded clauses.
    pub clauses: Clauses,
    /// Where the story told in the main clause starts (or the sentence's length).
    pub story: usize,
    /// Embedded clauses that tell the story.
    pub plot: Vec<usize>,
    /// Earlier stretches that tell the story, each ended by a semicolon after which the
    /// sentence turns to a person of the production ("…; Ana Ruiz, who joined in May, plays …").
    pub plot_spans: Vec<(usize, usize)>,
    /// The triggers of this production's events, in text order, with their status.
    pub triggers: Vec<(Trigger, EventStatus)>,
}

impl Frame {
    /// Whether sentence byte `at` is in a part that tells the story.
    pub(crate) fn in_plot(&self, at: usize) -> bool {
        at >= self.story
            || self.plot.contains(&self.clauses.region(at))
            || self.plot_spans.iter().any(|&(lo, hi)| (lo..hi).contains(&at))
    }
}

/// Reads the frames of `sentence`; `temporal` are the spans of its temporal expressions;
/// `after_filming` tells whether the sentence before it in the paragraph is about the shoot,
/// `after_plot` whether it told the story.
pub(crate) fn read(
    sentence: &str,
    temporal: &[(usize, usize)],
    ctx: &Context,
    after_filming: bool,
    after_plot: bool,
) -> Frame {
    let clauses = Clauses::new(sentence, temporal);
    let (main, map) = clauses.main_view(sentence);
    // After the story's first sentence, one told in the story's present with no time of its
    // own ("He is sentenced to hang.") goes on telling it.
    let story_goes_on = after_plot && temporal.is_empty() && crate::dates::tense_of(sentence) == Tense::Unknown;
    let (story, plot_spans) =
        if story_goes_on || ctx.has_character_subject(sentence) { (0, Vec::new()) } else { ctx.story(&main, &map) };
    let plot: Vec<usize> = clauses
        .all()
        .filter(|(_, e)| triggers::story_start(&sentence[e.start..e.end]).is_some())
        .map(|(r, _)| r)
        .collect();
    // A plot clause followed by a subordinate one ("…, which follows a boy, after he is
    // sentenced to hang") tells the story to the end of the sentence.
    let story = plot
        .iter()
        .filter_map(|&r| clauses.embedded(r))
        .filter(|e| {
            let next = sentence[e.end..].trim_start_matches([' ', ',']);
            let word = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_lowercase();
            PLOT_CONTINUES.contains(&word.as_str())
        })
        .map(|e| e.end)
        .fold(story, usize::min);
    let mut found = triggers::find(sentence);
    for t in &mut found {
        into_clause(&clauses, sentence, t);
    }
    for (view, map) in std::iter::once((main, map)).chain(clauses.relative_views(sentence)) {
        for t in triggers::find(&view) {
            let mut t = Trigger { start: map[t.start], end: map[t.end], phrase: map[t.phrase], ..t };
            // A trigger read across a cut clause starts after it, where its verb is.
            if let Some((_, e)) = clauses.all().filter(|(_, e)| t.start <= e.start && e.end < t.end).last() {
                t.start = e.end + sentence[e.end..t.end].len() - sentence[e.end..t.end].trim_start().len();
            }
            into_clause(&clauses, sentence, &mut t);
            if !found.iter().any(|o| o.kind == t.kind && o.start < t.end && t.start < o.end) {
                found.push(t);
            }
        }
    }
    if after_filming {
        let new: Vec<Trigger> =
            pronoun_triggers(sentence).into_iter().filter(|t| !found.iter().any(|o| o.kind == t.kind)).collect();
        found.extend(new);
    }
    if after_filming || about_filming(sentence, &[]) {
        let new: Vec<Trigger> =
            makers_triggers(sentence).into_iter().filter(|t| !found.iter().any(|o| o.kind == t.kind)).collect();
        found.extend(new);
    }
    found.sort_by_key(|t| (t.start, t.end));
    let mut frame = Frame { clauses, story, plot, plot_spans, triggers: Vec::new() };
    let elsewhere = other_work_spans(sentence, &ctx.own);
    for t in found {
        // A title opening in the trigger or just after it, before its clause ends ("acquired
        // “Red Mile”", "finished shooting the thriller “Blue Fen”"), names the work it tells of;
        // a development step may name the book it adapts.
        let reach = sentence[t.end..].find([',', ';', '.']).map_or(sentence.len(), |i| t.end + i).min(t.end + 40);
        // "greenlit a sequel", "wrapped production on his next film": the object is another work.
        let object_end = (t.end..=reach).rev().find(|&i| sentence.is_char_boundary(i)).unwrap_or(t.end);
        let object_elsewhere = OTHER_OBJECT.is_match(&sentence[t.end..object_end]);
        // "“Salt Creek,” which was shot in Ireland and premiered at Cannes": a relative clause
        // right after another work's title tells of that work.
        let head = &sentence[..t.start];
        let antecedent_elsewhere =
            head.rfind(" which ").filter(|&w| t.start - w < 80 && !head[w..].contains([';', '.'])).is_some_and(|w| {
                let before = head[..w].trim_end_matches([' ', ',']);
                let inner = before.strip_suffix(['”', '"']).map(|b| b.trim_end_matches(','));
                let open = inner.and_then(|b| b.rfind(['“', '"']));
                open.is_some_and(|o| ctx.own.names_only_others(sentence, o, w))
            });
        // "bought “Night Ferry” and licensed it to a streamer": "it" stands for the title before it.
        let pronoun_elsewhere = triggers::lower_words(&sentence[t.phrase..t.end]).iter().any(|w| w == "it")
            && ctx.own.names_only_others(sentence, 0, t.phrase);
        let other_work = object_elsewhere
            || antecedent_elsewhere
            || pronoun_elsewhere
            || elsewhere.iter().any(|&(s, e)| (s..e).contains(&t.start))
            || (t.kind != EventKind::Development && ctx.own.names_only_others(sentence, t.phrase, reach));
        if frame.in_plot(t.start) || other_work || ctx.other_production(sentence, &t) {
            continue;
        }
        let status = match frame.clauses.mood(sentence, t.start, t.end) {
            Mood::Fact => EventStatus::Happened,
            Mood::Scheduled => EventStatus::Scheduled,
            Mood::Unreal => continue,
        };
        frame.triggers.push((t, status));
    }
    frame
}

/// A trigger read from its antecedent into an embedded clause ("the film, which was shot in
/// May", "the film, shot in 2023,") is the clause's, where its verb and date are.
fn into_clause(clauses: &Clauses, sentence: &str, t: &mut Trigger) {
    if let Some((_, e)) = clauses.all().find(|(_, e)| t.start < e.start && e.start < t.end && t.end <= e.end) {
        t.start =
            e.start + sentence[e.start..t.end].len() - sentence[e.start..t.end].trim_start_matches([',', ' ']).len();
    }
}

impl Context {
    /// Where the story told in the main clause `main` starts (a sentence offset through `map`),
    /// with the earlier plot stretches that a semicolon and a person of the production end, or
    /// that an apposition to a title closes before the title's own verb ("Filming on “Dust,” a
    /// thriller about a boy who vanishes, began Monday").
    fn story(&self, main: &str, map: &[usize]) -> (usize, Vec<(usize, usize)>) {
        let mut spans = Vec::new();
        let mut from = 0;
        while let Some(start) = main.get(from..).and_then(triggers::story_start).map(|i| from + i) {
            let apposed = TITLE_APPOSITION.is_match(&main[..start]);
            let turn = main[start..].match_indices("; ").map(|(j, _)| start + j).find(|&j| {
                let next = &main[j + 2..];
                self.people.iter().any(|p| next.starts_with(p.as_str()))
            });
            let closed = main[start..].match_indices(", ").map(|(j, _)| start + j).find(|&j| {
                let next = main[j + 2..].split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
                apposed && APPOSITION_CLOSERS.contains(&next.to_lowercase().as_str())
            });
            if let Some(end) = closed.filter(|&c| turn.is_none_or(|t| c < t)) {
                spans.push((map[start], map[end]));
                from = end + 2;
                continue;
            }
            let Some(end) = turn else { return (map[start], spans) };
            spans.push((map[start], map[end]));
            from = end + 2;
        }
        (map[main.len()], spans)
    }

    /// Whether the sentence's subject is one of the film's characters ("Rosa flees to the
    /// border in 1911"): it tells the story.
    fn has_character_subject(&self, sentence: &str) -> bool {
        let mut rest = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
        // A fronted clause of time ("When the railroad men arrive, Mara …") comes before the subject.
        let opener = rest.split([' ', ',']).next().unwrap_or_default().to_lowercase();
        if FRONTED_CLAUSE_OPENERS.contains(&opener.as_str())
            && let Some((_, tail)) = rest.split_once(", ")
        {
            rest = tail;
        }
        while let Some((word, tail)) = rest.split_once([' ', ',']) {
            if !SENTENCE_OPENERS.contains(&word.to_lowercase().as_str()) {
                break;
            }
            rest = tail.trim_start_matches([' ', ',']);
        }
        // A person named in full, or by the surname news copy calls them by ("Vale plays …").
        let named = |name: &str| rest.strip_prefix(name).is_some_and(|after| !after.starts_with(char::is_alphanumeric));
        let person = self.people.iter().any(|p| named(p) || p.rsplit_once(' ').is_some_and(|(_, last)| named(last)));
        !person
            && self
                .characters
                .iter()
                .any(|c| rest.strip_prefix(c.as_str()).is_some_and(|after| after.starts_with([' ', ',', '’', '\''])))
    }

    /// Whether a trigger reports an event of another production: "killed on the set of
    /// *Other Film*", "during the filming of his next western".
    fn other_production(&self, sentence: &str, t: &Trigger) -> bool {
        // "Harker’s previous film, Dry Season, premiered at Sundance": its subject is another work.
        let head = &sentence[..t.start];
        if EARLIER_SUBJECT.find_iter(head).last().is_some_and(|m| VERB_AFTER_SUBJECT.is_match(&head[m.end()..])) {
            return true;
        }
        let lower = sentence.to_lowercase();
        let clause_end = sentence[t.end..].find(['.', ';']).map_or(sentence.len(), |i| t.end + i);
        // A subject pointing back with "its"/"their" ("…, and its producers were fined") looks for
        // the work it points to from the sentence's start.
        let window = if points_back(&sentence[..t.start]) { 0 } else { t.start.saturating_sub(20) };
        // A cue ends a phrase: "on the film “X”", not "on the film's set".
        let Some((at, cue)) = PRODUCTION_OF
            .iter()
            .filter_map(|cue| {
                let slice = lower.get(window..clause_end)?;
                slice
                    .match_indices(cue)
                    .map(|(i, _)| i)
                    .find(|&i| slice[i + cue.len()..].starts_with(' '))
                    .map(|i| (window + i, *cue))
            })
            .min()
        else {
            return false;
        };
        let named = skip_described(sentence[at + cue.len()..].trim_start());
        let word = named.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
        if OTHER_WORK.contains(&word.to_lowercase().as_str()) {
            return true;
        }
        // A title: quoted, or capitalised words ("The Raven", “Dry Creek”).
        let opens_quote = named.starts_with(['“', '"', '‘', '\'', '*', '_']);
        if !opens_quote && !word.starts_with(char::is_uppercase) {
            return false;
        }
        let title: String = if opens_quote {
            let body = &named[named.chars().next().map_or(0, char::len_utf8)..];
            body[..body.find(['”', '"', '’', '*', '_']).unwrap_or(body.len())].to_owned()
        } else {
            named
                .split(' ')
                .take_while(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "a"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        !folded(&title).is_empty() && !self.own.contains(&title)
    }
}

/// Whether the clause before a trigger has a subject that points back to a work named before
/// it with a possessive pronoun ("and its producers were later", "their makers").
fn points_back(head: &str) -> bool {
    let clause = head.rsplit([',', ';']).next().unwrap_or(head);
    let words = triggers::lower_words(clause);
    let words = words.strip_prefix(&["and".to_owned()]).unwrap_or(&words);
    words.first().is_some_and(|w| POSSESSIVE_BACK.contains(&w.as_str())) && words.len() <= 5
}

/// What follows "the" and up to three lower-case words before a title ("the unrelated series
/// “Dry Creek”" → "“Dry Creek”"); the text unchanged when no title follows them.
fn skip_described(named: &str) -> &str {
    let Some(rest) = named.strip_prefix("the ") else { return named };
    let mut at = rest;
    for _ in 0..3 {
        let (word, after) = at.split_once(' ').unwrap_or((at, ""));
        if !word.starts_with(char::is_lowercase) || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            break;
        }
        at = after;
    }
    let titled = at.starts_with(['“', '"', '‘', '*', '_']) || at.starts_with(char::is_uppercase);
    if titled && at.len() < rest.len() { at } else { named }
}

/// A quoted title and the opening of a description set off after it ("“Dust,” a period "):
/// a plot cue there describes the title in apposition.
static TITLE_APPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[”"’],?[”"’]?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$"#).expect("title apposition pattern")
});

/// An object right after a trigger that names another work ([`OTHER_WORK_OBJECT`]).
static OTHER_OBJECT: LazyLock<Regex> = LazyLock::new(|| Regex::new(OTHER_WORK_OBJECT).expect("object pattern"));

static EARLIER_SUBJECT: LazyLock<Regex> = LazyLock::new(|| Regex::new(EARLIER_WORK).expect("earlier work pattern"));

/// What may stand between a subject and its verb: an apposed title set off by commas (the
/// second maybe inside its closing quote), auxiliaries (of the past or the future) or a plan
/// set off by a comma ("a sequel, due to start filming in 2032"), an adverb.
static VERB_AFTER_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s*(?:,[^,;.]{1,60},[”"’']?)?\s*,?\s*(?:(?:was|were|had|has|is|been|will|would|be|(?:due|set|slated|scheduled|expected|planned) to)\s+)*(?:\w+ly\s+)?$"#)
        .expect("subject gap pattern")
});

static PRONOUN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let subjects = PRODUCTION_PRONOUNS.join("|");
    let verbs = PRODUCTION_VERBS.iter().map(|(v, _)| v.replace(' ', r"\s+")).collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        r"(?i)(?:^|^[^,;]{{1,40}},\s+|[;:]\s*|,\s+and\s+|\band\s+)(?:{subjects})\s+(?:(?:was|were|has|had|has been|had been|then|finally|eventually|later|officially)\s+)*(?P<t>{verbs})\b"
    ))
    .expect("pronoun pattern")
});

/// A second production verb sharing the pronoun's subject ("It was suspended on Oct. 22 and
/// resumed in April 2023").
static SHARED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = PRODUCTION_VERBS.iter().map(|(v, _)| v.replace(' ', r"\s+")).collect::<Vec<_>>().join("|");
    Regex::new(&format!(
        r"(?i)^(?:[^.;]|\.[\s,]){{0,60}}?\band\s+(?:(?:was|then|later|finally|eventually)\s+)?(?P<t>{verbs})\b"
    ))
    .expect("shared subject pattern")
});

/// Triggers whose subject is a pronoun standing for the production, and a second verb it shares.
fn pronoun_triggers(sentence: &str) -> Vec<Trigger> {
    let trigger = |m: regex::Match, offset: usize| {
        let verb = m.as_str().to_lowercase();
        let verb = verb.split_whitespace().collect::<Vec<_>>().join(" ");
        let kind = PRODUCTION_VERBS.iter().find(|(v, _)| *v == verb)?.1;
        let (start, end) = (offset + m.start(), offset + m.end());
        Some(Trigger { start, end, phrase: start, kind, topic: topic_of(kind) })
    };
    let mut out: Vec<Trigger> = Vec::new();
    for c in PRONOUN_SUBJECT.captures_iter(sentence) {
        let Some(first) = c.name("t").and_then(|m| trigger(m, 0)) else { continue };
        let second = SHARED_SUBJECT.captures(&sentence[first.end..]).and_then(|c| trigger(c.name("t")?, first.end));
        out.push(first);
        out.extend(second.filter(|t| t.kind != first.kind));
    }
    out
}

static MAKERS: LazyLock<Vec<(Regex, EventKind)>> =
    LazyLock::new(|| MAKERS_SHOOT.iter().map(|(p, k)| (Regex::new(p).expect("makers pattern"), *k)).collect());

/// Triggers whose subject is the makers telling of their shoot ([`MAKERS_SHOOT`]).
fn makers_triggers(sentence: &str) -> Vec<Trigger> {
    MAKERS
        .iter()
        .flat_map(|(re, kind)| {
            re.captures_iter(sentence).filter_map(|c| {
                let (all, m) = (c.get(0)?, c.name("t")?);
                let topic = if *kind == EventKind::Wrap { "wrap" } else { "start" };
                Some(Trigger { start: m.start(), end: m.end(), phrase: all.start(), kind: *kind, topic })
            })
        })
        .collect()
}

/// The topic the trigger table gives a kind reported by a production verb.
fn topic_of(kind: EventKind) -> &'static str {
    match kind {
        EventKind::FilmingResume => "resume",
        EventKind::Wrap => "wrap",
        _ => "stop",
    }
}

/// Whether a sentence opens with a subject that continues the event of the sentence before it:
/// an announced event ("It screens on September 9", "The screening is at the Palace"), or a
/// deal ("The deal was announced Tuesday").
pub(crate) fn continues(sentence: &str, kind: EventKind, status: EventStatus) -> bool {
    let lower = sentence.trim_start().to_lowercase();
    if kind == EventKind::Legal && status == EventStatus::Happened {
        return legal_subject(&lower);
    }
    let subjects = match (kind, status) {
        (EventKind::Financing, _) => DEAL_SUBJECTS,
        (_, EventStatus::Scheduled) => CONTINUING_SUBJECTS,
        _ => &[],
    };
    subjects.iter().any(|s| lower.strip_prefix(s).is_some_and(|rest| rest.starts_with(' ')))
}

/// Whether a mention of this kind and date may take its date from the next sentence: a legal
/// step told without one or by its month ("Prosecutors dropped the charges. The decision came on
/// April 16."; "fined the company in March").
pub(crate) fn refinable(kind: EventKind, date: Option<knowledge::Date>) -> bool {
    kind == EventKind::Legal && date.is_none_or(|d| d.precision == knowledge::Precision::Month)
}

/// Whether a lower-cased sentence opens with a legal act as its subject, possibly someone's
/// ("The citation was dated March 21", "The board's ruling came on Aug. 14").
fn legal_subject(lower: &str) -> bool {
    let Some(rest) = lower.strip_prefix("the ") else { return false };
    let (first, after) = rest.split_once(' ').unwrap_or((rest, ""));
    let noun = if first.ends_with("'s") || first.ends_with("’s") {
        after.split(' ').next().unwrap_or_default()
    } else {
        first
    };
    LEGAL_ACTS.contains(&noun.trim_end_matches(|c: char| !c.is_alphabetic()))
}

/// Whether a sentence is about the shoot, so "it" in the next one may stand for it.
pub(crate) fn about_filming(sentence: &str, kinds: &[EventKind]) -> bool {
    use EventKind::*;
    kinds.iter().any(|k| matches!(k, PreProduction | FilmingStart | FilmingStop | FilmingResume | Wrap))
        || triggers::lower_words(sentence).iter().any(|w| FILMING_WORDS.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(sentence: &str) -> Vec<(usize, usize)> {
        crate::dates::find(sentence).iter().map(|f| (f.start, f.end)).collect()
    }

    fn kinds_with(sentence: &str, ctx: &Context, after_filming: bool) -> Vec<(EventKind, EventStatus)> {
        read(sentence, &spans(sentence), ctx, after_filming, false).triggers.iter().map(|(t, s)| (t.kind, *s)).collect()
    }

    fn kinds(sentence: &str) -> Vec<(EventKind, EventStatus)> {
        kinds_with(sentence, &Context::default(), false)
    }

    use EventKind::*;
    use EventStatus::*;

    #[test]
    fn a_trigger_read_into_a_relative_clause_is_the_clauses() {
        let s = "Ana Ruiz directed the film, which was shot in Montana in 2024.";
        let temporal = [(57, 61)];
        let f = read(s, &temporal, &Context::default(), false, false);
        assert_eq!(f.triggers.len(), 1);
        assert_eq!(f.clauses.region(f.triggers[0].0.start), f.clauses.region(57));
    }

    #[test]
    fn a_plot_told_in_apposition_to_a_title_ends_before_the_titles_verb() {
        let ctx = Context::new(OwnTitles::new(["‘Dust’ Begins"].into_iter()), std::iter::empty(), std::iter::empty());
        let s = "Filming on \"Dust,\" a thriller about a boy who vanishes in 1911, began Monday at a mill.";
        assert_eq!(kinds_with(s, &ctx, false), [(FilmingStart, Happened)]);
        // Without the title's own verb after the comma, the story runs on.
        let s = "They made “Dust,” a thriller about a boy who is charged with murder, in 1911.";
        assert!(kinds_with(s, &ctx, false).is_empty());
    }

    #[test]
    fn a_trigger_right_after_an_earlier_work_as_subject_is_that_works() {
        assert!(kinds("Harker’s previous film, Dry Season, premiered at Sundance in 2019.").is_empty());
        assert!(kinds("The studio’s other western was released in May.").is_empty());
        assert!(kinds("The distributor's previous release, \"Dry Season,\" opened in 300 theaters in May.").is_empty());
        assert!(kinds("The sequel begins filming in August.").is_empty());
        assert!(kinds("The sequel will begin filming in August.").is_empty());
        assert!(kinds("Filming of the sequel will take place in May.").is_empty());
        assert!(kinds("The studio also greenlit a sequel, due to start filming in 2032.").is_empty());
        let known = Context::new(
            OwnTitles::of(&[crate::entities::testing::doc("‘Dry Creek’ Opens\nThe drama “Dry Creek” opens.")]),
            std::iter::empty(),
            std::iter::empty(),
        );
        let s = "Ruiz, who starred in “Salt Creek,” which was shot in Ireland and premiered at Cannes, is superb.";
        assert!(kinds_with(s, &known, false).is_empty());
        let s = "Ruiz, who starred in \"Salt Creek,\" which was shot in Ireland and premiered at Cannes, is superb.";
        assert!(kinds_with(s, &known, false).is_empty());
        let s = "The drama “Dry Creek,” which premiered at Cannes in May, opens Friday.";
        assert!(kinds_with(s, &known, false).iter().any(|(k, _)| *k == Premiere));
        assert!(kinds("Ruiz wrapped production on her next film in May.").is_empty());
        assert_eq!(kinds("Ruiz wrapped production on the film in May."), [(Wrap, Happened)]);
        // The earlier work is not the subject of the trigger's verb.
        assert_eq!(
            kinds("Unlike her previous film, this one premiered at Cannes."),
            [(Premiere, EventStatus::Happened)]
        );
    }

    #[test]
    fn a_passive_trigger_behind_a_relative_clause() {
        let s = "The charge over the death, which occurred in March 2019, was dismissed in June 2021.";
        assert_eq!(kinds(s), [(Legal, Happened)]);
        assert_eq!(kinds("The dismissal of the case surprised no one."), [(Legal, Happened)]);
        assert_eq!(kinds("Charges against Tom Vale were dismissed in July."), [(Legal, Happened)]);
    }

    #[test]
    fn a_relative_clause_reports_its_antecedents_event() {
        let s = "The shoot, which began in May 2019, was halted in June 2019.";
        assert_eq!(kinds(s), [(FilmingStart, Happened), (FilmingStop, Happened)]);
        let s = "Ana Ruiz, who wrote the script, was never charged with a crime.";
        assert!(kinds(s).iter().all(|(k, _)| *k != Legal), "{:?}", kinds(s));
    }

    #[test]
    fn announced_events_are_scheduled_and_hypotheses_are_nothing() {
        assert_eq!(kinds("The drama is set to premiere at the Foo Film Festival in Bartown."), [(Premiere, Scheduled)]);
        assert_eq!(kinds("Lantern will release the drama on September 9."), [(Release, Scheduled)]);
        assert_eq!(kinds("Filming is scheduled to begin filming in March."), [(FilmingStart, Scheduled)]);
        assert!(kinds("The armorer could have faced ten years if convicted.").is_empty());
        assert!(kinds("The shoot had been expected to wrap in late June.").is_empty());
        assert_eq!(kinds("Filming began in May 2019."), [(FilmingStart, Happened)]);
    }

    #[test]
    fn plot_clauses_and_characters_give_nothing() {
        let s = "The film, which follows a drifter framed for murder, premiered at Cannes in 2021.";
        assert_eq!(kinds(s), [(Premiere, Happened)]);
        let s = "Images show the film, which follows a man, after he is sentenced to hang for a murder.";
        assert!(kinds(s).is_empty(), "{:?}", kinds(s));
        assert!(kinds("It is a western about a young drifter who was killed on set by a rival.").is_empty());
        let ctx =
            Context::new(OwnTitles::default(), ["Marshal Tobias Crane", "Rosa"].into_iter(), ["Rosa Lind"].into_iter());
        assert!(kinds_with("Rosa was sentenced to hang in 1911.", &ctx, false).is_empty());
        assert!(kinds_with("Later, Crane was killed on set by an outlaw.", &ctx, false).is_empty());
        assert_eq!(kinds_with("Ana Ruiz was sentenced in 2024.", &ctx, false), [(Legal, Happened)]);
        assert_eq!(kinds_with("Rosa Lind was sentenced in 2024.", &ctx, false), [(Legal, Happened)]);
        // A surname shared by a character and a person is the person, as news copy names them.
        let ctx = Context::new(OwnTitles::default(), ["Ned Vale"].into_iter(), ["Tom Vale"].into_iter());
        assert_eq!(kinds_with("Vale, a stage actor, joined the cast in 2022.", &ctx, false), [(Casting, Happened)]);
        assert!(kinds_with("Ned Vale was killed on set by an outlaw.", &ctx, false).is_empty());
        let ctx = Context::new(
            OwnTitles::new(["Crane (2024): a review"].into_iter()),
            ["Marshal Tobias Crane"].into_iter(),
            std::iter::empty(),
        );
        assert_eq!(kinds_with("Crane (2024) was released in May.", &ctx, false), [(Release, Happened)]);
    }

    #[test]
    fn a_character_by_first_name_after_a_fronted_clause_tells_the_story() {
        let ctx = Context::new(
            OwnTitles::default(),
            ["Jonah Vell", "Sheriff Mae Dunn"].into_iter(),
            ["Tom Vale"].into_iter(),
        );
        assert!(kinds_with("Soon Jonah begins shooting at the men from the ridge.", &ctx, false).is_empty());
        assert!(kinds_with("When the raiders come, Jonah is killed on set by a stray bullet.", &ctx, false).is_empty());
        // A title is no first name; a person of the production who goes by it is that person.
        assert_eq!(kinds_with("Sheriff Ana Ruiz was sentenced in 2024.", &ctx, false), [(Legal, Happened)]);
        let ctx = Context::new(OwnTitles::default(), ["Tom Crane"].into_iter(), ["Tom Vale"].into_iter());
        assert_eq!(kinds_with("Tom joined the cast in 2022.", &ctx, false), [(Casting, Happened)]);
    }

    #[test]
    fn a_semicolon_turning_to_an_actor_ends_the_story() {
        let ctx = Context::new(OwnTitles::default(), std::iter::empty(), ["Tom Vale"].into_iter());
        let s = "Ana Ruiz plays a widow who hides a thief; Tom Vale, who joined the cast in May 2020, plays the thief.";
        assert_eq!(kinds_with(s, &ctx, false), [(Casting, Happened)]);
        // Without a person of the production after it, the story goes on past the semicolon.
        let s = "Ana Ruiz plays a widow who hides a thief; the thief joined the cast of a circus.";
        assert!(kinds_with(s, &ctx, false).is_empty());
    }

    #[test]
    fn a_step_whose_subject_points_back_to_another_work_is_that_works() {
        let ctx = Context::default();
        let s = "A rigger was hurt in 2021 while working on another western, and its producers were fined $9,000.";
        assert!(!kinds_with(s, &ctx, false).iter().any(|(k, _)| *k == Legal), "{s}");
        let s = "A grip died on the set of a series in Utah; its makers settled the family's lawsuit in 2022.";
        assert!(!kinds_with(s, &ctx, false).iter().any(|(k, _)| *k == Legal), "{s}");
        // The pronoun alone, with no other work before it, is this production's.
        let s = "The studio was fined $50,000 in March, and its producers appealed in April.";
        assert_eq!(kinds_with(s, &ctx, false), [(Legal, Happened), (Legal, Happened)]);
    }

    #[test]
    fn another_productions_events_are_not_this_ones() {
        let ctx =
            Context::new(OwnTitles::new(["‘Dry Creek’ Wraps"].into_iter()), std::iter::empty(), std::iter::empty());
        assert!(kinds_with("Cole was killed on the set of The Raven in 1994.", &ctx, false).is_empty());
        assert!(kinds_with("A grip was killed on the set of his next film.", &ctx, false).is_empty());
        assert_eq!(
            kinds_with("A grip was killed on the set of “Dry Creek” in 2021.", &ctx, false),
            [(Incident, Happened)]
        );
        assert_eq!(kinds_with("A grip was killed on the set of the western.", &ctx, false), [(Incident, Happened)]);
        // A described title: the other series is named after its description.
        assert!(
            kinds_with("A driver died on the set of the unrelated series “Red Mile” in 2020.", &ctx, false).is_empty()
        );
        assert_eq!(
            kinds_with("A grip was killed on the set of the independent western “Dry Creek”.", &ctx, false),
            [(Incident, Happened)]
        );
        // The work a crew was on.
        assert!(
            kinds_with("Crew members on the series “Red Mile” walked off the set in June.", &ctx, false).is_empty()
        );
        let s = "Crew members on the film “Dry Creek” walked off the set in June.";
        assert_eq!(kinds_with(s, &ctx, false), [(FilmingStop, Happened)]);
        let s = "A grip on the film's set was sentenced Thursday.";
        assert_eq!(kinds_with(s, &ctx, false), [(Legal, Happened)]);
        // A studio's next project, and a title named inside the trigger.
        assert!(kinds_with("Vale Films' next project, “Red Mile,” starts filming in June.", &ctx, false).is_empty());
        let known = Context::new(
            OwnTitles::of(&[crate::entities::testing::doc("‘Dry Creek’ Wraps\nThe drama “Dry Creek” wrapped.")]),
            std::iter::empty(),
            std::iter::empty(),
        );
        assert!(kinds_with("Vesta acquired “Red Mile” last year.", &known, false).is_empty());
        assert_eq!(kinds_with("Vesta acquired “Dry Creek” last year.", &known, false), [(Financing, Happened)]);
    }

    #[test]
    fn a_title_inside_the_triggers_phrase_names_its_work() {
        let known = Context::new(
            OwnTitles::of(&[crate::entities::testing::doc("‘Dry Creek’ Moves\nThe drama “Dry Creek” moved.")]),
            std::iter::empty(),
            std::iter::empty(),
        );
        assert!(
            kinds_with("Vesta also moved up its thriller “Red Mile” to Dec. 5 from Jan. 16.", &known, false).is_empty()
        );
        assert_eq!(
            kinds_with("Vesta moved the release of “Dry Creek” to Feb. 13, 2032, from Nov. 21.", &known, false).len(),
            1
        );
    }

    #[test]
    fn the_makers_tell_of_their_shoot_in_a_passage_about_filming() {
        let s = "We began there on May 8 and finished in Bexley on June 12, forty shooting days in all.";
        assert_eq!(kinds(s), [(FilmingStart, Happened), (Wrap, Happened)]);
        // Without the shoot in the passage, or with an object, nothing.
        assert!(kinds("We began there on May 8 and finished in Bexley on June 12.").is_empty());
        assert!(kinds_with("We began talks in May and finished in June.", &Context::default(), true).is_empty());
        assert!(
            kinds_with(
                "We began on the script in 2019 and finished in 2021, before production.",
                &Context::default(),
                true
            )
            .is_empty()
        );
    }

    #[test]
    fn it_after_a_fronted_phrase_and_a_second_verb_it_shares_stand_for_the_production() {
        let ctx = Context::default();
        assert_eq!(
            kinds_with("Three weeks in, it was shut down after the accident.", &ctx, true),
            [(EventKind::FilmingStop, EventStatus::Happened)]
        );
        assert_eq!(
            kinds_with("It was suspended on Oct. 22 and resumed in April 2023 in Montana.", &ctx, true),
            [(EventKind::FilmingStop, EventStatus::Happened), (EventKind::FilmingResume, EventStatus::Happened)]
        );
        assert_eq!(
            kinds_with("By March, it had wrapped and was in the edit.", &ctx, true),
            [(EventKind::Wrap, EventStatus::Happened)]
        );
    }

    #[test]
    fn it_stands_for_the_production_only_after_a_sentence_about_the_shoot() {
        assert_eq!(kinds_with("It restarted in May 2020.", &Context::default(), true), [(FilmingResume, Happened)]);
        assert!(kinds_with("It restarted in May 2020.", &Context::default(), false).is_empty());
        assert!(about_filming("Production was halted in March.", &[]));
        assert!(!about_filming("The trial was halted when a juror fell ill.", &[Legal]));
    }
}
