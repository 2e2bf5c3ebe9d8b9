//! What a document says about itself: bylines, datelines and the outlet's name in boilerplate.

use std::sync::LazyLock;

use knowledge::{Date, Precision, TimeSource};
use regex::Regex;

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/// Holidays that open a time phrase (`By Christmas, …`) like month and day names do.
const HOLIDAYS: &[&str] = &["christmas", "easter"];
/// Words that make a byline part a job title rather than a name.
const ROLE_WORDS: &[&str] = &[
    "writer",
    "editor",
    "reporter",
    "correspondent",
    "critic",
    "contributor",
    "columnist",
    "staff",
    "senior",
    "chief",
    "journalist",
    "photographer",
    "reviewer",
    "producer",
    "desk",
    "team",
    "intern",
    "freelance",
];
/// Lower-case particles allowed inside a name (`Ana de Souza`).
const PARTICLES: &[&str] = &["de", "da", "del", "der", "van", "von", "la", "le", "di", "du", "bin", "al", "y"];

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// A line that is only a date, perhaps after `Date:`, with a weekday, a time and a time zone.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)^(?:dated?\s*:?\s*)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})(?:\s*(?:,|at|•|\||-|–)?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{{2,5}})?)?$"
    ))
});
/// `Published …`, `Updated …`, `Posted on …`, a report's `Summary prepared: …`, a notice's
/// `Issued: …`.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:published|updated|posted|last\s+updated|first\s+published|originally\s+published|(?:(?:summary|report|page|document)\s+)?(?:prepared|generated)\b\s*(?:on\b|:)|(?:date\s+)?issued\s*:)",
    )
});
/// A news dateline opening the first paragraph: `TAOS, N.M., March 3, 2024 (Wire) —`,
/// `March 3, 2024 —`, a press release's `BARTOWN, N.M. (March 3, 2024) —` or
/// `…, March 3, 2024 /Newswire/ —`, a wire's `TAOS, N.M. (AP) — March 3, 2024 —`; only one
/// with a full date gives a creation time.
static NEWS_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^(?:\p{{Lu}}[\p{{Lu}}.'’ -]+(?:,\s*\p{{Lu}}[\p{{L}}.]*)*,?\s+(?:\([^)]{{1,40}}\)\s*[—–-]\s*)?)?(?P<open>\()?(?P<date>(?i:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+(?i:{MONTH})\.?\s+\d{{4}})(?P<close>\))?\s*(?:\([^)]{{1,40}}\)\s*|/[^/]{{1,40}}/\s*)?[—–-]\s"
    ))
});
/// A news dateline without a date: `TAOS, N.M. (AP) —`, `NEW YORK —`.
static PLACE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}(?:,\s*\p{Lu}[\p{L}.]*)*\s*(?:\([^)]{1,40}\)\s*|/[^/]{1,40}/\s*)?[—–-]\s")
});
static UPDATED: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)\b(?:last\s+)?updated\b"));
/// `By Name` (or an interviewer's or translator's credit, `Translated from the Czech by Name`),
/// with what follows the names (job titles, date) after a separator.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:By|BY|Written by|Words by|Story by|Reporting by|Additional reporting by|Interview by|Interviewed by|Translated by|Translation by|Translated from (?:the )?\p{Lu}\p{L}+ by|Posted by)\s+(?P<names>.+?)\s*(?:(?:\s[|•·—–-]\s|\s(?i:published|updated|posted)\b|\son\s+\p{Lu}).*)?$",
    )
});
/// `By the Daily Ledger staff`: a byline naming its outlet's staff instead of a person.
static STAFF_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:By|BY|From)\s+(?:the\s+|The\s+)?(?P<outlet>\p{Lu}[\w&'’.-]*(?:\s+(?:\p{Lu}[\w&'’.-]*|of|and|&))*)\s+(?i:staff|newsroom|editorial\s+staff|news\s+staff)$",
    )
});
/// A full date closing a byline without a separator (`By Ana Ruiz, May 3, 2024`).
static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)[,\s]+(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}})$"
    ))
});
static NAME_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| regex(r"\s*(?:,|\band\b|&)\s*"));
/// Boilerplate that names the outlet it belongs to.
static OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?:(?i:promotional\s+content\s+from)|(?i:originally\s+(?:published|appeared)\s+(?:in|on|by))|(?i:this\s+(?:article|story)\s+(?:originally\s+)?appeared\s+(?:in|on))|^(?i:copyright)?\s*(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?)\s*(?i:the\s+)?(?P<outlet>\p{Lu}[^.,|]*?)\s*(?:[.,|]|(?i:all\s+rights)|$)",
    )
});

