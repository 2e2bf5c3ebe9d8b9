//! The rule tables of the role rules, kept apart from the code in [`super::roles`] that
//! applies them: job phrases normalised to credit form (film jobs, kinship and other relations),
//! jobs held at organisations and the nouns that scope them, and the words the sentence shapes
//! read (auxiliaries, determiners, works, cues of other work).

use knowledge::{Department, Relation, RoleKind};

/// One entry of the job vocabulary: a lower-case phrase and the credit it stands for.
#[derive(Clone, Copy, Debug)]
pub struct Job {
    /// The phrase as written (lower case, words separated by single spaces).
    pub phrase: &'static str,
    /// Cast, crew department or other relation.
    pub kind: RoleKind,
    /// The credit form of the job.
    pub job: &'static str,
}

const fn crew(phrase: &'static str, d: Department, job: &'static str) -> Job {
    Job { phrase, kind: RoleKind::Crew(d), job }
}
const fn other(phrase: &'static str, r: Relation, job: &'static str) -> Job {
    Job { phrase, kind: RoleKind::Other(r), job }
}
const fn cast(phrase: &'static str) -> Job {
    Job { phrase, kind: RoleKind::Cast, job: ACTOR }
}

/// The job of every cast role.
pub const ACTOR: &str = "Actor";
/// The cast role without a character.
pub const CAST: Job = cast("actor");

use Department::*;
use Relation::*;

