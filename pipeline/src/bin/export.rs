//! `cargo run -p pipeline --bin export [SEEDS_DIR] > kb.json`: the knowledge base as JSON,
//! every evidence object completed with its verbatim `quote`.

use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::Value;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds"), PathBuf::from);
    match pipeline::build(&dir) {
        Ok(kb) => {
            let mut json = serde_json::to_value(&kb).expect("the knowledge base serialises");
            let texts: Vec<String> = kb.documents.iter().map(|d| d.text.to_string()).collect();
            add_quotes(&mut json, &texts);
            println!("{}", serde_json::to_string_pretty(&json).expect("JSON values serialise"));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Adds `quote` to every object shaped like `knowledge::Evidence` (`doc`, `span`, `curated`).
fn add_quotes(value: &mut Value, texts: &[String]) {
    match value {
        Value::Object(map) => {
            let quote = match (map.get("doc"), map.get("span"), map.contains_key("curated")) {
                (Some(doc), Some(span), true) => (|| {
                    let text = texts.get(usize::try_from(doc.as_u64()?).ok()?)?;
                    let start = usize::try_from(span.get("start")?.as_u64()?).ok()?;
                    let end = usize::try_from(span.get("end")?.as_u64()?).ok()?;
                    text.get(start..end).map(str::to_owned)
                })(),
                _ => None,
            };
            if let Some(quote) = quote {
                map.insert("quote".into(), Value::String(quote));
            }
            map.values_mut().for_each(|v| add_quotes(v, texts));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| add_quotes(v, texts)),
        _ => {}
    }
}
