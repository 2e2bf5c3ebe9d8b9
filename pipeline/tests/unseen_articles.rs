//! The whole pipeline on invented articles about other productions, written to try shapes the
//! seeds do not have (bylines with an outlet, festival news, a lawsuit and its follow-up, a review
//! that dwells on another film). The expected facts were written by reading the articles; each
//! list says what must be found and what must not.

use std::fs;
use std::path::{Path, PathBuf};

use knowledge::{EventKind, KnowledgeBase, RoleKind};

/// Builds a corpus written to a fresh directory under the target directory.
fn build(name: &str, files: &[(&str, &str)]) -> KnowledgeBase {
    let dir: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("unseen-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        fs::write(dir.join(file), text).unwrap();
    }
    let kb = pipeline::build(&dir).unwrap_or_else(|e| panic!("{e}"));
    fs::remove_dir_all(&dir).unwrap();
    kb
}

/// Every fact of a knowledge base as a short line: people with jobs and characters,
/// organisations and places with their kinds, dated events, disagreements, outlets.
fn facts(kb: &KnowledgeBase) -> Vec<String> {
    let mut out = Vec::new();
    for p in kb.people.iter() {
        out.push(format!("person {}", p.name));
        for r in p.roles.iter() {
            match (&r.kind, &r.character) {
                (RoleKind::Cast, Some(c)) => out.push(format!("cast {} as {c}", p.name)),
                _ => out.push(format!("job {}: {}", p.name, r.job)),
            }
        }
    }
    for o in kb.organisations.iter() {
        out.push(format!("org {}: {:?}", o.name, o.kind));
    }
    for p in kb.places.iter() {
        out.extend(p.uses.iter().map(|u| format!("place {}: {:?}", p.name, u.kind)));
    }
    for e in kb.events.iter() {
        let date = e.when.as_ref().and_then(|w| w.date);
        let date = date.map_or("undated".to_owned(), |d| match (d.month, d.day) {
            (0, _) => format!("{}", d.year),
            (m, 0) => format!("{}-{m:02}", d.year),
            (m, day) => format!("{}-{m:02}-{day:02}", d.year),
        });
        out.push(format!("event {:?} {date}", e.kind));
    }
    out.extend(kb.disagreements.iter().map(|d| format!("disagreement {}", d.subject)));
    out.extend(kb.documents.iter().filter_map(|d| d.outlet.as_ref().map(|o| format!("outlet {o}"))));
    out
}

fn check(kb: &KnowledgeBase, found: &[&str], not_found: &[&str]) {
    let facts = facts(kb);
    let missing: Vec<&&str> = found.iter().filter(|f| !facts.iter().any(|x| x == *f)).collect();
    let wrong: Vec<&&str> = not_found.iter().filter(|f| facts.iter().any(|x| x.starts_with(*f))).collect();
    assert!(missing.is_empty() && wrong.is_empty(), "missing {missing:?}\nwrong {wrong:?}\nall {facts:#?}");
}

const HALTED: &str = "Inside the Troubled Production of ‘Salt Road’
By Jonah Weiss | Hollywood Trade | June 3, 2023
The independent western “Salt Road” has halted production in Durango, Mexico, after a stunt performer was seriously injured during a horse-riding sequence on May 30, the studio confirmed on Friday.
Directed by Elena Marchetti and produced by Blue Mesa Films, the film stars Pedro Alvarez, Naomi Harris and Keith Brandt. Alvarez plays Joaquin, a smuggler hunted across the desert; Harris plays his estranged sister Rosa.
The stunt coordinator, Sam Okoye, was not on set at the time, according to two crew members who spoke to the Hollywood Trade.
The shoot began in April and had been expected to wrap in late June.
Editor Chloe Dunn and production designer Marcus Lee joined the project in February.
Read more: The 10 best westerns of the decade
";

const RESUMED: &str = "‘Salt Road’ Resumes Shooting After Stunt Accident
July 2, 2023
Production on Elena Marchetti’s western Salt Road resumed on June 19 in Durango, a week later than planned.
The film is set in 1911 Sonora.
Salt Road is expected to premiere at the Venice Film Festival next year.
Photo: Blue Mesa Films
";

