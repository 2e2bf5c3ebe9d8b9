//! The hand-over from the HTML prerendered at build time (`src/bin/prerender.rs`) to the app:
//! the app mounts in place of it, keeping what was typed into its search box meanwhile; the
//! regions the app renders in a later task ([`crate::components`]' `Later`) stay on screen in
//! its placeholders until then.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::url;
use crate::view_state::ViewState;

/// The id of the element that holds the prerendered page.
pub const PRERENDERED: &str = "prerendered";

/// What the reader did in the prerendered page before the app started.
#[derive(Default)]
pub struct Handover {
    /// The prerendered search box had focus: the app's gets it, caret at the end.
    search_focused: bool,
}

/// Notes what the reader did in the prerendered page before the app mounts: text typed into
/// its search box becomes the URL's `q`, so the app starts on it and no keystroke is lost.
pub fn take_over() -> Handover {
    let Some(prerendered) = document().get_element_by_id(PRERENDERED) else { return Handover::default() };
    let input =
        prerendered.query_selector("#search").ok().flatten().and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    let mut handover = Handover::default();
    if let Some(input) = input {
        handover.search_focused = document().active_element().is_some_and(|e| e == **input);
        let typed = input.value();
        let state = url::current();
        if !typed.trim().is_empty() && state.q.is_empty() {
            url::replace(&ViewState { q: typed, ..state });
        }
    }
    handover
}

impl Handover {
    /// Once the app is mounted, in the same task (nothing paints in between): moves each region
    /// of the prerendered page that the app renders later into the app's placeholder for it
    /// (`.later`, in the same order), removes the rest, and gives the app's search box the
    /// focus the prerendered one had.
    pub fn finish(self) {
        let document = document();
        if let Some(prerendered) = document.get_element_by_id(PRERENDERED) {
            // Regions and placeholders come in the same order: each move fills the first empty
            // placeholder with the first region left in the prerendered page.
            while let (Ok(Some(region)), Ok(Some(placeholder))) =
                (prerendered.query_selector(".later"), document.query_selector(".later:empty"))
            {
                let _ = placeholder.append_child(&region);
            }
            prerendered.remove();
        }
        let search = document.get_element_by_id("search").and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
        if let Some(search) = search.filter(|_| self.search_focused) {
            let _ = search.focus();
            let end = search.value().len() as u32;
            let _ = search.set_selection_range(end, end);
        }
    }
}
