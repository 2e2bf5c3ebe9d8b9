//! Human labels for the knowledge base's enums and short descriptions of its entities.

use knowledge::{EventKind, KnowledgeBase, OrgKind, Person, PlaceKind, Relation, Role, RoleKind, TimeSource};

/// Label of an event kind.
pub const fn event_kind(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Development => "Development",
        EventKind::Financing => "Financing",
        EventKind::Casting => "Casting",
        EventKind::PreProduction => "Pre-production",
        EventKind::FilmingStart => "Filming starts",
        EventKind::FilmingStop => "Filming stops",
        EventKind::FilmingResume => "Filming resumes",
        EventKind::Wrap => "Wrap",
        EventKind::Incident => "Incident",
        EventKind::Investigation => "Investigation",
        EventKind::Legal => "Legal",
        EventKind::Publicity => "Publicity",
        EventKind::Premiere => "Premiere",
        EventKind::Release => "Release",
        EventKind::Award => "Award",
    }
}

/// Label of an organisation kind.
pub const fn org_kind(kind: OrgKind) -> &'static str {
    match kind {
        OrgKind::Studio => "Studio",
        OrgKind::Financier => "Financier",
        OrgKind::Distributor => "Distributor",
        OrgKind::Union => "Union",
        OrgKind::Court => "Court",
        OrgKind::Office => "Office",
        OrgKind::Festival => "Festival",
        OrgKind::Outlet => "Outlet",
        OrgKind::Platform => "Platform",
        OrgKind::Other => "Organisation",
    }
}

/// Label of a place relation.
pub const fn place_kind(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::FilmingLocation => "Filming location",
        PlaceKind::StorySetting => "Story setting",
        PlaceKind::EventVenue => "Event venue",
        PlaceKind::Mentioned => "Mentioned",
    }
}

/// Label of how a document's creation time was found.
pub const fn time_source(source: TimeSource) -> &'static str {
    match source {
        TimeSource::Published => "Published",
        TimeSource::Updated => "Updated (written at or before)",
        TimeSource::Inferred => "Inferred (written at or after)",
    }
}

/// Label of a non-credit relation.
pub const fn relation(relation: Relation) -> &'static str {
    match relation {
        Relation::Legal => "Legal",
        Relation::Family => "Family",
        Relation::Press => "Press",
        Relation::Other => "Other",
    }
}

/// "Actor as X", "Cinematographer (Camera)", "Attorney (Legal)".
pub fn role(role: &Role) -> String {
    match (role.kind, &role.character) {
        (RoleKind::Cast, Some(character)) => format!("{} as {character}", role.job),
        (RoleKind::Cast, None) => role.job.to_string(),
        (RoleKind::Crew(d), _) => format!("{} ({})", role.job, d.label()),
        (RoleKind::Other(r), _) => format!("{} ({})", role.job, relation(r)),
    }
}

/// A person's roles in one line.
pub fn roles(person: &Person) -> String {
    person.roles.iter().map(role).collect::<Vec<_>>().join(" · ")
}

/// A count with its noun in the right number: `count(1, "source", "sources")` is "1 source".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// An event summary as shown. Summaries are quoted verbatim, often a clause of a longer
/// sentence, so an ellipsis marks where one starts or stops mid-sentence. A clause is told by
/// its lower-case ASCII start: Rust's Unicode case tables would cost the wasm 0.5 KiB gzip.
pub fn excerpt(summary: &str) -> String {
    let summary = summary.trim();
    if summary.is_empty() {
        return String::new();
    }
    let starts_mid = summary.starts_with(|c: char| c.is_ascii_lowercase());
    // A closing quote or bracket ends a sentence only after a full stop: `the film "Dune"`.
    let ends_mid = !summary.trim_end_matches(['"', '”', '’', '\'', ')', ']']).ends_with(['.', '!', '?', '…']);
    format!("{}{summary}{}", if starts_mid { "…" } else { "" }, if ends_mid { "…" } else { "" })
}

/// Names of the people, places and organisations of an event, in one line.
pub fn event_cast(kb: &KnowledgeBase, event: &knowledge::Event) -> String {
    let mut names: Vec<&str> = event.people.iter().map(|&i| &*kb.people[i as usize].name).collect();
    names.extend(event.places.iter().map(|&i| &*kb.places[i as usize].name));
    names.extend(event.organisations.iter().map(|&i| &*kb.organisations[i as usize].name));
    names.join(", ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_take_the_noun_in_the_right_number() {
        assert_eq!(super::count(1, "dated event", "dated events"), "1 dated event");
        assert_eq!(super::count(0, "person", "people"), "0 people");
        assert_eq!(super::count(12, "person", "people"), "12 people");
    }

    #[test]
    fn excerpts_mark_where_they_cut_a_sentence() {
        assert_eq!(super::excerpt("Filming began in May."), "Filming began in May.");
        assert_eq!(super::excerpt("and wrapped in May 2023."), "…and wrapped in May 2023.");
        assert_eq!(super::excerpt("Filming started last week"), "Filming started last week…");
        assert_eq!(super::excerpt("after the strike, it resumed"), "…after the strike, it resumed…");
        assert_eq!(super::excerpt("“It was a hard shoot,” she said."), "“It was a hard shoot,” she said.");
        assert_eq!(super::excerpt("She said: “It was hard.”"), "She said: “It was hard.”");
        assert_eq!(super::excerpt("It stars in the film “Dune”"), "It stars in the film “Dune”…");
        assert_eq!(super::excerpt(" It wrapped. "), "It wrapped.");
        assert_eq!(super::excerpt(""), "");
    }
}