#[test]
fn a_halted_western_and_its_resumption() {
    let kb = build("salt-road", &[("a.txt", HALTED), ("b.txt", RESUMED)]);
    check(
        &kb,
        &[
            "outlet Hollywood Trade",
            "job Elena Marchetti: Director",
            "cast Pedro Alvarez as Joaquin",
            "cast Naomi Harris as Rosa",
            "job Sam Okoye: Stunt Coordinator",
            "job Chloe Dunn: Editor",
            "job Marcus Lee: Production Designer",
            "org Blue Mesa Films: Studio",
            "org Hollywood Trade: Outlet",
            "org Venice Film Festival: Festival",
            "place Durango: FilmingLocation",
            "place Sonora: StorySetting",
            "event Incident 2023-05-30",
            "event FilmingStart 2023-04",
            "event FilmingResume 2023-06-19",
            "event Premiere 2024",
            "event Development 2023-02",
        ],
        &["person Jonah Weiss", "place Hollywood Trade", "event FilmingStop 2023-05-30", "event Wrap"],
    );
}

const LAWSUIT: &str = "Crew Member Sues Producers of ‘Iron Creek’ Over On-Set Fire
By Priya Natarajan
Published October 12, 2022
A lighting technician has filed a lawsuit against the producers of the thriller “Iron Creek,” alleging that safety warnings were ignored before a fire on set in Atlanta injured three crew members.
According to the complaint, filming began on March 3, 2022, and the fire broke out on August 19.
Production was suspended for two weeks and resumed in early September, a spokesperson for Redline Studios said.
The Georgia Department of Labor opened an investigation into the fire last month.
Director José Ramírez, whose previous film “Dust” premiered at Sundance, declined to comment.
";

const WRAPPED: &str = "‘Iron Creek’ Wraps After Fire Delay
December 2, 2022
The thriller Iron Creek wrapped production in Atlanta on November 30, director José Ramírez said on Instagram.
Shooting on Iron Creek had started on March 10, 2022, with Oscar nominee Hong Chau in the lead role of Detective Mae Lin.
";

#[test]
fn a_lawsuit_a_fire_and_two_start_dates() {
    let kb = build("iron-creek", &[("a.txt", LAWSUIT), ("b.txt", WRAPPED)]);
    check(
        &kb,
        &[
            "job José Ramírez: Director",
            "cast Hong Chau as Detective Mae Lin",
            "org Georgia Department of Labor: Office",
            "org Redline Studios: Studio",
            "place Atlanta: FilmingLocation",
            "event FilmingStart 2022-03-03",
            "event FilmingStart 2022-03-10",
            "event Incident 2022-08-19",
            "event FilmingStop undated",
            "event FilmingResume 2022-09",
            "event Investigation 2022-09",
            "event Wrap 2022-11-30",
            "disagreement filming start date",
        ],
        &["person Mae Lin", "event Premiere", "org Georgia Department:"],
    );
}

const FESTIVAL: &str = "Cannes Winner ‘The Quiet Harbor’ Lands U.S. Distribution
Published May 28, 2025
Sony Pictures Classics has acquired North American rights to “The Quiet Harbor,” the Norwegian drama that won the Grand Prix at the Cannes Film Festival on Saturday.
Directed by Ingrid Solberg from a script she co-wrote with Anders Vik, the film stars Renate Holm as a lighthouse keeper and Jean-Luc Moreau as her estranged brother, Paul.
The film was shot over 40 days on the island of Lofoten last autumn. Producer Kari Nygaard of Fjord Films said the shoot was “cold, wet and wonderful.”
Solberg, working with cinematographer Mats Berg, frames the island as a character.
";

#[test]
fn festival_news() {
    let kb = build("quiet-harbor", &[("a.txt", FESTIVAL)]);
    check(
        &kb,
        &[
            "job Ingrid Solberg: Director",
            "job Anders Vik: Writer",
            "cast Renate Holm as lighthouse keeper",
            "cast Jean-Luc Moreau as Paul",
            "job Kari Nygaard: Producer",
            "job Mats Berg: Cinematographer",
            "org Sony Pictures Classics: Distributor",
            "org Fjord Films: Studio",
            "place Lofoten: FilmingLocation",
            "event Award 2025-05-24",
            "event Financing undated",
        ],
        &["job Ingrid Solberg: Cinematographer", "person Fjord"],
    );
}

