//! Sentence boundaries inside one paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (possibly repeated, possibly followed by closing
//! quotes or brackets and by reference marks such as `[8]`) that is followed by whitespace and
//! the start of a new sentence. The
//! exceptions are what makes English hard: abbreviations before names (`Dr. Lee`), initials
//! (`J. Smith`, `U.S. Marshal`), numbered abbreviations (`Oct. 21`, `No. 5`), ellipses inside a
//! sentence (`came up ... I was`), and quoted speech followed by its attribution
//! (`“Go!” Ana shouted.`). The abbreviations live in one table ([`super::abbreviations`]);
//! this is the only splitter: the entity stage re-splits heading lines with it too.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::abbreviations::{BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL, STARTERS, TITLES, us_state};

/// A closing quotation followed by who said it: `“…!” Ana Ruiz told reporters`.
static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[\p{Lu}][\p{L}’'.-]*\s+){1,3}(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|explained|recalled|shouted|replied|continued|insisted|noted|tweeted|posted|joked|admitted)\b",
    )
    .expect("valid regex")
});

/// An encyclopedia's reference mark after a sentence's full stop: `[8]`, `[a]`, `[citation
/// needed]`; it belongs to the sentence it closes.
static REFERENCE_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\]").expect("valid regex"));

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»' | '›')
}

/// Byte ranges of the sentences of `para`, in order, trimmed of surrounding whitespace.
pub fn sentences(para: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let at = |i: usize| chars.get(i).map_or(para.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut start = chars.iter().position(|&(_, c)| !c.is_whitespace()).unwrap_or(chars.len());
    let mut i = start;
    while i < chars.len() {
        if !is_terminator(chars[i].1) {
            i += 1;
            continue;
        }
        let term_start = i;
        let mut j = i;
        while j < chars.len() && is_terminator(chars[j].1) {
            j += 1;
        }
        let term_end = j;
        while j < chars.len() && is_closer(chars[j].1) {
            j += 1;
        }
        while let Some(mark) = REFERENCE_MARK.find(&para[at(j)..]) {
            j += para[at(j)..at(j) + mark.end()].chars().count();
        }
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k > j && k < chars.len() {
            let cut = Cut {
                before: &para[at(start)..at(term_start)],
                term: &para[at(term_start)..at(term_end)],
                closed: j > term_end,
                rest: &para[at(k)..],
            };
            if cut.ends_sentence() {
                out.push(at(start)..at(j));
                start = k;
            }
        }
        i = k.max(i + 1);
    }
    if start < chars.len() {
        let end = para.trim_end().len();
        out.push(at(start)..end);
    }
    out
}

/// A possible sentence end: the text before it, the terminator, and what follows the space.
struct Cut<'a> {
    before: &'a str,
    term: &'a str,
    closed: bool,
    rest: &'a str,
}

impl Cut<'_> {
    fn ends_sentence(&self) -> bool {
        let Some(next) = self.rest.chars().next() else { return true };
        if next.is_lowercase() || matches!(next, ',' | ';' | ':' | ')' | ']' | '}') {
            return false;
        }
        let ellipsis = self.term.starts_with('…') || self.term.starts_with("..");
        if ellipsis && self.before.ends_with(char::is_whitespace) {
            return false; // an ellipsis between words marks an omission, not an end
        }
        if self.closed && ATTRIBUTION.is_match(self.rest) {
            return false;
        }
        if self.term != "." || self.closed {
            return true;
        }
        let word = self
            .before
            .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '“' | '‘' | '"' | '\'' | '—' | '–' | '/'))
            .next()
            .unwrap_or_default();
        let lower = word.to_lowercase();
        let lower = lower.as_str();
        let mut letters = word.chars();
        let initial = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
        if TITLES.contains(&lower) || NEVER_FINAL.contains(&lower) || initial {
            return false;
        }
        if next.is_ascii_digit() && BEFORE_NUMBER.contains(&lower) {
            return false;
        }
        // News style sets a state after its town off with a comma ("Taos, N.M., said"): with
        // none, a capital after "Town, St." opens the next sentence ("near Helena, Mont. Production …").
        let state = us_state(&format!("{word}.")).is_some();
        if state && next.is_uppercase() && self.before[..self.before.len() - word.len()].trim_end().ends_with(',') {
            return true;
        }
        if word.contains('.') || MAYBE_FINAL.contains(&lower) || state {
            let first: String =
                self.rest.chars().take_while(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
            return STARTERS.contains(&first.as_str());
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn reference_marks_close_the_sentence_they_follow() {
        assert_eq!(
            split("Filming began in June.[8] Ann Lee shot it.[9][a] It wrapped in May."),
            ["Filming began in June.[8]", "Ann Lee shot it.[9][a]", "It wrapped in May."]
        );
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(split("It rained. We left! Did you? Yes."), ["It rained.", "We left!", "Did you?", "Yes."]);
        assert_eq!(split("No end here"), ["No end here"]);
        assert_eq!(split("In 2019. 2020 was worse."), ["In 2019.", "2020 was worse."]);
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside_sentences() {
        assert_eq!(
            split("Dr. Ana Ruiz met J. R. Bell and a U.S. Navy captain on Oct. 3 at St. Mary’s. Then she left."),
            ["Dr. Ana Ruiz met J. R. Bell and a U.S. Navy captain on Oct. 3 at St. Mary’s.", "Then she left."]
        );
        assert_eq!(
            split("They moved to the U.S. The next year was hard."),
            ["They moved to the U.S.", "The next year was hard."]
        );
        assert_eq!(
            split("Props, sets, etc. were ready, e.g. the barn."),
            ["Props, sets, etc. were ready, e.g. the barn."]
        );
    }

    #[test]
    fn state_and_department_abbreviations_end_a_sentence_only_before_a_new_one() {
        assert_eq!(
            split(
                "Crews met in Tucson, Ariz. The shoot began. The Fire Dept. Chief came on Sept. 9 to Taos, N.M. too."
            ),
            [
                "Crews met in Tucson, Ariz.",
                "The shoot began.",
                "The Fire Dept. Chief came on Sept. 9 to Taos, N.M. too."
            ]
        );
        assert_eq!(
            split(
                "The wagon overturned near Helena, Mont. Production was halted. Crews flew to Mesa, Ariz. Filming resumed."
            ),
            [
                "The wagon overturned near Helena, Mont.",
                "Production was halted.",
                "Crews flew to Mesa, Ariz.",
                "Filming resumed."
            ]
        );
        assert_eq!(split("TAOS, N.M. (AP) — Filming resumed."), ["TAOS, N.M. (AP) — Filming resumed."]);
    }

    #[test]
    fn handles_quotes_and_ellipses() {
        assert_eq!(
            split("“I read it twice,” Lee said. “It moved me ... I cried. Then I called him.”"),
            ["“I read it twice,” Lee said.", "“It moved me ... I cried.", "Then I called him.”"]
        );
        assert_eq!(
            split("“Run!” Ana Ruiz shouted. “Now?” he asked."),
            ["“Run!” Ana Ruiz shouted.", "“Now?” he asked."]
        );
        assert_eq!(split("We waited… and waited… Nothing came."), ["We waited… and waited…", "Nothing came."]);
        assert_eq!(split("She said (quietly.) Then left."), ["She said (quietly.)", "Then left."]);
    }

    #[test]
    fn bullets_and_odd_spacing() {
        assert_eq!(split("• One point. Two."), ["• One point.", "Two."]);
        assert_eq!(split("  Padded.   Text.  "), ["Padded.", "Text."]);
        assert!(split("   ").is_empty());
    }
}
