//! The headline vocabulary: one phrase per kind of event (and per topic where a kind covers
//! several steps), with the participant a longer form names, and the words that pick a topic.

use std::sync::LazyLock;

use knowledge::EventKind;
use regex::Regex;

/// The participant a phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// The one place where filming happened ("Filming resumed in Ohio").
    Location,
    /// The festival, and its place when one is named ("Premiere at Bay Film Festival, Oslo").
    Venue,
    /// The people a legal step is against ("Case against Ann Lee dismissed").
    Accused,
    /// The outlet interviewing ("Interview with the Mesa Courier").
    Outlet,
    /// The financier ("Financed by Harbor Capital").
    Financier,
    /// The streaming service named after "on" ("Release on Netflix").
    Platform,
    /// The actors, when every participant is one ("Ann Lee joined the cast").
    Cast,
}

/// A headline: the long form around a participant's name, and the plain form without it.
#[derive(Clone, Copy, Debug)]
pub struct Phrase {
    /// The kind of event.
    pub kind: EventKind,
    /// The topic it applies to; empty for any topic (rows are tried in order).
    pub topic: &'static str,
    /// Text before the name, the participant, and text after it.
    pub long: Option<(&'static str, Slot, &'static str)>,
    /// The headline when the participant is not known.
    pub plain: &'static str,
}

const fn plain(kind: EventKind, topic: &'static str, plain: &'static str) -> Phrase {
    Phrase { kind, topic, long: None, plain }
}

const fn long(
    kind: EventKind,
    topic: &'static str,
    long: (&'static str, Slot, &'static str),
    plain: &'static str,
) -> Phrase {
    Phrase { kind, topic, long: Some(long), plain }
}

/// The phrases, tried in order: the first row of the event's kind whose topic matches.
#[rustfmt::skip]
pub const PHRASES: &[Phrase] = {
    use EventKind::*;
    use Slot::*;
    &[
        plain(Development, "writing", "Story and script"),
        plain(Development, "plan", "An earlier plan"),
        plain(Development, "attachment", "Joined the project"),
        plain(Development, "rights", "Rights acquired"),
        plain(Development, "greenlight", "Green-lit"),
        plain(Development, "", "Development"),
        long(Financing, "", ("Financed by ", Financier, ""), "Financing"),
        long(Casting, "", ("", Cast, " joined the cast"), "Casting"),
        plain(PreProduction, "delay", "Start of filming delayed"),
        plain(PreProduction, "", "Pre-production"),
        long(FilmingStart, "", ("Filming began in ", Location, ""), "Filming began"),
        plain(FilmingStop, "", "Filming stopped"),
        long(FilmingResume, "", ("Filming resumed in ", Location, ""), "Filming resumed"),
        long(Wrap, "", ("Filming wrapped in ", Location, ""), "Filming wrapped"),
        plain(Incident, "fatal", "Fatal accident on set"),
        plain(Incident, "fire", "Fire on set"),
        plain(Incident, "", "Accident on set"),
        plain(Investigation, "", "Investigation"),
        long(Legal, "dismissal", ("Case against ", Accused, " dismissed"), "Case dismissed"),
        long(Legal, "charges", ("Charges against ", Accused, ""), "Charges filed"),
        long(Legal, "suit", ("Lawsuit against ", Accused, ""), "Lawsuit"),
        long(Legal, "trial", ("Trial of ", Accused, ""), "Trial"),
        long(Legal, "sentence", ("", Accused, " sentenced"), "Sentencing"),
        plain(Legal, "", "Legal proceedings"),
        plain(Publicity, "trailer", "Trailer released"),
        plain(Publicity, "images", "Images released"),
        plain(Publicity, "poster", "Poster released"),
        long(Publicity, "interview", ("Interview with ", Outlet, ""), "Interview"),
        plain(Publicity, "", "Publicity"),
        long(Premiere, "", ("Premiere at ", Venue, ""), "Premiere"),
        plain(Release, "limited", "Limited release"),
        plain(Release, "theatrical", "Theatrical release"),
        long(Release, "digital", ("Release on ", Platform, ""), "Digital release"),
        long(Release, "", ("Release on ", Platform, ""), "Release"),
        plain(Award, "nomination", "Award nomination"),
        plain(Award, "", "Award"),
    ]
};

/// Words of a summary that give the topic of its event, before the trigger's own topic: a
/// death makes an accident fatal, a release's format names it.
#[rustfmt::skip]
pub const TOPIC_WORDS: &[(EventKind, &str, &[&str])] = {
    use EventKind::*;
    &[
        (Incident, "fatal", &["killed", "killing", "dead", "death", "died", "dies", "fatal", "fatally", "life", "lives"]),
        (Incident, "fire", &["fire", "blaze", "explosion"]),
        (Release, "limited", &["limited"]),
        (Release, "theatrical", &["theaters", "theatres", "cinemas", "theatrical"]),
        (Release, "digital", &["streaming", "streams", "stream", "digital", "digitally", "vod"]),
        (Award, "nomination", &["nominated", "nomination", "nominations", "nominee"]),
    ]
};

/// Text before a name that makes its bearer one a legal step is against ("against star ",
/// "against Ann Lee and ").
pub static AGAINST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:against|sued|charged|indicted|convicted|acquitted|sentenced)\s+(?:\p{Ll}+\s+){0,2}(?:\p{Lu}[\w’'-]*\s+){0,4}(?:and\s+(?:\p{Ll}+\s+){0,2})?$")
        .expect("against pattern")
});

/// Text after a name that makes its bearer the one a legal step is against ("… was charged").
pub static ACCUSED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:(?:was|were|is|has been|had been|is being)\s+)?(?:charged|indicted|convicted|acquitted|sentenced|sued)\b")
        .expect("accused pattern")
});

/// Longest headline: a longer form with long names gives way to the plain one.
pub const MAX_CHARS: usize = 60;
