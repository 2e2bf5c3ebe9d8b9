//! Stage 4 helper: absolute and relative dates at the precision the text gives.
//!
//! [`find`] lists the date phrases of a text with their byte ranges. Absolute phrases carry a
//! [`Date`] at the precision written ("October 21, 2021" is a day, "May 2020" a month, "spring
//! 2023" a season, "2021" a year, "the 1880s" a decade). Everything else — a month or day
//! without a year ("May 2"), a phrase counted from the time of writing ("last year") or from
//! the date the passage last gave ("two years later") — is a [`Relative`] that only
//! [`resolve`] turns into a date, given an anchor, and never at a finer precision than both
//! the phrase and the anchor support.

use std::sync::LazyLock;

use knowledge::{Date, Precision};
use regex::{Captures, Regex};

/// A date phrase found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte offset of the phrase's first character.
    pub start: usize,
    /// Byte offset one past the phrase.
    pub end: usize,
    /// What the phrase says.
    pub expr: Expr,
}

/// What a date phrase says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expr {
    /// A complete date. `attributive` marks a bare year or decade that qualifies a noun ("her
    /// 2019 thriller", "Title (2025)", "1880s Texas"): it dates a work or a setting, so it is
    /// a weak event date and never an anchor.
    Absolute {
        /// The date at the precision written.
        date: Date,
        /// True when the year qualifies a noun rather than placing an event.
        attributive: bool,
    },
    /// A phrase that needs an anchor to become a date.
    Relative {
        /// What it says relative to the anchor.
        rel: Relative,
        /// Which anchor it counts from.
        base: Base,
    },
}

/// The anchor a relative phrase counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// The time of writing ("last year", "this month", "May 2"): only a publication date will do.
    Writing,
    /// The date the passage last gave ("two years later", "the following month").
    Previous,
}

/// A date stated relative to an anchor, or without its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relative {
    /// A month or season (maybe with a day) in the anchor's year: "May 2", "in April", "this spring".
    SameYear {
        /// Month 1–12 (a season's first month).
        month: u8,
        /// Day of the month, or 0.
        day: u8,
        /// True when `month` starts a season.
        season: bool,
    },
    /// The anchor moved by whole units: "last year", "two years later", "next week", "yesterday".
    Shift {
        /// What is counted.
        unit: Unit,
        /// How many units, negative into the past.
        by: i32,
        /// A month or season named inside the shifted year ("spring last year"), or 0.
        month: u8,
        /// True when `month` starts a season.
        season: bool,
        /// True when the count is hedged ("almost", "about", "more than"): such a phrase bounds
        /// a date but does not give one, so it is never resolved.
        hedged: bool,
    },
    /// The nearest named month or season before (`by` = -1) or after (+1) the anchor: "last April".
    Nearest {
        /// Month 1–12 (a season's first month).
        month: u8,
        /// True when `month` starts a season.
        season: bool,
        /// -1 for the last one, +1 for the next one.
        by: i8,
    },
}

/// Units a relative phrase counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
}

