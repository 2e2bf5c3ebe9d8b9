//! Word lists the event frames are read with, kept apart from the code that applies them
//! ([`super::clauses`], [`super::triggers`]): what opens an embedded clause, what makes a
//! predicate a plan, a hypothesis or a denial, what tells a story rather than the production,
//! and what names another production. All lower case; multi-word cues are word sequences.

/// Words that open a relative clause after a comma ("…, which occurred in March 2019, …").
pub(crate) const RELATIVES: &[&str] = &["which", "who", "whom", "whose", "where"];

/// Words that open a fronted adjunct ending at the first comma ("After its premiere last
/// fall, Foo Films acquired the drama"): a date inside it dates the adjunct's own event only.
pub(crate) const ADJUNCT_OPENERS: &[&str] = &["after", "before", "following", "since"];

/// Words that open a subordinate clause of time: a trigger in one takes no date from outside it.
pub(crate) const SUBORDINATORS: &[&str] = &["after", "before", "since", "until", "when", "while"];

/// Subordinators of a clause told at the same time as the date its clause hangs on ("in
/// November 2014, when the studio optioned the rights"), unlike "after" or "before".
pub(crate) const SIMULTANEOUS: &[&str] = &["when", "while", "as"];

/// Verbs that report news: the time next to one ("today announced that …") is when it was told,
/// not when what the "that" clause tells happens.
pub(crate) const REPORTING_VERBS: &[&str] =
    &["announced", "announces", "said", "says", "confirmed", "confirms", "revealed", "reveals", "reported"];

/// Participles that open a phrase set off by commas after a subject ("Filming, originally set
/// for January, began on Feb. 17"; "The film, shot in 2023, premiered in January"): its date is
/// its own, not the main verb's.
#[rustfmt::skip]
pub(crate) const APPOSED_PARTICIPLES: &[&str] = &[
    "set", "scheduled", "planned", "slated", "shot", "filmed", "delayed", "postponed", "made", "produced",
    "directed", "written", "released", "completed", "announced", "expected", "due",
];

/// Adverbs that may stand before such a participle ("originally set for").
pub(crate) const APPOSITION_ADVERBS: &[&str] =
    &["originally", "initially", "first", "once", "previously", "largely", "mostly"];

