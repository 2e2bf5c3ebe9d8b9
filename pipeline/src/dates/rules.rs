//! The rule table of the temporal tagger: vocabulary and patterns, kept apart from the engine
//! that applies them ([`super::engine`]), as HeidelTime keeps its resources apart from its code.
//!
//! Each [`Rule`] names a shape of temporal expression, the pattern that finds it and the reader
//! (in the engine) that turns a match into an [`Expr`]. Patterns overlap; the engine keeps the
//! longest match, so "almost two years after the March 2019" wins over "March 2019".

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::Expr;
use super::engine::{
    read_ago, read_anchored, read_bare_month, read_bare_season, read_day, read_day_beside, read_day_range, read_decade,
    read_deictic, read_in_shifted_year, read_iso, read_later, read_month, read_month_day, read_numeric,
    read_of_that_year, read_ordinal_day, read_season, read_that, read_the_next, read_today, read_weekday, read_weekend,
    read_year,
};

/// Month names, January first.
pub(super) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// Day names, Monday first.
pub(super) const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/// Words that label a dated entry of a running page before its date ("Update #14 · Nov. 20,
/// 2025", "Dispatch 3: May 2, 2024"): the entry was written on that date.
pub(super) const ENTRY_LABELS: [&str; 6] = ["update", "entry", "dispatch", "post", "bulletin", "log"];
/// What separates an entry's label (and number) from its date.
pub(super) const ENTRY_SEPARATORS: [char; 7] = ['·', '•', '|', ':', '—', '–', '-'];
/// Seasons with their first month (northern hemisphere, meteorological).
pub(super) const SEASONS: [(&str, u8); 5] = [("spring", 3), ("summer", 6), ("fall", 9), ("autumn", 9), ("winter", 12)];
/// Counting words up to twelve ("a" and "an" count one).
pub(super) const NUMBER_WORDS: [&str; 12] =
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
/// Words that hedge a count: the time is at most, about, or at least that far.
pub(super) const HEDGES: [(&str, super::Hedge); 13] = {
    use super::Hedge::{About, Over, Under};
    [
        ("almost", Under),
        ("nearly", Under),
        ("less than", Under),
        ("just under", Under),
        ("about", About),
        ("roughly", About),
        ("around", About),
        ("some", About),
        ("approximately", About),
        ("more than", Over),
        ("over", Over),
        ("just over", Over),
        ("at least", Over),
    ]
};
/// How far a hedged count may stray, as a fraction of the count: "almost two years" is read as
/// within a month of two years (1/24), "about two years" as a month either side.
pub(super) const HEDGE_SLACK: i64 = 24;
/// Words joining the two ends of a range ("Sept. 9 to Sept. 15", "from May to July 2020").
/// Verbs that move a date ("moved the film from March 13 to April 24"): the two dates after
/// them are the old one and the new one, not the ends of a range.
pub(super) const RESCHEDULES: &[&str] = &[
    "moved",
    "moves",
    "moving",
    "pushed",
    "pushes",
    "bumped",
    "bumps",
    "shifted",
    "shifts",
    "rescheduled",
    "reschedules",
];
/// A move told as news, up to the "from" or "to" before a date ("has moved “Dust” from March 13
/// to"; in the past only with a release or a title as its object, "moved the release of “Dust”
/// to Feb. 13, 2026, from", unlike "was moved to June 9" or "pushed the shoot to May"): both the
/// old and the new date are still to come. A period before a blank ends an abbreviation ("Feb.
/// 13"), not the clause. A regular expression.
pub(super) const RESCHEDULED_TO: &str = r#"(?i)\b(?:moves|bumps|pushes|shifts|reschedules|(?:has|have)\s+(?:now\s+|again\s+)?(?:moved|bumped|pushed|shifted|rescheduled)|(?:moved|bumped|pushed|shifted|rescheduled)\s+(?:up\s+|back\s+)?(?:(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:release|opening|premiere|debut)\b|[“"‘']))(?:[^.;]|\.\s){0,100}?\b(?:from|to)\s*$"#;
pub(super) const RANGE_JOINERS: [&str; 7] = ["to", "through", "until", "till", "-", "–", "—"];

