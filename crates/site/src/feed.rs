//! The Atom feed of releases in each language (`feed.xml`, `th/feed.xml`), written at
//! build time with `atom_syndication`, so that portals and newsrooms learn of a
//! correction without watching the page. One entry per release on record, newest first,
//! its content the release's change lines. The crate escapes text itself: what goes in
//! here is plain text, never escaped beforehand.
//!
//! Ids are `tag:` URIs from the data file's name (see `url::feed_id`), so they stay put
//! when the site moves, and an entry's `updated` is its release's time, which `make data`
//! records and never rewrites. A release from before `make data` kept the time has only
//! its day: its entry is dated at the start of that day in UTC (the earliest it can
//! have been, and Atom needs a moment), and its content says the time was not recorded.

use aelw_core::format::long_date;
use aelw_core::i18n::strings;
use aelw_core::model::{Dataset, Lang, Release, Released};
use aelw_core::url::{Page, against_root, data_file, feed_id, feed_url, page_address, release_id};
use aelw_core::zone::utc_instant;
use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text, WriteConfig};

/// The media type of the feeds, for the pages' links and the host's headers.
pub const FEED_TYPE: &str = "application/atom+xml";

/// The moment an entry is dated at (see the module's note on releases known by day).
fn moment(released: Released) -> FixedDateTime {
    chrono::DateTime::from_timestamp(utc_instant(released.dated_at()), 0)
        .expect("a release time within chrono's range")
        .fixed_offset()
}

/// A link; `lang` where what it leads to is in one language (a page, a feed, not the
/// bilingual data file).
fn link(href: String, rel: &str, mime_type: Option<&str>, lang: Option<Lang>) -> Link {
    Link {
        href,
        rel: rel.to_string(),
        hreflang: lang.map(|l| l.code().to_string()),
        mime_type: mime_type.map(String::from),
        ..Link::default()
    }
}

/// A release's entry in `lang`.
fn entry(data: &Dataset, release: &Release, lang: Lang, site_url: &str) -> Entry {
    let s = strings(lang);
    let mut lines: Vec<String> = release
        .changes
        .iter()
        .map(|c| c.get(lang).to_string())
        .collect();
    if let Released::Day(day) = release.released {
        lines.push(s.release_day_only.replace("{date}", &long_date(s, day)));
    }
    let file = &data.week.data_file;
    Entry {
        title: Text::plain(s.release_title(release.version, release.changes.len())),
        id: release_id(file, release.version, lang),
        updated: moment(release.released),
        content: Some(Content {
            value: Some(lines.join("\n")),
            content_type: Some("text".into()),
            lang: Some(lang.code().into()),
            ..Content::default()
        }),
        links: vec![
            link(
                page_address(site_url, Page::new(lang, false), None),
                "alternate",
                Some("text/html"),
                Some(lang),
            ),
            // The data file as it is now, which this release's lines describe a step of.
            link(
                against_root(&data_file(Page::default(), file), site_url),
                "related",
                Some("application/json"),
                None,
            ),
        ],
        ..Entry::default()
    }
}

