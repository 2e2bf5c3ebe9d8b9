//! The parts of a document that tell of another work than the production: a clause whose
//! subject is another work's quoted title ("her debut, “Dust,” won the jury prize"), a credit or
//! relative clause tied to such a title ("“Dust,” directed by X, which began filming in May"),
//! or a description set off after it ("“Dust,” Ann Lee’s period drama starring X"),
//! on a page that lists several works each under its title in capitals, the blocks of the
//! other works, and a roundup's items about another work. Their people get no role in the production, their places no use, their events
//! are not its events. The production's own titles are the ones the documents' headlines name.

use knowledge::{Document, ResidueKind, SegmentKind};

use super::names::{folded, quoted_titles};
use super::vocabulary::{
    AUX, CLAUSE_BREAKS, WORK_APPOSITION_CREDITS, WORK_APPOSITION_OPENERS, WORK_CREDIT_VERBS, WORK_FOR_CUES, WORK_NOUNS,
    WORK_PARTICIPLES, WORK_PREDICATES, WORK_RELATIVE_PREPOSITIONS, WORK_RELATIVES, WORK_WORDS,
};

/// The documents' headlines, folded ([`folded`]): a title one of them names is the production's.
#[derive(Clone, Debug, Default)]
pub struct OwnTitles {
    headlines: Vec<String>,
    /// Titles a headline names beside the own one ([`digest_others`]), folded.
    others: Vec<String>,
    /// Whether some title the corpus quotes is known to be its own.
    known: bool,
}

impl OwnTitles {
    /// The own titles named by `headlines`.
    pub fn new<'a>(headlines: impl Iterator<Item = &'a str>) -> Self {
        OwnTitles { headlines: headlines.map(folded).collect(), others: Vec::new(), known: false }
    }

    /// The own titles of a corpus: those its headlines name, or, when they quote none (their
    /// headline is a masthead or a breadcrumb), the one title most of its documents quote (two
    /// or more, more than half): another work is seldom quoted by most articles about this one.
    pub fn of(documents: &[Document]) -> Self {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for doc in documents {
            let mut seen: Vec<String> =
                quoted_titles(&doc.text).into_iter().map(|(s, e)| folded(&doc.text[s..e])).collect();
            seen.sort();
            seen.dedup();
            for title in seen.into_iter().filter(|t| !t.is_empty()) {
                match counts.iter_mut().find(|(t, _)| *t == title) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((title, 1)),
                }
            }
        }
        let mut own = OwnTitles::new(documents.iter().map(|d| &*d.title));
        own.others = digest_others(documents);
        if counts.iter().any(|(t, _)| own.contains(t)) {
            own.known = true;
            return own;
        }
        let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let top: Vec<String> = counts.into_iter().filter(|(_, n)| *n == most).map(|(t, _)| t).collect();
        if let [title] = top.as_slice()
            && most >= 2
            && most * 2 > documents.len()
        {
            own.headlines.push(title.clone());
            own.known = true;
        }
        own
    }

    /// Whether titles open (their quote mark) within bytes `lo..hi` of `sentence` and none is
    /// the own one, when the own one is known: "Vesta acquired “Red Mile”" tells of another work.
    pub fn names_only_others(&self, sentence: &str, lo: usize, hi: usize) -> bool {
        let titles: Vec<(usize, usize)> = quoted_titles(sentence)
            .into_iter()
            .filter(|&(s, _)| {
                let open = sentence[..s].char_indices().next_back().map_or(s, |(i, _)| i);
                lo <= open && open < hi
            })
            .collect();
        self.known && !titles.is_empty() && titles.iter().all(|&(s, e)| !self.contains(&sentence[s..e]))
    }

    /// Whether some headline names `title` (on word boundaries, whatever the quote marks).
    pub fn contains(&self, title: &str) -> bool {
        let title = folded(title);
        !title.is_empty()
            && !self.others.contains(&title)
            && self.headlines.iter().any(|h| format!(" {h} ").contains(&format!(" {title} ")))
    }
}

