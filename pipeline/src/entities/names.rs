//! The raw material of every entity rule: sentence units cut from fact-bearing segments,
//! word/punctuation tokens with byte offsets, capitalised runs, quoted titles, and a corpus
//! lexicon of words seen in lower case.

use std::collections::HashSet;

use knowledge::{Document, SegmentKind, Span};

use super::gazetteer as gz;
use super::vocabulary::is_job_word;
use crate::segment::{abbreviations, sentences};

/// Letters and digits only, lower case, one blank between words: titles compared whatever
/// their quotes and punctuation.
pub fn folded(text: &str) -> String {
    normalise(&text.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect::<String>())
}

/// A word or punctuation token, with byte offsets into the document text.
#[derive(Clone, Debug)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// End of the word itself (a possessive `’s` or `’` excluded).
    pub end: usize,
    /// True for words, false for a single punctuation character.
    pub word: bool,
    /// True when the word carried a possessive suffix.
    pub possessive: bool,
    /// True when the word starts a sentence, a quote or a heading.
    pub initial: bool,
    /// Lower-cased text with curly apostrophes straightened (punctuation: the character).
    pub lower: String,
}

/// One sentence (or heading line) of a document, tokenised.
#[derive(Clone, Debug)]
pub struct Unit<'a> {
    /// Index of the document.
    pub doc: u16,
    /// The whole document text the offsets point into.
    pub text: &'a str,
    /// The unit's range (trimmed of blanks and bullets).
    pub span: Span,
    /// True for titles, headings and title-case lines: capitalisation carries no signal there.
    pub heading: bool,
    /// The tokens.
    pub toks: Vec<Token>,
}

impl Unit<'_> {
    /// The exact text of token `i` (without possessive suffix).
    pub fn word(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    /// The text covered by tokens `lo..hi` (possessive of the last one excluded).
    pub fn slice(&self, lo: usize, hi: usize) -> &str {
        &self.text[self.toks[lo].start..self.toks[hi - 1].end]
    }

    /// Span of tokens `lo..hi` (possessive of the last one excluded).
    pub fn span_of(&self, lo: usize, hi: usize) -> Span {
        Span { start: self.toks[lo].start as u32, end: self.toks[hi - 1].end as u32 }
    }

    /// True when token `i` exists and its lower-cased form is one of `words`.
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        self.toks.get(i).is_some_and(|t| words.contains(&t.lower.as_str()))
    }

    /// True when token `i` is a capitalised word.
    pub fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word && starts_upper(&self.text[t.start..t.end]))
    }

    /// True when token `i` is a lower-case word.
    pub fn lower_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word && self.text[t.start..].starts_with(|c: char| c.is_lowercase()))
    }

    /// True when token `i` stands inside quoted speech: the last quotation mark before it opens.
    pub fn in_speech(&self, i: usize) -> bool {
        self.toks[..i.min(self.toks.len())].iter().fold(false, |open, t| match t.lower.as_str() {
            "“" => true,
            "”" => false,
            "\"" => !open,
            _ => open,
        })
    }
}

/// True when `s` starts with an upper-case letter.
pub fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Lower-cases a name and straightens apostrophes: the key used to merge mentions.
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| if c == '’' { '\'' } else { c }).flat_map(char::to_lowercase));
    }
    out
}

/// Cuts every Title, Heading and Sentence segment into units (lines, then sentences).
///
/// Residue segments are skipped: they are never sources of facts. Sentence segments are cut
/// further so that a coarse segmentation still yields sentence-sized evidence.
pub fn units(documents: &[Document]) -> Vec<Unit<'_>> {
    let mut out = Vec::new();
    for (d, doc) in documents.iter().enumerate() {
        let text: &str = &doc.text;
        for seg in doc.segments.iter() {
            let heading_segment = match seg.kind {
                SegmentKind::Title | SegmentKind::Heading => true,
                SegmentKind::Sentence => false,
                SegmentKind::Residue(_) => continue,
            };
            let (start, end) = (seg.span.start as usize, seg.span.end as usize);
            if start > end || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                continue;
            }
            for (s, e) in sentence_ranges(text, start, end) {
                let toks = tokenize(text, s, e);
                if !toks.iter().any(|t| t.word) {
                    continue;
                }
                let heading = heading_segment || title_case(text, &toks, e);
                let span = Span { start: s as u32, end: e as u32 };
                out.push(Unit { doc: d as u16, text, span, heading, toks });
            }
        }
    }
    out
}