/// Clause words that place what the clause tells in the future, whatever else it says.
pub(super) const FUTURE_WORDS: &[&str] = &[
    "will",
    // Reported speech's future: "announced that filming would resume in April".
    "would",
    "won't",
    "won’t",
    "upcoming",
    "expected",
    "expects",
    "scheduled",
    "slated",
    "plans",
    "planned",
    "until",
    "next",
    "coming",
    "tomorrow",
];
/// Verbs in the present that tell of what is to come ("the film opens on June 14").
pub(super) const PRESENT_WORDS: &[&str] = &[
    "opens",
    "begins",
    "starts",
    "premieres",
    "arrives",
    "debuts",
    "hits",
    "lands",
    "streams",
    "resumes",
    "wraps",
    "kicks",
    "rolls",
    "screens",
];
/// Irregular past forms (regular ones end in "-ed").
pub(super) const PAST_WORDS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "began",
    "begun",
    "shot",
    "took",
    "broke",
    "won",
    "went",
    "held",
    "ran",
    "came",
    "got",
    "saw",
    "left",
    "made",
    "fell",
    "hit",
    "said",
    "told",
    "sued",
    "sold",
    "paid",
    // The verbs of a court's or a party's steps ("threw out the case Friday") and of the trade.
    "threw",
    "thrown",
    "brought",
    "found",
    "struck",
    "upheld",
    "withdrew",
    "lost",
    "became",
    "bought",
    "drew",
    "gave",
    "spent",
    "wrote",
    "chose",
    "built",
    "caught",
    "sent",
    "met",
    "led",
    "swept",
    "tore",
    "underwent",
    "ago",
    "yesterday",
];
/// Pairs of words that announce a plan ("set to", "due for").
pub(super) const FUTURE_PAIRS: &[(&str, &str)] =
    &[("set", "to"), ("set", "for"), ("due", "to"), ("due", "for"), ("is", "to"), ("are", "to")];

/// Nouns after which a four-digit number is a count, not a year.
pub(super) const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "extras",
    "employees",
    "workers",
    "members",
    "screens",
    "theaters",
    "theatres",
    "copies",
    "feet",
    "meters",
    "metres",
    "miles",
    "kilometres",
    "kilometers",
    "dollars",
    "votes",
    "views",
    "times",
    "units",
    "pages",
    "words",
    "acres",
    "tickets",
    "jobs",
    "fans",
    "viewers",
    "students",
    "households",
    "rounds",
];
/// Words before a year that make it a point in time rather than a qualifier.
pub(super) const TIME_WORDS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "through",
    "during",
    "of",
    "early",
    "late",
    "mid",
    "around",
    "before",
    "after",
    "circa",
    "throughout",
    "between",
    "and",
    "to",
    "for",
    "year",
    "until",
    "into",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "on",
    "or",
    "about",
    "than",
];
/// Words after a year that show it is not qualifying a noun.
pub(super) const NOT_NOUNS: &[&str] = &[
    "and", "or", "but", "to", "when", "as", "was", "were", "is", "are", "had", "has", "have", "saw", "that", "which",
    "with", "through", "after", "before", "for", "the", "a", "an", "while", "until", "in", "on", "at", "by", "of",
    "where", "because", "if", "so", "then", "he", "she", "it", "they", "we", "i",
];

const MONTH: &str = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept\\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?)";
const FULL_MONTH: &str = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const WEEKDAY: &str = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const SEASON: &str = "(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)";
const NUMBER: &str = "(?:\\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)";
const UNITS: &str = "(?:years?|months?|weeks?|days?)";
const HEDGE: &str = "(?:[Aa]lmost|[Nn]early|[Aa]bout|[Rr]oughly|[Aa]round|[Ss]ome|[Aa]pproximately|[Mm]ore than|[Oo]ver|[Ll]ess than|[Jj]ust over|[Jj]ust under|[Aa]t least)";
const ORDINAL: &str = "(?:st|nd|rd|th)?";
/// Words that may follow an ordinal day of the month ("on the 18th, when …", "on the 23rd and").
const ORDINAL_DAY_NEXT: &str = "when|and|as|after|before|at|in|to|for|while|but|or";

