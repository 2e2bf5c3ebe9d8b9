//! "Copy link" and the JSON downloads: the current view, serialised here, and the whole
//! knowledge base, the static `knowledge.json` written at build time.

use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};

use crate::api;
use crate::components::events::{Action, button};
use crate::components::markup::{Node, el};
use crate::url;
use crate::view_state::ViewState;

fn ghost(action: Action, label: &'static str) -> Node {
    button(action).class("ghost").attr("data-testid", action.key()).text(label).into()
}

/// The "Copy link" button, saying "Link copied" (also to screen readers) for a while after.
pub fn copy_link(copied: bool) -> [Node; 2] {
    [
        ghost(Action::CopyLink, if copied { "Link copied" } else { "Copy link" }),
        el("span")
            .class("sr-only")
            .attr("aria-live", "polite")
            .children(copied.then(|| "Link copied to the clipboard".into()))
            .into(),
    ]
}

/// Download buttons for the filtered cards and for everything.
pub fn downloads() -> Node {
    el("div")
        .class("downloads")
        .child(ghost(Action::DownloadView, "Download JSON (this view)"))
        .child(
            el("a")
                .class("button ghost")
                .attr("href", "knowledge.json")
                .attr("download", "knowledge.json")
                .attr("data-testid", "download-all")
                .text("Download JSON (everything)"),
        )
        .into()
}

/// Copies the URL of `state` to the clipboard.
pub fn copy(state: &ViewState) {
    let _ = window().navigator().clipboard().write_text(&url::absolute(state));
}

/// Saves the cards at these index positions as `view.json`.
pub fn save_view(positions: &[usize]) {
    save("view.json", serde_wasm_bindgen::to_value(&api::summaries(positions)));
}

/// Saves a serialised value as a JSON file through a `blob:` URL (no network involved).
fn save(name: &str, value: Result<JsValue, serde_wasm_bindgen::Error>) {
    let Ok(value) = value else { return };
    let Ok(text) = js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2)) else {
        return;
    };
    let parts = js_sys::Array::of1(&text);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(href) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(link) =
        document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&href);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&href);
}
