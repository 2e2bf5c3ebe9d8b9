//! Places: gazetteer names (US states, countries, big cities, "the American West"-style
//! regions), "City, State" pairs, and capitalised names after a filming/setting/event cue
//! ("Filming began in …"); and how each mention relates to the production.

use knowledge::PlaceKind;

use super::gazetteer as gz;
use super::names::{Lexicon, Run, Unit};
use super::people;
use crate::segment::abbreviations;

/// The canonical gazetteer name of tokens `run`, when they are exactly a known place.
pub fn gazetteer_place(unit: &Unit, run: Run) -> Option<String> {
    let text = unit.slice(run.lo, run.hi);
    for list in [gz::US_STATES, gz::COUNTRIES, gz::REGIONS, gz::CITIES] {
        if let Some(name) = list.iter().find(|p| **p == text) {
            return Some((*name).to_owned());
        }
    }
    // "the Arizona Territory", "the Texas Panhandle": a known state or region with a region's head.
    if run.hi - run.lo >= 2
        && gz::contains(gz::TERRITORY_HEADS, &unit.toks[run.hi - 1].lower)
        && gz::is_place(unit.slice(run.lo, run.hi - 1))
    {
        return Some(text.to_owned());
    }
    // "New England", "Northern California", "West Texas": a region of a known place.
    if run.hi - run.lo >= 2
        && gz::contains(gz::REGION_MODIFIERS, &unit.toks[run.lo].lower)
        && [gz::US_STATES, gz::COUNTRIES, gz::REGIONS, gz::CITIES]
            .iter()
            .any(|list| list.contains(&unit.slice(run.lo + 1, run.hi)))
    {
        return Some(text.to_owned());
    }
    if let Some((_, full)) = gz::PLACE_ABBREVIATIONS.iter().find(|(a, _)| *a == text) {
        // "U.S. Marshal", "UK Film Council", "U.S. distribution rights": an abbreviation before
        // a noun is a modifier; the country is named only where the phrase ends ("in the
        // U.S.", "the U.S. and Canada", "in the U.S. last year").
        let modifier = unit.cap(run.hi)
            || (unit.lower_word(run.hi) && !unit.is(run.hi, gz::DATE_LEADS) && !unit.is(run.hi, gz::AFTER_PLACE));
        return (!modifier).then(|| (*full).to_owned());
    }
    let region = run.hi - run.lo == 2
        && gz::contains(gz::REGION_HEADS, &unit.toks[run.lo + 1].lower)
        && (gz::contains(gz::DEMONYMS, &unit.toks[run.lo].lower)
            || unit.is(run.lo, &["old", "wild", "deep", "far", "great", "pacific"]))
        && unit.is(run.lo.wrapping_sub(1), &["the"]);
    region.then(|| text.to_owned())
}

/// The town of a dateline written in capitals ("TUCSON, Ariz. (AP) —", "LONDON (Wire) —"),
/// named as prose writes it: before a state, or a town the gazetteer knows.
pub fn dateline_town(unit: &Unit, run: Run, next: Option<Run>) -> Option<String> {
    let text = unit.slice(run.lo, run.hi);
    let capitals = text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    if !capitals || dateline_end(unit, run.lo, run.hi).is_none() {
        return None;
    }
    let name = title_cased(text);
    let before_state = next.is_some_and(|n| unit.is(run.hi, &[","]) && n.lo == run.hi + 1 && state_like(unit, n));
    // "MILWAUKEE — Five days into …": a town of one to three words right before the dash of a
    // prose lead, unless it is a kicker ("BREAKING —").
    let bare = !unit.heading
        && run.hi - run.lo <= 3
        && unit.is(run.hi, &["—", "–"])
        && unit.cap(run.hi + 1)
        && !(run.lo..run.hi).any(|i| unit.is(i, gz::DATELINE_KICKERS));
    (before_state || bare || gz::is_place(&name)).then_some(name)
}

/// Each word with its first letter in capitals and the rest in lower case ("SANTA FE" → "Santa Fe").
fn title_cased(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map_or_else(String::new, |c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when tokens `run` are a state, country or region (the second half of "City, State").
fn state_like(unit: &Unit, run: Run) -> bool {
    let text = unit.slice(run.lo, run.hi);
    [gz::US_STATES, gz::COUNTRIES, gz::REGIONS].iter().any(|list| list.contains(&text))
        || state_abbreviation(unit, run).is_some()
}

/// True when tokens `run` abbreviate the state of the town just before ("Taos, N.M."): the
/// abbreviation qualifies the town and is never a place of its own.
pub fn state_of_town(unit: &Unit, run: Run) -> bool {
    run.hi - run.lo == 1
        && state_abbreviation(unit, run).is_some()
        && unit.is(run.lo.wrapping_sub(1), &[","])
        && unit.cap(run.lo.wrapping_sub(2))
}

/// The state that tokens `run` abbreviate, with their period or the sentence's ("Ariz.").
fn state_abbreviation(unit: &Unit, run: Run) -> Option<&'static str> {
    let text = unit.slice(run.lo, run.hi);
    abbreviations::us_state(text).or_else(|| {
        let closed = unit.is(run.hi, &["."]) && unit.toks[run.hi].start == unit.toks[run.hi - 1].end;
        closed.then(|| abbreviations::us_state(&format!("{text}."))).flatten()
    })
}

/// True when token `i` is an abbreviation with its period ("Sept.", "Dept.", "Jr."): never
/// a place, nor part of one, unless it opens a place's name ("St. Ives", "Mt. Hood").
fn abbreviated(unit: &Unit, i: usize) -> bool {
    let word = unit.word(i);
    let opens_name = gz::contains(gz::PLACE_PREFIXES, word) && unit.cap(i + 1) && !unit.cap(i.wrapping_sub(1));
    word.ends_with('.')
        && word.trim_end_matches('.').chars().count() > 1
        && abbreviations::is_abbreviation(word)
        && !opens_name
}

/// The state, country or city a public body's name opens with ("Georgia" of "Georgia
/// Department of Labor", "New Mexico" of "New Mexico Film Office"). A county before a court's
/// or a sheriff's office's head ("Pima County Superior Court") is left in the name: the
/// development annotations do not list it as a place.
pub fn seat_of(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..words.len().min(4)).rev().map(|n| words[..n].join(" ")).find(|prefix| gz::is_place(prefix))
}

/// The site a one-word venue after "the" shortens ("the Vanderkelen" for "Vanderkelen
/// Theatre"), among the corpus's place names: the word and one site word, the word no known
/// place.
pub fn short_venue<'a>(
    unit: &Unit,
    lo: usize,
    hi: usize,
    names: impl Iterator<Item = &'a String>,
) -> Option<&'a String> {
    let word = unit.word(lo);
    if hi - lo != 1 || !unit.is(lo.wrapping_sub(1), &["the"]) || gz::is_place(word) {
        return None;
    }
    names.into_iter().find(|name| {
        name.split_once(' ').is_some_and(|(first, head)| first == word && gz::contains(gz::SITE_HEADS, head))
    })
}

/// True when the run is a street after a house number ("212 Furnace Street", "410 W. Main
/// St."): an address, which locates an office or a venue, not a place of the production.
pub fn address(unit: &Unit, run: Run, lex: &Lexicon) -> bool {
    street(unit, run, lex)
        && unit
            .toks
            .get(run.lo.wrapping_sub(1))
            .is_some_and(|t| !t.lower.is_empty() && t.lower.bytes().all(|b| b.is_ascii_digit()))
}

/// A street: a capitalised run of two or more words ending in a street word ("Elm St.",
/// "W. Holly Avenue"), outside quoted titles.
pub fn street(unit: &Unit, run: Run, lex: &Lexicon) -> bool {
    let last = run.hi - 1;
    // "… on Elm St." at a sentence's end: the abbreviation's period is the full stop too.
    let closed = unit.is(run.hi, &["."]) && unit.toks[run.hi].start == unit.toks[last].end;
    run.hi - run.lo >= 2
        && (gz::contains(gz::STREET_HEADS, unit.word(last))
            || (closed && gz::contains(gz::STREET_HEADS, &format!("{}.", unit.word(last)))))
        && (run.lo..run.hi - 1).all(|i| people::valid_name_token(unit, i) && !lex.in_title(unit, i))
}

/// "at Lake Carl Blackwell", "the story's Lake Tessaly": a site word opens the run, which has
/// three words or follows a preposition or a possessive ("Lake Bell stars" names a person).
fn prefixed_site(unit: &Unit, run: Run) -> bool {
    let before = run.lo.wrapping_sub(1);
    gz::contains(gz::SITE_PREFIXES, &unit.toks[run.lo].lower)
        && (run.hi - run.lo >= 3
            || unit.is(before, gz::SITE_PREFIX_LEADS)
            || unit.toks.get(before).is_some_and(|t| t.possessive))
}

/// A named site: a capitalised run of two or more words ending in a site word ("Red Mesa
/// Ranch", "Bitter Creek Canyon") or opening with one ("Lake Carl Blackwell"), outside quoted
/// titles.
pub fn site(unit: &Unit, run: Run, lex: &Lexicon) -> bool {
    run.hi - run.lo >= 2
        && (gz::contains(gz::SITE_HEADS, &unit.toks[run.hi - 1].lower) || prefixed_site(unit, run))
        && !unit.toks[run.hi - 1].possessive
        && (run.lo..run.hi).all(|i| {
            people::valid_name_token(unit, i)
                || gz::contains(gz::SITE_HEADS, &unit.toks[i].lower)
                || (i > run.lo && i + 1 < run.hi && unit.is(i, gz::SITE_INNER_WORDS))
        })
        && !(run.lo..run.hi).any(|i| lex.in_title(unit, i) || abbreviated(unit, i))
}

/// The name a run takes from a plural head its list shares ("Logan" in "in Logan, Osage and
/// Payne counties" is "Logan County"): capitalised names, commas and "and" up to the head.
pub fn shared_head_name(unit: &Unit, run: Run) -> Option<String> {
    let mut k = run.hi;
    while k < unit.toks.len() && k < run.hi + 12 {
        if let Some((_, head)) = gz::SHARED_HEADS.iter().find(|(plural, _)| unit.is(k, &[plural])) {
            let listed = k > run.hi || unit.is(run.lo.wrapping_sub(1), &[",", "and", "&"]);
            return listed.then(|| format!("{} {head}", unit.slice(run.lo, run.hi)));
        }
        if !(unit.cap(k) || unit.is(k, &[",", "and", "&"])) {
            return None;
        }
        k += 1;
    }
    None
}

