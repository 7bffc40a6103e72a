//! Bakes the week into the app: the data file (`$AELW_DATA`, else the Bangkok week's), read and checked by the core crate as the
//! build steps check it, is written in postcard's compact form for `src/week.rs`. The app
//! then starts without parsing JSON or checking the data, and a broken data file stops
//! the build with every problem, each naming its record, field, line and column.

use aelw_core::data::{DATA_ENV, data_path, parse};
use std::path::{Path, PathBuf};

fn main() {
    // `make serve DATA=…` builds another summit's week from its own data file.
    println!("cargo::rerun-if-env-changed={DATA_ENV}");
    let path = data_path(Path::new(env!("CARGO_MANIFEST_DIR")));
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read the data file {}: {e}", path.display()));
    let mut week = match parse(&text) {
        Ok(week) => week,
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
}
