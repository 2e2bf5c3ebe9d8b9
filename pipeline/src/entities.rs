//! Stage 3 and 5: people with roles, organisations and places, merged across documents.
//!
//! Only Title, Heading and Sentence segments are read; residue never is. Sentence segments are
//! cut into sentence units ([`names`]). In prose, capitalised runs are read as organisations
//! ([`organisations`]), places ([`places`]) or personal names ([`people`]); single name words
//! become aliases of the unique full name they belong to; a name that only its context makes a
//! firm ("repped by X") is one unless it is a person's elsewhere. In titles and headings, where
//! capitals carry no signal, only names already known from prose are recognised, and the actor
//! opening a cast-list line ("A as B"). Roles come
//! from the sentence shapes in [`roles`]. Names that the text shows to be characters ("Y (X)",
//! "X plays Y") are removed from people by a second pass. Everything is merged by normalised
//! name in [`merge`] (one person written two ways folded into the other, as an alias), and
//! each list is sorted by first appearance.
//!
//! The modules import one way: [`names`] (units, tokens, runs) ← [`people`] ← [`places`] and
//! [`roles`]; [`organisations`] and [`works`] (what is told of another work, also read by the
//! event frames) read [`names`]; the rule tables ([`gazetteer`],
//! [`vocabulary`], and the abbreviations of [`crate::segment`]) import no rule code.

mod gazetteer;
mod merge;
mod names;
mod organisations;
mod people;
mod places;
mod roles;
mod vocabulary;
pub(crate) mod works;

pub(crate) use merge::unique_slug;
pub(crate) use names::{folded, quoted_titles};

/// True when `name` is a news outlet the gazetteer knows ("Variety").
pub(crate) fn is_known_outlet(name: &str) -> bool {
    gazetteer::OUTLETS.contains(&name)
}

/// True when `name` is a state, country or city the gazetteer knows.
pub(crate) fn is_known_place(name: &str) -> bool {
    gazetteer::is_place(name)
}

use std::collections::{BTreeMap, HashSet};

use knowledge::{Document, Evidence, OrgKind};

use crate::Entities;
use names::{Lexicon, Run, Unit, normalise};
use organisations::OrgHit;
use people::{NameShape, Registry};
use roles::{OrgRef, PersonRef};

/// Extracts and merges the entities of every document.
pub fn extract(documents: &[Document]) -> Entities {
    let units = names::units(documents);
    let lex = Lexicon::new(documents, &units);
    let first = analyse(documents, &units, &lex, &HashSet::new());
    if first.characters.is_empty() {
        return first.entities;
    }
    let mut characters = first.characters;
    // "Nina Vos is superb as Maren": "Maren Holt", the plot's name that no one is credited
    // with, is that character too; so are "Silas Drake" beside the part "Drake" and "Walter
    // Quell", of the family of the character "Mara Quell".
    let credited = |p: &&knowledge::Person| {
        p.roles.iter().any(|r| matches!(r.kind, knowledge::RoleKind::Cast | knowledge::RoleKind::Crew(_)))
    };
    let surnames: HashSet<String> =
        characters.iter().filter(|c| c.contains(' ')).filter_map(|c| c.rsplit(' ').next().map(str::to_owned)).collect();
    for p in first.entities.people.iter().filter(|p| !credited(p)) {
        let name = normalise(&p.name);
        let (Some(given), Some(last)) = (name.split(' ').next(), name.rsplit(' ').next()) else { continue };
        // "Senator Tom Vale" in a biopic: the real Tom Vale is no family of his part.
        let titled = characters.iter().any(|c| c.strip_suffix(name.as_str()).is_some_and(|t| t.ends_with(' ')));
        if name.contains(' ')
            && !titled
            && (characters.contains(given) || characters.contains(last) || surnames.contains(last))
        {
            characters.insert(name);
        }
    }
    analyse(documents, &units, &lex, &characters).entities
}

/// What a stretch of a prose unit was read as.
#[derive(Clone, Debug)]
enum Item {
    /// A full personal name, tokens `lo..hi`.
    Person(usize, usize),
    /// A single name word or acronym (a possible alias).
    Single(usize),
    /// A single capitalised word read as nothing else: at most an organisation's short form.
    Word(usize),
    /// An organisation name.
    Org(OrgHit),
    /// A name that its context alone makes a firm ("repped by Stanhope Lusk", "the website
    /// Ripe Quince"): an organisation unless the same name is read as a person elsewhere.
    Firm(OrgHit),
    /// A place, tokens `lo..hi`, with its canonical name.
    Place(usize, usize, String),
    /// A name its context makes a thing ("the band Velvet Crane", "X, the steakhouse"): no
    /// person wherever else it is written.
    Thing(usize, usize),
}

struct Analysis {
    entities: Entities,
    characters: HashSet<String>,
}

/// Reads the capitalised runs of a prose unit.
fn classify(unit: &Unit, lex: &Lexicon) -> Vec<Item> {
    let mut items = Vec::new();
    let mut subs: Vec<Run> = Vec::new();
    let mut titled: Vec<Run> = Vec::new();
    for run in join_listed_heads(unit, names::runs(unit), lex) {
        let hits = organisations::in_run(unit, run, lex);
        // Parts of "Killers of the Flower Moon" may be places or organisations, never people;
        // "Kari Nygaard of Fjord Films" and "Ann Lee of the University of Texas" are people of
        // an organisation, not titles: joiners inside an organisation name, or leading into one
        // that ends the run, do not count.
        let of_org = |i: usize| {
            hits.iter().any(|h| {
                (h.lo < i && i < h.hi)
                    || (h.hi == run.hi
                        && ((unit.is(i, &["of"]) && (h.lo == i + 1 || (h.lo == i + 2 && unit.is(i + 1, &["the"]))))
                            || (unit.is(i, &["the"]) && h.lo == i + 1 && unit.is(i.wrapping_sub(1), &["of"]))))
            })
        };
        // "Ann Lee of Local 417": "of" before an organisation's one closing word and its number.
        let of_numbered = |i: usize| {
            unit.is(i, &["of"])
                && i + 2 == run.hi
                && gazetteer::org_suffix(&unit.toks[i + 1].lower).is_some()
                && unit.toks.get(run.hi).is_some_and(|t| t.lower.bytes().all(|b| b.is_ascii_digit()))
        };
        let of_the = (run.lo..run.hi)
            .any(|i| unit.lower_word(i) && unit.is(i, &["of", "the", "for"]) && !of_org(i) && !of_numbered(i));
        // "Luke Nikas and Alex Spiro of Quinn Emanuel": full names before "of" and a firm's
        // capitalised name are people of it, not a title's words.
        let of_firm = (run.lo..run.hi).find(|&i| unit.lower_word(i) && unit.is(i, &["of"]) && unit.cap(i + 1));
        let person_of_firm = |part: Run| {
            of_firm.is_some_and(|o| part.hi <= o)
                && (2..=3).contains(&(part.hi - part.lo))
                && (part.lo..part.hi).all(|i| people::valid_name_token(unit, i) && !lex.common(&unit.toks[i].lower))
        };
        for part in names::split_run(unit, run) {
            if of_the && !person_of_firm(part) {
                titled.push(part);
            }
            // Subtract the organisation names from the part.
            let mut lo = part.lo;
            for h in hits.iter().filter(|h| h.lo < part.hi && h.hi > part.lo) {
                if lo < h.lo {
                    subs.push(Run { lo, hi: h.lo });
                }
                lo = lo.max(h.hi);
            }
            if lo < part.hi {
                subs.push(Run { lo, hi: part.hi });
            }
        }
        // A work's title that reads like a company ("Lantern Films") names the work.
        items.extend(
            hits.into_iter().filter(|h| !lex.titles.contains(&normalise(unit.slice(h.lo, h.hi)))).map(Item::Org),
        );
    }
    for (k, &sub) in subs.iter().enumerate() {
        // "Downtown Bexley doubled for …", "Streamer Vesta bought it": the part of town or the
        // firm's role opening the sentence is no part of the name.
        let lead = unit.is(sub.lo, gazetteer::TOWN_PARTS) || unit.is(sub.lo, gazetteer::ROLE_LEADS);
        let sub = if sub.hi - sub.lo >= 2 && unit.toks[sub.lo].initial && lead {
            Run { lo: sub.lo + 1, hi: sub.hi }
        } else {
            sub
        };
        if (sub.lo..sub.hi).all(|i| lex.in_title(unit, i)) {
            continue;
        }
        // The production's title written without quotes is never a name ("Dust Road opens").
        if lex.titles.contains(&normalise(unit.slice(sub.lo, sub.hi))) {
            continue;
        }
        // "Taos, N.M.": the state qualifies the town before it; "212 Elm Street" is an address.
        if places::state_of_town(unit, sub) || places::address(unit, sub, lex) {
            continue;
        }
        // "the Halcyon festival": a festival, never a place.
        if organisations::festival_by_word(unit, sub) {
            items.push(Item::Org(OrgHit { lo: sub.lo, hi: sub.hi, known: Some(OrgKind::Festival), suffix: None }));
            continue;
        }
        let gazetteer = places::shared_head_name(unit, sub)
            .or_else(|| places::gazetteer_place(unit, sub))
            .or_else(|| places::compound_place(unit, sub));
        if let Some(name) = gazetteer.or_else(|| places::dateline_town(unit, sub, subs.get(k + 1).copied())) {
            items.push(Item::Place(sub.lo, sub.hi, name));
        } else if places::site(unit, sub, lex)
            || places::street(unit, sub, lex)
            || (places::cue_place(unit, sub, subs.get(k + 1).copied(), lex)
                && organisations::source_context(unit, sub.lo, sub.hi).is_none())
        {
            items.push(Item::Place(sub.lo, sub.hi, places::written_name(unit, sub)));
        } else {
            let shape = if titled.contains(&sub) { None } else { people::shape(unit, sub, lex) };
            let org = |sources: bool| OrgHit {
                lo: sub.lo,
                hi: sub.hi,
                known: sources.then_some(OrgKind::Outlet),
                suffix: None,
            };
            match shape {
                // "her production company, Fruit Tree"
                Some(_) if organisations::introduced_as_company(unit, sub.lo) => items.push(Item::Org(org(false))),
                // "repped by Stanhope Lusk", "the website Ripe Quince", "Vexfilm Canada provided
                // financing": a firm, however it reads.
                Some(NameShape::Full(..))
                    if organisations::represents(unit, sub.lo)
                        || organisations::introduced_as_service(unit, sub.lo)
                        || organisations::subscribed(unit, sub.lo)
                        || (gazetteer::COUNTRIES.contains(&unit.word(sub.hi - 1))
                            && organisations::by_context(unit, sub.lo, sub.hi, false)) =>
                {
                    items.push(Item::Firm(org(false)))
                }
                Some(NameShape::Full(lo, hi)) => items.push(Item::Person(lo, hi)),
                Some(NameShape::Single(i)) => items.push(Item::Single(i)),
                None if sub.hi - sub.lo == 1 && is_acronym(unit.word(sub.lo)) => items.push(Item::Single(sub.lo)),
                // "Film Constellation is handling international sales", "told Good Morning America".
                None if organisations::by_context(unit, sub.lo, sub.hi, true)
                    && !(sub.lo..sub.hi).any(|i| lex.in_title(unit, i)) =>
                {
                    let sources = organisations::source_context(unit, sub.lo, sub.hi).is_some();
                    items.push(Item::Org(org(sources)));
                }
                // "screens at Foocam": a lone word read as nothing else may still shorten a
                // known organisation's name (resolved once every name is known).
                None if sub.hi - sub.lo == 1 && unit.toks[sub.lo].word && !unit.toks[sub.lo].initial => {
                    items.push(Item::Word(sub.lo))
                }
                None if people::thing_cue(unit, sub.lo, sub.hi) => items.push(Item::Thing(sub.lo, sub.hi)),
                None => {}
            }
        }
    }
    items.sort_by_key(|it| match it {
        Item::Person(lo, _) | Item::Single(lo) | Item::Word(lo) | Item::Place(lo, _, _) | Item::Thing(lo, _) => *lo,
        Item::Org(h) | Item::Firm(h) => h.lo,
    });
    items
}

