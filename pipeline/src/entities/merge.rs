//! Merging mentions across documents into one entity per normalised name: aliases collected,
//! roles merged by kind + job + character with their evidence, place uses by kind, stable slug
//! ids, and entities sorted by first appearance (document order, then offset) so lists read like
//! the corpus.

use std::collections::{BTreeMap, BTreeSet};

use knowledge::{Claim, Evidence, OrgKind, Organisation, Person, Place, PlaceKind, PlaceUse, Role, RoleKind};

use super::roles::{Character, RoleFact};
use crate::Entities;

#[derive(Debug, Default)]
struct PersonAcc {
    name: String,
    aliases: BTreeSet<String>,
    roles: Vec<RoleAcc>,
    mentions: BTreeSet<Evidence>,
    /// Some mention not bound to another work ([`Merger::person`]).
    own: bool,
}

#[derive(Debug)]
struct RoleAcc {
    kind: RoleKind,
    job: &'static str,
    character: Option<Character>,
    organisation: Option<String>,
    replaced: bool,
    evidence: BTreeSet<Evidence>,
}

#[derive(Debug, Default)]
struct OrgAcc {
    name: String,
    aliases: BTreeSet<String>,
    known: Option<OrgKind>,
    related: Option<OrgKind>,
    /// Whether some sentence makes it a producer of the film.
    producing: bool,
    suffix: Option<OrgKind>,
    relations: Vec<(String, BTreeSet<Evidence>)>,
    mentions: BTreeSet<Evidence>,
}

#[derive(Debug, Default)]
struct PlaceAcc {
    name: String,
    aliases: BTreeSet<String>,
    uses: BTreeMap<PlaceKind, BTreeSet<Evidence>>,
    mentions: BTreeSet<Evidence>,
}

/// Collects mentions, roles, relations and uses keyed by normalised name.
#[derive(Debug, Default)]
pub struct Merger {
    people: BTreeMap<String, PersonAcc>,
    orgs: BTreeMap<String, OrgAcc>,
    places: BTreeMap<String, PlaceAcc>,
    /// Places named only inside a public body's name, kept when no sentence names them.
    seats: BTreeMap<String, PlaceAcc>,
}

fn alias(aliases: &mut BTreeSet<String>, name: &str, written: &str) {
    if written != name {
        aliases.insert(written.to_owned());
    }
}

impl Merger {
    /// Records a mention of person `key` (full name `name`) written as `written`; `own` is false
    /// when the mention is bound to another work: a person only so named, with no role, is
    /// that work's and is dropped.
    pub fn person(&mut self, key: &str, name: &str, written: &str, ev: Evidence, own: bool) {
        let acc = self
            .people
            .entry(key.to_owned())
            .or_insert_with(|| PersonAcc { name: name.to_owned(), ..PersonAcc::default() });
        alias(&mut acc.aliases, &acc.name, written);
        acc.mentions.insert(ev);
        acc.own |= own;
    }

    /// Records a role of an already mentioned person.
    pub fn role(&mut self, fact: RoleFact, ev: Evidence) {
        let Some(acc) = self.people.get_mut(&fact.person) else { return };
        let same = |r: &&mut RoleAcc| {
            r.kind == fact.kind
                && r.job == fact.job
                && r.character == fact.character
                && r.organisation == fact.organisation
        };
        match acc.roles.iter_mut().find(same) {
            Some(r) => {
                r.replaced |= fact.replaced;
                r.evidence.insert(ev);
            }
            None => acc.roles.push(RoleAcc {
                kind: fact.kind,
                job: fact.job,
                character: fact.character,
                organisation: fact.organisation,
                replaced: fact.replaced,
                evidence: BTreeSet::from([ev]),
            }),
        }
    }

    /// True when person `key` has a cast role.
    pub fn is_cast(&self, key: &str) -> bool {
        self.people.get(key).is_some_and(|p| p.roles.iter().any(|r| r.kind == RoleKind::Cast))
    }

