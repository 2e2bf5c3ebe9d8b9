//! Full credits: the people of the current results grouped in the usual order of film credits
//! (directed by, written by, produced by, cast, then the crew departments), each credit with
//! how many sources state it.

use knowledge::{Department, RoleKind};

use crate::cards::{Subject, docs, index};

/// The headings of the credit groups, in credit order; the cast comes after the producers.
pub const GROUPS: [&str; 11] = [
    "Directed by",
    "Written by",
    "Produced by",
    "Cast",
    "Cinematography and camera",
    "Editing",
    "Music and sound",
    "Design",
    "Costume and make-up",
    "Visual effects",
    "Other crew",
];

/// One person's credit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credit {
    /// Unique among credits, the list key: the role's position among every person's roles.
    pub key: usize,
    /// The person's card (its position in the index).
    pub card: usize,
    /// The job as credited.
    pub job: &'static str,
    /// For the cast, the character played.
    pub character: Option<&'static str>,
    /// The number of sources that state the credit.
    pub sources: usize,
}

/// The group of a role, as an index into [`GROUPS`]; `None` for people outside cast and crew.
pub fn group(kind: RoleKind) -> Option<usize> {
    Some(match kind {
        RoleKind::Cast => 3,
        RoleKind::Crew(Department::Directing) => 0,
        RoleKind::Crew(Department::Writing) => 1,
        RoleKind::Crew(Department::Production) => 2,
        RoleKind::Crew(Department::Camera) => 4,
        RoleKind::Crew(Department::Editing) => 5,
        RoleKind::Crew(Department::SoundMusic) => 6,
        RoleKind::Crew(Department::Art) => 7,
        RoleKind::Crew(Department::CostumeMakeUp) => 8,
        RoleKind::Crew(Department::VisualEffects) => 9,
        RoleKind::Crew(Department::CrewSafety) => 10,
        RoleKind::Other(_) => return None,
    })
}

/// The credits of the people among `cards` (index positions), grouped in credit order, each
/// group with its index into [`GROUPS`]; empty groups are left out. Within a group, credits keep
/// the order of the index.
pub fn credits(cards: &[usize]) -> Vec<(usize, Vec<Credit>)> {
    let idx = index();
    let first_roles: Vec<usize> = idx
        .kb
        .people
        .iter()
        .scan(0, |next, p| {
            let first = *next;
            *next += p.roles.len();
            Some(first)
        })
        .collect();
    let mut groups: Vec<Vec<Credit>> = vec![Vec::new(); GROUPS.len()];
    for &card in cards {
        let Subject::Person(i) = idx.cards[card].subject else { continue };
        for (r, role) in idx.kb.people[i].roles.iter().enumerate() {
            let Some(group) = group(role.kind) else { continue };
            groups[group].push(Credit {
                key: first_roles[i] + r,
                card,
                job: &role.job,
                character: role.character.as_deref(),
                sources: docs(&role.evidence).len(),
            });
        }
    }
    groups.into_iter().enumerate().filter(|(_, credits)| !credits.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cast_and_crew_role_is_credited_once_in_credit_order() {
        let idx = index();
        let all: Vec<usize> = (0..idx.cards.len()).collect();
        let credits = credits(&all);
        let roles = idx.kb.people.iter().flat_map(|p| p.roles.iter()).filter(|r| group(r.kind).is_some()).count();
        assert_eq!(credits.iter().map(|(_, c)| c.len()).sum::<usize>(), roles);
        let order: Vec<usize> = credits.iter().map(|(g, _)| *g).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "groups in credit order: {order:?}");
        assert!(credits.iter().all(|(_, c)| c.iter().all(|c| c.sources >= 1)));
        let mut keys: Vec<usize> = credits.iter().flat_map(|(_, c)| c.iter().map(|c| c.key)).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), roles, "each credit has a key of its own");
        let cast = credits.iter().find(|(g, _)| GROUPS[*g] == "Cast").expect("the seeds have a cast");
        assert!(cast.1.iter().any(|c| c.character.is_some()), "characters are credited");
    }

    #[test]
    fn credits_follow_the_cards_given() {
        assert!(credits(&[]).is_empty());
        let idx = index();
        let events: Vec<usize> =
            (0..idx.cards.len()).filter(|&p| matches!(idx.cards[p].subject, Subject::Event(_))).collect();
        assert!(credits(&events).is_empty(), "events have no credits");
    }

    #[test]
    fn directors_come_first_and_other_relations_are_not_credits() {
        assert_eq!(group(RoleKind::Crew(Department::Directing)), Some(0));
        assert!(group(RoleKind::Cast) < group(RoleKind::Crew(Department::Camera)));
        assert_eq!(group(RoleKind::Other(knowledge::Relation::Legal)), None);
    }
}
