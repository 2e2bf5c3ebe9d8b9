//! Roles of people: the sentence shapes that state a role with a job of the
//! [`super::vocabulary`] ("director X", "X serves as producer",
//! "X plays Y", "Y (X)", "X, Y and Z round out the cast", "directed by X"…).

use knowledge::{Relation, RoleKind};

use super::gazetteer as gz;
use super::names::Unit;
use super::people;
use super::vocabulary::{
    APPOINT_VERBS, ATTACH_VERBS, ATTRIBUTION_VERBS, AUX, CAREER_MODIFIERS, CAST, CAST_LIST_OPENERS, CAST_LIST_VERBS,
    CLOSING_ROLE_VERBS, CRAFTS, CREDIT_NOUN_WORDS, CREDIT_NOUNS, DEPARTURE_VERBS, DETERMINERS, FOR_PERSON_JOBS,
    HANDLED_VERBS, Job, LEAD_VERBS, LED_BY, MADE_WORKS, MAKING_VERBS, NONFICTION_WORDS, NOT_PLAYING, NP_STOP,
    ORGANISATION_OBJECTS, OTHER_WORK_CUES, PART_VERBS, PAST_JOB_MODIFIERS, PERFORMER_NOUNS, PLOT_STOPS, PLOT_VERBS,
    POSSESSIVE_SCOPE_NOUNS, RETURN_VERBS, ROLE_WINNING_VERBS, SCOPE_NOUNS, STEP_IN_VERBS, STORY_ROLE_LEADS,
    STORY_ROLE_NOUNS, SUBJECT_PRONOUNS, SUCCESSION_VERBS, TURN_UP_VERBS, WORK_WORDS, is_job_word, jobs_of, org_job,
    teaching_relation,
};

/// The words `lo..hi` as a lower-case phrase, when they are words with no possessive inside.
fn phrase(unit: &Unit, lo: usize, hi: usize) -> Option<String> {
    let words =
        hi <= unit.toks.len() && (lo..hi).all(|i| unit.toks[i].word && !(i + 1 < hi && unit.toks[i].possessive));
    words.then(|| (lo..hi).map(|i| unit.toks[i].lower.as_str()).collect::<Vec<_>>().join(" "))
}

/// Token ranges of one to four words ending at `end`, longest first.
fn spans_ending_at(end: usize) -> impl Iterator<Item = (usize, usize)> {
    (1..=4).rev().filter(move |&len| end >= len).map(move |len| (end - len, end))
}

/// Token ranges of one to four words starting at `start`, longest first.
fn spans_starting_at(start: usize) -> impl Iterator<Item = (usize, usize)> {
    (1..=4).rev().map(move |len| (start, start + len))
}

/// The first of `spans` that is a job phrase: its tokens and jobs.
fn first_job(unit: &Unit, mut spans: impl Iterator<Item = (usize, usize)>) -> Option<(usize, usize, Vec<Job>)> {
    spans.find_map(|(lo, hi)| {
        let jobs = jobs_of(&phrase(unit, lo, hi)?);
        (!jobs.is_empty()).then_some((lo, hi, jobs))
    })
}

/// The longest job phrase whose last word is token `end - 1`: its first token and jobs.
pub fn job_ending_at(unit: &Unit, end: usize) -> Option<(usize, Vec<Job>)> {
    first_job(unit, spans_ending_at(end)).map(|(lo, _, jobs)| (lo, jobs))
}

/// The longest job phrase starting at token `start`: one past its last token, and its jobs.
pub fn job_starting_at(unit: &Unit, start: usize) -> Option<(usize, Vec<Job>)> {
    first_job(unit, spans_starting_at(start)).map(|(_, hi, jobs)| (hi, jobs))
}

/// A person mention inside a unit, as the role rules see it.
#[derive(Clone, Debug)]
pub struct PersonRef {
    /// First token.
    pub lo: usize,
    /// One past the last token.
    pub hi: usize,
    /// Merge key of the person.
    pub key: String,
    /// True when written in the possessive ("Lee’s").
    pub possessive: bool,
}

/// The character of a cast role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Character {
    /// As written ("Ida Vance") or a described role ("bounty hunter").
    pub name: String,
    /// True for a proper name, false for a description.
    pub named: bool,
}

/// A role stated by one unit.
#[derive(Clone, Debug)]
pub struct RoleFact {
    /// Merge key of the person.
    pub person: String,
    /// Cast, crew or other.
    pub kind: RoleKind,
    /// Credit form of the job.
    pub job: &'static str,
    /// The character, for cast roles that give one.
    pub character: Option<Character>,
    /// The organisation the role is held at, when not the production ("Festival", "FBI").
    pub organisation: Option<String>,
    /// True when the sentence says the person was replaced in this role.
    pub replaced: bool,
}

impl RoleFact {
    /// An actor playing the named character `part`.
    pub fn playing(person: &str, part: &str) -> RoleFact {
        RoleFact {
            person: person.to_owned(),
            kind: RoleKind::Cast,
            job: super::vocabulary::ACTOR,
            character: Some(Character { name: part.to_owned(), named: true }),
            organisation: None,
            replaced: false,
        }
    }
}

/// An organisation mention inside a unit, as the role rules see it.
#[derive(Clone, Debug)]
pub struct OrgRef {
    /// First token.
    pub lo: usize,
    /// One past the last token (a possessive `’s` excluded).
    pub hi: usize,
    /// The organisation's display name.
    pub name: String,
}

/// Everything the role rules found in one unit.
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// Roles of mentioned people.
    pub roles: Vec<RoleFact>,
    /// Proper names identified as characters (never people).
    pub characters: Vec<String>,
    /// Roles held only if the corpus casts the person nowhere ("X’s costumes").
    pub tentative: Vec<RoleFact>,
    /// (predecessor's key, successor's key) for "X has been replaced by Y", "Y replaces X",
    /// "Y stepped in after X left": when the sentence gives X no role, X held the one Y takes.
    pub successions: Vec<(String, String)>,
    /// "Y (X)" read as character Y played by person X: (Y as written, X's key). The reading is
    /// turned round when the corpus shows Y to be an actor ("Y (X)" is also "actor (part)").
    pub paren_parts: Vec<(String, String)>,
}

impl Found {
    fn add(&mut self, person: &str, job: Job, character: Option<Character>) {
        let character = if job.kind == RoleKind::Cast { character } else { None };
        // Named characters, and titled ones ("Detective Mae Lin"), are never people.
        if let Some(c) = character.as_ref().filter(|c| c.named || c.name.starts_with(char::is_uppercase)) {
            self.characters.push(c.name.clone());
        }
        // Two shapes of one sentence may state the same role.
        if self.roles.iter().any(|r| {
            r.person == person && r.kind == job.kind && r.job == job.job && r.character == character && !r.replaced
        }) {
            return;
        }
        self.roles.push(RoleFact {
            person: person.to_owned(),
            kind: job.kind,
            job: job.job,
            character,
            organisation: None,
            replaced: false,
        });
    }