const STREAMING: &str = "‘Northern Lights’ Finally Heads to Netflix After Strike Delays
By Maya Lindqvist and Omar Haddad, Staff Writers
January 15, 2024
Netflix will release the sci-fi drama “Northern Lights” on March 14, the streamer announced Monday.
Zendaya has been cast as Captain Ilse Maren, the commander of a failing research station, and Paul Mescal will play her second-in-command, Teo.
Principal photography started in Reykjavik, Iceland, in February 2023 but was shut down in July 2023 when SAG-AFTRA went on strike.
Cameras rolled again in November 2023, and the production wrapped on December 20.
Director Chloé Marchand told Deadline that reshoots took place in Los Angeles.
© 2024 Screen Daily. All rights reserved.
";

const LISTING: &str = "Zendaya’s ‘Northern Lights’ Gets a Streaming Date
Northern Lights will stream on Netflix from March 21, 2024, according to a listing on the service.
";

#[test]
fn a_shoot_stopped_by_a_strike_and_two_release_dates() {
    let kb = build("northern-lights", &[("a.txt", STREAMING), ("b.txt", LISTING)]);
    check(
        &kb,
        &[
            "outlet Screen Daily",
            "cast Paul Mescal as Teo",
            "job Chloé Marchand: Director",
            "place Reykjavik: FilmingLocation",
            "place Los Angeles: FilmingLocation",
            "event FilmingStart 2023-02",
            "event FilmingStop 2023-07",
            "event FilmingResume 2023-11",
            "event Wrap 2023-12-20",
            "event Release 2024-03-14",
            "event Release 2024-03-21",
            "disagreement release date",
        ],
        &["person Ilse Maren", "person Maya Lindqvist", "event Wrap 2024", "event FilmingStart 2023-11"],
    );
}

const SENTENCED: &str = "Armorer Sentenced in ‘Dry Creek’ Set Shooting
By Lena Ortiz
Armorer Jessa Vale-Morgan was sentenced on Tuesday to 18 months in prison for involuntary manslaughter in the death of gaffer Tom Briggs on the set of the western “Dry Creek.”
A jury convicted Vale-Morgan in March 2025 after a two-week trial in Santa Fe. Special prosecutor Kari Lund said the armorer had ignored basic safety rules.
First assistant director Dave Holt, who handed the gun to actor Ray Dunn, pleaded no contest last year and received probation.
The Teamsters union and SAG-AFTRA both called for new safety rules.
Briggs’ widow, Anna Briggs, has filed a wrongful-death lawsuit against the production company, Dry Creek LLC.
Judge Maria Sandoval presided over the case.
";

#[test]
fn a_trial_after_a_death_on_set() {
    let kb = build("dry-creek", &[("a.txt", SENTENCED)]);
    check(
        &kb,
        &[
            "job Jessa Vale-Morgan: Armorer",
            "job Tom Briggs: Gaffer",
            "job Kari Lund: Special Prosecutor",
            "job Dave Holt: First Assistant Director",
            "job Ray Dunn: Actor",
            "job Anna Briggs: Widow",
            "job Maria Sandoval: Judge",
            "org Teamsters: Union",
            "org SAG-AFTRA: Union",
            "org Dry Creek LLC: Studio",
            "place Santa Fe: EventVenue",
            "event Incident undated",
            "event Legal 2025-03",
        ],
        &["person Lena Ortiz", "person Vale-Morgan"],
    );
}

// The production a corpus is about, its cast in credit order and its event headlines.

/// The files of the documents behind some evidence, in order, without repeats.
fn files(kb: &KnowledgeBase, evidence: &[knowledge::Evidence]) -> Vec<String> {
    let mut out: Vec<String> = evidence.iter().map(|e| kb.documents[usize::from(e.doc)].file.to_string()).collect();
    out.dedup();
    out
}

const SHOOT: &str = "‘The Lantern Field’ Begins Shooting on the Coast
By Hal Brenner | Screen Ledger | March 4, 2025
Filming began on March 3, 2025 in Tromsø on “The Lantern Field,” a drama directed by Mara Quist.
The film stars Tomas Bright and Ines Valo as two lighthouse keepers.
Quist previously directed “Ashes of Orion,” which premiered at the Bay Film Festival in 2021.
";

/// A review that names the director's previous film far more often than the film itself.
const REVIEW: &str = "The Lantern Field (2026): A Quiet Storm on the Coast
The Lantern Field (2026) is the second feature by Mara Quist.
Where “Ashes of Orion” was loud, this one is patient.
“Ashes of Orion” had a chase on every reel, and “Ashes of Orion” had a score that never stopped.
Fans of “Ashes of Orion” may be surprised by the silences.
Tomas Bright plays the older keeper, and Ines Valo plays his daughter.
";

