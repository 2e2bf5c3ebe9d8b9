//! The detail view of the open card: every role, relation and mention with its quote, links
//! to related cards, and the disagreements that touch it side by side.

use knowledge::{Evidence, KnowledgeBase};

use crate::cards::{Subject, index};
use crate::components::card::open_card;
use crate::components::disagreements::side_by_side;
use crate::components::evidence::{quote, reading};
use crate::components::markup::{Node, el, link};
use crate::search::Query;
use crate::sorted_set::SortedSet;
use crate::view_state::ViewState;
use crate::{dates, labels};

/// What the parts of a panel need: the current state (links keep it) and search (highlights).
#[derive(Clone, Copy)]
struct Context<'a> {
    state: &'a ViewState,
    query: &'a Query,
}

impl Context<'_> {
    fn quotes(self, evidence: &[Evidence]) -> impl Iterator<Item = Node> {
        evidence.iter().map(move |e| quote(e, self.state, self.query))
    }

    fn links(self, items: Vec<(String, String)>) -> Option<Node> {
        if items.is_empty() {
            return None;
        }
        let items =
            items.into_iter().map(|(key, label)| el("li").child(link(&open_card(self.state, &key)).text(label)).into());
        Some(el("ul").class("links").children(items).into())
    }

    /// A list of headed items (roles, relations, uses), each with its quotes.
    fn headed(self, items: impl Iterator<Item = (String, &'static [Evidence])>) -> Node {
        el("ul")
            .class("roles")
            .children(
                items.map(|(title, evidence)| {
                    el("li").child(el("h4").text(title)).children(self.quotes(evidence)).into()
                }),
            )
            .into()
    }
}

fn event_links(kb: &KnowledgeBase, keep: impl Fn(&knowledge::Event) -> bool) -> Vec<(String, String)> {
    kb.events.iter().filter(|e| keep(e)).map(|e| (format!("event:{}", e.id), e.summary.to_string())).collect()
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

fn section(title: &'static str, body: impl IntoIterator<Item = Node>) -> Node {
    el("section").child(el("h3").text(title)).children(body).into()
}

fn events_section(cx: Context, events: Vec<(String, String)>) -> Option<Node> {
    cx.links(events).map(|list| section("Events", [list]))
}

/// The body of the detail view for one subject.
fn body(subject: Subject, cx: Context) -> Vec<Node> {
    let kb = index().kb;
    match subject {
        Subject::Person(i) => {
            let p = &kb.people[i];
            let aliases = (!p.aliases.is_empty())
                .then(|| el("p").class("aliases").text("Also written: ").text(p.aliases.join(", ")).into());
            let roles = cx.headed(p.roles.iter().map(|r| (labels::role(r), &*r.evidence)));
            let events = event_links(kb, |e| e.people.contains(&(i as u16)));
            let mentions = sentences_of(&p.mentions);
            [aliases, Some(section("Roles", [roles])), events_section(cx, events)]
                .into_iter()
                .flatten()
                .chain([section("Mentions", cx.quotes(&mentions).collect::<Vec<_>>())])
                .collect()
        }
        Subject::Event(i) => {
            let e = &kb.events[i];
            let when = e.when.as_ref().map(|w| {
                let date = w.date.map(|d| el("time").attr("datetime", dates::iso(d)).text(dates::label(d)));
                let resolved = w.resolved.then_some(" (resolved from the document's own date)");
                el("p")
                    .class("when")
                    .children(date.map(|d| d.into()))
                    .text(if w.date.is_some() { " “" } else { "“" })
                    .text(w.phrase.to_string())
                    .text("”")
                    .children(resolved.map(Node::from))
                    .into()
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
            [Some(el("p").class("kind").text(labels::event_kind(e.kind)).into()), when]
                .into_iter()
                .flatten()
                .chain([
                    section("Who and where", cx.links(related)),
                    section("Reported in", cx.quotes(&e.evidence).collect::<Vec<_>>()),
                ])
                .collect()
        }
        Subject::Organisation(i) => {
            let o = &kb.organisations[i];
            let relations = cx.headed(o.relations.iter().map(|r| (r.label.to_string(), &*r.evidence)));
            let events = event_links(kb, |e| e.organisations.contains(&(i as u16)));
            let mentions = sentences_of(&o.mentions);
            [
                Some(el("p").class("kind").text(labels::org_kind(o.kind)).into()),
                Some(section("Relation to the production", [relations])),
                events_section(cx, events),
            ]
            .into_iter()
            .flatten()
            .chain([section("Mentions", cx.quotes(&mentions).collect::<Vec<_>>())])
            .collect()
        }
        Subject::Place(i) => {
            let p = &kb.places[i];
            let uses = cx.headed(p.uses.iter().map(|u| (labels::place_kind(u.kind).to_owned(), &*u.evidence)));
            let events = event_links(kb, |e| e.places.contains(&(i as u16)));
            let mentions = sentences_of(&p.mentions);
            [Some(section("Role in the production", [uses])), events_section(cx, events)]
                .into_iter()
                .flatten()
                .chain([section("Mentions", cx.quotes(&mentions).collect::<Vec<_>>())])
                .collect()
        }
        Subject::Source(i) => {
            let d = &kb.documents[i];
            let facts = index().facts_of(i).map(|c| (c.key.clone(), c.title.to_owned())).collect();
            let not_stated = |v: Option<&str>| v.unwrap_or("not stated").to_owned();
            let meta = [
                ("Outlet", not_stated(d.outlet.as_deref())),
                ("Author", not_stated(d.author.as_deref())),
                ("Published", d.published.map_or_else(|| "not stated".to_owned(), dates::label)),
                ("Repairs", d.repairs.len().to_string()),
            ];
            let meta =
                meta.into_iter().flat_map(|(term, value)| [el("dt").text(term).into(), el("dd").text(value).into()]);
            vec![
                el("dl").class("meta-list").children(meta).into(),
                link(&reading(cx.state, i, None)).class("button").text("Read the full text").into(),
                section("Facts from this source", cx.links(facts)),
            ]
        }
    }
}

/// Disagreements whose evidence overlaps any of `evidence`.
fn disagreements_touching(evidence: &[Evidence], cx: Context) -> impl Iterator<Item = Node> {
    let overlaps =
        |a: &Evidence, b: &Evidence| a.doc == b.doc && a.span.start < b.span.end && b.span.start < a.span.end;
    index()
        .kb
        .disagreements
        .iter()
        .filter(move |d| {
            d.values.iter().flat_map(|v| v.evidence.iter()).any(|x| evidence.iter().any(|e| overlaps(x, e)))
        })
        .map(move |d| side_by_side(d, cx.state, cx.query))
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

/// The panel of the open card, if any; `Esc` or the close link closes it.
pub fn detail(state: &ViewState, query: &Query) -> Option<Node> {
    let card = &index().cards[index().card(state.card.as_deref()?)?];
    let cx = Context { state, query };
    let closed = ViewState { card: None, ..state.clone() };
    let panel = el("section")
        .class("panel detail")
        .attr("role", "dialog")
        .attr("aria-labelledby", "detail-title")
        .attr("data-testid", "detail")
        .child(
            el("header")
                .child(el("h2").attr("id", "detail-title").attr("tabindex", "-1").text(card.title))
                .child(link(&closed).class("button close").attr("aria-label", "Close details").text("×")),
        )
        .children(body(card.subject, cx))
        .children(disagreements_touching(&evidence_of(card.subject), cx));
    Some(panel.into())
}
