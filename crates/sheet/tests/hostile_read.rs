//! The read side of the hostile-workbook test of 2026-12-07 (issue 32): one test per
//! defect, each on a workbook that `make sheet` wrote and whose XML was then edited
//! inside the zip, as the report's recipes do. Every one must end in a clear refusal,
//! named by its cell (or sheet, or part), in both languages; the cases that crashed or
//! ran out of memory are run through the `sheet` binary, so that an abort is a failure
//! and not the end of the test run.

mod common;

use aelw_core::data::{FILE, parse};
use aelw_core::model::Dataset;
use aelw_sheet::problem::Problem;
use aelw_sheet::{release, schema, write};
use common::*;
use zip::CompressionMethod;

fn published() -> Dataset {
    parse(FILE).expect("the published record")
}

fn book() -> Vec<u8> {
    write::workbook(&published()).unwrap()
}

/// The part of a sheet, in the order `make sheet` writes them: the data's, then Notes.
fn part_of(sheet: &str) -> String {
    let i = (schema::TABLES.iter().map(|t| t.sheet))
        .chain([schema::NOTES])
        .position(|s| s == sheet)
        .unwrap();
    format!("xl/worksheets/sheet{}.xml", i + 1)
}

/// The workbook with `edit` applied to the XML of the part `name`.
fn edited(bytes: &[u8], name: &str, edit: impl Fn(String) -> String) -> Vec<u8> {
    let mut all = parts(bytes);
    let part = all.iter_mut().find(|(n, _)| n == name).expect("the part");
    part.1 = edit(String::from_utf8(part.1.clone()).unwrap()).into_bytes();
    zipped(&all, CompressionMethod::Deflated)
}

/// The cell `r` of `sheet` replaced by (or, where there is none, added as) `<c r="r" RAW</c>`:
/// RAW is its attributes, `>` and its inner XML.
fn put(bytes: &[u8], sheet: &str, r: &str, raw: &str) -> Vec<u8> {
    let cell = format!(r#"<c r="{r}" {raw}</c>"#);
    edited(bytes, &part_of(sheet), |xml| {
        let open = format!(r#"<c r="{r}""#);
        match xml.find(&open) {
            Some(at) => {
                let rest = &xml[at..];
                let head = rest.find('>').unwrap();
                let end = if rest[..head].ends_with('/') {
                    head + 1
                } else {
                    rest.find("</c>").unwrap() + 4
                };
                format!("{}{cell}{}", &xml[..at], &xml[at + end..])
            }
            None => {
                let row: String = r.chars().filter(char::is_ascii_digit).collect();
                let at = xml.find("</sheetData>").unwrap();
                format!(r#"{}<row r="{row}">{cell}</row>{}"#, &xml[..at], &xml[at..])
            }
        }
    })
}

/// An inline text cell.
fn text(value: &str) -> String {
    let value = value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(r#"t="inlineStr"><is><t xml:space="preserve">{value}</t></is>"#)
}

fn refused(bytes: &[u8]) -> Vec<Problem> {
    release(bytes, &published(), now()).expect_err("the workbook must be refused")
}

/// The problem on `cell` (or whose cell starts so), in both languages.
fn on<'p>(problems: &'p [Problem], cell: &str) -> &'p Problem {
    let p = problems.iter().find(|p| p.cell == cell);
    let p = p.unwrap_or_else(|| panic!("no problem on {cell}: {problems:#?}"));
    assert!(
        p.th.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c)),
        "{p}"
    );
    p
}

/// The Settings row (1-based) of the setting named `name` in column A.
fn setting_row(name: &str) -> u32 {
    let g = grid(&book());
    let rows = &g.iter().find(|(n, _)| n == "Settings").unwrap().1;
    let at = rows
        .iter()
        .position(|r| aelw_sheet::cells::shown(&r[0]) == name);
    at.expect("the setting") as u32 + 1
}

