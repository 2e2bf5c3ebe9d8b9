//! The optional curation file, `seeds/curation.facts`: hand-made additions to what the pipeline
//! finds. One fact per line, `document id | fact | "verbatim quote"`; `#` starts a comment.
//!
//! Facts: `cast: Name` or `cast: Name as Character`; `crew: Name, Job, Department`
//! (a [`Department`] variant name); `event: Kind, YYYY[-MM[-DD]]` (an [`EventKind`] variant
//! name); `place: Name, Kind` (a [`PlaceKind`] variant name); `name: Written -> Intended`, a
//! misspelled name corrected (the quote shows the written form). Every quote must occur in the
//! repaired text of its document, or the build stops naming the file and line.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use knowledge::{
    Date, Department, Document, Event, EventKind, Evidence, List, Organisation, Person, Place, PlaceKind, PlaceUse,
    Precision, Role, RoleKind, Span, Text, When,
};

use crate::entities::unique_slug;
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
    /// A person, organisation or place whose name the text misspells.
    Name {
        /// The name as the text writes it (kept as an alias).
        written: String,
        /// The name it should be.
        intended: String,
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
    let (kind, rest) =
        fact.split_once(':').ok_or("a fact starts with `cast:`, `crew:`, `event:`, `place:` or `name:`")?;
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
        ("name", [rename]) => {
            let (written, intended) = rename.split_once("->").ok_or("expected `name: Written -> Intended`")?;
            Ok(Fact::Name { written: named(written.trim())?, intended: named(intended.trim())? })
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

/// A slug id for `name` that no entity of `list` but the one at `except` has.
fn fresh_id<T: Named>(list: &mut [T], name: &str, except: Option<usize>) -> Text {
    let mut taken: BTreeSet<String> = list
        .iter_mut()
        .enumerate()
        .filter(|&(i, _)| Some(i) != except)
        .map(|(_, entity)| entity.names().0.to_string())
        .collect();
    unique_slug(name, &mut taken).into()
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
                    id: unique_slug(&format!("curated {} {kind:?}", entry.line), &mut BTreeSet::new()).into(),
                    kind: *kind,
                    status: knowledge::EventStatus::Happened,
                    summary: entry.quote.clone().into(),
                    headline: Default::default(),
                    when: Some(When {
                        date: Some(*date),
                        phrase: date_phrase(*date).into(),
                        resolved: false,
                        anchor: None,
                    }),
                    places: Vec::new().into(),
                    people: Vec::new().into(),
                    organisations: Vec::new().into(),
                    evidence: vec![evidence].into(),
                }),
                Fact::Place { name, kind } => add_place(entities, name, *kind, evidence),
                Fact::Name { written, intended } => {
                    if !entry.quote.contains(written.as_str()) {
                        return Err(error(format!("the quote does not contain the written name `{written}`")));
                    }
                    // Mentions in the quote's own document only: elsewhere the form may be right.
                    let written_so = |e: &Evidence| {
                        e.doc == evidence.doc && {
                            let text = documents.get(usize::from(e.doc)).map_or("", |d| &d.text);
                            text.get(e.span.start as usize..e.span.end as usize).is_some_and(|t| same_name(t, written))
                        }
                    };
                    let fix = Fix { written, intended, evidence, written_so: &written_so };
                    let renamed = rename(&mut entities.people, events, &fix)
                        || rename(&mut entities.organisations, events, &fix)
                        || rename(&mut entities.places, events, &fix);
                    if !renamed {
                        return Err(error(format!("no person, organisation or place is named `{written}`")));
                    }
                }
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
            let id = fresh_id(&mut entities.people, name, None);
            entities.people.push(Person {
                id,
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
            organisation: None,
            replaced: false,
            evidence: vec![evidence].into(),
        }),
    }
}

/// What correcting a name needs of a person, organisation or place.
trait Named {
    /// The id, name, aliases and mentions.
    fn names(&mut self) -> (&mut Text, &mut Text, &mut List<Text>, &mut List<Evidence>);
    /// Takes in the facts of `other`, the same entity under another name.
    fn absorb_facts(&mut self, other: &Self);
    /// The entities of this kind an event involves (indices).
    fn in_event(event: &mut Event) -> &mut List<u16>;
}

impl Named for Person {
    fn names(&mut self) -> (&mut Text, &mut Text, &mut List<Text>, &mut List<Evidence>) {
        (&mut self.id, &mut self.name, &mut self.aliases, &mut self.mentions)
    }
    fn absorb_facts(&mut self, other: &Self) {
        for role in other.roles.iter() {
            let same = |a: &Role, b: &Role| a.kind == b.kind && a.job == b.job && a.character == b.character;
            merge_fact(&mut self.roles, role, same, |r| &mut r.evidence);
        }
    }
    fn in_event(event: &mut Event) -> &mut List<u16> {
        &mut event.people
    }
}

