//! The card grid: "N of M" (announced to screen readers), the cards a page at a time so
//! rendering stays bounded at any scale, and an offer to clear filters when nothing matches.

use crate::cards::index;
use crate::components::card::card;
use crate::components::markup::{Node, el, link};
use crate::components::paging::show_more;
use crate::filter::Results;
use crate::search::Query;
use crate::view_state::ViewState;

/// The filtered cards, the first `shown` of them rendered.
pub fn card_list(results: &Results, state: &ViewState, query: &Query, shown: usize) -> Vec<Node> {
    let matching = &results.matching;
    let count = el("p")
        .class("count")
        .attr("role", "status")
        .attr("aria-live", "polite")
        .attr("data-testid", "count")
        .text(format!("{} of {} cards", matching.len(), index().cards.len()));
    let body = if matching.is_empty() {
        el("div")
            .class("empty")
            .attr("data-testid", "empty")
            .child(el("p").text("No card matches these filters."))
            .child(link(&state.without_filters()).class("button").text("Clear all filters"))
    } else {
        let cards = matching.iter().take(shown).map(|&p| el("li").child(card(p, state, query)).into());
        el("ul").class("cards").children(cards)
    };
    let mut nodes = vec![count.into(), body.into()];
    nodes.extend(show_more(matching.len(), shown));
    nodes
}
