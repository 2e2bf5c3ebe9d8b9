//! The page header: what the page is about, what the knowledge base holds, the search box, and
//! the tools (copy link, theme).

use leptos::ev::{Event, KeyboardEvent, SubmitEvent};
use leptos::prelude::*;

use crate::cards::index;
use crate::components::downloads::CopyLink;
use crate::components::page::use_page;
use crate::components::theme::ThemeToggle;
use crate::labels;
use crate::url::{Entry, Navigator};

/// What the knowledge base holds, in one line.
fn stats() -> String {
    let kb = index().kb;
    [
        labels::count(kb.documents.len(), "source", "sources"),
        labels::count(kb.people.len(), "person", "people"),
        labels::count(kb.events.len(), "event", "events"),
        labels::count(kb.organisations.len(), "organisation", "organisations"),
        labels::count(kb.places.len(), "place", "places"),
    ]
    .join(" · ")
}

/// Shows the search text `q`; the URL follows after a typing pause (or at once with `entry`
/// [`Entry::Push`]).
pub fn search(nav: Navigator, q: String, entry: Entry) {
    let mut next = nav.state.get_untracked();
    next.q = q;
    nav.go(next, entry);
}

/// The search box, in a GET form so that a search submitted before the app has started still
/// lands on `?q=…`. Results follow each keystroke; `Esc` clears it.
#[component]
pub fn SearchBox() -> impl IntoView {
    let nav = use_page().nav;
    let typed = move |ev: Event| search(nav, event_target_value(&ev), Entry::Replace);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        search(nav, nav.state.with_untracked(|s| s.q.clone()), Entry::Push);
    };
    let key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            search(nav, String::new(), Entry::Replace);
        }
    };
    view! {
        <form class="search" role="search" method="get" action="" on:submit=submit>
            <label for="search">"Search"</label>
            <input
                id="search"
                name="q"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder="Names, characters, jobs, places, events…  ( / )"
                prop:value=move || nav.state.with(|s| s.q.clone())
                on:input=typed
                on:keydown=key
            />
        </form>
    }
}

/// The header: title and counts, search, tools.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="top">
            <div class="brand">
                <p class="app-name">"Production explorer"</p>
                <p class="stats">{stats()}</p>
            </div>
            <SearchBox/>
            <div class="tools">
                <CopyLink/>
                <ThemeToggle/>
            </div>
        </header>
    }
}