const RELEASE: &str = "Release Date Set for Mara Quist Drama
The drama The Lantern Field will be released in cinemas on May 8, 2026.
Ines Valo and Tomas Bright star as a father and daughter who keep a lighthouse.
";

#[test]
fn the_film_most_sources_name_is_the_production_not_the_one_one_review_dwells_on() {
    let kb = build("lantern-field", &[("a.txt", SHOOT), ("b.txt", REVIEW), ("c.txt", RELEASE)]);
    let production = kb.production.as_ref().expect("a production");
    assert_eq!(production.title, "The Lantern Field");
    assert_eq!(production.year, Some(2026));
    assert_eq!(files(&kb, &production.title_evidence), ["a.txt", "b.txt", "c.txt"]);
    assert_eq!(files(&kb, &production.year_evidence), ["b.txt"]);
    assert_eq!(production.genre.as_deref(), Some("drama"));
    assert_eq!(files(&kb, &production.genre_evidence), ["a.txt", "c.txt"]);
    for e in production.title_evidence.iter().chain(production.year_evidence.iter()) {
        assert!(e.quote(&kb).contains("The Lantern Field"), "{:?}", e.quote(&kb));
    }
    // Two sources of three name Tomas Bright first.
    let billing: Vec<&str> = kb.billing.iter().map(|&i| kb.people[usize::from(i)].name.as_ref()).collect();
    assert_eq!(billing, ["Tomas Bright", "Ines Valo"]);
    let start = kb.events.iter().find(|e| e.kind == EventKind::FilmingStart).expect("the shoot's start");
    assert_eq!(start.headline, "Filming began in Tromsø");
    for e in kb.events.iter() {
        assert!(e.headline.chars().count() < e.summary.chars().count(), "{}: {:?}", e.id, e.headline);
    }
}

const OTHER: &str = "Festival Notes
The festival opens with the drama “Salt and Iron,” directed by Ada Noor.
";

#[test]
fn sources_about_different_films_name_no_production() {
    let kb = build("two-films", &[("a.txt", SHOOT), ("b.txt", OTHER)]);
    assert!(kb.production.is_none(), "{:?}", kb.production);
}

#[test]
fn a_single_source_names_its_production_without_a_year() {
    let kb = build("one-source", &[("a.txt", SHOOT)]);
    let production = kb.production.as_ref().expect("a production");
    assert_eq!((production.title.as_ref(), production.year), ("The Lantern Field", None));
    assert!(production.year_evidence.is_empty());
}

const CRANE: &str = "Rigger hurt as crane topples on set of drama ‘Glass Harbor’
By LENA MORROW Coast Wire Oct. 6, 2023
PORT ELLIS, Ore. (Coast Wire) — A rigger was badly injured Wednesday when a camera crane collapsed during a night shoot for the drama “Glass Harbor,” the producers said.
Shooting began Sept. 18 and is set to wrap Nov. 10. Filming was halted for the rest of the week.
The Oregon Safety Division is investigating.
In 2019 a grip died on the set of the unrelated film “North Pier” near Salem.
";

const FINED: &str = "Posted on March 2, 2024
State fines ‘Glass Harbor’ producer $18,000
The Oregon Safety Division has fined Tidewell Pictures $18,000 over the Oct. 4 collapse that injured rigger Sam Perry.
The citation was issued Feb. 20 after a four-month inspection.
After its premiere at the Coastline Film Festival last month, Brightwater Releasing acquired the drama, which opens in theaters May 3.
";

#[test]
fn a_wire_story_and_an_agency_fine_dated_against_their_bylines() {
    let kb = build("glass-harbor", &[("a.txt", CRANE), ("b.txt", FINED)]);
    check(
        &kb,
        &[
            // 'Wednesday' before Friday Oct. 6, 2023; the agency's 'Oct. 4' is the same crash.
            "event Incident 2023-10-04",
            "event FilmingStart 2023-09-18",
            "event Wrap 2023-11-10",
            "event FilmingStop 2023-10",
            "event Investigation undated",
            "event Legal 2024-02-20",
            "event Premiere 2024-02",
            "event Financing undated",
            "event Release 2024-05-03",
        ],
        // Another production's death; the fine is not dated by the crash; the purchase is not
        // dated by the premiere before it.
        &["event Incident 2019", "event Legal 2023", "event Financing 2024"],
    );
}
