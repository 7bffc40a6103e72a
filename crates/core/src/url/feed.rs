//! The addresses and ids of the Atom feeds of releases: one feed per language, in the
//! folder of that language's page (`feed.xml`, `th/feed.xml`). Their ids are `tag:` URIs
//! (RFC 4151) made from the data file's name, never from the host the site is deployed
//! on, so that a feed reader keeps its entries when the site moves or is mirrored.

use super::Page;
use crate::model::Lang;

/// The tagging entity of every id: the project's name and the year its feeds began. Not
/// a domain, on purpose: a deployment's host may change, and the ids must not.
const TAG: &str = "tag:aelw,2026:";

/// The feed's file, relative to the app's root: `feed.xml`, `th/feed.xml`.
pub fn feed_path(lang: Lang) -> String {
    format!("{}feed.xml", Page::new(lang, false).path())
}

/// The feed's absolute address in the app's `root` (its `rel="self"` link).
pub fn feed_url(root: &str, lang: Lang) -> String {
    format!("{root}{}", feed_path(lang))
}

/// What names the summit in an id: the data file's name without `.json`.
fn summit(data_file: &str) -> &str {
    data_file.strip_suffix(".json").unwrap_or(data_file)
}

/// What ends an id in Thai, as a generated file's name says its language.
fn lang_suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "",
        Lang::Th => "/th",
    }
}

/// The feed's id: `tag:aelw,2026:aelw-2022/releases` (`…/releases/th` in Thai).
pub fn feed_id(data_file: &str, lang: Lang) -> String {
    format!("{TAG}{}/releases{}", summit(data_file), lang_suffix(lang))
}

/// A release's entry id: `tag:aelw,2026:aelw-2022/release/3` (`…/release/3/th`). Each
/// language's entry is its own, as each feed is.
pub fn release_id(data_file: &str, version: u32, lang: Lang) -> String {
    format!(
        "{TAG}{}/release/{version}{}",
        summit(data_file),
        lang_suffix(lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_feed_beside_its_page() {
        assert_eq!(feed_path(Lang::En), "feed.xml");
        assert_eq!(feed_path(Lang::Th), "th/feed.xml");
        assert_eq!(
            feed_url("https://example.go.th/aelw/", Lang::Th),
            "https://example.go.th/aelw/th/feed.xml"
        );
    }

    #[test]
    fn ids_come_from_the_data_file_and_differ_by_release_and_language() {
        assert_eq!(
            feed_id("aelw-2022.json", Lang::En),
            "tag:aelw,2026:aelw-2022/releases"
        );
        assert_eq!(
            release_id("apec-2023.json", 3, Lang::Th),
            "tag:aelw,2026:apec-2023/release/3/th"
        );
        let ids = [
            release_id("aelw-2022.json", 1, Lang::En),
            release_id("aelw-2022.json", 2, Lang::En),
            release_id("aelw-2022.json", 1, Lang::Th),
            release_id("apec-2023.json", 1, Lang::En),
            feed_id("aelw-2022.json", Lang::En),
        ];
        let distinct: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
    }
}
