//! One card: kind, name or summary (search matches marked), roles or date, sources, and a
//! badge when sources disagree. The title links to the card's detail view.

use knowledge::EventStatus;
use leptos::prelude::*;

use crate::cards::{Subject, index};
use crate::components::evidence::reading;
use crate::components::highlight::Highlighted;
use crate::components::link::Link;
use crate::components::page::use_page;
use crate::view_state::{Kind, ViewState};
use crate::{dates, labels};

/// What a card says under its title.
fn subtitle(subject: Subject) -> String {
    let kb = index().kb;
    match subject {
        Subject::Person(i) => labels::roles(&kb.people[i]),
        Subject::Event(i) => {
            // The date is in the card's meta line; undated events show the words the text uses.
            let e = &kb.events[i];
            let mut parts = Vec::new();
            if let Some(w) = e.when.as_ref().filter(|w| w.date.is_none()) {
                parts.push(format!("“{}”", w.phrase));
            }
            let who = labels::event_cast(kb, e);
            if !who.is_empty() {
                parts.push(who);
            }
            parts.join(" · ")
        }
        Subject::Organisation(i) => {
            let o = &kb.organisations[i];
            let mut parts = vec![labels::org_kind(o.kind)];
            parts.extend(o.relations.iter().map(|r| &*r.label));
            parts.join(" · ")
        }
        Subject::Place(i) => {
            kb.places[i].uses.iter().map(|u| labels::place_kind(u.kind)).collect::<Vec<_>>().join(" · ")
        }
        Subject::Source(i) => {
            let d = &kb.documents[i];
            let outlet = d.outlet.as_deref().unwrap_or("Outlet not stated");
            format!("{outlet} · {} bytes", d.raw_bytes)
        }
    }
}

/// The state that opens `key`, from the current one.
pub fn open_card(state: &ViewState, key: &str) -> ViewState {
    ViewState { card: Some(key.to_owned()), ..state.clone() }
}

/// The card at `position` of the index; its links keep the rest of the view state.
#[component]
pub fn Card(position: usize) -> impl IntoView {
    let page = use_page();
    let card = &index().cards[position];
    let kinds = match card.subject {
        Subject::Event(i) => labels::event_kind(index().kb.events[i].kind).to_owned(),
        _ => Kind::ALL.iter().filter(|k| card.kinds & k.bit() != 0).map(|k| k.label()).collect::<Vec<_>>().join(" · "),
    };
    let kind_key = Kind::ALL.iter().find(|k| card.kinds & k.bit() != 0).map_or("", |k| k.key());
    let is_source = matches!(card.subject, Subject::Source(_));
    // An event's headline is its title; the sentence it comes from follows as the quote.
    let (summary, derivation, scheduled) = match card.subject {
        Subject::Event(i) => {
            let e = &index().kb.events[i];
            let summary = (!e.headline.is_empty()).then(|| labels::excerpt(&e.summary));
            (summary, e.when.as_ref().and_then(dates::derivation), e.status == EventStatus::Scheduled)
        }
        _ => (None, None, false),
    };
    let key = card.key.as_str();
    let reader = match card.subject {
        Subject::Source(i) => Some(view! {
            <Link to=page.to(move |s| reading(s, i, None)) attr:class="read" attr:data-testid="open-document">
                "Read the full text"
            </Link>
        }),
        _ => None,
    };
    view! {
        <article
            class="card"
            class:selected=move || page.open_card.get() == Some(position)
            data-testid=if is_source { "document" } else { "card" }
            data-key=key
            data-kind=kind_key
        >
            <p class="kind">
                {kinds}
                {scheduled.then(|| view! {
                    <span class="badge scheduled" title="Announced for later: not (yet) reported as done">"Scheduled"</span>
                })}
                {(!card.disputes.is_empty()).then(|| view! {
                    <span class="badge disputed" title="Sources disagree on a fact of this card">"Sources disagree"</span>
                })}
            </p>
            <h3>
                <Link to=page.to(move |s| open_card(s, key))><Highlighted text=card.shown_title()/></Link>
            </h3>
            {summary.map(|text| view! { <blockquote class="summary"><Highlighted text/></blockquote> })}
            <p class="sub"><Highlighted text=subtitle(card.subject)/></p>
            <p class="meta">
                {card.date.map(|d| view! { <time datetime=dates::iso(d)>{dates::label(d)}</time> })}
                {derivation.map(|how| view! { " " <span class="inferred">{how}</span> })}
                {card.date.map(|_| " · ")}
                {labels::count(card.sources.len(), "source", "sources")}
            </p>
            {reader}
        </article>
    }
}