/// The job vocabulary (several entries may share a phrase: "writer-director").
pub const VOCABULARY: &[Job] = &[
    cast("actor"),
    cast("actress"),
    cast("star"),
    cast("co-star"),
    cast("costar"),
    cast("lead actor"),
    cast("lead actress"),
    cast("leading man"),
    cast("leading lady"),
    crew("director", Directing, "Director"),
    crew("co-director", Directing, "Director"),
    crew("writer-director", Directing, "Director"),
    crew("writer-director", Writing, "Writer"),
    crew("assistant director", Directing, "Assistant Director"),
    crew("first assistant director", Directing, "First Assistant Director"),
    crew("second unit director", Directing, "Second Unit Director"),
    crew("writer", Writing, "Writer"),
    crew("screenwriter", Writing, "Writer"),
    crew("co-writer", Writing, "Writer"),
    crew("scriptwriter", Writing, "Writer"),
    crew("producer", Production, "Producer"),
    crew("co-producer", Production, "Producer"),
    crew("executive producer", Production, "Executive Producer"),
    crew("line producer", Production, "Line Producer"),
    crew("associate producer", Production, "Associate Producer"),
    crew("production manager", Production, "Production Manager"),
    crew("unit production manager", Production, "Production Manager"),
    crew("casting director", Production, "Casting Director"),
    crew("cinematographer", Camera, "Cinematographer"),
    crew("director of photography", Camera, "Cinematographer"),
    crew("dp", Camera, "Cinematographer"),
    crew("d.p.", Camera, "Cinematographer"),
    crew("dop", Camera, "Cinematographer"),
    crew("camera operator", Camera, "Camera Operator"),
    crew("gaffer", Camera, "Gaffer"),
    crew("grip", Camera, "Grip"),
    crew("key grip", Camera, "Key Grip"),
    crew("dolly grip", Camera, "Dolly Grip"),
    crew("best boy", Camera, "Best Boy"),
    crew("editor", Editing, "Editor"),
    crew("film editor", Editing, "Editor"),
    crew("composer", SoundMusic, "Composer"),
    crew("original music", SoundMusic, "Composer"),
    crew("original score", SoundMusic, "Composer"),
    crew("sound mixer", SoundMusic, "Sound Mixer"),
    crew("sound designer", SoundMusic, "Sound Designer"),
    crew("music supervisor", SoundMusic, "Music Supervisor"),
    crew("production designer", Art, "Production Designer"),
    crew("art director", Art, "Art Director"),
    crew("set decorator", Art, "Set Decorator"),
    crew("armorer", Art, "Armorer"),
    crew("armourer", Art, "Armorer"),
    crew("prop master", Art, "Prop Master"),
    crew("props master", Art, "Prop Master"),
    crew("property master", Art, "Prop Master"),
    crew("props assistant", Art, "Props Assistant"),
    crew("costume designer", CostumeMakeUp, "Costume Designer"),
    crew("makeup artist", CostumeMakeUp, "Make-Up Artist"),
    crew("make-up artist", CostumeMakeUp, "Make-Up Artist"),
    crew("hair stylist", CostumeMakeUp, "Hair Stylist"),
    crew("visual effects supervisor", VisualEffects, "Visual Effects Supervisor"),
    crew("vfx supervisor", VisualEffects, "Visual Effects Supervisor"),
    crew("stunt coordinator", CrewSafety, "Stunt Coordinator"),
    crew("safety coordinator", CrewSafety, "Safety Coordinator"),
    crew("safety officer", CrewSafety, "Safety Officer"),
    crew("set medic", CrewSafety, "Medic"),
    crew("medic", CrewSafety, "Medic"),
    crew("stunt double", CrewSafety, "Stunt Double"),
    crew("script supervisor", Directing, "Script Supervisor"),
    crew("second assistant director", Directing, "Second Assistant Director"),
    crew("location manager", Production, "Location Manager"),
    crew("production coordinator", Production, "Production Coordinator"),
    crew("casting assistant", Production, "Casting Assistant"),
    crew("unit publicist", Production, "Unit Publicist"),
    crew("camera assistant", Camera, "Camera Assistant"),
    crew("focus puller", Camera, "Focus Puller"),
    crew("steadicam operator", Camera, "Steadicam Operator"),
    crew("still photographer", Camera, "Still Photographer"),
    crew("stills photographer", Camera, "Still Photographer"),
    crew("unit photographer", Camera, "Still Photographer"),
    crew("electrician", Camera, "Electrician"),
    crew("lighting technician", Camera, "Lighting Technician"),
    crew("chief lighting technician", Camera, "Gaffer"),
    crew("first assistant camera", Camera, "Camera Assistant"),
    crew("second assistant camera", Camera, "Camera Assistant"),
    crew("camera loader", Camera, "Camera Assistant"),
    crew("set dresser", Art, "Set Dresser"),
    crew("assistant armorer", Art, "Armorer"),
    crew("assistant armourer", Art, "Armorer"),
    crew("construction coordinator", Art, "Construction Coordinator"),
    crew("production assistant", Production, "Production Assistant"),
    crew("colorist", Editing, "Colorist"),
    crew("colourist", Editing, "Colorist"),
    crew("assistant editor", Editing, "Assistant Editor"),
    crew("sound editor", SoundMusic, "Sound Editor"),
    crew("supervising sound editor", SoundMusic, "Sound Editor"),
    crew("re-recording mixer", SoundMusic, "Re-Recording Mixer"),
    crew("music editor", SoundMusic, "Music Editor"),
    crew("set designer", Art, "Set Designer"),
    crew("storyboard artist", Art, "Storyboard Artist"),
    crew("wardrobe supervisor", CostumeMakeUp, "Wardrobe Supervisor"),
    crew("special effects supervisor", VisualEffects, "Special Effects Supervisor"),
    crew("special effects coordinator", VisualEffects, "Special Effects Coordinator"),
    crew("special effects technician", VisualEffects, "Special Effects Technician"),
    crew("pyrotechnician", VisualEffects, "Pyrotechnician"),
    crew("intimacy coordinator", CrewSafety, "Intimacy Coordinator"),
    crew("transportation coordinator", CrewSafety, "Transportation Coordinator"),
    crew("animal wrangler", CrewSafety, "Animal Wrangler"),
    crew("choreographer", CrewSafety, "Choreographer"),
    crew("dialect coach", CrewSafety, "Dialect Coach"),
    crew("boom operator", SoundMusic, "Boom Operator"),
    crew("production sound mixer", SoundMusic, "Sound Mixer"),
    crew("stuntman", CrewSafety, "Stunt Performer"),
    crew("stuntwoman", CrewSafety, "Stunt Performer"),
    crew("stunt performer", CrewSafety, "Stunt Performer"),
    other("attorney", Legal, "Attorney"),
    other("lawyer", Legal, "Attorney"),
    other("counsel", Legal, "Attorney"),
    other("general counsel", Legal, "Attorney"),
    other("defense attorney", Legal, "Attorney"),
    other("district attorney", Legal, "District Attorney"),
    other("prosecutor", Legal, "Prosecutor"),
    other("special prosecutor", Legal, "Special Prosecutor"),
    other("judge", Legal, "Judge"),
    other("sheriff", Legal, "Sheriff"),
    other("mayor", Relation::Other, "Mayor"),
    other("detective", Legal, "Detective"),
    other("investigator", Legal, "Investigator"),
    other("widower", Family, "Widower"),
    other("widow", Family, "Widow"),
    other("wife", Family, "Wife"),
    other("husband", Family, "Husband"),
    other("son", Family, "Son"),
    other("daughter", Family, "Daughter"),
    other("mother", Family, "Mother"),
    other("father", Family, "Father"),
    other("brother", Family, "Brother"),
    other("sister", Family, "Sister"),
    other("grandson", Family, "Grandson"),
    other("granddaughter", Family, "Granddaughter"),
    other("grandmother", Family, "Grandmother"),
    other("grandfather", Family, "Grandfather"),
    other("nephew", Family, "Nephew"),
    other("niece", Family, "Niece"),
    other("cousin", Family, "Cousin"),
    other("uncle", Family, "Uncle"),
    other("aunt", Family, "Aunt"),
    other("stepson", Family, "Stepson"),
    other("stepdaughter", Family, "Stepdaughter"),
    other("stepfather", Family, "Stepfather"),
    other("stepmother", Family, "Stepmother"),
    other("fiancé", Family, "Fiancé"),
    other("fiancée", Family, "Fiancée"),
    other("mentor", Relation::Other, "Mentor"),
    other("teacher", Relation::Other, "Teacher"),
    other("instructor", Relation::Other, "Teacher"),
    other("tutor", Relation::Other, "Teacher"),
    other("lecturer", Relation::Other, "Lecturer"),
    other("professor", Relation::Other, "Professor"),
    other("adviser", Relation::Other, "Adviser"),
    other("advisor", Relation::Other, "Adviser"),
    crew("music producer", SoundMusic, "Music Producer"),
    other("journalist", Press, "Journalist"),
    other("senior editor", Press, "Editor"),
    other("managing editor", Press, "Editor"),
    other("features editor", Press, "Editor"),
    other("executive editor", Press, "Editor"),
    other("news editor", Press, "Editor"),
    other("editor-in-chief", Press, "Editor"),
    other("staff writer", Press, "Writer"),
    other("senior writer", Press, "Writer"),
    other("contributing writer", Press, "Writer"),
    other("critic", Press, "Critic"),
    other("film critic", Press, "Critic"),
    other("reporter", Press, "Reporter"),
    other("columnist", Press, "Columnist"),
    other("correspondent", Press, "Correspondent"),
    other("spokesperson", Relation::Other, "Spokesperson"),
    other("spokesman", Relation::Other, "Spokesperson"),
    other("spokeswoman", Relation::Other, "Spokesperson"),
    other("publicist", Relation::Other, "Publicist"),
];

