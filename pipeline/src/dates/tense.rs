//! The tense of the clause around a time expression, which decides the direction of a date
//! without a year ("wrapped on December 20" is past, "opens on March 14" is to come).

use std::sync::LazyLock;

use regex::Regex;

use super::rules::{FUTURE_PAIRS, FUTURE_WORDS, PAST_WORDS, PRESENT_WORDS, RESCHEDULED_TO};

/// What a clause tells: something past, something to come, or neither clearly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// Told in the past ("was dismissed", "began").
    Past,
    /// Told of the future ("will open", "is set to", "opens").
    Future,
    /// Neither, or both.
    Unknown,
}

/// Splits a clause into lower-case words (apostrophes kept: "won't").
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{Alphabetic}\p{N}'’]+").expect("word pattern"));
/// A move told as news up to the new date ([`RESCHEDULED_TO`]).
static MOVED_TO: LazyLock<Regex> = LazyLock::new(|| Regex::new(RESCHEDULED_TO).expect("move pattern"));

/// The tense of the clause of `sentence` around bytes `lo..hi`; when that clause has no verb
/// that tells ("…, Poland, in November"), the tense of its part of the sentence (up to a
/// semicolon): "The film had its premiere in Torun, Poland, in November" is told in the past.
pub fn around(sentence: &str, lo: usize, hi: usize) -> Tense {
    // "has moved the film from March 13 to April 24": both dates of a move told as news are to come.
    if MOVED_TO.is_match(&sentence[..lo]) {
        return Tense::Future;
    }
    // "Ahead of Saturday's world premiere, the cast gathered": what a step comes ahead of is to come.
    let before = sentence[..lo].trim_end().to_lowercase();
    let before = ["the", "its", "their", "this"]
        .iter()
        .find_map(|d| before.strip_suffix(d).map(str::trim_end))
        .unwrap_or(&before);
    if before.ends_with("ahead of") || before.ends_with("in advance of") {
        return Tense::Future;
    }
    let part = |cuts: &[char]| {
        let start = sentence[..lo].rfind(cuts).map_or(0, |i| i + 1);
        let end = sentence[hi..].find(cuts).map_or(sentence.len(), |i| hi + i);
        of(&sentence[start..end])
    };
    // The clause, then its stretch between commas ("…, and will release it in theaters and on
    // digital May 2"), then its part of the sentence.
    [of(clause_around(sentence, lo, hi)), part(&[',', ';']), part(&[';'])]
        .into_iter()
        .find(|t| *t != Tense::Unknown)
        .unwrap_or(Tense::Unknown)
}

/// The tense of a clause: future when a word announces what is to come, past when a verb is in
/// the past, unknown when neither or both.
pub fn of(clause: &str) -> Tense {
    let words: Vec<String> = WORD.find_iter(clause).map(|w| w.as_str().to_lowercase()).collect();
    let is = |list: &[&str], w: &str| list.contains(&w);
    let future =
        words.iter().any(|w| w.ends_with("'ll") || w.ends_with("’ll") || is(FUTURE_WORDS, w) || is(PRESENT_WORDS, w))
            || words.windows(2).any(|p| FUTURE_PAIRS.contains(&(p[0].as_str(), p[1].as_str())));
    // A participle after "be", "is" or "are" ("will be released", "is sentenced", "is to be
    // shot") is passive, not past.
    let passive = |i: usize| i > 0 && matches!(words[i - 1].as_str(), "be" | "being" | "is" | "are");
    let past =
        words.iter().enumerate().any(|(i, w)| (is(PAST_WORDS, w) || (w.len() > 4 && w.ends_with("ed"))) && !passive(i));
    match (past, future) {
        (false, true) => Tense::Future,
        (true, false) => Tense::Past,
        // "was scheduled to open": a past plan, whose date may be either side.
        _ => Tense::Unknown,
    }
}

