//! A table sheet's two header rows: where each schema column is (editors may move
//! columns), and problems for a missing, unknown or repeated header, or a Thai row that
//! no longer holds the Thai names (a record there would be skipped).

use super::Sheet;
use crate::cells::shown;
use crate::problem::Problem;
use crate::schema::{self, HEADER_ROWS};
use rust_xlsxwriter::utility::column_number_to_name;

impl Sheet<'_> {
    /// The header row's columns: each schema column's index, and problems for missing
    /// and unknown headers.
    pub(super) fn columns(&mut self) -> Vec<Option<usize>> {
        let width = self.width();
        let headers: Vec<String> = (0..width)
            .map(|c| shown(self.raw(0, c)).trim().to_string())
            .collect();
        let found: Vec<Option<usize>> = self
            .table
            .columns
            .iter()
            .map(|c| headers.iter().position(|h| h == c.en))
            .collect();
        // An optional column a workbook from before it lacks reads as empty.
        for (column, at) in self.table.columns.iter().zip(&found) {
            if at.is_none() && column.required {
                self.out.problems.push(Problem::new(
                    format!("{}!1", self.table.sheet),
                    format!(
                        "has no column “{}” in row 1: put the header back as make sheet wrote it",
                        column.en
                    ),
                    format!(
                        "ไม่มีคอลัมน์ “{}” ในแถวที่ 1: ให้ใส่หัวคอลัมน์กลับตามที่ make sheet เขียนไว้",
                        column.en
                    ),
                ));
            }
        }
        // Row 2 holds the Thai names. If it holds anything else (the row was deleted, so
        // a record moved up into it), that record would be skipped: say so instead.
        let mismatch = found
            .iter()
            .zip(self.table.columns)
            .filter_map(|(at, col)| Some((*at.as_ref()?, col)))
            .map(|(c, col)| (c, col, shown(self.raw(1, c)).trim().to_string()))
            .find(|(_, col, second)| !second.is_empty() && second != col.th);
        if let Some((c, column, second)) = mismatch {
            let th = column.th;
            self.out.problems.push(Problem::new(
                schema::cell(self.table, c, 2),
                format!("row 2 should hold the Thai column names (“{th}”), and a record there would be skipped: put the Thai names back as make sheet wrote them"),
                format!("แถวที่ 2 ต้องเป็นชื่อคอลัมน์ภาษาไทย (“{th}”) ข้อมูลในแถวนี้จะไม่ถูกอ่าน ให้ใส่ชื่อภาษาไทยกลับตามที่ make sheet เขียนไว้"),
            ).at((column.en, th), &second));
        }
        for (c, header) in headers.iter().enumerate() {
            let known = self.table.columns.iter().any(|col| col.en == header);
            if known && headers[..c].contains(header) {
                let first = headers.iter().position(|h| h == header).unwrap_or(c);
                self.out.problems.push(Problem::new(
                    schema::cell(self.table, c, 1),
                    format!(
                        "“{header}” is also the header of column {}, and only one column can hold it: move what this one holds there and delete this column",
                        column_number_to_name(first as u16)
                    ),
                    format!(
                        "“{header}” ซ้ำกับหัวคอลัมน์ {} ข้อมูลอยู่ได้เพียงคอลัมน์เดียว ให้ย้ายข้อมูลในคอลัมน์นี้ไปไว้ที่นั่นแล้วลบคอลัมน์นี้",
                        column_number_to_name(first as u16)
                    ),
                ));
                continue;
            }
            let has_data = (HEADER_ROWS..=self.grid.end().map_or(0, |e| e.0))
                .any(|r| !shown(self.raw(r, c)).trim().is_empty());
            if !known && (has_data || !header.is_empty()) {
                let cell = schema::cell(self.table, c, 1);
                self.out.problems.push(Problem::new(
                    cell,
                    format!("“{header}” is not a column of this sheet, so what it holds would be lost: move it into a known column or delete the column"),
                    format!("“{header}” ไม่ใช่คอลัมน์ของแผ่นงานนี้ ข้อมูลในคอลัมน์จะสูญหาย ให้ย้ายไปยังคอลัมน์ที่มีอยู่หรือลบคอลัมน์นี้"),
                ));
            }
        }
        found
    }
}
