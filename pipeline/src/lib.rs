//! Build-time knowledge pipeline: turns the seed articles into a [`KnowledgeBase`].
//!
//! Stages, one module each, run in this order by [`build`]:
//! [`corpus`] (read, validate) → [`repair`] → [`segment`] (paragraphs, sentences, residue,
//! metadata) → [`entities`] (people with roles, organisations, places, merged across documents)
//! → [`events`] (dated production events, using [`dates`]) → [`curation`] → [`disagreements`]
//! → [`production`] (the work the corpus is about, the cast in credit order), and each event's
//! headline ([`events::headline`]).
//! [`codegen`] bakes the result into Rust statics for the app; `export` writes it as JSON.
//! Nothing here knows about a particular film: every fact comes from the text.
#![deny(missing_docs)]

pub mod codegen;
pub mod corpus;
pub mod curation;
pub mod dates;
pub mod disagreements;
pub mod entities;
pub mod events;
pub mod production;
pub mod repair;
pub mod segment;

use std::fmt;
use std::path::{Path, PathBuf};

use knowledge::{Document, KnowledgeBase, Organisation, Person, Place, SCHEMA_VERSION};

/// People, organisations and places found in the corpus, merged across documents.
#[derive(Clone, Debug, Default)]
pub struct Entities {
    /// People.
    pub people: Vec<Person>,
    /// Organisations.
    pub organisations: Vec<Organisation>,
    /// Places.
    pub places: Vec<Place>,
}

/// A problem with the input that stops the build, located at a file and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildError {
    /// The offending file.
    pub file: PathBuf,
    /// 1-based line in that file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

impl std::error::Error for BuildError {}

/// Runs every stage on the seeds in `dir` (and its curation file, if any).
pub fn build(dir: &Path) -> Result<KnowledgeBase, BuildError> {
    let seeds = corpus::read_dir(dir)?;
    let mut documents = Vec::with_capacity(seeds.len());
    for seed in &seeds {
        documents.push(document(seed)?);
    }
    build_from_documents(documents, &curation::read(dir)?)
}

/// Repairs and segments one seed into a [`Document`].
pub fn document(seed: &corpus::Seed) -> Result<Document, BuildError> {
    let repaired = repair::repair(&seed.text);
    let segmented = segment::segment(&repaired.text);
    segment::check_has_prose(&seed.path, &segmented)?;
    Ok(Document {
        id: seed.id.clone().into(),
        file: seed.file_name.clone().into(),
        raw_bytes: seed.raw_bytes,
        title: segmented.metadata.title.into(),
        outlet: segmented.metadata.outlet.map(Into::into),
        author: segmented.metadata.author.map(Into::into),
        published: segmented.metadata.published,
        created: segmented.metadata.created.or_else(|| dates::infer_creation(&repaired.text, &segmented.segments)),
        text: repaired.text.into(),
        repairs: repaired.repairs.into(),
        segments: segmented.segments.into(),
    })
}

/// Runs the extraction stages on already repaired and segmented documents.
pub fn build_from_documents(
    documents: Vec<Document>,
    curation: &curation::Curation,
) -> Result<KnowledgeBase, BuildError> {
    let mut entities = entities::extract(&documents);
    let mut events = events::extract(&documents, &entities);
    curation.apply(&documents, &mut entities, &mut events)?;
    // Curated events join the chronology: dated ones by date, undated ones last (stable order).
    events.sort_by_key(|e| e.when.as_ref().and_then(|w| w.date).map_or((1, None), |d| (0, Some(d))));
    let disagreements = disagreements::find(&documents, &entities, &events);
    events::headline::write(&mut events, &entities);
    let production = production::find(&documents, &entities);
    let billing = production::billing(&documents, &entities.people);
    Ok(KnowledgeBase {
        schema_version: SCHEMA_VERSION,
        documents: documents.into(),
        people: entities.people.into(),
        organisations: entities.organisations.into(),
        places: entities.places.into(),
        events: events.into(),
        disagreements: disagreements.into(),
        production,
        billing: billing.into(),
    })
}