/// The runs of a unit with a "Head of A, B and C" name joined into one run ("Department of
/// Tourism, Culture, Arts and Recreation"): after a run holding a head word and "of", runs set
/// off by commas join it when the last holds "and" and none reads as a personal name.
fn join_listed_heads(unit: &Unit, runs: Vec<Run>, lex: &Lexicon) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let mut i = 0;
    while i < runs.len() {
        let run = runs[i];
        let headed =
            (run.lo..run.hi).any(|k| gazetteer::org_head(&unit.toks[k].lower).is_some() && unit.is(k + 1, &["of"]));
        let mut j = i + 1;
        let mut joined = None;
        while headed && j < runs.len() && runs[j].lo == runs[j - 1].hi + 1 && unit.is(runs[j - 1].hi, &[","]) {
            let part = runs[j];
            let named = names::split_run(unit, part)
                .into_iter()
                .any(|p| matches!(people::shape(unit, p, lex), Some(NameShape::Full(..))));
            if named || part.hi - part.lo > 4 {
                break;
            }
            if (part.lo..part.hi).any(|k| unit.is(k, &["and"])) {
                joined = Some(j);
                break;
            }
            j += 1;
        }
        match joined {
            Some(last) => {
                out.push(Run { lo: run.lo, hi: runs[last].hi });
                i = last + 1;
            }
            None => {
                out.push(run);
                i += 1;
            }
        }
    }
    out
}

/// The actor opening a title-case cast-list line ("Greta Holm-Bay as Maude Pike"): a name
/// before "as" and a capitalised part is a person even where capitals carry no signal.
fn cast_line_actor(unit: &Unit, lex: &Lexicon) -> Vec<Item> {
    let Some(first) = names::runs(unit).into_iter().next().filter(|r| r.lo == 0) else { return Vec::new() };
    // "Indie Darling Heads North As Crews Prep" is a headline: a cast line's "as" is lower case.
    if !unit.is(first.hi, &["as"])
        || !unit.lower_word(first.hi)
        || !unit.cap(first.hi + 1)
        || unit.toks[first.hi - 1].possessive
    {
        return Vec::new();
    }
    match people::shape(unit, first, lex) {
        Some(NameShape::Full(0, hi)) if hi == first.hi => vec![Item::Person(0, hi)],
        _ => Vec::new(),
    }
}

fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.chars().count()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Known organisations: merge key → display name, and acronyms standing for one of them.
#[derive(Default)]
struct OrgTable {
    names: BTreeMap<String, String>,
    /// Acronym key → key of the organisation it abbreviates.
    acronyms: BTreeMap<String, String>,
    /// Short-form key ("foocam", "energafoocam") → key of the organisation it stands for.
    short: BTreeMap<String, String>,
}

impl OrgTable {
    /// The key of the one organisation whose name `word` shortens ("Foocam"), if exactly one.
    fn shortened(&self, word: &str) -> Option<String> {
        let mut targets = self.names.iter().filter(|(_, n)| organisations::is_short_form(word, n));
        match (targets.next(), targets.next()) {
            (Some((key, _)), None) => Some(key.clone()),
            _ => None,
        }
    }

    /// The key of the one organisation whose name is `name` followed by organisation words
    /// only ("Gila Flats" for "Gila Flats Productions", "Cedar Lake" for "Cedar Lake
    /// International Film Festival"), if exactly one; a firm named after its founder ("Ann Lee
    /// Management") leaves the founder's name to the person.
    fn extended(&self, name: &str) -> Option<String> {
        let prefix = format!("{} ", normalise(name));
        let mut targets = self.names.iter().filter(|(_, n)| {
            normalise(n).strip_prefix(&prefix).is_some_and(|rest| {
                rest.split(' ').all(|w| {
                    gazetteer::org_suffix(w).is_some()
                        || gazetteer::contains(gazetteer::LEGAL_FORMS, w)
                        || gazetteer::contains(gazetteer::CLOSING_ORG_WORDS, w)
                }) && !rest.split(' ').any(|w| gazetteer::contains(gazetteer::FOUNDER_SUFFIXES, w))
            })
        });
        match (targets.next(), targets.next()) {
            (Some((key, _)), None) => Some(key.clone()),
            _ => None,
        }
    }

    /// The key of the one organisation whose name is a known place followed by `name`
    /// ("Ohio Department of Health" for "Department of Health"), if exactly one.
    fn qualified(&self, name: &str) -> Option<String> {
        let suffix = format!(" {}", normalise(name));
        let mut targets = self.names.iter().filter(|(_, n)| {
            normalise(n).strip_suffix(&suffix).is_some_and(|place| {
                let written = &n[..place.len()];
                is_known_place(written) || gazetteer::is_place(written)
            })
        });
        match (targets.next(), targets.next()) {
            (Some((key, _)), None) => Some(key.clone()),
            _ => None,
        }
    }

    fn resolve(&self, key: &str) -> Option<(String, String)> {
        let key = self.acronyms.get(key).or_else(|| self.short.get(key)).map_or(key, String::as_str);
        self.names.get(key).map(|n| (key.to_owned(), n.clone()))
    }
}

/// A resolved mention inside a unit.
enum Target {
    Person(String),
    Org { key: String, known: Option<OrgKind>, suffix: Option<OrgKind> },
    Place(String, String),
}

struct Mention {
    lo: usize,
    hi: usize,
    target: Target,
}