    /// A role held at `organisation`: a film job there is a relation to it, not a film credit.
    fn add_scoped(&mut self, person: &str, credits: &[(RoleKind, &'static str)], organisation: &str) {
        for &(kind, job) in credits {
            let kind = if matches!(kind, RoleKind::Other(_)) { kind } else { RoleKind::Other(Relation::Other) };
            if self
                .roles
                .iter()
                .any(|r| r.person == person && r.job == job && r.organisation.as_deref() == Some(organisation))
            {
                continue;
            }
            self.roles.push(RoleFact {
                person: person.to_owned(),
                kind,
                job,
                character: None,
                organisation: Some(organisation.to_owned()),
                replaced: false,
            });
        }
    }

    fn add_all(&mut self, person: &str, jobs: &[Job]) {
        for &job in jobs {
            self.add(person, job, None);
        }
    }
}

fn verb(unit: &Unit, i: usize, words: &[&str]) -> bool {
    unit.is(i, words)
}

/// True when tokens `i..i+4` hold an object about a film ("the story", "the film").
fn work_object(unit: &Unit, i: usize, lex_title: &dyn Fn(usize) -> bool) -> bool {
    for k in i..(i + 4).min(unit.toks.len()) {
        let t = &unit.toks[k];
        if !t.word && !matches!(t.lower.as_str(), "“" | "‘" | "\"") {
            return false;
        }
        if WORK_WORDS.contains(&t.lower.as_str()) || lex_title(k) {
            return true;
        }
        if unit.is(k, &["it", "him", "her", "them", "on"]) {
            return false;
        }
    }
    false
}

/// A job after "as": skips a determiner and up to two modifiers ("as an executive producer").
fn job_after_as(unit: &Unit, as_at: usize) -> Option<Vec<Job>> {
    let mut k = as_at + 1;
    if unit.is(k, DETERMINERS) {
        k += 1;
    }
    // "as the film's cinematographer", "as the production's armorer": this work's job.
    if (unit.is(k, WORK_WORDS) || unit.is(k, &["production"])) && unit.toks[k].possessive {
        k += 1;
    }
    for _ in 0..3 {
        if let Some((_, jobs)) = job_starting_at(unit, k) {
            return Some(jobs);
        }
        // "as the festival’s director": a job held at someone else's, not the film's.
        if !unit.lower_word(k) || unit.toks[k].possessive {
            return None;
        }
        k += 1;
    }
    None
}

/// Character named or described from token `i` on ("Ida Vance", "an outlaw named X",
/// "a vigilant U.S. Marshal").
pub fn character_after(unit: &Unit, i: usize) -> Option<Character> {
    let n = unit.toks.len();
    if i >= n {
        return None;
    }
    // "Dolan’s daughter, June": a possessive opens a description like a determiner.
    let mut possessor = unit.cap(i) && unit.toks[i].possessive;
    let mut np_lo = i + 1;
    if unit.cap(i) && !possessor && !unit.is(i, DETERMINERS) && !unit.is(i, &["the"]) {
        let mut hi = i + 1;
        while hi < n && unit.cap(hi) && !unit.toks[hi - 1].possessive {
            hi += 1;
        }
        // "Maren Holt's mother, Agnes": a possessive name opens a description too.
        if !unit.toks[hi - 1].possessive || hi >= n || unit.cap(hi) {
            return Some(character_from(unit, i, hi));
        }
        possessor = true;
        np_lo = hi;
    }
    if !unit.is(i, DETERMINERS) && !possessor {
        return None;
    }
    let mut k = np_lo;
    while k < n && k < np_lo + 4 && unit.toks[k].word && !unit.is(k, NP_STOP) && !unit.is(k, &["named", "called"]) {
        k += 1;
    }
    // "an outlaw named X", "her teenage son, X."
    let apposed = unit.is(k, &[","]) && unit.cap(k + 1) && {
        let mut e = k + 1;
        while e < n && unit.cap(e) {
            e += 1;
        }
        // A month's name closing the apposition is a name ("his daughter, June.").
        (e >= unit.toks.len() || unit.is(e, &[".", ",", ";", ")"]))
            && (k + 1..e).all(|i| {
                people::valid_name_token(unit, i)
                    || crate::dates::is_calendar_word(&unit.toks[i].lower)
                    // "the harbor master, Captain Rhys Colby."
                    || (i == k + 1 && super::gazetteer::contains(super::gazetteer::TITLE_WORDS, &unit.toks[i].lower))
            })
    };
    if (unit.is(k, &["named", "called"]) && unit.cap(k + 1)) || apposed {
        let lo = k + 1;
        let mut hi = lo + 1;
        while hi < n && unit.cap(hi) && !unit.toks[hi - 1].possessive {
            hi += 1;
        }
        return Some(character_from(unit, lo, hi));
    }
    described(unit, np_lo, k, false)
}

/// Character named or described by the words just before token `end` ("Ida Vance (X)",
/// "a skilled bounty hunter (X)").
pub fn character_before(unit: &Unit, end: usize) -> Option<Character> {
    if end == 0 || !unit.toks[end - 1].word {
        return None;
    }
    let mut lo = end;
    while lo > 0 && unit.cap(lo - 1) && !unit.toks[lo - 1].possessive && !unit.is(lo - 1, DETERMINERS) {
        lo -= 1;
    }
    if lo < end {
        let preceded_by_lower = lo > 0 && unit.lower_word(lo - 1) && !unit.is(lo - 1, DETERMINERS);
        let mut named = character_from(unit, lo, end);
        // "U.S. Marshal Wood Helm (X)": a titled name.
        let titles = (lo..end)
            .take_while(|&k| super::gazetteer::contains(super::gazetteer::TITLE_WORDS, &unit.toks[k].lower))
            .count();
        if titles > 0 && lo + titles < end && character_from(unit, lo + titles, end).named {
            named.named = true;
        }
        if named.named || !preceded_by_lower {
            return job_ending_at(unit, end).is_none_or(|(l, _)| l > lo).then_some(named);
        }
    }
    // A described role: walk back to a determiner over at most four words.
    let mut k = end;
    while k > 0 && end - k < 5 && unit.toks[k - 1].word && !unit.is(k - 1, DETERMINERS) {
        k -= 1;
    }
    if k == 0 || !unit.is(k - 1, DETERMINERS) || k == end {
        return None;
    }
    described(unit, k, end, true)
}

fn character_from(unit: &Unit, lo: usize, hi: usize) -> Character {
    let named =
        (lo..hi).all(|i| people::valid_name_token(unit, i)) && job_ending_at(unit, hi).is_none_or(|(l, _)| l < lo);
    Character { name: unit.slice(lo, hi).to_owned(), named }
}

/// A described character from the words `lo..hi`: the capitalised tail ("U.S. Marshal") or
/// the last two words ("bounty hunter"); none when `jobs_end_it` and the words end with a job
/// ("the director (X)" is a credit, not a character).
fn described(unit: &Unit, lo: usize, hi: usize, jobs_end_it: bool) -> Option<Character> {
    if lo >= hi
        // A kinship word is a part ("his teenage grandson (X)"), any other job a credit.
        || (jobs_end_it
            && job_ending_at(unit, hi)
                .is_some_and(|(_, jobs)| jobs.iter().any(|j| j.kind != RoleKind::Other(Relation::Family))))
        || (lo..hi).any(|i| unit.is(i, &["character", "role", "part"]))
    {
        return None;
    }
    let first_cap = (lo..hi).find(|&i| unit.cap(i));
    let from = first_cap.unwrap_or(hi.saturating_sub(2).max(lo));
    // The capitalised run ends the name: "the ranger Abel Voss two months later" is Abel Voss.
    let hi = first_cap.and_then(|c| (c..hi).find(|&i| !unit.cap(i))).unwrap_or(hi);
    Some(Character { name: unit.slice(from, hi).to_owned(), named: false })
}

/// Finds every role stated in `unit` for the people mentioned in it.
///
/// `antecedent` is the first person of the previous sentence: the referent of a sentence that
/// starts with "The actor …", "He …". `in_title` tells whether a token is inside a quoted title.
pub fn find(
    unit: &Unit,
    people: &[PersonRef],
    orgs: &[OrgRef],
    antecedent: Option<&str>,
    in_title: &dyn Fn(usize) -> bool,
) -> Found {
    let mut found = Found::default();
    let n = unit.toks.len();
    // "Callum Vane as Eamon Pike": a cast-list line opens with the actor and "as".
    // The part closes the line or a description follows it; "Ann Lee as Ben Hale's mother"
    // leaves Ben Hale a name, and "Ann Lee as Producer" is a job.
    let cast_line = people.first().is_some_and(|p| {
        let end = (p.hi + 1..n).find(|&k| !unit.cap(k)).unwrap_or(n);
        p.lo == 0
            && !p.possessive
            && unit.is(p.hi, &["as"])
            && end > p.hi + 1
            && job_starting_at(unit, p.hi + 1).is_none_or(|(hi, _)| hi < end)
            && !unit.toks[end - 1].possessive
            && (end == n || unit.is(end, &[",", "(", "—", "–", "-"]))
    });
    // "The ensemble also includes A (B), C (D)": a name right after a cast verb opens a list.
    let listed =
        cast_context(unit) && (0..n).any(|i| unit.is(i, CAST_LIST_VERBS) && people.iter().any(|p| p.lo == i + 1));
    let cast_list = unit.is(0, CAST_LIST_OPENERS) || cast_line || listed;
    for (mi, m) in people.iter().enumerate() {
        let next_person = people.get(mi + 1).map_or(n, |p| p.lo);
        // "The jury, led by Dutch director X": X presides over the jury; the job is X's work
        // elsewhere, not a credit here.
        if leads_jury(unit, m) {
            found.add_scoped(&m.key, &[(RoleKind::Other(Relation::Other), "Jury President")], "Jury");
        } else if let Some((lo, player)) = titled_part(unit, m, people) {
            // "opposite Ann Lee as the widow Mae Turner", "Tom Vale's Sheriff Jack Holt": the
            // titled name is a part, played by the person before it when one is named.
            let name = unit.slice(lo, m.hi).to_owned();
            match player {
                Some(p) => found.add(&p.key, CAST, Some(Character { name, named: true })),
                None => found.characters.push(name),
            }
        } else if let Some(title) = job_before(unit, m).filter(|_| !made_other_work(unit, m, in_title)) {
            // "director X", "co-star, X."
            title.record(unit, &m.key, orgs, &mut found);
        }
        // "X—the cinematographer", "X, the film’s director"
        if !(cast_list && unit.is(m.hi, &["("])) {
            appositive_jobs(unit, m, people, orgs, &mut found);
        }
        // "appointed X as special prosecutor", "the producers hired X as armourer", "brought in
        // X as cinematographer".
        let verb_at = m.lo.wrapping_sub(1 + usize::from(unit.is(m.lo.wrapping_sub(1), &["in", "on"])));
        if !m.possessive
            && unit.is(verb_at, APPOINT_VERBS)
            && unit.is(m.hi, &["as"])
            && let Some(jobs) = job_after_as(unit, m.hi)
        {
            found.add_all(&m.key, &jobs);
        }
        // "Dust Road, which X also produced"
        if let Some(jobs) = relative_credit(unit, m, in_title) {
            found.add_all(&m.key, &jobs);
        }
        // "X serves as producer and co-wrote the story"
        if !m.possessive {
            // "Sam Okoro '09 was …", "X, 38, plays …", "X (Other Show) will play …": a class
            // year, an age or a parenthesis after the name.
            let hi = m.hi + class_year_len(unit, m.hi) + age_len(unit, m.hi);
            let hi = hi + paren_len(unit, hi, people);
            // "his grandson, X, has taken over as …": the apposition's closing comma.
            let apposed = unit.is(m.lo.wrapping_sub(1), &[","]) && unit.is(hi, &[","]) && unit.is(hi + 1, AUX);
            predicates(unit, hi + usize::from(apposed), next_person, &m.key, &mut found, in_title);
            // "X, an actor known for “Other Show,” plays a guard": the verb after the apposition.
            // The apposition may name someone else ("X, the widower of Y, coming aboard as …").
            if let Some(verb_at) = after_apposition(unit, hi, n) {
                let limit = people.iter().find(|p| p.lo > verb_at).map_or(n, |p| p.lo);
                predicates(unit, verb_at, limit, &m.key, &mut found, in_title);
            }
        }
        // "…; Ann Lee is Hattie Lowe, the widow who hires him": in a sentence about the cast, a
        // name after "is" that an apposition describes is the character played.
        if !m.possessive
            && unit.is(m.hi, &["is"])
            && cast_context(unit)
            && let Some(c) = character_after(unit, m.hi + 1).filter(|c| c.named)
        {
            let end = (m.hi + 1..n).find(|&k| !unit.cap(k)).unwrap_or(n);
            if unit.is(end, &[","]) && unit.is(end + 1, &["a", "an", "the"]) {
                found.add(&m.key, CAST, Some(c));
            }
        }
        // "Y (X)", "Y (played by X)", "Y, played by X"; in a cast list the parenthesis holds
        // the character instead.
        if let Some(c) = paren_character(unit, m).filter(|_| !cast_list) {
            found.paren_parts.push((c.name.clone(), m.key.clone()));
            found.add(&m.key, CAST, Some(c));
        }
        if let Some(c) = bio_heading_part(unit, m) {
            found.add(&m.key, CAST, Some(c));
        }
        // "X, playing the harbor pilot, arrives"
        if !m.possessive
            && unit.is(m.hi, &[","])
            && unit.is(m.hi + 1, &["playing", "portraying"])
            && let Some(c) = character_after(unit, m.hi + 2)
        {
            found.add(&m.key, CAST, Some(c));
        }
        // "X, as the rival surveyor Y, steals every scene"
        if let Some(c) = apposed_part(unit, m) {
            found.add(&m.key, CAST, Some(c));
        }
        // "X in the lead role of Y"
        if let Some(c) = role_of(unit, m.hi) {
            found.add(&m.key, CAST, Some(c));
        }
        // "X’s character, Y"
        if m.possessive && unit.is(m.hi, &["character", "role"]) {
            let mut k = m.hi + 1;
            if unit.is(k, &[",", "as", "named", "of"]) {
                k += 1;
            }
            if let Some(c) = character_after(unit, k).filter(|c| c.named) {
                found.add(&m.key, CAST, Some(c));
            }
        }
        // "Tom Hale’s Tobias is all menace": an actor's possessive on a name is the part.
        // Only a first name written alone, or a name described as one of a story's people
        // ("Ann Lee's Deacon Flint, a preacher who …"): "Scorsese's DiCaprio" is an actor.
        if m.possessive
            && let Some(part) = people.get(mi + 1).filter(|p| {
                p.lo == m.hi
                    && p.key != m.key
                    && ((p.hi == p.lo + 1 && p.key.split(' ').next() == Some(unit.toks[p.lo].lower.as_str()))
                        || story_apposition(unit, p.hi))
            })
        {
            found.add(&m.key, CAST, Some(Character { name: unit.slice(part.lo, part.hi).to_owned(), named: true }));
        }
        // "X’s performance", "X’s script"; "X’s costumes" only for someone the corpus does
        // not cast (an actor's costumes are not the actor's work).
        if m.possessive
            && let Some((jobs, craft)) = possessed_work(unit, m.hi)
        {
            if craft {
                found.tentative.extend(jobs.iter().map(|&job| RoleFact {
                    person: m.key.clone(),
                    kind: job.kind,
                    job: job.job,
                    character: None,
                    organisation: None,
                    replaced: false,
                }));
            } else {
                found.add_all(&m.key, &jobs);
            }
        }
        // "the new drama from Oscar nominee X": the maker a work comes from.
        if !m.possessive
            && let Some(from) = (m.lo.saturating_sub(4)..m.lo).rev().find(|&k| unit.is(k, &["from"]))
            // "from Blumhouse's Jason Blum", "from producer X": someone else's, or another job.
            && (from + 1..m.lo).all(|k| unit.toks[k].word && !unit.toks[k].possessive && !is_job_word(&unit.toks[k].lower))
            && (from.saturating_sub(3)..from).any(|k| unit.is(k, MADE_WORKS))
        {
            found.add_all(&m.key, &jobs_of("director"));
        }
        // "with X executive producing": a participle of a credit after the name.
        if unit.is(m.lo.wrapping_sub(1), &["with"]) && !m.possessive {
            let k = m.hi + usize::from(unit.is(m.hi, &["executive"]));
            let job = match unit.toks.get(k).map(|t| t.lower.as_str()) {
                Some("producing" | "co-producing") if k > m.hi => "executive producer",
                Some("producing" | "co-producing") => "producer",
                Some("directing" | "co-directing") if k == m.hi => "director",
                _ => "",
            };
            found.add_all(&m.key, &jobs_of(job));
        }
        // "co-wrote the story with X", "… with the novelist X", "produced alongside X"
        let with = (1..=3).map(|d| m.lo.wrapping_sub(d)).find(|&i| unit.is(i, &["with", "alongside"])).filter(|&w| {
            (w + 1..m.lo).all(|i| !unit.cap(i) && unit.toks[i].lower.chars().all(|c| c.is_alphabetic() || c == '-'))
        });
        if let Some(with) = with {
            let from = with.saturating_sub(6);
            for k in from..with {
                if let Some(jobs) = verb_job(unit, k) {
                    found.add_all(&m.key, &jobs);
                    break;
                }
            }
        }
    }
    for group in groups(unit, people) {
        group_cues(unit, people, &group, &mut found);
    }
    closing_verb(unit, people, &mut found);
    // "Writers: A, B", "Directed by: A", "Screenplay: A, B": a credit label before a list of
    // names gives each the job.
    let label = job_starting_at(unit, 0)
        .or_else(|| verb_job(unit, 0).map(|jobs| (1 + usize::from(unit.is(1, &["by"])), jobs)))
        .or_else(|| CREDIT_NOUNS.iter().find(|(noun, _)| unit.is(0, &[noun])).map(|(_, job)| (1, jobs_of(job))))
        // … and "Music Ben Hale" on a credits-block line, the names right after the label.
        .filter(|(end, _)| unit.is(*end, &[":"]) || (unit.heading && people.first().is_some_and(|p| p.lo == *end)));
    if let Some((end, jobs)) = label {
        for m in people.iter().filter(|m| m.lo > end && !m.possessive) {
            for &job in &jobs {
                if !found.roles.iter().any(|r| r.person == m.key && r.job == job.job) {
                    found.add(&m.key, job, None);
                }
            }
        }
    }
    // "As producer, X kept the shoot on schedule" ("As an executive producer, X said" speaks of
    // the trade in general).
    if unit.is(0, &["as"]) && !unit.is(1, &["a", "an"]) {
        let at = 1 + usize::from(unit.is(1, &["the"]));
        if let Some((end, jobs)) = job_starting_at(unit, at)
            && unit.is(end, &[","])
            && let Some(m) = people.iter().find(|p| p.lo == end + 1 && !p.possessive)
        {
            found.add_all(&m.key, &jobs);
        } else if let Some(c) = opening_part(unit)
            && let Some(m) = people.iter().find(|p| unit.is(p.lo.wrapping_sub(1), &[","]) && !p.possessive)
            && (1..m.lo - 1).all(|k| unit.toks[k].word)
        {
            // "As Mercy, Lorna Szabo is ferocious", "As the widow Mae Turner, X steals it".
            found.add(&m.key, CAST, Some(c));
        }
    }
    replacements(unit, people, &mut found);
    // Cast lists: "starring A as B, C as D", "the cast includes A (Greta Holm)".
    if cast_context(unit) || cast_list {
        for m in people.iter().filter(|m| !m.possessive) {
            let named = if unit.is(m.hi, &["as"]) && unit.cap(m.hi + 1) {
                character_after(unit, m.hi + 1)
            // "A (The Long Night)": a press release's credit of another work, not a part.
            } else if unit.is(m.hi, &["("]) && unit.cap(m.hi + 1) && !matches!(unit.word(m.hi + 1), "The" | "A" | "An")
            {
                let mut e = m.hi + 1;
                while unit.cap(e) {
                    e += 1;
                }
                let c = character_from(unit, m.hi + 1, e);
                unit.is(e, &[")"]).then_some(c)
            } else {
                None
            };
            // "A as B" in a cast list names B's character even when B reads like a name; a list
            // opening the sentence ("With A (Widow B)") also names titled characters.
            let titled = |c: &Character| cast_list && c.name.starts_with(char::is_uppercase);
            if let Some(c) = named.filter(|c| (c.named && !people.iter().any(|p| p.lo == m.hi + 2)) || titled(c)) {
                found.add(&m.key, CAST, Some(c));
            }
        }
    }
    // "The actor also serves as producer", "He plays …"
    if let Some(key) = antecedent {
        let start = usize::from(unit.is(0, &["“", "\""]));
        let len = if unit.is(start, &["he", "she"]) {
            1
        } else if unit.is(start, &["the"])
            && unit.is(start + 1, &["actor", "actress", "star", "director", "filmmaker", "producer", "writer"])
        {
            2
        } else {
            0
        };
        let first_person = people.first().map_or(n, |p| p.lo);
        if len > 0 && first_person > start + len {
            predicates(unit, start + len, first_person, key, &mut found, in_title);
        }
    }
    // "has been cast as Captain Ilse Maren", "will play Teo Marsh": a character, whoever plays it
    // (the actor may go by one name, which is never read as a person).
    for k in 0..n {
        let at = if unit.is(k, &["cast", "stars", "starred", "starring", "co-stars", "co-starring"])
            && unit.is(k + 1, &["as"])
        {
            k + 2
        } else if unit.cap(k) && unit.toks[k].possessive && unit.is(k + 1, &["character", "role"]) {
            // "Calder's character, Harland Rust": whoever Calder is.
            k + 2 + usize::from(unit.is(k + 2, &[",", "named", "as"]))
        } else if unit.is(k, &["play", "plays", "portray", "portrays"])
            && unit.cap(k + 1)
            // "The documentary portrays Tom Vale as a reckless producer", "The film, which
            // portrays Ann Lee …": a work portraying real people.
            // "In the film, Ann Lee plays Y" has its own subject.
            && !(k.saturating_sub(4)..k).any(|i| {
                unit.is(i, &["documentary", "film", "movie", "series", "book", "profile", "biopic", "report"])
                    && (i + 1..k).all(|j| !unit.cap(j))
            })
        {
            let mut end = k + 1;
            while unit.cap(end) {
                end += 1;
            }
            if unit.is(end, &["as"]) {
                continue;
            }
            k + 1
        } else {
            continue;
        };
        if let Some(c) = character_after(unit, at).filter(|c| c.named || c.name.starts_with(char::is_uppercase)) {
            found.characters.push(c.name);
        }
        // "will play Maren Holt's mother": the possessor is a character too.
        let end = (at..n).find(|&e| !unit.cap(e) || unit.toks[e].possessive).unwrap_or(n);
        if end < n && end >= at && unit.cap(end) && unit.toks[end].possessive {
            found.characters.push(unit.slice(at, end + 1).to_owned());
        }
    }
    plot_characters(unit, &mut found);
    pronoun_parts(unit, people, &mut found);
    found
}

/// "The film follows lighthouse keeper Maren Holt": the name a work's plot follows is a
/// character (a documentary or a profile follows real people, and is left alone).
fn plot_characters(unit: &Unit, found: &mut Found) {
    let n = unit.toks.len();
    if (0..n).any(|k| unit.is(k, NONFICTION_WORDS)) {
        return;
    }
    // "In the story, her partner Ben Okafor …": the sentence tells the plot.
    if unit.is(0, &["in"]) && unit.is(1, &["the"]) && unit.is(2, WORK_WORDS) && unit.is(3, &[","]) {
        story_companions(unit, 2, found);
    }
    // "Ford plays Mara, a detective whose brother Eli Quint has vanished."
    if let Some(k) = (1..n).find(|&k| unit.is(k, PART_VERBS)) {
        story_companions(unit, k, found);
    }
    for k in 1..n {
        let told = unit.is(k, PLOT_VERBS)
            && (k.saturating_sub(3)..k).any(|j| unit.is(j, WORK_WORDS) || unit.is(j, &["which", "it"]));
        if !told {
            continue;
        }
        story_companions(unit, k, found);
        let lo = (k + 1..(k + 5).min(n)).find(|&j| !unit.lower_word(j) || is_job_word(&unit.toks[j].lower));
        let Some(lo) = lo.filter(|&j| unit.cap(j) && (k + 1..j).all(|w| !is_job_word(&unit.toks[w].lower))) else {
            continue;
        };
        // "follows Alec Baldwin's character": the possessor plays the character.
        let hi = (lo..n).find(|&j| !unit.cap(j) || unit.toks[j].possessive).unwrap_or(n);
        if hi < n && unit.toks[hi].possessive {
            continue;
        }
        if hi > lo + 1 && (lo..hi).all(|j| people::valid_name_token(unit, j)) {
            found.characters.push(unit.slice(lo, hi).to_owned());
        }
    }
}

/// "… hunts the killer Silas Drake with her partner Ben Okafor": after a plot's verb at `k`,
/// a full name after "the/her …" and a noun of the story's people is a character too.
fn story_companions(unit: &Unit, k: usize, found: &mut Found) {
    let n = unit.toks.len();
    for j in k + 2..n {
        if unit.is(j, PLOT_STOPS) {
            return;
        }
        let led = unit.is(j - 1, STORY_ROLE_LEADS)
            || (unit.lower_word(j - 1) && j >= k + 3 && unit.is(j - 2, STORY_ROLE_LEADS));
        if !(unit.is(j, STORY_ROLE_NOUNS) && unit.lower_word(j) && led) {
            continue;
        }
        let lo = j + 1;
        let hi = (lo..n).find(|&e| !unit.cap(e) || unit.toks[e].possessive).unwrap_or(n);
        // "her husband Tom Vale produced it": a credit after the name is this film's, not the plot's.
        let credited = verb_job(unit, hi).is_some();
        if hi > lo + 1
            && hi - lo <= 3
            && (lo..hi).all(|e| people::valid_name_token(unit, e))
            && !unit.is(hi, &["("])
            && !credited
        {
            found.characters.push(unit.slice(lo, hi).to_owned());
        }
    }
}

/// "X, who was later replaced by Y", "X was replaced by Y": X's roles in the sentence are
/// marked replaced, and Y takes the same jobs; with none for X, X held whatever Y takes.
fn replacements(unit: &Unit, people: &[PersonRef], found: &mut Found) {
    // "X has exited …, and he has been replaced by Y": the pronoun is the sentence's subject.
    let subject = people.first().filter(|p| !p.possessive);
    for k in 1..unit.toks.len() {
        if unit.is(k - 1, SUBJECT_PRONOUNS)
            && let Some(x) = subject.filter(|x| x.hi < k)
            && let Some(y) = passive_replaced_by(unit, k, people)
        {
            found.successions.push((x.key.clone(), y.key.clone()));
        }
    }
    // "Y replaces X", "Y steps in for X", "Y, who took over the part after X left".
    for (yi, y) in people.iter().enumerate().filter(|(_, y)| !y.possessive) {
        let limit = people.get(yi + 1).map_or(unit.toks.len(), |p| p.lo);
        let mut k = y.hi;
        if unit.is(k, &[","]) && unit.is(k + 1, &["who"]) {
            k += 2;
        }
        while unit.is(k, AUX) || unit.is(k, &["is", "was", "has", "had"]) {
            k += 1;
        }
        let x = if unit.is(k, SUCCESSION_VERBS) {
            // "replaced X", "took over from X", "replaced the late X".
            let lead = (k + 1..k + 3).take_while(|&j| unit.is(j, &["for", "from", "the", "late", "original"])).count();
            let x = people.iter().find(|p| p.lo == k + 1 + lead && !p.possessive);
            // "Y replaced X as cinematographer": the job changes hands.
            if let Some(x) = x
                && x.key != y.key
                && unit.is(x.hi, &["as"])
                && let Some(jobs) = job_after_as(unit, x.hi)
            {
                found.add_all(&y.key, &jobs);
                for job in jobs {
                    found.roles.push(RoleFact {
                        person: x.key.clone(),
                        kind: job.kind,
                        job: job.job,
                        character: None,
                        organisation: None,
                        replaced: true,
                    });
                }
            }
            x
        } else if unit.is(k, STEP_IN_VERBS) && unit.is(k + 1, &["in", "into", "over"]) {
            // "after X left", "for X", "from X", a few words on.
            let after = (k + 2..(k + 12).min(limit)).find(|&a| unit.is(a, &["after", "for", "from"]));
            after
                .and_then(|a| people.iter().find(|p| p.lo == a + 1 && !p.possessive))
                .filter(|p| !unit.is(p.lo - 1, &["after"]) || unit.is(p.hi, DEPARTURE_VERBS))
        } else {
            None
        };
        if let Some(x) = x.filter(|x| x.key != y.key) {
            found.successions.push((x.key.clone(), y.key.clone()));
        }
    }
    for m in people {
        let mut k = m.hi;
        if unit.is(k, &[","]) && unit.is(k + 1, &["who"]) {
            k += 2;
        }
        while unit.is(k, &["was", "is", "has", "had", "been", "later", "eventually", "quickly", "ultimately", "then"]) {
            k += 1;
        }
        if !(unit.is(k, &["replaced"]) && unit.is(k + 1, &["by", "with"])) {
            continue;
        }
        let Some(successor) = people.iter().find(|p| p.lo == k + 2) else { continue };
        if !found.roles.iter().any(|r| r.person == m.key) {
            found.successions.push((m.key.clone(), successor.key.clone()));
        }
        let taken: Vec<RoleFact> = found
            .roles
            .iter_mut()
            .filter(|r| r.person == m.key)
            .map(|r| {
                r.replaced = true;
                RoleFact { person: successor.key.clone(), replaced: false, ..r.clone() }
            })
            .collect();
        found.roles.extend(taken);
    }
}

/// The person after "has been replaced by" at token `k` (auxiliaries first).
fn passive_replaced_by<'a>(unit: &Unit, mut k: usize, people: &'a [PersonRef]) -> Option<&'a PersonRef> {
    while unit.is(k, &["was", "is", "has", "had", "have", "been", "later", "since", "now"]) {
        k += 1;
    }
    (unit.is(k, &["replaced"]) && unit.is(k + 1, &["by", "with"])).then(|| people.iter().find(|p| p.lo == k + 2))?
}

/// True when a unit talks about casting ("stars", "starring", "cast", "plays").
fn cast_context(unit: &Unit) -> bool {
    (0..unit.toks.len()).any(|i| {
        unit.is(i, &["star", "stars", "starring", "co-star", "co-stars", "co-starring", "cast", "plays", "ensemble"])
    })
}

/// A job written as a title: its tokens `lo..hi`, its film jobs (empty for an organisation
/// job) and the organisation job's credit form.
struct Title {
    lo: usize,
    hi: usize,
    jobs: Vec<Job>,
    org_job: Option<&'static str>,
}

impl Title {
    /// Records the title's roles for `person`: scoped to the organisation written with it
    /// ("festival director X", "X, director of the Foo Festival"), or else the film jobs, with
    /// a coordinated one before them ("writer and director X"). An organisation job without an
    /// organisation says nothing about the film and is left out.
    fn record(&self, unit: &Unit, person: &str, orgs: &[OrgRef], found: &mut Found) {
        if let Some(org) = scope_before(unit, self.lo, orgs).or_else(|| scope_after(unit, self.hi, orgs)) {
            let credits: Vec<(RoleKind, &'static str)> = match self.org_job {
                Some(job) => vec![(RoleKind::Other(Relation::Other), job)],
                None => self.jobs.iter().map(|j| (j.kind, j.job)).collect(),
            };
            found.add_scoped(person, &credits, &org);
            return;
        }
        if self.org_job.is_some() {
            return;
        }
        found.add_all(person, &self.jobs);
        if unit.is(self.lo.wrapping_sub(1), &["and", "&", "/"])
            && let Some((_, more)) = job_ending_at(unit, self.lo - 1)
        {
            found.add_all(person, &more);
        }
    }
}

/// The first of `spans` that is a job, film or organisation (a film job first at equal length).
fn first_title(unit: &Unit, mut spans: impl Iterator<Item = (usize, usize)>) -> Option<Title> {
    spans.find_map(|(lo, hi)| {
        let words = phrase(unit, lo, hi)?;
        let jobs = jobs_of(&words);
        let org_job = org_job(&words).filter(|_| jobs.is_empty());
        (!jobs.is_empty() || org_job.is_some()).then_some(Title { lo, hi, jobs, org_job })
    })
}

