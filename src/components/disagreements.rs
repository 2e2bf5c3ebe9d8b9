//! Where sources disagree: each subject with its values side by side, each with its quotes.

use crate::cards::index;
use crate::components::evidence::quote;
use crate::components::markup::{Node, el};
use crate::search::Query;
use crate::view_state::ViewState;
use knowledge::Disagreement;

/// One disagreement, values side by side.
pub fn side_by_side(disagreement: &Disagreement, state: &ViewState, query: &Query) -> Node {
    let values = disagreement.values.iter().map(|v| {
        el("div")
            .class("value")
            .child(el("h4").text(v.label.to_string()))
            .children(v.evidence.iter().map(|e| quote(e, state, query)))
            .into()
    });
    el("section")
        .class("disagreement")
        .attr("data-testid", "disagreement")
        .child(
            el("h3")
                .child(el("span").class("badge disputed").text("Sources disagree"))
                .text(" on ")
                .text(disagreement.subject.to_string()),
        )
        .child(el("div").class("values").children(values))
        .into()
}

/// Every disagreement in the knowledge base.
pub fn disagreements(state: &ViewState, query: &Query) -> Vec<Node> {
    let kb = index().kb;
    let heading = el("h2").text("Where sources disagree").into();
    if kb.disagreements.is_empty() {
        return vec![heading, el("p").text("The sources agree on every fact they share.").into()];
    }
    let mut nodes = vec![heading];
    nodes.extend(kb.disagreements.iter().map(|d| side_by_side(d, state, query)));
    nodes
}
