//! The optional curation file, `seeds/curation.facts`: hand-made additions to what the pipeline
//! finds. One fact per line, `document id | fact | "verbatim quote"`; `#` starts a comment.
//!
//! Facts: `cast: Name` or `cast: Name as Character`; `crew: Name, Job, Department`
//! (a [`Department`] variant name); `event: Kind, YYYY[-MM[-DD]]` (an [`EventKind`] variant
//! name); `place: Name, Kind` (a [`PlaceKind`] variant name). Every quote must occur in the
//! repaired text of its document, or the build stops naming the file and line.

use std::fs;
use std::path::{Path, PathBuf};

use knowledge::{
    Date, Department, Document, Event, EventKind, Evidence, Person, Place, PlaceKind, PlaceUse, Precision, Role,
    RoleKind, Span, When,
};

use crate::{BuildError, Entities};

/// File name of the curation file inside the seed directory.
pub const FILE_NAME: &str = "curation.facts";

/// One curated fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fact {
    /// A cast member, with the character when given.
    Cast {
        /// Actor.
        name: String,
        /// Character played.
        character: Option<String>,
    },
    /// A crew member.
    Crew {
        /// Person.
        name: String,
        /// Job as credited.
        job: String,
        /// Department.
        department: Department,
    },
    /// A production event.
    Event {
        /// Kind of event.
        kind: EventKind,
        /// Date at the precision given.
        date: Date,
    },
    /// A place and its relation to the production.
    Place {
        /// Place name.
        name: String,
        /// Relation.
        kind: PlaceKind,
    },
}

/// A curated fact with its source and the line it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// 1-based line in the curation file.
    pub line: usize,
    /// Document id.
    pub doc: String,
    /// The fact.
    pub fact: Fact,
    /// Verbatim quote from the document.
    pub quote: String,
}

/// Parsed curation entries (empty when there is no curation file).
#[derive(Clone, Debug, Default)]
pub struct Curation {
    /// Where the entries were read from.
    pub path: PathBuf,
    /// The entries, in file order.
    pub entries: Vec<Entry>,
}

/// Reads `dir/curation.facts` if there is one.
pub fn read(dir: &Path) -> Result<Curation, BuildError> {
    let path = dir.join(FILE_NAME);
    if !path.exists() {
        return Ok(Curation::default());
    }
    let text = fs::read_to_string(&path).map_err(|e| BuildError {
        file: path.clone(),
        line: 0,
        message: format!("cannot read the curation file: {e}"),
    })?;
    parse(&path, &text)
}

/// Parses curation text; `path` is used in error messages.
pub fn parse(path: &Path, text: &str) -> Result<Curation, BuildError> {
    let mut entries = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let error = |message: String| BuildError { file: path.to_path_buf(), line: i + 1, message };
        let mut fields = line.splitn(3, '|').map(str::trim);
        let (Some(doc), Some(fact), Some(quote)) = (fields.next(), fields.next(), fields.next()) else {
            return Err(error("expected `document id | fact | \"quote\"`".into()));
        };
        let quote = quote
            .strip_prefix('"')
            .and_then(|q| q.strip_suffix('"'))
            .filter(|q| !q.is_empty())
            .ok_or_else(|| error("the quote must be a non-empty \"double-quoted\" text".into()))?;
        let fact = parse_fact(fact).map_err(error)?;
        entries.push(Entry { line: i + 1, doc: doc.to_owned(), fact, quote: quote.to_owned() });
    }
    Ok(Curation { path: path.to_path_buf(), entries })
}

fn parse_fact(fact: &str) -> Result<Fact, String> {
    let (kind, rest) = fact.split_once(':').ok_or("a fact starts with `cast:`, `crew:`, `event:` or `place:`")?;
    let parts: Vec<&str> = rest.split(',').map(str::trim).collect();
    let named = |s: &str| if s.is_empty() { Err("a name is required".to_owned()) } else { Ok(s.to_owned()) };
    match (kind.trim(), parts.as_slice()) {
        ("cast", [who]) => Ok(match who.split_once(" as ") {
            Some((name, character)) => {
                Fact::Cast { name: named(name.trim())?, character: Some(named(character.trim())?) }
            }
            None => Fact::Cast { name: named(who)?, character: None },
        }),
        ("crew", [name, job, department]) => Ok(Fact::Crew {
            name: named(name)?,
            job: named(job)?,
            department: variant(department, &Department::ALL.map(|d| (d, format!("{d:?}"))))?,
        }),
        ("event", [kind, date]) => Ok(Fact::Event {
            kind: variant(kind, &EventKind::ALL.map(|k| (k, format!("{k:?}"))))?,
            date: parse_date(date)?,
        }),
        ("place", [name, kind]) => {
            Ok(Fact::Place { name: named(name)?, kind: variant(kind, &PlaceKind::ALL.map(|k| (k, format!("{k:?}"))))? })
        }
        (other, _) => Err(format!("unknown fact `{other}` or wrong number of fields")),
    }
}