fn analyse(documents: &[Document], units: &[Unit], lex: &Lexicon, excluded: &HashSet<String>) -> Analysis {
    let items: Vec<Vec<Item>> = units
        .iter()
        .map(|u| {
            if !u.heading {
                return classify(u, lex);
            }
            // "Distributor: Northwick Releasing": a credit line's label makes its names firms.
            let mut found = cast_line_actor(u, lex);
            found.extend(
                organisations::labelled(u)
                    .into_iter()
                    .map(|(r, kind)| Item::Org(OrgHit { lo: r.lo, hi: r.hi, known: Some(kind), suffix: None })),
            );
            found
        })
        .collect();

    // The normalised names of the items `span` picks, over the whole corpus.
    let names = |span: fn(&Item) -> Option<(usize, usize)>| -> HashSet<String> {
        units
            .iter()
            .zip(&items)
            .flat_map(|(unit, its)| {
                its.iter().filter_map(move |it| span(it).map(|(lo, hi)| normalise(unit.slice(lo, hi))))
            })
            .collect()
    };
    // Names read as people somewhere: a firm by context alone is not one of them.
    let person_names = names(|it| match *it {
        Item::Person(lo, hi) => Some((lo, hi)),
        _ => None,
    });
    // A masthead in capitals opening a document ("REEL TALK") names the outlet, however its
    // name reads ("… reviews films for Reel Talk").
    let mastheads: HashSet<String> = units
        .iter()
        .enumerate()
        .filter(|&(k, u)| k == 0 || units[k - 1].doc != u.doc)
        .map(|(_, u)| u.text[u.span.start as usize..u.span.end as usize].trim())
        .filter(|line| line.split_whitespace().count() <= 5 && !line.chars().any(char::is_lowercase))
        .map(normalise)
        .collect();
    // Names of things somewhere ("the band Velvet Crane"): no person elsewhere either.
    let thing_names = names(|it| match *it {
        Item::Thing(lo, hi) => Some((lo, hi)),
        _ => None,
    });
    // Organisations and places first: a name that is one of them is not a person.
    let mut orgs = OrgTable::default();
    let mut place_keys: BTreeMap<String, String> = BTreeMap::new();
    let mut acronyms: Vec<(String, bool)> = Vec::new();
    for (unit, its) in units.iter().zip(&items) {
        for it in its {
            match it {
                Item::Firm(h) if person_names.contains(&normalise(unit.slice(h.lo, h.hi))) => {}
                Item::Org(h) | Item::Firm(h) => {
                    let name = unit.slice(h.lo, h.hi);
                    let name = name.strip_prefix("The ").unwrap_or(name);
                    // "Coldwater Pictures" rather than "Coldwater Pictures LLC".
                    let shown = orgs.names.entry(organisations::key(name)).or_insert_with(|| name.to_owned());
                    if name.len() < shown.len() {
                        name.clone_into(shown);
                    }
                }
                Item::Place(_, _, name) => {
                    place_keys.entry(normalise(name)).or_insert_with(|| name.clone());
                }
                Item::Single(i) if is_acronym(unit.word(*i)) => {
                    let sourced = organisations::source_context(unit, *i, i + 1).is_some();
                    acronyms.push((unit.word(*i).to_owned(), sourced));
                }
                _ => {}
            }
        }
    }
    // "ADOSH" for the one organisation it spells; an acronym quoted as a source is one itself.
    for (acronym, sourced) in acronyms {
        let key = organisations::key(&acronym);
        let targets: Vec<&String> =
            orgs.names.iter().filter(|(_, n)| organisations::is_acronym_of(&acronym, n)).map(|(k, _)| k).collect();
        match targets.as_slice() {
            [one] => {
                let one = (*one).clone();
                orgs.acronyms.insert(key, one);
            }
            _ if sourced => {
                orgs.names.entry(key).or_insert(acronym);
            }
            _ => {}
        }
    }
    // "Detective Mae Lin" is a character here, though "Mae Lin" elsewhere may be a person.
    let titled = |unit: &Unit, lo: usize, hi: usize| {
        (1..=3).any(|d| lo >= d && excluded.contains(&normalise(unit.slice(lo - d, hi))))
    };
    // Bare names of titled characters: quoted speech naming one ("“Mae Lin is lost,” the director
    // said") speaks of the character.
    let titled_names: HashSet<String> = units
        .iter()
        .zip(&items)
        .flat_map(|(unit, its)| {
            its.iter().filter_map(move |it| match it {
                Item::Person(lo, hi) if titled(unit, *lo, *hi) => Some(normalise(unit.slice(*lo, *hi))),
                _ => None,
            })
        })
        .collect();
    let full_names: Vec<&str> = units
        .iter()
        .zip(&items)
        .flat_map(|(unit, its)| {
            its.iter().filter_map(|it| match it {
                Item::Person(lo, hi) if titled(unit, *lo, *hi) => None,
                Item::Person(lo, hi)
                    if unit.in_speech(*lo) && titled_names.contains(&normalise(unit.slice(*lo, *hi))) =>
                {
                    None
                }
                Item::Person(lo, hi) => Some(unit.slice(*lo, *hi)),
                _ => None,
            })
        })
        .filter(|name| {
            let key = normalise(name);
            !excluded.contains(&key)
                && !thing_names.contains(&key)
                && !mastheads.contains(&key)
                && !place_keys.contains_key(&key)
                && !orgs.names.contains_key(&organisations::key(name))
                && orgs.extended(name).is_none()
        })
        .collect();
    let registry = Registry::new(full_names);
    // "the Department of Health" after "the Ohio Department of Health": the same office.
    let unqualified: Vec<(String, String)> = orgs
        .names
        .iter()
        .filter(|(_, n)| n.contains(' '))
        .filter_map(|(k, n)| orgs.qualified(n).map(|one| (k.clone(), one)))
        .collect();
    for (key, one) in unqualified {
        orgs.names.remove(&key);
        orgs.short.insert(key, one);
    }
    // "Foocam", "EnergaFOOCAM": one word standing for the one organisation it shortens.
    let single: Vec<(String, String)> =
        orgs.names.iter().filter(|(_, n)| !n.contains(' ')).map(|(k, n)| (k.clone(), n.clone())).collect();
    for (key, word) in single {
        if let Some(one) = orgs.shortened(&word) {
            orgs.names.remove(&key);
            orgs.short.insert(key, one);
        }
    }
    for (unit, its) in units.iter().zip(&items) {
        for it in its {
            if let Item::Single(i) | Item::Word(i) = it {
                let word = unit.word(*i);
                let key = organisations::key(word);
                if registry.alias(word).is_some()
                    || orgs.names.contains_key(&key)
                    || is_known_place(word)
                    || place_keys.contains_key(&normalise(word))
                    || lex.common(&unit.toks[*i].lower)
                {
                    continue;
                }
                if let Some(one) = orgs.shortened(word) {
                    orgs.short.insert(key, one);
                }
            }
        }
    }
    // "financed by Neon": a single word with an organisation cue, unless it stands for a person.
    for (unit, its) in units.iter().zip(&items) {
        for it in its {
            if let Item::Single(i) = it {
                let word = unit.word(*i);
                if registry.alias(word).is_none()
                    && !lex.common(&unit.toks[*i].lower)
                    && organisations::by_context(unit, *i, i + 1, false)
                {
                    orgs.names.entry(organisations::key(word)).or_insert_with(|| word.to_owned());
                }
            }
        }
    }

    let mut merger = merge::Merger::default();
    let mut characters = HashSet::new();
    // People credited by a rule other than "Y (X)", and every "Y (X)" read as Y played by X.
    let mut credited: HashSet<String> = HashSet::new();
    let mut paren_parts: Vec<(String, String)> = Vec::new();
    // (predecessor, successor, sentence): roles handed over, applied once every role is known.
    let mut successions: Vec<(String, String, Evidence)> = Vec::new();
    // Roles read from a possessive ("X's “Title”", "X's costumes"), kept for people no sentence
    // casts.
    let mut makers: Vec<(roles::RoleFact, Evidence)> = Vec::new();
    let mut antecedent: Option<(u16, String)> = None;
    let own = works::OwnTitles::of(documents);
    let parts = works::other_work_parts(documents, &own);
    for (unit, its) in units.iter().zip(&items) {
        // "Friday, Oct. 3 · 20:00 · Grand Hall, Bexley": the screening's venue, and its town.
        let venue = unit.heading.then(|| places::schedule_venue(unit)).flatten();
        let mentions = if unit.heading {
            let mut found = heading_mentions(unit, lex, &registry, &orgs, &place_keys);
            if let Some(v) = venue.filter(|v| found.iter().all(|m| m.hi <= v.lo || v.hi <= m.lo)) {
                let name = unit.slice(v.lo, v.hi).to_owned();
                found.push(Mention { lo: v.lo, hi: v.hi, target: Target::Place(normalise(&name), name) });
            }
            found
        } else {
            prose_mentions(unit, its, lex, &registry, &orgs)
        };
        let sentence = Evidence { doc: unit.doc, span: unit.span, curated: false };
        let other_set = lex.other_set(unit);
        // Token ranges that tell of another work: its title's clause, its block of a listing or
        // its item of a roundup.
        let start = unit.span.start as usize;
        let mut elsewhere: Vec<(usize, usize)> = unit
            .text
            .get(start..unit.span.end as usize)
            .map(|sentence| works::other_work_spans(sentence, &own))
            .unwrap_or_default()
            .into_iter()
            .map(|(s, e)| (start + s, start + e))
            .collect();
        elsewhere.extend(parts[usize::from(unit.doc)].iter().copied());
        let other_work = |lo: usize| elsewhere.iter().any(|&(s, e)| (s..e).contains(&unit.toks[lo].start));
        let mut people_refs = Vec::new();
        let mut org_refs = Vec::new();
        for (mi, m) in mentions.iter().enumerate() {
            let ev = Evidence { doc: unit.doc, span: unit.span_of(m.lo, m.hi), curated: false };
            let written = unit.slice(m.lo, m.hi);
            match &m.target {
                Target::Person(key) => {
                    let author = documents[usize::from(unit.doc)].author.as_deref();
                    // A surname alone ("Steen reaches for the mythic") only echoes the full
                    // name: it does not make someone named with another work this one's.
                    let echo = m.hi - m.lo == 1 && registry.names[key].contains(' ');
                    let own = !echo
                        && !lex.of_other_work(unit, m.hi)
                        && !lex.maker_of_works(unit, m.lo)
                        && !is_author(author, &registry.names[key]);
                    merger.person(key, &registry.names[key], written, ev, own);
                    people_refs.push(PersonRef {
                        lo: m.lo,
                        hi: m.hi,
                        key: key.clone(),
                        possessive: unit.toks[m.hi - 1].possessive,
                    });
                }
                Target::Org { key, known, suffix } => {
                    let name = &orgs.names[key];
                    org_refs.push(OrgRef { lo: m.lo, hi: m.hi, name: name.clone() });
                    let written = written.strip_prefix("The ").unwrap_or(written);
                    merger.org(key, name, written, *known, *suffix, ev);
                    let limit = mentions[mi + 1..]
                        .iter()
                        .find(|n| matches!(n.target, Target::Org { .. }))
                        .map_or(unit.toks.len(), |n| n.lo);
                    let platform = *known == Some(OrgKind::Platform);
                    let festival = name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| gazetteer::contains(gazetteer::FESTIVAL_WORDS, last));
                    for (label, kind) in organisations::relations(unit, m.lo, m.hi, limit, platform, festival) {
                        merger.org_relation(key, &label, kind, sentence);
                    }
                    // "the Santa Fe County Sheriff's Office": a public body's name places it.
                    let public = matches!(suffix.or(*known), Some(OrgKind::Office | OrgKind::Court));
                    if let Some(seat) = places::seat_of(name).filter(|s| public && written.starts_with(s.as_str())) {
                        merger.seat(&normalise(&seat), &seat, ev, sentence);
                    }
                    // "Interiors will be shot on Stage 2 at Prairie Studios": the studio is
                    // where the production films, so a place too.
                    if places::filmed_facility(unit, m.lo, m.hi) {
                        merger.place(
                            &normalise(name),
                            name,
                            written,
                            knowledge::PlaceKind::FilmingLocation,
                            ev,
                            sentence,
                        );
                    }
                }
                Target::Place(key, name) => {
                    // "held at the Vanderkelen": a venue's first word after "the" is the venue.
                    let (key, name) = match places::short_venue(unit, m.lo, m.hi, place_keys.values()) {
                        Some(venue) => (&normalise(venue), venue),
                        None => (key, name),
                    };
                    // "killed on the set of *Other Title* near Santa Fe": not this production's place.
                    let kind = if other_set.is_some_and(|k| k < m.lo) || other_work(m.lo) {
                        knowledge::PlaceKind::Mentioned
                    } else if venue.is_some_and(|v| m.lo >= v.lo) {
                        knowledge::PlaceKind::EventVenue
                    } else {
                        places::use_of(unit, m.lo, m.hi)
                    };
                    // "the Vermont-shot drama" is written "Vermont" as far as the place goes.
                    let written = if places::compound_place(unit, Run { lo: m.lo, hi: m.hi }).is_some() {
                        name.as_str()
                    } else {
                        written
                    };
                    merger.place(key, name, written, kind, ev, sentence);
                }
            }
        }
        let previous = antecedent.as_ref().filter(|(doc, _)| *doc == unit.doc).map(|(_, k)| k.as_str());
        // This production's title: "who directed “Other”" credits another work.
        let in_title = |i: usize| {
            if lex.in_title(unit, i) { !lex.in_other_title(unit, i) } else { lex.in_unquoted_title(unit, i) }
        };
        let mut found = roles::find(unit, &people_refs, &org_refs, previous, &in_title);
        characters.extend(found.characters.iter().map(|c| normalise(c)));
        for fact in &found.roles {
            let from_paren = found.paren_parts.iter().any(|(part, key)| {
                *key == fact.person && fact.character.as_ref().is_some_and(|c| normalise(&c.name) == normalise(part))
            });
            if !from_paren && matches!(fact.kind, knowledge::RoleKind::Cast | knowledge::RoleKind::Crew(_)) {
                credited.insert(fact.person.clone());
            }
        }
        paren_parts.append(&mut found.paren_parts);
        successions.extend(found.successions.drain(..).map(|(x, y)| (x, y, sentence)));
        found.roles.extend(known_part_in_parens(unit, &people_refs, excluded));
        found.roles.extend(possessed_part(unit, &people_refs, excluded));
        let own_work = |k: usize| lex.in_title(unit, k) && !lex.in_other_title(unit, k);
        makers.extend(maker_of_own_work(unit, &people_refs, &own_work).into_iter().map(|f| (f, sentence)));
        makers.extend(found.tentative.drain(..).map(|f| (f, sentence)));
        // "stuntman X, who was killed on the set of *Other Title*": a job on that production.
        // … and a person named in another work's clause or block holds no job on this one.
        let elsewhere = |person: &str| {
            people_refs.iter().any(|p| p.key == person && (other_set.is_some_and(|k| p.hi <= k) || other_work(p.lo)))
        };
        // "“Other Title” star X": the job written before the name is held on that other work.
        let other_credit = |fact: &roles::RoleFact| {
            people_refs.iter().any(|p| {
                p.key == fact.person
                    && roles::job_ending_at(unit, p.lo).is_some_and(|(start, jobs)| {
                        let before = (0..start).rev().find(|&k| unit.toks[k].word);
                        before.is_some_and(|k| k + 2 >= start && lex.in_other_title(unit, k))
                            && jobs.iter().any(|j| j.job == fact.job && j.kind == fact.kind)
                    })
            })
        };
        // "Greta Lee's directorial debut “Fairhaven”": the work the possessive names is another.
        let owns_other_work = |person: &str| {
            people_refs.iter().any(|p| {
                p.key == person
                    && p.possessive
                    && (p.hi..(p.hi + 4).min(unit.toks.len()))
                        .find(|&k| !unit.lower_word(k))
                        .map(|k| k + usize::from(!unit.toks[k].word))
                        .is_some_and(|k| k < unit.toks.len() && lex.in_other_title(unit, k))
            })
        };
        // "camera assistant X on “Other Title”": the job was held on that work.
        let bound_to_other_work = |person: &str| {
            people_refs.iter().any(|p| {
                let title = (p.hi + 1..(p.hi + 3).min(unit.toks.len())).find(|&k| unit.toks[k].word);
                p.key == person
                    && !p.possessive
                    && unit.is(p.hi, &["on", "in", "from"])
                    && title.is_some_and(|k| lex.in_other_title(unit, k))
            })
        };
        for fact in found.roles {
            if matches!(fact.kind, knowledge::RoleKind::Cast | knowledge::RoleKind::Crew(_))
                && (elsewhere(&fact.person)
                    || other_credit(&fact)
                    || owns_other_work(&fact.person)
                    || bound_to_other_work(&fact.person))
            {
                continue;
            }
            merger.role(fact, sentence);
        }
        // A sentence opening on another work's people ("Her credits include “Dust,” directed by
        // X") leaves the next one's "She" without a referent.
        if !unit.heading {
            antecedent = people_refs.first().filter(|p| !other_work(p.lo)).map(|p| (unit.doc, p.key.clone()));
        }
    }
    for (fact, ev) in makers {
        if !merger.is_cast(&fact.person) {
            merger.role(fact, ev);
        }
    }
    for (predecessor, successor, ev) in successions {
        merger.succeeded(&predecessor, &successor, ev.doc, ev);
    }
    publishers(documents, &orgs, &mut merger);
    // "Ann Lee (Hattie Voss)" where Ann Lee is credited elsewhere and Hattie Voss is not: the
    // actor comes first and the part is in parentheses.
    for (part, player) in paren_parts {
        let part = normalise(&part);
        if credited.contains(&part) && !credited.contains(&player) {
            characters.remove(&part);
            characters.insert(player);
        }
    }
    Analysis { entities: merger.finish(), characters }
}

/// "Tom Hale's Tobias is all menace": a person's possessive on a name the corpus shows to be a
/// character is the part the person plays.
fn possessed_part(unit: &Unit, people: &[PersonRef], characters: &HashSet<String>) -> Vec<roles::RoleFact> {
    people
        .iter()
        .filter(|p| p.possessive)
        .filter_map(|p| {
            let end =
                (p.hi..unit.toks.len()).find(|&k| !unit.cap(k) || unit.toks[k].possessive).unwrap_or(unit.toks.len());
            // A possessive closing the unit owns no part (and has no token after it).
            let part = (end > p.hi).then(|| unit.slice(p.hi, end))?;
            characters.contains(&normalise(part)).then(|| roles::RoleFact::playing(&p.key, part))
        })
        .collect()
}

/// "Ann Lee's drought-era drama “Dust Road”", "Ann Lee's “Dust Road”": a person's possessive
/// on this production's title, or on a work noun right before it, names its director (unless
/// the corpus casts the person: "Alec Baldwin's “Rust”" is the star's).
fn maker_of_own_work(unit: &Unit, people: &[PersonRef], own_work: &dyn Fn(usize) -> bool) -> Vec<roles::RoleFact> {
    let quote = |k: usize| unit.is(k, &["“", "\"", "‘", "'"]);
    people
        .iter()
        .filter(|p| p.possessive)
        .filter(|p| {
            let mut k = p.hi;
            while k < p.hi + 3 && unit.lower_word(k) && !unit.is(k, vocabulary::OTHER_WORK_LINKS_AND_PARTS) {
                k += 1;
            }
            let noun = k == p.hi || unit.is(k - 1, vocabulary::WORK_WORDS);
            noun && quote(k) && k + 1 < unit.toks.len() && own_work(k + 1)
        })
        .flat_map(|p| {
            vocabulary::jobs_of("director").into_iter().map(|job| roles::RoleFact {
                person: p.key.clone(),
                kind: job.kind,
                job: job.job,
                character: None,
                organisation: None,
                replaced: false,
            })
        })
        .collect()
}

/// "Ann Lee (Hattie Voss) is a ferry pilot": a person followed by a part in parentheses that the
/// corpus shows to be a character plays it.
fn known_part_in_parens(unit: &Unit, people: &[PersonRef], characters: &HashSet<String>) -> Vec<roles::RoleFact> {
    people
        .iter()
        .filter(|p| !p.possessive && unit.is(p.hi, &["("]))
        .filter_map(|p| {
            let end = (p.hi + 1..unit.toks.len()).find(|&k| !unit.cap(k)).filter(|&e| e > p.hi + 1)?;
            let part = unit.slice(p.hi + 1, end);
            (unit.is(end, &[")"]) && characters.contains(&normalise(part)))
                .then(|| roles::RoleFact::playing(&p.key, part))
        })
        .collect()
}

