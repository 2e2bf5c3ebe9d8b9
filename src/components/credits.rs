//! The "Credits" view: the people of the current results as a film's credits list, in credit
//! order, each name a link to its card.

use leptos::prelude::*;

use crate::cards::index;
use crate::components::card::open_card;
use crate::components::highlight::Highlighted;
use crate::components::link::Link;
use crate::components::page::use_page;
use crate::credits::{Credit, credits};
use crate::labels;

/// One credit line: name, job or character, sources.
#[component]
fn CreditLine(credit: Credit) -> impl IntoView {
    let card = &index().cards[credit.card];
    let key = card.key.as_str();
    let to = use_page().to(move |s| open_card(s, key));
    let what = match credit.character {
        Some(character) => format!("as {character}"),
        None => credit.job.to_owned(),
    };
    view! {
        <li>
            <Link to><Highlighted text=card.shown_title()/></Link>
            <span class="job"><Highlighted text=what/></span>
            <span class="sources">{labels::count(credit.sources, "source", "sources")}</span>
        </li>
    }
}

/// The credits of the people among the current results.
#[component]
pub fn Credits() -> impl IntoView {
    let results = use_page().results;
    let groups = Memo::new(move |_| results.with(|r| credits(&r.results.matching)));
    view! {
        <h2>"Credits"</h2>
        <Show
            when=move || groups.with(|g| !g.is_empty())
            fallback=|| view! { <p class="empty" data-testid="empty">"No credited person matches these filters."</p> }
        >
            <For each=move || groups.get() key=|(heading, credits)| (*heading, credits.clone()) let((heading, credits))>
                <section class="credit-group" data-testid="credit-group">
                    <h3>{heading}</h3>
                    <ul class="credits">
                        {credits.into_iter().map(|credit| view! { <CreditLine credit/> }).collect_view()}
                    </ul>
                </section>
            </For>
        </Show>
    }
}
