//! The page's components, one per file; [`App`] puts them together.

mod card;
mod card_list;
mod detail;
mod disagreements;
mod downloads;
mod evidence;
mod facets;
pub mod fatal;
mod focus;
mod highlight;
pub mod markup;
mod paging;
mod reader;
mod search_box;
mod theme;
mod timeline;

use leptos::prelude::*;

use crate::cards::index;
use crate::components::markup::link;
use crate::filter;
use crate::url::Navigator;
use crate::view_state::{View, ViewState};

pub use facets::Facets;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let nav = Navigator::new();
    provide_context(nav);
    markup::follow_links(nav);
    let state = nav.state;
    // One parsed query for every highlighted text on the page, recomputed once per keystroke.
    provide_context(Memo::new(move |_| state.with(|s| crate::search::Query::new(&s.q))));
    let results = Memo::new(move |_| state.with(|s| filter::run(index(), s)));
    // The main view is re-created only when the view changes, not on every state change.
    let view = Memo::new(move |_| state.with(|s| s.view));
    // Esc closes the topmost panel (reader over detail), unless a control already used it.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || ev.default_prevented() {
            return;
        }
        let (reading, open_card) = state.with_untracked(|s| (s.read.is_some(), s.card.is_some()));
        if reading {
            nav.update(ViewState::close_reader);
        } else if open_card {
            nav.update(|s| s.card = None);
        }
    });
    on_cleanup(move || escape.remove());
    let kb = index().kb;
    let stats = format!(
        "{} sources · {} people · {} events · {} organisations · {} places",
        kb.documents.len(),
        kb.people.len(),
        kb.events.len(),
        kb.organisations.len(),
        kb.places.len()
    );
    view! {
        <a class="skip" href="#results">"Skip to results"</a>
        <header class="top">
            <div class="brand">
                <h1>"Production explorer"</h1>
                <p class="stats">{stats}</p>
            </div>
            <search_box::SearchBox/>
            <div class="tools">
                <downloads::CopyLink/>
                <theme::ThemeToggle/>
            </div>
        </header>
        <nav class="views" aria-label="Views">
            {move || {
                let tabs = state.with(|s| {
                    View::ALL.map(|v| {
                        link(&ViewState { view: v, ..s.clone() })
                            .class("button tab")
                            .attr_if("aria-current", (s.view == v).then_some("page"))
                            .text(v.label())
                            .into()
                    })
                });
                markup::render(tabs.into())
            }}
        </nav>
        <div class="layout">
            <Facets results/>
            <main id="results" tabindex="-1">
                <ErrorBoundary fallback=fatal::fallback>
                    {move || match view.get() {
                        View::Cards => view! { <card_list::CardList results/> }.into_any(),
                        View::Timeline => view! { <timeline::Timeline results/> }.into_any(),
                        View::Disagreements => view! { <disagreements::Disagreements/> }.into_any(),
                    }}
                </ErrorBoundary>
            </main>
        </div>
        <detail::Detail/>
        <reader::Reader/>
        <footer class="bottom">
            <downloads::Downloads results/>
            <p>"Every fact links to the sentence it comes from. Built from the seed articles at compile time."</p>
        </footer>
    }
}
