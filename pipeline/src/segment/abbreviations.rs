//! The one table of abbreviations (a rule table, kept apart from the code that applies it):
//! the sentence splitter reads it to know where a period does not end a sentence, the
//! tokenizer to keep the period with its word, and the entity rules to know that an
//! abbreviation ("Sept.", "Dept.", "Jr.") is never a place or a name, while a state's
//! abbreviation ("N.M.", "Ariz.") stands for the state.

/// Abbreviations that stand before a name or title and so never end a sentence.
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cpt", "sgt", "cmdr",
    "adm", "maj", "rev", "hon", "st", "mt", "ft", "pres", "supt", "det", "insp", "messrs", "mme", "mlle", "fr",
];
/// Abbreviations that never end a sentence wherever they stand.
pub const NEVER_FINAL: &[&str] = &["e.g", "i.e", "vs", "cf", "viz", "approx", "ca"];
/// Abbreviations that stand before a number (`Oct. 21`, `No. 5`, `p. 12`).
pub const BEFORE_NUMBER: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "pp", "p",
    "fig", "art", "sec", "ch", "op", "ed", "est",
];
/// Abbreviations that may end a sentence (`… Smith Jr. He said`) or not (`Smith Jr. Street`).
pub const MAYBE_FINAL: &[&str] =
    &["jr", "sr", "inc", "ltd", "co", "corp", "bros", "llc", "plc", "etc", "al", "dept", "univ", "assn"];

/// Words that commonly open a sentence: after an abbreviation that may end one, they mark a new one.
pub const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "however",
    "meanwhile",
    "then",
    "now",
    "still",
    "also",
    "according",
    "despite",
    "since",
    "although",
    "though",
    "for",
    "with",
    "by",
    "from",
    "what",
    "who",
    "why",
    "how",
];

/// US state abbreviations as news style writes them, with the state they stand for.
pub const US_STATES: &[(&str, &str)] = &[
    ("Ala.", "Alabama"),
    ("Ariz.", "Arizona"),
    ("Ark.", "Arkansas"),
    ("Calif.", "California"),
    ("Colo.", "Colorado"),
    ("Conn.", "Connecticut"),
    ("Del.", "Delaware"),
    ("Fla.", "Florida"),
    ("Ga.", "Georgia"),
    ("Ill.", "Illinois"),
    ("Ind.", "Indiana"),
    ("Kan.", "Kansas"),
    ("Kans.", "Kansas"),
    ("Ky.", "Kentucky"),
    ("La.", "Louisiana"),
    ("Md.", "Maryland"),
    ("Mass.", "Massachusetts"),
    ("Mich.", "Michigan"),
    ("Minn.", "Minnesota"),
    ("Miss.", "Mississippi"),
    ("Mo.", "Missouri"),
    ("Mont.", "Montana"),
    ("Neb.", "Nebraska"),
    ("Nev.", "Nevada"),
    ("N.H.", "New Hampshire"),
    ("N.J.", "New Jersey"),
    ("N.M.", "New Mexico"),
    ("N.Mex.", "New Mexico"),
    ("N.Y.", "New York"),
    ("N.C.", "North Carolina"),
    ("N.D.", "North Dakota"),
    ("Okla.", "Oklahoma"),
    ("Ore.", "Oregon"),
    ("Pa.", "Pennsylvania"),
    ("R.I.", "Rhode Island"),
    ("S.C.", "South Carolina"),
    ("S.D.", "South Dakota"),
    ("Tenn.", "Tennessee"),
    ("Tex.", "Texas"),
    ("Vt.", "Vermont"),
    ("Va.", "Virginia"),
    ("Wash.", "Washington"),
    ("W.Va.", "West Virginia"),
    ("Wis.", "Wisconsin"),
    ("Wyo.", "Wyoming"),
];

/// The state a news-style abbreviation stands for ("N.M." → "New Mexico"), period included.
pub fn us_state(written: &str) -> Option<&'static str> {
    US_STATES.iter().find(|(a, _)| *a == written).map(|(_, s)| *s)
}

/// True when `word` (without its final period, any case) is an abbreviation of the table,
/// a state's included ("Sept", "dept", "Jr", "Ariz").
pub fn is_abbreviation(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    [TITLES, NEVER_FINAL, BEFORE_NUMBER, MAYBE_FINAL]
        .iter()
        .any(|list| list.iter().any(|a| a.eq_ignore_ascii_case(word)))
        || US_STATES.iter().any(|(a, _)| a.trim_end_matches('.') == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_states() {
        for word in ["Sept.", "Dept", "Jr.", "dr", "Ariz.", "N.M."] {
            assert!(is_abbreviation(word), "{word}");
        }
        for word in ["Taos", "September", "Arizona", "Ranch", "ariz"] {
            assert!(!is_abbreviation(word), "{word}");
        }
        assert_eq!(us_state("N.M."), Some("New Mexico"));
        assert_eq!(us_state("Ariz."), Some("Arizona"));
        assert_eq!(us_state("Ariz"), None);
        assert_eq!(us_state("Sept."), None);
    }
}