/// The clause of `sentence` around bytes `lo..hi`: between the nearest punctuation or
/// coordinating word on either side.
fn clause_around(sentence: &str, lo: usize, hi: usize) -> &str {
    let is_cut = |c: char| matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')');
    let mut start = sentence[..lo].char_indices().rfind(|&(_, c)| is_cut(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let mut end = sentence[hi..].find(is_cut).map_or(sentence.len(), |i| hi + i);
    for word in [" and ", " but ", " while ", " when "] {
        start = start.max(sentence[..lo].rfind(word).map_or(0, |i| i + word.len()));
        end = end.min(sentence[hi..].find(word).map_or(sentence.len(), |i| hi + i));
    }
    // A "that" clause has its own tense ("announced Monday that filming would resume in April").
    start = start.max(sentence[..lo].rfind(" that ").map_or(0, |i| i + " that ".len()));
    &sentence[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tense_of_invented_clauses() {
        assert_eq!(of("the crew wrapped on December 20"), Tense::Past);
        assert_eq!(of("the suit was filed Tuesday"), Tense::Past);
        assert_eq!(of("the family sued the studio on Monday"), Tense::Past);
        // Irregular pasts: "became available on May 2", "bought the film on June 3".
        assert_eq!(of("it became available to rent on May 2"), Tense::Past);
        assert_eq!(of("Corvid bought the drama on June 3"), Tense::Past);
        assert_eq!(of("the shoot kicks off Monday"), Tense::Future);
        assert_eq!(around("Vale announced Monday that filming would resume in April.", 51, 56), Tense::Future);
        assert_eq!(of("the film will open on March 14"), Tense::Future);
        assert_eq!(of("the drama opens on June 14"), Tense::Future);
        assert_eq!(of("it is set to premiere on May 3"), Tense::Future);
        assert_eq!(of("it was scheduled to run until June 3"), Tense::Unknown);
        assert_eq!(of("the film will be released on May 2"), Tense::Future);
        assert_eq!(of("the film was released on May 2"), Tense::Past);
        assert_eq!(of("he is sentenced to hang"), Tense::Unknown);
        assert_eq!(of("the judge threw out the case on Friday"), Tense::Past);
        assert_eq!(of("the appeals court upheld the verdict Monday"), Tense::Past);
        assert_eq!(of("on May 3"), Tense::Unknown);
        assert_eq!(of("a red barn"), Tense::Unknown);
    }

    #[test]
    fn a_clause_with_no_telling_verb_takes_its_sentence_part() {
        let s = "The film had its premiere in Torun, Poland, in November.";
        let at = s.find("November").expect("in sentence");
        assert_eq!(around(s, at, at + 8), Tense::Past);
        let s = "Foo Films bought it, and will release it in theaters and on digital May 2.";
        let at = s.find("May").expect("in sentence");
        assert_eq!(around(s, at, at + 5), Tense::Future);
        let s = "It premiered in Cannes; in November, at home.";
        let at = s.find("November").expect("in sentence");
        assert_eq!(around(s, at, at + 8), Tense::Unknown);
    }

    fn at_in(s: &str, w: &str) -> usize {
        s.find(w).expect("in sentence")
    }

    #[test]
    fn the_dates_of_a_move_told_as_news_are_to_come() {
        let s = "Harrow has moved “Dust” from May 2 to June 9, the studio said.";
        let at = |w: &str| s.find(w).expect("in sentence");
        assert_eq!(around(s, at("May"), at("May") + 5), Tense::Future);
        assert_eq!(around(s, at("June"), at("June") + 6), Tense::Future);
        // A move told in the past with its object is news too ("Feb. 13" no end of the clause).
        let s = "Vesta moved the release of “Dust” to Feb. 13, 2032, from Nov. 21, it said.";
        assert_eq!(around(s, at_in(s, "Nov"), at_in(s, "Nov") + 7), Tense::Future);
        let s = "The premiere was moved to June 9 after the storm.";
        assert_eq!(
            around(s, s.find("June").expect("in sentence"), s.find("June").expect("in sentence") + 6),
            Tense::Past
        );
    }

    #[test]
    fn what_a_step_comes_ahead_of_is_to_come() {
        let s = "Ahead of Saturday's world premiere, the cast gathered for a photo call.";
        assert_eq!(around(s, at_in(s, "Saturday"), at_in(s, "Saturday") + 8), Tense::Future);
        let s = "The crew wrapped ahead of schedule on Friday.";
        assert_eq!(around(s, at_in(s, "Friday"), at_in(s, "Friday") + 6), Tense::Past);
    }

    #[test]
    fn an_irregular_participle_after_be_is_passive() {
        assert_eq!(of("The prologue is to be shot in Bexley on April 8."), Tense::Future);
        assert_eq!(of("The prologue was shot in Bexley on April 8."), Tense::Past);
    }

    #[test]
    fn only_the_clause_around_counts() {
        let s = "The crew wrapped on December 20, and the film will open on March 14.";
        let at = |w: &str| s.find(w).expect("in sentence");
        assert_eq!(around(s, at("December"), at("December") + 11), Tense::Past);
        assert_eq!(around(s, at("March"), at("March") + 8), Tense::Future);
    }
}
