//! Which file is the published record (`data::FILE`): `public/data/aelw-2022.json`, or
//! `$AELW_RECORD` where `make test-release` puts an editor's release in its place, so that
//! the whole suite runs on that release as it would in an editor's clone.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=AELW_RECORD");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let top = root.join("../..");
    let record = std::env::var_os("AELW_RECORD")
        .filter(|p| !p.is_empty())
        .map(|p| top.join(p))
        .unwrap_or_else(|| top.join("public/data/aelw-2022.json"));
    // include_str! needs an absolute path; rustc's own dep-info then tracks the file.
    let record = std::fs::canonicalize(&record)
        .unwrap_or_else(|e| panic!("the record {}: {e}", record.display()));
    println!("cargo::rustc-env=AELW_RECORD_FILE={}", record.display());
}
