//! What a release writes, against the write-side defects of the hostile-workbook test
//! (issue 32): D1 a release whose automatic "What changed" outgrows a cell, D5 two
//! releases at once, D6 a Data file typo, D10 a symlink at a temporary file's name; and
//! kills mid-release. The counts of the concurrent pairs and of the kills are small
//! here; `make sheet-stress` runs the (`AELW_PAIRS`, `AELW_KILLS`).

mod common;

use aelw_core::data::{FIXTURE, parse};
use aelw_core::model::Dataset;
use aelw_sheet::schema::HEADER_ROWS;
use aelw_sheet::{files, release, write};
use common::*;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Barrier};

/// A folder with the fixture's data file (`data.json`) and its workbook (`book.xlsx`).
fn folder() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (data, book) = (dir.path().join("data.json"), dir.path().join("book.xlsx"));
    std::fs::write(&data, FIXTURE).unwrap();
    (dir, data, book)
}

fn published(data: &Path) -> Dataset {
    parse(&std::fs::read_to_string(data).unwrap()).unwrap()
}

/// The `sheet` binary with these arguments, at the tests' moment.
fn sheet(args: &[&Path]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sheet"));
    cmd.args(args).env("AELW_NOW", NOW);
    cmd
}

fn run(args: &[&Path]) -> Output {
    sheet(args).output().unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The fixture's workbook with the event on row `row` retitled `title`.
fn retitled(row: u32, title: &str) -> Vec<u8> {
    let mut g = grid(&write::workbook(aelw_core::data::fixture()).unwrap());
    set(&mut g, "Events", row, "Title EN", title);
    save(&g, false)
}

const FIRST_ROW: u32 = HEADER_ROWS + 1;

#[test]
fn d1_a_long_automatic_what_changed_is_cut_and_the_next_workbook_can_be_made() {
    let (_dir, data, book) = folder();
    let mut g = grid(&write::workbook(aelw_core::data::fixture()).unwrap());
    // Five titles of 8,000 characters: each fits a cell, the page's lines naming them
    // all did not (40,477 characters in one cell).
    for r in 0..5 {
        set(
            &mut g,
            "Events",
            FIRST_ROW + r,
            "Title EN",
            &"A".repeat(8000),
        );
    }
    std::fs::write(&book, save(&g, false)).unwrap();
    let out = run(&["read".as_ref(), &book, &data]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        !text(&out).contains("cannot write the workbook"),
        "{}",
        text(&out)
    );
    let next = published(&data);
    let lines = next.latest_release().unwrap().changes;
    let joined: usize = lines.iter().map(|l| l.en.encode_utf16().count() + 1).sum();
    assert!(joined < write::MAX_CELL, "{joined}");
    assert!(write::too_long(&next).is_empty());
    // The workbook was brought up to the release, and make sheet still works.
    let again = book.with_file_name("again.xlsx");
    let out = run(&["write".as_ref(), &data, &again]);
    assert!(out.status.success(), "{}", text(&out));
    let read = aelw_sheet::read::read(&std::fs::read(&book).unwrap()).unwrap();
    assert_eq!(read.json["version"], next.version);
}

#[test]
fn d1_a_published_value_too_long_for_a_cell_still_gives_a_workbook_and_is_never_released() {
    let mut long = aelw_core::data::fixture().clone();
    long.events[0].summary.en = "B".repeat(40_000);
    let cut = write::too_long(&long);
    assert_eq!(cut.len(), 1, "{cut:?}");
    assert_eq!(cut[0].1, 40_000);
    let bytes = write::workbook(&long).expect("a workbook, the value cut");
    let read = aelw_sheet::read::read(&bytes).unwrap();
    let shown = read.json["events"][0]["summary"]["en"].as_str().unwrap();
    assert!(shown.ends_with('…') && shown.encode_utf16().count() <= write::MAX_CELL);
}

#[test]
fn d5_a_release_waits_for_the_one_running_then_refuses_a_workbook_it_made_stale() {
    let (_dir, data, book) = folder();
    std::fs::write(&book, retitled(FIRST_ROW, "EDIT B")).unwrap();
    let lock = files::lock(&data).unwrap();
    let mut child = sheet(&["read".as_ref(), &book, &data])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The positive signal: the second release says it waits (and so has written nothing).
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    err.read_line(&mut first).unwrap();
    assert!(first.contains("Another release of"), "{first:?}");
    // Meanwhile the first release publishes another edit.
    let before = published(&data);
    let next = release(&retitled(FIRST_ROW + 1, "EDIT A"), &before, now())
        .unwrap()
        .data
        .unwrap();
    files::replace(&data, aelw_sheet::data_file(&next).as_bytes()).unwrap();
    drop(lock);
    let out = child.wait_with_output().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut err, &mut rest).unwrap();
    assert!(!out.status.success(), "{rest}");
    assert!(rest.contains("was made from version"), "{rest}");
    assert_eq!(published(&data), next, "the first release's edit is kept");
}

