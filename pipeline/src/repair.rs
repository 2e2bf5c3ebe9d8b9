//! Stage 1: repair mis-decoded text and normalise whitespace, recording every change.
//!
//! Three passes run in rounds until a round changes nothing, so the result is a fixed point
//! (repairing it again changes nothing), even for text that was mis-decoded twice:
//! 1. mojibake: UTF-8 bytes that were decoded as Windows-1252 (or Latin-1) are mapped back to
//!    their bytes and decoded again, sequence by sequence (`â€™` → `’`, `Ã©` → `é`);
//! 2. stray quote fragments: what is left of a closing quote whose last byte was lost
//!    (`â€` at a word end, a `†` closing an open quotation) becomes `”`;
//!    and what is left of an apostrophe decoded in another code page (`ā`, `â` or `Ã`, perhaps
//!    with more fragments, between a letter and `s`, `t`, `ll`, `re`, `ve`, `d` or `m`)
//!    becomes `’`;
//! 3. whitespace: CR LF, byte-order marks, non-breaking spaces, runs of blanks, indentation and
//!    trailing blanks, and runs of blank lines are normalised.
//!
//! Each pass records its edits; the edits of all passes are composed so that every [`Repair`]
//! maps a range of the raw input to a range of the final text, and reverting them in reverse
//! order gives back the input exactly.

use std::ops::Range;

use knowledge::{Repair, RepairKind, Span};

/// Repaired text with the list of changes made.
#[derive(Clone, Debug, Default)]
pub struct Repaired {
    /// The repaired text.
    pub text: String,
    /// Every change, in text order.
    pub repairs: Vec<Repair>,
}

/// Repairs `raw`; idempotent: repairing the output again changes nothing.
pub fn repair(raw: &str) -> Repaired {
    // Rounds repeat only while some pass changes the text; decoding shrinks it and quote
    // fragments only disappear, so a few rounds suffice. The cap guards against the unforeseen.
    const MAX_ROUNDS: usize = 32;
    let mut text = raw.to_owned();
    let mut edits: Vec<Edit> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let mut changed = false;
        while run(decode_mojibake, &mut text, &mut edits) {
            changed = true;
        }
        changed |= run(close_stray_quotes, &mut text, &mut edits);
        changed |= run(restore_apostrophes, &mut text, &mut edits);
        changed |= run(normalise_whitespace, &mut text, &mut edits);
        if !changed {
            break;
        }
    }
    let repairs = edits
        .into_iter()
        .map(|e| Repair {
            span: Span { start: offset(e.dst.start), end: offset(e.dst.end) },
            raw_offset: offset(e.src.start),
            original: raw[e.src].to_owned().into(),
            replacement: text[e.dst].to_owned().into(),
            kind: e.kind,
        })
        .collect();
    Repaired { text, repairs }
}

/// Applies `repairs` in reverse to `repaired`, giving back the raw text they were made on.
pub fn revert(repaired: &str, repairs: &[Repair]) -> String {
    let mut text = repaired.to_owned();
    for r in repairs.iter().rev() {
        text.replace_range(r.span.start as usize..r.span.end as usize, &r.original);
    }
    text
}

/// Runs one pass over `text`, folding its edits into `edits`; false when it changed nothing.
fn run(pass: fn(&str) -> Rewriter<'_>, text: &mut String, edits: &mut Vec<Edit>) -> bool {
    let (out, new) = pass(text).finish();
    if new.is_empty() {
        return false;
    }
    *edits = compose(edits, &new);
    *text = out;
    true
}

fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One change made by a pass: the `src` range of its input became the `dst` range of its output.
#[derive(Clone, Debug)]
struct Edit {
    src: Range<usize>,
    dst: Range<usize>,
    kind: RepairKind,
}

/// Copies its input to a new string, replacing ranges and recording each change as an [`Edit`].
struct Rewriter<'a> {
    input: &'a str,
    out: String,
    copied: usize,
    edits: Vec<Edit>,
}

impl<'a> Rewriter<'a> {
    fn new(input: &'a str) -> Self {
        Rewriter { input, out: String::with_capacity(input.len()), copied: 0, edits: Vec::new() }
    }

