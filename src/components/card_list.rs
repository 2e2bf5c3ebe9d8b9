//! The card grid: "N of M" (announced to screen readers), the cards a page at a time so
//! rendering stays bounded at any scale, and an offer to clear filters when nothing matches.

use leptos::prelude::*;

use crate::cards::index;
use crate::components::card::card;
use crate::components::markup::{el, link, render};
use crate::components::paging::{pages, show_more};
use crate::filter::Results;
use crate::search::Query;
use crate::url::Navigator;

/// The filtered cards.
#[component]
pub fn CardList(results: Memo<Results>) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let query = expect_context::<Memo<Query>>();
    let shown = pages(results);
    // The benchmark measures navigation → first cards painted from this mark.
    Effect::new(move |_| {
        if let Some(performance) = window().performance() {
            let _ = performance.mark("first-card");
        }
    });
    let total = index().cards.len();
    let count = move || results.with(|r| r.matching.len());
    let list = move || {
        let nodes = nav.state.with(|state| {
            query.with(|query| {
                results.with(|r| {
                    let count = el("p")
                        .class("count")
                        .attr("role", "status")
                        .attr("aria-live", "polite")
                        .attr("data-testid", "count")
                        .text(format!("{} of {total} cards", r.matching.len()));
                    let body = if r.matching.is_empty() {
                        el("div")
                            .class("empty")
                            .attr("data-testid", "empty")
                            .child(el("p").text("No card matches these filters."))
                            .child(link(&state.without_filters()).class("button").text("Clear all filters"))
                    } else {
                        let cards =
                            r.matching.iter().take(shown.get()).map(|&p| el("li").child(card(p, state, query)).into());
                        el("ul").class("cards").children(cards)
                    };
                    vec![count.into(), body.into()]
                })
            })
        });
        render(nodes)
    };
    view! {
        {list}
        {show_more(Signal::derive(count), shown)}
    }
}
