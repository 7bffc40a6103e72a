//! Build step (a trunk `pre_build` hook): writes the link-preview page of every day,
//! event and card, from the embedded data, to `<folder>/share/` for the folder given as
//! the first argument.
//! The absolute address of the deployed app comes from `AELW_SITE_URL`.

use aelw::model::Lang;
use aelw::url::share_path;
use aelw::{data, share_page};
use std::path::PathBuf;
use std::process::ExitCode;

/// Where `make serve` runs the app; deployments set `AELW_SITE_URL`.
const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080/";

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: share-pages <output folder>");
        return ExitCode::FAILURE;
    };
    let mut site_url = std::env::var("AELW_SITE_URL").unwrap_or_else(|_| DEFAULT_SITE_URL.into());
    if !(site_url.starts_with("https://") || site_url.starts_with("http://")) {
        eprintln!("AELW_SITE_URL must be an absolute http(s) URL, not {site_url:?}");
        return ExitCode::FAILURE;
    }
    if !site_url.ends_with('/') {
        site_url.push('/');
    }
    let data = data::embedded();
    let sections = share_page::sections(data);
    for lang in [Lang::En] {
        for &section in &sections {
            let path = out.join(share_path(&section.element_id(), lang));
            let page = share_page::render(data, section, lang, &site_url);
            let written = std::fs::create_dir_all(out.join("share"))
                .and_then(|()| std::fs::write(&path, page));
            if let Err(e) = written {
                eprintln!("cannot write {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    println!(
        "share-pages: {} preview pages in {}/share for {site_url}",
        sections.len(),
        out.display()
    );
    ExitCode::SUCCESS
}