/// True when a capitalised run outside the gazetteer is a place by its context: a city before
/// ", State", or a name after "in/at/to/near" in a sentence about filming, a setting or an event.
pub fn cue_place(unit: &Unit, run: Run, next: Option<Run>, lex: &Lexicon) -> bool {
    // "in St. John's, Newfoundland": a saint's possessive is the town's name, not a possessive.
    let saint = unit.is(run.lo, gz::PLACE_PREFIXES) && run.hi - run.lo >= 2;
    let shaped = (run.lo..run.hi)
        .all(|i| people::valid_name_token(unit, i) && !lex.in_title(unit, i) && !abbreviated(unit, i))
        && (!unit.toks[run.hi - 1].possessive || saint);
    // "filmed in the East": a compass word alone names no place; "premiered in the Midnight
    // Reel section": a festival's section is none either.
    // "shot in CinemaScope", "filmed in Act Two", "moved to Stage 5": a format, a part of a
    // work or a numbered thing is no place.
    let numbered = unit.toks.get(run.hi).is_some_and(|t| t.word && t.lower.chars().all(|c| c.is_ascii_digit()));
    if !shaped
        || (run.hi - run.lo == 1 && gz::contains(gz::REGION_HEADS, &unit.toks[run.lo].lower))
        || unit.is(run.hi, gz::SECTION_NOUNS)
        || unit.is(run.lo, gz::NOT_PLACE_LEADS)
        || numbered
    {
        return false;
    }
    if doubles_for_a_place(unit, run.hi) {
        return true;
    }
    if let Some(next) = next
        && unit.is(run.hi, &[","])
        && next.lo == run.hi + 1
        && state_like(unit, next)
    {
        return true;
    }
    let mut before = run.lo;
    // "at the old Kessler Furnace": an adjective of age or state after the article.
    if unit.is(before.wrapping_sub(1), gz::THING_ADJECTIVES) && unit.is(before.wrapping_sub(2), &["the"]) {
        before -= 1;
    }
    if unit.is(before.wrapping_sub(1), &["the"]) {
        before -= 1;
    }
    // "set in 1911 Sonora", "in 1880s Kansas": a year or decade between the cue and the name.
    if before > 0 && is_year(&unit.toks[before - 1].lower) {
        before -= 1;
    }
    // "on the island of Lofoten", "in the town of Ketchum" (only there may "on" cue a place)
    let of_place = unit.is(before.wrapping_sub(1), &["of"]) && unit.is(before.wrapping_sub(2), gz::PLACE_NOUNS);
    // "the town of Ketchum", "the fictional village of Wickett": a place whatever is said of it
    // ("the state of …" may be a condition's).
    // A lower-case particle then a capital ("Bělá pod Hůrkou") carries the name on past the run.
    let cut_short = unit.lower_word(run.hi) && unit.cap(run.hi + 1);
    let named_place = of_place && !unit.is(before - 2, &["state"]) && !cut_short;
    if of_place {
        before -= 2;
        if unit.is(before.wrapping_sub(1), gz::PLACE_NOUN_ADJECTIVES) {
            before -= 1;
        }
        if unit.is(before.wrapping_sub(1), &["the", "a"]) {
            before -= 1;
        }
    }
    // "doubled for 1970s Bexley", "stands in for the Bexley streets": the place of the story.
    let story_place = is_year(&unit.toks[before].lower) || unit.is(run.hi, gz::PLACE_NOUNS);
    // "on the Labrador coast": a name before a word of geography is a place's.
    let geography = unit.is(run.hi, gz::GEOGRAPHY_AFTER) && unit.is(before, &["the"]);
    landmark(unit, run.lo)
        || named_place
        || listed_after_place(unit, run, lex)
        || (geography && use_of(unit, run.lo, run.hi) != PlaceKind::Mentioned)
        || (stand_in_object(unit, before) && story_place)
        // "a 40-minute drive north of Bexley": a compass bearing names a place.
        || (unit.is(before.wrapping_sub(1), &["of"]) && unit.is(before.wrapping_sub(2), gz::COMPASS))
        // "a hospital in Bartown", "born in Bartown": where someone lives, works or is treated.
        || (unit.is(before.wrapping_sub(1), &["in"]) && unit.is(before.wrapping_sub(2), gz::RESIDENCE))
        // "the Bartown native", "a Bartown resident": someone's home.
        || (unit.is(run.hi, gz::RESIDENT_NOUNS) && unit.is(run.lo.wrapping_sub(1), &["a", "an", "the"]))
        // "grew up in Bartown", "a native of Bartown", "hails from Bartown".
        || gz::RESIDENCE_PHRASES
            .iter()
            .any(|p| before >= p.len() && (0..p.len()).all(|j| unit.is(before - p.len() + j, &[p[j]])))
        // "The story takes her from Falmouth to …": where the story starts.
        || (unit.is(before.wrapping_sub(1), &["from"]) && use_of(unit, run.lo, run.hi) == PlaceKind::StorySetting)
        // "Locations include Carrow": what the shoot's locations include.
        || (unit.is(before.wrapping_sub(1), &["include", "included", "including"])
            && use_of(unit, run.lo, run.hi) == PlaceKind::FilmingLocation)
        || hosts_the_shoot(unit, run.hi)
        || ((unit.is(before.wrapping_sub(1), &["in", "at", "to", "near", "outside", "around", "across", "throughout"])
            || (of_place && unit.is(before.wrapping_sub(1), &["on"])))
            && use_of(unit, run.lo, run.hi) != PlaceKind::Mentioned)
}

/// True when the run closes a list whose earlier item is a place ("filmed in Gorsley and
/// Hatherby", "in Bexley, Marlow and Tarrow through May"): a name joined by "and", "or" or a
/// comma to a place, the list ending after it.
fn listed_after_place(unit: &Unit, run: Run, lex: &Lexicon) -> bool {
    let mut sep = run.lo.wrapping_sub(1);
    if !unit.is(sep, &["and", "or", ","]) {
        return false;
    }
    if unit.is(sep, &["and", "or"]) && unit.is(sep.wrapping_sub(1), &[","]) {
        sep -= 1;
    }
    let ends = run.hi >= unit.toks.len()
        || !unit.toks[run.hi].word
        || unit.is(run.hi, gz::LIST_END_WORDS)
        || unit.is(run.hi, &["and", "or"]);
    if !ends || sep == 0 || !unit.cap(sep - 1) || unit.toks[sep - 1].possessive {
        return false;
    }
    let mut lo = sep - 1;
    while lo > 0 && unit.cap(lo - 1) {
        lo -= 1;
    }
    let previous = Run { lo, hi: sep };
    (gz::is_place(unit.slice(lo, sep)) && use_of(unit, lo, sep) != PlaceKind::Mentioned)
        || cue_place(unit, previous, None, lex)
}

/// The name of the place at `run` as written: a saint's possessive kept ("St. John's"), since
/// it belongs to the name.
pub fn written_name(unit: &Unit, run: Run) -> String {
    let name = unit.slice(run.lo, run.hi);
    let last = &unit.toks[run.hi - 1];
    if !(last.possessive && unit.is(run.lo, gz::PLACE_PREFIXES)) {
        return name.to_owned();
    }
    let suffix = ["’s", "'s"].into_iter().find(|s| unit.text[last.end..].starts_with(s)).unwrap_or_default();
    format!("{name}{suffix}")
}

/// The venue a programme's schedule line ends with ("Friday, Oct. 3 · 20:00 · Grand Hall",
/// "Saturday, April 18, 2026, 7 p.m. | Grand Hall, Bexley, Maine"): a line of fields one of
/// which is a clock time, whose last field is one to five capitalised words, maybe followed by
/// its town and state. The screening it schedules is held there, and in the town after it.
pub fn schedule_venue(unit: &Unit) -> Option<Run> {
    let (start, end) = (unit.span.start as usize, unit.span.end as usize);
    let line = unit.text.get(start..end)?;
    let fields: Vec<&str> = line.split(gz::SCHEDULE_SEPARATORS).map(str::trim).collect();
    let clock = |f: &str| {
        let digits = f.trim_end_matches(|c: char| c.is_alphabetic() || c == '.' || c == ' ');
        let meridiem = matches!(f[digits.len()..].replace(['.', ' '], "").to_lowercase().as_str(), "am" | "pm");
        let hour = digits.rsplit([' ', ',']).next().unwrap_or_default();
        (meridiem && (1..=2).contains(&hour.len()) && hour.chars().all(|c| c.is_ascii_digit()))
            || digits.split_once([':', '.']).is_some_and(|(h, m)| {
                (1..=2).contains(&h.len()) && m.len() == 2 && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
            })
    };
    let (last, before) = fields.split_last()?;
    if !before.iter().any(|f| clock(f)) {
        return None;
    }
    let capitalised = |part: &str, most: usize| {
        let words: Vec<&str> = part.split_whitespace().collect();
        !words.is_empty()
            && words.len() <= most
            && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
    };
    let mut parts = last.split(',');
    if !capitalised(parts.next()?, 5) || !parts.all(|p| capitalised(p, 3)) {
        return None;
    }
    let from = start + (last.as_ptr() as usize - line.as_ptr() as usize);
    let lo = unit.toks.iter().position(|t| t.start >= from)?;
    let hi = (lo..unit.toks.len()).find(|&k| unit.is(k, &[","])).unwrap_or(unit.toks.len());
    Some(Run { lo, hi })
}

