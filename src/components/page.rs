//! What the components share: the view state from the URL and the values derived from it,
//! provided once by [`App`](super::App) as a context.

use std::sync::Arc;

use leptos::prelude::*;

use crate::cards::index;
use crate::components::focus::Opened;
use crate::components::paging::{Shown, Versioned};
use crate::components::reader::open_document;
use crate::search::Query;
use crate::url::Navigator;
use crate::view_state::{View, ViewState};

/// Where a link leads, from a view state (one type for every link: no generic props).
pub type Target = Arc<dyn Fn(&ViewState) -> ViewState + Send + Sync>;

/// The one view state and what is derived from it: each component reads only what it shows.
#[derive(Clone, Copy)]
pub struct Page {
    /// The view state, tied to the URL.
    pub nav: Navigator,
    /// The filter results, recomputed only when the filters change.
    pub results: Memo<Versioned>,
    /// The search words, for highlighting.
    pub query: Memo<Query>,
    /// The active view (cards, timeline, disagreements).
    pub view: Memo<View>,
    /// The open card's position in the index.
    pub open_card: Memo<Option<usize>>,
    /// The document in the reader and the quote to highlight.
    pub open_document: Memo<Opened>,
    /// How many items the lists render.
    pub shown: RwSignal<Shown>,
}

impl Page {
    /// Derives every value from `nav`'s state.
    pub fn new(nav: Navigator) -> Page {
        let state = nav.state;
        Page {
            nav,
            results: Memo::new_owning(move |previous| state.with(|s| Versioned::next(previous, s))),
            query: Memo::new(move |_| state.with(|s| Query::new(&s.q))),
            view: Memo::new(move |_| state.with(|s| s.view)),
            open_card: Memo::new(move |_| state.with(|s| s.card.as_deref().and_then(|key| index().card(key)))),
            open_document: Memo::new(move |_| state.with(open_document)),
            shown: RwSignal::new(Shown::default()),
        }
    }

    /// Where a link leads: `change` applied to a state (the one in the address bar for its
    /// `href`, the current one when it is followed).
    pub fn to(self, change: impl Fn(&ViewState) -> ViewState + Send + Sync + 'static) -> Target {
        Arc::new(change)
    }

    /// How many of the current results the lists render.
    pub fn shown_count(self) -> usize {
        let version = self.results.with(|r| r.version);
        self.shown.get().count(version, self.view.get())
    }
}

/// The page's shared state, from the context [`App`](super::App) provides.
pub fn use_page() -> Page {
    expect_context()
}
