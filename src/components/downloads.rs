//! "Copy link" and the JSON downloads of the current view and of the whole knowledge base.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::api;
use crate::filter::Results;
use crate::url::{self, Navigator};

/// Copies the URL of the current view to the clipboard.
#[component]
pub fn CopyLink() -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let link = url::absolute(&nav.state.get_untracked());
        let _ = window().navigator().clipboard().write_text(&link);
        copied.set(true);
        set_timeout(move || copied.set(false), std::time::Duration::from_secs(2));
    };
    view! {
        <button type="button" class="ghost" data-testid="copy-link" on:click=copy>
            {move || if copied.get() { "Link copied" } else { "Copy link" }}
        </button>
        <span class="sr-only" aria-live="polite">{move || copied.get().then_some("Link copied to the clipboard")}</span>
    }
}

/// Download buttons for the filtered cards and for everything.
#[component]
pub fn Downloads(results: Memo<Results>) -> impl IntoView {
    let view_json = move |_| {
        let cards = results.with(|r| api::summaries(&r.matching));
        save("view.json", serde_wasm_bindgen::to_value(&cards));
    };
    let all_json = move |_| save("knowledge.json", serde_wasm_bindgen::to_value(&crate::knowledge_base::KNOWLEDGE));
    view! {
        <div class="downloads">
            <button type="button" class="ghost" data-testid="download-view" on:click=view_json>
                "Download JSON (this view)"
            </button>
            <button type="button" class="ghost" data-testid="download-all" on:click=all_json>
                "Download JSON (everything)"
            </button>
        </div>
    }
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
