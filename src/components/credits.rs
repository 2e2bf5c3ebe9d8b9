//! The "Credits" view: the people of the current results as a film's credits list, in credit
//! order, each name a link to its card.

use leptos::prelude::*;

use crate::cards::index;
use crate::components::card::open_card;
use crate::components::highlight::Highlighted;
use crate::components::link::Link;
use crate::components::page::use_page;
use crate::credits::{Credit, GROUPS, credits};
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
            <For each=move || groups.with(|g| g.iter().map(|(group, _)| *group).collect::<Vec<_>>()) key=|group| *group let(group)>
                <section class="credit-group" data-testid="credit-group">
                    <h3>{GROUPS[group]}</h3>
                    <ul class="credits">
                        <For
                            each=move || groups.with(|g| g.iter().find(|(i, _)| *i == group).map(|(_, c)| c.clone()).unwrap_or_default())
                            key=|credit| credit.key
                            let(credit)
                        >
                            <CreditLine credit/>
                        </For>
                    </ul>
                </section>
            </For>
        </Show>
    }
}
