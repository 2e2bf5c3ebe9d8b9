//! Renders the default view (no query string) to HTML at build time, with the app's own
//! components, so the first cards paint before the wasm arrives and readers without JavaScript
//! see them. `scripts/post-build.mjs` (a Trunk hook) puts the output into `dist/index.html`.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

fn main() {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| view! { <film_explorer::components::App/> }.to_html());
    print!("{html}");
}
