//! Reads an editor's workbook (calamine) back into the data file's JSON, whichever program
//! saved it: dates and times may be real date cells or text, numbers may be text, ids
//! may be numbers, and empty columns may trail. Every cell that cannot be read is a
//! `Problem`, and the reading goes on with a neutral value, so that one run reports
//! everything; the places of the records let the data checks' problems be put back on
//! their cells (`report`). How one cell's value is read is `cells`'s; what each kind of
//! column accepts and where its value goes, `fields`'s. Nothing in the file is trusted
//! to be small: `bounds` checks the zip before calamine opens it and `grid` streams each
//! sheet within the schema's rows and columns. Only visible sheets are read: a hidden
//! one named like a sheet of the schema is a problem, since the editor cannot see what
//! it holds.

pub mod bounds;
mod fields;
pub mod grid;
mod headers;
mod settings;

use crate::cells::shown;
use crate::problem::Problem;
use crate::schema::{self, Column, HEADER_ROWS, Kind, TABLES, Table};
use aelw_core::data::{FieldPath, Record};
use aelw_core::model::Date;
use calamine::{Data, Reader, SheetVisible, Xlsx, open_workbook_from_rs};
use grid::{Failed, Grid};
use serde_json::{Map, Value, json};
use std::collections::{HashMap, HashSet};

/// What was read: the data as JSON, where each record and value sits, and the problems.
#[derive(Debug, Default)]
pub struct Read {
    /// The data file's JSON (not yet checked).
    pub json: Value,
    /// Where each record sits.
    pub places: Places,
    /// Cells that could not be read.
    pub problems: Vec<Problem>,
}

