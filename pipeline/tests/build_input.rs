//! Build-time input, one case at a time: bad input stops the build naming file and line;
//! unusual but valid input builds.

use std::fs;
use std::path::{Path, PathBuf};

/// A fresh seed directory under the target directory, removed when dropped.
struct Seeds(PathBuf);

impl Seeds {
    fn new(name: &str, files: &[(&str, &[u8])]) -> Seeds {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("seeds-{name}"));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for (file, bytes) in files {
            fs::write(dir.join(file), bytes).unwrap();
        }
        Seeds(dir)
    }
}

impl Drop for Seeds {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

const PROSE: &[u8] = b"Director Ann Lee began filming in Oslo in May 2020.\nIt wrapped in June 2020.\n";

fn error(name: &str, files: &[(&str, &[u8])]) -> String {
    let seeds = Seeds::new(name, files);
    pipeline::build(&seeds.0).expect_err("the build must fail").to_string()
}

#[test]
fn non_utf8_seed_names_file_and_line() {
    let e = error("utf8", &[("a.txt", PROSE), ("b.txt", b"Fine line.\nBad \xe9 byte.\n")]);
    assert!(e.contains("b.txt:2:") && e.contains("not valid UTF-8"), "{e}");
}

#[test]
fn empty_seed_names_file() {
    let e = error("empty", &[("a.txt", PROSE), ("empty.txt", b"\n \n")]);
    assert!(e.contains("empty.txt:1:") && e.contains("empty"), "{e}");
}

#[test]
fn seed_of_only_residue_names_file() {
    let e = error("residue", &[("a.txt", PROSE), ("junk.txt", b"Share this article\nLeave a Comment\n")]);
    assert!(e.contains("junk.txt:1:") && e.contains("residue"), "{e}");
}

#[test]
fn curation_quote_absent_from_its_document_names_file_and_line() {
    let e =
        error("curation", &[("a.txt", PROSE), ("curation.facts", b"# notes\na | cast: Ann Lee | \"Ann Lee sings\"\n")]);
    assert!(e.contains("curation.facts:2:") && e.contains("not in document"), "{e}");
}

#[test]
fn duplicate_document_id_names_file() {
    let e = error("duplicate", &[("Doc.txt", PROSE), ("doc.txt", PROSE)]);
    assert!(e.contains("doc.txt:1:") && e.contains("duplicate document id"), "{e}");
}

#[test]
fn unusual_but_valid_input_builds() {
    let mut big = b"A long report.\n".to_vec();
    while big.len() < 1 << 20 {
        big.extend_from_slice(b"The crew met again in the desert town and talked about the weather for a while.\n");
    }
    let seeds = Seeds::new(
        "valid",
        &[
            ("a-no-people.txt", b"It rained all week.\nNothing else happened.\n"),
            ("b-big.txt", &big),
            ("c-crlf.txt", b"Director Ann Lee began filming in Oslo in May 2020.\r\nIt wrapped in June 2020.\r\n"),
            ("d-bom.txt", b"\xef\xbb\xbfDirector Bo Ek began filming in Rome in May 2021.\n"),
        ],
    );
    let kb = pipeline::build(&seeds.0).expect("valid input builds");
    assert_eq!(kb.documents.len(), 4);
    for doc in kb.documents.iter() {
        assert!(!doc.text.contains('\r') && !doc.text.starts_with('\u{feff}'), "{}", doc.id);
    }
}
