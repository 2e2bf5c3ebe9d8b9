//! The knowledge-base schema shared by the build-time pipeline and the browser app.
//!
//! Every field is either plain data or a [`Text`]/[`List`] (`Cow<'static, _>`), so the same
//! types are built as owned values by the pipeline, serialised to JSON by the export command,
//! and baked by the pipeline's code generator into `static` data the wasm reads without parsing.
//!
//! Offsets in a [`Span`] are UTF-8 byte offsets into [`Document::text`] (the repaired text), and
//! always fall on `char` boundaries.
#![no_std]
#![deny(missing_docs)]

extern crate alloc;

use alloc::borrow::Cow;
use serde::Serialize;

/// Text that is borrowed from the binary in the app and owned in the pipeline.
pub type Text = Cow<'static, str>;
/// A list that is a static slice in the app and a vector in the pipeline.
pub type List<T> = Cow<'static, [T]>;

/// Version of this schema, bumped on any incompatible change of the JSON export.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the pipeline learned from the corpus.
#[derive(Clone, Debug, Serialize)]
pub struct KnowledgeBase {
    /// Schema version ([`SCHEMA_VERSION`] when built).
    pub schema_version: u32,
    /// Source documents, in file-name order; [`Evidence::doc`] indexes this list.
    pub documents: List<Document>,
    /// People, merged across documents.
    pub people: List<Person>,
    /// Organisations, merged across documents.
    pub organisations: List<Organisation>,
    /// Places, merged across documents.
    pub places: List<Place>,
    /// Production events, in chronological order (undated ones last, in document order).
    pub events: List<Event>,
    /// Facts on which the sources give different values.
    pub disagreements: List<Disagreement>,
    /// The work the corpus is about (the title most sources name), absent when no title stands
    /// out; the page's heading, document title and link previews name it.
    pub production: Option<Production>,
    /// People with a [`RoleKind::Cast`] role in credit order (the order in which the sources
    /// that list the cast first name them), as indices into [`KnowledgeBase::people`]; the
    /// evidence of each is its cast role. "Starring" is the head of this list.
    pub billing: List<u16>,
}

/// The production the corpus is about, as its sources name it.
///
/// The infobox's other fields are read from facts the knowledge base already holds: directed
/// by, written by, cinematography and music from [`Person::roles`] (crew departments and jobs),
/// starring from [`KnowledgeBase::billing`], production companies and financiers from
/// [`Organisation::kind`] and [`Organisation::relations`], filming locations and story setting
/// from [`Place::uses`] (with [`KnowledgeBase::disagreements`] when sources differ), release
/// from [`Event`]s of kind [`EventKind::Release`] and [`EventKind::Premiere`].
#[derive(Clone, Debug, Serialize)]
pub struct Production {
    /// The work's title as the sources write it, without quotation marks or year.
    pub title: Text,
    /// Where the title is named as a work's title: the first such sentence of each source, in
    /// document order.
    pub title_evidence: List<Evidence>,
    /// The year the sources give with the title ("Title (2024)", "the 2024 film Title"), when
    /// they agree on one.
    pub year: Option<i16>,
    /// The sentences that give [`Production::year`] with the title (empty when it is absent).
    pub year_evidence: List<Evidence>,
    /// The kind of work most sources call it ("western", "documentary", "miniseries"), lower
    /// case, when they agree: with the director and the setting, a one-line description.
    pub genre: Option<Text>,
    /// The sentences that call the title a [`Production::genre`] (empty when it is absent).
    pub genre_evidence: List<Evidence>,
}

/// A character range in a document's repaired text (UTF-8 byte offsets, end exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

/// Where a fact comes from: a span of one document, whose text is the verbatim quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Evidence {
    /// Index into [`KnowledgeBase::documents`].
    pub doc: u16,
    /// The quoted range of [`Document::text`].
    pub span: Span,
    /// True when the fact comes from the curation file rather than the automatic pipeline.
    pub curated: bool,
}

/// One source document: its repaired text, what was repaired, and how it was segmented.
#[derive(Clone, Debug, Serialize)]
pub struct Document {
    /// Stable id: the file name without extension.
    pub id: Text,
    /// File name inside `seeds/`.
    pub file: Text,
    /// Size of the file as read, in bytes.
    pub raw_bytes: u32,
    /// Title detected in the document (or its first line).
    pub title: Text,
    /// Publishing outlet, when the document names itself.
    pub outlet: Option<Text>,
    /// Author, when a byline gives one.
    pub author: Option<Text>,
    /// Publication date, when the document states it.
    pub published: Option<Date>,
    /// The document's creation time (TimeML's DCT), the date its relative phrases ("last
    /// year", "on Saturday") count from: stated in its metadata lines, or bounded from its
    /// content; `None` when neither gives one.
    pub created: Option<CreationTime>,
    /// The repaired text every span points into.
    pub text: Text,
    /// Every change made by the repair stage, in text order.
    pub repairs: List<Repair>,
    /// Paragraphs and sentences, in text order, each marked as prose or residue.
    pub segments: List<Segment>,
}

