//! The summit's zone through the workbook: `make data` looks the zone up in the tz
//! database as the build does, so a made-up zone is refused on its cell before it could
//! stop the build; a summit whose data leaves the UTC offset to the zone (the
//! daylight-saving fixture) goes round the workbook unchanged.

mod common;

use aelw_core::data::{fixture, to_json};
use aelw_core::model::Dataset;
use aelw_sheet::{release, write};
use calamine::Data;
use common::*;
use std::path::Path;

/// The workbook of `data` with the Settings row named `name` set to `value`.
fn with_setting(data: &Dataset, name: &str, value: &str) -> Vec<u8> {
    let mut g = grid(&write::workbook(data).unwrap());
    let settings = &mut g.iter_mut().find(|(n, _)| n == "Settings").unwrap().1;
    let row = settings
        .iter_mut()
        .find(|r| aelw_sheet::cells::shown(&r[0]) == name)
        .unwrap_or_else(|| panic!("no setting {name:?}"));
    row[1] = Data::String(value.into());
    save(&g, false)
}

#[test]
fn a_made_up_zone_is_refused_on_its_cell() {
    let book = with_setting(fixture(), "Time zone", "Asia/Atlantis");
    let found = problems(&book, fixture());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].cell.starts_with("Settings!B"), "{found:?}");
    assert!(
        found[0]
            .en
            .contains("\"Asia/Atlantis\" is not a time zone of the tz database"),
        "{found:?}"
    );
    assert!(found[0].th.contains("ไม่ใช่เขตเวลา"), "{found:?}");

    // `make data` itself: refused, and the published file is left as it was.
    let dir = std::env::temp_dir().join(format!("aelw-zone-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (data, xlsx) = (dir.join("week.json"), dir.join("week.xlsx"));
    std::fs::write(&data, to_json(fixture())).unwrap();
    std::fs::write(&xlsx, &book).unwrap();
    let run = make_data(&xlsx, &data);
    let said =
        String::from_utf8_lossy(&run.stdout).to_string() + &String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success(), "{said}");
    assert!(said.contains("Asia/Atlantis"), "{said}");
    assert_eq!(std::fs::read_to_string(&data).unwrap(), to_json(fixture()));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_offset_the_zone_does_not_have_is_refused_and_none_is_needed() {
    let book = with_setting(fixture(), "UTC offset", "+08:00");
    let found = problems(&book, fixture());
    assert!(
        found.iter().any(|p| p.cell.starts_with("Settings!B")
            && p.en
                .contains("is not the zone's standard offset during the week, \"+07:00\"")),
        "{found:?}"
    );
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/summit/dst-2026.json");
    let (dst, _) = aelw_zone::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(dst.week.utc_offset, None);
    let same = release(&write::workbook(&dst).unwrap(), &dst, now()).unwrap();
    assert!(
        same.data.is_none() && same.changes.is_empty(),
        "{:?}",
        same.changes
    );
}