/// `make data` on `bytes`, as the editor runs it: its exit code and all it printed.
fn make_data_on(bytes: &[u8], name: &str) -> (Option<i32>, String, bool) {
    let dir = std::env::temp_dir().join(format!("aelw-hostile-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (data, book) = (dir.join("aelw-2022.json"), dir.join("aelw-2022.xlsx"));
    std::fs::write(&data, FILE).unwrap();
    std::fs::write(&book, bytes).unwrap();
    let run = make_data(&book, &data);
    let said =
        String::from_utf8_lossy(&run.stdout).to_string() + &String::from_utf8_lossy(&run.stderr);
    let unchanged = std::fs::read_to_string(&data).unwrap() == FILE;
    std::fs::remove_dir_all(&dir).ok();
    (run.status.code(), said, unchanged)
}

#[test]
fn the_unedited_workbook_still_reads() {
    let read = release(&book(), &published(), now()).expect("no problem");
    assert!(read.changes.is_empty());
}

#[test]
fn d1_a_cell_longer_than_a_spreadsheet_holds_is_refused_by_its_cell() {
    let long = put(&book(), "Events", "J4", &text(&"A".repeat(40_000)));
    let p = refused(&long);
    assert!(on(&p, "Events!J4").en.contains("32767"), "{p:#?}");
    // Thai counts as one unit a character too; an id is far shorter.
    let thai = put(&book(), "Events", "K4", &text(&"ก".repeat(32_768)));
    on(&refused(&thai), "Events!K4");
    let id = put(&book(), "Events", "A4", &text(&"a".repeat(300)));
    assert!(on(&refused(&id), "Events!A4").en.contains("200"));
}

#[test]
fn d2_error_cells_are_refused_on_every_sheet_settings_included() {
    let title = format!("B{}", setting_row("Title"));
    let zone = format!("C{}", setting_row("Time zone"));
    let book = put(&book(), "Settings", &title, r#"t="e"><v>#REF!</v>"#);
    let book = put(
        &book,
        "Settings",
        &zone.replace('C', "B"),
        r#"t="e"><v>#N/A</v>"#,
    );
    let book = put(&book, "Events", "J5", r#"t="e"><v>#DIV/0!</v>"#);
    let p = refused(&book);
    assert!(
        on(&p, &format!("Settings!{title}")).en.contains("#REF!"),
        "{p:#?}"
    );
    let zone_cell = format!("Settings!{}", zone.replace('C', "B"));
    assert!(on(&p, &zone_cell).en.contains("#N/A"), "{p:#?}");
    assert!(on(&p, "Events!J5").en.contains("#DIV/0!"), "{p:#?}");
}

#[test]
fn d3_a_stray_cell_at_the_sheet_s_far_corner_is_one_problem_not_a_crash() {
    let far = put(&book(), "Events", "XFD1048576", &text("x"));
    let p = refused(&far);
    assert!(on(&p, "Events!XFD1048576").en.contains("outside"), "{p:#?}");
    assert_eq!(p.len(), 1, "{p:#?}");
    // The binary too, and `make sheet` over that workbook.
    let (code, said, unchanged) = make_data_on(&far, "far");
    assert_eq!(code, Some(1), "{said}");
    assert!(unchanged && said.contains("XFD1048576"), "{said}");
}

#[test]
fn d3_a_zip_bomb_is_refused_by_its_part_before_it_is_inflated() {
    // 200 MB of spaces before the Events rows: a few hundred KB of file.
    let mut all = parts(&book());
    let events = all
        .iter_mut()
        .find(|(n, _)| *n == part_of("Events"))
        .unwrap();
    let xml = String::from_utf8(events.1.clone()).unwrap();
    let (head, tail) = xml.split_once("<sheetData>").unwrap();
    events.1 = format!("{head}<sheetData>{}{tail}", " ".repeat(200 << 20)).into_bytes();
    let bomb = zipped(&all, CompressionMethod::Deflated);
    assert!(bomb.len() < 2 << 20, "{}", bomb.len());
    let started = std::time::Instant::now();
    let p = refused(&bomb);
    assert!(on(&p, "workbook").en.contains(&part_of("Events")), "{p:#?}");
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
    // A shared-strings table that declares more strings than any summit has.
    let strings = edited(&book(), "xl/sharedStrings.xml", |xml| {
        xml.replacen("<sst ", r#"<sst uniqueCount="999999999999" "#, 1)
    });
    let (code, said, unchanged) = make_data_on(&strings, "strings");
    assert_eq!(code, Some(1), "{said}");
    assert!(unchanged && said.contains("sharedStrings"), "{said}");
}

#[test]
fn d4_a_hidden_sheet_named_like_one_of_the_schema_is_refused() {
    let mut all = parts(&book());
    let events = all
        .iter()
        .find(|(n, _)| *n == part_of("Events"))
        .unwrap()
        .1
        .clone();
    let injected = String::from_utf8(events).unwrap().replacen(
        r#"<c r="J4""#,
        r#"<c r="J4" t="inlineStr"><is><t>INJECTED</t></is></c><c r="ZZ1""#,
        1,
    );
    all.push(("xl/worksheets/sheet99.xml".into(), injected.into_bytes()));
    for (name, bytes) in &mut all {
        let xml = String::from_utf8(bytes.clone()).unwrap();
        let xml = match name.as_str() {
            "xl/_rels/workbook.xml.rels" => xml.replace("</Relationships>", r#"<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>"#),
            "[Content_Types].xml" => xml.replace("</Types>", r#"<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#),
            "xl/workbook.xml" => xml.replacen(r#"<sheet name="Events""#, r#"<sheet name="Events" sheetId="99" state="veryHidden" r:id="rId99"/><sheet name="Events ""#, 1),
            _ => continue,
        };
        *bytes = xml.into_bytes();
    }
    let p = refused(&zipped(&all, CompressionMethod::Deflated));
    assert!(on(&p, "Events").en.contains("hidden"), "{p:#?}");
}

#[test]
fn d7_one_stray_cell_at_the_bottom_is_one_problem_and_the_report_is_bounded() {
    let bottom = put(&book(), "Events", "A1048576", &text("x"));
    let p = refused(&bottom);
    assert_eq!(p.len(), 1, "{p:#?}");
    on(&p, "Events!A1048576");
    // Within the rows read, the blank rows above it are one problem, not thousands.
    let low = put(&book(), "Events", "A15000", &text("x"));
    let p = refused(&low);
    // The blank run, and what the checks say of a record that is only an id.
    assert!(p.len() < 30, "{p:#?}");
    assert!(p.iter().any(|p| p.en.contains("are blank")), "{p:#?}");
    let report: usize = p.iter().map(|p| p.to_string().len()).sum();
    assert!(report < 10_000, "{report}");
}

#[test]
fn d8_a_formula_with_no_saved_value_is_refused() {
    let book = put(&book(), "Events", "W5", r#"t="str"><f>CONCAT("a","b")</f>"#);
    let p = refused(&book);
    assert!(
        on(&p, "Events!W5")
            .en
            .contains("the formula has no saved value"),
        "{p:#?}"
    );
}

#[test]
fn d9_hidden_and_control_characters_are_refused_and_never_printed_raw() {
    let bidi = put(&book(), "Events", "L4", &text("Vo\u{200B}T\u{202E}F"));
    assert!(on(&refused(&bidi), "Events!L4").en.contains("U+200B"));
    let zone = format!("B{}", setting_row("Time zone"));
    let zone_book = put(&book(), "Settings", &zone, &text("Asia/Bangkok\u{202E}"));
    let p = refused(&zone_book);
    assert!(
        on(&p, &format!("Settings!{zone}")).en.contains("U+202E"),
        "{p:#?}"
    );
    let url = put(
        &book(),
        "Sources",
        "D3",
        &text("https://apec.org/\u{202E}gnp.exe"),
    );
    assert!(on(&refused(&url), "Sources!D3").en.contains("U+202E"));
    let escape = put(&book(), "Events", "J4", &text("_x001B_[2J_x001B_[31mPWNED"));
    let p = refused(&escape);
    on(&p, "Events!J4");
    let (code, said, unchanged) = make_data_on(&escape, "escape");
    assert_eq!(code, Some(1), "{said}");
    assert!(unchanged && !said.contains('\u{1b}'), "{said:?}");
}

#[test]
fn d11_a_part_that_does_not_match_its_crc_is_refused() {
    let stored = zipped(&parts(&book()), CompressionMethod::Stored);
    let mut bad = stored.clone();
    let at = bad
        .windows(10)
        .position(|w| w == b"Leaders' W")
        .expect("a title in the shared strings");
    bad[at] = b'M';
    let p = refused(&bad);
    assert!(on(&p, "workbook").en.contains("damaged"), "{p:#?}");
}

#[test]
fn d12_a_sheet_that_cannot_be_parsed_says_so_and_a_huge_version_is_on_its_cell() {
    // A shared string that the table does not have.
    let broken = put(&book(), "Days", "B3", r#"t="s"><v>99999</v>"#);
    let p = refused(&broken);
    let days = on(&p, "Days");
    assert!(
        days.en.contains("cannot be read") && !days.en.contains("missing"),
        "{p:#?}"
    );
    let version = format!("B{}", setting_row("Version"));
    let huge = put(&book(), "Settings", &version, "><v>4294967298</v>");
    let p = refused(&huge);
    let cell = format!("Settings!{version}");
    on(&p, &cell);
    // Said once: not again as a workbook of another release.
    assert_eq!(p.iter().filter(|p| p.cell == cell).count(), 1, "{p:#?}");
    let csv = refused(b"id,date\nx,2022-11-14\n");
    assert!(!csv[0].to_string().contains("empty"), "{}", csv[0]);
}

#[test]
fn d13_a_yes_no_cell_is_not_a_title_and_rows_past_the_limit_are_refused() {
    let boolean = put(&book(), "Events", "J4", r#"t="b"><v>1</v>"#);
    on(&refused(&boolean), "Events!J4");
    let nan = put(&book(), "Events", "J5", "><v>NaN</v>");
    on(&refused(&nan), "Events!J5");
    let past = put(&book(), "Events", "A20003", &text("one-too-many"));
    on(&refused(&past), "Events!A20003");
}
