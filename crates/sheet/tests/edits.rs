//! What editors really do to a workbook and must not lose by: keep editing it after
//! `make data`, open an old copy, run `make sheet` over their edits, move or duplicate a
//! column or a setting, leave the main track empty, move rows and deliverables around;
//! and the change list they read afterwards.

mod common;

use aelw_core::data::{fixture, parse, to_json};
use aelw_core::model::Released;
use aelw_sheet::changes::How;
use aelw_sheet::schema::HEADER_ROWS;
use aelw_sheet::{release, write};
use calamine::Data;
use common::*;
use std::path::{Path, PathBuf};

/// A fresh folder holding the published week as `week.json`.
fn folder(name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("aelw-edits-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("week.json");
    std::fs::write(&data, to_json(fixture())).unwrap();
    let book = dir.join("week.xlsx");
    (dir, data, book)
}

/// `make sheet`: the `sheet` binary writing `data` as `book`.
fn make_sheet(data: &Path, book: &Path) -> std::process::Output {
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_sheet"))
        .args(["write", data.to_str().unwrap(), book.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    run
}

fn said(run: &std::process::Output) -> String {
    String::from_utf8_lossy(&run.stdout).to_string() + &String::from_utf8_lossy(&run.stderr)
}

/// Sets the cell under the header `column` (wherever it now stands) in the 1-based `row`.
fn set_under(grid: &mut Grid, sheet: &str, row: u32, column: &str, value: &str) {
    let rows = &mut grid.iter_mut().find(|(n, _)| n == sheet).unwrap().1;
    let c = rows[0]
        .iter()
        .position(|h| aelw_sheet::cells::shown(h) == column)
        .unwrap();
    let cells = &mut rows[row as usize - 1];
    if cells.len() <= c {
        cells.resize(c + 1, Data::Empty);
    }
    cells[c] = Data::String(value.into());
}

#[test]
fn an_editor_keeps_editing_after_make_data_but_an_old_copy_is_refused() {
    let (dir, data, book) = folder("flow");
    make_sheet(&data, &book);
    let first = std::fs::read(&book).unwrap();
    let mut g = grid(&first);
    set(&mut g, "Events", HEADER_ROWS + 1, "Venue EN", "Bangkok");
    set(&mut g, "Events", HEADER_ROWS + 1, "Venue TH", "กรุงเทพฯ");
    std::fs::write(&book, save(&g, false)).unwrap();
    let run = make_data(&book, &data);
    assert!(run.status.success(), "{}", said(&run));
    assert!(said(&run).contains("is now version"), "{}", said(&run));
    // The workbook moved to the new release: a second edit in it is released too.
    let mut g = grid(&std::fs::read(&book).unwrap());
    set(&mut g, "Events", HEADER_ROWS + 2, "Venue EN", "Bangkok");
    set(&mut g, "Events", HEADER_ROWS + 2, "Venue TH", "กรุงเทพฯ");
    std::fs::write(&book, save(&g, false)).unwrap();
    let run = make_data(&book, &data);
    assert!(run.status.success(), "{}", said(&run));
    let now = parse(&std::fs::read_to_string(&data).unwrap()).unwrap();
    assert_eq!(now.version, fixture().version + 2);
    // Both releases are on record after the published history, at the moment make data
    // ran (AELW_NOW), each with its change lines.
    let history = now.releases();
    let (old, new) = history.split_at(history.len() - 2);
    assert_eq!(old, &fixture().releases()[..]);
    for (release, version) in new.iter().zip(fixture().version + 1..) {
        assert_eq!(release.version, version);
        assert_eq!(String::from(release.released), NOW);
        assert!(!release.changes.is_empty(), "{release:?}");
    }
    // A copy of the first workbook would undo both: it is refused, and nothing written.
    let before = std::fs::read_to_string(&data).unwrap();
    let old = dir.join("old.xlsx");
    std::fs::write(&old, &first).unwrap();
    let run = make_data(&old, &data);
    assert!(!run.status.success());
    let version = fixture().version;
    assert!(
        said(&run).contains(&format!(
            "made from version {version}, but the published data file is version {}",
            version + 2
        )),
        "{}",
        said(&run)
    );
    assert!(said(&run).contains("สร้างจากฉบับที่"), "{}", said(&run));
    assert_eq!(std::fs::read_to_string(&data).unwrap(), before);
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn make_sheet_never_overwrites_unpublished_edits() {
    let (dir, data, book) = folder("keep");
    make_sheet(&data, &book);
    // Unchanged: simply replaced.
    make_sheet(&data, &book);
    assert!(!dir.join("week.kept-1.xlsx").exists());
    let mut g = grid(&std::fs::read(&book).unwrap());
    set(&mut g, "Events", HEADER_ROWS + 1, "Venue EN", "Bangkok");
    let edited = save(&g, false);
    std::fs::write(&book, &edited).unwrap();
    let run = make_sheet(&data, &book);
    assert!(said(&run).contains("week.kept-1.xlsx"), "{}", said(&run));
    assert_eq!(std::fs::read(dir.join("week.kept-1.xlsx")).unwrap(), edited);
    let fresh = release(&std::fs::read(&book).unwrap(), fixture(), now()).unwrap();
    // No edit in it (a release could only give events their calendar UIDs).
    assert!(fresh.changes.is_empty(), "{:?}", fresh.changes);
    assert!(fresh.data.is_none_or(|d| d.version == fixture().version));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_moved_column_s_problems_land_on_its_new_cell() {
    let mut g = grid(&write::workbook(fixture()).unwrap());
    let rows = &mut g.iter_mut().find(|(n, _)| n == "Events").unwrap().1;
    let sources = rows[0]
        .iter()
        .position(|h| aelw_sheet::cells::shown(h) == "Sources")
        .unwrap();
    let width = rows[0].len();
    for row in rows.iter_mut() {
        row.resize(width, Data::Empty);
        let cell = row.remove(sources);
        row.push(cell);
    }
    let last = rust_xlsxwriter::utility::column_number_to_name(width as u16 - 1);
    set_under(&mut g, "Events", HEADER_ROWS + 1, "Sources", "N999");
    let found = problems(&save(&g, false), fixture());
    let cell = format!("Events!{last}{}", HEADER_ROWS + 1);
    assert!(
        found.iter().any(|p| p.cell == cell
            && p.en.contains("unknown source \"N999\"")
            && p.value.as_deref() == Some("N999")),
        "no {cell} in {found:?}"
    );
}

#[test]
fn duplicated_columns_and_settings_are_reported_not_ignored() {
    let mut g = grid(&write::workbook(fixture()).unwrap());
    let rows = &mut g.iter_mut().find(|(n, _)| n == "Sources").unwrap().1;
    for row in rows.iter_mut() {
        let first = row[0].clone();
        row.push(first);
    }
    let settings = &mut g.iter_mut().find(|(n, _)| n == "Settings").unwrap().1;
    let title = settings
        .iter()
        .position(|r| aelw_sheet::cells::shown(&r[0]) == "Title")
        .unwrap();
    let copy = settings[title].clone();
    settings.push(copy);
    let found = problems(&save(&g, false), fixture());
    let report: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert!(
        found
            .iter()
            .any(|p| p.cell.starts_with("Sources!")
                && p.en.contains("is also the header of column A")),
        "{}",
        report.join("\n")
    );
    assert!(
        found.iter().any(|p| p.cell.starts_with("Settings!A")
            && p.en.contains(&format!("is also set in row {}", title + 1))),
        "{}",
        report.join("\n")
    );
}

#[test]
fn an_empty_main_track_is_reported_and_other_tracks_are_named_on_their_cell() {
    let mut g = grid(&write::workbook(fixture()).unwrap());
    let row = HEADER_ROWS + 1;
    set(&mut g, "Events", row, "Track", "");
    set(&mut g, "Events", row, "Other tracks", "leaders");
    set(&mut g, "Events", row + 1, "Other tracks", "sports");
    let found = problems(&save(&g, false), fixture());
    let on = |column: &str, r: u32, en: &str| {
        let at = |name: &str| {
            let events = &aelw_sheet::schema::EVENTS;
            let c = events.columns.iter().position(|c| c.en == name).unwrap();
            aelw_sheet::schema::cell(events, c, r)
        };
        assert!(
            found
                .iter()
                .any(|p| p.cell == at(column) && p.en.contains(en)),
            "no {} {en:?} in {found:?}",
            at(column)
        );
    };
    on("Track", row, "pick the event's main track");
    on("Other tracks", row + 1, "unknown track \"sports\"");
}

#[test]
fn moved_rows_and_deliverables_are_changes() {
    let published = fixture();
    let mut moved = published.clone();
    let item = moved.priorities[0].deliverables.remove(0);
    moved.priorities[1].deliverables.push(item.clone());
    let released = release(&write::workbook(&moved).unwrap(), published, now()).unwrap();
    let change = released
        .changes
        .iter()
        .find(|c| c.id == item.id)
        .unwrap_or_else(|| panic!("{:?}", released.changes));
    let How::Changed(fields) = &change.how else {
        panic!("{change:?}")
    };
    assert_eq!(fields[0].column.0, "Priority");
    assert_eq!(
        (fields[0].old.as_str(), fields[0].new.as_str()),
        (
            published.priorities[0].id.as_str(),
            published.priorities[1].id.as_str()
        )
    );
    // Swapping two sources only reorders the sheet: listed, and released.
    let mut swapped = published.clone();
    swapped.sources.swap(0, 1);
    let released = release(&write::workbook(&swapped).unwrap(), published, now()).unwrap();
    assert!(
        released
            .changes
            .iter()
            .any(|c| matches!(c.how, How::Reordered(_))),
        "{:?}",
        released.changes
    );
    let lines = released
        .data
        .expect("released")
        .latest_release()
        .unwrap()
        .changes;
    assert!(
        lines.iter().any(|l| l.en == "Sources: reordered"),
        "{lines:?}"
    );
}

#[test]
fn renaming_the_data_file_is_refused_and_a_new_summit_starts_at_version_one() {
    let published = fixture();
    let mut next = published.clone();
    next.week.data_file = "apec-2023.json".into();
    next.week.city.en = "San Francisco".into();
    let bytes = write::workbook(&next).unwrap();
    let refused = problems(&bytes, published);
    assert!(
        refused.iter().any(|p| p.en.contains("never renames")),
        "{refused:?}"
    );
    let released = aelw_sheet::first_release(&bytes, "apec-2023.json", Some(published), now());
    let data = released.unwrap().data.expect("released");
    let latest = data.latest_release().unwrap();
    assert_eq!((data.version, latest.released), (1, Released::At(now())));
    assert_eq!(latest.changes, aelw_sheet::changes::first());
    assert_eq!(data.releases().len(), 1, "a new summit has no history");
}

#[test]
fn changes_are_listed_column_by_column_as_their_cells_show_them() {
    let published = fixture();
    let mut next = published.clone();
    let at = next
        .events
        .iter()
        .position(|e| e.start.is_some() && !e.approximate)
        .unwrap();
    let event = &mut next.events[at];
    let track = published
        .tracks
        .iter()
        .find(|t| !event.tracks.contains(&t.id));
    event.tracks.push(track.unwrap().id.clone());
    event.approximate = true;
    event.outcomes.push(aelw_core::model::Text {
        en: "A new outcome".into(),
        th: Some("ผลลัพธ์ใหม่".into()),
    });
    let released = release(&write::workbook(&next).unwrap(), published, now()).unwrap();
    let change = released.changes.iter().find(|c| c.id == next.events[at].id);
    let How::Changed(fields) = &change.unwrap().how else {
        panic!("{:?}", released.changes)
    };
    let shown: Vec<(&str, &str, &str)> = fields
        .iter()
        .map(|f| (f.column.0, f.old.as_str(), f.new.as_str()))
        .collect();
    // The sheet's order; a flag as "yes"; of a list of lines, only the line added.
    assert_eq!(shown[0], ("About", "", "yes"), "{shown:?}");
    assert_eq!(shown[1].0, "Other tracks", "{shown:?}");
    assert!(shown[1].2.ends_with(&track.unwrap().id), "{shown:?}");
    assert_eq!(shown[2], ("Outcomes EN", "", "A new outcome"), "{shown:?}");
    assert_eq!(shown[3], ("Outcomes TH", "", "ผลลัพธ์ใหม่"), "{shown:?}");
    assert_eq!(shown.len(), 4, "{shown:?}");
}
