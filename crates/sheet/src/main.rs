//! `sheet write <data.json> <book.xlsx>` (`make sheet`) and `sheet read <book.xlsx>
//! <data.json>` (`make data`): the editors' round trip; `sheet upgrade <data.json>` puts a
//! file from before the release history in the shape `make data` writes. A workbook with any problem
//! writes nothing; each problem is printed with its cell, in English and Thai.
//! `sheet uids <data.json>` (`make uids`) gives the events that lack one their calendar
//! UID, with no release (see `aelw_sheet::uids`).

use aelw_core::model::{Dataset, Time, Utc};
use aelw_core::zone::{DAY, date_from_days};
use aelw_sheet::{changes, release, write};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let done = match args.as_slice() {
        [cmd, data, book] if cmd == "write" => write_book(Path::new(data), Path::new(book)),
        [cmd, book, data] if cmd == "read" => read_book(Path::new(book), Path::new(data)),
        [cmd, data] if cmd == "uids" => give_uids(Path::new(data)),
        [cmd, data] if cmd == "upgrade" => upgrade(Path::new(data)),
        _ => Err(
            "usage: sheet write <data.json> <book.xlsx> | sheet read <book.xlsx> \
                  <data.json> | sheet uids <data.json> | sheet upgrade <data.json>"
                .into(),
        ),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn published(path: &Path) -> Result<Dataset, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    aelw_zone::parse(&text)
        .map(|(week, _)| week)
        .map_err(|errors| {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            format!("{} has problems:\n{}", path.display(), list.join("\n"))
        })
}

fn write_book(data: &Path, book: &Path) -> Result<(), String> {
    let week = published(data)?;
    if let Some(kept) = keep_unpublished(book, &week)? {
        println!(
            "{} held edits that are not in {}: kept it as {}.",
            book.display(),
            data.display(),
            kept.display()
        );
        println!(
            "{} มีการแก้ไขที่ยังไม่ได้เผยแพร่ใน {} จึงเก็บสำรองไว้เป็น {}",
            book.display(),
            data.display(),
            kept.display()
        );
    }
    save_book(&week, book)?;
    println!(
        "Wrote {} (version {}, released {}).",
        book.display(),
        week.version,
        released(&week)
    );
    println!(
        "เขียนไฟล์ {} แล้ว แก้ไขในโปรแกรมตารางคำนวณ แล้วสั่ง make data",
        book.display()
    );
    println!("Edit it in Excel, LibreOffice or Google Sheets, then run make data.");
    Ok(())
}

/// The workbook for `week`, written to `book`.
fn save_book(week: &Dataset, book: &Path) -> Result<(), String> {
    let bytes = write::workbook(week).map_err(|e| format!("cannot write the workbook: {e}"))?;
    if let Some(folder) = book.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot make {}: {e}", folder.display()))?;
    }
    replace(book, &bytes).map_err(|e| format!("cannot write {}: {e}", book.display()))
}

/// Rewrites a data file from before the release history in its shape: its top-level
/// `updated` and `changes` become its one known release (`Dataset::upgrade`), nothing
/// else changes. `make data` does the same with the next release.
fn upgrade(data: &Path) -> Result<(), String> {
    let mut week = published(data)?;
    if !week.releases.is_empty() {
        println!("{} already has its releases.", data.display());
        return Ok(());
    }
    week.upgrade();
    let text = aelw_sheet::data_file(&week);
    replace(data, text.as_bytes()).map_err(|e| format!("cannot write {}: {e}", data.display()))?;
    println!(
        "{}: release {} recorded ({}).",
        data.display(),
        week.version,
        released(&week)
    );
    Ok(())
}

/// Writes `bytes` to `path` whole or not at all: into a temporary file beside it, then
/// renamed over it, so a failure halfway never leaves half a file. tempfile makes its
/// file readable by its owner alone; the file keeps the permissions of the one it
/// replaces, and a new one gets those `std::fs::write` would give (0644 under the usual
/// umask), so a deployed or shared data file stays readable.
fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let mut file = tempfile::NamedTempFile::new_in(folder.unwrap_or(Path::new(".")))?;
    let old = std::fs::metadata(path).ok().map(|m| m.permissions());
    if let Some(permissions) = old.or_else(new_file_permissions) {
        file.as_file().set_permissions(permissions)?;
    }
    file.write_all(bytes)?;
    file.persist(path)?;
    Ok(())
}

/// What a new file gets: 0644, as `std::fs::write` gives under the usual umask.
#[cfg(unix)]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

/// Elsewhere, the temporary file's own.
#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    None
}

/// An existing workbook that says anything the published data does not (edits, problems,
/// another release) is moved aside to the first free `<name>.kept-N.xlsx`, never
/// overwritten; one that matches the data is simply replaced.
fn keep_unpublished(book: &Path, week: &Dataset) -> Result<Option<PathBuf>, String> {
    let Ok(bytes) = std::fs::read(book) else {
        return Ok(None);
    };
    // A workbook whose release would only give events their UIDs holds no edit (any
    // moment: only whether the workbook says anything new is asked).
    let at = Utc::parse("2000-01-01T00:00:00Z").expect("a moment");
    if matches!(release(&bytes, week, at), Ok(r) if r.changes.is_empty()
        && r.data.as_ref().is_none_or(|d| d.version == week.version))
    {
        return Ok(None);
    }
    let stem = book.file_stem().unwrap_or_default().to_string_lossy();
    let kept = (1..)
        .map(|n| book.with_file_name(format!("{stem}.kept-{n}.xlsx")))
        .find(|p| !p.exists())
        .expect("a free name");
    std::fs::rename(book, &kept)
        .map_err(|e| format!("cannot keep {} as {}: {e}", book.display(), kept.display()))?;
    Ok(Some(kept))
}

