//! One sheet's cells, read as a stream (calamine's cell reader) into a map of the cells
//! that hold something, within the rows and columns the schema can use. calamine's own
//! `worksheet_range` builds a rectangle over every used cell, so one keystroke at
//! `XFD1048576` asks for 17 billion cells; here a cell past the area is counted and
//! reported once, never stored. Each cell is checked as it comes, on every sheet alike
//! (Settings too): an error value (`#REF!`), a formula with no saved value, or a text
//! longer than a spreadsheet cell holds (which the workbook could then not be written
//! back with) is a problem on its cell, and the cell reads as empty but not blank.

use crate::problem::Problem;
use crate::schema::{self, HEADER_ROWS, MAX_CELL, SETTINGS, Table};
use calamine::{Data, DataRef, Xlsx, XlsxError};
use rust_xlsxwriter::utility::column_number_to_name;
use std::collections::{HashMap, HashSet};
use std::io::Cursor;

/// The most rows below the headers a table sheet is read from: a summit has a few
/// hundred records, and 10,000 more events still read.
pub const MAX_RECORDS: u32 = 20_000;
/// How many columns past a table's own an editor's workbook may use (a column of their
/// notes is reported, not lost).
const EXTRA_COLUMNS: u32 = 26;
/// The most text, in bytes, all the cells of a workbook may hold together: shared
/// strings may be used by many cells, so the parts' sizes alone do not bound it.
pub const MAX_TEXT: usize = 64 << 20;

/// The rows and columns of `table` that are read (1-based counts).
pub fn area(table: &Table) -> (u32, u32) {
    let columns = table.columns.len() as u32;
    if std::ptr::eq(table, &SETTINGS) {
        // A row per setting, in columns A to C.
        (HEADER_ROWS + columns + 200, 3 + EXTRA_COLUMNS)
    } else {
        (HEADER_ROWS + MAX_RECORDS, columns + EXTRA_COLUMNS)
    }
}

/// The cells of one sheet that hold something, by 0-based (row, column).
#[derive(Debug, Default)]
pub struct Grid {
    cells: HashMap<(u32, u32), Data>,
    /// Cells already reported (an error, a formula, too long): empty, but not blank.
    reported: HashSet<(u32, u32)>,
    end: Option<(u32, u32)>,
}

impl Grid {
    /// The cell at 0-based (`row`, `col`), empty where nothing is.
    pub fn get(&self, row: u32, col: u32) -> &Data {
        self.cells.get(&(row, col)).unwrap_or(&Data::Empty)
    }

    /// Whether the cell was reported while reading (so it is not blank).
    pub fn reported(&self, row: u32, col: u32) -> bool {
        self.reported.contains(&(row, col))
    }

    /// The last row and column holding anything (0-based).
    pub fn end(&self) -> Option<(u32, u32)> {
        self.end
    }

    fn hold(&mut self, at: (u32, u32)) {
        let (row, col) = self.end.unwrap_or_default();
        self.end = Some((row.max(at.0), col.max(at.1)));
    }
}

/// Why a sheet could not be read.
pub enum Failed {
    /// Its XML is broken: calamine's words.
    Parse(XlsxError),
    /// The workbook holds more text than `MAX_TEXT`: nothing more is read.
    TooMuch(Box<Problem>),
}