/// True when `lower` is a one-word job of the vocabulary ("director", "co-star"), or its
/// plural ("stars", "hosts").
pub fn is_job_word(lower: &str) -> bool {
    !jobs_of(lower).is_empty() && !lower.contains(' ')
}

/// Every job the vocabulary gives `phrase` (lower case), also when its last word is plural
/// ("co-stars", "executive producers"): a title before several names ("Stars A and B").
pub fn jobs_of(phrase: &str) -> Vec<Job> {
    let exact: Vec<Job> = VOCABULARY.iter().filter(|j| j.phrase == phrase).copied().collect();
    if !exact.is_empty() {
        return exact;
    }
    // "actor-producer", "writer-producer": a compound of two jobs holds both.
    if let Some((a, b)) = phrase.split_once('-')
        && !a.contains(' ')
        && !b.contains(['-', ' '])
    {
        let (a, b) = (jobs_of(a), jobs_of(b));
        if !a.is_empty() && !b.is_empty() {
            return a.into_iter().chain(b).collect();
        }
    }
    match phrase.strip_suffix('s') {
        Some(one) if one.rsplit(' ').next().is_some_and(|w| w.chars().count() >= 4 && !w.ends_with('s')) => {
            VOCABULARY.iter().filter(|j| j.phrase == one).copied().collect()
        }
        _ => Vec::new(),
    }
}

