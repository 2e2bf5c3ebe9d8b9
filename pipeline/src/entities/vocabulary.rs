//! The job vocabulary of the role rules (a rule table, kept apart from the code in
//! [`super::roles`] that applies it): job phrases normalised to credit form, with their kind.

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
    crew("camera operator", Camera, "Camera Operator"),
    crew("gaffer", Camera, "Gaffer"),
    crew("editor", Editing, "Editor"),
    crew("film editor", Editing, "Editor"),
    crew("composer", SoundMusic, "Composer"),
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
    crew("stunt double", CrewSafety, "Stunt Double"),
    crew("stuntman", CrewSafety, "Stunt Performer"),
    crew("stuntwoman", CrewSafety, "Stunt Performer"),
    crew("stunt performer", CrewSafety, "Stunt Performer"),
    other("attorney", Legal, "Attorney"),
    other("lawyer", Legal, "Attorney"),
    other("defense attorney", Legal, "Attorney"),
    other("district attorney", Legal, "District Attorney"),
    other("prosecutor", Legal, "Prosecutor"),
    other("special prosecutor", Legal, "Special Prosecutor"),
    other("judge", Legal, "Judge"),
    other("sheriff", Legal, "Sheriff"),
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

/// True when `lower` is a one-word job of the vocabulary ("director", "co-star").
pub fn is_job_word(lower: &str) -> bool {
    VOCABULARY.iter().any(|j| j.phrase == lower)
}

/// Every job the vocabulary gives `phrase` (lower case).
pub fn jobs_of(phrase: &str) -> Vec<Job> {
    VOCABULARY.iter().filter(|j| j.phrase == phrase).copied().collect()
}
