//! The timeline: filtered events in date order, grouped by year with the empty years between
//! them shown as gaps, each date at its own precision; undated events listed apart.

use leptos::prelude::*;

use crate::cards::{Subject, index};
use crate::components::Card;
use crate::filter::Results;

/// The events of `results` on a time axis.
#[component]
pub fn Timeline(results: Memo<Results>) -> impl IntoView {
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
        let (mut dated, undated): (Vec<usize>, Vec<usize>) =
            events().into_iter().partition(|&p| index().cards[p].date.is_some());
        dated.sort_by_key(|&p| index().cards[p].date);
        let mut rows = Vec::new();
        let mut last_year: Option<i16> = None;
        for &p in &dated {
            let year = index().cards[p].date.map_or(0, |d| d.year);
            if last_year != Some(year) {
                if let Some(gap) = last_year.map(|l| year - l - 1).filter(|&g| g > 0) {
                    let text = if gap == 1 {
                        "1 year without events".to_owned()
                    } else {
                        format!("{gap} years without events")
                    };
                    rows.push(view! { <li class="gap"><span>{text}</span></li> }.into_any());
                }
                rows.push(view! { <li class="year"><h3>{year}</h3></li> }.into_any());
                last_year = Some(year);
            }
            rows.push(view! { <li class="event"><Card position=p/></li> }.into_any());
        }
        let dated_count = dated.len();
        view! {
            <h2>"Timeline"</h2>
            <p class="count" role="status" aria-live="polite">{format!("{dated_count} dated events, {} undated", undated.len())}</p>
            <ol class="timeline" data-testid="timeline">{rows}</ol>
            {(!undated.is_empty()).then(|| view! {
                <h3>"Undated"</h3>
                <p class="note">"The sources give no usable date for these; none is guessed."</p>
                <ul class="cards">{undated.into_iter().map(|p| view! { <li><Card position=p/></li> }).collect_view()}</ul>
            })}
        }
    }
}