/// Verbs of taking someone's place, with the predecessor right after them ("Y replaces X",
/// "Y succeeds X", "Y steps in for X" is read by [`STEP_IN_VERBS`]).
pub const SUCCESSION_VERBS: &[&str] = &["replaces", "replacing", "replaced", "succeeds", "succeeding", "succeeded"];

/// Verbs of stepping into a part or a job, before "in", "into" or "over", with "after X left"
/// or "for X" later in the clause.
pub const STEP_IN_VERBS: &[&str] =
    &["stepped", "steps", "stepping", "took", "takes", "taking", "step", "take", "filled", "fills", "filling"];

/// Verbs of leaving a production ("after X left the project").
pub const DEPARTURE_VERBS: &[&str] =
    &["left", "exited", "departed", "withdrew", "quit", "dropped", "bowed", "pulled", "stepped", "was"];

/// Pronouns that stand for the subject of the sentence ("… and he has been replaced by Y").
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they"];

/// Words after a person's possessive that tie the person to a work as one of its parts or its
/// cast ("X's character in …", "X's turn in …"), never as its maker.
pub const OTHER_WORK_LINKS_AND_PARTS: &[&str] =
    &["in", "from", "of", "on", "at", "for", "with", "character", "role", "part", "turn", "performance", "casting"];

/// Words between a copula and "as" that make the name after it no part played ("X is known
/// as Y", "X is credited as Y").
pub const NOT_PLAYING: &[&str] =
    &["known", "credited", "listed", "billed", "described", "named", "referred", "better", "also", "identified"];

/// Credit nouns set off before "by" ("The score, by X, swells").
pub const CREDIT_NOUN_WORDS: &[&str] = &["score", "music", "screenplay", "script", "cinematography", "editing"];

/// Participles and verbs of being engaged for a job, before "to" and the credit verb ("tapped
/// to direct", "signs on to produce").
pub const ATTACH_VERBS: &[&str] = &[
    "tapped",
    "attached",
    "hired",
    "signed",
    "signs",
    "chosen",
    "picked",
    "recruited",
    "enlisted",
    "lined",
    "poised",
    "aboard",
    "onboard",
    "brought",
    "set",
    "slated",
    "expected",
];

/// Verbs of handling a craft ("X handled the cinematography").
pub const HANDLED_VERBS: &[&str] =
    &["handled", "handles", "oversaw", "oversees", "supervised", "supervises", "designed", "designs"];

/// Crafts and the job of who handles them.
pub const CRAFTS: &[(&str, &str)] = &[
    ("cinematography", "cinematographer"),
    ("camerawork", "cinematographer"),
    ("photography", "cinematographer"),
    ("score", "composer"),
    ("music", "composer"),
    ("editing", "editor"),
    ("edit", "editor"),
    ("casting", "casting director"),
    ("costumes", "costume designer"),
    ("costume design", "costume designer"),
    ("production design", "production designer"),
    ("sets", "production designer"),
    ("stunts", "stunt coordinator"),
    ("stunt work", "stunt coordinator"),
    ("visual effects", "visual effects supervisor"),
    ("makeup", "make-up artist"),
    ("make-up", "make-up artist"),
];

/// Verbs of a plot's telling, after a work ("the film follows X", "which centres on X"): the
/// people after them are characters, the places the story's. One table for roles and places.
pub const PLOT_VERBS: &[&str] = &[
    "follows",
    "followed",
    "following",
    "centers",
    "centres",
    "chronicles",
    "tracks",
    "traces",
    "depicts",
    "charts",
    "recounts",
];