impl Found {
    /// The date this phrase gives on its own, when it can anchor relative phrases after it.
    pub fn anchor(&self) -> Option<Date> {
        match self.expr {
            Expr::Absolute { date, attributive: false } if date.precision != Precision::Decade => Some(date),
            _ => None,
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH: &str = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept\\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?)";
const FULL_MONTH: &str = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const SEASON: &str = "(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)";
const NUMBER: &str = "(?:\\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)";
const UNITS: &str = "(?:years?|months?|weeks?|days?)";

/// The shapes of date phrases, each with the reader that turns a match into an [`Expr`].
type Reader = fn(&Captures) -> Option<Expr>;

static PATTERNS: LazyLock<Vec<(Regex, Reader)>> = LazyLock::new(|| {
    let p = |s: String, r: Reader| (Regex::new(&s).expect("date pattern"), r);
    vec![
        p(format!(r"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"), read_day),
        p(format!(r"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>\d{{4}})\b"), read_day),
        p(format!(r"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>\d{{4}})\b"), read_month),
        p(format!(r"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?(?P<s>{SEASON})\s+(?:of\s+)?(?P<y>\d{{4}})\b"), read_season),
        p(r"\b(?:[Tt]he\s+)?(?:(?:early|late|mid-?)\s*)?(?P<y>\d{3}0)['’]?s\b".into(), read_decade),
        p(
            r"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]he (?:end|start|beginning|middle) of)\s*)?(?P<y>\d{4})\b".into(),
            read_year,
        ),
        p(format!(r"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"), read_month_day),
        p(
            format!(
                r"\b(?P<pre>in|on|since|until|till|by|from|through|during|before|after|around|into|of|to)\s+(?P<ph>(?:(?:early|late|mid-?)\s*)?(?P<m>{FULL_MONTH}))(?P<bare>)\b"
            ),
            read_bare_month,
        ),
        p(format!(r"\b(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*(?P<m>{FULL_MONTH})(?P<bare>)\b"), read_bare_month),
        p(
            format!(
                r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?P<dir>[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<u>year|month|week|{SEASON}|{FULL_MONTH})\b"
            ),
            read_deictic,
        ),
        p(
            format!(r"\b(?P<m>{SEASON}|{FULL_MONTH})\s+(?:of\s+)?(?P<dir>last|this|next)\s+year\b"),
            read_in_shifted_year,
        ),
        p(format!(r"\b(?P<n>{NUMBER})\s+(?P<u>{UNITS})\s+ago\b"), read_ago),
        p(
            format!(
                r"\b(?:(?P<q>[Aa]lmost|[Nn]early|[Aa]bout|[Rr]oughly|[Aa]round|[Ss]ome|[Mm]ore than|[Oo]ver|[Ll]ess than|[Jj]ust over|[Jj]ust under)\s+)?(?P<n>{NUMBER})\s+(?P<u>{UNITS})\s+(?P<dir>later|earlier|afterwards?)\b"
            ),
            read_later,
        ),
        p(r"\b[Tt]he\s+(?P<w>following|next|previous|prior|same)\s+(?P<u>year|month|week|day)\b".into(), read_the_next),
        p(r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?that\s+(?P<u>year|month)\b".into(), read_that),
        p(r"\b(?P<w>today|yesterday|tomorrow|Today|Yesterday|Tomorrow)\b".into(), read_today),
    ]
});

/// Every date phrase in `text`, in text order, without overlaps (the longest wins).
pub fn find(text: &str) -> Vec<Found> {
    let mut all = Vec::new();
    for (re, read) in PATTERNS.iter() {
        for caps in re.captures_iter(text) {
            let whole = caps.get(0).expect("match");
            let (start, end) = match caps.name("ph") {
                Some(ph) => (ph.start(), ph.end()),
                None => (whole.start(), whole.end()),
            };
            if !context_ok(text, start, end, &caps) {
                continue;
            }
            if let Some(expr) = read(&caps) {
                let expr = match expr {
                    Expr::Absolute { date, .. } if caps.name("y").is_some_and(|y| y.start() == start) => {
                        let decade = date.precision == Precision::Decade;
                        Expr::Absolute { date, attributive: attributive(text, start, end, decade) }
                    }
                    other => other,
                };
                all.push(Found { start, end, expr });
            }
        }
    }
    all.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut out: Vec<Found> = Vec::new();
    for f in all {
        if out.last().is_none_or(|last| f.start >= last.end) {
            out.push(f);
        }
    }
    out
}

/// Turns a relative phrase into a date against `anchor`, or `None` when the anchor is too coarse.
pub fn resolve(rel: Relative, anchor: Date) -> Option<Date> {
    use Precision::{Day, Month, Year};
    let has_month = matches!(anchor.precision, Month | Day);
    match rel {
        Relative::SameYear { month, day, season } => {
            (anchor.precision >= Year).then(|| named(anchor.year, month, day, season)).flatten()
        }
        Relative::Shift { hedged: true, .. } => None,
        Relative::Shift { unit: Unit::Year, by, month, season, .. } => {
            if anchor.precision < Year {
                return None;
            }
            let year = i16::try_from(i32::from(anchor.year) + by).ok()?;
            if month == 0 {
                Some(Date { year, month: 0, day: 0, precision: Year })
            } else {
                named(year, month, 0, season)
            }
        }
        Relative::Shift { unit: Unit::Month, by, .. } => {
            if !has_month {
                return None;
            }
            let index = month_index(anchor.year, anchor.month) + by;
            let (year, month) = from_month_index(index)?;
            Some(Date { year, month, day: 0, precision: Month })
        }
        Relative::Shift { unit: Unit::Week, by, .. } => {
            if anchor.precision != Day {
                return None;
            }
            let centre = day_number(anchor) + 7 * i64::from(by);
            let (lo, hi) = (civil(centre - 3)?, civil(centre + 3)?);
            (lo.0 == hi.0 && lo.1 == hi.1).then_some(Date { year: lo.0, month: lo.1, day: 0, precision: Month })
        }
        Relative::Shift { unit: Unit::Day, by, .. } => {
            if anchor.precision != Day {
                return None;
            }
            let (year, month, day) = civil(day_number(anchor) + i64::from(by))?;
            Some(Date { year, month, day, precision: Day })
        }
        Relative::Nearest { month, season, by } => {
            if !has_month {
                return None;
            }
            let now = month_index(anchor.year, anchor.month);
            let span = if season { 2 } else { 0 };
            let mut year = anchor.year;
            if by < 0 {
                while month_index(year, month) + span >= now {
                    year = year.checked_sub(1)?;
                }
            } else {
                while month_index(year, month) <= now {
                    year = year.checked_add(1)?;
                }
            }
            named(year, month, 0, season)
        }
    }
}

/// Whether two dates can denote the same time (their ranges overlap).
pub fn compatible(a: Date, b: Date) -> bool {
    let (a0, a1) = range(a);
    let (b0, b1) = range(b);
    a0 <= b1 && b0 <= a1
}

/// Whether `a` ends before `b` begins.
pub fn precedes(a: Date, b: Date) -> bool {
    range(a).1 < range(b).0
}

/// Whether an unresolved phrase could denote `date`: a named month, season or day must match.
pub fn fits(rel: Relative, date: Date) -> bool {
    let (month, day, season) = match rel {
        Relative::SameYear { month, day, season } => (month, day, season),
        Relative::Shift { month, season, .. } | Relative::Nearest { month, season, .. } => (month, 0, season),
    };
    if month == 0 || date.precision < Precision::Season {
        return true;
    }
    let months = |m: u8, s: bool| if s { vec![m, m % 12 + 1, (m + 1) % 12 + 1] } else { vec![m] };
    let ours = months(month, season);
    let theirs = months(date.month, date.precision == Precision::Season);
    if !ours.iter().any(|m| theirs.contains(m)) {
        return false;
    }
    day == 0 || date.precision != Precision::Day || date.day == day
}

/// The date as a reader would write it: "October 21, 2021", "spring 2023", "1880s".
pub fn label(d: Date) -> String {
    let month = || {
        let name = MONTHS.get(usize::from(d.month).wrapping_sub(1)).copied().unwrap_or("?");
        let mut chars = name.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
    };
    match d.precision {
        Precision::Decade => format!("{}s", d.year),
        Precision::Year => d.year.to_string(),
        Precision::Season => format!("{} {}", season_name(d.month), d.year),
        Precision::Month => format!("{} {}", month(), d.year),
        Precision::Day => format!("{} {}, {}", month(), d.day, d.year),
    }
}

/// The date as a stable id fragment: "2021-10-21", "2021-10", "2023-spring", "2021", "1880s".
pub fn slug(d: Date) -> String {
    match d.precision {
        Precision::Decade => format!("{}s", d.year),
        Precision::Year => d.year.to_string(),
        Precision::Season => format!("{}-{}", d.year, season_name(d.month)),
        Precision::Month => format!("{}-{:02}", d.year, d.month),
        Precision::Day => format!("{}-{:02}-{:02}", d.year, d.month, d.day),
    }
}

fn season_name(first_month: u8) -> &'static str {
    match first_month {
        3 => "spring",
        6 => "summer",
        9 => "autumn",
        _ => "winter",
    }
}

// ---- readers -------------------------------------------------------------------------------

fn read_day(c: &Captures) -> Option<Expr> {
    let (year, month, day) = (year(c)?, month(&c["m"])?, c["d"].parse().ok()?);
    (day >= 1 && day <= days_in_month(year, month)).then_some(absolute(Date {
        year,
        month,
        day,
        precision: Precision::Day,
    }))
}

fn read_month(c: &Captures) -> Option<Expr> {
    Some(absolute(Date { year: year(c)?, month: month(&c["m"])?, day: 0, precision: Precision::Month }))
}

fn read_season(c: &Captures) -> Option<Expr> {
    Some(absolute(Date { year: year(c)?, month: season(&c["s"])?, day: 0, precision: Precision::Season }))
}

fn read_decade(c: &Captures) -> Option<Expr> {
    Some(absolute(Date { year: year(c)?, month: 0, day: 0, precision: Precision::Decade }))
}

fn read_year(c: &Captures) -> Option<Expr> {
    Some(absolute(Date { year: year(c)?, month: 0, day: 0, precision: Precision::Year }))
}

fn read_month_day(c: &Captures) -> Option<Expr> {
    let (month, day) = (month(&c["m"])?, c["d"].parse::<u8>().ok()?);
    (day >= 1 && day <= days_in_month(2000, month)).then_some(writing(Relative::SameYear { month, day, season: false }))
}

fn read_bare_month(c: &Captures) -> Option<Expr> {
    Some(writing(Relative::SameYear { month: month(&c["m"])?, day: 0, season: false }))
}

fn read_deictic(c: &Captures) -> Option<Expr> {
    let by = match c["dir"].to_ascii_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    let rel = match &c["u"] {
        "year" => shift(Unit::Year, by, false),
        "month" => shift(Unit::Month, by, false),
        "week" => shift(Unit::Week, by, false),
        named => {
            let (month, season) = month_or_season(named)?;
            if by == 0 {
                Relative::SameYear { month, day: 0, season }
            } else {
                Relative::Nearest { month, season, by: by as i8 }
            }
        }
    };
    Some(writing(rel))
}

fn read_in_shifted_year(c: &Captures) -> Option<Expr> {
    let (month, season) = month_or_season(&c["m"])?;
    let by = match &c["dir"] {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    Some(writing(Relative::Shift { unit: Unit::Year, by, month, season, hedged: false }))
}

fn read_ago(c: &Captures) -> Option<Expr> {
    Some(writing(shift(unit(&c["u"])?, -number(&c["n"])?, false)))
}

fn read_later(c: &Captures) -> Option<Expr> {
    let n = number(&c["n"])?;
    let by = if &c["dir"] == "earlier" { -n } else { n };
    Some(Expr::Relative { rel: shift(unit(&c["u"])?, by, c.name("q").is_some()), base: Base::Previous })
}

fn read_the_next(c: &Captures) -> Option<Expr> {
    let by = match &c["w"] {
        "following" | "next" => 1,
        "previous" | "prior" => -1,
        _ => 0,
    };
    Some(Expr::Relative { rel: shift(unit(&c["u"])?, by, false), base: Base::Previous })
}

fn read_that(c: &Captures) -> Option<Expr> {
    Some(Expr::Relative { rel: shift(unit(&c["u"])?, 0, false), base: Base::Previous })
}

fn read_today(c: &Captures) -> Option<Expr> {
    let by = match c["w"].to_ascii_lowercase().as_str() {
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => 0,
    };
    Some(writing(shift(Unit::Day, by, false)))
}

fn absolute(date: Date) -> Expr {
    Expr::Absolute { date, attributive: false }
}

fn writing(rel: Relative) -> Expr {
    Expr::Relative { rel, base: Base::Writing }
}

fn shift(unit: Unit, by: i32, hedged: bool) -> Relative {
    Relative::Shift { unit, by, month: 0, season: false, hedged }
}

fn year(c: &Captures) -> Option<i16> {
    c["y"].parse::<i16>().ok().filter(|y| (1800..=2100).contains(y))
}

/// Day names (lower case).
const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// True when `word` (lower case) names a month or a weekday, in full or as the usual
/// abbreviation ("oct", "sept"): such a capitalised word is never part of a name.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    MONTHS.iter().any(|m| *m == word || (word.len() == 3 && m.starts_with(word)))
        || word == "sept"
        || DAYS.contains(&word)
}

/// The number (1–12) of a month name or its abbreviation ("Sept.", "oct").
pub(crate) fn month(name: &str) -> Option<u8> {
    let key = name.trim_end_matches('.').to_ascii_lowercase();
    if key.len() < 3 {
        return None;
    }
    let index = MONTHS.iter().position(|m| m.starts_with(&key))?;
    u8::try_from(index + 1).ok()
}

fn season(name: &str) -> Option<u8> {
    match name.to_ascii_lowercase().as_str() {
        "spring" => Some(3),
        "summer" => Some(6),
        "fall" | "autumn" => Some(9),
        "winter" => Some(12),
        _ => None,
    }
}

fn month_or_season(name: &str) -> Option<(u8, bool)> {
    season(name).map(|m| (m, true)).or_else(|| month(name).map(|m| (m, false)))
}

fn unit(word: &str) -> Option<Unit> {
    match word.trim_end_matches('s') {
        "year" => Some(Unit::Year),
        "month" => Some(Unit::Month),
        "week" => Some(Unit::Week),
        "day" => Some(Unit::Day),
        _ => None,
    }
}

fn number(word: &str) -> Option<i32> {
    const WORDS: [&str; 12] =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    let w = word.to_ascii_lowercase();
    if w == "a" || w == "an" {
        return Some(1);
    }
    if let Some(i) = WORDS.iter().position(|x| *x == w) {
        return i32::try_from(i + 1).ok();
    }
    w.parse().ok().filter(|n| (1..=99).contains(n))
}

// ---- context -------------------------------------------------------------------------------

/// Nouns after which a four-digit number is a count, not a year.
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "extras",
    "employees",
    "workers",
    "members",
    "screens",
    "theaters",
    "theatres",
    "copies",
    "feet",
    "meters",
    "metres",
    "miles",
    "kilometres",
    "kilometers",
    "dollars",
    "votes",
    "views",
    "times",
    "units",
    "pages",
    "words",
    "acres",
    "tickets",
    "jobs",
    "fans",
    "viewers",
    "students",
    "households",
    "rounds",
];
/// Words before a year that make it a point in time rather than a qualifier.
const TIME_WORDS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "through",
    "during",
    "of",
    "early",
    "late",
    "mid",
    "around",
    "before",
    "after",
    "circa",
    "throughout",
    "between",
    "and",
    "to",
    "for",
    "year",
    "until",
    "into",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "on",
    "or",
    "about",
    "than",
];
/// Words after a year that show it is not qualifying a noun.
const NOT_NOUNS: &[&str] = &[
    "and", "or", "but", "to", "when", "as", "was", "were", "is", "are", "had", "has", "have", "saw", "that", "which",
    "with", "through", "after", "before", "for", "the", "a", "an", "while", "until", "in", "on", "at", "by", "of",
    "where", "because", "if", "so", "then", "he", "she", "it", "they", "we", "i",
];