/// The author names a byline (`By Ana Ruiz and Lee Chan, Staff Writers`) gives, joined.
pub fn byline(line: &str) -> Option<String> {
    // A wire story's closing credit ends like a sentence: "Additional reporting by Ana Ruiz."
    let line = if line.starts_with("Additional reporting by ") { line.strip_suffix('.').unwrap_or(line) } else { line };
    if line.split_whitespace().count() > 20 || (line.ends_with('.') && !line.ends_with(" Jr.")) {
        return None;
    }
    let names = BYLINE.captures(line)?.name("names")?.as_str();
    let names = TRAILING_DATE.find(names).map_or(names, |m| &names[..m.start()]);
    let names = wire_names(names).unwrap_or(names);
    let parts: Vec<&str> = NAME_SEPARATOR.split(names).filter(|p| !p.is_empty()).collect();
    let people: Vec<&str> = parts.iter().copied().take_while(|p| is_name(p)).collect();
    let rest_are_roles = parts[people.len()..].iter().all(|p| is_role(p));
    if people.is_empty() || !rest_are_roles {
        return None;
    }
    Some(match people.as_slice() {
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
        [] => unreachable!("checked non-empty"),
    })
}

/// The outlet whose staff a byline names (`By the Daily Ledger staff`).
pub fn staff_outlet(line: &str) -> Option<String> {
    Some(STAFF_BYLINE.captures(line.trim())?.name("outlet")?.as_str().to_owned())
}

/// The outlet a byline names after its authors (`By Ana Ruiz | Screen Weekly | May 3, 2024`):
/// a part of two to five capitalised words that is not a date, a job title or a known place
/// (a one-word part is as likely a section, "Culture").
pub fn byline_outlet(line: &str) -> Option<String> {
    byline(line)?;
    let outlet = line.split(['|', '•', '·']).skip(1).map(str::trim).find(|part| {
        let words: Vec<&str> = part.split_whitespace().collect();
        let first = words.first().copied().unwrap_or_default().trim_end_matches(['.', ',']).to_lowercase();
        // One word is as likely a section ("Culture"), unless it is a known outlet ("Variety").
        (crate::entities::is_known_outlet(part) || words.len() >= 2)
            && is_role(part)
            && words.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and" | "&"))
            && !part.split(',').any(|piece| crate::entities::is_known_place(piece.trim()))
            && !part.chars().any(|c| c.is_ascii_digit())
            && !crate::dates::is_calendar_word(&first)
            && !DATELINE.is_match(part)
            && !part.split_whitespace().any(|w| ROLE_WORDS.contains(&w.to_lowercase().trim_end_matches('s')))
    })?;
    Some(outlet.strip_prefix("The ").unwrap_or(outlet).to_owned())
}

/// The names of a wire byline, written in capitals before the agency with no separator
/// (`By ANA RUIZ Coast Wire`): the capitalised words up to the first word that is not.
fn wire_names(names: &str) -> Option<&str> {
    let is_caps = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase);
    let words: Vec<&str> = names.split_whitespace().collect();
    let caps = words.iter().take_while(|w| is_caps(w)).count();
    let rest_is_outlet = words[caps..].iter().all(|w| w.starts_with(char::is_uppercase) && !is_caps(w));
    ((2..=4).contains(&caps) && caps < words.len() && rest_is_outlet).then(|| {
        let last = words[caps - 1];
        let end = names.find(last).map_or(0, |i| i + last.len());
        &names[..end]
    })
}

fn is_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let first = words.first().map(|w| w.trim_end_matches(['.', ',']).to_lowercase()).unwrap_or_default();
    (1..=4).contains(&words.len())
        && !crate::dates::is_calendar_word(&first)
        && !HOLIDAYS.contains(&first.as_str())
        && !words.iter().any(|w| ROLE_WORDS.contains(&w.to_lowercase().trim_end_matches('s')))
        && words.iter().all(|w| {
            PARTICLES.contains(w)
                || (w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')))
        })
}

fn is_role(part: &str) -> bool {
    let words = part.split_whitespace().count();
    (1..=5).contains(&words) && part.chars().next().is_some_and(char::is_uppercase)
}

/// A line that only dates the article: `Published …`, `Updated …`, a bare date and time, or a
/// byline without "By" whose parts are a date and short names (`Screen Ledger staff | Sunday,
/// April 12, 2026`).
pub fn dateline(line: &str) -> bool {
    line.split_whitespace().count() <= 20
        && (DATELINE.is_match(line) || DATE_LINE.is_match(line.trim()) || dated_parts(line))
}

