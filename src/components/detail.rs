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
    kb.events.iter().filter(|e| keep(e)).map(|e| (format!("event:{}", e.id), labels::excerpt(&e.summary))).collect()
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

/// The body of the detail view for one subject.
fn body(subject: Subject, cx: Context) -> Vec<Node> {
    let kb = index().kb;
    let mut out = Vec::new();
    // People, organisations and places end with their events and the sentences naming them.
    let events_and_mentions = |out: &mut Vec<Node>, events: Vec<(String, String)>, mentions: &[Evidence]| {
        out.extend(cx.links(events).map(|list| section("Events", [list])));
        out.push(section("Mentions", cx.quotes(&sentences_of(mentions)).collect::<Vec<_>>()));
    };
    match subject {
        Subject::Person(i) => {
            let p = &kb.people[i];
            if !p.aliases.is_empty() {
                out.push(el("p").class("aliases").text("Also written: ").text(p.aliases.join(", ")).into());
            }
            out.push(section("Roles", [cx.headed(p.roles.iter().map(|r| (labels::role(r), &*r.evidence)))]));
            events_and_mentions(&mut out, event_links(kb, |e| e.people.contains(&(i as u16))), &p.mentions);
        }
        Subject::Event(i) => {
            let e = &kb.events[i];
            out.push(el("p").class("kind").text(labels::event_kind(e.kind)).into());
            if let Some(w) = &e.when {
                let mut when = el("p").class("when");
                let mut open_quote = "“";
                if let Some(d) = w.date {
                    when = when.child(el("time").attr("datetime", dates::iso(d)).text(dates::label(d)));
                    open_quote = " “";
                }
                when = when.text(open_quote).text(w.phrase.to_string()).text("”");
                if w.resolved {
                    when = when.text(" (resolved from the document's own date)");
                }
                out.push(when.into());
            }
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
            out.push(section("Who and where", cx.links(related)));
            out.push(section("Reported in", cx.quotes(&e.evidence).collect::<Vec<_>>()));
        }
        Subject::Organisation(i) => {
            let o = &kb.organisations[i];
            out.push(el("p").class("kind").text(labels::org_kind(o.kind)).into());
            let relations = cx.headed(o.relations.iter().map(|r| (r.label.to_string(), &*r.evidence)));
            out.push(section("Relation to the production", [relations]));
            events_and_mentions(&mut out, event_links(kb, |e| e.organisations.contains(&(i as u16))), &o.mentions);
        }
        Subject::Place(i) => {
            let p = &kb.places[i];
            let uses = cx.headed(p.uses.iter().map(|u| (labels::place_kind(u.kind).to_owned(), &*u.evidence)));
            out.push(section("Role in the production", [uses]));
            events_and_mentions(&mut out, event_links(kb, |e| e.places.contains(&(i as u16))), &p.mentions);
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
            let mut list = el("dl").class("meta-list");
            for (term, value) in meta {
                list = list.child(el("dt").text(term)).child(el("dd").text(value));
            }
            out.push(list.into());
            out.push(link(&reading(cx.state, i, None)).class("button").text("Read the full text").into());
            out.push(section("Facts from this source", cx.links(facts)));
        }
    }
    out
}

/// The panel of the card at `position` of the index; `Esc` or the close link closes it.
pub fn detail(position: usize, state: &ViewState, query: &Query) -> Node {
    let card = &index().cards[position];
    let cx = Context { state, query };
    let closed = ViewState { card: None, ..state.clone() };
    el("section")
        .class("panel detail")
        .attr("role", "dialog")
        .attr("aria-labelledby", "detail-title")
        .attr("data-testid", "detail")
        .child(
            el("header")
                .child(el("h2").attr("id", "detail-title").attr("tabindex", "-1").text(card.shown_title()))
                .child(link(&closed).class("button close").attr("aria-label", "Close details").text("×")),
        )
        .children(body(card.subject, cx))
        .children(card.disputes.iter().map(|&d| side_by_side(&index().kb.disagreements[d as usize], state, query)))
        .into()
}
