//! Where sources disagree: each subject with its values side by side, each with its quotes.

use knowledge::Disagreement;
use leptos::prelude::*;

use crate::cards::index;
use crate::components::evidence::quote;
use crate::components::markup::{Node, el, render};
use crate::search::Query;
use crate::url::Navigator;
use crate::view_state::ViewState;

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
#[component]
pub fn Disagreements() -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let query = expect_context::<Memo<Query>>();
    let kb = index().kb;
    let list = move || {
        let nodes: Vec<Node> = if kb.disagreements.is_empty() {
            vec![el("p").text("The sources agree on every fact they share.").into()]
        } else {
            nav.state.with(|s| query.with(|q| kb.disagreements.iter().map(|d| side_by_side(d, s, q)).collect()))
        };
        render(nodes)
    };
    view! { <h2>"Where sources disagree"</h2> {list} }
}