/// Splits `text[start..end]` into lines (and bullet items), then into sentences with the
/// segmentation stage's splitter, trimmed of blanks and bullets.
pub fn sentence_ranges(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = start;
    for (i, c) in text[start..end].char_indices().chain([(end - start, '\n')]) {
        if c == '\n' || c == '•' {
            let line = &text[line_start..start + i];
            for r in sentences::sentences(line) {
                let s = &line[r.clone()];
                let lead = s.len() - s.trim_start_matches(|c: char| c.is_whitespace() || c == '•').len();
                if lead < s.len() {
                    out.push((line_start + r.start + lead, line_start + r.end));
                }
            }
            line_start = start + i + c.len_utf8();
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Tokenises `text[start..end]` into words (with internal apostrophes, hyphens and initials'
/// periods) and single punctuation characters, marking possessives and sentence starts.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let s = &text[start..end];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let at = |k: usize| if k < n { chars[k].0 } else { s.len() };
    let mut toks: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let initial = toks.is_empty() || toks.last().is_some_and(|t| !t.word && opens_sentence(&t.lower));
            let lower = c.to_string();
            toks.push(Token {
                start: start + at(i),
                end: start + at(i + 1),
                word: false,
                possessive: false,
                initial,
                lower,
            });
            i += 1;
            continue;
        }
        let j = i;
        let mut k = i;
        loop {
            while k < n && chars[k].1.is_alphanumeric() {
                k += 1;
            }
            if k + 1 < n && (is_apostrophe(chars[k].1) || is_hyphen(chars[k].1)) && chars[k + 1].1.is_alphanumeric() {
                k += 1;
                continue;
            }
            // An internal period between single capitals: "U.S", "J.K".
            if k + 1 < n
                && chars[k].1 == '.'
                && chars[k + 1].1.is_uppercase()
                && k >= 1
                && chars[k - 1].1.is_uppercase()
                && (k == j + 1 || (k >= j + 2 && chars[k - 2].1 == '.'))
            {
                k += 1;
                continue;
            }
            break;
        }
        let word = &s[at(j)..at(k)];
        if k < n && chars[k].1 == '.' {
            let bare = word.trim_end_matches('.');
            let initials = bare.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
            // A period that ends the unit ends the sentence (the splitter said so), not an abbreviation.
            if initials || (abbreviations::is_abbreviation(bare) && k + 1 < n) {
                k += 1;
            }
        }
        // "Disney+": a streaming service's plus sign belongs to its name.
        if k < n && chars[k].1 == '+' && chars.get(k + 1).is_none_or(|&(_, c)| !c.is_alphanumeric() && c != '+') {
            k += 1;
        }
        let mut end_w = at(k);
        let mut possessive = false;
        let word = &s[at(j)..at(k)];
        if (word.ends_with("’s") || word.ends_with("'s") || word.ends_with("’S")) && word.chars().count() > 2 {
            end_w -= word.chars().rev().nth(1).map_or(1, char::len_utf8) + 1;
            possessive = true;
        } else if (word.ends_with('s') || word.ends_with('z'))
            && k < n
            && is_apostrophe(chars[k].1)
            && (k + 1 >= n || !chars[k + 1].1.is_alphanumeric())
        {
            possessive = true;
            k += 1;
        }
        let initial = toks.is_empty() || toks.last().is_some_and(|t| !t.word && opens_sentence(&t.lower));
        let lower = normalise(&s[at(j)..end_w]);
        toks.push(Token { start: start + at(j), end: start + end_w, word: true, possessive, initial, lower });
        i = k;
    }
    toks
}

fn opens_sentence(p: &str) -> bool {
    matches!(p, "." | "!" | "?" | ":" | "“" | "\"" | "‘" | "•" | "|")
}

/// True when a unit reads as a title-case heading rather than a sentence of prose.
fn title_case(text: &str, toks: &[Token], end: usize) -> bool {
    let content: Vec<&Token> = toks
        .iter()
        .filter(|t| {
            t.word && text[t.start..].starts_with(char::is_alphabetic) && !gz::contains(gz::FUNCTION_WORDS, &t.lower)
        })
        .collect();
    let caps = content.iter().filter(|t| starts_upper(&text[t.start..t.end])).count();
    let last = text[..end].trim_end().chars().next_back().unwrap_or(' ');
    content.len() >= 2 && caps * 4 >= content.len() * 3 && !matches!(last, '.' | '!' | '?' | '”' | '"')
}

/// A maximal run of capitalised words (tokens `lo..hi`), joined by spaces and, inside
/// organisation-like names, by "of", "and", "&", "for" or name particles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// First token.
    pub lo: usize,
    /// One past the last token.
    pub hi: usize,
}

