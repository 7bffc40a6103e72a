//! Writes the data as an `.xlsx` workbook (rust_xlsxwriter): a sheet per table with its
//! headers in English and Thai, frozen; drop-downs for days, tracks, priorities, status
//! and yes/no; long texts wrapped; and a Notes sheet explaining every column.

use crate::schema::{self, Column, HEADER_ROWS, Kind, NOTES, SETTINGS, TABLES, Table};
use aelw_core::model::{Dataset, Text};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, Format, FormatAlign, FormatBorder, Formula,
    Workbook, Worksheet, XlsxError,
};
use serde_json::Value;
use std::borrow::Cow;

pub use crate::schema::MAX_CELL;

/// The last row the drop-downs cover: room for many more rows than a week has.
const LAST_ROW: u32 = 2000;

/// The workbook for `data`, as the bytes of an `.xlsx` file.
pub fn workbook(data: &Dataset) -> Result<Vec<u8>, XlsxError> {
    from_json(&book_json(data))
}

/// The workbook of the data's JSON as the workbook shows it (`book_json`), where a
/// value may be missing (a blank workbook's settings).
pub(crate) fn from_json(json: &Value) -> Result<Vec<u8>, XlsxError> {
    let json = json.clone();
    let mut book = Workbook::new();
    let formats = Formats::new();
    for table in TABLES {
        let sheet = book.add_worksheet();
        sheet.set_name(table.sheet)?;
        if table.list.is_empty() {
            write_settings(sheet, &json, &formats)?;
        } else {
            write_table(sheet, table, &records(&json, table), &formats)?;
        }
        // Editors mostly change events: the workbook opens on them.
        if table.list == "events" {
            sheet.set_active(true);
        }
    }
    write_notes(book.add_worksheet(), &formats)?;
    book.save_to_buffer()
}

struct Formats {
    header: Format,
    header_th: Format,
    text: Format,
}

/// The engine's neutral brand colour as a number, for the header row.
fn header_colour() -> u32 {
    let (r, g, b) = aelw_core::data::rgb(aelw_core::identity::NEUTRAL_BRAND.light)
        .expect("the neutral brand colour is #rrggbb");
    u32::from_be_bytes([0, r, g, b])
}

impl Formats {
    fn new() -> Formats {
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            // The engine's neutral brand colour, not a summit's: a workbook has no theme.
            .set_background_color(Color::RGB(header_colour()))
            .set_font_color(Color::White)
            .set_border_bottom(FormatBorder::Thin);
        let header_th = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_background_color(Color::RGB(0xdde4ee))
            .set_border_bottom(FormatBorder::Medium);
        // Text ("@"), so that Excel keeps what is typed as typed: "+07:00" or "09:15"
        // would otherwise become a time, and an id of digits a number.
        let text = Format::new()
            .set_num_format("@")
            .set_text_wrap()
            .set_align(FormatAlign::Top);
        Formats {
            header,
            header_th,
            text,
        }
    }
}

/// The records a table's rows hold: the list, or for deliverables each card's, with the
/// card's id added as `priority` (so a deliverable moved to another card is a change).
pub(crate) fn records(json: &Value, table: &Table) -> Vec<Value> {
    if table.list == "deliverables" {
        let cards = json["priorities"].as_array().cloned().unwrap_or_default();
        return cards
            .iter()
            .flat_map(|p| {
                let id = p["id"].clone();
                let items = p["deliverables"].as_array().cloned().unwrap_or_default();
                items.into_iter().map(move |mut d| {
                    d["priority"] = id.clone();
                    d
                })
            })
            .collect();
    }
    json[table.list].as_array().cloned().unwrap_or_default()
}

fn write_table(
    sheet: &mut Worksheet,
    table: &Table,
    rows: &[Value],
    f: &Formats,
) -> Result<(), XlsxError> {
    for (c, column) in table.columns.iter().enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, column.en, &f.header)?;
        sheet.write_string_with_format(1, c, column.th, &f.header_th)?;
        // The id column is wide enough for the longest ids.
        let width = if c == 0 { 26.0 } else { width(column.kind) };
        sheet.set_column_width(c, width)?;
        sheet.set_column_format(c, &f.text)?;
        if let Some(validation) = drop_down(column.kind)? {
            sheet.add_data_validation(HEADER_ROWS, c, LAST_ROW, c, &validation)?;
        }
    }
    for (r, record) in rows.iter().enumerate() {
        let row = HEADER_ROWS + r as u32;
        for (c, column) in table.columns.iter().enumerate() {
            let text = cell_text(record, column);
            if !text.is_empty() {
                sheet.write_string_with_format(row, c as u16, &*fit(&text), &f.text)?;
            }
        }
    }
    sheet.set_freeze_panes(HEADER_ROWS, 1)?;
    sheet.set_row_height(1, 30)?;
    Ok(())
}