fn variant<T: Copy>(name: &str, options: &[(T, String)]) -> Result<T, String> {
    options.iter().find(|(_, n)| n == name).map(|(v, _)| *v).ok_or_else(|| {
        let names: Vec<&str> = options.iter().map(|(_, n)| n.as_str()).collect();
        format!("unknown value `{name}` (expected one of {})", names.join(", "))
    })
}

fn parse_date(text: &str) -> Result<Date, String> {
    let bad = || format!("bad date `{text}` (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    let mut parts = text.split('-');
    let year: i16 = parts.next().and_then(|y| y.parse().ok()).ok_or_else(bad)?;
    let month: Option<u8> = parts.next().map(|m| m.parse().map_err(|_| bad())).transpose()?;
    let day: Option<u8> = parts.next().map(|d| d.parse().map_err(|_| bad())).transpose()?;
    if parts.next().is_some()
        || month.is_some_and(|m| !(1..=12).contains(&m))
        || day.is_some_and(|d| !(1..=31).contains(&d))
    {
        return Err(bad());
    }
    let precision = match (month, day) {
        (_, Some(_)) => Precision::Day,
        (Some(_), None) => Precision::Month,
        _ => Precision::Year,
    };
    Ok(Date { year, month: month.unwrap_or(0), day: day.unwrap_or(0), precision })
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

fn slug(name: &str) -> String {
    let mut slug = String::new();
    for word in name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.extend(word.chars().flat_map(char::to_lowercase));
    }
    slug
}

impl Curation {
    /// Adds the curated facts, each with curated evidence; fails on a quote absent from its document.
    pub fn apply(
        &self,
        documents: &[Document],
        entities: &mut Entities,
        events: &mut Vec<Event>,
    ) -> Result<(), BuildError> {
        for entry in &self.entries {
            let error = |message: String| BuildError { file: self.path.clone(), line: entry.line, message };
            let doc = documents
                .iter()
                .position(|d| d.id == entry.doc)
                .ok_or_else(|| error(format!("no document with id `{}`", entry.doc)))?;
            let start = documents[doc]
                .text
                .find(&entry.quote)
                .ok_or_else(|| error(format!("the quote is not in document `{}`: \"{}\"", entry.doc, entry.quote)))?;
            let span = Span { start: start as u32, end: (start + entry.quote.len()) as u32 };
            let evidence = Evidence { doc: doc as u16, span, curated: true };
            match &entry.fact {
                Fact::Cast { name, character } => {
                    add_role(entities, name, RoleKind::Cast, "Actor", character.clone(), evidence)
                }
                Fact::Crew { name, job, department } => {
                    add_role(entities, name, RoleKind::Crew(*department), job, None, evidence)
                }
                Fact::Event { kind, date } => events.push(Event {
                    id: format!("curated-{}-{}", entry.line, slug(&format!("{kind:?}"))).into(),
                    kind: *kind,
                    summary: entry.quote.clone().into(),
                    when: Some(When { date: Some(*date), phrase: date_phrase(*date).into(), resolved: false }),
                    places: Vec::new().into(),
                    people: Vec::new().into(),
                    organisations: Vec::new().into(),
                    evidence: vec![evidence].into(),
                }),
                Fact::Place { name, kind } => add_place(entities, name, *kind, evidence),
            }
        }
        Ok(())
    }
}

fn date_phrase(date: Date) -> String {
    match date.precision {
        Precision::Day => format!("{:04}-{:02}-{:02}", date.year, date.month, date.day),
        Precision::Month | Precision::Season => format!("{:04}-{:02}", date.year, date.month),
        Precision::Year | Precision::Decade => format!("{:04}", date.year),
    }
}

fn add_role(
    entities: &mut Entities,
    name: &str,
    kind: RoleKind,
    job: &str,
    character: Option<String>,
    evidence: Evidence,
) {
    let index = match entities
        .people
        .iter()
        .position(|p| same_name(&p.name, name) || p.aliases.iter().any(|a| same_name(a, name)))
    {
        Some(i) => i,
        None => {
            entities.people.push(Person {
                id: slug(name).into(),
                name: name.to_owned().into(),
                aliases: Vec::new().into(),
                roles: Vec::new().into(),
                mentions: Vec::new().into(),
            });
            entities.people.len() - 1
        }
    };
    let person = &mut entities.people[index];
    let roles = person.roles.to_mut();
    match roles
        .iter_mut()
        .find(|r| r.kind == kind && same_name(&r.job, job) && r.character.as_deref() == character.as_deref())
    {
        Some(role) => role.evidence.to_mut().push(evidence),
        None => roles.push(Role {
            kind,
            job: job.to_owned().into(),
            character: character.map(Into::into),
            evidence: vec![evidence].into(),
        }),
    }
}

fn add_place(entities: &mut Entities, name: &str, kind: PlaceKind, evidence: Evidence) {
    let index = match entities
        .places
        .iter()
        .position(|p| same_name(&p.name, name) || p.aliases.iter().any(|a| same_name(a, name)))
    {
        Some(i) => i,
        None => {
            entities.places.push(Place {
                id: slug(name).into(),
                name: name.to_owned().into(),
                aliases: Vec::new().into(),
                uses: Vec::new().into(),
                mentions: Vec::new().into(),
            });
            entities.places.len() - 1
        }
    };
    let uses = entities.places[index].uses.to_mut();
    match uses.iter_mut().find(|u| u.kind == kind) {
        Some(place_use) => place_use.evidence.to_mut().push(evidence),
        None => uses.push(PlaceUse { kind, evidence: vec![evidence].into() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, text: &str) -> Document {
        Document {
            id: id.to_owned().into(),
            file: format!("{id}.txt").into(),
            raw_bytes: text.len() as u32,
            title: "T".into(),
            outlet: None,
            author: None,
            published: None,
            text: text.to_owned().into(),
            repairs: Vec::new().into(),
            segments: Vec::new().into(),
        }
    }

    fn curation(text: &str) -> Result<Curation, BuildError> {
        parse(Path::new("seeds/curation.facts"), text)
    }

    #[test]
    fn parses_every_fact_kind_and_skips_comments() {
        let c = curation(
            "# comment\n\na | cast: Ann Lee as Bo | \"Ann Lee plays Bo\"\n\
             a | crew: Cy Dee, Gaffer, Camera | \"Cy Dee lit it\"\n\
             a | event: Wrap, 2020-05 | \"wrapped in May 2020\"\n\
             a | place: Oslo, FilmingLocation | \"shot in Oslo\"\n",
        )
        .unwrap();
        assert_eq!(c.entries.len(), 4);
        assert_eq!(c.entries[0].line, 3);
        assert_eq!(c.entries[0].fact, Fact::Cast { name: "Ann Lee".into(), character: Some("Bo".into()) });
        assert_eq!(
            c.entries[2].fact,
            Fact::Event {
                kind: EventKind::Wrap,
                date: Date { year: 2020, month: 5, day: 0, precision: Precision::Month }
            }
        );
    }

    #[test]
    fn malformed_entries_name_their_line() {
        for bad in [
            "a | cast: X",
            "a | cast: X | no quotes",
            "a | crew: X, Y, Nowhere | \"q\"",
            "a | event: Wrap, 2020-13 | \"q\"",
            "a | song: X | \"q\"",
        ] {
            let err = curation(&format!("# c\n{bad}\n")).unwrap_err();
            assert_eq!(err.line, 2, "{bad}");
            assert!(err.to_string().starts_with("seeds/curation.facts:2:"), "{err}");
        }
    }

    #[test]
    fn a_quote_absent_from_its_document_stops_the_build() {
        let c = curation("a | cast: Ann Lee | \"Ann Lee sings\"\n").unwrap();
        let err = c.apply(&[doc("a", "Ann Lee plays Bo.")], &mut Entities::default(), &mut Vec::new()).unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("not in document `a`"), "{}", err.message);
        let c = curation("zz | cast: Ann Lee | \"Ann Lee\"\n").unwrap();
        assert!(c.apply(&[doc("a", "Ann Lee.")], &mut Entities::default(), &mut Vec::new()).is_err());
    }

    #[test]
    fn curated_facts_carry_curated_evidence_and_merge_with_found_people() {
        let mut entities = Entities::default();
        let d = [doc("a", "Ann Lee plays Bo. Cy Dee lit it. It wrapped in May 2020 in Oslo.")];
        let c = curation(
            "a | cast: Ann Lee as Bo | \"Ann Lee plays Bo\"\na | cast: ann lee as Bo | \"plays Bo\"\n\
             a | crew: Cy Dee, Gaffer, Camera | \"Cy Dee lit it\"\na | event: Wrap, 2020-05 | \"wrapped in May 2020\"\n\
             a | place: Oslo, FilmingLocation | \"Oslo\"\n",
        )
        .unwrap();
        let mut events = Vec::new();
        c.apply(&d, &mut entities, &mut events).unwrap();
        assert_eq!(entities.people.len(), 2);
        assert_eq!(entities.people[0].roles.len(), 1);
        assert_eq!(entities.people[0].roles[0].evidence.len(), 2);
        assert!(entities.people[0].roles[0].evidence.iter().all(|e| e.curated));
        let e = &events[0].evidence[0];
        assert_eq!(&d[0].text[e.span.start as usize..e.span.end as usize], "wrapped in May 2020");
        assert_eq!(entities.places[0].uses[0].kind, PlaceKind::FilmingLocation);
    }
}