/// The titles a headline quotes beside one that another document's headline names too, which
/// no other headline names: a digest's subject line ("‘Dust’ wraps, ‘Ember’ finds its lead")
/// names other works beside the own one.
fn digest_others(documents: &[Document]) -> Vec<String> {
    let headlines: Vec<String> = documents.iter().map(|d| format!(" {} ", folded(&d.title))).collect();
    let named_elsewhere =
        |i: usize, t: &str| headlines.iter().enumerate().any(|(j, h)| j != i && h.contains(&format!(" {t} ")));
    let mut out = Vec::new();
    for (i, doc) in documents.iter().enumerate() {
        let quoted: Vec<String> = quoted_titles(&doc.title)
            .into_iter()
            .map(|(s, e)| folded(&doc.title[s..e]))
            .filter(|t| !t.is_empty())
            .collect();
        if quoted.len() >= 2 && quoted.iter().any(|t| named_elsewhere(i, t)) {
            out.extend(quoted.into_iter().filter(|t| !named_elsewhere(i, t)));
        }
    }
    out
}

/// Byte ranges of `sentence` that tell of another work: from the opening quote of a title the
/// production does not own to the end of its clause, when the title is the clause's subject or
/// carries a credit ("directed by", ", from director X") or a relative clause ("which …").
pub fn other_work_spans(sentence: &str, own: &OwnTitles) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (s, e) in quoted_titles(sentence) {
        if own.contains(&sentence[s..e]) {
            continue;
        }
        let open = sentence[..s].char_indices().next_back().map_or(s, |(i, _)| i);
        let tail = &sentence[e..];
        let rest = tail.trim_start_matches([',', '”', '’', '"', '\'', ' ']);
        // "“Dust” (2019), which premiered …": the year after a title is part of its name.
        let year = rest
            .strip_prefix('(')
            .and_then(|r| r.split_once(')'))
            .filter(|(y, _)| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
        let rest = year.map_or(rest, |(_, r)| r.trim_start_matches([',', ' ']));
        let after_comma = tail[..tail.len() - rest.len()].contains(',');
        let mut words = rest.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty());
        let next = words.next().unwrap_or_default();
        let second = words.next().unwrap_or_default();
        let before = &sentence[clause_start(sentence, open)..open];
        // "X, whose “Dust” won a prize, directs …": the relative clause ends at its comma.
        let whose = before.trim_end().rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("whose"));
        let subject = (whose || apposed(before))
            && next.starts_with(char::is_lowercase)
            && (AUX.contains(&next) || WORK_PREDICATES.contains(&next) || next.ends_with("ed"));
        let credited =
            (WORK_PARTICIPLES.contains(&next) && (second == "by" || after_comma)) || (after_comma && next == "from");
        let related = after_comma
            && (WORK_RELATIVES.contains(&next) || (WORK_RELATIVE_PREPOSITIONS.contains(&next) && second == "which"));
        // "“Dust,” Ann Lee’s period drama starring X" or "“Dust,” the studio's heist comedy from
        // director X, …": a description set off after the title, or one that carries a credit.
        let described = after_comma
            && (described_after(tail)
                || WORK_APPOSITION_OPENERS.contains(&next) && {
                    let apposition = rest.split(',').next().unwrap_or_default();
                    WORK_APPOSITION_CREDITS.iter().any(|c| apposition.contains(c))
                });
        let from = sentence.len() - rest.len();
        if let Some(span) = credit_of(sentence, open, from) {
            out.push(span);
        } else if subject || credited || related || described {
            let end = match sentence[from..].find(", ").filter(|_| whose) {
                Some(comma) => from + comma,
                None => clause_end(sentence, from),
            };
            out.push((open, end));
        }
    }
    out.extend(known_for_spans(sentence, own));
    out
}

