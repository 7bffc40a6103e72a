//! Writing what a release publishes, safely: one writer of a data file at a time (an
//! advisory lock, so two `make data` never lose an edit), and every file replaced whole
//! or not at all, through a temporary file with a fresh random name beside it (never a
//! fixed name a symlink could sit at), flushed to disk before it takes the file's name.

use std::fs::{File, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The lock on a data file: held for the whole release (the data file and the workbook
/// written), released when dropped, or by the system when the process dies.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// Takes the lock on the data file at `path`, waiting (with a message in English and
/// Thai, on stderr) while another release holds it. The lock sits on the file itself;
/// a release replaces the file by renaming a new one over it, so after waiting the
/// path is looked up again, and the new file locked, until the locked file is the one
/// the path names: a release always reads the data file its predecessor wrote.
pub fn lock(path: &Path) -> Result<Lock, String> {
    let mut told = false;
    loop {
        let file = File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                if !told {
                    eprintln!(
                        "Another release of {} is running (make data, make sheet or make uids): \
                         waiting for it to finish…",
                        path.display()
                    );
                    eprintln!(
                        "มีการเผยแพร่ {} อีกรายการกำลังทำงานอยู่ (make data, make sheet หรือ make uids) \
                         กำลังรอให้เสร็จก่อน…",
                        path.display()
                    );
                    told = true;
                }
                file.lock()
                    .map_err(|e| format!("cannot lock {}: {e}", path.display()))?;
            }
            Err(TryLockError::Error(e)) => {
                return Err(format!("cannot lock {}: {e}", path.display()));
            }
        }
        if same_file(&file, path) {
            return Ok(Lock { _file: file });
        }
    }
}

/// Whether the open `file` is still the one at `path` (not replaced since it was opened).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
        _ => false,
    }
}

/// Elsewhere a file open for the lock cannot be replaced, so it is the one.
#[cfg(not(unix))]
fn same_file(_file: &File, _path: &Path) -> bool {
    true
}

/// Writes `bytes` to `path` whole or not at all: into a new temporary file beside it
/// (created exclusively, under a random name, so an existing file or symlink there is
/// never opened), flushed to disk, then renamed over it. Leftovers of a writer killed
/// halfway (`.<name>.<random>.part`) are removed first: writers of one path hold its
/// lock, so none is in use. tempfile makes its file readable by its owner alone; the
/// file keeps the permissions of the one it replaces, and a new one gets those
/// `std::fs::write` would give (0644 under the usual umask), so a deployed or shared
/// data file stays readable.
pub fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let file = temporary(path, bytes)?;
    file.persist(path)?;
    sync_folder(path);
    Ok(())
}

/// As `replace`, for a file that must not exist yet (a new summit's first release): if
/// another has created it meanwhile, nothing is written and the error says so.
pub fn create(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let file = temporary(path, bytes)?;
    file.persist_noclobber(path)?;
    sync_folder(path);
    Ok(())
}

fn temporary(path: &Path, bytes: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let (folder, prefix) = parts(path);
    sweep(&folder, &prefix);
    let mut file = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(PART)
        .tempfile_in(&folder)?;
    let old = std::fs::metadata(path).ok().map(|m| m.permissions());
    if let Some(permissions) = old.or_else(new_file_permissions) {
        file.as_file().set_permissions(permissions)?;
    }
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    Ok(file)
}

/// The ending of a temporary file's name.
const PART: &str = ".part";

/// The folder a file is written in and its temporary files' prefix, `.<name>.`.
fn parts(path: &Path) -> (PathBuf, String) {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    (
        folder.unwrap_or(Path::new(".")).to_path_buf(),
        format!(".{name}."),
    )
}

/// Removes the temporary files a killed writer of this file left behind (only regular
/// files: a symlink of that name is removed, never followed).
fn sweep(folder: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(prefix)
            && name.ends_with(PART)
            && name.len() > prefix.len() + PART.len()
        {
            std::fs::remove_file(entry.path()).ok();
        }
    }
}

/// The rename itself reaches the disk (a power cut keeps the old file or the new one).
fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = File::open(parts(path).0) {
        folder.sync_all().ok();
    }
    #[cfg(not(unix))]
    let _ = path;
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

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
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

    #[test]
    fn a_killed_writers_leftovers_are_swept_and_nothing_else() {
        let folder = tempfile::tempdir().unwrap();
        let data = folder.path().join("data.json");
        let left = folder.path().join(".data.json.a1b2c3.part");
        let other = folder.path().join(".other.json.a1b2c3.part");
        for p in [&left, &other] {
            std::fs::write(p, b"half").unwrap();
        }
        replace(&data, b"{}").unwrap();
        assert!(!left.exists() && other.exists());
        let names: Vec<_> = std::fs::read_dir(folder.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn create_never_replaces_a_file_that_appeared() {
        let folder = tempfile::tempdir().unwrap();
        let data = folder.path().join("data.json");
        create(&data, b"first").unwrap();
        assert!(create(&data, b"second").is_err());
        assert_eq!(std::fs::read(&data).unwrap(), b"first");
    }
}