/// One change made while repairing mis-decoded text.
#[derive(Clone, Debug, Serialize)]
pub struct Repair {
    /// Where the replacement sits in the repaired text.
    pub span: Span,
    /// Byte offset of the original in the raw file.
    pub raw_offset: u32,
    /// The damaged original.
    pub original: Text,
    /// What it was replaced by (the text at `span`).
    pub replacement: Text,
    /// Which family of damage this was.
    pub kind: RepairKind,
}

/// Families of damage the repair stage knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum RepairKind {
    /// UTF-8 bytes that were decoded as Windows-1252 (`â€™` for `’`).
    Mojibake,
    /// A lone fragment of a mis-decoded quote mark (`†` for `”`).
    StrayQuoteFragment,
    /// Whitespace normalised (non-breaking spaces, runs of blanks, CR LF, BOM).
    Whitespace,
}

/// A unit of the segmented text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// The segment's range in the repaired text.
    pub span: Span,
    /// Index of the paragraph this segment belongs to (0-based, in text order).
    pub paragraph: u16,
    /// What the segment is.
    pub kind: SegmentKind,
}

/// What a segment holds; only [`SegmentKind::Sentence`] and [`SegmentKind::Heading`] are sources of facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum SegmentKind {
    /// The document's title.
    Title,
    /// A section heading inside the article.
    Heading,
    /// A sentence of prose.
    Sentence,
    /// Scrape residue, shown dimmed in the reader and never used for facts.
    Residue(ResidueKind),
}

/// Kinds of scrape residue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum ResidueKind {
    /// A photo credit such as `Name/Instagram`.
    ImageCredit,
    /// Share, comment, newsletter or "read more" boilerplate.
    Boilerplate,
    /// The title of a linked article left in the text.
    LinkTitle,
    /// A byline or dateline.
    Byline,
}

/// A date at the precision the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Date {
    /// Year (for a decade, its first year).
    pub year: i16,
    /// Month 1–12, or 0 when not given.
    pub month: u8,
    /// Day 1–31, or 0 when not given.
    pub day: u8,
    /// How precise the text is.
    pub precision: Precision,
}

/// The precision of a [`Date`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Precision {
    /// A decade ("the 1880s").
    Decade,
    /// A year.
    Year,
    /// A season of a year; `month` holds its first month (3, 6, 9 or 12).
    Season,
    /// A month of a year.
    Month,
    /// A day.
    Day,
}

/// When an event happened, as the text puts it.
#[derive(Clone, Debug, Serialize)]
pub struct When {
    /// The date, absent when the text gives no usable one.
    pub date: Option<Date>,
    /// The words in the text that give the time ("October 21, 2021", "last April").
    pub phrase: Text,
    /// True when `date` was resolved from a relative phrase against an anchor in the document.
    pub resolved: bool,
    /// How `date` was worked out when `phrase` does not state it in full (which sentence it
    /// counts from, by which rule, and whether it is an estimate); `None` when it does.
    pub anchor: Option<Anchor>,
}

/// What a date the text does not state in full was worked out from, so that the page can say
/// "Sep 2021, inferred from …" and quote the evidence.
#[derive(Clone, Debug, Serialize)]
pub struct Anchor {
    /// The sentence (or metadata line) that gives the date counted from.
    pub evidence: Evidence,
    /// The rule as a short phrase a reader can follow ("2 years after Mar 2019", "the year
    /// before the publication date").
    pub rule: Text,
    /// True when the date is an estimate: counted by a hedged phrase ("almost two years
    /// after") or from a creation time that is itself inferred. False when it follows exactly
    /// from a stated date ("two days later", "last year" in a dated article).
    pub inferred: bool,
}

/// When a document was written, and how that was found.
#[derive(Clone, Debug, Serialize)]
pub struct CreationTime {
    /// The date; what it means depends on `source` (the date itself, an upper or a lower bound).
    pub date: Date,
    /// How the date was found.
    pub source: TimeSource,
    /// The line or sentence of [`Document::text`] it was read or inferred from.
    pub span: Span,
    /// The rule as a short phrase ("Published line", "dateline", "after Mar 2021: almost 2
    /// years after Mar 2019").
    pub rule: Text,
}

/// How a [`CreationTime`] was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum TimeSource {
    /// Stated as the publication date (a "Published" line, a dated byline or dateline, a bare
    /// date line): the document was written then.
    Published,
    /// Only an update time is stated: the document was written at or before it.
    Updated,
    /// Inferred from the content: the document was written at or after the latest past
    /// event it dates.
    Inferred,
}

