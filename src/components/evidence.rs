//! A quote with its source: the verbatim sentence, linked to the reader where it is highlighted.

use knowledge::Evidence;

use crate::cards::index;
use crate::components::highlight::highlighted;
use crate::components::markup::{Node, el, link};
use crate::search::Query;
use crate::view_state::ViewState;

/// The state that opens the reader on document `doc`, highlighting `quote` (a byte span).
pub fn reading(state: &ViewState, doc: usize, quote: Option<(u32, u32)>) -> ViewState {
    ViewState { read: Some(index().kb.documents[doc].id.to_string()), quote, ..state.clone() }
}

/// A quote with a link to its place in the source document.
pub fn quote(evidence: &Evidence, state: &ViewState, query: &Query) -> Node {
    let kb = index().kb;
    let doc = &kb.documents[evidence.doc as usize];
    let source = link(&reading(state, evidence.doc as usize, Some((evidence.span.start, evidence.span.end))))
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
