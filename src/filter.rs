//! Applies a [`ViewState`] to the card index: the matching cards and live facet counts, where
//! each facet's counts reflect every other active filter (the usual faceted-search rule).

use crate::cards::{Card, Index};
use crate::search::Query;
use crate::view_state::{Kind, ViewState};

/// The filter groups; a card fails a set of them, recorded as bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum Group {
    Search = 1,
    Kind = 2,
    Department = 4,
    Job = 8,
    Year = 16,
    Source = 32,
    Range = 64,
}

/// A facet value with the number of cards it would select.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count<T> {
    /// The value.
    pub value: T,
    /// Cards matching every other active filter and this value.
    pub count: usize,
}

/// The outcome of filtering.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Indices of the matching cards, in index order.
    pub matching: Vec<usize>,
    /// Kind facet.
    pub kinds: Vec<Count<Kind>>,
    /// Department facet.
    pub departments: Vec<Count<&'static str>>,
    /// Job facet.
    pub jobs: Vec<Count<&'static str>>,
    /// Year facet.
    pub years: Vec<Count<i16>>,
    /// Source facet (document indices).
    pub sources: Vec<Count<usize>>,
}

/// Filters the cards of `index` by `state`; facet values the index does not know are ignored,
/// like any other invalid URL value.
pub fn run(index: &Index, state: &ViewState) -> Results {
    let mut state = state.clone();
    state.departments.retain(|d| index.departments.contains(&d.as_str()));
    state.jobs.retain(|j| index.jobs.contains(&j.as_str()));
    state.years.retain(|y| index.years.contains(y));
    let state = &state;
    let query = Query::new(&state.q);
    let sources: Vec<usize> = state.sources.iter().filter_map(|id| index.document(id)).collect();
    let mut results = Results {
        kinds: Kind::ALL.iter().map(|&value| Count { value, count: 0 }).collect(),
        departments: index.departments.iter().map(|&value| Count { value, count: 0 }).collect(),
        jobs: index.jobs.iter().map(|&value| Count { value, count: 0 }).collect(),
        years: index.years.iter().map(|&value| Count { value, count: 0 }).collect(),
        sources: (0..index.kb.documents.len()).map(|value| Count { value, count: 0 }).collect(),
        ..Results::default()
    };
    for (i, card) in index.cards.iter().enumerate() {
        let failed = failures(card, state, &query, &sources);
        if failed == 0 {
            results.matching.push(i);
        }
        let open = |group: Group| failed & !(group as u8) == 0;
        if open(Group::Kind) {
            for c in &mut results.kinds {
                c.count += usize::from(card.kinds & c.value.bit() != 0);
            }
        }
        // Each card adds to the counts of its own values (held once each), so a keystroke costs
        // the cards' values, not cards × every value (500 sources at 100×).
        if open(Group::Department) {
            for d in &card.departments {
                if let Some(i) = index.departments.iter().position(|x| x == d) {
                    results.departments[i].count += 1;
                }
            }
        }
        if open(Group::Job) {
            for j in &card.jobs {
                if let Ok(i) = index.jobs.binary_search(j) {
                    results.jobs[i].count += 1;
                }
            }
        }
        if open(Group::Year) {
            let year = card.date.filter(|_| card.kinds == Kind::Event.bit()).map(|d| d.year);
            if let Some(i) = year.and_then(|y| index.years.binary_search(&y).ok()) {
                results.years[i].count += 1;
            }
        }
        if open(Group::Source) {
            for &s in &card.sources {
                if let Some(c) = results.sources.get_mut(usize::from(s)) {
                    c.count += 1;
                }
            }
        }
    }
    results
}