/// Nouns of the people a plot's hero meets, before their names after "the/her/his" in the
/// plot's sentence ("hunts the killer Silas Drake with her partner Ben Okafor"): characters.
pub const STORY_ROLE_NOUNS: &[&str] = &[
    "killer",
    "partner",
    "widow",
    "widower",
    "villain",
    "kidnapper",
    "suspect",
    "victim",
    "husband",
    "wife",
    "lover",
    "rival",
    "neighbor",
    "neighbour",
    "stranger",
    "mentor",
    "nemesis",
    "accomplice",
    "ally",
    "smuggler",
    "thief",
    "outlaw",
    "drifter",
    "inspector",
    "keeper",
    "fisherman",
    "orphan",
    "brother",
    "sister",
    "mother",
    "father",
    "son",
    "daughter",
    "preacher",
    "rancher",
    "gunslinger",
    "gunman",
    "saloonkeeper",
    "hunter",
    "lawman",
    "marshal",
    "deputy",
    "homesteader",
    "prospector",
    "bandit",
    "cowboy",
    "gambler",
    "assassin",
    "hitman",
    "baron",
    "tycoon",
    "kingpin",
    "henchman",
    "sidekick",
];

/// Determiners and possessives before such a noun ("the killer", "her partner", "whose
/// brother"), or a comma before it and one modifier ("her mentor, retired inspector X").
pub const STORY_ROLE_LEADS: &[&str] = &["the", "a", "her", "his", "their", "whose", ","];

/// Verbs of playing a part after which a sentence tells of the part's story ("plays Mara, a
/// detective whose brother X has vanished").
pub const PART_VERBS: &[&str] = &["plays", "play", "playing", "portrays", "portraying"];

/// Nouns of someone's body of work before "include" ("her credits include Big Eyes and Dust"):
/// the capitalised names listed after it are titles, even unquoted.
pub const CREDIT_LIST_NOUNS: &[&str] =
    &["credits", "films", "movies", "features", "pictures", "works", "filmography", "projects", "titles", "shows"];

/// Verbs that list a body of work after [`CREDIT_LIST_NOUNS`].
pub const LISTING_VERBS: &[&str] = &["include", "includes", "included", "including"];

/// Words after which a sentence no longer tells the plot ("… and stars the legendary X", "…,
/// directed by X"); a bare "by" does not stop it ("a gang led by the killer X").
pub const PLOT_STOPS: &[&str] = &[
    "stars",
    "starring",
    "co-stars",
    "featuring",
    "opposite",
    "directed",
    "written",
    "co-written",
    "produced",
    "scored",
    "edited",
    "photographed",
    "lensed",
    "adapted",
    ";",
];

/// Words of works about real people, whose plots follow no characters.
pub const NONFICTION_WORDS: &[&str] =
    &["documentary", "documentaries", "doc", "docuseries", "biopic", "profile", "portrait", "memoir", "true"];

/// Verbs of coming back to a part ("X returns as Y", "X reprises her role as Y").
pub const RETURN_VERBS: &[&str] =
    &["return", "returns", "returned", "returning", "reprises", "reprised", "reprising", "reprise"];

/// Verbs of winning a part ("X landed the role of Y").
pub const ROLE_WINNING_VERBS: &[&str] =
    &["landed", "lands", "won", "wins", "nabbed", "scored", "earned", "got", "snagged"];

/// Verbs that with "up as" tell of an appearance in a part ("X turns up as Y", "X pops up as
/// the sheriff").
pub const TURN_UP_VERBS: &[&str] =
    &["turns", "turned", "turning", "shows", "showed", "showing", "pops", "popped", "crops", "cropped"];

/// Verbs of giving someone a job, before the person and "as" ("appointed X as special
/// prosecutor", "hired X as armorer").
pub const APPOINT_VERBS: &[&str] = &[
    "appointed",
    "appoints",
    "appoint",
    "hired",
    "hires",
    "hire",
    "tapped",
    "taps",
    "named",
    "names",
    "picked",
    "picks",
    "chose",
    "chosen",
    "selected",
    "enlisted",
    "recruited",
    "brought",
    "installed",
];

/// Verbs of teaching someone, and the relation they make of their subject ("X, who mentored
/// her", "a cinematographer who trained him").
pub const TEACHING_VERBS: &[(&str, &str)] = &[
    ("mentored", "mentor"),
    ("mentors", "mentor"),
    ("trained", "mentor"),
    ("coached", "mentor"),
    ("taught", "teacher"),
    ("teaches", "teacher"),
    ("tutored", "teacher"),
];