/// True for a year or a decade as written ("1911", "1880s").
fn is_year(word: &str) -> bool {
    let digits = word.strip_suffix('s').unwrap_or(word);
    digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// How the mention at tokens `lo..hi` relates to the production, from the nearest cue before it.
pub fn use_of(unit: &Unit, lo: usize, hi: usize) -> PlaceKind {
    // "Tucson, Ariz.": the state of a "City, State" pair is used as its city is.
    if lo >= 2 && unit.is(lo - 1, &[","]) && unit.cap(lo - 2) && state_like(unit, Run { lo, hi }) {
        return use_of(unit, lo - 2, lo - 1);
    }
    if unit.is(hi, &["set"]) {
        return PlaceKind::FilmingLocation;
    }
    // "whose Prague branch supplies the cameras": the place locates an organisation.
    if unit.is(hi, gz::BRANCH_NOUNS) {
        return PlaceKind::Mentioned;
    }
    // "the story's Lake Tessaly", "the fictional Wickett", "the fictional border town of Sombra".
    let of_story_place = unit.is(lo.wrapping_sub(1), &["of"])
        && unit.is(lo.wrapping_sub(2), gz::PLACE_NOUNS)
        && (lo.saturating_sub(5)..lo.saturating_sub(2)).any(|k| unit.is(k, gz::STORY_OWNERS));
    if unit.is(lo.wrapping_sub(1), gz::STORY_OWNERS) || of_story_place {
        return PlaceKind::StorySetting;
    }
    // "a sidebar of New England films": the place qualifies other works.
    if unit.is(hi, gz::OTHER_WORKS_PLURAL) {
        return PlaceKind::Mentioned;
    }
    if let Some(dash) = dateline_end(unit, lo, hi)
        && (dash..unit.toks.len()).any(|k| unit.is(k, gz::DATELINE_VENUE))
    {
        return PlaceKind::EventVenue;
    }
    // "the Elk Ranch outside Taos": the town the site is in shares what happened at the site.
    if let Some(site) = landmark_site(unit, lo) {
        return use_of(unit, site.lo, site.hi);
    }
    // "shot in Datil, a hamlet up the road, and at the Cibola Ranch": a conjunct shares the
    // verb of the phrase it is joined to.
    if let Some(kind) = conjunct_use(unit, lo).filter(|k| *k != PlaceKind::Mentioned) {
        return kind;
    }
    let stands_in = stand_in_after(unit, hi, true).is_some_and(|end| !unit.is(end, gz::SHOWN_WORKS));
    // "returned to Harrowby to shoot pickups": the purpose of going there.
    let to_film = unit.is(hi, &["to"]) && unit.is(hi + 1, gz::FILM_VERBS);
    if filmed_where(unit, hi)
        || stands_in
        || scenes_for(unit, hi)
        || used_as_set(unit, hi)
        || hosts_the_shoot(unit, hi)
        || to_film
        || filmed_compound(unit, hi)
        || opening_filming_clause(unit, lo, hi)
    {
        return PlaceKind::FilmingLocation;
    }
    if compound_suffix(unit, hi).is_some_and(|suffix| suffix == "set") {
        return PlaceKind::StorySetting;
    }
    // "doubled for 1970s Bexley": the place another stands in for is the story's.
    let mut object = lo;
    if object > 0 && is_year(&unit.toks[object - 1].lower) {
        object -= 1;
    }
    if unit.is(object.wrapping_sub(1), &["the", "a", "an"]) {
        object -= 1;
    }
    if stand_in_object(unit, object) {
        return PlaceKind::StorySetting;
    }
    if venue_apposition(unit, hi) {
        return PlaceKind::EventVenue;
    }
    let mut from = lo.saturating_sub(14);
    let mut k = lo;
    let mut moved = false;
    while k > from {
        k -= 1;
        let t = &unit.toks[k];
        // "will film in A, on B; in C, at D; and in E": a list of places under one verb.
        let listed = t.lower == ";"
            && (unit.is(k + 1, gz::LIST_PREPOSITIONS)
                || (unit.is(k + 1, &["and"]) && unit.is(k + 2, gz::LIST_PREPOSITIONS)));
        if listed {
            from = k.saturating_sub(14);
            continue;
        }
        if matches!(t.lower.as_str(), "." | ";" | "!" | "?") {
            break;
        }
        let w = t.lower.as_str();
        if w == "set" {
            let noun = unit.is(k.wrapping_sub(1), gz::SET_NOUN_BEFORE)
                || unit.is(k.wrapping_sub(2), &["a", "an", "the", "on"]);
            if noun {
                return PlaceKind::FilmingLocation;
            }
            if unit.is(k + 1, &["in", "against", "during", "amid"]) {
                return PlaceKind::StorySetting;
            }
        }
        // "shot"/"shooting" near words of violence is gunfire, not filming.
        let gunfire = |i: usize| {
            unit.is(i, &["shot", "shooting", "shoots"])
                && (from..hi.min(unit.toks.len())).any(|j| unit.is(j, gz::INCIDENT))
        };
        if matches!(w, "takes" | "take" | "taking" | "took") && unit.is(k + 1, &["place"]) {
            // "Filming took place in …" (the shoot itself is the subject) is about the shoot;
            // otherwise "takes place" is the story's. "A screening of the production took place"
            // and "a production meeting took place" are not the shoot.
            let mut subject = k.wrapping_sub(1);
            while unit.is(
                subject,
                &[
                    "also",
                    "will",
                    "is",
                    "was",
                    "has",
                    "had",
                    "been",
                    "then",
                    "later",
                    "mostly",
                    "partly",
                    "largely",
                    "reportedly",
                ],
            ) {
                subject = subject.wrapping_sub(1);
            }
            let filming = (unit.is(subject, gz::FILMING) && !gunfire(subject))
                || (unit.is(subject, &["production"]) && !unit.is(subject.wrapping_sub(2), &["of"]));
            if filming {
                return PlaceKind::FilmingLocation;
            }
            if w != "took" {
                return PlaceKind::StorySetting;
            }
        }
        // "The story unfolds in …", "it plays out across the camps of …".
        if w == "unfolds" || (w == "out" && unit.is(k.wrapping_sub(1), &["plays", "played", "play"])) {
            return PlaceKind::StorySetting;
        }
        // "The crew spent three weeks in X": where the production's people worked.
        // "the fatal shooting at the Elk Ranch", "the crash near Bexley": the accident on the
        // shoot happened on its set.
        let article = usize::from(unit.is(k + 2, &["the"]));
        if unit.is(k, gz::ACCIDENTS) && unit.is(k + 1, &["at", "on", "near", "outside"]) && k + 2 + article == lo {
            return PlaceKind::FilmingLocation;
        }
        if w == "spent" && unit.is(k.wrapping_sub(1), gz::SHOOT_SUBJECTS) {
            return PlaceKind::FilmingLocation;
        }
        // "the production's base at X", "The shoot's base is X": where the production works.
        let shoot_owner = unit
            .toks
            .get(k.wrapping_sub(1))
            .is_some_and(|t| t.possessive && (t.lower == "production" || gz::FILMING.contains(&t.lower.as_str())));
        if w == "base" && shoot_owner {
            return PlaceKind::FilmingLocation;
        }
        // "moved the story to X", "set the story in X".
        if w == "story"
            && unit.is(k + 1, &["to", "in"])
            && unit.is(k.wrapping_sub(1), &["the", "his", "her", "their", "its"])
            && unit.is(k.wrapping_sub(2), gz::STORY_MOVES)
        {
            return PlaceKind::StorySetting;
        }
        if w == "film" && unit.is(k.wrapping_sub(1), gz::FILM_VERB_BEFORE) {
            return PlaceKind::FilmingLocation;
        }
        // "the depot scenes we did at the old station in X": scenes done there were filmed there.
        if matches!(w, "did" | "done") && (k.saturating_sub(3)..k).any(|j| unit.is(j, gz::SCENE_NOUNS)) {
            return PlaceKind::FilmingLocation;
        }
        // "Principal photography on “Dust,” the drama from X, began May 6 in Y": a step of
        // the shoot whose subject opens the sentence, however long its apposition.
        let opening = dateline_dash(unit).map_or(0, |d| d + 1);
        let shoot_subject = (opening..unit.toks.len().min(opening + 3)).find(|&j| unit.is(j, gz::FILMING));
        if gz::FILMING_STEPS.contains(&w) && shoot_subject.is_some_and(|j| !gunfire(j)) {
            return PlaceKind::FilmingLocation;
        }
        let gunfire = gunfire(k);
        // "production moved to …", or a move before its noun: "wrapped production in …".
        // "moved the unit up to …": the move's object may follow a determiner.
        let moving = moved
            || unit.is(k.wrapping_sub(1), gz::MOVES)
            || (unit.is(k.wrapping_sub(1), &["the", "our", "its", "their"]) && unit.is(k.wrapping_sub(2), gz::MOVES));
        if gz::FILMING.contains(&w) && unit.is(k.wrapping_sub(1), gz::OTHER_WORKS_PLURAL) {
            return PlaceKind::Mentioned;
        }
        if (gz::FILMING.contains(&w) && !gunfire)
            || (moving && matches!(w, "production" | "filming" | "unit" | "crew" | "shoot"))
            // "A second unit worked in X": a unit of the shoot.
            || (w == "unit" && unit.is(k.wrapping_sub(1), gz::UNIT_KINDS))
        {
            return PlaceKind::FilmingLocation;
        }
        if gz::RELEASE.contains(&w) {
            return PlaceKind::Mentioned;
        }
        if gz::MOVES.contains(&w) {
            moved = true;
        }
        if gz::EVENTS.contains(&w) && (w != "took" || unit.is(k + 1, &["place"])) {
            return PlaceKind::EventVenue;
        }
    }
    // "a widow in 1930s Dunmore": a decade of the past before the place is the story's time.
    let decade = lo > 0 && unit.toks[lo - 1].lower.ends_with('s') && is_year(&unit.toks[lo - 1].lower);
    if tells_story_before(unit, lo) || story_subject(unit, lo) || decade {
        return PlaceKind::StorySetting;
    }
    if premiere_after(unit, hi) {
        return PlaceKind::EventVenue;
    }
    if during_a_take(unit, lo, hi) || accident_there(unit, lo) {
        return PlaceKind::FilmingLocation;
    }
    PlaceKind::Mentioned
}

/// True for "The fire broke out on Oct. 17 at X", "the crash happened last week near X": the
/// place a clause says the shoot's accident happened at was its set.
fn accident_there(unit: &Unit, lo: usize) -> bool {
    let mut p = lo.wrapping_sub(1);
    if unit.is(p, &["the"]) {
        p = p.wrapping_sub(1);
    }
    if !unit.is(p, &["at", "on", "near", "outside", "in"]) {
        return false;
    }
    (p.saturating_sub(10)..p)
        .rev()
        .take_while(|&j| !unit.is(j, &[".", ";", ",", "!", "?"]))
        .any(|j| unit.is(j, gz::ACCIDENTS) && (j + 1..p).any(|v| unit.is(v, gz::HAPPENED)))
}

/// True for a named site in a sentence that tells of something "during a chase scene" or
/// "while rehearsing a take" ("Deputies were called to the Elk Ranch … when a wagon overturned
/// during a chase scene"): the site was the set.
fn during_a_take(unit: &Unit, lo: usize, hi: usize) -> bool {
    hi - lo >= 2
        && gz::contains(gz::SITE_HEADS, &unit.toks[hi - 1].lower)
        && (0..unit.toks.len()).any(|k| {
            unit.is(k, &["during", "while"])
                && (k + 1..unit.toks.len().min(k + 5))
                    .take_while(|&j| unit.lower_word(j))
                    .any(|j| unit.is(j, gz::TAKE_NOUNS))
        })
}

/// True when the organisation at tokens `lo..hi` is a studio facility the sentence films at
/// ("shot on Stage 2 at Prairie Studios", "heading to Vale Studios for interiors"): a place
/// word closes its name, "at", "on" or "to" comes before it, and the sentence films there.
pub fn filmed_facility(unit: &Unit, lo: usize, hi: usize) -> bool {
    let mut before = lo.wrapping_sub(1);
    if unit.is(before, &["the"]) {
        before = before.wrapping_sub(1);
    }
    unit.is(hi - 1, gz::FACILITY_WORDS)
        && unit.is(before, &["at", "on", "to", "is"])
        && use_of(unit, lo, hi) == PlaceKind::FilmingLocation
}

/// The stand-in verbs of [`gz::STANDS_IN`] without a closing article ("played", "doubled for").
fn stand_in_verbs() -> impl Iterator<Item = &'static [&'static str]> {
    gz::STANDS_IN.iter().map(|verb| verb.strip_suffix(&["the"]).unwrap_or(verb))
}