/// "recognised for Harbor Lights, the fishing saga directed by X": the title a cue of renown
/// names ([`WORK_FOR_CUES`]) and the description set off after it, up to its clause's end, tell
/// of that work.
fn known_for_spans(sentence: &str, own: &OwnTitles) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, _) in sentence.match_indices(" for ") {
        let cue = sentence[..at].rsplit(' ').next().unwrap_or_default().to_lowercase();
        let start = at + " for ".len();
        let rest = &sentence[start..];
        let title_len: usize =
            rest.split_inclusive(' ').take_while(|w| w.starts_with(char::is_uppercase)).map(str::len).sum();
        let title = rest[..title_len].trim_end().trim_end_matches(',');
        let after = &rest[title.len()..];
        let described = [", the ", ", a ", ", an "].iter().any(|a| after.starts_with(a));
        if WORK_FOR_CUES.contains(&cue.as_str()) && !title.is_empty() && !own.contains(title) && described {
            out.push((start, clause_end(sentence, start + title.len() + 2)));
        }
    }
    out
}

/// The span of a credit whose object is the title opening at `open` and closing before `from`
/// ("Lee Park shot “Dust” in Idaho", "who directed “Dust,”", "X cast him as a barman in “Dust”",
/// the verb up to six words before the title): a relative clause from its pronoun
/// to its comma, or else the whole clause, since its subject worked on that other work.
fn credit_of(sentence: &str, open: usize, from: usize) -> Option<(usize, usize)> {
    let start = clause_start(sentence, open);
    let words: Vec<(usize, &str)> = sentence[start..open]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let verb = words.iter().rev().take(6).position(|(_, w)| WORK_CREDIT_VERBS.contains(&w.to_lowercase().as_str()))?;
    let verb = words.len() - 1 - verb;
    let relative = words[..verb]
        .iter()
        .rev()
        .take(3)
        .find(|(_, w)| matches!(w.to_lowercase().as_str(), "who" | "which" | "that"))
        .map(|&(at, _)| at);
    Some(match relative {
        // "who directed “Dust,” is …": the title's closing comma ends the relative clause.
        Some(at)
            if sentence[open..from].trim_end().ends_with([',', '”', '’', '"'])
                && sentence[open..from].contains(',') =>
        {
            (at, sentence[..from].trim_end().len())
        }
        Some(at) => (at, sentence[from..].find(", ").map_or_else(|| clause_end(sentence, from), |c| from + c)),
        None => (start, clause_end(sentence, from)),
    })
}

/// Whether the words before a title leave it the subject of its clause: nothing, a noun naming
/// a work set off by a comma ("Vrana’s debut, ", "her second feature, "), or one right before
/// the title after an article ("The horror film “Dust”").
fn apposed(before: &str) -> bool {
    let before = before.trim();
    if before.is_empty() {
        return true;
    }
    // "The horror film “Salt Wells” shot in …": a close apposition needs its article.
    let (head, close) = before.strip_suffix(',').map_or((before, true), |h| (h, false));
    let words: Vec<&str> = head.split_whitespace().collect();
    words.len() <= 5
        && words.last().is_some_and(|w| WORK_NOUNS.contains(&w.to_lowercase().as_str()))
        && (!close || words.first().is_some_and(|w| ["the", "a", "an"].contains(&w.to_lowercase().as_str())))
}

/// Where the clause holding byte `at` starts: after the last clause break before it.
fn clause_start(sentence: &str, at: usize) -> usize {
    CLAUSE_BREAKS.iter().filter_map(|b| sentence[..at].rfind(b).map(|i| i + b.len())).max().unwrap_or(0)
}

/// Where the clause holding byte `from` ends: at the first clause break after it.
fn clause_end(sentence: &str, from: usize) -> usize {
    CLAUSE_BREAKS.iter().filter_map(|b| sentence[from..].find(b).map(|i| from + i)).min().unwrap_or(sentence.len())
}

/// Byte ranges, per document, that tell of other works as a whole: the blocks of other works on
/// a listing page ([`other_work_blocks`]) and a roundup's items about another work. Their
/// sentences give this production no event, role or filming place.
pub fn other_work_parts(documents: &[Document], own: &OwnTitles) -> Vec<Vec<(usize, usize)>> {
    let items = roundup_items(documents);
    documents
        .iter()
        .zip(items)
        .map(|(doc, mut parts)| {
            parts.extend(other_work_blocks(doc, own));
            parts
        })
        .collect()
}