/// Whether `name` is one of the names a document's byline gives (`author`, "A, B and C"): the
/// writer of the piece, whose bio or sign-off makes no person of the production.
fn is_author(author: Option<&str>, name: &str) -> bool {
    author.is_some_and(|a| a.split(", ").flat_map(|p| p.split(" and ")).any(|p| p.trim().eq_ignore_ascii_case(name)))
}

/// The outlet a document names itself as (segmentation metadata) is an organisation too: its
/// publisher, with evidence where the text names it.
fn publishers(documents: &[Document], orgs: &OrgTable, merger: &mut merge::Merger) {
    for (d, doc) in documents.iter().enumerate() {
        let Some(outlet) = doc.outlet.as_deref() else { continue };
        let name = outlet.strip_prefix("The ").unwrap_or(outlet).trim();
        if name.is_empty() {
            continue;
        }
        let key = organisations::key(name);
        // "© 2028 Kinora Media Inc.": the corporate name of an organisation the text names
        // ("Kinora") is that organisation, whatever kind the text gives it.
        let base = || {
            let mut words: Vec<&str> = key.split(' ').collect();
            while words.len() > 1 && words.last().is_some_and(|w| gazetteer::org_suffix(w) == Some(OrgKind::Other)) {
                words.pop();
            }
            orgs.resolve(&words.join(" "))
        };
        // "Ridgeback Casting" on its own casting call: a firm of the trade by its name publishes
        // its page without being an outlet.
        let trade = |display: &str| {
            let last = display.rsplit(' ').next().unwrap_or_default();
            gazetteer::org_suffix(last).is_some_and(|k| !matches!(k, OrgKind::Outlet | OrgKind::Other))
                || gazetteer::contains(gazetteer::TRADE_FIRM_WORDS, last)
        };
        let (key, display, known) = match orgs.resolve(&key) {
            Some((k, d)) if trade(&d) => (k, d, None),
            Some((k, d)) => (k, d, Some(OrgKind::Outlet)),
            None => match base() {
                Some((k, d)) => (k, d, None),
                None => (key, name.to_owned(), Some(OrgKind::Outlet)),
            },
        };
        for (at, _) in doc.text.match_indices(name) {
            let span = knowledge::Span { start: at as u32, end: (at + name.len()) as u32 };
            let sentence = doc
                .segments
                .iter()
                .find(|s| s.span.start <= span.start && span.end <= s.span.end)
                .map_or(span, |s| s.span);
            merger.org(&key, &display, name, known, None, Evidence { doc: d as u16, span, curated: false });
            merger.org_relation(
                &key,
                "publisher",
                OrgKind::Outlet,
                Evidence { doc: d as u16, span: sentence, curated: false },
            );
        }
    }
}

fn prose_mentions(unit: &Unit, items: &[Item], lex: &Lexicon, registry: &Registry, orgs: &OrgTable) -> Vec<Mention> {
    let mut out = Vec::new();
    for it in items {
        match it {
            Item::Person(lo, hi) => {
                let name = unit.slice(*lo, *hi);
                if let Some(key) = registry.full(name) {
                    out.push(Mention { lo: *lo, hi: *hi, target: Target::Person(key) });
                } else if let Some(key) = orgs.extended(name) {
                    out.push(Mention { lo: *lo, hi: *hi, target: Target::Org { key, known: None, suffix: None } });
                }
            }
            Item::Single(i) => {
                let word = unit.word(*i);
                if let Some(key) = registry.alias(word).filter(|_| !lex.titles.contains(&unit.toks[*i].lower)) {
                    out.push(Mention { lo: *i, hi: i + 1, target: Target::Person(key.to_owned()) });
                } else if let Some((key, _)) = orgs.resolve(&organisations::key(word)) {
                    let sourced = organisations::source_context(unit, *i, i + 1).is_some();
                    let known =
                        (sourced && orgs.acronyms.contains_key(&organisations::key(word))).then_some(OrgKind::Outlet);
                    out.push(Mention { lo: *i, hi: i + 1, target: Target::Org { key, known, suffix: None } });
                }
            }
            Item::Word(i) => {
                if let Some(key) = orgs.short.get(&organisations::key(unit.word(*i))) {
                    out.push(Mention {
                        lo: *i,
                        hi: i + 1,
                        target: Target::Org { key: key.clone(), known: None, suffix: None },
                    });
                }
            }
            Item::Firm(h) if registry.full(unit.slice(h.lo, h.hi)).is_some() => {
                if let Some(key) = registry.full(unit.slice(h.lo, h.hi)) {
                    out.push(Mention { lo: h.lo, hi: h.hi, target: Target::Person(key) });
                }
            }
            Item::Org(h) | Item::Firm(h) => {
                let name = unit.slice(h.lo, h.hi);
                if let Some((key, _)) = orgs.resolve(&organisations::key(name)) {
                    out.push(Mention {
                        lo: h.lo,
                        hi: h.hi,
                        target: Target::Org { key, known: h.known, suffix: h.suffix },
                    });
                }
            }
            // "premiered at Sundog": one word that shortens a known festival's name is the
            // festival ("Taos" is still the town of the "Taos County Sheriff's Office").
            Item::Place(lo, hi, name) => match orgs.shortened(name).filter(|key| {
                let festival = orgs.names[key]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| gazetteer::contains(gazetteer::FESTIVAL_WORDS, last));
                hi - lo == 1 && festival && !is_known_place(name)
            }) {
                Some(key) => {
                    out.push(Mention { lo: *lo, hi: *hi, target: Target::Org { key, known: None, suffix: None } })
                }
                None => out.push(Mention { lo: *lo, hi: *hi, target: Target::Place(normalise(name), name.clone()) }),
            },
            Item::Thing(..) => {}
        }
    }
    out
}