/// The feed in `lang` for the site at `site_url` (absolute, ending in `/`), as XML.
pub fn feed(data: &Dataset, lang: Lang, site_url: &str) -> String {
    let s = strings(lang);
    let releases = data.releases();
    let entries: Vec<Entry> = releases
        .iter()
        .rev()
        .map(|r| entry(data, r, lang, site_url))
        .collect();
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .unwrap_or_else(|| moment(Released::Day(data.week.start)));
    let feed = Feed {
        title: Text::plain(s.feed_title.replace("{title}", data.week.title.get(lang))),
        id: feed_id(&data.week.data_file, lang),
        updated,
        authors: vec![Person {
            name: s.feed_author.to_string(),
            ..Person::default()
        }],
        links: vec![
            link(
                feed_url(site_url, lang),
                "self",
                Some(FEED_TYPE),
                Some(lang),
            ),
            link(
                page_address(site_url, Page::new(lang, false), None),
                "alternate",
                Some("text/html"),
                Some(lang),
            ),
        ],
        lang: Some(lang.code().to_string()),
        entries,
        ..Feed::default()
    };
    let config = WriteConfig {
        write_document_declaration: true,
        indent_size: Some(2),
    };
    let mut out = Vec::new();
    feed.write_with_config(&mut out, config)
        .expect("writing to memory does not fail");
    let mut text = String::from_utf8(out).expect("the feed is UTF-8");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use aelw_core::data::fixture;
    use aelw_core::model::{Text as Lines, Utc};

    const SITE: &str = "https://example.org/aelw/";

    /// The Bangkok week with a third release, at a known moment, whose lines need escaping.
    fn released() -> Dataset {
        let mut data = fixture().clone();
        data.upgrade();
        data.version += 1;
        data.releases.push(Release {
            version: data.version,
            released: Released::At(Utc::parse("2026-12-07T03:42:05Z").unwrap()),
            changes: vec![
                Lines {
                    en: "Corrected: <Gala> dinner & \"reception\" (start)".into(),
                    th: Some("แก้ไข: งานเลี้ยง <กาลา> & \"ต้อนรับ\" (เวลาเริ่ม)".into()),
                },
                Lines {
                    en: "Added: a press conference".into(),
                    th: Some("เพิ่ม: การแถลงข่าว".into()),
                },
            ],
        });
        data
    }

    #[test]
    fn each_release_is_an_entry_newest_first_in_the_feed_s_language() {
        let data = released();
        let read = |lang| Feed::read_from(feed(&data, lang, SITE).as_bytes()).unwrap();
        let (en, th) = (read(Lang::En), read(Lang::Th));
        assert_eq!(en.entries.len(), data.releases().len());
        assert_eq!(en.lang.as_deref(), Some("en"));
        assert_eq!(th.lang.as_deref(), Some("th"));
        let newest = &en.entries[0];
        assert_eq!(
            newest.title.value,
            format!("Release {}: 2 changes", data.version)
        );
        assert_eq!(
            th.entries[0].title.value,
            format!("ฉบับที่ {}: แก้ไข 2 รายการ", data.version)
        );
        assert_eq!(newest.updated.to_rfc3339(), "2026-12-07T03:42:05+00:00");
        assert_eq!(en.updated, newest.updated);
        // The text reads back as written: escaped once by the crate, not twice.
        let content = newest.content.as_ref().unwrap().value.as_deref().unwrap();
        assert_eq!(
            content,
            "Corrected: <Gala> dinner & \"reception\" (start)\nAdded: a press conference"
        );
        let xml = feed(&data, Lang::En, SITE);
        assert!(
            !xml.contains("&amp;amp;") && !xml.contains("&amp;lt;"),
            "{xml}"
        );
        // The release known by its day says so, at the start of that day.
        let oldest = en.entries.last().unwrap();
        assert!(oldest.updated.to_rfc3339().ends_with("T00:00:00+00:00"));
        let said = oldest.content.as_ref().unwrap().value.as_deref().unwrap();
        assert!(
            said.ends_with("the time of day was not recorded."),
            "{said}"
        );
    }

    #[test]
    fn ids_are_host_independent_and_links_absolute() {
        let data = released();
        let here = feed(&data, Lang::Th, SITE);
        let there = feed(&data, Lang::Th, "https://mirror.example.net/x/");
        let ids = |xml: &str| {
            let feed = Feed::read_from(xml.as_bytes()).unwrap();
            let mut ids: Vec<String> = feed.entries.iter().map(|e| e.id.clone()).collect();
            ids.push(feed.id);
            ids
        };
        assert_eq!(ids(&here), ids(&there));
        assert!(
            ids(&here)
                .iter()
                .all(|id| id.starts_with("tag:aelw,2026:aelw-2022/"))
        );
        let feed = Feed::read_from(here.as_bytes()).unwrap();
        let this = feed.links.iter().find(|l| l.rel == "self").unwrap();
        assert_eq!(this.href, "https://example.org/aelw/th/feed.xml");
        assert_eq!(this.mime_type.as_deref(), Some(FEED_TYPE));
        let related = &feed.entries[0].links[1];
        assert_eq!(
            (related.rel.as_str(), related.href.as_str()),
            ("related", "https://example.org/aelw/data/aelw-2022.json")
        );
        assert!(!feed.authors.is_empty());
    }
}