/// Byte ranges, per document, of the items about another work: the prose under a headline
/// (a roundup's item) whose first sentence introduces a quoted title with a description ("the
/// horror series “Night Orchard”") that is not the corpus's own, and that never names the own
/// title. Judged only when some document title quotes the own title.
fn roundup_items(documents: &[Document]) -> Vec<Vec<(usize, usize)>> {
    let others = digest_others(documents);
    let own: Vec<String> = documents
        .iter()
        .flat_map(|d| quoted_titles(&d.title).into_iter().map(|(s, e)| folded(&d.title[s..e])))
        .filter(|t| !t.is_empty() && !others.contains(t))
        .collect();
    documents
        .iter()
        .map(|doc| {
            if own.is_empty() {
                return Vec::new();
            }
            let names_own = |text: &str| own.iter().any(|t| format!(" {} ", folded(text)).contains(&format!(" {t} ")));
            let mut items = Vec::new();
            // An item's headline is a heading, or a headline-shaped line the segmenter took for
            // a link's title because it quotes a title ("‘Dry Creek’ set reopens").
            // A paragraph opened by a lead-in label ("DRY CREEK RETURNS: The western …") is an
            // item of its own.
            let segs = &doc.segments;
            let headline =
                |k: SegmentKind| matches!(k, SegmentKind::Heading | SegmentKind::Residue(ResidueKind::LinkTitle));
            let lead_in = |i: usize| {
                segs[i].kind == SegmentKind::Residue(ResidueKind::Byline)
                    && segs
                        .get(i + 1)
                        .is_some_and(|n| n.kind == SegmentKind::Sentence && n.paragraph == segs[i].paragraph)
            };
            let headings: Vec<usize> = (0..segs.len())
                .filter(|&i| headline(segs[i].kind) || lead_in(i) || segs[i].kind == SegmentKind::Title)
                .collect();
            for (n, &h) in headings.iter().enumerate() {
                if !headline(segs[h].kind) && !lead_in(h) {
                    continue;
                }
                let mut end = headings.get(n + 1).copied().unwrap_or(segs.len());
                if lead_in(h) {
                    end = (h + 1..end).find(|&i| segs[i].paragraph != segs[h].paragraph).unwrap_or(end);
                }
                let body: Vec<&str> = doc.segments[h + 1..end]
                    .iter()
                    .filter(|s| s.kind == SegmentKind::Sentence)
                    .filter_map(|s| doc.text.get(s.span.start as usize..s.span.end as usize))
                    .collect();
                let Some(first) = body.first() else { continue };
                let introduces_other = quoted_titles(first).into_iter().any(|(s, e)| {
                    let title = folded(&first[s..e]);
                    (described_work(&first[..s]) || described_after(&first[e..])) && !own.contains(&title)
                });
                let heading = doc.text.get(doc.segments[h].span.start as usize..doc.segments[h].span.end as usize);
                if introduces_other && !body.iter().copied().chain(heading).any(names_own) {
                    let last = &doc.segments[end - 1];
                    items.push((doc.segments[h].span.start as usize, last.span.end as usize));
                }
            }
            items
        })
        .collect()
}

/// Whether the words before a quoted title describe a work: "the horror series ", "a new
/// western, ".
fn described_work(before: &str) -> bool {
    let words: Vec<String> = before
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '“' | '"' | '‘' | '\''))
        .rsplit(char::is_whitespace)
        .take(4)
        .map(str::to_lowercase)
        .collect();
    words.first().is_some_and(|w| WORK_WORDS.contains(&w.as_str()))
        && words.iter().skip(1).any(|w| matches!(w.as_str(), "the" | "a" | "an"))
}