/// Rejects numbers that only look like dates: money, counts, parts of larger numbers, "May" the verb.
fn context_ok(text: &str, start: usize, end: usize, caps: &Captures) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    if caps.name("w").is_some_and(|w| w.as_str().starts_with(char::is_uppercase)) && start != 0 {
        // "Today" mid-sentence is usually a name ("USA Today").
        let prev = text[..start].trim_end();
        if !prev.is_empty() && !prev.ends_with(['.', '!', '?', '"', '“', '”']) {
            return false;
        }
    }
    if before
        .is_some_and(|c| matches!(c, '$' | '£' | '€' | '#' | '/' | '.' | ',' | ':' | '-' | '+') || c.is_ascii_digit())
        && caps.name("y").is_some_and(|y| y.start() == start)
    {
        return false;
    }
    if let Some(c) = after {
        if c.is_ascii_digit() || matches!(c, '%' | '/' | '+' | '$') {
            return false;
        }
        let rest = &text[end..];
        let mut chars = rest.chars();
        chars.next();
        let second = chars.next();
        if matches!(c, ',' | '.' | ':') && second.is_some_and(|d| d.is_ascii_digit()) {
            return false;
        }
        if caps.name("y").is_some_and(|y| y.end() == end) && c == ' ' {
            let word: String =
                rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
            if COUNT_NOUNS.contains(&word.as_str()) {
                return false;
            }
        }
    }
    if caps.name("dir").is_some() && text[..start].to_lowercase().ends_with("the ") {
        // "over the last year" is a duration, not a date.
        return false;
    }
    if caps.name("bare").is_some() {
        // A month name followed by a capitalised word is a personal name ("April Smith").
        let rest = text[end..].trim_start_matches(' ');
        if text[end..].starts_with(' ') && rest.starts_with(char::is_uppercase) && month(first_word(rest)).is_none() {
            return false;
        }
    }
    true
}