    /// Gives `predecessor` the cast and crew roles `successor` holds by evidence from document
    /// `doc`, marked replaced, on evidence `ev` ("X has been replaced by Y" and "Y plays Z").
    pub fn succeeded(&mut self, predecessor: &str, successor: &str, doc: u16, ev: Evidence) {
        let Some(from) = self.people.get(successor) else { return };
        let taken: Vec<RoleFact> = from
            .roles
            .iter()
            .filter(|r| matches!(r.kind, RoleKind::Cast | RoleKind::Crew(_)) && r.evidence.iter().any(|e| e.doc == doc))
            .map(|r| RoleFact {
                person: predecessor.to_owned(),
                kind: r.kind,
                job: r.job,
                character: r.character.clone(),
                organisation: r.organisation.clone(),
                replaced: true,
            })
            .collect();
        for fact in taken {
            self.role(fact, ev);
        }
    }

    /// Records a mention of organisation `key`, with the kinds its name suggests.
    pub fn org(
        &mut self,
        key: &str,
        name: &str,
        written: &str,
        known: Option<OrgKind>,
        suffix: Option<OrgKind>,
        ev: Evidence,
    ) {
        let acc =
            self.orgs.entry(key.to_owned()).or_insert_with(|| OrgAcc { name: name.to_owned(), ..OrgAcc::default() });
        alias(&mut acc.aliases, &acc.name, written);
        acc.known = acc.known.or(known);
        acc.suffix = acc.suffix.or(suffix);
        acc.mentions.insert(ev);
    }

    /// Records how an already mentioned organisation relates to the production.
    pub fn org_relation(&mut self, key: &str, label: &str, kind: OrgKind, ev: Evidence) {
        let Some(acc) = self.orgs.get_mut(key) else { return };
        acc.related = acc.related.or(Some(kind));
        acc.producing |= kind == OrgKind::Studio;
        match acc.relations.iter_mut().find(|(l, _)| l == label) {
            Some((_, evs)) => {
                evs.insert(ev);
            }
            None => acc.relations.push((label.to_owned(), BTreeSet::from([ev]))),
        }
    }

    /// Records a mention of place `key` and the use the sentence gives it.
    pub fn place(
        &mut self,
        key: &str,
        name: &str,
        written: &str,
        kind: PlaceKind,
        mention: Evidence,
        sentence: Evidence,
    ) {
        let acc = self
            .places
            .entry(key.to_owned())
            .or_insert_with(|| PlaceAcc { name: name.to_owned(), ..PlaceAcc::default() });
        alias(&mut acc.aliases, &acc.name, written);
        acc.mentions.insert(mention);
        acc.uses.entry(kind).or_default().insert(sentence);
    }

    /// Records the place a public body's name opens with ("Georgia" of "Georgia Department of
    /// Labor"): a mentioned place, unless sentences name it with a use of their own.
    pub fn seat(&mut self, key: &str, name: &str, mention: Evidence, sentence: Evidence) {
        let acc = self
            .seats
            .entry(key.to_owned())
            .or_insert_with(|| PlaceAcc { name: name.to_owned(), ..PlaceAcc::default() });
        acc.mentions.insert(mention);
        acc.uses.entry(PlaceKind::Mentioned).or_default().insert(sentence);
    }

