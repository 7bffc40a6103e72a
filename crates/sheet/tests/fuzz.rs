//! Bounded fuzzing of the read path (issue 32, item 6): the bytes of a real workbook,
//! written by `write`, mutated (bits flipped, cut short, zip parts swapped or their XML
//! edited with what hostile and broken workbooks hold) and read as `make data` reads
//! them. Nothing may panic or abort; a workbook accepted gives data the build accepts;
//! and the `sheet` binary, on a sample, leaves the data file byte-identical whenever it
//! refuses. `cargo test` runs a few hundred cases, `make test` (`--profile proptest`)
//! `AELW_WORKBOOK_CASES`=3,000, `make fuzz` many more.
//!
//! Left out until the read side bounds them (issue 32, D3): cell references far
//! beyond the schema (`XFD1048576`, a row past a million), which make calamine
//! allocate by the declared range and abort, and inflating parts (zip bombs).

mod common;

use aelw_core::data::{parse, to_json};
use aelw_sheet::{release, write};
use common::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn cases(default: u32) -> u32 {
    std::env::var("AELW_WORKBOOK_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// One mutation of a workbook's bytes or of its parts.
#[derive(Debug, Clone)]
enum Mutation {
    /// Flip bit `bit` of the byte at this fraction of the file.
    Flip(f64, u8),
    /// Cut the file at this fraction of its length.
    Truncate(f64),
    /// Swap the contents of two parts (by index).
    Swap(usize, usize),
    /// In a part, replace the text at this fraction of it (and a few bytes after) with
    /// one of `SNIPPETS`.
    Edit(usize, f64, usize, usize),
    /// Drop a part.
    Drop(usize),
}

/// What hostile and broken workbooks put in their XML: error cells, formulas with no
/// value, other cell types, broken and doubled elements, hidden sheets, entities,
/// control characters and long runs. No reference beyond the schema's rows and
/// columns (see the module's note).
const SNIPPETS: &[&str] = &[
    "",
    "<c r=\"B4\" t=\"e\"><v>#REF!</v></c>",
    "<c r=\"C5\" t=\"e\"><v>#N/A</v></c>",
    "<c r=\"J4\" t=\"str\"><f>CONCAT(\"a\",\"b\")</f></c>",
    "<c r=\"A4\" t=\"b\"><v>1</v></c>",
    "<c r=\"E4\"><v>-0.25</v></c>",
    "<c r=\"J4\" t=\"inlineStr\"><is><t>_x001B_[2J&#x7;</t></is></c>",
    "<c r=\"J4\" t=\"s\"><v>999999</v></c>",
    "</row>",
    "<row r=\"4\">",
    "<row r=\"0\"><c r=\"A0\"><v>1</v></c></row>",
    "state=\"veryHidden\" ",
    "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>",
    "&a;",
    "<sheet name=\"Events\" sheetId=\"9\" r:id=\"rId9\"/>",
    "\u{202E}\u{200B}",
    "ก\u{0E48}\u{0E48}",
    "<c r=\"Z60\" t=\"inlineStr\"><is><t>stray</t></is></c>",
    "\"",
    "<",
    "\0",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0.0..1.0f64;
    prop_oneof![
        1 => (at.clone(), 0..8u8).prop_map(|(f, b)| Mutation::Flip(f, b)),
        1 => at.clone().prop_map(Mutation::Truncate),
        1 => (0..20usize, 0..20usize).prop_map(|(a, b)| Mutation::Swap(a, b)),
        4 => (0..20usize, at, 0..40usize, 0..SNIPPETS.len())
            .prop_map(|(p, f, n, s)| Mutation::Edit(p, f, n, s)),
        1 => (0..20usize).prop_map(Mutation::Drop),
    ]
}

/// The workbook with the mutations applied: those on parts first, re-zipped, then
/// those on the file's bytes.
fn mutate(original: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut parts = parts(original);
    for m in mutations {
        let n = parts.len();
        match *m {
            Mutation::Swap(a, b) => {
                let (a, b) = (a % n, b % n);
                let first = std::mem::take(&mut parts[a].1);
                parts[a].1 = std::mem::replace(&mut parts[b].1, first);
            }
            Mutation::Edit(p, at, len, s) => {
                let part = &mut parts[p % n].1;
                let start = ((part.len() as f64 * at) as usize).min(part.len());
                let end = (start + len).min(part.len());
                part.splice(start..end, SNIPPETS[s].bytes());
            }
            Mutation::Drop(p) if n > 1 => {
                parts.remove(p % n);
            }
            _ => {}
        }
    }
    let mut bytes = zipped(&parts, zip::CompressionMethod::Deflated);
    for m in mutations {
        match *m {
            Mutation::Flip(at, bit) if !bytes.is_empty() => {
                let i = ((bytes.len() as f64 * at) as usize).min(bytes.len() - 1);
                bytes[i] ^= 1 << bit;
            }
            Mutation::Truncate(at) => bytes.truncate((bytes.len() as f64 * at) as usize),
            _ => {}
        }
    }
    bytes
}

#[test]
fn mutated_workbooks_are_refused_or_read_whole_and_never_crash() {
    let published = summit();
    let original = write::workbook(&published).unwrap();
    let strategy = prop::collection::vec(mutation(), 1..4);
    runner(cases(150))
        .run(&strategy, |mutations| {
            let bytes = mutate(&original, &mutations);
            if let Ok(r) = release(&bytes, &published, now())
                && let Some(data) = r.data
            {
                // Whatever is accepted is what the build accepts, and fits a workbook.
                prop_assert!(parse(&to_json(&data)).is_ok());
                prop_assert!(write::too_long(&data).is_empty());
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_binary_refusing_a_mutated_workbook_leaves_the_data_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let published = summit();
    let json = to_json(&published);
    let original = write::workbook(&published).unwrap();
    let (data, book) = (
        dir.path().join("apec-2023.json"),
        dir.path().join("book.xlsx"),
    );
    let strategy = prop::collection::vec(mutation(), 1..4);
    runner(cases(150) / 15)
        .run(&strategy, |mutations| {
            std::fs::write(&data, &json).unwrap();
            std::fs::write(&book, mutate(&original, &mutations)).unwrap();
            let out = make_data(&book, &data);
            // An exit code, not a signal (an abort) nor a panic's 101.
            prop_assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
            if !out.status.success() {
                prop_assert_eq!(std::fs::read_to_string(&data).unwrap(), json.clone());
            }
            Ok(())
        })
        .unwrap();
}