impl Named for Organisation {
    fn names(&mut self) -> (&mut Text, &mut Text, &mut List<Text>, &mut List<Evidence>) {
        (&mut self.id, &mut self.name, &mut self.aliases, &mut self.mentions)
    }
    fn absorb_facts(&mut self, other: &Self) {
        for claim in other.relations.iter() {
            merge_fact(&mut self.relations, claim, |a, b| a.label == b.label, |c| &mut c.evidence);
        }
    }
    fn in_event(event: &mut Event) -> &mut List<u16> {
        &mut event.organisations
    }
}

impl Named for Place {
    fn names(&mut self) -> (&mut Text, &mut Text, &mut List<Text>, &mut List<Evidence>) {
        (&mut self.id, &mut self.name, &mut self.aliases, &mut self.mentions)
    }
    fn absorb_facts(&mut self, other: &Self) {
        for place_use in other.uses.iter() {
            merge_fact(&mut self.uses, place_use, |a, b| a.kind == b.kind, |u| &mut u.evidence);
        }
    }
    fn in_event(event: &mut Event) -> &mut List<u16> {
        &mut event.places
    }
}

/// Adds `fact` to `facts`, or its evidence to the same fact already there.
fn merge_fact<T: Clone>(
    facts: &mut List<T>,
    fact: &T,
    same: impl Fn(&T, &T) -> bool,
    evidence: fn(&mut T) -> &mut List<Evidence>,
) {
    let mut fact = fact.clone();
    let facts = facts.to_mut();
    match facts.iter_mut().find(|f| same(f, &fact)) {
        Some(existing) => add_evidence(evidence(existing), evidence(&mut fact)),
        None => facts.push(fact),
    }
}

/// Adds evidence to a list kept sorted and without repeats.
fn add_evidence(list: &mut List<Evidence>, more: &[Evidence]) {
    let list = list.to_mut();
    list.extend_from_slice(more);
    list.sort_unstable();
    list.dedup();
}

/// A name correction being applied.
struct Fix<'a> {
    /// The name as the text writes it.
    written: &'a str,
    /// The name it should be.
    intended: &'a str,
    /// The curated quote.
    evidence: Evidence,
    /// Whether a mention's text is the written form.
    written_so: &'a dyn Fn(&Evidence) -> bool,
}

/// Renames the entity of `list` named or aliased `written` to `intended`, keeping the written
/// form as an alias and the quote as a curated mention. When another entity already bears the
/// intended name, that one takes in the misspelled one's aliases and facts, and events follow;
/// when only an alias was misspelled, just that alias and the mentions written so move.
/// False when no entity of `list` is written so.
fn rename<T: Named + Clone>(list: &mut Vec<T>, events: &mut [Event], fix: &Fix) -> bool {
    let Fix { written, intended, evidence, written_so } = *fix;
    let is_named = |entity: &mut T, name: &str| {
        let (_, own, aliases, _) = entity.names();
        same_name(own, name) || aliases.iter().any(|a| same_name(a, name))
    };
    let Some(from) = list.iter_mut().position(|e| is_named(e, written)) else { return false };
    let into = list.iter_mut().position(|e| is_named(e, intended)).filter(|&i| i != from);
    let Some(into) = into else {
        let new_id = fresh_id(list, intended, Some(from));
        let (id, name, aliases, mentions) = list[from].names();
        if same_name(name, written) {
            let old = std::mem::replace(name, intended.to_owned().into());
            *id = new_id;
            aliases.to_mut().retain(|a| !same_name(a, intended));
            aliases.to_mut().push(old);
        } else {
            // Only an alias was misspelled ("Leee" for "Ann Lee"): the intended form joins it.
            aliases.to_mut().push(intended.to_owned().into());
        }
        add_evidence(mentions, &[evidence]);
        return true;
    };
    if !same_name(list[from].names().1, written) {
        let (_, _, aliases, mentions) = list[from].names();
        aliases.to_mut().retain(|a| !same_name(a, written));
        let (moved, kept): (Vec<Evidence>, Vec<Evidence>) = mentions.iter().partition(|e| written_so(e));
        *mentions = kept.into();
        let (_, name, aliases, mentions) = list[into].names();
        if !same_name(name, written) && !aliases.iter().any(|a| same_name(a, written)) {
            aliases.to_mut().push(written.to_owned().into());
        }
        add_evidence(mentions, &moved);
        add_evidence(mentions, &[evidence]);
        return true;
    }
    let mut misspelled = list.remove(from);
    let into = if into > from { into - 1 } else { into };
    list[into].absorb_facts(&misspelled);
    let (_, old, old_aliases, old_mentions) = misspelled.names();
    let (_, name, aliases, mentions) = list[into].names();
    for alias in std::iter::once(&*old).chain(old_aliases.iter()) {
        if !same_name(alias, name) && !aliases.iter().any(|a| same_name(a, alias)) {
            aliases.to_mut().push(alias.clone());
        }
    }
    add_evidence(mentions, old_mentions);
    add_evidence(mentions, &[evidence]);
    for event in events.iter_mut() {
        let indices = T::in_event(event).to_mut();
        for index in indices.iter_mut() {
            let i = usize::from(*index);
            *index = if i == from {
                into as u16
            } else if i > from {
                *index - 1
            } else {
                *index
            };
        }
        // The absorbed entity may now be listed twice: keep its first place.
        let mut seen = false;
        indices.retain(|&i| usize::from(i) != into || !std::mem::replace(&mut seen, true));
    }
    true
}

