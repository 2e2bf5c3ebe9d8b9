//! Keeps the [`ViewState`] and the page's query string in step, through the History API.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

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

/// Parses a query string (`?a=b&…`, as `application/x-www-form-urlencoded`, like
/// `URLSearchParams`) into a view state; hostile input yields a valid state.
pub fn parse(search: &str) -> ViewState {
    let query = search.strip_prefix('?').unwrap_or(search);
    ViewState::from_pairs(form_urlencoded::parse(query.as_bytes()))
}

/// The query string of a state (`?…`, or empty for the default view).
pub fn serialize(state: &ViewState) -> String {
    let pairs = state.to_pairs();
    if pairs.is_empty() {
        return String::new();
    }
    form_urlencoded::Serializer::for_suffix(String::from("?"), 1).extend_pairs(pairs).finish()
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
    /// The state as the address bar shows it: behind [`Navigator::state`] while typing waits
    /// for its pause. Links derive their `href` from it, so a keystroke rewrites no link.
    pub linked: RwSignal<ViewState>,
    /// The typing pause's timer and the URL it will write.
    pending: StoredValue<Option<(TimeoutHandle, String)>>,
}

impl Default for Navigator {
    fn default() -> Self {
        Navigator::new()
    }
}

impl Navigator {
    /// Reads the state from the URL and follows back/forward; rendering on the server (the
    /// build-time prerender), it is the default view.
    pub fn new() -> Navigator {
        let state = RwSignal::new(if is_server() { ViewState::default() } else { current() });
        let linked = RwSignal::new(state.get_untracked());
        let pending: StoredValue<Option<(TimeoutHandle, String)>> = StoredValue::new(None);
        // Back/forward wins over a URL still waiting for the typing pause.
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            if let Some((timer, _)) = pending.try_update_value(Option::take).flatten() {
                timer.clear();
            }
            state.set(current());
            linked.set(current());
        });
        on_cleanup(move || handle.remove());
        Navigator { state, linked, pending }
    }

    /// Shows `next` and records it in the history as `entry` says.
    pub fn go(&self, next: ViewState, entry: Entry) {
        // A URL waiting for the typing pause is written now unless a newer one replaces it, so
        // Back from a pushed entry returns to what was typed.
        let unchanged = next == self.state.get_untracked();
        if let Some((timer, url)) = self.pending.try_update_value(Option::take).flatten() {
            timer.clear();
            if entry == Entry::Push || unchanged {
                write(&url, Entry::Replace);
                self.linked.set(self.state.get_untracked());
            }
        }
        if unchanged {
            return;
        }
        let url = serialize(&next);
        self.state.set(next);
        match entry {
            Entry::Push => {
                write(&url, Entry::Push);
                self.linked.set(self.state.get_untracked());
            }
            Entry::Replace => {
                let (pending, state, linked) = (self.pending, self.state, self.linked);
                let written = url.clone();
                let timer = set_timeout_with_handle(
                    move || {
                        pending.set_value(None);
                        write(&written, Entry::Replace);
                        linked.set(state.get_untracked());
                    },
                    std::time::Duration::from_millis(REPLACE_DELAY_MS as u64),
                );
                self.pending.set_value(timer.ok().map(|timer| (timer, url)));
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

/// Writes `state` into the current history entry, without rendering it.
pub fn replace(state: &ViewState) {
    write(&serialize(state), Entry::Replace);
}

fn write(query: &str, entry: Entry) {
    let location = window().location();
    let url = format!("{}{query}", location.pathname().unwrap_or_default());
    // Every browser has a history; `expect` would pull JS-value formatting into the wasm.
    let Ok(history) = window().history() else { return };
    let _ = match entry {
        Entry::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        Entry::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view_state::Kind;

    #[test]
    fn parses_form_encoding_as_url_search_params_does() {
        let s = parse("?q=a+b%26c%3D&kind=cast&card=person%3Aada-stone&read=%FFx");
        assert_eq!(s.q, "a b&c=");
        assert!(s.kinds.contains(&Kind::Cast));
        assert_eq!(s.card.as_deref(), Some("person:ada-stone"));
        assert_eq!(s.read.as_deref(), Some("\u{fffd}x"));
        assert_eq!(parse("q=no+question+mark").q, "no question mark");
    }

    #[test]
    fn serializes_defaults_to_nothing_and_round_trips() {
        assert_eq!(serialize(&ViewState::default()), "");
        let s = parse("?q=%C3%A9t%C3%A9+%26+%3F&dept=Camera&card=event%3A1");
        assert_eq!(serialize(&s), "?q=%C3%A9t%C3%A9+%26+%3F&dept=Camera&card=event%3A1");
        assert_eq!(parse(&serialize(&s)), s);
    }
}
