//! Event headlines: a short title per event from its kind, its topic and its participants
//! ("Filming resumed in Ohio", "Premiere at Bay Film Festival, Oslo", "Case against Ann Lee
//! dismissed"), from the phrase table in [`phrases`].
//!
//! The topic comes from the summary's words ([`phrases::TOPIC_WORDS`]), else from the trigger
//! that reported the event. A participant is named only when the summary shows its part (the
//! filming place is a filming location, the accused follows "against"); otherwise the plain
//! phrase stands. A headline is always shorter than its summary and made of whole words: a
//! longer form that is not gives way to the plain one, and a plain one that is not to nothing.

mod phrases;

use knowledge::{Event, OrgKind, Person, PlaceKind, RoleKind};

use super::triggers;
use crate::Entities;
use phrases::{Phrase, Slot};

/// Writes the headline of every event.
pub fn write(events: &mut [Event], entities: &Entities) {
    for event in events {
        event.headline = headline(event, entities).into();
    }
}

/// The headline of one event.
pub(crate) fn headline(event: &Event, entities: &Entities) -> String {
    let topic = topic(event);
    let Some(phrase) = phrases::PHRASES.iter().find(|p| p.kind == event.kind && (p.topic.is_empty() || p.topic == topic))
    else {
        return String::new();
    };
    let fits = |h: &str| h.chars().count() < event.summary.trim().chars().count() && h.chars().count() <= phrases::MAX_CHARS;
    if let Some(long) = long(phrase, event, entities).filter(|h| fits(h)) {
        return long;
    }
    if fits(phrase.plain) { phrase.plain.to_owned() } else { String::new() }
}

/// The event's topic: from the summary's words, else from the first trigger of its kind.
fn topic(event: &Event) -> &'static str {
    let words: Vec<String> = triggers::lower_words(&event.summary);
    let by_words = phrases::TOPIC_WORDS
        .iter()
        .find(|(kind, _, list)| *kind == event.kind && words.iter().any(|w| list.contains(&w.as_str())));
    match by_words {
        Some((_, topic, _)) => topic,
        None => triggers::find(&event.summary).into_iter().find(|t| t.kind == event.kind).map_or("", |t| t.topic),
    }
}

/// The long form of a phrase, when its participant is known.
fn long(phrase: &Phrase, event: &Event, entities: &Entities) -> Option<String> {
    let (before, slot, after) = phrase.long?;
    let names = participants(slot, event, entities)?;
    Some(format!("{before}{names}{after}"))
}

/// The names a slot takes from the event's participants, when the summary shows their part.
fn participants(slot: Slot, event: &Event, entities: &Entities) -> Option<String> {
    let summary: &str = &event.summary;
    let org = |kind: OrgKind| {
        event.organisations.iter().filter_map(|&i| entities.organisations.get(usize::from(i))).find(|o| o.kind == kind)
    };
    let places = || event.places.iter().filter_map(|&i| entities.places.get(usize::from(i)));
    match slot {
        Slot::Location => {
            let filmed: Vec<_> =
                places().filter(|p| p.uses.iter().any(|u| u.kind == PlaceKind::FilmingLocation)).collect();
            match filmed.as_slice() {
                [one] if summary.contains(one.name.as_ref()) => Some(one.name.to_string()),
                _ => None,
            }
        }
        Slot::Venue => {
            let place = match places().collect::<Vec<_>>().as_slice() {
                [one] => Some(one.name.to_string()),
                _ => None,
            };
            match (org(OrgKind::Festival), place) {
                (Some(f), Some(p)) if !f.name.contains(p.as_str()) => Some(format!("{}, {p}", f.name)),
                (Some(f), _) => Some(f.name.to_string()),
                (None, _) => None,
            }
        }
        Slot::Outlet => org(OrgKind::Outlet).map(|o| o.name.to_string()),
        Slot::Financier => org(OrgKind::Financier).map(|o| o.name.to_string()),
        Slot::Platform => org(OrgKind::Platform)
            .filter(|o| summary.contains(&format!("on {}", o.name)))
            .map(|o| o.name.to_string()),
        Slot::Accused => {
            let accused: Vec<&str> = people(event, entities)
                .filter(|p| {
                    names_of(p).any(|n| {
                        summary.match_indices(n).any(|(at, _)| {
                            phrases::AGAINST_BEFORE.is_match(&summary[..at])
                                || phrases::ACCUSED_AFTER.is_match(&summary[at + n.len()..])
                        })
                    })
                })
                .map(|p| p.name.as_ref())
                .collect();
            join(&accused)
        }
        Slot::Cast => {
            let all: Vec<_> = people(event, entities).collect();
            let cast = |p: &&Person| p.roles.iter().any(|r| r.kind == RoleKind::Cast);
            if all.is_empty() || !all.iter().all(cast) {
                return None;
            }
            join(&all.iter().map(|p| p.name.as_ref()).collect::<Vec<_>>())
        }
    }
}

fn people<'a>(event: &'a Event, entities: &'a Entities) -> impl Iterator<Item = &'a Person> {
    event.people.iter().filter_map(|&i| entities.people.get(usize::from(i)))
}

fn names_of(person: &Person) -> impl Iterator<Item = &str> {
    std::iter::once(person.name.as_ref()).chain(person.aliases.iter().map(AsRef::as_ref))
}

/// One or two names ("Ann Lee and Bo Ek"); more would not make a headline.
fn join(names: &[&str]) -> Option<String> {
    match names {
        [one] => Some((*one).to_owned()),
        [a, b] => Some(format!("{a} and {b}")),
        _ => None,
    }
}