/// The longest job (film or organisation) whose last word is token `end - 1`.
fn title_ending_at(unit: &Unit, end: usize) -> Option<Title> {
    first_title(unit, spans_ending_at(end))
}

/// The longest job (film or organisation) starting at token `start`.
fn title_starting_at(unit: &Unit, start: usize) -> Option<Title> {
    first_title(unit, spans_starting_at(start))
}

/// The organisation written just before a job at token `lo`: "festival director", "the
/// studio’s CEO", "the FBI director", "the Foo Festival’s director".
fn scope_before(unit: &Unit, lo: usize, orgs: &[OrgRef]) -> Option<String> {
    let k = lo.checked_sub(1)?;
    if let Some(o) = orgs.iter().find(|o| o.hi == lo) {
        return Some(o.name.clone());
    }
    let t = &unit.toks[k];
    if !t.word {
        return None;
    }
    let word = unit.word(k);
    if SCOPE_NOUNS.contains(&t.lower.as_str()) || (t.possessive && POSSESSIVE_SCOPE_NOUNS.contains(&t.lower.as_str())) {
        return Some(capitalised(&t.lower));
    }
    // "the FBI director", not "the LA producer": a place's abbreviation is not an organisation.
    let place = word.len() < 3 || super::gazetteer::PLACE_ABBREVIATIONS.iter().any(|(a, _)| *a == word);
    if is_acronym(word) && !place {
        return Some(word.to_owned());
    }
    // "the union's national executive director": a possessive scope noun before an adjective or two.
    (1..=2)
        .map(|d| k.checked_sub(d))
        .take_while(|j| j.is_some_and(|j| unit.lower_word(j + 1) && !unit.toks[j + 1].possessive))
        .flatten()
        .find(|&j| unit.toks[j].possessive && SCOPE_NOUNS.contains(&unit.toks[j].lower.as_str()))
        .map(|j| capitalised(&unit.toks[j].lower))
}

/// The organisation a job at tokens ending at `hi` is held at, written after it: "director
/// of the Foo Festival", "artistic director at the festival", "a business agent for Local 9".
fn scope_after(unit: &Unit, hi: usize, orgs: &[OrgRef]) -> Option<String> {
    if !unit.is(hi, &["of", "at", "for"]) {
        return None;
    }
    let k = if unit.is(hi + 1, &["the"]) { hi + 2 } else { hi + 1 };
    if let Some(o) = orgs.iter().find(|o| o.lo == k) {
        return Some(o.name.clone());
    }
    let word = unit.toks.get(k).filter(|t| t.word && SCOPE_NOUNS.contains(&t.lower.as_str()))?;
    Some(capitalised(&word.lower))
}

/// `word` with its first letter in upper case ("festival" → "Festival").
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// True for an all-capitals word of two to six letters ("FBI", "HBO").
fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.chars().count()) && word.chars().all(|c| c.is_ascii_uppercase())
}

fn job_before(unit: &Unit, m: &PersonRef) -> Option<Title> {
    let mut end = m.lo;
    if unit.is(end.wrapping_sub(1), &[","]) {
        // Appositive "his young co-star, X." only when X closes the clause.
        if !(m.hi >= unit.toks.len() || unit.is(m.hi, &[",", ".", ")", ";", "—", "–"])) {
            return None;
        }
        end -= 1;
    }
    let Some(title) = title_ending_at(unit, end) else {
        // "another of her teachers, the documentary maker X": a relation before a description.
        let lo = (end.saturating_sub(3)..end).find(|&k| {
            unit.is(k.wrapping_sub(1), &["the", "a", "an"])
                && (k..end).all(|j| unit.lower_word(j) && !unit.is(j, DETERMINERS))
        })?;
        return relation_before(unit, lo);
    };
    // "former editor X": a job held before; "the veteran cinematographer X": a trade.
    if unit.is(title.lo.wrapping_sub(1), PAST_JOB_MODIFIERS) || unit.is(title.lo.wrapping_sub(1), CAREER_MODIFIERS) {
        return None;
    }
    // "her husband, the cinematographer X": the relation is the role here; the apposed job is
    // X's trade, told of other work.
    if let Some(relation) = relation_before(unit, title.lo) {
        return Some(relation);
    }
    let lo = title.lo;
    // A capitalised job word mid-sentence belongs to a name ("Hollywood Reporter"), unless it
    // is a title before the name ("Judge X", "Composer X" at a sentence start).
    let is_title = |i: usize| super::gazetteer::contains(super::gazetteer::TITLE_WORDS, &unit.toks[i].lower);
    let ok = (lo..end).all(|i| {
        !unit.cap(i)
            || unit.toks[i].initial
            || unit.heading
            || is_title(i)
            || (i == lo && !unit.cap(lo.wrapping_sub(1)))
            || (i == lo && scope_before(unit, lo, &[]).is_some())
    });
    // "Production Designer X", "and Casting Director Y": a whole job in capitals opening a
    // phrase (no capitalised word before it) is a title too.
    let titled = (lo..end).all(|i| unit.cap(i)) && !unit.cap(lo.wrapping_sub(1));
    (ok || titled).then_some(title)
}

/// A part written as a title before a name: "as the widow Mae Turner" in a sentence about the
/// cast or after a person, or "Tom Vale's Sheriff Jack Holt" (a title in capitals after a
/// person's possessive, not a film job). The first token of the part's name (the title kept
/// when in capitals) and the person playing it, if named.
fn titled_part<'a>(unit: &Unit, m: &PersonRef, people: &'a [PersonRef]) -> Option<(usize, Option<&'a PersonRef>)> {
    // "Tom Vale's Sheriff Jack Holt", "Ann Lee's Marshal Coy Bender".
    let is_title = |k: usize| {
        unit.cap(k)
            && (super::gazetteer::contains(super::gazetteer::TITLE_WORDS, &unit.toks[k].lower)
                || jobs_of(&unit.toks[k].lower).iter().any(|j| matches!(j.kind, RoleKind::Other(_))))
    };
    if let Some(p) = people.iter().find(|p| p.possessive && p.hi < m.lo && p.hi + 3 > m.lo && p.key != m.key)
        && (p.hi..m.lo).all(is_title)
    {
        return Some((p.hi, Some(p)));
    }
    let title = title_ending_at(unit, m.lo)?;
    if title.jobs.iter().any(|j| matches!(j.kind, RoleKind::Cast | RoleKind::Crew(_))) {
        return None;
    }
    let det = title.lo.checked_sub(1).filter(|&d| unit.is(d, &["the", "a"]))?;
    if !unit.is(det.wrapping_sub(1), &["as"]) {
        return None;
    }
    let before = people.iter().find(|p| p.hi + 1 == det && p.key != m.key && !p.possessive);
    let lo = if (title.lo..m.lo).all(|k| unit.cap(k)) { title.lo } else { m.lo };
    (before.is_some() || cast_context(unit)).then_some((lo, before))
}

/// True for "X, who made “Other Title” with her": a relative clause after the name whose making
/// verb takes a quoted title that is not this production's, so a job written before the name
/// ("the director X") is held on that work.
fn made_other_work(unit: &Unit, m: &PersonRef, in_title: &dyn Fn(usize) -> bool) -> bool {
    if !unit.is(m.hi, &[","]) || !unit.is(m.hi + 1, &["who"]) {
        return false;
    }
    (m.hi + 2..(m.hi + 5).min(unit.toks.len()))
        .take_while(|&k| unit.lower_word(k))
        .any(|k| unit.is(k, MAKING_VERBS) && unit.is(k + 1, &["“", "\"", "‘"]) && unit.cap(k + 2) && !in_title(k + 2))
}

/// The part an opening "As Y," names: a name closing at the comma ("As Mercy,"), or one after
/// "the" and a description ("As the widow Mae Turner,"); "As a result," and "As Variety
/// reported," name none.
fn opening_part(unit: &Unit) -> Option<Character> {
    let comma = (2..unit.toks.len().min(8)).find(|&k| !unit.toks[k].word)?;
    if !unit.is(comma, &[","]) || !unit.cap(comma - 1) || unit.toks[comma - 1].possessive {
        return None;
    }
    let c = character_after(unit, 1)?;
    (c.named || (unit.is(1, &["the"]) && c.name.starts_with(char::is_uppercase))).then_some(c)
}

/// The relation a job title at token `lo` stands in apposition to ("her mentor, the art director
/// X"): the title of a person's relation, then a comma and an optional determiner.
fn relation_before(unit: &Unit, lo: usize) -> Option<Title> {
    let det = usize::from(unit.is(lo.wrapping_sub(1), &["the", "a", "an"]));
    let comma = lo.checked_sub(1 + det)?;
    if !unit.is(comma, &[","]) {
        return None;
    }
    // "her thesis adviser there, the cinematographer X": an adverb may close the relation.
    let end = comma - usize::from(unit.is(comma.wrapping_sub(1), &["there", "then", "once", "later"]));
    title_ending_at(unit, end)
        .filter(|t| !t.jobs.is_empty() && t.jobs.iter().all(|j| matches!(j.kind, RoleKind::Other(_))))
}

/// True for "the jury, led by [a description of] X": a verb of leading after "jury" and before
/// the name, within the clause.
fn leads_jury(unit: &Unit, m: &PersonRef) -> bool {
    let Some(by) = (m.lo.saturating_sub(5)..m.lo).rev().find(|&k| unit.is(k, &["by"])) else { return false };
    unit.is(by.wrapping_sub(1), LED_BY)
        && (by.saturating_sub(5)..by).any(|k| unit.is(k, &["jury"]))
        && (by + 1..m.lo).all(|k| unit.toks[k].word)
}

/// True when the object at `k` is a score ("the score", "the film's music"): the verb before
/// it credits the composer.
fn score_object(unit: &Unit, k: usize) -> bool {
    const SCORE: &[&str] = &["score", "music", "soundtrack"];
    unit.is(k + 1, SCORE) || (unit.toks.get(k + 1).is_some_and(|t| t.possessive) && unit.is(k + 2, SCORE))
}

/// "Dust Road, which X also produced": a role verb that ends a relative clause about a work.
fn relative_credit(unit: &Unit, m: &PersonRef, in_title: &dyn Fn(usize) -> bool) -> Option<Vec<Job>> {
    let rel = m.lo.checked_sub(1).filter(|&r| unit.is(r, &["which", "that"]))?;
    let mut i = m.hi;
    while unit.is(i, &["also", "had", "has", "later", "then", "once", "originally", "co"]) {
        i += 1;
    }
    let jobs = verb_job(unit, i)?;
    let closes = i + 1 >= unit.toks.len() || unit.is(i + 1, &[",", ".", ";", ")", "—", "–", "and"]);
    let about_work = (rel.saturating_sub(6)..rel).any(|k| unit.is(k, WORK_WORDS) || in_title(k));
    (closes && about_work).then_some(jobs)
}

/// The character of "in the (lead) role of Y" at token `k`, just after a person's name.
fn role_of(unit: &Unit, mut k: usize) -> Option<Character> {
    if unit.is(k, &[","]) {
        k += 1;
    }
    // "X landed the role of Y", "X was cast in the role of Y".
    while unit.is(k, &["was", "is", "has", "been", "cast"]) || unit.is(k, ROLE_WINNING_VERBS) {
        k += 1;
    }
    if unit.is(k, &["the"]) && unit.is(k.wrapping_sub(1), ROLE_WINNING_VERBS) {
        k -= 1;
    } else if !(unit.is(k, &["in", "as"]) && unit.is(k + 1, &["the"])) {
        return None;
    }
    k += 2;
    if unit.is(k, &["lead", "leading", "title", "starring", "supporting", "main", "central", "key", "recurring"]) {
        k += 1;
    }
    if !(unit.is(k, &["role", "part"]) && unit.is(k + 1, &["of"])) {
        return None;
    }
    // A name, perhaps with a title ("Detective Mae Lin"); not a description ("of a lifetime").
    character_after(unit, k + 2).filter(|c| c.named || c.name.starts_with(char::is_uppercase))
}

/// The part an apposition opening with "as" names ("X, as the rival surveyor Mara Pike, …"):
/// after a determiner and at most three lower-case words, a name closed by a comma.
fn apposed_part(unit: &Unit, m: &PersonRef) -> Option<Character> {
    if m.possessive || !unit.is(m.hi, &[","]) || !unit.is(m.hi + 1, &["as"]) {
        return None;
    }
    // "X, as Lucas's mother, Ada, …": a part told by its relation to another.
    if unit.cap(m.hi + 2) && unit.toks[m.hi + 2].possessive {
        let c = character_after(unit, m.hi + 2).filter(|c| c.named)?;
        let at = (m.hi + 3..unit.toks.len()).find(|&k| unit.toks[k].word && unit.cap(k))?;
        let hi = (at..unit.toks.len()).find(|&k| !unit.cap(k))?;
        return unit.is(hi, &[","]).then_some(c);
    }
    // "X, as Elias, appears in flashbacks": the part's name alone.
    if unit.cap(m.hi + 2) && !unit.is(m.hi + 2, DETERMINERS) {
        let hi = (m.hi + 2..unit.toks.len()).find(|&k| !unit.cap(k))?;
        let c = character_from(unit, m.hi + 2, hi);
        return (unit.is(hi, &[","]) && c.named && job_starting_at(unit, m.hi + 2).is_none()).then_some(c);
    }
    if !unit.is(m.hi + 2, DETERMINERS) {
        return None;
    }
    let lo = (m.hi + 3..m.hi + 7).find(|&k| !unit.lower_word(k))?;
    if !unit.cap(lo) {
        return None;
    }
    let hi = (lo..unit.toks.len()).find(|&k| !unit.cap(k))?;
    let c = character_from(unit, lo, hi);
    (unit.is(hi, &[","]) && c.named).then_some(c)
}

fn appositive_jobs(unit: &Unit, m: &PersonRef, people: &[PersonRef], orgs: &[OrgRef], found: &mut Found) {
    // "X, as the widow Y, …": the part played, which `apposed_part` reads, not X's relation.
    if !unit.is(m.hi, &[",", "—", "–", "-", "("]) || m.possessive || apposed_part(unit, m).is_some() {
        return;
    }
    let start = m.hi + 1 + one_of_len(unit, m.hi + 1);
    let mut end = start + 4;
    let mut k = start;
    let mut past_org: Option<String> = None;
    while k < end {
        // "X, the IATSE Local 480 business agent": the organisation scopes a job held there
        // ("X, a Foo Pictures producer" may be the film's: left alone).
        if let Some(o) = orgs.iter().find(|o| o.lo == k && o.hi > k) {
            // … and the branch written after it ("Local 480").
            let mut hi = o.hi;
            while hi < o.hi + 2
                && unit.toks.get(hi).is_some_and(|t| t.lower.bytes().all(|b| b.is_ascii_digit()) || unit.cap(hi))
            {
                hi += 1;
            }
            end += hi - k;
            past_org = Some(unit.slice(k, hi).to_owned());
            k = hi;
            continue;
        }
        if let Some(title) = title_starting_at(unit, k) {
            let hi = title.hi;
            if let Some(org) = &past_org {
                if let Some(job) = title.org_job {
                    found.add_scoped(&m.key, &[(RoleKind::Other(Relation::Other), job)], org);
                }
                return;
            }
            // "A, cinematographer B": the job is B's title, not A's apposition; so is it in
            // "A, the armourer, B, and …", a list of jobs and names.
            if unit.toks[hi - 1].possessive
                || people.iter().any(|p| p.lo == hi || (p.lo == hi + 1 && unit.is(hi, &[","])))
            {
                return;
            }
            // "X, an actor known for Other Show": other work, not a role here.
            if unit.is(k.wrapping_sub(1), &["a", "an"]) && unit.is(hi, OTHER_WORK_CUES) {
                return;
            }
            // "X, a cinematographer who mentored her": a trade, and the relation it made.
            if unit.is(k.wrapping_sub(1), &["a", "an"])
                && unit.is(hi, &["who"])
                && let Some(jobs) = teaches(unit, hi + 1)
            {
                found.add_all(&m.key, &jobs);
                return;
            }
            title.record(unit, &m.key, orgs, found);
            // "the star and producer"
            if title.org_job.is_none()
                && scope_before(unit, k, orgs).is_none()
                && unit.is(hi, &["and"])
                && let Some((_, more)) = {
                    // "the star and one of its producers", "the star and a co-producer".
                    let j = hi + 1 + one_of_len(unit, hi + 1);
                    job_starting_at(unit, j + usize::from(unit.is(j, &["a", "an"])))
                }
            {
                found.add_all(&m.key, &more);
            }
            return;
        }
        // "X, a former stunt double": a job held before.
        if unit.is(k, PAST_JOB_MODIFIERS) {
            return;
        }
        let t = unit.toks.get(k);
        let skippable = t.is_some_and(|t| t.word && (unit.lower_word(k) || t.possessive))
            // "X, working with cinematographer Y": a job after a preposition is someone else's.
            // "X, is a costume designer": the predicate of a longer subject, a trade told in general.
            && !unit.is(k, &["who", "whose", "which", "that", "and", "said", "says", "with", "alongside", "opposite", "under", "by", "for", "to", "from", "like", "of", "is", "was", "are", "were"]);
        if !skippable || (unit.toks[k].possessive && is_job_word(&unit.toks[k].lower)) {
            return;
        }
        k += 1;
    }
}

/// True for ", a preacher who …", ", the bounty hunter": an apposition at token `at` whose head,
/// after an article and at most two more words, is a noun of a story's people.
fn story_apposition(unit: &Unit, at: usize) -> bool {
    unit.is(at, &[","])
        && unit.is(at + 1, &["a", "an", "the"])
        && (at + 2..at + 5)
            .take_while(|&k| unit.lower_word(k))
            .any(|k| unit.is(k, STORY_ROLE_NOUNS) && !unit.is(k + 1, &["of"]))
}

/// The length of "one of its", "another of the film's" at token `k`: one member of a group of
/// the work's people ("X, one of its executive producers"), or 0.
fn one_of_len(unit: &Unit, k: usize) -> usize {
    if !unit.is(k, &["one", "another"]) || !unit.is(k + 1, &["of"]) {
        return 0;
    }
    let mut len = 2;
    while len < 4 && (unit.is(k + len, DETERMINERS) || unit.toks.get(k + len).is_some_and(|t| t.possessive)) {
        len += 1;
    }
    if len > 2 { len } else { 0 }
}

/// The token after an apposition that opens at the comma `comma` with a lower-case word ("X, an
/// actor known for “Show,” plays …"): past its closing comma and quote, before `limit`.
fn after_apposition(unit: &Unit, comma: usize, limit: usize) -> Option<usize> {
    if !unit.is(comma, &[","]) || !unit.lower_word(comma + 1) || unit.is(comma + 1, &["and", "or", "but"]) {
        return None;
    }
    let close = (comma + 2..(comma + 16).min(limit)).find(|&k| unit.is(k, &[","]))?;
    if (comma + 1..close).any(|k| unit.is(k, &[";", ".", "—", "–", "("])) {
        return None;
    }
    let mut k = close + 1;
    while unit.is(k, &["”", "’", "\""]) {
        k += 1;
    }
    (k < limit && unit.lower_word(k)).then_some(k)
}

/// Jobs stated by a role verb at token `k` ("directed", "co-wrote", "produced").
fn verb_job(unit: &Unit, k: usize) -> Option<Vec<Job>> {
    let phrase = if unit.is(
        k,
        &[
            "wrote",
            "co-wrote",
            "written",
            "co-written",
            "penned",
            "co-penned",
            "scripted",
            "co-scripted",
            "writes",
            "co-writes",
        ],
    ) {
        "writer"
    } else if unit.is(k, &["directed", "co-directed", "helmed", "directs", "co-directs", "directing"]) {
        // "who directs the state film office": heading a body is no film's direction.
        let body = (k + 1..unit.toks.len().min(k + 5))
            .take_while(|&j| unit.lower_word(j))
            .any(|j| unit.is(j, ORGANISATION_OBJECTS) && !unit.toks[j].possessive);
        if body {
            return None;
        }
        "director"
    } else if unit.is(k, &["produced", "co-produced", "produces", "co-produces", "producing", "co-producing"]) {
        "producer"
    } else if unit.is(k, &["edited", "co-edited", "edits", "co-edits"]) {
        "editor"
    } else {
        return None;
    };
    Some(jobs_of(phrase))
}

