//! Stage 4 helper: a temporal tagger that finds the time expressions of a sentence and
//! normalises them against the document's creation time, as HeidelTime/TimeML do for news.
//!
//! [`find`] lists the expressions of a text with their byte ranges and the [`rules`] that found
//! them. Absolute ones carry a [`Date`] at the precision written ("October 21, 2021" is a day,
//! "May 2020" a month, "spring 2023" a season, "2021" a year, "the 1880s" a decade); a range
//! ("Sept. 9 to Sept. 15") keeps both ends; an expression counted from a date it names
//! ("almost two years after the March 2019 accident") is anchored in itself. Everything else —
//! a month, day or weekday without a year, a phrase counted from the time of writing ("last
//! year") or from the date the passage last gave ("two years later") — is a [`Relative`].
//!
//! [`tag`] normalises each expression against a [`DocumentTime`]: the creation time for
//! phrases counted from the time of writing (the clause's tense decides the direction of a
//! month-day or weekday without a year), the passage's last date for the others. A value never
//! has a finer precision than the phrase and its anchor support, and keeps how it was found
//! ([`How`]: which anchor, which rule, and whether it is an estimate). [`infer_creation`]
//! bounds the creation time of a document that states none.

mod calendar;
mod engine;
mod rules;
mod tense;
mod time;

use knowledge::{Date, Precision};

pub use calendar::{compatible, fits, label, precedes, resolve, slug, weekday_of_week};
pub(crate) use engine::is_calendar_word;
pub use engine::{entry_label_len, find, moved_from};
pub(crate) use tense::{Tense, of as tense_of};
pub use time::{DocumentTime, From, How, Timex, infer_creation, tag};

/// A date phrase found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte offset of the phrase's first character.
    pub start: usize,
    /// Byte offset one past the phrase.
    pub end: usize,
    /// The name of the rule that found it.
    pub rule: &'static str,
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
    /// A range between two ends ("Sept. 9 to Sept. 15", "from May to July 2020"); an end
    /// without a year takes the other's.
    Range {
        /// The first end.
        first: Part,
        /// The last end.
        last: Part,
    },
    /// A count from a date the phrase itself names ("two years after the March 2019 accident").
    Anchored {
        /// The count.
        rel: Relative,
        /// The date named.
        anchor: Date,
        /// Where the date named is, as byte offsets from the phrase's start: it is a date of
        /// its own, which may qualify the noun after it ("the March 2019 accident").
        named: (usize, usize),
    },
}

/// One end of a [`Expr::Range`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// A complete date.
    Date(Date),
    /// A month or day without a year.
    Rel(Relative),
}

/// The anchor a relative phrase counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base {
    /// The time of writing ("last year", "this month", "May 2"): only a creation time will do.
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
        /// Whether the count is hedged ("almost", "about", "more than"): such a phrase only
        /// gives an estimate, never an exact date.
        hedge: Hedge,
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
    /// A day of the week: "on Saturday" (`by` = 0, the tense decides), "last Tuesday" (-1),
    /// "next Friday" (+1).
    Weekday {
        /// 0 for Monday to 6 for Sunday.
        day: u8,
        /// Direction from the anchor, 0 when the phrase gives none.
        by: i8,
    },
    /// A day of the anchor's month named by its ordinal alone: "on the 14th".
    DayOfMonth {
        /// Day of the month.
        day: u8,
    },
    /// A weekend, Saturday and Sunday, before (`by` = -1) or after (+1) the anchor: "this past
    /// weekend", "next weekend"; 0 when the tense decides ("over the weekend"). Its value is
    /// the finest date holding both days, since the phrase does not say which.
    Weekend {
        /// Direction from the anchor, 0 when the phrase gives none.
        by: i8,
    },
}

