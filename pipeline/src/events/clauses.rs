//! Clauses of a sentence, so that an event trigger takes its date, place and people from its
//! own clause, and the mood of its predicate (done, announced, hypothetical).
//!
//! The segmentation is shallow and works on the sentence text and the spans of its temporal
//! expressions (however they were found, so a date's inner comma — "March 3, 2019" — never
//! cuts a clause). Embedded clauses are cut out of the clause around them: a relative clause
//! after a comma ("The charge, which was filed in March 2019, was dismissed in June 2021"), a
//! parenthesis, a pair of dashes. What is left is the main clause, read as if the embedded ones
//! were not there ("The charge was dismissed in June 2021").

use std::sync::LazyLock;

use regex::Regex;

use super::triggers;
use super::vocabulary::{
    ADJUNCT_OPENERS, APPOINTMENT_NOUNS, APPOSED_PARTICIPLES, APPOSITION_ADVERBS, CAUSE_OF, COUNT_WORDS, DETERMINERS,
    EVENT_NOUNS, OWN_PREDICATE, PAST_PLAN, RELATIVES, REPORTING_VERBS, SCHEDULED, SENTENCE_OPENERS, STANDING, UNREAL,
};

/// A clause cut out of the sentence around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Embedded {
    /// Sentence-relative byte range, punctuation that delimits it included.
    pub start: usize,
    /// One past its end.
    pub end: usize,
}

/// The embedded clauses of one sentence.
#[derive(Clone, Debug, Default)]
pub(crate) struct Clauses {
    embedded: Vec<Embedded>,
}

/// Whether a predicate reports what happened, announces it, or neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mood {
    /// Told as done (or as a plain present: "the film opens on June 9").
    Fact,
    /// Announced for later: "will screen", "is set to premiere", "plans to release".
    Scheduled,
    /// Hypothetical, wished for, a plan of the past or a standing state: "could have faced",
    /// "had been expected to", "is serving a sentence for manslaughter".
    Unreal,
}

/// Whether byte `i` falls strictly inside one of the `spans`.
fn inside(spans: &[(usize, usize)], i: usize) -> bool {
    spans.iter().any(|&(s, e)| s < i && i < e)
}

/// Whether `c` at byte `i` of `text` is punctuation that ends a clause: not the comma of a
/// number ("$21,500", "1,200 extras").
pub(crate) fn breaks_clause(text: &str, i: usize, c: char) -> bool {
    let digits_around = text[..i].ends_with(|d: char| d.is_ascii_digit())
        && text[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
    matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')') && !(c == ',' && digits_around)
}

/// Whether `rest` (after a comma) opens a participle set off in apposition ("originally set for
/// January", "shot in 2023"): a clause of its own, whose date is not the main verb's.
fn apposed_participle(rest: &str) -> bool {
    let mut words = rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase());
    let mut word = words.next().unwrap_or_default();
    if APPOSITION_ADVERBS.contains(&word.as_str()) {
        word = words.next().unwrap_or_default();
    }
    APPOSED_PARTICIPLES.contains(&word.as_str())
}