    /// Folds one person written two ways into the other, the other spelling kept as an alias
    /// (shown as "also written"): half of a double-barrelled surname ("Dana Ortiz" into "Dana
    /// Ortiz-Blake"), and a one-letter slip or transposition of the surname when both share a
    /// role ("Ana Ruzi" into "Ana Ruiz", the spelling with more mentions winning).
    fn fold_variants(&mut self) {
        let keys: Vec<String> = self.people.keys().cloned().collect();
        let mut folds: Vec<(String, String)> = Vec::new();
        for a in &keys {
            // One step only: a spelling that another folds into is not folded away itself.
            if folds.iter().any(|(_, to)| to == a) {
                continue;
            }
            let targets: Vec<&String> = keys
                .iter()
                .filter(|b| *b != a && !folds.iter().any(|(from, _)| from == *b))
                .filter(|b| {
                    let (pa, pb) = (&self.people[a], &self.people[*b]);
                    let shared_role =
                        pa.roles.iter().any(|r| pb.roles.iter().any(|q| q.kind == r.kind && q.job == r.job));
                    let more = (pb.mentions.len(), std::cmp::Reverse(pb.mentions.first()))
                        > (pa.mentions.len(), std::cmp::Reverse(pa.mentions.first()));
                    half_of_double_surname(a, b) || (shared_role && more && one_slip(a, b))
                })
                .collect();
            if let [one] = targets.as_slice() {
                folds.push((a.clone(), (*one).clone()));
            }
        }
        for (from, to) in folds {
            if !self.people.contains_key(&to) {
                continue;
            }
            let Some(source) = self.people.remove(&from) else { continue };
            let Some(target) = self.people.get_mut(&to) else { continue };
            target.aliases.insert(source.name);
            target.aliases.extend(source.aliases);
            target.mentions.extend(source.mentions);
            target.own |= source.own;
            for role in source.roles {
                match target.roles.iter_mut().find(|r| {
                    r.kind == role.kind
                        && r.job == role.job
                        && r.character == role.character
                        && r.organisation == role.organisation
                }) {
                    Some(r) => {
                        r.replaced |= role.replaced;
                        r.evidence.extend(role.evidence);
                    }
                    None => target.roles.push(role),
                }
            }
        }
    }

    /// Builds the merged entities, each list sorted by first mention.
    pub fn finish(mut self) -> Entities {
        self.fold_variants();
        let mut ids = BTreeSet::new();
        let mut people: Vec<(Evidence, Person)> = self
            .people
            .into_values()
            .filter(|p| p.own || !p.roles.is_empty())
            .filter_map(|p| {
                let first = *p.mentions.first()?;
                let roles = fold_cast(p.roles)
                    .into_iter()
                    .map(|r| Role {
                        kind: r.kind,
                        job: r.job.into(),
                        character: r.character.map(|c| c.name.into()),
                        organisation: r.organisation.map(Into::into),
                        replaced: r.replaced,
                        evidence: r.evidence.into_iter().collect::<Vec<_>>().into(),
                    })
                    .collect::<Vec<_>>();
                let person = Person {
                    id: unique_slug(&p.name, &mut ids).into(),
                    name: p.name.into(),
                    aliases: p.aliases.into_iter().map(Into::into).collect::<Vec<_>>().into(),
                    roles: roles.into(),
                    mentions: p.mentions.into_iter().collect::<Vec<_>>().into(),
                };
                Some((first, person))
            })
            .collect();
        people.sort_by_key(|(first, _)| *first);

        let mut organisations: Vec<(Evidence, Organisation)> = self
            .orgs
            .into_values()
            .filter_map(|o| {
                let first = *o.mentions.first()?;
                // "according to the Film Office" quotes an office, it does not make it an outlet.
                let quoted = o.related == Some(OrgKind::Outlet) && o.suffix.is_some_and(|k| k != OrgKind::Outlet);
                // A studio that finances its own film, or produces it and releases it too, stays
                // a studio.
                let financing =
                    (o.related == Some(OrgKind::Financier) || o.producing) && o.suffix == Some(OrgKind::Studio);
                // "in association with Ashgrove Capital": a partner whose name says it finances or
                // sells keeps that kind.
                let partner = o.relations.iter().all(|(label, _)| label == "co-producer")
                    && o.suffix.is_some_and(|k| !matches!(k, OrgKind::Studio | OrgKind::Other));
                let related = o.related.filter(|_| !quoted && !financing && !partner);
                let kind = o.known.or(related).or(o.suffix).unwrap_or(OrgKind::Other);
                let relations = o
                    .relations
                    .into_iter()
                    .map(|(label, evs)| Claim {
                        label: label.into(),
                        evidence: evs.into_iter().collect::<Vec<_>>().into(),
                    })
                    .collect::<Vec<_>>();
                let org = Organisation {
                    id: unique_slug(&o.name, &mut ids).into(),
                    name: o.name.into(),
                    aliases: o.aliases.into_iter().map(Into::into).collect::<Vec<_>>().into(),
                    kind,
                    relations: relations.into(),
                    mentions: o.mentions.into_iter().collect::<Vec<_>>().into(),
                };
                Some((first, org))
            })
            .collect();
        organisations.sort_by_key(|(first, _)| *first);

        for (key, seat) in std::mem::take(&mut self.seats) {
            match self.places.get_mut(&key) {
                Some(place) => place.mentions.extend(seat.mentions),
                None => {
                    self.places.insert(key, seat);
                }
            }
        }
        let mut places: Vec<(Evidence, Place)> = self
            .places
            .into_values()
            .filter_map(|p| {
                let first = *p.mentions.first()?;
                let uses = p
                    .uses
                    .into_iter()
                    .map(|(kind, evs)| PlaceUse { kind, evidence: evs.into_iter().collect::<Vec<_>>().into() })
                    .collect::<Vec<_>>();
                let place = Place {
                    id: unique_slug(&p.name, &mut ids).into(),
                    name: p.name.into(),
                    aliases: p.aliases.into_iter().map(Into::into).collect::<Vec<_>>().into(),
                    uses: uses.into(),
                    mentions: p.mentions.into_iter().collect::<Vec<_>>().into(),
                };
                Some((first, place))
            })
            .collect();
        places.sort_by_key(|(first, _)| *first);

        Entities {
            people: people.into_iter().map(|(_, p)| p).collect(),
            organisations: organisations.into_iter().map(|(_, o)| o).collect(),
            places: places.into_iter().map(|(_, p)| p).collect(),
        }
    }
}