/// Whether the words after a quoted title describe it as a work in apposition: ", Ann Lee’s
/// period drama", ", the Irish coming-of-age drama".
fn described_after(after: &str) -> bool {
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '”' | '"' | '’' | '\''));
    let written: Vec<&str> = after.split_whitespace().take(7).collect();
    let words: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
    // An article opens the description, or a possessive closing a capitalised name of up to
    // three words ("Ben Hale’s").
    let possessive = |w: &str| w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'");
    let opens = if words.first().is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an")) {
        Some(0)
    } else {
        written
            .iter()
            .take(3)
            .position(|w| possessive(w))
            .filter(|&at| written[..=at].iter().all(|w| w.starts_with(char::is_uppercase)))
    };
    let noun = |w: &String| WORK_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()));
    opens.is_some_and(|at| words.iter().skip(at + 1).take(4).any(noun))
}

/// Byte ranges of `doc` given to other works on a listing page: when the document has several
/// headings in capitals and one of them is an own title, each other capitals heading opens a
/// block that runs to the next capitals heading.
pub fn other_work_blocks(doc: &Document, own: &OwnTitles) -> Vec<(usize, usize)> {
    let text: &str = &doc.text;
    let headings: Vec<(usize, &str)> = doc
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Heading)
        .filter_map(|s| Some((s.span.start as usize, text.get(s.span.start as usize..s.span.end as usize)?)))
        .filter(|(_, t)| in_capitals(t))
        .collect();
    if headings.len() < 2 || !headings.iter().any(|(_, t)| own.contains(t)) {
        return Vec::new();
    }
    headings
        .iter()
        .enumerate()
        .filter(|(_, (_, t))| !own.contains(t))
        .map(|(i, &(start, _))| (start, headings.get(i + 1).map_or(text.len(), |&(next, _)| next)))
        .collect()
}

