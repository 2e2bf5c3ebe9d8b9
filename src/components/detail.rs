//! The detail view of the open card: every role, relation and mention with its quote, links
//! to related cards, and the disagreements that touch it side by side.

use knowledge::{Evidence, KnowledgeBase};
use leptos::prelude::*;

use crate::cards::{Subject, index};
use crate::components::card::open_card;
use crate::components::evidence::Quote;
use crate::url::{self, Navigator};
use crate::{dates, labels};

/// A link to another card.
#[component]
fn CardLink(key: String, label: String) -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let href = {
        let key = key.clone();
        move || url::serialize(&nav.state.with(|s| open_card(s, &key)))
    };
    let open = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let key = key.clone();
        nav.update(move |s| s.card = Some(key));
    };
    view! { <a href=href on:click=open>{label}</a> }
}

fn quotes(evidence: &[Evidence]) -> impl IntoView + use<> {
    evidence.iter().map(|&e| view! { <Quote evidence=e/> }).collect_view()
}

fn links(items: Vec<(String, String)>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <ul class="links">
                {items.into_iter().map(|(key, label)| view! { <li><CardLink key label/></li> }).collect_view()}
            </ul>
        }
    })
}

fn event_links(kb: &KnowledgeBase, keep: impl Fn(&knowledge::Event) -> bool) -> Vec<(String, String)> {
    kb.events.iter().filter(|e| keep(e)).map(|e| (format!("event:{}", e.id), e.summary.to_string())).collect()
}

