//! The card index: one card per person, event, organisation, place and source document, with
//! the facet values and folded search text of each, built once from the knowledge base.

use std::borrow::Cow;
use std::sync::OnceLock;

use knowledge::{Date, Disagreement, Evidence, KnowledgeBase, RoleKind};

use crate::labels;
use crate::search::fold_str;
use crate::sorted_set::SortedSet;
use crate::view_state::Kind;

/// What a card shows: an index into one of the knowledge base's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    /// `people[i]`.
    Person(usize),
    /// `events[i]`.
    Event(usize),
    /// `organisations[i]`.
    Organisation(usize),
    /// `places[i]`.
    Place(usize),
    /// `documents[i]`.
    Source(usize),
}

/// A card with everything filtering needs, precomputed.
#[derive(Clone, Debug)]
pub struct Card {
    /// What the card is about.
    pub subject: Subject,
    /// `kind:id`, as used in the URL.
    pub key: String,
    /// Name or event summary.
    pub title: &'static str,
    /// Kinds the card belongs to (bits of [`Kind::bit`]); a person can be cast and crew.
    pub kinds: u8,
    /// Departments ("Cast" and crew departments).
    pub departments: Vec<&'static str>,
    /// Jobs ("Actor", "Director"…).
    pub jobs: Vec<&'static str>,
    /// Event date.
    pub date: Option<Date>,
    /// Documents the card's facts come from (indices).
    pub sources: Vec<u16>,
    /// Folded text searched by the search box.
    pub haystack: String,
    /// The source disagreements about one of the card's facts (indices).
    pub disputes: Vec<u16>,
}

impl Card {
    /// A card of `kinds` keyed `prefix:id`, searched through `text`; no facet values, date,
    /// sources or dispute yet.
    fn new(subject: Subject, prefix: &str, id: &str, title: &'static str, kinds: u8, text: &[&str]) -> Card {
        Card {
            subject,
            key: format!("{prefix}:{id}"),
            title,
            kinds,
            departments: Vec::new(),
            jobs: Vec::new(),
            date: None,
            sources: Vec::new(),
            haystack: fold_str(&text.join(" ")),
            disputes: Vec::new(),
        }
    }

    /// The title as shown: an event's headline, or its summary with its cuts marked
    /// ([`labels::excerpt`]) when it has none.
    pub fn shown_title(&self) -> Cow<'static, str> {
        match self.subject {
            Subject::Event(i) if index().kb.events[i].headline.is_empty() => labels::excerpt(self.title).into(),
            _ => self.title.into(),
        }
    }
}

/// The card index with the facet values that exist, in display order.
#[derive(Debug)]
pub struct Index {
    /// The knowledge base the cards point into.
    pub kb: &'static KnowledgeBase,
    /// Every card, people first (cast, crew, others), then events, organisations, places, sources.
    pub cards: Vec<Card>,
    /// Departments that occur ("Cast" first, then credit order).
    pub departments: Vec<&'static str>,
    /// Jobs that occur, sorted.
    pub jobs: Vec<&'static str>,
    /// Event years that occur, ascending.
    pub years: Vec<i16>,
    /// Positions of the dated event cards in date order (index order for equal dates).
    pub chronology: Vec<usize>,
}

/// Department label of cast roles.
pub const CAST: &str = "Cast";

/// The index of the embedded knowledge base, built on first use.
pub fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(&crate::knowledge_base::KNOWLEDGE))
}

