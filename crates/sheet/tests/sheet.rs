//! The editors' round trip: exact for an unchanged workbook, a change listed and released,
//! every class of mistake reported on its cell in both languages with nothing written,
//! and a workbook saved by another program (other cell types) read the same.

use aelw_core::data::{embedded, parse, to_json};
use aelw_core::model::{Dataset, Date, Time};
use aelw_sheet::changes::How;
use aelw_sheet::problem::Problem;
use aelw_sheet::schema::{self, HEADER_ROWS, Kind, TABLES};
use aelw_sheet::{release, write};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use rust_xlsxwriter::{Format, Workbook};
use std::path::Path;

fn today() -> Date {
    Date::parse("2026-12-05").unwrap()
}

fn summit() -> Dataset {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/summit/apec-2023.json");
    parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every sheet of a workbook as rows of cells.
type Grid = Vec<(String, Vec<Vec<Data>>)>;

fn grid(bytes: &[u8]) -> Grid {
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
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
fn serial(date: Date) -> f64 {
    let mut d = Date::parse("1899-12-30").unwrap();
    let mut n = 0.0;
    while d < date {
        d = d.next();
        n += 1.0;
    }
    n
}

/// Writes `grid` as another program might: with `typed`, dates as date cells, times as
/// time cells and whole numbers as numbers; always with an empty column trailing.
fn save(grid: &Grid, typed: bool) -> Vec<u8> {
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

fn set(grid: &mut Grid, sheet: &str, row: u32, column: &str, value: &str) {
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

fn problems(bytes: &[u8], published: &Dataset) -> Vec<Problem> {
    release(bytes, published, today()).expect_err("the workbook has problems")
}

#[test]
fn an_unchanged_workbook_round_trips_exactly() {
    for data in [embedded().clone(), summit()] {
        let bytes = write::workbook(&data).unwrap();
        let read = aelw_sheet::read::read(&bytes).unwrap();
        assert!(read.problems.is_empty(), "{:?}", read.problems);
        let back: Dataset = serde_json::from_value(read.json).unwrap();
        assert_eq!(to_json(&back), to_json(&data), "{}", data.week.data_file);
        let released = release(&bytes, &data, today()).unwrap();
        assert!(released.data.is_none() && released.changes.is_empty());
    }
}

#[test]
fn a_corrected_time_is_listed_field_by_field_and_released() {
    let published = embedded();
    let mut edited = published.clone();
    let at = edited
        .events
        .iter()
        .position(|e| e.id == "youth-declaration")
        .unwrap();
    edited.events[at].start = Time::parse("11:45");
    let bytes = write::workbook(&edited).unwrap();
    let released = release(&bytes, published, today()).unwrap();
    let next = released.data.unwrap();
    assert_eq!(next.version, published.version + 1);
    assert_eq!(next.updated, today());
    assert_eq!(released.changes.len(), 1);
    let change = &released.changes[0];
    assert_eq!(change.id, "youth-declaration");
    let How::Changed(fields) = &change.how else {
        panic!("{change:?}")
    };
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].column, ("Start", "เวลาเริ่ม"));
    assert_eq!(
        (fields[0].old.as_str(), fields[0].new.as_str()),
        ("11:30", "11:45")
    );
    let described = aelw_sheet::changes::describe(&released.changes);
    assert!(
        described.contains("Start / เวลาเริ่ม: \"11:30\" → \"11:45\""),
        "{described}"
    );
    // The page's lines, in both languages.
    assert_eq!(next.changes.len(), 1);
    assert!(
        next.changes[0].en.starts_with("Corrected: ") && next.changes[0].en.ends_with("(start)")
    );
    assert!(
        next.changes[0]
            .th
            .as_deref()
            .unwrap()
            .ends_with("(เวลาเริ่ม)")
    );
    // What is written passes the build's checks and reads back the same.
    assert_eq!(&parse(&to_json(&next)).unwrap(), &next);
    // An added event is listed as added.
    let mut more = edited.clone();
    let mut copy = more.events[at].clone();
    copy.id = "youth-declaration-reading".into();
    more.events.insert(at + 1, copy);
    let released = release(&write::workbook(&more).unwrap(), published, today()).unwrap();
    let added = released
        .changes
        .iter()
        .any(|c| c.id == "youth-declaration-reading" && c.how == How::Added);
    assert!(added, "{:?}", released.changes);
    let lines = released.data.unwrap().changes;
    assert!(
        lines
            .iter()
            .any(|l| l.en.starts_with("Added: ") && l.th.as_deref().unwrap().starts_with("เพิ่ม: ")),
        "{lines:?}"
    );
}

#[test]
fn every_mistake_is_reported_on_its_cell_in_both_languages() {
    let published = embedded();
    let mut g = grid(&write::workbook(published).unwrap());
    let events = &schema::EVENTS;
    let row = |i: usize| HEADER_ROWS + 1 + i as u32;
    let id_of = |i: usize| published.events[i].id.clone();
    set(&mut g, "Events", row(0), "Date", "2022-11-31");
    set(&mut g, "Events", row(1), "Start", "25:00");
    set(&mut g, "Events", row(2), "Track", "sports");
    set(&mut g, "Events", row(3), "Priorities", "nope");
    set(&mut g, "Events", row(4), "ID", &id_of(3));
    set(&mut g, "Events", row(6), "ID", "Bad Id");
    set(&mut g, "Events", row(7), "Sources", "N999");
    set(&mut g, "Events", row(8), "Title TH", "");
    set(
        &mut g,
        "Sources",
        HEADER_ROWS + 1,
        "Address",
        "http://example.org/page",
    );
    // A blank row in the middle of the events.
    let rows = &mut g.iter_mut().find(|(n, _)| n == "Events").unwrap().1;
    let blank = row(10) as usize - 1;
    rows[blank] = vec![Data::Empty; rows[blank].len()];
    let found = problems(&save(&g, false), published);
    let report: Vec<String> = found.iter().map(ToString::to_string).collect();
    let has = |cell: &str, en: &str, th: &str| {
        assert!(
            found
                .iter()
                .any(|p| p.cell == cell && p.en.contains(en) && p.th.contains(th)),
            "no {cell} {en:?} / {th:?} in:\n{}",
            report.join("\n")
        );
    };
    let cell = |column: &str, r: u32| {
        let c = events
            .columns
            .iter()
            .position(|col| col.en == column)
            .unwrap();
        schema::cell(events, c, r)
    };
    for (column, at, en, th) in [
        ("Date", 0, "is not a date of the form YYYY-MM-DD", "ไม่ใช่วันที่"),
        ("Start", 1, "is not a time of the form HH:MM", "ไม่ใช่เวลา"),
        ("Track", 2, "unknown track \"sports\"", "ไม่มีกลุ่ม \"sports\""),
        ("Priorities", 3, "unknown priority \"nope\"", "ไม่มีประเด็นหลัก"),
        ("ID", 4, "is used by an earlier event", "ซ้ำ"),
        ("ID", 6, "lower-case letters", "ตัวพิมพ์เล็ก"),
        ("Sources", 7, "unknown source \"N999\"", "\"N999\""),
        ("Title TH", 8, "is missing", "ภาษาไทย"),
    ] {
        has(&cell(column, row(at)), en, th);
    }
    has("Sources!D3", "is not an https: URL", "https://");
    has(&format!("Events!A{}", row(10)), "is blank", "ว่าง");
    // Each quotes its value and names its column in both languages.
    let date = found
        .iter()
        .find(|p| p.cell == cell("Date", row(0)))
        .unwrap();
    assert_eq!(date.value.as_deref(), Some("2022-11-31"));
    assert_eq!(date.column, Some(("Date", "วันที่")));
    // The unreadable date's stand-in raises nothing else on its row.
    let on_row = |r: u32| {
        let row_of = |cell: &str| {
            cell.trim_start_matches("Events!")
                .trim_start_matches(|c: char| c.is_ascii_uppercase())
                .to_string()
        };
        found
            .iter()
            .filter(|p| p.cell.starts_with("Events!") && row_of(&p.cell) == r.to_string())
            .count()
    };
    assert_eq!(on_row(row(0)), 1, "{}", report.join("\n"));
}

/// `make data`: the `sheet` binary reading `book` into `data`, on a fixed day.
fn make_data(book: &Path, data: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_sheet"))
        .args(["read", book.to_str().unwrap(), data.to_str().unwrap()])
        .env("AELW_TODAY", "2026-12-05")
        .output()
        .unwrap()
}

#[test]
fn a_deleted_header_row_is_reported_not_a_record_skipped() {
    let mut g = grid(&write::workbook(embedded()).unwrap());
    let rows = &mut g.iter_mut().find(|(n, _)| n == "Sources").unwrap().1;
    rows.remove(1);
    let found = problems(&save(&g, false), embedded());
    let header = found
        .iter()
        .find(|p| p.cell == "Sources!A2")
        .expect("row 2 reported");
    assert!(
        header
            .en
            .contains("row 2 should hold the Thai column names"),
        "{header}"
    );
    assert_eq!(
        header.value.as_deref(),
        Some(embedded().sources[0].id.as_str())
    );
}

#[test]
fn a_broken_workbook_writes_nothing() {
    let dir = std::env::temp_dir().join(format!("aelw-sheet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("week.json");
    let book = dir.join("week.xlsx");
    let original = to_json(embedded());
    std::fs::write(&data, &original).unwrap();
    let mut g = grid(&write::workbook(embedded()).unwrap());
    set(&mut g, "Events", HEADER_ROWS + 1, "Date", "18/11/2022");
    std::fs::write(&book, save(&g, false)).unwrap();
    let run = make_data(&book, &data);
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success());
    assert!(
        said.contains("Events!B3 · Date / วันที่ · \"18/11/2022\""),
        "{said}"
    );
    assert!(
        said.contains("nothing was written") && said.contains("ยังไม่ได้บันทึก"),
        "{said}"
    );
    assert_eq!(std::fs::read_to_string(&data).unwrap(), original);
    // Fixed, it is released: the file moves to the next version.
    set(
        &mut g,
        "Events",
        HEADER_ROWS + 1,
        "Date",
        &embedded().events[0].date.to_string(),
    );
    set(&mut g, "Events", HEADER_ROWS + 1, "Venue EN", "Bangkok");
    set(&mut g, "Events", HEADER_ROWS + 1, "Venue TH", "กรุงเทพฯ");
    std::fs::write(&book, save(&g, false)).unwrap();
    let run = make_data(&book, &data);
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(said.contains("Venue EN / สถานที่ อังกฤษ"), "{said}");
    let next = parse(&std::fs::read_to_string(&data).unwrap()).unwrap();
    assert_eq!(next.version, embedded().version + 1);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn another_program_s_cell_types_read_the_same() {
    for data in [embedded().clone(), summit()] {
        let typed = save(&grid(&write::workbook(&data).unwrap()), true);
        // The check sees the types: dates and times are no longer text.
        let g = grid(&typed);
        let events = &g.iter().find(|(n, _)| n == "Events").unwrap().1;
        assert!(
            events
                .iter()
                .skip(2)
                .any(|r| matches!(r[1], Data::DateTime(_)))
        );
        let released = release(&typed, &data, today()).unwrap();
        assert!(released.data.is_none(), "{:?}", released.changes);
    }
}

#[test]
fn a_workbook_saved_by_libreoffice_reads_the_same() {
    // tests/summit/apec-2023.xlsx: `make sheet DATA=tests/summit/apec-2023.json`, opened
    // and saved by LibreOffice Calc 7.4 (`soffice --convert-to xlsx`). If the summit's
    // data changes, save it again that way.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/libreoffice-apec-2023.xlsx");
    let bytes = std::fs::read(path).unwrap();
    let released = release(&bytes, &summit(), today()).unwrap();
    assert!(released.data.is_none(), "{:?}", released.changes);
}
