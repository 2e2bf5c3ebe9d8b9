//! The knowledge base, baked at build time from `seeds/` by `build.rs` (see `pipeline::codegen`).

include!(concat!(env!("OUT_DIR"), "/knowledge.rs"));