/// The first lower-cased word of `s` (letters and apostrophes).
fn first_word(s: &str) -> String {
    s.trim_start()
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

impl Clauses {
    /// Finds the embedded clauses of `sentence`; `temporal` are the sentence-relative spans of
    /// its temporal expressions, which are never cut.
    pub(crate) fn new(sentence: &str, temporal: &[(usize, usize)]) -> Self {
        let cut = |i: usize, c: char| breaks_clause(sentence, i, c) && !inside(temporal, i);
        let end_of_text = sentence.trim_end_matches(['.', '!', '?', '"', '”', '’', '\'', ' ']).len();
        let mut embedded = Vec::new();
        for (i, c) in sentence.char_indices() {
            let after = i + c.len_utf8();
            let relative =
                c == ',' && !inside(temporal, i) && RELATIVES.contains(&first_word(&sentence[after..]).as_str());
            let fronted = i == 0 && ADJUNCT_OPENERS.contains(&first_word(sentence).as_str());
            let apposed = c == ',' && !inside(temporal, i) && apposed_participle(&sentence[after..]);
            let end = if fronted {
                // Up to its first comma, which must come before the main clause ends.
                match sentence.char_indices().find(|&(j, d)| d == ',' && !inside(temporal, j)) {
                    Some((j, _)) if j < end_of_text => j + 1,
                    _ => continue,
                }
            } else if relative {
                // Up to the next cut, or the end of the sentence.
                sentence[after..]
                    .char_indices()
                    .find(|&(j, d)| cut(after + j, d))
                    .map_or(end_of_text, |(j, d)| after + j + d.len_utf8())
            } else if apposed {
                // "Filming, originally set for January, began …": up to the closing comma.
                match sentence[after..].find(',') {
                    Some(j)
                        if after + j < end_of_text && sentence[after..after + j].split_whitespace().count() <= 8 =>
                    {
                        after + j + 1
                    }
                    _ => continue,
                }
            } else if c == '(' {
                // A parenthesis of one word ("(2024)", "(pictured)") is no clause.
                // Nor is one that only gives a date ("(Sept. 9, 2021)").
                let close = sentence[after..].find(')').map_or(end_of_text, |j| after + j + 1);
                let dated = temporal.iter().any(|&(s, e)| s >= after && e <= close);
                if sentence[after..close].split_whitespace().count() < 2 || dated {
                    continue;
                }
                close
            } else if (c == '—' || (c == '–' && sentence[..i].ends_with(' '))) && !inside(temporal, i) {
                // A pair of dashes (an en dash with a blank before it: not a range); a single
                // dash cuts nothing.
                match sentence[after..].find(['—', '–']) {
                    Some(j) => after + j + c.len_utf8(),
                    None => continue,
                }
            } else {
                continue;
            };
            if embedded.last().is_some_and(|e: &Embedded| i < e.end) || end <= after {
                continue;
            }
            embedded.push(Embedded { start: i, end });
        }
        Clauses { embedded }
    }

    /// The clause byte `at` belongs to: 0 for the main clause, `n` for the n-th embedded one.
    pub(crate) fn region(&self, at: usize) -> usize {
        self.embedded.iter().position(|e| e.start <= at && at < e.end).map_or(0, |i| i + 1)
    }

    /// The embedded clause of a region, if it is one.
    pub(crate) fn embedded(&self, region: usize) -> Option<Embedded> {
        region.checked_sub(1).and_then(|i| self.embedded.get(i)).copied()
    }

    /// Every embedded clause with its region, in text order.
    pub(crate) fn all(&self) -> impl Iterator<Item = (usize, Embedded)> + '_ {
        self.embedded.iter().enumerate().map(|(i, e)| (i + 1, *e))
    }

    /// Whether the embedded clause `region` qualifies the phrase ending at `end` (it follows it
    /// with nothing but blanks between): "the accident, which occurred in May, …".
    pub(crate) fn attached_to(&self, region: usize, sentence: &str, end: usize) -> bool {
        self.embedded(region).is_some_and(|e| end <= e.start && sentence[end..e.start].trim().is_empty())
    }

    /// The main clause with the embedded ones cut out, and for each of its bytes the
    /// sentence-relative offset it comes from (one more entry maps its end).
    pub(crate) fn main_view(&self, sentence: &str) -> (String, Vec<usize>) {
        let mut text = String::with_capacity(sentence.len());
        let mut map = Vec::with_capacity(sentence.len() + 1);
        let mut from = 0;
        for e in &self.embedded {
            push(&mut text, &mut map, sentence, from, e.start);
            from = e.end;
            // One blank stands for the cut clause.
            let rest = &sentence[from..];
            if text.ends_with(' ') && rest.starts_with(' ') {
                from += 1;
            } else if !text.ends_with(' ') && rest.starts_with(char::is_alphanumeric) {
                text.push(' ');
                map.push(e.start);
            }
        }
        push(&mut text, &mut map, sentence, from, sentence.len());
        map.push(sentence.len());
        (text, map)
    }

    /// Each relative clause read with its antecedent as subject ("The shoot, which began in
    /// May 2019, …" → "shoot began in May 2019"), with each byte's sentence-relative offset;
    /// the antecedent's bytes map to the clause's start, so what is found there is the clause's.
    pub(crate) fn relative_views(&self, sentence: &str) -> Vec<(String, Vec<usize>)> {
        let mut out = Vec::new();
        for e in &self.embedded {
            let body = sentence[e.start..e.end].trim_start_matches([',', ' ']);
            let word = first_word(body);
            if !RELATIVES.contains(&word.as_str()) {
                continue;
            }
            let head = &sentence[..e.start];
            let from =
                head.char_indices().rfind(|&(i, c)| breaks_clause(head, i, c)).map_or(0, |(i, c)| i + c.len_utf8());
            let antecedent: Vec<&str> = head[from..].split_whitespace().rev().take(3).collect();
            let mut text: String = antecedent.iter().rev().copied().collect::<Vec<_>>().join(" ");
            let mut map = vec![e.start; text.len()];
            let rest = e.end - body.len() + word.len();
            let rest_end = e.end - sentence[e.start..e.end].len()
                + sentence[e.start..e.end].trim_end_matches([',', ' ', ')', '—', '–']).len();
            push(&mut text, &mut map, sentence, rest, rest_end.max(rest));
            map.push(rest_end.max(rest));
            out.push((text, map));
        }
        out
    }

    /// The mood of the predicate whose trigger spans `at..end` (cues inside it count: "will
    /// release", "is set for release").
    pub(crate) fn mood(&self, sentence: &str, at: usize, end: usize) -> Mood {
        let region = self.region(at);
        // Words of the trigger's own clause before it.
        let lo = match self.embedded(region) {
            Some(e) => e.start,
            None => self.embedded.iter().filter(|e| e.end <= at).map(|e| e.end).max().unwrap_or(0),
        };
        let head = &sentence[lo..at];
        let from = head
            .char_indices()
            .rfind(|&(i, c)| {
                matches!(c, ';' | ':' | '(' | '—' | '–')
                    || (c == ',' && !head[i + 1..].trim().is_empty() && is_clause_comma(&head[i + 1..]))
            })
            .map_or(0, |(i, c)| i + c.len_utf8());
        let mut words: Vec<String> = head[from..]
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            // The month "May" is not the modal "may".
            .map(|w| if w == "May" { "(may)".to_owned() } else { w.to_lowercase() })
            .collect();
        // A conjunction followed by a predicate of its own (maybe the trigger's first word)
        // ends what reaches the trigger.
        words.push(first_word(&sentence[at..]));
        let start = (0..words.len())
            .rev()
            .find(|&i| {
                matches!(words[i].as_str(), "and" | "but" | "or")
                    && words.get(i + 1).is_some_and(|w| OWN_PREDICATE.contains(&w.as_str()) || w.ends_with("ed"))
            })
            .map_or(0, |i| i + 1);
        words.pop();
        let start = start.min(words.len());
        words.extend(
            triggers::lower_words(&sentence[at..end])
                .into_iter()
                .map(|w| if w == "may" { "(may)".to_owned() } else { w }),
        );
        let words = &words[start..];
        let near = &words[words.len().saturating_sub(8)..];
        let has = |cue: &[&str]| near.windows(cue.len()).position(|w| w.iter().zip(cue).all(|(a, b)| a == b));
        // Reported speech tells a plan in "would" ("announced Wednesday that filming would
        // resume in April"); "would have" stays unreal.
        let reported_plan = has(&["would"]).is_some_and(|i| {
            let that = near[..i].iter().rposition(|w| w == "that");
            near.get(i + 1).is_none_or(|w| w != "have")
                && that.is_some_and(|t| near[..t].iter().any(|w| REPORTING_VERBS.contains(&w.as_str())))
        });
        let unreal = |cue: &&[&str]| has(cue).is_some() && !(reported_plan && *cue == ["would"]);
        if UNREAL.iter().chain(STANDING).any(unreal) {
            return Mood::Unreal;
        }
        if reported_plan {
            return Mood::Scheduled;
        }
        for cue in SCHEDULED {
            if let Some(i) = has(cue) {
                let before = &near[i.saturating_sub(2)..i];
                return if before.iter().any(|w| PAST_PLAN.contains(&w.as_str())) {
                    Mood::Unreal
                } else {
                    Mood::Scheduled
                };
            }
        }
        Mood::Fact
    }
}