/// Counts written out, at their value's index ("a" and "one" are both one): "two months before
/// filming began".
#[rustfmt::skip]
pub(crate) const COUNT_WORDS: &[&str] = &[
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// Words that deny the event in the few words before a trigger.
#[rustfmt::skip]
pub(crate) const NEGATORS: &[&str] = &[
    "not", "never", "no", "without", "lacks", "lack", "lacked", "lacking", "yet", "nor", "cannot", "instead",
    "declined", "declines", "refused", "refuses",
];

/// Words that may stand right before "opens" (or a festival's "opened the … Festival") when the
/// film is what opens: a film noun, "it", an adverb after one ("The drama finally opens"), or
/// the choice of it ("was selected to open the festival").
#[rustfmt::skip]
pub(crate) const FILM_SUBJECTS: &[&str] = &[
    "film", "movie", "picture", "drama", "comedy", "thriller", "western", "documentary", "feature", "it",
    "finally", "officially", "also", "now", "then", "musical", "biopic", "sequel", "selected", "chosen",
    "picked", "tapped",
];

/// Events that open on a date of their own, named before "opens" (a festival "which opens Aug.
/// 15", read with its antecedent): their opening is no release of the film.
#[rustfmt::skip]
pub(crate) const OPENING_EVENTS: &[&str] = &[
    "festival", "fest", "market", "ceremony", "gala", "season", "exhibition", "retrospective", "programme",
    "program", "lineup", "edition", "event", "awards", "biennale", "trial", "hearing",
];

/// Pieces of writing: an event named after "a story about", "an article Wednesday about" is the
/// piece's subject, not reported by the sentence.
#[rustfmt::skip]
pub(crate) const WRITINGS: &[&str] = &[
    "article", "story", "report", "piece", "column", "item", "segment", "post", "editorial", "headline",
];

/// Words right after "shooting" that make it gunfire, not filming ("started shooting up the
/// saloon", "began shooting wildly").
pub(crate) const GUNFIRE_AFTER: &[&str] = &["up", "him", "her", "them", "blanks", "wildly"];

/// Words after "shooting at" that make it gunfire aimed at someone ("begins shooting at them"),
/// not filming at a place or a time ("began shooting at the ranch", "at dawn").
pub(crate) const GUNFIRE_TARGETS: &[&str] = &["them", "him", "her", "us", "me", "each", "one", "anyone", "everyone"];

/// Nouns after "That's a wrap on/for" that name something other than the shoot: a live blog's
/// sign-off ("That's a wrap on our live coverage"), a show's, a day's.
#[rustfmt::skip]
pub(crate) const NOT_THE_SHOOT: &[&str] = &[
    "coverage", "blog", "updates", "live", "show", "episode", "podcast", "newsletter", "thread", "broadcast",
    "season", "festival", "ceremony", "night", "tonight", "today", "evening", "panel", "tour", "interview",
    "stream", "livestream", "chat",
];

/// Words that, just before a harm noun (with its article), make the harm the cause another
/// step is about ("fined over a fire on the set"): the sentence reports the step, not the harm.
pub(crate) const CAUSE_OF: &[&str] = &["over"];

/// Cues that make a predicate an announcement of what is to come: a *scheduled* event
/// ("will screen", "is set to premiere", "plans to release", "scheduled to run until").
#[rustfmt::skip]
pub(crate) const SCHEDULED: &[&[&str]] = &[
    &["will"], &["won't"], &["'ll"], &["’ll"], &["set", "to"], &["set", "for"], &["scheduled", "to"],
    &["scheduled", "for"], &["slated", "to"], &["slated", "for"], &["due", "to"], &["due", "for"], &["plans", "to"],
    &["plan", "to"], &["planning", "to"], &["plans"], &["planning"], &["selected", "to"], &["chosen", "to"], &["expected", "to"], &["expects", "to"], &["is", "to"], &["are", "to"],
    &["upcoming"], &["going", "to"], &["about", "to"], &["set", "sentencing", "for"],
    &["scheduled", "sentencing", "for"],
];

/// Words that, before a scheduling cue, make it a plan of the past whose outcome the clause
/// does not tell ("had been expected to wrap", "was scheduled to premiere").
pub(crate) const PAST_PLAN: &[&str] = &["was", "were", "had", "been", "originally", "initially"];

/// Cues that make a predicate hypothetical or wished for: it reports nothing that happened
/// ("could have faced ten years if convicted", "hopes to shoot", "would have premiered").
#[rustfmt::skip]
pub(crate) const UNREAL: &[&[&str]] = &[
    &["could"], &["would"], &["might"], &["may"], &["should"], &["must"], &["if"], &["unless"], &["hope", "to"],
    &["hopes", "to"], &["hoped", "to"], &["hoping", "to"], &["wants", "to"], &["wanted", "to"], &["aims", "to"],
    &["aimed", "to"], &["intends", "to"], &["intended", "to"], &["supposed", "to"], &["whether"],
];

/// Words after "and"/"but"/"or" that open a predicate of its own (its own tense and mood),
/// so a cue before the conjunction does not reach past it ("planned to start in May and was
/// delayed"); a bare verb after the conjunction shares it ("will screen … and open …").
#[rustfmt::skip]
pub(crate) const OWN_PREDICATE: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "did", "does", "will", "would", "could", "then", "later",
    "finally", "eventually", "it", "they", "he", "she", "the", "filming", "production", "shooting", "cameras",
];