/// Now, to the second in UTC, or `AELW_NOW` (`YYYY-MM-DDTHH:MM:SSZ`) where a test fixes it:
/// the moment a release is recorded as published.
fn now() -> Result<Utc, String> {
    if let Ok(now) = std::env::var("AELW_NOW") {
        return Utc::parse(&now).ok_or(format!(
            "AELW_NOW={now:?} is not a UTC moment of the form YYYY-MM-DDTHH:MM:SSZ"
        ));
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_secs() as i64;
    let (days, secs) = (secs.div_euclid(DAY), secs.rem_euclid(DAY));
    let time = Time {
        hour: (secs / 3600) as u8,
        minute: (secs % 3600 / 60) as u8,
    };
    let (date, second) = (date_from_days(days), (secs % 60) as u8);
    Ok(Utc { date, time, second })
}

/// The last release's time, as the file writes it.
fn released(data: &Dataset) -> String {
    data.latest_release()
        .map(|r| String::from(r.released))
        .unwrap_or_default()
}

fn read_book(book: &Path, data: &Path) -> Result<(), String> {
    let before = published(data)?;
    let bytes = std::fs::read(book).map_err(|e| {
        format!(
            "cannot read {}: {e} (run make sheet first)\nอ่านไฟล์ {} ไม่ได้ (สั่ง make sheet ก่อน)",
            book.display(),
            book.display()
        )
    })?;
    match release(&bytes, &before, now()?) {
        Err(problems) => {
            let mut report = format!(
                "{} has {} problem(s); nothing was written, {} stays as it was.\n{} มีปัญหา {} ข้อ จึงยังไม่ได้บันทึก {} ยังเป็นฉบับเดิม\n",
                book.display(),
                problems.len(),
                data.display(),
                book.display(),
                problems.len(),
                data.display()
            );
            report.push_str(&aelw_sheet::problem::list(&problems));
            Err(report)
        }
        Ok(release) => {
            let Some(next) = release.data else {
                println!(
                    "No changes: {} stays as it was (version {}).",
                    data.display(),
                    before.version
                );
                println!("ไม่มีการแก้ไข: {} ยังเป็นฉบับเดิม", data.display());
                return Ok(());
            };
            if release.new_uids > 0 {
                println!(
                    "{} event(s) given a calendar UID / กำหนดรหัสปฏิทินให้ {} กิจกรรม",
                    release.new_uids, release.new_uids
                );
            }
            if !release.changes.is_empty() {
                println!("Changes against the published file / สิ่งที่เปลี่ยนจากฉบับที่เผยแพร่:");
                print!("{}", changes::describe(&release.changes));
            }
            let text = aelw_sheet::data_file(&next);
            replace(data, text.as_bytes())
                .map_err(|e| format!("cannot write {}: {e}", data.display()))?;
            // The default file previews with `make serve`; another summit's names itself.
            let serve = if data == Path::new(aelw_core::data::FILE_PATH) {
                "make serve".to_string()
            } else {
                format!("make serve DATA={}", data.display())
            };
            println!(
                "Wrote {}: version {}, released {}. Preview it with {serve}.",
                data.display(),
                next.version,
                released(&next)
            );
            println!(
                "บันทึก {} แล้ว: ฉบับที่ {} เผยแพร่เมื่อ {} ดูตัวอย่างด้วย {serve}",
                data.display(),
                next.version,
                released(&next)
            );
            // The workbook moves to the release it made, so that the next edits start
            // from it (a workbook of an older release is refused).
            match save_book(&next, book) {
                Ok(()) => {
                    println!(
                        "{} is now version {} too: keep editing it.",
                        book.display(),
                        next.version
                    );
                    println!(
                        "{} เป็นฉบับที่ {} แล้วเช่นกัน แก้ไขต่อได้",
                        book.display(),
                        next.version
                    );
                }
                Err(e) => {
                    println!("{e}: close it and run make sheet before editing again.");
                    println!("ให้ปิดไฟล์แล้วสั่ง make sheet ก่อนแก้ไขครั้งต่อไป");
                }
            }
            Ok(())
        }
    }
}

/// Gives the events of the data file at `path` that lack one a calendar UID, and writes
/// the file back in its canonical form, with the same version (UIDs are not content).
fn give_uids(path: &Path) -> Result<(), String> {
    let mut data = published(path)?;
    let given = aelw_sheet::uids::assign(&mut data);
    if given > 0 {
        replace(path, aelw_sheet::data_file(&data).as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    println!(
        "{given} event(s) of {} given a calendar UID (version {} unchanged).",
        path.display(),
        data.version
    );
    println!("กำหนดรหัสปฏิทินให้ {given} กิจกรรมใน {}", path.display());
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::replace;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_replaced_file_keeps_its_permissions_and_a_new_one_is_readable() {
        let folder = tempfile::tempdir().unwrap();
        let new = folder.path().join("new.json");
        replace(&new, b"{}").unwrap();
        assert_eq!(mode(&new), 0o644);
        let old = folder.path().join("old.json");
        std::fs::write(&old, b"[]").unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o664)).unwrap();
        replace(&old, b"{}").unwrap();
        assert_eq!(mode(&old), 0o664);
        assert_eq!(std::fs::read(&old).unwrap(), b"{}");
    }
}
