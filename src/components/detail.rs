//! The detail panel of the open card: every role, relation and mention with its quote, links
//! to related cards, and the disagreements that touch it side by side.

use knowledge::{Evidence, KnowledgeBase};
use leptos::prelude::*;

use crate::cards::{Subject, index};
use crate::components::card::open_card;
use crate::components::disagreements::SideBySide;
use crate::components::evidence::{Quote, quotes, reading};
use crate::components::link::Link;
use crate::components::page::use_page;
use crate::sorted_set::SortedSet;
use crate::view_state::ViewState;
use crate::{dates, labels};

/// Links to cards, as (key, label) pairs; nothing when there are none.
fn card_links(items: Vec<(String, String)>) -> Option<impl IntoView + use<>> {
    if items.is_empty() {
        return None;
    }
    let page = use_page();
    let items = items
        .into_iter()
        .map(|(key, label)| view! { <li><Link to=page.to(move |s| open_card(s, &key))>{label}</Link></li> })
        .collect_view();
    Some(view! { <ul class="links">{items}</ul> })
}

/// A list of headed items (roles, relations, uses), each with its quotes.
fn headed(items: Vec<(String, &'static [Evidence])>) -> impl IntoView + use<> {
    let items =
        items.into_iter().map(|(title, evidence)| view! { <li><h4>{title}</h4>{quotes(evidence)}</li> }).collect_view();
    view! { <ul class="roles">{items}</ul> }
}

fn section(title: &'static str, body: impl IntoView + 'static) -> impl IntoView {
    view! { <section><h3>{title}</h3>{body}</section> }
}

fn event_links(kb: &KnowledgeBase, keep: impl Fn(&knowledge::Event) -> bool) -> Vec<(String, String)> {
    let title =
        |e: &knowledge::Event| if e.headline.is_empty() { labels::excerpt(&e.summary) } else { e.headline.to_string() };
    kb.events.iter().filter(|e| keep(e)).map(|e| (format!("event:{}", e.id), title(e))).collect()
}

/// The sentences that hold these mentions (a bare name says little), each once, in order.
fn sentences_of(mentions: &[Evidence]) -> Vec<Evidence> {
    let kb = index().kb;
    let sentences: SortedSet<Evidence> = mentions
        .iter()
        .map(|m| {
            let segments = &kb.documents[m.doc as usize].segments;
            let around = segments.iter().find(|s| s.span.start <= m.span.start && m.span.end <= s.span.end);
            Evidence { span: around.map_or(m.span, |s| s.span), ..*m }
        })
        .collect();
    // One entry per sentence, curated when any mention in it is.
    let mut sentences: Vec<Evidence> = sentences.into();
    sentences.dedup_by(|next, kept| {
        let same = (next.doc, next.span) == (kept.doc, kept.span);
        kept.curated |= same && next.curated;
        same
    });
    sentences
}

/// People, organisations and places end with their events and the sentences naming them.
fn events_and_mentions(events: Vec<(String, String)>, mentions: &[Evidence]) -> impl IntoView + use<> {
    let events = card_links(events).map(|list| section("Events", list));
    view! { {events} {section("Mentions", quotes(&sentences_of(mentions)))} }
}

/// When an event happened: the date at its precision and the words the source uses; a date
/// the text does not state in full says how it was worked out, quoting what it counts from.
fn when(when: &'static knowledge::When) -> impl IntoView + use<> {
    let date = when.date.map(|d| view! { <time datetime=dates::iso(d)>{dates::label(d)}</time>" " });
    let derivation = dates::derivation(when).map(|how| view! { <span class="inferred">", "{how}"."</span> });
    let anchor = when.anchor.as_ref().map(|a| view! { <Quote evidence=a.evidence/> });
    view! {
        <p class="when">{date}"“"{when.phrase.to_string()}"”"{derivation}</p>
        {anchor}
    }
}

/// The body of the detail panel for one subject.
fn body(subject: Subject) -> AnyView {
    let kb = index().kb;
    match subject {
        Subject::Person(i) => {
            let p = &kb.people[i];
            let aliases = (!p.aliases.is_empty())
                .then(|| view! { <p class="aliases">"Also written: "{p.aliases.join(", ")}</p> });
            let roles = headed(p.roles.iter().map(|r| (labels::role(r), &*r.evidence)).collect());
            let more = events_and_mentions(event_links(kb, |e| e.people.contains(&(i as u16))), &p.mentions);
            view! { {aliases} {section("Roles", roles)} {more} }.into_any()
        }
        Subject::Event(i) => {
            let e = &kb.events[i];
            let mut related = Vec::new();
            for &p in e.people.iter() {
                let p = &kb.people[p as usize];
                related.push((format!("person:{}", p.id), p.name.to_string()));
            }
            for &p in e.places.iter() {
                let p = &kb.places[p as usize];
                related.push((format!("place:{}", p.id), p.name.to_string()));
            }
            for &o in e.organisations.iter() {
                let o = &kb.organisations[o as usize];
                related.push((format!("organisation:{}", o.id), o.name.to_string()));
            }
            view! {
                <p class="kind">{labels::event_kind(e.kind)}</p>
                {e.when.as_ref().map(when)}
                {section("Who and where", card_links(related))}
                {section("Reported in", quotes(&e.evidence))}
            }
            .into_any()
        }
        Subject::Organisation(i) => {
            let o = &kb.organisations[i];
            let relations = headed(o.relations.iter().map(|r| (r.label.to_string(), &*r.evidence)).collect());
            let more = events_and_mentions(event_links(kb, |e| e.organisations.contains(&(i as u16))), &o.mentions);
            view! {
                <p class="kind">{labels::org_kind(o.kind)}</p>
                {section("Relation to the production", relations)}
                {more}
            }
            .into_any()
        }
        Subject::Place(i) => {
            let p = &kb.places[i];
            let uses = headed(p.uses.iter().map(|u| (labels::place_kind(u.kind).to_owned(), &*u.evidence)).collect());
            let more = events_and_mentions(event_links(kb, |e| e.places.contains(&(i as u16))), &p.mentions);
            view! { {section("Role in the production", uses)} {more} }.into_any()
        }
        Subject::Source(i) => {
            let d = &kb.documents[i];
            let facts = index().facts_of(i).map(|c| (c.key.clone(), c.shown_title().into_owned())).collect();
            let not_stated = |v: Option<&str>| v.unwrap_or("not stated").to_owned();
            let meta = [
                ("Outlet", not_stated(d.outlet.as_deref())),
                ("Author", not_stated(d.author.as_deref())),
                ("Published", d.published.map_or_else(|| "not stated".to_owned(), dates::label)),
                ("Repairs", d.repairs.len().to_string()),
            ];
            let meta = meta.map(|(term, value)| view! { <dt>{term}</dt><dd>{value}</dd> }).collect_view();
            let read = use_page().to(move |s| reading(s, i, None));
            view! {
                <dl class="meta-list">{meta}</dl>
                <Link to=read attr:class="button">"Read the full text"</Link>
                {section("Facts from this source", card_links(facts))}
            }
            .into_any()
        }
    }
}

/// The panel of the card at `position` of the index; `Esc` or the close link closes it.
#[component]
pub fn Detail(position: usize) -> impl IntoView {
    let card = &index().cards[position];
    let closed = use_page().to(|s| ViewState { card: None, ..s.clone() });
    let disputes = card
        .disputes
        .iter()
        .map(|&d| view! { <SideBySide disagreement=&index().kb.disagreements[d as usize]/> })
        .collect_view();
    view! {
        <section class="panel detail" role="dialog" aria-labelledby="detail-title" data-testid="detail">
            <header>
                <h2 id="detail-title" tabindex="-1">{card.shown_title()}</h2>
                <Link to=closed attr:class="button close" attr:aria-label="Close details">"×"</Link>
            </header>
            {body(card.subject)}
            {disputes}
        </section>
    }
}
