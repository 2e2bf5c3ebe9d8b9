//! Personal names: which capitalised runs are full names (2–4 name words, after dropping
//! titles, jobs and sentence-initial common words), and which single words are aliases
//! (surname or first name) of exactly one full name in the corpus.

use std::collections::{BTreeMap, HashMap};

use super::gazetteer as gz;
use super::names::{Lexicon, Run, Unit, month_given_name, normalise, starts_upper};
use super::vocabulary::{CREDIT_LIST_NOUNS, LISTING_VERBS, WORK_FOR_CUES, WORK_WORDS, is_job_word, jobs_of, org_job};

/// What a capitalised run amounts to as a personal name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameShape {
    /// A full name: tokens `lo..hi`.
    Full(usize, usize),
    /// A single name word at token `i` (a possible alias).
    Single(usize),
}

/// True when token `i` can be a word of a personal name ("McDermott", "O’Brien", "J.").
pub fn valid_name_token(unit: &Unit, i: usize) -> bool {
    let t = &unit.toks[i];
    if !t.word {
        return false;
    }
    let w = unit.word(i);
    let lower = t.lower.as_str();
    if gz::contains(gz::PARTICLES, lower) && !starts_upper(w) {
        return true;
    }
    let initials = w.split('.').filter(|p| !p.is_empty()).all(|p| p.chars().count() == 1) && w.ends_with('.');
    let shaped =
        starts_upper(w) && (w.chars().any(char::is_lowercase) || initials) && !w.chars().any(|c| c.is_ascii_digit());
    shaped
        && !gz::contains(gz::STOP, lower)
        && (!crate::dates::is_calendar_word(lower) || month_given_name(unit, i))
        && !gz::contains(gz::DEMONYMS, lower)
        && !gz::contains(gz::TITLE_WORDS, lower)
        && !gz::contains(gz::NON_NAME_WORDS, lower)
        && !gz::contains(gz::DESCRIPTORS, lower)
        && !gz::contains(gz::HONORIFICS, lower.trim_end_matches('.'))
        && gz::org_suffix(lower).is_none()
        && !is_job_word(lower)
        && !(initials && gz::PLACE_ABBREVIATIONS.iter().any(|(a, _)| *a == w))
}

/// True when token `i` ends a job phrase of one to three words that starts at or after `lo`
/// ("Designer" in "Production Designer", "Stars"), a film job or one held at an organisation
/// ("Agent" in "Business Agent").
fn ends_job_phrase(unit: &Unit, lo: usize, i: usize) -> bool {
    (1..=3).filter(|&len| i + 1 >= lo + len).any(|len| {
        let words = (i + 1 - len..=i).map(|k| unit.toks[k].lower.as_str()).collect::<Vec<_>>().join(" ");
        !jobs_of(&words).is_empty() || org_job(&words).is_some()
    })
}

/// True when the tokens from `at` are a model number ("35") or, after at most one modifier of
/// equipment, a product noun ("anamorphic lenses"); any other word between may be a verb ("Ann
/// Lee rented cameras").
fn product_after(unit: &Unit, at: usize) -> bool {
    // A model number closes the line, a clause or the name before the verb ("Storm Tracker 9
    // is tracking"); a time or an amount ("2 hours ago") may follow a name too.
    let number = unit
        .toks
        .get(at)
        .is_some_and(|t| (1..=3).contains(&t.lower.len()) && t.lower.bytes().all(|b| b.is_ascii_digit()))
        && (at + 1 == unit.toks.len() || unit.is(at + 1, gz::PRODUCT_NOUNS) || unit.is(at + 1, gz::AFTER_MODEL_NUMBER));
    let noun = |k: usize| unit.lower_word(k) && gz::contains(gz::PRODUCT_NOUNS, &unit.toks[k].lower);
    number || noun(at) || (unit.is(at, gz::PRODUCT_MODIFIERS) && noun(at + 1))
}