/// Where the records and values are in the workbook.
#[derive(Debug, Default)]
pub struct Places {
    /// A record's path (`events[3]`, `priorities[0].deliverables[1]`, as
    /// `Record::path` gives it) → the table and its 1-based row.
    pub records: HashMap<FieldPath, (&'static Table, u32)>,
    /// A Settings key → its 1-based row.
    pub settings: HashMap<&'static str, u32>,
    /// A cell (`Events!D14`) → its value as shown.
    pub values: HashMap<String, String>,
    /// Cells already reported, whose neutral stand-in the data checks must not report.
    pub reported: HashSet<String>,
    /// A sheet → where each of its schema columns was found (editors move columns).
    pub columns: HashMap<&'static str, Vec<Option<usize>>>,
}

impl Places {
    /// The cell of `table`'s schema column `index` in the 1-based `row`, where the
    /// editor's workbook has that column.
    pub fn cell(&self, table: &Table, index: usize, row: u32) -> String {
        let found = self
            .columns
            .get(table.sheet)
            .and_then(|at| at.get(index).copied().flatten());
        schema::cell(table, found.unwrap_or(index), row)
    }
}

/// Reads the workbook in `bytes`.
pub fn read(bytes: &[u8]) -> Result<Read, Box<Problem>> {
    bounds::check(bytes)?;
    let cursor = std::io::Cursor::new(bytes);
    let mut book: Xlsx<_> = open_workbook_from_rs(cursor).map_err(|e| {
        Box::new(Problem::new(
            "workbook".into(),
            format!("cannot be opened as an .xlsx workbook: {e}"),
            format!("เปิดเป็นไฟล์ .xlsx ไม่ได้: {e}"),
        ))
    })?;
    let mut out = Read::default();
    let mut top = Map::new();
    let mut deliverables: Vec<(String, Value, u32)> = Vec::new();
    let mut text = 0;
    for table in TABLES {
        if !visible(&book, table, &mut out.problems) {
            continue;
        }
        let grid = match grid::read(&mut book, table, &mut text, &mut out) {
            Ok(grid) => grid,
            Err(Failed::TooMuch(problem)) => return Err(problem),
            Err(Failed::Parse(e)) => {
                let e = e.to_string();
                out.problems.push(Problem::new(
                    table.sheet.into(),
                    format!("the sheet “{}” cannot be read, its file is damaged ({e}): open and save the workbook in Excel, LibreOffice or Google Sheets, or start again from make sheet", table.sheet),
                    format!("อ่านแผ่นงาน “{}” ไม่ได้ ไฟล์เสียหาย ({e}) ให้เปิดแล้วบันทึกสมุดงานใน Excel, LibreOffice หรือ Google Sheets หรือเริ่มใหม่จาก make sheet", table.sheet),
                ));
                continue;
            }
        };
        let mut sheet = Sheet {
            table,
            grid: &grid,
            out: &mut out,
            previous_date: None,
        };
        if table.list.is_empty() {
            sheet.settings(&mut top);
            // The week's first day, for the stand-ins of unreadable dates.
            out.json = json!({ "week": top["week"].clone() });
            continue;
        }
        for (row, record) in sheet.records() {
            match table.list {
                "deliverables" => {
                    let parent = record["priority"].as_str().unwrap_or_default().to_string();
                    deliverables.push((parent, record, row));
                }
                list => {
                    let items = top.entry(list).or_insert_with(|| json!([]));
                    let items = items.as_array_mut().expect("a list");
                    let key = FieldPath::from(list).index(items.len());
                    out.places.records.insert(key, (table, row));
                    items.push(record);
                }
            }
        }
    }
    attach_deliverables(&mut top, deliverables, &mut out);
    out.json = Value::Object(top);
    Ok(out)
}

/// Whether `table`'s sheet is there once, visible, and no hidden sheet is named like it;
/// else the problem.
fn visible(
    book: &Xlsx<std::io::Cursor<&[u8]>>,
    table: &Table,
    problems: &mut Vec<Problem>,
) -> bool {
    let sheets = book.sheets_metadata();
    let name = table.sheet;
    let same: Vec<_> = sheets.iter().filter(|s| s.name == name).collect();
    let mut ok = true;
    let mut problem = |en: String, th: String| {
        problems.push(Problem::new(name.into(), en, th));
        ok = false;
    };
    for hidden in sheets
        .iter()
        .filter(|s| s.visible != SheetVisible::Visible && s.name.trim().eq_ignore_ascii_case(name))
    {
        let shown = crate::problem::quote(&hidden.name);
        problem(
            format!(
                "a hidden sheet, {shown}, is named like the sheet “{name}”, and what the editor does not see must not be published: delete it, or unhide it (right-click a sheet's tab, Unhide) and keep one “{name}”"
            ),
            format!(
                "มีแผ่นงานที่ซ่อนอยู่ชื่อ {shown} ซึ่งชื่อเหมือนแผ่นงาน “{name}” ข้อมูลที่ผู้แก้ไขมองไม่เห็นต้องไม่ถูกเผยแพร่ ให้ลบทิ้ง หรือเลิกซ่อน (คลิกขวาที่แท็บแผ่นงาน แล้วเลือกยกเลิกการซ่อน) และเก็บ “{name}” ไว้เพียงแผ่นเดียว"
            ),
        );
    }
    if same.len() > 1 {
        let n = same.len();
        problem(
            format!(
                "the workbook has {n} sheets named “{name}”, and only one can be read: keep one"
            ),
            format!("สมุดงานมีแผ่นงานชื่อ “{name}” {n} แผ่น อ่านได้เพียงแผ่นเดียว ให้เก็บไว้แผ่นเดียว"),
        );
    }
    if same.is_empty() {
        problem(
            format!("the sheet “{name}” is missing: start again from make sheet"),
            format!("ไม่มีแผ่นงาน “{name}”: ให้เริ่มจากไฟล์ที่ได้จาก make sheet"),
        );
    }
    ok
}

/// Puts each deliverable under its card, in row order.
fn attach_deliverables(
    top: &mut Map<String, Value>,
    items: Vec<(String, Value, u32)>,
    out: &mut Read,
) {
    let cards = top.entry("priorities").or_insert_with(|| json!([]));
    let cards = cards.as_array_mut().expect("a list");
    for card in cards.iter_mut() {
        card["deliverables"] = json!([]);
    }
    let parent_column = schema::DELIVERABLES
        .columns
        .iter()
        .position(|c| c.kind == Kind::Parent)
        .expect("a parent column");
    for (parent, mut item, row) in items {
        item.as_object_mut().expect("a record").remove("priority");
        let Some(p) = cards.iter().position(|c| c["id"] == parent.as_str()) else {
            let cell = out.places.cell(&schema::DELIVERABLES, parent_column, row);
            out.problems.push(
                Problem::new(
                    cell.clone(),
                    "is not the id of a card on the Priorities sheet: pick one from the list",
                    "ไม่ใช่รหัสของการ์ดในแผ่นงาน Priorities ให้เลือกจากรายการ",
                )
                .at(("Priority", "ประเด็นหลัก"), &parent),
            );
            out.places.reported.insert(cell);
            continue;
        };
        let list = cards[p]["deliverables"].as_array_mut().expect("a list");
        let (card, index, id) = (p, list.len(), None);
        let key = Record::Deliverable { card, index, id }.path();
        out.places.records.insert(key, (&schema::DELIVERABLES, row));
        list.push(item);
    }
}

/// The cells of one row's paired columns (outcomes, links): column, lines, where it is.
type LineParts = Vec<(&'static Column, Vec<String>, usize)>;

struct Sheet<'a> {
    table: &'static Table,
    grid: &'a Grid,
    out: &'a mut Read,
    /// The date column's last value, for a neutral stand-in.
    previous_date: Option<String>,
}

impl Sheet<'_> {
    /// A stand-in for an unreadable date: the day after the last (days), the last
    /// (events), else the week's first day.
    fn neutral_date(&self) -> String {
        let previous = self.previous_date.as_deref().and_then(Date::parse);
        let date = match (previous, self.table.list) {
            (Some(d), "days") => Some(d.next()),
            (Some(d), _) => Some(d),
            (None, _) => self.out.json["week"]["start"]
                .as_str()
                .and_then(Date::parse),
        };
        date.map_or_else(|| "2000-01-01".into(), |d| d.to_string())
    }

