//! Text with the search matches marked; builds text nodes and `<mark>` elements, never HTML.

use crate::components::markup::{Node, el};
use crate::search::Query;

/// `text` with the words of `query` marked.
pub fn highlighted(text: &str, query: &Query) -> Vec<Node> {
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end) in query.ranges(text) {
        parts.push(Node::from(slice(text, at, start)));
        parts.push(el("mark").class("hit").text(slice(text, start, end)).into());
        at = end;
    }
    parts.push(Node::from(slice(text, at, text.len())));
    parts
}

/// `text[start..end]`, owned; the ranges are on char boundaries by construction, and `get`
/// keeps the panic path (and the formatting of its message) out of the wasm.
fn slice(text: &str, start: usize, end: usize) -> String {
    text.get(start..end).unwrap_or_default().to_owned()
}
