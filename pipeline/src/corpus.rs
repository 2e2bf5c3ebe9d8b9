//! Reading the seed directory: every `*.txt` file, in file-name order, as validated UTF-8.

use std::fs;
use std::path::{Path, PathBuf};

use crate::BuildError;

/// One seed file as read from disk.
#[derive(Clone, Debug)]
pub struct Seed {
    /// Full path, for error messages.
    pub path: PathBuf,
    /// File name (`000_x.txt`).
    pub file_name: String,
    /// File name without its extension; the document id.
    pub id: String,
    /// Size on disk in bytes.
    pub raw_bytes: u32,
    /// The file's text, exactly as stored (validated UTF-8).
    pub text: String,
}

/// Reads every `*.txt` seed in `dir`, sorted by file name so the order is stable.
pub fn read_dir(dir: &Path) -> Result<Vec<Seed>, BuildError> {
    let listing = fs::read_dir(dir).map_err(|e| BuildError {
        file: dir.to_path_buf(),
        line: 0,
        message: format!("cannot list the seed directory: {e}"),
    })?;
    let mut paths: Vec<PathBuf> = listing
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt") && p.is_file())
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(BuildError { file: dir.to_path_buf(), line: 0, message: "no *.txt seed found".into() });
    }
    let seeds = paths.iter().map(|p| read_file(p)).collect::<Result<Vec<_>, _>>()?;
    for pair in seeds.windows(2) {
        if pair[0].id == pair[1].id {
            return Err(BuildError {
                file: pair[1].path.clone(),
                line: 1,
                message: format!("duplicate document id `{}`", pair[1].id),
            });
        }
    }
    Ok(seeds)
}

/// Reads one seed, rejecting bytes that are not UTF-8 with the line and byte offset of the first bad byte.
pub fn read_file(path: &Path) -> Result<Seed, BuildError> {
    let bytes = fs::read(path).map_err(|e| BuildError {
        file: path.to_path_buf(),
        line: 0,
        message: format!("cannot read seed: {e}"),
    })?;
    let raw_bytes = u32::try_from(bytes.len()).map_err(|_| BuildError {
        file: path.to_path_buf(),
        line: 0,
        message: "seed larger than 4 GiB".into(),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..offset].iter().filter(|&&b| b == b'\n').count();
        BuildError {
            file: path.to_path_buf(),
            line,
            message: format!("seed is not valid UTF-8 (first bad byte at offset {offset})"),
        }
    })?;
    if text.trim().is_empty() {
        return Err(BuildError { file: path.to_path_buf(), line: 1, message: "seed is empty".into() });
    }
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // Lower-cased so that ids stay unique on case-insensitive file systems and in URLs.
    let id = path.file_stem().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    Ok(Seed { path: path.to_path_buf(), file_name, id, raw_bytes, text })
}

/// 1-based line number of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir_with(files: &[(&str, &[u8])]) -> tempdir::Dir {
        let dir = tempdir::Dir::new();
        for (name, bytes) in files {
            fs::write(dir.path().join(name), bytes).unwrap();
        }
        dir
    }

    /// A tiny self-cleaning temporary directory (no extra dependency needed for tests).
    mod tempdir {
        use std::path::{Path, PathBuf};
        use std::sync::atomic::{AtomicUsize, Ordering};

        pub struct Dir(PathBuf);
        impl Dir {
            pub fn new() -> Self {
                static N: AtomicUsize = AtomicUsize::new(0);
                let p = std::env::temp_dir().join(format!(
                    "corpus-test-{}-{}",
                    std::process::id(),
                    N.fetch_add(1, Ordering::SeqCst)
                ));
                std::fs::create_dir_all(&p).unwrap();
                Dir(p)
            }
            pub fn path(&self) -> &Path {
                &self.0
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    #[test]
    fn reads_txt_files_in_name_order_and_skips_others() {
        let dir = dir_with(&[("b.txt", b"B text."), ("a.txt", b"A text."), ("notes.md", b"x")]);
        let seeds = read_dir(dir.path()).unwrap();
        let ids: Vec<_> = seeds.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(seeds[0].raw_bytes, 7);
    }

    #[test]
    fn non_utf8_names_file_line_and_offset() {
        let dir = dir_with(&[("bad.txt", b"line one\nline \xff two\n")]);
        let err = read_dir(dir.path()).unwrap_err();
        assert!(err.file.ends_with("bad.txt"));
        assert_eq!(err.line, 2);
        assert!(err.message.contains("offset 14"), "{}", err.message);
        assert!(err.to_string().contains("bad.txt:2:"));
    }

    #[test]
    fn ids_that_differ_only_in_case_are_duplicates() {
        let dir = dir_with(&[("Doc.txt", b"One."), ("doc.txt", b"Two.")]);
        let err = read_dir(dir.path()).unwrap_err();
        assert!(err.message.contains("duplicate document id `doc`"), "{}", err.message);
    }

    #[test]
    fn empty_seed_is_an_error() {
        let dir = dir_with(&[("empty.txt", b" \n\n")]);
        let err = read_dir(dir.path()).unwrap_err();
        assert!(err.file.ends_with("empty.txt"));
        assert!(err.message.contains("empty"));
    }

    #[test]
    fn empty_directory_is_an_error() {
        let dir = dir_with(&[]);
        assert!(read_dir(dir.path()).unwrap_err().message.contains("no *.txt"));
    }

    #[test]
    fn line_of_counts_newlines() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }
}
