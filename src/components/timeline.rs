//! The timeline: filtered events in date order, grouped by year with the empty years between
//! them shown as gaps, each date at its own precision; undated events listed apart; a page at a
//! time, like the cards.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::cards::{Subject, index};
use crate::chart::{Mark, chart, percent};
use crate::components::card::{Card, open_card};
use crate::components::page::use_page;
use crate::components::paging::ShowMore;
use crate::filter::Results;
use crate::url::Entry;
use crate::{dates, labels};

/// Most events drawn; the list below holds them all.
const MAX_MARKS: usize = 400;
/// Height of a lane and of the axis labels, in pixels.
const LANE: usize = 18;

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

/// A card's headline and date, as a mark's label.
fn mark_label(position: usize) -> String {
    let card = &index().cards[position];
    let date = card.date.map(dates::label).unwrap_or_default();
    format!("{date}: {}", card.shown_title())
}

/// One mark: a span of its date's precision; hover or focus names it, click or Enter opens it.
#[component]
fn ChartMark(mark: Mark, focused: RwSignal<Option<usize>>) -> impl IntoView {
    let page = use_page();
    let key = index().cards[mark.card].key.as_str();
    let open = move || page.nav.go(page.nav.state.with_untracked(|s| open_card(s, key)), Entry::Push);
    let key_open = move |ev: KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            open();
        }
    };
    let label = mark_label(mark.card);
    let aria_label = label.clone();
    // A day is narrower than a pixel on a long axis: every mark is at least 0.6% wide.
    let (x, width) = (percent(mark.start), percent((mark.end - mark.start).max(60)));
    let card = mark.card;
    view! {
        <g
            class="mark"
            class:selected=move || page.open_card.get() == Some(card)
            role="link"
            tabindex="0"
            aria-label=aria_label
            data-key=key
            on:click=move |_| open()
            on:keydown=key_open
            on:mouseenter=move |_| focused.set(Some(card))
            on:mouseleave=move |_| unname(focused, card)
            on:focus=move |_| focused.set(Some(card))
            on:blur=move |_| unname(focused, card)
        >
            <title>{label}</title>
            <rect x=x y=mark.lane * LANE + 3 width=width height=LANE - 6 rx="3"/>
        </g>
    }
}

/// Clears the caption's mark when it is this one: leaving one mark (the mouse moving off it, a
/// late mouseleave after a layout change) must not blank the caption of another one focused since.
fn unname(focused: RwSignal<Option<usize>>, card: usize) {
    focused.maybe_update(|named| {
        let this = *named == Some(card);
        if this {
            *named = None;
        }
        this
    });
}

/// The dated events (of the timeline's `events`: dated, undated) drawn on a proportional time axis: gaps between events show as empty
/// stretches; the list below stays the way for screen readers and keyboards alike.
#[component]
fn TimelineChart(events: Memo<(Vec<usize>, Vec<usize>)>) -> impl IntoView {
    let focused = RwSignal::new(None::<usize>);
    let drawn = Memo::new(move |_| {
        events.with(|(dated, _)| {
            let marks: Vec<_> =
                dated.iter().take(MAX_MARKS).filter_map(|&p| index().cards[p].date.map(|d| (p, d))).collect();
            chart(&marks)
        })
    });
    let height = move || drawn.with(|c| c.lanes.max(1) * LANE + LANE);
    let caption = move || match focused.get() {
        Some(card) => mark_label(card),
        None => {
            let (count, undated) = events.with(|(dated, undated)| (dated.len(), undated.len()));
            let mut text = labels::count(count.min(MAX_MARKS), "dated event", "dated events") + " drawn";
            if count > MAX_MARKS {
                text += &format!(" of {count}");
            }
            text + &format!("; {} undated, listed below. Hover or focus a mark for its headline.", undated)
        }
    };
    view! {
        <Show when=move || events.with(|(dated, _)| !dated.is_empty())>
            <figure class="chart" data-testid="timeline-chart">
                <svg
                    width="100%"
                    height=height
                    role="group"
                    aria-label="Drawn timeline of the dated events (the same events are listed below)"
                >
                    <For
                        each=move || drawn.with(|c| c.ticks.clone())
                        key=|tick| *tick
                        let((year, at))
                    >
                        <line class="tick" x1=percent(at) x2=percent(at) y1="0" y2=move || height() - 4/>
                        <text class="tick-label" x=percent(at + 40) y=move || height() - 5 aria-hidden="true">{year}</text>
                    </For>
                    <For each=move || drawn.with(|c| c.marks.clone()) key=|mark| *mark let(mark)>
                        <ChartMark mark focused/>
                    </For>
                </svg>
                <figcaption aria-live="polite">{caption}</figcaption>
            </figure>
        </Show>
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
        <TimelineChart events/>
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