fn add_place(entities: &mut Entities, name: &str, kind: PlaceKind, evidence: Evidence) {
    let index = match entities
        .places
        .iter()
        .position(|p| same_name(&p.name, name) || p.aliases.iter().any(|a| same_name(a, name)))
    {
        Some(i) => i,
        None => {
            let id = fresh_id(&mut entities.places, name, None);
            entities.places.push(Place {
                id,
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
            created: None,
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
            "a | name: X | \"q\"",
            "a | name: X -> | \"q\"",
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

    fn person(name: &str, job: &str, mention: Evidence) -> Person {
        Person {
            id: unique_slug(name, &mut BTreeSet::new()).into(),
            name: name.to_owned().into(),
            aliases: Vec::new().into(),
            roles: vec![Role {
                kind: RoleKind::Cast,
                job: job.to_owned().into(),
                character: None,
                organisation: None,
                replaced: false,
                evidence: vec![mention].into(),
            }]
            .into(),
            mentions: vec![mention].into(),
        }
    }

    fn evidence(start: u32, end: u32, curated: bool) -> Evidence {
        Evidence { doc: 0, span: Span { start, end }, curated }
    }

    #[test]
    fn a_misspelled_name_is_corrected_and_kept_as_an_alias() {
        let d = [doc("a", "Ann Leee said so. Bo Ek agreed.")];
        let mut entities = Entities::default();
        entities.people.push(person("Bo Ek", "Actor", evidence(18, 23, false)));
        entities.people.push(person("Ann Leee", "Actor", evidence(0, 8, false)));
        let c = curation("a | name: Ann Leee -> Ann Lee | \"Ann Leee said so\"\n").unwrap();
        c.apply(&d, &mut entities, &mut Vec::new()).unwrap();
        let ann = &entities.people[1];
        assert_eq!((&*ann.id, &*ann.name, &*ann.aliases), ("ann-lee", "Ann Lee", &[Text::from("Ann Leee")][..]));
        assert_eq!(&*ann.mentions, [evidence(0, 8, false), evidence(0, 16, true)]);
        assert_eq!(&*entities.people[0].name, "Bo Ek");
    }

    #[test]
    fn a_misspelled_alias_keeps_the_name_and_gains_the_intended_form() {
        let d = [doc("a", "Ann Lee acts. Leee directs.")];
        let mut entities = Entities::default();
        let mut ann = person("Ann Lee", "Actor", evidence(0, 7, false));
        ann.aliases = vec![Text::from("Leee")].into();
        entities.people.push(ann);
        let c = curation("a | name: Leee -> Lee | \"Leee directs\"\n").unwrap();
        c.apply(&d, &mut entities, &mut Vec::new()).unwrap();
        let ann = &entities.people[0];
        assert_eq!((&*ann.id, &*ann.name), ("ann-lee", "Ann Lee"));
        assert_eq!(&*ann.aliases, [Text::from("Leee"), Text::from("Lee")]);
    }

    #[test]
    fn a_misspelled_alias_of_one_person_moves_to_the_intended_one() {
        let d = [doc("a", "Ann Lee directs. Bo Leigh produces. Leigh said so, and Lee said the snow was deep.")];
        let mut entities = Entities::default();
        let mut ann = person("Ann Lee", "Director", evidence(0, 7, false));
        ann.aliases = vec![Text::from("Lee")].into();
        ann.mentions = vec![evidence(0, 7, false), evidence(55, 58, false)].into();
        let mut bo = person("Bo Leigh", "Producer", evidence(17, 25, false));
        bo.aliases = vec![Text::from("Leigh")].into();
        entities.people.extend([ann, bo]);
        let c = curation("a | name: Lee -> Leigh | \"and Lee said the snow\"\n").unwrap();
        c.apply(&d, &mut entities, &mut Vec::new()).unwrap();
        let names: Vec<&str> = entities.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ann Lee", "Bo Leigh"]);
        let (ann, bo) = (&entities.people[0], &entities.people[1]);
        assert!(ann.aliases.is_empty() && *ann.mentions == [evidence(0, 7, false)]);
        assert_eq!(&*bo.aliases, [Text::from("Leigh"), Text::from("Lee")]);
        assert!(bo.mentions.contains(&evidence(55, 58, false)) && bo.roles.len() == 1);
    }

    #[test]
    fn a_renamed_entity_takes_an_id_no_other_has() {
        let d = [doc("a", "Ann Leee acts.")];
        let mut entities = Entities::default();
        entities.people.push(person("Ann Leee", "Actor", evidence(0, 8, false)));
        entities.people.push(person("Ann-Lee", "Actor", evidence(0, 8, false)));
        entities.people[1].name = "Ann–Lee".into();
        let c = curation("a | name: Ann Leee -> Ann Lee | \"Ann Leee acts\"\n").unwrap();
        c.apply(&d, &mut entities, &mut Vec::new()).unwrap();
        assert_eq!((&*entities.people[0].id, &*entities.people[1].id), ("ann-lee-2", "ann-lee"));
    }

    #[test]
    fn a_corrected_name_that_exists_merges_the_two_and_events_follow() {
        let d = [doc("a", "Ann Lee acts. Bo Ek acts. Ann Leee directs.")];
        let mut entities = Entities::default();
        entities.people.push(person("Ann Leee", "Director", evidence(26, 34, false)));
        entities.people.push(person("Bo Ek", "Actor", evidence(14, 19, false)));
        entities.people.push(person("Ann Lee", "Actor", evidence(0, 7, false)));
        let mut events = vec![Event {
            id: "e".into(),
            kind: EventKind::Casting,
            status: knowledge::EventStatus::Happened,
            summary: "s".into(),
            headline: "h".into(),
            when: None,
            places: Vec::new().into(),
            people: vec![0, 1, 2].into(),
            organisations: Vec::new().into(),
            evidence: Vec::new().into(),
        }];
        let c = curation("a | name: Ann Leee -> Ann Lee | \"Ann Leee directs\"\n").unwrap();
        c.apply(&d, &mut entities, &mut events).unwrap();
        let names: Vec<&str> = entities.people.iter().map(|p| &*p.name).collect();
        assert_eq!(names, ["Bo Ek", "Ann Lee"]);
        let ann = &entities.people[1];
        assert_eq!(&*ann.aliases, [Text::from("Ann Leee")]);
        let jobs: Vec<&str> = ann.roles.iter().map(|r| &*r.job).collect();
        assert_eq!(jobs, ["Actor", "Director"]);
        assert_eq!(&*ann.mentions, [evidence(0, 7, false), evidence(26, 34, false), evidence(26, 42, true)]);
        assert_eq!(&*events[0].people, [1, 0], "the misspelled entry now points at the merged person, once");
    }

    #[test]
    fn a_name_correction_renames_places_and_checks_its_quote() {
        let d = [doc("a", "Shot in Olso.")];
        let mut entities = Entities::default();
        add_place(&mut entities, "Olso", PlaceKind::FilmingLocation, evidence(8, 12, false));
        let c = curation("a | name: Olso -> Oslo | \"Shot in Olso\"\n").unwrap();
        c.apply(&d, &mut entities, &mut Vec::new()).unwrap();
        assert_eq!((&*entities.places[0].name, &*entities.places[0].aliases), ("Oslo", &[Text::from("Olso")][..]));
        for (bad, message) in [
            ("a | name: Olso -> Oslo | \"Shot in\"", "does not contain the written name `Olso`"),
            ("a | name: Bergen -> Oslo | \"Shot in\"", "does not contain the written name `Bergen`"),
            ("a | name: Shot -> Oslo | \"Shot in\"", "no person, organisation or place is named `Shot`"),
        ] {
            let err = curation(&format!("#\n{bad}\n")).unwrap().apply(&d, &mut entities, &mut Vec::new()).unwrap_err();
            assert_eq!(err.line, 2, "{bad}");
            assert!(err.message.contains(message), "{}", err.message);
        }
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