/// Turns a match into what the phrase says.
pub(super) type Reader = fn(&Captures) -> Option<Expr>;

/// One shape of temporal expression.
pub(super) struct Rule {
    /// Short name, kept with every expression it finds.
    pub name: &'static str,
    /// Where the phrase is; a group `ph` narrows it (a preposition needed for context stays out).
    pub pattern: Regex,
    /// What a match says.
    pub read: Reader,
}

/// Every rule, in no particular order (the engine keeps the longest match).
pub(super) static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let rule = |name, pattern: String, read| Rule { name, pattern: Regex::new(&pattern).expect("date pattern"), read };
    let day_date =
        format!(r"{MONTH}\s+\d{{1,2}}{ORDINAL},?\s+\d{{4}}|\d{{1,2}}{ORDINAL}\s+(?:of\s+)?{MONTH},?\s+\d{{4}}");
    vec![
        rule("month day year", format!(r"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}){ORDINAL},?\s+(?P<y>\d{{4}})\b"), read_day),
        rule(
            "day month year",
            format!(r"\b(?P<d>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>\d{{4}})\b"),
            read_day,
        ),
        rule(
            "month year",
            format!(r"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>\d{{4}})\b"),
            read_month,
        ),
        rule(
            "season year",
            format!(r"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?(?P<s>{SEASON})\s+(?:of\s+)?(?P<y>\d{{4}})\b"),
            read_season,
        ),
        rule("decade", r"\b(?:[Tt]he\s+)?(?:(?:early|late|mid-?)\s*)?(?P<y>\d{3}0)['’]?s\b".into(), read_decade),
        rule(
            "year",
            r"\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]he (?:end|start|beginning|middle) of)\s*)?(?P<y>\d{4})\b".into(),
            read_year,
        ),
        rule("numeric date", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b".into(), read_numeric),
        rule("iso date", r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b".into(), read_iso),
        rule(
            "day month",
            format!(r"\b(?P<d>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?(?P<m>{FULL_MONTH})(?P<bare>)\b"),
            read_month_day,
        ),
        rule(
            "season after a preposition",
            format!(
                r"\b(?P<pre>in|since|until|till|by|from|through|during|before|after|into|over)\s+(?:the\s+)?(?P<ph>(?:(?:early|late)\s+)?(?P<s>{SEASON}))(?P<bare>)\b"
            ),
            read_bare_season,
        ),
        // "plans a fall theatrical release", "an autumn premiere": the season of the noun it qualifies.
        rule(
            "season before a release",
            format!(
                r"\b(?i:a|an|its|their|the)\s+(?P<ph>(?:(?:early|late)\s+)?(?P<s>{SEASON}))\s+(?:(?i:theatrical|wide|limited|streaming|festival|world|u\.s\.|north american)\s+)?(?i:release|premiere|opening|debut|bow|rollout)\b"
            ),
            read_bare_season,
        ),
        rule("month day", format!(r"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}){ORDINAL}\b"), read_month_day),
        rule(
            "month day range",
            format!(
                r"\b(?P<m>{MONTH})\s+(?P<d>\d{{1,2}}){ORDINAL}\s*(?:-|–|to|through)\s*(?P<d2>\d{{1,2}}){ORDINAL}(?:,?\s+(?P<y>\d{{4}}))?\b"
            ),
            read_day_range,
        ),
        rule(
            "month after a preposition",
            format!(
                r"\b(?P<pre>in|on|since|until|till|by|from|through|during|before|after|around|into|of|to)\s+(?P<ph>(?:(?:early|late|mid-?)\s*)?(?P<m>{FULL_MONTH}))(?P<bare>)\b"
            ),
            read_bare_month,
        ),
        rule(
            "part of a month",
            format!(r"\b(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s*(?P<m>{FULL_MONTH})(?P<bare>)\b"),
            read_bare_month,
        ),
        rule(
            "weekday",
            format!(r"\b(?:(?P<dir>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd>{WEEKDAY})(?P<bare>)\b"),
            read_weekday,
        ),
        rule(
            "this, last or next",
            format!(
                r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?P<dir>[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<u>year|month|week|{SEASON}|{FULL_MONTH})\b"
            ),
            read_deictic,
        ),
        // "for the rest of the week": the current one, as "this week" is.
        rule(
            "rest of this",
            r"\b(?:[Tt]he\s+)?(?:rest|remainder)\s+of\s+(?P<dir>the|this)\s+(?P<u>year|month|week)\b".into(),
            read_deictic,
        ),
        rule(
            "month of a shifted year",
            format!(r"\b(?P<m>{SEASON}|{FULL_MONTH})\s+(?:of\s+)?(?P<dir>last|this|next)\s+year\b"),
            read_in_shifted_year,
        ),
        // "ten years ago this week" and "a year ago today" are one phrase each: the time of
        // writing, counted back.
        rule(
            "ago",
            format!(r"\b(?P<n>{NUMBER})\s+(?P<u>{UNITS})\s+ago(?:\s+(?:(?:this|that)\s+(?:week|month)|today))?\b"),
            read_ago,
        ),
        rule(
            "later",
            format!(r"\b(?:(?P<q>{HEDGE})\s+)?(?P<n>{NUMBER})\s+(?P<u>{UNITS})\s+(?P<dir>later|earlier|afterwards?)\b"),
            read_later,
        ),
        rule(
            "after a date",
            format!(
                r"\b(?:(?P<q>{HEDGE})\s+)?(?P<n>{NUMBER})\s+(?P<u>{UNITS})\s+(?P<dir>after|before)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<anchor>{day_date}|(?:[Ee]arly\s+|[Ll]ate\s+)?{MONTH},?\s+\d{{4}}|{SEASON}\s+(?:of\s+)?\d{{4}}|\d{{4}})\b"
            ),
            read_anchored,
        ),
        rule(
            "the following",
            format!(
                r"\b[Tt]he\s+(?P<w>following|next|previous|prior|same)\s+(?P<u>year|month|week|day|morning|afternoon|evening|night|{SEASON}|{FULL_MONTH}|{WEEKDAY})\b"
            ),
            read_the_next,
        ),
        rule(
            "weekend",
            r"\b(?:(?P<dir>[Tt]his\s+past|[Tt]his|[Ll]ast|[Nn]ext|[Oo]ver\s+the|[Tt]he\s+past)\s+)weekend\b".into(),
            read_weekend,
        ),
        // "on the 14th", "by the 23rd,": a day of the month the passage is in; the words after it
        // must show it names no thing ("the 14th century", "the 23rd annual").
        rule(
            "day of the month",
            format!(
                r"\b(?i:on|by|until|since|from|before|after|through)\s+(?P<ph>the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th))(?:\s*[,.;:)]|\s+(?:{ORDINAL_DAY_NEXT})\b|\s*$)"
            ),
            read_ordinal_day,
        ),
        // "on Sept. 14 of that year", "in March of the same year": a month (and day) in the
        // year the passage last gave.
        rule(
            "month of that year",
            format!(r"\b(?P<m>{MONTH})(?:\s+(?P<d>\d{{1,2}}){ORDINAL})?,?\s+of\s+(?:that|the\s+same)\s+year\b"),
            read_of_that_year,
        ),
        rule(
            "that year",
            format!(
                r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?i:t)hat\s+(?:same\s+)?(?P<u>year|month|day|morning|afternoon|evening|night|{SEASON})\b"
            ),
            read_that,
        ),
        // "the day before," "the night after.": a day next to the passage's, when nothing follows
        // that names what it is counted from ("the day after the premiere").
        rule(
            "the day before",
            r"\b(?P<ph>[Tt]he\s+(?:day|night|morning|evening)\s+(?P<dir>before|after))(?:\s*[,.;:)]|\s*$)".into(),
            read_day_beside,
        ),
        rule(
            "today",
            r"\b(?P<w>(?i:t)oday|(?i:y)esterday|(?i:t)omorrow|(?i:t)onight|(?i:t)his (?:morning|afternoon|evening)|(?i:l)ast night)\b"
                .into(),
            read_today,
        ),
    ]
});