/// Which described characters fold into the target one.
type FoldTest = dyn Fn(&Character) -> bool;

/// Folds cast roles that say less into the one that says most: with exactly one named
/// character, roles without a character or with a described one join it; with none named and
/// exactly one titled one ("Father Anselm"), those and lower-case descriptions ("parish
/// priest") join it; else with exactly one described character, roles without one join it.
fn fold_cast(roles: Vec<RoleAcc>) -> Vec<RoleAcc> {
    let characters = |pred: &dyn Fn(&Character) -> bool| {
        let mut seen: Vec<String> = roles
            .iter()
            .filter(|r| r.kind == RoleKind::Cast)
            .filter_map(|r| r.character.as_ref().filter(|c| pred(c)).map(|c| c.name.clone()))
            .collect();
        seen.dedup();
        seen
    };
    fn capitalised(c: &Character) -> bool {
        c.name.starts_with(char::is_uppercase)
    }
    let named = characters(&|c| c.named);
    // "Father Anselm": a titled name is described, yet says more than "the parish priest".
    let titled = characters(&|c| !c.named && capitalised(c));
    let described = characters(&|c| !c.named);
    // The target, and which described characters fold into it.
    let target: Option<(String, &FoldTest)> = match (named.as_slice(), titled.as_slice(), described.as_slice()) {
        ([one], _, _) => Some((one.clone(), &|c: &Character| !c.named)),
        ([], [one], _) => Some((one.clone(), &|c: &Character| !c.named && !capitalised(c))),
        ([], [], [one]) => Some((one.clone(), &|_: &Character| false)),
        _ => None,
    };
    let Some((target, folds)) = target else { return roles };
    let mut out: Vec<RoleAcc> = Vec::new();
    let mut folded = BTreeSet::new();
    for r in roles {
        let foldable = r.kind == RoleKind::Cast
            && match &r.character {
                None => true,
                Some(c) => folds(c),
            };
        if foldable {
            folded.extend(r.evidence);
        } else {
            out.push(r);
        }
    }
    if let Some(r) =
        out.iter_mut().find(|r| r.kind == RoleKind::Cast && r.character.as_ref().is_some_and(|c| c.name == target))
    {
        r.evidence.extend(folded);
    }
    out
}

