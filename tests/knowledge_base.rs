//! The baked knowledge base is fresh: it equals what the pipeline builds from `seeds/` now,
//! and the seed copy is byte-identical to the shared corpus when that is present.

use std::path::Path;

#[test]
fn baked_knowledge_base_is_fresh() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let built = pipeline::build(&seeds).expect("seeds build");
    let baked = serde_json::to_value(&film_explorer::knowledge_base::KNOWLEDGE).unwrap();
    assert_eq!(baked, serde_json::to_value(&built).unwrap());
}

#[test]
fn every_seed_file_is_embedded_verbatim_in_order() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(&seeds)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let docs = &film_explorer::knowledge_base::KNOWLEDGE.documents;
    assert_eq!(docs.len(), files.len());
    for (doc, file) in docs.iter().zip(&files) {
        assert_eq!(&*doc.file, file.file_name().unwrap().to_str().unwrap());
        assert_eq!(doc.raw_bytes as u64, std::fs::metadata(file).unwrap().len());
    }
}
