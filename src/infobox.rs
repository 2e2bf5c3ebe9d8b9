//! The production named and summarised, like an encyclopedia's infobox: title and year, then
//! the usual fields (directed by, written by, starring…), each value with the evidence behind
//! it. Fields no source states are left out; a field the sources disagree on shows every value.
//! Read from the knowledge base's facts; nothing here knows any one production.

use knowledge::{Department, EventKind, Evidence, KnowledgeBase, OrgKind, PlaceKind, RoleKind};

use crate::{dates, labels};

/// How many of the billed cast "Starring" names.
const STARRING: usize = 5;

/// One value of a field.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// What the value says.
    pub label: String,
    /// The card it names (`kind:id`), if any.
    pub card: Option<String>,
    /// The sentences that state it.
    pub evidence: Vec<Evidence>,
}

/// A field and its values.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The field's name ("Directed by").
    pub name: &'static str,
    /// Its values, at least one.
    pub values: Vec<Value>,
    /// True when the sources give these values as different answers to one question.
    pub disputed: bool,
}

/// The production's infobox.
#[derive(Clone, Debug, PartialEq)]
pub struct Infobox {
    /// The title and the evidence naming it as a work.
    pub title: Value,
    /// The year the sources give with the title.
    pub year: Option<Value>,
    /// The kind of work ("western").
    pub genre: Option<Value>,
    /// The fields the sources state, in infobox order.
    pub fields: Vec<Field>,
}

fn person_values(kb: &KnowledgeBase, keep: impl Fn(RoleKind, &str) -> bool) -> Vec<Value> {
    let mut values = Vec::new();
    for p in kb.people.iter() {
        let evidence: Vec<Evidence> = p
            .roles
            .iter()
            .filter(|r| keep(r.kind, &r.job.to_ascii_lowercase()))
            .flat_map(|r| r.evidence.iter().copied())
            .collect();
        if !evidence.is_empty() {
            values.push(Value { label: p.name.to_string(), card: Some(format!("person:{}", p.id)), evidence });
        }
    }
    values
}

fn organisations(kb: &KnowledgeBase, kind: OrgKind) -> Vec<Value> {
    kb.organisations
        .iter()
        .filter(|o| o.kind == kind)
        .map(|o| {
            let mut evidence: Vec<Evidence> = o.relations.iter().flat_map(|r| r.evidence.iter().copied()).collect();
            if evidence.is_empty() {
                evidence.extend(o.mentions.first().copied());
            }
            Value { label: o.name.to_string(), card: Some(format!("organisation:{}", o.id)), evidence }
        })
        .collect()
}

fn places(kb: &KnowledgeBase, kind: PlaceKind) -> Vec<Value> {
    kb.places
        .iter()
        .filter_map(|p| {
            let evidence: Vec<Evidence> =
                p.uses.iter().filter(|u| u.kind == kind).flat_map(|u| u.evidence.iter().copied()).collect();
            (!evidence.is_empty()).then(|| Value {
                label: p.name.to_string(),
                card: Some(format!("place:{}", p.id)),
                evidence,
            })
        })
        .collect()
}

/// The story setting: the values of a disagreement about it when the sources differ,
/// otherwise the places used as the setting.
fn setting(kb: &KnowledgeBase) -> Field {
    let dispute = kb.disagreements.iter().find(|d| d.subject.to_ascii_lowercase().contains("setting"));
    match dispute {
        Some(d) => Field {
            name: "Story setting",
            values: d
                .values
                .iter()
                .map(|v| Value { label: v.label.to_string(), card: None, evidence: v.evidence.to_vec() })
                .collect(),
            disputed: true,
        },
        None => Field { name: "Story setting", values: places(kb, PlaceKind::StorySetting), disputed: false },
    }
}