/// A person, merged across documents.
#[derive(Clone, Debug, Serialize)]
pub struct Person {
    /// Stable slug id.
    pub id: Text,
    /// Full name.
    pub name: Text,
    /// Other forms seen in the text ("Lee" for "Ann Lee").
    pub aliases: List<Text>,
    /// Every role the sources give.
    pub roles: List<Role>,
    /// Every mention of the person.
    pub mentions: List<Evidence>,
}

/// A role of a person in (or around) the production.
#[derive(Clone, Debug, Serialize)]
pub struct Role {
    /// Cast, crew or another relation.
    pub kind: RoleKind,
    /// The job as a credit would name it ("Actor", "Director", "Cinematographer", "Attorney").
    pub job: Text,
    /// For cast roles, the character played when the text gives it.
    pub character: Option<Text>,
    /// The organisation the role is held at when it is not the production itself
    /// ("Festival" for "festival director Ana Ruiz", "FBI" for "the FBI director"); `None`
    /// for the film's own cast and crew and for relations to people.
    pub organisation: Option<Text>,
    /// True when the text says the person was replaced in this role ("X, who was later
    /// replaced by Y"); the role is kept, marked as not held to the end.
    pub replaced: bool,
    /// The sentences that state this role.
    pub evidence: List<Evidence>,
}

/// The kind of a role; crew roles carry their department.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum RoleKind {
    /// Cast member.
    Cast,
    /// Crew member, in a department.
    Crew(Department),
    /// Someone related to the production otherwise (legal, family, press…).
    Other(Relation),
}

/// Film-credit departments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Department {
    /// Directors and assistant directors.
    Directing,
    /// Screenplay and story.
    Writing,
    /// Producers and production management.
    Production,
    /// Cinematography and camera crew.
    Camera,
    /// Picture editing.
    Editing,
    /// Composer, music and sound.
    SoundMusic,
    /// Production design, art direction, props and armoury.
    Art,
    /// Costume, hair and make-up.
    CostumeMakeUp,
    /// Visual effects.
    VisualEffects,
    /// Stunts, safety and general crew.
    CrewSafety,
}

/// Relations of people outside cast and crew.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Relation {
    /// Lawyers, judges, prosecutors, investigators.
    Legal,
    /// Relatives of someone involved.
    Family,
    /// Journalists, critics, outlets' staff.
    Press,
    /// Anyone else the text relates to the production.
    Other,
}

/// An organisation, merged across documents.
#[derive(Clone, Debug, Serialize)]
pub struct Organisation {
    /// Stable slug id.
    pub id: Text,
    /// Full name.
    pub name: Text,
    /// Other forms seen in the text ("THR").
    pub aliases: List<Text>,
    /// What kind of organisation it is.
    pub kind: OrgKind,
    /// How it relates to the production ("financier", "international sales").
    pub relations: List<Claim>,
    /// Every mention of it.
    pub mentions: List<Evidence>,
}

/// Kinds of organisations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum OrgKind {
    /// Film studio or production company.
    Studio,
    /// Financier.
    Financier,
    /// Distributor or sales agent.
    Distributor,
    /// Union or guild.
    Union,
    /// Court.
    Court,
    /// Public office, police, prosecutor, regulator.
    Office,
    /// Film festival (an awards body, which premieres nothing, is `Other`).
    Festival,
    /// News outlet or publisher.
    Outlet,
    /// Social platform or streaming service.
    Platform,
    /// Anything else.
    Other,
}

/// A short statement with its evidence ("international sales", "filming location").
#[derive(Clone, Debug, Serialize)]
pub struct Claim {
    /// The statement.
    pub label: Text,
    /// Where it is stated.
    pub evidence: List<Evidence>,
}

/// A place, merged across documents.
#[derive(Clone, Debug, Serialize)]
pub struct Place {
    /// Stable slug id.
    pub id: Text,
    /// Name as written in full.
    pub name: Text,
    /// Other forms seen in the text.
    pub aliases: List<Text>,
    /// What the place is to the production.
    pub uses: List<PlaceUse>,
    /// Every mention of it.
    pub mentions: List<Evidence>,
}

/// One way a place relates to the production, with its evidence.
#[derive(Clone, Debug, Serialize)]
pub struct PlaceUse {
    /// The relation.
    pub kind: PlaceKind,
    /// Where it is stated.
    pub evidence: List<Evidence>,
}

/// How a place relates to the production.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum PlaceKind {
    /// Where filming took place.
    FilmingLocation,
    /// Where the story is set.
    StorySetting,
    /// Where an event (premiere, hearing…) took place.
    EventVenue,
    /// Mentioned without a clearer relation.
    Mentioned,
}

