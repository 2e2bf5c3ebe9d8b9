//! Prints the events and disagreements the pipeline finds in a seed directory
//! (default `../seeds`), with the quote behind each piece of evidence.
//!
//! `cargo run -p pipeline --example events [DIR]`

use std::path::PathBuf;

use knowledge::Document;
use pipeline::{corpus, disagreements, entities, events};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds"), PathBuf::from);
    let mut documents: Vec<Document> = Vec::new();
    for seed in corpus::read_dir(&dir)? {
        documents.push(pipeline::document(&seed)?);
    }
    let entities = entities::extract(&documents);
    let events = events::extract(&documents, &entities);
    let quote = |doc: u16, start: u32, end: u32| {
        let d = &documents[usize::from(doc)];
        format!("{}: {}", d.id, &d.text[start as usize..end as usize])
    };
    println!("== {} events", events.len());
    for e in &events {
        let when = e.when.as_ref().map_or_else(
            || "undated".to_owned(),
            |w| format!("{:?} {:?}{}", w.phrase, w.date, if w.resolved { " (resolved)" } else { "" }),
        );
        println!("\n[{}] {:?} — {when}\n  {}", e.id, e.kind, e.summary);
        let names = |ids: &[u16], f: &dyn Fn(usize) -> String| {
            ids.iter().map(|&i| f(usize::from(i))).collect::<Vec<_>>().join(", ")
        };
        println!(
            "  people: {} | places: {} | orgs: {}",
            names(&e.people, &|i| entities.people[i].name.to_string()),
            names(&e.places, &|i| entities.places[i].name.to_string()),
            names(&e.organisations, &|i| entities.organisations[i].name.to_string()),
        );
        for ev in e.evidence.iter() {
            println!("    - {}", quote(ev.doc, ev.span.start, ev.span.end));
        }
    }
    let found = disagreements::find(&documents, &entities, &events);
    println!("\n== {} disagreements", found.len());
    for d in &found {
        println!("\n{}", d.subject);
        for v in d.values.iter() {
            println!("  * {}", v.label);
            for ev in v.evidence.iter() {
                println!("    - {}", quote(ev.doc, ev.span.start, ev.span.end));
            }
        }
    }
    Ok(())
}