/// The relation the teaching verb `verb` (lower case) makes of its subject ("mentored" → mentor).
pub fn teaching_relation(verb: &str) -> Option<&'static str> {
    TEACHING_VERBS.iter().find(|(v, _)| *v == verb).map(|(_, job)| *job)
}

/// Verbs of making a work, in a relative clause after a name ("X, who made “Other” with her"):
/// a job written before the name is then held on that work.
pub const MAKING_VERBS: &[&str] =
    &["made", "directed", "shot", "produced", "wrote", "co-wrote", "edited", "scored", "lensed", "designed"];

/// Verbs of heading a cast ("X leads the cast", "X headlines “Title”").
pub const LEAD_VERBS: &[&str] = &["leads", "led", "lead", "headlines", "headlined", "fronts", "fronted"];

/// Works a director makes, before "from X" ("the new drama from X"); a script or a series may
/// come from a writer or a showrunner, and are left out.
pub const MADE_WORKS: &[&str] =
    &["film", "movie", "feature", "drama", "thriller", "comedy", "western", "documentary", "picture", "mystery"];

/// Jobs done for a person named after them ("X was the stunt double for Y").
pub const FOR_PERSON_JOBS: &[&str] = &["Stunt Double"];

/// Objects that make "directed/produced/wrote …" about a film.
pub const WORK_WORDS: &[&str] = &[
    "film",
    "movie",
    "feature",
    "project",
    "picture",
    "story",
    "script",
    "screenplay",
    "western",
    "drama",
    "thriller",
    "comedy",
    "documentary",
    "series",
    "pilot",
    "episode",
    "adaptation",
    "sequel",
    "remake",
    "treatment",
    "shoot",
];

/// Jobs held at an organisation rather than on a film ("the studio's CEO", "the festival's
/// artistic director"): read only when the organisation is named or described with them.
pub const ORG_JOBS: &[(&str, &str)] = &[
    ("artistic director", "Artistic Director"),
    ("executive director", "Executive Director"),
    ("managing director", "Managing Director"),
    ("program director", "Program Director"),
    ("programme director", "Programme Director"),
    ("ceo", "CEO"),
    ("chief executive", "Chief Executive"),
    ("president", "President"),
    ("chairman", "Chair"),
    ("chairwoman", "Chair"),
    ("chair", "Chair"),
    ("founder", "Founder"),
    ("co-founder", "Co-Founder"),
    ("programmer", "Programmer"),
    ("head", "Head"),
    ("chief", "Chief"),
    ("business agent", "Business Agent"),
    ("secretary", "Secretary"),
    ("cabinet secretary", "Secretary"),
    ("commissioner", "Commissioner"),
    ("superintendent", "Superintendent"),
    ("vice president", "Vice President"),
    ("general manager", "General Manager"),
    ("deputy director", "Deputy Director"),
    ("business manager", "Business Manager"),
    ("jury president", "Jury President"),
];

/// Nouns for an organisation that scope the job written with them ("festival director",
/// "the agency's director"): the role is held there, not on the film. "Department" and
/// "company" are left out: a film has its own ("the art department head").
pub const SCOPE_NOUNS: &[&str] = &[
    "festival",
    "studio",
    "network",
    "agency",
    "union",
    "guild",
    "academy",
    "bureau",
    "commission",
    "council",
    "museum",
    "university",
    "school",
    "college",
    "institute",
    "foundation",
    "streamer",
    "distributor",
    "broadcaster",
    "channel",
    "market",
    "organization",
    "organisation",
    "jury",
];

/// Words of a long career before a job and a name ("the veteran cinematographer X"): the job is
/// the person's trade, told of other work, not a credit on this film.
pub const CAREER_MODIFIERS: &[&str] = &["veteran", "legendary", "seasoned", "renowned", "famed", "storied"];

/// Verbs of attribution in a parenthesis between a verb and its complement ("was, she said, her
/// mentor", "was, prosecutors say, the armourer").
pub const ATTRIBUTION_VERBS: &[&str] = &["said", "says", "told", "recalled", "recalls", "testified", "added"];

