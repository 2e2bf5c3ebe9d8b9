//! Keyboard focus for the panels: into a panel when it opens, back to its opener when it closes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// What a panel shows while it is open: a card or document (an index) and, in the reader, the
/// highlighted quote (a byte range).
pub type Opened = Option<(usize, Option<(usize, usize)>)>;

/// Moves focus to the first element of `targets` (ids) that exists whenever `open` changes to
/// `Some`, and back to the element that had focus before it opened (the link followed) when it
/// changes to `None` — or to the results when that element is gone — so keyboard and
/// screen-reader users land in the panel they opened and return where they were.
pub fn focus_dialog(open: Memo<Opened>, targets: &'static [&'static str]) {
    Effect::new(move |previous: Option<Option<HtmlElement>>| {
        // `Some(opener)` while the panel is open; the outer `Option` is Leptos' "first run".
        let opener = previous.flatten();
        if open.with(Option::is_none) {
            if let Some(opener) = opener {
                let back = if opener.is_connected() { Some(opener) } else { element("results") };
                let _ = back.map(|e| e.focus());
            }
            return None;
        }
        request_animation_frame(move || {
            let _ = targets.iter().find_map(|id| element(id)).map(|e| e.focus());
        });
        opener.or_else(|| document().active_element().and_then(|e| e.dyn_into().ok()))
    });
}

fn element(id: &str) -> Option<HtmlElement> {
    document().get_element_by_id(id).map(JsCast::unchecked_into)
}