/// True when key `short` is key `long` with one part of its hyphenated surname ("dana ortiz",
/// "dana ortiz-blake"): the same first words, the last one a part of the longer one's last.
fn half_of_double_surname(short: &str, long: &str) -> bool {
    let (s, l): (Vec<&str>, Vec<&str>) = (short.split(' ').collect(), long.split(' ').collect());
    s.len() >= 2
        && s.len() == l.len()
        && s[..s.len() - 1] == l[..l.len() - 1]
        && l[l.len() - 1].contains('-')
        && l[l.len() - 1].split('-').any(|part| part == s[s.len() - 1])
}

/// True when keys `a` and `b` differ only in their surname, by one letter changed, added,
/// dropped or two neighbours swapped ("ana ruzi", "ana ruiz"), on surnames of four letters or more.
fn one_slip(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() < 2 || wa.len() != wb.len() || wa[..wa.len() - 1] != wb[..wb.len() - 1] {
        return false;
    }
    let (x, y): (Vec<char>, Vec<char>) = (wa[wa.len() - 1].chars().collect(), wb[wb.len() - 1].chars().collect());
    if x.len().min(y.len()) < 4 || x == y {
        return false;
    }
    let head = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
    let (rx, ry) = (&x[head..], &y[head..]);
    match rx.len().abs_diff(ry.len()) {
        0 => rx[1..] == ry[1..] || (rx.len() >= 2 && rx[0] == ry[1] && rx[1] == ry[0] && rx[2..] == ry[2..]),
        1 => rx.get(1..) == Some(ry) || ry.get(1..) == Some(rx),
        _ => false,
    }
}

/// A URL-safe slug of `name` ("Ann Lee" → "ann-lee"), made unique with a suffix.
pub fn unique_slug(name: &str, taken: &mut BTreeSet<String>) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if let Some(ascii) = fold(c) {
            slug.push_str(ascii);
        } else if c.is_alphanumeric() {
            slug.push(c);
        } else if c != '\'' && c != '’' && c != '.' && !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let base = slug.trim_end_matches('-').to_owned();
    let base = if base.is_empty() { "entity".to_owned() } else { base };
    let mut candidate = base.clone();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

