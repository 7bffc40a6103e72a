//! Compressed twins of the built site's text files, `x.gz` and `x.br` beside `x`, for
//! hosts that serve a file's twin as it is (nginx's `gzip_static` and `brotli_static`,
//! Caddy's `precompressed`, many CDNs' origins) rather than compressing each response
//! themselves, or not at all. Written at the strongest settings (gzip 9, brotli 11),
//! which a host compressing on the fly rarely affords.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// From this size on, a file's `.gz` twin is written by zopfli, 4–5 % smaller than gzip's
/// level 9 but many times slower: the `.wasm` and the four app pages, most of a first load.
const ZOPFLI_FROM: usize = 64 * 1024;

/// The endings of the files worth compressing: text, and the `.wasm`.
const COMPRESSIBLE: &[&str] = &[
    "html",
    "js",
    "mjs",
    "wasm",
    "css",
    "json",
    "xml",
    "atom",
    "ics",
    "svg",
    "webmanifest",
    "txt",
];

/// What `precompress` wrote.
#[derive(Debug, Default, PartialEq)]
pub struct Twins {
    /// The files that have twins.
    pub files: usize,
    /// Their bytes.
    pub raw: u64,
    /// The bytes of their `.gz` twins.
    pub gzip: u64,
    /// The bytes of their `.br` twins.
    pub brotli: u64,
}

/// Writes a `.gz` and a `.br` twin beside each text file under `dir`, except those in
/// `except` (paths relative to `dir`: a file published on its own, without a build, whose
/// twins would go stale and be served in its place). A twin that would not be smaller
/// than its file is not written: the host then serves the file. The files are shared
/// among the machine's cores (brotli's strongest setting takes seconds on the `.wasm`).
pub fn precompress(dir: &Path, except: &[&Path]) -> Result<Twins, String> {
    let files: Vec<PathBuf> = files(dir)?
        .into_iter()
        .filter(|path| {
            compressible(path) && !except.contains(&path.strip_prefix(dir).unwrap_or(path))
        })
        .collect();
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let work = || {
        let mut twins = Twins::default();
        while let Some(path) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
            write_twins(path, &mut twins)?;
        }
        Ok(twins)
    };
    let done: Vec<Result<Twins, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers).map(|_| scope.spawn(work)).collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("a compressing thread panicked".into()))
            })
            .collect()
    });
    done.into_iter().try_fold(Twins::default(), |sum, twins| {
        let twins = twins?;
        Ok(Twins {
            files: sum.files + twins.files,
            raw: sum.raw + twins.raw,
            gzip: sum.gzip + twins.gzip,
            brotli: sum.brotli + twins.brotli,
        })
    })
}

/// Writes the twins of the file at `path` that pay, counting them in `twins`.
fn write_twins(path: &Path, twins: &mut Twins) -> Result<(), String> {
    let raw = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (gz, br) = (gzip(&raw)?, brotli(&raw)?);
    let mut written = false;
    for (bytes, ending, total) in [(gz, "gz", &mut twins.gzip), (br, "br", &mut twins.brotli)] {
        if bytes.len() < raw.len() {
            let twin = twin_path(path, ending);
            std::fs::write(&twin, &bytes)
                .map_err(|e| format!("cannot write {}: {e}", twin.display()))?;
            *total += bytes.len() as u64;
            written = true;
        }
    }
    if written {
        twins.files += 1;
        twins.raw += raw.len() as u64;
    }
    Ok(())
}

/// Whether `path` is a file the host would compress: text, or the `.wasm`.
fn compressible(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| COMPRESSIBLE.contains(&e))
}

/// `path` with `.ending` added after its own ending (`app.js` → `app.js.gz`).
pub fn twin_path(path: &Path, ending: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ending);
    PathBuf::from(name)
}

