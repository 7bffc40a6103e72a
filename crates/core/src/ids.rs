//! The element-id contract that links, the prerender and the app share: the id of each
//! kind of section and of the elements made for it, the ids the page keeps for itself,
//! and what a usable id and a linkable address look like. Published ids never change;
//! the tests below pin every format. Nothing else in the app formats an id; addresses made
//! of them (fragments, paths, queries) are made in `url`, a layer up.

use std::fmt::Display;

/// Element id of a day's section, e.g. `day-2022-11-17`.
pub fn day(date: impl Display) -> String {
    format!("day-{date}")
}

/// Element id of a priority card, e.g. `priority-balance`.
pub fn priority(id: &str) -> String {
    format!("priority-{id}")
}

/// Element id of a deliverable, e.g. `deliverable-bangkok-goals`.
pub fn deliverable(id: &str) -> String {
    format!("deliverable-{id}")
}

/// Id of the element that takes focus when a link opens the section with this element
/// id: its heading, or for a row that opens in place, the row itself.
pub fn heading(element_id: &str) -> String {
    format!("{element_id}-heading")
}

/// Id of the selectable field that offers a section's link where copying is refused.
pub fn link_field(element_id: &str) -> String {
    format!("{element_id}-link")
}

/// Id of the checkbox that filters by the track with this URL slug.
pub fn track_filter(slug: &str) -> String {
    format!("filter-track-{slug}")
}

/// Id of the checkbox that filters by the priority card with this id.
pub fn priority_filter(id: &str) -> String {
    format!("filter-priority-{id}")
}

/// The CSS class that gives a track its colour: `track-ministers` (the build writes one
/// rule per track of the data, `style::track_rules` in the site crate).
pub fn track_class(id: &str) -> String {
    format!("track-{id}")
}

/// The element the app takes over.
pub const APP: &str = "app";
/// The notes shown if the app cannot start or stops.
pub const APP_PROBLEM: &str = "app-problem";
/// The week's `<main>`, the skip link's target: a fragment that is not a section but is
/// not an error either.
pub const TIMELINE: &str = "timeline";
/// The notice about the link that was opened.
pub const LINK_NOTICE: &str = "link-notice";
/// The status line of a data update.
pub const DATA_STATUS: &str = "data-status";
/// The search field.
pub const FILTER_SEARCH: &str = "filter-search";
/// The embed snippet's text and its two choices.
pub const EMBED_CODE: &str = "embed-code";
/// The snippet's "whole week" choice.
pub const EMBED_WEEK: &str = "embed-week";
/// The snippet's "this section" choice.
pub const EMBED_SECTION: &str = "embed-section";
/// The navigator's heading.
pub const OVERVIEW_HEADING: &str = "overview-heading";
/// The priority cards' heading.
pub const PRIORITIES_HEADING: &str = "priorities-heading";
/// The calendars' disclosure in the footer, which each event's calendar note links to.
pub const CALENDARS: &str = "calendars";
/// The field with the week calendar's `https:` address.
pub const CALENDAR_ADDRESS: &str = "calendar-address";

/// The name the whole week's generated files take where a section's take its id (the
/// week's share image, `cards/week.png`).
pub const WEEK: &str = "week";

/// Element ids the page uses itself, which an event id must not take.
pub const PAGE_IDS: [&str; 15] = [
    APP,
    APP_PROBLEM,
    TIMELINE,
    LINK_NOTICE,
    DATA_STATUS,
    FILTER_SEARCH,
    EMBED_CODE,
    EMBED_WEEK,
    EMBED_SECTION,
    OVERVIEW_HEADING,
    PRIORITIES_HEADING,
    "wasm-app",
    WEEK,
    CALENDARS,
    CALENDAR_ADDRESS,
];

/// Why an id in the data would clash with an element id the page makes (its words are
/// the data checks', `data::ProblemKind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reserved {
    /// It starts with `day-`, `priority-`, `deliverable-` or `filter-`.
    Prefix,
    /// It ends with `-heading` or `-link`, which the page adds to each section's id.
    Suffix,
    /// It is one of `PAGE_IDS`.
    PageId,
}

/// Why an id in the data would clash with an element id the page makes, if it would.
pub fn reserved(id: &str) -> Option<Reserved> {
    if ["day-", "priority-", "deliverable-", "filter-"]
        .iter()
        .any(|p| id.starts_with(p))
    {
        Some(Reserved::Prefix)
    } else if id.ends_with("-heading") || id.ends_with("-link") {
        Some(Reserved::Suffix)
    } else if PAGE_IDS.contains(&id) {
        Some(Reserved::PageId)
    } else {
        None
    }
}

/// Whether `s` is a usable id: lower-case ASCII words joined by single hyphens.
pub fn is_url_safe(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `url` is an absolute `https:` URL with a host and nothing that could break out
/// of an attribute.
pub fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty()
            && host.contains('.')
            && !rest.chars().any(|c| {
                c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_ids_keep_their_published_format() {
        assert_eq!(day("2022-11-18"), "day-2022-11-18");
        assert_eq!(priority("balance"), "priority-balance");
        assert_eq!(deliverable("bangkok-goals"), "deliverable-bangkok-goals");
        assert_eq!(heading("gala-dinner"), "gala-dinner-heading");
        assert_eq!(link_field("day-2022-11-18"), "day-2022-11-18-link");
        assert_eq!(track_filter("ministers"), "filter-track-ministers");
        assert_eq!(priority_filter("open"), "filter-priority-open");
        assert_eq!(TIMELINE, "timeline");
    }

    #[test]
    fn ids_the_page_makes_are_reserved() {
        for id in PAGE_IDS {
            assert!(reserved(id).is_some(), "{id}");
        }
        for id in [
            day("2022-11-18"),
            priority("x"),
            deliverable("x"),
            heading("x"),
            link_field("x"),
            track_filter("x"),
            priority_filter("x"),
        ] {
            assert!(reserved(&id).is_some(), "{id}");
        }
        assert_eq!(reserved("csom-day-1"), None);
    }

    #[test]
    fn ids_and_addresses_are_checked() {
        assert!(is_url_safe("csom-day-1"));
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a b", "ก"] {
            assert!(!is_url_safe(bad), "{bad:?}");
        }
        assert!(is_https_url("https://safepassage.apec.org/"));
        for bad in [
            "http://apec.org",
            "https://",
            "https://localhost/",
            "https://a.org/\"x",
            "https://a.org/ x",
            "javascript:alert(1)",
        ] {
            assert!(!is_https_url(bad), "{bad:?}");
        }
    }
}
