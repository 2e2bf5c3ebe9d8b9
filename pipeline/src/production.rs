//! Stage 7: the production the corpus is about, and its cast in credit order ([`billing`]).
//!
//! A name counts as a work's title where a sentence, heading or title marks it as one
//! ([`rules`]): quoted in title case (“Night Harbor”), followed by its year ("Night Harbor
//! (2024)"), after a work noun ("the 2024 film Night Harbor") or before one ("Night Harbor, a
//! quiet drama"). In a heading or at a sentence's start, where every word is capitalised, such a
//! mark may carry extra words ("Watch Night Harbor (2024)"); it is read as the shorter title
//! marked elsewhere when one ends it. Names of people, places and organisations are never titles.
//!
//! Sources vote, not mentions: the title named by the most sources wins (ties broken by the
//! sources that mark it, then by its marks), as long as it is marked somewhere and, in a corpus of
//! several sources, named by two; a tie that remains gives no title. The year and the genre (the
//! work noun beside the title, when it names a kind of work) are the ones most of the sources
//! that give one give.

mod billing;
mod rules;

pub use billing::billing;

use std::collections::{BTreeMap, BTreeSet};

use knowledge::{Document, Evidence, Production, Segment, SegmentKind};

use crate::Entities;
use crate::entities::quoted_titles;

/// A title marked in one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    /// The title as written (no quotation marks, no year).
    pub title: String,
    /// The year the sentence gives with it.
    pub year: Option<i16>,
    /// The work noun the sentence gives it ("western" in "the western Night Harbor"), lower case.
    pub noun: Option<&'static str>,
    /// Byte offset of the title in the sentence.
    pub start: usize,
    /// True when the title's bounds are certain: quoted, or inside a sentence of prose.
    pub exact: bool,
}

/// The production the corpus is about, when one title stands out.
pub fn find(documents: &[Document], entities: &Entities) -> Option<Production> {
    let taken = entity_names(entities);
    let mut found: Vec<(u16, Evidence, Mark)> = Vec::new();
    for (d, seg, text) in segments(documents) {
        let heading = !matches!(seg.kind, SegmentKind::Sentence);
        let evidence = Evidence { doc: d, span: seg.span, curated: false };
        found.extend(marks(text, heading).into_iter().map(|m| (d, evidence, m)));
    }
    found.retain(|(_, _, m)| !taken.contains(&key(&m.title)));
    // Loose marks take the exact title that ends them ("Watch Night Harbor" → "Night Harbor").
    let exact: BTreeSet<String> = found.iter().filter(|(_, _, m)| m.exact).map(|(_, _, m)| key(&m.title)).collect();
    for (_, _, m) in found.iter_mut().filter(|(_, _, m)| !m.exact) {
        let k = key(&m.title);
        if let Some(shorter) = exact.iter().filter(|e| k.ends_with(&format!(" {e}"))).max_by_key(|e| e.len()) {
            let title = words(&m.title);
            let (at, _) = title[title.len() - words(shorter).len()];
            m.title = m.title[at..].to_owned();
        }
    }
    let winner = elect(documents, &found)?;
    let marks: Vec<&(u16, Evidence, Mark)> = found.iter().filter(|(_, _, m)| key(&m.title) == winner).collect();
    let title = spelling(&marks);
    let mut title_evidence: Vec<Evidence> = Vec::new();
    for (d, e, _) in &marks {
        if !title_evidence.iter().any(|t| t.doc == *d) {
            title_evidence.push(*e);
        }
    }
    let (year, year_evidence) = consensus(&marks, |m| m.year);
    let (genre, genre_evidence) = consensus(&marks, |m| m.noun.filter(|n| rules::GENRES.contains(n)));
    Some(Production {
        title: title.into(),
        title_evidence: title_evidence.into(),
        year,
        year_evidence: year_evidence.into(),
        genre: genre.map(Into::into),
        genre_evidence: genre_evidence.into(),
    })
}

