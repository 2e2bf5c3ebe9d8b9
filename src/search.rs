//! Case- and accent-insensitive matching, char for char, so matches map back to the original text.

use crate::sorted_set::SortedSet;

/// Base letters of U+00C0..=U+017F (Latin-1 Supplement letters and Latin Extended-A), lower-cased;
/// `\0` where the character has no single-letter base (×, ÷, ß, æ, …) and folds to its lower case.
const LATIN_BASES: &[u8; 192] = b"aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y\
aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkk\0llllllllllnnnnnnnnnoooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// Folds one character for comparison: lower case, accents removed, typographic quotes made plain.
pub fn fold(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{c0}'..='\u{17f}' => match LATIN_BASES[c as usize - 0xc0] {
            0 => lower(c),
            base => base as char,
        },
        '\u{2018}' | '\u{2019}' | '\u{2032}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' => '-',
        c if c.is_ascii() => c,
        c => lower(c),
    }
}

/// The (first character of the) lower case of `c`. In the browser, JavaScript's `toLowerCase`
/// answers: the browser already carries Unicode's case tables, which would add 12 KB to the wasm.
#[cfg(target_arch = "wasm32")]
fn lower(c: char) -> char {
    String::from(js_sys::JsString::from(c).to_lower_case()).chars().next().unwrap_or(c)
}

/// The (first character of the) lower case of `c`.
#[cfg(not(target_arch = "wasm32"))]
fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Folds a whole string (see [`fold`]).
pub fn fold_str(s: &str) -> String {
    s.chars().map(fold).collect()
}

/// A search query: folded words, all of which must match (in any order).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    /// Parses the text typed in the search box.
    pub fn new(text: &str) -> Self {
        Query { words: text.split_whitespace().map(fold_str).collect() }
    }

    /// True when there is nothing to search for.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every word occurs in `folded_haystack` (already folded with [`fold_str`]).
    pub fn matches(&self, folded_haystack: &str) -> bool {
        self.words.iter().all(|w| folded_haystack.contains(w.as_str()))
    }

    /// Byte ranges of `text` that match a query word, sorted and merged, for highlighting.
    pub fn ranges(&self, text: &str) -> Vec<(usize, usize)> {
        if self.words.is_empty() {
            return Vec::new();
        }
        // Folding is char for char, so the n-th char of the folded text is the n-th of `text`.
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let folded: Vec<char> = text.chars().map(fold).collect();
        let mut ranges = SortedSet::default();
        for word in &self.words {
            let word: Vec<char> = word.chars().collect();
            if word.is_empty() || word.len() > folded.len() {
                continue;
            }
            for at in 0..=folded.len() - word.len() {
                if folded[at..at + word.len()] == word[..] {
                    ranges.insert((starts[at], starts[at + word.len()]));
                }
            }
        }
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for &(start, end) in &ranges {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_quotes() {
        assert_eq!(fold_str("Séance À L’ŒUVRE Ñandú Łódź"), "seance a l'œuvre nandu lodz");
        assert_eq!(fold_str("“Crown”—Vic"), "\"crown\"-vic");
    }

    #[test]
    fn folds_other_scripts() {
        // The same case as tests/web.rs, where the browser's lower-casing is used.
        assert_eq!(fold_str("ΩΜΕΓΑ Σοφία Ǆ Жанна ФИЛЬМ"), "ωμεγα σοφία ǆ жанна фильм");
    }

    #[test]
    fn folding_keeps_char_count() {
        for s in ["Ωmega ǅ İstanbul ß", "plain", "Æsir øre"] {
            assert_eq!(fold_str(s).chars().count(), s.chars().count(), "{s}");
        }
    }

    #[test]
    fn all_words_must_match() {
        let q = Query::new("  SEANCE   ghost ");
        assert!(q.matches(&fold_str("A ghost séance")));
        assert!(!q.matches(&fold_str("A séance")));
        assert!(Query::new("").matches("anything"));
        assert!(Query::new(" ").is_empty());
    }

    #[test]
    fn ranges_map_to_original_bytes_and_merge() {
        let q = Query::new("se anc");
        let text = "Une séance, seance";
        let ranges = q.ranges(text);
        let parts: Vec<&str> = ranges.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(parts, ["séanc", "seanc"]);
    }
}
