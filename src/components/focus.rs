//! Keyboard focus for the panels: into a panel when it opens, back to its opener when it closes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, SvgElement};

/// What a panel shows while it is open: a card or document (an index) and, in the reader, the
/// highlighted quote (a byte range).
pub type Opened = Option<(usize, Option<(usize, usize)>)>;

/// A panel's focus bookkeeping between renders.
#[derive(Default)]
pub struct PanelFocus {
    shown: Opened,
    /// The element that had focus when the panel opened (the link followed, or a timeline mark:
    /// an SVG element), if any.
    opener: Option<Element>,
}

/// A move of keyboard focus that a render asks for.
pub enum FocusMove {
    /// Into a panel that opened or shows something else: to the first of these ids that exists.
    Into(&'static [&'static str]),
    /// Out of a panel that closed: back to its opener, or to the results without one.
    Back(Option<Element>),
}

impl PanelFocus {
    /// Takes what the panel shows in the render being made, and returns the focus move the
    /// change asks for: into the panel (`targets`) when it opens or shows something else, back
    /// to the opener when it closes. So keyboard and screen-reader users land in the panel they
    /// opened and return where they were.
    pub fn follow(&mut self, shown: Opened, targets: &'static [&'static str]) -> Option<FocusMove> {
        if shown == self.shown {
            return None;
        }
        let was_open = std::mem::replace(&mut self.shown, shown).is_some();
        if self.shown.is_none() {
            return Some(FocusMove::Back(self.opener.take()));
        }
        if !was_open {
            // Nothing focused (a page loaded with the panel open) is no opener.
            self.opener = document().active_element().filter(|e| !matches!(e.tag_name().as_str(), "BODY" | "HTML"));
        }
        Some(FocusMove::Into(targets))
    }
}

impl FocusMove {
    /// The one move to make when the reader (above) and the detail panel (below) change in the
    /// same render: into a panel before out of one; when both close, back to the detail's
    /// opener, which is on the page itself.
    pub fn first(reader: Option<FocusMove>, detail: Option<FocusMove>) -> Option<FocusMove> {
        match (reader, detail) {
            (Some(into @ FocusMove::Into(_)), _) | (_, Some(into @ FocusMove::Into(_))) => Some(into),
            (reader, detail) => detail.or(reader),
        }
    }

    /// Makes the move in the next animation frame, once the render is on screen.
    pub fn schedule(self) {
        request_animation_frame(move || {
            let to = match self {
                FocusMove::Into(targets) => targets.iter().find_map(|id| document().get_element_by_id(id)),
                FocusMove::Back(opener) => {
                    opener.filter(|o| o.is_connected()).or_else(|| document().get_element_by_id("results"))
                }
            };
            if let Some(to) = to {
                focus(&to);
            }
        });
    }
}

/// Focuses an HTML or an SVG element: `focus()` is defined on each interface apart.
fn focus(element: &Element) {
    let _ = match element.dyn_ref::<HtmlElement>() {
        Some(html) => html.focus(),
        None => element.dyn_ref::<SvgElement>().map_or(Ok(()), SvgElement::focus),
    };
}

/// Moves keyboard focus with the panels (an effect on what they show): into one when it opens,
/// back to the card or link that opened it when it closes, so keyboard and screen-reader users
/// land in the panel they opened and return where they were.
pub fn use_panel_focus(card: Memo<Option<usize>>, document: Memo<Opened>) {
    let focus = StoredValue::new_local([PanelFocus::default(), PanelFocus::default()]);
    Effect::new(move |_| {
        let (card, document) = (card.get(), document.get());
        let change = focus.try_update_value(|[detail, reader]| {
            let detail = detail.follow(card.map(|p| (p, None)), &["detail-title"]);
            // With a quote, focus lands on it (screen readers read it first); otherwise on the title.
            let reader = reader.follow(document, &["quote", "reader-title"]);
            FocusMove::first(reader, detail)
        });
        if let Some(change) = change.flatten() {
            change.schedule();
        }
    });
}
