//! The calendar files' addresses (RFC 5545 `.ics`, written at build time): one per
//! language for the whole week, each day, each track and each event. They sit in the
//! language's own folder (`calendar/…` for English, `th/calendar/…` for Thai), so a
//! standalone page links them by the same relative path, and they are permanent: a
//! subscription lives for years, so a path once published never changes.

use super::Page;
use crate::model::{Date, Lang};

/// Which calendar file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar<'a> {
    /// The whole week.
    Week,
    /// One day's events (those listed under it).
    Day(Date),
    /// One track's events, by the track's id.
    Track(&'a str),
    /// One event, by its id.
    Event(&'a str),
}

/// The file's path relative to the app's root: `calendar/week.ics`,
/// `calendar/day/2022-11-14.ics`, `calendar/track/<id>.ics`, `calendar/event/<id>.ics`,
/// each under `th/` in Thai.
pub fn calendar_path(calendar: Calendar, lang: Lang) -> String {
    let folder = Page::new(lang, false).path();
    let file = match calendar {
        Calendar::Week => "week".to_string(),
        Calendar::Day(date) => format!("day/{date}"),
        Calendar::Track(id) => format!("track/{id}"),
        Calendar::Event(id) => format!("event/{id}"),
    };
    format!("{folder}calendar/{file}.ics")
}

/// A link to the calendar in `page`'s language, relative to `page`'s folder, so it is
/// right in the prerendered page with no script.
pub fn calendar_link(page: Page, calendar: Calendar) -> String {
    format!("{}{}", page.up(), calendar_path(calendar, page.lang))
}

/// The calendar's `https:` address in the app's absolute `root`: for downloading, and for
/// the clients that subscribe "from the web" by address (Outlook).
pub fn calendar_url(root: &str, calendar: Calendar, lang: Lang) -> String {
    format!("{root}{}", calendar_path(calendar, lang))
}

/// The same address with the `webcal:` scheme, which calendar apps open as a
/// subscription; `None` for a root that is not absolute (outside a browser).
pub fn webcal_url(root: &str, calendar: Calendar, lang: Lang) -> Option<String> {
    let url = calendar_url(root, calendar, lang);
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    Some(format!("webcal://{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendars_sit_in_their_language_folder_and_link_from_each_page() {
        let day = Calendar::Day(Date::parse("2022-11-14").unwrap());
        assert_eq!(calendar_path(Calendar::Week, Lang::En), "calendar/week.ics");
        assert_eq!(
            calendar_path(day, Lang::Th),
            "th/calendar/day/2022-11-14.ics"
        );
        assert_eq!(
            calendar_path(Calendar::Track("leaders"), Lang::En),
            "calendar/track/leaders.ics"
        );
        assert_eq!(
            calendar_path(Calendar::Event("gala-dinner"), Lang::Th),
            "th/calendar/event/gala-dinner.ics"
        );
        // From every page, the link reaches the file of the page's language.
        for page in Page::ALL {
            let link = calendar_link(page, day);
            let climbed = link.strip_prefix(page.up()).unwrap();
            assert_eq!(climbed, calendar_path(day, page.lang));
        }
        assert_eq!(
            calendar_link(Page::new(Lang::Th, false), Calendar::Week),
            "../th/calendar/week.ics"
        );
        let root = "https://x.org/aelw/";
        assert_eq!(
            calendar_url(root, Calendar::Week, Lang::Th),
            "https://x.org/aelw/th/calendar/week.ics"
        );
        assert_eq!(
            webcal_url(root, Calendar::Event("a"), Lang::En).as_deref(),
            Some("webcal://x.org/aelw/calendar/event/a.ics")
        );
        assert_eq!(
            webcal_url("http://127.0.0.1:8080/", Calendar::Week, Lang::En).as_deref(),
            Some("webcal://127.0.0.1:8080/calendar/week.ics")
        );
        assert_eq!(webcal_url("", Calendar::Week, Lang::En), None);
    }
}