impl Index {
    /// Builds the cards of `kb`.
    pub fn new(kb: &'static KnowledgeBase) -> Index {
        // A card is about a disagreement when a disputed quote is one of its facts' and, for a
        // person (whose name also appears in quotes about the story or an event), the subject
        // names them in full, as whole words (an alias such as a first name would match other
        // people too).
        let disputes = |facts: &[&[Evidence]], person: Option<&str>| -> Vec<u16> {
            let overlaps =
                |x: &Evidence, e: &Evidence| e.doc == x.doc && x.span.start < e.span.end && e.span.start < x.span.end;
            let quoted = |x: &Evidence| facts.iter().any(|list| list.iter().any(|e| overlaps(x, e)));
            let about = |d: &Disagreement| {
                person.is_none_or(|name| names(&d.subject, name))
                    && d.values.iter().any(|v| v.evidence.iter().any(quoted))
            };
            (0..kb.disagreements.len()).filter(|&i| about(&kb.disagreements[i])).map(|i| i as u16).collect()
        };
        let mut people = Vec::new();
        for (i, p) in kb.people.iter().enumerate() {
            let mut kinds = 0;
            let mut departments = Vec::new();
            let mut text = vec![&*p.name];
            text.extend(p.aliases.iter().map(|a| &**a));
            for role in p.roles.iter() {
                let (kind, dept) = match role.kind {
                    RoleKind::Cast => (Kind::Cast, CAST),
                    RoleKind::Crew(d) => (Kind::Crew, d.label()),
                    RoleKind::Other(_) => (Kind::Person, ""),
                };
                kinds |= kind.bit();
                if !dept.is_empty() {
                    departments.push(dept);
                    text.push(dept);
                }
                text.push(&role.job);
                text.extend(role.character.as_deref());
            }
            if kinds == 0 {
                kinds = Kind::Person.bit();
            }
            let mut evidence = p.mentions.to_vec();
            for role in p.roles.iter() {
                evidence.extend_from_slice(&role.evidence);
            }
            let mut card = Card::new(Subject::Person(i), "person", &p.id, &p.name, kinds, &text);
            card.departments = sort_departments(departments);
            card.jobs = sorted_unique(p.roles.iter().map(|r| &*r.job));
            card.sources = docs(&evidence);
            card.disputes = disputes(&[&evidence], Some(&p.name));
            people.push(card);
        }
        // People in kind order (cast, crew, others), then by name.
        let order: SortedSet<_> =
            people.iter().enumerate().map(|(i, c)| (c.kinds.trailing_zeros(), c.title, c.key.clone(), i)).collect();
        let mut people: Vec<Option<Card>> = people.into_iter().map(Some).collect();
        let mut cards: Vec<Card> = order.iter().filter_map(|&(.., i)| people[i].take()).collect();
        for (i, e) in kb.events.iter().enumerate() {
            let mut text = vec![&*e.headline, &*e.summary];
            text.extend(e.when.iter().map(|w| &*w.phrase));
            text.extend(e.places.iter().map(|&p| &*kb.places[p as usize].name));
            text.extend(e.people.iter().map(|&p| &*kb.people[p as usize].name));
            text.extend(e.organisations.iter().map(|&o| &*kb.organisations[o as usize].name));
            let title = if e.headline.is_empty() { &e.summary } else { &e.headline };
            let mut card = Card::new(Subject::Event(i), "event", &e.id, title, Kind::Event.bit(), &text);
            card.date = e.when.as_ref().and_then(|w| w.date);
            card.sources = docs(&e.evidence);
            card.disputes = disputes(&[&e.evidence], None);
            cards.push(card);
        }
        for (i, o) in kb.organisations.iter().enumerate() {
            let mut text = vec![&*o.name];
            text.extend(o.aliases.iter().map(|a| &**a));
            text.extend(o.relations.iter().map(|r| &*r.label));
            let mut card =
                Card::new(Subject::Organisation(i), "organisation", &o.id, &o.name, Kind::Organisation.bit(), &text);
            card.sources = docs(&o.mentions);
            let facts: Vec<&[Evidence]> = o.relations.iter().map(|r| &*r.evidence).collect();
            card.disputes = disputes(&facts, None);
            cards.push(card);
        }
        for (i, p) in kb.places.iter().enumerate() {
            let mut text = vec![&*p.name];
            text.extend(p.aliases.iter().map(|a| &**a));
            let mut card = Card::new(Subject::Place(i), "place", &p.id, &p.name, Kind::Place.bit(), &text);
            card.sources = docs(&p.mentions);
            let facts: Vec<&[Evidence]> = p.uses.iter().map(|u| &*u.evidence).collect();
            card.disputes = disputes(&facts, None);
            cards.push(card);
        }
        for (i, d) in kb.documents.iter().enumerate() {
            let text = [&*d.title, d.outlet.as_deref().unwrap_or(""), d.author.as_deref().unwrap_or("")];
            let mut card = Card::new(Subject::Source(i), "source", &d.id, &d.title, Kind::Source.bit(), &text);
            card.date = d.published;
            card.sources = vec![i as u16];
            cards.push(card);
        }
        let (mut departments, mut jobs) = (Vec::new(), Vec::new());
        for card in &cards {
            departments.extend_from_slice(&card.departments);
            jobs.extend_from_slice(&card.jobs);
        }
        let (departments, jobs) = (sort_departments(departments), sorted_unique(jobs));
        let years = sorted_unique(
            cards.iter().filter(|c| matches!(c.subject, Subject::Event(_))).filter_map(|c| c.date.map(|d| d.year)),
        );
        let chronology = sorted_unique(
            cards
                .iter()
                .enumerate()
                .filter(|(_, c)| matches!(c.subject, Subject::Event(_)))
                .filter_map(|(p, c)| c.date.map(|d| (d, p))),
        )
        .into_iter()
        .map(|(_, p)| p)
        .collect();
        Index { kb, cards, departments, jobs, years, chronology }
    }

    /// The position of the card with this `kind:id` key.
    pub fn card(&self, key: &str) -> Option<usize> {
        self.cards.iter().position(|c| c.key == key)
    }