fn releases(kb: &KnowledgeBase) -> Vec<Value> {
    kb.events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Premiere | EventKind::Release))
        .map(|e| {
            let title = if e.headline.is_empty() { labels::excerpt(&e.summary) } else { e.headline.to_string() };
            let date = e.when.as_ref().and_then(|w| w.date).map(|d| format!(" ({})", dates::label(d)));
            Value {
                label: format!("{title}{}", date.unwrap_or_default()),
                card: Some(format!("event:{}", e.id)),
                evidence: e.evidence.to_vec(),
            }
        })
        .collect()
}

/// The infobox of the production the knowledge base is about; `None` when it names none.
pub fn infobox(kb: &KnowledgeBase) -> Option<Infobox> {
    let production = kb.production.as_ref()?;
    let crew = |department: Department, words: &'static [&'static str]| {
        move |kind: RoleKind, job: &str| {
            kind == RoleKind::Crew(department)
                && (words.is_empty() || words.iter().any(|w| job.contains(w)))
                && !job.contains("assistant")
        }
    };
    let starring = kb
        .billing
        .iter()
        .take(STARRING)
        .map(|&i| {
            let p = &kb.people[i as usize];
            let evidence =
                p.roles.iter().filter(|r| r.kind == RoleKind::Cast).flat_map(|r| r.evidence.iter().copied()).collect();
            Value { label: p.name.to_string(), card: Some(format!("person:{}", p.id)), evidence }
        })
        .collect();
    let field = |name, values| Field { name, values, disputed: false };
    let fields = vec![
        field("Directed by", person_values(kb, crew(Department::Directing, &["director"]))),
        field("Written by", person_values(kb, crew(Department::Writing, &[]))),
        field("Starring", starring),
        field("Cinematography", person_values(kb, crew(Department::Camera, &["cinematograph", "photography"]))),
        field("Music", person_values(kb, crew(Department::SoundMusic, &["compos", "music"]))),
        field("Production companies", organisations(kb, OrgKind::Studio)),
        field("Financed by", organisations(kb, OrgKind::Financier)),
        field("Filming locations", places(kb, PlaceKind::FilmingLocation)),
        setting(kb),
        field("Release", releases(kb)),
    ];
    let value = |label: String, evidence: &[Evidence]| Value { label, card: None, evidence: evidence.to_vec() };
    Some(Infobox {
        title: value(production.title.to_string(), &production.title_evidence),
        year: production.year.map(|y| value(y.to_string(), &production.year_evidence)),
        genre: production.genre.as_ref().map(|g| value(g.to_string(), &production.genre_evidence)),
        fields: fields.into_iter().filter(|f| !f.values.is_empty()).collect(),
    })
}

/// The page's title: "Title (Year) — production explorer", or a generic one.
pub fn page_title(kb: &KnowledgeBase) -> String {
    match &kb.production {
        Some(p) => match p.year {
            Some(year) => format!("{} ({year}) — production explorer", p.title),
            None => format!("{} — production explorer", p.title),
        },
        None => "Production explorer".to_owned(),
    }
}

/// A one-line description for search engines and link previews.
pub fn description(kb: &KnowledgeBase) -> String {
    let sources = labels::count(kb.documents.len(), "source", "sources");
    let Some(infobox) = infobox(kb) else {
        return format!(
            "The cast, crew and production events of a film from {sources}, each fact with the sentence it came from."
        );
    };
    let mut what = infobox.title.label.clone();
    if let Some(year) = &infobox.year {
        what.push_str(&format!(" ({})", year.label));
    }
    if let Some(genre) = &infobox.genre {
        let article = if genre.label.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
        what.push_str(&format!(", {article} {}", genre.label));
    }
    if let Some(director) = infobox.fields.iter().find(|f| f.name == "Directed by") {
        let names: Vec<&str> = director.values.iter().map(|v| v.label.as_str()).collect();
        what.push_str(&format!(" directed by {}", names.join(" and ")));
    }
    format!("{what}: its cast, crew and production events from {sources}, each fact with the sentence it came from.")
}