/// True for a capitalised word that may belong to a run (function words and calendar names
/// excluded, but for a month that is a given name).
pub fn run_word(unit: &Unit, i: usize) -> bool {
    let t = &unit.toks[i];
    unit.cap(i)
        && !gz::contains(gz::STOP, &t.lower)
        && (!crate::dates::is_calendar_word(&t.lower) || month_given_name(unit, i))
}

/// A month written as a given name ("Jun Adair", "May Chen"): a month word no date word leads
/// ("in May", "late June"), followed by exactly one capitalised word that is no calendar word.
pub fn month_given_name(unit: &Unit, i: usize) -> bool {
    let word = unit.word(i);
    let surname = |k: usize| {
        unit.cap(k)
            && unit.word(k).chars().all(char::is_alphabetic)
            && !crate::dates::is_calendar_word(&unit.toks[k].lower)
    };
    crate::dates::is_calendar_word(&unit.toks[i].lower)
        && !word.ends_with("day")
        && word.chars().all(char::is_alphabetic)
        && !(i > 0
            && (unit.is(i - 1, gz::DATE_LEADS) || unit.toks[i - 1].lower.starts_with(|c: char| c.is_ascii_digit())))
        && surname(i + 1)
        && !unit.cap(i + 2)
}

/// Capitalised runs of a unit, in order.
pub fn runs(unit: &Unit) -> Vec<Run> {
    let n = unit.toks.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !run_word(unit, i) {
            i += 1;
            continue;
        }
        let lo = i;
        let mut hi = i + 1;
        loop {
            let prev = &unit.toks[hi - 1];
            if prev.possessive {
                // "Sheriff’s Office": a title word's possessive may continue an organisation name;
                // so may a plural's before an organisation word ("Fishermen’s Co-operative").
                let title = gz::contains(gz::TITLE_WORDS, &prev.lower) || is_job_word(&prev.lower);
                let plural = gz::PLURAL_ENDINGS.iter().any(|e| prev.lower.ends_with(e));
                let member_org = plural && hi < n && gz::org_suffix(&unit.toks[hi].lower).is_some();
                if !((title || member_org) && hi < n && run_word(unit, hi)) {
                    break;
                }
            }
            if hi < n && run_word(unit, hi) {
                hi += 1;
                continue;
            }
            // Connectors: "of", "of the", "and", "&", "for", name particles.
            let mut j = hi;
            let connector = (unit.lower_word(j)
                && (unit.is(j, &["of", "and", "for"]) || gz::contains(gz::PARTICLES, &unit.toks[j].lower)))
                || unit.is(j, &["&"]);
            if connector {
                j += 1;
                if unit.is(j - 1, &["of"]) && unit.is(j, &["the"]) {
                    j += 1;
                }
                if j < n && run_word(unit, j) {
                    hi = j + 1;
                    continue;
                }
            }
            break;
        }
        out.push(Run { lo, hi });
        i = hi;
    }
    out
}

