//! The card grid: "N of M" (announced to screen readers), the cards a page at a time so
//! rendering stays bounded at any scale, and an offer to clear filters when nothing matches.

use leptos::prelude::*;

use crate::cards::index;
use crate::components::card::card;
use crate::components::markup::{el, render};
use crate::filter::Results;
use crate::search::Query;
use crate::url::Navigator;

/// Cards rendered per page; counts stay exact whatever is rendered.
pub const PAGE: usize = 60;

/// The filtered cards.
#[component]
pub fn CardList(results: Memo<Results>) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let query = expect_context::<Memo<Query>>();
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        results.track();
        shown.set(PAGE);
    });
    // The benchmark measures navigation → first cards painted from this mark.
    Effect::new(move |_| {
        if let Some(performance) = window().performance() {
            let _ = performance.mark("first-card");
        }
    });
    let total = index().cards.len();
    let count = move || results.with(|r| r.matching.len());
    view! {
        <p class="count" role="status" aria-live="polite" data-testid="count">
            {move || format!("{} of {total} cards", count())}
        </p>
        <Show
            when=move || { count() > 0 }
            fallback=move || {
                view! {
                    <div class="empty" data-testid="empty">
                        <p>"No card matches these filters."</p>
                        <button type="button" on:click=move |_| nav.update(|s| *s = s.without_filters())>
                            "Clear all filters"
                        </button>
                    </div>
                }
            }
        >
            <ul class="cards">
                {move || {
                    let cards = nav.state.with(|s| {
                        query.with(|q| {
                            results.with(|r| {
                                r.matching.iter().take(shown.get()).map(|&p| el("li").child(card(p, s, q)).into()).collect()
                            })
                        })
                    });
                    render(cards)
                }}
            </ul>
            <Show when=move || { count() > shown.get() }>
                <button type="button" class="more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {move || format!("Show {} more", (count() - shown.get()).min(PAGE))}
                </button>
            </Show>
        </Show>
    }
}
