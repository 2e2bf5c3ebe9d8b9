//! Keyboard focus for the panels: into a panel when it opens, back to its opener when it closes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Moves focus to the element `title_id` whenever `open` changes to `Some`, and back to the
/// element that had focus before it opened (the link followed) when it changes to `None`, so
/// keyboard and screen-reader users land in the panel they opened and return where they were.
pub fn focus_dialog<T: Clone + PartialEq + Send + Sync + 'static>(open: Memo<Option<T>>, title_id: &'static str) {
    Effect::new(move |previous: Option<Option<HtmlElement>>| {
        // `Some(opener)` while the panel is open; the outer `Option` is Leptos' "first run".
        let opener = previous.flatten();
        if open.with(Option::is_none) {
            if let Some(opener) = opener.filter(|o| o.is_connected()) {
                let _ = opener.focus();
            }
            return None;
        }
        request_animation_frame(move || {
            if let Some(title) = document().get_element_by_id(title_id) {
                let _ = title.unchecked_into::<HtmlElement>().focus();
            }
        });
        opener.or_else(|| document().active_element().and_then(|e| e.dyn_into().ok()))
    });
}
