//! The whole pipeline on one invented scrape about another production, written to try the
//! entity rules of issue 15 together: navigation lines, a festival's director and its several
//! names, state abbreviations and a named site, a replaced crew member, titled characters in a
//! cast list, an apostrophe mis-decoded in another code page. The expected facts were written
//! by reading the article; what must not be found is listed too.

use knowledge::{KnowledgeBase, OrgKind, PlaceKind, RoleKind};
use pipeline::{corpus::Seed, curation::Curation};

const ARTICLE: &str = "Skip to content
Hi there! Need help?
Dust Road Heads to Foocam After a Hard Shoot
The western “Dust Road,” from writer and director Lena Marsh, will screen at the Foocam International Film Festival in Bartown on Sept. 9.
Festival director Ana Ruiz called it “a bold debut.”
Filming took place near Taos, N.M., and at Red Mesa Ranch outside Tucson, Ariz.
Cinematographer Ben Hale, who was later replaced by Cy Moon, left the production in May.
The film stars Mara Quill as Marshal Tobias Crane and Otto Reyes as Preacher Hollis.
Marshās producer, Ivo Dane, said the EnergaFOOCAM jury had already seen it.
";

fn build() -> KnowledgeBase {
    let seed = Seed {
        path: "000_dust_road.txt".into(),
        file_name: "000_dust_road.txt".into(),
        id: "000_dust_road".into(),
        raw_bytes: ARTICLE.len() as u32,
        text: ARTICLE.into(),
    };
    let doc = pipeline::document(&seed).unwrap_or_else(|e| panic!("{e}"));
    pipeline::build_from_documents(vec![doc], &Curation::default()).unwrap_or_else(|e| panic!("{e}"))
}

/// People with their roles as "name: job [at organisation] [replaced] [as character]".
fn roles(kb: &KnowledgeBase) -> Vec<String> {
    let mut out = Vec::new();
    for p in kb.people.iter() {
        out.push(p.name.to_string());
        for r in p.roles.iter() {
            let mut line = format!("{}: {}", p.name, r.job);
            if let Some(o) = &r.organisation {
                line += &format!(" at {o}");
            }
            if r.replaced {
                line += " replaced";
            }
            if let Some(c) = &r.character {
                line += &format!(" as {c}");
            }
            if matches!(r.kind, RoleKind::Crew(_) | RoleKind::Cast) && r.organisation.is_some() {
                line += " (film crew!)";
            }
            out.push(line);
        }
    }
    out
}

#[test]
fn navigation_lines_are_residue_and_the_headline_is_the_title() {
    let kb = build();
    assert_eq!(kb.documents[0].title, "Dust Road Heads to Foocam After a Hard Shoot");
}

#[test]
fn people_and_their_roles() {
    let kb = build();
    let mut found = roles(&kb);
    found.sort();
    let mut expected = vec![
        "Ana Ruiz",
        "Ana Ruiz: Director at Festival",
        "Ben Hale",
        "Ben Hale: Cinematographer replaced",
        "Cy Moon",
        "Cy Moon: Cinematographer",
        "Ivo Dane",
        "Ivo Dane: Producer",
        "Lena Marsh",
        "Lena Marsh: Director",
        "Lena Marsh: Writer",
        "Mara Quill",
        "Mara Quill: Actor as Marshal Tobias Crane",
        "Otto Reyes",
        "Otto Reyes: Actor as Preacher Hollis",
    ];
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn one_festival_with_its_names_and_places_with_their_use() {
    let kb = build();
    let orgs: Vec<(&str, OrgKind, Vec<&str>)> = kb
        .organisations
        .iter()
        .map(|o| (o.name.as_ref(), o.kind, o.aliases.iter().map(|a| a.as_ref()).collect()))
        .collect();
    assert_eq!(orgs, [("Foocam International Film Festival", OrgKind::Festival, vec!["EnergaFOOCAM", "Foocam"])]);
    assert_eq!(kb.organisations[0].relations[0].label, "premiere venue");
    let places: Vec<(&str, PlaceKind)> =
        kb.places.iter().flat_map(|p| p.uses.iter().map(move |u| (p.name.as_ref(), u.kind))).collect();
    // "N.M." and "Ariz." qualify their towns (issue 15: state abbreviations resolve; they are
    // not filming locations of their own), and a town that locates a site filmed at shares its
    // use (session 16: "the ranch near X where the accident happened" films in X).
    assert_eq!(
        places,
        [
            ("Bartown", PlaceKind::EventVenue),
            ("Taos", PlaceKind::FilmingLocation),
            ("Red Mesa Ranch", PlaceKind::FilmingLocation),
            ("Tucson", PlaceKind::FilmingLocation),
        ]
    );
}

#[test]
fn what_must_not_be_found() {
    let kb = build();
    let names: Vec<&str> = kb
        .people
        .iter()
        .map(|p| p.name.as_ref())
        .chain(kb.places.iter().map(|p| p.name.as_ref()))
        .chain(kb.organisations.iter().map(|o| o.name.as_ref()))
        .collect();
    for wrong in ["Dust Road", "Tobias Crane", "Marshal Tobias Crane", "Preacher Hollis", "Sept.", "Sept", "Foocam"] {
        assert!(!names.contains(&wrong), "{wrong} in {names:?}");
    }
    assert!(kb.documents[0].text.contains("Marsh’s producer"));
}
