//! Compacts the data file for embedding: the app carries the week without the file's
//! indentation (about 19 KB less to parse at start-up). Only whitespace between tokens
//! goes; key order, duplicate keys and any syntax error stay exactly as in the file, so
//! the data checks see what was written.

use std::path::PathBuf;

const DATA: &str = "public/data/aelw-2022.json";

fn main() {
    println!("cargo::rerun-if-changed={DATA}");
    let text = std::fs::read_to_string(DATA).unwrap_or_else(|e| panic!("cannot read {DATA}: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("aelw-2022.json"), without_indentation(&text))
        .expect("cannot write to OUT_DIR");
}

/// `json` without the whitespace outside its strings.
fn without_indentation(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if c == '"' {
            in_string = true;
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        }
        out.push(c);
    }
    out
}