/// ASCII spelling of common accented Latin letters, so slugs stay plain ("léa" → "lea").
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'ă' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use knowledge::{Department, Span};

    fn ev(doc: u16, start: u32) -> Evidence {
        Evidence { doc, span: Span { start, end: start + 3 }, curated: false }
    }

    fn fact(job: &'static str, kind: RoleKind, character: Option<(&str, bool)>) -> RoleFact {
        RoleFact {
            person: "ann lee".into(),
            kind,
            job,
            character: character.map(|(n, named)| Character { name: n.into(), named }),
            organisation: None,
            replaced: false,
        }
    }

    #[test]
    fn slugs_are_stable_and_unique() {
        let mut taken = BTreeSet::new();
        assert_eq!(unique_slug("Mary-Anne O’Neil", &mut taken), "mary-anne-oneil");
        assert_eq!(unique_slug("Mary Anne O'Neil", &mut taken), "mary-anne-oneil-2");
        assert_eq!(unique_slug("John Q. Public", &mut taken), "john-q-public");
        assert_eq!(unique_slug("Léa Žižek-Ørsted", &mut taken), "lea-zizek-orsted");
    }

    #[test]
    fn mentions_merge_roles_fold_and_sort_by_first_mention() {
        let mut m = Merger::default();
        m.person("tom vale", "Tom Vale", "Tom Vale", ev(0, 50), true);
        m.person("ann lee", "Ann Lee", "Ann Lee", ev(0, 10), true);
        m.person("ann lee", "Ann Lee", "Lee", ev(1, 5), true);
        m.role(fact("Actor", RoleKind::Cast, None), ev(0, 0));
        m.role(fact("Actor", RoleKind::Cast, Some(("Greta Holm", true))), ev(0, 20));
        m.role(fact("Actor", RoleKind::Cast, Some(("old smuggler", false))), ev(1, 0));
        m.role(fact("Director", RoleKind::Crew(Department::Directing), None), ev(1, 0));
        m.role(fact("Director", RoleKind::Crew(Department::Directing), None), ev(1, 9));
        let e = m.finish();
        assert_eq!(e.people[0].id, "ann-lee");
        assert_eq!(e.people[1].id, "tom-vale");
        let ann = &e.people[0];
        assert_eq!(ann.aliases.iter().map(|a| a.as_ref()).collect::<Vec<&str>>(), ["Lee"]);
        assert_eq!(ann.mentions.len(), 2);
        assert_eq!(ann.roles.len(), 2);
        assert_eq!(ann.roles[0].character.as_deref(), Some("Greta Holm"));
        assert_eq!(ann.roles[0].evidence.len(), 3);
        assert_eq!(ann.roles[1].evidence.len(), 2);
    }

    #[test]
    fn a_description_folds_into_the_one_titled_character() {
        let mut m = Merger::default();
        m.person("ann lee", "Ann Lee", "Ann Lee", ev(0, 10), true);
        m.role(fact("Actor", RoleKind::Cast, Some(("parish priest", false))), ev(0, 0));
        m.role(fact("Actor", RoleKind::Cast, Some(("Father Anselm", false))), ev(1, 0));
        let e = m.finish();
        let roles = &e.people[0].roles;
        assert_eq!(roles.len(), 1);
        assert_eq!(roles[0].character.as_deref(), Some("Father Anselm"));
        assert_eq!(roles[0].evidence.len(), 2);
    }

    #[test]
    fn a_public_body_s_seat_is_mentioned_unless_a_sentence_names_it() {
        let mut m = Merger::default();
        m.seat("georgia", "Georgia", ev(0, 1), ev(0, 0));
        m.seat("utah", "Utah", ev(0, 5), ev(0, 4));
        m.place("utah", "Utah", "Utah", PlaceKind::FilmingLocation, ev(1, 1), ev(1, 0));
        let e = m.finish();
        let uses: Vec<(&str, Vec<PlaceKind>)> =
            e.places.iter().map(|p| (p.name.as_ref(), p.uses.iter().map(|u| u.kind).collect())).collect();
        assert_eq!(uses, [("Georgia", vec![PlaceKind::Mentioned]), ("Utah", vec![PlaceKind::FilmingLocation])]);
        assert_eq!(e.places[1].mentions.len(), 2);
    }

    #[test]
    fn places_collect_each_use_with_its_sentences() {
        let mut m = Merger::default();
        m.place("utah", "Utah", "Utah", PlaceKind::Mentioned, ev(0, 1), ev(0, 0));
        m.place("utah", "Utah", "Utah", PlaceKind::FilmingLocation, ev(1, 1), ev(1, 0));
        m.place("utah", "Utah", "Utah", PlaceKind::FilmingLocation, ev(1, 9), ev(1, 8));
        m.place("ohio", "Ohio", "Ohio", PlaceKind::Mentioned, ev(0, 9), ev(0, 8));
        let e = m.finish();
        let kinds: Vec<PlaceKind> = e.places[0].uses.iter().map(|u| u.kind).collect();
        assert_eq!(kinds, [PlaceKind::FilmingLocation, PlaceKind::Mentioned]);
        assert_eq!(e.places[0].uses[0].evidence.len(), 2);
        assert_eq!(e.places[0].mentions.len(), 3);
        assert_eq!(e.places[1].name, "Ohio");
    }
}
