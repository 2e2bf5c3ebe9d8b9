//! Calendar arithmetic: resolving relative phrases against an anchor, comparing dates as the
//! ranges of days they denote, and writing them for readers and ids.

use knowledge::{Date, Precision};

use super::rules::HEDGE_SLACK;
use super::{Hedge, Relative, Unit};

/// Turns a relative phrase into a date against `anchor`, or `None` when the anchor is too coarse.
pub fn resolve(rel: Relative, anchor: Date) -> Option<Date> {
    use Precision::{Day, Month, Year};
    let has_month = matches!(anchor.precision, Month | Day);
    match rel {
        Relative::SameYear { month, day, season } => {
            (anchor.precision >= Year).then(|| named(anchor.year, month, day, season)).flatten()
        }
        Relative::Shift { hedge: Hedge::Under | Hedge::About | Hedge::Over, .. } => None,
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
        Relative::Weekday { day, by } => {
            if anchor.precision != Day || by == 0 {
                return None;
            }
            let (year, month, day) = civil(weekday_from(day_number(anchor), day, by.into(), false))?;
            Some(Date { year, month, day, precision: Day })
        }
        Relative::DayOfMonth { day } => {
            if !has_month {
                return None;
            }
            named(anchor.year, anchor.month, day, false)
        }
        Relative::Weekend { by } => {
            if anchor.precision != Day || by == 0 {
                return None;
            }
            let saturday = weekday_from(day_number(anchor), 5, by.into(), false);
            bucket(saturday, saturday + 1, Day)
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
        Relative::DayOfMonth { day } => (0, day, false),
        Relative::Weekday { .. } | Relative::Weekend { .. } => (0, 0, false),
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
        let name = super::rules::MONTHS.get(usize::from(d.month).wrapping_sub(1)).copied().unwrap_or("?");
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

/// The estimate a hedged count gives ("almost two years after March 2019" → 2021): the finest
/// of day, month, season or year that holds every date the count allows, never finer than the
/// unit counted; `None` when the allowed dates straddle a year or have no end ("more than").
pub fn estimate(rel: Relative, anchor: Date) -> Option<Date> {
    let Relative::Shift { unit, by, month: 0, hedge, .. } = rel else { return None };
    if anchor.precision < Precision::Year {
        return None;
    }
    let (a0, a1) = range(anchor);
    let moved = |days: i64| -> Option<i64> {
        let (y, m, d) = civil(days)?;
        Some(match unit {
            Unit::Year => shift_months(y, m, d, by * 12)?,
            Unit::Month => shift_months(y, m, d, by)?,
            Unit::Week => days + 7 * i64::from(by),
            Unit::Day => days + i64::from(by),
        })
    };
    let (p0, p1) = (moved(a0)?, moved(a1)?);
    let unit_days = match unit {
        Unit::Year => 365,
        Unit::Month => 30,
        Unit::Week => 7,
        Unit::Day => 1,
    };
    let slack = (i64::from(by.abs()) * unit_days + HEDGE_SLACK - 1) / HEDGE_SLACK;
    let toward = -i64::from(by.signum()) * slack;
    let (lo, hi) = match hedge {
        Hedge::Exact => (p0, p1),
        Hedge::Under => (p0.min(p0 + toward), p1.max(p1 + toward)),
        Hedge::About => (p0 - slack, p1 + slack),
        // "More than a year after" has no upper end: no estimate.
        Hedge::Over => return None,
    };
    let finest = match unit {
        Unit::Year => Precision::Year,
        Unit::Month | Unit::Week => Precision::Month,
        Unit::Day => Precision::Day,
    };
    bucket(lo, hi, finest.min(anchor.precision.max(Precision::Year)))
}

/// The finest date, no finer than `finest`, whose range holds the days `lo..=hi`.
pub(super) fn bucket(lo: i64, hi: i64, finest: Precision) -> Option<Date> {
    let (ly, lm, ld) = civil(lo)?;
    let (hy, hm, hd) = civil(hi)?;
    let season_of = |y: i16, m: u8| match m {
        12 => (y, 12),
        1 | 2 => (y - 1, 12),
        _ => (y, (m / 3) * 3),
    };
    let candidates = [
        (
            Precision::Day,
            (ly, lm, ld) == (hy, hm, hd),
            Date { year: ly, month: lm, day: ld, precision: Precision::Day },
        ),
        (Precision::Month, (ly, lm) == (hy, hm), Date { year: ly, month: lm, day: 0, precision: Precision::Month }),
        (Precision::Season, season_of(ly, lm) == season_of(hy, hm), {
            let (year, month) = season_of(ly, lm);
            Date { year, month, day: 0, precision: Precision::Season }
        }),
        (Precision::Year, ly == hy, Date { year: ly, month: 0, day: 0, precision: Precision::Year }),
    ];
    candidates.into_iter().find(|(p, holds, _)| *p <= finest && *holds).map(|(_, _, d)| d)
}

/// The day number `by` months after a civil date, the day clamped to the month's length.
fn shift_months(year: i16, month: u8, day: u8, by: i32) -> Option<i64> {
    let (y, m) = from_month_index(month_index(year, month) + by)?;
    Some(days_from_civil(i64::from(y), i64::from(m), i64::from(day.min(days_in_month(y, m)))))
}

/// The day number of weekday `day` (0 = Monday) nearest `from` in direction `by` (-1 or +1);
/// `inclusive` lets `from` itself count.
/// The weekday `day` (0 for Monday) of the week `weeks` after the one holding `anchor` (a day):
/// "the following week, on Monday" after Wednesday, Oct. 15 is Monday, Oct. 20.
pub fn weekday_of_week(anchor: Date, weeks: i32, day: u8) -> Option<Date> {
    if anchor.precision != Precision::Day || day > 6 {
        return None;
    }
    let shifted = day_number(anchor) + 7 * i64::from(weeks);
    // 1970-01-01 (day 0) was a Thursday (3).
    let monday = shifted - (shifted + 3).rem_euclid(7);
    let (year, month, day) = civil(monday + i64::from(day))?;
    Some(Date { year, month, day, precision: Precision::Day })
}

pub(super) fn weekday_from(from: i64, day: u8, by: i64, inclusive: bool) -> i64 {
    // 1970-01-01 was a Thursday (3).
    let today = (from + 3).rem_euclid(7);
    let ahead = (i64::from(day) - today).rem_euclid(7);
    let behind = (today - i64::from(day)).rem_euclid(7);
    match (by < 0, inclusive) {
        (true, true) => from - behind,
        (true, false) => from - if behind == 0 { 7 } else { behind },
        (false, true) => from + ahead,
        (false, false) => from + if ahead == 0 { 7 } else { ahead },
    }
}

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

pub(super) fn days_in_month(year: i16, month: u8) -> u8 {
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
pub(super) fn civil(days: i64) -> Option<(i16, u8, u8)> {
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

pub(super) fn day_number(d: Date) -> i64 {
    days_from_civil(i64::from(d.year), i64::from(d.month.max(1)), i64::from(d.day.max(1)))
}

/// First and last day (as day numbers) a date can denote.
pub(super) fn range(d: Date) -> (i64, i64) {
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

    fn count(unit: Unit, by: i32, hedge: Hedge) -> Relative {
        Relative::Shift { unit, by, month: 0, season: false, hedge }
    }

    #[test]
    fn estimates_are_as_coarse_as_the_hedge_needs() {
        let june = date(2020, 6, 15, Precision::Day);
        // About two months after mid-June: mid-August give or take a few days.
        assert_eq!(estimate(count(Unit::Month, 2, Hedge::About), june), Some(date(2020, 8, 0, Precision::Month)));
        // More than three years after June 2020: any time from mid-2023 on.
        assert_eq!(estimate(count(Unit::Year, 3, Hedge::Over), june), None);
        // Almost a year before mid-June 2020: mid-June 2019 to early July 2019.
        assert_eq!(estimate(count(Unit::Year, -1, Hedge::Under), june), Some(date(2019, 0, 0, Precision::Year)));
        // A hedge that straddles a new year gives nothing; neither does a decade anchor.
        let late = date(2020, 12, 20, Precision::Day);
        assert_eq!(estimate(count(Unit::Year, 1, Hedge::About), late), None);
        assert_eq!(estimate(count(Unit::Year, 1, Hedge::Under), date(1990, 0, 0, Precision::Decade)), None);
    }

    #[test]
    fn a_weekday_of_a_counted_week() {
        // Wednesday, Oct. 15, 2025: the following week's Monday and Friday.
        let wednesday = date(2025, 10, 15, Precision::Day);
        assert_eq!(weekday_of_week(wednesday, 1, 0), Some(date(2025, 10, 20, Precision::Day)));
        assert_eq!(weekday_of_week(wednesday, 1, 4), Some(date(2025, 10, 24, Precision::Day)));
        assert_eq!(weekday_of_week(wednesday, -1, 0), Some(date(2025, 10, 6, Precision::Day)));
        assert_eq!(weekday_of_week(date(2025, 10, 0, Precision::Month), 1, 0), None);
    }

    #[test]
    fn weekdays_count_from_a_day() {
        // 2025-05-28 was a Wednesday (2); Saturday is 5.
        let wednesday = day_number(date(2025, 5, 28, Precision::Day));
        let on = |n| civil(n).map(|(y, m, d)| date(y, m, d, Precision::Day));
        assert_eq!(on(weekday_from(wednesday, 5, -1, true)), Some(date(2025, 5, 24, Precision::Day)));
        assert_eq!(on(weekday_from(wednesday, 5, 1, true)), Some(date(2025, 5, 31, Precision::Day)));
        assert_eq!(on(weekday_from(wednesday, 2, -1, true)), Some(date(2025, 5, 28, Precision::Day)));
        assert_eq!(on(weekday_from(wednesday, 2, -1, false)), Some(date(2025, 5, 21, Precision::Day)));
        let last_friday = Relative::Weekday { day: 4, by: -1 };
        assert_eq!(resolve(last_friday, date(2025, 5, 28, Precision::Day)), Some(date(2025, 5, 23, Precision::Day)));
        assert_eq!(resolve(last_friday, date(2025, 5, 0, Precision::Month)), None);
    }

    #[test]
    fn buckets_find_the_finest_holding_date() {
        let day = |y, m, d| day_number(date(y, m, d, Precision::Day));
        assert_eq!(
            bucket(day(2021, 1, 5), day(2021, 2, 20), Precision::Day),
            Some(date(2020, 12, 0, Precision::Season))
        );
        assert_eq!(bucket(day(2021, 4, 5), day(2021, 4, 20), Precision::Day), Some(date(2021, 4, 0, Precision::Month)));
        assert_eq!(bucket(day(2021, 4, 5), day(2021, 4, 20), Precision::Year), Some(date(2021, 0, 0, Precision::Year)));
        assert_eq!(bucket(day(2020, 11, 5), day(2021, 4, 20), Precision::Day), None);
    }

    #[test]
    fn weekends_and_days_of_the_month_resolve_no_finer_than_they_say() {
        let friday = date(2026, 3, 13, Precision::Day);
        assert_eq!(resolve(Relative::Weekend { by: -1 }, friday), Some(date(2026, 3, 0, Precision::Month)));
        assert_eq!(
            resolve(Relative::Weekend { by: 1 }, date(2026, 3, 25, Precision::Day)),
            Some(date(2026, 3, 0, Precision::Month))
        );
        // A weekend across two months is only as fine as a season or a year.
        let across = resolve(Relative::Weekend { by: -1 }, date(2026, 3, 3, Precision::Day)).expect("weekend");
        assert!(across.precision < Precision::Month && compatible(across, date(2026, 2, 28, Precision::Day)));
        assert_eq!(resolve(Relative::Weekend { by: 0 }, friday), None);
        assert_eq!(
            resolve(Relative::DayOfMonth { day: 18 }, date(2026, 3, 7, Precision::Day)),
            Some(date(2026, 3, 18, Precision::Day))
        );
        assert_eq!(resolve(Relative::DayOfMonth { day: 31 }, date(2026, 4, 0, Precision::Month)), None);
        assert_eq!(resolve(Relative::DayOfMonth { day: 18 }, date(2026, 0, 0, Precision::Year)), None);
    }
}
