//! Normalisation against the document's creation time (TimeML's DCT) and the passage's last
//! date, and the bound on the creation time of a document that states none.

use knowledge::{CreationTime, Date, Precision, Segment, SegmentKind, Span, TimeSource};

use super::calendar::{civil, day_number, estimate, label, precedes, range, resolve, weekday_from};
use super::tense::{self, Tense};
use super::{Base, Expr, Found, Hedge, Part, Relative, Unit, find};

/// What a sentence's time expressions are normalised against.
#[derive(Clone, Copy, Debug, Default)]
pub struct DocumentTime {
    /// The document's creation time and how it was found; only a stated publication date
    /// anchors phrases counted from the time of writing ("last year").
    pub created: Option<(Date, TimeSource)>,
    /// The date the passage last gave, for phrases counted from it ("two years later").
    pub previous: Option<Date>,
}

/// A time expression of a sentence, normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// Byte offset of the phrase in the sentence.
    pub start: usize,
    /// Byte offset one past the phrase.
    pub end: usize,
    /// The rule that found it.
    pub rule: &'static str,
    /// What the phrase says.
    pub expr: Expr,
    /// The date it denotes at the precision the phrase and its anchor support (a range's
    /// value holds both ends), or `None` when nothing anchors it well enough.
    pub value: Option<Date>,
    /// A range's two ends, normalised.
    pub ends: Option<(Date, Date)>,
    /// For a hedged count from the passage's last date ("almost three years later"): what it
    /// allows, too loose to date an event by, but enough to bound the creation time.
    pub estimate: Option<Date>,
    /// How `value` (or `estimate`) was worked out when the phrase does not state it.
    pub how: Option<How>,
}

/// How a value the phrase does not state was worked out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct How {
    /// Which anchor it counts from.
    pub from: From,
    /// The rule as a short phrase ("2 years after March 2019").
    pub rule: String,
    /// True when the value is an estimate (a hedged count).
    pub inferred: bool,
}

/// The anchor a value counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum From {
    /// The document's creation time.
    Creation,
    /// [`DocumentTime::previous`], a date of an earlier sentence.
    Previous,
    /// A date of this very sentence (named in the phrase, or earlier in the sentence).
    Sentence,
}

impl Timex {
    /// The date this expression gives on its own, when it can anchor relative phrases after it.
    pub fn anchor(&self) -> Option<Date> {
        Found { start: self.start, end: self.end, rule: self.rule, expr: self.expr }.anchor()
    }

    /// True for a bare year or decade that qualifies a noun ("her 2019 thriller").
    pub fn attributive(&self) -> bool {
        matches!(self.expr, Expr::Absolute { attributive: true, .. })
    }

    /// What a relative phrase still says when it has no value ("last April" names April).
    pub fn relative(&self) -> Option<Relative> {
        match self.expr {
            Expr::Relative { rel, .. } => Some(rel),
            _ => None,
        }
    }
}

/// Every time expression of `sentence`, with its value against `time` (an absolute date in the
/// sentence anchors the counted phrases after it).
pub fn tag(sentence: &str, time: &DocumentTime) -> Vec<Timex> {
    let mut previous = time.previous.map(|d| (d, From::Previous));
    let stated = time.created.filter(|(_, source)| *source == TimeSource::Published).map(|(d, _)| d);
    let mut out = Vec::new();
    for f in find(sentence) {
        let tense = || tense::around(sentence, f.start, f.end);
        let mut t = Timex {
            start: f.start,
            end: f.end,
            rule: f.rule,
            expr: f.expr,
            value: None,
            ends: None,
            estimate: None,
            how: None,
        };
        match f.expr {
            Expr::Absolute { date, .. } => t.value = Some(date),
            Expr::Relative { rel, base: Base::Writing } => {
                if let Some(dct) = stated
                    && let Some((value, rule)) = from_writing(rel, dct, tense)
                {
                    t.value = Some(value);
                    t.how = Some(How { from: From::Creation, rule, inferred: false });
                }
            }
            Expr::Relative { rel, base: Base::Previous } => {
                if let Some((anchor, from)) = previous {
                    let rule = counted(rel, anchor);
                    t.value = resolve(rel, anchor);
                    t.estimate = t.value.is_none().then(|| estimate(rel, anchor)).flatten();
                    let inferred = t.value.is_none();
                    if t.value.is_some() || t.estimate.is_some() {
                        t.how = Some(How { from, rule, inferred });
                    }
                }
            }
            Expr::Anchored { rel, anchor } => {
                let hedged = matches!(rel, Relative::Shift { hedge: Hedge::Under | Hedge::About | Hedge::Over, .. });
                t.value = if hedged { estimate(rel, anchor) } else { resolve(rel, anchor) };
                if t.value.is_some() {
                    t.how = Some(How { from: From::Sentence, rule: counted(rel, anchor), inferred: hedged });
                }
            }
            Expr::Range { first, last } => {
                if let Some((a, b, how)) = range_ends(first, last, stated, tense) {
                    t.ends = Some((a, b));
                    t.value = Some(cover(a, b));
                    t.how = how;
                }
            }
        }
        if let Some(a) = t.anchor() {
            previous = Some((a, From::Sentence));
        }
        out.push(t);
    }
    out
}

