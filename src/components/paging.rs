//! Bounded rendering: a list renders a page of items and offers "Show N more"; counts stay
//! exact whatever is rendered. New items render a few per task, so that neither the take-over
//! from the prerendered HTML nor a keystroke blocks input for long.

use std::time::Duration;

use leptos::prelude::*;

use crate::cards::index;
use crate::components::page::use_page;
use crate::filter::{self, Results};
use crate::sorted_set::SortedSet;
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
    /// The results for `state`, versioned after `previous`, and whether they changed. Filtering
    /// runs only when the filters did, not when a card, the reader or the view does; then the
    /// previous value is handed back as it is, neither copied nor compared.
    pub fn next(previous: Option<Versioned>, state: &ViewState) -> (Versioned, bool) {
        let filters = state.filters();
        match previous {
            Some(p) if p.filters == filters => (p, false),
            Some(p) => {
                let results = filter::run(index(), &filters);
                let changed = p.results != results;
                let version = if changed { p.version.wrapping_add(1) } else { p.version };
                (Versioned { filters, results, version }, changed)
            }
            None => (Versioned { results: filter::run(index(), &filters), filters, version: 0 }, true),
        }
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

/// "Show N more" while fewer than `total` items of a list are shown.
pub fn more_label(total: usize, shown: usize) -> Option<String> {
    let hidden = total.saturating_sub(shown);
    (hidden > 0).then(|| format!("Show {} more", hidden.min(PAGE)))
}

/// New items a list renders in the app's first task: more than a screenful.
pub const FIRST: usize = 12;

/// New items a list renders per task after that.
pub const STEP: usize = 8;

/// What a list renders now, and whether that is all it should.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// The items to render, in the list's order.
    pub items: Vec<usize>,
    /// Every item of the list is among them.
    pub complete: bool,
}

/// Of `target`, the items rendered already (`previous`) and at most `quota` new ones, in
/// `target`'s order: rendered items stay (with their focus), new ones wait their turn.
pub fn admit(previous: &[usize], target: &[usize], quota: usize) -> Progress {
    let rendered: SortedSet<usize> = previous.iter().copied().collect();
    let mut admitted = 0;
    let items: Vec<usize> = target
        .iter()
        .copied()
        .filter(|item| {
            if rendered.contains(item) {
                return true;
            }
            admitted += 1;
            admitted <= quota
        })
        .collect();
    Progress { complete: items.len() == target.len(), items }
}

/// The items of `target` a list renders: at most [`FIRST`] new ones in the first task and
/// [`STEP`] in each later one, so that neither start-up nor a keystroke blocks input for long
/// (the prerendered HTML has them all).
pub fn progressively(target: impl Fn() -> Vec<usize> + Send + Sync + 'static) -> Memo<Progress> {
    let next_task = Trigger::new();
    let progress = Memo::new(move |previous: Option<&Progress>| {
        next_task.track();
        let quota = match previous {
            _ if cfg!(feature = "ssr") => usize::MAX,
            None => FIRST,
            Some(_) => STEP,
        };
        admit(previous.map_or(&[], |p| &p.items), &target(), quota)
    });
    Effect::new(move |_| {
        if !progress.with(|p| p.complete) {
            set_timeout(move || next_task.notify(), Duration::ZERO);
        }
    });
    progress
}

/// The button that renders one more page of a list of `total` items.
#[component]
pub fn ShowMore(
    /// How many items the list holds.
    total: Signal<usize>,
) -> impl IntoView {
    let page = use_page();
    let more = move |_| {
        let (version, view) = (page.results.with_untracked(|r| r.version), page.view.get_untracked());
        page.shown.update(|s| *s = s.more(version, view));
    };
    move || {
        more_label(total.get(), page.shown_count())
            .map(|label| view! { <button type="button" class="more needs-script" on:click=more>{label}</button> })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendered_items_stay_and_new_ones_wait_their_turn() {
        let first = admit(&[], &[5, 1, 7, 3], 2);
        assert_eq!(first, Progress { items: vec![5, 1], complete: false });
        // 1 left the list, 9 and 4 joined it: 5 stays where it is, two new items come in.
        let next = admit(&first.items, &[9, 5, 7, 3, 4], 2);
        assert_eq!(next, Progress { items: vec![9, 5, 7], complete: false });
        let last = admit(&next.items, &[9, 5, 7, 3, 4], 2);
        assert_eq!(last, Progress { items: vec![9, 5, 7, 3, 4], complete: true });
        assert_eq!(admit(&last.items, &[], 2), Progress { items: vec![], complete: true });
    }

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
        let (first, changed) = Versioned::next(None, &state(""));
        assert!(changed);
        assert_eq!(first.results, filter::run(index(), &ViewState::default()));
        let opened = ViewState { card: Some("x".into()), view: View::Timeline, ..state("") };
        assert_eq!(Versioned::next(Some(first.clone()), &opened), (first.clone(), false));
        // Other filters, same results (surrounding spaces are ignored): same version.
        let (spaced, changed) = Versioned::next(Some(first.clone()), &state("   "));
        assert_eq!((spaced.version, &spaced.results, changed), (first.version, &first.results, false));
        let (narrowed, changed) = Versioned::next(Some(spaced), &state("zzzzqqqq"));
        assert_eq!((narrowed.version, narrowed.results.matching.len(), changed), (first.version + 1, 0, true));
    }

    #[test]
    fn show_more_offers_at_most_a_page() {
        assert_eq!(more_label(PAGE, PAGE), None);
        assert_eq!(more_label(PAGE * 3, PAGE).as_deref(), Some("Show 60 more"));
        assert_eq!(more_label(PAGE + 7, PAGE).as_deref(), Some("Show 7 more"));
    }
}