    /// Replaces `src` (at or after everything replaced so far) with `with`.
    fn replace(&mut self, src: Range<usize>, with: &str, kind: RepairKind) {
        self.out.push_str(&self.input[self.copied..src.start]);
        let start = self.out.len();
        self.out.push_str(with);
        if self.input[src.clone()] != *with {
            self.edits.push(Edit { src: src.clone(), dst: start..self.out.len(), kind });
        }
        self.copied = src.end;
    }

    fn finish(mut self) -> (String, Vec<Edit>) {
        self.out.push_str(&self.input[self.copied..]);
        (self.out, self.edits)
    }
}

/// Chains the edits of two successive passes into edits from the first input to the last output.
///
/// Both lists are sorted and the text between edits is identical on both sides, so edits that
/// overlap in the middle text merge into one, and positions elsewhere shift by the size changes
/// of the edits before them.
fn compose(first: &[Edit], second: &[Edit]) -> Vec<Edit> {
    // Every edit as a range of the middle text; `true` marks the first pass.
    let mut items: Vec<(Range<usize>, &Edit, bool)> = first
        .iter()
        .map(|e| (e.dst.clone(), e, true))
        .chain(second.iter().map(|e| (e.src.clone(), e, false)))
        .collect();
    items.sort_by_key(|(r, _, _)| (r.start, r.end));
    let growth = |e: &Edit| e.dst.len() as isize - e.src.len() as isize;
    let mut out = Vec::new();
    // Size changes of the edits before the current cluster, per pass.
    let (mut before_first, mut before_second) = (0isize, 0isize);
    let mut i = 0;
    while i < items.len() {
        let (start, mut end) = (items[i].0.start, items[i].0.end);
        let (mut in_first, mut in_second) = (0isize, 0isize);
        let mut kind = items[i].1.kind;
        let mut j = i;
        while j < items.len() && (j == i || items[j].0.start < end) {
            let (range, edit, is_first) = &items[j];
            end = end.max(range.end);
            if *is_first {
                in_first += growth(edit);
            } else {
                in_second += growth(edit);
            }
            kind = stronger(kind, edit.kind);
            j += 1;
        }
        let at = |pos: usize, delta: isize| pos.checked_add_signed(delta).unwrap_or_default();
        out.push(Edit {
            src: at(start, -before_first)..at(end, -before_first - in_first),
            dst: at(start, before_second)..at(end, before_second + in_second),
            kind,
        });
        before_first += in_first;
        before_second += in_second;
        i = j;
    }
    out
}

/// The kind that names a merged repair: the most specific damage wins over whitespace.
fn stronger(a: RepairKind, b: RepairKind) -> RepairKind {
    let rank = |k| match k {
        RepairKind::Whitespace => 0,
        RepairKind::Mojibake => 1,
        RepairKind::StrayQuoteFragment => 2,
    };
    if rank(b) > rank(a) { b } else { a }
}

/// The byte a character stands for when UTF-8 was decoded as Windows-1252 or Latin-1.
fn cp1252_byte(c: char) -> Option<u8> {
    let byte = match c {
        // Latin-1 upper half, and the C1 controls a Latin-1 decoder (or a Windows-1252 decoder
        // on its five undefined bytes) produces.
        '\u{80}'..='\u{ff}' => c as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(byte)
}

/// Whether a character decoded from a would-be mojibake sequence is one English-language text
/// plausibly held; this keeps legitimate pairs such as `É”` or `é…»` from being "decoded".
fn plausible(c: char) -> bool {
    matches!(c as u32,
        0x80..=0x17F        // C1 controls (layered damage), Latin-1 and Latin Extended-A
        | 0x370..=0x52F     // Greek and Cyrillic
        | 0x2000..=0x2BFF   // punctuation, currency, letter-like, arrows, symbols
        | 0xFE00..=0xFE0F   // variation selectors (emoji)
        | 0xFEFF | 0xFFFD   // byte-order mark, replacement character
        | 0x1F000..=0x1FAFF // emoji
    )
}

/// Pass 1: decodes each UTF-8 sequence spelled out in Windows-1252 characters.
fn decode_mojibake(text: &str) -> Rewriter<'_> {
    let mut w = Rewriter::new(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let len = match cp1252_byte(chars[i].1) {
            Some(0xC2..=0xDF) => 2,
            Some(0xE0..=0xEF) => 3,
            Some(0xF0..=0xF4) => 4,
            _ => 0,
        };
        let decoded = (len > 0 && i + len <= chars.len())
            .then(|| chars[i..i + len].iter().map(|&(_, c)| cp1252_byte(c)).collect::<Option<Vec<u8>>>())
            .flatten()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .filter(|s| s.chars().all(plausible));
        match decoded {
            Some(s) => {
                let end = chars.get(i + len).map_or(text.len(), |&(at, _)| at);
                w.replace(chars[i].0..end, &s, RepairKind::Mojibake);
                i += len;
            }
            None => i += 1,
        }
    }
    w
}

