//! The week as a spreadsheet, for editors who are not programmers: `make sheet` writes
//! the data file as an `.xlsx` workbook (`write`), `make data` reads it back (`read`),
//! checks it with the same checks as the build, puts every problem on its cell in
//! English and Thai (`report`, `problem`), lists what changed against the published
//! file (`changes`) and writes the next release. Native only: none of it ships.
//!
//! The layout of the workbook is said once, in `schema`.

pub mod cells;
pub mod changes;
pub mod problem;
pub mod read;
pub mod report;
pub mod schema;
pub mod write;

use aelw_core::data::{build_checks, to_json};
use aelw_core::model::{Dataset, Date};
use changes::Change;
use problem::Problem;

/// What reading an edited workbook gives, when it has no problem.
#[derive(Debug)]
pub struct Release {
    /// The data to publish; `None` when nothing changed (the file stays as it was).
    pub data: Option<Dataset>,
    /// What changed, record by record.
    pub changes: Vec<Change>,
}

/// Reads the workbook `bytes` against the `published` data. Every problem at once, or
/// the release: the version one more, last revised `today` (never earlier than before),
/// and the page's change lines, unless the editor wrote their own.
pub fn release(bytes: &[u8], published: &Dataset, today: Date) -> Result<Release, Vec<Problem>> {
    let read = read::read(bytes).map_err(|p| vec![*p])?;
    let mut problems = read.problems;
    let data: Result<Dataset, _> = serde_json::from_value(read.json);
    let data = match data {
        Ok(data) => data,
        Err(e) => {
            problems.push(Problem::new(
                "workbook".into(),
                format!("cannot be turned into the data: {e}"),
                format!("แปลงเป็นข้อมูลไม่ได้: {e}"),
            ));
            return Err(problems);
        }
    };
    problems.extend(
        build_checks(&data)
            .iter()
            .filter_map(|e| report::on_cells(e, &read.places)),
    );
    if !problems.is_empty() {
        problems.sort_by_key(reading_order);
        return Err(problems);
    }
    let changes = changes::diff(published, &data);
    let own_lines = data.changes != published.changes;
    if changes.is_empty() && !own_lines {
        return Ok(Release {
            data: None,
            changes,
        });
    }
    let mut next = data;
    next.version = published.version + 1;
    next.updated = today.max(published.updated);
    if !own_lines {
        next.changes = changes::summary(&changes);
    }
    Ok(Release {
        data: Some(next),
        changes,
    })
}

/// Where a problem sits, for listing them sheet by sheet, row by row, left to right.
fn reading_order(p: &Problem) -> (usize, u32, usize, String) {
    let (sheet, at) = p.cell.split_once('!').unwrap_or((&p.cell, ""));
    let sheet = schema::TABLES
        .iter()
        .position(|t| t.sheet == sheet)
        .unwrap_or(usize::MAX);
    let letters: String = at.chars().take_while(char::is_ascii_uppercase).collect();
    let row = at[letters.len()..].parse().unwrap_or(0);
    (sheet, row, letters.len(), letters)
}

/// The data file's text for `data`, as the build reads it.
pub fn data_file(data: &Dataset) -> String {
    to_json(data)
}
