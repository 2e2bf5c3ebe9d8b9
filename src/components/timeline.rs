//! The timeline: filtered events in date order, grouped by year with the empty years between
//! them shown as gaps, each date at its own precision; undated events listed apart; a page at a
//! time, like the cards.

use leptos::prelude::*;

use crate::cards::{Subject, index};
use crate::components::card::Card;
use crate::components::page::use_page;
use crate::components::paging::ShowMore;
use crate::filter::Results;
use crate::labels;

/// A row of the timeline list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Row {
    /// A run of years without events.
    Gap { after: i16, years: i16 },
    /// A year's heading.
    Year(i16),
    /// An event card (its position in the index).
    Event(usize),
}

/// The matching events: dated ones in date order, then undated ones in index order.
fn events(results: &Results) -> (Vec<usize>, Vec<usize>) {
    let idx = index();
    let dated = idx.chronology.iter().copied().filter(|p| results.matching.binary_search(p).is_ok()).collect();
    let undated = results
        .matching
        .iter()
        .copied()
        .filter(|&p| matches!(idx.cards[p].subject, Subject::Event(_)) && idx.cards[p].date.is_none())
        .collect();
    (dated, undated)
}

/// The rows for the first `shown` dated events: year headings, gaps, events.
fn rows(dated: &[usize], shown: usize) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut last_year: Option<i16> = None;
    for &p in dated.iter().take(shown) {
        let year = index().cards[p].date.map_or(0, |d| d.year);
        if last_year != Some(year) {
            if let Some(after) = last_year.filter(|&l| year - l > 1) {
                rows.push(Row::Gap { after, years: year - after - 1 });
            }
            rows.push(Row::Year(year));
            last_year = Some(year);
        }
        rows.push(Row::Event(p));
    }
    rows
}

fn row(row: Row) -> AnyView {
    match row {
        Row::Gap { years, .. } => {
            let text = labels::count(years as usize, "year", "years") + " without events";
            view! { <li class="gap"><span>{text}</span></li> }.into_any()
        }
        Row::Year(year) => view! { <li class="year"><h3>{year}</h3></li> }.into_any(),
        Row::Event(position) => view! { <li class="event"><Card position/></li> }.into_any(),
    }
}

/// The events of the current results on a time axis, a page at a time.
#[component]
pub fn Timeline() -> impl IntoView {
    let page = use_page();
    let events = Memo::new(move |_| page.results.with(|r| events(&r.results)));
    let count = move || {
        events.with(|(dated, undated)| {
            labels::count(dated.len(), "dated event", "dated events") + &format!(", {} undated", undated.len())
        })
    };
    let dated_rows = move || events.with(|(dated, _)| rows(dated, page.shown_count()));
    let undated = move || {
        let shown = page.shown_count();
        events.with(|(dated, undated)| {
            undated.iter().take(shown.saturating_sub(dated.len())).copied().collect::<Vec<_>>()
        })
    };
    let total = Signal::derive(move || events.with(|(dated, undated)| dated.len() + undated.len()));
    view! {
        <h2>"Timeline"</h2>
        <p class="count" role="status" aria-live="polite">{count}</p>
        <ol class="timeline" data-testid="timeline">
            <For each=dated_rows key=|row| *row children=row/>
        </ol>
        <Show when=move || !undated().is_empty()>
            <h3>"Undated"</h3>
            <p class="note">"The sources give no usable date for these; none is guessed."</p>
            <ul class="cards">
                <For each=undated key=|position| *position let(position)>
                    <li><Card position/></li>
                </For>
            </ul>
        </Show>
        <ShowMore total/>
    }
}
