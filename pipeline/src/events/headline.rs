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
fn headline(event: &Event, entities: &Entities) -> String {
    let topic = topic(event);
    let Some(phrase) =
        phrases::PHRASES.iter().find(|p| p.kind == event.kind && (p.topic.is_empty() || p.topic == topic))
    else {
        return String::new();
    };
    let fits =
        |h: &str| h.chars().count() < event.summary.trim().chars().count() && h.chars().count() <= phrases::MAX_CHARS;
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
            let festival = org(OrgKind::Festival)?;
            // The festival's town: a venue the summary names after the festival ("… at the Bay
            // Film Festival in Oslo"), not the story's setting named before it.
            let after = summary.find(festival.name.as_ref()).map_or("", |at| &summary[at + festival.name.len()..]);
            let venues: Vec<_> = places()
                .filter(|p| p.uses.iter().any(|u| u.kind == PlaceKind::EventVenue) && after.contains(p.name.as_ref()))
                .collect();
            match venues.as_slice() {
                [one] if !festival.name.contains(one.name.as_ref()) => Some(format!("{}, {}", festival.name, one.name)),
                _ => Some(festival.name.to_string()),
            }
        }
        Slot::Outlet => org(OrgKind::Outlet).map(|o| o.name.to_string()),
        Slot::Financier => org(OrgKind::Financier).map(|o| o.name.to_string()),
        Slot::Platform => {
            org(OrgKind::Platform).filter(|o| summary.contains(&format!("on {}", o.name))).map(|o| o.name.to_string())
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use knowledge::{Department, EventKind, Organisation, Place, PlaceUse, Role};

    fn person(name: &str, kind: RoleKind) -> Person {
        let role = Role {
            kind,
            job: "Job".into(),
            character: None,
            evidence: Vec::new().into(),
            organisation: None,
            replaced: false,
        };
        Person {
            id: name.to_lowercase().into(),
            name: name.to_owned().into(),
            aliases: vec![name.rsplit(' ').next().unwrap_or(name).to_owned().into()].into(),
            roles: vec![role].into(),
            mentions: Vec::new().into(),
        }
    }

    fn place(name: &str, kind: PlaceKind) -> Place {
        Place {
            id: name.to_lowercase().into(),
            name: name.to_owned().into(),
            aliases: Vec::new().into(),
            uses: vec![PlaceUse { kind, evidence: Vec::new().into() }].into(),
            mentions: Vec::new().into(),
        }
    }

    fn org(name: &str, kind: OrgKind) -> Organisation {
        Organisation {
            id: name.to_lowercase().into(),
            name: name.to_owned().into(),
            aliases: Vec::new().into(),
            kind,
            relations: Vec::new().into(),
            mentions: Vec::new().into(),
        }
    }

    /// Invented people, places and organisations; the long names test the length limit.
    fn entities() -> Entities {
        Entities {
            people: vec![
                person("Ann Lee", RoleKind::Cast),
                person("Bo Ek", RoleKind::Cast),
                person("Cy Dee", RoleKind::Crew(Department::Directing)),
                person("Maximiliana Wolkenstein-Trostberg", RoleKind::Cast),
            ],
            organisations: vec![
                org("Bay Film Festival", OrgKind::Festival),
                org("Mesa Courier", OrgKind::Outlet),
                org("Harbor Capital", OrgKind::Financier),
                org("Streamly", OrgKind::Platform),
                org("International Festival of Extraordinarily Long Independent Cinema", OrgKind::Festival),
            ],
            places: vec![
                place("Oslo", PlaceKind::FilmingLocation),
                place("Bergen", PlaceKind::EventVenue),
                place("Bergen", PlaceKind::StorySetting),
            ],
        }
    }

    fn event(kind: EventKind, summary: &str, people: &[u16], places: &[u16], orgs: &[u16]) -> Event {
        Event {
            id: "e".into(),
            kind,
            summary: summary.to_owned().into(),
            headline: String::new().into(),
            status: knowledge::EventStatus::Happened,
            when: None,
            places: people_list(places),
            people: people_list(people),
            organisations: people_list(orgs),
            evidence: Vec::new().into(),
        }
    }

    fn people_list(indices: &[u16]) -> knowledge::List<u16> {
        indices.to_vec().into()
    }

    fn title(kind: EventKind, summary: &str, people: &[u16], places: &[u16], orgs: &[u16]) -> String {
        headline(&event(kind, summary, people, places, orgs), &entities())
    }

    #[test]
    fn headlines_name_the_participant_whose_part_the_summary_shows() {
        use EventKind::*;
        let s = "The drama resumed filming in Oslo on a cold morning after the long break.";
        assert_eq!(title(FilmingResume, s, &[], &[0], &[]), "Filming resumed in Oslo");
        let s = "The drama had its world premiere at the Bay Film Festival in Bergen on Friday night.";
        assert_eq!(title(Premiere, s, &[], &[1], &[0]), "Premiere at Bay Film Festival, Bergen");
        let s = "A judge dismissed the manslaughter case against actor Ann Lee in July, her lawyer said.";
        assert_eq!(title(Legal, s, &[0, 2], &[], &[]), "Case against Ann Lee dismissed");
        let s = "Prosecutors said that Ann Lee was charged with reckless handling of a firearm.";
        assert_eq!(title(Legal, s, &[0], &[], &[]), "Charges against Ann Lee");
        let s = "The western was financed by Harbor Capital after a long search for money.";
        assert_eq!(title(Financing, s, &[], &[], &[2]), "Financed by Harbor Capital");
        let s = "“I loved the script,” Ann Lee told the Mesa Courier in a long interview in 2019.";
        assert_eq!(title(Publicity, s, &[0], &[], &[1]), "Interview with Mesa Courier");
        let s = "The thriller will stream on Streamly from March, the service announced on Monday.";
        assert_eq!(title(Release, s, &[], &[], &[3]), "Release on Streamly");
        let s = "Ann Lee and Bo Ek have joined the cast of the drama as two feuding sisters.";
        assert_eq!(title(Casting, s, &[0, 1], &[], &[]), "Ann Lee and Bo Ek joined the cast");
    }

    #[test]
    fn a_participant_whose_part_is_unclear_is_left_out() {
        use EventKind::*;
        // Bergen is where the premiere is, not where filming resumed.
        let s = "Filming resumed in Oslo weeks before the premiere was set for Bergen in the spring.";
        assert_eq!(title(FilmingResume, s, &[], &[0, 1], &[]), "Filming resumed in Oslo");
        let s = "Filming resumed after the cast flew to Bergen for a short rest in the spring.";
        assert_eq!(title(FilmingResume, s, &[], &[1], &[]), "Filming resumed");
        // Ann Lee is the one who spoke, not the one the case was against.
        let s = "The judge dismissed the case against the studio, Ann Lee told reporters on Friday.";
        assert_eq!(title(Legal, s, &[0], &[], &[]), "Case dismissed");
        // A director among the people: the cast is not the only participant.
        let s = "Ann Lee joined the cast after director Cy Dee saw her in a play last spring.";
        assert_eq!(title(Casting, s, &[0, 2], &[], &[]), "Casting");
        // Bergen is where the story is set, named before the festival.
        let s = "The drama, set in Bergen, had its premiere at the Bay Film Festival on Friday night.";
        assert_eq!(title(Premiere, s, &[], &[2], &[0]), "Premiere at Bay Film Festival");
        let s = "A fire broke out on set during a night shoot, injuring two crew members.";
        assert_eq!(title(Incident, s, &[], &[], &[]), "Fire on set");
        let s = "A crew member was killed on set during the filming of a stunt in the desert.";
        assert_eq!(title(Incident, s, &[], &[], &[]), "Fatal accident on set");
    }

    #[test]
    fn long_names_give_way_to_the_plain_phrase() {
        let s =
            "The film premiered at the International Festival of Extraordinarily Long Independent Cinema in Bergen.";
        assert_eq!(title(EventKind::Premiere, s, &[], &[1], &[4]), "Premiere");
        let s =
            "The judge dismissed the case against Maximiliana Wolkenstein-Trostberg and Ann Lee on Friday afternoon.";
        assert_eq!(title(EventKind::Legal, s, &[3, 0], &[], &[]), "Case dismissed");
    }

    #[test]
    fn every_headline_is_shorter_than_its_summary_and_in_whole_words() {
        // Every kind, with every participant and a range of summaries, short ones included.
        let summaries = [
            "Filming was paused.",
            "A jury convicted Ann Lee.",
            "The case against Ann Lee was dismissed by a judge in Bergen on a Friday.",
            "Ann Lee and Bo Ek were cast in the drama, which premiered at the Bay Film Festival in Bergen, \
             was financed by Harbor Capital, filmed in Oslo, and will stream on Streamly, Ann Lee told the Mesa Courier.",
        ];
        let vocabulary: Vec<String> = phrases::PHRASES
            .iter()
            .flat_map(|p| [p.plain, p.long.map_or("", |l| l.0), p.long.map_or("", |l| l.2)])
            .chain(entities().people.iter().map(|p| p.name.as_ref()).collect::<Vec<_>>())
            .chain(entities().places.iter().map(|p| p.name.as_ref()).collect::<Vec<_>>())
            .chain(entities().organisations.iter().map(|o| o.name.as_ref()).collect::<Vec<_>>())
            .chain(["and"])
            .flat_map(|s| s.split([' ', ',']).map(str::to_owned).collect::<Vec<_>>())
            .collect();
        for kind in EventKind::ALL {
            for summary in summaries {
                let h = title(kind, summary, &[0, 1], &[0, 1], &[0, 1, 2, 3]);
                assert!(h.chars().count() < summary.chars().count(), "{kind:?}: {h:?} not shorter than {summary:?}");
                for word in h.split([' ', ',']).filter(|w| !w.is_empty()) {
                    assert!(vocabulary.iter().any(|v| v == word), "{kind:?}: {word:?} of {h:?} is not a whole word");
                }
            }
        }
        assert_eq!(title(EventKind::Release, "Out now.", &[], &[], &[]), "Release");
        assert_eq!(title(EventKind::Release, "Out.", &[], &[], &[]), "");
    }
}
