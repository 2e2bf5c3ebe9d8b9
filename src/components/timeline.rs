//! The timeline: filtered events in date order, grouped by year with the empty years between
//! them shown as gaps, each date at its own precision; undated events listed apart; a page at a
//! time, like the cards.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::cards::{Subject, index};
use crate::chart::{Chart, chart, percent};
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    /// A run of years without events, after the year `after`.
    Gap { after: i16 },
    /// A year's heading.
    Year(i16),
    /// An event card (its position in the index).
    Event(usize),
}

impl Row {
    /// The row's list key: an event's card position; year headings and gaps, by their year, above
    /// any position. A gap keeps its key when its length changes, so it counts its years itself.
    fn key(&self) -> usize {
        const HEADINGS: usize = 1 << 30;
        match *self {
            Row::Event(position) => position,
            Row::Year(year) => HEADINGS + 2 * usize::from(year as u16),
            Row::Gap { after } => HEADINGS + 2 * usize::from(after as u16) + 1,
        }
    }
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
                rows.push(Row::Gap { after });
            }
            rows.push(Row::Year(year));
            last_year = Some(year);
        }
        rows.push(Row::Event(p));
    }
    rows
}

/// A row's view; a gap counts its years up to the next year of the dated `events`.
fn row(row: Row, events: Memo<(Vec<usize>, Vec<usize>)>) -> AnyView {
    match row {
        Row::Gap { after } => {
            let text = move || {
                let years = events.with(|(dated, _)| {
                    let next = dated.iter().filter_map(|&p| index().cards[p].date).map(|d| d.year).find(|&y| y > after);
                    next.map_or(0, |next| next - after - 1)
                });
                labels::count(years as usize, "year", "years") + " without events"
            };
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
/// Keyed by its card, it reads its place from the drawing, so a filter that moves the axis moves
/// the mark and keeps its focus.
#[component]
fn ChartMark(card: usize, drawn: Memo<Chart>, focused: RwSignal<Option<usize>>) -> impl IntoView {
    let page = use_page();
    let key = index().cards[card].key.as_str();
    let open = move || page.nav.go(page.nav.state.with_untracked(|s| open_card(s, key)), Entry::Push);
    let key_open = move |ev: KeyboardEvent| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            open();
        }
    };
    let label = mark_label(card);
    let aria_label = label.clone();
    let mark = move || drawn.with(|c| c.mark(card).map_or((0, 0, 0), |m| (m.start, m.end, m.lane)));
    // A day is narrower than a pixel on a long axis: every mark is at least 0.6% wide.
    let x = move || percent(mark().0);
    let width = move || {
        let (start, end, _) = mark();
        percent((end - start).max(60))
    };
    let y = move || mark().2 * LANE + 3;
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
            <rect x=x y=y width=width height=LANE - 6 rx="3"/>
        </g>
    }
}

/// A year's tick and label on the axis, placed from the drawing (keyed by its year).
#[component]
fn AxisTick(year: i16, drawn: Memo<Chart>, height: Signal<usize>) -> impl IntoView {
    let at = move || drawn.with(|c| c.tick(year));
    view! {
        <line class="tick" x1=move || percent(at()) x2=move || percent(at()) y1="0" y2=move || height.get() - 4/>
        <text class="tick-label" x=move || percent(at() + 40) y=move || height.get() - 5 aria-hidden="true">{year}</text>
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
                        each=move || drawn.with(|c| c.ticks.iter().map(|t| t.0).collect::<Vec<_>>())
                        key=|year| *year as usize
                        let(year)
                    >
                        <AxisTick year drawn height=Signal::derive(height)/>
                    </For>
                    <For each=move || drawn.with(|c| c.marks.iter().map(|m| m.card).collect::<Vec<_>>()) key=|card| *card let(card)>
                        <ChartMark card drawn focused/>
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
            <For each=dated_rows key=Row::key children=move |r| row(r, events)/>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_keys_are_distinct_and_an_event_is_keyed_by_its_card() {
        let rows = [
            Row::Event(0),
            Row::Event(7),
            Row::Year(2020),
            Row::Gap { after: 2020 },
            Row::Year(2021),
            Row::Gap { after: 2021 },
            Row::Year(-5),
        ];
        let keys: Vec<usize> = rows.iter().map(Row::key).collect();
        assert!(keys.iter().enumerate().all(|(i, k)| !keys[..i].contains(k)), "{keys:?}");
        assert_eq!(Row::Event(7).key(), 7);
    }
}
