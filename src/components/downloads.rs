//! "Copy link" and the JSON downloads: the current view, serialised here, and the whole
//! knowledge base, the static `knowledge.json` written at build time.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::api;
use crate::components::page::use_page;
use crate::url;
use crate::view_state::ViewState;

/// How long "Link copied" shows.
const COPIED_FOR: std::time::Duration = std::time::Duration::from_secs(2);

/// The "Copy link" button, saying "Link copied" (also to screen readers) for a while after.
#[component]
pub fn CopyLink() -> impl IntoView {
    let nav = use_page().nav;
    let copied = RwSignal::new(false);
    let click = move |_| {
        nav.state.with_untracked(copy);
        copied.set(true);
        set_timeout(move || copied.set(false), COPIED_FOR);
    };
    view! {
        <button type="button" class="ghost needs-script" data-testid="copy-link" on:click=click>
            {move || if copied.get() { "Link copied" } else { "Copy link" }}
        </button>
        <span class="sr-only" aria-live="polite">{move || copied.get().then_some("Link copied to the clipboard")}</span>
    }
}

/// Download buttons for the filtered cards and for everything.
#[component]
pub fn Downloads() -> impl IntoView {
    let results = use_page().results;
    let save_view = move |_| results.with_untracked(|r| save_cards(&r.results.matching));
    view! {
        <div class="downloads">
            <button type="button" class="ghost needs-script" data-testid="download-view" on:click=save_view>
                "Download JSON (this view)"
            </button>
            <a class="button ghost" href="knowledge.json" download="knowledge.json" data-testid="download-all">
                "Download JSON (everything)"
            </a>
        </div>
    }
}

/// Copies the URL of `state` to the clipboard.
pub fn copy(state: &ViewState) {
    let _ = window().navigator().clipboard().write_text(&url::absolute(state));
}

/// Saves the cards at these index positions as `view.json`.
pub fn save_cards(positions: &[usize]) {
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
