//! Runs the knowledge pipeline on `seeds/` and bakes the result into `$OUT_DIR/knowledge.rs`.
//! Any problem with the input stops the build with the file and line at fault.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

fn main() {
    // `FILM_SEEDS` points the build at another corpus (the benchmark's synthetic ones).
    println!("cargo::rerun-if-env-changed=FILM_SEEDS");
    let seeds =
        env::var_os("FILM_SEEDS").map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"), PathBuf::from);
    // Re-run when a seed is added, removed or edited (directory mtime covers additions).
    println!("cargo::rerun-if-changed={}", seeds.display());
    if let Ok(entries) = fs::read_dir(&seeds) {
        for entry in entries.flatten() {
            println!("cargo::rerun-if-changed={}", entry.path().display());
        }
    }
    let kb = match pipeline::build(&seeds) {
        Ok(kb) => kb,
        Err(error) => {
            println!("cargo::error={error}");
            process::exit(1);
        }
    };
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("knowledge.rs");
    fs::write(&out, pipeline::codegen::to_rust(&kb)).expect("OUT_DIR is writable");
}