/// The two header rows of a sheet that is not a table (Settings, Notes): each column's
/// English and Thai names, and its width.
fn write_heads(
    sheet: &mut Worksheet,
    heads: &[(&str, &str, f64)],
    f: &Formats,
) -> Result<(), XlsxError> {
    for (c, &(en, th, width)) in heads.iter().enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, en, &f.header)?;
        sheet.write_string_with_format(1, c, th, &f.header_th)?;
        sheet.set_column_width(c, width)?;
    }
    Ok(())
}

/// Settings: a row per setting, English in B and Thai in C.
fn write_settings(sheet: &mut Worksheet, json: &Value, f: &Formats) -> Result<(), XlsxError> {
    let heads = [
        ("Setting", "รายการ", 28.0),
        ("English", "ภาษาอังกฤษ", 60.0),
        ("Thai", "ภาษาไทย", 60.0),
        ("About", "คำอธิบาย", 50.0),
    ];
    write_heads(sheet, &heads, f)?;
    for c in [1, 2] {
        sheet.set_column_format(c, &f.text)?;
    }
    for (r, setting) in SETTINGS.columns.iter().enumerate() {
        let row = HEADER_ROWS + r as u32;
        sheet.write_string_with_format(row, 0, setting.en, &f.header_th)?;
        let (en, th) = setting_texts(json, setting);
        if setting.kind == Kind::Number {
            let value = setting_value(json, setting.key).as_f64();
            sheet.write_number(row, 1, value.unwrap_or(0.0))?;
        } else {
            for (c, text) in [(1, en), (2, th)] {
                if !text.is_empty() {
                    sheet.write_string_with_format(row, c, &*fit(&text), &f.text)?;
                }
            }
        }
        let about = format!("{}\n{}", setting.note_en, setting.note_th);
        sheet.write_string_with_format(row, 3, &about, &f.text)?;
    }
    sheet.set_freeze_panes(HEADER_ROWS, 1)?;
    Ok(())
}

/// The data as the workbook shows it: the release history is kept by `make data`, not
/// edited, so the Settings show only the last release's day and change lines (which the
/// editor may replace with their own for the next).
pub(crate) fn book_json(data: &Dataset) -> Value {
    let mut json = serde_json::to_value(data).expect("the model serialises");
    let latest = data.latest_release();
    let map = json.as_object_mut().expect("the data is an object");
    map.remove("releases");
    if let Some(latest) = latest {
        map.insert("updated".into(), latest.released.date().to_string().into());
        let lines = serde_json::to_value(shown_lines(&latest.changes)).expect("texts serialise");
        map.insert("changes".into(), lines);
    }
    json
}

/// A release's change lines as the What changed cells show them: each cut so that the
/// lines, one per line, fit a cell (a release reads these back as not the editor's own).
pub fn shown_lines(lines: &[Text]) -> Vec<Text> {
    let share = (MAX_CELL / lines.len().max(1)).saturating_sub(1);
    let cut = |s: &str| fit_to(s, share).into_owned();
    let line = |t: &Text| Text {
        en: cut(&t.en),
        th: t.th.as_deref().map(cut),
    };
    lines.iter().map(line).collect()
}

/// `text` as a cell can hold it: whole, or cut to Excel's limit with "…" at the end.
/// Only a value from before the reader kept that limit can be longer; `too_long`
/// names its cell.
fn fit(text: &str) -> Cow<'_, str> {
    fit_to(text, MAX_CELL)
}

/// `text` in at most `units` UTF-16 units, cut at a character with "…" if longer.
fn fit_to(text: &str, units: usize) -> Cow<'_, str> {
    if text.encode_utf16().count() <= units {
        return Cow::Borrowed(text);
    }
    let mut used = 1; // the "…"
    let end = text
        .char_indices()
        .find(|(_, ch)| {
            used += ch.len_utf16();
            used > units
        })
        .map_or(text.len(), |(at, _)| at);
    Cow::Owned(format!("{}…", &text[..end]))
}

/// The cells of the workbook for `data` whose value is longer than a cell holds, with
/// its length: written cut (`fit`), so a workbook can always be made, but a release
/// must never publish one.
pub fn too_long(data: &Dataset) -> Vec<(String, usize)> {
    let json = book_json(data);
    let long = |text: &str| Some(text.encode_utf16().count()).filter(|&n| n > MAX_CELL);
    let mut out = Vec::new();
    for (r, setting) in SETTINGS.columns.iter().enumerate() {
        let (en, th) = setting_texts(&json, setting);
        for (c, text) in [(1, en), (2, th)] {
            if let Some(n) = long(&text) {
                out.push((schema::cell(&SETTINGS, c, HEADER_ROWS + r as u32 + 1), n));
            }
        }
    }
    for table in TABLES.iter().filter(|t| !t.list.is_empty()) {
        for (r, record) in records(&json, table).iter().enumerate() {
            for (c, column) in table.columns.iter().enumerate() {
                if let Some(n) = long(&cell_text(record, column)) {
                    out.push((schema::cell(table, c, HEADER_ROWS + r as u32 + 1), n));
                }
            }
        }
    }
    out
}

