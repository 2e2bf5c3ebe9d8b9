//! Dates shown at the precision the source gives ("2020", "Oct 2021", "21 Oct 2021").

use knowledge::{Date, Precision};

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SEASONS: [&str; 4] = ["Winter", "Spring", "Summer", "Autumn"];

/// The date as a short label at its own precision.
pub fn label(date: Date) -> String {
    let month = MONTHS.get(usize::from(date.month.max(1)) - 1).copied().unwrap_or("");
    match date.precision {
        Precision::Decade => format!("{}s", date.year),
        Precision::Year => date.year.to_string(),
        Precision::Season => format!("{} {}", SEASONS[usize::from(date.month % 12 / 3)], date.year),
        Precision::Month => format!("{month} {}", date.year),
        Precision::Day => format!("{} {month} {}", date.day, date.year),
    }
}

/// How a date the text does not state in full was worked out, as the page says it: "inferred
/// from …" for an estimate, "worked out from …" for an exact count; `None` for a stated date.
pub fn derivation(when: &knowledge::When) -> Option<String> {
    let anchor = when.anchor.as_ref()?;
    let how = if anchor.inferred { "inferred" } else { "worked out" };
    Some(format!("{how} from {}", anchor.rule))
}

/// The machine-readable form for `<time datetime>`.
pub fn iso(date: Date) -> String {
    match date.precision {
        Precision::Decade | Precision::Year => format!("{:04}", date.year),
        Precision::Season | Precision::Month => format!("{:04}-{:02}", date.year, date.month),
        Precision::Day => format!("{:04}-{:02}-{:02}", date.year, date.month, date.day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i16, month: u8, day: u8, precision: Precision) -> Date {
        Date { year, month, day, precision }
    }

    #[test]
    fn labels_keep_the_precision() {
        assert_eq!(label(d(2020, 0, 0, Precision::Year)), "2020");
        assert_eq!(label(d(2021, 10, 0, Precision::Month)), "Oct 2021");
        assert_eq!(label(d(2021, 10, 21, Precision::Day)), "21 Oct 2021");
        assert_eq!(label(d(2023, 3, 0, Precision::Season)), "Spring 2023");
        assert_eq!(label(d(2023, 12, 0, Precision::Season)), "Winter 2023");
        assert_eq!(label(d(1880, 0, 0, Precision::Decade)), "1880s");
        assert_eq!(iso(d(2021, 10, 21, Precision::Day)), "2021-10-21");
        assert_eq!(iso(d(2021, 10, 0, Precision::Month)), "2021-10");
    }

    #[test]
    fn worked_out_dates_say_how_and_stated_ones_say_nothing() {
        use knowledge::{Anchor, Evidence, Span, When};
        let anchor = |inferred| Anchor {
            evidence: Evidence { doc: 0, span: Span { start: 0, end: 1 }, curated: false },
            rule: "almost 2 years after Mar 2019".into(),
            inferred,
        };
        let when =
            |anchor| When { date: Some(d(2021, 2, 0, Precision::Month)), phrase: "p".into(), resolved: true, anchor };
        assert_eq!(derivation(&when(None)), None);
        assert_eq!(
            derivation(&when(Some(anchor(true)))).as_deref(),
            Some("inferred from almost 2 years after Mar 2019")
        );
        assert_eq!(
            derivation(&when(Some(anchor(false)))).as_deref(),
            Some("worked out from almost 2 years after Mar 2019")
        );
    }
}