/// Whether `line` is parts split by `|`, `•`, `·` or ` / `, one a date and the others short
/// capitalised names (a periodical's `Issue 58 · October 7, 2026`), but not a running page's
/// dated entry head (`Update #14 · Nov. 20, 2025`), which dates only its entry.
fn dated_parts(line: &str) -> bool {
    if crate::dates::entry_label_len(line).is_some() {
        return false;
    }
    let parts: Vec<&str> = line.split(['|', '•', '·']).flat_map(|p| p.split(" / ")).map(str::trim).collect();
    let date = |p: &&str| DATE_LINE.is_match(p);
    parts.len() >= 2 && parts.iter().any(date) && parts.iter().all(|p| date(p) || (is_role(p) && !p.ends_with('.')))
}

/// The publication date a byline or dateline states; dates after `Updated` are not it.
pub fn published(line: &str) -> Option<Date> {
    let before_update = UPDATED.find(line).map_or(line, |m| &line[..m.start()]);
    parse_date(before_update)
}

/// The creation time a metadata line states and the rule that read it: a `Published` line, a
/// dated byline or a bare date line give the publication date; an `Updated` line with no other
/// date gives only a bound (the document is at most that recent).
pub fn creation(line: &str) -> Option<(Date, TimeSource, &'static str)> {
    if let Some(date) = published(line) {
        let rule = if DATELINE.is_match(line) {
            "publication line"
        } else if BYLINE.is_match(line) || dated_parts(line) {
            "dated byline"
        } else {
            "date line"
        };
        return Some((date, TimeSource::Published, rule));
    }
    let update = UPDATED.find(line)?;
    parse_date(&line[update.end()..]).map(|date| (date, TimeSource::Updated, "update line"))
}

/// The publication date a news dateline at the start of a paragraph states, with the byte
/// range of the dateline (up to its dash).
pub fn news_dateline(line: &str) -> Option<(Date, usize)> {
    let caps = NEWS_DATELINE.captures(line)?;
    if caps.name("open").is_some() != caps.name("close").is_some() {
        return None;
    }
    Some((parse_date(caps.name("date")?.as_str())?, caps.get(0)?.as_str().trim_end().len()))
}

/// The byte length of the news dateline opening `line`, dated or not, with its dash and the
/// blank after it: where the first sentence's own words begin.
pub fn dateline_len(line: &str) -> Option<usize> {
    NEWS_DATELINE.find(line).or_else(|| PLACE_DATELINE.find(line)).map(|m| m.end())
}

/// The first full date (day, month and year) written in `text`, as the temporal tagger reads it.
fn parse_date(text: &str) -> Option<Date> {
    crate::dates::find(text).into_iter().find_map(|f| match f.expr {
        crate::dates::Expr::Absolute { date, .. } if date.precision == Precision::Day => Some(date),
        _ => None,
    })
}