/// What a setting's English and Thai cells (B and C) show.
pub(crate) fn setting_texts(json: &Value, setting: &Column) -> (String, String) {
    let value = setting_value(json, setting.key);
    let (en, th) = match setting.kind {
        Kind::Text => (Kind::En, Some(Kind::Th)),
        Kind::Lines => (Kind::LinesEn, Some(Kind::LinesTh)),
        kind => (kind, None),
    };
    let th = th.map(|th| shown_as(value, th));
    (shown_as(value, en), th.unwrap_or_default())
}

/// The value of a Settings key: `week.title` or a top-level `version`.
pub(crate) fn setting_value<'a>(json: &'a Value, key: &str) -> &'a Value {
    match key.split_once('.') {
        Some((outer, inner)) => &json[outer][inner],
        None => &json[key],
    }
}

fn write_notes(sheet: &mut Worksheet, f: &Formats) -> Result<(), XlsxError> {
    sheet.set_name(NOTES)?;
    let heads = [
        ("Sheet", "แผ่นงาน", 16.0),
        ("Column", "คอลัมน์", 30.0),
        ("What goes in it", "สิ่งที่ต้องใส่", 70.0),
        ("คำอธิบาย", "ภาษาไทย", 70.0),
    ];
    write_heads(sheet, &heads, f)?;
    let mut row = HEADER_ROWS;
    for table in TABLES {
        for column in table.columns {
            let sheet_name = format!("{}\n{}", table.sheet, table.sheet_th);
            let name = format!("{}\n{}", column.en, column.th);
            for (c, text) in [
                sheet_name,
                name,
                column.note_en.into(),
                column.note_th.into(),
            ]
            .iter()
            .enumerate()
            {
                sheet.write_string_with_format(row, c as u16, text, &f.text)?;
            }
            row += 1;
        }
    }
    sheet.set_freeze_panes(HEADER_ROWS, 0)?;
    Ok(())
}

/// How wide a column of this kind starts.
fn width(kind: Kind) -> f64 {
    match kind {
        Kind::En | Kind::Th | Kind::LinesEn | Kind::LinesTh | Kind::LinkEn | Kind::LinkTh => 40.0,
        Kind::Date | Kind::SpanFrom | Kind::SpanTo => 12.0,
        Kind::Time | Kind::Flag => 9.0,
        _ => 18.0,
    }
}

/// The drop-down a column offers, if any. An editor may still type; the reader checks.
fn drop_down(kind: Kind) -> Result<Option<DataValidation>, XlsxError> {
    let list = |formula: &str| DataValidation::new().allow_list_formula(Formula::new(formula));
    let validation = match kind {
        Kind::Date | Kind::SpanFrom | Kind::SpanTo => list("=Days!$A$3:$A$60"),
        Kind::MainTrack => list("=Tracks!$A$3:$A$200"),
        Kind::Parent => list("=Priorities!$A$3:$A$200"),
        Kind::Status => {
            DataValidation::new().allow_list_strings(&["confirmed", "partly_confirmed"])?
        }
        Kind::Flag => DataValidation::new().allow_list_strings(&["yes"])?,
        _ => return Ok(None),
    };
    // A warning, not a stop: a value the list lacks (a new day, a track added on its
    // sheet further down) is the reader's to judge, with a message naming the cell.
    Ok(Some(
        validation.set_error_style(DataValidationErrorStyle::Warning),
    ))
}

/// What a record's cell shows for `column`.
pub(crate) fn cell_text(record: &Value, column: &Column) -> String {
    shown_as(&record[column.key], column.kind)
}

/// What a cell of `kind` shows for a record's field `value`.
fn shown_as(value: &Value, kind: Kind) -> String {
    let leaf = |v: &Value| plain(kind.leaf().iter().fold(v, |v, key| &v[*key]));
    let items = value
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter();
    let joined = |list: Vec<String>, by| list.join(by);
    match kind {
        kind if kind.per_line() => joined(items.map(leaf).collect(), "\n"),
        Kind::Ids | Kind::Names => joined(items.map(plain).collect(), ", "),
        Kind::MainTrack => plain(&value[0]),
        Kind::OtherTracks => joined(items.skip(1).map(plain).collect(), ", "),
        Kind::Flag if value == &Value::Bool(true) => "yes".into(),
        _ => leaf(value),
    }
}

fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}
