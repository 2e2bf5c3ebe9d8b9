//! Prints the people (with roles), organisations and places found in a seed directory.
//!
//! Usage: `cargo run -p pipeline --example entities [SEED_DIR] [--mentions]` (default dir:
//! `../seeds`); `--mentions` also lists every mention as `doc@offset:text`.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_mentions = args.iter().any(|a| a == "--mentions");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds"), PathBuf::from);
    let documents = pipeline::corpus::read_dir(&dir)?.iter().map(pipeline::document).collect::<Result<Vec<_>, _>>()?;
    let entities = pipeline::entities::extract(&documents);
    let quote = |e: &knowledge::Evidence| {
        let text: &str = &documents[e.doc as usize].text;
        text[e.span.start as usize..e.span.end as usize].to_owned()
    };
    let mentions = |list: &[knowledge::Evidence]| {
        if show_mentions {
            let all: Vec<String> = list.iter().map(|e| format!("{}@{}:{}", e.doc, e.span.start, quote(e))).collect();
            println!("    mentions: {}", all.join(", "));
        }
    };
    println!("PEOPLE");
    for p in &entities.people {
        println!("  {} [{}] aliases {:?}, {} mentions", p.name, p.id, p.aliases, p.mentions.len());
        mentions(&p.mentions);
        for r in p.roles.iter() {
            let character = r.character.as_deref().map(|c| format!(" as {c}")).unwrap_or_default();
            println!("    {:?} {}{} ({} sources)", r.kind, r.job, character, r.evidence.len());
            for e in r.evidence.iter() {
                println!("      {}: {}", e.doc, quote(e));
            }
        }
    }
    println!("ORGANISATIONS");
    for o in &entities.organisations {
        println!("  {} [{:?}] aliases {:?}, {} mentions", o.name, o.kind, o.aliases, o.mentions.len());
        mentions(&o.mentions);
        for c in o.relations.iter() {
            println!("    {} ({} sources)", c.label, c.evidence.len());
        }
    }
    println!("PLACES");
    for p in &entities.places {
        println!("  {} aliases {:?}, {} mentions", p.name, p.aliases, p.mentions.len());
        mentions(&p.mentions);
        for u in p.uses.iter() {
            println!("    {:?}: {}", u.kind, u.evidence.iter().map(quote).collect::<Vec<_>>().join(" | "));
        }
    }
    Ok(())
}
