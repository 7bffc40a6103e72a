//! Compacts the data file for embedding: the app carries the week without the file's
//! indentation (about 19 KB less to parse at start-up). A file that is not valid JSON
//! is embedded as it is, so that `cargo test` reports its problems by record and field.

use std::path::PathBuf;

const DATA: &str = "public/data/aelw-2022.json";

fn main() {
    println!("cargo::rerun-if-changed={DATA}");
    let text = std::fs::read_to_string(DATA).unwrap_or_else(|e| panic!("cannot read {DATA}: {e}"));
    let compact = serde_json::from_str::<serde_json::Value>(&text)
        .map(|v| v.to_string())
        .unwrap_or(text);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("aelw-2022.json"), compact).expect("cannot write to OUT_DIR");
}