/// True when the context of tokens `lo..hi` names them as a thing: a boat or an act before
/// ("aboard the fishing vessel Mary Ellen", "local band Dead Reckoning", "the horse, Duke Hale,",
/// "a dog named Biscuit Jones") or a venue, animal, firm or record in apposition after
/// ("Marlowe Grant, the steakhouse in …"). Such a name is no person anywhere in the corpus.
pub fn thing_cue(unit: &Unit, lo: usize, hi: usize) -> bool {
    let before = lo.wrapping_sub(1);
    let thing_noun = |k: usize| {
        unit.lower_word(k)
            && !unit.toks[k].possessive
            && (unit.is(k, gz::THING_APPOSITION_NOUNS) || unit.is(k, gz::VESSEL_NOUNS))
    };
    // "the horse, Duke Halloway, …" and "a gelding called Tom Piper": the noun names the kind.
    let set_off = unit.is(before, &[","])
        && thing_noun(before.wrapping_sub(1))
        && unit.is(before.wrapping_sub(2), gz::THING_LEADS)
        && unit.is(hi, &[",", "."]);
    let named = unit.is(before, &["named", "called"]) && thing_noun(before.wrapping_sub(1));
    unit.is(before, gz::VESSEL_NOUNS)
        || (unit.is(before, gz::BAND_NOUNS) && unit.lower_word(before))
        || set_off
        || named
        || thing_apposition(unit, hi)
}

/// True when the tokens from `at` are ", the/a …" describing a thing whose head noun is a kind
/// of venue, animal, boat, act, firm or record ("Marlowe Grant, the steakhouse in …").
fn thing_apposition(unit: &Unit, at: usize) -> bool {
    if !unit.is(at, &[","]) || !unit.is(at + 1, &["the", "a", "an"]) {
        return false;
    }
    for k in at + 2..(at + 8).min(unit.toks.len()) {
        let t = &unit.toks[k];
        if t.lower == "-" {
            continue;
        }
        if !t.word || unit.is(k, gz::APPOSITION_STOPS) {
            return false;
        }
        if !t.possessive && unit.lower_word(k) && gz::contains(gz::THING_APPOSITION_NOUNS, &t.lower) {
            let next = unit.toks.get(k + 1);
            return next.is_none_or(|n| !n.word)
                || unit.is(k + 1, gz::AFTER_THING_APPOSITION)
                || (unit.lower_word(k + 1) && next.is_some_and(|n| n.lower.ends_with("ed")));
        }
    }
    false
}

/// True when the name at token `lo` is an item of a list of someone's work: back over other
/// items (capitalised words, possessives, commas, "and", quotes), "credits include" or "films
/// also include".
fn listed_work(unit: &Unit, lo: usize) -> bool {
    let mut k = lo;
    while k > 0 && lo - k < 12 {
        let t = &unit.toks[k - 1];
        if unit.is(k - 1, LISTING_VERBS) {
            let noun = |j: usize| unit.is(j, CREDIT_LIST_NOUNS);
            return noun(k.wrapping_sub(2)) || (unit.is(k.wrapping_sub(2), &["also"]) && noun(k.wrapping_sub(3)));
        }
        if !(unit.cap(k - 1) || t.possessive || unit.is(k - 1, &[",", "and", "“", "”", "\"", "‘", "’"])) {
            return false;
        }
        k -= 1;
    }
    false
}

/// True for a house number ("401", "12"): one to five digits, not a year ("1998", "2026").
fn house_number(word: &str) -> bool {
    let year = word.len() == 4 && (word.starts_with("19") || word.starts_with("20"));
    (1..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()) && !year
}

fn filler(unit: &Unit, i: usize) -> bool {
    let lower = unit.toks[i].lower.as_str();
    gz::contains(gz::PARTICLES, lower) || gz::contains(gz::NAME_SUFFIXES, lower) || unit.word(i).ends_with('.')
}

