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
pub mod uids;
pub mod write;

use aelw_core::data::to_json;
use aelw_core::model::{Dataset, Release as ModelRelease, Released, Utc};
use changes::Change;
use problem::Problem;
use rust_xlsxwriter::utility::column_name_to_number;

/// What reading an edited workbook gives, when it has no problem.
#[derive(Debug)]
pub struct Release {
    /// The data to publish; `None` when nothing changed (the file stays as it was).
    pub data: Option<Dataset>,
    /// What changed, record by record.
    pub changes: Vec<Change>,
    /// How many events were given a calendar UID (`uids`). When nothing else changed,
    /// the file is written with them and keeps its version: they are not content.
    pub new_uids: usize,
}

/// Reads the workbook `bytes` against the `published` data. Every problem at once, or
/// the release: the version one more, released `now` (never before the last release),
/// with the page's change lines, unless the editor wrote their own, added to the
/// published history. A workbook that names another data file is a new summit's first
/// release (version 1, no change lines, no history).
pub fn release(bytes: &[u8], published: &Dataset, now: Utc) -> Result<Release, Vec<Problem>> {
    let read = read::read(bytes).map_err(|p| vec![*p])?;
    let mut problems = read.problems;
    let data: Result<Dataset, _> = serde_json::from_value(read.json);
    let mut data = match data {
        Ok(data) => data,
        // A missing column or an error cell, already reported, leaves a record short
        // of a field: the editor is told of the cause, not of its echo.
        Err(_) if !problems.is_empty() => return Err(problems),
        Err(e) => {
            problems.push(Problem::new(
                "workbook".into(),
                format!("cannot be turned into the data: {e}"),
                format!("แปลงเป็นข้อมูลไม่ได้: {e}"),
            ));
            return Err(problems);
        }
    };
    // An unreadable Version cell, already reported, stands in as 1: no echo of it.
    let version_cell = stale(&read.places, data.version, published.version);
    if data.version != published.version && !read.places.reported.contains(&version_cell.cell) {
        problems.push(version_cell);
    }
    // The build's checks, the zone's in the tz database included, so that a release
    // `make data` accepts also builds.
    problems.extend(
        aelw_zone::build_checks(&data)
            .1
            .iter()
            .filter_map(|e| report::on_cells(e, &read.places)),
    );
    if !problems.is_empty() {
        problems.sort_by_key(reading_order);
        return Err(problems);
    }
    let new_uids = uids::carry_over(&mut data, published);
    let changes = changes::diff(published, &data);
    let history = published.releases();
    // The workbook shows the last release's lines (`write::workbook`); other lines are
    // the editor's own for this one.
    let shown = history.last().map(|r| &r.changes[..]).unwrap_or_default();
    let own_lines = data.legacy_changes != shown;
    if changes.is_empty() && !own_lines {
        return Ok(Release {
            data: (new_uids > 0).then_some(data),
            changes,
            new_uids,
        });
    }
    let mut next = data;
    let lines = std::mem::take(&mut next.legacy_changes);
    next.legacy_updated = None;
    // A new data file name starts another summit from a copy of this one: its first
    // release, with no change list against the summit it was copied from.
    if next.week.data_file != published.week.data_file {
        next.version = 1;
        next.releases = vec![ModelRelease {
            version: 1,
            released: Released::At(now),
            changes: if own_lines { lines } else { Vec::new() },
        }];
        return Ok(Release {
            data: Some(next),
            changes,
            new_uids,
        });
    }
    next.version = published.version + 1;
    // A clock behind the last release (a wrong clock) does not put this one before it.
    let released = match history.last() {
        Some(last) if Released::At(now).before(last.released) => last.released,
        _ => Released::At(now),
    };
    next.releases = history.into_owned();
    next.releases.push(ModelRelease {
        version: next.version,
        released,
        changes: if own_lines {
            lines
        } else {
            changes::summary(&changes)
        },
    });
    Ok(Release {
        data: Some(next),
        changes,
        new_uids,
    })
}

/// A workbook made from another release than the published one: reading it would undo
/// (or skip) the releases between, so it is refused. `make data` brings the workbook it
/// read up to the release it wrote, so an editor who keeps editing never sees this.
fn stale(places: &read::Places, book: u32, published: u32) -> Problem {
    let row = places.settings.get("version").copied().unwrap_or(0);
    let version = schema::SETTINGS
        .columns
        .iter()
        .find(|s| s.key == "version")
        .expect("a Version setting");
    Problem::new(
        schema::cell(&schema::SETTINGS, 1, row),
        format!(
            "this workbook was made from version {book}, but the published data file is version {published}: \
             reading it would undo the edits published since. Run make sheet for a workbook of version {published} \
             (it keeps this one as a copy) and make your edits there"
        ),
        format!(
            "สมุดงานนี้สร้างจากฉบับที่ {book} แต่ไฟล์ข้อมูลที่เผยแพร่เป็นฉบับที่ {published} \
             หากอ่านไฟล์นี้ การแก้ไขที่เผยแพร่หลังจากนั้นจะหายไป ให้สั่ง make sheet เพื่อสร้างสมุดงานฉบับที่ {published} \
             (ไฟล์นี้จะถูกเก็บสำรองไว้) แล้วแก้ไขในไฟล์ใหม่"
        ),
    )
    .at((version.en, version.th), &book.to_string())
}

/// Where a problem sits, for listing them sheet by sheet, row by row, left to right.
fn reading_order(p: &Problem) -> (usize, u32, Option<u16>) {
    let (sheet, at) = p.cell.split_once('!').unwrap_or((&p.cell, ""));
    let sheet = schema::TABLES
        .iter()
        .position(|t| t.sheet == sheet)
        .unwrap_or(usize::MAX);
    let letters = at.trim_end_matches(|c: char| c.is_ascii_digit());
    let row = at[letters.len()..].parse().unwrap_or(0);
    // A whole row (`Events!1`) before its cells.
    let column = (!letters.is_empty()).then(|| column_name_to_number(letters));
    (sheet, row, column)
}

/// The data file's text for `data`, as the build reads it.
pub fn data_file(data: &Dataset) -> String {
    to_json(data)
}