/// A line written in capitals: two letters or more, none in lower case.
fn in_capitals(line: &str) -> bool {
    line.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !line.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own() -> OwnTitles {
        OwnTitles::new(["Ana Ruiz Wraps ‘The Long Road’ in Utah"].into_iter())
    }

    #[test]
    fn the_title_most_pages_quote_is_own_when_no_headline_names_one() {
        use crate::events::fixtures::doc;
        let page = |text: &str| {
            let mut d = doc(text, None);
            d.title = "NEWS DESK".into();
            d
        };
        let docs = [
            page("“Dust Road” wrapped in May.\n"),
            page("“Dust Road” premiered in Bexley, as “Old Salt” did in 2019.\n"),
            page("Crews loved “Dust Road.”\n"),
        ];
        let own = OwnTitles::of(&docs);
        assert!(own.contains("Dust Road"));
        assert!(!own.contains("Old Salt"));
        // A headline that names a quoted title decides alone.
        let mut headed = docs.clone();
        headed[0].title = "‘Old Salt’ at 10".into();
        assert!(!OwnTitles::of(&headed).contains("Dust Road"));
    }

    fn spans(sentence: &str) -> Vec<&str> {
        other_work_spans(sentence, &own()).into_iter().map(|(s, e)| &sentence[s..e]).collect()
    }

    #[test]
    fn a_title_as_subject_tells_of_that_work_to_the_end_of_its_clause() {
        assert_eq!(
            spans(
                "Ruiz’s debut, “Dust Bowl,” won a prize in 2019, and her next film, “Pale Rider Road,” was shot in Ohio."
            ),
            ["“Dust Bowl,” won a prize in 2019", "“Pale Rider Road,” was shot in Ohio."]
        );
        assert_eq!(spans("“Dust Bowl” premiered at Cannes."), ["“Dust Bowl” premiered at Cannes."]);
    }

    #[test]
    fn a_title_right_after_an_article_and_a_work_noun_is_its_clause_s_subject() {
        assert_eq!(
            spans("The horror film “Salt Wells” shot in Hatch in the spring."),
            ["“Salt Wells” shot in Hatch in the spring."]
        );
        assert_eq!(spans("A thriller “Pale Road” was filmed there in May."), ["“Pale Road” was filmed there in May."]);
        assert!(spans("Critics praised the film “Pale Road” for its score.").is_empty());
        assert!(spans("Her film “Pale Road” shot in Ohio.").is_empty(), "a close apposition needs its article");
    }

    #[test]
    fn a_relative_clause_with_a_preposition_after_a_title_tells_of_that_work() {
        assert_eq!(
            spans("It owes a debt to “Dust Bowl,” in which Ana Ruiz played a gunman."),
            ["“Dust Bowl,” in which Ana Ruiz played a gunman."]
        );
        assert_eq!(spans("She shot “Old Salt,” for which she won a prize, in Ohio.").len(), 1);
    }

    #[test]
    fn a_description_with_a_credit_after_a_title_tells_of_that_work() {
        let sentence = "The move bumps “Dust Bowl,” the studio's heist comedy from director Ben Hale, to May.";
        assert_eq!(spans(sentence).len(), 1);
        assert!(spans(sentence)[0].contains("Ben Hale"));
        assert_eq!(spans("“Dust Bowl,” a thriller starring Ana Ruiz, opens later.").len(), 1);
        // A description alone sets the title off as another work as well: its clause is that
        // work's ("to May" is the other film's new date).
        assert_eq!(
            spans("The move bumps “Dust Bowl,” the studio's heist comedy, to May."),
            ["“Dust Bowl,” the studio's heist comedy, to May."]
        );
    }

    #[test]
    fn a_credit_or_relative_clause_on_a_title_tells_of_that_work() {
        assert_eq!(
            spans("The studio is also making “Dust Bowl,” directed by Ben Hale, which began filming in May."),
            ["“Dust Bowl,” directed by Ben Hale, which began filming in May."]
        );
        assert_eq!(
            spans("The line-up has “Dust Bowl,” from Canadian director Ben Hale, and a short."),
            ["“Dust Bowl,” from Canadian director Ben Hale"]
        );
        assert!(spans("The line-up has “Dust Bowl” from May to June.").is_empty());
        assert_eq!(
            spans("She went on to make “Dust Bowl” (2019), which premiered at Cannes."),
            ["“Dust Bowl” (2019), which premiered at Cannes."]
        );
        assert!(spans("She went on to make “Dust Bowl” (2019) in Idaho.").is_empty());
    }

    #[test]
    fn a_credit_on_another_work_tells_of_that_work() {
        assert_eq!(
            spans("Cinematographer Lee Park shot “Red Mile” in Idaho in 2020."),
            ["Cinematographer Lee Park shot “Red Mile” in Idaho in 2020."]
        );
        assert_eq!(spans("Ana Ruiz, who directed “Red Mile,” is shooting in Utah."), ["who directed “Red Mile,”"]);
        assert_eq!(
            spans("She directed the 2019 drama “Red Mile,” shot in Nevada, and now films in Utah."),
            ["She directed the 2019 drama “Red Mile,” shot in Nevada"]
        );
        // The production's own title as the object is this production's credit.
        assert!(spans("Ana Ruiz directed “The Long Road” in Utah.").is_empty());
        // A title after a verb that gives no credit is left alone.
        assert!(spans("Ana Ruiz watched “Red Mile” in Utah.").is_empty());
        // Lighting or casting someone in another work is a credit on it too.
        assert_eq!(
            spans("He acted for years before the director Lee Park cast him as a barman in “Red Mile.”"),
            ["He acted for years before the director Lee Park cast him as a barman in “Red Mile.”"]
        );
        assert_eq!(
            spans("Gaffer Ana Ruiz, who lit “Red Mile” for Lee Park, joins."),
            ["who lit “Red Mile” for Lee Park"]
        );
    }

    #[test]
    fn a_title_in_a_whose_clause_tells_of_that_work_to_the_clause_comma() {
        assert_eq!(
            spans("Ana Ruiz, whose “Dust Bowl” won a jury prize, directs the new film."),
            ["“Dust Bowl” won a jury prize"]
        );
        assert!(spans("Ana Ruiz, whose agent read “Dust Bowl,” directs the new film.").is_empty());
    }

    #[test]
    fn the_production_title_and_a_title_as_modifier_or_quoted_speech_are_not_other_work() {
        assert!(spans("“The Long Road,” her third feature, wrapped in May.").is_empty());
        assert_eq!(spans("Ruiz, who shot “Dust Bowl,” returns as director."), ["who shot “Dust Bowl,”"]);
        assert!(spans("“Dust Bowl” star Ben Hale joined the cast.").is_empty());
        assert!(spans("Ben Hale, known for “Dust Bowl,” plays the sheriff.").is_empty());
        assert!(spans("Her agent said “Dust Bowl” was a hit.").is_empty());
    }

    #[test]
    fn a_work_someone_is_known_for_and_its_description_tell_of_that_work() {
        assert_eq!(
            spans("He was recognised for Harbor Lights, the saga directed by Ben Hale."),
            ["Harbor Lights, the saga directed by Ben Hale."]
        );
        assert!(spans("She is known for Harbor Lights and joins as director.").is_empty());
        assert!(spans("She was praised for The Long Road, the film she directs.").is_empty());
    }

    /// A document segmented as the pipeline does it.
    fn page(text: &str) -> Document {
        Document { segments: crate::segment::segment(text).segments.into(), ..crate::entities::testing::doc(text) }
    }

    #[test]
    fn blocks_of_other_works_on_a_listing_page() {
        let text = "Festival Programme: New Films\nTHE LONG ROAD\nDirected by Ana Ruiz, the film opens the festival.\n\
                    DUST BOWL\nDirected by Ben Hale, the film was shot in Ohio.\n";
        let doc = page(text);
        let blocks: Vec<&str> = other_work_blocks(&doc, &own()).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(blocks, ["DUST BOWL\nDirected by Ben Hale, the film was shot in Ohio.\n"]);
        let news = "Festival News Today\nWHAT WE KNOW\nBen Hale shot the film in Ohio, he said.\n\
                    WHAT COMES NEXT\nThe festival opens in May, organisers said.\n";
        assert!(other_work_blocks(&page(news), &own()).is_empty(), "no listing without an own title");
    }

    #[test]
    fn a_description_after_another_title_tells_of_that_work() {
        assert_eq!(
            spans("Quayside boarded “Dry Creek,” Ben Hale’s period drama starring Ana Ruiz, and will sell it in May."),
            ["“Dry Creek,” Ben Hale’s period drama starring Ana Ruiz"]
        );
        assert!(spans("Quayside boarded “Dry Creek,” and Ana Ruiz starred.").is_empty());
    }

    /// The texts of the roundup items `text` gives to other works, as one document.
    fn roundup_texts(text: &str) -> Vec<&str> {
        let mut doc = crate::entities::testing::doc(text);
        doc.segments = crate::segment::segment(text).segments.into();
        let items = roundup_items(std::slice::from_ref(&doc));
        items[0].iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn a_roundup_item_describing_another_work_after_its_title_is_about_it() {
        let text = "‘Harbor Lights’ sells to Vexflix\nThe drama “Harbor Lights” sold on Friday.\nQUAYSIDE BOARDS ‘DRY CREEK’\nQuayside Sales has come aboard “Dry Creek,” Ben Hale’s period drama starring Ana Ruiz.\nVEXFLIX RENEWS ‘COLD HANDS’\nVexflix renewed “Cold Hands,” its biggest show.";
        let found = roundup_texts(text);
        assert_eq!(
            found,
            [
                "QUAYSIDE BOARDS ‘DRY CREEK’\nQuayside Sales has come aboard “Dry Creek,” Ben Hale’s period drama starring Ana Ruiz."
            ]
        );
    }

    #[test]
    fn a_text_quoting_only_other_titles_is_about_other_works() {
        let docs = [crate::entities::testing::doc("‘Dry Creek’ wraps\nThe drama “Dry Creek” wrapped.")];
        let own = OwnTitles::of(&docs);
        let only = |own: &OwnTitles, s: &str, hi: usize| own.names_only_others(s, 0, hi);
        assert!(only(&own, "acquired “Cold Hands”", 21));
        assert!(!only(&own, "acquired “Dry Creek”", 20));
        assert!(!only(&own, "acquired the drama", 18));
        assert!(!only(&own, "acquired “Cold Hands”", 8));
        // Without a known own title nothing is judged another's.
        assert!(!only(&OwnTitles::default(), "acquired “Cold Hands”", 21));
    }

    #[test]
    fn a_digest_subject_line_names_other_works_beside_the_own_one() {
        let docs = [
            crate::entities::testing::doc("Digest: ‘Dry Creek’ wraps, ‘Cold Hands’ finds its lead\nText."),
            crate::entities::testing::doc("‘Dry Creek’ opens in May\nText."),
        ];
        let own = OwnTitles::of(&docs);
        assert!(own.contains("Dry Creek"));
        assert!(!own.contains("Cold Hands"));
        // A headline quoting two titles that no other headline names keeps both.
        let alone = [crate::entities::testing::doc("‘Dry Creek’ meets ‘Cold Hands’\nText.")];
        assert!(OwnTitles::of(&alone).contains("Cold Hands"));
    }

    #[test]
    fn a_plural_possessive_with_a_straight_apostrophe_describes_another_work() {
        let text = "‘Harbor Lights’ wraps\nThe drama “Harbor Lights” wrapped on Friday.\nCASTING: ‘DRY CREEK’\nAna Ruiz was cast in \"Dry Creek,\" Vale Studios' heist comedy.";
        assert_eq!(
            roundup_texts(text),
            ["CASTING: ‘DRY CREEK’\nAna Ruiz was cast in \"Dry Creek,\" Vale Studios' heist comedy."]
        );
    }

    #[test]
    fn a_roundup_item_introducing_another_work_is_about_it() {
        let text = "‘Harbor Lights’ wraps in Maine\nThe drama “Harbor Lights” wrapped on Friday.\nStorm-hit western reopens\nThe western “Dry Creek” resumed filming Monday in Taos.\nThe series wraps in May.\nCasting news\nAna Ruiz, known for “Dry Creek,” joins “Harbor Lights.”\nA comedy returns\nThe comedy “Dry Creek” is back, with the cast of “Harbor Lights.”";
        let found = roundup_texts(text);
        assert_eq!(
            found,
            [
                "Storm-hit western reopens\nThe western “Dry Creek” resumed filming Monday in Taos.\nThe series wraps in May."
            ]
        );
        // Item headlines that quote a title are read as link titles; they still open an item.
        let quoted = "‘Harbor Lights’ wraps in Maine\nThe drama “Harbor Lights” wrapped on Friday.\n‘Dry Creek’ set reopens\nThe western “Dry Creek” resumed filming Monday in Taos.\n‘Harbor Lights’ gets a date\nThe drama “Harbor Lights” opens in May.";
        let found = roundup_texts(quoted);
        assert_eq!(found, ["‘Dry Creek’ set reopens\nThe western “Dry Creek” resumed filming Monday in Taos."]);
        // Items opened by a lead-in label in capitals, within one paragraph each.
        let labelled = "‘Harbor Lights’ wraps in Maine\nHARBOR WRAPS: The drama “Harbor Lights” wrapped on Friday.\nDRY CREEK RETURNS: The western “Dry Creek” resumed filming Monday in Taos. It wraps in May.\nThe drama “Harbor Lights” opens in May.";
        let found = roundup_texts(labelled);
        assert_eq!(
            found,
            ["DRY CREEK RETURNS: The western “Dry Creek” resumed filming Monday in Taos. It wraps in May."]
        );
        // No title of the corpus's own quoted in a headline: nothing is judged another's.
        let plain = text.replacen("‘Harbor Lights’", "Harbor Lights", 1);
        assert!(roundup_texts(&plain).is_empty());
    }
}