    fn raw(&self, row: u32, col: usize) -> &Data {
        self.grid.get(row, col as u32)
    }

    /// The number of columns that hold anything.
    fn width(&self) -> usize {
        self.grid.end().map_or(0, |(_, c)| c as usize + 1)
    }

    fn blank(&self, row: u32) -> bool {
        (0..self.width()).all(|c| {
            shown(self.raw(row, c)).trim().is_empty() && !self.grid.reported(row, c as u32)
        })
    }

    /// The last row with anything in it (0-based), if any below the headers.
    fn last_row(&self) -> Option<u32> {
        let end = self.grid.end()?.0;
        (HEADER_ROWS..=end).rev().find(|&r| !self.blank(r))
    }

    fn problem(
        &mut self,
        col: usize,
        row: u32,
        column: &Column,
        value: &str,
        en: impl Into<String>,
        th: impl Into<String>,
    ) {
        let cell = schema::cell(self.table, col, row + 1);
        // One problem a cell: the first found (an error value, a cut) is the cause.
        if !self.out.places.reported.insert(cell.clone()) {
            return;
        }
        let problem = Problem::new(cell, en, th).at((column.en, column.th), value);
        self.out.problems.push(problem);
    }

    /// Each non-blank row below the headers as a record, with its 1-based row; blank rows
    /// among them are problems (never silently dropped).
    fn records(&mut self) -> Vec<(u32, Value)> {
        let at = self.columns();
        self.out.places.columns.insert(self.table.sheet, at.clone());
        let Some(last) = self.last_row() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut blank_from = None;
        for row in HEADER_ROWS..=last {
            if self.blank(row) {
                blank_from.get_or_insert(row);
                continue;
            }
            if let Some(first) = blank_from.take() {
                self.blank_rows(first, row - 1);
            }
            let mut record = Map::new();
            let mut lines: HashMap<&str, LineParts> = HashMap::new();
            for (column, index) in self.table.columns.iter().zip(&at) {
                let Some(c) = *index else { continue };
                let data = self.raw(row, c).clone();
                let value = shown(&data);
                if !value.is_empty() {
                    let cell = schema::cell(self.table, c, row + 1);
                    self.out.places.values.insert(cell, value.clone());
                }
                if column.kind.per_line() {
                    if self.too_long(column, &value, c, row) {
                        continue;
                    }
                    let split: Vec<String> = if value.trim().is_empty() {
                        Vec::new()
                    } else {
                        value.lines().map(str::to_string).collect()
                    };
                    lines
                        .entry(column.key)
                        .or_default()
                        .push((column, split, c));
                } else {
                    self.field(&mut record, column, &data, &value, c, row);
                }
            }
            for (key, parts) in lines {
                self.zip_lines(&mut record, key, parts, row);
            }
            self.check_span(&mut record, &at, row);
            fill_texts(&mut record, self.table);
            out.push((row + 1, Value::Object(record)));
        }
        out
    }

