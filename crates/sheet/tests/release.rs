//! An editor's release of the published record, as `make test-release` publishes it
//! before running the suite on it: `make sheet`, then a changed time, a changed venue
//! and a changed text, edited cell by cell, then `make data`. The events are chosen by
//! rule, not by id, so the release works on whatever the record holds.
//!
//! With `AELW_RELEASE_DIR` set, the release is written there (`aelw-2022.json` and its
//! workbook) for the suite to run on; otherwise into a folder of its own.

mod common;

use aelw_core::data::{FILE, parse};
use aelw_core::model::{Dataset, Event, Lang, Time};
use aelw_sheet::schema::HEADER_ROWS;
use common::*;
use std::path::PathBuf;

/// The events whose start moves, with their new start: on each day, the timed event that
/// starts last (alone, with no end, before 23:00), four minutes later, so the day stays
/// in order. Among them are the times tests are most tempted to write in.
fn moved(data: &Dataset) -> Vec<(&Event, Time)> {
    let last_of_day = |e: &Event| {
        let rival = |o: &Event| o.id != e.id && o.date == e.date && o.start >= e.start;
        !data.events.iter().any(rival)
    };
    let moved: Vec<_> = data
        .events
        .iter()
        .filter(|e| e.end.is_none() && e.start.is_some_and(|t| t.hour < 23) && last_of_day(e))
        .map(|e| {
            let t = e.start.unwrap();
            let minute = t.minute + 4;
            let start = Time {
                hour: t.hour + minute / 60,
                minute: minute % 60,
            };
            (e, start)
        })
        .collect();
    assert!(!moved.is_empty(), "no timed event last on its day");
    moved
}

/// The row (1-based) of the event `id` on the Events sheet.
fn row_of(grid: &Grid, id: &str) -> u32 {
    let rows = &grid.iter().find(|(n, _)| n == "Events").unwrap().1;
    let at = rows
        .iter()
        .skip(HEADER_ROWS as usize)
        .position(|r| r.first().map(aelw_sheet::cells::shown).as_deref() == Some(id))
        .unwrap_or_else(|| panic!("no row for {id}"));
    at as u32 + HEADER_ROWS + 1
}

fn folder() -> PathBuf {
    let dir = std::env::var_os("AELW_RELEASE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            std::env::temp_dir().join(format!("aelw-release-{}", std::process::id()))
        });
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn an_editor_releases_a_changed_time_venue_and_text() {
    let published = parse(FILE).expect("the published record");
    let dir = folder();
    let (data, book) = (dir.join("aelw-2022.json"), dir.join("aelw-2022.xlsx"));
    std::fs::write(&data, FILE).unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_sheet"))
        .args(["write", data.to_str().unwrap(), book.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");

    let timed = moved(&published);
    let placed = published
        .events
        .iter()
        .find(|e| e.venue.is_some() && timed.iter().all(|(t, _)| t.id != e.id))
        .expect("an event with a venue");
    let renamed = published.events.last().expect("an event");
    let venue = placed.venue.as_ref().unwrap();
    let new_venue = (
        format!("Meeting Room 3, {}", venue.get(Lang::En)),
        format!("ห้องประชุม 3 {}", venue.get(Lang::Th)),
    );
    let new_title = (
        format!("{} (revised)", renamed.title.get(Lang::En)),
        format!("{} (ฉบับแก้ไข)", renamed.title.get(Lang::Th)),
    );
    let mut g = grid(&std::fs::read(&book).unwrap());
    for (e, start) in &timed {
        let row = row_of(&g, &e.id);
        set(&mut g, "Events", row, "Start", &start.to_string());
    }
    let row = row_of(&g, &placed.id);
    set(&mut g, "Events", row, "Venue EN", &new_venue.0);
    set(&mut g, "Events", row, "Venue TH", &new_venue.1);
    let row = row_of(&g, &renamed.id);
    set(&mut g, "Events", row, "Title EN", &new_title.0);
    set(&mut g, "Events", row, "Title TH", &new_title.1);
    std::fs::write(&book, save(&g, false)).unwrap();

    let run = make_data(&book, &data);
    let said =
        String::from_utf8_lossy(&run.stdout).to_string() + &String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{said}");
    let next = parse(&std::fs::read_to_string(&data).unwrap()).expect("a checked release");
    assert_eq!(next.version, published.version + 1);
    for (e, start) in &timed {
        assert_eq!(next.event(&e.id).unwrap().start, Some(*start));
    }
    let venue = next.event(&placed.id).unwrap().venue.clone().unwrap();
    assert_eq!(
        (venue.get(Lang::En), venue.get(Lang::Th)),
        (new_venue.0.as_str(), new_venue.1.as_str())
    );
    let title = &next.event(&renamed.id).unwrap().title;
    assert_eq!(
        (title.get(Lang::En), title.get(Lang::Th)),
        (new_title.0.as_str(), new_title.1.as_str())
    );
    // Nothing else moved: with the edits undone, the release is the record.
    let mut undone = next.clone();
    undone.version = published.version;
    undone.legacy_updated = published.legacy_updated;
    undone.legacy_changes = published.legacy_changes.clone();
    undone.releases = published.releases.clone();
    let ids = timed.iter().map(|(e, _)| &e.id);
    let ids: Vec<&String> = ids.chain([&placed.id, &renamed.id]).collect();
    for &id in &ids {
        let i = undone.events.iter().position(|e| &e.id == id).unwrap();
        undone.events[i] = published.event(id).unwrap().clone();
    }
    assert_eq!(undone, published);
    for id in ids {
        assert!(
            said.contains(id.as_str()),
            "the change list names {id}:\n{said}"
        );
    }
    println!("{said}");
    if std::env::var_os("AELW_RELEASE_DIR").is_none() {
        std::fs::remove_dir_all(dir).ok();
    }
}