/// The sentences that hold these mentions (a bare name says little), each once, in order.
fn sentences_of(mentions: &[Evidence]) -> Vec<Evidence> {
    let kb = index().kb;
    let mut out: Vec<Evidence> = mentions
        .iter()
        .map(|m| {
            let segments = &kb.documents[m.doc as usize].segments;
            let around = segments.iter().find(|s| s.span.start <= m.span.start && m.span.end <= s.span.end);
            Evidence { span: around.map_or(m.span, |s| s.span), ..*m }
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn section(title: &'static str, body: impl IntoView) -> impl IntoView {
    view! { <section><h3>{title}</h3>{body}</section> }
}

/// The body of the detail view for one subject.
fn body(subject: Subject) -> AnyView {
    let kb = index().kb;
    match subject {
        Subject::Person(i) => {
            let p = &kb.people[i];
            let roles = p
                .roles
                .iter()
                .map(|r| view! { <li><h4>{labels::role(r)}</h4>{quotes(&r.evidence)}</li> })
                .collect_view();
            let events = event_links(kb, |e| e.people.contains(&(i as u16)));
            view! {
                {(!p.aliases.is_empty()).then(|| view! { <p class="aliases">"Also written: " {p.aliases.join(", ")}</p> })}
                {section("Roles", view! { <ul class="roles">{roles}</ul> })}
                {(!events.is_empty()).then(|| section("Events", links(events)))}
                {section("Mentions", quotes(&sentences_of(&p.mentions)))}
            }
            .into_any()
        }
        Subject::Event(i) => {
            let e = &kb.events[i];
            let when = e.when.as_ref().map(|w| {
                let date = w.date.map(|d| view! { <time datetime=dates::iso(d)>{dates::label(d)}</time> " " });
                let resolved = w.resolved.then_some(" (resolved from the document's own date)");
                view! { <p class="when">{date} "“" {w.phrase.to_string()} "”" {resolved}</p> }
            });
            let related =
                e.people
                    .iter()
                    .map(|&p| (format!("person:{}", kb.people[p as usize].id), kb.people[p as usize].name.to_string()))
                    .chain(e.places.iter().map(|&p| {
                        (format!("place:{}", kb.places[p as usize].id), kb.places[p as usize].name.to_string())
                    }))
                    .chain(e.organisations.iter().map(|&o| {
                        (
                            format!("organisation:{}", kb.organisations[o as usize].id),
                            kb.organisations[o as usize].name.to_string(),
                        )
                    }))
                    .collect();
            view! {
                <p class="kind">{labels::event_kind(e.kind)}</p>
                {when}
                {section("Who and where", links(related))}
                {section("Reported in", quotes(&e.evidence))}
            }
            .into_any()
        }
        Subject::Organisation(i) => {
            let o = &kb.organisations[i];
            let relations = o
                .relations
                .iter()
                .map(|r| view! { <li><h4>{r.label.to_string()}</h4>{quotes(&r.evidence)}</li> })
                .collect_view();
            let events = event_links(kb, |e| e.organisations.contains(&(i as u16)));
            view! {
                <p class="kind">{labels::org_kind(o.kind)}</p>
                {section("Relation to the production", view! { <ul class="roles">{relations}</ul> })}
                {(!events.is_empty()).then(|| section("Events", links(events)))}
                {section("Mentions", quotes(&sentences_of(&o.mentions)))}
            }
            .into_any()
        }
        Subject::Place(i) => {
            let p = &kb.places[i];
            let uses = p
                .uses
                .iter()
                .map(|u| view! { <li><h4>{labels::place_kind(u.kind)}</h4>{quotes(&u.evidence)}</li> })
                .collect_view();
            let events = event_links(kb, |e| e.places.contains(&(i as u16)));
            view! {
                {section("Role in the production", view! { <ul class="roles">{uses}</ul> })}
                {(!events.is_empty()).then(|| section("Events", links(events)))}
                {section("Mentions", quotes(&sentences_of(&p.mentions)))}
            }
            .into_any()
        }
        Subject::Source(i) => {
            let d = &kb.documents[i];
            let facts: Vec<(String, String)> = index()
                .cards
                .iter()
                .filter(|c| !matches!(c.subject, Subject::Source(_)) && c.sources.contains(&(i as u16)))
                .map(|c| (c.key.clone(), c.title.to_owned()))
                .collect();
            let nav = expect_context::<Navigator>();
            let id = d.id.to_string();
            view! {
                <dl class="meta-list">
                    <dt>"Outlet"</dt><dd>{d.outlet.as_deref().unwrap_or("not stated").to_owned()}</dd>
                    <dt>"Author"</dt><dd>{d.author.as_deref().unwrap_or("not stated").to_owned()}</dd>
                    <dt>"Published"</dt><dd>{d.published.map_or_else(|| "not stated".to_owned(), dates::label)}</dd>
                    <dt>"Repairs"</dt><dd>{d.repairs.len()}</dd>
                </dl>
                <button type="button" on:click=move |_| { let id = id.clone(); nav.update(move |s| { s.read = Some(id); s.quote = None; }) }>
                    "Read the full text"
                </button>
                {section("Facts from this source", links(facts))}
            }
            .into_any()
        }
    }
}

/// Disagreements whose evidence overlaps any of `evidence`.
fn disagreements_touching(evidence: &[Evidence]) -> AnyView {
    let kb = index().kb;
    let overlaps =
        |a: &Evidence, b: &Evidence| a.doc == b.doc && a.span.start < b.span.end && b.span.start < a.span.end;
    kb.disagreements
        .iter()
        .filter(|d| d.values.iter().flat_map(|v| v.evidence.iter()).any(|x| evidence.iter().any(|e| overlaps(x, e))))
        .map(crate::components::disagreements::side_by_side)
        .collect_view()
        .into_any()
}

/// Every piece of evidence behind a subject.
fn evidence_of(subject: Subject) -> Vec<Evidence> {
    let kb = index().kb;
    match subject {
        Subject::Person(i) => kb.people[i]
            .roles
            .iter()
            .flat_map(|r| r.evidence.iter().copied())
            .chain(kb.people[i].mentions.iter().copied())
            .collect(),
        Subject::Event(i) => kb.events[i].evidence.to_vec(),
        Subject::Organisation(i) => {
            kb.organisations[i].relations.iter().flat_map(|r| r.evidence.iter().copied()).collect()
        }
        Subject::Place(i) => kb.places[i].uses.iter().flat_map(|u| u.evidence.iter().copied()).collect(),
        Subject::Source(_) => Vec::new(),
    }
}

/// Moves keyboard focus to the element `id` (a panel's title) whenever `open` becomes `Some`,
/// so keyboard and screen-reader users land in the panel they opened.
pub fn focus_on_open<T: Clone + PartialEq + Send + Sync + 'static>(open: Memo<Option<T>>, id: &'static str) {
    Effect::new(move |_| {
        if open.with(Option::is_some) {
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(id) {
                    let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
                }
            });
        }
    });
}

/// The panel of the open card, if any; `Esc` or the close button closes it.
#[component]
pub fn Detail() -> impl IntoView {
    let nav = expect_context::<Navigator>();
    let open =
        Memo::new(move |_| nav.state.with(|s| s.card.as_deref().and_then(|k| index().card(k)).map(|c| c.subject)));
    let close = move || nav.update(|s| s.card = None);
    focus_on_open(open, "detail-title");
    move || {
        open.get().map(|subject| {
            let card = index().cards.iter().find(|c| c.subject == subject).expect("open card exists");
            view! {
                <section class="panel detail" role="dialog" aria-labelledby="detail-title" data-testid="detail">
                    <header>
                        <h2 id="detail-title" tabindex="-1">{card.title}</h2>
                        <button type="button" class="close" aria-label="Close details" on:click=move |_| close()>"×"</button>
                    </header>
                    {body(subject)}
                    {disagreements_touching(&evidence_of(subject))}
                </section>
            }
        })
    }
}