/// Reads a sub-run (already split at connectors) as a personal name, if it can be one.
///
/// Leading titles, honorifics, jobs, quoted-title words and a sentence-initial common word are
/// dropped; trailing non-name words too. A run right after "the/a/an" or "in/at/near" is not a
/// person (it is a thing, a title or a place).
pub fn shape(unit: &Unit, run: Run, lex: &Lexicon) -> Option<NameShape> {
    let mut lo = run.lo;
    let mut hi = run.hi;
    // "First Judicial District Judge Mary Sommer", "Production Designer Ana Ruiz": the name
    // follows the last title word or job phrase.
    if let Some(last_title) = (run.lo..run.hi.saturating_sub(2)).rev().find(|&i| {
        let l = unit.toks[i].lower.as_str();
        (gz::contains(gz::TITLE_WORDS, l) || ends_job_phrase(unit, run.lo, i)) && !unit.toks[i].possessive
    }) {
        lo = last_title + 1;
    }
    while lo < hi {
        let t = &unit.toks[lo];
        // A sentence-initial word seen in lower case elsewhere ("Speaking", "Instead") is a
        // common word, unless dropping it would leave a lone surname ("Will Smith").
        let initial_common = t.initial
            && !t.possessive
            && (lex.common(&t.lower) && (hi - lo > 2 || !lex.lower_words.contains(&t.lower)));
        let drop = lex.in_title(unit, lo)
            || initial_common
            || gz::contains(gz::DESCRIPTORS, &t.lower)
            // "Newcomers A and B".
            || t.lower.strip_suffix('s').is_some_and(|one| gz::contains(gz::DESCRIPTORS, one))
            || gz::contains(gz::TITLE_WORDS, &t.lower)
            || gz::contains(gz::HONORIFICS, t.lower.trim_end_matches('.'))
            || is_job_word(&t.lower)
            || (lo + 1 < hi && lex.titles.contains(&t.lower) && !t.possessive);
        if !drop {
            break;
        }
        lo += 1;
    }
    // "Harvest Weekend Parade", "Crown Ballroom", "Prince Albert Island": an event, a building
    // or a site, whatever comes before.
    if gz::contains(gz::THING_HEADS, &unit.toks[hi - 1].lower) || gz::contains(gz::SITE_HEADS, &unit.toks[hi - 1].lower)
    {
        return None;
    }
    while lo < hi && !valid_name_token(unit, hi - 1) {
        if unit.toks[hi - 1].possessive && hi == run.hi {
            // "…’s" ends the name; an invalid possessive word is not a name at all.
            return None;
        }
        hi -= 1;
    }
    if lo >= hi || !(lo..hi).all(|i| valid_name_token(unit, i)) {
        return None;
    }
    if lo == run.lo && unit.is(lo.wrapping_sub(1), gz::THING_LEADS) && !unit.toks[hi - 1].possessive {
        return None;
    }
    // "the old Kessler Furnace": a site described by its age or state.
    if lo == run.lo && unit.is(lo.wrapping_sub(1), gz::THING_ADJECTIVES) && unit.is(lo.wrapping_sub(2), &["the"]) {
        return None;
    }
    // "recognised for Harbor Lights", "best known for Dry Creek": the work it is known for.
    if lo == run.lo
        && unit.is(lo.wrapping_sub(1), &["for"])
        && (unit.is(lo.wrapping_sub(2), WORK_FOR_CUES) || unit.is(lo.wrapping_sub(3), WORK_FOR_CUES))
        && !unit.toks[hi - 1].possessive
    {
        return None;
    }
    // "Her credits include Big Eyes and Crown Vic", "whose films include Ann Lee's Dust": an
    // unquoted title in a list of someone's work.
    if lo == run.lo && !unit.toks[hi - 1].possessive && listed_work(unit, lo) {
        return None;
    }
    // "the western Dust Road", "the film Night Harbor", "the sitcom Henry Danvers": a work's
    // title, not a person.
    if lo == run.lo
        && (unit.is(lo.wrapping_sub(1), WORK_WORDS) || unit.is(lo.wrapping_sub(1), gz::SHOW_NOUNS))
        && !unit.toks[lo - 1].possessive
    {
        return None;
    }
    // "Maturity Rating: 16+", "Running Time: 118 min": a field label before a figure.
    if run.lo == 0
        && unit.is(hi, &[":"])
        && unit.toks.get(hi + 1).is_some_and(|t| t.lower.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    // "a production of Long Day's Journey into Night": the work staged; "a production of Ann
    // Lee's play" keeps the playwright.
    if lo == run.lo
        && unit.is(lo.wrapping_sub(1), &["of"])
        && unit.is(lo.wrapping_sub(2), gz::STAGING_NOUNS)
        && (!unit.toks[hi - 1].possessive || unit.cap(hi))
    {
        return None;
    }
    // "Golden Globe winner X", "Oscar nominee X": an award, not a person.
    if hi - lo >= 2 && gz::contains(gz::AWARDS, &unit.toks[hi - 1].lower) {
        return None;
    }
    // "the basement studios of Bledsoe Hall", "Marrowfield City Hall": a building, though
    // "Hall" is a surname too ("the sister of Rena Hall").
    if gz::contains(gz::BUILDING_SURNAMES, &unit.toks[hi - 1].lower)
        && ((lo == run.lo && unit.is(lo.wrapping_sub(1), &["of"]) && unit.is(lo.wrapping_sub(2), gz::SPACE_NOUNS))
            || (hi - lo >= 2 && unit.is(hi - 2, gz::CIVIC_BUILDING_LEADS)))
    {
        return None;
    }
    // "401 Civic Plaza": a house number opens an address.
    if lo == run.lo && hi - lo >= 2 && unit.toks.get(lo.wrapping_sub(1)).is_some_and(|t| house_number(&t.lower)) {
        return None;
    }
    if lo == run.lo && hi == run.hi && thing_cue(unit, lo, hi) {
        return None;
    }
    if hi == run.hi && thing_apposition(unit, hi) {
        return None;
    }
    // "the duo's album, Copper Morning Light, reached …": a record or a book named between
    // commas after its noun.
    if lo == run.lo
        && unit.is(lo.wrapping_sub(1), &[","])
        && unit.is(lo.wrapping_sub(2), gz::RECORD_WORDS)
        && unit.is(hi, &[","])
    {
        return None;
    }
    // "waited tables at Molly Malone's on Dock Street": a place of business named after its
    // owner; "at Ann Lee's house" keeps the owner.
    if lo == run.lo
        && unit.is(lo.wrapping_sub(1), &["at", "from"])
        && unit.toks[hi - 1].possessive
        && hi == run.hi
        && (!unit.lower_word(hi) || unit.is(hi, gz::AFTER_THING_APPOSITION))
    {
        return None;
    }
    // "Winter Storm Elliott": a storm, whatever its name.
    if (run.lo..run.hi.saturating_sub(1)).any(|i| unit.is(i, gz::STORM_LEADS) && unit.is(i + 1, &["storm"])) {
        return None;
    }
    // "the score recalls Bernard Herrmann": an artist the work is likened to ("recalls Ann
    // Lee's films" keeps her).
    if lo == run.lo && unit.is(lo.wrapping_sub(1), gz::COMPARISON_VERBS) && !unit.toks[hi - 1].possessive {
        return None;
    }
    // "sang Lonesome River Blues": a song, whoever wrote it ("sang Ann Lee's ballad").
    if lo == run.lo && unit.is(lo.wrapping_sub(1), gz::SING_VERBS) && !unit.toks[hi - 1].possessive {
        return None;
    }
    // "subscribed to Reel Dispatch": a newsletter or a channel.
    if lo == run.lo && unit.is(lo.wrapping_sub(1), &["to"]) && unit.is(lo.wrapping_sub(2), gz::SUBSCRIBE_VERBS) {
        return None;
    }
    // "the ghost town of Lobo Flats", "the city of Vell": a place named after its noun.
    if lo == run.lo && unit.is(lo.wrapping_sub(1), &["of"]) && unit.is(lo.wrapping_sub(2), gz::PLACE_NOUNS) {
        return None;
    }
    // "a former Calloway Mustangs linebacker": a team before its member's position.
    if hi == run.hi && unit.lower_word(hi) && unit.is(hi, gz::TEAM_MEMBER_NOUNS) {
        return None;
    }
    // "Jane Doe/Agency": a photo credit, not prose.
    if unit.is(hi, &["/"]) {
        return None;
    }
    // "St. John's", "Mt. Hood": a place prefix opens a place, not a name.
    if gz::contains(gz::PLACE_PREFIXES, &unit.toks[lo].lower) {
        return None;
    }
    // "Vantor Lumen 35 cameras", "Storm Tracker 9": a model number or a product noun after the
    // run makes it a brand, not a person.
    if hi == run.hi && !unit.toks[hi - 1].possessive && product_after(unit, hi) {
        return None;
    }
    // A quoted title written again without quotes ("set to lead Copper Valley").
    if hi - lo >= 2 && lex.titles.contains(&normalise(unit.slice(lo, hi))) {
        return None;
    }
    // Initials open a name ("J.K. Simmons") and count as a word there.
    let real =
        (lo..hi).filter(|&i| !filler(unit, i)).count() + usize::from(filler(unit, lo) && unit.word(lo).ends_with('.'));
    // "Principal Photography": every word is a common word seen in lower case.
    if real >= 2 && (lo..hi).all(|i| filler(unit, i) || lex.lower_words.contains(&unit.toks[i].lower)) {
        return None;
    }
    match (real, hi - lo) {
        (1, 1) => Some(NameShape::Single(lo)),
        // "Jr. Boulevard": a name suffix closes a name and never opens one.
        (2..=5, _)
            if (!filler(unit, lo) || unit.word(lo).ends_with('.'))
                && !gz::contains(gz::NAME_SUFFIXES, &unit.toks[lo].lower) =>
        {
            Some(NameShape::Full(lo, hi))
        }
        _ => None,
    }
}

/// Known full names and the single words that stand for exactly one of them.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    /// Merge key → full name as first written.
    pub names: BTreeMap<String, String>,
    aliases: HashMap<String, Vec<String>>,
}