/// One past the stand-in verb right after the name ending at `hi`, maybe after an auxiliary
/// ("Bexley doubled for", "the stages of Bexley are standing in for"); "played the" and
/// "plays the" count only with `plays`, since a person plays a part too.
fn stand_in_after(unit: &Unit, hi: usize, plays: bool) -> Option<usize> {
    let at = if unit.is(hi, &["is", "are", "was", "were"]) { hi + 1 } else { hi };
    gz::STANDS_IN
        .iter()
        .filter(|verb| plays || !gz::contains(gz::CAST_VERBS, verb[0]))
        .find(|verb| (0..verb.len()).all(|j| unit.is(at + j, &[verb[j]])))
        .map(|verb| at + verb.len())
}

/// True when token `at` opens the object of a stand-in verb ("doubled for [1970s Bexley]"), or
/// of an "and for" that a stand-in verb earlier in the sentence governs ("stands in for A, and
/// for [the Bexley streets]").
fn stand_in_object(unit: &Unit, at: usize) -> bool {
    let ends_at = |end: usize| {
        stand_in_verbs()
            .any(|verb| end >= verb.len() && (0..verb.len()).all(|j| unit.is(end - verb.len() + j, &[verb[j]])))
    };
    if ends_at(at) {
        return true;
    }
    unit.is(at.wrapping_sub(1), &["for", "as"])
        && unit.is(at.wrapping_sub(2), &["and"])
        && (0..at - 2)
            .rev()
            .take_while(|&k| !unit.is(k, &[".", ";", "!", "?"]))
            .any(|k| ends_at(k + 1) && unit.is(k, &["for", "as"]))
}

/// True when the name ending at `hi` doubles or stands in for a place of the story ("Bexley
/// doubled for 1970s Knoxville", "Bexley stands in for Wickett, the fictional mill town"): a
/// year, a known place or a story word follows the verb.
fn doubles_for_a_place(unit: &Unit, hi: usize) -> bool {
    let Some(end) = stand_in_after(unit, hi, false) else {
        return false;
    };
    (end..unit.toks.len().min(end + 8)).take_while(|&k| !unit.is(k, &[".", ";", "!", "?"])).any(|k| {
        is_year(&unit.toks[k].lower) || unit.is(k, gz::STORY_OWNERS) || (unit.cap(k) && gz::is_place(unit.word(k)))
    })
}

/// The suffix of a compound closing the place ending at `hi` ("Vermont-shot", "Oslo-set"), if
/// it is one of [`gz::PLACE_COMPOUNDS`].
fn compound_suffix(unit: &Unit, hi: usize) -> Option<&'static str> {
    let last = unit.word(hi.checked_sub(1)?);
    let (_, suffix) = last.rsplit_once('-')?;
    gz::PLACE_COMPOUNDS.iter().find(|s| s.eq_ignore_ascii_case(suffix)).copied()
}

/// True for "the Vermont-shot drama": a compound saying the work was filmed there.
fn filmed_compound(unit: &Unit, hi: usize) -> bool {
    compound_suffix(unit, hi).is_some_and(|suffix| suffix != "set")
}

/// The place a compound names ("Vermont" in "the Vermont-shot drama", "Carrowmere" in "a
/// Carrowmere-set thriller"): the run's text before the suffix.
pub fn compound_place(unit: &Unit, run: Run) -> Option<String> {
    compound_suffix(unit, run.hi)?;
    let text = unit.slice(run.lo, run.hi);
    let (name, _) = text.rsplit_once('-')?;
    (name.chars().next().is_some_and(char::is_uppercase) && !name.contains(' ') || gz::is_place(name))
        .then(|| name.to_owned())
}

/// True for "In Bexley, the crew built a replica …": a place opening the sentence after "In"
/// or "At", its clause after the comma filming there or building for the shoot.
fn opening_filming_clause(unit: &Unit, lo: usize, hi: usize) -> bool {
    let opening = dateline_dash(unit).map_or(0, |d| d + 1);
    lo == opening + 1
        && unit.is(opening, &["in", "at"])
        && unit.is(hi, &[","])
        && (hi + 1..unit.toks.len()).take_while(|&k| !unit.is(k, &[".", ";", "!", "?"])).any(|k| {
            unit.is(k, gz::FILMING)
                || (unit.is(k, gz::SHOOT_SUBJECTS) && (k + 1..k + 3).any(|j| unit.is(j, gz::SHOOT_WORK)))
        })
}

/// True for "Fallowmere, a small town in Vermont, hosted the production" after the place ending
/// at `hi` (past one apposition set off by commas): the town took the shoot in.
fn hosts_the_shoot(unit: &Unit, hi: usize) -> bool {
    let mut k = hi;
    if unit.is(k, &[","]) {
        k = (k + 1..unit.toks.len().min(k + 12)).find(|&j| unit.is(j, &[","])).map_or(k, |j| j + 1);
    }
    unit.is(k, gz::HOST_VERBS)
        && unit.is(k + 1, &["the", "a", "its"])
        && (k + 2..unit.toks.len().min(k + 4)).any(|j| unit.is(j, gz::SHOOT_SUBJECTS))
}

/// True for "was used as a set" or "was dressed as a bank" in the clause after the place
/// ending at `hi`: the production filmed there.
fn used_as_set(unit: &Unit, hi: usize) -> bool {
    // ", rebuilt by the art department": a participle after the place says the shoot built there.
    let built_by = unit.is(hi, &[","])
        && unit.is(hi + 1, gz::SET_PARTICIPLES)
        && unit.is(hi + 2, &["by"])
        && (hi + 3..unit.toks.len().min(hi + 7))
            .any(|k| unit.is(k, gz::SHOOT_SUBJECTS) || unit.is(k, gz::SET_BUILDERS));
    built_by
        || (hi..unit.toks.len().min(hi + 10))
            .take_while(|&k| !unit.is(k, &[".", ";", "!", "?", ","]))
            .any(|k| gz::USED_AS_SET.iter().any(|p| (0..p.len()).all(|j| unit.is(k + j, &[p[j]]))))
}

/// True for ", the festival's largest venue" after the place ending at `hi`: an apposition
/// that calls it the venue of a festival or a screening, whatever the verb before it.
fn venue_apposition(unit: &Unit, hi: usize) -> bool {
    let apposition: Vec<usize> =
        (hi + 1..unit.toks.len().min(hi + 7)).take_while(|&k| !unit.is(k, &[".", ";", ",", "!", "?"])).collect();
    unit.is(hi, &[","])
        && apposition.iter().any(|&k| unit.is(k, gz::VENUE_NOUNS))
        && apposition.iter().any(|&k| unit.is(k, gz::EVENTS) || unit.is(k, gz::FESTIVAL_WORDS))
}

/// True for "… filled the Palace Theater on Friday for the world premiere": the clause after
/// the place gives the event held there.
fn premiere_after(unit: &Unit, hi: usize) -> bool {
    (hi..unit.toks.len().min(hi + 8)).take_while(|&k| !unit.is(k, &[".", ";", ",", "!", "?"])).any(|k| {
        unit.is(k, &["for"])
            && unit.is(k + 1, &["the", "its", "a"])
            && (k + 2..k + 4).any(|j| unit.is(j, &["premiere", "screening", "ceremony"]))
    })
}

