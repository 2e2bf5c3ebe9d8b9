//! Keyboard focus for the panels: into a panel when it opens, back to its opener when it closes.

use leptos::prelude::{document, request_animation_frame};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// What a panel shows while it is open: a card or document (an index) and, in the reader, the
/// highlighted quote (a byte range).
pub type Opened = Option<(usize, Option<(usize, usize)>)>;

/// A panel's focus bookkeeping between renders.
#[derive(Default)]
pub struct PanelFocus {
    shown: Opened,
    /// The element that had focus when the panel opened (the link followed).
    opener: Option<HtmlElement>,
}

impl PanelFocus {
    /// Given what the panel shows in the render being made, moves focus once it is on screen:
    /// when the panel opens or shows something else, to the first of `targets` (ids) that
    /// exists; when it closes, back to the opener, or to the results when the opener is gone. So
    /// keyboard and screen-reader users land in the panel they opened and return where they were.
    pub fn follow(&mut self, shown: Opened, targets: &'static [&'static str]) {
        if shown == self.shown {
            return;
        }
        if shown.is_none() {
            let opener = self.opener.take();
            request_animation_frame(move || {
                let back = opener.filter(|o| o.is_connected()).or_else(|| element("results"));
                let _ = back.map(|e| e.focus());
            });
        } else {
            if self.shown.is_none() {
                self.opener = document().active_element().and_then(|e| e.dyn_into().ok());
            }
            request_animation_frame(move || {
                let _ = targets.iter().find_map(|id| element(id)).map(|e| e.focus());
            });
        }
        self.shown = shown;
    }
}

fn element(id: &str) -> Option<HtmlElement> {
    document().get_element_by_id(id).map(JsCast::unchecked_into)
}