impl Registry {
    /// Builds the registry from full names (as written), keeping the first spelling per key.
    pub fn new<'a>(full_names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut reg = Registry::default();
        for name in full_names {
            reg.names.entry(normalise(name)).or_insert_with(|| name.to_owned());
        }
        for (key, name) in &reg.names {
            let words: Vec<&str> = name
                .split_whitespace()
                .filter(|w| !gz::contains(gz::NAME_SUFFIXES, w) && !gz::contains(gz::PARTICLES, w) && !w.ends_with('.'))
                .collect();
            let (Some(first), Some(last)) = (words.first(), words.last()) else { continue };
            for w in [first, last] {
                let entry = reg.aliases.entry(w.replace('’', "'")).or_default();
                if !entry.contains(key) {
                    entry.push(key.clone());
                }
            }
        }
        reg
    }

    /// The key of the unique full name that `word` (as written) is the first name or surname of.
    pub fn alias(&self, word: &str) -> Option<&str> {
        if gz::contains(gz::AWARDS, word) {
            return None;
        }
        match self.aliases.get(&word.replace('’', "'"))?.as_slice() {
            [one] => Some(one.as_str()),
            _ => None,
        }
    }

    /// The key of `name` if it is a known full name.
    pub fn full(&self, name: &str) -> Option<String> {
        let key = normalise(name);
        self.names.contains_key(&key).then_some(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::names::{Lexicon, runs, split_run};
    use crate::entities::testing::unit_with_people;

    fn shapes(text: &str) -> Vec<String> {
        let (unit, _) = unit_with_people(text, &[]);
        let lex = Lexicon::default();
        let mut out = Vec::new();
        for run in runs(&unit) {
            for sub in split_run(&unit, run) {
                match shape(&unit, sub, &lex) {
                    Some(NameShape::Full(lo, hi)) => out.push(unit.slice(lo, hi).to_owned()),
                    Some(NameShape::Single(i)) => out.push(format!("({})", unit.word(i))),
                    None => {}
                }
            }
        }
        out
    }

    /// The full names `shapes` reads, without the single words.
    fn full(text: &str) -> Vec<String> {
        shapes(text).into_iter().filter(|s| !s.starts_with('(')).collect()
    }

    #[test]
    fn full_names_with_middle_names_particles_and_possessives() {
        assert_eq!(
            shapes("She met Mary Anne O’Neil and Guillermo del Toro’s crew."),
            ["Mary Anne O’Neil", "Guillermo del Toro"]
        );
        assert_eq!(shapes("Composer Ann-Marie Lee joined Judge John Q. Public."), ["Ann-Marie Lee", "John Q. Public"]);
        assert_eq!(shapes("Then Second District Judge Mary Ellen Vane ruled."), ["Mary Ellen Vane"]);
        assert_eq!(
            shapes("It includes J.K. Simmons, John Legend and newcomer Mia Chen."),
            ["J.K. Simmons", "John Legend", "Mia Chen"]
        );
        assert_eq!(shapes("Will Smith was attached."), ["Will Smith"]);
    }

    #[test]
    fn brands_models_and_place_prefixes_are_no_names() {
        assert!(full("She shot on Vantor Lumen 35 cameras with Kestrel anamorphic lenses.").is_empty());
        assert!(full("Up next, Weather Watch 4 with Jo Marsh.").iter().all(|n| n != "Weather Watch"));
        assert!(full("The crew landed in St. Ansel's harbour.").is_empty());
        assert!(full("Crews dressed the old plant on Quarry Road and Gull Highway.").is_empty());
        assert!(full("Viewer Rating: 16+ for violence").is_empty());
        assert_eq!(full("Ann Lee rented cameras, and Ben Hale posted 2 hours ago."), ["Ann Lee", "Ben Hale"]);
        assert_eq!(full("Ben Hale, 45, joined Vela Talent."), ["Ben Hale"]);
    }

    #[test]
    fn unquoted_titles_in_a_list_of_someones_work_are_no_names() {
        assert_eq!(full("Her credits include Ann Lee's Big Eyes and Pale Orchard."), ["Ann Lee"]);
        assert!(full("His previous films also include Crown Vic, Night Rail and Dust Bowl.").is_empty());
        assert_eq!(full("The cast includes Ann Lee and Tom Vale."), ["Ann Lee", "Tom Vale"]);
    }

    #[test]
    fn an_abbreviated_title_and_what_comes_before_it_are_no_part_of_the_name() {
        assert_eq!(full("Yesterday Oregon Gov. Tina Marsh Delgado signed it."), ["Tina Marsh Delgado"]);
        assert_eq!(full("They met Sgt. Ben Okafor at the gate."), ["Ben Okafor"]);
    }

    #[test]
    fn an_organisation_job_in_capitals_before_a_name_is_no_part_of_it() {
        assert_eq!(full("\"We want a tent,\" said Business Agent Rae Okafor of Local 12."), ["Rae Okafor"]);
    }

    #[test]
    fn towns_teams_prizes_and_state_schools_are_no_names() {
        assert!(full("They shot in the ghost town of Vell Crossing for a week.").is_empty());
        assert!(
            full("Ned Pell, a former Harlow Otters linebacker, did the fall.").iter().all(|n| n != "Harlow Otters")
        );
        assert!(full("She won the Dora Penhale Prize as a senior.").is_empty());
        assert_eq!(full("The four Brimley State alumni worked on it."), Vec::<String>::new());
        assert_eq!(full("It co-stars Golden Globe winner Ben Hale."), ["Ben Hale"]);
        assert_eq!(full("Then newcomers Oli Quo and Pat Rue joined."), ["Oli Quo", "Pat Rue"]);
        assert_eq!(full("She read it on Christmas Eve and signed by New Year's Day."), Vec::<String>::new());
        assert!(full("She trained with the U.S. Coast Guard.").is_empty());
        assert!(full("Hurricane Ida delayed the trial.").is_empty());
        assert!(full("Scenes were shot aboard the fishing vessel Mary Ellen.").is_empty());
        assert!(full("Local band Dead Reckoning played the wrap party on Marine Drive.").is_empty());
        assert!(full("They shot at Multnomah Falls.").is_empty());
        assert!(full("They met in the basement studios of Dorsey Hall.").is_empty());
        assert_eq!(full("She is the sister of Rena Hall."), ["Rena Hall"]);
        assert!(full("You subscribed to Reel Bulletin at our site.").is_empty());
    }

    #[test]
    fn venues_animals_acts_firms_storms_and_brands_are_no_names() {
        assert!(full("They ate at Tessa Vane, the steakhouse in the old mill.").is_empty());
        assert!(full("We heard Molly Crane, the four-piece bluegrass band that plays Fridays.").is_empty());
        assert!(full("He rode Dusty Vale, a 12-year-old quarter horse stabled at a farm.").is_empty());
        assert!(full("Orrin Pell, the agency that represents her, made the deal.").is_empty());
        assert!(full("Tropical Storm Ada Quint closed the set.").is_empty());
        assert!(full("Vance Tequila will host the party and Orla Motors gave the cars.").is_empty());
        assert!(full("Their 2022 album, Copper Lamp Light, sold well.").is_empty());
        assert!(full("Dara Rum and Ivo Coffee fed the crew.").is_empty());
        assert!(full("They toured Grace Holm, a winery outside town.").is_empty());
        assert!(full("Write to Dunmore City Hall, 401 Civic Plaza, Dunmore.").is_empty());
        assert!(full("Crews worked inside Hatcher House all week.").is_empty());
        assert!(full("He sang Lonesome River Blues from a fleet of Delmar Transit vans.").is_empty());
        assert_eq!(full("She sang Ann Lee's ballad."), ["Ann Lee"]);
        assert!(full("They closed Martin Luther King Jr. Boulevard.").iter().all(|n| n != "Jr. Boulevard"));
        assert!(full("They cast the horse, Duke Halloway, and a gelding called Tom Piper.").is_empty());
        assert!(full("A dog named Biscuit Jones ate. The restaurant, Tessa Vane, closed.").is_empty());
        assert_eq!(full("The band, Ann Lee said, was loud. A man named Tom Vale came."), ["Ann Lee", "Tom Vale"]);
        assert!(full("Then Winter Storm Elliott hit, and the food truck Señor Taco left.").is_empty());
        assert_eq!(full("Storm Reid and Ann Winter arrived."), ["Storm Reid", "Ann Winter"]);
        assert!(full("The score evokes Bernard Hale and echoes Ina Moss.").is_empty());
        assert_eq!(full("The score recalls Ann Lee's films."), ["Ann Lee"]);
        assert!(full("He was on the sitcom Henry Danvers and the miniseries Hattie Monroe.").is_empty());
        assert!(full("He waited tables at Molly Brannock's on Dock Street.").iter().all(|n| n != "Molly Brannock"));
        assert_eq!(full("They met at Ann Lee's house."), ["Ann Lee"]);
        assert!(full("Fans bought Dust Road Hoodies before the Ferrol Stakes and the Kentucky Derby.").is_empty());
        assert!(full("Set Notes — news for crews. First Alert Weather Day: rain.").is_empty());
        assert_eq!(full("In 2024 Ann Lee and Room 12 guest Tom Vale met."), ["Ann Lee", "Tom Vale"]);
        assert_eq!(full("Owner Tomas Ruiz and Innkeeper Pat Lamb said so."), ["Tomas Ruiz", "Pat Lamb"]);
        assert_eq!(
            full("She met Ann Lee, a horse trainer, and Tom Vale, the owner of the inn."),
            ["Ann Lee", "Tom Vale"]
        );
        assert_eq!(full("Ann Lee, the band's singer, spoke."), ["Ann Lee"]);
    }

    #[test]
    fn a_staged_work_is_no_name_but_its_author_is() {
        assert!(full("She saw him in a production of Long Night's Errand into Dawn.").is_empty());
        assert_eq!(full("He starred in a revival of Ann Lee's play."), ["Ann Lee"]);
    }

    #[test]
    fn not_names() {
        assert!(shapes("They fled a U.S. Marshal across the New Mexico desert.").is_empty());
        assert_eq!(shapes("He told the Hollywood Reporter in May when North American fans"), ["(North)"]);
        assert_eq!(shapes("Filming began in Santa Fe."), ["(Filming)"]);
        assert_eq!(shapes("Lee said it."), ["(Lee)"]);
        assert!(!shapes("Photo: Jane Doe/Wire Agency").contains(&"Jane Doe".to_owned()));
        assert!(shapes("It won Best Picture.").is_empty());
    }

    #[test]
    fn events_buildings_and_things_owned_are_not_names() {
        assert!(full("Then organisers of Harvest Weekend Parade met.").is_empty());
        assert!(full("Winners are named at Crown Ballroom in June.").is_empty());
        assert!(full("Ballots were counted in Dalton Building yesterday.").is_empty());
        assert!(full("The chains gave it their Big Frame auditoriums.").is_empty());
        assert!(full("She shot it in our Tall Pines studio.").is_empty());
        assert!(full("He graduated from Alder Falls High School in 1960.").is_empty());
        assert!(full("Burial follows at Wren Hollow Cemetery.").is_empty());
        assert!(full("Scenes will be filmed at the old Harlan Furnace in May.").is_empty());
        assert!(full("Questions? Call Tobin Hale at 555-0100.").iter().all(|n| n != "Call Tobin Hale"));
        assert_eq!(full("Ballroom dancer Mia Hall won."), ["Mia Hall"]);
        assert_eq!(full("Their lawyer, Tom Marsh, spoke."), ["Tom Marsh"]);
    }

    #[test]
    fn a_job_title_of_several_words_or_a_plural_one_is_not_part_of_the_name() {
        assert_eq!(full("Production Designer Ana Ruiz built it."), ["Ana Ruiz"]);
        assert_eq!(
            full("It was planned by Costume Designer Ben Hale and Casting Director Mia Chen."),
            ["Ben Hale", "Mia Chen"]
        );
        assert_eq!(full("Stars Ann Lee and Tom Vale stayed at an inn."), ["Ann Lee", "Tom Vale"]);
        assert_eq!(full("Hosts Dara Pike and Ivo Marsh welcome her."), ["Dara Pike", "Ivo Marsh"]);
        assert_eq!(full("Designer Ana Ruiz Holt spoke."), ["Designer Ana Ruiz Holt"]);
    }

    #[test]
    fn a_site_is_not_a_name_even_after_a_title_word() {
        assert!(full("She grew up on Prince Albert Island.").is_empty());
        assert!(full("They rode out to King Mesa Ranch.").is_empty());
        assert_eq!(full("Prince Albert Hale spoke."), ["Albert Hale"]);
    }

    #[test]
    fn what_someone_is_known_for_is_a_work() {
        assert!(full("He was recognised for Harbor Lights, a fishing saga.").is_empty());
        assert!(full("She is best known for Dry Creek.").is_empty());
        assert!(full("She was nominated for Best Editing.").is_empty());
        assert_eq!(full("The prize went for Mia Chen to collect."), ["Mia Chen"]);
        assert_eq!(full("Outstanding Lead Actor for Tom Vance."), ["Tom Vance"]);
        assert_eq!(full("She was praised for Ann Lee’s script."), ["Ann Lee"]);
    }

    #[test]
    fn award_categories_are_not_names() {
        assert!(full("It earned Outstanding Performance by a Lead Actress.").is_empty());
        assert!(full("He took Outstanding Achievement in Editing.").is_empty());
        assert_eq!(full("Actress Mia Chen was nominated."), ["Mia Chen"]);
    }

    #[test]
    fn phrases_of_common_words_are_not_names() {
        let text = "Principal Photography began. The principal said photography was fun.";
        let docs = [crate::entities::testing::doc(text)];
        let units = crate::entities::names::units(&docs);
        let lex = Lexicon::new(&docs, &units);
        let run = runs(&units[0])[0];
        assert!(!matches!(shape(&units[0], run, &lex), Some(NameShape::Full(..))));
    }

    #[test]
    fn aliases_are_unique_first_names_or_surnames() {
        let reg = Registry::new(["Ann Lee", "Tom Lee", "Mia Roe", "Oscar Vale"]);
        assert_eq!(reg.alias("Oscar"), None);
        assert_eq!(reg.alias("Vale"), Some("oscar vale"));
        assert_eq!(reg.alias("Roe"), Some("mia roe"));
        assert_eq!(reg.alias("Mia"), Some("mia roe"));
        assert_eq!(reg.alias("Lee"), None);
        assert_eq!(reg.alias("Ann"), Some("ann lee"));
        assert_eq!(reg.full("ann  LEE"), Some("ann lee".to_owned()));
    }
}
