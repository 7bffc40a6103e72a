//! Puts the data checks' problems (`aelw_core::data::DataError`, which name a record
//! and a field) back on the spreadsheet's cells, with the value and both languages.

use crate::problem::{Problem, thai};
use crate::read::Places;
use crate::schema::{Column, Kind, SETTINGS, TABLES, Table};
use aelw_core::data::DataError;

/// The problem `error` as the editor sees it, or `None` when its cell was already
/// reported (the check saw the neutral stand-in of an unreadable value).
pub fn on_cells(error: &DataError, places: &Places) -> Option<Problem> {
    let (cell, column) = locate(error, places);
    if places.reported.contains(&cell) {
        return None;
    }
    let value = places.values.get(&cell).cloned().unwrap_or_default();
    let problem = Problem::new(cell, error.message.clone(), thai(&error.message));
    Some(match column {
        Some(names) => problem.at(names, &value),
        None => problem,
    })
}

type Names = (&'static str, &'static str);

/// The cell (or sheet) of a record's field, and the column's names.
fn locate(error: &DataError, places: &Places) -> (String, Option<Names>) {
    let field = without_indices(&error.field);
    let record = error.record.split(' ').next().unwrap_or_default();
    if record == "file" || record == "week" {
        let key = if record == "week" {
            format!("week.{}", field.split('.').next().unwrap_or_default())
        } else {
            field.split('.').next().unwrap_or_default().to_string()
        };
        let Some(setting) = SETTINGS.columns.iter().find(|s| s.key == key) else {
            return ("Settings".into(), None);
        };
        let row = places.settings.get(setting.key).copied().unwrap_or(0);
        let column = if field.ends_with(".th") { "C" } else { "B" };
        return (
            format!("Settings!{column}{row}"),
            Some((setting.en, setting.th)),
        );
    }
    let Some(&(table, row)) = places.records.get(record) else {
        // A whole list ("days", "tracks"): its sheet.
        let sheet = TABLES
            .iter()
            .find(|t| t.list == record)
            .map_or("workbook", |t| t.sheet);
        return (sheet.into(), None);
    };
    // An event's first track is its main one; the rest sit in "Other tracks".
    let other_track = error.field.starts_with("tracks[") && !error.field.starts_with("tracks[0]");
    let field = if other_track {
        "tracks.other".into()
    } else {
        field
    };
    let (index, column) = column_of(table, &field);
    (places.cell(table, index, row), Some((column.en, column.th)))
}

/// `outcomes[2].th` → `outcomes.th`.
pub(crate) fn without_indices(field: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for ch in field.chars() {
        match ch {
            '[' => skipping = true,
            ']' => skipping = false,
            _ if !skipping => out.push(ch),
            _ => {}
        }
    }
    out
}

/// The column a record's field sits in: exact first, then by its first part, else the id.
pub(crate) fn column_of<'t>(table: &'t Table, field: &str) -> (usize, &'t Column) {
    let path = |c: &Column| -> String {
        match c.kind {
            Kind::En | Kind::LinesEn => format!("{}.en", c.key),
            Kind::Th | Kind::LinesTh => format!("{}.th", c.key),
            Kind::LinkEn => format!("{}.label.en", c.key),
            Kind::LinkTh => format!("{}.label.th", c.key),
            Kind::LinkUrl => format!("{}.url", c.key),
            Kind::SpanFrom => format!("{}.from", c.key),
            Kind::SpanTo => format!("{}.to", c.key),
            Kind::OtherTracks => format!("{}.other", c.key),
            _ => c.key.to_string(),
        }
    };
    let first = field.split('.').next().unwrap_or_default();
    let columns = table.columns.iter().enumerate();
    let exact = columns.clone().find(|(_, c)| path(c) == field);
    let by_key = || columns.clone().find(|(_, c)| c.key == first);
    exact.or_else(by_key).unwrap_or((0, &table.columns[0]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{DELIVERABLES, EVENTS};

    fn places() -> Places {
        let mut p = Places::default();
        p.records.insert("events[3]".into(), (&EVENTS, 6));
        p.records
            .insert("priorities[0].deliverables[1]".into(), (&DELIVERABLES, 4));
        p.settings.insert("week.title", 6);
        p.values.insert("Events!Y6".into(), "balance, nope".into());
        p
    }

    fn error(record: &str, field: &str, message: &str) -> DataError {
        DataError {
            record: record.into(),
            field: field.into(),
            message: message.into(),
        }
    }

    #[test]
    fn each_record_and_field_lands_on_its_cell() {
        let p = places();
        let at = |r: &str, f: &str| on_cells(&error(r, f, "is empty"), &p).unwrap().cell;
        assert_eq!(at("events[3] \"csom-day-1\"", "title.th"), "Events!K6");
        assert_eq!(
            at("events[3] \"csom-day-1\"", "outcomes[1].th"),
            "Events!X6"
        );
        assert_eq!(at("events[3] \"csom-day-1\"", "span.to"), "Events!D6");
        assert_eq!(at("events[3] \"csom-day-1\"", "span"), "Events!C6");
        assert_eq!(at("events[3] \"csom-day-1\"", "tracks"), "Events!O6");
        assert_eq!(at("events[3] \"csom-day-1\"", ""), "Events!A6");
        assert_eq!(
            at("priorities[0].deliverables[1] \"x\"", "links[0].url"),
            "Deliverables!I4"
        );
        assert_eq!(at("week", "title.th"), "Settings!C6");
        assert_eq!(at("days", ""), "Days");
    }

    #[test]
    fn the_value_is_quoted_and_the_message_given_in_thai() {
        let p = places();
        let e = error("events[3] \"x\"", "priorities", "unknown priority \"nope\"");
        let problem = on_cells(&e, &p).unwrap();
        assert_eq!(problem.value.as_deref(), Some("balance, nope"));
        assert_eq!(problem.column, Some(("Priorities", "ประเด็นหลัก")));
        assert!(problem.th.contains("\"nope\""), "{}", problem.th);
    }
}