/// Whether text after a comma opens a clause of its own (a subject and verb of its own, or a
/// coordinated predicate) rather than continuing a list or a date.
fn is_clause_comma(rest: &str) -> bool {
    let word = first_word(rest);
    matches!(word.as_str(), "and" | "but" | "while" | "when" | "after" | "before" | "because" | "although" | "though")
        || SENTENCE_OPENERS.contains(&word.as_str())
}

fn push(text: &mut String, map: &mut Vec<usize>, sentence: &str, from: usize, to: usize) {
    text.push_str(&sentence[from..to]);
    map.extend(from..to);
}

/// Whether the temporal expression at `start..end` qualifies the noun after it ("the March 2019
/// accident", "its September 9 premiere", "the April 3, 2024, collapse": a full date closes with
/// a comma): a determiner before it and a lower-case word after. Such a date dates that noun's
/// event only.
pub(crate) fn qualifies_noun(sentence: &str, start: usize, end: usize) -> bool {
    let before = sentence[..start].trim_end();
    let det = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_lowercase();
    let possessive = before.ends_with("'s") || before.ends_with("’s");
    let after = &sentence[end..];
    let after = if sentence[start..end].contains(',') { after.strip_prefix(',').unwrap_or(after) } else { after };
    let noun = after.strip_prefix(' ').is_some_and(|a| a.starts_with(|c: char| c.is_lowercase()));
    let noun_word = first_word(after);
    (DETERMINERS.contains(&det.as_str()) || possessive)
        && noun
        && !matches!(noun_word.as_str(), "and" | "or" | "to" | "in" | "on" | "at")
}

