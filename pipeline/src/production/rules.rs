//! The shapes that mark a name as a work's title, and the words that rule a name out.
//!
//! A title is a run of capitalised words, with short function words allowed between them
//! ("Night on the Harbor"). The patterns below find such a run where the text marks it as a
//! work: followed by its year, after a work noun, or before one. Quoted titles are found by the
//! entities stage's own reader of quotations.

use std::sync::LazyLock;

use regex::Regex;

/// A title-case run: capitalised words, function words allowed only between two of them.
const RUN: &str = r"\p{Lu}[\p{L}\p{N}’'&-]*(?:\s+(?:(?:of|the|and|a|an|in|on|at|to|for|from|with|by|or)\s+)*\p{Lu}[\p{L}\p{N}’'&-]*)*";

/// Nouns that name a work of film or television (lower case; matched in any case).
#[rustfmt::skip]
pub const WORK_NOUNS: &[&str] = &[
    "film", "movie", "feature", "western", "drama", "thriller", "comedy", "documentary", "biopic", "musical", "series",
    "miniseries", "sequel", "remake",
];

/// The work nouns that say what kind of work it is (a genre or a form), unlike "film" or "sequel".
pub const GENRES: &[&str] =
    &["western", "drama", "thriller", "comedy", "documentary", "biopic", "musical", "series", "miniseries"];

/// A year a work is dated by.
const YEAR: &str = r"(?:18|19|20)\d\d";

/// "Night Harbor (2024)": a title followed by its year in brackets.
pub static TITLE_THEN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r#"(?P<title>{RUN})[”“"’']?\s*\((?P<year>{YEAR})\)"#)).expect("title-year pattern")
});

/// "the film Night Harbor", "the 2024 western Night Harbor", "the movie, Night Harbor,": a work
/// noun (optionally after a year and one adjective) followed by a title. The group `kind` holds
/// the adjective and the noun ("Western film"), which may name the kind of work.
pub static NOUN_THEN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = WORK_NOUNS.join("|");
    Regex::new(&format!(
        r#"(?:\b(?P<year>{YEAR})\s+)?(?P<kind>(?:\p{{L}}[\p{{L}}-]*\s+)?\b(?P<noun>(?i:{nouns})))\s*,?\s+[“"‘']?(?P<title>{RUN})"#
    ))
    .expect("noun-title pattern")
});

/// "Night Harbor, a quiet drama", "Night Harbor—the Norwegian film", "Night Harbor is a western":
/// a title followed by an apposition or a copula that names it a work (after up to three words;
/// the group `kind` holds them and the noun).
pub static TITLE_THEN_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    let nouns = WORK_NOUNS.join("|");
    Regex::new(&format!(
        r#"(?P<title>{RUN})[”“"’']?(?:\s*[,—–:][”“"’']?\s*|\s+(?:is|was|isn['’]t|wasn['’]t|remains)\s+(?:(?:not|just|only|still|really)\s+)*)(?:a|an|the)\s+(?P<kind>(?:[\p{{L}}’'-]+,?\s+){{0,3}}(?P<noun>(?i:{nouns})))\b(?P<after>\s+\p{{Ll}}+)?"#
    ))
    .expect("title-noun pattern")
});

/// "Night Harbor” (2024)": the year in brackets right after a quoted title's closing mark.
pub static YEAR_AFTER_QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r#"^[”“"’']?\s*\((?P<year>{YEAR})\)"#)).expect("quoted year pattern"));

/// Words after a work noun that make it a modifier, not the work ("a film director", "a
/// western town"): the phrase then names a person, a place or a thing, not the work.
#[rustfmt::skip]
pub const NOUN_MODIFIED: &[&str] = &[
    "director", "directors", "producer", "producers", "critic", "critics", "star", "stars", "maker", "makers",
    "festival", "festivals", "school", "industry", "crew", "crews", "set", "sets", "studio", "studios", "buff",
    "fan", "fans", "lover", "lovers", "company", "companies", "town", "towns", "actor", "actress", "editor",
    "writer", "composer", "executive", "veteran", "historian", "scholar", "program", "programme", "deal",
    "rights", "career", "adaptation", "version", "debut",
];

/// Words that open a capitalised run without belonging to a title: a sentence's first word or a
/// headline's verb ("After Night Harbor (2024) …", "Watch Night Harbor (2024)").
#[rustfmt::skip]
pub const NOT_A_TITLE_START: &[&str] = &[
    "in", "on", "at", "for", "with", "from", "by", "to", "of", "and", "or", "but", "then", "yet", "so", "now",
    "while", "though", "although", "because", "if", "when", "after", "before", "as", "since", "until", "like",
    "unlike", "watch", "review", "reviews", "exclusive", "trailer", "see", "meet", "inside", "why", "how", "what",
    "where", "who",
];

/// Last words that make a run an institution's or an event's name, not a work's ("Harbor Film
/// Festival", "Bay Studios").
#[rustfmt::skip]
pub const NOT_A_TITLE_END: &[&str] = &[
    "festival", "awards", "studios", "studio", "productions", "entertainment", "media", "group", "company",
    "inc", "llc", "ltd", "association", "guild", "union", "academy", "court", "office", "department",
];

/// Calendar words, which a work noun may precede without naming a work ("the film Monday").
#[rustfmt::skip]
pub const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Possessive endings: the run up to a possessive names an owner, not the work.
pub const POSSESSIVE: &[&str] = &["’s", "'s", "s’", "s'"];