/// Plot cues: phrases that open a summary of the story, whose killings and trials are fiction.
/// Regular expressions, compiled by [`super::triggers`].
pub(crate) const STORY: &[&str] = &[
    r"(?i)\bin the (?:film|movie|story|series|show|novel|book)\s*,|\bthe (?:film|movie|story|series|show|plot|narrative) (?:follows|tells|centers|centres|revolves|depicts|chronicles|unfolds)\b|\bwhich (?:follows|tells|depicts|chronicles)\b|\btells the story\b|\bthe story of\b|(?:^|[,;:—–]\s*)set in\b|\b(?:is|are|was|were) set in\b|\btakes place in\b|\bplays (?:an?|the|his|her) |\bfollows (?:an?|the|his|her) ",
    // "a western about a young drifter framed for murder": a genre noun told about someone.
    r"(?i)\b(?:western|drama|thriller|comedy|film|movie|tale|story|picture|feature|biopic|romance|musical|epic|saga|documentary|mystery|horror film) (?:about|of) (?:an?|the|two|three|his|her|their|one) |\b(?:western|drama|thriller|comedy|tale|story|saga|mystery) in which\b",
    // "plays Harland Rust, an outlaw who breaks his grandson out of jail": the part described.
    r"\bplays \p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)*,\s+(?:an?|the) [^,.;]{1,40}?\b(?:who|whose)\b",
    r"(?i)\b(?:the (?:story|action|plot|narrative) (?:unfolds|is set|takes place)|tells (?:of|how) |cent(?:er|re)s on |revolves around )",
    r"\b(?:stars|starring) \p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)*\s+as\b",
    // "show Ana Ruiz as a trapper caught in 1890": a named actor shown as a described character.
    r"\b(?i:show|shows|showed|showing|depict|depicts|depicted|depicting|feature|features|featured|featuring|see|sees|saw|find|finds|found|casts?) \p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)+\s+as (?:an?|the|his|her|their) |\bwith \p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)+\s+as an? ",
];

/// Figures of speech that open a sentence and report nothing: "From a pitch meeting to a
/// distribution deal, here is how …" names the ends of a story, not a deal. Regular expressions,
/// compiled by [`super::triggers`]; a trigger inside the match is dropped.
pub(crate) const FIGURES: &[&str] = &[r"^\W*From\s[^,;.]{1,80}?\sto\s[^,;.]{1,80}?,"];

/// Verbs that, after the comma closing a plot told in apposition to a title ("“Dust,” a
/// thriller about a boy who vanishes, began Monday"), are the title's own: the plot ends there.
#[rustfmt::skip]
pub(crate) const APPOSITION_CLOSERS: &[&str] = &[
    "began", "begins", "started", "starts", "wrapped", "wraps", "resumed", "resumes", "premiered", "premieres",
    "opened", "opens", "was", "is", "will", "has", "had", "halted", "shut",
];

/// Words that, right after a plot clause, carry the story on to the end of the sentence.
#[rustfmt::skip]
pub(crate) const PLOT_CONTINUES: &[&str] = &[
    "after", "when", "while", "before", "until", "as", "because", "since", "who", "whose", "where", "and", "but",
    "only",
];

/// Words that may open a sentence before its subject ("Later, Rosa flees"), skipped when
/// looking for a character as the subject.
pub(crate) const SENTENCE_OPENERS: &[&str] = &["but", "then", "later", "meanwhile", "soon", "eventually", "and"];

/// Words that open a fronted clause of time ending at the first comma ("When the railroad men
/// arrive, Mara …"), skipped too when looking for a character as the subject.
pub(crate) const FRONTED_CLAUSE_OPENERS: &[&str] = &["when", "after", "before", "as", "once", "while", "until"];

/// Titles and kin words that open a character's name ("Sheriff Tom Crane", "Aunt Mae"): never
/// the first name the story calls the character by.
#[rustfmt::skip]
pub(crate) const NAME_TITLES: &[&str] = &[
    "sheriff", "marshal", "deputy", "captain", "father", "mother", "sister", "brother", "aunt", "uncle", "mr",
    "mrs", "ms", "miss", "dr", "doctor", "judge", "reverend", "colonel", "general", "major", "sergeant",
    "lieutenant", "old", "young", "little", "big", "lady", "lord", "sir",
];