/// The number of tokens of a short parenthesis naming no one at token `at` ("(Yellowjackets)"),
/// or 0.
fn paren_len(unit: &Unit, at: usize, people: &[PersonRef]) -> usize {
    if !unit.is(at, &["("]) {
        return 0;
    }
    let close = (at + 1..(at + 7).min(unit.toks.len())).find(|&k| unit.is(k, &[")"]));
    match close {
        Some(c) if !people.iter().any(|p| p.lo > at && p.lo < c) => c + 1 - at,
        _ => 0,
    }
}

/// The number of tokens of an age set off after a name (", 38,"), or 0.
fn age_len(unit: &Unit, at: usize) -> usize {
    let age = unit
        .toks
        .get(at + 1)
        .is_some_and(|t| (1..=3).contains(&t.lower.len()) && t.lower.bytes().all(|b| b.is_ascii_digit()));
    if unit.is(at, &[","]) && age && unit.is(at + 2, &[","]) { 3 } else { 0 }
}

/// The number of tokens of an alumnus's class year at token `at` ("'09", "’14"), or 0.
fn class_year_len(unit: &Unit, at: usize) -> usize {
    let year =
        |k: usize| unit.toks.get(k).is_some_and(|t| t.lower.len() == 2 && t.lower.bytes().all(|b| b.is_ascii_digit()));
    if unit.is(at, &["'", "’"]) && year(at + 1) {
        2
    } else if unit.toks.get(at).is_some_and(|t| matches!(t.lower.strip_prefix(['\'', '’']), Some(y) if y.len() == 2 && y.bytes().all(|b| b.is_ascii_digit()))) {
        1
    } else {
        0
    }
}

/// Role verbs after a subject, across coordinated predicates, up to token `limit`.
fn predicates(
    unit: &Unit,
    from: usize,
    limit: usize,
    person: &str,
    found: &mut Found,
    in_title: &dyn Fn(usize) -> bool,
) {
    let mut i = from;
    let relative = unit.is(i, &[","]) && unit.is(i + 1, &["who"]);
    if relative {
        i += 2;
    }
    let limit = limit.min(unit.toks.len());
    'outer: while i < limit {
        let start = i;
        while i < limit && unit.is(i, AUX) {
            i += 1;
        }
        // "has been tapped to direct", "signs on to produce": the credit is the infinitive.
        if unit.is(i, ATTACH_VERBS) {
            let on = usize::from(unit.is(i + 1, &["on"]));
            if unit.is(i + 1 + on, &["to"]) {
                i += 2 + on;
            }
        }
        if i > start {
            i += attribution_len(unit, i);
        }
        if i >= limit {
            return;
        }
        let copula = (start..i).any(|k| unit.is(k, &["is", "was"]));
        // "He was, she said, her mentor", "X is his lawyer": a relation to someone named
        // before; in a sentence about the cast it is the part's ("Y is her husband").
        if copula
            && unit.is(i, &["her", "his", "their"])
            && !cast_context(unit)
            && let Some((hi, jobs)) = job_starting_at(unit, i + 1)
            && jobs.iter().all(|j| matches!(j.kind, RoleKind::Other(_)))
            && !unit.toks[hi - 1].possessive
            && !unit.is(hi, &["of"])
        {
            found.add_all(person, &jobs);
            return;
        }
        let mut matched_to = None;
        // "X was a grip on the film": a trade told with the work it was practised on.
        if copula
            && unit.is(i, &["a", "an"])
            && let Some((hi, jobs)) = job_starting_at(unit, i + 1)
            && unit.is(hi, &["on", "for"])
            && work_object(unit, hi + 1, in_title)
        {
            found.add_all(person, &jobs);
            return;
        }
        if copula && unit.is(i, &["the"]) && unit.is(i + 1, &["voice"]) && unit.is(i + 2, &["of"]) {
            // "X is the voice of the lighthouse".
            found.add(person, CAST, character_after(unit, i + 3));
            return;
        }
        if copula && unit.is(i, &["the"]) {
            // "X is the writer and director.": jobs that end the clause, none held elsewhere;
            // "X was the film's first assistant director": this work's.
            let mut k = i + 1;
            if (unit.is(k, WORK_WORDS) || unit.is(k, &["production"])) && unit.toks[k].possessive {
                k += 1;
            }
            let mut jobs = Vec::new();
            while let Some((hi, more)) = job_starting_at(unit, k).filter(|(hi, _)| !unit.toks[hi - 1].possessive) {
                jobs.extend(more);
                k = hi;
                if !(unit.is(k, &["and", "&"]) && job_starting_at(unit, k + 1).is_some()) {
                    break;
                }
                k += 1;
            }
            // "X was the stunt double for Y": a job done for the next person named.
            let for_person =
                unit.is(k, &["for"]) && k + 1 == limit && jobs.iter().all(|j| FOR_PERSON_JOBS.contains(&j.job));
            // "X was the gaffer on “Title”", "X was the film's editor and also …".
            let on_work = unit.is(k, &["on", "for"]) && work_object(unit, k + 1, in_title);
            let ends = unit.is(k, &[".", ",", ";", "!", "—", "–", "and"]);
            if !jobs.is_empty() && (k >= limit || for_person || on_work || ends) {
                found.add_all(person, &jobs);
            }
            return;
        } else if verb(
            unit,
            i,
            &[
                "serve",
                "serves",
                "served",
                "serving",
                "act",
                "acts",
                "acted",
                "acting",
                "work",
                "works",
                "worked",
                "return",
                "returns",
                "returned",
                "join",
                "joins",
                "joined",
                "joining",
                "signed",
                "sign",
                "signs",
                "hired",
                "named",
                "tapped",
                "brought",
                "boarded",
                "boards",
                "board",
                "came",
                "come",
                "comes",
                "coming",
                "remains",
                "remained",
                "stays",
                "taken",
                "took",
                "takes",
                "stepped",
                "steps",
                "reprises",
                "reprised",
                "reprising",
                "returning",
            ],
        ) {
            for k in i + 1..(i + 7).min(limit) {
                // "joins “Title” as an actress": the title's quotes do not end the clause.
                if !unit.toks[k].word && !unit.is(k, &["“", "”", "\""]) {
                    break;
                }
                // "joined the cast a week later as the sheriff": the part played, which
                // `group_cues` reads, not a job.
                if unit.is(k, &["as"]) && (i + 1..k).any(|c| unit.is(c, &["cast", "ensemble"])) {
                    break;
                }
                if unit.is(k, &["as"]) {
                    if let Some(jobs) = job_after_as(unit, k) {
                        // "worked as a gaffer on “Other Title”": a job on that work.
                        if !on_other_title(unit, k + 2, in_title) {
                            found.add_all(person, &jobs);
                        }
                        matched_to = Some(k + 2);
                    } else if unit.is(i, RETURN_VERBS)
                        && let Some(c) =
                            character_after(unit, k + 1).filter(|c| c.named || c.name.starts_with(char::is_uppercase))
                    {
                        // "X returns as Maren Holt", "X reprises his role as Y".
                        found.add(person, CAST, Some(c));
                        matched_to = Some(k + 2);
                    }
                    break;
                }
            }
        } else if verb(
            unit,
            i,
            &[
                "plays",
                "played",
                "play",
                "playing",
                "portrays",
                "portrayed",
                "portray",
                "portraying",
                "voices",
                "voiced",
            ],
        ) {
            match character_after(unit, i + 1) {
                Some(c) if !is_generic_part(&c.name) => found.add(person, CAST, Some(c)),
                // "X plays the title role": a part, unnamed.
                Some(_) => found.add(person, CAST, None),
                None if unit.is(i + 1, &["the"]) && unit.is(i + 2, &["title", "lead", "leading", "starring"]) => {
                    found.add(person, CAST, None)
                }
                None => {}
            }
            matched_to = Some(i + 2);
        } else if verb(
            unit,
            i,
            &[
                "star",
                "stars",
                "starred",
                "starring",
                "co-star",
                "co-stars",
                "co-starred",
                "cast",
                "appears",
                "appear",
                "appeared",
                "cameos",
            ],
        ) && unit.is(i + 1, &["as"])
        {
            found.add(person, CAST, character_after(unit, i + 2));
            matched_to = Some(i + 3);
        } else if verb(unit, i, TURN_UP_VERBS)
            && unit.is(i + 1, &["up"])
            && unit.is(i + 2, &["as"])
            && let Some(c) = character_after(unit, i + 3)
        {
            // "X turns up as the saloonkeeper Y", "X pops up as Y": an appearance in a part
            // ("turned up as promised" names none).
            found.add(person, CAST, Some(c));
            matched_to = Some(i + 4);
        } else if copula
            && let Some(as_at) = (i..(i + 3).min(limit)).find(|&k| unit.is(k, &["as"]))
            && (i..as_at).all(|k| unit.lower_word(k) && !unit.is(k, NOT_PLAYING))
            && unit.cap(as_at + 1)
            && let Some(c) = character_after(unit, as_at + 1).filter(|c| c.named)
            && job_starting_at(unit, as_at + 1).is_none()
        {
            // "X is extraordinary as Maren": a critic's verdict on a part.
            found.add(person, CAST, Some(c));
            matched_to = Some(as_at + 2);
        } else if let Some(jobs) = teaches(unit, i) {
            // "X, who mentored her", "X taught him at film school".
            found.add_all(person, &jobs);
            return;
        } else if let Some((jobs, end)) = credit_verb(unit, i, limit, in_title) {
            // "is set to direct", "X and Y produce for Z", "X exec produces".
            found.add_all(person, &jobs);
            matched_to = Some(end);
        } else if unit.is(i, HANDLED_VERBS)
            && unit.is(i + 1, &["the", "its", "their", "his", "her"])
            && let Some(jobs) = craft_jobs(unit, i + 2)
        {
            // "X handled the cinematography", "X oversaw the stunts".
            found.add_all(person, &jobs);
            matched_to = Some(i + 3);
        } else if unit.is(i, &["makes", "made", "making", "make"])
            && let Some(as_at) = (i + 1..(i + 6).min(limit)).find(|&k| unit.is(k, &["as"]))
            && (i + 1..as_at).any(|k| unit.is(k, &["debut"]))
        {
            // "Newcomer X makes her screen debut as Ruth".
            found.add(person, CAST, character_after(unit, as_at + 1));
            matched_to = Some(as_at + 1);
        } else if verb(unit, i, &["star", "stars", "starred", "starring", "co-stars", "co-starred"])
            && unit.is(i + 1, &["opposite"])
        {
            // "X stars opposite Y".
            found.add(person, CAST, None);
            matched_to = Some(i + 2);
        } else if verb(unit, i, LEAD_VERBS)
            && ((unit.is(i + 1, &["the"]) && unit.is(i + 2, &["cast", "ensemble"]))
                || (unit.is(i + 1, &["“", "\""]) && in_title(i + 2)))
        {
            // "X leads the cast", "X leads “Title”".
            found.add(person, CAST, None);
            matched_to = Some(i + 2);
        } else if verb(unit, i, &["star", "stars", "starring", "co-star", "co-stars", "co-starring"])
            && unit.is(i + 1, &["in"])
            && unit.is(i + 2, &["the"])
            && unit.is(i + 3, WORK_WORDS)
        {
            // "X, who stars in the film,": this production, told as "the film".
            found.add(person, CAST, None);
            matched_to = Some(i + 4);
        } else if verb(unit, i, &["composed", "scored", "composes", "scores"])
            || (verb_job(unit, i).is_some() && score_object(unit, i + 1))
        {
            if work_object(unit, i + 1, in_title) || score_object(unit, i + 1) {
                found.add_all(person, &jobs_of("composer"));
                matched_to = Some(i + 1);
            }
        } else if let Some(jobs) = verb_job(unit, i)
            // "…, who also directed, …": a credit verb closing a relative clause on the name.
            && (work_object(unit, i + 1, in_title)
                || (relative && i + 1 < limit && unit.is(i + 1, &[",", ".", ";", "—", "–"])))
        {
            found.add_all(person, &jobs);
            matched_to = Some(i + 1);
        } else if verb(unit, i, &["shoot", "shoots", "shot", "lens", "lenses", "lensed", "photographed"])
            && work_object(unit, i + 1, in_title)
        {
            found.add_all(person, &jobs_of("cinematographer"));
            matched_to = Some(i + 1);
        }
        let Some(mut j) = matched_to else { return };
        // Continue over a coordinated predicate: "… as producer and co-wrote the story".
        while j < limit {
            if unit.is(j, &[".", ";", "!", "?"]) {
                return;
            }
            if unit.is(j, &["and", ","]) && !unit.cap(j + 1) {
                i = j + 1;
                continue 'outer;
            }
            j += 1;
        }
        return;
    }
}

/// True when "on", "for" or "in" and a quoted title that is not this production's follow within
/// a few words of token `from` ("as a camera operator on “Other Title”").
fn on_other_title(unit: &Unit, from: usize, in_title: &dyn Fn(usize) -> bool) -> bool {
    (from..(from + 5).min(unit.toks.len())).take_while(|&k| unit.toks[k].word).any(|k| {
        unit.is(k, &["on", "for", "in"]) && unit.is(k + 1, &["“", "\"", "‘"]) && unit.cap(k + 2) && !in_title(k + 2)
    })
}

/// The relation a teaching verb at token `k` makes of its subject, when its object is a
/// pronoun or a name ("mentored her", "taught Ann Lee"); "trained as an actor" is none.
fn teaches(unit: &Unit, k: usize) -> Option<Vec<Job>> {
    let job = teaching_relation(&unit.toks.get(k)?.lower)?;
    (unit.is(k + 1, &["her", "him", "them"]) || unit.cap(k + 1)).then(|| jobs_of(job))
}

/// The length of an attribution set off by commas at token `i` (", she said,", ", prosecutors
/// say,"): a few words with a verb of saying, or 0.
fn attribution_len(unit: &Unit, i: usize) -> usize {
    if !unit.is(i, &[","]) {
        return 0;
    }
    let Some(close) = (i + 2..(i + 6).min(unit.toks.len())).find(|&k| !unit.toks[k].word) else { return 0 };
    let said = (i + 1..close).any(|k| unit.is(k, ATTRIBUTION_VERBS));
    if said && unit.is(close, &[","]) { close + 1 - i } else { 0 }
}

/// "Into the valley rides X, an outlaw with a price on his head, and Y plays him": the name a
/// story noun describes is the part of the one who plays "him" or "her" after it.
fn pronoun_parts(unit: &Unit, people: &[PersonRef], found: &mut Found) {
    for k in (1..unit.toks.len()).filter(|&k| unit.is(k, PART_VERBS) && unit.is(k + 1, &["him", "her"])) {
        // The part's name may be known as a character already, and so be no person mention.
        let Some(hi) = (2..k).rev().find(|&j| unit.cap(j - 1) && story_apposition(unit, j)) else { continue };
        let lo = (0..hi).rev().take_while(|&j| unit.cap(j) && !unit.toks[j].possessive).last().unwrap_or(hi);
        if hi - lo < 2 || !(lo..hi).all(|j| people::valid_name_token(unit, j)) {
            continue;
        }
        if let Some(player) = people.iter().rfind(|p| p.lo > hi && p.hi <= k && !p.possessive) {
            let name = unit.slice(lo, hi).to_owned();
            found.add(&player.key, CAST, Some(Character { name, named: true }));
        }
    }
}

/// A credit verb at token `i` with what ends it ("direct", "produces for …", "exec produces",
/// "to star in the film"): the jobs and the token after the verb. The verb must close its clause
/// or take the film, a title, a partner or a company as its object ("to write a book" is no
/// credit).
fn credit_verb(unit: &Unit, i: usize, limit: usize, in_title: &dyn Fn(usize) -> bool) -> Option<(Vec<Job>, usize)> {
    let exec = usize::from(unit.is(i, &["exec", "executive"]));
    let word = unit.toks.get(i + exec)?.lower.as_str();
    let phrase = match word {
        "produce" | "produces" | "producing" | "co-produce" | "co-produces" | "co-producing" if exec == 1 => {
            "executive producer"
        }
        _ if exec == 1 => return None,
        "direct" | "co-direct" | "helm" | "directing" | "co-directing" | "helming" => "director",
        "produce" | "co-produce" | "producing" | "co-producing" => "producer",
        "write" | "co-write" | "pen" | "writing" | "co-writing" => "writer",
        "shoot" | "lens" => "cinematographer",
        "score" => "composer",
        "edit" | "cut" => "editor",
        "star" | "co-star" => "actor",
        _ => return None,
    };
    let k = i + exec + 1;
    // "to direct the second unit".
    if phrase == "director" && unit.is(k, &["the"]) && unit.is(k + 1, &["second"]) && unit.is(k + 2, &["unit"]) {
        return Some((jobs_of("second unit director"), k + 3));
    }
    // "writes for the Times" is a journalist's work, "will shoot in Oregon" the production's.
    let work = |k: usize| work_object(unit, k, in_title) || (unit.is(k, &["“", "\""]) && in_title(k + 1));
    let object = if matches!(phrase, "cinematographer" | "editor" | "composer") {
        work(k)
    } else {
        k >= limit
            || unit.is(k, &[".", ",", ";", "and", "alongside", "with", "from", "it", "as", "opposite"])
            || (unit.is(k, &["for"]) && phrase != "writer")
            || (unit.is(k, &["in"]) && work(k + 1))
            || work(k)
    };
    object.then(|| (jobs_of(phrase), k))
}

/// The jobs of a craft named at token `k` ("cinematography", "the stunts"), after a verb of
/// handling it.
fn craft_jobs(unit: &Unit, k: usize) -> Option<Vec<Job>> {
    let phrase = CRAFTS.iter().find(|(craft, _)| {
        let words: Vec<&str> = craft.split(' ').collect();
        words.iter().enumerate().all(|(d, w)| unit.is(k + d, &[w]))
    })?;
    Some(jobs_of(phrase.1))
}

/// Jobs implied by the work a person is said to own ("X’s performance", "X’s directorial debut").
/// Also true when the work is a craft's ("X’s costumes", "X’s camera") that a cast member may
/// be said to own too.
fn possessed_work(unit: &Unit, k: usize) -> Option<(Vec<Job>, bool)> {
    let k = if unit.is(k, &["own", "new", "latest", "haunting", "moving", "lead"]) { k + 1 } else { k };
    let phrase = if unit.is(k, &["performance", "portrayal", "turn"]) {
        "actor"
    } else if unit.is(k, &["directorial", "direction", "directing"]) {
        "director"
    } else if unit.is(k, &["script", "screenplay", "writing"]) {
        "writer"
    } else if unit.is(k, &["score", "music"]) {
        "composer"
    } else if unit.is(k, &["cinematography", "camerawork"]) {
        "cinematographer"
    } else if unit.is(k, &["camera", "lensing", "photography"]) {
        return Some((jobs_of("cinematographer"), true));
    } else if unit.is(k, &["costumes", "costume"]) {
        "costume designer"
    } else if unit.is(k, &["sets"]) || (unit.is(k, &["production", "set"]) && unit.is(k + 1, &["design"])) {
        "production designer"
    } else if unit.is(k, &["editing", "cutting"]) {
        "editor"
    } else {
        return None;
    };
    let craft = matches!(phrase, "costume designer" | "production designer" | "editor");
    Some((jobs_of(phrase), craft))
}

