//! Renders the default view (no query string) to HTML at build time, with the app's own
//! components, so the first cards paint before the wasm arrives and readers without JavaScript
//! see them. `scripts/post-build.mjs` (a Trunk hook) puts the output into `dist/index.html`:
//! `prerender` prints the body, `prerender --head` the title, description and link-preview
//! (Open Graph) tags that name the production.

use std::sync::Arc;

use film_explorer::infobox::{description, page_title};
use film_explorer::knowledge_base::KNOWLEDGE;
use hydration_context::SsrSharedContext;
use leptos::html::meta;
use leptos::prelude::*;

fn main() {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        if std::env::args().any(|a| a == "--head") {
            let (title, description) = (page_title(&KNOWLEDGE), description(&KNOWLEDGE));
            // Open Graph names its tags by `property`, an attribute Leptos' `view!` does not know.
            let og = |property: &'static str, content: String| meta().attr("property", property).content(content);
            view! {
                <title>{title.clone()}</title>
                <meta name="description" content=description.clone()/>
                {og("og:type", "website".to_owned())}
                {og("og:title", title)}
                {og("og:description", description)}
            }
            .to_html()
        } else {
            view! { <film_explorer::components::App/> }.to_html()
        }
    });
    print!("{html}");
}
