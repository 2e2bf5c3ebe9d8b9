//! One card: kind, name or summary (search matches marked), roles or date, sources, and a
//! badge when sources disagree. The title links to the card's detail view.

use crate::cards::{Subject, index};
use crate::components::evidence::reading;
use crate::components::highlight::highlighted;
use crate::components::markup::{Node, el, link};
use crate::search::Query;
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

/// The card at `position` of the index, its links keeping the rest of `state`.
pub fn card(position: usize, state: &ViewState, query: &Query) -> Node {
    let card = &index().cards[position];
    let kinds = match card.subject {
        Subject::Event(i) => labels::event_kind(index().kb.events[i].kind).to_owned(),
        _ => Kind::ALL.iter().filter(|k| card.kinds & k.bit() != 0).map(|k| k.label()).collect::<Vec<_>>().join(" · "),
    };
    let kind_key = Kind::ALL.iter().find(|k| card.kinds & k.bit() != 0).map_or("", |k| k.key());
    let disputed = (!card.disputes.is_empty()).then(|| {
        el("span")
            .class("badge disputed")
            .attr("title", "Sources disagree on a fact of this card")
            .text("Sources disagree")
    });
    let date = card.date.map(|d| el("time").attr("datetime", dates::iso(d)).text(dates::label(d)));
    let reader = match card.subject {
        Subject::Source(i) => Some(
            link(&reading(state, i, None))
                .class("read")
                .attr("data-testid", "open-document")
                .text("Read the full text"),
        ),
        _ => None,
    };
    let selected = state.card.as_deref() == Some(card.key.as_str());
    el("article")
        .class(if selected { "card selected" } else { "card" })
        .attr("data-testid", if matches!(card.subject, Subject::Source(_)) { "document" } else { "card" })
        .attr("data-key", card.key.clone())
        .attr("data-kind", kind_key)
        .child(el("p").class("kind").text(kinds).children(disputed.map(Node::from)))
        .child(el("h3").child(link(&open_card(state, &card.key)).children(highlighted(&card.shown_title(), query))))
        .child(el("p").class("sub").children(highlighted(&subtitle(card.subject), query)))
        .child(
            el("p")
                .class("meta")
                .children(date.map(|d| d.into()))
                .children(card.date.map(|_| " · ".into()))
                .text(labels::count(card.sources.len(), "source", "sources")),
        )
        .children(reader.map(Node::from))
        .into()
}