/// Reads `table`'s sheet from `book`; `text` counts the bytes of text read so far.
pub fn read(
    book: &mut Xlsx<Cursor<&[u8]>>,
    table: &Table,
    text: &mut usize,
    out: &mut super::Read,
) -> Result<Grid, Failed> {
    let mut reader = book
        .worksheet_cells_reader(table.sheet)
        .map_err(Failed::Parse)?;
    let (rows, cols) = area(table);
    let mut grid = Grid::default();
    let mut outside: Option<((u32, u32), u64)> = None;
    while let Some(record) = reader
        .next_cell_with_formula_metadata()
        .map_err(Failed::Parse)?
    {
        let (row, col) = record.pos;
        let formula = record.formula.is_some();
        let empty = match &record.value {
            DataRef::Empty => true,
            DataRef::String(s) => s.is_empty(),
            DataRef::SharedString(s) => s.is_empty(),
            _ => false,
        };
        if empty && !formula {
            continue;
        }
        if row >= rows || col >= cols {
            let (first, n) = outside.get_or_insert(((row, col), 0));
            *n += 1;
            if (row, col) < *first {
                *first = (row, col);
            }
            continue;
        }
        let cell = schema::cell(table, col as usize, row + 1);
        let data = Data::from(record.value);
        let problem = if empty {
            Some(Problem::new(
                cell.clone(),
                "the formula has no saved value: open and save the workbook in Excel, LibreOffice or Google Sheets, or type the value",
                "สูตรในช่องนี้ไม่มีค่าที่บันทึกไว้ ให้เปิดแล้วบันทึกสมุดงานใน Excel, LibreOffice หรือ Google Sheets หรือพิมพ์ค่าลงไปเอง",
            ))
        } else if let Data::Error(e) = &data {
            Some(Problem::new(
                cell.clone(),
                format!("shows the spreadsheet error {e} (a formula that cannot be worked out): type the value itself"),
                format!("แสดงข้อผิดพลาดของสเปรดชีต {e} (สูตรที่คำนวณไม่ได้) ให้พิมพ์ค่าลงไปเอง"),
            ).quoting(&e.to_string()))
        } else if let Data::Float(f) = &data
            && !f.is_finite()
        {
            Some(Problem::new(
                cell.clone(),
                "is not a number a spreadsheet can show (NaN or infinity): type the value itself",
                "ไม่ใช่ตัวเลขที่สเปรดชีตแสดงได้ (NaN หรือค่าอนันต์) ให้พิมพ์ค่าลงไปเอง",
            ))
        } else if let Data::String(s) = &data
            && s.len() > MAX_CELL
            && s.encode_utf16().count() > MAX_CELL
        {
            let n = s.encode_utf16().count();
            Some(Problem::new(
                cell.clone(),
                format!("is {n} characters long, more than the {MAX_CELL} a spreadsheet cell can hold: shorten it"),
                format!("ยาว {n} ตัวอักษร เกิน {MAX_CELL} ตัวอักษรที่ช่องของสเปรดชีตเก็บได้ ให้ย่อให้สั้นลง"),
            ).quoting(s))
        } else {
            None
        };
        grid.hold((row, col));
        if let Some(problem) = problem {
            out.places.reported.insert(cell);
            out.problems.push(problem);
            grid.cells.remove(&(row, col));
            grid.reported.insert((row, col));
            continue;
        }
        if let Data::String(s) = &data {
            *text += s.len();
            if *text > MAX_TEXT {
                return Err(Failed::TooMuch(Box::new(Problem::new(
                    "workbook".into(),
                    format!(
                        "holds more than {} MB of text, more than a summit's workbook could need: it is damaged or was made to crash readers",
                        MAX_TEXT >> 20
                    ),
                    format!(
                        "มีข้อความเกิน {} MB เกินกว่าที่สมุดงานของการประชุมจะมีได้ ไฟล์อาจเสียหายหรือถูกสร้างมาเพื่อทำให้โปรแกรมล่ม",
                        MAX_TEXT >> 20
                    ),
                ))));
            }
        }
        if grid.cells.insert((row, col), data).is_some() || grid.reported(row, col) {
            out.problems.push(Problem::new(
                cell,
                "is written twice in the file, and only one can be read: open and save the workbook in Excel, LibreOffice or Google Sheets",
                "ช่องนี้ถูกบันทึกซ้ำสองครั้งในไฟล์ จึงอ่านได้เพียงค่าเดียว ให้เปิดแล้วบันทึกสมุดงานใน Excel, LibreOffice หรือ Google Sheets",
            ));
        }
    }
    if let Some(((row, col), n)) = outside {
        let (last_row, last_col) = (rows, column_number_to_name(cols as u16 - 1));
        let more = n - 1;
        out.problems.push(Problem::new(
            schema::cell(table, col as usize, row + 1),
            format!("holds something outside the rows and columns this sheet is read from (up to row {last_row}, column {last_col}), with {more} more cell(s) out there, so it would be lost: delete it, or move it into the table"),
            format!("มีข้อมูลอยู่นอกแถวและคอลัมน์ที่อ่านจากแผ่นงานนี้ (ถึงแถวที่ {last_row} คอลัมน์ {last_col}) และมีอีก {more} ช่องที่อยู่นอกเขตนี้ ข้อมูลนั้นจะสูญหาย ให้ลบออกหรือย้ายเข้ามาในตาราง"),
        ));
    }
    Ok(grid)
}