/// What follows "on the set of", "the filming of" … to name a production.
pub(crate) const PRODUCTION_OF: &[&str] = &[
    "on the set of",
    "on set of",
    "during the filming of",
    "during filming of",
    "while filming",
    // "killed while working on a streaming series near X": the work someone was on.
    "while working on",
    "during the production of",
    "during production of",
    "during the shooting of",
    // "members on the series “Other” walked out": the work a crew was on.
    "on the series",
    "on the show",
    "on the film",
    "on the movie",
    "on the feature",
];

/// A subject naming an earlier or other work of someone's ("Harker’s previous film, Dry
/// Season,", "the distributor's previous release, “Dry Season,”", "the studio's next project",
/// "the sequel"):
/// a trigger right after it tells of that work. A regular expression.
pub(crate) const EARLIER_WORK: &str = r"(?i)\b(?:(?:previous|earlier|prior|last|other|former|next) (?:[\w-]+ )?(?:film|feature|movie|western|drama|thriller|comedy|documentary|picture|project|production|release|title)|sequel|prequel|spinoff|spin-off|remake)\b";

/// The object right after a trigger when it is some other work ("greenlit a sequel", "wrapped
/// production on his next film"; "the sequel" may be the article's own film). A regular
/// expression.
pub(crate) const OTHER_WORK_OBJECT: &str = r"(?i)^\s*(?:on\s+|of\s+)?(?:a|an|another|his|her|their|its)\s+(?:[\w-]+\s+)?(?:sequel|prequel|spinoff|spin-off|remake|(?:next|previous|earlier|prior|other) (?:film|feature|movie|project|picture|series|western|drama|thriller|comedy|documentary))\b";

/// Possessive pronouns that open a subject pointing back to a work named earlier in the
/// sentence ("…, and its producers were fined").
pub(crate) const POSSESSIVE_BACK: &[&str] = &["its", "their"];

/// Determiners after [`PRODUCTION_OF`] that name some production other than the article's
/// ("on the set of his next film", "of another western").
pub(crate) const OTHER_WORK: &[&str] = &["his", "her", "their", "its", "a", "an", "another", "one"];

/// Nouns of events a date may qualify instead of the trigger near it: "dismissed two years
/// after the March 2019 shooting", "the charges over the death of X in May 2019".
#[rustfmt::skip]
pub(crate) const EVENT_NOUNS: &[&str] = &[
    "death", "deaths", "shooting", "accident", "incident", "fire", "crash", "explosion", "killing", "injury",
    "injuries", "collapse", "blaze", "tragedy",
];

/// Nouns of things set for a day ("set a trial for Nov. 14"): a date after them and "for"/"on"
/// is theirs, not the setting's.
pub(crate) const APPOINTMENT_NOUNS: &[&str] = &["trial", "hearing", "sentencing", "retrial"];

/// Determiners before a date that make it qualify the noun after it ("the March 2019 accident",
/// "its September 9 premiere").
pub(crate) const DETERMINERS: &[&str] = &["the", "a", "an", "its", "his", "her", "their", "this", "that", "last"];

/// Subjects that stand for the production when the passage is about filming ("It restarted in
/// May 2020"); "the shoot" always does.
pub(crate) const PRODUCTION_PRONOUNS: &[&str] = &["it"];

/// The shoot told by its makers as subject, once the passage is about filming ("We began there
/// on September 8 and finished in Bexley on December 12, forty days in all"): a verb of starting
/// with a place or a time after it, not an object ("we began talks"), and the finishing that
/// shares its subject. Regular expressions, each with the kind it reports.
pub(crate) const MAKERS_SHOOT: &[(&str, knowledge::EventKind)] = &[
    (
        r"(?:^|[;:]\s*|\band\s+)(?i:we|they)\s+(?:(?i:finally|then|officially)\s+)?(?P<t>(?i:began|started))\s+(?:(?i:there|here|on location)\b|(?i:on|in)\s+(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?i:mon|tues|wednes|thurs|fri|satur|sun)day|\d{4}|(?i:the\s+)?(?i:spring|summer|fall|autumn|winter))\b|(?i:at|in)\s+\p{Lu})",
        knowledge::EventKind::FilmingStart,
    ),
    (
        r"\b(?i:we|they)\s+(?:(?i:finally|then|officially)\s+)?(?i:began|started)\s+(?:(?i:there|here|on location)\b|(?i:on|in)\s+(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?i:mon|tues|wednes|thurs|fri|satur|sun)day|\d{4}|(?i:the\s+)?(?i:spring|summer|fall|autumn|winter))\b|(?i:at|in)\s+\p{Lu})[^.;]{0,60}?\b(?i:and)\s+(?:(?i:then)\s+)?(?P<t>(?i:finished|wrapped))\s+(?i:there|here|on|in|at)\b",
        knowledge::EventKind::Wrap,
    ),
];

