//! The geometry of the drawn timeline: each dated event as a span on a proportional time axis
//! (a month-precision date covers its month, a year its year), stacked in lanes so spans never
//! overlap, with the year ticks of the axis. Positions are fractions of the axis (0–1).

use knowledge::{Date, Precision};

/// Most lanes drawn; further overlapping spans share the last lane.
pub const MAX_LANES: usize = 6;

/// The whole axis, in hundredths of a percent.
pub const AXIS: u16 = 10_000;

/// A mark on the axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// The event's card (its position in the index).
    pub card: usize,
    /// Where the span starts on the axis.
    pub start: u16,
    /// End of the span (after `start`).
    pub end: u16,
    /// The lane (row) it is drawn in, from 0.
    pub lane: usize,
}

/// The drawing: marks, lanes used, and the years labelled on the axis with their position.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// One mark per dated event, in date order.
    pub marks: Vec<Mark>,
    /// The number of lanes used.
    pub lanes: usize,
    /// Labelled years and where they start on the axis.
    pub ticks: Vec<(i16, u16)>,
}

impl Chart {
    /// The mark of `card`, if it is drawn.
    pub fn mark(&self, card: usize) -> Option<Mark> {
        self.marks.iter().find(|m| m.card == card).copied()
    }

    /// Where the tick of `year` is (0 when the year is not labelled).
    pub fn tick(&self, year: i16) -> u16 {
        self.ticks.iter().find(|t| t.0 == year).map_or(0, |t| t.1)
    }
}

/// A position on the axis as an SVG percentage with two decimals ("12.34%"), at most 100%.
pub fn percent(at: u16) -> String {
    let at = at.min(AXIS);
    format!("{}.{:02}%", at / 100, at % 100)
}

/// The months a date covers, counted from year 0: a day covers a day, a season three months.
pub fn months(date: Date) -> (f64, f64) {
    let year = f64::from(date.year) * 12.0;
    let month = f64::from(date.month.max(1) - 1);
    match date.precision {
        Precision::Decade => (year, year + 120.0),
        Precision::Year => (year, year + 12.0),
        Precision::Season => (year + month, year + month + 3.0),
        Precision::Month => (year + month, year + month + 1.0),
        Precision::Day => {
            let day = year + month + f64::from(date.day.max(1) - 1) / 31.0;
            (day, day + 1.0 / 31.0)
        }
    }
}

/// The chart of `events`: (card, date) pairs in date order.
pub fn chart(events: &[(usize, Date)]) -> Chart {
    let spans: Vec<(usize, f64, f64)> = events
        .iter()
        .map(|&(card, date)| {
            let (start, end) = months(date);
            (card, start, end)
        })
        .collect();
    let Some(first) = spans.iter().map(|s| s.1).reduce(f64::min) else {
        return Chart { marks: Vec::new(), lanes: 0, ticks: Vec::new() };
    };
    let last = spans.iter().map(|s| s.2).fold(first, f64::max);
    // Whole years on the axis, so the ticks fall on its edges.
    let (from, to) = ((first / 12.0).floor() * 12.0, (last / 12.0).ceil() * 12.0);
    let length = (to - from).max(12.0);
    let at = |months: f64| ((months - from) / length * f64::from(AXIS)).round().clamp(0.0, f64::from(AXIS)) as u16;
    let mut lane_ends: Vec<f64> = Vec::new();
    let marks = spans
        .iter()
        .map(|&(card, start, end)| {
            let lane = lane_ends.iter().position(|&e| e <= start).unwrap_or_else(|| {
                if lane_ends.len() < MAX_LANES {
                    lane_ends.push(f64::MIN);
                }
                lane_ends.len() - 1
            });
            lane_ends[lane] = lane_ends[lane].max(end);
            Mark { card, start: at(start), end: at(end), lane }
        })
        .collect();
    let years = (length / 12.0) as i16;
    let step = (years / 8).max(1);
    let first_year = (from / 12.0) as i16;
    let ticks = (0..years).step_by(step as usize).map(|y| (first_year + y, at(from + f64::from(y) * 12.0))).collect();
    Chart { marks, lanes: lane_ends.len(), ticks }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i16, month: u8, day: u8, precision: Precision) -> Date {
        Date { year, month, day, precision }
    }

    #[test]
    fn spans_cover_their_precision_and_keep_date_order() {
        let events = [
            (7, date(2019, 0, 0, Precision::Year)),
            (3, date(2021, 10, 0, Precision::Month)),
            (5, date(2021, 10, 21, Precision::Day)),
            (1, date(2023, 4, 0, Precision::Month)),
        ];
        let chart = chart(&events);
        assert_eq!(chart.marks.iter().map(|m| m.card).collect::<Vec<_>>(), [7, 3, 5, 1]);
        assert!(chart.marks.windows(2).all(|w| w[0].start <= w[1].start), "date order");
        let year = f64::from(chart.marks[0].end - chart.marks[0].start);
        let month = f64::from(chart.marks[1].end - chart.marks[1].start);
        assert!((year / month - 12.0).abs() < 0.1, "a year is twelve months wide: {year} / {month}");
        assert!(chart.marks.iter().all(|m| m.end <= AXIS && m.start < m.end));
        // The day lies inside its month, so it takes a second lane; the gap 2021–2023 is empty.
        assert_eq!((chart.marks[1].lane, chart.marks[2].lane, chart.marks[3].lane), (0, 1, 0));
        assert_eq!(chart.ticks.first().map(|t| t.0), Some(2019));
        assert!(chart.ticks.iter().any(|t| t.0 == 2022), "the empty year is on the axis");
    }

    #[test]
    fn an_empty_or_single_event_chart_is_well_formed() {
        assert_eq!(chart(&[]).marks, []);
        let one = chart(&[(0, date(2020, 5, 0, Precision::Month))]);
        assert_eq!((one.lanes, one.ticks.len()), (1, 1));
        assert!(one.marks[0].start > 0 && one.marks[0].end < AXIS);
    }

    #[test]
    fn a_narrower_set_of_events_gets_its_own_axis_and_other_marks() {
        let events = [(1, date(2019, 3, 0, Precision::Month)), (2, date(2023, 6, 0, Precision::Month))];
        let (all, later) = (chart(&events), chart(&events[1..]));
        assert_eq!(later.ticks.first().map(|t| t.0), Some(2023), "the axis starts at the first year shown");
        assert_ne!(all.mark(2), later.mark(2), "the same event moves with its axis");
        assert_eq!((later.mark(1), later.tick(2023), later.tick(2019)), (None, 0, 0));
        assert_eq!(all.tick(2019), 0, "the first year starts the axis");
        assert!(all.tick(2023) > 0);
    }

    #[test]
    fn percentages_have_two_decimals_and_stay_on_the_axis() {
        assert_eq!(percent(0), "0.00%");
        assert_eq!(percent(1235), "12.35%");
        assert_eq!(percent(7), "0.07%");
        assert_eq!(percent(AXIS), "100.00%");
        assert_eq!(percent(15_000), "100.00%");
    }

    #[test]
    fn lanes_are_bounded() {
        let same: Vec<(usize, Date)> = (0..20).map(|i| (i, date(2020, 5, 0, Precision::Month))).collect();
        assert_eq!(chart(&same).lanes, MAX_LANES);
    }
}