/// Splits a run at "of", "and", "&", "for" (and "the"), keeping name particles inside.
pub fn split_run(unit: &Unit, run: Run) -> Vec<Run> {
    let mut out = Vec::new();
    let mut lo = run.lo;
    for i in run.lo..run.hi {
        let t = &unit.toks[i];
        let breaker = unit.is(i, &["of", "and", "&", "for", "the"]) && (!t.word || unit.lower_word(i));
        if breaker {
            if lo < i {
                out.push(Run { lo, hi: i });
            }
            lo = i + 1;
        } else if t.possessive && i + 1 < run.hi {
            out.push(Run { lo, hi: i + 1 });
            lo = i + 1;
        }
    }
    if lo < run.hi {
        out.push(Run { lo, hi: run.hi });
    }
    out
}

/// Byte ranges of short title-case quotations (“Title”, ‘Title’): film and book titles.
pub fn quoted_titles(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let (pos, c) = chars[i];
        if !matches!(c, '“' | '"' | '‘' | '\'') {
            continue;
        }
        let prev_ok = i == 0 || !chars[i - 1].1.is_alphanumeric();
        let next_upper = chars.get(i + 1).is_some_and(|&(_, n)| n.is_uppercase());
        if !(prev_ok && next_upper) {
            continue;
        }
        let content_start = pos + c.len_utf8();
        let mut close = None;
        for k in i + 1..chars.len().min(i + 80) {
            let q = chars[k].1;
            if q == '\n' {
                break;
            }
            let closes = match q {
                '”' | '“' | '"' | '†' => true,
                '’' | '\'' => !chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric()),
                _ => false,
            };
            if closes {
                close = Some(chars[k].0);
                break;
            }
        }
        let Some(close) = close else { continue };
        let content = text[content_start..close].trim_end_matches([',', '.', '!', '?', ';', ':']);
        let words: Vec<&str> = content.split_whitespace().collect();
        // "the Argentine thriller “Las horas quietas”": a title in sentence case right after
        // the noun of a work, as foreign titles are written.
        let after_work = text[..pos]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| super::vocabulary::WORK_NOUNS.contains(&w.to_lowercase().as_str()));
        let title_like = !words.is_empty()
            && words.len() <= 6
            && !content.contains(['.', '!', '?', ',', ';'])
            && words.iter().enumerate().all(|(n, w)| {
                let bare = w.trim_matches(|ch: char| !ch.is_alphanumeric());
                bare.is_empty()
                    || starts_upper(bare)
                    || bare.starts_with(|ch: char| ch.is_ascii_digit())
                    || gz::contains(gz::FUNCTION_WORDS, bare)
                    || (after_work && n > 0 && bare.chars().all(char::is_lowercase))
            });
        if title_like {
            out.push((content_start, content_start + content.len()));
        }
    }
    out
}

/// Titles a press release writes in capitals inside a sentence ("has begun on COPPER WAKE, a
/// drama"): runs of two or more all-capital words, not opening the unit (a dateline, a speaker
/// label) nor before a colon, in a unit that is mostly lower case.
fn capitals_titles(unit: &Unit) -> Vec<String> {
    let capital = |i: usize| {
        let w = unit.word(i);
        unit.toks[i].word && w.chars().count() >= 2 && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
    };
    let n = unit.toks.len();
    if (0..n).filter(|&i| capital(i)).count() * 3 > (0..n).filter(|&i| unit.toks[i].word).count() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 1;
    while i < n {
        let hi = (i..n).find(|&k| !capital(k)).unwrap_or(n);
        if hi >= i + 2 && !unit.is(hi, &[":"]) {
            out.push(normalise(unit.slice(i, hi)));
        }
        i = hi.max(i + 1);
    }
    out
}

/// Corpus-wide facts about words: which appear in lower case, and which are quoted titles.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Every word seen in lower case in prose.
    pub lower_words: HashSet<String>,
    /// Normalised quoted titles.
    pub titles: HashSet<String>,
    /// Quoted title ranges per document.
    pub title_ranges: Vec<Vec<(usize, usize)>>,
    /// Normalised titles quoted in a document's headline: the work the corpus is about.
    pub own_titles: HashSet<String>,
}