/// The titles one sentence marks, in text order. `heading` is true for titles and headings,
/// whose capitals carry no signal: only quotations and "Title (Year)" count there.
pub(crate) fn marks(text: &str, heading: bool) -> Vec<Mark> {
    let mut out: Vec<Mark> = Vec::new();
    for (s, e) in quoted_titles(text) {
        let year = rules::YEAR_AFTER_QUOTE.captures(&text[e..]).and_then(|c| c["year"].parse().ok());
        // Quotation marks bound a title exactly: “Ann’s Field” keeps its possessive.
        if is_title(&text[s..e]) {
            out.push(Mark { title: text[s..e].to_owned(), year, noun: None, start: s, exact: true });
        }
    }
    for c in rules::TITLE_THEN_YEAR.captures_iter(text) {
        let t = c.name("title").expect("title group");
        push(&mut out, text, (t.start(), t.end()), c["year"].parse().ok(), None, !heading && t.start() > 0);
    }
    if !heading {
        for c in rules::NOUN_THEN_TITLE.captures_iter(text) {
            let t = c.name("title").expect("title group");
            // "the movie, Night Harbor, …": a comma after the noun is an apposition only when one closes it.
            let between = &text[c.get(0).expect("match").start()..t.start()];
            if between.contains(',') && !text[t.end()..].trim_start_matches(['”', '"', '’', '\'']).starts_with(',')
            {
                continue;
            }
            let year = c.name("year").and_then(|y| y.as_str().parse().ok());
            push(&mut out, text, (t.start(), t.end()), year, noun(c.name("kind")), true);
        }
        for c in rules::TITLE_THEN_NOUN.captures_iter(text) {
            let t = c.name("title").expect("title group");
            // "a film director", "the film’s star": the noun modifies another, not the title.
            let after_noun = &text[c.name("noun").expect("noun group").end()..];
            let modified = c.name("after").is_some_and(|a| rules::NOUN_MODIFIED.contains(&a.as_str().trim()));
            if modified || rules::POSSESSIVE.iter().any(|p| after_noun.starts_with(p)) {
                continue;
            }
            push(&mut out, text, (t.start(), t.end()), None, noun(c.name("kind")), t.start() > 0);
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

/// Cleans the run at `span` into a title and adds it; a mark already there takes its year and noun.
fn push(
    out: &mut Vec<Mark>,
    text: &str,
    span: (usize, usize),
    year: Option<i16>,
    noun: Option<&'static str>,
    exact: bool,
) {
    let Some((offset, title)) = clean(&text[span.0..span.1]) else { return };
    let start = span.0 + offset;
    if let Some(m) = out.iter_mut().find(|m| m.start <= start && start < m.start + m.title.len().max(1)) {
        m.year = m.year.or(year);
        // A genre says more than "film" or "movie".
        m.noun = m.noun.filter(|n| rules::GENRES.contains(n)).or(noun).or(m.noun);
        return;
    }
    out.push(Mark { title: title.to_owned(), year, noun, start, exact });
}

/// The work noun of a matched `kind` phrase, as the table spells it: its last genre word ("a
/// Western film" → "western"), else its noun ("a quiet film" → "film").
fn noun(kind: Option<regex::Match<'_>>) -> Option<&'static str> {
    let words: Vec<String> =
        words(kind?.as_str()).into_iter().map(|(_, w)| w.trim_end_matches(',').to_lowercase()).collect();
    let find = |list: &[&'static str]| words.iter().rev().find_map(|w| list.iter().copied().find(|n| n == w));
    find(rules::GENRES).or_else(|| find(rules::WORK_NOUNS))
}

/// The title inside a capitalised run: words before a possessive dropped ("Ann Lee’s Night
/// Harbor"), a final possessive stripped, a leading function word dropped; `None` when nothing
/// title-like is left. Returns the title's offset in `run` and the title.
fn clean(run: &str) -> Option<(usize, &str)> {
    let (mut start, mut end) = (0, run.len());
    let words = words(run);
    for (n, &(at, word)) in words.iter().enumerate() {
        let Some(p) = rules::POSSESSIVE.iter().find(|p| word.ends_with(**p)) else { continue };
        if n + 1 < words.len() {
            start = at + word.len();
        } else {
            end = at + word.len() - p.len();
        }
    }
    let mut title = run.get(start..end)?;
    start += title.len() - title.trim_start().len();
    title = title.trim();
    while let Some((first, rest)) = title.split_once(char::is_whitespace) {
        if !rules::NOT_A_TITLE_START.contains(&first.to_lowercase().as_str()) {
            break;
        }
        start += title.len() - rest.trim_start().len();
        title = rest.trim_start();
    }
    is_title(title).then_some((start, title))
}

/// False for what cannot be a work's title: a single letter, a lone function or calendar word,
/// an institution's name ("Bay Film Festival").
fn is_title(title: &str) -> bool {
    let lower = title.to_lowercase();
    let last = lower.rsplit(char::is_whitespace).next().unwrap_or_default();
    !(title.chars().count() < 2
        || rules::NOT_A_TITLE_START.contains(&lower.as_str())
        || rules::CALENDAR.contains(&lower.as_str())
        || rules::NOT_A_TITLE_END.contains(&last))
}

/// The words of `text` with their byte offsets.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

/// The key titles are compared by: lower case, one space between words, one apostrophe.
fn key(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ").replace('’', "'").to_lowercase()
}

/// The keys of every person's, place's and organisation's name and alias.
fn entity_names(entities: &Entities) -> BTreeSet<String> {
    let people = entities.people.iter().flat_map(|p| std::iter::once(&p.name).chain(p.aliases.iter()));
    let places = entities.places.iter().flat_map(|p| std::iter::once(&p.name).chain(p.aliases.iter()));
    let orgs = entities.organisations.iter().flat_map(|o| std::iter::once(&o.name).chain(o.aliases.iter()));
    people.chain(places).chain(orgs).map(|n| key(n)).collect()
}

/// Every Title, Heading and Sentence segment with its document index and text.
fn segments(documents: &[Document]) -> impl Iterator<Item = (u16, &Segment, &str)> {
    documents.iter().enumerate().flat_map(|(d, doc)| {
        let d = u16::try_from(d).unwrap_or(u16::MAX);
        doc.segments
            .iter()
            .filter(|s| matches!(s.kind, SegmentKind::Title | SegmentKind::Heading | SegmentKind::Sentence))
            .filter_map(move |s| Some((d, s, doc.text.get(s.span.start as usize..s.span.end as usize)?)))
    })
}

/// Per title key: the sources naming it at all, the sources marking it, and its marks.
#[derive(Default)]
struct Votes {
    named: BTreeSet<u16>,
    marked: BTreeSet<u16>,
    marks: usize,
}

impl Votes {
    fn score(&self) -> (usize, usize, usize) {
        (self.named.len(), self.marked.len(), self.marks)
    }
}

/// The key of the title most sources name, when it stands out.
fn elect(documents: &[Document], found: &[(u16, Evidence, Mark)]) -> Option<String> {
    let mut votes: BTreeMap<String, Votes> = BTreeMap::new();
    for (d, _, m) in found {
        let v = votes.entry(key(&m.title)).or_default();
        v.marked.insert(*d);
        v.named.insert(*d);
        v.marks += 1;
    }
    let spellings: Vec<(String, String)> = votes
        .keys()
        .map(|k| (k.clone(), spelling(&found.iter().filter(|(_, _, m)| key(&m.title) == *k).collect::<Vec<_>>())))
        .collect();
    for (k, title) in &spellings {
        for (d, _, text) in segments(documents) {
            if named_in(text, title) {
                votes.get_mut(k).expect("key").named.insert(d);
            }
        }
    }
    let mut ranked: Vec<(&String, &Votes)> = votes.iter().collect();
    ranked.sort_by_key(|(_, v)| std::cmp::Reverse(v.score()));
    let (best, top) = ranked.first()?;
    let enough = if documents.len() > 1 { 2 } else { 1 };
    let clear = ranked.get(1).is_none_or(|(_, next)| next.score() < top.score());
    (clear && top.named.len() >= enough).then(|| (*best).clone())
}

/// True when `text` names `title` as written, as whole words not joined to another capitalised
/// word ("Harbor" is not named by "Night Harbor") and not as the segment's first word.
fn named_in(text: &str, title: &str) -> bool {
    text.match_indices(title).any(|(at, _)| {
        let before = text[..at].trim_end_matches(['“', '"', '‘', '\'']);
        let after = &text[at + title.len()..];
        let joined_before = before.ends_with(|c: char| c.is_alphanumeric())
            || before.split_whitespace().next_back().is_some_and(|w| w.starts_with(char::is_uppercase));
        let joined_after = after.starts_with(|c: char| c.is_alphanumeric())
            || after.strip_prefix(' ').is_some_and(|a| a.starts_with(char::is_uppercase));
        !before.trim().is_empty() && !joined_before && !joined_after
    })
}

/// The most frequent spelling of a title among its marks (exact marks first), first seen on ties.
fn spelling(marks: &[&(u16, Evidence, Mark)]) -> String {
    let exact: Vec<&str> = marks.iter().filter(|(_, _, m)| m.exact).map(|(_, _, m)| m.title.as_str()).collect();
    let pool: Vec<&str> =
        if exact.is_empty() { marks.iter().map(|(_, _, m)| m.title.as_str()).collect() } else { exact };
    let count = |t: &str| pool.iter().filter(|p| **p == t).count();
    pool.iter()
        .copied()
        .max_by_key(|t| (count(t), std::cmp::Reverse(pool.iter().position(|p| p == t))))
        .unwrap_or_default()
        .to_owned()
}

/// The value most of the sources that give one give (none on a tie), and the sentences giving it.
fn consensus<T: Ord + Clone>(
    marks: &[&(u16, Evidence, Mark)],
    value: impl Fn(&Mark) -> Option<T>,
) -> (Option<T>, Vec<Evidence>) {
    let mut sources: BTreeMap<T, BTreeSet<u16>> = BTreeMap::new();
    for (d, _, m) in marks {
        if let Some(v) = value(m) {
            sources.entry(v).or_default().insert(*d);
        }
    }
    let mut ranked: Vec<(&T, usize)> = sources.iter().map(|(v, s)| (v, s.len())).collect();
    ranked.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let Some(&(best, n)) = ranked.first() else { return (None, Vec::new()) };
    if ranked.get(1).is_some_and(|(_, m)| *m == n) {
        return (None, Vec::new());
    }
    let mut evidence: Vec<Evidence> =
        marks.iter().filter(|(_, _, m)| value(m).as_ref() == Some(best)).map(|(_, e, _)| *e).collect();
    evidence.dedup();
    (Some(best.clone()), evidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::doc;
    use knowledge::Person;

    /// The titles a sentence marks, with their years.
    fn titles(text: &str) -> Vec<(String, Option<i16>)> {
        marks(text, false).into_iter().map(|m| (m.title, m.year)).collect()
    }

    fn one(title: &str, year: Option<i16>) -> Vec<(String, Option<i16>)> {
        vec![(title.to_owned(), year)]
    }

    #[test]
    fn quoted_titles_and_years_are_marks() {
        assert_eq!(titles("The drama “Night Harbor” opens in May."), one("Night Harbor", None));
        assert_eq!(titles("The drama ‘Night Harbor’ (2024) opens in May."), one("Night Harbor", Some(2024)));
        assert_eq!(titles("Ann Lee’s “Bo’s Harbor” opens in May."), one("Bo’s Harbor", None));
        assert_eq!(titles("Critics saw “The Bay Film Festival” twice."), []);
        assert_eq!(titles("Critics liked Night Harbor (2024) for its restraint."), one("Night Harbor", Some(2024)));
        assert_eq!(titles("Ann Lee’s Night Harbor (2024) opens soon."), one("Night Harbor", Some(2024)));
        assert_eq!(titles("After Night Harbor (2024) opened, the crew left."), one("Night Harbor", Some(2024)));
    }

    #[test]
    fn work_nouns_mark_the_title_next_to_them() {
        assert_eq!(titles("Critics praised the 2019 thriller Glass Tide for its pace."), one("Glass Tide", Some(2019)));
        assert_eq!(titles("New stills from the movie, Glass Tide, were shown."), one("Glass Tide", None));
        assert_eq!(titles("And then there is Glass Tide—a film about loss."), one("Glass Tide", None));
        assert_eq!(titles("In the end, Glass Tide is a slow, patient western."), one("Glass Tide", None));
        assert_eq!(titles("Fans of the film Glass Tide’s ending were split."), one("Glass Tide", None));
        assert_eq!(titles("The movie Night on the Harbor opens."), one("Night on the Harbor", None));
    }

    #[test]
    fn the_work_noun_next_to_a_title_is_kept() {
        let noun = |t: &str| marks(t, false).into_iter().map(|m| m.noun).collect::<Vec<_>>();
        assert_eq!(noun("The trailer for “Glass Tide“, a Western film, is out."), [Some("western")]);
        assert_eq!(noun("“Glass Tide,” the drama at the center of it, opens."), [Some("drama")]);
        assert_eq!(noun("Critics praised the 2019 thriller Glass Tide."), [Some("thriller")]);
        assert_eq!(noun("Buyers saw “Glass Tide,” the Norwegian drama, on Monday."), [Some("drama")]);
        assert_eq!(noun("The drama “Glass Tide” (2019) opens."), [Some("drama")]);
        assert_eq!(noun("Critics liked Glass Tide (2019)."), [None]);
    }

    #[test]
    fn look_alikes_are_not_marks() {
        for sentence in [
            "Ann Lee is a film director from Oslo.",
            "Bo Ek, the film’s star, arrived late.",
            "In the film, Ann Lee plays a nurse.",
            "Critics saw the film Monday.",
            "The Bay Film Festival showed the movie twice.",
            "She said “no” and left.",
            "The crew (2024 hires) left.",
        ] {
            assert_eq!(titles(sentence), [], "{sentence}");
        }
    }

    #[test]
    fn headings_mark_only_quotations_and_years() {
        let heading = |t: &str| marks(t, true).into_iter().map(|m| m.title).collect::<Vec<_>>();
        assert_eq!(heading("Glass Tide Film Makes $2M in Its First Week"), Vec::<String>::new());
        assert_eq!(heading("Why the Western Glass Tide Matters"), Vec::<String>::new());
        assert_eq!(heading("‘Glass Tide’ explained"), ["Glass Tide"]);
        assert_eq!(heading("Watch Glass Tide (2024) Tonight"), ["Glass Tide"]);
        assert!(!marks("Glass Tide (2024): a review", true)[0].exact);
    }

    fn build(texts: &[&str], entities: &Entities) -> Option<Production> {
        let docs: Vec<Document> = texts.iter().map(|t| doc(t)).collect();
        find(&docs, entities)
    }

    fn title_and_year(p: Option<Production>) -> Option<(String, Option<i16>)> {
        p.map(|p| (p.title.to_string(), p.year))
    }

    #[test]
    fn the_title_most_sources_name_wins_not_the_most_mentioned() {
        let a = "Review of a western\nIt recalls “The Iron Road” often.\n“The Iron Road” had a chase.\nThe Iron Road (1961) still stands.\nUnlike “The Iron Road,” the film “Night Harbor” is slow.\n";
        let b = "Night Harbor opens\nThe drama “Night Harbor” opens in May.\n";
        let c = "A quiet shoot\nFilming on the movie Night Harbor wrapped in Oslo.\n";
        let found = build(&[a, b, c], &Entities::default()).expect("a production");
        assert_eq!(found.title, "Night Harbor");
        assert_eq!(found.year, None);
        let docs: Vec<u16> = found.title_evidence.iter().map(|e| e.doc).collect();
        assert_eq!(docs, [0, 1, 2]);
    }

    #[test]
    fn a_tie_or_a_single_source_among_several_names_no_production() {
        let a = "Notes\nThe drama “Night Harbor” opens in May.\n";
        let b = "More notes\nThe drama “Glass Tide” opens in June.\n";
        assert_eq!(title_and_year(build(&[a, b], &Entities::default())), None);
        let c = "Still more\nThe shoot ended in June.\n";
        assert_eq!(title_and_year(build(&[a, c], &Entities::default())), None);
        assert_eq!(title_and_year(build(&[a], &Entities::default())), Some(("Night Harbor".into(), None)));
    }

    #[test]
    fn the_year_is_the_one_most_sources_give() {
        let a = "Night Harbor (2024): a review\nNight Harbor (2024) is slow.\n";
        let b = "Festival notes\nThe 2024 drama Night Harbor opens.\n";
        let c = "A listing\nIt lists Night Harbor (2023) by mistake.\n";
        let found = build(&[a, b, c], &Entities::default()).expect("a production");
        assert_eq!((found.title.as_ref(), found.year), ("Night Harbor", Some(2024)));
        let docs: Vec<u16> = found.year_evidence.iter().map(|e| e.doc).collect();
        assert_eq!(docs, [0, 0, 1]);
        let d = "Another listing\nIt lists Night Harbor (2023) too.\n";
        assert_eq!(title_and_year(build(&[a, c, d], &Entities::default())), Some(("Night Harbor".into(), Some(2023))));
        let tie = build(&[a, c], &Entities::default()).expect("a production");
        assert_eq!((tie.year, tie.year_evidence.len()), (None, 0));
    }

    #[test]
    fn the_genre_is_the_kind_of_work_most_sources_call_it() {
        let a = "Notes\nThe western “Night Harbor” opens in May.\n";
        let b = "More notes\nNight Harbor is a slow western about a lighthouse.\n";
        let c = "A listing\nThe movie Night Harbor, a drama, opens.\n";
        let found = build(&[a, b, c], &Entities::default()).expect("a production");
        assert_eq!(found.genre.as_deref(), Some("western"));
        let docs: Vec<u16> = found.genre_evidence.iter().map(|e| e.doc).collect();
        assert_eq!(docs, [0, 1]);
        // "film" says nothing of the kind of work; a tie says nothing either.
        let d = "Still more\nThe film Night Harbor opens.\n";
        assert_eq!(build(&[a, c, d], &Entities::default()).expect("a production").genre, None);
    }

    #[test]
    fn a_person_place_or_organisation_is_never_the_title() {
        let person = Person {
            id: "ann-lee".into(),
            name: "Ann Lee".into(),
            aliases: vec!["Lee".into()].into(),
            roles: Vec::new().into(),
            mentions: Vec::new().into(),
        };
        let entities = Entities { people: vec![person], ..Entities::default() };
        let a = "Notes\nThe documentary “Ann Lee” opens in May.\n";
        let b = "More notes\nCritics call the film Ann Lee a portrait.\n";
        assert_eq!(title_and_year(build(&[a, b], &Entities::default())), Some(("Ann Lee".into(), None)));
        assert_eq!(title_and_year(build(&[a, b], &entities)), None);
    }

    #[test]
    fn loose_marks_take_the_exact_title_that_ends_them() {
        let a = "Tonight Glass Tide (2024) Plays Again\nThe movie Glass Tide is long.\n";
        let b = "Notes\nThe drama “Glass Tide” opens in June.\n";
        let found = build(&[a, b], &Entities::default()).expect("a production");
        assert_eq!((found.title.as_ref(), found.year), ("Glass Tide", Some(2024)));
    }
}
