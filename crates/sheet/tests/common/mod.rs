//! What the sheet tests share: a workbook as a grid of cells, saved again as another
//! program might, edited cell by cell, and the `sheet` binary run as `make data` does.

#![allow(dead_code)] // each test file uses its own share of these.

use aelw_core::data::parse;
use aelw_core::model::{Dataset, Date, Time, Utc};
use aelw_sheet::problem::Problem;
use aelw_sheet::release;
use aelw_sheet::schema::{HEADER_ROWS, Kind, TABLES};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use rust_xlsxwriter::{Format, Workbook};
use std::io::{Cursor, Read, Write};
use std::path::Path;

/// The moment the tests release at (`AELW_NOW` for the binary).
pub const NOW: &str = "2026-12-05T10:42:07Z";

pub fn now() -> Utc {
    Utc::parse(NOW).unwrap()
}

/// The data without its release fields: what a workbook, which carries no history,
/// reads back to.
pub fn content(data: &Dataset) -> String {
    let mut data = data.clone();
    data.releases.clear();
    data.legacy_updated = None;
    data.legacy_changes.clear();
    aelw_core::data::to_json(&data)
}

pub fn summit() -> Dataset {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/summit/apec-2023.json");
    parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every sheet of a workbook as rows of cells.
pub type Grid = Vec<(String, Vec<Vec<Data>>)>;

pub fn grid(bytes: &[u8]) -> Grid {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range.rows().map(|r| r.to_vec()).collect();
            (name, rows)
        })
        .collect()
}

/// Days since 30 December 1899, a spreadsheet's date serial.
pub fn serial(date: Date) -> f64 {
    let day = rust_xlsxwriter::ExcelDateTime::from_ymd(date.year, date.month, date.day);
    day.unwrap().to_excel()
}

/// Writes `grid` as another program might: with `typed`, dates as date cells, times as
/// time cells and whole numbers as numbers; always with an empty column trailing.
pub fn save(grid: &Grid, typed: bool) -> Vec<u8> {
    let mut book = Workbook::new();
    let (date, time) = (
        Format::new().set_num_format("yyyy-mm-dd"),
        Format::new().set_num_format("hh:mm"),
    );
    for (name, rows) in grid {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        let table = TABLES.iter().find(|t| t.sheet == name);
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let kind = table.and_then(|t| t.columns.get(c)).map(|col| col.kind);
                let (r32, c16) = (r as u32, c as u16);
                let text = aelw_sheet::cells::shown(cell);
                let body = r as u32 >= HEADER_ROWS;
                match (typed && body, kind, Date::parse(&text), Time::parse(&text)) {
                    (true, Some(Kind::Date | Kind::SpanFrom | Kind::SpanTo), Some(d), _) => {
                        sheet
                            .write_number_with_format(r32, c16, serial(d), &date)
                            .unwrap();
                    }
                    (true, Some(Kind::Time), _, Some(t)) => {
                        let day = f64::from(t.hour) / 24.0 + f64::from(t.minute) / 1440.0;
                        sheet
                            .write_number_with_format(r32, c16, day, &time)
                            .unwrap();
                    }
                    _ if typed
                        && body
                        && !text.is_empty()
                        && text.bytes().all(|b| b.is_ascii_digit()) =>
                    {
                        sheet
                            .write_number(r32, c16, text.parse::<f64>().unwrap())
                            .unwrap();
                    }
                    _ if text.is_empty() => {}
                    _ => {
                        sheet.write_string(r32, c16, &text).unwrap();
                    }
                }
            }
            // An empty column trailing every row, as some programs keep.
            sheet
                .write_string(r as u32, row.len() as u16 + 2, "")
                .unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

pub fn set(grid: &mut Grid, sheet: &str, row: u32, column: &str, value: &str) {
    let table = TABLES.iter().find(|t| t.sheet == sheet).unwrap();
    let c = table
        .columns
        .iter()
        .position(|col| col.en == column)
        .unwrap();
    let rows = &mut grid.iter_mut().find(|(n, _)| n == sheet).unwrap().1;
    let cells = &mut rows[row as usize - 1];
    if cells.len() <= c {
        cells.resize(c + 1, Data::Empty);
    }
    cells[c] = if value.is_empty() {
        Data::Empty
    } else {
        Data::String(value.into())
    };
}

pub fn problems(bytes: &[u8], published: &Dataset) -> Vec<Problem> {
    release(bytes, published, now()).expect_err("the workbook has problems")
}

/// `make data`: the `sheet` binary reading `book` into `data`, on a fixed day.
pub fn make_data(book: &Path, data: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_sheet"))
        .args(["read", book.to_str().unwrap(), data.to_str().unwrap()])
        .env("AELW_NOW", NOW)
        .output()
        .unwrap()
}

/// A workbook's parts (the files in its zip), by name, in order.
pub fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut out = Vec::new();
            f.read_to_end(&mut out).unwrap();
            (f.name().unwrap().into_owned(), out)
        })
        .collect()
}

/// `parts` zipped again, each compressed by `method`.
pub fn zipped(parts: &[(String, Vec<u8>)], method: zip::CompressionMethod) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(method)
        .large_file(true);
    for (name, bytes) in parts {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}
