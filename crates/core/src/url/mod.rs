//! The link contract: the one place that writes an address of the app (the pages'
//! paths, fragments, query strings, and the paths of the files the build generates for
//! each section), from typed values, and reads the fragment and the query back. The
//! element ids it puts in fragments and file names come from `ids`.
//!
//! - Each page (English, Thai, and their embeds) is a folder of its own, see `Page`.
//! - The fragment is the element id of a section: `#day-2022-11-18`, `#<event-id>`,
//!   `#priority-balance`, `#deliverable-<id>`. Because it is a plain element id, a link
//!   works with the browser's own scrolling before (or without) the app.
//! - The query string carries view options, all optional: `lang`, `track`, `priority`,
//!   `q` and `data`, and for embeds `theme`, `accent` and Pym.js's `childId` (`lang` and
//!   `embed` are the older way to ask for what the pages `th/` and `embed/` are, see
//!   `Page`). Unknown parameters and unknown values are ignored, never an error.
//! - Share links point at a small static preview page per section, `share/<id>.html`
//!   (`share/<id>.th.html` in Thai), which sends the reader on to `…/#<id>` (`…/th/#<id>`).
//! - The Atom feeds of releases sit beside their pages, `feed.xml` and `th/feed.xml`.
//! - oEmbed responses (what a pasted link embeds as) sit at `oembed.json` for the week and
//!   `oembed/<id>.json` for a section (`.th.json` in Thai).
//! - Calendar files (`.ics`) sit in each language's folder, see `calendar`.

mod calendar;
mod feed;
mod fragment;
mod page;
mod query;

pub use calendar::{Calendar, calendar_link, calendar_path, calendar_url, webcal_url};
pub use feed::{feed_id, feed_path, feed_url, release_id};
pub use fragment::{Fragment, Section, fragment, parse_fragment, resolve, split_secret};
pub use page::{
    Page, app_root, data_file, from_page, from_share_page, host_script, page_address, page_link,
    page_query, page_url, query_lang, section_url,
};
pub use query::{
    MAX_QUERY_CHARS, PreviewAt, ViewOptions, clean_query, data_source, format_query, parse_query,
    percent_decode, percent_encode,
};

use crate::model::Lang;

/// A data source accepted by `data_source`, resolved against the app's `root` folder
/// rather than the page's, so `data=x.json` names the same file from every page. Absolute
/// URLs and `/paths` stay as they are, and so does everything when `root` is unknown.
pub fn against_root(source: &str, root: &str) -> String {
    if root.is_empty() || source.starts_with('/') || crate::ids::is_https_url(source) {
        source.to_string()
    } else {
        format!("{root}{}", source.strip_prefix("./").unwrap_or(source))
    }
}

/// The folder of a page URL: query, fragment and any file name (`index.html`) dropped,
/// ending in `/`.
pub fn app_base(page_url: &str) -> String {
    let end = page_url.find(['?', '#']).unwrap_or(page_url.len());
    let url = &page_url[..end];
    // The folder is everything up to the last slash of the path, not of `https://`.
    let path_start = url.find("://").map_or(0, |i| i + 3);
    match url[path_start..].rfind('/') {
        Some(slash) => url[..=path_start + slash].to_string(),
        None => format!("{url}/"),
    }
}

/// The deployed app's absolute root from the build's `AELW_SITE_URL`, ending in `/`.
/// Link previews need absolute URLs, and apps drop `http:` images, so it must be
/// `https://`; only a local build (127.0.0.1, localhost) may use `http://`.
pub fn site_root(raw: &str) -> Result<String, String> {
    let local = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|p| {
            raw.strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        });
    let host = raw.strip_prefix("https://").unwrap_or("");
    let https =
        !host.is_empty() && !host.starts_with(['/', ':']) && !raw.contains(char::is_whitespace);
    if !https && !local {
        return Err(format!(
            "AELW_SITE_URL must be the deployed app's absolute https:// address, such as \
             https://example.go.th/aelw/ (link previews and share images need it); http:// is \
             accepted only for 127.0.0.1 and localhost, for local builds. It is {raw:?}."
        ));
    }
    let mut root = raw.to_string();
    if !root.ends_with('/') {
        root.push('/');
    }
    Ok(root)
}

/// The file name of a section's preview page, relative to the app: `share/<id>.html`,
/// `share/<id>.th.html` in Thai.
pub fn share_path(element_id: &str, lang: Lang) -> String {
    format!("share/{element_id}{}.html", file_lang(lang))
}

/// What a generated file's name carries before its extension to say its language:
/// nothing for English, `.th` for Thai.
fn file_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Th => ".th",
    }
}

