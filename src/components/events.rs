//! The page's controls, served by delegation: one listener per event type on the window reads
//! what a control means from its markup (a link's `href`, a checkbox's `name` and `value`, a
//! button's `data-action`) and changes the view state or the page's own state.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, KeyboardEvent, MouseEvent};

use crate::components::downloads;
use crate::components::local::Local;
use crate::components::markup::{self, el};
use crate::components::paging::Versioned;
use crate::url::{self, Entry, Navigator};
use crate::view_state::{ViewState, YearMonth};

/// What a `<button data-action>` does when clicked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show another page of cards or events.
    More,
    /// Fold or unfold the facet panel (narrow screens).
    Filters,
    /// Cycle the colour theme.
    Theme,
    /// Copy the link to the current view.
    CopyLink,
    /// Download the current view's cards as JSON.
    DownloadView,
}

impl Action {
    const ALL: [Action; 5] = [Action::More, Action::Filters, Action::Theme, Action::CopyLink, Action::DownloadView];

    /// The `data-action` value.
    pub const fn key(self) -> &'static str {
        match self {
            Action::More => "more",
            Action::Filters => "filters",
            Action::Theme => "theme",
            Action::CopyLink => "copy-link",
            Action::DownloadView => "download-view",
        }
    }
}

/// A button that runs `action` when clicked.
pub fn button(action: Action) -> markup::Element {
    el("button").attr("type", "button").attr("data-action", action.key())
}

/// What the handlers act on.
#[derive(Clone, Copy)]
struct Page {
    nav: Navigator,
    local: RwSignal<Local>,
    results: Memo<Versioned>,
}

/// Listens to clicks, changes, typing and keys on the whole window, for as long as the owner.
pub fn listen(nav: Navigator, local: RwSignal<Local>, results: Memo<Versioned>) {
    let page = Page { nav, local, results };
    let handle = move |ev: Event| match ev.type_().as_str() {
        "click" => click(page, ev.unchecked_into()),
        "change" => change(page, &ev),
        "input" => input(page, &ev),
        "keydown" => key(page, ev.unchecked_into()),
        _ => {}
    };
    for name in ["click", "change", "input", "keydown"] {
        let listener = window_event_listener_untyped(name, handle);
        on_cleanup(move || listener.remove());
    }
}

fn target(ev: &Event) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()
}

/// Follows in-app links (`<a href="?…">`) without reloading (modified clicks still open new
/// tabs), and runs the action of a `<button data-action>`, modifier keys or not.
fn click(page: Page, ev: MouseEvent) {
    let Some(target) = target(&ev).filter(|_| !ev.default_prevented()) else { return };
    if let Some(anchor) = target.closest("a[href^='?']").ok().flatten() {
        let plain = ev.button() == 0 && !ev.ctrl_key() && !ev.meta_key() && !ev.shift_key() && !ev.alt_key();
        if plain {
            ev.prevent_default();
            page.nav.go(url::parse(&anchor.get_attribute("href").unwrap_or_default()), Entry::Push);
        }
    } else if let Some(button) = target.closest("button[data-action]").ok().flatten() {
        let key = button.get_attribute("data-action").unwrap_or_default();
        if let Some(action) = Action::ALL.into_iter().find(|a| a.key() == key) {
            act(page, action);
        }
    }
}

fn act(Page { nav, local, results }: Page, action: Action) {
    match action {
        Action::More => {
            let (version, view) = (results.with_untracked(|r| r.version), nav.state.with_untracked(|s| s.view));
            local.update(|l| l.shown = l.shown.more(version, view));
        }
        Action::Filters => local.update(|l| l.filters_open = !l.filters_open),
        Action::Theme => local.update(|l| l.theme = l.theme.cycle()),
        Action::CopyLink => {
            nav.state.with_untracked(downloads::copy);
            local.update(|l| l.copied = true);
            set_timeout(move || local.update(|l| l.copied = false), std::time::Duration::from_secs(2));
        }
        Action::DownloadView => results.with_untracked(|r| downloads::save_view(&r.results.matching)),
    }
}

/// A facet checkbox toggles its `name`/`value` in the URL; a date input (`name` "from" or
/// "to") sets its bound. Told apart by name too: browsers without month inputs show text ones.
fn change(page: Page, ev: &Event) {
    let Some(input) = target(ev).and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
    let (key, value) = (input.name(), input.value());
    if input.type_() == "checkbox" {
        page.nav.update(|s| *s = s.toggled(&key, &value));
    } else if key == "from" || key == "to" {
        page.nav.update(|s| {
            let bound = YearMonth::parse(&value);
            if key == "to" { s.to = bound } else { s.from = bound }
        });
    }
}

fn set_query(nav: Navigator, q: String) {
    let mut next = nav.state.get_untracked();
    next.q = q;
    nav.go(next, Entry::Replace);
}

/// Typing in the search box filters at each keystroke; the URL follows after a pause.
fn input(page: Page, ev: &Event) {
    if let Some(search) = target(ev).filter(|t| t.id() == "search").and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    {
        set_query(page.nav, search.value());
    }
}

/// `Esc` clears the search box when in it, and otherwise closes the topmost panel (reader over
/// detail); `/` focuses the search box unless the user is typing somewhere.
fn key(page: Page, ev: KeyboardEvent) {
    let target = target(&ev);
    let in_search = target.as_ref().is_some_and(|t| t.id() == "search");
    match ev.key().as_str() {
        "Escape" if in_search => {
            ev.prevent_default();
            set_query(page.nav, String::new());
        }
        "Escape" if !ev.default_prevented() => {
            let nav = page.nav;
            let (reading, open_card) = nav.state.with_untracked(|s| (s.read.is_some(), s.card.is_some()));
            if reading {
                nav.update(ViewState::close_reader);
            } else if open_card {
                nav.update(|s| s.card = None);
            }
        }
        "/" if !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() => {
            let typing = target.is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
            if let Some(search) = document().get_element_by_id("search").filter(|_| !typing) {
                ev.prevent_default();
                let _ = search.unchecked_into::<HtmlElement>().focus();
            }
        }
        _ => {}
    }
}
