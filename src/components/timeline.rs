//! The timeline: filtered events in date order, grouped by year with the empty years between
//! them shown as gaps, each date at its own precision; undated events listed apart.

use leptos::prelude::*;

use crate::cards::{Subject, index};
use crate::components::card::card;
use crate::components::markup::{Node, el, render};
use crate::filter::Results;
use crate::search::Query;
use crate::sorted_set::SortedSet;
use crate::url::Navigator;

/// The events of `results` on a time axis.
#[component]
pub fn Timeline(results: Memo<Results>) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let query = expect_context::<Memo<Query>>();
    let events = move || {
        results.with(|r| {
            r.matching
                .iter()
                .copied()
                .filter(|&p| matches!(index().cards[p].subject, Subject::Event(_)))
                .collect::<Vec<_>>()
        })
    };
    move || {
        // Dated events in date order (index order for equal dates), undated ones apart.
        let (mut dated, mut undated) = (SortedSet::default(), Vec::new());
        for p in events() {
            match index().cards[p].date {
                Some(date) => dated.insert((date, p)),
                None => undated.push(p),
            }
        }
        let mut rows: Vec<Node> = Vec::new();
        let (state, query) = (nav.state.read(), query.read());
        let card = |p| card(p, &state, &query);
        let mut last_year: Option<i16> = None;
        for &(date, p) in &dated {
            let year = date.year;
            if last_year != Some(year) {
                if let Some(gap) = last_year.map(|l| year - l - 1).filter(|&g| g > 0) {
                    let text = if gap == 1 {
                        "1 year without events".to_owned()
                    } else {
                        format!("{gap} years without events")
                    };
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
                .text(format!("{} dated events, {} undated", dated.len(), undated.len()))
                .into(),
            el("ol").class("timeline").attr("data-testid", "timeline").children(rows).into(),
        ];
        if !undated.is_empty() {
            nodes.extend([
                el("h3").text("Undated").into(),
                el("p").class("note").text("The sources give no usable date for these; none is guessed.").into(),
                el("ul").class("cards").children(undated.into_iter().map(|p| el("li").child(card(p)).into())).into(),
            ]);
        }
        render(nodes)
    }
}
