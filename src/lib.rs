//! Film production explorer: cards for the cast, crew and production events of a film, each
//! fact backed by its source sentence. Data flows one way: seeds → build-time pipeline →
//! [`knowledge_base`] → [`cards`] index → [`view_state`] (from the URL) → [`components`].
#![deny(missing_docs)]

pub mod api;
pub mod cards;
pub mod chart;
pub mod components;
pub mod credits;
pub mod dates;
pub mod filter;
pub mod infobox;
pub mod knowledge_base;
pub mod labels;
pub mod search;
pub mod sorted_set;
pub mod takeover;
pub mod url;
pub mod view_state;

/// Talc in place of the default dlmalloc: the wasm is single-threaded, and Talc's allocator for
/// it is smaller (0.8 KiB gzip less on the page) and faster.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Installs the panic handler, then mounts the app on the page's `<body>` in place of the
/// prerendered page, in tasks of their own: the browser's work of instantiating the wasm is one
/// long task already, and the mount would add to it. The app renders its infobox, then its
/// filters and results, in the tasks after (`Later`); timers keep their order, so it is ready
/// after those.
pub fn start() {
    mark("app-start");
    components::fatal::install_panic_hook();
    leptos::prelude::set_timeout(
        || {
            let handover = takeover::take_over();
            leptos::mount::mount_to_body(components::App);
            handover.finish();
            leptos::prelude::set_timeout(mark_ready, std::time::Duration::ZERO);
        },
        std::time::Duration::ZERO,
    );
}

/// Tells tests and the benchmark that the app is interactive: `data-ready` on `<html>` and the
/// `app-ready` performance mark. (Lists may still be bringing in items: `aria-busy` on them.)
fn mark_ready() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "");
    }
    mark("app-ready");
}

/// A performance mark the benchmark reads: `app-start` → `app-ready` (interactive) is the wasm's
/// start-up.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
