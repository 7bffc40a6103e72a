//! `sheet write <data.json> <book.xlsx>` (`make sheet`) and `sheet read <book.xlsx>
//! <data.json>` (`make data`): the editors' round trip; `sheet upgrade <data.json>` puts a
//! file from before the release history in the shape `make data` writes. A workbook with any problem
//! writes nothing; each problem is printed with its cell, in English and Thai.
//! `sheet uids <data.json>` (`make uids`) gives the events that lack one their calendar
//! UID, with no release (see `aelw_sheet::uids`).

use aelw_core::data::DataError;
use aelw_core::model::{Dataset, Lang, Time, Utc};
use aelw_core::zone::{DAY, date_from_days};
use aelw_sheet::{Release, blank, changes, files, first_release, release, write};
use rust_xlsxwriter::XlsxError;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--new`: a new summit (`make sheet NEW=1`, `make data NEW=1`).
    let new = args.first().is_some_and(|a| a == "--new");
    let args = &args[usize::from(new)..];
    let done = match args {
        [cmd, data, book] if cmd == "write" => write_book(Path::new(data), Path::new(book), new),
        [cmd, book, data] if cmd == "read" => read_book(Path::new(book), Path::new(data), new),
        [cmd, data] if cmd == "uids" => give_uids(Path::new(data)),
        [cmd, data] if cmd == "upgrade" => upgrade(Path::new(data)),
        _ => Err(
            "usage: sheet [--new] write <data.json> <book.xlsx> | sheet [--new] read <book.xlsx> \
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

/// The published data as it is, with the problems the checks find in it: a check added
/// since it was published must not lock the editors out. `make sheet` still writes its
/// workbook and `make data` still takes a workbook that fixes them (the release is
/// checked whole before it is written). Only a file that cannot be read at all is an
/// error.
fn published_as_is(path: &Path) -> Result<(Dataset, Vec<DataError>), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let week = aelw_core::data::read(&text)
        .map_err(|e| format!("{} cannot be read as a data file:\n{e}", path.display()))?;
    let problems = aelw_zone::build_checks(&week).1;
    Ok((week, problems))
}

/// At most this many of the published file's own problems are listed.
const LISTED: usize = 20;

/// The published file's own problems, listed under `en` / `th`.
fn list_problems(problems: &[DataError], en: &str, th: &str) -> String {
    let mut out = format!("{en}\n{th}\n");
    for p in problems.iter().take(LISTED) {
        let (en, th) = (p.line(Lang::En), p.line(Lang::Th));
        out.push_str(&format!("  - {en}\n    {th}\n"));
    }
    if problems.len() > LISTED {
        let more = problems.len() - LISTED;
        out.push_str(&format!("  … and {more} more / และอีก {more} ข้อ\n"));
    }
    out
}

fn write_book(data: &Path, book: &Path, new: bool) -> Result<(), String> {
    if new {
        return write_blank(data, book);
    }
    let _lock = files::lock(data)?;
    let (week, problems) = published_as_is(data)?;
    if !problems.is_empty() {
        print!(
            "{}",
            list_problems(
                &problems,
                &format!(
                    "{} has {} problem(s) that the checks now find: fix them in the workbook, make data names each by its cell.",
                    data.display(),
                    problems.len()
                ),
                &format!(
                    "{} มีปัญหา {} ข้อที่การตรวจสอบพบในขณะนี้ ให้แก้ในสมุดงาน make data จะระบุเซลล์ของแต่ละข้อ",
                    data.display(),
                    problems.len()
                ),
            )
        );
    }
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
    for (cell, n) in write::too_long(&week) {
        println!(
            "{cell} holds {n} characters, more than a spreadsheet cell holds ({}): the workbook has it cut; shorten it before make data.",
            write::MAX_CELL
        );
        println!(
            "{cell} มี {n} ตัวอักษร เกินกว่าที่เซลล์รับได้ ({}) สมุดงานจึงตัดให้สั้นลง ให้แก้ให้สั้นลงก่อนสั่ง make data",
            write::MAX_CELL
        );
    }
    save_book(&write::workbook(&week), book)?;
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

/// `make sheet NEW=1 DATA=…`: a blank workbook for a new summit whose data file does not
/// exist yet (`blank`).
fn write_blank(data: &Path, book: &Path) -> Result<(), String> {
    if data.exists() {
        return Err(format!(
            "{} already exists: make sheet DATA={} gives its workbook. A new summit needs a new file name.\n\
             {} มีอยู่แล้ว สั่ง make sheet DATA={} เพื่อสร้างสมุดงานของไฟล์นี้ การประชุมใหม่ต้องใช้ชื่อไฟล์ใหม่",
            data.display(),
            data.display(),
            data.display(),
            data.display()
        ));
    }
    let name = file_name(data)?;
    let bytes = blank::workbook(&name, now()?.date);
    if book.exists() {
        let kept = kept_name(book);
        std::fs::rename(book, &kept)
            .map_err(|e| format!("cannot keep {} as {}: {e}", book.display(), kept.display()))?;
        println!(
            "Kept the workbook that was there as {} / เก็บสมุดงานเดิมไว้เป็น {}",
            kept.display(),
            kept.display()
        );
    }
    save_book(&bytes, book)?;
    println!(
        "Wrote {}: a blank workbook for the new summit {name}. Fill in the Settings, replace the example rows, then run make data NEW=1 DATA={}.",
        book.display(),
        data.display()
    );
    println!(
        "เขียนไฟล์ {} แล้ว: สมุดงานเปล่าสำหรับการประชุมใหม่ {name} กรอกแผ่นงาน Settings แทนที่แถวตัวอย่าง แล้วสั่ง make data NEW=1 DATA={}",
        book.display(),
        data.display()
    );
    Ok(())
}

/// The name a data file is published under: its path's last part.
fn file_name(data: &Path) -> Result<String, String> {
    data.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or(format!("{} is not a file name", data.display()))
}

/// The workbook's bytes, written to `book`.
fn save_book(bytes: &Result<Vec<u8>, XlsxError>, book: &Path) -> Result<(), String> {
    let bytes = bytes
        .as_ref()
        .map_err(|e| format!("cannot write the workbook: {e}"))?;
    if let Some(folder) = book.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot make {}: {e}", folder.display()))?;
    }
    files::replace(book, bytes).map_err(|e| format!("cannot write {}: {e}", book.display()))
}

/// Rewrites a data file from before the release history in its shape: its top-level
/// `updated` and `changes` become its one known release (`Dataset::upgrade`), nothing
/// else changes. `make data` does the same with the next release.
fn upgrade(data: &Path) -> Result<(), String> {
    let _lock = files::lock(data)?;
    let mut week = published(data)?;
    if !week.releases.is_empty() {
        println!("{} already has its releases.", data.display());
        return Ok(());
    }
    week.upgrade();
    let text = aelw_sheet::data_file(&week);
    files::replace(data, text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", data.display()))?;
    println!(
        "{}: release {} recorded ({}).",
        data.display(),
        week.version,
        released(&week)
    );
    Ok(())
}

/// The first free `<name>.kept-N.xlsx` beside a workbook.
fn kept_name(book: &Path) -> PathBuf {
    let stem = book.file_stem().unwrap_or_default().to_string_lossy();
    (1..)
        .map(|n| book.with_file_name(format!("{stem}.kept-{n}.xlsx")))
        .find(|p| !p.exists())
        .expect("a free name")
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
    let kept = kept_name(book);
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

fn read_book(book: &Path, data: &Path, new: bool) -> Result<(), String> {
    let read = || {
        std::fs::read(book).map_err(|e| {
            format!(
                "cannot read {}: {e} (run make sheet first)\nอ่านไฟล์ {} ไม่ได้ (สั่ง make sheet ก่อน)",
                book.display(),
                book.display()
            )
        })
    };
    let name = file_name(data)?;
    if !data.exists() {
        if !new {
            return Err(format!(
                "{} does not exist. To start a new summit under that name: make sheet NEW=1 DATA={} \
                 writes a blank workbook, and make data NEW=1 DATA={} its first release.\n\
                 ไม่มีไฟล์ {} หากต้องการเริ่มการประชุมใหม่ด้วยชื่อนี้ ให้สั่ง make sheet NEW=1 DATA={} \
                 เพื่อสร้างสมุดงานเปล่า แล้วสั่ง make data NEW=1 DATA={} เพื่อเผยแพร่ฉบับแรก",
                data.display(),
                data.display(),
                data.display(),
                data.display(),
                data.display(),
                data.display()
            ));
        }
        let release = first_release(&read()?, &name, None, now()?);
        return publish(book, data, release, None, &[]);
    }
    // One release at a time: the version is compared, and the file replaced, under
    // the lock, so a release never builds on a data file another has since replaced.
    let _lock = files::lock(data)?;
    let (before, problems) = published_as_is(data)?;
    if new {
        // Only a copy of another summit, not yet released under its own name, starts
        // a new summit in its place: never a summit's own history.
        if before.week.data_file == name {
            return Err(format!(
                "{} is already the summit {name} (version {}): make data NEW=1 would replace its history. \
                 Run make data without NEW=1 for its next release.\n\
                 {} เป็นข้อมูลของการประชุม {name} อยู่แล้ว (ฉบับที่ {}) make data NEW=1 จะลบประวัติการเผยแพร่ \
                 ให้สั่ง make data โดยไม่ใส่ NEW=1 เพื่อเผยแพร่ฉบับถัดไป",
                data.display(),
                before.version,
                data.display(),
                before.version
            ));
        }
        let release = first_release(&read()?, &name, Some(&before), now()?);
        return publish(book, data, release, Some(&before), &[]);
    }
    let release = release(&read()?, &before, now()?);
    publish(book, data, release, Some(&before), &problems)
}

/// Writes a release that `make data` accepted (the data file, then the workbook brought
/// up to it), or reports why it writes nothing. `fixed` are the published file's own
/// problems, which the release is checked not to have.
fn publish(
    book: &Path,
    data: &Path,
    release: Result<Release, Vec<aelw_sheet::problem::Problem>>,
    before: Option<&Dataset>,
    fixed: &[DataError],
) -> Result<(), String> {
    let nothing = |count: usize| {
        format!(
            "{} has {count} problem(s); nothing was written, {} stays as it was.\n{} มีปัญหา {count} ข้อ จึงยังไม่ได้บันทึก {} ยังเป็นฉบับเดิม\n",
            book.display(),
            data.display(),
            book.display(),
            data.display()
        )
    };
    let release = match release {
        Err(problems) => {
            let mut report = nothing(problems.len());
            report.push_str(&aelw_sheet::problem::list(&problems));
            return Err(report);
        }
        Ok(release) => release,
    };
    let Some(next) = release.data else {
        if !fixed.is_empty() {
            return Err(list_problems(
                fixed,
                &format!(
                    "The workbook has no changes, but {} itself has problems the workbook cannot fix:",
                    data.display()
                ),
                &format!(
                    "สมุดงานไม่มีการแก้ไข แต่ไฟล์ {} มีปัญหาที่แก้จากสมุดงานไม่ได้",
                    data.display()
                ),
            ));
        }
        println!(
            "No changes: {} stays as it was (version {}).",
            data.display(),
            before.map_or(0, |b| b.version)
        );
        println!("ไม่มีการแก้ไข: {} ยังเป็นฉบับเดิม", data.display());
        return Ok(());
    };
    // What is written is checked whole, its history included, and must fit the
    // workbook it is brought back as: a release never locks the editors out.
    let left = aelw_zone::build_checks(&next).1;
    if !left.is_empty() {
        let mut report = nothing(left.len());
        report.push_str(&list_problems(
            &left,
            "The release would have these problems, in the data file's own fields (such as its release history), which the workbook cannot fix:",
            "การเผยแพร่นี้จะมีปัญหาต่อไปนี้ในส่วนของไฟล์ข้อมูลเอง (เช่น ประวัติการเผยแพร่) ซึ่งแก้จากสมุดงานไม่ได้",
        ));
        return Err(report);
    }
    let long = write::too_long(&next);
    if !long.is_empty() {
        let mut report = nothing(long.len());
        for (cell, n) in long {
            report.push_str(&format!(
                "\n{cell}: {n} characters, more than a spreadsheet cell holds ({max}): shorten it.\n{cell}: {n} ตัวอักษร เกินกว่าที่เซลล์รับได้ ({max}) ให้แก้ให้สั้นลง\n",
                max = write::MAX_CELL
            ));
        }
        return Err(report);
    }
    let workbook = write::workbook(&next);
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
    if before.is_none_or(|b| b.week.data_file != next.week.data_file) {
        let (name, days, events) = (&next.week.data_file, next.days.len(), next.events.len());
        let (cards, sources, tracks) =
            (next.priorities.len(), next.sources.len(), next.tracks.len());
        println!(
            "First release of {name}: {days} days, {events} events, {cards} priority cards, \
             {sources} sources, {tracks} tracks."
        );
        println!(
            "ฉบับแรกของ {name}: {days} วัน {events} กิจกรรม การ์ดประเด็นหลัก {cards} ใบ \
             แหล่งที่มา {sources} รายการ {tracks} กลุ่ม"
        );
    }
    if !fixed.is_empty() {
        print!(
            "{}",
            list_problems(
                fixed,
                &format!(
                    "Fixed: {} had these problems, which this release no longer has:",
                    data.display()
                ),
                &format!("แก้แล้ว: ไฟล์ {} เคยมีปัญหาต่อไปนี้ ซึ่งฉบับนี้ไม่มีแล้ว", data.display()),
            )
        );
    }
    let text = aelw_sheet::data_file(&next);
    let written = match before {
        Some(_) => files::replace(data, text.as_bytes()),
        None => files::create(data, text.as_bytes()),
    };
    written.map_err(|e| format!("cannot write {}: {e}", data.display()))?;
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
    match save_book(&workbook, book) {
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

/// Gives the events of the data file at `path` that lack one a calendar UID, and writes
/// the file back in its canonical form, with the same version (UIDs are not content).
fn give_uids(path: &Path) -> Result<(), String> {
    let _lock = files::lock(path)?;
    let mut data = published(path)?;
    let given = aelw_sheet::uids::assign(&mut data);
    if given > 0 {
        files::replace(path, aelw_sheet::data_file(&data).as_bytes())
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
