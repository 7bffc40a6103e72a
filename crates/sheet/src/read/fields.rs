//! One cell into its record: what each kind of column accepts (else the problem with it
//! and the value that stands in), and where the value goes in the record's JSON.

use super::Sheet;
use crate::cells::{read_date, read_time};
use crate::schema::{Column, Kind};
use calamine::Data;
use serde_json::{Map, Value, json};

/// A cell that cannot be read: what the editor is told, and the value that stands in so
/// that the other checks still run (and say nothing more of this cell).
struct Bad {
    en: &'static str,
    th: &'static str,
    stand_in: Option<Value>,
}

type Message = (&'static str, &'static str);

const DATE: Message = (
    "is not a date of the form YYYY-MM-DD, such as 2022-11-18: pick one from the list of days",
    "ไม่ใช่วันที่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.) เช่น 2022-11-18 ให้เลือกจากรายการวัน",
);
const TIME: Message = (
    "is not a time of the form HH:MM on a 24-hour clock, such as 09:15 or 18:30",
    "ไม่ใช่เวลาในรูปแบบ ชม:นาที แบบ 24 ชั่วโมง เช่น 09:15 หรือ 18:30",
);
const FLAG: Message = (
    "must be yes, or empty for no",
    "ต้องเป็น yes หรือเว้นว่างหากไม่ใช่",
);
const MAIN_TRACK: Message = (
    "is empty: pick the event's main track from the list",
    "ว่างอยู่: ให้เลือกกลุ่มหลักของกิจกรรมจากรายการ",
);
const STATUS: Message = (
    "must be confirmed or partly_confirmed: pick one from the list",
    "ต้องเป็น confirmed หรือ partly_confirmed ให้เลือกจากรายการ",
);
const BOOLEAN: Message = (
    "is a yes/no cell (TRUE or FALSE), not what this column holds: type the value itself",
    "เป็นช่องแบบใช่/ไม่ใช่ (TRUE หรือ FALSE) ซึ่งไม่ใช่สิ่งที่คอลัมน์นี้รับ ให้พิมพ์ค่าลงไปเอง",
);
const NUMBER: Message = ("must be a whole number", "ต้องเป็นจำนวนเต็ม");

impl Sheet<'_> {
    /// One cell into the record, or its problem and stand-in.
    pub(super) fn field(
        &mut self,
        record: &mut Map<String, Value>,
        column: &Column,
        data: &Data,
        value: &str,
        c: usize,
        row: u32,
    ) {
        if self.too_long(column, value, c, row) {
            return;
        }
        let parsed = match parse(column, data, value) {
            Ok(parsed) => parsed,
            Err(bad) => {
                self.problem(c, row, column, value, bad.en, bad.th);
                match column.kind {
                    // A neutral day that keeps the order.
                    Kind::Date => Some(json!(self.neutral_date())),
                    // A run with an unreadable end is dropped (`check_span`).
                    Kind::SpanFrom | Kind::SpanTo => {
                        record.insert("span_unreadable".into(), json!(true));
                        None
                    }
                    _ => bad.stand_in,
                }
            }
        };
        let Some(value) = parsed else { return };
        if column.kind == Kind::Date {
            self.previous_date = value.as_str().map(str::to_string);
        }
        place(record, column, value);
    }
}

/// What a cell of `column` gives the record: `Ok(None)` for nothing.
fn parse(column: &Column, data: &Data, value: &str) -> Result<Option<Value>, Bad> {
    let trimmed = value.trim();
    let bad = |(en, th): Message, stand_in| Err(Bad { en, th, stand_in });
    // TRUE or FALSE is a yes/no cell; only a flag column reads it.
    if matches!(data, Data::Bool(_)) && column.kind != Kind::Flag {
        return bad(BOOLEAN, None);
    }
    let value = match column.kind {
        Kind::Plain | Kind::Parent if trimmed.is_empty() && !column.required => return Ok(None),
        Kind::Plain | Kind::Parent => json!(trimmed),
        Kind::En | Kind::Th if value.is_empty() => return Ok(None),
        Kind::En | Kind::Th => json!(value),
        Kind::Date | Kind::SpanFrom | Kind::SpanTo => match read_date(data) {
            Ok(Some(date)) => json!(date),
            Ok(None) if !column.required => return Ok(None),
            _ => return bad(DATE, None),
        },
        Kind::Time => match read_time(data) {
            Ok(time) => return Ok(time.map(Value::String)),
            // A start stands in as midnight, so an end time is not reported as lacking
            // one; whatever the checks say of it lands on this cell.
            Err(()) => return bad(TIME, (column.key == "start").then(|| json!("00:00"))),
        },
        Kind::Flag => match trimmed.to_lowercase().as_str() {
            "yes" | "y" | "true" | "1" | "ใช่" => json!(true),
            "" | "no" | "n" | "false" | "0" | "ไม่ใช่" => return Ok(None),
            _ => return bad(FLAG, None),
        },
        Kind::Ids | Kind::OtherTracks => {
            let ids: Vec<&str> = trimmed
                .split(|ch: char| ch == ',' || ch.is_whitespace())
                .filter(|s| !s.is_empty())
                .collect();
            if ids.is_empty() && !column.required && column.kind == Kind::Ids {
                return Ok(None);
            }
            json!(ids)
        }
        Kind::Names => {
            let names: Vec<&str> = trimmed
                .split([',', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            if names.is_empty() && !column.required {
                return Ok(None);
            }
            json!(names)
        }
        // Never promote the first of the other tracks in its place.
        Kind::MainTrack if trimmed.is_empty() => return bad(MAIN_TRACK, Some(json!([]))),
        Kind::MainTrack => json!(trimmed),
        Kind::Status => match trimmed {
            "confirmed" | "partly_confirmed" => json!(trimmed),
            _ => return bad(STATUS, Some(json!("confirmed"))),
        },
        Kind::Number => match trimmed.parse::<f64>() {
            Ok(n) if (0.0..=f64::from(u32::MAX)).contains(&n) && n.fract() == 0.0 => {
                json!(n as u64)
            }
            _ => return bad(NUMBER, Some(json!(1))),
        },
        // Read with the columns they pair with (`zip_lines`), or on their Settings row.
        Kind::Text | Kind::Lines => return Ok(None),
        Kind::LinesEn | Kind::LinesTh | Kind::LinkEn | Kind::LinkTh | Kind::LinkUrl => {
            return Ok(None);
        }
    };
    Ok(Some(value))
}

/// Puts a column's value where the data file wants it: at its kind's leaf (a text's
/// half, a run's end), the main track first among the tracks.
fn place(record: &mut Map<String, Value>, column: &Column, value: Value) {
    let field = record.entry(column.key).or_insert(Value::Null);
    match (column.kind, value) {
        (Kind::MainTrack | Kind::OtherTracks, value) => {
            if field.is_null() {
                *field = json!([]);
            }
            let tracks = field.as_array_mut().expect("a list");
            match value {
                Value::Array(more) => tracks.extend(more),
                main => tracks.insert(0, main),
            }
        }
        (kind, value) => *slot(field, kind.leaf()) = value,
    }
}

/// The place at `path` inside `value`, made where it is missing.
pub(super) fn slot<'v>(value: &'v mut Value, path: &[&str]) -> &'v mut Value {
    path.iter().fold(value, |v, key| &mut v[*key])
}