/// The token of the dash that closes a dateline opened by the place at `lo..hi`
/// ("TUCSON, Ariz. (AP) —", "BARTOWN, N.M. (March 3, 2024) —"): capitals, digits and
/// punctuation only between them.
fn dateline_end(unit: &Unit, lo: usize, hi: usize) -> Option<usize> {
    if lo != 0 {
        return None;
    }
    let dash = (hi..unit.toks.len().min(hi + 12)).find(|&k| unit.is(k, &["—", "–"]))?;
    (hi..dash)
        .all(|k| {
            let t = &unit.toks[k];
            !t.word || unit.word(k).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
        .then_some(dash)
}

/// The dash closing a dateline that opens the sentence ("FENWICK, Vt. (AP) — Filming began …"):
/// the sentence proper starts after it.
fn dateline_dash(unit: &Unit) -> Option<usize> {
    let dash = (0..unit.toks.len().min(12)).find(|&k| unit.is(k, &["—", "–"]))?;
    (dash > 0
        && (0..dash)
            .all(|k| !unit.toks[k].word || unit.word(k).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())))
    .then_some(dash)
}

/// True when the place at token `lo` only locates a named site before it ("Red Mesa Ranch
/// outside Tucson", "Elk Ranch, 15 miles north of Taos"): the site is where things happen, the
/// town is a landmark.
fn landmark(unit: &Unit, lo: usize) -> bool {
    landmark_site(unit, lo).is_some()
}

/// The named site that the place at token `lo` locates ("Red Mesa Ranch" in "Red Mesa Ranch
/// outside Tucson"), as for [`landmark`].
fn landmark_site(unit: &Unit, lo: usize) -> Option<Run> {
    let mut k = lo.wrapping_sub(1);
    if unit.is(k, &["of"]) && unit.is(k.wrapping_sub(1), gz::COMPASS) {
        k = k.wrapping_sub(1);
        // "about 15 miles north of": skip the distance.
        while unit
            .is(k.wrapping_sub(1), &["miles", "kilometers", "kilometres", "km", "mi", "about", "some", "just", ","])
            || unit.toks.get(k.wrapping_sub(1)).is_some_and(|t| t.lower.bytes().all(|b| b.is_ascii_digit()))
        {
            k = k.wrapping_sub(1);
        }
    } else if !unit.is(k, &["outside", "near"]) {
        return None;
    }
    let s = k.checked_sub(1)?;
    let mut first = s;
    while first > 0 && unit.cap(first - 1) {
        first -= 1;
    }
    let site = gz::contains(gz::SITE_HEADS, &unit.toks[s].lower)
        || (s > first && gz::contains(gz::SITE_PREFIXES, &unit.toks[first].lower));
    (site && unit.cap(s) && !unit.toks[s].possessive).then_some(Run { lo: first, hi: s + 1 })
}

/// True for "for interiors" after the place ending at `hi`, past its town and state ("heading
/// to Foo Studios in Bartown, Calif., for interiors"): scenes are shot there.
fn scenes_for(unit: &Unit, hi: usize) -> bool {
    let Some(f) = (hi..unit.toks.len().min(hi + 9)).find(|&k| !(unit.cap(k) || unit.is(k, &[",", ".", "in"]))) else {
        return false;
    };
    let noun = if unit.is(f + 1, &["the", "its", "some", "more"]) { f + 2 } else { f + 1 };
    unit.is(f, &["for"]) && unit.is(noun, gz::SCENE_NOUNS)
}

/// The use of the place that a prepositional phrase joined by "and" or "or" before the place
/// at token `lo` governs ("filmed in Datil, a hamlet up the road, and at the Cibola Ranch"):
/// the nearest earlier preposition of [`gz::LIST_PREPOSITIONS`] in the sentence whose object is
/// a capitalised name.
fn conjunct_use(unit: &Unit, lo: usize) -> Option<PlaceKind> {
    let mut b = lo.wrapping_sub(1);
    if unit.is(b, &["the"]) {
        b = b.wrapping_sub(1);
    }
    if !unit.is(b, gz::LIST_PREPOSITIONS) || !unit.is(b.wrapping_sub(1), &["and", "or"]) {
        return None;
    }
    let j = (0..b.saturating_sub(1)).rev().take_while(|&j| !unit.is(j, &[".", ";", "!", "?"])).find(|&j| {
        let name = if unit.is(j + 1, &["the"]) { j + 2 } else { j + 1 };
        unit.is(j, gz::LIST_PREPOSITIONS) && unit.cap(name) && name < b - 1
    })?;
    let name = if unit.is(j + 1, &["the"]) { j + 2 } else { j + 1 };
    let mut hi = name;
    while unit.cap(hi) {
        hi += 1;
    }
    Some(use_of(unit, name, hi))
}

/// True for ", where the production had built a set" or ", where the accident happened" after
/// the place ending at `hi`, past the town and state that locate it ("the Elk Ranch near Taos,
/// N.M., where …"): a relative clause that films, builds a set or has the shoot's accident there.
fn filmed_where(unit: &Unit, hi: usize) -> bool {
    let Some(at) = (hi..unit.toks.len().min(hi + 10))
        .take_while(|&k| unit.cap(k) || unit.is(k, &[",", ".", "near", "outside", "in", "of"]))
        .find(|&k| unit.is(k, &[","]) && unit.is(k + 1, &["where"]))
    else {
        return false;
    };
    let clause: Vec<usize> =
        (at + 2..unit.toks.len()).take_while(|&k| !unit.is(k, &[".", ";", "!", "?", ","])).collect();
    let happened = clause
        .iter()
        .any(|&k| unit.is(k, gz::HAPPENED) || (unit.is(k, &["took", "take", "takes"]) && unit.is(k + 1, &["place"])));
    clause.iter().any(|&k| {
        unit.is(k, gz::FILMING)
            || (unit.is(k, &["set"]) && unit.is(k.wrapping_sub(1), gz::SET_BUILT))
            || (unit.is(k, gz::ACCIDENTS) && happened)
    })
}

/// True when the sentence's subject is the story and the place is in its first clause ("The
/// story's last chapter sends her west to Butte, Montana", "The plot takes them to Oslo").
fn story_subject(unit: &Unit, lo: usize) -> bool {
    let opening = dateline_dash(unit).map_or(0, |d| d + 1);
    unit.is(opening, &["the"])
        && unit.is(opening + 1, gz::STORY_NOUNS)
        && (opening + 2..lo).all(|k| !unit.is(k, &[".", ";", "!", "?", "but", ":"]))
}

/// True when the sentence says "tells the story of …" before token `lo` with no full stop
/// between: what follows is the story, and a place in it is the story's setting.
fn tells_story_before(unit: &Unit, lo: usize) -> bool {
    (0..lo).rev().take_while(|&k| !unit.is(k, &[".", ";", "!", "?"])).any(|k| {
        (k >= 2 && unit.is(k, &["story"]) && unit.is(k - 1, &["the"]) && unit.is(k - 2, gz::STORY_VERBS))
            || describes_part(unit, k, lo)
            || plot_of_work(unit, k)
    })
}

/// True for a plot verb at token `k` whose subject is the work ("The western follows …",
/// "“Dust,” which chronicles …"): a work noun right before it, or "which" after a work noun or
/// a closing quote.
fn plot_of_work(unit: &Unit, k: usize) -> bool {
    if !unit.is(k, super::vocabulary::PLOT_VERBS) || k == 0 {
        return false;
    }
    if unit.is(k - 1, gz::STORY_WORKS) && !unit.toks[k - 1].possessive {
        return true;
    }
    let Some(j) = k.checked_sub(2).filter(|_| unit.is(k - 1, &["which", "that"])) else { return false };
    let Some(antecedent) = (0..=j).rev().find(|&i| unit.toks[i].word) else { return false };
    let between = &unit.text[unit.toks[antecedent].end..unit.toks[k - 1].start];
    between.contains(',') && (between.contains(['”', '"']) || unit.is(antecedent, gz::STORY_WORKS))
}

/// True for "stars as Tom Reyes, a rancher …" opening at token `k` before `lo`: the apposition
/// describes the character, so a place in it is the story's.
fn describes_part(unit: &Unit, k: usize, lo: usize) -> bool {
    if !unit.is(k, gz::CAST_VERBS) {
        return false;
    }
    let name = if unit.is(k + 1, &["as"]) { k + 2 } else { k + 1 };
    let mut j = name;
    while j < lo && unit.cap(j) {
        j += 1;
    }
    j > name && j + 1 < lo && unit.is(j, &[","]) && unit.is(j + 1, &["a", "an"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::unit_with_people;

    fn kind(text: &str, place: &str) -> PlaceKind {
        let (unit, _) = unit_with_people(text, &[]);
        let lo = unit.toks.iter().position(|t| unit.text[t.start..].starts_with(place)).unwrap();
        let hi = lo + place.split_whitespace().count();
        use_of(&unit, lo, hi)
    }

    #[test]
    fn a_town_that_doubles_for_another_is_filmed_and_the_other_is_the_story_s() {
        let lex = Lexicon::default();
        let text = "Bexley doubled for 1970s Wickford, and the Harlan Ranch doubled for a Montana farm.";
        let (unit, _) = unit_with_people(text, &[]);
        let runs = crate::entities::names::runs(&unit);
        let cued = |name: &str| runs.iter().any(|r| unit.slice(r.lo, r.hi) == name && cue_place(&unit, *r, None, &lex));
        assert!(cued("Bexley") && cued("Wickford"));
        assert_eq!(kind(text, "Bexley"), PlaceKind::FilmingLocation);
        assert_eq!(kind(text, "Wickford"), PlaceKind::StorySetting);
        assert_eq!(kind(text, "Montana"), PlaceKind::StorySetting);
        let text = "Bexley stands in for Wickett, the fictional mill town, and for the Tarrow streets.";
        assert_eq!(kind(text, "Tarrow"), PlaceKind::StorySetting);
        // A stunt double doubles for a person: no place on either side.
        let (unit, _) = unit_with_people("Ana Ruiz doubled for Bea Lee in the fall.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert!(runs.iter().all(|r| !cue_place(&unit, *r, None, &lex)));
    }

    #[test]
    fn saints_coasts_interiors_and_stand_ins_after_an_auxiliary() {
        let lex = Lexicon::default();
        let cued = |text: &str, name: &str| {
            let (unit, _) = unit_with_people(text, &[]);
            let runs = crate::entities::names::runs(&unit);
            runs.iter().any(|r| unit.slice(r.lo, r.hi).starts_with(name) && cue_place(&unit, *r, None, &lex))
        };
        assert!(cued("Filming began in St. Ives, Cornwall, in May.", "St. Ives"));
        assert!(cued("Filming began in St. Agnes's on Monday.", "St. Agnes"));
        let (unit, _) = unit_with_people("Filming began in St. Agnes’s on Monday.", &[]);
        let runs = crate::entities::names::runs(&unit);
        let saint = runs.iter().find(|r| unit.word(r.lo) == "St.").unwrap();
        assert_eq!(written_name(&unit, *saint), "St. Agnes’s");
        assert!(!cued("Filming began in Ann Lee's garden.", "Ann Lee"));
        assert!(cued("It is set in a mining town on the Bexley coast.", "Bexley"));
        assert!(!cued("She walked on the Bexley coast.", "Bexley"));
        assert!(cued("A crane fell during a night shoot on the Bexley waterfront.", "Bexley"));
        assert!(cued("Cameras rolled in the Marlow foothills all week.", "Marlow"));
        assert_eq!(kind("It is set in a mining town on the Bexley coast.", "Bexley"), PlaceKind::StorySetting);
        assert_eq!(kind("Then came a week of interiors at a mill in Bexley.", "Bexley"), PlaceKind::FilmingLocation);
        assert_eq!(kind("For now Bexley is standing in for a mill town.", "Bexley"), PlaceKind::FilmingLocation);
    }

    #[test]
    fn a_place_the_story_sends_its_people_to_is_the_story_s() {
        let text = "The story's last chapter sends Ana west to Bexley, but the crew never went near it.";
        assert_eq!(kind(text, "Bexley"), PlaceKind::StorySetting);
        assert_eq!(kind("The plot takes them to Bexley.", "Bexley"), PlaceKind::StorySetting);
        let after = "The story is simple: the crew went to Bexley.";
        assert_eq!(kind(after, "Bexley"), PlaceKind::Mentioned);
        assert_eq!(kind("The story was filmed in Bexley.", "Bexley"), PlaceKind::FilmingLocation);
    }

    #[test]
    fn a_story_plays_out_and_a_production_has_its_base() {
        assert_eq!(kind("The story plays out across the camps of 1880s Bexley.", "Bexley"), PlaceKind::StorySetting);
        assert_eq!(kind("The production's base is at the Harlan Ranch.", "Harlan Ranch"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The company's base is in Bexley.", "Bexley"), PlaceKind::Mentioned);
        let (unit, _) = unit_with_people("The production's base is Harrow Light Studios, a stage complex.", &[]);
        let lo = unit.toks.iter().position(|t| t.lower == "harrow").unwrap();
        assert!(filmed_facility(&unit, lo, lo + 3));
    }

    #[test]
    fn lists_towns_of_and_productions_heading_somewhere() {
        let lex = Lexicon::default();
        let cued = |text: &str, name: &str| {
            let (unit, _) = unit_with_people(text, &[]);
            let runs = crate::entities::names::runs(&unit);
            runs.into_iter()
                .flat_map(|r| crate::entities::names::split_run(&unit, r))
                .any(|r| unit.slice(r.lo, r.hi) == name && cue_place(&unit, r, None, &lex))
        };
        assert!(cued("Scenes were also filmed in Gorsley and Hatherby.", "Hatherby"));
        assert!(cued("The shoot continues in Ravensby, Tarrow and Saltmere through May.", "Saltmere"));
        assert!(!cued("Scenes were filmed in Gorsley and Ana Ruiz said so.", "Ana Ruiz"));
        assert!(cued("The town of Mossbury welcomed the crew.", "Mossbury"));
        assert!(!cued("She left her village of Bela pod Horkou in 1919.", "Bela"));
        assert!(cued("The drama is set in the fictional town of Wickett.", "Wickett"));
        assert_eq!(kind("The drama is set in the fictional town of Wickett.", "Wickett"), PlaceKind::StorySetting);
        assert!(cued("Cameras rolled on the streets of Lanchester.", "Lanchester"));
        assert_eq!(kind("After that, the production heads to Pelham.", "Pelham"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The crew returned to Upwey for reshoots.", "Upwey"), PlaceKind::FilmingLocation);
    }

    #[test]
    fn locations_that_include_host_or_keep_the_crew() {
        assert_eq!(kind("Locations include Carrow and the Harlan Ranch.", "Harlan Ranch"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The crew spent three weeks in Eastwick.", "Eastwick"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The family spent three weeks in Eastwick.", "Eastwick"), PlaceKind::Mentioned);
        let text = "Fallowmere, a small town in Vermont, hosted the production for six weeks.";
        assert_eq!(kind(text, "Fallowmere"), PlaceKind::FilmingLocation);
        assert_eq!(kind("Fallowmere hosted the awards in May.", "Fallowmere"), PlaceKind::Mentioned);
    }

    #[test]
    fn compounds_opening_clauses_moves_and_units() {
        assert_eq!(kind("In Bexley, the crew built a replica of the mill.", "Bexley"), PlaceKind::FilmingLocation);
        assert_eq!(kind("In Bexley, the company has its offices.", "Bexley"), PlaceKind::Mentioned);
        assert_eq!(kind("The Vermont-shot drama opens Friday.", "Vermont-shot"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The Carrowmere-set thriller follows two sisters.", "Carrowmere-set"), PlaceKind::StorySetting);
        assert_eq!(kind("Production will relocate to Dunsford next month.", "Dunsford"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The cast and crew will move to Elmsworth in June.", "Elmsworth"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The company returned to Harrowby to shoot pickups.", "Harrowby"), PlaceKind::FilmingLocation);
        assert_eq!(kind("A second unit worked in Islington Cove.", "Islington Cove"), PlaceKind::FilmingLocation);
        let (unit, _) = unit_with_people("The Carrowmere-set thriller follows two sisters.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert_eq!(compound_place(&unit, runs[0]).as_deref(), Some("Carrowmere"));
        let (unit, _) = unit_with_people("The Tucson-based firm grew.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert_eq!(compound_place(&unit, runs[0]), None);
    }

    #[test]
    fn a_decade_before_a_place_and_the_towns_a_story_goes_through() {
        assert_eq!(kind("It follows a widow in 1930s Dunmore.", "Dunmore"), PlaceKind::StorySetting);
        assert_eq!(kind("It was filmed in 2019 in Dunmore.", "Dunmore"), PlaceKind::FilmingLocation);
        let lex = Lexicon::default();
        let text = "The story takes her from Falmouth to the mining towns of Greystone.";
        let (unit, _) = unit_with_people(text, &[]);
        let runs = crate::entities::names::runs(&unit);
        for name in ["Falmouth", "Greystone"] {
            let run = runs.iter().find(|r| unit.slice(r.lo, r.hi) == name).unwrap();
            assert!(cue_place(&unit, *run, None, &lex), "{name}");
            assert_eq!(use_of(&unit, run.lo, run.hi), PlaceKind::StorySetting, "{name}");
        }
    }

    #[test]
    fn formats_parts_of_works_and_numbered_things_are_no_places() {
        let lex = Lexicon::default();
        for text in [
            "The film was shot in CinemaScope by Ana Ruiz.",
            "Ana Ruiz shot in Dolby Vision for the first time.",
            "The crew filmed in Act Two of the play.",
            "Production moved to Stage 5 at the studio.",
            "The feature was shot in Super 16.",
        ] {
            let (unit, _) = unit_with_people(text, &[]);
            let runs = crate::entities::names::runs(&unit);
            let found: Vec<&str> =
                runs.iter().filter(|r| cue_place(&unit, **r, None, &lex)).map(|r| unit.slice(r.lo, r.hi)).collect();
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_building_used_as_a_set_is_filmed_and_a_venue_is_called_one() {
        assert_eq!(
            kind("The Bexley Courthouse was used as a set for the trial.", "Bexley Courthouse"),
            PlaceKind::FilmingLocation
        );
        assert_eq!(kind("The Bexley Courthouse was built in 1890.", "Bexley Courthouse"), PlaceKind::Mentioned);
        let mill = "The mill is on the river near Tuckett, rebuilt by the art department over five weeks.";
        assert_eq!(kind(mill, "Tuckett"), PlaceKind::FilmingLocation);
        let town = "The mill is on the river near Tuckett, rebuilt by the town in 1950.";
        assert_eq!(kind(town, "Tuckett"), PlaceKind::Mentioned);
        let text = "It opened the competition at the Orpheum Ballroom, the festival's largest venue.";
        assert_eq!(kind(text, "Orpheum Ballroom"), PlaceKind::EventVenue);
        let text = "The crew filmed at the Orpheum Ballroom, a wedding venue.";
        assert_eq!(kind(text, "Orpheum Ballroom"), PlaceKind::FilmingLocation);
    }

    #[test]
    fn a_festival_section_is_no_place() {
        let lex = Lexicon::default();
        let (unit, _) = unit_with_people("It premiered in the Midnight Reel section.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert!(runs.iter().all(|r| !cue_place(&unit, *r, None, &lex)));
    }

    #[test]
    fn a_studio_filmed_at_is_a_facility() {
        let (unit, _) = unit_with_people("Interiors will be shot on Stage 2 at Harrow Light Studios.", &[]);
        let lo = unit.toks.iter().position(|t| t.lower == "harrow").unwrap();
        assert!(filmed_facility(&unit, lo, lo + 3));
        let (unit, _) = unit_with_people("The drama, shot in Utah, comes from Harrow Light Studios.", &[]);
        let lo = unit.toks.iter().position(|t| t.lower == "harrow").unwrap();
        assert!(!filmed_facility(&unit, lo, lo + 3));
    }

    #[test]
    fn a_place_of_the_story_named_after_its_kind_is_the_story_s() {
        let text = "She is a water hauler in the fictional border town of Sombra, whose brother vanishes.";
        assert_eq!(kind(text, "Sombra"), PlaceKind::StorySetting);
        let text = "Most of it plays in the story's mining village of Carrow.";
        assert_eq!(kind(text, "Carrow"), PlaceKind::StorySetting);
        assert_eq!(kind("The crew stayed in the border town of Sombra.", "Sombra"), PlaceKind::Mentioned);
    }

    #[test]
    fn a_town_locating_a_site_shares_what_happened_there() {
        assert_eq!(
            kind("Cameras rolled across the Harlan Ranch outside Bexley on Monday.", "Bexley"),
            PlaceKind::FilmingLocation
        );
        assert_eq!(
            kind("The unit shot at Tarrow Farm, ten miles north of Bexley, all week.", "Bexley"),
            PlaceKind::FilmingLocation
        );
        assert_eq!(kind("She bought the Harlan Ranch outside Bexley in 1990.", "Bexley"), PlaceKind::Mentioned);
    }

    #[test]
    fn a_conjunct_shares_the_verb_of_the_phrase_it_is_joined_to() {
        let text = "Scenes will be shot in Marlow, a hamlet up the road, and at the Tarrow Ranch.";
        assert_eq!(kind(text, "Tarrow Ranch"), PlaceKind::FilmingLocation);
        let text = "The unit filmed on Cobb Island for a week or so and in Eastfield after that.";
        assert_eq!(kind(text, "Eastfield"), PlaceKind::FilmingLocation);
        let text = "She lived in Marlow for years and at the Tarrow Ranch after.";
        assert_eq!(kind(text, "Tarrow Ranch"), PlaceKind::Mentioned);
    }

    #[test]
    fn the_site_where_the_accident_happened_was_the_set() {
        let text = "Work stopped at the Harlan Ranch near Bexley, N.M., where the accident happened.";
        assert_eq!(kind(text, "Harlan Ranch"), PlaceKind::FilmingLocation);
        assert_eq!(kind(text, "Bexley"), PlaceKind::FilmingLocation);
        let text = "Investigators went back to Tarrow Farm, where the fatal shooting took place last fall.";
        assert_eq!(kind(text, "Tarrow Farm"), PlaceKind::FilmingLocation);
        assert_eq!(kind("She sold Tarrow Farm, where her brother lives.", "Tarrow Farm"), PlaceKind::Mentioned);
        let text = "The fatal shooting at the Harlan Ranch, a movie ranch, shocked the town.";
        assert_eq!(kind(text, "Harlan Ranch"), PlaceKind::FilmingLocation);
        assert_eq!(kind("Two riders were hurt in the crash near Bexley.", "Bexley"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The crash of the market hurt Bexley.", "Bexley"), PlaceKind::Mentioned);
        let text =
            "Deputies were called to the Harlan Ranch, a cattle spread, when a wagon overturned during a chase scene.";
        assert_eq!(kind(text, "Harlan Ranch"), PlaceKind::FilmingLocation);
        let text = "A horse bolted at Tarrow Farm while the crew was rehearsing a stunt.";
        assert_eq!(kind(text, "Tarrow Farm"), PlaceKind::FilmingLocation);
        assert_eq!(
            kind("Deputies were called to the Harlan Ranch during a storm.", "Harlan Ranch"),
            PlaceKind::Mentioned
        );
        let text = "The fire broke out on Oct. 17 at Harlan Ranch and burned two crew members.";
        assert_eq!(kind(text, "Harlan Ranch"), PlaceKind::FilmingLocation);
        let text = "The crash occurred shortly after noon near Bexley, deputies said.";
        assert_eq!(kind(text, "Bexley"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The fire chief lives near Bexley.", "Bexley"), PlaceKind::Mentioned);
    }

    #[test]
    fn where_someone_grew_up_or_comes_from_is_a_place() {
        let lex = Lexicon::default();
        let cued = |text: &str, name: &str| {
            let (unit, _) = unit_with_people(text, &[]);
            let runs = crate::entities::names::runs(&unit);
            runs.iter().any(|r| unit.slice(r.lo, r.hi) == name && cue_place(&unit, *r, None, &lex))
        };
        assert!(cued("The producer, who grew up in Bexley, now works in film.", "Bexley"));
        assert!(cued("A native of Marlow, the gaffer joined in May.", "Marlow"));
        assert!(cued("The editor hails from Eastfield.", "Eastfield"));
        assert!(!cued("The prize ended up in Bexley Hale's hands.", "Bexley Hale"));
        assert!(cued("The Marlow native joined the crew in May.", "Marlow"));
        assert!(cued("The crew is staying in Eastfield, an hour away.", "Eastfield"));
    }

    #[test]
    fn a_work_s_plot_verb_makes_the_places_after_it_the_story_s() {
        let text = "The western follows a widow across the Flint Hills of Kansas.";
        assert_eq!(kind(text, "Flint Hills"), PlaceKind::StorySetting);
        let text = "“Dust,” which chronicles a feud between two families in Bexley, opens Friday.";
        assert_eq!(kind(text, "Bexley"), PlaceKind::StorySetting);
        assert_ne!(kind("The gala follows a screening in Bexley.", "Bexley"), PlaceKind::StorySetting);
        assert_ne!(kind("The halt, which follows a crash in Bexley, ended.", "Bexley"), PlaceKind::StorySetting);
    }

    #[test]
    fn a_public_body_s_name_opens_with_its_state() {
        assert_eq!(seat_of("Georgia Department of Labor").as_deref(), Some("Georgia"));
        assert_eq!(seat_of("Oregon Occupational Safety and Health Division").as_deref(), Some("Oregon"));
        assert_eq!(seat_of("Pima County Superior Court"), None);
        assert_eq!(seat_of("New Mexico Film Office").as_deref(), Some("New Mexico"));
        assert_eq!(seat_of("First Judicial District Court"), None);
        assert_eq!(seat_of("County Court"), None);
    }

    #[test]
    fn a_venue_s_first_word_after_the_is_the_venue() {
        let names = ["Harlan Theatre".to_owned(), "Bexley".to_owned()];
        let (unit, _) = unit_with_people("Screenings are held at the Harlan and in Bexley.", &[]);
        let at = unit.toks.iter().position(|t| t.lower == "harlan").unwrap();
        assert_eq!(short_venue(&unit, at, at + 1, names.iter()).map(String::as_str), Some("Harlan Theatre"));
        let (unit, _) = unit_with_people("Harlan said the screenings went well.", &[]);
        assert_eq!(short_venue(&unit, 0, 1, names.iter()), None);
    }

    #[test]
    fn a_place_in_the_description_of_a_part_is_the_story_s() {
        let text = "Ana Ruiz stars as Tom Reyes, a rancher who drives cattle across the Bexley Territory in 1880.";
        assert_eq!(kind(text, "Bexley Territory"), PlaceKind::StorySetting);
        assert_eq!(kind("Ana Ruiz stars as a rancher from Bexley.", "Bexley"), PlaceKind::Mentioned);
    }

    #[test]
    fn a_step_of_the_shoot_opening_the_sentence_places_it_however_far_back() {
        let text = "Principal photography on “Dust Road,” the frontier drama from director Ann Lee of Harrow Films, began May 6 in Bexley.";
        assert_eq!(kind(text, "Bexley"), PlaceKind::FilmingLocation);
        // The step needs the shoot as its subject: a drama that began its run is no shoot.
        assert_eq!(
            kind(
                "The drama, written by Ann Lee of Harrow Films after years of work, began its run in Bexley.",
                "Bexley"
            ),
            PlaceKind::Mentioned
        );
    }

    #[test]
    fn a_schedule_line_ends_with_its_venue() {
        let venue = |text: &str| {
            let (unit, _) = unit_with_people(text, &[]);
            schedule_venue(&unit).map(|r| unit.slice(r.lo, r.hi).to_owned())
        };
        assert_eq!(venue("Friday, Oct. 3 · 20:00 · Juniper Theatre").as_deref(), Some("Juniper Theatre"));
        assert_eq!(venue("Sat 14 June | 7.30 pm | Harbour Cinema").as_deref(), Some("Harbour Cinema"));
        assert_eq!(venue("Dir. Ana Ruiz · USA · 2025 · 112 min."), None);
        assert_eq!(venue("World Premiere · Main Competition"), None);
        assert_eq!(venue("Friday, Oct. 3 · 20:00 · sold out"), None);
        assert_eq!(
            venue("Saturday, April 18, 2031, 7 p.m. | Grand Hall, Bexley, Maine").as_deref(),
            Some("Grand Hall")
        );
    }

    #[test]
    fn a_region_of_a_known_place_is_a_place() {
        let region = |text: &str, name: &str| {
            let (unit, _) = unit_with_people(text, &[]);
            let runs = crate::entities::names::runs(&unit);
            runs.iter().find(|r| unit.slice(r.lo, r.hi) == name).and_then(|r| gazetteer_place(&unit, *r))
        };
        assert_eq!(region("A sidebar of New England films.", "New England").as_deref(), Some("New England"));
        assert_eq!(
            region("They toured Northern California.", "Northern California").as_deref(),
            Some("Northern California")
        );
        assert_eq!(region("She met Northern Lights Films.", "Northern Lights Films"), None);
        assert_eq!(region("He met New Hale.", "New Hale"), None);
    }

    #[test]
    fn a_compass_word_alone_is_no_place() {
        let lex = Lexicon::default();
        let (unit, _) = unit_with_people("It was set out West, but filmed in the East.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert!(runs.iter().all(|r| !cue_place(&unit, *r, None, &lex)));
        let (unit, _) = unit_with_people("It was filmed in the Eastfield hills.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert!(runs.iter().any(|r| cue_place(&unit, *r, None, &lex)));
    }

    #[test]
    fn a_place_locating_an_organisation_or_a_numbered_street_is_no_filming_location() {
        let text = "The crew will shoot on lenses from Tamber Rental, whose Oslo branch supplies them.";
        assert_eq!(kind(text, "Oslo"), PlaceKind::Mentioned);
        let lex = Lexicon::default();
        let (unit, _) = unit_with_people("The open call is at the hall, 212 Furnace Street, on Saturday.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert!(runs.iter().any(|&r| address(&unit, r, &lex)));
        let (unit, _) = unit_with_people("Scenes were filmed along Canal Street.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert!(runs.iter().all(|&r| !address(&unit, r, &lex)), "a street with no number is a place");
    }

    #[test]
    fn a_site_after_the_old_is_a_place_when_the_sentence_films_there() {
        let lex = Lexicon::default();
        let cued = |text: &str| {
            let (unit, _) = unit_with_people(text, &[]);
            crate::entities::names::runs(&unit).into_iter().any(|r| cue_place(&unit, r, None, &lex))
        };
        assert!(cued("Scenes will be filmed at the old Harlan Furnace in May."));
        assert!(!cued("She bought the old Harlan Furnace in May."));
        let text = "BEXLEY, Vt. (AP) — Filming on “Dust,” a thriller about a miller, began Monday at Harlan Mill.";
        assert_eq!(kind(text, "Harlan Mill"), PlaceKind::FilmingLocation);
    }

    #[test]
    fn a_place_qualifying_other_works_is_only_mentioned() {
        assert_eq!(kind("The festival screens a sidebar of Maine films.", "Maine"), PlaceKind::Mentioned);
        assert_eq!(kind("The festival screens its films in Maine.", "Maine"), PlaceKind::EventVenue);
    }

    #[test]
    fn uses_from_cues() {
        assert_eq!(kind("Set in 1920s Oregon, the story follows twins.", "Oregon"), PlaceKind::StorySetting);
        assert_eq!(kind("Shooting began in Cork last week.", "Cork"), PlaceKind::FilmingLocation);
        assert_eq!(kind("Production was later moved to Ontario.", "Ontario"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The drama wrapped production last week in Calgary.", "Calgary"), PlaceKind::FilmingLocation);
        assert_eq!(kind("Filming took place in Alberta last year.", "Alberta"), PlaceKind::FilmingLocation);
        assert_eq!(kind("Shooting takes place in Quebec this winter.", "Quebec"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The story takes place in Quebec.", "Quebec"), PlaceKind::StorySetting);
        assert_eq!(kind("The gala took place in Cannes.", "Cannes"), PlaceKind::EventVenue);
        assert_eq!(kind("A production meeting took place in Taos on Tuesday.", "Taos"), PlaceKind::EventVenue);
        assert_eq!(kind("Filming also took place in Oslo.", "Oslo"), PlaceKind::FilmingLocation);
        assert_eq!(kind("Filming will take place in Bergen this winter.", "Bergen"), PlaceKind::FilmingLocation);
        assert_eq!(kind("Production is taking place in Tromso.", "Tromso"), PlaceKind::FilmingLocation);
        assert_eq!(kind("A screening of the production took place in Toronto.", "Toronto"), PlaceKind::EventVenue);
        assert_eq!(kind("The fatal shooting took place near Taos on a ranch.", "Taos"), PlaceKind::EventVenue);
        assert_eq!(
            kind("The director said reshoots took place in Los Angeles.", "Los Angeles"),
            PlaceKind::FilmingLocation
        );
        assert_eq!(kind("The western halted production in Durango.", "Durango"), PlaceKind::FilmingLocation);
        assert_eq!(kind("The crew built a new set in Utah.", "Utah"), PlaceKind::FilmingLocation);
        assert_eq!(kind("An accident on the Georgia set halted work.", "Georgia"), PlaceKind::FilmingLocation);
        assert_eq!(kind("It premiered at the festival in Venice.", "Venice"), PlaceKind::EventVenue);
        assert_eq!(kind("The Texas heat is a character of its own.", "Texas"), PlaceKind::Mentioned);
        assert_eq!(kind("She was fatally shot in Nevada.", "Nevada"), PlaceKind::Mentioned);
        assert_eq!(kind("It premiered at a festival and opens in Canada on Friday.", "Canada"), PlaceKind::Mentioned);
        let scenes = "The barn scenes we did at the old mill in Bexley.";
        assert_eq!(kind(scenes, "Bexley"), PlaceKind::FilmingLocation);
        assert_eq!(kind("We did interviews at the library in Bexley.", "Bexley"), PlaceKind::Mentioned);
        assert_eq!(kind("Fourteen productions filmed in Bexley last year.", "Bexley"), PlaceKind::Mentioned);
        assert_eq!(kind("The production filmed in Bexley last year.", "Bexley"), PlaceKind::FilmingLocation);
        let court = "TUCSON, Ariz. (AP) — A judge on Monday dismissed the charge.";
        assert_eq!(kind(court, "TUCSON"), PlaceKind::EventVenue);
        let deal = "TUCSON, Ariz. (AP) — Harbor Films has acquired the western.";
        assert_eq!(kind(deal, "TUCSON"), PlaceKind::Mentioned);
        let inside = "A judge in Tucson dismissed the charge — the second this year.";
        assert_ne!(kind(inside, "Tucson"), PlaceKind::EventVenue);
        let venue = "Crowds filled the Palace Theater on Friday for the world premiere.";
        assert_eq!(kind(venue, "Palace Theater"), PlaceKind::EventVenue);
        let not_venue = "Crowds filled the Palace Theater on Friday, for the premiere was sold out.";
        assert_eq!(kind(not_venue, "Palace Theater"), PlaceKind::Mentioned);
        assert_eq!(kind("Ana Ruiz lives in Bexley for the schools.", "Bexley"), PlaceKind::Mentioned);
    }

    #[test]
    fn named_sites_end_with_a_site_word() {
        let lex = Lexicon::default();
        let site_of = |text: &str, name: &str| {
            let (unit, _) = unit_with_people(text, &[]);
            let runs = crate::entities::names::runs(&unit);
            runs.iter().find(|r| unit.slice(r.lo, r.hi) == name).is_some_and(|r| site(&unit, *r, &lex))
        };
        assert!(site_of("We moved the unit up to Engineer Pass for the night.", "Engineer Pass"));
        assert!(site_of("He was flown to Mercy Regional Medical Center in Durango.", "Mercy Regional Medical Center"));
        assert!(!site_of("We met Ann Lee for the night.", "Ann Lee"));
        assert!(site_of("Production moved to the Harlan Film Ranch in May.", "Harlan Film Ranch"));
        assert!(site_of("They rode out to Big Sky Movie Ranch.", "Big Sky Movie Ranch"));
        assert!(!site_of("She won at the Film Ranch gala.", "Film Ranch"));
    }

    #[test]
    fn gazetteer_and_cue_places() {
        let (unit, _) = unit_with_people("Filming began in Port Ellis, Maine, near the American West of old.", &[]);
        let lex = Lexicon::default();
        let runs = crate::entities::names::runs(&unit);
        let names: Vec<&str> = runs.iter().map(|r| unit.slice(r.lo, r.hi)).collect();
        assert_eq!(names, ["Filming", "Port Ellis", "Maine", "American West"]);
        assert!(cue_place(&unit, runs[1], Some(runs[2]), &lex));
        assert_eq!(gazetteer_place(&unit, runs[2]).as_deref(), Some("Maine"));
        assert_eq!(gazetteer_place(&unit, runs[3]).as_deref(), Some("American West"));
        let (unit, _) = unit_with_people("The film is set in 1911 Sonora, far from here.", &[]);
        let runs = crate::entities::names::runs(&unit);
        let sonora = *runs.iter().find(|r| unit.slice(r.lo, r.hi) == "Sonora").unwrap();
        assert!(cue_place(&unit, sonora, None, &lex));
        assert_eq!(use_of(&unit, sonora.lo, sonora.hi), PlaceKind::StorySetting);
        let (unit, _) = unit_with_people("The film was shot over 40 days on the island of Lofoten.", &[]);
        let runs = crate::entities::names::runs(&unit);
        let lofoten = *runs.iter().find(|r| unit.slice(r.lo, r.hi) == "Lofoten").unwrap();
        assert!(cue_place(&unit, lofoten, None, &lex));
        assert_eq!(use_of(&unit, lofoten.lo, lofoten.hi), PlaceKind::FilmingLocation);
        let (unit, _) = unit_with_people("The story takes place in a Texas Panhandle town in 1957.", &[]);
        let runs = crate::entities::names::runs(&unit);
        let region = *runs.iter().find(|r| unit.slice(r.lo, r.hi) == "Texas Panhandle").unwrap();
        assert_eq!(gazetteer_place(&unit, region).as_deref(), Some("Texas Panhandle"));
        assert_eq!(use_of(&unit, region.lo, region.hi), PlaceKind::StorySetting);
        assert_eq!(kind("I moved the story to the Texas Panhandle and to 1957.", "Texas"), PlaceKind::StorySetting);
        assert_ne!(kind("He moved the story meeting to Boston.", "Boston"), PlaceKind::StorySetting);
        let (unit, _) = unit_with_people("He ate at the Panhandle Diner.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert!(runs.iter().all(|r| gazetteer_place(&unit, *r).is_none()));
        let (unit, _) = unit_with_people("A U.S. Marshal rode in.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert_eq!(gazetteer_place(&unit, runs[0]), None);
        let country = |text: &str| {
            let (unit, _) = unit_with_people(text, &[]);
            let runs = crate::entities::names::runs(&unit);
            runs.into_iter()
                .flat_map(|r| crate::entities::names::split_run(&unit, r))
                .find_map(|r| gazetteer_place(&unit, r))
        };
        assert_eq!(country("Lark acquired U.S. distribution rights."), None);
        assert_eq!(country("It plans a U.K. release in May."), None);
        assert_eq!(country("It opened in the U.S. last year.").as_deref(), Some("United States"));
        assert_eq!(country("It opened in the U.S. and Canada.").as_deref(), Some("United States"));
        assert_eq!(country("Country: U.S. | Language: English").as_deref(), Some("United States"));
        let (unit, _) = unit_with_people("SANTA FE, N.M. (AP) — A judge ruled in the AP case.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert_eq!(dateline_town(&unit, runs[0], runs.get(1).copied()).as_deref(), Some("Santa Fe"));
        let ap = runs.iter().position(|r| unit.slice(r.lo, r.hi) == "AP").unwrap();
        assert_eq!(dateline_town(&unit, runs[ap], runs.get(ap + 1).copied()), None);
        let (unit, _) = unit_with_people("LONDON (Wire) — A premiere.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert_eq!(dateline_town(&unit, runs[0], None).as_deref(), Some("London"));
        let (unit, _) = unit_with_people("BREAKING (Wire) — A premiere.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert_eq!(dateline_town(&unit, runs[0], None), None);
        let (unit, _) = unit_with_people("BEXLEY FALLS — Five days into the festival, a premiere.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert_eq!(dateline_town(&unit, runs[0], None).as_deref(), Some("Bexley Falls"));
        assert_eq!(use_of(&unit, runs[0].lo, runs[0].hi), PlaceKind::EventVenue);
        let (unit, _) = unit_with_people("EXCLUSIVE — Lark Films has bought the drama.", &[]);
        let runs = crate::entities::names::runs(&unit);
        assert_eq!(dateline_town(&unit, runs[0], None), None);
        // "in and around Bexley" cues the place as "in Bexley" does; "around Ana" in a list no place.
        let (unit, _) = unit_with_people("The drama was shot in and around Bexley last fall.", &[]);
        let runs = crate::entities::names::runs(&unit);
        let bexley = *runs.iter().find(|r| unit.slice(r.lo, r.hi) == "Bexley").unwrap();
        assert!(cue_place(&unit, bexley, None, &lex));
        assert_eq!(use_of(&unit, bexley.lo, bexley.hi), PlaceKind::FilmingLocation);
        let (unit, _) = unit_with_people("The talk revolved around Bexley Hale and her mother.", &[]);
        let runs = crate::entities::names::runs(&unit);
        let name = *runs.iter().find(|r| unit.slice(r.lo, r.hi) == "Bexley Hale").unwrap();
        assert!(!cue_place(&unit, name, None, &lex));
    }
}