/// The filter groups `card` fails, as a bit set of [`Group`]s.
fn failures(card: &Card, state: &ViewState, query: &Query, sources: &[usize]) -> u8 {
    let mut failed = 0;
    let mut fail_if = |group: Group, fails: bool| {
        if fails {
            failed |= group as u8;
        }
    };
    fail_if(Group::Search, !query.matches(&card.haystack));
    fail_if(Group::Kind, !state.kinds.is_empty() && !state.kinds.iter().any(|k| card.kinds & k.bit() != 0));
    fail_if(
        Group::Department,
        !state.departments.is_empty() && !card.departments.iter().any(|d| state.departments.contains(*d)),
    );
    fail_if(Group::Job, !state.jobs.is_empty() && !card.jobs.iter().any(|j| state.jobs.contains(*j)));
    let event_date = card.date.filter(|_| card.kinds == Kind::Event.bit());
    fail_if(Group::Year, !state.years.is_empty() && !event_date.is_some_and(|d| state.years.contains(&d.year)));
    fail_if(Group::Source, !sources.is_empty() && !sources.iter().any(|&s| card.sources.contains(&(s as u16))));
    if state.from.is_some() || state.to.is_some() {
        let in_range = event_date.is_some_and(|d| {
            let month = (d.year, d.month.max(1));
            let month_end = (d.year, if d.month == 0 { 12 } else { d.month });
            state.from.is_none_or(|f| month_end >= f.first()) && state.to.is_none_or(|t| month <= t.last())
        });
        fail_if(Group::Range, !in_range);
    }
    failed
}

#[cfg(test)]
mod tests {
    use knowledge::*;

    use super::*;
    use crate::cards::Index;

    fn ev(doc: u16, start: u32, end: u32) -> Evidence {
        Evidence { doc, span: Span { start, end }, curated: false }
    }

    fn person(id: &str, name: &str, roles: Vec<Role>, doc: u16) -> Person {
        Person {
            id: id.to_owned().into(),
            name: name.to_owned().into(),
            aliases: vec![].into(),
            roles: roles.into(),
            mentions: vec![ev(doc, 0, 3)].into(),
        }
    }

    fn role(kind: RoleKind, job: &str, character: Option<&str>) -> Role {
        Role {
            kind,
            job: job.to_owned().into(),
            character: character.map(|c| c.to_owned().into()),
            organisation: None,
            replaced: false,
            evidence: vec![ev(0, 0, 3)].into(),
        }
    }

    fn event(id: &str, year: i16, doc: u16) -> Event {
        Event {
            id: id.to_owned().into(),
            kind: EventKind::FilmingStart,
            status: knowledge::EventStatus::Happened,
            summary: format!("Filming began {year}").into(),
            headline: "Filming began".into(),
            when: Some(When {
                date: Some(Date { year, month: 5, day: 0, precision: Precision::Month }),
                phrase: "May".into(),
                resolved: false,
                anchor: None,
            }),
            places: vec![].into(),
            people: vec![].into(),
            organisations: vec![].into(),
            evidence: vec![ev(doc, 0, 3)].into(),
        }
    }

    fn doc(id: &str) -> Document {
        Document {
            id: id.to_owned().into(),
            file: format!("{id}.txt").into(),
            raw_bytes: 10,
            title: format!("Title {id}").into(),
            outlet: None,
            author: None,
            published: None,
            created: None,
            text: "Ann Bo Cy Dee.".into(),
            repairs: vec![].into(),
            segments: vec![].into(),
        }
    }

    /// An invented production: two cast, a director who also acts, a composer, three events.
    fn index() -> Index {
        let kb = KnowledgeBase {
            schema_version: SCHEMA_VERSION,
            documents: vec![doc("a"), doc("b")].into(),
            people: vec![
                person("ann-lee", "Ann Lee", vec![role(RoleKind::Cast, "Actor", Some("Séraphine"))], 0),
                person("bo-kay", "Bo Kay", vec![role(RoleKind::Cast, "Actor", None)], 1),
                person(
                    "cy-dee",
                    "Cy Dee",
                    vec![
                        role(RoleKind::Crew(Department::Directing), "Director", None),
                        role(RoleKind::Cast, "Actor", Some("Sheriff")),
                    ],
                    0,
                ),
                person("di-ell", "Di Ell", vec![role(RoleKind::Crew(Department::SoundMusic), "Composer", None)], 1),
            ]
            .into(),
            organisations: vec![].into(),
            places: vec![].into(),
            events: vec![event("e1", 2019, 0), event("e2", 2021, 1), event("e3", 2021, 0)].into(),
            disagreements: vec![].into(),
            production: None,
            billing: vec![].into(),
        };
        Index::new(Box::leak(Box::new(kb)))
    }