impl Lexicon {
    /// Collects the lexicon of `units` of `documents`.
    pub fn new(documents: &[Document], units: &[Unit]) -> Self {
        let mut lex = Lexicon::default();
        for doc in documents {
            lex.own_titles.extend(quoted_titles(&doc.title).into_iter().map(|(s, e)| normalise(&doc.title[s..e])));
            let ranges = quoted_titles(&doc.text);
            for &(s, e) in &ranges {
                lex.titles.insert(normalise(&doc.text[s..e]));
            }
            lex.title_ranges.push(ranges);
        }
        for unit in units.iter().filter(|u| !u.heading) {
            for (i, t) in unit.toks.iter().enumerate() {
                if unit.lower_word(i) {
                    lex.lower_words.insert(t.lower.clone());
                }
            }
            lex.titles.extend(capitals_titles(unit));
        }
        lex
    }

    /// True when the word at token `i` lies inside a quoted title.
    pub fn in_title(&self, unit: &Unit, i: usize) -> bool {
        let t = &unit.toks[i];
        self.title_ranges.get(unit.doc as usize).is_some_and(|r| r.iter().any(|&(s, e)| t.start >= s && t.end <= e))
    }

    /// True when token `i` lies in a quoted title's words written without quotes ("Dust Road,
    /// which Ann Lee produced").
    pub fn in_unquoted_title(&self, unit: &Unit, i: usize) -> bool {
        self.titles.iter().any(|t| {
            let w = t.split(' ').count();
            (i.saturating_sub(w - 1)..=i).any(|lo| {
                lo + w <= unit.toks.len()
                    && (lo..lo + w).all(|k| unit.toks[k].word)
                    && normalise(unit.slice(lo, lo + w)) == *t
            })
        })
    }

    /// The token of "set" in "the set of *Other Title*" or "the set of his next film": the
    /// sentence speaks of another production from there on. A quoted title is another
    /// production's when no headline of the corpus quotes it.
    pub fn other_set(&self, unit: &Unit) -> Option<usize> {
        (1..unit.toks.len()).find(|&k| {
            if !(unit.is(k, &["set"]) && unit.is(k - 1, &["the"]) && unit.is(k + 1, &["of"])) {
                return false;
            }
            if unit.is(k + 2, gz::OTHER_WORK) {
                return true;
            }
            // "the set of the unrelated series “Pale Horse”": up to three words before the title.
            (k + 2..(k + 7).min(unit.toks.len()))
                .find(|&j| self.in_title(unit, j))
                .is_some_and(|j| self.in_other_title(unit, j))
        })
    }

    /// True when token `i` lies inside a quoted title that no headline of the corpus quotes:
    /// another work's.
    pub fn in_other_title(&self, unit: &Unit, i: usize) -> bool {
        let t = &unit.toks[i];
        self.title_ranges
            .get(unit.doc as usize)
            .and_then(|r| r.iter().find(|&&(s, e)| t.start >= s && t.end <= e))
            .is_some_and(|&(s, e)| !self.own_titles.contains(&normalise(unit.text.get(s..e).unwrap_or_default())))
    }

    /// True when the name ending before token `hi` is bound to another work's quoted title right
    /// after it: "X’s “Dust”", "X in “Dust”", "the turn X gave in “Dust”".
    pub fn of_other_work(&self, unit: &Unit, hi: usize) -> bool {
        let next = |from: usize| (from..unit.toks.len()).find(|&k| unit.toks[k].word);
        let Some(mut j) = next(hi) else { return false };
        if hi > 0 && unit.toks[hi - 1].possessive {
            // "X’s “Dust”", "X’s character in “Dust”".
            let part = unit.is(j, gz::OTHER_WORK_PARTS)
                && unit.is(j + 1, gz::OTHER_WORK_LINKS)
                && next(j + 2).is_some_and(|k| self.in_other_title(unit, k));
            return part || self.in_other_title(unit, j);
        }
        if !unit.is(j, gz::OTHER_WORK_LINKS) && !unit.cap(j) {
            j = match next(j + 1) {
                Some(k) => k,
                None => return false,
            };
        }
        unit.is(j, gz::OTHER_WORK_LINKS) && next(j + 1).is_some_and(|k| self.in_other_title(unit, k))
    }