fn first_word(s: &str) -> &str {
    s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("")
}

/// Whether a bare year (or decade) at `start..end` qualifies the noun after it; a year after a
/// preposition places an event ("in 2019 Ana left"), a decade rarely does ("in 1920s Chicago").
fn attributive(text: &str, start: usize, end: usize, decade: bool) -> bool {
    let before = text[..start].trim_end();
    let after = &text[end..];
    if before.ends_with('(') && after.starts_with(')') {
        return true;
    }
    let prev = before.rsplit(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'').next().unwrap_or("");
    if !decade && TIME_WORDS.contains(&prev.to_lowercase().as_str()) {
        return false;
    }
    if !after.starts_with(' ') {
        return false;
    }
    let next = first_word(after.trim_start());
    !next.is_empty() && next.starts_with(char::is_alphabetic) && !NOT_NOUNS.contains(&next.to_lowercase().as_str())
}

// ---- calendar ------------------------------------------------------------------------------

fn named(year: i16, month: u8, day: u8, season: bool) -> Option<Date> {
    if !(1..=12).contains(&month) || day > days_in_month(year, month) {
        return None;
    }
    let precision = if day > 0 {
        Precision::Day
    } else if season {
        Precision::Season
    } else {
        Precision::Month
    };
    Some(Date { year, month, day, precision })
}

