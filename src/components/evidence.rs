//! A quote with its source: the verbatim sentence, linked to the reader where it is highlighted.

use knowledge::Evidence;
use leptos::prelude::*;

use crate::cards::index;
use crate::components::highlight::Highlighted;
use crate::components::link::Link;
use crate::components::page::use_page;
use crate::view_state::ViewState;

/// The state that opens the reader on document `doc`, highlighting `quote` (a byte span).
pub fn reading(state: &ViewState, doc: usize, quote: Option<(u32, u32)>) -> ViewState {
    ViewState { read: Some(index().kb.documents[doc].id.to_string()), quote, ..state.clone() }
}

/// A quote with a link to its place in the source document.
#[component]
pub fn Quote(evidence: Evidence) -> impl IntoView {
    let kb = index().kb;
    let doc = evidence.doc as usize;
    let span = Some((evidence.span.start, evidence.span.end));
    let to = use_page().to(move |s| reading(s, doc, span));
    view! {
        <figure class="quote">
            <blockquote><Highlighted text=evidence.quote(kb)/></blockquote>
            <figcaption>
                <Link to attr:data-testid="quote-link">{format!("{} ↗", kb.documents[doc].title)}</Link>
                {evidence.curated.then(|| view! {
                    <span class="badge curated" title="Added by the curation file">"curated"</span>
                })}
            </figcaption>
        </figure>
    }
}

/// Each of `evidence` as a [`Quote`].
pub fn quotes(evidence: &[Evidence]) -> impl IntoView + use<> {
    evidence.iter().map(|&evidence| view! { <Quote evidence/> }).collect_view()
}