/// Every file under `dir`, in a stable order.
fn files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder)
            .map_err(|e| format!("cannot list {}: {e}", folder.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot list {}: {e}", folder.display()))?;
            let kind = entry
                .file_type()
                .map_err(|e| format!("cannot read {}: {e}", entry.path().display()))?;
            if kind.is_dir() {
                folders.push(entry.path());
            } else if kind.is_file() {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    Ok(found)
}

/// `raw` gzipped, with no name or time in its header, so that a build writes the same
/// bytes each time: by zopfli (one iteration: more buy under 0.2 %) from `ZOPFLI_FROM`
/// bytes, else at level 9.
fn gzip(raw: &[u8]) -> Result<Vec<u8>, String> {
    let fail = |e: std::io::Error| format!("cannot gzip: {e}");
    if raw.len() >= ZOPFLI_FROM {
        let mut out = Vec::new();
        let options = zopfli::Options {
            iteration_count: std::num::NonZeroU64::MIN,
            ..zopfli::Options::default()
        };
        zopfli::compress(options, zopfli::Format::Gzip, raw, &mut out).map_err(fail)?;
        return Ok(out);
    }
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(raw)
        .and_then(|()| encoder.finish())
        .map_err(fail)
}

/// `raw` in brotli at quality 11 (the strongest) and a 4 MiB window (browsers accept up
/// to 16).
fn brotli(raw: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        let mut encoder = brotli::CompressorWriter::new(&mut out, 1 << 16, 11, 22);
        encoder
            .write_all(raw)
            .and_then(|()| encoder.flush())
            .map_err(|e| format!("cannot compress with brotli: {e}"))?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// A fresh, empty folder for one test.
    fn folder(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("aelw-precompress-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("th")).unwrap();
        dir
    }

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(bytes, 4096)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn each_text_file_gets_twins_that_decompress_to_it() {
        let dir = folder("twins");
        let page = "<p>ประชุม Leaders' Week</p>\n".repeat(200);
        // Over `ZOPFLI_FROM`, so that both gzip encoders are read back.
        let wasm: Vec<u8> = (0..80_000u32).map(|i| (i % 251 % 7) as u8).collect();
        std::fs::write(dir.join("index.html"), &page).unwrap();
        std::fs::write(dir.join("th/index.html"), page.replace("Week", "สัปดาห์")).unwrap();
        std::fs::write(dir.join("app_bg.wasm"), &wasm).unwrap();
        let twins = precompress(&dir, &[]).unwrap();
        let mut total = 0;
        assert!(wasm.len() >= ZOPFLI_FROM && page.len() < ZOPFLI_FROM);
        for file in ["index.html", "th/index.html", "app_bg.wasm"] {
            let raw = std::fs::read(dir.join(file)).unwrap();
            total += raw.len() as u64;
            let gz = std::fs::read(twin_path(&dir.join(file), "gz")).unwrap();
            let br = std::fs::read(twin_path(&dir.join(file), "br")).unwrap();
            assert_eq!(gunzip(&gz), raw, "{file}.gz");
            assert_eq!(unbrotli(&br), raw, "{file}.br");
            assert!(br.len() < gz.len() && gz.len() < raw.len(), "{file}");
        }
        assert_eq!(twins.files, 3);
        assert_eq!(twins.raw, total);
        // The same bytes from a second build.
        let before = std::fs::read(dir.join("index.html.gz")).unwrap();
        precompress(&dir, &[]).unwrap();
        assert_eq!(std::fs::read(dir.join("index.html.gz")).unwrap(), before);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn images_tiny_files_and_the_excepted_get_no_twins() {
        let dir = folder("none");
        let text = "a long line of text, again and again. ".repeat(100);
        std::fs::write(dir.join("card.png"), &text).unwrap();
        std::fs::write(dir.join("tiny.json"), "{}").unwrap();
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("data/week.json"), &text).unwrap();
        std::fs::write(dir.join("th/feed.atom"), &text).unwrap();
        let twins = precompress(&dir, &[Path::new("data/week.json")]).unwrap();
        assert_eq!(twins.files, 1, "only the feed");
        assert!(dir.join("th/feed.atom.br").exists());
        for file in ["card.png", "tiny.json", "data/week.json"] {
            for ending in ["gz", "br"] {
                let twin = twin_path(&dir.join(file), ending);
                assert!(!twin.exists(), "{}", twin.display());
            }
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