/// How a count is hedged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hedge {
    /// Not hedged: "two years later".
    Exact,
    /// At most: "almost", "nearly", "less than".
    Under,
    /// Either side: "about", "around", "some".
    About,
    /// At least: "more than", "over".
    Over,
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
                rel: Relative::Shift { unit: Unit::Year, by: 4, month: 0, season: false, hedge: Hedge::Under },
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
        // Weeks counted from a day fall on a day; from a month they give nothing finer.
        assert_eq!(resolve(rel("two weeks later"), day), Some(date(2024, 3, 29, Precision::Day)));
        assert_eq!(resolve(rel("two weeks later"), date(2024, 3, 0, Precision::Month)), None);
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
        // The rest of the current week: its month when the week stays in one.
        assert_eq!(resolve(rel("for the rest of the week"), day), Some(date(2024, 3, 0, Precision::Month)));
        assert_eq!(resolve(rel("the rest of the week"), date(2024, 3, 29, Precision::Day)), None);
        assert!(find("The rest of the cast flew home.").is_empty());
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
        let spring = Relative::Shift { unit: Unit::Year, by: -1, month: 3, season: true, hedge: Hedge::Exact };
        assert!(fits(april, date(2023, 4, 0, Precision::Month)));
        assert!(fits(spring, date(2023, 4, 0, Precision::Month)));
        assert!(!fits(april, date(2023, 7, 0, Precision::Month)));
        assert!(fits(april, date(2023, 0, 0, Precision::Year)));
        assert!(!fits(Relative::SameYear { month: 5, day: 2, season: false }, date(2025, 5, 3, Precision::Day)));
    }

    fn rel_of(text: &str) -> (Relative, Base) {
        match only(text) {
            Expr::Relative { rel, base } => (rel, base),
            other => panic!("{text:?}: {other:?}"),
        }
    }

    #[test]
    fn rule_parts_of_the_day_count_from_writing() {
        let day =
            |by| (Relative::Shift { unit: Unit::Day, by, month: 0, season: false, hedge: Hedge::Exact }, Base::Writing);
        assert_eq!(rel_of("Shooting began this morning in Bexley."), day(0));
        assert_eq!(rel_of("The barn burned last night."), day(-1));
        assert_eq!(phrases("It premieres tonight."), ["tonight"]);
        let same_day =
            (Relative::Shift { unit: Unit::Day, by: 0, month: 0, season: false, hedge: Hedge::Exact }, Base::Previous);
        assert_eq!(rel_of("It wrapped that evening."), same_day);
        assert_eq!(rel_of("That night the barn burned."), same_day);
    }

    #[test]
    fn the_dates_of_a_move_are_no_range() {
        assert_eq!(phrases("Harrow moved “Dust” from May 2 to June 9."), ["May 2", "June 9"]);
        let s = "Harrow moved “Dust” to Feb. 13, 2032, from Nov. 21.";
        assert!(moved_from(s, s.find("Nov").expect("in sentence")));
        assert!(!moved_from(s, s.find("Feb").expect("in sentence")));
        assert_eq!(phrases("The festival runs from May 2 to June 9."), ["May 2 to June 9"]);
    }

    #[test]
    fn rule_weekday() {
        assert_eq!(rel_of("The suit was filed Tuesday."), (Relative::Weekday { day: 1, by: 0 }, Base::Writing));
        assert_eq!(rel_of("It screens on Saturday."), (Relative::Weekday { day: 5, by: 0 }, Base::Writing));
        assert_eq!(rel_of("They met last Friday."), (Relative::Weekday { day: 4, by: -1 }, Base::Writing));
        assert_eq!(phrases("They met last Friday."), ["last Friday"]);
        // A habit, and a name, are not dates.
        assert!(find("The market opens on Sundays.").is_empty());
        assert!(find("She met Tuesday Vance at the gate.").is_empty());
    }

    #[test]
    fn rule_month_day_range() {
        let sept = |day| Part::Rel(Relative::SameYear { month: 9, day, season: false });
        assert_eq!(only("The fair runs Sept. 9-15 in Bexley."), Expr::Range { first: sept(9), last: sept(15) });
        let may = |day| Part::Date(date(2024, 5, day, Precision::Day));
        assert_eq!(only("It played May 2–5, 2024 downtown."), Expr::Range { first: may(2), last: may(5) });
        assert_eq!(phrases("It played May 2–5, 2024 downtown."), ["May 2–5, 2024"]);
        // A backwards pair is no range: only the first day is read.
        assert_eq!(phrases("Gate Sept. 15-9 closed."), ["Sept. 15"]);
    }

    #[test]
    fn rule_joined_ranges() {
        let sept = |day| Part::Rel(Relative::SameYear { month: 9, day, season: false });
        assert_eq!(only("It runs Sept. 9 to Sept. 15 in Bexley."), Expr::Range { first: sept(9), last: sept(15) });
        assert_eq!(phrases("It runs Sept. 9 to Sept. 15 in Bexley."), ["Sept. 9 to Sept. 15"]);
        assert_eq!(
            only("The shoot ran from May to July 2020."),
            Expr::Range {
                first: Part::Rel(Relative::SameYear { month: 5, day: 0, season: false }),
                last: Part::Date(date(2020, 7, 0, Precision::Month)),
            }
        );
        let year = |y| Part::Date(date(y, 0, 0, Precision::Year));
        assert_eq!(only("It grew between 2019 and 2021."), Expr::Range { first: year(2019), last: year(2021) });
        // Two dates joined by "and" without "between" are two dates.
        assert_eq!(phrases("It closed in May and in July 2020."), ["May", "July 2020"]);
    }

    #[test]
    fn rule_count_from_a_named_date() {
        let text = "The charge was dropped almost two years after the March 2019 accident.";
        assert_eq!(phrases(text), ["almost two years after the March 2019"]);
        assert_eq!(
            only(text),
            Expr::Anchored {
                rel: Relative::Shift { unit: Unit::Year, by: 2, month: 0, season: false, hedge: Hedge::Under },
                anchor: date(2019, 3, 0, Precision::Month),
                named: ("almost two years after the ".len(), "almost two years after the March 2019".len()),
            }
        );
        assert!(matches!(
            only("The road opened six months before the 4 May 2021 vote."),
            Expr::Anchored { rel: Relative::Shift { unit: Unit::Month, by: -6, hedge: Hedge::Exact, .. }, .. }
        ));
        // A count from an event without a date is no time expression.
        assert!(find("The charge was dropped two years after the accident.").is_empty());
    }

    #[test]
    fn rule_the_following_season_and_that_season() {
        assert_eq!(
            rel_of("The following spring, the barn burned."),
            (Relative::Nearest { month: 3, season: true, by: 1 }, Base::Previous)
        );
        assert_eq!(
            rel_of("They came back the next March."),
            (Relative::Nearest { month: 3, season: false, by: 1 }, Base::Previous)
        );
        assert_eq!(
            rel_of("Later that summer, it rained."),
            (Relative::SameYear { month: 6, day: 0, season: true }, Base::Previous)
        );
        assert!(find("The following scene is cut.").is_empty());
    }

    #[test]
    fn rule_a_season_before_a_release_is_its_time() {
        let season = (Relative::SameYear { month: 9, day: 0, season: true }, Base::Writing);
        assert_eq!(rel_of("Lodestar plans a fall theatrical release."), season);
        assert_eq!(rel_of("The drama is aiming for an autumn premiere."), season);
        // A season that qualifies no release is no time: "a fall from the roof", "a spring rodeo".
        assert!(find("Her fall from the roof opens a spring rodeo sequence.").is_empty());
    }

    #[test]
    fn rule_a_month_of_that_year_is_in_the_passages_year() {
        assert_eq!(
            rel_of("A wagon overturned on Sept. 14 of that year."),
            (Relative::SameYear { month: 9, day: 14, season: false }, Base::Previous)
        );
        assert_eq!(
            rel_of("The crew was back in March of the same year."),
            (Relative::SameYear { month: 3, day: 0, season: false }, Base::Previous)
        );
    }

    #[test]
    fn rule_iso_and_day_month_dates() {
        assert_eq!(absolute_date("Filed 2022-05-17 in Bexley."), date(2022, 5, 17, Precision::Day));
        assert_eq!(phrases("Filed 2022-05-17 in Bexley."), ["2022-05-17"]);
        assert!(find("Order 2022-13-40 was void.").iter().all(|f| f.rule != "iso date"));
        assert_eq!(
            rel_of("It wrapped on 9 September."),
            (Relative::SameYear { month: 9, day: 9, season: false }, Base::Writing)
        );
        assert_eq!(
            rel_of("It wrapped on the 9th of September."),
            (Relative::SameYear { month: 9, day: 9, season: false }, Base::Writing)
        );
        assert!(find("It took 9 days.").is_empty());
    }

    #[test]
    fn rule_numeric_dates_only_when_unambiguous() {
        assert_eq!(absolute_date("Posted 05/17/2022 by staff."), date(2022, 5, 17, Precision::Day));
        assert_eq!(absolute_date("Posted 17/05/2022 by staff."), date(2022, 5, 17, Precision::Day));
        assert!(find("Posted 05/06/2022 by staff.").is_empty());
        assert!(find("Posted 31/02/2022 by staff.").is_empty());
    }

    #[test]
    fn rule_weekday_before_a_date_joins_it() {
        assert_eq!(phrases("It opens Saturday, Sept. 9, in Bexley."), ["Saturday, Sept. 9"]);
        assert_eq!(
            rel_of("It opens Saturday, Sept. 9, in Bexley."),
            (Relative::SameYear { month: 9, day: 9, season: false }, Base::Writing)
        );
        assert_eq!(absolute_date("It opened on Friday, May 3, 2024."), date(2024, 5, 3, Precision::Day));
        // A weekday before a month alone stays apart.
        assert_eq!(phrases("On Friday, May saw rain."), ["Friday"]);
    }

    #[test]
    fn rule_season_after_a_preposition() {
        let spring = (Relative::SameYear { month: 3, day: 0, season: true }, Base::Writing);
        assert_eq!(rel_of("Filming starts in the spring."), spring);
        assert_eq!(phrases("Filming starts in the spring."), ["spring"]);
        assert_eq!(phrases("It ran in the fall of 2021."), ["fall of 2021"]);
        assert!(find("Rome since the fall of the republic.").is_empty());
        assert!(find("A mill in Fall River.").is_empty());
        assert!(find("Prices fell and spring water ran.").is_empty());
    }

    #[test]
    fn rule_decades_seasons_and_years_carry_their_rule() {
        let rules = |text: &str| find(text).iter().map(|f| f.rule).collect::<Vec<_>>();
        assert_eq!(rules("A tale of the 1880s, told in spring 2023."), ["decade", "season year"]);
        assert_eq!(rules("It began on March 3, 2019 and ended in 2020."), ["month day year", "year"]);
        assert_eq!(rules("It opens on June 9."), ["month day"]);
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
                    "(October|May|Sept\\.|spring|last|this|next|year|later|ago|almost|two|the|in|after|to|from|between|and|-|–|Saturday|following|\\$|2021|1880s|21|9|31|,|\\.| |\\(|\\)|é|—|\\PC)",
                    0..24,
                )
            ) {
                check(&parts.concat());
            }
        }

        fn check(text: &str) {
            let found = find(text);
            let mut last = 0;
            let creation = Date { year: 2021, month: 5, day: 28, precision: Precision::Day };
            let time = DocumentTime {
                created: Some((creation, knowledge::TimeSource::Published)),
                previous: Some(Date { year: 2019, month: 3, day: 0, precision: Precision::Month }),
                narrative: Some(Date { year: 2019, month: 3, day: 0, precision: Precision::Month }),
            };
            for t in tag(text, &time) {
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end) && t.start < t.end);
                for d in t.value.iter().chain(t.estimate.iter()).chain(t.ends.iter().flat_map(|(a, b)| [a, b])) {
                    let month_ok = match d.precision {
                        Precision::Decade | Precision::Year => d.month == 0,
                        _ => (1..=12).contains(&d.month),
                    };
                    assert!(month_ok && (d.precision == Precision::Day) == (d.day > 0), "{d:?} for {t:?}");
                    assert!(d.day <= calendar::days_in_month(d.year, d.month.max(1)), "{d:?} for {t:?}");
                }
            }
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

    #[test]
    fn weekends_days_of_the_month_and_the_following_weekday_or_morning() {
        assert_eq!(rel_of("Cameras rolled this past weekend."), (Relative::Weekend { by: -1 }, Base::Writing));
        assert_eq!(rel_of("It rained over the weekend."), (Relative::Weekend { by: 0 }, Base::Writing));
        assert_eq!(
            rel_of("The crew lost a day on the 18th, when it snowed."),
            (Relative::DayOfMonth { day: 18 }, Base::Previous)
        );
        assert_eq!(rel_of("They move there on the 23rd and stay."), (Relative::DayOfMonth { day: 23 }, Base::Previous));
        assert_eq!(rel_of("On the 14th, a stuntman fell."), (Relative::DayOfMonth { day: 14 }, Base::Previous));
        // An ordinal before a noun names no day.
        assert!(find("The mill was built in the 18th century.").is_empty());
        assert!(find("It screens on the 23rd floor of the tower.").is_empty());
        assert_eq!(
            rel_of("An inquiry opened the following Monday."),
            (Relative::Weekday { day: 0, by: 1 }, Base::Previous)
        );
        let next_morning = Relative::Shift { unit: Unit::Day, by: 1, month: 0, season: false, hedge: Hedge::Exact };
        assert_eq!(rel_of("They were back the next morning."), (next_morning, Base::Previous));
        assert_eq!(rel_of("The permit came through the day after."), (next_morning, Base::Previous));
        let day_before = Relative::Shift { unit: Unit::Day, by: -1, month: 0, season: false, hedge: Hedge::Exact };
        assert_eq!(rel_of("The crew had rehearsed the night before, in fog."), (day_before, Base::Previous));
        // Counted from a thing named after it, it is no count from the passage's date.
        assert!(find("They met the day after the premiere.").is_empty());
        let same_day = Relative::Shift { unit: Unit::Day, by: 0, month: 0, season: false, hedge: Hedge::Exact };
        assert_eq!(rel_of("Filming stopped that same afternoon."), (same_day, Base::Previous));
    }

    #[test]
    fn a_day_resolved_in_a_sentence_anchors_the_counts_after_it() {
        let friday = date(2026, 3, 13, Precision::Day);
        let time = DocumentTime { created: Some((friday, knowledge::TimeSource::Published)), ..Default::default() };
        let values = |s: &str| tag(s, &time).iter().map(|t| t.value).collect::<Vec<_>>();
        let tuesday = Some(date(2026, 3, 10, Precision::Day));
        assert_eq!(values("On Tuesday a rig fell on a grip, who was released the same day."), [tuesday, tuesday]);
        // With no date before it, the Nth is of the month of writing; a weekend is as fine as
        // both its days allow.
        assert_eq!(values("The unit moves on the 23rd."), [Some(date(2026, 3, 23, Precision::Day))]);
        assert_eq!(values("A rig fell on the 23rd."), [Some(date(2026, 2, 23, Precision::Day))]);
        assert_eq!(values("Cameras rolled this past weekend."), [Some(date(2026, 3, 0, Precision::Month))]);
    }
}