/// Nouns for an organisation that scope a job only in the possessive ("the local's president",
/// "the firm's founder"): bare, they are adjectives or the film's own ("local producer X").
pub const POSSESSIVE_SCOPE_NOUNS: &[&str] = &["local", "firm", "company", "chapter", "league", "club"];

/// Verbs of "the jury, led by X": X presides over the jury.
pub const LED_BY: &[&str] = &["led", "headed", "chaired", "presided"];

/// Words before "for" that make the capitalised run after it a work, not a person:
/// "recognised for Harbor Lights", "nominated for Best Editing", "best known for Dry Creek".
pub const WORK_FOR_CUES: &[&str] = &[
    "recognised",
    "recognized",
    "nominated",
    "known",
    "praised",
    "acclaimed",
    "remembered",
    "honoured",
    "honored",
    "celebrated",
    "lauded",
    "cited",
    "famous",
];

/// Words after "X, a/an <job>" that make the job describe other work ("an actor known for
/// …"), not a role in this production.
pub const OTHER_WORK_CUES: &[&str] = &["known", "best", "famous", "remembered", "whose", "veteran"];

/// Credit form of the organisation job `phrase` (lower case), if it is one.
pub fn org_job(phrase: &str) -> Option<&'static str> {
    ORG_JOBS.iter().find(|(p, _)| *p == phrase).map(|(_, j)| *j)
}

/// Auxiliaries and adverbs skipped between a subject and its verb.
pub const AUX: &[&str] = &[
    "would",
    "will",
    "also",
    "has",
    "have",
    "had",
    "is",
    "was",
    "are",
    "were",
    "now",
    "then",
    "later",
    "to",
    "be",
    "been",
    "officially",
    "reportedly",
    "previously",
    "currently",
    "initially",
    "originally",
    "eventually",
    "subsequently",
    "who",
    "set",
    "expected",
    "slated",
    "due",
    "going",
    "since",
    "already",
    "still",
    "once",
    "again",
    "ultimately",
    "first",
    "not",
    "never",
    "had",
    "both",
];

/// Words that end a described character ("an aging outlaw who …").
pub const NP_STOP: &[&str] = &[
    "who", "that", "which", "whose", "trying", "to", "from", "with", "in", "on", "at", "for", "of", "and", "or", "but",
    "as", "by", "after", "before", "when", "while", "is", "was", "are", "were", "has", "had", "will", "would", "out",
    "through", "comes", "must", "seeking", "looking",
];

/// Credit nouns before "was by"/"is by" or as a label ("Casting was by A", "Screenplay: A, B")
/// and the job they credit.
pub const CREDIT_NOUNS: &[(&str, &str)] = &[
    ("casting", "casting director"),
    ("screenplay", "writer"),
    ("script", "writer"),
    ("music", "composer"),
    ("score", "composer"),
    ("editing", "editor"),
    ("cinematography", "cinematographer"),
    ("photography", "cinematographer"),
];

/// First words of a sentence that is a cast list, where "A (B)" is actor A as character B
/// ("With A (B) and C (D).", "Starring A (B).").
pub const CAST_LIST_OPENERS: &[&str] = &["with", "starring", "featuring", "cast"];

/// Verbs after which, in a sentence about the cast, a list of names is a cast list ("the
/// ensemble includes A (B)", "a drama starring A as Sheriff B"): each name is an actor.
pub const CAST_LIST_VERBS: &[&str] =
    &["includes", "include", "including", "starring", "stars", "featuring", "features"];

/// Nouns for performers: a sentence naming one is about the cast ("actor A joins with B as …").
pub const PERFORMER_NOUNS: &[&str] = &["actor", "actors", "actress", "actresses", "performer", "performers"];

pub const DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its"];

/// Nouns that name a work in apposition before its quoted title ("her debut, “Dust,” won …"):
/// the title is then the subject of what follows.
pub const WORK_NOUNS: &[&str] = &[
    "debut",
    "feature",
    "film",
    "movie",
    "picture",
    "series",
    "show",
    "documentary",
    "short",
    "western",
    "drama",
    "comedy",
    "thriller",
    "sequel",
    "follow-up",
    "project",
];