/// The file name of an oEmbed response, relative to the app: `oembed.json` for the whole
/// week, `oembed/<id>.json` for a section, with `.th` before `.json` in Thai (see
/// `oembed`).
pub fn oembed_path(element_id: Option<&str>, lang: Lang) -> String {
    let lang = file_lang(lang);
    match element_id {
        None => format!("oembed{lang}.json"),
        Some(id) => format!("oembed/{id}{lang}.json"),
    }
}

/// An oEmbed response's address in the app's `root` (see `oembed_path`).
pub fn oembed_url(root: &str, element_id: Option<&str>, lang: Lang) -> String {
    format!("{root}{}", oembed_path(element_id, lang))
}

/// The file name of a share image (the `og:image`), relative to the app: `cards/week.png`
/// for the whole week, `cards/<id>.png` for a section, with `.th` before `.png` in Thai.
pub fn share_image_path(element_id: Option<&str>, lang: Lang) -> String {
    let name = element_id.unwrap_or(crate::ids::WEEK);
    format!("cards/{name}{}.png", file_lang(lang))
}

/// A share image's address in the app's `root`: its `share_image_path` with `version` (the start
/// of its PNG's digest) as the query, so that a redrawn image gets a new address (apps
/// keep link previews by address).
pub fn share_image_url(root: &str, element_id: Option<&str>, lang: Lang, version: &str) -> String {
    format!("{root}{}?v={version}", share_image_path(element_id, lang))
}

/// The way from a preview page's folder (`share/`, see `share_path`) back up to the app's
/// root.
pub const FROM_SHARE: &str = "../";

/// The link handed out for a section: its preview page in the app's `root` folder.
pub fn share_url(root: &str, element_id: &str, lang: Lang) -> String {
    format!("{root}{}", share_path(element_id, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_links_point_at_preview_pages_beside_the_app() {
        assert_eq!(
            app_base("https://x.org/aelw/index.html?embed=1#gala-dinner"),
            "https://x.org/aelw/"
        );
        assert_eq!(
            app_base("https://x.org/aelw/th/?a=/b#c/d"),
            "https://x.org/aelw/th/"
        );
        assert_eq!(app_base("https://x.org"), "https://x.org/");
        let root = "https://x.org/aelw/";
        assert_eq!(
            against_root("data/u.json", root),
            "https://x.org/aelw/data/u.json"
        );
        assert_eq!(against_root("./u.json", root), "https://x.org/aelw/u.json");
        assert_eq!(against_root("/u.json", root), "/u.json");
        assert_eq!(
            against_root("https://y.org/u.json", root),
            "https://y.org/u.json"
        );
        assert_eq!(against_root("u.json", ""), "u.json");
        assert_eq!(
            share_url("https://x.org/aelw/", "day-2022-11-18", Lang::En),
            "https://x.org/aelw/share/day-2022-11-18.html"
        );
        assert_eq!(
            share_url("https://x.org/aelw/", "priority-balance", Lang::Th),
            "https://x.org/aelw/share/priority-balance.th.html"
        );
        assert_eq!(share_image_path(None, Lang::Th), "cards/week.th.png");
        assert_eq!(
            site_root("https://x.org/aelw").unwrap(),
            "https://x.org/aelw/"
        );
        assert_eq!(
            site_root("http://127.0.0.1:8080/").unwrap(),
            "http://127.0.0.1:8080/"
        );
        assert_eq!(site_root("http://localhost").unwrap(), "http://localhost/");
        for bad in [
            "http://x.org/",
            "//x.org/",
            "x.org",
            "https://",
            "https:///x",
            "http://127.0.0.1.x.org/",
            "ftp://x.org/",
            "https://x.org/a b",
        ] {
            let e = site_root(bad).unwrap_err();
            assert!(e.contains("AELW_SITE_URL") && e.contains(bad), "{bad}: {e}");
        }
        assert_eq!(
            share_image_path(Some("gala-dinner"), Lang::En),
            "cards/gala-dinner.png"
        );
        assert_eq!(
            share_image_url(root, Some("day-2022-11-18"), Lang::Th, "0a1b"),
            "https://x.org/aelw/cards/day-2022-11-18.th.png?v=0a1b"
        );
        // A preview page's way up climbs as many folders as its path goes down.
        let share = share_url(root, "gala-dinner", Lang::En);
        assert_eq!(app_base(&share), format!("{root}share/"));
        assert_eq!(
            FROM_SHARE.matches("../").count(),
            share_path("gala-dinner", Lang::Th).matches('/').count()
        );
    }
}
