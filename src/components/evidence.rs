//! A quote with its source: the verbatim sentence, linked to the reader where it is highlighted.

use knowledge::Evidence;
use leptos::prelude::*;

use crate::cards::index;
use crate::components::Highlighted;
use crate::url::{self, Navigator};
use crate::view_state::ViewState;

/// The state that opens the reader on `evidence`.
pub fn reading(state: &ViewState, evidence: &Evidence) -> ViewState {
    let doc = &index().kb.documents[evidence.doc as usize];
    ViewState { read: Some(doc.id.to_string()), quote: Some((evidence.span.start, evidence.span.end)), ..state.clone() }
}

/// A quote with a link to its place in the source document.
#[component]
pub fn Quote(evidence: Evidence) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let kb = index().kb;
    let doc = &kb.documents[evidence.doc as usize];
    let href = move || url::serialize(&nav.state.with(|s| reading(s, &evidence)));
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        nav.update(|s| *s = reading(s, &evidence));
    };
    view! {
        <figure class="quote">
            <blockquote><Highlighted text=evidence.quote(kb).to_owned()/></blockquote>
            <figcaption>
                <a href=href on:click=open data-testid="quote-link">{format!("{} ↗", doc.title)}</a>
                {evidence.curated.then(|| view! { <span class="badge curated" title="Added by the curation file">"curated"</span> })}
            </figcaption>
        </figure>
    }
}