fn is_generic_part(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
    matches!(last.as_str(), "role" | "part" | "game" | "music" | "host" | "tribute" | "character")
}

fn paren_character(unit: &Unit, m: &PersonRef) -> Option<Character> {
    // "(Mark Renfro, terrifying)": a critic's word may follow the name inside the bracket.
    let closes = unit.is(m.hi, &[")"])
        || (unit.is(m.hi, &[","])
            && (m.hi + 2..m.hi + 5).find(|&k| !unit.lower_word(k)).is_some_and(|k| k > m.hi + 1 && unit.is(k, &[")"])));
    // "Ruth (a wonderful Dana Vell)": the critic's praise between the bracket and the name.
    let praised = (2..=4).find(|&d| {
        unit.is(m.lo.wrapping_sub(d), &["("])
            && unit.is(m.lo - d + 1, &["a", "an", "the"])
            && (m.lo - d + 2..m.lo).all(|k| unit.lower_word(k))
    });
    if closes && let Some(d) = praised {
        return character_before(unit, m.lo - d).filter(|c| c.named);
    }
    if closes && unit.is(m.lo.wrapping_sub(1), &["("]) {
        // "ANN LEE (Hattie Voss)": a bio heading, whose name in capitals is the person.
        return character_before(unit, m.lo - 1).filter(|c| c.name.chars().any(char::is_lowercase));
    }
    // "is played by newcomer X": a descriptor may come between.
    let by_at = (1..=3).map(|d| m.lo.wrapping_sub(d)).find(|&b| unit.is(b, &["by"]))?;
    if !(by_at + 1..m.lo).all(|k| unit.lower_word(k)) {
        return None;
    }
    let by = by_at.checked_sub(1).filter(|&b| unit.is(b, &["played", "portrayed", "voiced"]))?;
    let mut end = by;
    if closes && unit.is(end.wrapping_sub(1), &["("]) {
        end -= 1;
    } else {
        while end > 0 && unit.is(end - 1, &["is", "was", "will", "be", "being", "to", ","]) {
            end -= 1;
        }
    }
    character_before(unit, end)
}

/// "ANN LEE (Hattie Voss)": a press kit's bio heading, a name in capitals opening the unit and
/// a part in parentheses closing it; the part is a character unless it is a job.
fn bio_heading_part(unit: &Unit, m: &PersonRef) -> Option<Character> {
    let capitals = (m.lo..m.hi).all(|i| !unit.word(i).chars().any(char::is_lowercase));
    let close = unit.toks.len().checked_sub(1)?;
    if m.lo != 0 || !capitals || !unit.is(m.hi, &["("]) || !unit.is(close, &[")"]) || close <= m.hi + 1 {
        return None;
    }
    let part = character_from(unit, m.hi + 1, close);
    (part.named && job_starting_at(unit, m.hi + 1).is_none()).then_some(part)
}

/// "Shot by X, the film …", "the drama, shot by X,": "shot" or "filmed" as the participle of a
/// work (opening the sentence before a work's subject, or after a work and a comma), never a
/// finite passive ("was shot by X", where X fired).
fn shot_by_work(unit: &Unit, at: usize) -> bool {
    if !unit.is(at, &["shot", "filmed"]) {
        return false;
    }
    if at == 0 {
        return true;
    }
    let after_work = |comma: usize| (comma.saturating_sub(3)..comma).any(|k| unit.is(k, WORK_WORDS));
    (unit.is(at - 1, &[","]) && after_work(at - 1)) || (unit.is(at - 1, &["”"]) && unit.is(at.wrapping_sub(2), &[","]))
}

/// Coordinated lists of people: "A, B, C and D" (a single mention is a list of one).
fn groups(unit: &Unit, people: &[PersonRef]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (i, p) in people.iter().enumerate() {
        let joined = i > 0 && {
            let prev = &people[i - 1];
            let between: Vec<&str> = (prev.hi..p.lo).map(|k| unit.toks[k].lower.as_str()).collect();
            !prev.possessive && matches!(between.as_slice(), [","] | ["and"] | [",", "and"] | ["&"])
        };
        match out.last_mut() {
            Some(g) if joined => g.push(i),
            _ => out.push(vec![i]),
        }
    }
    out
}

/// "A and B produce.", "Lark Films' A and Fen Media's B produce.", "A produced.": a role verb
/// closing the sentence gives its job to the names of its subject, each maybe after its
/// company's possessive.
fn closing_verb(unit: &Unit, people: &[PersonRef], found: &mut Found) {
    let n = unit.toks.len();
    let end = if unit.is(n.wrapping_sub(1), &[".", "!"]) { n - 1 } else { n };
    let Some(verb) = end.checked_sub(1).filter(|&v| unit.is(v, CLOSING_ROLE_VERBS)) else { return };
    let Some(jobs) = (if unit.is(verb, &["direct", "co-direct", "directed", "co-directed"]) {
        Some(jobs_of("director"))
    } else if unit.is(verb, &["write", "co-write"]) {
        Some(jobs_of("writer"))
    } else {
        unit.is(verb, &["produce", "co-produce", "produced", "co-produced"]).then(|| jobs_of("producer"))
    }) else {
        return;
    };
    let mut at = verb;
    for p in people.iter().rev().filter(|p| p.hi <= verb) {
        let linked = if at == verb { p.hi == verb } else { p.hi < at && (p.hi..at).all(|k| unit.is(k, &["and", ","])) };
        if p.possessive || !linked {
            break;
        }
        found.add_all(&p.key, &jobs);
        // Step back over the company's possessive name before the person ("Lark Films' A").
        at = p.lo;
        if at > 0 && unit.toks[at - 1].possessive {
            while at > 0 && unit.cap(at - 1) {
                at -= 1;
            }
        }
    }
}

/// True when a crew job phrase, after at most a determiner, starts at token `k` and closes its
/// noun phrase: "as the producer" is a job, "as the sheriff" and "as the sheriff's sister" parts.
fn crew_job_at(unit: &Unit, k: usize) -> bool {
    let k = k + usize::from(unit.is(k, DETERMINERS));
    job_starting_at(unit, k).is_some_and(|(hi, jobs)| {
        !unit.toks[hi - 1].possessive && jobs.iter().any(|j| matches!(j.kind, RoleKind::Crew(_)))
    })
}

fn group_cues(unit: &Unit, people: &[PersonRef], group: &[usize], found: &mut Found) {
    let first = &people[group[0]];
    let last = &people[*group.last().unwrap_or(&group[0])];
    let mut before = first.lo;
    while before > 0 && unit.is(before - 1, &["also", ":", ","]) {
        before -= 1;
    }
    let b1 = before.wrapping_sub(1);
    let b2 = before.wrapping_sub(2);
    // "opposite Ana Ruiz, 34, as his sister": the age set off after a name is not the clause.
    let aged = unit.is(last.hi, &[","])
        && unit
            .toks
            .get(last.hi + 1)
            .is_some_and(|t| t.lower.len() <= 3 && t.lower.bytes().all(|b| b.is_ascii_digit()))
        && unit.is(last.hi + 2, &[","]);
    let after = if aged { last.hi + 3 } else { last.hi };
    // "starring A and B", "the cast includes A, B and C"
    const STARS: &[&str] = &["starring", "stars", "co-starring", "co-stars"];
    // "stars A as a keeper and B as her brother": a later conjunct of the same cast list.
    let conjunct = unit.is(b1, &["and"])
        && unit.is(after, &["as"])
        && job_starting_at(unit, after + 1).is_none_or(|(hi, _)| unit.cap(hi))
        && (b1.saturating_sub(14)..b1)
            .rev()
            .take_while(|&k| !unit.is(k, &[".", ";", "!", "?"]))
            .any(|k| unit.is(k, STARS));
    // "With A, B and C." closing a programme note: its cast.
    let closing_list = b1 == 0
        && unit.is(0, &["with", "featuring"])
        && group.len() > 1
        && (last.hi == unit.toks.len() || (unit.is(last.hi, &["."]) && last.hi + 1 == unit.toks.len()));
    // "Also starring are A and B".
    let cast_before = unit.is(b1, STARS)
        || closing_list
        // "Cast: A, B, C", a review's or a listing's credit line.
        || (unit.is(b1, &["cast"]) && unit.is(b1 + 1, &[":"]))
        || (unit.is(b1, &["are", "is"]) && unit.is(b2, &["starring", "co-starring"]))
        || unit.is(b1, &["opposite"])
        || conjunct
        || (unit.is(b1, &["alongside"]) && unit.is(after, &["as"]))
        // "X stars as Y alongside A and B": the star's partners in the cast.
        || (unit.is(b1, &["alongside"])
            && (b1.saturating_sub(10)..b1)
                .rev()
                .take_while(|&k| !unit.is(k, &[".", ";", ","]))
                .any(|k| unit.is(k, STARS) || unit.is(k, PART_VERBS)))
        // "actor Ben Hale joins with A as the sheriff's sister": a part that is no job, among actors.
        || (unit.is(b1, &["with"])
            && unit.is(after, &["as"])
            && !crew_job_at(unit, after + 1)
            && (cast_context(unit) || (0..unit.toks.len()).any(|k| unit.is(k, PERFORMER_NOUNS))))
        || (unit.is(b1, &["includes", "include", "including"])
            && (1..=4).any(|d| unit.is(before.wrapping_sub(1 + d), &["cast"])));
    // "A, B and C round out the principal cast", "A and B also star"
    let mut a = after;
    while unit.is(a, &["also", "will", "would"]) {
        a += 1;
    }
    let cast_after = (unit
        .is(a, &["round", "rounds", "rounded", "fill", "fills", "complete", "completes", "join", "joins", "joined"])
        && (a + 1..(a + 6).min(unit.toks.len())).any(|k| unit.is(k, &["cast", "ensemble"])))
        || (!last.possessive
            && unit.is(a, &["star", "co-star", "co-stars", "starred", "co-starred"])
            && !unit.is(a + 1, &["in"]));
    if cast_before || cast_after {
        // "A as B", or "A rounds out the cast as B".
        let as_at = if unit.is(after, &["as"]) {
            Some(after)
        } else {
            (a + 1..(a + 6).min(unit.toks.len()))
                .find(|&k| unit.is(k, &["cast", "ensemble"]))
                // "joined the cast a week later as B": a few words may come between.
                .and_then(|k| {
                    (k + 1..(k + 5).min(unit.toks.len()))
                        .take_while(|&j| unit.toks[j].word)
                        .find(|&j| unit.is(j, &["as"]))
                })
        };
        let character = as_at.filter(|_| group.len() == 1).and_then(|k| character_after(unit, k + 1));
        for &g in group {
            found.add(&people[g].key, CAST, character.clone());
        }
    }
    // "with A and B as producers": a plural job after a list of names gives each the job.
    if group.len() > 1
        && !cast_context(unit)
        && unit.is(after, &["as"])
        && let Some((hi, jobs)) = job_starting_at(unit, after + 1)
        && unit.toks[hi - 1].lower.ends_with('s')
    {
        for &g in group {
            found.add_all(&people[g].key, &jobs);
        }
    }
    // "A and B produce for Ridgeway Films": a credit verb after the list.
    if group.len() > 1
        && !last.possessive
        && let Some((jobs, _)) = credit_verb(unit, a, unit.toks.len(), &|_| false)
    {
        for &g in group {
            found.add_all(&people[g].key, &jobs);
        }
    }
    // "A and B are the producers.": a plural job closing the clause gives each the job.
    if group.len() > 1
        && !last.possessive
        && unit.is(after, &["are", "were"])
        && unit.is(after + 1, &["the"])
        && let Some((hi, jobs)) = job_starting_at(unit, after + 2)
        && unit.toks[hi - 1].lower.ends_with('s')
        && (hi == unit.toks.len() || unit.is(hi, &[".", ",", ";"]))
    {
        for &g in group {
            found.add_all(&people[g].key, &jobs);
        }
    }
    // "directed by A and B", "written by A", "written and directed by A", "The score, by A,";
    // "The song, X, was written by A" credits a song, not the film.
    if unit.is(b1, &["by"]) && !(0..b1.min(4)).any(|k| unit.lower_word(k) && unit.is(k, gz::RECORD_WORDS)) {
        let noun_set_off = unit.is(b2, &[","]) && unit.is(b2.wrapping_sub(1), CREDIT_NOUN_WORDS);
        let mut jobs = by_jobs(unit, if noun_set_off { b2 - 1 } else { b2 });
        if !jobs.is_empty() && unit.is(b2.wrapping_sub(1), &["and"]) {
            jobs.extend(by_jobs(unit, b2.wrapping_sub(2)));
        }
        for &g in group {
            found.add_all(&people[g].key, &jobs);
        }
    }
    // "Special prosecutors A and B said", "Executive producers include A and B", "The
    // producers are A and B": a plural job right before the names, or before a verb of
    // listing them, gives each the job.
    let listed_at = if unit.is(b1, &["include", "included", "including", "are", "were"]) { b1 } else { first.lo };
    if group.len() > 1
        && let Some((lo, jobs)) = job_ending_at(unit, listed_at)
        && unit.toks[listed_at - 1].lower.ends_with('s')
        && !unit.toks[listed_at - 1].possessive
        && scope_before(unit, lo, &[]).is_none()
    {
        for &g in group {
            found.add_all(&people[g].key, &jobs);
        }
    }
    // "The producers, A and B, flew in": a plural job set off before the names gives each
    // the job.
    if group.len() > 1
        && unit.is(first.lo.wrapping_sub(1), &[","])
        && unit.toks.get(first.lo.wrapping_sub(2)).is_some_and(|t| t.lower.ends_with('s') && !t.possessive)
        && let Some((_, jobs)) = job_ending_at(unit, first.lo - 1)
    {
        for &g in group {
            found.add_all(&people[g].key, &jobs);
        }
    }
}