/// Mentions in a title or heading: only names already known from prose, longest first.
fn heading_mentions(
    unit: &Unit,
    lex: &Lexicon,
    registry: &Registry,
    orgs: &OrgTable,
    places: &BTreeMap<String, String>,
) -> Vec<Mention> {
    let mut out = Vec::new();
    let n = unit.toks.len();
    let labelled = organisations::labelled(unit);
    let mut i = 0;
    'scan: while i < n {
        if !unit.cap(i) || lex.in_title(unit, i) {
            i += 1;
            continue;
        }
        for len in (1..=5).rev() {
            let hi = i + len;
            if hi > n || !(i..hi).all(|k| unit.toks[k].word && (k + 1 == hi || !unit.toks[k].possessive)) {
                continue;
            }
            let text = unit.slice(i, hi);
            let target = if let Some(key) = registry.full(text) {
                Some(Target::Person(key))
            } else if let Some((key, _)) = orgs.resolve(&organisations::key(text)) {
                let known = labelled.iter().find(|(r, _)| r.lo == i && r.hi == hi).map(|&(_, kind)| kind);
                Some(Target::Org { key, known, suffix: None })
            } else if let Some(name) = places.get(&normalise(text)) {
                Some(Target::Place(normalise(text), name.clone()))
            } else if let Some(key) = (len == 1 && !is_known_place(text)).then(|| orgs.shortened(text)).flatten() {
                Some(Target::Org { key, known: None, suffix: None })
            } else if len == 1 && !lex.titles.contains(&unit.toks[i].lower) && !lex.common(&unit.toks[i].lower) {
                registry.alias(text).map(|k| Target::Person(k.to_owned()))
            } else {
                None
            };
            if let Some(target) = target {
                out.push(Mention { lo: i, hi, target });
                i = hi;
                continue 'scan;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
pub(crate) mod testing {
    //! Builders for documents and units in tests, with a naive sentence segmentation.

    use knowledge::{Document, Segment, SegmentKind, Span};

    use super::names::{Unit, normalise, tokenize};
    use super::roles::PersonRef;

    /// A document whose lines are Sentence segments (a first line ending without a period is a Title).
    pub fn doc(text: &str) -> Document {
        let mut segments = Vec::new();
        let mut offset = 0;
        for (p, line) in text.split_inclusive('\n').enumerate() {
            let trimmed = line.trim_end();
            if !trimmed.trim().is_empty() {
                let title = p == 0 && !trimmed.ends_with(['.', '!', '?', '”', '"']);
                let kind = if title { SegmentKind::Title } else { SegmentKind::Sentence };
                let span = Span { start: offset as u32, end: (offset + trimmed.len()) as u32 };
                segments.push(Segment { span, paragraph: p as u16, kind });
            }
            offset += line.len();
        }
        Document {
            id: "test".into(),
            file: "test.txt".into(),
            raw_bytes: text.len() as u32,
            title: text.lines().next().unwrap_or_default().to_owned().into(),
            outlet: None,
            author: None,
            published: None,
            created: None,
            text: text.to_owned().into(),
            repairs: Vec::new().into(),
            segments: segments.into(),
        }
    }

    /// One prose unit of `text`, with the given names marked as people.
    pub fn unit_with_people(text: &str, names: &[&str]) -> (Unit<'static>, Vec<PersonRef>) {
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        let toks = tokenize(text, 0, text.len());
        let unit = Unit { doc: 0, text, span: Span { start: 0, end: text.len() as u32 }, heading: false, toks };
        let mut people = Vec::new();
        for lo in 0..unit.toks.len() {
            for name in names {
                let hi = lo + name.split_whitespace().count();
                if hi <= unit.toks.len() && unit.toks[lo].word && unit.slice(lo, hi) == *name {
                    people.push(PersonRef { lo, hi, key: normalise(name), possessive: unit.toks[hi - 1].possessive });
                }
            }
        }
        (unit, people)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::doc;
    use super::*;
    use knowledge::{Department, PlaceKind, Relation, RoleKind, Span};
    use proptest::prelude::*;

    /// Evidence spans must lie inside their document, on char boundaries.
    fn span_ok(text: &str, span: Span) -> bool {
        let (s, e) = (span.start as usize, span.end as usize);
        s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    }

    fn strs(list: &[knowledge::Text]) -> Vec<&str> {
        list.iter().map(|t| t.as_ref()).collect()
    }

    const ARTICLE: &str = "Lantern Bay Wraps Shoot With Mia Roe\n\
The harbor drama “Lantern Bay,” directed by Ann Lee, stars Mia Roe as a widow named Greta Holm.\n\
Cinematographer Tom Vale shot the film, and composer Rafe Ostby wrote the score.\n\
Set in 1920s Oregon, the story follows Greta Holm (Roe) and her son, Ned (played by Eli Park Grant).\n\
They are chased by a ruthless Federal Agent (Dora Quist).\n\
Filming began in Port Ellis, Maine, in March, and Roe told Variety it was cold.\n\
The film was financed by Northwind Capital Partners, with Ashgrove Film Group handling foreign sales.\n\
Lee also serves as producer. Roe’s husband, Sam Roe, visited the set.\n\
He told the Hollywood Reporter that Lee “never slept,” he told THR.\n\
Attorney Kay Brandt said the New Mexico rules were clear, and Eli Park Grant agreed.\n";

    fn person<'a>(e: &'a Entities, name: &str) -> &'a knowledge::Person {
        e.people
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("no {name} in {:?}", e.people.iter().map(|p| &p.name).collect::<Vec<_>>()))
    }

    fn has_role(p: &knowledge::Person, job: &str, character: Option<&str>) -> bool {
        p.roles.iter().any(|r| r.job == job && r.character.as_deref() == character)
    }

    #[test]
    fn invented_article_people_and_roles() {
        let e = extract(&[doc(ARTICLE)]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(
            names,
            ["Mia Roe", "Ann Lee", "Tom Vale", "Rafe Ostby", "Eli Park Grant", "Dora Quist", "Sam Roe", "Kay Brandt"]
        );
        let mia = person(&e, "Mia Roe");
        assert!(has_role(mia, "Actor", Some("Greta Holm")), "{:?}", mia.roles);
        assert_eq!(mia.roles.len(), 1);
        let ann = person(&e, "Ann Lee");
        assert!(has_role(ann, "Director", None));
        assert!(has_role(ann, "Producer", None));
        assert_eq!(strs(&ann.aliases), ["Lee"]);
        assert!(has_role(person(&e, "Tom Vale"), "Cinematographer", None));
        assert!(has_role(person(&e, "Rafe Ostby"), "Composer", None));
        assert!(has_role(person(&e, "Eli Park Grant"), "Actor", Some("Ned")));
        assert!(has_role(person(&e, "Dora Quist"), "Actor", Some("Federal Agent")));
        let sam = person(&e, "Sam Roe");
        assert!(sam.roles.iter().any(|r| r.kind == RoleKind::Other(Relation::Family) && r.job == "Husband"));
        let kay = person(&e, "Kay Brandt");
        assert!(kay.roles.iter().any(|r| r.kind == RoleKind::Other(Relation::Legal)));
        let tom = person(&e, "Tom Vale");
        assert_eq!(tom.roles[0].kind, RoleKind::Crew(Department::Camera));
        // "Roe" is ambiguous between two full names: never merged.
        assert!(!mia.aliases.iter().any(|a| a == "Roe"));
        assert_eq!(mia.id, "mia-roe");
    }

    #[test]
    fn a_characters_surname_makes_the_uncredited_name_a_character() {
        let e = extract(&[doc("Fog review\n\
Ada Kell's drama stars Wren Hale as Mara Quell, a detective.\n\
Quell's ally is Silas Drake, and she turns to her father, Walter Quell.\n\
Tom Vale, as Drake, steals every scene.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ada Kell", "Wren Hale", "Tom Vale"]);
    }

    #[test]
    fn a_masthead_in_capitals_is_no_person() {
        let e = extract(&[doc("REEL TALK\nDirector Ada Kell began filming.\nTom Vale reviews films for Reel Talk.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ada Kell", "Tom Vale"]);
    }

    #[test]
    fn a_headlines_capitalised_as_opens_no_cast_line() {
        let e = extract(&[doc("Lake shoot\nIndie Darling Heads North As Crews Prep Harbor Town\n\
Director Ada Kell began filming.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ada Kell"]);
    }

    #[test]
    fn a_name_read_as_a_thing_once_is_no_person_elsewhere() {
        let e = extract(&[doc("Lake shoot\n\
Director Ada Kell thanked the local band Velvet Pike and Orrin Vale, the agency that booked them.\n\
Velvet Pike will play the premiere, and Orrin Vale sent flowers.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ada Kell"]);
    }

    #[test]
    fn people_named_only_with_another_work_are_dropped() {
        let e = extract(&[doc("“Wren Hollow” review: a cold fable\n\
Ada Kell’s “Wren Hollow” recalls Ivo Marr’s “Dry Lake,” and Tess Ney gives the turn Una Bird gave in “Cold Spring.”\n\
Tess Ney also recalls Lev Orr in “Cold Spring.”\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert!(names.contains(&"Ada Kell") && names.contains(&"Tess Ney"), "{names:?}");
        for other in ["Ivo Marr", "Una Bird", "Lev Orr"] {
            assert!(!names.contains(&other), "{other} in {names:?}");
        }
    }

    #[test]
    fn a_part_in_another_work_or_a_body_of_work_names_no_person_of_this_one() {
        let e = extract(&[doc("Mill shoot
Director Ada Kell began filming at the mill.
Kell once played the uncle of Ivo Marr’s character in “Dry Lake.”
She learned framing from the films of Una Bird and the paintings of Lev Orr.
Gaffer Tess Ney, who lit “Cold Spring” for cinematographer Oda Lind, joins the crew.
")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert!(names.contains(&"Ada Kell") && names.contains(&"Tess Ney"), "{names:?}");
        for other in ["Ivo Marr", "Una Bird", "Lev Orr"] {
            assert!(!names.contains(&other), "{other} in {names:?}");
        }
        // The cinematographer of the gaffer's earlier film holds no job on this one.
        assert!(e.people.iter().filter(|p| p.name == "Oda Lind").all(|p| p.roles.is_empty()));
    }

    #[test]
    fn a_trade_firm_publishing_its_own_page_is_no_outlet() {
        let mut d = doc("Extras wanted\nTamber Casting is seeking extras for a drama shooting in May.\n");
        d.outlet = Some("Tamber Casting".into());
        let e = extract(&[d]);
        let firm = e.organisations.iter().find(|o| o.name == "Tamber Casting").expect("the agency");
        assert_eq!(firm.kind, OrgKind::Other);
    }

    #[test]
    fn a_name_ending_in_service_is_an_organisation() {
        let e = extract(&[doc("Mill shoot\nDirector Ada Kell spoke to Allied Wire Service on Monday.\n")]);
        assert!(!e.people.iter().any(|p| p.name == "Allied Wire Service"));
        assert!(e.organisations.iter().any(|o| o.name == "Allied Wire Service"));
    }

    #[test]
    fn the_bylined_writer_named_in_a_bio_is_no_person() {
        assert!(is_author(Some("Ana Ruiz and Lee Chan"), "Lee Chan"));
        assert!(!is_author(Some("Ana Ruiz"), "Ana Ruizz"));
        let mut d = doc(
            "Mill shoot\nDirector Ada Kell began filming at the mill.\nUna Bird covers film for the Coast Ledger.\n",
        );
        d.author = Some("Una Bird".into());
        let e = extract(&[d]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ada Kell"]);
    }

    #[test]
    fn invented_article_negatives() {
        let e = extract(&[doc(ARTICLE)]);
        for not_person in [
            "Greta Holm",
            "Lantern Bay",
            "Federal Agent",
            "Port Ellis",
            "New Mexico",
            "Hollywood Reporter",
            "Northwind Capital Partners",
            "Ned",
            "Variety",
            "He",
            "Set",
            "Filming",
            "Cinematographer Tom Vale",
            "Attorney Kay Brandt",
        ] {
            assert!(!e.people.iter().any(|p| p.name == not_person), "{not_person} is not a person");
        }
    }

    #[test]
    fn invented_article_organisations_and_places() {
        let e = extract(&[doc(ARTICLE)]);
        let orgs: Vec<(&str, OrgKind)> = e.organisations.iter().map(|o| (o.name.as_ref(), o.kind)).collect();
        assert_eq!(
            orgs,
            [
                ("Variety", OrgKind::Outlet),
                ("Northwind Capital Partners", OrgKind::Financier),
                ("Ashgrove Film Group", OrgKind::Distributor),
                ("Hollywood Reporter", OrgKind::Outlet)
            ]
        );
        let thr = &e.organisations[3];
        assert_eq!(strs(&thr.aliases), ["THR"]);
        assert_eq!(thr.mentions.len(), 2);
        assert_eq!(e.organisations[2].relations[0].label, "foreign sales");
        let places: Vec<(&str, PlaceKind)> = e.places.iter().map(|p| (p.name.as_ref(), p.uses[0].kind)).collect();
        assert_eq!(
            places,
            [
                ("Oregon", PlaceKind::StorySetting),
                ("Port Ellis", PlaceKind::FilmingLocation),
                ("Maine", PlaceKind::FilmingLocation),
                ("New Mexico", PlaceKind::Mentioned)
            ]
        );
    }

    #[test]
    fn headings_only_recognise_known_names_and_residue_is_ignored() {
        let mut d =
            doc("Ann Lee Talks Big Harbor Dreams\nDirector Ann Lee met the cast.\nPhoto: Joe Bloggs Studio Credit\n");
        let mut segs = d.segments.to_vec();
        segs[2].kind = knowledge::SegmentKind::Residue(knowledge::ResidueKind::ImageCredit);
        d.segments = segs.into();
        let e = extract(&[d]);
        assert_eq!(e.people.len(), 1);
        assert_eq!(e.people[0].mentions.len(), 2);
        assert!(e.organisations.is_empty());
    }

    #[test]
    fn a_documents_own_outlet_is_its_publisher() {
        let mut d = doc("Director Ann Lee spoke.\nSign up for the Harbor Gazette newsletter.\n");
        d.outlet = Some("The Harbor Gazette".into());
        let e = extract(&[d]);
        assert_eq!(e.organisations.len(), 1);
        let o = &e.organisations[0];
        assert_eq!((o.name.as_ref(), o.kind), ("Harbor Gazette", OrgKind::Outlet));
        let labels: Vec<&str> = o.relations.iter().map(|r| r.label.as_ref()).collect();
        assert_eq!(labels, ["newsletter", "publisher"], "signed up for, and publishing the page");
        assert_eq!(o.mentions[0].span.start, 40);
    }

    #[test]
    fn a_source_named_near_a_filming_cue_is_not_a_place() {
        let e = extract(&[doc("Ann Lee was not on set that day, crew members who spoke to the Mesa Courier said.\n")]);
        assert!(e.places.is_empty(), "{:?}", e.places.iter().map(|p| &p.name).collect::<Vec<_>>());
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_ref()).collect();
        assert_eq!(names, ["Mesa Courier"]);
        assert_eq!(e.organisations[0].kind, OrgKind::Outlet);
    }

    #[test]
    fn a_titled_character_is_not_a_person() {
        let e = extract(&[doc("Shooting started with Ann Lee in the lead role of Detective Mae Lin.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ann Lee"]);
        assert!(has_role(&e.people[0], "Actor", Some("Detective Mae Lin")));
    }

    #[test]
    fn a_real_person_named_like_a_titled_character_stays() {
        let e = extract(&[doc("Ann Lee plays Senator Tom Vale in the biopic.\nTom Vale, now 80, visited the set.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ann Lee", "Tom Vale"]);
        let e = extract(&[doc(
            "The documentary portrays Tom Vale as a reckless producer.\nTom Vale declined to comment.\n",
        )]);
        assert!(e.people.iter().any(|p| p.name == "Tom Vale"));
        let e = extract(&[doc("The film, which portrays Ann Lee and Tom Vale, premiered in May.\n")]);
        assert_eq!(e.people.len(), 2);
    }

    #[test]
    fn quoted_speech_naming_a_titled_character_speaks_of_the_character() {
        let e =
            extract(&[doc("Ann Lee plays Sheriff Tom Vale.\n“Tom Vale has run out of road,” the director said.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ann Lee"]);
    }

    #[test]
    fn a_character_cast_to_a_one_name_actor_is_not_a_person() {
        let e = extract(&[doc("Zendaya has been cast as Captain Ilse Maren, and Tom Vale will play Teo Marsh.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Tom Vale"]);
        let e = extract(&[doc("Zendaya plays Detective Sergeant Ilse Maren in the drama.\n")]);
        assert!(e.people.is_empty(), "{:?}", e.people.iter().map(|p| &p.name).collect::<Vec<_>>());
    }

    #[test]
    fn a_person_of_an_organisation_is_a_person() {
        let e = extract(&[doc("Producer Kari Nygaard of Fjord Films said the shoot was cold.\n")]);
        assert!(has_role(person(&e, "Kari Nygaard"), "Producer", None));
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_ref()).collect();
        assert_eq!(names, ["Fjord Films"]);
        let e = extract(&[doc("She loved Killers of the Flower Moon.\n")]);
        assert!(e.people.is_empty());
        let e = extract(&[doc("Professor Ann Lee of the University of Texas advised the production.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ann Lee"]);
        let names: Vec<&str> = e.organisations.iter().map(|o| o.name.as_ref()).collect();
        assert_eq!(names, ["University of Texas"]);
        let e = extract(&[doc("Cinematographer Tom Vale of the Lantern Film Group said the light was poor.\n")]);
        assert!(has_role(person(&e, "Tom Vale"), "Cinematographer", None));
    }

    #[test]
    fn people_merge_across_documents_with_aliases() {
        let a = doc("The western stars Jo Marsh as a sheriff.\n");
        let b = doc("Marsh said the shoot in Alberta was long.\n");
        let e = extract(&[a, b]);
        assert_eq!(e.people.len(), 1);
        assert_eq!(e.people[0].mentions.len(), 2);
        assert_eq!(e.people[0].mentions[1].doc, 1);
        assert!(has_role(&e.people[0], "Actor", Some("sheriff")));
        assert_eq!(e.places[0].uses[0].kind, PlaceKind::FilmingLocation);
    }

    #[test]
    fn firms_by_context_are_organisations_unless_the_name_is_a_person_elsewhere() {
        let e = extract(&[doc(
            "Ann Lee is repped by Stanholt Vane and Ivo Petrov.\nIvo Petrov, 52, shot the film.\nReviews on the aggregator website Ripe Quince were warm.\nAnn Lee Management signed Ben Hale, and Ann Lee said so.\n",
        )]);
        let people: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        let orgs: Vec<&str> = e.organisations.iter().map(|o| o.name.as_ref()).collect();
        assert_eq!(people, ["Ann Lee", "Ivo Petrov", "Ben Hale"]);
        assert!(orgs.contains(&"Stanholt Vane") && orgs.contains(&"Ripe Quince"), "{orgs:?}");
        let e = extract(&[doc("The boutique Tilden Marsh and the PR shop Bree Holloway courted her.\n")]);
        assert!(e.people.is_empty(), "a boutique and a shop are firms: {:?}", e.people);
        let e = extract(&[doc("Vexfilm Canada and Ironmoor Capital provided financing.\n")]);
        assert!(e.people.is_empty(), "a national branch named after its country is a firm");
        assert_eq!(e.organisations[0].kind, OrgKind::Financier);
    }

    #[test]
    fn a_department_named_with_a_list_and_a_town_are_offices() {
        let e = extract(&[doc(
            "The Department of Parks, Heritage, Sport and Recreation said the crew was welcome.\nThe Department of Labor, Ann Lee and Ben Hale said the set was safe.\n",
        )]);
        let orgs: Vec<&str> = e.organisations.iter().map(|o| o.name.as_ref()).collect();
        assert_eq!(orgs, ["Department of Parks, Heritage, Sport and Recreation", "Department of Labor"]);
        assert_eq!(e.people.len(), 2);
        let e = extract(&[doc("Roads close until May 26, the Town of Gull Cove-Marsh Point said.\n")]);
        assert_eq!(e.organisations[0].name.as_ref(), "Town of Gull Cove-Marsh Point");
        assert_eq!(e.organisations[0].kind, OrgKind::Office);
    }

    #[test]
    fn a_publisher_named_by_its_corporate_name_is_the_organisation_the_text_names() {
        let text = "Pale Lake\nThe drama was released on Vexflix in May.\n© 2028 Vexflix Media Inc.\n";
        let mut d = doc(text);
        d.segments = crate::segment::segment(text).segments.into();
        d.outlet = Some("Vexflix Media Inc.".into());
        let e = extract(&[d]);
        let orgs: Vec<(&str, OrgKind)> = e.organisations.iter().map(|o| (o.name.as_ref(), o.kind)).collect();
        assert_eq!(orgs, [("Vexflix", OrgKind::Platform)]);
    }

    #[test]
    fn a_cast_list_line_makes_its_part_a_character() {
        let e = extract(&[doc(
            "Pale Lake\nEamon Reid keeps the books of the Harrow Fishermen's Co-operative.\nCast\nCallum Vane as Eamon Reid\nCallum Vane was cast in January.\nGreta Holm-Bay as Maude Reid\n",
        )]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Callum Vane", "Greta Holm-Bay"], "an actor named only in a title-case cast line too");
        assert_eq!(e.organisations[0].name.as_ref(), "Harrow Fishermen's Co-operative");
        assert!(has_role(person(&e, "Callum Vane"), "Actor", Some("Eamon Reid")));
    }

    #[test]
    fn an_actor_credited_elsewhere_comes_before_the_part_in_parentheses() {
        let e = extract(&[doc(
            "The new drama stars Nell Sorrow.\nNell Sorrow (Hattie Vance) is a ferry pilot whose son goes missing.\n",
        )]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Nell Sorrow"]);
        assert!(has_role(person(&e, "Nell Sorrow"), "Actor", Some("Hattie Vance")));
    }

    #[test]
    fn a_surname_alone_does_not_keep_another_works_maker() {
        let e = extract(&[doc(
            "“Glass Reef” review: a tide of grief\nThe drama owes a debt to Orla Finch’s “Dry Wells.” But where Finch reaches for myth, “Glass Reef” stays put.\nPublicists at Tarn Kessel Public Relations declined to comment.\n",
        )]);
        assert!(e.people.is_empty(), "{:?}", e.people.iter().map(|p| &p.name).collect::<Vec<_>>());
    }

    #[test]
    fn a_replaced_actor_held_the_part_the_successor_plays() {
        let e = extract(&[doc(
            "Ned Pike has exited the western, and he has been replaced by Ivo Lark.\nIvo Lark plays Sheriff Cole Marsh.\n",
        )]);
        let ned = person(&e, "Ned Pike");
        assert!(has_role(ned, "Actor", Some("Sheriff Cole Marsh")), "{:?}", ned.roles);
        assert!(ned.roles.iter().all(|r| r.replaced));
        assert!(person(&e, "Ivo Lark").roles.iter().all(|r| !r.replaced));
    }

    #[test]
    fn a_possessive_on_the_productions_title_names_its_director() {
        let e = extract(&[doc(
            "“Salt Reach” wraps in Vell\nFilming on Ona Brisk’s coastal drama “Salt Reach” wrapped Friday.\nIda Penn’s character in “Salt Reach” is a widow.\n",
        )]);
        assert!(has_role(person(&e, "Ona Brisk"), "Director", None));
        assert!(person(&e, "Ida Penn").roles.is_empty());
        let e = extract(&[doc("Ivo Marr’s “Salt Reach” set for May\nIvo Marr stars as a keeper in “Salt Reach.”\n")]);
        assert!(!has_role(person(&e, "Ivo Marr"), "Director", None), "the star's possessive");
        let e = extract(&[doc(
            "Salt Reach\nIvo Marr’s costumes are faded and Una Bell’s costumes sing.\nIvo Marr plays the keeper.\n",
        )]);
        assert!(!has_role(person(&e, "Ivo Marr"), "Costume Designer", None), "an actor's costumes");
        assert!(has_role(person(&e, "Una Bell"), "Costume Designer", None));
    }

    #[test]
    fn a_union_agent_of_a_numbered_local_and_a_part_set_off_with_as() {
        let e = extract(&[doc(
            "\"We want a tent,\" said Business Agent Rae Okafor of Local 12.\nUna Bell, as the widow Agnes Thorne, is superb.\n",
        )]);
        assert!(e.people.iter().any(|p| p.name.as_ref() == "Rae Okafor"));
        let una = person(&e, "Una Bell");
        assert!(has_role(una, "Actor", Some("Agnes Thorne")) && una.roles.len() == 1, "{:?}", una.roles);
    }

    #[test]
    fn lawyers_of_a_firm_named_like_people_are_people() {
        let e =
            extract(&[doc("His lawyers, Rob Tenney and Ada Vick of Quell Ambrose Hart & Bly, declined to comment.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Rob Tenney", "Ada Vick"]);
    }

    #[test]
    fn a_sentence_on_another_works_people_gives_the_next_pronoun_no_referent() {
        let e = extract(&[doc(
            "“Red Mile” crew mourns\nAnn Lee died on Tuesday.\nHer credits include “Dust Bowl,” directed by Tom Vale.\nShe worked as a gaffer.\n",
        )]);
        assert!(e.people.iter().find(|p| &*p.name == "Tom Vale").is_none_or(|p| p.roles.is_empty()));
    }

    #[test]
    fn a_job_bound_to_another_works_title_is_not_held_here() {
        let e = extract(&[doc(
            "“Dust Road” crew mourns\nThe death recalled that of camera assistant Ana Ruiz on “Night Rail” in 2014. Gaffer Tom Vale of “Dust Road” was hurt, and stunt coordinator Mia Roe in “Old Salt” was not.\n",
        )]);
        assert!(person(&e, "Ana Ruiz").roles.is_empty());
        assert!(e.people.iter().find(|p| &*p.name == "Mia Roe").is_none_or(|p| p.roles.is_empty()));
        assert!(has_role(person(&e, "Tom Vale"), "Gaffer", None));
    }

    #[test]
    fn a_reviews_plot_names_are_characters_and_its_verdicts_give_parts() {
        let e = extract(&[doc(
            "“Salt Reach” review: a coast of grief\n“Salt Reach” follows Maren Holt, a keeper whose husband, Elias, vanishes. Then Tobias Reed washes ashore.\nNia Castell is extraordinary as Maren. Pete Vane, as Elias, appears in flashbacks, while Tom Hardy's Tobias is all menace.\nHer sister Ruth (a wonderful Dana Whit) runs the diner.\nThe score, by Jon Eriks, swells, and Anya Pell's photography is grey.\n",
        )]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Nia Castell", "Pete Vane", "Tom Hardy", "Dana Whit", "Jon Eriks", "Anya Pell"]);
        assert!(has_role(person(&e, "Nia Castell"), "Actor", Some("Maren")));
        assert!(has_role(person(&e, "Pete Vane"), "Actor", Some("Elias")));
        assert!(has_role(person(&e, "Tom Hardy"), "Actor", Some("Tobias")));
        assert!(has_role(person(&e, "Dana Whit"), "Actor", Some("Ruth")));
        assert!(has_role(person(&e, "Jon Eriks"), "Composer", None));
        assert!(has_role(person(&e, "Anya Pell"), "Cinematographer", None));
    }

    #[test]
    fn a_possessive_on_another_works_title_credits_nothing_here() {
        let e = extract(&[doc(
            "“Salt Reach” lands at Neon\n“Salt Reach” screened Friday. Also there: Greta Moll's directorial debut “Fairhaven.”\n",
        )]);
        assert!(person(&e, "Greta Moll").roles.is_empty());
    }

    #[test]
    fn a_press_releases_title_in_capitals_and_its_plot_name_are_no_people() {
        let e = extract(&[doc(
            "Ridgeway begins a drama\nFilming has begun on SALT REACH, a drama directed by Sam Pike.\nSalt Reach stars Nia Vos (The Long Night) and Ben Hale.\nThe film follows lighthouse keeper Maren Holt as a storm nears.\nThe film follows Ben Hale's character, Jory, home.\n",
        )]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Sam Pike", "Nia Vos", "Ben Hale"]);
        assert!(person(&e, "Nia Vos").roles.iter().all(|r| r.character.is_none()), "a credit in parentheses");
    }

    #[test]
    fn a_credit_on_another_works_title_is_not_this_ones() {
        let e = extract(&[doc(
            "“Salt Reach” adds cast\nLena Ort, who directed “Driftwood,” joins “Salt Reach.”\nMax Grey shot “Salt Reach.”\n",
        )]);
        assert!(person(&e, "Lena Ort").roles.iter().all(|r| r.job != "Director"));
        assert!(has_role(person(&e, "Max Grey"), "Cinematographer", None));
    }

    #[test]
    fn characters_in_a_cast_list_stay_characters() {
        let e =
            extract(&[doc("The cast includes Ana Ruiz as Marshal Tobias Crane and Ben Hale as Preacher Hollis.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ana Ruiz", "Ben Hale"]);
        assert!(has_role(person(&e, "Ana Ruiz"), "Actor", Some("Marshal Tobias Crane")));
        assert!(has_role(person(&e, "Ben Hale"), "Actor", Some("Preacher Hollis")));
    }

    #[test]
    fn a_month_before_a_surname_is_a_given_name_but_a_dated_month_is_not() {
        let people =
            |text: &str| -> Vec<String> { extract(&[doc(text)]).people.iter().map(|p| p.name.to_string()).collect() };
        assert_eq!(people("Cinematographer Jun Adair shot the film.\n"), ["Jun Adair"]);
        assert_eq!(people("Editor May Chen cut it with Ana Ruiz.\n"), ["May Chen", "Ana Ruiz"]);
        assert_eq!(people("In June Ana Ruiz joined the cast.\n"), ["Ana Ruiz"]);
        assert!(people("The shoot moved in late May Hale said.\n").iter().all(|p| !p.starts_with("May")));
        assert!(people("Filming began May 3 in Ohio.\n").is_empty());
    }

    #[test]
    fn a_festival_written_by_its_first_word_is_the_festival_not_a_place() {
        let e = extract(&[doc(
            "The drama screens at the Sundog Film Festival in Ohio. It premiered at Sundog in 2023, in Toledo.\n",
        )]);
        let places: Vec<&str> = e.places.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(places, ["Ohio", "Toledo"]);
        assert_eq!(e.organisations.len(), 1);
        assert!(e.organisations[0].aliases.iter().any(|a| a == "Sundog"), "{:?}", e.organisations[0]);
        let e = extract(&[doc("The Toledo Police Department said filming in Toledo went well.\n")]);
        assert_eq!(e.places.iter().map(|p| p.name.as_ref()).collect::<Vec<_>>(), ["Toledo"]);
    }

    #[test]
    fn a_works_title_is_never_a_person_place_or_organisation() {
        let e = extract(&[doc("The western Dust Road, which Ana Ruiz also produced, opens in May.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ana Ruiz"]);
        assert!(has_role(&e.people[0], "Producer", None));
        assert!(e.organisations.is_empty());
        let e = extract(&[doc("Crews filmed “Red Mesa Ranch” in Ohio. Red Mesa Ranch opens in May.\n")]);
        let places: Vec<&str> = e.places.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(places, ["Ohio"]);
        assert!(e.people.is_empty());
        let e = extract(&[doc("The comedy “Lantern Films” shot in Ohio. Lantern Films opens in May.\n")]);
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
        let e = extract(&[doc("The comedy “Lantern” was made by Lantern Films in Ohio.\n")]);
        assert_eq!(e.organisations.len(), 1);
    }

    #[test]
    fn abbreviations_are_not_places_and_state_abbreviations_resolve() {
        let e = extract(&[doc(
            "The film premiered in Sept. 2021 at a festival in Bartown.\nFilming took place near Taos, N.M., and in Tucson, Ariz., in May.\nThe Fire Dept. said Ana Ruiz Jr. was fine.\n",
        )]);
        // The state qualifies its town: never a place (nor a filming location) of its own.
        let places: Vec<(&str, Vec<&str>)> = e.places.iter().map(|p| (p.name.as_ref(), strs(&p.aliases))).collect();
        assert_eq!(places, [("Bartown", vec![]), ("Taos", vec![]), ("Tucson", vec![])]);
        assert_eq!(e.places[1].uses[0].kind, PlaceKind::FilmingLocation);
        assert_eq!(e.places[2].uses[0].kind, PlaceKind::FilmingLocation);
        // Written in full, the state is a place.
        let e = extract(&[doc("Filming took place in New Mexico in May.\n")]);
        assert_eq!(e.places[0].name, "New Mexico");
    }

    #[test]
    fn a_named_site_is_a_place_and_a_filming_location_when_filmed_there() {
        let e = extract(&[doc(
            "Filming moved to Red Mesa Ranch outside Tucson in May.\nThe crew later visited Bitter Creek Canyon.\nTom Park spoke.\n",
        )]);
        let places: Vec<(&str, PlaceKind)> = e.places.iter().map(|p| (p.name.as_ref(), p.uses[0].kind)).collect();
        assert_eq!(
            places,
            [
                ("Red Mesa Ranch", PlaceKind::FilmingLocation),
                // The town locating the site shares what happened there.
                ("Tucson", PlaceKind::FilmingLocation),
                ("Bitter Creek Canyon", PlaceKind::Mentioned)
            ]
        );
        assert_eq!(e.people.len(), 1);
    }

    #[test]
    fn an_organisation_written_several_ways_is_one_with_aliases() {
        let e = extract(&[doc(
            "The film will screen at Foocam in May.\nThe EnergaFOOCAM jury met.\nThe Foocam International Film Festival runs in Bartown.\nOhio is far.\n",
        )]);
        assert_eq!(e.organisations.len(), 1, "{:?}", e.organisations);
        let o = &e.organisations[0];
        assert_eq!(o.name, "Foocam International Film Festival");
        assert_eq!(o.kind, OrgKind::Festival);
        assert_eq!(strs(&o.aliases), ["EnergaFOOCAM", "Foocam"]);
        assert_eq!(o.relations[0].label, "premiere venue");
        assert_eq!(o.mentions.len(), 3);
        // Not a place, and a place is never folded into an organisation.
        assert!(!e.places.iter().any(|p| p.name.contains("Foocam")));
    }

    #[test]
    fn a_town_the_unit_heads_to_for_interiors_is_a_filming_location() {
        let e = extract(&[doc("The unit will then head to a soundstage in Bartown, Calif., for interiors.\n")]);
        assert_eq!(place_uses(&e), [("Bartown", PlaceKind::FilmingLocation)]);
        let e = extract(&[doc("The cast will then fly to Bartown, Calif., for interviews.\n")]);
        assert!(place_uses(&e).iter().all(|(_, k)| *k != PlaceKind::FilmingLocation));
    }

    fn place_uses(e: &Entities) -> Vec<(&str, PlaceKind)> {
        e.places.iter().flat_map(|p| p.uses.iter().map(move |u| (p.name.as_ref(), u.kind))).collect()
    }

    #[test]
    fn a_part_of_town_opening_a_sentence_is_no_part_of_the_name() {
        let e = extract(&[doc("Downtown Bexley doubled for 1970s Wickford in the film.\n")]);
        assert_eq!(place_uses(&e), [("Bexley", PlaceKind::FilmingLocation), ("Wickford", PlaceKind::StorySetting)]);
        assert!(e.people.is_empty());
    }

    #[test]
    fn a_festival_written_by_its_name_before_film_festival_is_the_festival() {
        let e = extract(&[doc(
            "Film news\nThe drama opened the Bexley Pond International Film Festival on Friday. Bexley Pond has been strong.\n",
        )]);
        assert!(e.people.is_empty(), "{:?}", e.people);
        assert_eq!(e.organisations.len(), 1);
        assert!(strs(&e.organisations[0].aliases).contains(&"Bexley Pond"));
    }

    #[test]
    fn a_compound_names_the_place_without_its_suffix() {
        let e = extract(&[doc("The Vermont-shot drama opens Friday.\n")]);
        assert_eq!(place_uses(&e), [("Vermont", PlaceKind::FilmingLocation)]);
        assert!(e.places[0].aliases.is_empty());
    }

    #[test]
    fn a_role_opening_the_sentence_is_no_part_of_the_firm_s_name() {
        let e = extract(&[doc("Streamer Vesta acquired the drama in May.\n")]);
        assert!(e.people.is_empty());
        assert_eq!(e.organisations.len(), 1);
        assert_eq!((e.organisations[0].name.as_ref(), e.organisations[0].kind), ("Vesta", OrgKind::Platform));
    }

    #[test]
    fn a_studio_filmed_at_is_an_organisation_and_a_place() {
        let e = extract(&[doc("Interior scenes will be shot on Stage 2 at Harrow Light Studios.\n")]);
        assert_eq!(e.organisations.len(), 1);
        assert_eq!(place_uses(&e), [("Harrow Light Studios", PlaceKind::FilmingLocation)]);
    }

    #[test]
    fn listed_counties_lakes_inns_and_stand_ins_are_places() {
        let e = extract(&[doc(
            "Crews will film in Alder, Birch and Cedar counties.\nThe unit will shoot in Alder County, on Main Street; in Birch County, at the Gorse Ranch; and in Cedar County, at Lake Ivo Danner west of Bexley.\nAn hour east, the Hatch Ranch played the family farm.\nNearby, the story's Lake Marrow lies north of Cullen.\nI stayed at the Fernhill Inn.\nWe moved the unit up to Harrow Pass for the night exteriors.\nShe auditioned players in Memphis before the shoot on the Tombee River.\n",
        )]);
        let uses = place_uses(&e);
        for filmed in [
            "Alder County",
            "Birch County",
            "Cedar County",
            "Gorse Ranch",
            "Lake Ivo Danner",
            "Hatch Ranch",
            "Harrow Pass",
            // The town west of the lake filmed at shares what happened there.
            "Bexley",
        ] {
            assert!(uses.contains(&(filmed, PlaceKind::FilmingLocation)), "{filmed}: {uses:?}");
        }
        assert!(uses.contains(&("Lake Marrow", PlaceKind::StorySetting)), "{uses:?}");
        assert!(uses.contains(&("Memphis", PlaceKind::Mentioned)), "{uses:?}");
        assert!(uses.contains(&("Tombee River", PlaceKind::FilmingLocation)), "{uses:?}");
        for mentioned in ["Cullen", "Fernhill Inn"] {
            assert!(uses.contains(&(mentioned, PlaceKind::Mentioned)), "{mentioned}: {uses:?}");
        }
        assert!(!uses.iter().any(|(name, _)| *name == "Alder"), "{uses:?}");
        // "Lake" opening a name with no place word around it names a person.
        let e = extract(&[doc("Lake Fenwick stars as the widow.\n")]);
        assert!(e.places.is_empty(), "{:?}", place_uses(&e));
        // A theater that played the film showed it; it stood in for nothing.
        let e = extract(&[doc("The Fennel Theater played the film for a week.\n")]);
        assert!(!place_uses(&e).contains(&("Fennel Theater", PlaceKind::FilmingLocation)), "{:?}", place_uses(&e));
        assert!(e.people.is_empty(), "{:?}", e.people.iter().map(|p| &p.name).collect::<Vec<_>>());
    }

    #[test]
    fn regions_saints_streets_and_landmarks_are_places() {
        let e = extract(&[doc(
            "Principal photography began in St. Ives, Devon, in May.\nCrews will film at Alder Farm, 12 miles north of Bartown.\nNight shoots closed Birch St. and E. Holly St.\nThe western tells the story of a rancher in the 1880s Oregon Territory.\n",
        )]);
        assert_eq!(
            place_uses(&e),
            [
                ("St. Ives", PlaceKind::FilmingLocation),
                ("Devon", PlaceKind::FilmingLocation),
                ("Alder Farm", PlaceKind::FilmingLocation),
                ("Bartown", PlaceKind::FilmingLocation),
                ("Birch St.", PlaceKind::FilmingLocation),
                ("E. Holly St", PlaceKind::FilmingLocation),
                ("Oregon Territory", PlaceKind::StorySetting),
            ]
        );
        assert!(e.people.is_empty(), "{:?}", e.people.iter().map(|p| &p.name).collect::<Vec<_>>());
        // A street abbreviation alone, or a saint's without a name after it, is no place.
        let e = extract(&[doc("The St. said the film will shoot in Sept. on the main St. downtown.\n")]);
        assert!(e.places.is_empty(), "{:?}", place_uses(&e));
    }

    #[test]
    fn another_productions_set_is_not_this_ones() {
        let text = "Stunt Crash on ‘Dust Road’ Set\nThe crash on the set of “Dust Road” near Bartown hurt a driver.\nIt recalled the death of stuntman Cal Brody, who was killed on the set of the series “Dry Wells” near Santa Fe.\nStunt coordinator Ana Ruiz designed the crash.\n";
        let e = extract(&[doc(text)]);
        assert_eq!(place_uses(&e), [("Bartown", PlaceKind::FilmingLocation), ("Santa Fe", PlaceKind::Mentioned)]);
        assert!(person(&e, "Cal Brody").roles.is_empty(), "{:?}", person(&e, "Cal Brody").roles);
        assert!(has_role(person(&e, "Ana Ruiz"), "Stunt Coordinator", None));
    }

    #[test]
    fn a_cast_list_gives_each_actor_the_character_in_parentheses() {
        let e = extract(&[doc("With Tom Vale (Jed Marsh), Ana Ruiz (Widow Ida Marsh) and Ben Hale (Doctor Quill).\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Tom Vale", "Ana Ruiz", "Ben Hale"]);
        assert!(has_role(person(&e, "Tom Vale"), "Actor", Some("Jed Marsh")));
        assert!(has_role(person(&e, "Ana Ruiz"), "Actor", Some("Widow Ida Marsh")));
        assert_eq!(person(&e, "Ana Ruiz").roles.len(), 1, "the title is the character's, not a kinship");
        // Outside a cast list, "Character (Actor)" keeps its order.
        let e = extract(&[doc("The film follows Jed Marsh (Tom Vale), a drifter.\n")]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Tom Vale"]);
    }

    #[test]
    fn a_list_after_a_cast_verb_names_actors_first() {
        let e = extract(&[doc(
            "The ensemble also includes Ana Ruiz (Ida Marsh) and Ben Hale (Pastor Jed Quill).\nCast\nAna Ruiz as Ida Marsh\n",
        )]);
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_ref()).collect();
        assert_eq!(names, ["Ana Ruiz", "Ben Hale"]);
        assert!(has_role(person(&e, "Ana Ruiz"), "Actor", Some("Ida Marsh")));
        assert!(has_role(person(&e, "Ben Hale"), "Actor", Some("Pastor Jed Quill")));
    }

    #[test]
    fn organisations_written_short_long_or_with_a_legal_form_are_one() {
        let e = extract(&[doc(
            "The bureau fined Lark Hill Productions LLC.\nLark Hill Productions said it would appeal.\nLark Hill could have faced more.\nThe Ohio Division of Film Safety, or ODFS, said so.\nODFS will review the case.\n",
        )]);
        let orgs: Vec<(&str, Vec<&str>)> =
            e.organisations.iter().map(|o| (o.name.as_ref(), strs(&o.aliases))).collect();
        assert_eq!(
            orgs,
            [
                ("Lark Hill Productions", vec!["Lark Hill", "Lark Hill Productions LLC"]),
                ("Ohio Division of Film Safety", vec!["ODFS"])
            ]
        );
        assert_eq!(e.organisations[1].kind, OrgKind::Office);
        assert!(e.people.is_empty(), "{:?}", e.people.iter().map(|p| &p.name).collect::<Vec<_>>());
        // An acronym that spells no organisation named here stays out.
        let e = extract(&[doc("The XKCD team met.\n")]);
        assert!(e.organisations.is_empty(), "{:?}", e.organisations);
    }

    #[test]
    fn organisation_names_end_where_a_title_or_a_base_begins() {
        let e = extract(&[doc(
            "The charge was dismissed, Pima County Superior Court Judge Ana Ruiz ruled.\nThe film is financed by the Bartown-based Juniper Film Fund.\n",
        )]);
        let orgs: Vec<(&str, OrgKind)> = e.organisations.iter().map(|o| (o.name.as_ref(), o.kind)).collect();
        assert_eq!(orgs, [("Pima County Superior Court", OrgKind::Court), ("Juniper Film Fund", OrgKind::Financier)]);
        let ana = person(&e, "Ana Ruiz");
        assert!(
            ana.roles.iter().any(|r| r.job == "Judge" && r.kind == RoleKind::Other(Relation::Legal)),
            "{:?}",
            ana.roles
        );
    }

    #[test]
    fn organisation_kinds_from_names_and_relations() {
        let e = extract(&[doc(
            "Greyfin Sales boarded the drama.\nExtras are cast by Pell Road Casting, according to the Bartown Film Office.\nThe agents of the FBI visited.\nNorthpoint Pictures plans to release the film.\nThe film is financed by Marlow Pictures.\n",
        )]);
        let orgs: Vec<(&str, OrgKind)> = e.organisations.iter().map(|o| (o.name.as_ref(), o.kind)).collect();
        assert_eq!(
            orgs,
            [
                ("Greyfin Sales", OrgKind::Distributor),
                ("Pell Road Casting", OrgKind::Other),
                // Quoted as a source, an office is still an office.
                ("Bartown Film Office", OrgKind::Office),
                ("FBI", OrgKind::Office),
                ("Northpoint Pictures", OrgKind::Distributor),
                // A studio that finances a film stays a studio.
                ("Marlow Pictures", OrgKind::Studio),
            ]
        );
        assert!(e.people.is_empty(), "{:?}", e.people.iter().map(|p| &p.name).collect::<Vec<_>>());
    }

    #[test]
    fn grips_agents_and_copular_credits() {
        let e = extract(&[doc(
            "Key grip Ana Ruiz and dolly grip Tom Vale rigged the crane.\nBen Hale, a business agent for the Lark Guild, said so.\nMia Roe is the writer and director.\nEli Lee is the director of the Foo Film Festival.\nJo Park is the producer’s brother.\n",
        )]);
        assert!(has_role(person(&e, "Ana Ruiz"), "Key Grip", None));
        assert!(has_role(person(&e, "Tom Vale"), "Dolly Grip", None));
        let ben = person(&e, "Ben Hale");
        assert_eq!(ben.roles.len(), 1, "{:?}", ben.roles);
        assert_eq!(
            (ben.roles[0].job.as_ref(), ben.roles[0].kind, ben.roles[0].organisation.as_deref()),
            ("Business Agent", RoleKind::Other(Relation::Other), Some("Lark Guild"))
        );
        let mia = person(&e, "Mia Roe");
        assert!(has_role(mia, "Writer", None) && has_role(mia, "Director", None), "{:?}", mia.roles);
        assert!(person(&e, "Eli Lee").roles.iter().all(|r| !matches!(r.kind, RoleKind::Crew(_))));
        assert!(person(&e, "Jo Park").roles.iter().all(|r| !matches!(r.kind, RoleKind::Crew(_))));
    }

    #[test]
    fn successors_jury_heads_and_unquoted_works() {
        let e = extract(&[doc(
            "The western “Dust Road” wrapped.\nDirector Ana Lee met the cast.\nDust Road, which Lee also produced, opens in May.\nWalt Moss died; his grandson, Eli Moss, has taken over as lead producer.\nThe jury, led by Dutch director Anouk Vos, praised the film.\n",
        )]);
        assert!(has_role(person(&e, "Ana Lee"), "Producer", None));
        assert!(has_role(person(&e, "Eli Moss"), "Producer", None));
        let stage = extract(&[doc("Tom Vale took the stage as the festival’s director.\n")]);
        assert!(person(&stage, "Tom Vale").roles.iter().all(|r| !matches!(r.kind, RoleKind::Crew(_))));
        let anouk = person(&e, "Anouk Vos");
        assert_eq!(anouk.roles.len(), 1, "{:?}", anouk.roles);
        assert_eq!(
            (anouk.roles[0].job.as_ref(), anouk.roles[0].kind),
            ("Jury President", RoleKind::Other(Relation::Other))
        );
        // A name after "by" with no jury before it keeps its job.
        let e = extract(&[doc("The drama, produced by director Ana Lee, opens in May.\n")]);
        assert!(has_role(person(&e, "Ana Lee"), "Director", None));
    }

    #[test]
    fn a_name_closed_by_a_plus_sign_is_a_streaming_platform() {
        let e = extract(&[doc("The drama streams on Lumen+ next month, Ana Ruiz said.\n")]);
        let orgs: Vec<(&str, OrgKind)> = e.organisations.iter().map(|o| (o.name.as_ref(), o.kind)).collect();
        assert_eq!(orgs, [("Lumen+", OrgKind::Platform)]);
        let e = extract(&[doc("Scores rose 3+ points, Ana Ruiz said.\n")]);
        assert!(e.organisations.is_empty());
    }

    #[test]
    fn a_site_where_the_production_built_its_set_is_a_filming_location() {
        let e = extract(&[doc(
            "The grip died at Alder Ranch, where the production had built a frontier town set.\nThe grip grew up at Cedar Ranch, where his parents live.\n",
        )]);
        assert_eq!(
            place_uses(&e),
            [("Alder Ranch", PlaceKind::FilmingLocation), ("Cedar Ranch", PlaceKind::Mentioned)]
        );
    }

    #[test]
    fn a_cast_closer_a_union_local_and_where_someone_was_treated() {
        let e = extract(&[doc(
            "Newcomer Ivy Lark rounds out the cast as Dolan’s daughter, June.\nFilm Crafts Union Local 44 raised concerns.\nThe driver was flown to a hospital in Bartown.\nIvy Lark starred in Dune Road last year.\n",
        )]);
        assert!(has_role(person(&e, "Ivy Lark"), "Actor", Some("June")), "{:?}", person(&e, "Ivy Lark").roles);
        let orgs: Vec<&str> = e.organisations.iter().map(|o| o.name.as_ref()).collect();
        assert_eq!(orgs, ["Film Crafts Union Local 44"]);
        assert_eq!(place_uses(&e), [("Bartown", PlaceKind::Mentioned)]);
        let e = extract(&[doc("She auditioned from a motel in Bexley.\nShe auditioned with Bexley.\n")]);
        assert_eq!(place_uses(&e), [("Bexley", PlaceKind::Mentioned)]);
        assert_eq!(e.places[0].mentions.len(), 1);
    }

    #[test]
    fn firms_chains_insurers_and_a_state_office_written_short() {
        let e = extract(&[doc("The film was financed by Marlow & Pike.
Brass came from Tolley & Sons in Bartown.
Orion Cinemas and Lakeside Theatres booked it.
Its insurer, Kestrel Mutual, paid.
The Ohio Department of Health opened an inquiry. The Department of Health said little.
Stagehands Local 88 voted.
")]);
        let orgs: Vec<(&str, OrgKind)> = e.organisations.iter().map(|o| (o.name.as_ref(), o.kind)).collect();
        assert_eq!(
            orgs,
            [
                ("Marlow & Pike", OrgKind::Financier),
                ("Tolley & Sons", OrgKind::Other),
                ("Orion Cinemas", OrgKind::Other),
                ("Lakeside Theatres", OrgKind::Other),
                ("Kestrel Mutual", OrgKind::Other),
                ("Ohio Department of Health", OrgKind::Office),
                ("Stagehands Local 88", OrgKind::Union),
            ]
        );
        assert!(e.people.is_empty(), "{:?}", e.people.iter().map(|p| &p.name).collect::<Vec<_>>());
        assert_eq!(strs(&e.organisations[5].aliases), ["Department of Health"]);
        // Two names joined by an ampersand in a longer run are two people.
        let e = extract(&[doc("It was written by Ann Lee & Tom Vance.
")]);
        assert!(e.organisations.is_empty());
        assert_eq!(e.people.len(), 2);
    }

    #[test]
    fn a_job_written_after_another_works_title_is_held_there() {
        let e = extract(&[doc(
            "Ana Ruiz Wraps “The Long Road”\nElsewhere, “Red Mile” star Ben Hale saw his thriller slip.\n“The Long Road” star Mia Chen returns.\n",
        )]);
        assert!(person(&e, "Ben Hale").roles.is_empty(), "{:?}", person(&e, "Ben Hale").roles);
        assert!(has_role(person(&e, "Mia Chen"), "Actor", None));
    }

    #[test]
    fn an_insurer_introduced_as_one_is_a_firm_and_a_venue_s_short_form_is_the_venue() {
        let e = extract(&[doc("Its title sponsor is the Flemish insurer Belford Verzekeringen.
The production's underwriter, Harrow Lund, paid the bills.
It premiered at the Vanderkelen Theatre.
Screenings are also held at the Vanderkelen.
")]);
        let orgs: Vec<&str> = e.organisations.iter().map(|o| o.name.as_ref()).collect();
        assert_eq!(orgs, ["Belford Verzekeringen", "Harrow Lund"]);
        assert!(e.people.is_empty(), "{:?}", e.people.iter().map(|p| &p.name).collect::<Vec<_>>());
        assert_eq!(place_uses(&e), [("Vanderkelen Theatre", PlaceKind::EventVenue)]);
        assert_eq!(strs(&e.places[0].aliases), ["Vanderkelen"]);
    }

    #[test]
    fn a_court_is_the_court_of_the_case() {
        let e = extract(&[doc("The case was dismissed in Pima County District Court in June.\n")]);
        let o = &e.organisations[0];
        assert_eq!((o.name.as_ref(), o.kind), ("Pima County District Court", OrgKind::Court));
        assert_eq!(o.relations[0].label, "court of the case");
        assert!(e.places.is_empty());
        // A state agency's name places it in its state.
        let e = extract(&[doc("The Oregon Film Office approved the permit.\n")]);
        assert_eq!(place_uses(&e), [("Oregon", PlaceKind::Mentioned)]);
    }

    #[test]
    fn a_person_written_two_ways_is_one_also_written() {
        let e = extract(&[doc("Dana Ortiz-Blake directed the film.\nLater, director Dana Ortiz said it was hard.\n")]);
        assert_eq!(e.people.len(), 1);
        assert_eq!(strs(&e.people[0].aliases), ["Dana Ortiz"]);
        assert_eq!(e.people[0].mentions.len(), 2);
        let e = extract(&[doc(
            "Director Ana Ruiz met the cast.\nThe film, directed by Ana Ruzi, opens in May.\nAna Ruiz said so.\n",
        )]);
        assert_eq!(e.people.len(), 1);
        assert_eq!((e.people[0].name.as_ref(), strs(&e.people[0].aliases)), ("Ana Ruiz", vec!["Ana Ruzi"]));
        // A one-letter difference without a shared role is two people.
        let e = extract(&[doc("Director Ana Ruiz met the cast.\nHer lawyer, Ana Ruis, spoke.\n")]);
        assert_eq!(e.people.len(), 2);
        // Spellings one slip apart in a chain fold one step; no mention is lost.
        let e = extract(&[doc(
            "Director Ana Ruiz met the cast.\nDirector Ana Ruiz left.\nDirector Ana Ruiz came.\nDirector Ana Ruis spoke.\nDirector Ana Ruis sat.\nDirector Ana Ruus ate.\n",
        )]);
        assert_eq!(e.people.iter().map(|p| p.mentions.len()).sum::<usize>(), 6);
        assert_eq!(strs(&person(&e, "Ana Ruiz").aliases), ["Ana Ruis"]);
        // Different first names are two people.
        let e =
            extract(&[doc("Director Ana Ruiz met the cast.\nDirector Ena Ruiz left.\nDirector Bo Ruiz-Lang came.\n")]);
        assert_eq!(e.people.len(), 3);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn never_panics_and_spans_are_in_bounds(text in "\\PC{0,300}", extra in "[A-Z][a-z]{1,6} [A-Z][a-z]{1,6}( \\(|, |’s |\\. )?") {
            let text = format!("{extra}{text}\n{extra} plays {text}");
            let d = doc(&text);
            let e = extract(std::slice::from_ref(&d));
            let spans = e.people.iter().flat_map(|p| p.mentions.iter().chain(p.roles.iter().flat_map(|r| r.evidence.iter())))
                .chain(e.organisations.iter().flat_map(|o| o.mentions.iter().chain(o.relations.iter().flat_map(|c| c.evidence.iter()))))
                .chain(e.places.iter().flat_map(|p| p.mentions.iter().chain(p.uses.iter().flat_map(|u| u.evidence.iter()))));
            for ev in spans {
                prop_assert!(span_ok(&text, ev.span), "{:?}", ev);
            }
        }

        #[test]
        fn arbitrary_segments_never_panic(text in "\\PC{0,200}", cuts in proptest::collection::vec((0u32..260, 0u32..260), 0..6)) {
            let mut d = doc(&text);
            d.segments = cuts.into_iter().map(|(a, b)| knowledge::Segment { span: Span { start: a, end: b }, paragraph: 0, kind: knowledge::SegmentKind::Sentence }).collect::<Vec<_>>().into();
            let e = extract(std::slice::from_ref(&d));
            for p in &e.people {
                for m in p.mentions.iter() {
                    prop_assert!(span_ok(&text, m.span));
                }
            }
        }
    }
}