/// Line breaks as the whitespace pass counts them (CR LF counts once).
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Pass 2: turns the remains of a closing quote into `”`.
///
/// `â€` (a `”` whose last byte was dropped) is one when it ends a word. `†` is one when it
/// directly follows a word inside a quotation opened on the same line; when a letter follows,
/// the space the damage swallowed is restored. Elsewhere `†` is a real dagger and stays.
fn close_stray_quotes(text: &str) -> Rewriter<'_> {
    const CUT: &str = "â€";
    let mut w = Rewriter::new(text);
    let mut open = false; // a quotation opened on this line is not closed yet
    let mut prev: Option<char> = None; // last character of the output
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let after_word = prev.is_some_and(|p| !p.is_whitespace());
        let mut emitted = c;
        if c == '†' && open && after_word {
            let before_letter = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            w.replace(i..i + c.len_utf8(), if before_letter { "” " } else { "”" }, RepairKind::StrayQuoteFragment);
            emitted = if before_letter { ' ' } else { '”' };
            open = false;
        } else if text[i..].starts_with(CUT) && after_word {
            let mut end = i + CUT.len();
            let lost_byte = text[end..].starts_with('\u{FFFD}');
            if lost_byte {
                end += '\u{FFFD}'.len_utf8();
            }
            let next = text[end..].chars().next();
            if lost_byte || next.is_none_or(|n| !n.is_alphanumeric()) {
                w.replace(i..end, "”", RepairKind::StrayQuoteFragment);
                while chars.peek().is_some_and(|&(at, _)| at < end) {
                    chars.next();
                }
                emitted = '”';
            }
        }
        match emitted {
            '“' => open = true,
            '”' => open = false,
            c if is_line_break(c) => open = false,
            _ => {}
        }
        prev = Some(emitted);
    }
    w
}

/// First characters of an apostrophe's remains: `’` (E2 80 99) read as Windows-1257 starts
/// with `ā`, read as Windows-1252 with `â`, read twice as Windows-1252 with `Ã`.
const APOSTROPHE_HEADS: &[char] = &['ā', 'â', 'Ã'];
/// Characters that may follow such a head as further remains of the same apostrophe.
const APOSTROPHE_TAIL: &[char] = &['€', '™', '¢', 'â', '‚', '¬', '„', '\u{80}', '\u{99}'];
/// What follows an apostrophe in English: a possessive or a contraction.
const CONTRACTIONS: &[&str] = &["s", "t", "ll", "re", "ve", "d", "m"];

/// Pass 2b: turns the remains of an apostrophe between an ASCII letter and a possessive or
/// contraction ending ("Ruizās", "donât") into `’`. A real `ā`, `â` or `Ã` in a word
/// ("Māori", "pâté", "SÃO") is followed by other letters and stays.
fn restore_apostrophes(text: &str) -> Rewriter<'_> {
    let mut w = Rewriter::new(text);
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let at_head = APOSTROPHE_HEADS.contains(&c) && prev.is_some_and(|p| p.is_ascii_alphabetic());
        prev = Some(c);
        if !at_head {
            continue;
        }
        let rest = &text[i + c.len_utf8()..];
        let tail = rest.len() - rest.trim_start_matches(APOSTROPHE_TAIL).len();
        let after = &rest[tail..];
        let ending = CONTRACTIONS
            .iter()
            .any(|e| after.strip_prefix(e).is_some_and(|more| !more.starts_with(|n: char| n.is_alphanumeric())));
        if ending {
            w.replace(i..i + c.len_utf8() + tail, "’", RepairKind::StrayQuoteFragment);
        }
    }
    w
}

