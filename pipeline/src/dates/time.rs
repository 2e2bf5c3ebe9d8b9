//! Normalisation against the document's creation time (TimeML's DCT) and the passage's last
//! date, and the bound on the creation time of a document that states none.

use knowledge::{CreationTime, Date, Precision, Segment, SegmentKind, Span, TimeSource};

use super::calendar::{bucket, civil, day_number, estimate, label, precedes, range, resolve, weekday_from};
use super::engine::attributive;
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
    /// The date the same paragraph last gave, which a month-day told after it follows.
    pub narrative: Option<Date>,
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
    // Only an earlier sentence's date: one in the same sentence may be another clause's.
    let mut narrative = time.narrative.map(|d| (d, From::Previous));
    let stated = time.created.filter(|(_, source)| *source == TimeSource::Published).map(|(d, _)| d);
    let mut out = Vec::new();
    for f in find(sentence) {
        // A month-day that names an appointment ("set a June 2 trial date") is that day, not the
        // clause's: the verb's tense does not move it, the nearest such day to writing is meant.
        let appointment = attributive(sentence, f.start, f.end, false)
            && sentence[f.end..]
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| w.trim_end_matches([',', '.', ';']) == "date");
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
            Expr::Absolute { date, .. } => {
                t.value = Some(date);
                // A full date later than the earlier sentence's moves the narrative on within the
                // sentence ("picked up again on April 7, 2025, and wrapped on April 25").
                if date.precision >= Precision::Month && narrative.is_some_and(|(n, _)| precedes(n, date)) {
                    narrative = Some((date, From::Sentence));
                }
            }
            Expr::Relative { rel, base: Base::Writing } => {
                let read = |dct| if appointment { nearest_to(rel, dct) } else { from_writing(rel, dct, tense) };
                let told = narrative.zip(stated).and_then(|((anchor, from), dct)| {
                    (tense() != Tense::Future)
                        .then(|| after_anchor(rel, anchor, dct))
                        .flatten()
                        .map(|d| (d, anchor, from))
                });
                if let Some((value, anchor, from)) = told.filter(|_| !appointment) {
                    t.value = Some(value);
                    let rule = format!("the first after {}, the date the passage tells before it", label(anchor));
                    t.how = Some(How { from, rule, inferred: false });
                } else if let Some(dct) = stated
                    && let Some((value, rule)) = read(dct)
                {
                    t.value = Some(value);
                    t.how = Some(How { from: From::Creation, rule, inferred: false });
                }
            }
            Expr::Relative { rel, base: Base::Previous } => {
                // A day of the month with no date before it in the passage is of the month of writing.
                let day_of_month = matches!(rel, Relative::DayOfMonth { .. });
                let previous = previous.or(stated.filter(|_| day_of_month).map(|d| (d, From::Creation)));
                if let Some((anchor, from)) = previous {
                    let rule = counted(rel, anchor);
                    t.value = resolve(rel, anchor);
                    // Of the month of writing, a day told in the past that is still to come is
                    // last month's.
                    if from == From::Creation && t.value.is_some_and(|d| precedes(anchor, d)) && tense() == Tense::Past
                    {
                        t.value =
                            super::calendar::resolve(shift_month(-1), anchor).and_then(|month| resolve(rel, month));
                    }
                    t.estimate = t.value.is_none().then(|| estimate(rel, anchor)).flatten();
                    let inferred = t.value.is_none();
                    if t.value.is_some() || t.estimate.is_some() {
                        t.how = Some(How { from, rule, inferred });
                    }
                }
            }
            Expr::Anchored { rel, anchor, .. } => {
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
        // A phrase resolved to a day ("On Tuesday", "on the 18th") or a month ("in September")
        // anchors the counts after it in the sentence ("… released the same day", "… the
        // following month"), as a stated date does.
        let day = t.value.filter(|d| d.precision >= Precision::Month && matches!(t.expr, Expr::Relative { .. }));
        if let Some(a) = t.anchor().or(day) {
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
            // Through `resolve` again, so that February 29 never lands in a common year.
            let in_year = |year: i16| resolve(rel, Date { year, month: 0, day: 0, precision: Precision::Year });
            match tense() {
                Tense::Past if precedes(dct, d) => {
                    Some((in_year(d.year - 1)?, format!("told in the past: the year before {}", label(dct))))
                }
                Tense::Future if precedes(d, dct) => {
                    Some((in_year(d.year + 1)?, format!("told of the future: the year after {}", label(dct))))
                }
                _ => Some((d, from)),
            }
        }
        Relative::Weekend { by: 0 } => {
            let by = match tense() {
                Tense::Past => -1,
                Tense::Future => 1,
                Tense::Unknown => return None,
            };
            let value = resolve(Relative::Weekend { by }, dct)?;
            let side = if by < 0 { "before" } else { "after" };
            Some((value, format!("the weekend {side} {}", label(dct))))
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

/// A month (and day) without a year told after a full date in the same passage ("Filming began
/// in August 2015. On Sept. 17, a stuntman fell"): the first such day at or after that date, as
/// a narrative moves forward, when it is not after the time of writing `dct`.
fn after_anchor(rel: Relative, anchor: Date, dct: Date) -> Option<Date> {
    let Relative::SameYear { .. } = rel else { return None };
    let in_year = |year: i16| resolve(rel, Date { year, month: 0, day: 0, precision: Precision::Year });
    let d = in_year(anchor.year)?;
    let d = if range(d).1 < range(anchor).0 { in_year(anchor.year + 1)? } else { d };
    (range(d).0 <= range(dct).1).then_some(d)
}

/// A month (and day) without a year that names an appointment, in the year that puts it nearest
/// to `dct`: "a June 2 trial date" set in March is this June's, "a Jan. 5 hearing date" set in
/// December next January's.
fn nearest_to(rel: Relative, dct: Date) -> Option<(Date, String)> {
    let Relative::SameYear { .. } = rel else { return from_writing(rel, dct, || Tense::Unknown) };
    let now = range(dct).0;
    let d = (dct.year - 1..=dct.year + 1)
        .filter_map(|year| resolve(rel, Date { year, month: 0, day: 0, precision: Precision::Year }))
        .min_by_key(|d| (range(*d).0 - now).abs())?;
    Some((d, format!("the nearest to the publication date, {}", label(dct))))
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
        (Part::Date(a), Part::Date(b)) => (!precedes(b, a)).then_some((a, b, None)),
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

/// The finest date that holds both `a` and `b` (a decade at worst).
fn cover(a: Date, b: Date) -> Date {
    let decade = Date { year: a.year - a.year.rem_euclid(10), month: 0, day: 0, precision: Precision::Decade };
    bucket(range(a).0, range(b).1, Precision::Day).unwrap_or(decade)
}

/// A whole-month count, for moving an anchor by months.
fn shift_month(by: i32) -> Relative {
    Relative::Shift { unit: Unit::Month, by, month: 0, season: false, hedge: Hedge::Exact }
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
    for seg in segments.iter().filter(|s| matches!(s.kind, SegmentKind::Sentence | SegmentKind::Heading)) {
        let Some(sentence) = text.get(seg.span.start as usize..seg.span.end as usize) else { continue };
        // A running page's dated entry head ("Update #14 · Nov. 20, 2025") was written then.
        let entry = super::entry_label_len(sentence);
        if seg.kind == SegmentKind::Heading && entry.is_none() {
            continue;
        }
        let near = previous.filter(|(p, _)| p.saturating_add(1) >= seg.paragraph).map(|(_, d)| d);
        for t in tag(sentence, &DocumentTime { created: None, previous: near, narrative: None }) {
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
            if t.attributive() || (tense != Tense::Past && entry != Some(t.start)) {
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

#[cfg(test)]
mod tests {
    use knowledge::ResidueKind;

    use super::*;

    fn date(year: i16, month: u8, day: u8, precision: Precision) -> Date {
        Date { year, month, day, precision }
    }

    fn published(year: i16, month: u8, day: u8) -> DocumentTime {
        DocumentTime {
            created: Some((date(year, month, day, Precision::Day), TimeSource::Published)),
            previous: None,
            narrative: None,
        }
    }

    /// The one expression of `sentence`, normalised against `time`.
    fn one(sentence: &str, time: &DocumentTime) -> Timex {
        let mut all = tag(sentence, time);
        assert_eq!(all.len(), 1, "{sentence:?}: {all:?}");
        all.remove(0)
    }

    #[test]
    fn weekdays_go_the_way_their_tense_says() {
        // Wednesday, May 28, 2025.
        let dct = published(2025, 5, 28);
        let won = one("The drama won the top prize on Saturday.", &dct);
        assert_eq!(won.value, Some(date(2025, 5, 24, Precision::Day)));
        assert_eq!(won.how.as_ref().map(|h| (h.from, h.inferred)), Some((From::Creation, false)));
        assert_eq!(one("It will screen on Saturday.", &dct).value, Some(date(2025, 5, 31, Precision::Day)));
        assert_eq!(one("The suit was filed Wednesday.", &dct).value, Some(date(2025, 5, 28, Precision::Day)));
        assert_eq!(one("They met last Friday.", &dct).value, Some(date(2025, 5, 23, Precision::Day)));
        // No tense, no direction; no stated creation time, no date.
        assert_eq!(one("Saturday, a parade.", &dct).value, None);
        assert_eq!(one("The drama won on Saturday.", &DocumentTime::default()).value, None);
    }

    #[test]
    fn a_month_day_that_names_an_appointment_is_the_nearest_to_writing() {
        let march = published(2025, 3, 6);
        let trial = one("A judge set a June 2 trial date for the contractor.", &march);
        assert_eq!(trial.value, Some(date(2025, 6, 2, Precision::Day)));
        let december = published(2024, 12, 10);
        assert_eq!(
            one("The court set a Jan. 5 hearing date.", &december).value,
            Some(date(2025, 1, 5, Precision::Day))
        );
        // Another noun keeps the tense's year: a crash told in the past is last year's.
        let february = published(2023, 2, 6);
        let crash = one("The state fined the firm over the Aug. 3 crash.", &february);
        assert_eq!(crash.value, Some(date(2022, 8, 3, Precision::Day)));
        // Not qualifying a noun: the past verb dates it a year back.
        assert_eq!(one("The judge ruled on June 2 in the case.", &march).value, Some(date(2024, 6, 2, Precision::Day)));
    }

    #[test]
    fn a_month_day_after_a_full_date_of_its_paragraph_follows_it() {
        let dct = DocumentTime { narrative: Some(date(2015, 8, 0, Precision::Month)), ..published(2026, 9, 8) };
        let fell = one("On Sept. 17, a stuntman fell from the rig.", &dct);
        assert_eq!(fell.value, Some(date(2015, 9, 17, Precision::Day)));
        assert!(fell.how.is_some_and(|h| h.rule.starts_with("the first after August 2015")));
        // Told of the future, or with no date before it in the paragraph: counted from writing.
        assert_eq!(one("It will screen again on Oct. 16.", &dct).value, Some(date(2026, 10, 16, Precision::Day)));
        // A full date earlier in the same sentence may be another clause's: it is not followed.
        let both = tag("The western, shot in 2021, will reach theaters and digital May 2.", &published(2025, 2, 12));
        assert_eq!(both.last().and_then(|t| t.value), Some(date(2025, 5, 2, Precision::Day)));
        let alone = one("On Sept. 17, a stuntman fell from the rig.", &published(2026, 9, 8));
        assert_ne!(alone.value, Some(date(2015, 9, 17, Precision::Day)));
    }

    #[test]
    fn a_later_full_date_of_the_sentence_moves_the_narrative_on() {
        let dct = DocumentTime { narrative: Some(date(2023, 9, 15, Precision::Day)), ..published(2026, 4, 16) };
        let days = tag("Cameras rolled again on April 7, 2025, in Taos and the shoot ended on April 25.", &dct);
        assert_eq!(days.last().and_then(|t| t.value), Some(date(2025, 4, 25, Precision::Day)));
        let months = tag("The crew came back in March 2025 in Taos and was done by June 2.", &dct);
        assert_eq!(months.last().and_then(|t| t.value), Some(date(2025, 6, 2, Precision::Day)));
        // An earlier date of the sentence does not pull a later narrative back.
        let dct = DocumentTime { narrative: Some(date(2025, 8, 0, Precision::Month)), ..published(2026, 4, 16) };
        let back = tag("The novel, published in May 2019, was optioned on Sept. 3.", &dct);
        assert_eq!(back.last().and_then(|t| t.value), Some(date(2025, 9, 3, Precision::Day)));
    }

    #[test]
    fn years_ago_this_week_is_one_phrase_counted_from_writing() {
        let dct = published(2026, 9, 8);
        let ago = one("Ten years ago this week, the drama opened in theaters.", &dct);
        assert_eq!(ago.value, Some(date(2016, 0, 0, Precision::Year)));
        assert_eq!(tag("Ten years ago, this week was quiet.", &dct).len(), 2);
        let today = one("A year ago today, cameras rolled on the western.", &dct);
        assert_eq!(today.value, Some(date(2025, 0, 0, Precision::Year)));
    }

    #[test]
    fn month_days_take_the_year_their_tense_gives() {
        let january = published(2024, 1, 15);
        let wrapped = one("The crew wrapped on December 20.", &january);
        assert_eq!(wrapped.value, Some(date(2023, 12, 20, Precision::Day)));
        assert!(wrapped.how.is_some_and(|h| h.rule.starts_with("told in the past")));
        assert_eq!(one("The gallery opens on December 20.", &january).value, Some(date(2024, 12, 20, Precision::Day)));
        let december = published(2024, 12, 1);
        assert_eq!(one("It will open on March 14.", &december).value, Some(date(2025, 3, 14, Precision::Day)));
        assert_eq!(one("It opened on March 14.", &december).value, Some(date(2024, 3, 14, Precision::Day)));
        // A past plan may point either side: the publication year stands.
        assert_eq!(
            one("It was scheduled to open on March 14.", &december).value,
            Some(date(2024, 3, 14, Precision::Day))
        );
        let leap = published(2024, 1, 15);
        assert_eq!(one("The crew wrapped on February 29.", &leap).value, None);
        assert_eq!(one("Filming starts in the spring.", &december).value, Some(date(2025, 3, 0, Precision::Season)));
        let march = published(2024, 3, 10);
        assert_eq!(one("Filming wrapped in the summer.", &march).value, Some(date(2023, 6, 0, Precision::Season)));
    }

    #[test]
    fn only_a_stated_publication_date_anchors_the_time_of_writing() {
        let dct = |source| DocumentTime {
            created: Some((date(2024, 5, 3, Precision::Day), source)),
            ..DocumentTime::default()
        };
        assert_eq!(
            one("It closed last year.", &dct(TimeSource::Published)).value,
            Some(date(2023, 0, 0, Precision::Year))
        );
        assert_eq!(one("It closed last year.", &dct(TimeSource::Updated)).value, None);
        assert_eq!(one("It closed last year.", &dct(TimeSource::Inferred)).value, None);
    }

    #[test]
    fn counts_keep_their_anchor_and_hedges_are_estimates() {
        let after_march =
            DocumentTime { previous: Some(date(2019, 3, 0, Precision::Month)), ..DocumentTime::default() };
        let later = one("Two years later, the mill reopened.", &after_march);
        assert_eq!(later.value, Some(date(2021, 0, 0, Precision::Year)));
        let how = later.how.expect("resolved");
        assert_eq!((how.from, how.rule.as_str(), how.inferred), (From::Previous, "2 years after March 2019", false));

        let hedged = one("Almost two years later, the mill reopened.", &after_march);
        assert_eq!((hedged.value, hedged.estimate), (None, Some(date(2021, 0, 0, Precision::Year))));
        assert!(hedged.how.is_some_and(|h| h.inferred));

        let named =
            one("The charge was dropped almost two years after the March 2019 accident.", &DocumentTime::default());
        assert_eq!(named.value, Some(date(2021, 0, 0, Precision::Year)));
        let how = named.how.expect("estimated");
        assert_eq!(
            (how.from, how.rule.as_str(), how.inferred),
            (From::Sentence, "almost 2 years after March 2019", true)
        );
        let exact = one("It reopened two years after the March 2019 flood.", &DocumentTime::default());
        assert_eq!(exact.value, Some(date(2021, 0, 0, Precision::Year)));
        assert!(exact.how.is_some_and(|h| !h.inferred));
        // "Almost two years after January 2019" may be late 2020 or early 2021: no date.
        assert_eq!(
            one("It reopened almost two years after the January 2019 flood.", &DocumentTime::default()).value,
            None
        );
    }

    #[test]
    fn a_date_earlier_in_the_sentence_anchors_the_counts_after_it() {
        let t = tag("The mill closed in March 2019 and reopened two years later.", &DocumentTime::default());
        assert_eq!(t.len(), 2);
        assert_eq!(t[1].value, Some(date(2021, 0, 0, Precision::Year)));
        assert_eq!(t[1].how.as_ref().map(|h| h.from), Some(From::Sentence));
    }

    #[test]
    fn a_month_told_without_its_year_anchors_the_counts_after_it() {
        let time = DocumentTime {
            created: Some((date(2025, 2, 27, Precision::Day), TimeSource::Published)),
            ..DocumentTime::default()
        };
        let t = tag("She was indicted in September and pleaded not guilty the following month.", &time);
        assert_eq!(t[1].value, Some(date(2024, 10, 0, Precision::Month)));
        let t = tag("The board met in June, and it ruled two months later.", &time);
        assert_eq!(t[1].value, Some(date(2024, 8, 0, Precision::Month)));
    }

    #[test]
    fn ranges_borrow_the_missing_year() {
        let none = DocumentTime::default();
        let summer = one("The shoot ran from May to July 2020.", &none);
        assert_eq!(summer.ends, Some((date(2020, 5, 0, Precision::Month), date(2020, 7, 0, Precision::Month))));
        assert_eq!(summer.value, Some(date(2020, 0, 0, Precision::Year)));
        let winter = one("The shoot ran from December to February 2021.", &none);
        assert_eq!(winter.ends.map(|(a, _)| a), Some(date(2020, 12, 0, Precision::Month)));
        assert_eq!(winter.value, Some(date(2020, 12, 0, Precision::Season)));
        let fair = one("The fair ran Sept. 9 to Sept. 15.", &published(2023, 10, 2));
        assert_eq!(fair.ends, Some((date(2023, 9, 9, Precision::Day), date(2023, 9, 15, Precision::Day))));
        assert_eq!(fair.value, Some(date(2023, 9, 0, Precision::Month)));
        assert_eq!(one("The fair ran Sept. 9 to Sept. 15.", &none).value, None);
    }

    fn segments(text: &str) -> Vec<Segment> {
        let mut out = Vec::new();
        let mut start = 0;
        for (paragraph, line) in text.split('\n').enumerate() {
            let kind = if line.starts_with("Share") {
                SegmentKind::Residue(ResidueKind::Boilerplate)
            } else {
                SegmentKind::Sentence
            };
            let span = Span { start: start as u32, end: (start + line.len()) as u32 };
            out.push(Segment { span, paragraph: paragraph as u16, kind });
            start += line.len() + 1;
        }
        out
    }

    #[test]
    fn the_creation_time_is_bounded_by_the_latest_past_date() {
        let text = "The barn burned in March 2019.\nAlmost two years after the March 2019 fire, the case was dropped.\nThe film opens in May 2031.\nShare this in 2040.";
        let created = infer_creation(text, &segments(text)).expect("bounded");
        assert_eq!((created.date, created.source), (date(2021, 0, 0, Precision::Year), TimeSource::Inferred));
        assert_eq!(created.rule, "at or after 2021: almost 2 years after March 2019");
        assert_eq!(&text[created.span.start as usize..created.span.end as usize], text.split('\n').nth(1).unwrap());

        let later = "The mill closed on October 2, 2020.\nNow, almost three years later, it has reopened.";
        let created = infer_creation(later, &segments(later)).expect("bounded");
        assert_eq!(created.date, date(2023, 0, 0, Precision::Year));

        // Only what is told in the past bounds it; a qualifying year does not.
        let none = "The film opens in May 2031.\nHer 2019 thriller is a classic.";
        assert!(infer_creation(none, &segments(none)).is_none());
    }

    #[test]
    fn a_running_page_is_written_at_or_after_its_latest_entry() {
        let text = "Update #7 · March 2, 2031\nThe barn opens in May.\nUpdate #6 · Jan. 5, 2030\nThe barn burned on Jan. 4, 2030.";
        let mut segs = segments(text);
        for s in segs.iter_mut().filter(|s| text[s.span.start as usize..].starts_with("Update")) {
            s.kind = SegmentKind::Heading;
        }
        let created = infer_creation(text, &segs).expect("bounded");
        assert_eq!(created.date, date(2031, 3, 2, Precision::Day));
        assert_eq!(crate::dates::entry_label_len("Dispatch 3: May 2, 2024"), Some("Dispatch 3: ".len()));
        assert_eq!(crate::dates::entry_label_len("Updated May 2, 2024"), None);
    }
}