    fn state(pairs: &[(&str, &str)]) -> ViewState {
        ViewState::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn a_person_with_cast_and_crew_roles_is_one_card_in_both_kinds() {
        let idx = index();
        let cast = run(&idx, &state(&[("kind", "cast")]));
        let crew = run(&idx, &state(&[("kind", "crew")]));
        let title = |r: &Results| r.matching.iter().map(|&i| idx.cards[i].title).collect::<Vec<_>>();
        assert_eq!(title(&cast), ["Ann Lee", "Bo Kay", "Cy Dee"]);
        assert_eq!(title(&crew), ["Cy Dee", "Di Ell"]);
    }

    #[test]
    fn search_is_accent_and_case_insensitive_over_characters_and_jobs() {
        let idx = index();
        assert_eq!(run(&idx, &state(&[("q", "SERAPH")])).matching.len(), 1);
        assert_eq!(run(&idx, &state(&[("q", "composer")])).matching.len(), 1);
        assert_eq!(run(&idx, &state(&[("q", "sheriff director")])).matching.len(), 1);
    }

    #[test]
    fn facet_counts_equal_the_results_of_selecting_that_value() {
        let idx = index();
        for base in
            [state(&[]), state(&[("q", "a")]), state(&[("src", "b")]), state(&[("year", "2021"), ("q", "film")])]
        {
            let results = run(&idx, &base);
            for count in &results.kinds {
                let mut with = base.clone();
                with.kinds = [count.value].into();
                assert_eq!(count.count, run(&idx, &with).matching.len(), "{:?} in {base:?}", count.value);
            }
            for count in &results.departments {
                let mut with = base.clone();
                with.departments = [count.value.to_owned()].into();
                assert_eq!(count.count, run(&idx, &with).matching.len(), "{} in {base:?}", count.value);
            }
            for count in &results.years {
                let mut with = base.clone();
                with.years = [count.value].into();
                assert_eq!(count.count, run(&idx, &with).matching.len(), "{} in {base:?}", count.value);
            }
            for count in &results.jobs {
                let mut with = base.clone();
                with.jobs = [count.value.to_owned()].into();
                assert_eq!(count.count, run(&idx, &with).matching.len(), "{} in {base:?}", count.value);
            }
            for count in &results.sources {
                let mut with = base.clone();
                with.sources = [idx.kb.documents[count.value].id.to_string()].into();
                assert_eq!(count.count, run(&idx, &with).matching.len(), "source {} in {base:?}", count.value);
            }
        }
    }

    #[test]
    fn date_range_keeps_events_inside_it() {
        let idx = index();
        assert_eq!(run(&idx, &state(&[("from", "2020")])).matching.len(), 2);
        assert_eq!(run(&idx, &state(&[("to", "2019-05")])).matching.len(), 1);
        assert_eq!(run(&idx, &state(&[("from", "2019-06"), ("to", "2021-04")])).matching.len(), 0);
    }

    #[test]
    fn unknown_facet_values_are_ignored_like_absent_ones() {
        let idx = index();
        let all = idx.cards.len();
        for pairs in [[("dept", "Nope")], [("job", "Nope")], [("year", "1999")], [("src", "zzz")]] {
            assert_eq!(run(&idx, &state(&pairs)).matching.len(), all, "{pairs:?}");
        }
        assert_eq!(run(&idx, &state(&[("dept", "Nope"), ("dept", "Directing")])).matching.len(), 1);
    }
}
