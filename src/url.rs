//! Keeps the [`ViewState`] and the page's query string in step, through the History API.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::UrlSearchParams;

use crate::view_state::ViewState;

/// How a change of view enters the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A new entry (clicks): back returns to the previous view.
    Push,
    /// Replace the current entry (typing), written after a short pause.
    Replace,
}

/// Milliseconds of typing pause before the URL is rewritten.
const REPLACE_DELAY_MS: i32 = 300;

/// Parses a query string (`?a=b&…`) into a view state; hostile input yields a valid state.
pub fn parse(search: &str) -> ViewState {
    let Ok(params) = UrlSearchParams::new_with_str(search) else {
        return ViewState::default();
    };
    let mut pairs = Vec::new();
    let entries = js_sys::try_iter(&params.entries()).ok().flatten();
    for entry in entries.into_iter().flatten().flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            pairs.push((k, v));
        }
    }
    ViewState::from_pairs(pairs)
}

/// The query string of a state (`?…`, or empty for the default view).
pub fn serialize(state: &ViewState) -> String {
    let params = UrlSearchParams::new().expect("URLSearchParams exists");
    for (key, value) in state.to_pairs() {
        params.append(key, &value);
    }
    let query: String = params.to_string().into();
    if query.is_empty() { String::new() } else { format!("?{query}") }
}

/// The state in the current address bar.
pub fn current() -> ViewState {
    parse(&window().location().search().unwrap_or_default())
}

/// The full URL of a state, for "copy link".
pub fn absolute(state: &ViewState) -> String {
    let location = window().location();
    let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
    format!("{base}{}", serialize(state))
}

/// The view state signal, tied to the URL: [`Navigator::go`] changes both.
#[derive(Clone, Copy)]
pub struct Navigator {
    /// The current view state.
    pub state: RwSignal<ViewState>,
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl Default for Navigator {
    fn default() -> Self {
        Navigator::new()
    }
}

impl Navigator {
    /// Reads the state from the URL and follows back/forward.
    pub fn new() -> Navigator {
        let state = RwSignal::new(current());
        let handle = window_event_listener(leptos::ev::popstate, move |_| state.set(current()));
        on_cleanup(move || handle.remove());
        Navigator { state, pending: StoredValue::new(None) }
    }

    /// Shows `next` and records it in the history as `entry` says.
    pub fn go(&self, next: ViewState, entry: Entry) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
            self.pending.set_value(None);
        }
        if next == self.state.get_untracked() {
            return;
        }
        let url = serialize(&next);
        self.state.set(next);
        match entry {
            Entry::Push => write(&url, Entry::Push),
            Entry::Replace => {
                let pending = self.pending;
                let handle = set_timeout_with_handle(
                    move || {
                        pending.set_value(None);
                        write(&url, Entry::Replace);
                    },
                    std::time::Duration::from_millis(REPLACE_DELAY_MS as u64),
                );
                self.pending.set_value(handle.ok());
            }
        }
    }

    /// Changes the state with `change` and pushes a history entry.
    pub fn update(&self, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        self.go(next, Entry::Push);
    }
}

fn write(query: &str, entry: Entry) {
    let location = window().location();
    let url = format!("{}{query}", location.pathname().unwrap_or_default());
    let history = window().history().expect("history exists");
    let _ = match entry {
        Entry::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        Entry::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}
