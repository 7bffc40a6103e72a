//! Puts the data checks' problems back on the spreadsheet's cells: a problem's typed
//! record and field path (`aelw_core::data::DataError`) find the row and the column,
//! and its kind gives the message in both languages.

use crate::problem::Problem;
use crate::read::Places;
use crate::schema::{self, Column, Kind, SETTINGS, TABLES, Table};
use aelw_core::data::{DataError, FieldPath, List, Record, Step};
use aelw_core::model::Lang;

/// The problem `error` as the editor sees it, or `None` when its cell was already
/// reported (the check saw the neutral stand-in of an unreadable value).
pub fn on_cells(error: &DataError, places: &Places) -> Option<Problem> {
    let (cell, column) = locate(error, places);
    if places.reported.contains(&cell) {
        return None;
    }
    let value = places.values.get(&cell).cloned().unwrap_or_default();
    let (en, th) = (error.kind.message(Lang::En), error.kind.message(Lang::Th));
    let problem = Problem::new(cell, en, th);
    Some(match column {
        Some(names) => problem.at(names, &value),
        None => problem,
    })
}

type Names = (&'static str, &'static str);

/// The cell (or sheet) of a record's field, and the column's names.
fn locate(error: &DataError, places: &Places) -> (String, Option<Names>) {
    let field = &error.field;
    let list = match &error.record {
        Record::File | Record::Week => return setting(&error.record, field, places),
        Record::List(list) | Record::Item { list, .. } => *list,
        Record::Deliverable { .. } => List::Deliverables,
    };
    let Some(&(table, row)) = places.records.get(&error.record.path()) else {
        // A whole list ("days", "tracks"): its sheet.
        let sheet = TABLES
            .iter()
            .find(|t| t.list == list.key())
            .map_or("workbook", |t| t.sheet);
        return (sheet.into(), None);
    };
    let (index, column) = column_of(table, field);
    (places.cell(table, index, row), Some((column.en, column.th)))
}

/// The Settings row of a field of the week or of the file, in English (column B) or
/// Thai (C); the sheet when no row holds it.
fn setting(record: &Record, field: &FieldPath, places: &Places) -> (String, Option<Names>) {
    let first = field.keys().next().unwrap_or_default();
    let found = SETTINGS.columns.iter().find(|s| match record {
        Record::Week => s.key.strip_prefix("week.") == Some(first),
        _ => s.key == first,
    });
    let Some(setting) = found else {
        return (SETTINGS.sheet.into(), None);
    };
    let names = Some((setting.en, setting.th));
    let Some(&row) = places.settings.get(setting.key) else {
        return (SETTINGS.sheet.into(), names);
    };
    let column = if field.keys().last() == Some("th") {
        2
    } else {
        1
    };
    (schema::cell(&SETTINGS, column, row), names)
}

/// The column a record's field sits in: the one whose path it is (indices aside), else
/// the first of its field, else the id's.
fn column_of<'t>(table: &'t Table, field: &FieldPath) -> (usize, &'t Column) {
    let keys: Vec<&str> = field.keys().collect();
    // An event's first track is its main one; the rest sit in "Other tracks".
    let other_track = matches!(
        field.steps(),
        [Step::Key(key), Step::Index(i), ..] if key == "tracks" && *i > 0
    );
    let path = |c: &Column| {
        let path: Vec<&str> = std::iter::once(c.key)
            .chain(c.kind.leaf().iter().copied())
            .collect();
        path == keys && (c.kind == Kind::OtherTracks) == other_track
    };
    let columns = table.columns.iter().enumerate();
    let exact = columns.clone().find(|(_, c)| path(c));
    let by_key = || columns.clone().find(|(_, c)| keys.first() == Some(&c.key));
    exact.or_else(by_key).unwrap_or((0, &table.columns[0]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{DELIVERABLES, EVENTS};
    use aelw_core::data::ProblemKind;

    fn places() -> Places {
        let mut p = Places::default();
        p.records
            .insert(FieldPath::from("events").index(3), (&EVENTS, 6));
        let deliverable = Record::Deliverable {
            card: 0,
            index: 1,
            id: None,
        };
        p.records.insert(deliverable.path(), (&DELIVERABLES, 4));
        p.settings.insert("week.title", 6);
        p.settings.insert("changes", 4);
        p.values.insert("Events!Y6".into(), "balance, nope".into());
        p
    }

    fn event(field: FieldPath) -> DataError {
        DataError {
            record: Record::item(List::Events, 3, "csom-day-1"),
            field,
            kind: ProblemKind::Empty,
        }
    }

    #[test]
    fn each_record_and_field_lands_on_its_cell() {
        let p = places();
        let at = |e: DataError| on_cells(&e, &p).unwrap().cell;
        let field = FieldPath::from;
        assert_eq!(at(event(field("title").key("th"))), "Events!K6");
        assert_eq!(at(event(field("outcomes").index(1).key("th"))), "Events!X6");
        assert_eq!(at(event(field("span").key("to"))), "Events!D6");
        assert_eq!(at(event(field("span"))), "Events!C6");
        assert_eq!(at(event(field("tracks"))), "Events!O6");
        assert_eq!(at(event(field("tracks").index(0))), "Events!O6");
        assert_eq!(at(event(field("tracks").index(2))), "Events!P6");
        assert_eq!(at(event(FieldPath::whole())), "Events!A6");
        let deliverable = DataError {
            record: Record::Deliverable {
                card: 0,
                index: 1,
                id: Some("x".into()),
            },
            field: field("links").index(0).key("url"),
            kind: ProblemKind::Empty,
        };
        assert_eq!(at(deliverable), "Deliverables!I4");
        let week = DataError {
            record: Record::Week,
            field: field("title").key("th"),
            kind: ProblemKind::Empty,
        };
        assert_eq!(at(week), "Settings!C6");
        let change = DataError {
            record: Record::File,
            field: field("changes").index(0).key("en"),
            kind: ProblemKind::Empty,
        };
        assert_eq!(at(change), "Settings!B4");
        // A setting whose row the workbook lacks is put on the sheet, not on a row 0.
        let unplaced = DataError {
            record: Record::Week,
            field: field("eyebrow").key("en"),
            kind: ProblemKind::Empty,
        };
        assert_eq!(at(unplaced), "Settings");
        let days = DataError {
            record: Record::List(List::Days),
            field: FieldPath::whole(),
            kind: ProblemKind::Empty,
        };
        assert_eq!(at(days), "Days");
    }

    #[test]
    fn the_value_is_quoted_and_the_message_given_in_thai() {
        let p = places();
        let e = DataError {
            kind: ProblemKind::UnknownRef {
                list: List::Priorities,
                id: "nope".into(),
            },
            ..event(FieldPath::from("priorities").index(1))
        };
        let problem = on_cells(&e, &p).unwrap();
        assert_eq!(problem.value.as_deref(), Some("balance, nope"));
        assert_eq!(problem.column, Some(("Priorities", "ประเด็นหลัก")));
        assert_eq!(problem.en, "unknown priority \"nope\"");
        assert!(problem.th.contains("\"nope\""), "{}", problem.th);
    }
}