/// Pass 3: normalises every run of whitespace (and byte-order marks).
///
/// Inside a line a run becomes one space; a run holding one line break becomes `\n` (dropping
/// trailing blanks and the next line's indentation); more breaks become one blank line. Runs at
/// the start or end of the text, and byte-order marks alone, are removed.
fn normalise_whitespace(text: &str) -> Rewriter<'_> {
    let mut w = Rewriter::new(text);
    let is_blank = |c: char| c.is_whitespace() || c == '\u{FEFF}';
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_blank(c) {
            continue;
        }
        let (mut breaks, mut spaced, mut end) = (0, false, start);
        let mut cur = Some((start, c));
        while let Some((at, c)) = cur {
            spaced |= c.is_whitespace();
            let crlf = c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n');
            if is_line_break(c) && !crlf {
                breaks += 1;
            }
            end = at + c.len_utf8();
            cur = chars.next_if(|&(_, n)| is_blank(n));
        }
        let want = match breaks {
            _ if start == 0 || end == text.len() || !spaced => "",
            0 => " ",
            1 => "\n",
            _ => "\n\n",
        };
        w.replace(start..end, want, RepairKind::Whitespace);
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn apostrophe_remains_from_other_code_pages_become_apostrophes() {
        let r = repair("Ana Ruizās film, Ben Haleā€™s cut, and we donât know; theyÃre here.");
        assert_eq!(r.text, "Ana Ruiz’s film, Ben Hale’s cut, and we don’t know; they’re here.");
        assert!(r.repairs.iter().all(|x| x.replacement == "’"), "{:?}", r.repairs);
        assert_eq!(r.repairs.len(), 4);
        assert_eq!(revert(&r.text, &r.repairs), "Ana Ruizās film, Ben Haleā€™s cut, and we donât know; theyÃre here.");
        // Real letters stay: a macron or tilde inside a word, or at its start.
        for kept in ["The Māori crew", "SÃO PAULO", "Āsa spoke", "the ā sound", "Kalākaua", "a pâté", "Châteaus"]
        {
            assert_eq!(repair(kept).text, kept);
        }
    }

    fn fixed(raw: &str) -> String {
        repair(raw).text
    }

    /// Checks the invariants every repair list must satisfy, returning the kinds in order.
    fn check(raw: &str) -> Repaired {
        let r = repair(raw);
        let mut last_end = 0;
        let mut last_raw_end = 0;
        for rep in &r.repairs {
            let (s, e) = (rep.span.start as usize, rep.span.end as usize);
            assert!(s >= last_end && s <= e && e <= r.text.len(), "{rep:?} out of order or bounds");
            assert_eq!(&r.text[s..e], &*rep.replacement);
            let raw_at = rep.raw_offset as usize;
            assert!(raw_at >= last_raw_end);
            assert_eq!(&raw[raw_at..raw_at + rep.original.len()], &*rep.original);
            assert_ne!(rep.original, rep.replacement);
            last_end = e;
            last_raw_end = raw_at + rep.original.len();
        }
        assert_eq!(revert(&r.text, &r.repairs), raw);
        r
    }

    #[test]
    fn decodes_mojibake_punctuation_and_letters() {
        assert_eq!(
            fixed("The studioâ€™s â€œNightfallâ€\u{9d} wrapped â€” finally."),
            "The studio’s “Nightfall” wrapped — finally."
        );
        assert_eq!(fixed("A cafÃ© in MontrÃ©al, 1990â€“1995â€¦"), "A café in Montréal, 1990–1995…");
        assert_eq!(fixed("Â£5 and Â©2020"), "£5 and ©2020");
        assert_eq!(fixed("ðŸŽ¬ Action"), "🎬 Action");
        let r = check("Itâ€™s here");
        assert_eq!(r.repairs.len(), 1);
        assert_eq!(r.repairs[0].kind, RepairKind::Mojibake);
        assert_eq!(&*r.repairs[0].original, "â€™");
        assert_eq!(r.repairs[0].raw_offset, 2);
    }

    #[test]
    fn decodes_text_mis_decoded_twice_in_one_repair() {
        let r = check("the directorÃ¢â‚¬â„¢s cut");
        assert_eq!(r.text, "the director’s cut");
        assert_eq!(r.repairs.len(), 1);
        assert_eq!(&*r.repairs[0].original, "Ã¢â‚¬â„¢");
    }

    #[test]
    fn leaves_legitimate_non_ascii_alone() {
        for ok in [
            "“Café” — it’s naïve… right?",
            "“THE CAFÉ” opened",
            "Il est allé…» puis",
            "Größe ½ × 2 ± 1 °C",
            "Ελληνικά and кириллица",
            "Dr. Smith† died in 1901; † marks the dead",
            "a dagger † standing alone",
        ] {
            let r = check(ok);
            assert_eq!(r.text, ok);
            assert!(r.repairs.is_empty(), "{ok}: {:?}", r.repairs);
        }
    }

    #[test]
    fn turns_quote_fragments_into_closing_quotes() {
        let r = check("He read “Paper Moon,†the novel, and “Dusk†for fun.");
        assert_eq!(r.text, "He read “Paper Moon,” the novel, and “Dusk” for fun.");
        assert!(r.repairs.iter().all(|x| x.kind == RepairKind::StrayQuoteFragment));
        assert_eq!(r.repairs.len(), 2);
        assert_eq!(fixed("“I loved it.â€\nNext line"), "“I loved it.”\nNext line");
        assert_eq!(fixed("“Fine,â€\u{FFFD} she said."), "“Fine,” she said.");
        // A dagger with no open quotation is a footnote mark, not a quote.
        assert_eq!(fixed("Smith†and Jones"), "Smith†and Jones");
    }

    #[test]
    fn normalises_whitespace() {
        let r = check("\u{FEFF}Title\r\n\r\n\r\n\r\n  • First\u{a0}point.  \r\n\tSecond\t\tpoint \n");
        assert_eq!(r.text, "Title\n\n• First point.\nSecond point");
        assert!(r.repairs.iter().all(|x| x.kind == RepairKind::Whitespace));
        assert_eq!(fixed("one\u{a0}\u{a0}two\rthree"), "one two\nthree");
        assert_eq!(fixed("joined\u{FEFF}word"), "joinedword");
        assert_eq!(fixed("   \n\t "), "");
    }

    #[test]
    fn mojibake_of_a_no_break_space_becomes_a_space() {
        let r = check("end.Â\u{a0}\nNext");
        assert_eq!(r.text, "end.\nNext");
        assert_eq!(r.repairs.len(), 1);
        assert_eq!(r.repairs[0].kind, RepairKind::Mojibake);
    }

    /// Text built from pieces that trigger every rule, so random inputs exercise their overlaps.
    fn damaged_text() -> impl Strategy<Value = String> {
        const PIECES: &[&str] = &[
            "a", "Z", "7", ".", ",", " ", "  ", "\n", "\n\n\n", "\r\n", "\r", "\t", "\u{a0}", "\u{FEFF}", "\u{2028}",
            "â€", "â", "€", "™", "œ", "\u{9d}", "\u{FFFD}", "†", "“", "”", "’", "Ã", "©", "Â", "é", "ï»¿", "ð", "Ÿ",
            "˜", "Ã¢", "â‚¬", "â„¢", "•",
        ];
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
    }

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![damaged_text(), any::<String>(), "\\PC{0,80}"]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn repair_is_idempotent(raw in any_text()) {
            let once = repair(&raw);
            let twice = repair(&once.text);
            prop_assert_eq!(&twice.text, &once.text);
            prop_assert!(twice.repairs.is_empty(), "{:?}", twice.repairs);
        }

        #[test]
        fn repairs_revert_to_the_input(raw in any_text()) {
            check(&raw);
        }
    }
}