/// Two releases of one data file at once, from two workbooks with different edits, as
/// two processes started together: every edit is either published or refused with a
/// message, never lost; the data file is never left empty or broken.
fn concurrent_pair() {
    let (_dir, data, _) = folder();
    let books: Vec<PathBuf> = ["a", "b"]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let book = data.with_file_name(format!("{name}.xlsx"));
            std::fs::write(
                &book,
                retitled(FIRST_ROW + i as u32, &format!("EDIT {name}")),
            )
            .unwrap();
            book
        })
        .collect();
    let start = Arc::new(Barrier::new(2));
    let runs: Vec<_> = books
        .iter()
        .map(|book| {
            let (start, book, data) = (start.clone(), book.clone(), data.clone());
            std::thread::spawn(move || {
                start.wait();
                run(&["read".as_ref(), &book, &data])
            })
        })
        .collect();
    let outs: Vec<Output> = runs.into_iter().map(|r| r.join().unwrap()).collect();
    let json = std::fs::read_to_string(&data).unwrap();
    assert!(!json.is_empty(), "the data file left empty");
    let after = parse(&json).expect("the data file stays valid");
    for (name, out) in ["a", "b"].iter().zip(&outs) {
        let edit = format!("EDIT {name}");
        let kept = after.events.iter().any(|e| e.title.en == edit);
        if out.status.success() {
            assert!(
                kept,
                "run {name} said it published, but {edit} is lost:\n{}",
                text(out)
            );
        } else {
            assert!(text(out).contains("was made from version"), "{}", text(out));
        }
    }
    assert!(outs.iter().any(|o| o.status.success()));
}

#[test]
fn d5_two_releases_at_once_never_lose_an_edit() {
    let pairs = count("AELW_PAIRS", 3);
    for _ in 0..pairs {
        concurrent_pair();
    }
}

fn count(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

#[test]
fn d6_a_data_file_typo_is_refused_on_its_cell_and_writes_nothing() {
    let (_dir, data, book) = folder();
    let mut g = grid(&write::workbook(aelw_core::data::fixture()).unwrap());
    let settings = &mut g.iter_mut().find(|(n, _)| n == "Settings").unwrap().1;
    let row = settings
        .iter()
        .position(|r| r.first().map(aelw_sheet::cells::shown).as_deref() == Some("Data file"))
        .unwrap();
    settings[row][1] = calamine::Data::String("other-2022.json".into());
    std::fs::write(&book, save(&g, false)).unwrap();
    let out = run(&["read".as_ref(), &book, &data]);
    let said = text(&out);
    assert!(!out.status.success(), "{said}");
    let cell = format!("Settings!B{}", row + 1);
    assert!(said.contains(&cell), "{cell} not named in {said}");
    assert!(
        said.contains("never renames") && said.contains("ไม่เปลี่ยนชื่อไฟล์ข้อมูล"),
        "{said}"
    );
    assert_eq!(std::fs::read_to_string(&data).unwrap(), FIXTURE);
    // Asked for, on a copy not yet released under its own name, it is a new summit's
    // first release; never on a summit's own file.
    let copy = data.with_file_name("other-2022.json");
    std::fs::copy(&data, &copy).unwrap();
    let out = run(&["--new".as_ref(), "read".as_ref(), &book, &copy]);
    assert!(out.status.success(), "{}", text(&out));
    let first = published(&copy);
    assert_eq!((first.version, first.releases.len()), (1, 1));
    assert_eq!(
        first.latest_release().unwrap().changes,
        aelw_sheet::changes::first()
    );
    assert!(!text(&out).contains("removed"), "{}", text(&out));
    let out = run(&["--new".as_ref(), "read".as_ref(), &book, &copy]);
    assert!(!out.status.success() && text(&out).contains("already the summit"));
}

#[cfg(unix)]
#[test]
fn d10_a_symlink_at_a_predictable_temporary_name_is_never_followed() {
    let (dir, data, book) = folder();
    std::fs::write(&book, retitled(FIRST_ROW, "EDITED")).unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "victim").unwrap();
    // The names a writer might pick: the old fixed one, and tempfile's own pattern.
    for name in [
        "data.json.tmp",
        "book.xlsx.tmp",
        ".data.json.AAAAAA.part",
        ".tmpAAAAAA",
    ] {
        std::os::unix::fs::symlink(&victim, dir.path().join(name)).unwrap();
    }
    let out = run(&["read".as_ref(), &book, &data]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "victim");
    for file in [&data, &book] {
        assert!(
            std::fs::symlink_metadata(file).unwrap().is_file(),
            "{file:?}"
        );
    }
    assert!(
        published(&data)
            .events
            .iter()
            .any(|e| e.title.en == "EDITED")
    );
}