/// Whether the date at `start..end` opens the sentence as the day of a harm the rest follows:
/// "After Friday's accident, the production paused filming" (the halt takes the accident's day).
pub(crate) fn after_dated_harm(sentence: &str, start: usize, end: usize) -> bool {
    let before = triggers::lower_words(&sentence[..start]);
    let opener = matches!(
        before.iter().map(String::as_str).collect::<Vec<_>>().as_slice(),
        ["after" | "following"] | ["after" | "following", "the" | "last" | "this"]
    );
    let after = &sentence[end..];
    let after = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).unwrap_or(after);
    let noun = first_word(after);
    opener && EVENT_NOUNS.contains(&noun.as_str()) && sentence[end..].split(',').next().is_some_and(|s| s.len() < 40)
}

/// An age set off by commas after a name.
static AGE_APPOSITION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r",\s*\d{1,3},").expect("age pattern"));

/// Whether the words between a date and a trigger after it open with a count from that date
/// ("Oct. 10, the day after the grip was killed", "May 3, two weeks before filming began").
pub(crate) fn counts_from(between: &str) -> bool {
    // The trigger must be inside the count's clause: "Oct. 22, the day after the shooting,
    // detectives searched the set" dates the search.
    let counted = between.trim_start_matches([',', ' ']);
    // An age set off by commas ("a grip, 41, was killed") closes no clause.
    let counted = AGE_APPOSITION.replace_all(counted, " ");
    if counted.contains([',', ';', '—', '–']) {
        return false;
    }
    let words = triggers::lower_words(&counted);
    match words.as_slice() {
        [n, unit, rel, ..] => {
            (n == "the" || COUNT_WORDS.contains(&n.as_str()) || n.parse::<u32>().is_ok())
                && matches!(unit.trim_end_matches('s'), "day" | "week" | "month" | "year")
                && matches!(rel.as_str(), "after" | "before")
        }
        _ => false,
    }
}