/// Words of a sentence that show it is about filming, so "it" in the next one is the shoot.
#[rustfmt::skip]
pub(crate) const FILMING_WORDS: &[&str] = &[
    "production", "filming", "shooting", "shoot", "photography", "cameras",
];

/// A production's own verbs, with the kind they report when "it" or "the shoot" is their subject.
pub(crate) const PRODUCTION_VERBS: &[(&str, knowledge::EventKind)] = {
    use knowledge::EventKind::*;
    &[
        ("restarted", FilmingResume),
        ("resumed", FilmingResume),
        ("restarts", FilmingResume),
        ("resumes", FilmingResume),
        ("wrapped", Wrap),
        ("wraps", Wrap),
        ("halted", FilmingStop),
        ("paused", FilmingStop),
        ("suspended", FilmingStop),
        ("stopped", FilmingStop),
        ("shut down", FilmingStop),
    ]
};

/// Status words: a sentence served or a case pending tells where things stand, not a step
/// ("is serving an 18-month sentence for manslaughter").
pub(crate) const STANDING: &[&[&str]] = &[&["serving"], &["remains", "in"], &["still", "faces"]];

/// How a page's metadata line opens ("Updated June 3, 2021 at 9:14 a.m."): such a line is no
/// sentence of the article.
#[rustfmt::skip]
pub(crate) const METADATA_OPENERS: &[&str] = &[
    "updated", "published", "posted", "last updated", "last modified", "first published", "photo:", "image:",
    "credit:", "filed under", "tags:",
];

/// A bare "joined" told with its time ("Marchetti-Lowe joined in March 2026 along with
/// Andrevko"): after a sentence about casting, more casting. A regular expression.
pub(crate) const BARE_JOIN: &str =
    r"(?i)\b(?P<t>joined|signed on|came aboard|came on board)\s+(?:in|on|last|this|that|the following|later)\b";

/// A live blog post's time stamp on a line of its own ("8:42 p.m.", "21:05 BST"): the post was
/// written that day. A regular expression.
pub(crate) const POST_TIME: &str = r"(?i)^\W*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{2,4})?\s*$";

/// Subjects with which a sentence continues the deal of the sentence before it ("Foo Films has
/// acquired the drama. The deal was announced Tuesday."), so its date is the deal's.
pub(crate) const DEAL_SUBJECTS: &[&str] = &["the deal", "the acquisition", "the sale", "the agreement", "the pact"];

/// Nouns of legal acts that, as the subject of the next sentence, continue the legal step of the
/// sentence before ("… fined it in March. The citation was dated March 21."): its day is the step's.
#[rustfmt::skip]
pub(crate) const LEGAL_ACTS: &[&str] = &[
    "citation", "citations", "fine", "penalty", "ruling", "decision", "order", "verdict", "settlement", "indictment",
    "dismissal", "sentence", "judgment", "judgement", "appeal", "complaint", "lawsuit", "suit", "plea",
];

/// Subjects with which a sentence continues the announced event of the sentence before it
/// ("The drama is set to premiere in Bartown. It screens on September 9 at the Palace."), so
/// its date, places and organisations are that event's.
#[rustfmt::skip]
pub(crate) const CONTINUING_SUBJECTS: &[&str] = &[
    "it", "the screening", "the premiere", "the film", "the movie", "the drama", "the documentary", "the western",
    "the comedy", "the thriller", "the release",
];