    /// Blank rows `first` to `last` (0-based) among records: one problem for the run.
    fn blank_rows(&mut self, first: u32, last: u32) {
        let cell = schema::cell(self.table, 0, first + 1);
        let (en, th) = if first == last {
            (
                format!(
                    "row {} is blank, but rows below it hold data: delete the row or fill it in (nothing below it was skipped)",
                    first + 1
                ),
                format!(
                    "แถวที่ {} ว่าง แต่แถวด้านล่างมีข้อมูล ให้ลบแถวนี้หรือกรอกข้อมูล (ข้อมูลด้านล่างยังถูกอ่านครบ)",
                    first + 1
                ),
            )
        } else {
            (
                format!(
                    "rows {} to {} are blank, but rows below them hold data: delete the rows or fill them in (nothing below them was skipped)",
                    first + 1,
                    last + 1
                ),
                format!(
                    "แถวที่ {} ถึง {} ว่าง แต่แถวด้านล่างมีข้อมูล ให้ลบแถวเหล่านี้หรือกรอกข้อมูล (ข้อมูลด้านล่างยังถูกอ่านครบ)",
                    first + 1,
                    last + 1
                ),
            )
        };
        self.out.problems.push(Problem::new(cell, en, th));
    }

    /// Whether the cell is longer than its column holds (`schema::max_chars`): a
    /// problem, and the cell is not read.
    fn too_long(&mut self, column: &Column, value: &str, c: usize, row: u32) -> bool {
        let max = schema::max_chars(column);
        let n = value.chars().count();
        if n <= max {
            return false;
        }
        let en =
            format!("is {n} characters long, more than the {max} this column holds: shorten it");
        let th = format!("ยาว {n} ตัวอักษร เกิน {max} ตัวอักษรที่คอลัมน์นี้รับได้ ให้ย่อให้สั้นลง");
        self.problem(c, row, column, value, en, th);
        true
    }

    /// A run of days needs both ends; an unreadable end (already reported) drops it.
    fn check_span(&mut self, record: &mut Map<String, Value>, at: &[Option<usize>], row: u32) {
        if record.remove("span_unreadable").is_some() {
            record.remove("span");
            return;
        }
        let Some(span) = record.get("span") else {
            return;
        };
        let missing = if span.get("from").is_none() {
            Kind::SpanFrom
        } else if span.get("to").is_none() {
            Kind::SpanTo
        } else {
            return;
        };
        let Some(i) = self.table.columns.iter().position(|c| c.kind == missing) else {
            return;
        };
        let column = &self.table.columns[i];
        let en = "an event of several days needs both its first and its last day";
        let th = "กิจกรรมหลายวันต้องมีทั้งวันแรกและวันสุดท้าย";
        self.problem(at[i].unwrap_or(i), row, column, "", en, th);
        record.remove("span");
    }

    /// Columns whose lines pair up (outcomes, links) into a list of items, line by line.
    fn zip_lines(
        &mut self,
        record: &mut Map<String, Value>,
        key: &str,
        parts: LineParts,
        row: u32,
    ) {
        let count = parts.iter().map(|(_, l, _)| l.len()).max().unwrap_or(0);
        let mut items = vec![json!({}); count];
        for (column, lines, c) in parts {
            let n = lines.len();
            if n != 0 && n != count {
                let en = format!(
                    "has {n} line(s) where the columns beside it have {count}: one line per item, in the same order"
                );
                let th =
                    format!("มี {n} บรรทัด แต่คอลัมน์คู่กันมี {count} บรรทัด ให้ใส่บรรทัดละหนึ่งรายการเรียงตรงกัน");
                self.problem(c, row, column, &lines.join("\n"), en, th);
            }
            for (item, line) in items.iter_mut().zip(lines) {
                if !line.is_empty() {
                    *fields::slot(item, column.kind.leaf()) = json!(line);
                }
            }
        }
        // A missing English half (or address) is reported by the checks as empty, on its
        // column.
        let needed: &[Kind] = if key == "links" {
            &[Kind::LinkEn, Kind::LinkUrl]
        } else {
            &[Kind::LinesEn]
        };
        for item in &mut items {
            for kind in needed {
                let slot = fields::slot(item, kind.leaf());
                if slot.is_null() {
                    *slot = json!("");
                }
            }
        }
        if !items.is_empty() {
            record.insert(key.to_string(), Value::Array(items));
        }
    }
}

/// Required texts that came out empty, and Thai halves alone, get an empty English half,
/// so that the checks report them on their column rather than as a broken record.
fn fill_texts(record: &mut Map<String, Value>, table: &Table) {
    for column in table.columns.iter().filter(|c| c.kind == Kind::En) {
        fill_text(record, column.key, column.required);
    }
}

fn fill_text(record: &mut Map<String, Value>, key: &str, required: bool) {
    if required || record.contains_key(key) {
        let en = fields::slot(record.entry(key).or_insert(Value::Null), &["en"]);
        if en.is_null() {
            *en = json!("");
        }
    }
}
