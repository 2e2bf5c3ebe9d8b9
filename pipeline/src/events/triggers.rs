//! Trigger vocabularies: the phrases that make a sentence report a production event, and the
//! phrases that open a plot summary (whose killings and trials are fiction, not events).
//!
//! Each rule is a kind, a topic and a pattern. The topic tells apart events of one kind that
//! are not the same event ("charged" and "dismissed" are both legal steps); a named group `t`
//! marks where the trigger word is when the pattern starts before it.

use std::sync::LazyLock;

use knowledge::EventKind;
use regex::Regex;

use super::vocabulary::{
    BARE_JOIN, CAUSE_OF, FIGURES as FIGURE_CUES, FILM_SUBJECTS, GUNFIRE_AFTER, GUNFIRE_TARGETS, METADATA_OPENERS,
    NEGATORS, NOT_THE_SHOOT, OPENING_EVENTS, POST_TIME, STORY as STORY_CUES, WRITINGS,
};

/// A trigger phrase found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Trigger {
    /// Byte offset of the trigger in the sentence.
    pub start: usize,
    /// Byte offset one past it.
    pub end: usize,
    /// Byte offset where the whole phrase that reports it opens (at or before `start`): a
    /// title inside it ("moved its thriller “Other” to May 2") names the work it tells of.
    pub phrase: usize,
    /// The kind of event it reports.
    pub kind: EventKind,
    /// Which event of that kind it reports ("trailer", "images", "dismissal").
    pub topic: &'static str,
}

/// Kinds a production normally meets once: reports of them are the same event unless their dates clash.
pub(crate) fn is_singular(kind: EventKind) -> bool {
    use EventKind::*;
    matches!(kind, FilmingStart | FilmingStop | FilmingResume | Wrap | Incident | Premiere | Release)
}

/// Kinds whose event opens a period (a shoot, a run in theatres): dated by a range, they
/// happen on its first day.
pub(crate) fn opens_period(kind: EventKind) -> bool {
    matches!(kind, EventKind::FilmingStart | EventKind::Release)
}

