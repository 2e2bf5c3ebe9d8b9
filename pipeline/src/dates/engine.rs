//! The engine of the temporal tagger: applies the [`rules`](super::rules) to a text, checks
//! each match against its context, reads what it says and joins the ends of ranges.

use knowledge::{Date, Precision};
use regex::Captures;

use super::calendar::days_in_month;
use super::rules::{
    COUNT_NOUNS, DAYS, HEDGES, MONTHS, NOT_NOUNS, NUMBER_WORDS, RANGE_JOINERS, RESCHEDULES, RULES, SEASONS, TIME_WORDS,
};
use super::{Base, Expr, Found, Hedge, Part, Relative, Unit};

/// Every date phrase in `text`, in text order, without overlaps (the longest wins); two
/// phrases joined by "to", "through" or a dash (or "between … and") make one range.
pub fn find(text: &str) -> Vec<Found> {
    let mut all = Vec::new();
    for rule in RULES.iter() {
        for caps in rule.pattern.captures_iter(text) {
            let whole = caps.get(0).expect("match");
            let (start, end) = match caps.name("ph") {
                Some(ph) => (ph.start(), ph.end()),
                None => (whole.start(), whole.end()),
            };
            if !context_ok(text, start, end, &caps) {
                continue;
            }
            if let Some(expr) = (rule.read)(&caps) {
                let expr = match expr {
                    Expr::Absolute { date, .. }
                        if date.precision <= Precision::Year && caps.name("y").is_some_and(|y| y.start() == start) =>
                    {
                        let decade = date.precision == Precision::Decade;
                        Expr::Absolute { date, attributive: attributive(text, start, end, decade) }
                    }
                    other => other,
                };
                all.push(Found { start, end, rule: rule.name, expr });
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
    join_ranges(text, out)
}

/// Joins neighbouring phrases that are the two ends of a range, and a weekday with the date
/// that follows it.
fn join_ranges(text: &str, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(last) = out.last_mut()
            && matches!(last.expr, Expr::Relative { rel: Relative::Weekday { by: 0, .. }, .. })
            && matches!(text[last.end..f.start].trim(), "," | "")
            && range_end(&f).is_some_and(|p| {
                matches!(p, Part::Date(Date { day: 1.., .. }) | Part::Rel(Relative::SameYear { day: 1.., .. }))
            })
        {
            // "Saturday, Sept. 9": the day names the weekday of the date after it.
            *last = Found { start: last.start, ..f };
            continue;
        }
        if let Some(last) = out.last_mut()
            && let (Some(first), Some(second)) = (range_end(last), range_end(&f))
        {
            let between = text[last.end..f.start].trim().to_lowercase();
            let opened_by_between = text[..last.start].trim_end().to_lowercase().ends_with("between");
            if (RANGE_JOINERS.contains(&between.as_str()) && !moved_from(text, last.start))
                || (between == "and" && opened_by_between)
            {
                *last =
                    Found { start: last.start, end: f.end, rule: "range", expr: Expr::Range { first, last: second } };
                continue;
            }
        }
        out.push(f);
    }
    out
}

/// True when the phrase at `start` is the old date of a move ("moved … from March 13 to
/// April 24"): "from" before it, a verb of moving in the words before that.
pub fn moved_from(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end().to_lowercase();
    let Some(lead) = before.strip_suffix("from") else { return false };
    // A period before a day's number ends a month's abbreviation ("to Feb. 13, 2026, from"),
    // not the clause.
    let abbreviation = |i: usize| lead[i + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    let end = lead.char_indices().rfind(|&(i, c)| c == ';' || (c == '.' && !abbreviation(i))).map(|(i, _)| i);
    let clause = end.map_or(lead, |i| &lead[i + 1..]);
    clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(10)
        .any(|w| RESCHEDULES.contains(&w))
}

/// What a phrase gives as one end of a range: a complete date, or a month (and day) without a year.
fn range_end(f: &Found) -> Option<Part> {
    match f.expr {
        Expr::Absolute { date, attributive: false } if date.precision != Precision::Decade => Some(Part::Date(date)),
        Expr::Relative { rel: rel @ Relative::SameYear { season: false, .. }, base: Base::Writing } => {
            Some(Part::Rel(rel))
        }
        _ => None,
    }
}

pub(super) fn read_day(c: &Captures) -> Option<Expr> {
    let (year, month, day) = (year(c)?, month(&c["m"])?, c["d"].parse().ok()?);
    (day >= 1 && day <= days_in_month(year, month)).then_some(absolute(Date {
        year,
        month,
        day,
        precision: Precision::Day,
    }))
}

pub(super) fn read_month(c: &Captures) -> Option<Expr> {
    Some(absolute(Date { year: year(c)?, month: month(&c["m"])?, day: 0, precision: Precision::Month }))
}

pub(super) fn read_season(c: &Captures) -> Option<Expr> {
    Some(absolute(Date { year: year(c)?, month: season(&c["s"])?, day: 0, precision: Precision::Season }))
}

pub(super) fn read_decade(c: &Captures) -> Option<Expr> {
    Some(absolute(Date { year: year(c)?, month: 0, day: 0, precision: Precision::Decade }))
}

pub(super) fn read_year(c: &Captures) -> Option<Expr> {
    Some(absolute(Date { year: year(c)?, month: 0, day: 0, precision: Precision::Year }))
}

pub(super) fn read_month_day(c: &Captures) -> Option<Expr> {
    let (month, day) = (month(&c["m"])?, c["d"].parse::<u8>().ok()?);
    (day >= 1 && day <= days_in_month(2000, month)).then_some(writing(Relative::SameYear { month, day, season: false }))
}

pub(super) fn read_bare_month(c: &Captures) -> Option<Expr> {
    Some(writing(Relative::SameYear { month: month(&c["m"])?, day: 0, season: false }))
}

pub(super) fn read_deictic(c: &Captures) -> Option<Expr> {
    let by = match c["dir"].to_ascii_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    let rel = match &c["u"] {
        "year" => shift(Unit::Year, by, Hedge::Exact),
        "month" => shift(Unit::Month, by, Hedge::Exact),
        "week" => shift(Unit::Week, by, Hedge::Exact),
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

pub(super) fn read_in_shifted_year(c: &Captures) -> Option<Expr> {
    let (month, season) = month_or_season(&c["m"])?;
    let by = match &c["dir"] {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    Some(writing(Relative::Shift { unit: Unit::Year, by, month, season, hedge: Hedge::Exact }))
}

pub(super) fn read_ago(c: &Captures) -> Option<Expr> {
    Some(writing(shift(unit(&c["u"])?, -number(&c["n"])?, Hedge::Exact)))
}

pub(super) fn read_later(c: &Captures) -> Option<Expr> {
    let n = number(&c["n"])?;
    let by = if &c["dir"] == "earlier" { -n } else { n };
    // "two weeks later" counts whole weeks from the passage's day, to the day.
    let (unit, by) = match (unit(&c["u"])?, hedge(c)) {
        (Unit::Week, Hedge::Exact) => (Unit::Day, 7 * by),
        (unit, _) => (unit, by),
    };
    Some(Expr::Relative { rel: shift(unit, by, hedge(c)), base: Base::Previous })
}

pub(super) fn read_the_next(c: &Captures) -> Option<Expr> {
    let by: i8 = match &c["w"] {
        "following" | "next" => 1,
        "previous" | "prior" => -1,
        _ => 0,
    };
    let u = match &c["u"] {
        "morning" | "afternoon" | "evening" | "night" => "day",
        u => u,
    };
    if let Some(day) = DAYS.iter().position(|d| c["u"].eq_ignore_ascii_case(d)) {
        // "the following Monday": the first Monday after the passage's date.
        let day = u8::try_from(day).ok()?;
        return (by != 0).then_some(Expr::Relative { rel: Relative::Weekday { day, by }, base: Base::Previous });
    }
    let rel = match (unit(u), month_or_season(u)) {
        (Some(unit), _) => shift(unit, by.into(), Hedge::Exact),
        (None, Some((month, season))) if by != 0 => Relative::Nearest { month, season, by },
        (None, Some((month, season))) => Relative::SameYear { month, day: 0, season },
        (None, None) => return None,
    };
    Some(Expr::Relative { rel, base: Base::Previous })
}

pub(super) fn read_weekend(c: &Captures) -> Option<Expr> {
    let dir = c["dir"].to_ascii_lowercase();
    let by = match dir.split_whitespace().collect::<Vec<_>>().as_slice() {
        ["last"] | ["this", "past"] | ["the", "past"] => -1,
        ["next"] => 1,
        _ => 0,
    };
    Some(writing(Relative::Weekend { by }))
}

pub(super) fn read_day_beside(c: &Captures) -> Option<Expr> {
    let by = if &c["dir"] == "before" { -1 } else { 1 };
    Some(Expr::Relative { rel: shift(Unit::Day, by, Hedge::Exact), base: Base::Previous })
}

pub(super) fn read_ordinal_day(c: &Captures) -> Option<Expr> {
    let day = c["d"].parse::<u8>().ok().filter(|d| (1..=31).contains(d))?;
    Some(Expr::Relative { rel: Relative::DayOfMonth { day }, base: Base::Previous })
}

pub(super) fn read_that(c: &Captures) -> Option<Expr> {
    // "that evening": the same day as the date before.
    let u = match &c["u"] {
        "morning" | "afternoon" | "evening" | "night" => "day",
        u => u,
    };
    let rel = match (unit(u), season(u)) {
        (Some(unit), _) => shift(unit, 0, Hedge::Exact),
        (None, Some(month)) => Relative::SameYear { month, day: 0, season: true },
        (None, None) => return None,
    };
    Some(Expr::Relative { rel, base: Base::Previous })
}

pub(super) fn read_of_that_year(c: &Captures) -> Option<Expr> {
    let month = month(&c["m"])?;
    let day = match c.name("d") {
        Some(d) => d.as_str().parse::<u8>().ok().filter(|&d| d >= 1 && d <= days_in_month(2000, month))?,
        None => 0,
    };
    Some(Expr::Relative { rel: Relative::SameYear { month, day, season: false }, base: Base::Previous })
}

pub(super) fn read_today(c: &Captures) -> Option<Expr> {
    let by = match c["w"].to_ascii_lowercase().as_str() {
        "yesterday" | "last night" => -1,
        "tomorrow" => 1,
        _ => 0,
    };
    Some(writing(shift(Unit::Day, by, Hedge::Exact)))
}

pub(super) fn read_iso(c: &Captures) -> Option<Expr> {
    let (year, month, day) = (year(c)?, c["mo"].parse::<u8>().ok()?, c["d"].parse::<u8>().ok()?);
    ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(absolute(Date {
        year,
        month,
        day,
        precision: Precision::Day,
    }))
}

/// `5/17/2022` or `17/5/2022`: read only when one number cannot be a month, since outlets
/// write the month first or the day first.
pub(super) fn read_numeric(c: &Captures) -> Option<Expr> {
    let (a, b, year) = (c["a"].parse::<u8>().ok()?, c["b"].parse::<u8>().ok()?, year(c)?);
    let (month, day) = match (a <= 12, b <= 12) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return None,
    };
    (month >= 1 && day >= 1 && day <= days_in_month(year, month)).then_some(absolute(Date {
        year,
        month,
        day,
        precision: Precision::Day,
    }))
}

pub(super) fn read_bare_season(c: &Captures) -> Option<Expr> {
    Some(writing(Relative::SameYear { month: season(&c["s"])?, day: 0, season: true }))
}

pub(super) fn read_weekday(c: &Captures) -> Option<Expr> {
    let day = u8::try_from(DAYS.iter().position(|d| c["wd"].eq_ignore_ascii_case(d))?).ok()?;
    let by = match c.name("dir").map(|d| d.as_str().to_ascii_lowercase()).as_deref() {
        Some("last") => -1,
        Some("next") => 1,
        _ => 0,
    };
    Some(writing(Relative::Weekday { day, by }))
}

pub(super) fn read_day_range(c: &Captures) -> Option<Expr> {
    let (month, first, last) = (month(&c["m"])?, c["d"].parse::<u8>().ok()?, c["d2"].parse::<u8>().ok()?);
    let fits = |y: i16, d: u8| d >= 1 && d <= days_in_month(y, month);
    let part = |day| match c.name("y") {
        Some(_) => year(c)
            .filter(|&y| fits(y, day))
            .map(|year| Part::Date(Date { year, month, day, precision: Precision::Day })),
        None => fits(2000, day).then_some(Part::Rel(Relative::SameYear { month, day, season: false })),
    };
    (first < last).then_some(())?;
    Some(Expr::Range { first: part(first)?, last: part(last)? })
}

pub(super) fn read_anchored(c: &Captures) -> Option<Expr> {
    let group = c.name("anchor")?;
    let (anchor, named) = find(group.as_str()).first().and_then(|f| match f.expr {
        Expr::Absolute { date, .. } if date.precision != Precision::Decade => {
            let at = group.start() - c.get(0)?.start();
            Some((date, (at + f.start, at + f.end)))
        }
        _ => None,
    })?;
    let n = number(&c["n"])?;
    let by = if &c["dir"] == "before" { -n } else { n };
    Some(Expr::Anchored { rel: shift(unit(&c["u"])?, by, hedge(c)), anchor, named })
}

fn hedge(c: &Captures) -> Hedge {
    let q = c.name("q").map(|q| q.as_str().to_lowercase());
    q.and_then(|q| HEDGES.iter().find(|(w, _)| *w == q).map(|(_, h)| *h)).unwrap_or(Hedge::Exact)
}

fn absolute(date: Date) -> Expr {
    Expr::Absolute { date, attributive: false }
}

fn writing(rel: Relative) -> Expr {
    Expr::Relative { rel, base: Base::Writing }
}

fn shift(unit: Unit, by: i32, hedge: Hedge) -> Relative {
    Relative::Shift { unit, by, month: 0, season: false, hedge }
}

fn year(c: &Captures) -> Option<i16> {
    c["y"].parse::<i16>().ok().filter(|y| (1800..=2100).contains(y))
}

/// Day names (lower case).
/// True when `word` (lower case) names a month or a weekday, in full or as the usual
/// abbreviation ("oct", "sept"): such a capitalised word is never part of a name.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    MONTHS.iter().any(|m| *m == word || (word.len() == 3 && m.starts_with(word)))
        || word == "sept"
        || DAYS.contains(&word)
}

/// The byte length of the label opening a dated entry's head ("Update #14 · ", "Dispatch 3: "):
/// a label word, maybe a number, then a separator; the date follows it.
pub fn entry_label_len(text: &str) -> Option<usize> {
    let word_end = text.find(|c: char| !c.is_alphabetic())?;
    if !super::rules::ENTRY_LABELS.contains(&text[..word_end].to_lowercase().as_str()) {
        return None;
    }
    let rest = text[word_end..].trim_start();
    let rest = rest.strip_prefix('#').unwrap_or(rest).trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
    let rest = rest.strip_prefix(super::rules::ENTRY_SEPARATORS)?;
    let rest = rest.trim_start();
    Some(text.len() - rest.len())
}

/// The number (1–12) of a month name or its abbreviation ("Sept.", "oct").
fn month(name: &str) -> Option<u8> {
    let key = name.trim_end_matches('.').to_ascii_lowercase();
    if key.len() < 3 {
        return None;
    }
    let index = MONTHS.iter().position(|m| m.starts_with(&key))?;
    u8::try_from(index + 1).ok()
}

fn season(name: &str) -> Option<u8> {
    let key = name.to_ascii_lowercase();
    SEASONS.iter().find(|(s, _)| *s == key).map(|(_, m)| *m)
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
    let w = word.to_ascii_lowercase();
    if w == "a" || w == "an" {
        return Some(1);
    }
    if let Some(i) = NUMBER_WORDS.iter().position(|x| *x == w) {
        return i32::try_from(i + 1).ok();
    }
    w.parse().ok().filter(|n| (1..=99).contains(n))
}

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
    if caps.name("s").is_some() && caps.name("bare").is_some() && text[end..].starts_with(" of ") {
        // "since the fall of the empire": a season of a year is read by its own rule.
        return false;
    }
    if caps.name("bare").is_some() {
        // A month or day name followed by a capitalised word is a name ("April Smith").
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
pub(super) fn attributive(text: &str, start: usize, end: usize, decade: bool) -> bool {
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
