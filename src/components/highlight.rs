//! Text with the search matches marked; builds text nodes and `<mark>` elements, never HTML.

use crate::components::markup::{Node, el};
use crate::search::Query;

/// `text` with the words of `query` marked.
pub fn highlighted(text: &str, query: &Query) -> Vec<Node> {
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end) in query.ranges(text) {
        parts.push(Node::from(text[at..start].to_owned()));
        parts.push(el("mark").class("hit").text(text[start..end].to_owned()).into());
        at = end;
    }
    parts.push(Node::from(text[at..].to_owned()));
    parts
}
