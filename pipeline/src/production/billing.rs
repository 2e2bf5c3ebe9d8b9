//! The cast in credit order: each source that lists cast members ranks them by where it first
//! names them in a sentence giving their cast role (by the name's place in the sentence, so a
//! cast list keeps its order); the sources' rankings are then combined pair
//! by pair (one member goes before another when more sources put it first), and members no
//! source compares keep the order in which the corpus first lists them.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use knowledge::{Document, Evidence, Person, RoleKind};

/// Indices of the people with a cast role, in credit order.
pub fn billing(documents: &[Document], people: &[Person]) -> Vec<u16> {
    // Per source, each cast member's first listing: (document, byte offset) → person.
    let mut first: BTreeMap<(u16, u16), u32> = BTreeMap::new();
    for (i, person) in people.iter().enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        for role in person.roles.iter().filter(|r| r.kind == RoleKind::Cast) {
            for e in role.evidence.iter() {
                let named = named_at(documents, person, e);
                let at = first.entry((e.doc, i)).or_insert(named);
                *at = (*at).min(named);
            }
        }
    }
    let mut rankings: BTreeMap<u16, Vec<(u32, u16)>> = BTreeMap::new();
    for ((doc, person), at) in &first {
        rankings.entry(*doc).or_default().push((*at, *person));
    }
    let earliest = |p: u16| first.iter().filter(|((_, q), _)| *q == p).map(|((d, _), at)| (*d, *at)).min();
    let mut cast: Vec<u16> = first.keys().map(|(_, p)| *p).collect();
    cast.sort_unstable();
    cast.dedup();
    // Copeland score: pairs a member wins minus pairs it loses.
    let score = |p: u16| -> i32 { cast.iter().map(|&q| duel(&rankings, p, q)).sum() };
    let mut keyed: Vec<(i32, (u16, u32), u16)> =
        cast.iter().map(|&p| (-score(p), earliest(p).unwrap_or((u16::MAX, u32::MAX)), p)).collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, _, p)| p).collect()
}

/// +1 when more sources list `a` before `b` than after, −1 for the reverse, 0 otherwise.
fn duel(rankings: &BTreeMap<u16, Vec<(u32, u16)>>, a: u16, b: u16) -> i32 {
    let mut balance = 0i32;
    for ranking in rankings.values() {
        let at = |p: u16| ranking.iter().find(|(_, q)| *q == p).map(|(at, _)| *at);
        if let (Some(x), Some(y)) = (at(a), at(b)) {
            balance += match x.cmp(&y) {
                Ordering::Less => 1,
                Ordering::Greater => -1,
                Ordering::Equal => 0,
            };
        }
    }
    balance.signum()
}

/// Where the evidence sentence first names the person (its start when it names them otherwise).
fn named_at(documents: &[Document], person: &Person, e: &Evidence) -> u32 {
    let Some(text) =
        documents.get(usize::from(e.doc)).and_then(|d| d.text.get(e.span.start as usize..e.span.end as usize))
    else {
        return e.span.start;
    };
    let names = std::iter::once(&person.name).chain(person.aliases.iter());
    let offset = names.filter_map(|n| text.find(n.as_ref())).min().unwrap_or(0);
    e.span.start.saturating_add(u32::try_from(offset).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::doc;
    use knowledge::{Department, Role, Span};

    /// A person whose role is stated by the given lines (document, line number) of `docs`.
    fn person(docs: &[Document], name: &str, kind: RoleKind, lines: &[(u16, usize)]) -> Person {
        let evidence: Vec<Evidence> = lines
            .iter()
            .map(|&(d, line)| {
                let seg = docs[usize::from(d)].segments[line];
                Evidence { doc: d, span: Span { start: seg.span.start, end: seg.span.end }, curated: false }
            })
            .collect();
        let role = Role {
            kind,
            job: "Actor".into(),
            character: None,
            evidence: evidence.into(),
            organisation: None,
            replaced: false,
        };
        Person {
            id: name.to_owned().into(),
            name: name.to_owned().into(),
            aliases: Vec::new().into(),
            roles: vec![role].into(),
            mentions: Vec::new().into(),
        }
    }

    #[test]
    fn a_cast_list_keeps_its_order_and_sources_vote_pair_by_pair() {
        let docs = [
            doc("One\nThe drama stars Ann Lee.\nBo Ek, Cy Dee and Di Ma round out the cast.\n"),
            doc("Two\nCy Dee and Bo Ek join Ann Lee.\n"),
            doc("Three\nAnn Lee and Bo Ek star opposite Cy Dee.\n"),
        ];
        let people = vec![
            person(&docs, "Di Ma", RoleKind::Cast, &[(0, 2)]),
            person(&docs, "Cy Dee", RoleKind::Cast, &[(0, 2), (1, 1), (2, 1)]),
            person(&docs, "Bo Ek", RoleKind::Cast, &[(0, 2), (1, 1), (2, 1)]),
            person(&docs, "Ann Lee", RoleKind::Cast, &[(0, 1), (1, 1), (2, 1)]),
            person(&docs, "Ed Fay", RoleKind::Crew(Department::Directing), &[(0, 1)]),
        ];
        // Ann Lee first in two sources of three; Bo Ek before Cy Dee in two of three; Di Ma last
        // in the only source that lists her. The director is not cast.
        assert_eq!(billing(&docs, &people), [3, 2, 1, 0]);
    }

    #[test]
    fn members_no_source_compares_keep_the_corpus_order() {
        let docs = [doc("One\nThe film stars Bo Ek.\n"), doc("Two\nAnn Lee also stars.\n")];
        let people = vec![
            person(&docs, "Ann Lee", RoleKind::Cast, &[(1, 1)]),
            person(&docs, "Bo Ek", RoleKind::Cast, &[(0, 1)]),
        ];
        assert_eq!(billing(&docs, &people), [1, 0]);
        assert!(billing(&docs, &[]).is_empty());
    }
}
