//! The timeline: filtered events in date order, grouped by year with the empty years between
//! them shown as gaps, each date at its own precision; undated events listed apart; a page at a
//! time, like the cards.

use crate::cards::{Subject, index};
use crate::components::card::card;
use crate::components::markup::{Node, el};
use crate::components::paging::show_more;
use crate::filter::Results;
use crate::labels;
use crate::search::Query;
use crate::view_state::ViewState;

/// The events of `results` on a time axis, the first `shown` of them rendered.
pub fn timeline(results: &Results, state: &ViewState, query: &Query, shown: usize) -> Vec<Node> {
    let idx = index();
    // Matching events: dated ones in date order, then undated ones in index order.
    let dated: Vec<usize> =
        idx.chronology.iter().copied().filter(|p| results.matching.binary_search(p).is_ok()).collect();
    let undated: Vec<usize> = results
        .matching
        .iter()
        .copied()
        .filter(|&p| matches!(idx.cards[p].subject, Subject::Event(_)) && idx.cards[p].date.is_none())
        .collect();
    let card = |p| card(p, state, query);
    let mut rows: Vec<Node> = Vec::new();
    let mut last_year: Option<i16> = None;
    for &p in dated.iter().take(shown) {
        let year = idx.cards[p].date.map_or(0, |d| d.year);
        if last_year != Some(year) {
            if let Some(gap) = last_year.map(|l| year - l - 1).filter(|&g| g > 0) {
                let text = labels::count(gap as usize, "year", "years") + " without events";
                rows.push(el("li").class("gap").child(el("span").text(text)).into());
            }
            rows.push(el("li").class("year").child(el("h3").text(year.to_string())).into());
            last_year = Some(year);
        }
        rows.push(el("li").class("event").child(card(p)).into());
    }
    let mut nodes: Vec<Node> = vec![
        el("h2").text("Timeline").into(),
        el("p")
            .class("count")
            .attr("role", "status")
            .attr("aria-live", "polite")
            .text(labels::count(dated.len(), "dated event", "dated events") + &format!(", {} undated", undated.len()))
            .into(),
        el("ol").class("timeline").attr("data-testid", "timeline").children(rows).into(),
    ];
    let undated_shown = shown.saturating_sub(dated.len());
    if !undated.is_empty() && undated_shown > 0 {
        let cards = undated.iter().take(undated_shown).map(|&p| el("li").child(card(p)).into());
        nodes.extend([
            el("h3").text("Undated").into(),
            el("p").class("note").text("The sources give no usable date for these; none is guessed.").into(),
            el("ul").class("cards").children(cards).into(),
        ]);
    }
    nodes.extend(show_more(dated.len() + undated.len(), shown));
    nodes
}
