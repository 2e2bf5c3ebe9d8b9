//! Merging mentions into events, ordering them and giving them stable ids.
//!
//! Dated mentions are taken finest date first; each joins the first event of its kind (and
//! topic, for kinds that recur) whose date it is compatible with, else starts one. An undated
//! mention joins the only dated event it could belong to (an unresolved "last April" still has
//! to fit its month), else an undated event of its kind and topic. Kinds that recur (legal
//! steps) also need a person in common when both name people; announced events never join
//! reports of what happened. Dates that clash stay apart,
//! for [`crate::disagreements`] to report.

use std::collections::HashSet;

use knowledge::{Date, Document, Event, EventKind, EventStatus, Evidence, SegmentKind};

use super::Mention;
use super::triggers::is_singular;
use crate::dates;

/// Mentions that report the same event.
struct Cluster {
    kind: EventKind,
    topic: &'static str,
    /// Announced events never merge with reports of what happened.
    status: EventStatus,
    /// The date of its finest dated member.
    date: Option<Date>,
    members: Vec<usize>,
}

impl Cluster {
    /// Whether `m` reports this cluster's event: same kind and status, and for kinds that
    /// recur the same topic and the same people (a sentence handed to one person is not
    /// another's): reports that name no one stay compatible.
    fn accepts(&self, m: &Mention, mentions: &[Mention]) -> bool {
        let people = || {
            m.people.is_empty()
                || self.members.iter().all(|&i| mentions[i].people.is_empty())
                || self.members.iter().any(|&i| mentions[i].people.iter().any(|p| m.people.contains(p)))
        };
        self.kind == m.kind && self.status == m.status && (is_singular(m.kind) || (self.topic == m.topic && people()))
    }
}

/// Merges mentions into sorted events with unique ids.
pub(super) fn merge(documents: &[Document], mentions: Vec<Mention>) -> Vec<Event> {
    let date_of = |m: &Mention| m.when.as_ref().and_then(|w| w.date);
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(date_of(&mentions[i]).map(|d| d.precision)));
    let mut clusters: Vec<Cluster> = Vec::new();
    for &i in &order {
        let m = &mentions[i];
        let Some(date) = date_of(m) else { continue };
        match clusters
            .iter_mut()
            .find(|c| c.accepts(m, &mentions) && c.date.is_some_and(|d| dates::compatible(d, date)))
        {
            Some(c) => c.members.push(i),
            None => clusters.push(Cluster {
                kind: m.kind,
                topic: m.topic,
                status: m.status,
                date: Some(date),
                members: vec![i],
            }),
        }
    }
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| date_of(m).is_none()) {
        let fits = |c: &Cluster| c.date.is_some_and(|d| m.rel.is_none_or(|r| dates::fits(r, d)));
        let dated: Vec<usize> =
            (0..clusters.len()).filter(|&c| clusters[c].accepts(m, &mentions) && fits(&clusters[c])).collect();
        // An undated report of a step its own document dates elsewhere is that step, whoever
        // it names ("Judge X dismissed the case with prejudice" after "a judge on Friday
        // dismissed the case against Y").
        let same_step = |c: &Cluster| {
            c.kind == m.kind
                && c.status == m.status
                && c.topic == m.topic
                && fits(c)
                && c.members.iter().any(|&i| mentions[i].doc == m.doc)
        };
        let in_doc: Vec<usize> = (0..clusters.len()).filter(|&c| same_step(&clusters[c])).collect();
        let target = match (dated.as_slice(), in_doc.as_slice()) {
            ([one], _) | ([], [one]) => Some(*one),
            _ => {
                clusters.iter().position(|c| c.date.is_none() && c.accepts(m, &mentions) && same_hint(&mentions, c, m))
            }
        };
        match target {
            Some(c) => clusters[c].members.push(i),
            None => {
                clusters.push(Cluster { kind: m.kind, topic: m.topic, status: m.status, date: None, members: vec![i] })
            }
        }
    }
    let mut events: Vec<(Option<Date>, Evidence, Event)> =
        clusters.iter().map(|c| build(documents, &mentions, c)).collect();
    events.sort_by(|a, b| match (a.0, b.0) {
        (Some(x), Some(y)) => (x, a.2.kind, a.1).cmp(&(y, b.2.kind, b.1)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.1.cmp(&b.1),
    });
    let mut used = HashSet::new();
    events
        .into_iter()
        .map(|(date, _, mut event)| {
            let base = match date {
                Some(d) => format!("{}-{}", slug(event.kind), dates::slug(d)),
                None => slug(event.kind).to_owned(),
            };
            let mut id = base.clone();
            let mut n = 2;
            while !used.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            event.id = id.into();
            event
        })
        .collect()
}