/// A phrase counted from the time of writing, against the stated creation time `dct`: a month
/// (and day) without a year told in the past that falls after it is last year's, one told of
/// the future that falls before it next year's; a bare weekday goes the way its tense says.
fn from_writing(rel: Relative, dct: Date, tense: impl Fn() -> Tense) -> Option<(Date, String)> {
    let from = format!("counted from the publication date, {}", label(dct));
    match rel {
        Relative::SameYear { .. } => {
            let d = resolve(rel, dct)?;
            match tense() {
                Tense::Past if precedes(dct, d) => {
                    Some((Date { year: d.year - 1, ..d }, format!("told in the past: the year before {}", label(dct))))
                }
                Tense::Future if precedes(d, dct) => {
                    Some((Date { year: d.year + 1, ..d }, format!("told of the future: the year after {}", label(dct))))
                }
                _ => Some((d, from)),
            }
        }
        Relative::Weekday { day, by: 0 } => {
            let by = match tense() {
                Tense::Past => -1,
                Tense::Future => 1,
                Tense::Unknown => return None,
            };
            if dct.precision != Precision::Day {
                return None;
            }
            let (year, month, day) = civil(weekday_from(day_number(dct), day, by, true))?;
            let side = if by < 0 { "on or before" } else { "on or after" };
            Some((Date { year, month, day, precision: Precision::Day }, format!("the weekday {side} {}", label(dct))))
        }
        _ => resolve(rel, dct).map(|d| (d, from)),
    }
}

/// The two ends of a range: an end without a year takes the other end's (the year before or
/// after when its month would fall outside), and when neither has one both count from `dct`.
fn range_ends(
    first: Part,
    last: Part,
    dct: Option<Date>,
    tense: impl Fn() -> Tense,
) -> Option<(Date, Date, Option<How>)> {
    let within = |rel: Relative, year: i16| resolve(rel, Date { year, month: 0, day: 0, precision: Precision::Year });
    match (first, last) {
        (Part::Date(a), Part::Date(b)) => Some((a, b, None)),
        (Part::Rel(r), Part::Date(b)) => {
            let a = within(r, b.year)?;
            let a = if precedes(b, a) { within(r, b.year - 1)? } else { a };
            Some((a, b, None))
        }
        (Part::Date(a), Part::Rel(r)) => {
            let b = within(r, a.year)?;
            let b = if precedes(b, a) { within(r, a.year + 1)? } else { b };
            Some((a, b, None))
        }
        (Part::Rel(r), Part::Rel(s)) => {
            let (a, rule) = from_writing(r, dct?, &tense)?;
            let b = within(s, a.year)?;
            let b = if precedes(b, a) { within(s, a.year + 1)? } else { b };
            Some((a, b, Some(How { from: From::Creation, rule, inferred: false })))
        }
    }
}

/// The finest date that holds both `a` and `b`.
fn cover(a: Date, b: Date) -> Date {
    if a == b {
        return a;
    }
    let same_month = a.year == b.year && a.month == b.month && a.month != 0;
    if same_month && a.precision >= Precision::Month && b.precision >= Precision::Month {
        return Date { day: 0, precision: Precision::Month, ..a };
    }
    let year = Date { year: a.year, month: 0, day: 0, precision: Precision::Year };
    if a.year == b.year && a.precision >= Precision::Year && b.precision >= Precision::Year {
        year
    } else {
        Date { year: a.year - a.year.rem_euclid(10), month: 0, day: 0, precision: Precision::Decade }
    }
}

/// A short account of a count from `anchor`: "almost 2 years after March 2019".
fn counted(rel: Relative, anchor: Date) -> String {
    let Relative::Shift { unit, by, month: 0, hedge, .. } = rel else {
        return format!("counted from {}", label(anchor));
    };
    let hedge = match hedge {
        Hedge::Exact => "",
        Hedge::Under => "almost ",
        Hedge::About => "about ",
        Hedge::Over => "more than ",
    };
    let unit = match unit {
        Unit::Day => "day",
        Unit::Week => "week",
        Unit::Month => "month",
        Unit::Year => "year",
    };
    let n = by.unsigned_abs();
    let plural = if n == 1 { "" } else { "s" };
    let side = if by < 0 { "before" } else { "after" };
    format!("{hedge}{n} {unit}{plural} {side} {}", label(anchor))
}

/// A lower bound on the creation time of a document that states none: it was written at or
/// after the latest date its sentences tell in the past (the passage's dates anchor counted
/// phrases, as in [`tag`]). Its `span` is the sentence that gives the bound.
pub fn infer_creation(text: &str, segments: &[Segment]) -> Option<CreationTime> {
    let mut best: Option<(i64, Date, Span, String)> = None;
    let mut previous: Option<(u16, Date)> = None;
    for seg in segments.iter().filter(|s| s.kind == SegmentKind::Sentence) {
        let Some(sentence) = text.get(seg.span.start as usize..seg.span.end as usize) else { continue };
        let near = previous.filter(|(p, _)| p.saturating_add(1) >= seg.paragraph).map(|(_, d)| d);
        for t in tag(sentence, &DocumentTime { created: None, previous: near }) {
            if let Some(a) = t.anchor() {
                previous = Some((seg.paragraph, a));
            }
            let Some(date) = t.value.or(t.estimate).filter(|d| d.precision > Precision::Decade) else { continue };
            // A phrase set off by commas ("Now, almost three years later, …") takes the
            // sentence's tense.
            let tense = match tense::around(sentence, t.start, t.end) {
                Tense::Unknown => tense::of(sentence),
                known => known,
            };
            if t.attributive() || tense != Tense::Past {
                continue;
            }
            let lower = range(date).0;
            if best.as_ref().is_none_or(|(b, ..)| lower > *b) {
                let rule = match &t.how {
                    Some(how) => format!("at or after {}: {}", label(date), how.rule),
                    None => format!("at or after {}, the latest date told in the past", label(date)),
                };
                best = Some((lower, date, seg.span, rule));
            }
        }
    }
    best.map(|(_, date, span, rule)| CreationTime { date, source: TimeSource::Inferred, span, rule: rule.into() })
}