/// A release killed at a random moment, again and again: the data file and the
/// workbook are each the old one or the complete new one, and no temporary file is
/// left beside the data file once the next release has run.
#[cfg(unix)]
#[test]
fn kills_mid_release_leave_the_old_files_or_the_complete_new_ones() {
    let kills = count("AELW_KILLS", 8);
    let (dir, data, book) = folder();
    let edited = retitled(FIRST_ROW, "KILLED EDIT");
    // How long a whole release takes here, to aim the kills across it.
    std::fs::write(&book, &edited).unwrap();
    let at = std::time::Instant::now();
    assert!(run(&["read".as_ref(), &book, &data]).status.success());
    let whole = at.elapsed();
    let new = std::fs::read_to_string(&data).unwrap();
    let (mut old_seen, mut new_seen) = (0, 0);
    for k in 0..kills {
        std::fs::write(&data, FIXTURE).unwrap();
        std::fs::write(&book, &edited).unwrap();
        let mut child = sheet(&["read".as_ref(), &book, &data])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // From a tenth of the run to its end and a little beyond, evenly.
        let wait = whole.mul_f64(0.1 + 1.1 * k as f64 / kills.max(1) as f64);
        std::thread::sleep(wait);
        child.kill().ok();
        child.wait().unwrap();
        let json = std::fs::read_to_string(&data).unwrap();
        match json {
            j if j == FIXTURE => old_seen += 1,
            j if j == new => new_seen += 1,
            j => panic!(
                "kill {k} after {wait:?} left {} bytes of data file",
                j.len()
            ),
        }
        let read = aelw_sheet::read::read(&std::fs::read(&book).unwrap())
            .unwrap_or_else(|p| panic!("kill {k} after {wait:?} broke the workbook: {p}"));
        let version = read.json["version"].as_u64().unwrap();
        let before = u64::from(parse(FIXTURE).unwrap().version);
        assert!(version == before || version == before + 1, "{version}");
    }
    // The next release sweeps what a killed one left.
    std::fs::write(&book, &edited).unwrap();
    std::fs::write(&data, FIXTURE).unwrap();
    assert!(run(&["read".as_ref(), &book, &data]).status.success());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".part"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    eprintln!("{kills} kills: data file old {old_seen}, complete new {new_seen}");
}