fn month_index(year: i16, month: u8) -> i32 {
    i32::from(year) * 12 + i32::from(month) - 1
}

fn from_month_index(index: i32) -> Option<(i16, u8)> {
    Some((i16::try_from(index.div_euclid(12)).ok()?, u8::try_from(index.rem_euclid(12) + 1).ok()?))
}

fn days_in_month(year: i16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (inverse of [`days_from_civil`]).
fn civil(days: i64) -> Option<(i16, u8, u8)> {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some((i16::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?))
}

fn day_number(d: Date) -> i64 {
    days_from_civil(i64::from(d.year), i64::from(d.month.max(1)), i64::from(d.day.max(1)))
}

/// First and last day (as day numbers) a date can denote.
fn range(d: Date) -> (i64, i64) {
    let y = i64::from(d.year);
    let m = i64::from(d.month.max(1));
    let end_of = |y: i64, m: i64| days_from_civil(if m == 12 { y + 1 } else { y }, m % 12 + 1, 1) - 1;
    match d.precision {
        Precision::Decade => (days_from_civil(y, 1, 1), days_from_civil(y + 10, 1, 1) - 1),
        Precision::Year => (days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1) - 1),
        Precision::Season => {
            let last = m + 2;
            (days_from_civil(y, m, 1), if last > 12 { end_of(y + 1, last - 12) } else { end_of(y, last) })
        }
        Precision::Month => (days_from_civil(y, m, 1), end_of(y, m)),
        Precision::Day => {
            let n = day_number(d);
            (n, n)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i16, month: u8, day: u8, precision: Precision) -> Date {
        Date { year, month, day, precision }
    }

    fn phrases(text: &str) -> Vec<&str> {
        find(text).iter().map(|f| &text[f.start..f.end]).collect()
    }

    fn only(text: &str) -> Expr {
        let found = find(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        found[0].expr
    }

    fn absolute_date(text: &str) -> Date {
        match only(text) {
            Expr::Absolute { date, .. } => date,
            other => panic!("{text:?}: {other:?}"),
        }
    }

    #[test]
    fn absolute_dates_keep_their_precision() {
        assert_eq!(absolute_date("The storm hit on March 3, 2019, at dawn."), date(2019, 3, 3, Precision::Day));
        assert_eq!(absolute_date("It closed on 4 July 1999 after a vote."), date(1999, 7, 4, Precision::Day));
        assert_eq!(absolute_date("Signed Feb. 9, 2015 in Lagos."), date(2015, 2, 9, Precision::Day));
        assert_eq!(absolute_date("Shooting began in June 2018."), date(2018, 6, 0, Precision::Month));
        assert_eq!(absolute_date("The plan dates from May 2010."), date(2010, 5, 0, Precision::Month));
        assert_eq!(absolute_date("Crews returned in the spring of 2022."), date(2022, 3, 0, Precision::Season));
        assert_eq!(absolute_date("It opened in autumn 2020."), date(2020, 9, 0, Precision::Season));
        assert_eq!(absolute_date("She moved there in 2004."), date(2004, 0, 0, Precision::Year));
        assert_eq!(absolute_date("It was written in early 2004."), date(2004, 0, 0, Precision::Year));
        assert_eq!(absolute_date("It resumed in early September 2022."), date(2022, 9, 0, Precision::Month));
        assert_eq!(phrases("It resumed in mid-May 2021."), ["mid-May 2021"]);
        assert_eq!(absolute_date("A tale of the 1920s."), date(1920, 0, 0, Precision::Decade));
    }

    #[test]
    fn phrases_are_the_longest_reading() {
        assert_eq!(phrases("On March 3, 2019 and in June 2018 and in 2004."), ["March 3, 2019", "June 2018", "2004"]);
        assert_eq!(
            phrases("It wrapped two years later, in spring last year."),
            ["two years later", "spring last year"]
        );
        assert_eq!(phrases("Back in early November, then last April."), ["early November", "last April"]);
    }

    #[test]
    fn numbers_that_are_not_years_are_skipped() {
        assert!(find("It made just $25K from 2000 screens.").is_empty());
        assert!(find("A budget of $1,2015 and 2150 extras and 1500 ships.").is_empty());
        assert!(find("Route 1999/2000 and 2019% and 3.2019 and 2,019").is_empty());
        assert!(find("You may see it. April Smith said so in May Rivers.").is_empty());
        assert!(find("Read it in USA Today now.").is_empty());
    }

    #[test]
    fn qualifying_years_are_attributive() {
        let attributive = |t: &str| matches!(only(t), Expr::Absolute { attributive: true, .. });
        assert!(attributive("He starred in her 2019 thriller instead."));
        assert!(attributive("Harbor Lights (2024) opens the season."));
        assert!(attributive("A story set in 1920s Chicago."));
        assert!(!attributive("He starred in it in 2019 instead."));
        assert!(!attributive("In 2019 the crew left."));
        assert!(!attributive("The crew left in 2019."));
    }

    #[test]
    fn underspecified_and_relative_phrases() {
        assert_eq!(
            only("It opens on June 9 in cinemas."),
            Expr::Relative { rel: Relative::SameYear { month: 6, day: 9, season: false }, base: Base::Writing }
        );
        assert_eq!(
            only("They met in April."),
            Expr::Relative { rel: Relative::SameYear { month: 4, day: 0, season: false }, base: Base::Writing }
        );
        assert_eq!(
            only("They met last April."),
            Expr::Relative { rel: Relative::Nearest { month: 4, season: false, by: -1 }, base: Base::Writing }
        );
        assert_eq!(
            only("Nearly four years later, it opened."),
            Expr::Relative {
                rel: Relative::Shift { unit: Unit::Year, by: 4, month: 0, season: false, hedged: true },
                base: Base::Previous
            }
        );
        assert!(matches!(only("It starts next week."), Expr::Relative { base: Base::Writing, .. }));
        assert!(matches!(only("The following year, it closed."), Expr::Relative { base: Base::Previous, .. }));
    }

    #[test]
    fn resolution_never_invents_precision() {
        let day = date(2024, 3, 15, Precision::Day);
        let year = date(2024, 0, 0, Precision::Year);
        let rel = |t: &str| match only(t) {
            Expr::Relative { rel, .. } => rel,
            other => panic!("{other:?}"),
        };
        assert_eq!(resolve(rel("last year"), day), Some(date(2023, 0, 0, Precision::Year)));
        assert_eq!(resolve(rel("this month"), day), Some(date(2024, 3, 0, Precision::Month)));
        assert_eq!(resolve(rel("this month"), year), None);
        assert_eq!(resolve(rel("last April"), day), Some(date(2023, 4, 0, Precision::Month)));
        assert_eq!(
            resolve(rel("last April"), date(2024, 6, 0, Precision::Month)),
            Some(date(2024, 4, 0, Precision::Month))
        );
        assert_eq!(resolve(rel("last April"), year), None);
        assert_eq!(resolve(rel("spring last year"), day), Some(date(2023, 3, 0, Precision::Season)));
        assert_eq!(resolve(rel("two years later"), day), Some(date(2026, 0, 0, Precision::Year)));
        assert_eq!(resolve(rel("almost three years later"), day), None);
        assert_eq!(resolve(rel("more than two months later"), day), None);
        assert_eq!(resolve(rel("on June 9"), day), Some(date(2024, 6, 9, Precision::Day)));
        assert_eq!(
            resolve(rel("yesterday"), date(2024, 3, 1, Precision::Day)),
            Some(date(2024, 2, 29, Precision::Day))
        );
        assert_eq!(resolve(rel("yesterday"), year), None);
        assert_eq!(resolve(rel("next week"), day), Some(date(2024, 3, 0, Precision::Month)));
        assert_eq!(resolve(rel("next week"), date(2024, 3, 25, Precision::Day)), None);
        assert_eq!(
            resolve(rel("two months later"), date(2023, 11, 0, Precision::Month)),
            Some(date(2024, 1, 0, Precision::Month))
        );
        assert_eq!(
            resolve(rel("last winter"), date(2024, 2, 1, Precision::Day)),
            Some(date(2022, 12, 0, Precision::Season))
        );
        assert_eq!(resolve(rel("next spring"), day), Some(date(2025, 3, 0, Precision::Season)));
        assert_eq!(resolve(rel("last year"), date(1990, 0, 0, Precision::Decade)), None);
    }

    #[test]
    fn compatibility_is_range_overlap() {
        let day = date(2021, 10, 21, Precision::Day);
        assert!(compatible(day, date(2021, 10, 0, Precision::Month)));
        assert!(compatible(day, date(2021, 0, 0, Precision::Year)));
        assert!(compatible(day, date(2020, 0, 0, Precision::Decade)));
        assert!(compatible(date(2023, 4, 0, Precision::Month), date(2023, 3, 0, Precision::Season)));
        assert!(compatible(date(2024, 1, 0, Precision::Month), date(2023, 12, 0, Precision::Season)));
        assert!(!compatible(day, date(2021, 10, 22, Precision::Day)));
        assert!(!compatible(day, date(2022, 0, 0, Precision::Year)));
        assert!(precedes(day, date(2021, 10, 22, Precision::Day)));
        assert!(!precedes(day, date(2021, 10, 0, Precision::Month)));
        let april = Relative::Nearest { month: 4, season: false, by: -1 };
        let spring = Relative::Shift { unit: Unit::Year, by: -1, month: 3, season: true, hedged: false };
        assert!(fits(april, date(2023, 4, 0, Precision::Month)));
        assert!(fits(spring, date(2023, 4, 0, Precision::Month)));
        assert!(!fits(april, date(2023, 7, 0, Precision::Month)));
        assert!(fits(april, date(2023, 0, 0, Precision::Year)));
        assert!(!fits(Relative::SameYear { month: 5, day: 2, season: false }, date(2025, 5, 3, Precision::Day)));
    }

    #[test]
    fn labels_and_slugs() {
        assert_eq!(label(date(2021, 10, 21, Precision::Day)), "October 21, 2021");
        assert_eq!(label(date(2023, 3, 0, Precision::Season)), "spring 2023");
        assert_eq!(label(date(1880, 0, 0, Precision::Decade)), "1880s");
        assert_eq!(slug(date(2021, 10, 0, Precision::Month)), "2021-10");
        assert_eq!(slug(date(2021, 10, 1, Precision::Day)), "2021-10-01");
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        proptest! {
            #[test]
            fn spans_are_sound_on_any_text(text in "\\PC{0,80}") {
                check(&text);
            }

            #[test]
            fn spans_are_sound_on_date_like_text(
                parts in proptest::collection::vec(
                    "(October|May|Sept\\.|spring|last|this|next|year|later|ago|almost|two|the|in|\\$|2021|1880s|21|,|\\.| |\\(|\\)|é|—|\\PC)",
                    0..24,
                )
            ) {
                check(&parts.concat());
            }
        }

        fn check(text: &str) {
            let found = find(text);
            let mut last = 0;
            for f in &found {
                assert!(f.start >= last && f.start < f.end && f.end <= text.len());
                assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                last = f.end;
                if let Expr::Relative { rel, .. } = f.expr {
                    for anchor in [
                        Date { year: 2021, month: 12, day: 31, precision: Precision::Day },
                        Date { year: 1800, month: 1, day: 1, precision: Precision::Day },
                        Date { year: 2021, month: 0, day: 0, precision: Precision::Year },
                    ] {
                        let _ = resolve(rel, anchor);
                    }
                }
            }
        }
    }
}