/// Whether an undated mention's named month (if any) agrees with an undated cluster's first member.
fn same_hint(mentions: &[Mention], c: &Cluster, m: &Mention) -> bool {
    let first = &mentions[c.members[0]];
    match (first.rel, m.rel) {
        (Some(a), Some(b)) => hint_month(a) == 0 || hint_month(b) == 0 || hint_month(a) == hint_month(b),
        _ => true,
    }
}

fn hint_month(rel: dates::Relative) -> u8 {
    match rel {
        dates::Relative::SameYear { month, .. }
        | dates::Relative::Shift { month, .. }
        | dates::Relative::Nearest { month, .. } => month,
        dates::Relative::Weekday { .. } | dates::Relative::DayOfMonth { .. } | dates::Relative::Weekend { .. } => 0,
    }
}

/// The event of a cluster, with its date and first evidence for sorting.
fn build(documents: &[Document], mentions: &[Mention], c: &Cluster) -> (Option<Date>, Evidence, Event) {
    let members: Vec<&Mention> = c.members.iter().map(|&i| &mentions[i]).collect();
    // The best report: the finest date, stated rather than resolved, told in prose rather than
    // in a headline or a deck (which compress it: a heading, or a line with no closing stop),
    // earliest in the corpus.
    let headline = |m: &Mention| {
        let doc = &documents[m.doc];
        doc.segments.iter().any(|s| {
            let within = s.span.start <= m.span.start && m.span.end <= s.span.end;
            let text = doc.text.get(s.span.start as usize..s.span.end as usize).unwrap_or_default();
            within && (s.kind == SegmentKind::Heading || !text.ends_with(['.', '!', '?', '…', '"', '”', '’', ')', ']']))
        })
    };
    let best = members
        .iter()
        .copied()
        .min_by_key(|m| {
            let w = m.when.as_ref();
            (
                std::cmp::Reverse(w.and_then(|w| w.date).map(|d| d.precision)),
                w.is_none_or(|w| w.resolved),
                w.is_none(),
                headline(m),
                m.doc,
                m.span,
            )
        })
        .expect("clusters are never empty");
    let mut evidence: Vec<Evidence> =
        members.iter().map(|m| Evidence { doc: doc_index(m.doc), span: m.span, curated: false }).collect();
    evidence.sort();
    evidence.dedup();
    let union = |f: fn(&Mention) -> &Vec<u16>| {
        let mut all: Vec<u16> = members.iter().flat_map(|m| f(m).iter().copied()).collect();
        all.sort_unstable();
        all.dedup();
        all
    };
    let text = &documents[best.doc].text;
    let event = Event {
        id: "".into(),
        kind: c.kind,
        status: c.status,
        summary: text[best.span.start as usize..best.span.end as usize].to_owned().into(),
        headline: Default::default(),
        when: best.when.clone(),
        places: union(|m| &m.places).into(),
        people: union(|m| &m.people).into(),
        organisations: union(|m| &m.organisations).into(),
        evidence: evidence.clone().into(),
    };
    (best.when.as_ref().and_then(|w| w.date), evidence[0], event)
}

fn doc_index(doc: usize) -> u16 {
    u16::try_from(doc).unwrap_or(u16::MAX)
}

/// The id stem of an event kind.
fn slug(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Development => "development",
        EventKind::Financing => "financing",
        EventKind::Casting => "casting",
        EventKind::PreProduction => "pre-production",
        EventKind::FilmingStart => "filming-start",
        EventKind::FilmingStop => "filming-stop",
        EventKind::FilmingResume => "filming-resume",
        EventKind::Wrap => "wrap",
        EventKind::Incident => "incident",
        EventKind::Investigation => "investigation",
        EventKind::Legal => "legal",
        EventKind::Publicity => "publicity",
        EventKind::Premiere => "premiere",
        EventKind::Release => "release",
        EventKind::Award => "award",
    }
}