/// The jobs a participle before "by" at token `k` credits ("directed", "written", "Music is").
fn by_jobs(unit: &Unit, k: usize) -> Vec<Job> {
    if unit.is(k, &["directed", "co-directed", "helmed"]) {
        jobs_of("director")
    } else if unit.is(k, &["written", "co-written", "penned", "scripted"]) {
        jobs_of("writer")
    } else if unit.is(k, &["produced"]) && unit.is(k.wrapping_sub(1), &["executive"]) {
        // "executive produced by A"
        jobs_of("executive producer")
    } else if unit.is(k, &["produced", "co-produced"]) {
        jobs_of("producer")
    } else if unit.is(k, &["edited"]) {
        jobs_of("editor")
    } else if unit.is(k, &["scored", "composed"]) || unit.is(k, &["music", "score"]) {
        jobs_of("composer")
    } else if unit.is(k, &["cinematography"]) {
        jobs_of("cinematographer")
    } else if unit.is(k, &["editing"]) {
        jobs_of("editor")
    } else if unit.is(k, &["photographed", "lensed"]) || shot_by_work(unit, k) {
        jobs_of("cinematographer")
    } else if unit.is(k, &["story", "screenplay", "script"]) {
        jobs_of("writer")
    } else if let Some(job) = unit
        .is(k, &["was", "is", "were", "are"])
        .then(|| CREDIT_NOUNS.iter().find(|(noun, _)| unit.is(k.wrapping_sub(1), &[noun])))
        .flatten()
    {
        // "Casting was by A", "Music is by A and B"
        jobs_of(job.1)
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::unit_with_people;
    use knowledge::Department::{Camera, Directing, Editing, Production};
    use knowledge::Relation::{self, Press};

    fn roles(text: &str, names: &[&str]) -> Vec<(String, RoleKind, &'static str, Option<String>)> {
        let (doc, people) = unit_with_people(text, names);
        let unit = &doc;
        let found = find(unit, &people, &[], None, &|_| false);
        found.roles.into_iter().map(|r| (r.person, r.kind, r.job, r.character.map(|c| c.name))).collect()
    }

    /// Every role fact found, with its organisation and replaced flag.
    fn facts(text: &str, names: &[&str]) -> Vec<(String, RoleKind, &'static str, Option<String>, bool)> {
        let (unit, people) = unit_with_people(text, names);
        let found = find(&unit, &people, &[], None, &|_| false);
        found.roles.into_iter().map(|r| (r.person, r.kind, r.job, r.organisation, r.replaced)).collect()
    }

    fn scoped(who: &str, job: &'static str, org: &str) -> (String, RoleKind, &'static str, Option<String>, bool) {
        (who.to_owned(), RoleKind::Other(Relation::Other), job, Some(org.to_owned()), false)
    }

    #[test]
    fn who_directs_a_body_directs_no_film() {
        assert_eq!(roles("Ana Ruiz, who directs the state film office, said so.", &["Ana Ruiz"]), []);
        assert_eq!(roles("Tom Vale has directed the Bexley festival since 2019.", &["Tom Vale"]), []);
        let director = roles("Ana Ruiz, who directs the festival's closing film, said so.", &["Ana Ruiz"]);
        assert_eq!(director[0].2, "Director");
    }

    #[test]
    fn a_songs_writers_and_a_scores_writer_are_no_writers_of_the_film() {
        assert_eq!(roles("The song, Harbor Rain, was written by Ann Lee and Tom Vale.", &["Ann Lee", "Tom Vale"]), []);
        let composer =
            |who: &str| (who.to_owned(), RoleKind::Crew(knowledge::Department::SoundMusic), "Composer", None);
        assert_eq!(roles("Mia Roe, who wrote the film's score, produced it.", &["Mia Roe"])[0], composer("mia roe"));
        assert_eq!(roles("The film was written by Ann Lee.", &["Ann Lee"]).len(), 1);
    }

    #[test]
    fn the_people_a_plot_names_beside_its_hero_are_characters() {
        let characters = |text: &str| {
            let (unit, people) = unit_with_people(text, &[]);
            find(&unit, &people, &[], None, &|_| false).characters
        };
        let c =
            characters("The film follows Mara Quell as she hunts the killer Silas Drake with her partner Ben Okafor.");
        assert!(c.contains(&"Silas Drake".to_owned()) && c.contains(&"Ben Okafor".to_owned()), "{c:?}");
        let c = characters("The film follows a nurse and stars the legendary Ann Lee.");
        assert!(!c.contains(&"Ann Lee".to_owned()), "{c:?}");
        assert!(characters("The documentary follows her partner Ann Lee.").is_empty());
        let c = characters("In the story, her partner Ben Okafor hides a secret.");
        assert_eq!(c, ["Ben Okafor"]);
        let c = characters("The film follows a nurse who hunts the killer Silas Drake.");
        assert_eq!(c, ["Silas Drake"]);
        let c = characters("Ann Lee plays Mara, a detective whose brother Eli Quint has vanished.");
        assert!(c.contains(&"Eli Quint".to_owned()), "{c:?}");
        let c = characters("The film follows Mara and her mentor, retired inspector Hal Brody, across the coast.");
        assert!(c.contains(&"Hal Brody".to_owned()), "{c:?}");
        let c = characters("Ann Lee plays a nurse; her husband Tom Vale produced the film.");
        assert!(c.is_empty(), "{c:?}");
        let c = characters("Ann Lee plays a nurse, and her husband Tom Vale produced it.");
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn leads_ages_makers_and_titled_parts_after_a_description() {
        let cast = |who: &str, part: Option<&str>| (who.to_owned(), RoleKind::Cast, "Actor", part.map(str::to_owned));
        assert_eq!(roles("Nia Vos, 38, plays Maren Holt.", &["Nia Vos"]), [cast("nia vos", Some("Maren Holt"))]);
        assert_eq!(roles("Oscar winner Nia Vos leads the cast.", &["Nia Vos"]), [cast("nia vos", None)]);
        assert_eq!(
            roles("Eli Bell plays the harbor master, Captain Rhys Colby.", &["Eli Bell"]),
            [cast("eli bell", Some("Captain Rhys Colby"))]
        );
        assert_eq!(
            roles("It is the new drama from Oscar nominee Sam Pike.", &["Sam Pike"]),
            [("sam pike".to_owned(), RoleKind::Crew(Directing), "Director", None)]
        );
        assert!(roles("It is the new script from producer Sam Pike.", &["Sam Pike"]).iter().all(|r| r.2 != "Director"));
        assert!(roles("It is a thriller from Bloomhall's Sam Pike.", &["Sam Pike"]).is_empty());
    }

    #[test]
    fn a_casting_storys_engagements_crafts_and_parts() {
        let crew = |who: &str, d, job| (who.to_owned(), RoleKind::Crew(d), job, None);
        let cast = |who: &str, part: Option<&str>| (who.to_owned(), RoleKind::Cast, "Actor", part.map(str::to_owned));
        use knowledge::Department::{Camera, SoundMusic};
        assert_eq!(
            roles("Dev Pell has been tapped to direct.", &["Dev Pell"]),
            [crew("dev pell", Directing, "Director")]
        );
        assert_eq!(
            roles("Gus Hale signs on to executive produce.", &["Gus Hale"]),
            [crew("gus hale", Production, "Executive Producer")]
        );
        assert_eq!(
            roles("Dev Pell will direct the second unit.", &["Dev Pell"]),
            [crew("dev pell", Directing, "Second Unit Director")]
        );
        assert!(roles("Ann Roe is set to write a book.", &["Ann Roe"]).is_empty());
        assert!(roles("Ann Roe will write for the Ledger.", &["Ann Roe"]).is_empty());
        assert!(roles("Sam Pike will shoot in Oregon.", &["Sam Pike"]).is_empty());
        assert_eq!(roles("Ana Ruiz returns as Maren Holt.", &["Ana Ruiz"]), [cast("ana ruiz", Some("Maren Holt"))]);
        assert_eq!(
            roles("Ben Hale reprises his role as Captain Rhys Colby.", &["Ben Hale"]),
            [cast("ben hale", Some("Captain Rhys Colby"))]
        );
        assert_eq!(roles("Cy Moon landed the role of Ruth.", &["Cy Moon"]), [cast("cy moon", Some("Ruth"))]);
        assert_eq!(roles("Jon Bly was cast in the role of Elias.", &["Jon Bly"]), [cast("jon bly", Some("Elias"))]);
        assert_eq!(
            roles("Eve Lund, playing the harbor pilot, arrives.", &["Eve Lund"]),
            [cast("eve lund", Some("harbor pilot"))]
        );
        assert_eq!(
            roles("Also starring are Fay Cole and Gil Ray.", &["Fay Cole", "Gil Ray"]),
            [cast("fay cole", None), cast("gil ray", None)]
        );
        assert!(
            roles("Ann Roe returns as producer of the festival.", &["Ann Roe"]).iter().all(|r| r.1 != RoleKind::Cast)
        );
        assert_eq!(
            roles("With Fay Cole, Gil Ray and Ida Wu.", &["Fay Cole", "Gil Ray", "Ida Wu"]),
            [cast("fay cole", None), cast("gil ray", None), cast("ida wu", None)]
        );
        assert!(
            roles("With Fay Cole and Gil Ray producing, it began.", &["Fay Cole", "Gil Ray"])
                .iter()
                .all(|r| r.1 != RoleKind::Cast)
        );
        assert_eq!(
            roles("Ben Hale was hired as the production's armorer.", &["Ben Hale"]),
            [crew("ben hale", knowledge::Department::Art, "Armorer")]
        );
        assert_eq!(roles("Cy Moon was a grip on the film.", &["Cy Moon"]), [crew("cy moon", Camera, "Grip")]);
        assert!(roles("Cy Moon is a grip.", &["Cy Moon"]).is_empty(), "a trade told in general");
        assert_eq!(
            roles("As producer, Eve Lund kept the shoot on schedule.", &["Eve Lund"]),
            [crew("eve lund", Production, "Producer")]
        );
        assert_eq!(
            roles("Hal Ito was the film's editor and also its colorist.", &["Hal Ito"]),
            [crew("hal ito", Editing, "Editor")]
        );
        assert_eq!(roles("Lena Ort joins “Salt Reach” as an actress.", &["Lena Ort"]), [cast("lena ort", None)]);
        assert!(
            roles("His wife, Kay Pike, is a costume designer.", &["Kay Pike"])
                .iter()
                .all(|r| r.2 != "Costume Designer")
        );
        assert!(roles("Sam Pike is set to star in a Broadway revival.", &["Sam Pike"]).is_empty());
        assert!(roles("Sam Pike's Leo Marr is superb.", &["Sam Pike", "Leo Marr"]).is_empty());
        assert_eq!(
            roles("Uma Vail and Vic Wynn produce for Ridgeway Films.", &["Uma Vail", "Vic Wynn"]),
            [crew("vic wynn", Production, "Producer"), crew("uma vail", Production, "Producer")]
        );
        assert_eq!(
            roles("Pia Quon handled the cinematography.", &["Pia Quon"]),
            [crew("pia quon", Camera, "Cinematographer")]
        );
        assert_eq!(roles("Rex Shaw oversaw the score.", &["Rex Shaw"]), [crew("rex shaw", SoundMusic, "Composer")]);
        assert_eq!(roles("Noa Ortiz serves as DP.", &["Noa Ortiz"]), [crew("noa ortiz", Camera, "Cinematographer")]);
        assert_eq!(roles("Amy Bell makes her screen debut as Ruth.", &["Amy Bell"]), [cast("amy bell", Some("Ruth"))]);
        assert_eq!(
            roles("Yara Zane stars opposite Ada Brill.", &["Yara Zane", "Ada Brill"]),
            [cast("yara zane", None), cast("ada brill", None)]
        );
        assert_eq!(roles("Zed Abel plays the title role.", &["Zed Abel"]), [cast("zed abel", None)]);
        assert_eq!(
            roles("Dee Ekko is the voice of the Lighthouse.", &["Dee Ekko"]),
            [cast("dee ekko", Some("Lighthouse"))]
        );
        assert_eq!(
            roles("Jo Kerr (Yellowjackets) will portray Captain Rhys Colby.", &["Jo Kerr"]),
            [cast("jo kerr", Some("Captain Rhys Colby"))]
        );
        assert_eq!(
            roles("Cleo Dunn will play Maren Holt's mother, Agnes.", &["Cleo Dunn"]),
            [cast("cleo dunn", Some("Agnes"))]
        );
    }

    #[test]
    fn successions_name_who_took_whose_place() {
        let succ = |text: &str, names: &[&str]| {
            let (unit, people) = unit_with_people(text, names);
            find(&unit, &people, &[], None, &|_| false).successions
        };
        let pair = |x: &str, y: &str| vec![(x.to_owned(), y.to_owned())];
        assert_eq!(
            succ("Ned Pike has exited the drama, and he has been replaced by Ivo Lark.", &["Ned Pike", "Ivo Lark"]),
            pair("ned pike", "ivo lark")
        );
        assert_eq!(
            succ("Ivo Lark replaces Ned Pike in the western.", &["Ivo Lark", "Ned Pike"]),
            pair("ned pike", "ivo lark")
        );
        assert_eq!(
            succ(
                "Ivo Lark, who stepped into the role after Ned Pike left the project, is superb.",
                &["Ivo Lark", "Ned Pike"]
            ),
            pair("ned pike", "ivo lark")
        );
        assert!(succ("Ivo Lark took a photo for Ned Pike.", &["Ivo Lark", "Ned Pike"]).is_empty());
        assert!(succ("Ivo Lark took over after Ned Pike's film wrapped.", &["Ivo Lark", "Ned Pike"]).is_empty());
    }

    #[test]
    fn alumni_jobs_after_a_class_year_and_crafts_told_in_prose() {
        let crew = |who: &str, d, job| (who.to_owned(), RoleKind::Crew(d), job, None);
        use knowledge::Department::{CrewSafety, SoundMusic};
        assert_eq!(
            roles("Sam Orr '09 was the film's first assistant director.", &["Sam Orr"]),
            [crew("sam orr", Directing, "First Assistant Director")]
        );
        assert_eq!(
            roles("Ida Penn ’14 served as script supervisor.", &["Ida Penn"]),
            [crew("ida penn", Directing, "Script Supervisor")]
        );
        assert_eq!(
            roles("Max Dorn '11, a former linebacker, was the stunt double for Eli Vos.", &["Max Dorn", "Eli Vos"]),
            [crew("max dorn", CrewSafety, "Stunt Double")]
        );
        assert_eq!(
            roles(
                "Jo Reyes '17, who studied audio at the college, worked as boom operator under Al Kent.",
                &["Jo Reyes", "Al Kent"]
            ),
            [crew("jo reyes", SoundMusic, "Boom Operator")]
        );
        // A job for a person is read only for the jobs done for one.
        assert!(roles("Max Dorn was the editor for Eli Vos.", &["Max Dorn", "Eli Vos"]).is_empty());
        assert_eq!(
            roles("It is executive produced by Lena Park.", &["Lena Park"]),
            [crew("lena park", Production, "Executive Producer")]
        );
        let (unit, people) = unit_with_people("Una Bell’s costumes are faded.", &["Una Bell"]);
        let tentative = find(&unit, &people, &[], None, &|_| false).tentative;
        assert_eq!(
            tentative.iter().map(|r| (r.person.as_str(), r.job)).collect::<Vec<_>>(),
            [("una bell", "Costume Designer")]
        );
        assert_eq!(
            roles(
                "Ana Ruiz and Tom Vale are the producers, with Lena Park executive producing.",
                &["Ana Ruiz", "Tom Vale", "Lena Park"]
            ),
            [
                crew("lena park", Production, "Executive Producer"),
                crew("ana ruiz", Production, "Producer"),
                crew("tom vale", Production, "Producer")
            ]
        );
    }

    #[test]
    fn teachers_and_professors_are_relations() {
        let other = |who: &str, job: &'static str| (who.to_owned(), RoleKind::Other(Relation::Other), job, None);
        assert_eq!(
            roles("Her old film professor, Dana Whitcombe, flew in for the screening.", &["Dana Whitcombe"]),
            [other("dana whitcombe", "Professor")]
        );
        assert_eq!(
            roles("Ben Ruiz, his acting teacher at the conservatory, called him fearless.", &["Ben Ruiz"]),
            [other("ben ruiz", "Teacher")]
        );
    }

    #[test]
    fn a_possessive_local_or_firm_scopes_the_job_after_it() {
        assert_eq!(
            facts("The firm's founder, Ann Lee, declined to comment.", &["Ann Lee"]),
            [scoped("ann lee", "Founder", "Firm")]
        );
        assert_eq!(
            facts("Tom Vale, the local's business agent, said talks had stalled.", &["Tom Vale"]),
            [scoped("tom vale", "Business Agent", "Local")]
        );
        assert_eq!(
            facts("Local producer Ann Lee joined the shoot.", &["Ann Lee"]),
            [("ann lee".to_owned(), RoleKind::Crew(Production), "Producer", None, false)]
        );
    }

    #[test]
    fn one_of_the_works_people_holds_the_job() {
        let crew = |who: &str, d, job: &'static str| (who.to_owned(), RoleKind::Crew(d), job, None);
        assert_eq!(
            roles("Tom Vale, one of the film's executive producers, testified Tuesday.", &["Tom Vale"]),
            [crew("tom vale", Production, "Executive Producer")]
        );
        assert_eq!(
            roles("Ann Lee, its director and one of its writers, was not asked.", &["Ann Lee"]),
            [crew("ann lee", Directing, "Director"), crew("ann lee", knowledge::Department::Writing, "Writer")]
        );
    }

    #[test]
    fn turning_up_as_a_part_is_playing_it() {
        let part = |text: &str| roles(text, &["Ann Lee"]).into_iter().map(|r| r.3).collect::<Vec<_>>();
        assert_eq!(
            part("Late on, Ann Lee pops up as a chatty nurse named Greta Holm."),
            [Some("Greta Holm".to_owned())]
        );
        assert_eq!(part("Ann Lee shows up as Sheriff Bo Teal in the last reel."), [Some("Sheriff Bo Teal".to_owned())]);
        assert!(part("Ann Lee turned up as promised.").is_empty());
    }

    #[test]
    fn an_actors_possessive_on_a_name_a_story_noun_describes_is_the_part() {
        assert_eq!(
            roles(
                "Ann Lee's Mara Quell, a gambler with nothing left to lose, is the heart of it.",
                &["Ann Lee", "Mara Quell"]
            ),
            [("ann lee".to_owned(), RoleKind::Cast, "Actor", Some("Mara Quell".to_owned()))]
        );
        assert!(
            roles("Tom Vale's Ann Lee, a longtime collaborator, joined the shoot.", &["Tom Vale", "Ann Lee"])
                .is_empty()
        );
    }

    #[test]
    fn a_name_a_story_noun_describes_is_the_part_of_who_plays_him() {
        let found = |text: &str| {
            let (unit, people) = unit_with_people(text, &["Eli Quint", "Tom Vale", "Mara Holt", "Ann Lee"]);
            find(&unit, &people, &[], None, &|_| false)
        };
        let f = found("Into town rides Eli Quint, a gambler on the run, and Tom Vale plays him with a grin.");
        assert!(
            f.roles
                .iter()
                .any(|r| r.person == "tom vale" && r.character.as_ref().is_some_and(|c| c.name == "Eli Quint"))
        );
        assert!(f.characters.contains(&"Eli Quint".to_owned()));
        let f = found(
            "Mara Holt, a widow buried in debt, needs a hired gun; Ann Lee, in her best work, plays her with steel.",
        );
        assert!(f.characters.contains(&"Mara Holt".to_owned()));
        // A real person described without a story noun stays one.
        assert!(found("Mara Holt, a nurse from Ohio, met Ann Lee, who plays her in the film.").characters.is_empty());
    }

    #[test]
    fn a_job_after_a_career_word_is_a_trade_not_a_credit() {
        assert!(
            roles("Her mentor was the veteran cinematographer Tom Vale, for whom she pulled focus.", &["Tom Vale"])
                .is_empty()
        );
        assert!(roles("She trained under legendary editor Ann Lee in the nineties.", &["Ann Lee"]).is_empty());
        assert_eq!(roles("She hired cinematographer Ann Lee.", &["Ann Lee"]).len(), 1);
    }

    #[test]
    fn a_relation_after_a_copula_even_past_an_attribution() {
        let other = |who: &str, r, job: &'static str| vec![(who.to_owned(), RoleKind::Other(r), job, None)];
        let with = |text: &str, antecedent: &str| {
            let (unit, people) = unit_with_people(text, &[]);
            find(&unit, &people, &[], Some(antecedent), &|_| false)
                .roles
                .into_iter()
                .map(|r| (r.person, r.kind, r.job, r.character.map(|c| c.name)))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            with("He was, she said, her mentor in everything.", "tom vale"),
            other("tom vale", Relation::Other, "Mentor")
        );
        assert_eq!(
            roles("Ann Lee was, prosecutors said, his lawyer at the time.", &["Ann Lee"]),
            other("ann lee", Relation::Legal, "Attorney")
        );
        // In a sentence about the cast the relation is the part's.
        assert!(
            roles("Ann Lee plays Mara, and Tom Vale is her husband.", &["Ann Lee", "Tom Vale"])
                .iter()
                .all(|r| r.2 != "Husband")
        );
    }

    #[test]
    fn a_titled_name_after_as_the_or_an_actors_possessive_is_a_part() {
        let f = roles(
            "Tom Vale plays a drifter opposite Ann Lee as the widow Mae Turner.",
            &["Tom Vale", "Ann Lee", "Mae Turner"],
        );
        assert!(has(&f, "ann lee", "Actor", Some("Mae Turner")), "{f:?}");
        assert!(!f.iter().any(|r| r.0 == "mae turner"), "{f:?}");
        let f = roles("Ann Lee's Sheriff Bo Teal keeps the peace.", &["Ann Lee", "Bo Teal"]);
        assert_eq!(f, [("ann lee".to_owned(), RoleKind::Cast, "Actor", Some("Sheriff Bo Teal".to_owned()))]);
        // A real title in the news keeps its holder.
        let f = roles("She spoke as the widow of the victim; Sheriff Bo Teal listened.", &["Bo Teal"]);
        assert!(f.iter().any(|r| r.0 == "bo teal" && r.2 == "Sheriff"), "{f:?}");
    }

    #[test]
    fn a_credit_verb_closing_a_relative_clause_credits_the_name() {
        let f = roles("The script is by Ann Lee and Tom Vale, who also directed.", &["Ann Lee", "Tom Vale"]);
        assert!(has(&f, "tom vale", "Director", None), "{f:?}");
        let f = roles("Ann Lee, who produced, says little.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Producer", None), "{f:?}");
    }

    #[test]
    fn an_organisation_inside_an_apposition_scopes_its_job() {
        let (unit, people) =
            unit_with_people("Tom Vale, the Teamsters Local 399 business agent, spoke.", &["Tom Vale"]);
        let orgs = [OrgRef { lo: 4, hi: 5, name: "Teamsters".to_owned() }];
        let found = find(&unit, &people, &orgs, None, &|_| false);
        assert_eq!(found.roles.len(), 1);
        assert_eq!(found.roles[0].organisation.as_deref(), Some("Teamsters Local 399"));
        // A film job after a company may be the film's: left alone.
        let (unit, people) = unit_with_people("Ann Lee, a Lark Films producer, spoke.", &["Ann Lee"]);
        let orgs = [OrgRef { lo: 4, hi: 6, name: "Lark Films".to_owned() }];
        assert!(find(&unit, &people, &orgs, None, &|_| false).roles.is_empty());
    }

    #[test]
    fn a_plural_job_before_names_or_a_verb_listing_them_gives_each_the_job() {
        let names = ["Ann Lee", "Tom Vale"];
        let f = roles("Defense attorneys Ann Lee and Tom Vale filed a motion.", &names);
        assert!(has(&f, "ann lee", "Attorney", None) && has(&f, "tom vale", "Attorney", None), "{f:?}");
        let f = roles("Its producers included Ann Lee and Tom Vale.", &names);
        assert!(has(&f, "ann lee", "Producer", None) && has(&f, "tom vale", "Producer", None), "{f:?}");
        // A job held at a festival is not the film's.
        assert!(roles("Festival programmers Ann Lee and Tom Vale chose it.", &names).is_empty());
    }

    #[test]
    fn the_stars_partners_alongside_are_cast() {
        let f = roles("Mia Roe stars as a nurse alongside Ann Lee and Tom Vale.", &["Mia Roe", "Ann Lee", "Tom Vale"]);
        assert!(has(&f, "ann lee", "Actor", None) && has(&f, "tom vale", "Actor", None), "{f:?}");
        assert!(
            roles("Mia Roe directed alongside Ann Lee and Tom Vale.", &["Mia Roe", "Ann Lee", "Tom Vale"])
                .iter()
                .all(|r| r.2 != "Actor")
        );
    }

    #[test]
    fn replacing_someone_as_a_job_hands_it_over() {
        let f = facts("Ann Lee replaced the late Tom Vale as director of photography.", &["Ann Lee", "Tom Vale"]);
        assert!(f.contains(&("ann lee".to_owned(), RoleKind::Crew(Camera), "Cinematographer", None, false)), "{f:?}");
        assert!(f.contains(&("tom vale".to_owned(), RoleKind::Crew(Camera), "Cinematographer", None, true)), "{f:?}");
        let f =
            facts("Ann Lee, who replaced Tom Vale as the production's armorer, testified.", &["Ann Lee", "Tom Vale"]);
        assert!(f.iter().any(|r| r.0 == "tom vale" && r.2 == "Armorer" && r.4), "{f:?}");
    }

    #[test]
    fn a_part_after_stars_as_or_someones_character_is_no_person() {
        let characters = |text: &str| {
            let (unit, people) = unit_with_people(text, &[]);
            find(&unit, &people, &[], None, &|_| false).characters
        };
        assert_eq!(characters("Vale stars as Harlan Voss, a rancher."), ["Harlan Voss"]);
        assert_eq!(characters("Lee's character, Mara Quell, is a nurse."), ["Mara Quell"]);
        assert_eq!(characters("Lee's role as Mara Quell won praise."), ["Mara Quell"]);
    }

    #[test]
    fn giving_someone_a_job_as_names_it() {
        let f = roles("The district attorney appointed Ann Lee as special prosecutor.", &["Ann Lee"]);
        assert_eq!(f, [("ann lee".to_owned(), RoleKind::Other(Relation::Legal), "Special Prosecutor", None)]);
        let f = roles("Producers brought in Tom Vale as the film's lighting technician.", &["Tom Vale"]);
        assert!(has(&f, "tom vale", "Lighting Technician", None), "{f:?}");
        let f = roles("Ann Lee, the chief lighting technician, was nearby.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Gaffer", None), "{f:?}");
        assert!(roles("They named Ann Lee as a witness.", &["Ann Lee"]).is_empty());
    }

    #[test]
    fn a_part_in_parentheses_or_played_by_a_described_newcomer() {
        let f = roles("It pits him against the killer Eli Sorrow (Ann Lee, terrifying) at dawn.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Actor", Some("Eli Sorrow")), "{f:?}");
        let f = roles("His deputy, a kid named Luis Ortega, is played by newcomer Tom Vale with charm.", &["Tom Vale"]);
        assert!(has(&f, "tom vale", "Actor", Some("Luis Ortega")), "{f:?}");
        let f = roles("The sheriff, Walt Bray, was played by the late Tom Vale.", &["Tom Vale"]);
        assert!(has(&f, "tom vale", "Actor", Some("Walt Bray")), "{f:?}");
    }

    #[test]
    fn a_plot_told_past_a_bare_by_keeps_its_people_characters() {
        let (unit, people) = unit_with_people(
            "The film follows a sheriff who hunts a gang led by the railroad baron Augustus Pell.",
            &[],
        );
        assert_eq!(find(&unit, &people, &[], None, &|_| false).characters, ["Augustus Pell"]);
        let (unit, people) = unit_with_people("The film follows a sheriff, directed by Ann Lee with verve.", &[]);
        assert!(find(&unit, &people, &[], None, &|_| false).characters.is_empty());
    }

    #[test]
    fn who_mentored_or_taught_someone_is_their_mentor_or_teacher() {
        let other = |who: &str, job: &'static str| vec![(who.to_owned(), RoleKind::Other(Relation::Other), job, None)];
        assert_eq!(
            roles("\"She was a natural,\" said Tom Vale, a cinematographer who mentored her.", &["Tom Vale"]),
            other("tom vale", "Mentor")
        );
        assert_eq!(roles("Ann Lee, who taught him at film school, wept.", &["Ann Lee"]), other("ann lee", "Teacher"));
        assert!(
            roles("Ann Lee, a director who trained as an actor, spoke.", &["Ann Lee"])
                .iter()
                .all(|r| r.2 == "Director")
        );
    }

    #[test]
    fn a_job_coordinated_after_the_star_with_an_article() {
        let f = roles("Tom Vale, the film's star and a co-producer, faces trial.", &["Tom Vale"]);
        assert!(has(&f, "tom vale", "Actor", None) && has(&f, "tom vale", "Producer", None), "{f:?}");
    }

    #[test]
    fn a_job_on_another_works_title_after_as_is_not_held_here() {
        let with = |text: &str| {
            let (unit, people) = unit_with_people(text, &[]);
            find(&unit, &people, &[], Some("ann lee"), &|_| false).roles
        };
        assert!(with("She worked as a camera operator on “Old Salt.”").is_empty());
        assert_eq!(with("She worked as a camera operator on the shoot.").len(), 1);
    }

    #[test]
    fn a_cast_label_line_casts_its_names() {
        let f = roles("Cast: Ann Lee, Tom Vale, Mia Roe", &["Ann Lee", "Tom Vale", "Mia Roe"]);
        assert!(["ann lee", "tom vale", "mia roe"].iter().all(|p| has(&f, p, "Actor", None)), "{f:?}");
    }

    #[test]
    fn in_a_list_of_jobs_and_names_each_job_is_the_next_names() {
        let f = roles(
            "It names the assistant director, Ann Lee, the armourer, Tom Vale, and the prop master, Mia Roe.",
            &["Ann Lee", "Tom Vale", "Mia Roe"],
        );
        let jobs = |who: &str| f.iter().filter(|r| r.0 == who).map(|r| r.2).collect::<Vec<_>>();
        assert_eq!(jobs("ann lee"), ["Assistant Director"]);
        assert_eq!(jobs("tom vale"), ["Armorer"]);
        assert_eq!(jobs("mia roe"), ["Prop Master"]);
    }

    #[test]
    fn a_secretary_or_commissioner_of_an_organisation_is_scoped_to_it() {
        assert_eq!(
            facts("Ann Lee, secretary of the agency, spoke.", &["Ann Lee"]),
            [scoped("ann lee", "Secretary", "Agency")]
        );
        assert!(facts("Commissioner Ann Lee spoke.", &["Ann Lee"]).is_empty());
    }

    #[test]
    fn a_titled_part_in_parentheses_and_a_part_told_by_its_kin() {
        let f = roles("They flee with U.S. Marshal Wood Helm (Ann Lee) in pursuit.", &["Wood Helm", "Ann Lee"]);
        assert!(has(&f, "ann lee", "Actor", Some("U.S. Marshal Wood Helm")), "{f:?}");
        let f = roles("And Tom Vale, as Mara's father, Abel, makes the most of it.", &["Tom Vale"]);
        assert_eq!(f, [("tom vale".to_owned(), RoleKind::Cast, "Actor", Some("Abel".to_owned()))]);
    }

    #[test]
    fn a_job_before_a_name_who_made_another_work_is_held_on_it() {
        let in_title = |k: usize| k == 100;
        let (unit, people) =
            unit_with_people("The director Ann Lee, who made “Old Salt” with her, praised her.", &["Ann Lee"]);
        assert!(find(&unit, &people, &[], None, &in_title).roles.is_empty());
        let (unit, people) = unit_with_people("The director Ann Lee, who made the film, spoke.", &["Ann Lee"]);
        assert!(!find(&unit, &people, &[], None, &in_title).roles.is_empty());
    }

    #[test]
    fn an_adviser_and_a_scope_before_adjectives() {
        let f = roles("Her thesis adviser there, the cinematographer Tom Vale, recalled her.", &["Tom Vale"]);
        assert_eq!(f, [("tom vale".to_owned(), RoleKind::Other(Relation::Other), "Adviser", None)]);
        assert_eq!(
            facts("Ann Lee, the union's national executive director, spoke.", &["Ann Lee"]),
            [scoped("ann lee", "Executive Director", "Union")]
        );
    }

    #[test]
    fn a_compound_of_two_jobs_holds_both() {
        let f = roles("Actor-producer Ann Lee will return.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Actor", None) && has(&f, "ann lee", "Producer", None), "{f:?}");
        let f = roles("Tom Vale, the writer-producer, spoke.", &["Tom Vale"]);
        assert!(has(&f, "tom vale", "Writer", None) && has(&f, "tom vale", "Producer", None), "{f:?}");
        assert!(roles("A well-known Ann Lee spoke.", &["Ann Lee"]).is_empty());
    }

    #[test]
    fn the_verb_after_an_apposition_naming_someone_else_is_the_subjects() {
        let f = roles(
            "Tom Vale, the widower of the late Ann Lee, coming aboard as an executive producer, agreed.",
            &["Tom Vale", "Ann Lee"],
        );
        assert!(has(&f, "tom vale", "Executive Producer", None), "{f:?}");
        assert!(!has(&f, "ann lee", "Executive Producer", None), "{f:?}");
        let f = roles("Mia Roe, counsel for the studio, declined.", &["Mia Roe"]);
        assert!(f.iter().any(|r| r.2 == "Attorney"), "{f:?}");
    }

    #[test]
    fn a_relation_before_a_described_name() {
        let f = roles("Another of her teachers there, the documentary maker Tom Vale, hired her.", &["Tom Vale"]);
        assert_eq!(f, [("tom vale".to_owned(), RoleKind::Other(Relation::Other), "Teacher", None)]);
        let f = roles("Her brother, the retired rancher Tom Vale, wept.", &["Tom Vale"]);
        assert_eq!(f, [("tom vale".to_owned(), RoleKind::Other(Relation::Family), "Brother", None)]);
        assert!(roles("In town, the retired rancher Tom Vale wept.", &["Tom Vale"]).is_empty());
    }

    #[test]
    fn an_opening_as_names_the_part_of_the_name_after_it() {
        let f = roles("As Mercy, Lorna Szabo is his equal and then some.", &["Lorna Szabo"]);
        assert_eq!(f, [("lorna szabo".to_owned(), RoleKind::Cast, "Actor", Some("Mercy".to_owned()))]);
        let f = roles("As the widow Mae Turner, Ann Lee steals the film.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Actor", Some("Mae Turner")), "{f:?}");
        assert!(roles("As Variety reported, Ann Lee left.", &["Ann Lee"]).is_empty());
        assert!(roles("As a result, Ann Lee left.", &["Ann Lee"]).is_empty());
    }

    #[test]
    fn roles_at_an_organisation_are_scoped_to_it() {
        assert_eq!(
            facts("Festival director Ana Ruiz opened the night.", &["Ana Ruiz"]),
            [scoped("ana ruiz", "Director", "Festival")]
        );
        assert_eq!(
            facts("Tom Vale, the festival’s artistic director, spoke.", &["Tom Vale"]),
            [scoped("tom vale", "Artistic Director", "Festival")]
        );
        assert_eq!(facts("The FBI director Tom Vale spoke.", &["Tom Vale"]), [scoped("tom vale", "Director", "FBI")]);
        assert_eq!(
            facts("The LA producer Tom Vale spoke.", &["Tom Vale"]),
            [("tom vale".to_owned(), RoleKind::Crew(Production), "Producer", None, false)]
        );
        assert_eq!(
            facts("The studio’s CEO, Lena Park, declined.", &["Lena Park"]),
            [scoped("lena park", "CEO", "Studio")]
        );
        assert_eq!(
            facts("Ann Lee, director of the festival, spoke.", &["Ann Lee"]),
            [scoped("ann lee", "Director", "Festival")]
        );
        // Without an organisation, an organisation's job says nothing; the film's director is crew.
        assert!(facts("Artistic director Ann Lee spoke.", &["Ann Lee"]).is_empty());
        assert!(facts("Art department head Ann Lee spoke.", &["Ann Lee"]).is_empty());
        assert_eq!(
            facts("The film’s director, Ann Lee, spoke.", &["Ann Lee"]),
            [("ann lee".to_owned(), RoleKind::Crew(Directing), "Director", None, false)]
        );
    }

    #[test]
    fn a_job_in_capitals_before_a_name_is_the_role_unless_a_name_runs_into_it() {
        let art = |who: &str| (who.to_owned(), RoleKind::Crew(knowledge::Department::Art), "Production Designer", None);
        assert_eq!(roles("Production Designer Ana Ruiz built the set.", &["Ana Ruiz"]), [art("ana ruiz")]);
        assert_eq!(roles("It was built by Production Designer Ana Ruiz.", &["Ana Ruiz"]), [art("ana ruiz")]);
        let f = roles("Stars Ann Lee and Tom Vale stayed at an inn.", &["Ann Lee", "Tom Vale"]);
        assert!(f.iter().any(|r| r.0 == "ann lee" && r.1 == RoleKind::Cast), "{f:?}");
        // "Hollywood Reporter Ana Ruiz": a capitalised word before the job makes it a name's part.
        assert!(roles("She told Hollywood Reporter Ana Ruiz.", &["Ana Ruiz"]).is_empty());
        assert!(roles("The Ridgeline Production Designer Ana Ruiz spoke.", &["Ana Ruiz"]).is_empty());
    }

    #[test]
    fn who_produced_alongside_or_with_someone_produced_too() {
        let producer = |who: &str| (who.to_owned(), RoleKind::Crew(Production), "Producer", None);
        let f = roles("Ben Hale produced alongside Ana Ruiz for the studio.", &["Ben Hale", "Ana Ruiz"]);
        assert!(f.contains(&producer("ana ruiz")), "{f:?}");
        let f = roles("It was co-produced with Ana Ruiz.", &["Ana Ruiz"]);
        assert_eq!(f, [producer("ana ruiz")]);
        assert!(roles("She walked alongside Ana Ruiz.", &["Ana Ruiz"]).is_empty());
    }

    #[test]
    fn a_bio_heading_in_capitals_names_the_person_and_the_part_in_parentheses() {
        let f = roles("ANN LEE (Hattie Voss)", &["ANN LEE"]);
        assert_eq!(
            f,
            [("ann lee".to_owned(), RoleKind::Cast, super::super::vocabulary::ACTOR, Some("Hattie Voss".to_owned()))]
        );
        // In prose the parenthesis holds the actor: "Hattie Voss (Ann Lee)".
        let f = roles("The widow Hattie Voss (Ann Lee) keeps the farm.", &["Ann Lee"]);
        assert_eq!(
            f,
            [("ann lee".to_owned(), RoleKind::Cast, super::super::vocabulary::ACTOR, Some("Hattie Voss".to_owned()))]
        );
        let f = roles("TOM VALE (Hattie Voss) spoke at length about the farm.", &["TOM VALE", "Hattie Voss"]);
        assert!(!f.iter().any(|r| r.0 == "hattie voss"), "{f:?}");
    }

    #[test]
    fn a_relation_apposed_to_a_trade_is_the_role() {
        let f = roles("Her husband, the cinematographer Tom Vale, spoke.", &["Tom Vale"]);
        assert_eq!(f, [("tom vale".to_owned(), RoleKind::Other(Relation::Family), "Husband", None)]);
        let f = roles("Her mentor, the art director Ann Lee, hired her.", &["Ann Lee"]);
        assert_eq!(f, [("ann lee".to_owned(), RoleKind::Other(Relation::Other), "Mentor", None)]);
        // Without a relation before it, the trade is the role.
        let f = roles("The producer, cinematographer Tom Vale, spoke.", &["Tom Vale"]);
        assert_eq!(f, [("tom vale".to_owned(), RoleKind::Crew(Camera), "Cinematographer", None)]);
    }

    #[test]
    fn joining_the_cast_as_a_part_is_a_cast_role() {
        let f = roles("Ann Lee joined the cast a week later as the sheriff.", &["Ann Lee"]);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].1, f[0].3.as_deref()), (RoleKind::Cast, Some("sheriff")));
        // Joining the crew as a sheriff's adviser is no part: the job after "as" stays a job.
        let f = roles("Ann Lee joined the production as producer.", &["Ann Lee"]);
        assert_eq!(f, [("ann lee".to_owned(), RoleKind::Crew(Production), "Producer", None)]);
    }

    #[test]
    fn shot_by_credits_the_cinematographer_of_a_work_only() {
        let camera = |who: &str| vec![(who.to_owned(), RoleKind::Crew(Camera), "Cinematographer", None)];
        assert_eq!(roles("Shot by Tom Vale, the film opens in May.", &["Tom Vale"]), camera("tom vale"));
        assert_eq!(roles("The drama, shot by Tom Vale, opens in May.", &["Tom Vale"]), camera("tom vale"));
        assert_eq!(roles("Tom Vale lensed the shoot on film.", &["Tom Vale"]), camera("tom vale"));
        // A finite passive tells who fired.
        assert!(roles("The grip was shot by Tom Vale during a rehearsal.", &["Tom Vale"]).is_empty());
        assert!(roles("A man shot by Tom Vale survived.", &["Tom Vale"]).is_empty());
    }

    #[test]
    fn relations_to_people_are_roles() {
        let f =
            roles("Her mentor, Tom Vale, visited. The victim’s grandson, Eli Park, spoke.", &["Tom Vale", "Eli Park"]);
        assert!(f.iter().any(|r| r.0 == "tom vale" && r.1 == RoleKind::Other(Relation::Other) && r.2 == "Mentor"));
        assert!(f.iter().any(|r| r.0 == "eli park" && r.1 == RoleKind::Other(Relation::Family) && r.2 == "Grandson"));
        assert_eq!(f.len(), 2);
        // In a parenthesis after a described part, a kinship word is the character.
        let f = roles("It follows an outlaw and his teenage grandson (Eli Park).", &["Eli Park"]);
        assert_eq!(f, [("eli park".to_owned(), RoleKind::Cast, "Actor", Some("teenage grandson".to_owned()))]);
    }

    #[test]
    fn compound_credits_give_each_job() {
        let f = roles("Writer and director Ana Ruiz shot it in May.", &["Ana Ruiz"]);
        assert!(has(&f, "ana ruiz", "Director", None) && has(&f, "ana ruiz", "Writer", None));
        let f = roles("Ben Hale, the star and producer, agreed.", &["Ben Hale"]);
        assert!(has(&f, "ben hale", "Actor", None) && has(&f, "ben hale", "Producer", None));
        let f = roles("Executive producer Cy Moon paid.", &["Cy Moon"]);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(has(&f, "cy moon", "Executive Producer", None));
        // "Director Ana Ruiz and producer Ben Hale": a neighbour's job is not coordinated.
        let f = roles("Director Ana Ruiz and producer Ben Hale met.", &["Ana Ruiz", "Ben Hale"]);
        assert!(!has(&f, "ana ruiz", "Producer", None) && !has(&f, "ben hale", "Director", None));
    }

    #[test]
    fn in_a_credit_list_each_keeps_their_own_job() {
        let f = roles(
            "The crew included director Ana Ruiz, cinematographer Ben Hale and editor Cy Moon.",
            &["Ana Ruiz", "Ben Hale", "Cy Moon"],
        );
        assert!(has(&f, "ana ruiz", "Director", None));
        assert!(has(&f, "ben hale", "Cinematographer", None));
        assert!(has(&f, "cy moon", "Editor", None));
        assert_eq!(f.len(), 3, "{f:?}");
    }

    #[test]
    fn a_work_that_a_person_also_produced_makes_them_a_producer() {
        let f = roles("The western Dust Road, which Ana Ruiz also produced, opens in May.", &["Ana Ruiz"]);
        assert_eq!(f, [("ana ruiz".to_owned(), RoleKind::Crew(Production), "Producer", None)]);
        // Not a work: nothing.
        assert!(roles("The gala, which Ana Ruiz also produced, ran late.", &["Ana Ruiz"]).is_empty());
    }

    #[test]
    fn an_actor_known_for_other_work_is_not_cast_here() {
        assert!(roles("Ben Hale, an actor known for Other Show, visited the set.", &["Ben Hale"]).is_empty());
        assert!(roles("Ben Hale, a director best known for thrillers, visited.", &["Ben Hale"]).is_empty());
        let f = roles("Ben Hale, an actor, visited the set.", &["Ben Hale"]);
        assert!(has(&f, "ben hale", "Actor", None));
    }

    #[test]
    fn in_a_cast_sentence_an_actor_is_the_named_character_an_apposition_describes() {
        let f =
            roles("Ben Hale plays a guard; Ann Lee is Hattie Lowe, the widow who hires him.", &["Ben Hale", "Ann Lee"]);
        assert!(has(&f, "ann lee", "Actor", Some("Hattie Lowe")), "{f:?}");
        // Not outside a sentence about the cast, nor without the describing apposition.
        let f = roles("Ann Lee is Hattie Lowe, the widow who hires him.", &["Ann Lee"]);
        assert!(f.is_empty(), "{f:?}");
        let f = roles("Ben Hale plays a guard; Ann Lee is Hattie Lowe’s agent.", &["Ben Hale", "Ann Lee"]);
        assert!(!has(&f, "ann lee", "Actor", Some("Hattie Lowe")), "{f:?}");
    }

    #[test]
    fn the_verb_after_an_apposition_gives_the_role() {
        let f = roles("Ben Hale, an actor known for “Red Mile,” plays a retired guard.", &["Ben Hale"]);
        assert_eq!(f, [("ben hale".to_owned(), RoleKind::Cast, "Actor", Some("retired guard".to_owned()))]);
        let f = roles("Ben Hale, a veteran of westerns, plays the sheriff.", &["Ben Hale"]);
        assert!(has(&f, "ben hale", "Actor", Some("sheriff")));
        // Not across a clause that another person's verb ends, nor after a relative clause.
        let cast = |text: &str| roles(text, &["Ben Hale"]).into_iter().any(|r| r.1 == RoleKind::Cast);
        assert!(!cast("Ben Hale, the producer, and Ann Lee plays the sheriff."));
        assert!(!cast("Ben Hale, who met Ann, said the actor plays a sheriff."));
    }

    #[test]
    fn a_replaced_person_keeps_the_role_marked_replaced() {
        let f = facts(
            "Cinematographer Ben Hale, who was later replaced by Cy Moon, left in May.",
            &["Ben Hale", "Cy Moon"],
        );
        assert_eq!(
            f,
            [
                ("ben hale".to_owned(), RoleKind::Crew(Camera), "Cinematographer", None, true),
                ("cy moon".to_owned(), RoleKind::Crew(Camera), "Cinematographer", None, false)
            ]
        );
        // Replacing a prop is not replacing a person.
        let f = facts("Cinematographer Ben Hale replaced the lens.", &["Ben Hale"]);
        assert!(f.iter().all(|r| !r.4));
    }

    fn has(
        found: &[(String, RoleKind, &'static str, Option<String>)],
        who: &str,
        job: &str,
        character: Option<&str>,
    ) -> bool {
        found.iter().any(|(p, _, j, c)| p == who && *j == job && c.as_deref() == character)
    }

    #[test]
    fn vocabulary_prefers_the_longest_phrase() {
        let (u, _) = unit_with_people("the director of photography Ann Lee", &[]);
        let (lo, jobs) = job_ending_at(&u, 4).unwrap();
        assert_eq!(lo, 1);
        assert_eq!(jobs[0].job, "Cinematographer");
        assert!(u.cap(4));
    }

    #[test]
    fn job_before_and_after_names() {
        let f = roles(
            "The film, shot by cinematographer Ann Lee and scored by composer Tom Vale, stars Mia Roe.",
            &["Ann Lee", "Tom Vale", "Mia Roe"],
        );
        assert!(has(&f, "ann lee", "Cinematographer", None));
        assert!(has(&f, "tom vale", "Composer", None));
        assert!(has(&f, "mia roe", "Actor", None));
        let f = roles("Ann Lee—the film’s editor—spoke first.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Editor", None));
    }

    #[test]
    fn the_role_of_a_character() {
        let f = roles("The thriller stars Oscar nominee Ann Lee in the lead role of Detective Mae Lin.", &["Ann Lee"]);
        assert!(f.iter().any(|r| r.0 == "ann lee" && r.3.as_deref().is_some_and(|c| c.ends_with("Mae Lin"))), "{f:?}");
        let f = roles("Tom Vale, in the role of Paul, is superb.", &["Tom Vale"]);
        assert!(has(&f, "tom vale", "Actor", Some("Paul")));
        assert!(roles("Tom Vale in the role of a lifetime.", &["Tom Vale"]).is_empty());
    }

    #[test]
    fn a_later_conjunct_of_a_cast_list_is_cast() {
        let f = roles(
            "The film stars Ann Lee as a lighthouse keeper and Tom Vale as her estranged brother, Paul.",
            &["Ann Lee", "Tom Vale"],
        );
        assert!(has(&f, "ann lee", "Actor", Some("lighthouse keeper")));
        assert!(has(&f, "tom vale", "Actor", Some("Paul")));
        let f = roles("The film stars Ann Lee. Critics and Tom Vale as a guest were there.", &["Ann Lee", "Tom Vale"]);
        assert!(!has(&f, "tom vale", "Actor", None) && f.iter().all(|r| r.0 != "tom vale"));
        let f = roles("Both stars and Tom Vale as producer attended the premiere.", &["Tom Vale"]);
        assert!(f.iter().all(|r| r.1 != RoleKind::Cast), "{f:?}");
        let f = roles("The western stars Ann Lee as Rosa and Tom Vale as Sheriff Dan Cole.", &["Ann Lee", "Tom Vale"]);
        assert!(f.iter().any(|r| r.0 == "tom vale" && r.1 == RoleKind::Cast), "{f:?}");
    }

    #[test]
    fn a_job_after_a_preposition_is_someone_elses() {
        let f = roles("Ann Lee, working with cinematographer Tom Vale, frames the island.", &["Ann Lee", "Tom Vale"]);
        assert!(!has(&f, "ann lee", "Cinematographer", None));
        assert!(has(&f, "tom vale", "Cinematographer", None));
        let f = roles("Ann Lee, a former assistant to director Tom Vale, spoke.", &["Ann Lee", "Tom Vale"]);
        assert!(!has(&f, "ann lee", "Director", None));
        let f = roles("Tom Vale, a friend of director Ann Lee, said it was cold.", &["Ann Lee", "Tom Vale"]);
        assert!(!has(&f, "tom vale", "Director", None));
        let f = roles("Ann Lee, the film’s longtime editor, spoke.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Editor", None));
    }

    #[test]
    fn a_role_verb_closing_the_sentence_gives_its_subjects_the_job() {
        let f = roles("Lark Pictures' Ann Lee and Fen Media's Tom Vale produce.", &["Ann Lee", "Tom Vale"]);
        assert!(has(&f, "ann lee", "Producer", None) && has(&f, "tom vale", "Producer", None), "{f:?}");
        let f = roles("Ann Lee directs.", &["Ann Lee"]);
        assert!(!has(&f, "ann lee", "Director", None), "only a plural verb closes the list");
        let f = roles("Fans of Ann Lee know what they produce.", &["Ann Lee"]);
        assert!(f.is_empty());
    }

    #[test]
    fn credits_shared_by_a_list_or_by_two_participles() {
        let f = roles("The producers, Ann Lee and Tom Vale, flew in.", &["Ann Lee", "Tom Vale"]);
        assert!(has(&f, "ann lee", "Producer", None) && has(&f, "tom vale", "Producer", None), "{f:?}");
        let f = roles("It is written and directed by Ann Lee.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Writer", None) && has(&f, "ann lee", "Director", None), "{f:?}");
        let f = roles("Ann Lee produced.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Producer", None), "{f:?}");
        let f = roles("Her friends, Ann Lee and Tom Vale, flew in.", &["Ann Lee", "Tom Vale"]);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn starring_in_the_film_is_a_part_in_this_one() {
        let f = roles("Ann Lee, who stars in the film, posted her support.", &["Ann Lee"]);
        assert!(f.iter().any(|r| r.0 == "ann lee" && r.1 == RoleKind::Cast), "{f:?}");
        let f = roles("Ann Lee, who starred in the film, posted her support.", &["Ann Lee"]);
        assert!(f.is_empty(), "told in the past it may be another film: {f:?}");
    }

    #[test]
    fn an_apposition_with_as_names_the_part() {
        let f = roles("Ann Lee, as the rival surveyor Mara Pike, steals every scene.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Actor", Some("Mara Pike")), "{f:?}");
        let f = roles("Ann Lee, as the director, spoke first.", &["Ann Lee"]);
        assert!(!f.iter().any(|r| r.1 == RoleKind::Cast), "{f:?}");
    }

    #[test]
    fn a_former_job_is_not_held_on_this_film() {
        let f = roles("Stunt coordinator Ann Lee, a former stunt double, staged the fall.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Stunt Coordinator", None));
        assert!(!has(&f, "ann lee", "Stunt Double", None));
        let f = roles("The set was visited by former editor Tom Vale.", &["Tom Vale"]);
        assert!(!has(&f, "tom vale", "Editor", None));
    }

    #[test]
    fn serves_as_and_coordinated_predicates() {
        let f = roles(
            "Mia Roe also serves as executive producer and co-wrote the screenplay with Tom Vale.",
            &["Mia Roe", "Tom Vale"],
        );
        assert!(has(&f, "mia roe", "Executive Producer", None));
        assert!(has(&f, "mia roe", "Writer", None));
        assert!(has(&f, "tom vale", "Writer", None));
        let f = roles("Mia Roe co-wrote the screenplay with the novelist Tom Vale.", &["Mia Roe", "Tom Vale"]);
        assert!(has(&f, "tom vale", "Writer", None));
        let f = roles("Mia Roe co-wrote the screenplay, with help, Tom Vale said.", &["Mia Roe", "Tom Vale"]);
        assert!(!has(&f, "tom vale", "Writer", None));
    }

    #[test]
    fn cast_shapes_give_characters() {
        let f = roles("Mia Roe plays Greta Holm, a smuggler.", &["Mia Roe"]);
        assert!(has(&f, "mia roe", "Actor", Some("Greta Holm")));
        let f = roles(
            "Tom Vale plays her younger brother, Ned. Ann Lee appears as a weary consul.",
            &["Tom Vale", "Ann Lee"],
        );
        assert!(has(&f, "tom vale", "Actor", Some("Ned")));
        assert!(has(&f, "ann lee", "Actor", Some("weary consul")));
        let f = roles("It follows Greta Holm (Roe) and her brother, Ned (played by Tom Vale).", &["Roe", "Tom Vale"]);
        assert!(has(&f, "roe", "Actor", Some("Greta Holm")));
        assert!(has(&f, "tom vale", "Actor", Some("Ned")));
        let f = roles(
            "They flee a ruthless Federal Agent (Ann Lee) and a tired harbor pilot (Tom Vale).",
            &["Ann Lee", "Tom Vale"],
        );
        assert!(has(&f, "ann lee", "Actor", Some("Federal Agent")));
        assert!(has(&f, "tom vale", "Actor", Some("harbor pilot")));
        let f = roles(
            "Ann Lee stars as Greta Holm, a pilot, opposite Tom Vale as her husband, Ned.",
            &["Ann Lee", "Greta Holm", "Tom Vale"],
        );
        assert!(has(&f, "ann lee", "Actor", Some("Greta Holm")));
        assert!(has(&f, "tom vale", "Actor", Some("Ned")));
        // An age set off after the name does not part the actor from the part.
        let f =
            roles("Ann Lee stars as Greta Holm opposite Tom Vale, 34, as her husband, Ned.", &["Ann Lee", "Tom Vale"]);
        assert!(has(&f, "tom vale", "Actor", Some("Ned")));
        // The described character's name ends with its capitalised run.
        let f = roles("Ann Lee was cast as the ranger Greta Holm two months later.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Actor", Some("Greta Holm")));
        assert!(!has(&f, "ann lee", "Actor", Some("Greta Holm two")));
        let f = roles(
            "Tom Vale, who plays a pilot named Ned Holm, also serves as a producer. Ann Lee will shoot the film.",
            &["Tom Vale", "Ann Lee"],
        );
        assert!(has(&f, "tom vale", "Actor", Some("Ned Holm")));
        assert!(has(&f, "tom vale", "Producer", None));
        assert!(has(&f, "ann lee", "Cinematographer", None));
        let f = roles(
            "It stars Ann Lee as Greta Holm, Tom Vale as Ned Holm and Mia Roe (Ida Holm).",
            &["Ann Lee", "Tom Vale", "Mia Roe"],
        );
        assert!(has(&f, "ann lee", "Actor", Some("Greta Holm")));
        assert!(has(&f, "tom vale", "Actor", Some("Ned Holm")));
        assert!(has(&f, "mia roe", "Actor", Some("Ida Holm")));
        let f = roles("Director Ann Lee (Night Harbor) spoke as Tom Vale listened.", &["Ann Lee", "Tom Vale"]);
        assert!(!f.iter().any(|r| r.2 == "Actor"), "{f:?}");
        let f = roles("The drama stars Mia Roe as a widow named Greta Holm.", &["Mia Roe"]);
        assert!(has(&f, "mia roe", "Actor", Some("Greta Holm")));
        let f =
            roles("Ann Lee, Tom Vale and Mia Roe round out the supporting cast.", &["Ann Lee", "Tom Vale", "Mia Roe"]);
        assert_eq!(f.iter().filter(|r| r.2 == "Actor").count(), 3);
    }

    #[test]
    fn no_role_for_possessors_and_non_film_objects() {
        let f = roles("Lee’s widower joined the project as a producer.", &["Lee"]);
        assert!(f.is_empty(), "{f:?}");
        let f = roles("Mia Roe also wrote on the photo and shot a video.", &["Mia Roe"]);
        assert!(f.is_empty(), "{f:?}");
        let f = roles("As an executive producer, Mia Roe said little.", &["Mia Roe"]);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn legal_family_and_press_relations() {
        let f = roles(
            "Defense attorney Ann Lee and Lee’s husband, Tom Vale, spoke to critic Mia Roe.",
            &["Ann Lee", "Tom Vale", "Mia Roe"],
        );
        assert!(has(&f, "ann lee", "Attorney", None));
        assert!(has(&f, "tom vale", "Husband", None));
        assert!(has(&f, "mia roe", "Critic", None));
        let f = roles("Chief District Judge Ann Lee ruled.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Judge", None));
        let f = roles("Mayor Ann Lee proclaimed May 3 Harbor Day.", &["Ann Lee"]);
        assert!(has(&f, "ann lee", "Mayor", None));
        assert!(f.iter().all(|r| !matches!(r.1, RoleKind::Crew(_) | RoleKind::Cast)), "{f:?}");
        let f = roles("Ann Lee met the mayor on Friday.", &["Ann Lee"]);
        assert!(!has(&f, "ann lee", "Mayor", None));
    }

    #[test]
    fn directed_by_lists() {
        let f = roles("It was directed by Ann Lee and Tom Vale.", &["Ann Lee", "Tom Vale"]);
        assert!(has(&f, "ann lee", "Director", None));
        assert!(has(&f, "tom vale", "Director", None));
    }

    #[test]
    fn possessed_work_implies_a_job() {
        let f = roles("Mia Roe’s performance is quiet, and Tom Vale’s score is loud.", &["Mia Roe", "Tom Vale"]);
        assert!(has(&f, "mia roe", "Actor", None));
        assert!(has(&f, "tom vale", "Composer", None));
        let f = roles("Mia Roe’s managing editor Ann Lee and editor Tom Vale.", &["Mia Roe", "Ann Lee", "Tom Vale"]);
        assert!(
            has(&f, "ann lee", "Editor", None) && f.iter().any(|r| r.0 == "ann lee" && r.1 == RoleKind::Other(Press))
        );
        assert!(f.iter().any(|r| r.0 == "tom vale" && r.1 == RoleKind::Crew(Editing)));
    }

    #[test]
    fn antecedent_subjects() {
        let (u, people) = unit_with_people("The actor also serves as producer.", &[]);
        let f = find(&u, &people, &[], Some("mia roe"), &|_| false);
        assert_eq!(f.roles.len(), 1);
        assert_eq!(f.roles[0].job, "Producer");
    }

    #[test]
    fn with_a_as_a_part_among_actors_is_cast() {
        let r = roles("Stage actor Tom Vale joins with Ana Ruiz as the sheriff's sister.", &["Tom Vale", "Ana Ruiz"]);
        assert!(r.iter().any(|r| r.0 == "ana ruiz" && r.1 == RoleKind::Cast), "{r:?}");
        // Not among actors, or a job after "as": no part.
        let r = roles("The mayor met with Ana Ruiz as the crowd left.", &["Ana Ruiz"]);
        assert!(r.is_empty(), "{r:?}");
        let r = roles("Actor Tom Vale works with Ana Ruiz as the producer.", &["Tom Vale", "Ana Ruiz"]);
        assert!(r.iter().all(|r| !(r.0 == "ana ruiz" && r.1 == RoleKind::Cast)), "{r:?}");
        let r = roles("Actor Tom Vale shares scenes with Ana Ruiz as the sheriff.", &["Tom Vale", "Ana Ruiz"]);
        assert!(
            r.contains(&(
                "ana ruiz".to_owned(),
                RoleKind::Cast,
                super::super::vocabulary::ACTOR,
                Some("sheriff".to_owned())
            )),
            "{r:?}"
        );
    }

    #[test]
    fn a_plural_job_after_a_list_of_names_gives_each_the_job() {
        let r = roles("Vale Pictures is producing with Ana Ruiz and Tom Vale as producers.", &["Ana Ruiz", "Tom Vale"]);
        let jobs: Vec<(&str, &str)> = r.iter().map(|r| (r.0.as_str(), r.2)).collect();
        assert_eq!(jobs, [("ana ruiz", "Producer"), ("tom vale", "Producer")]);
        // In a sentence about the cast, a plural after "as" is a part.
        assert!(
            roles("The film stars Ana Ruiz and Tom Vale as rival producers.", &["Ana Ruiz", "Tom Vale"])
                .iter()
                .all(|r| r.2 != "Producer")
        );
    }

    #[test]
    fn a_cast_list_line_names_the_part() {
        let cast = |part: &str| {
            ("ana ruiz".to_owned(), RoleKind::Cast, super::super::vocabulary::ACTOR, Some(part.to_owned()))
        };
        assert_eq!(roles("Ana Ruiz as Marshal Tobias Crane", &["Ana Ruiz"]), [cast("Marshal Tobias Crane")]);
        assert_eq!(roles("Ana Ruiz as Greta Holm, a ferry pilot", &["Ana Ruiz"]), [cast("Greta Holm")]);
        assert!(roles("Ana Ruiz as Ben Hale's mother is a revelation.", &["Ana Ruiz", "Ben Hale"]).is_empty());
        assert!(roles("Ana Ruiz as Producer", &["Ana Ruiz"]).iter().all(|r| r.1 != RoleKind::Cast));
    }

    #[test]
    fn a_credit_label_gives_each_name_after_it_the_job() {
        let jobs = |text: &str, names: &[&str]| -> Vec<(String, &'static str)> {
            roles(text, names).into_iter().map(|(p, _, job, _)| (p, job)).collect()
        };
        assert_eq!(
            jobs("Writers: Ann Lee, Ben Hale", &["Ann Lee", "Ben Hale"]),
            [("ann lee".to_owned(), "Writer"), ("ben hale".to_owned(), "Writer")]
        );
        assert_eq!(jobs("Directed by: Jo Marsh", &["Jo Marsh"]), [("jo marsh".to_owned(), "Director")]);
        assert_eq!(
            jobs("Screenplay: Ann Lee, Ben Hale", &["Ann Lee", "Ben Hale"]),
            [("ann lee".to_owned(), "Writer"), ("ben hale".to_owned(), "Writer")]
        );
        // A credit noun opening a sentence is no label.
        assert!(jobs("Screenplay by the numbers, says Ann Lee.", &["Ann Lee"]).is_empty());
        assert_eq!(jobs("Kit Varga edited the film.", &["Kit Varga"]), [("kit varga".to_owned(), "Editor")]);
        assert_eq!(jobs("Casting was by Nell Park.", &["Nell Park"]), [("nell park".to_owned(), "Casting Director")]);
        assert!(
            jobs("Jo Marsh: Ann Lee is a director.", &["Jo Marsh", "Ann Lee"]).iter().all(|(p, _)| p != "jo marsh")
        );
    }
}