    /// True when the name opening at token `lo` is named as the maker of a body of work ("the
    /// films of X", "the paintings of X"): an influence, not a person of the production.
    pub fn maker_of_works(&self, unit: &Unit, lo: usize) -> bool {
        lo >= 3 && unit.is(lo - 1, &["of"]) && unit.is(lo - 2, gz::BODIES_OF_WORK) && unit.is(lo - 3, &["the"])
    }

    /// True when a capitalised word is probably a common word (seen in lower case, a function
    /// word, a title of office or a job).
    pub fn common(&self, lower: &str) -> bool {
        self.lower_words.contains(lower)
            || gz::contains(gz::STOP, lower)
            || gz::contains(gz::TITLE_WORDS, lower)
            || gz::contains(gz::HONORIFICS, lower.trim_end_matches('.'))
            || is_job_word(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, 0, text.len()).iter().filter(|t| t.word).map(|t| text[t.start..t.end].to_owned()).collect()
    }

    #[test]
    fn tokens_keep_initials_hyphens_and_strip_possessives() {
        assert_eq!(
            words("A U.S. Marshal met J. K. Rowling’s co-star"),
            ["A", "U.S.", "Marshal", "met", "J.", "K.", "Rowling", "co-star"]
        );
        let text = "Hutchins’ widower";
        let t = tokenize(text, 0, text.len());
        assert!(t[0].possessive);
        assert_eq!(t[0].lower, "hutchins");
        assert_eq!(words("I’ll go to O’Brien’s"), ["I’ll", "go", "to", "O’Brien"]);
    }

    #[test]
    fn sentences_split_but_not_after_abbreviations() {
        let text = "She met a U.S. Marshal. He left.\nNext line here. “Quoted,” she said. Mr. Smith agreed";
        let parts: Vec<&str> = sentence_ranges(text, 0, text.len()).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(
            parts,
            ["She met a U.S. Marshal.", "He left.", "Next line here.", "“Quoted,” she said.", "Mr. Smith agreed"]
        );
    }

    #[test]
    fn quoted_titles_are_short_title_case_quotations() {
        let text = "The drama “Night Harbor,” and ‘The Long Road’ but not “we went home,” or ‘a b’.";
        let titles: Vec<&str> = quoted_titles(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(titles, ["Night Harbor", "The Long Road"]);
        // A title in sentence case counts right after a work's noun, as foreign titles are written.
        let text = "It joins the Argentine thriller “Las horas quietas” and Chile's “La casa vacía”, and she said “Go away now”.";
        let titles: Vec<&str> = quoted_titles(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(titles, ["Las horas quietas"]);
    }

    #[test]
    fn runs_join_connectors_only_between_capitals() {
        let text = "the Office of the Medical Investigator and Jane Roe and John Doe met";
        let toks = tokenize(text, 0, text.len());
        let unit = Unit { doc: 0, text, span: Span { start: 0, end: text.len() as u32 }, heading: false, toks };
        let found: Vec<&str> = runs(&unit).into_iter().map(|r| unit.slice(r.lo, r.hi)).collect();
        assert_eq!(found, ["Office of the Medical Investigator and Jane Roe and John Doe"]);
        let parts: Vec<&str> = split_run(&unit, runs(&unit)[0]).into_iter().map(|r| unit.slice(r.lo, r.hi)).collect();
        assert_eq!(parts, ["Office", "Medical Investigator", "Jane Roe", "John Doe"]);
    }

    #[test]
    fn title_case_lines_are_headings() {
        let text = "Night Harbor Star Jane Roe Speaks Out\nJane Roe and John Doe star.";
        let docs = [crate::entities::testing::doc(text)];
        let units = units(&docs);
        assert!(units[0].heading);
        assert!(!units[1].heading);
    }
}