    /// The cards with a fact from document `doc` (sources themselves excluded).
    pub fn facts_of(&self, doc: usize) -> impl Iterator<Item = &Card> {
        self.cards.iter().filter(move |c| !matches!(c.subject, Subject::Source(_)) && c.sources.contains(&(doc as u16)))
    }

    /// Index of the document with this id.
    pub fn document(&self, id: &str) -> Option<usize> {
        self.kb.documents.iter().position(|d| d.id == id)
    }
}

/// True when `text` holds `name` as whole words: "Ann Lee" is not in "age of Ann Leeds". Any
/// non-ASCII character counts as part of a word. Compared byte by byte: `str` pattern search
/// and Unicode's tables would cost the wasm kilobytes for a few short subjects.
fn names(text: &str, name: &str) -> bool {
    let (text, name) = (text.as_bytes(), name.as_bytes());
    let word = |byte: Option<&u8>| byte.is_some_and(|b| b.is_ascii_alphanumeric() || !b.is_ascii());
    (0..=text.len().saturating_sub(name.len())).any(|at| {
        text.get(at..).is_some_and(|rest| rest.starts_with(name))
            && !word(at.checked_sub(1).and_then(|i| text.get(i)))
            && !word(text.get(at + name.len()))
    })
}

fn sorted_unique<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    items.into_iter().collect::<SortedSet<T>>().into()
}

/// Departments in credit order ("Cast" first), each once.
fn sort_departments(list: impl IntoIterator<Item = &'static str>) -> Vec<&'static str> {
    let order = |d: &str| knowledge::Department::ALL.iter().position(|x| x.label() == d).map_or(0, |p| p + 1);
    sorted_unique(list.into_iter().map(|d| (order(d), d))).into_iter().map(|(_, d)| d).collect()
}

/// The documents behind `evidence`, in order, each once.
pub fn docs(evidence: &[Evidence]) -> Vec<u16> {
    sorted_unique(evidence.iter().map(|e| e.doc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_come_people_first_in_kind_then_name_order_then_by_subject() {
        let cards = &index().cards;
        let rank = |s: Subject| match s {
            Subject::Person(_) => 0,
            Subject::Event(_) => 1,
            Subject::Organisation(_) => 2,
            Subject::Place(_) => 3,
            Subject::Source(_) => 4,
        };
        assert!(cards.windows(2).all(|w| rank(w[0].subject) <= rank(w[1].subject)));
        let people: Vec<_> = cards
            .iter()
            .filter(|c| matches!(c.subject, Subject::Person(_)))
            .map(|c| (c.kinds.trailing_zeros(), c.title, &c.key))
            .collect();
        assert_eq!(people.len(), index().kb.people.len());
        assert!(people.windows(2).all(|w| w[0] < w[1]), "{people:?}");
        assert!(people.first().is_some_and(|p| p.0 == Kind::Cast.bit().trailing_zeros()), "cast first");
    }

    #[test]
    fn a_person_is_disputed_only_by_a_disagreement_about_them() {
        let dir = std::env::temp_dir().join(format!("film-explorer-disputes-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let seeds = [
            "A western\n\nSet in 1880s Ohio, the western stars Ben Holt as a miner. Mara Quist, 42, directs it.\n",
            "Another western\n\nSet in 1880s Oregon, the film follows a miner. The director Mara Quist, 45, said so.\n",
        ];
        for (i, text) in seeds.iter().enumerate() {
            std::fs::write(dir.join(format!("{i}.txt")), text).unwrap();
        }
        let kb = Box::leak(Box::new(pipeline::build(&dir).unwrap()));
        std::fs::remove_dir_all(&dir).unwrap();
        let subjects: Vec<&str> = kb.disagreements.iter().map(|d| &*d.subject).collect();
        assert_eq!(subjects, ["story setting", "age of Mara Quist"]);
        let idx = Index::new(kb);
        let disputes = |name: &str| idx.cards.iter().find(|c| c.title == name).map(|c| c.disputes.clone());
        assert_eq!(disputes("Mara Quist"), Some(vec![1]));
        // Ben Holt's role is quoted from the disputed setting sentence, which is not about him.
        assert_eq!(disputes("Ben Holt"), Some(vec![]));
        assert_eq!(disputes("Ohio"), Some(vec![0]), "the setting is about the place");
    }

    #[test]
    fn a_name_is_found_as_whole_words_only() {
        assert!(names("age of Ann Lee", "Ann Lee"));
        assert!(names("Ann Lee's age", "Ann Lee"));
        assert!(!names("age of Ann Leeds", "Ann Lee"));
        assert!(!names("age of Joann Lee", "Ann Lee"));
        assert!(!names("age of Ann Leé", "Ann Le"));
    }
}
