//! Bakes the week into the app: the data file (`$AELW_DATA`, else the Bangkok week's), read and checked as the
//! build steps check it (the core's checks, and its zone looked up in the tz database by
//! `aelw-zone`), is written for `src/week.rs` as compact JSON (for the `.wasm`) and in
//! postcard's form (for the native build steps), and beside it the zone's rules around
//! the week. The app then starts without parsing JSON, checking
//! the data or carrying a zone database, and a broken data file (a made-up zone
//! included) stops the build with every problem, each naming its record, field, line
//! and column.

use aelw_core::data::{DATA_ENV, data_path};
use aelw_zone::parse;
use std::path::{Path, PathBuf};

fn main() {
    // `make serve DATA=…` builds another summit's week from its own data file.
    println!("cargo::rerun-if-env-changed={DATA_ENV}");
    let path = data_path(Path::new(env!("CARGO_MANIFEST_DIR")));
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read the data file {}: {e}", path.display()));
    let (mut week, zone) = match parse(&text) {
        Ok(both) => both,
        Err(errors) => {
            eprintln!("{} has {} problem(s):", path.display(), errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    // The calendar UIDs are for the calendar files the build writes; the app has no use
    // for them, and random UUIDs would add a kilobyte of gzip to its first load.
    for event in &mut week.events {
        event.uid = None;
    }
    let bytes = postcard::to_allocvec(&week).expect("the model serialises");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("week.postcard"), bytes).expect("cannot write to OUT_DIR");
    // The `.wasm` reads the same week as compact JSON, with the decoder it needs for
    // updates anyway (see src/week.rs).
    let json = serde_json::to_string(&week).expect("the model serialises");
    std::fs::write(out.join("week.json"), json).expect("cannot write to OUT_DIR");
    let bytes = postcard::to_allocvec(&zone).expect("the rules serialise");
    std::fs::write(out.join("zone.postcard"), bytes).expect("cannot write to OUT_DIR");
}