/// The outlet a boilerplate line names (`… promotional content from the Daily Planet.`,
/// `© 2024 Daily Planet`).
pub fn outlet_in(line: &str) -> Option<String> {
    let name = OUTLET.captures(line)?.name("outlet")?.as_str().trim();
    (!name.is_empty() && name.split_whitespace().count() <= 6).then(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i16, month: u8, day: u8) -> Option<Date> {
        Some(Date { year, month, day, precision: Precision::Day })
    }

    #[test]
    fn reads_bylines() {
        assert_eq!(byline("By Ana Ruiz").as_deref(), Some("Ana Ruiz"));
        assert_eq!(byline("Additional reporting by Lee Chan.").as_deref(), Some("Lee Chan"));
        assert_eq!(byline("Reporting by Lee Chan was praised."), None);
        assert_eq!(byline("By the Daily Ledger staff"), None, "a staff byline names no person");
        assert_eq!(staff_outlet("By the Daily Ledger staff").as_deref(), Some("Daily Ledger"));
        assert_eq!(staff_outlet("By The Harbor Courier-Post Staff").as_deref(), Some("Harbor Courier-Post"));
        assert_eq!(staff_outlet("By Ana Ruiz"), None);
        assert_eq!(staff_outlet("By the time the staff arrived, it was over."), None);
        assert_eq!(byline("By Ana Ruiz and Lee Chan, Staff Writers").as_deref(), Some("Ana Ruiz and Lee Chan"));
        assert_eq!(byline("By Ana de Souza | Published May 3, 2024").as_deref(), Some("Ana de Souza"));
        assert_eq!(
            byline("Written by J. R. Bell, Kim Park & Sam Reed").as_deref(),
            Some("J. R. Bell, Kim Park and Sam Reed")
        );
        // A date closing the byline, and a wire byline's capitalised names before the agency.
        assert_eq!(byline("By Ana Ruiz, May 3, 2024").as_deref(), Some("Ana Ruiz"));
        assert_eq!(byline("Interview by Jana Nováková").as_deref(), Some("Jana Nováková"));
        assert_eq!(byline("Posted by Jake Tor on May 4, 2026 at 3:15 pm").as_deref(), Some("Jake Tor"));
        assert_eq!(byline("Posted by the studio on Friday"), None);
        assert_eq!(byline("Translated from the Polish by Ann Lee").as_deref(), Some("Ann Lee"));
        assert_eq!(byline("Translated by hand, the letters survived."), None);
        assert_eq!(byline("By ANA RUIZ Coast Wire Sept. 9, 2023").as_deref(), Some("ANA RUIZ"));
        assert_eq!(byline("By ANA RUIZ and LEE CHAN").as_deref(), Some("ANA RUIZ and LEE CHAN"));
        assert_eq!(byline("By Ana Ruiz, May 3, 2024, the set was empty"), None);
        assert_eq!(byline("By Monday the set was empty"), None);
        assert_eq!(byline("By Christmas, the film had wrapped."), None);
        assert_eq!(byline("By then, everyone knew"), None);
        assert_eq!(byline("by the river"), None);
    }

    #[test]
    fn reads_the_outlet_a_byline_names() {
        assert_eq!(byline_outlet("By Ana Ruiz | Screen Weekly | May 3, 2024").as_deref(), Some("Screen Weekly"));
        assert_eq!(byline_outlet("By Ana Ruiz • The Film Ledger").as_deref(), Some("Film Ledger"));
        assert_eq!(byline_outlet("By Ana Ruiz | Senior Correspondent | Updated May 4"), None);
        assert_eq!(byline_outlet("By Ana Ruiz | Published May 3, 2024"), None);
        assert_eq!(byline_outlet("By Ana Ruiz | Tuesday"), None);
        assert_eq!(byline_outlet("By then | Screen Weekly"), None);
        assert_eq!(byline_outlet("By Ana Ruiz | Los Angeles | May 3, 2024"), None);
        assert_eq!(byline_outlet("By Ana Ruiz | Culture"), None);
        assert_eq!(byline_outlet("By Ana Ruiz | Variety | May 3, 2024").as_deref(), Some("Variety"));
        assert_eq!(byline_outlet("By Ana Ruiz | Oslo, Norway"), None);
        assert_eq!(byline_outlet("By Ana Ruiz | Photographs by Tom Vale"), None);
    }

    #[test]
    fn reads_datelines() {
        assert!(dateline("Published 3 May 2024"));
        assert!(dateline("Issue 58 · October 7, 2026"));
        assert!(!dateline("Update #14 · November 20, 2025"));
        assert!(dateline("Updated Mar. 4, 2024 at 9:15 a.m. ET"));
        assert!(dateline("March 3, 2024 10:00 AM"));
        assert!(dateline("Tuesday, 2023-11-07"));
        assert!(!dateline("March 3, 2024 was the day filming began."));
        assert_eq!(published("Published May 3, 2024"), day(2024, 5, 3));
        assert_eq!(published("March 3, 2024 10:00 AM"), day(2024, 3, 3));
        assert_eq!(published("Published 1 Feb 2023, updated 9 Feb 2023"), day(2023, 2, 1));
        assert_eq!(published("Updated May 4, 2024"), None);
        assert_eq!(published("By Ana Ruiz | Published 29 February 2024"), day(2024, 2, 29));
        assert_eq!(published("Published 29 February 2023"), None);
        assert!(dateline("date 2022-05-17"));
        assert!(dateline("Date: 17 May 2022"));
        assert!(!dateline("date night at the drive-in"));
        assert!(dateline("Summary prepared: April 20, 2016"));
        assert!(dateline("Issued: October 2, 2024"));
        assert!(!dateline("The permit was issued October 2, 2024."));
        assert!(dateline("Screen Ledger staff | Sunday, April 12, 2026"));
        assert!(dateline("May 2, 2025 / Variety"));
        assert!(!dateline("Inspection opened: Sept. 21, 2015"));
        assert!(!dateline("Home | News | The film opened on May 3, 2024."));
    }

    #[test]
    fn reads_creation_times_and_how() {
        let published = |y, m, d, rule| {
            Some((Date { year: y, month: m, day: d, precision: Precision::Day }, TimeSource::Published, rule))
        };
        assert_eq!(creation("Published 3 May 2024, updated 4 May 2024"), published(2024, 5, 3, "publication line"));
        assert_eq!(creation("By Ana Ruiz | May 3, 2024"), published(2024, 5, 3, "dated byline"));
        assert_eq!(creation("date 2022-05-17"), published(2022, 5, 17, "date line"));
        assert_eq!(creation("Summary prepared: April 20, 2016"), published(2016, 4, 20, "publication line"));
        assert_eq!(creation("Issued: October 2, 2024"), published(2024, 10, 2, "publication line"));
        assert_eq!(creation("Screen Ledger staff | Sunday, April 12, 2026"), published(2026, 4, 12, "dated byline"));
        assert_eq!(
            creation("Updated Mar. 4, 2024 at 9:15 a.m. ET"),
            Some((
                Date { year: 2024, month: 3, day: 4, precision: Precision::Day },
                TimeSource::Updated,
                "update line"
            ))
        );
        assert_eq!(creation("By Ana Ruiz, Staff Writer"), None);
        assert_eq!(creation("By Ana Ruiz, May 3, 2024"), published(2024, 5, 3, "dated byline"));
        assert_eq!(creation("By ANA RUIZ Coast Wire Sept. 9, 2023"), published(2023, 9, 9, "dated byline"));
    }

    #[test]
    fn reads_news_datelines() {
        let day = |y, m, d| Date { year: y, month: m, day: d, precision: Precision::Day };
        let line = "PORT ELLIS, Ore., Sept. 9, 2023 (Coast Wire) — A ferry strike halted the shoot.";
        assert_eq!(
            news_dateline(line),
            Some((day(2023, 9, 9), "PORT ELLIS, Ore., Sept. 9, 2023 (Coast Wire) —".len()))
        );
        assert_eq!(
            news_dateline("March 3, 2024 — The crew returned."),
            Some((day(2024, 3, 3), "March 3, 2024 —".len()))
        );
        // A press release's date in parentheses, or its wire service between slashes.
        let release = "BARTOWN, N.M. (March 3, 2024) — The film office announced a premiere.";
        assert_eq!(news_dateline(release), Some((day(2024, 3, 3), "BARTOWN, N.M. (March 3, 2024) —".len())));
        let wire = "BARTOWN, N.M., March 3, 2024 /Film Newswire/ — A premiere.";
        assert_eq!(
            news_dateline(wire),
            Some((day(2024, 3, 3), "BARTOWN, N.M., March 3, 2024 /Film Newswire/ —".len()))
        );
        // The agency's dash before the date: `TAOS, N.M. (AP) — March 3, 2024 — A strike.`
        let agency_first = "TAOS, N.M. (AP) — March 3, 2024 — A strike.";
        assert_eq!(news_dateline(agency_first), Some((day(2024, 3, 3), "TAOS, N.M. (AP) — March 3, 2024 —".len())));
        assert_eq!(news_dateline("BARTOWN, N.M. (March 3, 2024 — A premiere."), None);
        assert_eq!(news_dateline("The office (March 3, 2024) — and then a premiere."), None);
        // No year, no creation time; a date inside the prose is no dateline.
        assert_eq!(news_dateline("PORT ELLIS, Ore., Sept. 9 (Coast Wire) — A strike."), None);
        assert_eq!(news_dateline("The crew returned on March 3, 2024 - after a storm."), None);
    }

    #[test]
    fn measures_datelines_dated_or_not() {
        let wire = "TAOS, N.M. (AP) — A stunt performer was hurt.";
        assert_eq!(dateline_len(wire), Some("TAOS, N.M. (AP) — ".len()));
        assert_eq!(dateline_len("NEW YORK — The film opened."), Some("NEW YORK — ".len()));
        let release = "BARTOWN, N.M. (March 3, 2024) — The office said.";
        assert_eq!(dateline_len(release), Some("BARTOWN, N.M. (March 3, 2024) — ".len()));
        assert_eq!(dateline_len("The crew — all forty — went home."), None);
        assert_eq!(dateline_len("I — for one — left."), None);
    }

    #[test]
    fn reads_outlets_from_boilerplate() {
        assert_eq!(
            outlet_in("You may occasionally receive promotional content from the Daily Planet.").as_deref(),
            Some("Daily Planet")
        );
        assert_eq!(outlet_in("© 2024 Harbor Media Group. All rights reserved.").as_deref(), Some("Harbor Media Group"));
        assert_eq!(outlet_in("Copyright 2019-2024 The Film Ledger").as_deref(), Some("Film Ledger"));
        assert_eq!(outlet_in("This story originally appeared in Screen Weekly.").as_deref(), Some("Screen Weekly"));
        assert_eq!(outlet_in("Get the Weekend newsletter"), None);
    }
}
