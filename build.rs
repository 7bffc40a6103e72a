//! Bakes the week into the app: the data file, read and checked by the core crate as the
//! build steps check it, is written in postcard's compact form for `src/week.rs`. The app
//! then starts without parsing JSON or checking the data, and a broken data file stops
//! the build with every problem, each naming its record, field, line and column.

use aelw_core::data::{FILE, FILE_PATH, parse};
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed={FILE_PATH}");
    let week = match parse(FILE) {
        Ok(week) => week,
        Err(errors) => {
            eprintln!("{FILE_PATH} has {} problem(s):", errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    };
    let bytes = postcard::to_allocvec(&week).expect("the model serialises");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("week.postcard"), bytes).expect("cannot write to OUT_DIR");
}
