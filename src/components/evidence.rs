//! A quote with its source: the verbatim sentence, linked to the reader where it is highlighted.

use knowledge::Evidence;

use crate::cards::index;
use crate::components::highlight::highlighted;
use crate::components::markup::{Node, el, link};
use crate::search::Query;
use crate::url;
use crate::view_state::ViewState;

/// The state that opens the reader on `evidence`.
pub fn reading(state: &ViewState, evidence: &Evidence) -> ViewState {
    let doc = &index().kb.documents[evidence.doc as usize];
    ViewState { read: Some(doc.id.to_string()), quote: Some((evidence.span.start, evidence.span.end)), ..state.clone() }
}

/// A quote with a link to its place in the source document.
pub fn quote(evidence: &Evidence, state: &ViewState, query: &Query) -> Node {
    let kb = index().kb;
    let doc = &kb.documents[evidence.doc as usize];
    let source = link(url::serialize(&reading(state, evidence)))
        .attr("data-testid", "quote-link")
        .text(format!("{} ↗", doc.title));
    let curated = evidence
        .curated
        .then(|| el("span").class("badge curated").attr("title", "Added by the curation file").text("curated"));
    el("figure")
        .class("quote")
        .child(el("blockquote").children(highlighted(evidence.quote(kb), query)))
        .child(el("figcaption").child(source).children(curated.map(Node::from)))
        .into()
}
