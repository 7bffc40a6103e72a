//! Fingerprints what the drawing depends on (this crate's sources, its fonts and the
//! workspace's locked crate versions), so a cached card is drawn again whenever any of
//! them changes, without anyone remembering to bump a version.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;

fn main() {
    let mut hasher = DefaultHasher::new();
    let mut files = Vec::new();
    for folder in ["src", "fonts"] {
        println!("cargo::rerun-if-changed={folder}");
        let entries = std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{folder}: {e}"));
        files.extend(entries.map(|e| e.expect("a readable folder").path()));
    }
    files.push(Path::new("../../Cargo.lock").to_path_buf());
    println!("cargo::rerun-if-changed=../../Cargo.lock");
    files.sort();
    for file in files {
        file.hash(&mut hasher);
        std::fs::read(&file)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
            .hash(&mut hasher);
    }
    println!(
        "cargo::rustc-env=AELW_CARDS_FINGERPRINT={:016x}",
        hasher.finish()
    );
}
