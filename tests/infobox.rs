//! The infobox, page title and description of the seeds, read from the baked knowledge base.
//! The expected values were written by reading the seeds (like `pipeline/tests/expected_facts.json`);
//! the code under test knows no production.

use film_explorer::infobox::{description, infobox, page_title};
use film_explorer::knowledge_base::KNOWLEDGE;

/// Read from the seeds: a western directed by one person, starring the billed lead, on
/// whose setting two sources disagree.
#[test]
fn the_seeds_infobox_names_the_film_its_director_its_star_and_both_settings() {
    let infobox = infobox(&KNOWLEDGE).expect("the seeds name their film");
    assert_eq!(infobox.title.label, "Rust");
    assert_eq!(infobox.year.as_ref().map(|y| y.label.as_str()), Some("2025"));
    let field = |name| infobox.fields.iter().find(|f| f.name == name).unwrap_or_else(|| panic!("{name}"));
    assert_eq!(field("Directed by").values.iter().map(|v| v.label.as_str()).collect::<Vec<_>>(), ["Joel Souza"]);
    assert_eq!(field("Starring").values[0].label, "Alec Baldwin");
    let setting = field("Story setting");
    assert!(setting.disputed && setting.values.len() >= 2, "{setting:?}");
    for f in &infobox.fields {
        assert!(f.values.iter().all(|v| !v.evidence.is_empty()), "{} has a value without evidence", f.name);
    }
    assert!(
        !infobox.fields.iter().any(|f| f.name == "Directed by" && f.values.iter().any(|v| v.label.contains("Baldwin")))
    );
}

#[test]
fn the_page_title_and_description_name_the_production() {
    assert_eq!(page_title(&KNOWLEDGE), "Rust (2025) — production explorer");
    let description = description(&KNOWLEDGE);
    assert!(description.starts_with("Rust (2025), a western directed by Joel Souza:"), "{description}");
}
