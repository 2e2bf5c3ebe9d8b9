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

/// Filters the cards of `index` by `state`.
pub fn run(index: &Index, state: &ViewState) -> Results {
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
        if open(Group::Department) {
            for c in &mut results.departments {
                c.count += usize::from(card.departments.contains(&c.value));
            }
        }
        if open(Group::Job) {
            for c in &mut results.jobs {
                c.count += usize::from(card.jobs.contains(&c.value));
            }
        }
        if open(Group::Year) {
            for c in &mut results.years {
                c.count += usize::from(card.date.is_some_and(|d| d.year == c.value) && card.kinds == Kind::Event.bit());
            }
        }
        if open(Group::Source) {
            for c in &mut results.sources {
                c.count += usize::from(card.sources.contains(&(c.value as u16)));
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