type Rule = (EventKind, &'static str, Regex);

/// The vocabulary: kind, topic, pattern.
#[rustfmt::skip]
const TABLE: &[(EventKind, &str, &str)] = {
    use EventKind::*;
    &[
        // Development: story, script, rights, attachment of talent.
        (Development, "writing", r"(?i)\bco-?wr(?:ote|itten|iting)\b"),
        (Development, "writing", r"(?i)\b(?:wrote|written|penned)\s+(?:the\s+|a\s+)?(?:script|screenplay|story|treatment)\b"),
        (Development, "writing", r"(?i)\bbased on (?:a|an|the|his|her|their) (?:true |short |real-life )?(?:story|novel|book|article|play|memoir|script)\b"),
        (Development, "plan", r"(?i)\b(?:had|has|have) (?:planned|hoped|intended) to (?:star|direct|produce|write|make)\b"),
        (Development, "attachment", r"(?i)\b(?:attached|signed on) to (?:star|direct|produce|write)\b"),
        (Development, "attachment", r"(?i)\bjoined the (?:project|production|film|movie)\b|\bjoined the crew\b|\bjoined the team as\b"),
        (Development, "attachment", r"(?i)\b(?:came|comes|signed) on (?:board )?as (?:an? )?(?:executive )?producer\b|\bcame aboard as (?:an? )?(?:executive )?producer\b|\bboarded the (?:project|film|production|drama|movie|western|thriller|comedy|feature|documentary)(?:\s|[,.;]|$)|\b(?:was|were) hired to (?:write|direct|produce|rewrite)\b"),
        (Development, "rights", r"(?i)\b(?:optioned|acquired|bought|purchased) the (?:film |screen |movie )?rights\b|\b(?:optioned|bought) the (?:[\w-]+ )?(?:novel|book|memoir|play|short story)\b"),
        // "Gannet Films acquired the project in May 2024": a company taking the project on.
        (Development, "rights", r"(?i)\b(?:acquired|optioned|bought|picked up|purchased) the (?:project|script|screenplay|spec script|pitch)\b"),
        (Development, "greenlight", r"(?i)\bgreen-?(?:lit|lighted)\b"),
        (Development, "development", r"(?i)\b(?:developing|developed) (?:the |a |an |his |her |their )?(?:[\w-]+ )?(?:script|screenplay|project|adaptation)\b"),
        // Financing: money and deals.
        (Financing, "finance", r"(?i)\b(?:financed|funded|bankrolled|co-financed) by\b"),
        (Financing, "finance", r"(?i)\bfinancing (?:from|by)\b"),
        (Financing, "finance", r"(?i)\b(?:is|are|was|were|has been|have been) (?:fully |solely |partly |also )?(?:co-?)?(?:financing|funding|bankrolling) (?:the|this|its)\b"),
        // Sales agents and buyers: "boarded international sales", "reported deals for France".
        (Financing, "sales", r"(?i)\b(?:boarded|boards|has boarded|took on|takes on|picked up|picks up) (?:the )?(?:international|worldwide|world|foreign|global|domestic|north american) (?:sales|distribution)\b"),
        (Financing, "deals", r"\b(?i:reported|closed|struck|sealed|inked|announced|signed) (?:[\w-]+ ){0,2}?(?i:deals) (?i:for|in|with) \p{Lu}"),
        (Financing, "deals", r"(?i)\b(?:sold|sells) the (?:film|movie|drama|documentary|western|comedy|thriller|feature|picture) to\b"),
        // "has licensed the film to the streamer Lumo": a distributor passing on rights.
        (Financing, "deals", r"(?i)\b(?:licensed|licenses|licensing|sublicensed) (?:it|the (?:film|movie|drama|documentary|western|comedy|thriller|feature|picture)|(?:the )?(?:[\w-]+ )?rights) to\b"),
        (Financing, "acquisition", r"(?i)\b(?:acquired|acquires|bought|buys|purchased|picked up|picks up|snapped up|snaps up|nabbed|nabs|scooped up) the (?:film|movie|drama|documentary|western|comedy|thriller|feature|picture)(?:\s*[,.;]|\s+(?:for|after|in|at|from|and|following|ahead|before|on)\b|$)"),
        // "agreed to finance the $9 million budget": a financier's commitment, told as done.
        (Financing, "finance", r"(?i)\b(?:agreed|signed on|stepped in|came aboard|came on board) to (?:co-?)?(?:finance|fund|bankroll)\b"),
        (Financing, "finance", r"(?i)\braised \$"),
        // A public incentive approved for the shoot: "the board approved a rebate of up to $1.4 million".
        (Financing, "incentive", r"(?i)\b(?:approved|awarded|granted)\s+(?:a|an|the|its)\s+(?:[\w$.,’'-]+\s+){0,3}?(?:rebate|incentive|tax credit|production grant)\b"),
        // "received a $2 million tax credit", "secured financing for the drama".
        (Financing, "incentive", r"(?i)\b(?:received|receives|was awarded|won|secured|landed)\s+(?:a|an|the|its)\s+(?:[\w$.,’'-]+\s+){0,3}?(?:rebate|incentive|tax credit|(?:production )?grant)\b"),
        (Financing, "finance", r"(?i)\b(?:secured|raised|closed|obtained|landed)\s+(?:[\w$.,’'-]+\s+){0,3}?(?:financing|funding)\b"),
        // "The drama was acquired by Vesta Pictures" (not a company bought by another).
        (Financing, "acquisition", r#"(?i)(?:\b(?:film|movie|drama|documentary|western|comedy|thriller|feature|picture|project|rights)|[”"’])\s+(?:was|were|has been|had been) (?:acquired|picked up) by\b"#),
        // Crowdfunding told as done: "4,211 backers pledged $312,480".
        (Financing, "crowdfunding", r"(?i)\b(?:backers|supporters|donors) pledged\b"),
        // "We have a distributor!", "landed a distributor".
        (Financing, "acquisition", r"(?i)\b(?:have|has|found|landed|secured) a (?:distributor|distribution partner)\b"),
        // "acquired “Title” in November": the buyer names the work by its title.
        (Financing, "acquisition", r#"\b(?i:acquired|acquires|picked up|picks up) [“"]\p{Lu}"#),
        (Financing, "finance", r"(?i)\bsales rights\b"),
        (Financing, "finance", r"(?i)\b(?:handling|handles?|handled) (?:the )?(?:international|domestic|foreign|worldwide|world) sales\b"),
        (Financing, "finance", r"(?i)\bdistribution (?:deal|rights)\b|\bpicked up for (?:distribution|release)\b"),
        // "has secured US distribution through Vesta", "landed a distributor".
        (Financing, "finance", r"(?i)\b(?:secured|landed|found|clinched|struck|signed)\s+(?:a\s+|an\s+)?(?:[\w.-]+\s+){0,2}?(?:distribution|distributor)\b"),
        (Financing, "finance", r"(?i)\b(?:acquired|bought|picked up|landed|secured|snapped up|nabbed|scooped up) (?:the )?(?:(?:north|american|u\.s\.|us|domestic|international|foreign|worldwide|world|global|north american|uk|european|latin american)\s+)+(?:distribution |sales |streaming |theatrical |tv |television |broadcast )?rights\b"),
        // Casting.
        (Casting, "cast", r"(?i)\bjoined the (?:[\w-]+ )?cast\b"),
        // "Casting was completed in August", "the studio announced the full cast".
        (Casting, "cast", r"(?i)\bcasting (?:was|has been|had been|is) (?:completed|finali[sz]ed|wrapped|finished|locked)\b|\b(?:announced|unveiled|revealed|completed|finali[sz]ed|rounded out) (?:the|its|their) (?:full |main |complete |principal |supporting )?(?:cast|ensemble)\b"),
        // "X and Y round out the cast" describes a cast list; only the past tense reports an event.
        (Casting, "cast", r"(?i)\b(?:rounded|rounding) out the (?:[\w-]+ )?cast\b"),
        (Casting, "cast", r"(?i)\b(?:was|were|has been|have been|had been) cast (?:as|in)\b"),
        (Casting, "cast", r"(?i)\bsigned on to (?:star|play|appear)\b"),
        (Casting, "cast", r"(?i)\b(?:is|are|has been|have been|was|were) (?:set|tapped|attached) to (?:star|co-star|play)\b"),
        (Casting, "cast", r"(?i)\b(?:boarded|added to) the (?:cast|ensemble)\b"),
        (Casting, "cast", r"(?i)\b(?:landed|won|nabbed) the (?:lead |leading |title |starring )?role\b"),
        // "Tom Vale replaced Ana Ruiz in the lead role", "… as the sheriff".
        (Casting, "cast", r"\b(?i:replaced|replaces|will replace|is replacing|stepped in for|steps in for)\s+\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,2}\s+(?i:in the (?:[\w-]+ )?role|as)\b"),
        // Pre-production and delays before the shoot.
        (PreProduction, "delay", r"(?i)\b(?:delayed|postponed|pushed back)\b[^.;]{0,60}?\b(?:start|filming|shoot|shooting|production)\b"),
        (PreProduction, "delay", r"(?i)\b(?:filming|shooting|production|shoot)\s+(?:was |were |had been |has been |got )?(?P<t>delayed|postponed|pushed back)\b"),
        (PreProduction, "prep", r"(?i)\b(?:pre-?production (?:began|started|is underway)|location scouting|rehearsals (?:began|started)|went into pre-?production)\b"),
        // "The cast gathered for a table read on July 1".
        (PreProduction, "prep", r"(?i)\b(?:a|the|first) (?:table[ -]read|read-through)\b"),
        // Principal photography.
        (FilmingStart, "start", r"(?i)\b(?:filming|shooting|production|principal photography|cameras|the shoot|the \w+-(?:week|day|month) shoot)\s+(?:on\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}\s+)?(?:(?:had|has|have)\s+)?(?:officially\s+|finally\s+)?(?:started rolling|began|begins|begun|started|starts|commenced|commences|kicked off|kicks off|got under ?way|is under ?way|was under ?way|rolled)\b"),
        (FilmingStart, "start", r"(?i)\b(?:began|begin|begins|started|starts|start|commenced)\s+(?:filming|shooting|production|principal photography)\b"),
        (FilmingStart, "start", r"(?i)\bwent into production\b|\bwent before (?:the )?cameras\b"),
        // "Filming on “Dust,” the new drama from X, began last month": the title and its description.
        (FilmingStart, "start", r#"(?i)\b(?:filming|shooting|production|principal photography) (?:on|of) [“"][^”"]{1,60}[”"],?\s+(?:[^.;]{0,80}?,\s+)?(?P<t>began|begun|started|commenced|kicked off|got under ?way|rolled)\b"#),
        // "crews have been shooting in Woodstock since Sept. 22": the shoot began then.
        (FilmingStart, "start", r"(?i)\b(?:have|has) been (?:shooting|filming)\b[^.;]{0,80}?\b(?P<t>since)\b"),
        // The shoot told with its time: "we shot it in the fall of 2023", "the drama was
        // filmed in and around Bartown last fall" (the work or its makers as subject, not "he was shot").
        (FilmingStart, "start", r"(?i)\b(?:we|they|it|the (?:film|movie|drama|western|comedy|thriller|documentary|feature|picture|series))(?:\s+|,\s+)(?:was\s+|were\s+)?(?:shot|filmed)\s+(?:it\s+)?(?:(?:in and around|in|around|outside|near|at|on)\s+[^.;,]{1,40}?\s+)?(?:in|during|over|last|this)\s+(?:the\s+)?(?:fall|autumn|spring|summer|winter|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b"),
        // A fronted participle: "Shot in 2024, the film follows a rancher".
        (FilmingStart, "start", r"^\W*(?P<t>Shot|Filmed) (?:in|on location in|during|across|entirely in)\s+(?:and around\s+)?(?:\p{Lu}|\d{4}|the (?:spring|summer|fall|autumn|winter))[^.;,]{0,60},"),
        // Announced: "filming is set to begin in April" (its mood is read from "set to").
        (FilmingStart, "start", r"(?i)\b(?:filming|shooting|production|principal photography|cameras|the shoot)\s+(?:is|are|was|were|had been|has been)\s+(?:set|scheduled|slated|due|expected|planned) to (?P<t>begin|start|commence|roll)\b"),
        // The shoot told as taking place ("Filming will take place in the district from Monday,
        // Oct. 6 through Oct. 10"): its first day is the start.
        (FilmingStart, "start", r#"(?i)\b(?:filming|shooting|principal photography|the shoot)\s+(?:(?:on|of)\s+[\w’'“”"-]+(?:\s+[\w’'“”"-]+){0,5}\s+)?(?:will\s+|is\s+(?:set|scheduled|slated|expected)\s+to\s+|is\s+to\s+)?(?P<t>take|takes|took)\s+place\b"#),
        // The shoot told by its length: "Filming ran from Jan. 4 to Feb. 15", "the crew spent six
        // weeks shooting in Utah last fall" (its first day, or its time, is the start).
        (FilmingStart, "start", r"(?i)\b(?:filming|shooting|principal photography|the shoot|production)\s+(?:lasted|ran|runs|will run|spanned|stretched)\s+from\b"),
        (FilmingStart, "start", r"(?i)\b(?:we|they|the (?:cast and crew|crew|production|team|company))\s+spent\s+(?:\w+\s+){1,2}(?:days|weeks|months)\s+(?:filming|shooting)\b"),
        // A shoot told by its place and period: "a feature film shooting in Bexley from April 8 to
        // April 12" (its first day), "the prologue is to be shot in Bexley", "will shoot in Utah".
        (FilmingStart, "start", r"(?i)\b(?:film|feature|movie|production|series|drama|western|thriller|comedy|documentary|project)\s+(?P<t>shooting|filming)\s+(?:in|at|on location in)\s+[^.;]{1,60}?\bfrom\b"),
        (FilmingStart, "start", r"(?i)\b(?:is|are|was|were)\s+to\s+be\s+(?P<t>shot|filmed)\s+(?:in|at|on location|on|over|during|entirely)\b|\bwill\s+(?:shoot|film|be shot|be filmed)\s+(?:in|at|on location|over|during|entirely)\b"),
        // "Cameras will roll in September".
        (FilmingStart, "start", r"(?i)\bcameras (?:will|are (?:set|scheduled|expected|due) to) (?P<t>roll)\b"),
        // A labelled field of a press kit or fact box: "Filming dates: May 4 – June 20, 2025".
        (FilmingStart, "start", r"(?i)^\W*(?:filming dates|filming|shooting dates|shooting|principal photography|production dates|start date|start of (?:principal )?photography)\s*:"),
        // Nominal: "the start of principal photography in May 2019".
        (FilmingStart, "start", r"(?i)\b(?:start|beginning|commencement) of (?:principal photography|filming|shooting|the shoot)\b"),
        (FilmingStop, "stop", r"(?i)\b(?:filming|shooting|production|the shoot)\s+(?:(?:on|of)\s+[\w‘’'“”-]+(?:\s+[\w‘’'“”-]+){0,5}\s+)?(?:was |were |has been |had been |is |got )?(?:temporarily |indefinitely |then |abruptly )?(?:paused|halted|suspended|stopped|shut down|put on hold)\b"),
        (FilmingStop, "stop", r"(?i)\b(?:paused|halted|suspended|stopped|shut down)\s+(?:all\s+)?(?:filming|shooting|production)\b"),
        // "The accident brought production to a halt", "filming ground to a standstill".
        // Told as a necessity or a loss: "production was forced to shut down", "the shoot was abandoned".
        (FilmingStop, "stop", r"(?i)\b(?:filming|shooting|production|the shoot)\s+(?:(?:on|of)\s+[\w‘’'“”-]+(?:\s+[\w‘’'“”-]+){0,5}\s+)?(?:was|were|had been|is|has been)\s+(?:forced|obliged|made) to (?P<t>shut down|halt|stop|pause|suspend|close)\b|\b(?:filming|shooting|production|the shoot)\s+(?:(?:on|of)\s+[\w‘’'“”-]+(?:\s+[\w‘’'“”-]+){0,5}\s+)?(?:had to|was to) (?P<u>shut down|halt|stop|pause)\b"),
        (FilmingStop, "stop", r"(?i)\b(?:brought|bringing|brings) (?:all )?(?:filming|shooting|production|the shoot) to an? (?:abrupt |sudden )?(?:halt|standstill|stop|close)\b|\b(?:filming|shooting|production|the shoot) (?:ground|came) to an? (?:abrupt |sudden )?(?:halt|standstill|stop)\b"),
        // A crew's walk-out: "thirty crew members walked off the set on Monday".
        (FilmingStop, "stop", r"(?i)\b(?:crews?|crew members|workers|members|technicians|grips|electricians)\b[^.;]{0,60}?\b(?:walked off|walked out of|walked out on) (?:the |their )?(?:set|job|production|shoot)\b"),
        // "The production went on hiatus on Tuesday", "the shoot went dark for a week".
        (FilmingStop, "stop", r"(?i)\b(?:filming|shooting|production|the shoot|the film|the movie|the series)\s+(?:(?:was|has|had|then|briefly|temporarily)\s+)*(?:went|gone|goes|is|was|were) (?:on hiatus|dark)\b"),
        // "When cameras stopped rolling on Oct. 21".
        (FilmingStop, "stop", r"(?i)\bcameras (?:stopped|stop|quit) rolling\b"),
        // A shooting day lost: "the production had already lost a day on the 18th".
        (FilmingStop, "stop", r"(?i)\b(?:the production|the shoot|the crew|filming|production)\b[^.;]{0,30}?\b(?P<t>lost) (?:a|one|two|three|another|a full) (?:full )?(?:shooting |filming )?days?\b"),
        // "forced the crew to stop filming on Monday" (not "stop production designers …").
        (FilmingStop, "stop", r"(?i)\b(?:stop|halt|pause|suspend|shut down)\s+(?:all\s+)?(?:filming|shooting|production)(?:\s+(?:on|in|at|for|after|until|while|when|because|due|last|this|early|again|temporarily|indefinitely|and)\b|\s*[,.;—–]|$)"),
        (FilmingStop, "stop", r"(?i)\b(?:filming|production|photography)\b[^.;]{0,80}?\bbut (?:was|were|had been|got) (?P<t>shut down|halted|suspended|paused|stopped)\b"),
        (FilmingStop, "stop", r"(?i)\b(?:pause|halt|suspension|shutdown|stoppage) (?:in|of|to) (?:the )?(?:filming|shooting|production)\b"),
        // "Work on the film stopped after the accident".
        (FilmingStop, "stop", r"(?i)\bwork on (?:the|this) (?:film|movie|production|set|western|drama|picture)\s+(?:was\s+)?(?:stopped|halted|suspended|paused)\b"),
        (FilmingResume, "resume", r"(?i)\bresum(?:ed|es|e|ing)\s+(?:production|filming|shooting|principal photography)\b"),
        (FilmingResume, "resume", r#"(?i)\b(?:production|filming|shooting|photography|the shoot)\s+(?:on\s+[\w’'"“”-]+(?:\s+[\w’'"“”-]+){0,5}\s+)?(?:(?:has|had|was|is|finally|eventually|then|officially)\s+)*(?:resumed|resumes|restarted|restarts)\b"#),
        (FilmingResume, "resume", r"(?i)\b(?:production|filming|shooting|the shoot)\s+(?:was |were |has been |had been )?(?:then |later |eventually )?(?:moved|relocated) to\b"),
        (FilmingResume, "resume", r"(?i)\b(?:returned|returning) to (?:the set|set|production|filming|shooting)\b"),
        (FilmingResume, "resume", r"(?i)\b(?:production|filming|shooting)\s+picked (?:back )?up\b|\b(?:the )?(?:cast and crew|crew) (?:returned to|resumed) work\b"),
        // Announced: "filming would resume in April", "production is expected to restart".
        (FilmingResume, "resume", r"(?i)\b(?:production|filming|shooting|photography|the shoot)\s+(?:will|would|is (?:set|expected|scheduled|slated|due) to|was (?:set|expected|scheduled) to)\s+(?P<t>resume|restart)\b"),
        (FilmingResume, "resume", r"(?i)\bresumption of (?:principal photography|filming|shooting|production|the shoot)\b"),
        // "We were back shooting the farm scenes on Wednesday".
        (FilmingResume, "resume", r"(?i)\b(?:were|was|are|is|got) back (?:shooting|filming|on set)\b"),
        // "paused filming that afternoon and was back at work the next morning": the halted shoot back.
        (FilmingResume, "resume", r"(?i)\b(?:paused|halted|suspended|stopped)\s+(?:filming|shooting|production|work)\b[^.;]{0,40}?\band (?:was|were) (?P<t>back (?:at|to) work)\b"),
        // "A day later, the crew was back at work": the crew, not anyone, back at work.
        (FilmingResume, "resume", r"(?i)\b(?:the crews?|the cast and crew|the production|the unit|we|they)\s+(?:was|were|got)\s+back (?:at|to) work\b"),
        (FilmingResume, "resume", r"(?i)\b(?:filming|shooting|production|photography|the shoot)\s+(?:on\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}\s+)?(?:was |were |had been |has been )?(?:then |later |temporarily )?(?:suspended|paused|halted|stopped|shut down)\b[^.;]{0,60}?\band (?:then |later |was |did not |didn['’]t )?(?P<t>resumed|restarted|picked (?:back )?up|resume|restart|pick (?:back )?up)\b"),
        (Wrap, "wrap", r"(?i)\bwrap(?:ped|s|ping)?\s+(?:up\s+)?(?:filming|production|shooting|principal photography)\b"),
        // "After wrapping in December, the production moved into editing".
        (Wrap, "wrap", r"(?i)\b(?:after|since|before|upon|following) (?P<t>wrapping)\b"),
        (Wrap, "wrap", r"(?i)\b(?:filming|production|shooting|photography|film|movie|shoot)\s+(?:(?:has|had|was|officially)\s+)*(?:wrapped|wraps)\b"),
        // "Principal photography on Ana Ruiz's drama “Dust” wrapped on Oct. 31": the work named between.
        (Wrap, "wrap", r#"(?i)\b(?:filming|production|shooting|principal photography|the shoot)\s+(?:on|of)\s+[\w‘’'“”"-]+(?:\s+[\w‘’'“”"-]+){0,5}\s+(?:(?:has|had|was|officially|finally)\s+)*(?P<t>wrapped|wraps)\b"#),
        (Wrap, "wrap", r"(?i)\b(?:filming|production|shooting|shoot|photography)\b[^.;]{0,80}?\band (?:then |later |finally )?(?P<t>wrapped)\b"),
        (Wrap, "wrap", r"(?i)\b(?:done|finished|completed|finishing|completing)\s+(?:shooting|filming|principal photography|production)\b"),
        (Wrap, "wrap", r"(?i)\b(?:finished|completed|finishing|completing|concluded|ended)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?shoot\b"),
        // "Filming was completed in May".
        (Wrap, "wrap", r"(?i)\b(?:filming|shooting|principal photography|the shoot)\s+(?:was|were|had been|has been)\s+(?P<t>completed|finished)\b"),
        (Wrap, "wrap", r"(?i)\blast day (?:on|of) (?:the )?(?:set|filming|shooting|production|shoot)\b"),
        (Wrap, "wrap", r"(?i)\b(?:filming|shooting|principal photography|the shoot)\s+(?:finally\s+)?(?:finished|ended|concluded)\b"),
        (Wrap, "wrap", r"(?i)\bthat['’]?s a wrap\b"),
        // "the director called the last “cut” on April 25": the shoot's final take.
        (Wrap, "wrap", r#"(?i)\bcalled (?:the |a )?(?:last|final) [“"‘']?(?:cut|wrap)\b"#),
        // A labelled field of a production chart or fact box: "Wrap date: April 25, 2025".
        (Wrap, "wrap", r"(?i)^\W*(?:wrap date|wrap|wrapped|filming ended|end of (?:principal )?photography)\s*:"),
        (Wrap, "wrap", r"(?i)\b(?:the cast and crew|the cast|the crew|we|they) (?:finally |officially )?wrapped\b"),
        (Wrap, "wrap", r"(?i)\b(?:filming|shooting|production|photography|the shoot)\b[^.;]{0,60}?\b(?:set|scheduled|slated|due|expected|planned) to (?P<t>wrap)\b"),
        (Wrap, "wrap", r"(?i)\b(?:end|completion) of (?:principal photography|filming|shooting|the shoot)\b"),
        // A plan told by its maker: "plans to wrap in early May", "now expect to wrap by June".
        (Wrap, "wrap", r"(?i)\b(?:plans?|planned|expects?|expected|hopes?|aims?) to (?P<t>wrap)(?:\s+(?:up\s+)?(?:filming|production|shooting|principal photography))?\s+(?:in|by|on|before)\b"),
        // "is scheduled to begin April 14 and wrap May 30": the wrap shares the plan.
        (Wrap, "wrap", r"(?i)\b(?:set|scheduled|slated|due|expected|planned) to (?:begin|start|commence|roll)\b[^.;]{0,40}?\band (?:to )?(?P<t>wrap)\b"),
        // Incidents on set.
        (Incident, "incident", r"(?i)\b(?:fatal(?:ly)?|accidental(?:ly)?) shoot(?:ing)?\b|\bfatally shot\b|\bshot and killed\b"),
        (Incident, "incident", r"(?i)\b(?:(?:was|were|got|been) (?:[a-z]+ly )?killed|died)\b[^.;]{0,40}?\b(?:on (?:the )?set|during (?:filming|production|a scene|rehearsals?)|while filming)\b"),
        (Incident, "incident", r"(?i)\b(?:killed|died|death) on (?:the )?set\b|\b(?:killed|died|injured|wounded) on (?:the |a |its |their )(?:[\w’'-]+ ){1,3}?set\b"),
        (Incident, "incident", r"(?i)\bdeath of\b[^.;,]{0,40}?\bon (?:the )?set\b|\bon-set shooting\b|\b(?:the|a|an|fatal|deadly|tragic)\s+[\w’'-]+\s+set shooting\b"),
        (Incident, "incident", r"(?i)\b(?:was|were|got|been) (?:[a-z]+ly )?(?:injured|hurt|wounded|hospitali[sz]ed)\b[^.;]{0,40}?\b(?:on (?:the )?set|during (?:filming|production|a scene|a stunt|a [\w-]+ (?:sequence|scene|shoot)|rehearsals?)|while filming)\b"),
        (Incident, "incident", r"\b(?:killing|injuring|wounding) (?:(?:director|actor|actress|cinematographer|producer|crew member|[a-z]+er) )?\p{Lu}"),
        (Incident, "incident", r"(?i)\b(?:on-set|on set|tragic|fatal|deadly|shooting|stunt|prop) accident\b"),
        (Incident, "incident", r"(?i)\baccident on (?:the )?(?:[\w-]+ ){0,3}set\b"),
        (Incident, "incident", r"(?i)\b(?:gun|firearm|weapon|revolver|pistol)\b[^.;]{0,60}?\b(?:discharged|went off|misfired|was fired)\b"),
        (Incident, "incident", r"(?i)\bclaimed the li(?:fe|ves) of\b"),
        // "The shooting happened on Oct. 21 at the ranch": the harm named and placed in time.
        (Incident, "incident", r"(?i)\b(?:the|a|an) (?:fatal |deadly |accidental |on-set )?(?:shooting|accident|crash|collapse|explosion) (?:happened|occurred|took place)\b"),
        // A live round that struck someone: "a live round fired from a prop gun killed …".
        (Incident, "incident", r"(?i)\b(?:live round|live ammunition|bullet)\b[^.;]{0,60}?\b(?:killed|wounded|injured|struck|hit)\b"),
        // "died after being shot by a prop gun".
        (Incident, "incident", r"(?i)\bshot (?:by|with) (?:a|an|the) (?:prop |loaded |live )?(?:gun|firearm|revolver|pistol|rifle|weapon)\b|\bdied after being (?:shot|struck|hit)\b"),
        // The harm told with its cause: "was killed Tuesday when a lighting rig collapsed".
        (Incident, "incident", r"(?i)\b(?:(?:was|were|got|been) (?:[a-z]+ly )?(?:killed|injured|hurt|wounded|struck|shot|hit)|died)\b[^.;]{0,40}?\bwhen (?:an?|the|his|her|their) (?:[\w'’-]+ ){0,12}?(?:collapsed|rolled|rolled over|overturned|toppled|tipped over|exploded|fell|crashed|caught fire|gave way|failed|snapped|broke|misfired|went off|fired|discharged)\b"),
        // "the crash that injured …", "the collapse that killed …".
        (Incident, "incident", r"(?i)\b(?:crash|collapse|accident|explosion|rollover|fire|blaze)\s+that (?:killed|injured|hurt|wounded)\b"),
        (Incident, "incident", r"(?i)\bleft\b[^.;]{0,60}?\bdead\b"),
        // Weather or fire wrecking a set: "a windstorm flattened the depot's platform set".
        (Incident, "incident", r"(?i)\b(?:storm|windstorm|wind|winds|gale|flood|flash flood|hail|hailstorm|tornado|dust storm|fire|blaze|lightning)\s+(?:flattened|destroyed|damaged|wrecked|toppled|knocked down|blew down|tore down|swept away|washed out|burned down|gutted|swept through|tore through|ripped through|flooded)\s+(?:the\s+|a\s+|an\s+|its\s+|our\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?sets?\b"),
        (Incident, "incident", r"(?i)\b(?:fire|explosion|crash|collapse) on (?:the )?set\b"),
        // Rigging that gave way, with the set or the shoot named around it: "a lighting platform
        // on the set at the mill partially collapsed", "a crane toppled during a night shoot".
        (Incident, "incident", r"(?i)\b(?:platform|rig|rigging|scaffold|scaffolding|crane|catwalk|lighting (?:tower|grid|stand)|set wall)\b[^.;]{0,60}?\b(?:on (?:the|a|its) (?:[\w-]+ )?set|during (?:a|the) (?:[\w-]+ )?(?:shoot|scene|take|stunt|rehearsal))\b[^.;]{0,60}?\b(?:partially |partly |suddenly )?(?P<t>collapsed|gave way|toppled|caved in)\b"),
        (Incident, "incident", r"(?i)\b(?:platform|rig|rigging|scaffold|scaffolding|crane|catwalk|lighting (?:tower|grid|stand)|set wall)\s+(?:partially |partly |suddenly )?(?:collapsed|gave way|toppled|caved in)\s+(?:during (?:a|the) (?:[\w-]+ )?(?:shoot|scene|take|stunt|rehearsal)|on (?:the|a|its) (?:[\w-]+ )?set)\b"),
        // Rigging that came down on someone named by trade: "a lighting rig tipped over on the mill
        // floor and grazed a grip".
        (Incident, "incident", r"(?i)\b(?:rig|rigging|scaffold|scaffolding|crane|catwalk|lighting (?:tower|grid|stand)|set wall)\s+(?:partially |partly |suddenly )?(?P<t>tipped over|toppled|collapsed|gave way|fell)\b[^.;]{0,50}?\b(?:grazed|struck|hit|injured|hurt|pinned|crushed|killed)\s+(?:an?|the|two|three|several) (?:[\w-]+ )?(?:crew members?|grips?|gaffers?|electricians?|riggers?|technicians?|camera operators?|extras|actors?|actress(?:es)?|workers)\b"),
        // A fire named by what burned: "a grass fire, started by a spark", "the grass fire of April 22".
        (Incident, "incident", r"(?i)\b(?:a|an|the)\s+(?:grass|brush|pasture|electrical|generator)\s+fire\b"),
        // Equipment failing on the set or in a scene being shot: "a camera crane collapsed on the
        // set of …", "a wagon rig overturned during a stampede scene".
        (Incident, "incident", r"(?i)\b(?:collapsed|exploded|caught fire|overturned|toppled|gave way|fell|crashed|rolled over)\s+(?:on (?:the )?set\b|during (?:filming|the shoot|(?:a|the) (?:[\w-]+ ){0,2}?(?:scene|sequence|stunt|take)s?)\b)"),
        // Harm told with the set or the shoot around it: "suffered a head injury during a stunt",
        // "was struck by a car while filming".
        (Incident, "incident", r"(?i)\b(?:suffered|sustained)\s+[^.;]{0,30}?\b(?:injury|injuries|burns|concussion|fractures?)\b[^.;]{0,40}?\b(?:on (?:the )?set|during (?:filming|production|a scene|a stunt|the stunt|rehearsals?|a take|a [\w-]+ (?:sequence|scene|shoot))|while filming)\b"),
        (Incident, "incident", r"(?i)\b(?:was|were)\s+(?:struck|hit|run over|crushed|pinned|thrown|trampled)\s+by\b[^.;]{0,40}?\b(?:on (?:the )?set|while filming|during (?:filming|a scene|a stunt|the shoot|a take))\b"),
        // "A pyrotechnic explosion injured three crew members" (a crew, not a story's victims).
        (Incident, "incident", r"(?i)\b(?:explosion|blast|fire|blaze|crash|collapse|accident|stunt)\s+(?:injured|killed|hurt|wounded|burned)\s+(?:[\w-]+\s+){0,3}?(?:crew members?|members of the (?:cast|crew)|cast members?|grips?|gaffers?|electricians?|riggers?|stunt (?:performers?|doubles?|coordinators?)|stunt(?:wo)?men|extras|technicians?|camera operators?|pilots?|drivers?|actors?|actress(?:es)?|workers)\b"),
        // "was hospitalized after a stunt went wrong".
        (Incident, "incident", r"(?i)\b(?:stunt|explosion|pyrotechnic effect|special effect|effects shot)\s+(?:went|gone|goes) (?:wrong|awry)\b"),
        // "…, injuring a grip": the harm to a crew member named by trade.
        (Incident, "incident", r"(?i)\b(?:killing|injuring|wounding) (?:an?|the|two|three|four|several) (?:[\w-]+ )?(?:crew members?|grips?|gaffers?|electricians?|riggers?|stunt (?:performers?|doubles?)|stunt(?:wo)?men|extras|technicians?|camera operators?|pilots?|drivers?|actors?|actress(?:es)?)\b"),
        (Incident, "incident", r"(?i)\bthe (?:fire|blaze|explosion) (?:broke out|erupted|started)\b|\b(?:fire|blaze|explosion) (?:broke out|erupted|started)\b[^.;]{0,40}?\b(?:on (?:the )?set|during (?:filming|production|the shoot|a scene|a stunt|rehearsals?)|at the (?:studio|set|location))\b"),
        // A fall told as done ("fell from a rigging platform", "rehearsing a fall from …"); the
        // present "falls from his horse" is how a plot is told, and stays out.
        (Incident, "incident", r"(?i)\b(?:fell|plunged|tumbled|(?:a|the|his|her) fall)\s+(?:[\w-]+\s+){0,3}?(?:from|off|onto|to)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:platform|rig|rigging|scaffold|scaffolding|ledge|cliff|catwalk|ladder|crane|balcony|roof|horse|stage|floor|ground|rocks?)\b"),
        // Harm told with a fall or a blow as its cause: "died after falling from a lighting rig".
        (Incident, "incident", r"(?i)\b(?:died|was killed|were killed|was injured|were injured|was hurt|was hospitali[sz]ed|were hospitali[sz]ed)\s+(?:[a-z]+\s+){0,2}?after\s+(?:falling|a fall|being (?:struck|hit|crushed|pinned|thrown))\b"),
        // Harm told by its care: "were treated for heat exhaustion", "was hospitalized with burns".
        (Incident, "incident", r"(?i)\b(?:was|were) (?:[a-z]+ly )?treated for (?:heat (?:exhaustion|stroke)|burns|smoke inhalation|injuries|dehydration)\b"),
        // The injury told as done: "broke his pelvis", "fractured her wrist".
        (Incident, "incident", r"(?i)\b(?:broke|fractured|shattered)\s+(?:his|her|their|a|an|both)\s+(?:[\w-]+\s+)?(?:pelvis|legs?|arms?|back|neck|skull|ankles?|wrists?|hips?|ribs?|collarbone|jaw|spine|foot|feet)\b"),
        // An accident named by its date: "the April 3, 2024, collapse", "the March 2019 accident".
        (Incident, "incident", r"\b(?i:the|a|an|its|their|that)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+(?:\d{4},?\s+)?|\d{4}\s+)|\d{4}\s+)(?:fatal\s+|deadly\s+)?(?:(?:collapse|crash|accident|explosion|rollover|blaze)\b|(?:fall|shooting)(?:\s*[,.;]|\s+(?:near|at|on|from|off|in|of|that|which|during)\b))"),
        // Investigations.
        (Investigation, "investigation", r"(?i)\b(?:opened|launched|began) (?:an? |the |its )(?:case|inspection|inquiry|investigation|probe)\b|\b(?:is|are|was|were) (?:also )?(?:investigating|probing)\b"),
        (Investigation, "investigation", r"(?i)\b(?:opened|launched|began|led to|prompted|ongoing|criminal|police|sheriff['’]s|safety|official|federal|state)\s+(?:an?\s+)?(?:investigations?|probe|inquiry)\b|\b(?:investigations?|probe|inquiry)\s+(?:into|by|of)\s+(?:the\s+)?(?:shooting|death|accident|incident|crash|fire|set|production)\b|\binvestigators\b|\bsearch warrant\b|\binquest\b"),
        // An inquiry closed or handed on.
        (Investigation, "investigation", r"(?i)\b(?:investigation|inquiry|probe) (?:was |has been )?(?:completed|concluded|closed)\b|\bhanded (?:its|their) (?:findings|report|case file) to\b"),
        // Legal steps; status nouns ("legal battles") share one topic.
        (Legal, "dismissal", r"(?i)\b(?:dismissed|dropped|threw out|tossed)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:case|charges?|lawsuit|suit|indictment)\b"),
        (Legal, "dismissal", r"(?i)\b(?:case|charges?|lawsuit|suit)\s+(?:was|were|has been|have been)\s+(?:dismissed|dropped|thrown out)\b"),
        // Passive with the subject apart ("charges against Tom Vale were dismissed") and nominal.
        (Legal, "dismissal", r"(?i)\b(?:case|charges?|lawsuit|suit|indictment)\b[^.;:]{0,80}?\b(?:was|were|has been|have been|had been)\s+(?:later\s+|formally\s+|eventually\s+)?(?P<t>dismissed|dropped|thrown out)\b"),
        // "saw the case dismissed in July".
        (Legal, "dismissal", r"(?i)\b(?:saw|had|got) (?:the|his|her|their) (?:[\w-]+ )?(?:case|charges?|lawsuit|suit|indictment) (?:against [\w-]+ )?(?P<t>dismissed|dropped|thrown out)\b"),
        (Legal, "dismissal", r"(?i)\bdismissal of (?:the |all |his |her |their )?(?:[\w-]+\s+){0,3}?(?:case|charges?|lawsuit|suit|indictment)\b"),
        (Legal, "charges", r"(?i)\bcharged with\b|\bindicted\b|\b(?:filed|brought|refiled|re-filed|reinstated)\s+(?:[\w-]+\s+)?charges\b"),
        // "Prosecutors first charged Marsh in January".
        (Legal, "charges", r"\b(?i:charged) (?:\p{Lu}[\w'’-]+|(?i:him|her|them))\b"),
        // "was charged in May" (not "were charged $20 a ticket").
        (Legal, "charges", r"(?i)\b(?:was|were|been|is|are) (?:(?:first|later|also|then|initially|formally|subsequently|eventually|jointly|separately|originally)\s+)?charged(?:\s+(?:in|on|with|by|over|after|last|this|earlier|later)\b|\s*[,.;]|$)"),
        // Testimony in court, not the idiom "the film testifies to her talent".
        (Legal, "testimony", r"(?i)\btestif(?:ied|ies)(?:\s+(?:in|on|at|before|that|for|against|about|last|this|during|under|earlier|later)\b|\s*[,.;]|$)"),
        // A regulator's penalty: "has fined the studio $40,000", "the citation was issued Sept. 9".
        (Legal, "fine", r"(?i)\b(?:has|have|had|was|were|been) fined\b|\bfine[sd]\b[^.;]{0,60}?\$\s?\d|\bcitations? (?:was |were |had been )?issued\b|\bissued (?:a |an |its |the |two |three )?(?:[\w-]+ )?citations?\b|\bcited\b[^.;]{0,40}?\bviolations?\b"),
        // A penalty settled: "agreed on April 6, 2016, to pay $19,250".
        (Legal, "fine", r"(?i)\bagreed\b[^.;]{0,30}?\bto pay \$"),
        // "issued the maximum fine", "imposed a $50,000 penalty".
        (Legal, "fine", r"(?i)\b(?:issued|imposed|levied|assessed) (?:a|an|the|its) (?:[\w$,-]+ ){0,2}?(?:fine|penalty|penalties)\b"),
        // An appeal filed, dropped or decided.
        (Legal, "appeal", r"(?i)\b(?:filed|dropped|withdrew|won|lost|rejected|denied) (?:an|the|their|its|his|her) appeal\b|\bappeal (?:was|were) (?:filed|dropped|withdrawn|denied|rejected)\b"),
        // "OSHA cited the company", "paid a $100,000 fine", "settled with the family".
        (Legal, "fine", r"(?i)\bcited (?:the|a|an|its) (?:company|production|studio|employer|producers?)\b|\bpaid (?:a|the) (?:\$[\d,]+ )?(?:fine|penalty)\b"),
        (Legal, "settlement", r"(?i)\bsettled with (?:(?:the|a|an|his|her|their|its) )?(?:[\w'’-]+ ){0,2}?(?:family|families|plaintiffs?|estate|widow|victims?|crew members?|union|state|regulators?|producers?|studio|production)\b"),
        // "the state fined the company the following spring": a fine with its object.
        (Legal, "fine", r"\b(?i:fined) (?:(?i:the|an?|its|their|his|her) |\p{Lu})"),
        (Legal, "suit", r"(?i)\b(?:filed|brought)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:lawsuit|suit)\b|\bsued\b"),
        (Legal, "suit", r"(?i)\b(?:lawsuit|suit)\b[^.;]{0,60}?\b(?:was|were|has been|had been)\s+(?P<t>filed)\b|\blawsuit,?\s+filed\b"),
        // A suit told by its plaintiff in a relative clause: "the suit that his widow brought in 2023".
        (Legal, "suit", r"(?i)\b(?:lawsuit|suit|claim|complaint),?\s+(?:that|which)\s+(?:[^.;,]{1,60}?,\s+){0,2}?[^.;,]{0,40}?\b(?P<t>brought|filed|lodged)\b"),
        // Settling is a step of its own, after the filing: "the suit … was settled in August".
        (Legal, "settlement", r"(?i)\b(?:lawsuit|suit|claim|claims)\b[^.;]{0,60}?\b(?:was|were|has been|had been)\s+(?:later\s+|eventually\s+|quietly\s+|finally\s+)?(?P<t>settled)\b"),
        // A longer gap only as a relative clause on the suit ("the suit that X brought … was settled").
        (Legal, "settlement", r"(?i)\b(?:lawsuit|suit|claim)\s+(?:that|which)\s+[^.;]{0,120}?\b(?:was|were|has been|had been)\s+(?:later\s+|eventually\s+|quietly\s+|finally\s+)?(?P<t>settled)\b"),
        (Legal, "settlement", r"(?i)\bsettled\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:claims?|lawsuits?|suits?|case)\b"),
        // Docket steps: "Complaint filed", "files a motion to dismiss", "denies the motion",
        // "the case settled".
        (Legal, "suit", r"(?:^|[—–:]\s*)(?i:complaint|amended complaint) filed\b"),
        (Legal, "settlement", r"\b(?i:the case|the lawsuit|the suit) (?:was |has been )?settled\b"),
        (Legal, "motion", r"(?i)\b(?:files|filed) (?:a|an|the) (?:[\w-]+ ){0,2}?motion\b"),
        (Legal, "ruling", r"(?i)\b(?:denies|denied|grants|granted|rejects|rejected) (?:a|an|the|their|his|her|its) (?:[\w'’-]+ ){0,2}?motion\b"),
        // Charges brought back: "prosecutors refiled them in January", "revived the case".
        (Legal, "charges", r"(?i)\b(?:refiled|re-filed|reinstated|revived)\s+(?:them|it|the\s+(?:[\w-]+\s+)?(?:case|charges?|indictment))\b"),
        // A trial under way and its verdict: "opening statements began", "returned a guilty verdict".
        (Legal, "trial", r"(?i)\bopening (?:statements|arguments) (?:began|begin|started|start|opened|were delivered|were made|got under ?way)\b|\b(?:returned|reached|delivered|handed down) (?:a|the|its) (?:[\w-]+ ){0,2}?verdicts?\b"),
        // A settlement agreed: "agreed to settle for $100,000", "settled for an undisclosed sum".
        (Legal, "settlement", r"(?i)\bagreed to settle\b|\bsettled for (?:an? |\$)"),
        // A notice of appeal: "filed notice of appeal on March 15".
        (Legal, "appeal", r"(?i)\bfiled (?:a |their |her |his |its )?notices? of appeal\b"),
        // A plea bargain and an arraignment: "took a plea deal", "was arraigned on Feb. 1".
        (Legal, "plea", r"(?i)\b(?:took|accepted|reached|struck|signed|entered|entered into|agreed to|cut)\s+(?:a|the|an)\s+plea\s+(?:deal|agreement|bargain)\b"),
        (Legal, "arraignment", r"(?i)\b(?:was|were|been|is|are)\s+(?:formally\s+)?arraigned\b|\bat (?:his|her|their|the) arraignment\b"),
        // A party asking the court to think again: "filed a motion to reconsider", "asked the judge to reconsider".
        (Legal, "motion", r"(?i)\b(?:asked|urged|petitioned)\s+(?:the\s+)?(?:judge|court|board|panel)\s+to\s+reconsider\b"),
        // "The court sets a five-day jury trial for Nov. 14": the setting, a step of its own.
        (Legal, "trial setting", r"(?i)\b(?P<t>sets|set|schedules|scheduled)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?trial\s+(?:for|on|to begin)\b"),
        // "set a June 2 trial date": the trial's day, an announced trial (the date qualifies the noun).
        (Legal, "trial", r"(?i)\btrial date\b"),
        // Jury selection opens a trial: "jury selection began on Feb. 10", "a jury was seated".
        (Legal, "trial", r"(?i)\bjury selection (?:began|begins|started|starts|opened|opens|got under ?way|is under ?way|was under ?way|resumed|wrapped up|ended)\b|\b(?:jury|jurors) (?:was|were) (?:seated|empanell?ed|impanell?ed)\b|\b(?:seated|empanell?ed|impanell?ed) (?:a|the) jury\b"),
        // A trial moved to another court or put off: "the trial was moved in November",
        // "the judge postponed the trial", "granted a change of venue".
        (Legal, "venue", r"(?i)\btrial\s+(?:was|were|has been|had been)\s+(?:later\s+)?(?P<t>moved|transferred|relocated)\b|\b(?:granted|approved|ordered|allowed)\s+(?:a|the)\s+(?:[\w'’-]+\s+){0,3}?change of venue\b"),
        (Legal, "postponement", r"(?i)\b(?:postponed|delayed|pushed back|rescheduled|continued|vacated)\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:trial|hearing|sentencing)\b|\b(?:trial|hearing|sentencing)\s+(?:was|were|has been|had been)\s+(?P<t>postponed|delayed|pushed back|rescheduled|vacated)\b"),
        // A sentencing set for a day: the date is the sentencing's ("set sentencing for April 14").
        (Legal, "sentence", r"(?i)\b(?:set|sets|scheduled|schedules)\s+sentencing\s+for\b|\bsentencing (?:is|was|has been) (?:set|scheduled|slated) for\b"),
        // An appeal filed, told bare or as a noun with its filing ("appealed in April", "the
        // appeal, which was filed in August", "her appeal, lodged in May").
        // A bare "appealed" needs its appellant right before it ("can be appealed" tells nothing done).
        (Legal, "appeal", r"(?i)\bappealed\s+(?:the|its|his|her|their|against)\b|\bappealed to (?:the|a|an) (?:[\w-]+ ){0,3}?(?:court|board|commission|panel|justices)\b|(?:\b(?-i:\p{Lu})[\w'’-]*|\b(?:he|she|they|it|we|producers|prosecutors|defendants?|lawyers|attorneys|company|studio|production|state))\s+(?P<t>appealed)(?:\s+(?:in|on|last|this|earlier|later)\b|\s*[,.;])"),
        (Legal, "appeal", r"(?i)\bappeal\b[^.;,]{0,40},\s+(?:which\s+(?:was|were|had been|has been)\s+)?(?P<t>filed|lodged|brought)\b"),
        // An appeal decided: "her appeal … was rejected by the appeals court", "its appeal, which
        // the court turned down", "upheld the dismissal".
        (Legal, "ruling", r"(?i)\bappeal\b[^.;]{0,80}?\b(?:was|were|has been|had been)\s+(?P<t>rejected|denied|dismissed|granted|upheld|turned down|thrown out)\b|\b(?:upheld|affirmed|overturned|reversed|vacated)\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:conviction|dismissal|verdict|sentence|ruling|decision|acquittal)\b"),
        (Legal, "ruling", r"(?i)\bappeal,\s+which\s+(?:[\w'’-]+\s+){1,5}?(?P<t>rejected|denied|dismissed|upheld|turned down|threw out)\b"),
        // A penalty cut on appeal: "reduced the fine to $88,000", "the penalty was lowered".
        (Legal, "fine reduction", r"(?i)\b(?:reduced|cut|lowered|slashed|trimmed)\s+(?:the|its|a|their)\s+(?:[\w$,-]+\s+){0,2}?(?:fine|penalty|penalties)\b|\b(?:fine|penalty)\s+(?:was|were|has been|had been)\s+(?P<t>reduced|cut|lowered|slashed)\b"),
        (Legal, "trial", r"(?i)\b(?:trial (?:had )?(?:began|begun|begins|started|opened)|mistrial|pleaded (?:not )?guilty|pleaded no contest|convicted|acquitted|found (?:him |her |them )?(?:not )?guilty|grand jury)\b"),
        // "the case will go to trial", "ordered to stand trial" ("set a June 2 trial date" is
        // left out: its date is the trial's, while the past verb would date it a year back).
        (Legal, "trial", r"(?i)\b(?:will go|to go|goes|went) to trial\b|\bordered to stand trial\b"),
        (Legal, "trial", r"(?i)\b(?:scheduled|set|slated) for trial\b|\btrial (?:is |was )?(?:set|scheduled|slated|due) (?:to (?:begin|start|open)|for)\b"),
        (Legal, "sentence", r"(?i)\b(?:was|were|been|is|be) sentenced\b|\bsentencing (?:hearing|took place|was held)\b"),
        // "A judge on Wednesday sentenced armorer Ana Ruiz to 18 months in prison".
        (Legal, "sentence", r"(?i)\b(?:sentenced|sentences)\s+[^.;]{1,60}?\bto\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|life|probation|prison|time served|community service)\b"),
        (Legal, "legal", r"(?i)\blegal (?:battles?|action|proceedings|fights?)\b|\bcriminal charges\b|\b(?:civil )?lawsuits\b|\bwrongful[- ]death\b|\bsettlement\b|\bmanslaughter\b"),
        // Publicity.
        (Publicity, "trailer", r"(?i)\b(?:trailer|teaser)\b[^.;]{0,80}?\b(?:debuted|debuts|released|dropped|drops|premiered|unveiled|launched|arrived|arrives|lands|landed|was revealed|went live|will (?:debut|drop|arrive|land|premiere|be released|be unveiled|go live))\b"),
        (Publicity, "trailer", r"(?i)\b(?:released|dropped|unveiled|debuted|launched|revealed)\s+(?:the\s+|a\s+|its\s+|an\s+)?(?:(?:first|new|official)\s+)*(?:trailer|teaser)\b"),
        (Publicity, "images", r"(?i)\bfirst[ -](?:official )?(?:images?|look|photos?|stills?|footage)\b"),
        (Publicity, "images", r"(?i)\b(?:revealed|unveiled|released)\b[^.;]{0,50}?\b(?:images|photos|stills|footage)\b"),
        (Publicity, "images", r"(?i)\b(?:images|photos|stills|footage)\b[^.;]{0,40}?\b(?:revealed|unveiled|released)\b"),
        (Publicity, "interview", r"\b(?:told|said to|speaking to|in an interview with)\s+(?:the\s+)?\p{Lu}"),
        (Publicity, "poster", r"(?i)\b(?:poster|key art)\b[^.;]{0,40}?\b(?:released|unveiled|revealed|debuted)\b"),
        (Publicity, "poster", r"(?i)\b(?:released|unveiled|revealed|debuted|dropped)\s+(?:the\s+|a\s+|its\s+|an\s+)?(?:(?:first|new|official|teaser|character)\s+)*(?:poster|key art)\b"),
        // Premieres, releases and awards.
        (Premiere, "premiere", r"(?i)\b(?:world|north american|u\.s\.|international|european|festival|red carpet) premiere\b|\bpremiere[ds]? (?:(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day |last (?:night|week) )?(?:at|in)\b|\bscreened at\b|\bscreened (?:publicly )?for the first time\b"),
        (Premiere, "premiere", r"(?i)\b(?:premiere|debut|bow) (?:is |was |has been |had been )?(?:planned|set|scheduled|slated|booked) (?:for|at)\b"),
        // Trade usage: "bowed at the Lakeshore festival", "will bow in Venice".
        (Premiere, "premiere", r"\b(?i:bowed|bows|will bow|to bow|bowing)\s+(?:at|in)\s+(?:the\s+)?(?:\p{Lu}|\d{4})|\b(?i:world|festival|north american|international) bow\b"),
        // An opening- or closing-night film: "opened the Harbor Film Festival on Jan. 30".
        (Premiere, "premiere", r"\b(?i:opened|closed|opens|closes|will open|will close|to open|to close)\s+the\s+(?:(?:\d{4}\s+)?(?:\p{Lu}[\w'’-]*\s+){1,5}(?:Film\s+)?Festival|(?i:festival))\b"),
        (Premiere, "premiere", r"(?i)\bscreened (?:in competition|out of competition|in the [\w-]+ (?:section|sidebar|strand)) at\b"),
        // Trade usage: "unspooled in competition on Saturday", "will unspool at the Lido".
        (Premiere, "premiere", r"\b(?i:unspooled|unspools|will unspool|to unspool)\s+(?:(?i:in|at|on)\s+(?:the\s+)?(?:\p{Lu}|(?i:main |official )?(?i:competition|sidebar|section|lineup|program)))"),
        // "selected to open the festival's main competition".
        (Premiere, "premiere", r"(?i)\b(?:opened|closed|opens|closes|will open|will close|to open|to close)\s+the\s+festival['’]s\s+(?:[\w-]+\s+)?(?:competition|programme|program|lineup|line-up|section|sidebar)\b"),
        // "will premiere next month at the festival".
        (Premiere, "premiere", r"(?i)\b(?:will|to) premiere\b"),
        (Premiere, "premiere", r"(?i)\b(?:world|north american|international|european|u\.s\.)-premiere[ds]?\b|\bpremiere[ds]? on\b"),
        // "premieres April 12 at the festival": the date right after the verb.
        (Premiere, "premiere", r"(?i)\bpremiere[ds]? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b"),
        // "its Sept. 9 premiere", "the April 2024 premiere": the premiere named by its date.
        (Premiere, "premiere", r"\b(?i:the|a|its|their)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+(?:\d{4},?\s+)?|\d{4}\s+)|\d{4}\s+)(?i:(?:world |festival |north american )?premiere)\b"),
        // "made its world debut at the festival".
        (Premiere, "premiere", r"(?i)\b(?:made|makes|will make|to make) (?:its|their) (?:world |north american |international |festival )?debut at\b"),
        // "debuted at the Lakeside Film Festival" (not "debuted at No. 1 at the box office").
        (Premiere, "premiere", r"\b(?i:debut(?:ed|s)?|will debut)(?:\s+(?i:last|this) (?i:week|weekend|month|night)|\s+(?i:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?i:night|evening))?)? at (?:the )?(?:\p{Lu}[\w'’-]*\s+){0,5}(?:Film )?Festival\b"),
        // "will screen the drama on September 9": a screening of the film (not "will screen 40 films").
        (Premiere, "premiere", r#"\b(?i:will|to) screen (?:the |it\b|[“"‘]|\p{Lu}|(?i:in (?:the )?(?:competition|\p{Lu}[\w'’-]* (?:section|sidebar|strand|program|programme))))"#),
        (Release, "release", r"(?i)\breleas(?:es|ed|ing|e)\s+(?:[\w-]+\s+)?in\s+(?:theaters|theatres|cinemas)\b"),
        (Release, "release", r"(?i)\b(?:limited|wide|theatrical|digital|streaming|nationwide|general) release\b"),
        // "The film's theatrical run begins on Friday", "a two-week theatrical run in March" (not
        // "earned $2 million in its theatrical run").
        (Release, "release", r"(?i)\b(?:theatrical|cinema|nationwide|exclusive) (?:run|engagement) (?:(?:begins|starts|opens|kicks off|launches|will (?:begin|start|open))\b|(?:in|on|from|starting|beginning) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))"),
        (Release, "release", r"(?i)\b(?:set|slated|scheduled|due) (?:for|to) (?:a\s+)?(?:[\w.,-]+\s+){0,3}?release\b|\bdated (?:the|this|its) (?:film|movie|picture|drama|western|comedy|thriller|documentary|feature) for\b"),
        (Release, "release", r"(?i)\b(?:hits|hit|opens|opened|open|arrives|arrived|arrive|debuts|debuted|debut|lands|landed|land|launched|launches|launch) (?:(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:in|on) (?:(?:select|limited|more|u\.s\.|wide|[\w,-]+ )?(?:theaters|theatres|cinemas)|streaming|digital|vod|demand)\b"),
        // "will be available on demand May 2", "available to stream".
        (Release, "release", r"(?i)\b(?:is|was|will be|became|becomes) (?:now |also |finally )?available (?:(?:on|via|through) (?:[\w-]+ ){0,3}?(?:demand|digital|vod|streaming|blu-ray|dvd)|to (?:stream|rent|buy))\b"),
        // "went straight to streaming", "goes to video on demand".
        (Release, "release", r"(?i)\b(?:went|goes|go|going|headed|heads|will go) (?:straight |directly )?to (?:streaming|digital|vod|video on demand|dvd|home video)\b"),
        (Release, "release", r"(?i)\b(?:hits|hit|hitting) (?:theaters|theatres|cinemas)\b"),
        (Release, "release", r"(?i)\b(?:heads|headed|heading|will head|is headed|comes|came|will come|coming) (?:to|into) (?:[\w.’'-]+ ){0,2}?(?:theaters|theatres|cinemas)\b"),
        // "opens in 40 cities on Oct. 10", "reached 2,000 screens": a theatrical run by its size.
        (Release, "release", r"(?i)\b(?:opens|opened|open|will open|to open|expands|expanded|reached|reaches) (?:in |to |on )?(?:\d[\d,]*|[a-z]+-?[a-z]*) (?:more )?(?:cities|markets|theaters|theatres|cinemas|screens|locations)\b"),
        // A re-release: "will return a 4K restoration to theaters", "brings the film back to cinemas".
        (Release, "release", r"(?i)\b(?:return|returns|returned|bring|brings|brought)\s+(?:[\w-]+\s+){0,4}?(?:back\s+)?to (?:theaters|theatres|cinemas)\b|\bre-?releas(?:e|es|ed|ing)\b"),
        (Release, "release", r"(?i)\b(?:was|were|is|has been|had been|will be|to be|would be|finally|eventually) released\b|^\W*released\b"),
        (Release, "release", r"(?i)\brelease date (?:is|was|has been) (?:set|announced|confirmed)\b"),
        // The release moved, with its new date after "to": "the film's release has been pushed
        // back to Feb. 13", "moved the drama's release up to May 2".
        (Release, "release", r"(?i)\b(?:release|opening)(?: date)? (?:has been|have been|was|were|had been|is being|is|will be) (?:pushed|moved|bumped|delayed|postponed|shifted|brought forward|rescheduled)\s+(?:back |up |forward )?(?P<t>to|until)\b"),
        (Release, "release", r"(?i)\b(?:pushed|moved|bumped|delayed|postponed|shifted|rescheduled)\s+(?:back\s+|up\s+)?(?:the|its|their|[\w’'-]+['’]s)\s+(?:(?:film|movie|drama|western|thriller|comedy|picture)['’]s\s+)?(?:theatrical |streaming |u\.s\. )?release(?: date)?\s+(?:back |up |forward )?(?P<t>to|until)\b"),
        // "set a May 2 release date": the day of the release (the date qualifies the noun).
        (Release, "release", r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s+(?i:release date)\b"),
        (Release, "release", r"(?i)\b(?:opens|opened|will open|to open)\s+(?:(?:in|on)\s+(?:theaters|theatres|cinemas)\s+|nationwide\s+|wide\s+|everywhere\s+)?on\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d)"),
        (Release, "release", r"(?i)\b(?:will|to) release\b"),
        // A labelled field: "Release date: October 2, 2026", "In theaters: Oct. 2".
        (Release, "release", r"(?i)^\W*(?:(?:theatrical |u\.s\. |digital |streaming )?release(?: date)?|in theaters|in cinemas|opening date|streaming date)\s*:"),
        // "“Dust” opens nationwide Friday" (a film noun, a title or "it" before "opens": see `denied`).
        (Release, "release", r"(?i)\b(?:opens|will open)\s+(?:nationwide\s+|wide\s+|everywhere\s+)?(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"),
        // A box-office opening: "opened to $12 million over the weekend".
        (Release, "release", r"(?i)\b(?:opened|opens|debuted|debuts|bowed) (?:to|with) (?:an? )?(?:estimated |reported |better-than-expected |disappointing |soft |strong )?\$\s?\d"),
        // Home media: "hits Blu-ray on July 1".
        (Release, "release", r"(?i)\b(?:hits|hit|arrives on|arrived on|lands on|landed on|comes to|came to|released on)\s+(?:blu-ray|dvd|4k|home video|home entertainment)\b"),
        // "It opens Sept. 6" (a film noun, a title or "it" before "opens": see `denied`).
        (Release, "release", r"(?i)\b(?:opens|will open)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"),
        // "a one-week awards-qualifying run is scheduled at the Palace", "begins streaming on Nov. 20".
        (Release, "release", r"(?i)\b(?:awards?-qualifying|oscar-qualifying|qualifying) (?:theatrical )?(?:run|engagement)\b|\blimited (?:theatrical )?engagement\b"),
        (Release, "streaming", r"(?i)\b(?:will begin|will start|begins|starts|began|started|begin|start) streaming\b"),
        // "has moved its comedy “Dust” from March 13 to April 24": the release takes the new date.
        (Release, "release", r#"(?i)\b(?:moved|moves|bumped|bumps|pushed|pushes|shifted|shifts|rescheduled|reschedules)\s+(?:its |the |their )?(?:[\w-]+ ){0,4}?[“"][^”"]{1,60}[”"]\s+(?:back |up )?(?:from\s+[^.;]{1,30}?\s+)?(?P<t>to)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"#),
        // "will open the film in 12 New Mexico theaters on June 7": up to three words qualify the theaters.
        (Release, "release", r"(?i)\b(?:opens|opened|will open|to open|releases|released|will release) (?:it|(?:the|this|its) (?:film|movie|picture|drama|western|comedy|thriller|documentary|feature)) (?:in|on) (?:[\w.’'-]+ ){0,3}?(?:theaters|theatres|cinemas|streaming)\b"),
        // A streaming service named with a plus sign ("debuts on Vesta+ on Friday").
        (Release, "streaming", r"\b(?i:will stream|streams|streaming|will debut|debuts|debuted|will arrive|arrives|arrived|will land|lands|landed|will premiere|premieres|premiered)\s+(?i:exclusively\s+)?on\s+\p{Lu}[\w.-]*(?:\s\p{Lu}[\w.-]*){0,2}\+"),
        (Release, "streaming", r"\b(?i:will stream|streams|streaming|will debut|debuts|debuted|will arrive|arrives|arrived|will land|lands|landed)\s+(?i:exclusively\s+)?on\s+(?:Netflix|Hulu|HBO Max|Prime Video|Amazon Prime Video|Apple TV\+?|Disney\+|Peacock|Paramount\+|MUBI|Mubi|Max(?:\s+(?:in|on|from|this|next|starting|beginning|later|and)\b|\s*[.,;]|\s*$))"),
        // A service named by its kind ("arrives on the streaming service Vireo in May") or any
        // name followed by the day it streams from ("will now debut on Vireo on May 22").
        (Release, "streaming", r"(?i)\b(?:will stream|streams|will debut|debuts|debuted|will arrive|arrives|arrived|will land|lands|landed|will come|comes|came|heads|headed|will head|premieres|premiered|will premiere)\s+(?:exclusively\s+)?(?:on|to)\s+(?:the\s+|a\s+)?(?:streaming (?:service|platform|app|site)|streamer|subscription (?:service|platform))\b"),
        (Release, "streaming", r"\b(?i:will (?:now |also |then |finally )?(?:stream|debut|arrive|land)|streams|streaming|debuts|debuted|arrives|arrived|lands|landed)\s+(?i:exclusively\s+)?on\s+\p{Lu}[\w.-]*(?:\s\p{Lu}[\w.-]*){0,2}\s+(?i:on|in|from|starting|beginning)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),
        // "The Gilded Reel Awards announced its nominations on Tuesday".
        (Award, "award", r"(?i)\b(?:announced|unveiled|revealed) (?:its|their|the|this year['’]s) nominations\b|\bnominations (?:were|are) (?:announced|unveiled)\b"),
        // "It earned a Golden Reel nomination", "landed three nominations".
        (Award, "award", r"(?i)\b(?:earned|earns|received|receives|landed|lands|scored|scores|picked up|garnered|collected)\s+(?:a|an|its|their|\w+)\s+(?:[\w'’-]+\s+){0,3}?nominations?\b"),
        // "The jury gave the film its top prize".
        (Award, "award", r"(?i)\b(?:gave|awarded|handed) (?:it|the (?:film|movie|drama|documentary|western|comedy|thriller|feature|picture)) (?:its|the|their|a) (?:[\w'’-]+ ){0,3}?(?:prize|award|honou?r)s?\b"),
        // "the critics' circle named Ana Ruiz its breakthrough performer of the year".
        (Award, "award", r#"\b(?i:named|voted|picked|chose)\s+(?:[“"]?\p{Lu}[\w'’-]*[”"]?,?\s+){1,4}(?i:its|their|as its|as their|the)\s+(?:[\w'’-]+\s+){0,4}?(?i:of the year)\b"#),
        (Award, "award", r"(?i)\b(?:won|wins|took home) (?:the )?(?:award for )?best (?:picture|film|feature|director|actor|actress|screenplay|documentary|cinematography|editing|score)\b"),
        (Award, "award", r"(?i)\b(?:won|wins|winning|received|earned|took home|took|takes|picked up|scooped|claimed|(?:was |were )?honou?red with)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:award|awards|prize|oscars?|emmys?|golden globes?|baftas?|honou?rs?|grand prix|palme d['’]or|golden (?:lion|bear|shell|leopard))\b|\bnominat(?:ed|ion|ions) for\b|\b(?:shortlisted|longlisted) for\b"),
    ]
};

/// Any character but a clause's end. Patterns are matched within one sentence, where a period
/// before a blank or a comma ends an abbreviation ("in St. Ives", "on Sept. 9", "Woodstock,
/// Vt., since"), not the clause.
const NOT_CLAUSE_END: (&str, &str) = ("[^.;]", r"(?:[^.;]|\.[\s,])");

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    TABLE
        .iter()
        .map(|(kind, topic, re)| {
            let re = re.replace(NOT_CLAUSE_END.0, NOT_CLAUSE_END.1);
            (*kind, *topic, Regex::new(&re).expect("trigger pattern"))
        })
        .collect()
});

/// Phrases that open a plot summary: what follows them is the story, not the production.
static STORY: LazyLock<Vec<Regex>> =
    LazyLock::new(|| STORY_CUES.iter().map(|p| Regex::new(p).expect("story pattern")).collect());

/// Figures of speech that open a sentence ([`super::vocabulary::FIGURES`]).
static FIGURES: LazyLock<Vec<Regex>> =
    LazyLock::new(|| FIGURE_CUES.iter().map(|p| Regex::new(p).expect("figure pattern")).collect());

/// Nouns whose release is publicity, not the film's release.
#[rustfmt::skip]
const NOT_THE_FILM: &[&str] = &[
    "trailer", "teaser", "images", "image", "photos", "photo", "poster", "footage", "statement", "report", "song", "album",
    "video", "documentary", "details", "list", "stills", "clip", "name", "names", "records", "information",
    "documents", "evidence", "findings", "results", "transcript", "recording", "letter", "emails", "sequel",
    "prequel", "spinoff", "bail", "custody", "contract",
];
/// Whether a trigger of this topic is a credit unless its own clause dates it: "from a
/// screenplay she co-wrote with Ana Ruiz" tells who wrote the film, "co-wrote the script in
/// 2019" when the writing happened.
pub(crate) fn is_credit(topic: &str) -> bool {
    topic == "writing"
}

/// Whether a trigger of this topic reports an event only when its own clause dates it and it
/// names an organisation: a quote attributed to an outlet ("she told the Courier") is an
/// interview worth a place in the chronology when dated ("told the Courier in 2019"), and just
/// a quote's source otherwise; "told Ana in 2019" is a conversation, not publicity.
pub(crate) fn is_interview(topic: &str) -> bool {
    topic == "interview"
}

/// A streaming service named by its kind after "premieres on" ([`find`]'s `denied`).
static STREAMING_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^premiere[ds]? (?:exclusively )?on (?:the |a )?(?:streaming (?:service|platform|app|site)|streamer)\b")
        .expect("streaming service pattern")
});

static RIGHTS_TO_A_STORY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^to (?:the |a |an |his |her |their )?(?:[a-z’'-]+ )?(?:book|novel|memoir|story|play|article|comic|graphic novel|life story|podcast|short story)\b")
        .expect("rights pattern")
});

static TITLED_WORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Lu}[\w'’&-]*(?:\s+\p{Lu}[\w'’&-]*){0,4}\s*\((?:1[89]|20)\d\d\)").expect("titled work pattern")
});

/// The "Name (Year)" a document's title opens its subject with, as in a review of "Name (2024)":
/// by convention the year of a work named this way is its release year.
pub(crate) fn titled_work(title: &str) -> Option<String> {
    TITLED_WORK.find(title).map(|m| m.as_str().to_owned())
}

/// The trigger phrases of `sentence` that are not denied, in text order (their mood — done,
/// announced, hypothetical — is read by [`super::clauses`]).
pub(crate) fn find(sentence: &str) -> Vec<Trigger> {
    if sentence.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('?') {
        return Vec::new();
    }
    let mut out: Vec<Trigger> = Vec::new();
    let mut harms: Vec<(usize, usize)> = Vec::new();
    let figure = FIGURES.iter().filter_map(|re| re.find(sentence)).map(|m| m.end()).max().unwrap_or(0);
    for (kind, topic, re) in RULES.iter() {
        for caps in re.captures_iter(sentence) {
            let m = caps.name("t").or_else(|| caps.get(0)).expect("match");
            let phrase = caps.get(0).map_or(m.start(), |all| all.start());
            let t = Trigger { start: m.start(), end: m.end(), phrase, kind: *kind, topic };
            let overlaps = out.iter().any(|o| o.start < t.end && t.start < o.end && o.kind == t.kind);
            if t.kind == EventKind::Incident {
                harms.push((t.phrase, t.end));
            }
            if t.start < figure || overlaps || denied(sentence, &t) {
                continue;
            }
            out.push(t);
        }
    }
    for t in &mut out {
        let after = sentence[t.end..].trim_start().to_lowercase();
        // "Cameras rolled again", "filming started again": a start told again is a resumption.
        if t.kind == EventKind::FilmingStart && after.starts_with("again") {
            (t.kind, t.topic) = (EventKind::FilmingResume, "resume");
        }
        // "acquired worldwide rights to the memoir": the story's rights, not a distribution deal.
        let trigger = &sentence[t.start..t.end];
        if t.kind == EventKind::Financing
            && trigger.ends_with("rights")
            && !trigger.contains("distribution")
            && RIGHTS_TO_A_STORY.is_match(sentence[t.end..].trim_start())
        {
            (t.kind, t.topic) = (EventKind::Development, "rights");
        }
    }
    // "where the shooting took place": gunfire read as harm (told or not) is no start of filming.
    out.retain(|t| t.kind != EventKind::FilmingStart || !harms.iter().any(|&(s, e)| s < t.end && t.phrase < e));
    out.sort_by_key(|t| (t.start, t.end));
    out
}

/// Whether a topic names a legal status ("legal battles", "manslaughter") rather than a step.
pub(crate) fn is_generic(topic: &str) -> bool {
    topic == "legal"
}

static POST_TIME_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(POST_TIME).expect("post time pattern"));

static BARE_JOINED: LazyLock<Regex> = LazyLock::new(|| Regex::new(BARE_JOIN).expect("bare join pattern"));

/// A bare "joined" with its time ([`super::vocabulary::BARE_JOIN`]), read as casting when the
/// sentence before it in the paragraph reported casting.
pub(crate) fn bare_join(text: &str) -> Option<Trigger> {
    let c = BARE_JOINED.captures(text)?;
    let m = c.name("t")?;
    Some(Trigger { start: m.start(), end: m.end(), phrase: m.start(), kind: EventKind::Casting, topic: "cast" })
}

/// Whether a segment is only a live post's time stamp ([`super::vocabulary::POST_TIME`]).
pub(crate) fn is_post_time(text: &str) -> bool {
    POST_TIME_LINE.is_match(text.trim())
}

/// Whether a segment is a page's metadata line ("Updated June 3, 2021 | News") or a heading of
/// labels ("World Premiere · Competition"), which reports no event and gives no summary.
pub(crate) fn is_metadata_line(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    [" | ", " · ", " • "].iter().any(|sep| text.contains(sep)) || METADATA_OPENERS.iter().any(|o| lower.starts_with(o))
}

/// The words of `text`, lower-cased (apostrophes kept inside words).
pub(crate) fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Where the plot summary in `sentence` starts, if it has one.
pub(crate) fn story_start(sentence: &str) -> Option<usize> {
    STORY.iter().filter_map(|re| re.find(sentence)).map(|m| m.start()).min()
}

/// Whether the words just before the trigger (in its clause) deny it, or it is not the film's.
fn denied(sentence: &str, t: &Trigger) -> bool {
    let head = &sentence[..t.start];
    let clause_start = head
        .char_indices()
        .rfind(|&(i, c)| c != ')' && super::clauses::breaks_clause(head, i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    // Lower-cased, but the month "May" is not the modal "may".
    let words: Vec<String> = head[clause_start..]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| if w == "May" { "(may)".to_owned() } else { w.to_lowercase() })
        .collect();
    let near = &words[words.len().saturating_sub(6)..];
    // "did not resume until April 2025": denied up to a time, so it happened then.
    let until = lower_words(sentence[t.end..].split([',', ';', '.']).next().unwrap_or_default())
        .iter()
        .take(4)
        .any(|w| w == "until" || w == "till");
    let negated =
        !until && near.iter().any(|w| NEGATORS.contains(&w.as_str()) || w.ends_with("n't") || w.ends_with("n’t"));
    // "was released from custody" is not the film's release.
    let freed = t.kind == EventKind::Release
        && sentence[t.start..t.end].to_lowercase().ends_with("released")
        && sentence[t.end..].trim_start().starts_with("from ");
    let clause_end = sentence[t.end..].find([',', ';', '.']).map_or(sentence.len(), |i| t.end + i);
    // "released on video on demand" is the film's release on a home format, not a video's.
    let clause = sentence[clause_start..clause_end]
        .to_lowercase()
        .replace("video on demand", "vod")
        .replace("home video", "vod");
    let publicity =
        t.kind == EventKind::Release && lower_words(&clause).iter().any(|w| NOT_THE_FILM.contains(&w.as_str()));
    // "The trial opens on Monday", "The casting call opens": something else opens. The word
    // before "opens" is a film noun, a title or a name ("The drama, directed by Ana Ruiz, opens"),
    // unless it opens in theaters ("… premiered Friday and opens in theaters Oct. 24").
    let before = head.split_whitespace().next_back().unwrap_or_default();
    let opening = sentence[t.start..t.end].to_lowercase();
    // The same holds for a film that opens or closes a festival ("The mayor opened the Harbor
    // Film Festival" is no premiere).
    let festival_night = t.kind == EventKind::Premiere
        && opening.contains("festival")
        && opening.split_whitespace().take(2).any(|w| w.starts_with("open") || w.starts_with("clos"));
    let not_a_film_opening = (festival_night || t.kind == EventKind::Release && opening.starts_with("open"))
        && !["theaters", "theatres", "cinemas"].iter().any(|w| opening.contains(w))
        && before.chars().all(char::is_alphabetic)
        && (before.starts_with(char::is_lowercase) || OPENING_EVENTS.contains(&before.to_lowercase().as_str()))
        && !FILM_SUBJECTS.contains(&before);
    // "premieres on the streaming service on May 2": a release, not a premiere.
    let on_a_service = t.kind == EventKind::Premiere
        && opening.starts_with("premiere")
        && STREAMING_SERVICE.is_match(&sentence[t.start..(t.end + 40).min(sentence.len())].to_lowercase());
    // "will release Tom Vale from his contract": a person released from something.
    let let_go = t.kind == EventKind::Release
        && sentence[t.start..t.end].to_lowercase().ends_with("release")
        && lower_words(&sentence[t.end..clause_end]).iter().take(6).any(|w| w == "from");
    // "whose previous film “Dust” premiered at Sundance": another work's event (but "the star
    // of her previous film joined the cast" is this one's).
    let other_work = near.windows(2).enumerate().any(|(i, p)| {
        matches!(p[0].as_str(), "previous" | "prior" | "earlier" | "last" | "next" | "upcoming" | "other")
            && matches!(p[1].as_str(), "film" | "movie" | "feature" | "picture" | "project" | "series" | "documentary")
            && !near[i.saturating_sub(2)..i].iter().any(|w| w == "of")
    });
    // "The premiere set for Friday was cancelled" (but not "… after the screening was cancelled").
    let rest = lower_words(&sentence[t.end..clause_end]);
    let own = rest
        .iter()
        .position(|w| {
            matches!(w.as_str(), "after" | "when" | "because" | "since" | "though" | "although" | "while" | "as")
        })
        .map_or(&rest[..], |i| &rest[..i]);
    let called_off = own.iter().any(|w| matches!(w.as_str(), "cancelled" | "canceled" | "scrapped" | "axed"))
        || own.windows(2).any(|p| p[0] == "called" && p[1] == "off");
    // "fined the studio over a fire on the set": the harm named as a penalty's cause (but "over
    // the April 3 collapse", whose trigger holds its determiner and date, tells when it happened).
    let cause = t.kind == EventKind::Incident
        && matches!(near, [.., c, a] if matches!(a.as_str(), "a" | "an" | "the" | "its" | "their")
            && CAUSE_OF.contains(&c.as_str()));
    // "The February date puts the film in wide release ahead of …": a date named before is the
    // subject, weighed rather than reported.
    let date_subject = matches!(t.kind, EventKind::Release | EventKind::Premiere)
        && words.first().is_some_and(|w| w == "the")
        && words.iter().take(3).any(|w| w == "date" || w == "dates");
    // "An article Wednesday about an accident on the set gave the wrong day": a piece of
    // writing about the event, which it names, not reports.
    let written_about = near
        .windows(2)
        .enumerate()
        .any(|(i, p)| p[1] == "about" && near[..=i].iter().rev().take(2).any(|w| WRITINGS.contains(&w.as_str())));
    // "Pre-production began", "post-production wrapped": the work before or after the shoot.
    let around_shoot =
        matches!(t.kind, EventKind::FilmingStart | EventKind::FilmingStop | EventKind::FilmingResume | EventKind::Wrap)
            && sentence[t.phrase..t.end].to_lowercase().starts_with("production")
            && ["pre-", "post-", "pre", "post"].iter().any(|p| sentence[..t.phrase].to_lowercase().ends_with(p));
    // "Ada begins shooting at them": gunfire, not filming.
    let trigger = sentence[t.start..t.end].to_lowercase();
    let after = lower_words(&sentence[t.end..clause_end]);
    let gunfire = t.kind == EventKind::FilmingStart
        && trigger.ends_with("shooting")
        && match after.as_slice() {
            [at, target, ..] if at == "at" => GUNFIRE_TARGETS.contains(&target.as_str()),
            [first, ..] => GUNFIRE_AFTER.contains(&first.as_str()),
            [] => false,
        };
    // "the county where the shooting took place": a place named by a harm already told.
    let place_of_harm = t.kind == EventKind::Incident
        && sentence[..t.phrase].trim_end().to_lowercase().ends_with(" where")
        && ["took place", "happened", "occurred"].iter().any(|w| sentence[t.start..t.end].to_lowercase().ends_with(w));
    // "That's a wrap on our live coverage": something else ends.
    let sign_off = t.kind == EventKind::Wrap
        && trigger.ends_with("wrap")
        && after.first().is_some_and(|w| w == "on" || w == "for")
        && after.iter().skip(1).take(4).any(|w| NOT_THE_SHOOT.contains(&w.as_str()));
    negated
        || place_of_harm
        || freed
        || publicity
        || not_a_film_opening
        || let_go
        || on_a_service
        || other_work
        || called_off
        || cause
        || gunfire
        || sign_off
        || around_shoot
        || date_subject
        || written_about
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sentence: &str) -> Vec<(EventKind, &'static str)> {
        find(sentence).iter().map(|t| (t.kind, t.topic)).collect()
    }

    #[test]
    fn the_steps_of_a_criminal_case_after_an_accident() {
        use EventKind::Legal;
        // An adverb between the auxiliary and the participle.
        assert_eq!(kinds("The rigger was formally charged on Monday."), [(Legal, "charges")]);
        assert_eq!(kinds("Both men were later charged with reckless endangerment."), [(Legal, "charges")]);
        // Jury selection, a trial moved or put off, a sentencing set for a day.
        assert_eq!(kinds("Jury selection got under way Tuesday in Taos."), [(Legal, "trial")]);
        assert_eq!(kinds("A jury was seated on the second day."), [(Legal, "trial")]);
        assert_eq!(kinds("Her trial was transferred to Santa Fe in May."), [(Legal, "venue")]);
        assert_eq!(kinds("The judge granted a change of venue."), [(Legal, "venue")]);
        assert!(kinds("The defense sought a change of venue.").is_empty());
        assert_eq!(kinds("The court pushed back the manslaughter trial by a month."), [(Legal, "postponement")]);
        assert_eq!(kinds("The hearing was rescheduled at the defence's request."), [(Legal, "postponement")]);
        assert_eq!(kinds("Judge Ruiz scheduled sentencing for June 3."), [(Legal, "sentence")]);
        assert_eq!(kinds("Sentencing is set for Sept. 9."), [(Legal, "sentence")]);
    }

    #[test]
    fn pleas_arraignments_and_requests_to_reconsider() {
        use EventKind::Legal;
        assert_eq!(kinds("The armorer took a plea deal in March."), [(Legal, "plea")]);
        assert_eq!(kinds("Hollis entered into a plea agreement with prosecutors."), [(Legal, "plea")]);
        assert_eq!(kinds("Baldwin was arraigned on Feb. 1."), [(Legal, "arraignment")]);
        assert_eq!(kinds("She spoke briefly at her arraignment in Santa Fe."), [(Legal, "arraignment")]);
        assert_eq!(kinds("Prosecutors asked the judge to reconsider her ruling."), [(Legal, "motion")]);
        assert_eq!(kinds("The judge denied the state's motion to reconsider."), [(Legal, "ruling")]);
    }

    #[test]
    fn charges_brought_back_a_trial_under_way_a_verdict_and_a_settlement_agreed() {
        use EventKind::Legal;
        assert_eq!(kinds("Prosecutors refiled them in January."), [(Legal, "charges")]);
        assert_eq!(kinds("A new prosecutor revived the manslaughter case."), [(Legal, "charges")]);
        assert_eq!(kinds("Opening statements began on Feb. 22."), [(Legal, "trial")]);
        assert_eq!(kinds("Jurors returned a guilty verdict after three hours."), [(Legal, "trial")]);
        assert_eq!(kinds("The studio agreed to settle for $100,000."), [(Legal, "settlement")]);
        assert_eq!(kinds("The family settled for an undisclosed sum."), [(Legal, "settlement")]);
        assert_eq!(kinds("Her lawyers filed notice of appeal on March 15."), [(Legal, "appeal")]);
    }

    #[test]
    fn appeals_filed_and_decided_and_fines_cut() {
        use EventKind::Legal;
        assert_eq!(kinds("The studio appealed in May."), [(Legal, "appeal")]);
        assert_eq!(kinds("The producers appealed the citation last week."), [(Legal, "appeal")]);
        assert_eq!(kinds("Prosecutors appealed to the state supreme court."), [(Legal, "appeal")]);
        assert!(kinds("The gentle comedy appealed to families.").is_empty());
        assert!(kinds("The ruling can be appealed in state court.").is_empty());
        assert_eq!(kinds("His appeal, filed in March, argues the jury was misled."), [(Legal, "appeal")]);
        assert_eq!(kinds("The company's appeal, which was lodged in June, is pending."), [(Legal, "appeal")]);
        assert_eq!(kinds("Her appeal was turned down by a three-judge panel."), [(Legal, "ruling")]);
        assert_eq!(kinds("The court upheld the dismissal on Friday."), [(Legal, "ruling")]);
        assert_eq!(kinds("Then came the appeal, which the justices rejected in May."), [(Legal, "ruling")]);
        assert_eq!(kinds("A review panel cut the penalty to $12,000."), [(Legal, "fine reduction")]);
        assert_eq!(kinds("The fine was reduced after a hearing."), [(Legal, "fine reduction")]);
    }

    #[test]
    fn civil_suits_filed_and_settled_are_two_steps() {
        use EventKind::Legal;
        assert_eq!(kinds("The suit that her parents filed in 2022 names the studio."), [(Legal, "suit")]);
        assert_eq!(
            kinds("The claim, which two extras brought against the producers, was quietly settled in May."),
            [(Legal, "suit"), (Legal, "settlement")]
        );
        assert_eq!(kinds("The stuntman settled his negligence claim in October."), [(Legal, "settlement")]);
        assert_eq!(kinds("The studio settled the family's lawsuit in 2022."), [(Legal, "settlement")]);
    }

    #[test]
    fn a_shooting_read_as_harm_is_no_start_of_filming() {
        let found = kinds("Jurors were told the shooting took place during a rehearsal.");
        assert!(!found.iter().any(|(k, _)| *k == EventKind::FilmingStart), "{found:?}");
        // A place named by the harm already told reports nothing.
        assert!(kinds("Jurors came from Kent County, where the shooting took place.").is_empty());
        assert!(kinds("The trial left the town where the accident happened.").is_empty());
        assert_eq!(kinds("Shooting took place in Tucson."), [(EventKind::FilmingStart, "start")]);
    }

    #[test]
    fn harm_struck_when_a_weapon_went_off_far_after_it() {
        let kind = |s: &str| kinds(s).first().map(|k| k.0);
        assert_eq!(
            kind("A grip was struck in the leg when a rifle that the armorer had not yet checked went off."),
            Some(EventKind::Incident)
        );
        assert_eq!(
            kind("The stuntwoman was hit on March 2 when the wagon she was riding on the ranch road overturned."),
            Some(EventKind::Incident)
        );
    }

    #[test]
    fn trade_wordings_of_premieres_deals_awards_and_the_shoots_length() {
        let kind = |s: &str| kinds(s).first().map(|k| k.0);
        assert_eq!(kind("The drama bowed at the Lakeshore festival on Jan. 20."), Some(EventKind::Premiere));
        assert_eq!(kind("The film opened the Harbor Film Festival on Jan. 30."), Some(EventKind::Premiere));
        assert_eq!(kind("It was screened in competition at the Westgate festival."), Some(EventKind::Premiere));
        assert_eq!(kind("Foo Films snapped up the drama on Feb. 25."), Some(EventKind::Financing));
        assert_eq!(kind("Vesta nabbed worldwide streaming rights in May."), Some(EventKind::Financing));
        assert_eq!(kind("The jury gave the film its top prize."), Some(EventKind::Award));
        assert_eq!(kind("Filming ran from Jan. 4 to Feb. 15."), Some(EventKind::FilmingStart));
        assert_eq!(kind("The crew spent six weeks shooting in Utah last fall."), Some(EventKind::FilmingStart));
        assert_eq!(kind("Principal photography on the feature took place in Utah."), Some(EventKind::FilmingStart));
        assert_eq!(
            kind("Extras are sought for a feature film shooting in Bexley from April 8."),
            Some(EventKind::FilmingStart)
        );
        assert_eq!(kind("The prologue is to be shot in Bexley on April 8."), Some(EventKind::FilmingStart));
        assert_eq!(kind("The drama will shoot in Utah in April."), Some(EventKind::FilmingStart));
        assert_eq!(
            kinds("Production paused on Dec. 20 and picked back up on Jan. 5."),
            [(EventKind::FilmingStop, "stop"), (EventKind::FilmingResume, "resume")]
        );
        assert_eq!(kind("Tom Vale replaced Ana Ruiz in the lead role."), Some(EventKind::Casting));
        assert!(kinds("The new boiler replaced the old one in May.").is_empty());
        assert_eq!(kind("The comedy debuted Friday at the Harbor Film Festival."), Some(EventKind::Premiere));
        assert_eq!(kind("The production went on hiatus on Tuesday."), Some(EventKind::FilmingStop));
        assert_eq!(kind("The crew resumed work on Feb. 27."), Some(EventKind::FilmingResume));
        assert_eq!(kind("It earned a Golden Reel nomination on Feb. 27."), Some(EventKind::Award));
        assert_eq!(kind("The film took the top prize at the festival."), Some(EventKind::Award));
        assert_eq!(kind("The actor was hurt after a stunt went wrong."), Some(EventKind::Incident));
        assert_eq!(kind("“Dust” opens nationwide Friday."), Some(EventKind::Release));
        assert_eq!(kind("“Dust” hits Blu-ray on July 1."), Some(EventKind::Release));
        assert_eq!(kind("“Dust” opened to $12 million over the weekend."), Some(EventKind::Release));
        assert_eq!(kind("The trailer has 2 million views, and the film opens on Sept. 12."), Some(EventKind::Release));
        assert_eq!(kind("It will make its debut at the Harbor Film Festival."), Some(EventKind::Premiere));
        assert_eq!(kind("It was honored with the festival's audience award."), Some(EventKind::Award));
        assert!(kinds("The trial opens Monday.").is_empty());
        assert_eq!(kind("“Dust” will open the festival on April 2."), Some(EventKind::Premiere));
        assert_eq!(kind("“Dust” will screen in the Spotlight section."), Some(EventKind::Premiere));
        assert_eq!(kind("The trailer for “Dust” will debut next week."), Some(EventKind::Publicity));
        // A bow at a curtain call, a festival opened by an official, the work before the shoot.
        assert!(kinds("The actor bowed at the curtain call.").is_empty());
        assert!(kinds("The mayor opened the Harbor Film Festival on Friday.").is_empty());
        assert!(kinds("Pre-production began in November.").iter().all(|k| k.0 != EventKind::FilmingStart));
        assert!(kinds("Post-production wrapped in May.").is_empty());
        assert!(kinds("The February date puts the film in wide release ahead of the Oscars.").is_empty());
    }

    #[test]
    fn production_steps_with_an_auxiliary_a_denial_until_a_time_and_a_death_with_its_cause() {
        let kind = |s: &str| kinds(s).first().map(|k| k.0);
        assert_eq!(kind("Shooting had begun in May near Salida."), Some(EventKind::FilmingStart));
        assert_eq!(kind("Production has started on the second unit."), Some(EventKind::FilmingStart));
        // Denied up to a time: it happened then.
        assert_eq!(
            kinds("Filming was halted in June and did not resume until March."),
            [(EventKind::FilmingStop, "stop"), (EventKind::FilmingResume, "resume")]
        );
        assert_eq!(kind("The drama didn't open in theaters until 2019."), Some(EventKind::Release));
        assert!(
            kinds("Filming was halted in June and did not resume.").iter().all(|k| k.0 != EventKind::FilmingResume)
        );
        assert_eq!(kind("A rigger died on May 2 when a crane he was working on toppled."), Some(EventKind::Incident));
        assert_eq!(kind("Two riders died in 2019 when their wagon rolled over."), Some(EventKind::Incident));
    }

    #[test]
    fn trade_wordings_of_a_halt_a_licence_a_moved_release_and_a_festival_debut() {
        let kind = |s: &str| kinds(s).first().map(|k| k.0);
        assert_eq!(kind("The fire brought filming to an abrupt halt on May 3."), Some(EventKind::FilmingStop));
        assert_eq!(kind("Production ground to a standstill after the storm."), Some(EventKind::FilmingStop));
        assert_eq!(kind("Vesta has licensed the western to the streamer Lumo."), Some(EventKind::Financing));
        assert_eq!(kind("The distributor is licensing streaming rights to Lumo."), Some(EventKind::Financing));
        assert_eq!(kind("The drama's release has been pushed back to Feb. 13."), Some(EventKind::Release));
        assert_eq!(kind("Vesta moved the film's release up to May 2."), Some(EventKind::Release));
        assert_eq!(kind("It heads to theaters on Nov. 7."), Some(EventKind::Release));
        assert_eq!(kind("The film was released on video on demand on May 2."), Some(EventKind::Release));
        assert_eq!(kind("It will be available on premium video on demand from May 2."), Some(EventKind::Release));
        assert_eq!(kind("The movie launched on VOD platforms on May 2."), Some(EventKind::Release));
        assert_eq!(kind("It went straight to streaming in May 2025."), Some(EventKind::Release));
        assert_eq!(kind("The film is now available to stream on Lumo."), Some(EventKind::Release));
        assert!(kinds("A video of the stunt was released on Monday.").is_empty());
        assert_eq!(kind("The film's theatrical run begins on Friday."), Some(EventKind::Release));
        assert_eq!(kind("It gets a two-week cinema run in March."), Some(EventKind::Release));
        assert_eq!(kind("The producers completed the shoot in Montana in May."), Some(EventKind::Wrap));
        assert_eq!(kind("They finished the 21-day shoot on a ranch."), Some(EventKind::Wrap));
        assert_eq!(kind("Casting was completed in August 2021."), Some(EventKind::Casting));
        assert_eq!(kind("The studio announced the full cast in September."), Some(EventKind::Casting));
        assert_eq!(kind("The western unspooled in competition on Saturday."), Some(EventKind::Premiere));
        assert_eq!(kind("The drama will unspool at the Lido in September."), Some(EventKind::Premiere));
        assert_eq!(kind("Its North American debut is planned for Toronto."), Some(EventKind::Premiere));
        assert_eq!(kind("It was selected to open the festival's main competition."), Some(EventKind::Premiere));
        assert_eq!(kind("The film has secured US distribution through Vesta."), Some(EventKind::Financing));
        assert_eq!(kind("Corvid bought the film at the Berlin market."), Some(EventKind::Financing));
        assert_eq!(kind("It premieres on the streaming service on May 2."), Some(EventKind::Release));
        assert_eq!(kind("The thriller premiered on a streamer in June."), Some(EventKind::Release));
        assert_eq!(kind("The western will arrive in theaters and on demand on May 2."), Some(EventKind::Release));
        assert_eq!(kind("It is scheduled to open in 40 cities on Oct. 10."), Some(EventKind::Release));
        assert_eq!(kind("The drama expanded to 600 screens last weekend."), Some(EventKind::Release));
        assert_eq!(kind("The film is due to be released in the UK in the autumn."), Some(EventKind::Release));
        assert_eq!(kind("Production was forced to shut down on 21 October."), Some(EventKind::FilmingStop));
        assert_eq!(kind("Filming on the western had to stop for a week."), Some(EventKind::FilmingStop));
        assert_eq!(kind("The thriller comes to cinemas in the spring."), Some(EventKind::Release));
        assert_eq!(
            kind("Following its debut at the Harbor Film Festival in May, the drama won a prize."),
            Some(EventKind::Premiere)
        );
        // A festival opens on its own date; a mayor opening it premieres nothing.
        assert!(kinds("The Harbor Film Festival opens Aug. 15.").iter().all(|k| k.0 != EventKind::Release));
        assert!(kinds("The mayor opened the Harbor Film Festival on Friday.").is_empty());
    }

    #[test]
    fn a_streaming_service_named_by_its_kind_or_followed_by_the_day() {
        let kind = |s: &str| kinds(s).first().copied();
        assert_eq!(
            kind("It arrives on the streaming service Kestrel in May."),
            Some((EventKind::Release, "streaming"))
        );
        assert_eq!(kind("The western heads to the streamer later this year."), Some((EventKind::Release, "streaming")));
        assert_eq!(kind("The drama will now debut on Lumo on June 3."), Some((EventKind::Release, "streaming")));
        assert_eq!(kind("It streams on Harbor Plus from Oct. 9."), Some((EventKind::Release, "streaming")));
        // A weekday, a stage or a trailer is no streaming service.
        assert!(kinds("The trailer debuted on Vimeo on June 3.").iter().all(|k| k.0 != EventKind::Release));
        assert!(kinds("The play debuts on Broadway next year.").is_empty());
    }

    #[test]
    fn harm_told_with_the_set_around_it() {
        let hurt = |s: &str| {
            let found = kinds(s);
            !found.is_empty() && found.iter().all(|k| k.0 == EventKind::Incident)
        };
        assert!(hurt("A stuntman suffered a head injury during a stunt on Friday."));
        assert!(hurt("A camera operator was struck by a car while filming on Highway 9."));
        assert!(hurt("A pyrotechnic explosion injured three crew members."));
        assert!(hurt("A helicopter crashed during filming, killing the pilot."));
        // Care told after the harm repeats it: "was flown to a hospital" reports no incident of its own.
        assert!(kinds("Two extras were taken to hospital after a horse bolted.").is_empty());
        // An injury off the set, a car that struck a deal.
        assert!(kinds("The actor suffered a knee injury playing football in 2019.").is_empty());
        assert!(kinds("The studio was hit by a wave of layoffs.").is_empty());
        assert!(kinds("The explosion killed three outlaws, and Vell swore revenge.").is_empty());
        // A piece written about the accident names it without reporting it.
        assert!(kinds("An article Wednesday about an accident on the set gave the wrong day.").is_empty());
    }

    #[test]
    fn gunfire_and_sign_offs_are_no_shoot() {
        assert!(kinds("When the riders come, Mara begins shooting at them.").is_empty());
        assert_eq!(kinds("The crew began shooting at the ranch in May."), [(EventKind::FilmingStart, "start")]);
        assert_eq!(kinds("The crew began shooting in May."), [(EventKind::FilmingStart, "start")]);
        assert!(kinds("That's a wrap on our live coverage.").is_empty());
        assert!(kinds("And that's a wrap for tonight's show.").is_empty());
        assert_eq!(kinds("That's a wrap on “Dust Road”!"), [(EventKind::Wrap, "wrap")]);
    }

    #[test]
    fn floods_a_crew_back_at_work_the_last_cut_chart_fields_and_critics_naming() {
        assert_eq!(kinds("A flash flood swept through the riverside set."), [(EventKind::Incident, "incident")]);
        assert_eq!(kinds("A day later, the crew was back at work."), [(EventKind::FilmingResume, "resume")]);
        assert!(kinds("The mayor was back at work on Monday.").is_empty());
        assert_eq!(kinds("Ana Ruiz called the last “cut” on May 2."), [(EventKind::Wrap, "wrap")]);
        assert_eq!(kinds("Wrap date: May 2, 2031"), [(EventKind::Wrap, "wrap")]);
        assert_eq!(kinds("Start date: March 3, 2031"), [(EventKind::FilmingStart, "start")]);
        assert_eq!(kinds("The critics' guild named Ana Ruiz its newcomer of the year."), [(EventKind::Award, "award")]);
        assert!(kinds("The guild named Ana Ruiz its president.").is_empty());
    }

    #[test]
    fn incentives_pledges_buyers_fires_and_a_return_to_shooting() {
        let finance = |topic| [(EventKind::Financing, topic)];
        assert_eq!(kinds("The board approved a rebate of up to $2 million."), finance("incentive"));
        assert_eq!(kinds("Nine hundred backers pledged $80,000."), finance("crowdfunding"));
        assert_eq!(kinds("We have a distributor!"), finance("acquisition"));
        assert_eq!(kinds("Harrow Films acquired “Dust Road” in May."), finance("acquisition"));
        assert_eq!(kinds("A brush fire burned the pasture."), [(EventKind::Incident, "incident")]);
        assert_eq!(kinds("We were back shooting on Friday."), [(EventKind::FilmingResume, "resume")]);
        assert_eq!(
            kinds("Principal photography is scheduled to begin May 4 and wrap June 9."),
            [(EventKind::FilmingStart, "start"), (EventKind::Wrap, "wrap")]
        );
        assert_eq!(
            kinds("Harrow has moved its comedy “Dust” from May 2 to June 9."),
            [(EventKind::Release, "release")]
        );
        assert_eq!(kinds("Crews have been shooting in Bexley since May 2."), [(EventKind::FilmingStart, "start")]);
        assert_eq!(
            kinds("Filming on “Dust,” the new drama from Ann Lee, began in May near Taos, N.M., since it was cheap."),
            [(EventKind::FilmingStart, "start")]
        );
        assert_eq!(kinds("Filming of “Dust” started on March 13 at the ranch."), [(EventKind::FilmingStart, "start")]);
        let hurt = [(EventKind::Incident, "incident")];
        assert_eq!(kinds("Two riggers were injured Thursday when a safety line failed."), hurt);
        assert_eq!(kinds("A grip was hurt during a night shoot for the film."), hurt);
        // A line that failed a test and a shoot that hurt a budget are no incidents.
        assert!(kinds("The safety line failed its inspection in May.").is_empty());
        assert!(kinds("The night shoot hurt the budget.").is_empty());
        // A campfire scene and a rebate program are no events.
        assert!(kinds("The campfire scene was lit by a generator.").is_empty());
        assert!(kinds("The office administers the rebate program.").is_empty());
    }

    #[test]
    fn rights_bought_harm_treated_a_release_returned_a_penalty_agreed_nominations_announced() {
        assert_eq!(kinds("The studio bought the rights to her novel."), [(EventKind::Development, "rights")]);
        assert_eq!(kinds("Three grips were treated for heat exhaustion."), [(EventKind::Incident, "incident")]);
        assert_eq!(
            kinds("The distributor will return a 4K restoration to theaters."),
            [(EventKind::Release, "release")]
        );
        assert_eq!(kinds("The firm agreed on April 6 to pay $19,250."), [(EventKind::Legal, "fine")]);
        assert_eq!(kinds("The guild announced its nominations on Tuesday."), [(EventKind::Award, "award")]);
        assert!(kinds("The guild will read the nominations aloud.").is_empty());
        // Treated as a guest, returned to the set, agreed to terms: none of these.
        assert!(kinds("The crew was treated to lunch.").is_empty());
        assert!(kinds("The star returned to the stage in May.").is_empty());
        assert!(kinds("They agreed to pay tribute to the crew.").is_empty());
    }

    #[test]
    fn common_news_wordings_of_production_steps() {
        let kind = |s: &str| kinds(s).first().map(|k| k.0);
        assert_eq!(kind("Production of the film was halted after the accident."), Some(EventKind::FilmingStop));
        assert_eq!(kind("The movie finished production in May."), Some(EventKind::Wrap));
        assert_eq!(kind("Filming was completed in May."), Some(EventKind::Wrap));
        assert_eq!(kind("The film will be available on demand on May 2."), Some(EventKind::Release));
        assert_eq!(kind("The film opened in select theaters on May 2."), Some(EventKind::Release));
        assert_eq!(kind("It will open in theaters May 2."), Some(EventKind::Release));
        assert_eq!(kind("Prosecutors refiled charges in January."), Some(EventKind::Legal));
        assert_eq!(kind("The film made its world debut at the festival."), Some(EventKind::Premiere));
        assert_eq!(kind("She died after being shot by a prop gun."), Some(EventKind::Incident));
        assert_eq!(kind("The shooting happened on Oct. 21 at the ranch."), Some(EventKind::Incident));
        assert_eq!(kind("A live round fired from a prop gun killed the cinematographer."), Some(EventKind::Incident));
        assert_eq!(kind("Ana Ruiz was killed when a prop gun fired a live round."), Some(EventKind::Incident));
        assert_eq!(kind("Ana Ruiz was killed on the film’s New Mexico set."), Some(EventKind::Incident));
        assert!(kinds("The crew built a saloon on the studio’s backlot set.").is_empty());
        assert!(kinds("The shooting of the finale took three days.").is_empty());
        assert_eq!(kind("“Foo” opens Friday in theaters."), Some(EventKind::Release));
        assert_eq!(kind("The bureau issued the maximum fine in April."), Some(EventKind::Legal));
        assert_eq!(kind("Prosecutors dropped their appeal in December."), Some(EventKind::Legal));
        assert_eq!(kinds("Marsh saw the case dismissed in July."), [(EventKind::Legal, "dismissal")]);
        assert_eq!(
            kinds("A judge on Wednesday sentenced armorer Ana Ruiz to 18 months in prison."),
            [(EventKind::Legal, "sentence")]
        );
        assert!(kinds("The film sentenced its audience to boredom.").is_empty());
        assert!(kinds("Marsh saw the case files in July.").is_empty());
        assert_eq!(kinds("Prosecutors first charged Marsh in January."), [(EventKind::Legal, "charges")]);
        assert_eq!(kinds("The trial had begun Tuesday."), [(EventKind::Legal, "trial")]);
        assert_eq!(
            kinds("Its inquiry began after the Oct. 21 shooting, it said."),
            [(EventKind::Incident, "incident")]
        );
        assert!(kinds("The studio charged admission for the screening.").is_empty());
        assert!(kinds("The Oct. 21 shooting schedule slipped.").is_empty());
        assert_eq!(
            kind("When cameras stopped rolling on Oct. 21, no one expected to return."),
            Some(EventKind::FilmingStop)
        );
        assert_eq!(kind("The cast wrapped the following month."), Some(EventKind::Wrap));
        assert_eq!(kind("Last fall, the film screened for the first time, at Camerafest."), Some(EventKind::Premiere));
        assert_eq!(kind("Screen Media opens it in theaters on May 2."), Some(EventKind::Release));
        assert!(kinds("The gift was wrapped in paper.").is_empty());
        for (s, k) in [
            ("Ana Ruiz came aboard as producer in 2021.", EventKind::Development),
            ("Ana Ruiz boarded the project in 2021.", EventKind::Development),
            ("Ana Ruiz was hired to write the script in 2020.", EventKind::Development),
            ("Foo Studios optioned the novel in 2019.", EventKind::Development),
            ("Foo Capital is fully financing the film.", EventKind::Financing),
            ("The movie went into pre-production in March.", EventKind::PreProduction),
            ("The film is set for a May 2 release.", EventKind::Release),
            ("Foo Releasing has dated the film for May 2.", EventKind::Release),
            ("OSHA cited the company in April.", EventKind::Legal),
            ("The company paid a $100,000 fine.", EventKind::Legal),
            ("The studio settled with the family.", EventKind::Legal),
            ("The studio settled with state safety regulators in March.", EventKind::Legal),
            ("The investigation was completed in 2022.", EventKind::Investigation),
        ] {
            assert_eq!(kind(s), Some(k), "{s}");
        }
        assert!(kinds("She read the novel in 2019.").is_empty());
        assert!(kinds("The dust settled with the wind.").is_empty());
        assert!(kinds("He cited the novel as an influence.").is_empty());
        assert_eq!(kind("The film was picked up for distribution by Foo Releasing."), Some(EventKind::Financing));
        assert!(kinds("The bureau explained the fine print.").is_empty());
        assert!(kinds("The film's appeal to younger viewers grew.").is_empty());
        for (s, k) in [
            ("Ana Ruiz landed the role of the sheriff in June.", EventKind::Casting),
            ("The production went before cameras in October.", EventKind::FilmingStart),
            ("Work on the film stopped after the accident.", EventKind::FilmingStop),
            ("Production picked back up in April.", EventKind::FilmingResume),
            ("Shooting finished in May.", EventKind::Wrap),
            ("A jury found her guilty in March.", EventKind::Legal),
            ("The distributor set a May 2 release date.", EventKind::Release),
            ("The film was shortlisted for the top prize.", EventKind::Award),
        ] {
            assert_eq!(kind(s), Some(k), "{s}");
        }
        assert!(kinds("Her role in the film ended early.").is_empty());
        assert!(kinds("The meeting finished in May.").is_empty());
        assert!(kinds("The armorer never loaded a live round.").is_empty());
        assert_eq!(kind("Cameras started rolling again in April."), Some(EventKind::FilmingResume));
        // Not these: a survey completed, tickets available, a debut novel, a photo shot with a camera.
        assert!(kinds("The survey was completed in May.").is_empty());
        assert!(kinds("Tickets are available on the festival's site.").is_empty());
        assert!(kinds("Her debut novel sold well.").is_empty());
        assert!(kinds("The poster was shot with a Leica camera.").is_empty());
    }

    #[test]
    fn a_fall_or_an_injury_told_as_done_is_an_incident() {
        let incident = [(EventKind::Incident, "incident")];
        assert_eq!(kinds("Ana Ruiz fell from a rigging platform during the cliff sequence."), incident);
        assert_eq!(kinds("A stuntman was rehearsing a fall from a camera crane."), incident);
        assert_eq!(kinds("The double broke his pelvis."), incident);
        // The present tells a plot; a season is no fall.
        assert!(kinds("The sheriff falls from his horse.").is_empty());
        assert!(kinds("They met in the fall of 2019.").is_empty());
    }

    #[test]
    fn an_accident_or_premiere_named_by_its_date_is_that_event() {
        assert_eq!(
            kinds("Crews still recall the April 3, 2024, collapse at the pier."),
            [(EventKind::Incident, "incident")]
        );
        assert_eq!(kinds("Since the March 2019 accident, crews wear harnesses."), [(EventKind::Incident, "incident")]);
        assert_eq!(kinds("Tickets sold out after its Sept. 9 premiere."), [(EventKind::Premiere, "premiere")]);
        // A season after a year, a count before a noun: no event.
        assert!(kinds("The 2019 fall lineup was thin.").is_empty());
        assert!(kinds("The studio hired 2024 extras for the parade.").is_empty());
    }

    #[test]
    fn common_wordings_of_money_harm_walk_outs_releases_and_attachments() {
        let kind = |s: &str| kinds(s).first().map(|k| k.0);
        assert_eq!(kind("The shoot received a $2 million tax credit in May."), Some(EventKind::Financing));
        assert_eq!(kind("Vale Films secured financing for the drama in May."), Some(EventKind::Financing));
        assert_eq!(kind("The drama was acquired by Vesta Pictures in May."), Some(EventKind::Financing));
        assert!(kinds("Vale Films was acquired by Vesta Pictures in May.").is_empty());
        assert_eq!(kind("The board approved the production's incentive application."), Some(EventKind::Financing));
        assert_eq!(kind("A grip died after falling from a lighting rig."), Some(EventKind::Incident));
        assert_eq!(kind("Thirty crew members walked off the set on Monday."), Some(EventKind::FilmingStop));
        assert_eq!(kind("The drama opened in 2,800 theaters on Friday."), Some(EventKind::Release));
        assert_eq!(kind("The drama debuts on Vesta+ on Friday."), Some(EventKind::Release));
        assert_eq!(kind("The first-look image was unveiled Monday."), Some(EventKind::Publicity));
        assert_eq!(kind("Ana Ruiz boarded the drama as director in May."), Some(EventKind::Development));
        assert_eq!(kind("Filming on \"Dust\" got underway on May 12."), Some(EventKind::FilmingStart));
        // A sales company boarding the film's sales is no attachment.
        assert!(
            kinds("Quayside boarded the film's international sales.").iter().all(|k| k.0 != EventKind::Development)
        );
        assert!(kinds("The actor walked off the stage to applause.").is_empty());
        assert!(kinds("Union members walked out of the talks on Monday.").is_empty());
    }

    #[test]
    fn premieres_resumptions_and_openings_told_ahead_or_with_their_object() {
        let kind = |s: &str| kinds(s).first().map(|k| k.0);
        assert_eq!(
            kind("The drama will premiere next month at the Lakeside Film Festival."),
            Some(EventKind::Premiere)
        );
        assert_eq!(kind("The drama opens nationwide on Friday."), Some(EventKind::Release));
        assert_eq!(kind("Vale said that filming would resume in April."), Some(EventKind::FilmingResume));
        assert_eq!(kind("The cast and crew returned to the set on Monday."), Some(EventKind::FilmingResume));
        assert_eq!(kind("The shoot moved to Morocco in February."), Some(EventKind::FilmingResume));
    }

    #[test]
    fn stills_posters_table_reads_teasers_fronted_shoots_and_suits_filed() {
        let kind = |s: &str| kinds(s).first().map(|k| k.0);
        assert_eq!(kind("The first official photo from the set was released on Aug. 20."), Some(EventKind::Publicity));
        assert!(
            kinds("The first official photo from the set was released on Aug. 20.")
                .iter()
                .all(|k| k.0 != EventKind::Release)
        );
        assert_eq!(kind("The studio unveiled the poster on Aug. 28."), Some(EventKind::Publicity));
        assert_eq!(kind("The cast gathered for a table read on July 1."), Some(EventKind::PreProduction));
        assert_eq!(kind("The teaser trailer arrives Wednesday."), Some(EventKind::Publicity));
        assert_eq!(kind("Shot in Montana in 2024, the drama follows a rancher."), Some(EventKind::FilmingStart));
        assert_eq!(kind("The lawsuit, filed in March, claims the studio ignored warnings."), Some(EventKind::Legal));
        // A shot fired is no shoot.
        assert!(kinds("Shot in the back, the sheriff falls.").iter().all(|k| k.0 != EventKind::FilmingStart));
    }

    #[test]
    fn a_shoot_named_by_its_length_and_cameras_set_to_roll_start_filming() {
        let kind = |s: &str| kinds(s).first().map(|k| k.0);
        assert_eq!(kind("The eight-week shoot kicks off Monday in Toronto."), Some(EventKind::FilmingStart));
        assert_eq!(kind("Cameras will roll in September."), Some(EventKind::FilmingStart));
        // A night's shoot is one day's work, not the start of filming.
        assert!(kinds("The night shoot began at 6 p.m.").is_empty());
    }

    #[test]
    fn a_film_opening_on_a_month_day_is_released_then() {
        assert_eq!(kinds("It opens Sept. 6."), [(EventKind::Release, "release")]);
        assert!(kinds("The festival opens Sept. 6.").is_empty());
    }

    #[test]
    fn labelled_fields_of_a_fact_box_are_their_events() {
        assert_eq!(kinds("Release date: October 2, 2026"), [(EventKind::Release, "release")]);
        assert_eq!(kinds("Filming dates: May 4 – June 20, 2025"), [(EventKind::FilmingStart, "start")]);
        assert!(kinds("The release date: a mystery.").is_empty());
    }

    #[test]
    fn a_wrap_told_after_a_preposition_and_a_shoot_set_off_after_the_film() {
        assert_eq!(kinds("After wrapping in December, the crew moved on."), [(EventKind::Wrap, "wrap")]);
        let s = "The film, shot in 2023, premiered at Sundance.";
        assert!(kinds(s).contains(&(EventKind::FilmingStart, "start")));
    }

    #[test]
    fn a_company_acquiring_the_project_develops_it() {
        let s = "In May 2024, Gannet Films acquired the project, with Ana Ruiz producing.";
        assert_eq!(kinds(s), [(EventKind::Development, "rights")]);
    }

    #[test]
    fn a_wrap_with_the_work_named_before_its_verb_is_a_wrap() {
        let s = "Principal photography on Ana Ruiz's period drama \"Dry Wells\" wrapped on May 3 in Lisbon.";
        assert_eq!(kinds(s), [(EventKind::Wrap, "wrap")]);
    }

    #[test]
    fn rigging_giving_way_on_a_set_is_an_incident() {
        let incident = [(EventKind::Incident, "incident")];
        assert_eq!(kinds("A lighting platform on the set at the mill partially collapsed at night."), incident);
        assert_eq!(kinds("A camera crane toppled during a night shoot."), incident);
        // Rigging with no set nor shoot around it is not the production's.
        assert!(kinds("The old scaffolding collapsed in the storm.").is_empty());
    }

    #[test]
    fn a_shoot_taking_place_a_qualifying_run_and_streaming_are_their_events() {
        let kind = |s: &str| kinds(s).first().map(|k| k.0);
        assert_eq!(
            kind("Filming will take place downtown from Monday, May 4 through May 8."),
            Some(EventKind::FilmingStart)
        );
        assert_eq!(kind("An awards-qualifying run is scheduled at the Palace."), Some(EventKind::Release));
        assert!(kinds("It earned $2 million in its theatrical run.").is_empty());
        assert_eq!(kind("The drama will begin streaming on Vesta+ on June 2."), Some(EventKind::Release));
    }

    #[test]
    fn resumption_of_a_quoted_title_is_a_resumption() {
        let s = "Filming on Ana Ruiz's western \"Dry Wells\" resumed on Monday at a ranch.";
        assert_eq!(kinds(s), [(EventKind::FilmingResume, "resume")]);
    }

    #[test]
    fn harm_named_as_a_penalty_cause_is_no_incident() {
        let s = "The state cut the fine it issued over a fire on the set of the drama.";
        assert!(kinds(s).iter().all(|(k, _)| *k != EventKind::Incident));
        assert_eq!(kinds("A fire on the set burned two grips."), [(EventKind::Incident, "incident")]);
        let dated = "He was charged over the May 2, 2024, collapse at the pier.";
        assert_eq!(kinds(dated), [(EventKind::Legal, "charges"), (EventKind::Incident, "incident")]);
    }

    #[test]
    fn docket_steps_are_legal_steps() {
        assert_eq!(kinds("Jan. 11, 2016 — Complaint filed."), [(EventKind::Legal, "suit")]);
        assert_eq!(kinds("The studio files a motion to dismiss."), [(EventKind::Legal, "motion")]);
        assert_eq!(kinds("Judge Ana Ruiz denies the motion to dismiss."), [(EventKind::Legal, "ruling")]);
        assert_eq!(kinds("The case settled in November."), [(EventKind::Legal, "settlement")]);
        assert_eq!(kinds("A judge set a June 2 trial date."), [(EventKind::Legal, "trial")]);
        assert_eq!(kinds("The court sets a five-day jury trial for Nov. 14."), [(EventKind::Legal, "trial setting")]);
        assert_eq!(kinds("The state fined the company last spring."), [(EventKind::Legal, "fine")]);
        // A motion of thanks, a fine day: none.
        assert!(kinds("The board passed a motion of thanks.").is_empty());
        assert!(kinds("It was a fine day on the set.").is_empty());
    }

    #[test]
    fn a_figure_of_speech_opening_a_sentence_reports_nothing() {
        assert!(kinds("From a pitch meeting to a distribution deal, here is how the film came together.").is_empty());
        // A trigger after the figure still counts; "from … to" inside a sentence is no figure.
        assert_eq!(
            kinds("From script to screen, it took years, and Foo Films acquired U.S. distribution rights."),
            [(EventKind::Financing, "finance")]
        );
        assert_eq!(
            kinds("The studio moved the distribution deal from May to June."),
            [(EventKind::Financing, "finance")]
        );
    }

    #[test]
    fn financing_commitments_equipment_failures_and_trial_dates_are_events() {
        use EventKind::*;
        assert_eq!(kinds("Harbor Capital agreed to finance the $4 million budget."), [(Financing, "finance")]);
        assert_eq!(kinds("A lighting rig collapsed on the set of the drama."), [(Incident, "incident")]);
        assert_eq!(kinds("A wagon rig overturned during a stampede scene."), [(Incident, "incident")]);
        assert_eq!(kinds("The rig fell, injuring a grip."), [(Incident, "incident")]);
        assert_eq!(kinds("A judge ordered the rigger to stand trial."), []);
        assert_eq!(kinds("The rigger was ordered to stand trial in May."), [(Legal, "trial")]);
        assert_eq!(kinds("The judge ruled that the case will go to trial."), [(Legal, "trial")]);
        // Not a commitment, a failure on set, a harmed crew member or a trial.
        assert!(kinds("Harbor Capital declined to say how it would finance the film.").is_empty());
        assert!(kinds("Her career collapsed on the eve of the festival.").is_empty());
        assert!(kinds("The talks collapsed during the festival.").is_empty());
        assert!(kinds("The villain ends the film injuring a rival.").is_empty());
        assert!(kinds("The date of the premiere was set in June.").is_empty());
    }

    #[test]
    fn each_kind_has_general_triggers() {
        use EventKind::*;
        let cases: &[(&str, EventKind)] = &[
            ("She co-wrote the screenplay with her brother.", Development),
            ("Ortiz joined the cast as the sheriff.", Casting),
            ("Newcomers rounded out the supporting cast.", Casting),
            ("“I loved it,” she told the Courier in 2019.", Publicity),
            ("The drama was financed by Lantern Capital.", Financing),
            ("Principal photography began in Oslo in May 2019.", FilmingStart),
            ("The crew began shooting near the lake.", FilmingStart),
            ("Production was halted after the flood.", FilmingStop),
            ("Filming resumed in Quebec the following year.", FilmingResume),
            ("The comedy wrapped production in late 2019.", Wrap),
            ("Filming moved to Cork and wrapped in May.", FilmingResume),
            ("Filming on The Long Field began in Oslo.", FilmingStart),
            ("A lawsuit brought by two extras was settled in 2020.", Legal),
            ("A stuntman was killed on set during a car chase.", Incident),
            ("A stunt performer was seriously injured during a horse-riding sequence.", Incident),
            ("The shoot began in April.", FilmingStart),
            ("Production on Ann Lee’s western Salt Road resumed in June.", FilmingResume),
            ("Editor Ann Lee joined the project in February.", Development),
            ("The fire broke out on August 19.", Incident),
            ("Cameras rolled again in November.", FilmingResume),
            ("The death of gaffer Tom Briggs on the set shocked the crew.", Incident),
            ("The assistant director pleaded no contest last year.", Legal),
            ("The armorer was sentenced on Tuesday to 18 months in prison.", Legal),
            ("Police opened an investigation into the crash.", Investigation),
            ("A judge dismissed the negligence lawsuit against the studio.", Legal),
            ("The first trailer debuted online on Tuesday.", Publicity),
            ("The film had its world premiere at the Berlin festival.", Premiere),
            ("A premiere is planned for the Lisbon festival in May.", Premiere),
            ("It premieres at Sundance in January.", Premiere),
            ("The western premiered Friday at the Lisbon festival.", Premiere),
            ("It opens in theaters on June 9.", Release),
            ("The film will open on March 14.", Release),
            ("Netflix will release the drama on March 14.", Release),
            ("The drama will stream on Netflix from March 21, 2024.", Release),
            ("The film won the jury prize in Venice.", Award),
            ("The drama won the Grand Prix at Cannes on Saturday.", Award),
            ("Lantern has acquired North American rights to the drama.", Financing),
            ("She has been developing the screenplay since 2015.", Development),
            ("Harbor Capital is financing the $4 million drama.", Financing),
            ("Northwind has boarded international sales on the thriller.", Financing),
            ("The agent reported deals for Spain and Brazil after the screening.", Financing),
            ("After the festival, Pinewood Releasing acquired the film.", Financing),
            ("Filming is set to begin in Dublin in May.", FilmingStart),
            ("Shooting started in June and is scheduled to wrap Oct. 3.", FilmingStart),
            ("The gaffer was charged in March 2020.", Legal),
            ("The producer testified in August that the rig was safe.", Legal),
            ("The state has fined the studio $12,000.", Legal),
            ("The citation was issued Oct. 4, the agency said.", Legal),
            ("The drama world-premiered last Friday in Oslo.", Premiere),
            ("Dry Creek premieres on Netflix June 2.", Premiere),
            ("Harbor Films opens the drama in theaters Friday.", Release),
            ("A rigger was killed Monday when a lighting tower collapsed.", Incident),
            ("The agency has fined the studio over the crash that injured a driver.", Legal),
            ("Inspectors opened the case on May 2.", Investigation),
            ("Principal photography began in St. Ives in May and wrapped in July.", FilmingStart),
            ("The county sheriff is investigating.", Investigation),
            ("A camera operator died after a fall on set.", Incident),
            ("A flood forced the crew to stop filming on Monday.", FilmingStop),
            ("Production on ‘Red Mile’ halted after a flood", FilmingStop),
            ("Northwind will handle international sales.", Financing),
            ("The agent sold the drama to buyers in Chile.", Financing),
            ("Ana Ruiz is set to star in the thriller.", Casting),
            ("The suit is scheduled for trial in March.", Legal),
            ("The drama hits theaters Friday.", Release),
            ("The western won best director at the festival.", Award),
            ("The drama debuted at the Lakeside Film Festival in May.", Premiere),
            ("The drama premieres May 3 at the Lisbon festival.", Premiere),
            ("We shot it in the fall of 2023 outside Bexley.", FilmingStart),
            ("The drama was shot in and around Bexley last spring.", FilmingStart),
            ("A windstorm flattened the depot's platform set on Oct. 3.", Incident),
            ("Harbor Films will open the film in 12 Ohio theaters on June 7.", Release),
        ];
        for (sentence, kind) in cases {
            assert_eq!(kinds(sentence).first().map(|k| k.0), Some(*kind), "{sentence}");
        }
    }

    #[test]
    fn a_film_that_opens_in_theaters_needs_no_film_noun_before_opens() {
        assert_eq!(
            kinds("It premiered Friday at Sundance and opens in theaters Oct. 24."),
            [(EventKind::Premiere, "premiere"), (EventKind::Release, "release")]
        );
        assert!(kinds("The trial opens on Monday.").is_empty());
        assert!(kinds("The casting call opens on Monday and closes Friday.").is_empty());
    }

    #[test]
    fn a_weekday_may_stand_between_premiered_and_its_venue() {
        assert_eq!(find("It premiered Friday at the Lisbon festival.").len(), 1);
        assert!(find("The crew premiered Friday nights in a bar.").is_empty());
    }

    #[test]
    fn denials_and_questions_are_not_events() {
        assert!(find("Filming has not yet started.").is_empty());
        assert!(find("The movie still lacks a distribution deal.").is_empty());
        assert!(find("Will filming resume next year?").is_empty());
        assert!(
            find("The director released a statement and the trailer was released.")
                .iter()
                .all(|t| t.kind != EventKind::Release)
        );
        assert!(find("You can't separate the art from the accident.").is_empty());
        assert!(find("The blood will settle into the bones.").is_empty());
        assert!(find("He was released from custody and a pall was cast over the town.").is_empty());
        assert!(find("His father was killed in a crash in 1990.").is_empty());
        assert!(find("The film is a patient investigation of grief.").is_empty());
        assert!(find("Ana Ruiz, whose previous film “Dust” premiered at Sundance, declined.").is_empty());
    }

    #[test]
    fn titled_works_carry_their_year() {
        assert_eq!(titled_work("Harbor Lights (2024): A Quiet Storm").as_deref(), Some("Harbor Lights (2024)"));
        assert_eq!(titled_work("Review: The Long Field (2019) is a gem").as_deref(), Some("The Long Field (2019)"));
        assert_eq!(titled_work("The Long Field review"), None);
    }

    #[test]
    fn cast_lists_are_not_casting_news() {
        assert!(find("Newcomers round out the supporting cast.").is_empty());
    }

    #[test]
    fn look_alikes_of_the_new_triggers_are_not_events() {
        // Rights to a book are development, not a buyer of the film; a film stock is developed.
        assert!(kinds("Ana Ruiz acquired the film rights to the novel.").iter().all(|k| k.1 != "acquisition"));
        assert!(find("He developed a taste for westerns.").is_empty());
        assert!(find("The festival is scheduled to wrap on Sunday.").is_empty());
        assert!(find("The agent signed two deals with local banks.").is_empty());
        assert!(find("The critic cited the film as an influence.").is_empty());
        assert!(find("Tickets for the premiere sold out.").is_empty());
        assert!(find("Viewers were charged $20 a ticket.").is_empty());
        assert!(find("The film testifies to her talent.").is_empty());
        assert!(find("It is a fine film that cost $5 million.").is_empty());
        assert!(find("The comedy debuted at No. 1 at the box office.").is_empty());
        assert!(find("Nothing could stop production designers from dreaming.").is_empty());
        assert!(find("The studio sold the lot to a developer.").is_empty());
        assert!(find("Her grandfather died in 1990 in Lisbon.").is_empty());
        assert!(find("A miner was killed when he was twelve.").is_empty());
        assert!(find("His father was killed when the war began.").is_empty());
        assert!(find("The case that opened the festival was a comedy.").is_empty());
        // A person shot, a set of rules, a film shot on film stock, a theater's own season.
        assert!(find("He was shot in the arm in March 2019.").is_empty());
        assert!(find("Its premiere may be delayed by the strike.").is_empty());
        assert!(find("The storm damaged the town's reputation for a year.").is_empty());
        assert!(find("The studio set new rules in May.").is_empty());
        assert!(find("It was shot on 35mm film.").is_empty());
        assert!(find("The drama opened the season at three Ohio theaters.").is_empty());
        // The wrap announced with the start keeps both kinds, the wrap on its own verb.
        let s = "Principal photography began in St. Ives in May and wrapped in July.";
        assert_eq!(kinds(s), [(EventKind::FilmingStart, "start"), (EventKind::Wrap, "wrap")]);
        let s = "Shooting began Sept. 18 and is set to wrap Nov. 10.";
        assert_eq!(kinds(s), [(EventKind::FilmingStart, "start"), (EventKind::Wrap, "wrap")]);
        let s = "Shooting started in June and is scheduled to wrap Oct. 3.";
        let wrap = find(s).into_iter().find(|t| t.kind == EventKind::Wrap).expect("wrap");
        assert_eq!(&s[wrap.start..wrap.end], "wrap");
    }

    #[test]
    fn scheduled_releases_count() {
        assert_eq!(kinds("The film will be released in cinemas next spring."), [(EventKind::Release, "release")]);
    }

    #[test]
    fn plot_summaries_are_found() {
        let s = "Set in 1920s Ohio, the film follows a miner jailed for killing a guard.";
        assert_eq!(story_start(s), Some(0));
        let s = "The first images came out, which follows a boy sentenced to hang.";
        assert_eq!(story_start(s), Some(27));
        let s = "The drama stars Ana Ruiz as a judge who was killed by a rival.";
        assert_eq!(story_start(s), Some(10));
        let s = "New images show Ana Ruiz as a trapper caught in a blizzard in 1890.";
        assert_eq!(story_start(s), Some(11));
        let s = "The studio hired Ana Ruiz as the armorer weeks before filming began on March 2, 2023.";
        assert_eq!(story_start(s), None);
        assert_eq!(story_start("The western casts Ana Ruiz as a sheriff who was shot in 1885."), Some(12));
        assert_eq!(story_start("It opens with Ana Ruiz as a widow whose husband was shot."), Some(9));
        assert_eq!(story_start("Crews moved to a new set in Ohio."), None);
        assert_eq!(story_start("Ana Ruiz joined as an executive producer."), None);
    }

    #[test]
    fn look_alikes_from_a_review_are_not_events() {
        for sentence in [
            "The sheriff's office declined to release the name of the injured crew member.",
            "The trial opens on Monday in Santa Fe.",
            "The script landed on Max Keller's desk in 2019.",
            "The crew spent the week on set shooting the final battle scenes in Oslo.",
            "Since the death of her husband, she has been on the set every day.",
            "In 2019, a fire broke out at her family's restaurant in Ohio.",
            "Police investigated the shooting but halted the inquiry in March.",
            "The production company promised new rules but stopped short of firing the armorer.",
            "The trial was halted when a juror fell ill and resumed on Monday.",
            "The premiere set for Friday was cancelled.",
            "The judge agreed to release the armorer on bail on June 3.",
            "Lantern Films will release Tom Vale from his contract on June 3.",
            "Lantern hopes to release its sequel in July 2025.",
            "The casting call opens on Monday in Atlanta.",
            "Ann Lee joined the team at Netflix in 2019.",
        ] {
            assert!(find(sentence).is_empty(), "{sentence}: {:?}", kinds(sentence));
        }
        assert_eq!(
            kinds("Lantern Films has acquired worldwide rights to the memoir."),
            [(EventKind::Development, "rights")]
        );
        for (sentence, kind) in [
            ("The drama, directed by Ana Ruiz, opens on June 21.", EventKind::Release),
            ("‘Salt Road’ opens on June 28.", EventKind::Release),
            ("Lantern Films will release it in March 2024.", EventKind::Release),
            ("Lantern will release ‘Harbor Lights’ in April.", EventKind::Release),
            ("The miniseries will stream on Max in May 2024.", EventKind::Release),
            ("Lantern Films told them the western opens in theaters on June 14.", EventKind::Release),
            ("Tom Vale said Lantern will release the drama for him in July 2024.", EventKind::Release),
            ("Filming resumed in June 2023 after the county relaxed its permit rules.", EventKind::FilmingResume),
            (
                "The drama premiered at Sundance in January 2023 after its Toronto screening was cancelled.",
                EventKind::Premiere,
            ),
            ("Production began in March 2022 after the original shoot in Peru was scrapped.", EventKind::FilmingStart),
            ("An on-set shooting in New Mexico killed a cinematographer in October 2021.", EventKind::Incident),
            ("An explosion erupted during a stunt in Ohio in May 2022.", EventKind::Incident),
            ("Netflix acquired worldwide distribution rights to the novel adaptation.", EventKind::Financing),
            ("Neon acquired North American rights to The Book Thief.", EventKind::Financing),
            ("Cinematographer Tom Vale joined the crew in March 2023.", EventKind::Development),
        ] {
            assert_eq!(kinds(sentence).first().map(|k| k.0), Some(kind), "{sentence}");
        }
        assert!(
            kinds("Filming on the western was suspended in April 2023 and resumed in June 2023.")
                .contains(&(EventKind::FilmingResume, "resume"))
        );
        assert!(find("The crew was on the set shooting close-ups in May 2022.").is_empty());
        assert_eq!(
            kinds("The star of her previous film joined the cast in March 2023."),
            [(EventKind::Casting, "cast")]
        );
        assert_eq!(
            kinds("Production was suspended in May and resumed in June."),
            [(EventKind::FilmingStop, "stop"), (EventKind::FilmingResume, "resume")]
        );
    }

    #[test]
    fn nominal_triggers() {
        assert_eq!(
            kinds("The start of principal photography in May 2019 drew crowds."),
            [(EventKind::FilmingStart, "start")]
        );
        assert_eq!(kinds("The resumption of filming in June was welcome."), [(EventKind::FilmingResume, "resume")]);
        assert_eq!(kinds("Since the completion of filming in May, the cast has rested."), [(EventKind::Wrap, "wrap")]);
        assert_eq!(
            kinds("The dismissal of the manslaughter case in July surprised no one."),
            [(EventKind::Legal, "dismissal")]
        );
        assert!(find("The start of the trial was delayed.").iter().all(|t| t.kind != EventKind::FilmingStart));
        assert!(find("The end of the shooting season came.").is_empty());
    }

    #[test]
    fn a_start_and_a_stop_sharing_their_subject() {
        let k = kinds("Principal photography started in Oslo in February but was shut down in July.");
        assert_eq!(k, [(EventKind::FilmingStart, "start"), (EventKind::FilmingStop, "stop")]);
    }

    #[test]
    fn a_stop_and_its_resumption_in_one_sentence() {
        let k = kinds("Production was suspended for two weeks and resumed in early September.");
        assert_eq!(k, [(EventKind::FilmingStop, "stop"), (EventKind::FilmingResume, "resume")]);
    }

    #[test]
    fn a_trigger_after_its_subject_points_at_the_verb() {
        let s = "Shooting was postponed by the strike.";
        let t = find(s);
        assert_eq!(t.len(), 1);
        assert_eq!(&s[t[0].start..t[0].end], "postponed");
    }

    #[test]
    fn a_tipped_rig_a_lost_day_back_at_work_a_planned_wrap_and_a_grant() {
        assert_eq!(
            kinds("On Tuesday a lighting rig tipped over on the stage and grazed a grip."),
            [(EventKind::Incident, "incident")]
        );
        assert_eq!(
            kinds("The production lost a day on the 9th, when fog closed the pass."),
            [(EventKind::FilmingStop, "stop")]
        );
        assert!(kinds("The team lost a day of sales to the storm.").is_empty());
        assert!(
            kinds("The production paused filming at noon and was back at work the next morning.")
                .contains(&(EventKind::FilmingResume, "resume"))
        );
        assert_eq!(kinds("The company plans to wrap in early June."), [(EventKind::Wrap, "wrap")]);
        assert!(kinds("She plans to wrap the gifts.").is_empty());
        assert_eq!(
            kinds("The drama secured a $2 million grant from the state."),
            [(EventKind::Financing, "incentive")]
        );
    }
}
