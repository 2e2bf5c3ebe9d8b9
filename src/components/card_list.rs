//! The card grid: "N of M" (announced to screen readers), the cards a page at a time so
//! rendering stays bounded at any scale, and an offer to clear filters when nothing matches.

use leptos::prelude::*;

use crate::cards::index;
use crate::components::card::Card;
use crate::components::link::Link;
use crate::components::page::use_page;
use crate::components::paging::{ShowMore, progressively};

/// The filtered cards, a page at a time, keyed by their place in the index (a card's identity);
/// new cards come in a few per task, the list `aria-busy` meanwhile.
#[component]
pub fn CardList() -> impl IntoView {
    let page = use_page();
    let matching = move || page.results.with(|r| r.results.matching.len());
    let any = move || matching() != 0;
    let visible = progressively(move || {
        let shown = page.shown_count();
        page.results.with(|r| r.results.matching.iter().take(shown).copied().collect())
    });
    view! {
        <p class="count" role="status" aria-live="polite" data-testid="count">
            {move || format!("{} of {} cards", matching(), index().cards.len())}
        </p>
        <Show
            when=any
            fallback=move || view! {
                <div class="empty" data-testid="empty">
                    <p>"No card matches these filters."</p>
                    <Link to=page.to(|s| s.without_filters()) attr:class="button">"Clear all filters"</Link>
                </div>
            }
        >
            <ul class="cards" aria-busy=move || visible.with(|p| (!p.complete).then_some("true"))>
                <For each=move || visible.with(|p| p.items.clone()) key=|position| *position let(position)>
                    <li><Card position/></li>
                </For>
            </ul>
        </Show>
        <ShowMore total=Signal::derive(matching)/>
    }
}