/// Whether the words between a trigger and a date after it name another event the date belongs
/// to: an event noun just before a date introduced by "in" or "on" ("dismissed the charges over
/// the death of X in May 2019"); a date without a preposition tells when the verb happened
/// ("opened an investigation into the fire last month").
pub(crate) fn claimed_by_event_noun(between: &str) -> bool {
    let words: Vec<String> = triggers::lower_words(between);
    let Some((last, before)) = words.split_last() else { return false };
    let event =
        matches!(last.as_str(), "in" | "on") && before.iter().rev().take(6).any(|w| EVENT_NOUNS.contains(&w.as_str()));
    // "set a jury trial for Nov. 14": the day of the thing set, not of the setting; "headed for a
    // hearing next month": the day of the hearing.
    let appointment = (matches!(last.as_str(), "for" | "on")
        && before.last().is_some_and(|w| APPOINTMENT_NOUNS.contains(&w.as_str())))
        || (APPOINTMENT_NOUNS.contains(&last.as_str())
            && before.iter().rev().take(2).any(|w| matches!(w.as_str(), "for" | "toward" | "towards")));
    // "agreed to pay $88,000 over the shooting death of a grip last October": a date closing the
    // harm named as the cause belongs to the harm.
    let tail = between.rsplit(',').next().unwrap_or(between);
    let tail_words = triggers::lower_words(tail);
    let cause = tail_words.iter().rposition(|w| CAUSE_OF.contains(&w.as_str())).is_some_and(|i| {
        tail_words.len() - i <= 10 && tail_words[i + 1..].iter().take(3).any(|w| EVENT_NOUNS.contains(&w.as_str()))
    });
    event || appointment || cause
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(sentence: &str) -> Vec<(usize, usize)> {
        crate::dates::find(sentence).iter().map(|f| (f.start, f.end)).collect()
    }

    fn main(sentence: &str) -> String {
        Clauses::new(sentence, &spans(sentence)).main_view(sentence).0
    }

    fn mood(sentence: &str, trigger: &str) -> Mood {
        let at = sentence.find(trigger).expect("trigger");
        Clauses::new(sentence, &spans(sentence)).mood(sentence, at, at + trigger.len())
    }

    #[test]
    fn relative_clauses_are_cut_out_of_the_main_clause() {
        let s = "The charge over the death, which occurred on March 3, 2019, was dismissed in June 2021.";
        assert_eq!(main(s), "The charge over the death was dismissed in June 2021.");
        let c = Clauses::new(s, &spans(s));
        assert_eq!(c.region(s.find("March").unwrap()), 1);
        assert_eq!(c.region(s.find("June").unwrap()), 0);
        assert!(c.attached_to(1, s, s.find(", which").unwrap()));
        assert!(!c.attached_to(1, s, s.find(" over").unwrap()));
        let s = "Ana Ruiz (who wrote the script) joined in May, and a dash — a long one — ends.";
        assert_eq!(main(s), "Ana Ruiz joined in May, and a dash ends.");
        let s = "The film wrapped in Oslo, where it snowed.";
        assert_eq!(main(s), "The film wrapped in Oslo.");
        assert_eq!(main("Harbor Lights (2024) opens."), "Harbor Lights (2024) opens.");
        let s = "It premiered in Venice (Sept. 9, 2021) to applause.";
        assert_eq!(main(s), s);
        assert_eq!(main("It ran 2019–2021 and – as planned – ended."), "It ran 2019–2021 and ended.");
        // A comma before a list item or a date is no relative clause.
        assert_eq!(main("Filming began on May 2, 2019, in Oslo."), "Filming began on May 2, 2019, in Oslo.");
    }

    #[test]
    fn relative_clauses_read_with_their_antecedent() {
        let s = "The shoot, which began in May 2019, was halted, and Ana Ruiz, who wrote it, left.";
        let c = Clauses::new(s, &spans(s));
        let views: Vec<String> = c.relative_views(s).into_iter().map(|(t, _)| t).collect();
        assert_eq!(views, ["The shoot began in May 2019", "and Ana Ruiz wrote it"]);
        let (text, map) = &c.relative_views(s)[0];
        let at = text.find("May").unwrap();
        assert_eq!(&s[map[at]..map[at] + 3], "May");
        assert_eq!(map[0], s.find(',').unwrap());
    }

    #[test]
    fn moods_of_predicates() {
        assert_eq!(mood("The festival will screen the drama on September 9.", "screen"), Mood::Scheduled);
        assert_eq!(mood("The drama is set to premiere at the Foo Film Festival.", "premiere"), Mood::Scheduled);
        assert_eq!(mood("Lantern plans to release it in May.", "release"), Mood::Scheduled);
        assert_eq!(mood("Lantern will release it in May.", "will release"), Mood::Scheduled);
        assert_eq!(mood("The premiere was set for Friday.", "premiere was set for"), Mood::Unreal);
        assert_eq!(mood("The festival is scheduled to run until June 3.", "run"), Mood::Scheduled);
        assert_eq!(mood("She could have faced ten years if convicted.", "convicted"), Mood::Unreal);
        assert_eq!(mood("The shoot had been expected to wrap in late June.", "wrap"), Mood::Unreal);
        assert_eq!(mood("Filming was planned to start in May and was delayed.", "delayed"), Mood::Fact);
        assert_eq!(mood("It will screen in Venice and open in Oslo on May 2.", "open"), Mood::Scheduled);
        assert_eq!(mood("Filming began in May 2019.", "began"), Mood::Fact);
        assert_eq!(mood("In May, filming began.", "filming"), Mood::Fact);
        assert_eq!(mood("She is serving an 18-month sentence for manslaughter.", "manslaughter"), Mood::Unreal);
        // A cue in an embedded clause does not reach the main one.
        assert_eq!(mood("The film, which will stream on Max, premiered at Cannes.", "premiered"), Mood::Fact);
    }

    #[test]
    fn dates_that_qualify_a_noun() {
        let s = "The case was dismissed two years after the March 2019 accident.";
        let at = s.find("March").unwrap();
        assert!(qualifies_noun(s, at, at + "March 2019".len()));
        let s = "Its September 9 premiere sold out.";
        assert!(qualifies_noun(s, 4, 4 + "September 9".len()));
        let s = "The case was dismissed in March 2019 and appealed.";
        let at = s.find("March").unwrap();
        assert!(!qualifies_noun(s, at, at + "March 2019".len()));
        let s = "He sued over the April 3, 2024, collapse at the pier.";
        let at = s.find("April").unwrap();
        assert!(qualifies_noun(s, at, at + "April 3, 2024".len()));
        // A comma after a date without one of its own ends the phrase.
        let s = "It wrapped on the March 2019, and later reshot.";
        let at = s.find("March").unwrap();
        assert!(!qualifies_noun(s, at, at + "March 2019".len()));
        assert!(claimed_by_event_noun(" the charges over the death of Tom Vale in "));
        assert!(!claimed_by_event_noun(" the charges against Tom Vale in "));
        assert!(!claimed_by_event_noun(" an investigation into the fire "));
        assert!(claimed_by_event_noun(" a five-day jury trial for "));
        assert!(!claimed_by_event_noun(" the trial in "));
    }

    #[test]
    fn dates_of_a_harm_named_as_cause_of_a_counted_day_or_of_a_hearing_ahead() {
        // The harm named after "over" owns the date closing it.
        assert!(claimed_by_event_noun(" $40,000 to settle the case over the death of a stuntman "));
        assert!(claimed_by_event_noun(" the studio over the fatal shooting of its grip "));
        assert!(!claimed_by_event_noun(" over a dispute, then the shooting stopped, "));
        // A hearing the fight was headed for owns the time after it.
        assert!(claimed_by_event_noun(" a dispute that had been headed for a hearing "));
        assert!(claimed_by_event_noun(" the talks, bound for trial "));
        assert!(!claimed_by_event_noun(" pleaded guilty at a hearing "));
        // A count from the date before it.
        assert!(counts_from(", the day after a grip was hurt"));
        assert!(counts_from(", two weeks before filming began"));
        assert!(!counts_from(", the studio said"));
        assert!(!counts_from(", the day after the fire, inspectors "));
        assert!(counts_from(", the day after grip Ana Ruiz, 41, was "));
    }
}