/// Writes `en` and `th` into the Settings row named `name`.
fn setting(g: &mut Grid, name: &str, en: &str, th: &str) {
    let rows = &mut g.iter_mut().find(|(n, _)| n == "Settings").unwrap().1;
    let row = rows
        .iter_mut()
        .find(|r| r.first().map(aelw_sheet::cells::shown).as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no setting {name}"));
    row.resize(row.len().max(3), calamine::Data::Empty);
    row[1] = calamine::Data::String(en.into());
    row[2] = match th {
        "" => calamine::Data::Empty,
        th => calamine::Data::String(th.into()),
    };
}

/// Words of the Bangkok week that no other summit's workbook may hold.
const BANGKOK: [&str; 9] = [
    "APEC",
    "Bangkok",
    "ICT",
    "Leaders' Week",
    "สัปดาห์ผู้นำ",
    "เอเปค",
    "กรุงเทพ",
    "aelw",
    "Thailand",
];

#[test]
fn a_new_summit_starts_from_a_blank_workbook_and_its_first_release_has_no_change_list() {
    let dir = tempfile::tempdir().unwrap();
    let (data, book) = (
        dir.path().join("fair-2031.json"),
        dir.path().join("fair-2031.xlsx"),
    );
    let out = run(&["--new".as_ref(), "write".as_ref(), &data, &book]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!data.exists(), "make sheet NEW=1 publishes nothing");
    let mut g = grid(&std::fs::read(&book).unwrap());
    let words: Vec<String> = g
        .iter()
        .flat_map(|(_, rows)| rows.iter().flatten().map(aelw_sheet::cells::shown))
        .collect();
    for word in BANGKOK {
        let whole = |w: &String| {
            w.split(|c: char| !c.is_alphanumeric() && c != '\'')
                .any(|part| part == word)
                || (word.contains(' ') || !word.is_ascii()) && w.contains(word)
        };
        assert!(!words.iter().any(whole), "{word} in the blank workbook");
    }
    // Refused while the settings are empty, each by its cell; nothing written.
    let out = run(&["--new".as_ref(), "read".as_ref(), &book, &data]);
    assert!(
        !out.status.success() && text(&out).contains("Settings!B"),
        "{}",
        text(&out)
    );
    assert!(!data.exists());
    // A made-up fair, its example rows kept, on the example day.
    let day = g.iter().find(|(n, _)| n == "Days").unwrap().1[HEADER_ROWS as usize][0].clone();
    let day = aelw_sheet::cells::shown(&day);
    for (name, en, th) in [
        ("Title", "Harbour Book Fair 2031", "งานหนังสือท่าเรือ 2031"),
        ("Theme", "Reading together", "อ่านด้วยกัน"),
        ("Host", "The Harbour Library", "ห้องสมุดท่าเรือ"),
        ("City", "Lisbon", "ลิสบอน"),
        ("Venue", "The old harbour", "ท่าเรือเก่า"),
        ("First day", &day, ""),
        ("Last day", &day, ""),
        ("Time zone", "Europe/Lisbon", ""),
        ("Zone abbreviation", "WET", ""),
        (
            "Summary",
            "A day of books by the water.",
            "หนึ่งวันของหนังสือริมน้ำ",
        ),
        ("Sources", "S1", ""),
        ("Page title", "Harbour Book Fair 2031", "งานหนังสือท่าเรือ 2031"),
        (
            "Page description",
            "The fair, hour by hour.",
            "งานหนังสือ ชั่วโมงต่อชั่วโมง",
        ),
        ("Eyebrow", "Harbour 2031", "ท่าเรือ 2031"),
        ("Priorities heading", "What the fair is for", "งานนี้เพื่ออะไร"),
        ("Disclaimer", "Not an official site.", "ไม่ใช่เว็บไซต์ทางการ"),
    ] {
        setting(&mut g, name, en, th);
    }
    std::fs::write(&book, save(&g, false)).unwrap();
    let out = run(&["read".as_ref(), &book, &data]);
    assert!(
        !out.status.success() && text(&out).contains("NEW=1"),
        "{}",
        text(&out)
    );
    let out = run(&["--new".as_ref(), "read".as_ref(), &book, &data]);
    let said = text(&out);
    assert!(out.status.success(), "{said}");
    assert!(
        !said.contains("removed") && said.contains("First release of fair-2031.json"),
        "{said}"
    );
    let first = published(&data);
    assert_eq!((first.version, first.releases.len()), (1, 1));
    assert_eq!(
        first.latest_release().unwrap().changes,
        aelw_sheet::changes::first()
    );
    assert_eq!(first.week.data_file, "fair-2031.json");
    // The next release is an ordinary one.
    let read = aelw_sheet::read::read(&std::fs::read(&book).unwrap()).unwrap();
    assert_eq!(read.json["version"], 1);
}

#[test]
fn a_published_file_failing_a_newer_check_locks_no_one_out_and_a_workbook_fixing_it_is_taken() {
    let (_dir, data, book) = folder();
    // As if published before the check against invisible characters existed.
    let mut json: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
    let title = json["events"][0]["title"]["en"]
        .as_str()
        .unwrap()
        .to_string();
    json["events"][0]["title"]["en"] = format!("{title}\u{200B}").into();
    std::fs::write(&data, json.to_string()).unwrap();
    assert!(parse(&json.to_string()).is_err());
    // make sheet still gives the workbook, and says what to fix.
    let out = run(&["write".as_ref(), &data, &book]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("problem(s) that the checks now find"),
        "{}",
        text(&out)
    );
    // That workbook, unfixed, is refused on the cell.
    let out = run(&["read".as_ref(), &book, &data]);
    assert!(
        !out.status.success() && text(&out).contains("Events!J3"),
        "{}",
        text(&out)
    );
    // Fixed, it is released, and the fix is reported.
    let mut g = grid(&std::fs::read(&book).unwrap());
    set(&mut g, "Events", FIRST_ROW, "Title EN", &title);
    std::fs::write(&book, save(&g, false)).unwrap();
    let out = run(&["read".as_ref(), &book, &data]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Fixed:"), "{}", text(&out));
    assert_eq!(published(&data).events[0].title.en, title);
}
