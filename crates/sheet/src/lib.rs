//! The week as a spreadsheet, for editors who are not programmers: `make sheet` writes
//! the data file as an `.xlsx` workbook (`write`), `make data` reads it back (`read`),
//! checks it with the same checks as the build, puts every problem on its cell in
//! English and Thai (`report`, `problem`), lists what changed against the published
//! file (`changes`) and writes the next release, one at a time and each file whole
//! (`files`); a new summit starts from a blank workbook (`blank`) with its first
//! release. Native only: none of it ships.
//!
//! The layout of the workbook is said once, in `schema`.

pub mod blank;
pub mod cells;
pub mod changes;
pub mod files;
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
/// published history. A release never renames its data file: a workbook whose Data
/// file names another is refused (a new summit starts with `first_release`).
pub fn release(bytes: &[u8], published: &Dataset, now: Utc) -> Result<Release, Vec<Problem>> {
    let (mut data, _) = checked(bytes, |data, places| {
        let mut problems = Vec::new();
        // An unreadable Version cell, already reported, stands in as 1: no echo of it.
        let version_cell = stale(places, data.version, published.version);
        if data.version != published.version && !places.reported.contains(&version_cell.cell) {
            problems.push(version_cell);
        }
        if data.week.data_file != published.week.data_file {
            problems.push(renamed(
                places,
                &data.week.data_file,
                &published.week.data_file,
            ));
        }
        problems
    })?;
    let new_uids = uids::carry_over(&mut data, published);
    let changes = changes::diff(published, &data);
    let history = published.releases();
    // The workbook shows the last release's lines (`write::workbook`); other lines are
    // the editor's own for this one.
    let shown = history
        .last()
        .map(|r| write::shown_lines(&r.changes))
        .unwrap_or_default();
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

/// The first release of a new summit, published as the data file `name`: version 1,
/// released `now`, with no history and no change list (the page says "First release"
/// unless the editor wrote their own lines). `copied` is the data file the workbook
/// was made from, when a summit starts from a copy of another: its last change lines,
/// which its workbook shows, are not the editor's own. The workbook's Version is not
/// compared (a blank workbook's is 0); its Data file must be `name`.
pub fn first_release(
    bytes: &[u8],
    name: &str,
    copied: Option<&Dataset>,
    now: Utc,
) -> Result<Release, Vec<Problem>> {
    let (mut next, _) = checked(bytes, |data, places| {
        data.version = 1;
        match data.week.data_file == name {
            true => Vec::new(),
            false => vec![renamed(places, &data.week.data_file, name)],
        }
    })?;
    let new_uids = uids::assign(&mut next);
    let shown = copied
        .and_then(Dataset::latest_release)
        .map(|r| write::shown_lines(&r.changes))
        .unwrap_or_default();
    let lines = std::mem::take(&mut next.legacy_changes);
    let own_lines = !lines.is_empty() && lines != shown;
    next.legacy_updated = None;
    next.releases = vec![ModelRelease {
        version: 1,
        released: Released::At(now),
        changes: if own_lines { lines } else { changes::first() },
    }];
    Ok(Release {
        data: Some(next),
        changes: Vec::new(),
        new_uids,
    })
}

/// Reads the workbook and checks it: the reader's problems, then `more` (which may
/// adjust the data first), then the build's checks; every problem at once, in reading
/// order, or the data and the places of its records.
fn checked(
    bytes: &[u8],
    more: impl FnOnce(&mut Dataset, &read::Places) -> Vec<Problem>,
) -> Result<(Dataset, read::Places), Vec<Problem>> {
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
    problems.extend(more(&mut data, &read.places));
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
    Ok((data, read.places))
}

/// The Settings cell of `key`, with its names in both languages.
fn setting_cell(places: &read::Places, key: &str) -> (String, &'static schema::Column) {
    let row = places.settings.get(key).copied().unwrap_or(0);
    let setting = schema::SETTINGS
        .columns
        .iter()
        .find(|s| s.key == key)
        .expect("a setting of the schema");
    (schema::cell(&schema::SETTINGS, 1, row), setting)
}

/// A workbook whose Data file is not the file being released: a release never renames
/// its data file, which would start another summit's history in this one's place.
fn renamed(places: &read::Places, book: &str, file: &str) -> Problem {
    let (cell, setting) = setting_cell(places, "week.data_file");
    Problem::new(
        cell,
        format!(
            "this release is of the data file {file:?}, but the workbook names {book:?}: a release never renames \
             its data file. Put {file:?} back. To start a new summit under another name, see \
             docs/editing.md (make sheet NEW=1 DATA=public/data/<name>.json)"
        ),
        format!(
            "การเผยแพร่นี้เป็นของไฟล์ข้อมูล {file:?} แต่สมุดงานระบุ {book:?} การเผยแพร่ไม่เปลี่ยนชื่อไฟล์ข้อมูล \
             ให้ใส่ {file:?} กลับคืน หากต้องการเริ่มการประชุมใหม่ด้วยชื่ออื่น ดู docs/editing.md \
             (make sheet NEW=1 DATA=public/data/<ชื่อ>.json)"
        ),
    )
    .at((setting.en, setting.th), book)
}

/// A workbook made from another release than the published one: reading it would undo
/// (or skip) the releases between, so it is refused. `make data` brings the workbook it
/// read up to the release it wrote, so an editor who keeps editing never sees this.
fn stale(places: &read::Places, book: u32, published: u32) -> Problem {
    let (cell, version) = setting_cell(places, "version");
    Problem::new(
        cell,
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
