//! Bounded rendering: a list renders a page of items and offers "Show N more"; counts stay
//! exact whatever is rendered.

use crate::cards::index;
use crate::components::events::{Action, button};
use crate::components::markup::Node;
use crate::filter::{self, Results};
use crate::view_state::{View, ViewState};

/// Items rendered per page.
pub const PAGE: usize = 60;

/// Filter results numbered by change, so the pages asked for belong to the results they were
/// asked on and new results start again at one page.
#[derive(Clone, Debug, PartialEq)]
pub struct Versioned {
    /// The filters the results are for.
    filters: ViewState,
    /// The results.
    pub results: Results,
    /// Increases whenever the results differ from the previous ones.
    pub version: u32,
}

impl Versioned {
    /// The results for `state`, versioned after `previous`: the same version when they did not
    /// change. Filtering runs only when the filters did, not when a card, the reader or the
    /// view does.
    pub fn next(previous: Option<&Versioned>, state: &ViewState) -> Versioned {
        let filters = state.filters();
        if let Some(p) = previous.filter(|p| p.filters == filters) {
            return p.clone();
        }
        let results = filter::run(index(), &filters);
        let version = match previous {
            Some(p) if p.results == results => p.version,
            Some(p) => p.version.wrapping_add(1),
            None => 0,
        };
        Versioned { filters, results, version }
    }
}

/// How many items the lists show: a page, more when asked for, one page again on new results
/// or in another view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shown {
    version: u32,
    view: View,
    count: usize,
}

impl Shown {
    /// The number of items to show of the results with this version, in this view.
    pub fn count(self, version: u32, view: View) -> usize {
        if (self.version, self.view) == (version, view) && self.count > PAGE { self.count } else { PAGE }
    }

    /// One more page of the results with this version, in this view.
    pub fn more(self, version: u32, view: View) -> Shown {
        Shown { version, view, count: self.count(version, view) + PAGE }
    }
}

/// "Show N more" while fewer than `total` items are shown.
pub fn show_more(total: usize, shown: usize) -> Option<Node> {
    let hidden = total.saturating_sub(shown);
    (hidden > 0).then(|| button(Action::More).class("more").text(format!("Show {} more", hidden.min(PAGE))).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn more_pages_last_until_the_results_or_the_view_change() {
        let cards = View::Cards;
        let shown = Shown::default();
        assert_eq!(shown.count(0, cards), PAGE);
        let shown = shown.more(0, cards).more(0, cards);
        assert_eq!(shown.count(0, cards), 3 * PAGE);
        assert_eq!(shown.count(1, cards), PAGE);
        assert_eq!(shown.count(0, View::Timeline), PAGE);
        assert_eq!(shown.more(1, cards).count(1, cards), 2 * PAGE);
    }

    #[test]
    fn the_version_changes_only_with_the_results() {
        let state = |q: &str| ViewState { q: q.to_owned(), ..ViewState::default() };
        let first = Versioned::next(None, &state(""));
        assert_eq!(first.results, filter::run(index(), &ViewState::default()));
        let opened = ViewState { card: Some("x".into()), view: View::Timeline, ..state("") };
        assert_eq!(Versioned::next(Some(&first), &opened), first);
        // Other filters, same results (surrounding spaces are ignored): same version.
        let spaced = Versioned::next(Some(&first), &state("   "));
        assert_eq!((spaced.version, &spaced.results), (first.version, &first.results));
        let narrowed = Versioned::next(Some(&spaced), &state("zzzzqqqq"));
        assert_eq!((narrowed.version, narrowed.results.matching.len()), (first.version + 1, 0));
    }

    #[test]
    fn show_more_offers_at_most_a_page() {
        assert_eq!(show_more(PAGE, PAGE), None);
        let text = |n: Option<Node>| format!("{n:?}");
        assert!(text(show_more(PAGE * 3, PAGE)).contains("Show 60 more"));
        assert!(text(show_more(PAGE + 7, PAGE)).contains("Show 7 more"));
    }
}