/// A dated (or undated) production event.
#[derive(Clone, Debug, Serialize)]
pub struct Event {
    /// Stable id.
    pub id: Text,
    /// What kind of event.
    pub kind: EventKind,
    /// Whether the sources report it as done or as announced for later.
    pub status: EventStatus,
    /// What happened, in the words of the source sentence (trimmed).
    pub summary: Text,
    /// A short headline built from the kind and the participants ("Filming resumed in Ohio",
    /// "Case against Ann Lee dismissed"), always shorter than [`Event::summary`] and in whole
    /// words; empty only when the summary is itself as short as a headline.
    pub headline: Text,
    /// When, at the precision the text gives.
    pub when: Option<When>,
    /// Indices into [`KnowledgeBase::places`].
    pub places: List<u16>,
    /// Indices into [`KnowledgeBase::people`].
    pub people: List<u16>,
    /// Indices into [`KnowledgeBase::organisations`].
    pub organisations: List<u16>,
    /// The sentences that report the event (several when sources agree).
    pub evidence: List<Evidence>,
}

/// Kinds of production events, roughly in the order a production meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum EventKind {
    /// Story, script, rights, attachment of talent.
    Development,
    /// Money raised or deals signed.
    Financing,
    /// Actors joining.
    Casting,
    /// Preparation before the shoot.
    PreProduction,
    /// Principal photography begins.
    FilmingStart,
    /// Filming halted or paused.
    FilmingStop,
    /// Filming resumes.
    FilmingResume,
    /// Filming wraps.
    Wrap,
    /// An accident or incident.
    Incident,
    /// An investigation.
    Investigation,
    /// Charges, trials, suits, settlements, rulings.
    Legal,
    /// Trailer, first images, announcements.
    Publicity,
    /// Festival or other premiere.
    Premiere,
    /// Release in theatres, streaming, digital.
    Release,
    /// Awards and nominations.
    Award,
}

/// Whether an event took place or is only announced: a scheduled event ("will screen on
/// September 9", "is set to premiere at …", "plans to release") may still move or not happen,
/// so it is kept apart from what happened and never disagrees with it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum EventStatus {
    /// The sources report it as done (the default).
    #[default]
    Happened,
    /// Announced for a later date by the sources.
    Scheduled,
}

/// A fact on which sources give different values.
#[derive(Clone, Debug, Serialize)]
pub struct Disagreement {
    /// What the values are about ("story setting", "release date").
    pub subject: Text,
    /// Each distinct value with the sources that give it (at least two values).
    pub values: List<Claim>,
}

impl Evidence {
    /// The verbatim quote behind this evidence.
    pub fn quote<'a>(&self, kb: &'a KnowledgeBase) -> &'a str {
        let text: &str = &kb.documents[self.doc as usize].text;
        // `get`, not indexing: the pipeline checks spans, and a panic path would pull the
        // formatting of its message into the wasm.
        text.get(self.span.start as usize..self.span.end as usize).unwrap_or_default()
    }
}

impl EventKind {
    /// Every event kind, in the order a production meets them.
    pub const ALL: [EventKind; 15] = [
        EventKind::Development,
        EventKind::Financing,
        EventKind::Casting,
        EventKind::PreProduction,
        EventKind::FilmingStart,
        EventKind::FilmingStop,
        EventKind::FilmingResume,
        EventKind::Wrap,
        EventKind::Incident,
        EventKind::Investigation,
        EventKind::Legal,
        EventKind::Publicity,
        EventKind::Premiere,
        EventKind::Release,
        EventKind::Award,
    ];
}

impl EventStatus {
    /// Every event status.
    pub const ALL: [EventStatus; 2] = [EventStatus::Happened, EventStatus::Scheduled];
}

impl PlaceKind {
    /// Every place relation.
    pub const ALL: [PlaceKind; 4] =
        [PlaceKind::FilmingLocation, PlaceKind::StorySetting, PlaceKind::EventVenue, PlaceKind::Mentioned];
}

impl Department {
    /// Every department, in credit order.
    pub const ALL: [Department; 10] = [
        Department::Directing,
        Department::Writing,
        Department::Production,
        Department::Camera,
        Department::Editing,
        Department::SoundMusic,
        Department::Art,
        Department::CostumeMakeUp,
        Department::VisualEffects,
        Department::CrewSafety,
    ];

    /// The department's name as shown in credits.
    pub const fn label(self) -> &'static str {
        match self {
            Department::Directing => "Directing",
            Department::Writing => "Writing",
            Department::Production => "Production",
            Department::Camera => "Camera",
            Department::Editing => "Editing",
            Department::SoundMusic => "Sound & Music",
            Department::Art => "Art",
            Department::CostumeMakeUp => "Costume & Make-Up",
            Department::VisualEffects => "Visual Effects",
            Department::CrewSafety => "Crew & Safety",
        }
    }
}
