//! One card: kind, name or summary (search matches marked), roles or date, sources, and a
//! badge when sources disagree. The title links to the card's detail view.

use leptos::prelude::*;

use crate::cards::{Subject, index};
use crate::components::Highlighted;
use crate::url::{self, Navigator};
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
            let undated = e.when.as_ref().filter(|w| w.date.is_none()).map(|w| format!("“{}”", w.phrase));
            let who = labels::event_cast(kb, e);
            [undated, (!who.is_empty()).then_some(who)].into_iter().flatten().collect::<Vec<_>>().join(" · ")
        }
        Subject::Organisation(i) => {
            let o = &kb.organisations[i];
            let relations = o.relations.iter().map(|r| &*r.label);
            std::iter::once(labels::org_kind(o.kind)).chain(relations).collect::<Vec<_>>().join(" · ")
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

/// The card at `position` of the index.
#[component]
pub fn Card(position: usize) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let card = &index().cards[position];
    let key = card.key.clone();
    let kinds = match card.subject {
        Subject::Event(i) => labels::event_kind(index().kb.events[i].kind).to_owned(),
        _ => Kind::ALL.iter().filter(|k| card.kinds & k.bit() != 0).map(|k| k.label()).collect::<Vec<_>>().join(" · "),
    };
    let kind_key = Kind::ALL.iter().find(|k| card.kinds & k.bit() != 0).map_or("", |k| k.key());
    let href = {
        let key = key.clone();
        move || url::serialize(&nav.state.with(|s| open_card(s, &key)))
    };
    let open = {
        let key = key.clone();
        move |ev: leptos::ev::MouseEvent| {
            if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                return;
            }
            ev.prevent_default();
            nav.update(|s| s.card = Some(key.clone()));
        }
    };
    let selected = {
        let key = key.clone();
        move || nav.state.with(|s| s.card.as_deref() == Some(key.as_str()))
    };
    let reader = match card.subject {
        Subject::Source(i) => {
            let id = index().kb.documents[i].id.to_string();
            let read = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                let id = id.clone();
                nav.update(move |s| {
                    s.read = Some(id);
                    s.quote = None;
                });
            };
            let href = format!("?read={}", index().kb.documents[i].id);
            Some(view! { <a class="read" href=href data-testid="open-document" on:click=read>"Read the full text"</a> })
        }
        _ => None,
    };
    let testid = if matches!(card.subject, Subject::Source(_)) { "document" } else { "card" };
    view! {
        <article class="card" class:selected=selected data-testid=testid data-key=key data-kind=kind_key>
            <p class="kind">
                {kinds}
                {card.disputed.then(|| view! { <span class="badge disputed" title="Sources disagree on a fact of this card">"Sources disagree"</span> })}
            </p>
            <h3>
                <a href=href on:click=open>
                    <Highlighted text=card.title/>
                </a>
            </h3>
            <p class="sub"><Highlighted text=subtitle(card.subject)/></p>
            <p class="meta">
                {card.date.map(|d| view! { <time datetime=dates::iso(d)>{dates::label(d)}</time> " · " })}
                {labels::sources(card.sources.len())}
            </p>
            {reader}
        </article>
    }
}