/// Verbs a work's title governs as subject when they follow it at once ("“Dust” won …",
/// "“Dust,” shot in 2019, …"), besides the auxiliaries and any verb in "-ed".
pub const WORK_PREDICATES: &[&str] = &[
    "won",
    "shot",
    "took",
    "made",
    "began",
    "became",
    "ran",
    "sold",
    "drew",
    "went",
    "got",
    "wins",
    "opens",
    "premieres",
    "screens",
    "stars",
    "earns",
    "plays",
];

/// Participles that tie a credit or a shoot to the title before them ("“Dust,” directed by X").
/// Credits inside a description set off after a title ("“Dust,” the studio's heist comedy from
/// director X,", "“Dust,” a thriller starring X,"): the description and its people are that work's.
pub const WORK_APPOSITION_CREDITS: &[&str] =
    &[" starring ", " directed by ", " from director ", " from writer-director ", " by director ", " written by "];

/// Determiners that open a description set off after a title ("“Dust,” a thriller …").
pub const WORK_APPOSITION_OPENERS: &[&str] = &["a", "an", "the", "its", "their", "his", "her"];

pub const WORK_PARTICIPLES: &[&str] =
    &["directed", "produced", "written", "shot", "filmed", "created", "made", "starring", "led", "edited"];

/// Credit verbs whose object may be a work ("directed “Dust”", "starred in “Dust”"): with
/// another work as object, the clause (or the relative clause) tells of that work.
pub const WORK_CREDIT_VERBS: &[&str] = &[
    "directed",
    "co-directed",
    "produced",
    "co-produced",
    "wrote",
    "co-wrote",
    "shot",
    "filmed",
    "lensed",
    "photographed",
    "edited",
    "scored",
    "starred",
    "made",
    "created",
    "lit",
    "designed",
    "costumed",
    "choreographed",
    "cast",
];

/// Relative pronouns that open a clause about the title before them ("“Dust,” which began …").
pub const WORK_RELATIVES: &[&str] = &["which", "that", "whose"];

/// Prepositions that open a relative clause about the title before them with "which" ("“Dust,”
/// in which X played a gunman", "“Dust,” for which she won …").
pub const WORK_RELATIVE_PREPOSITIONS: &[&str] = &["in", "for", "on", "from", "during", "with", "after"];

/// Conjunctions and marks that end one clause and start the next ("…, and her second film …").
pub const CLAUSE_BREAKS: &[&str] = &["; ", ": ", ", and ", ", but ", ", while ", ", whereas "];

/// Modifiers that put a job in the past ("a former stunt double", "onetime editor X"): the
/// person held it before, not on this production.
pub const PAST_JOB_MODIFIERS: &[&str] = &["former", "onetime", "one-time", "erstwhile", "ex", "ex-", "retired"];

/// Role verbs that may close a sentence after its subjects ("A and B produce.", "A produced."):
/// each subject holds the job.
pub const CLOSING_ROLE_VERBS: &[&str] = &[
    "produce",
    "co-produce",
    "produced",
    "co-produced",
    "direct",
    "co-direct",
    "directed",
    "co-directed",
    "write",
    "co-write",
];

/// Nouns of a body that, as the object of "directs" ("who directs the state film office"), make
/// the verb the heading of that body rather than a film's direction.
pub const ORGANISATION_OBJECTS: &[&str] = &[
    "office",
    "agency",
    "festival",
    "commission",
    "department",
    "bureau",
    "division",
    "programme",
    "program",
    "museum",
    "institute",
    "school",
    "council",
    "foundation",
    "academy",
    "fund",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plural_job_is_the_job_but_a_short_or_unknown_plural_is_none() {
        assert_eq!(jobs_of("stars")[0].kind, RoleKind::Cast);
        assert_eq!(jobs_of("executive producers")[0].job, "Executive Producer");
        assert!(is_job_word("co-stars") && !is_job_word("casting director"));
        assert!(jobs_of("sons").is_empty(), "a plural of fewer than four letters is left alone");
        assert!(jobs_of("stevens").is_empty() && jobs_of("actresss").is_empty());
    }
}
