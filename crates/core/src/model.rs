//! The week's data model: plain types, which serde reads from the data file (with the
//! checks in `data`) and the app's build bakes into the `.wasm`, and the queries the
//! views need.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

mod calendar;
mod release;
use calendar::digits;
pub use calendar::{Date, Time};
pub use release::{Release, Released, Utc};

/// A reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Thai.
    Th,
}

/// A human-readable string with room for Thai beside English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// English, always present.
    pub en: String,
    /// Thai. Optional to the parser so that a missing translation is reported by
    /// `data::validate` with its record and field, rather than as a bare parse error.
    pub th: Option<String>,
}

impl Lang {
    /// The language's code, in `lang` attributes and the URL.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Th => "th",
        }
    }

    /// The other language: where the language switch leads, and the alternate locale.
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Th,
            Lang::Th => Lang::En,
        }
    }
}

impl Text {
    /// The text in `lang` (validated data always has both; English is the fallback).
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.th) {
            (Lang::Th, Some(th)) => th,
            _ => &self.en,
        }
    }
}

/// A track: one kind of event the filters, the row colours and the navigator's marks
/// tell apart. The summit's data lists its own (senior officials, ministers, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// Slug: its value in `?track=`, its CSS class (`track-<id>`) and what events cite.
    pub id: String,
    /// Its label in the filters and on each event.
    pub name: Text,
    /// One letter (or two) on its marks in the week navigator.
    pub letter: Text,
    /// Its colour, `#rrggbb`, on a light page.
    pub colour: String,
    /// Its colour, `#rrggbb`, on a dark page.
    pub colour_dark: String,
}

/// How well the sources pin an event down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Confirmed by an official source, or by two or more independent outlets.
    Confirmed,
    /// Some fields are missing or in conflict; the event's note says which.
    PartlyConfirmed,
}

/// An inclusive range of dates, for events that ran over several days.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
}

/// One event of the week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable, URL-safe id; also the element id that share links point at.
    pub id: String,
    /// The day of the week under which the event is listed.
    pub date: Date,
    /// The dates it actually ran, when that is more than one day.
    pub span: Option<Span>,
    /// Start time in the week's zone, only where a source gives one.
    pub start: Option<Time>,
    /// End time in the week's zone, only where a source gives one.
    pub end: Option<Time>,
    /// The start time is "about", not exact.
    #[serde(default)]
    pub approximate: bool,
    /// What the sources say about the time when they give no clock time ("Evening").
    pub time_of_day: Option<Text>,
    /// Headline.
    pub title: Text,
    /// Usual abbreviation (CSOM, AMM, …), not translated.
    pub short: Option<String>,
    /// Where it took place; absent where no source says.
    pub venue: Option<Text>,
    /// Ids of its tracks, main one first.
    pub tracks: Vec<String>,
    /// Who chaired it.
    pub chair: Option<Text>,
    /// Who took part.
    pub participants: Option<Text>,
    /// What happened, in plain words.
    pub summary: Text,
    /// What came out of it.
    #[serde(default)]
    pub outcomes: Vec<Text>,
    /// Ids of the priorities it advanced.
    #[serde(default)]
    pub priorities: Vec<String>,
    /// How well the sources confirm it.
    pub status: Status,
    /// Where sources disagree or leave a gap, what they say.
    pub note: Option<Text>,
    /// Ids of the sources for it.
    pub sources: Vec<String>,
    /// The id of the cited source that gives the day it is listed under. Editors only:
    /// the page never shows it; the data checks require it (or `date_inferred`).
    pub date_source: Option<String>,
    /// No cited source gives the day; the editor placed it and the note says why.
    #[serde(default)]
    pub date_inferred: bool,
    /// A random UUID, the root of the event's `UID` in the calendar files (see
    /// `calendar_uid`): assigned once by `make data` (or `make uids`), never edited and
    /// never derived from the site's address, so a calendar that imported the event
    /// updates it rather than adding it twice. Not in the editors' workbook.
    pub uid: Option<String>,
}

impl Event {
    /// The date its `end` falls on: the day after its date when the end is earlier than
    /// the start (an evening that runs past midnight). The one place that rule is said:
    /// the marks, the calendars, the page's `datetime` and the zone checks follow it.
    pub fn end_date(&self) -> Date {
        match (self.start, self.end) {
            (Some(start), Some(end)) if end < start => self.date.next(),
            _ => self.date,
        }
    }

    /// The event's calendar `UID` in `lang`: its `uid` with the language code after it,
    /// since a reader may add both languages' calendars and each needs its own copy.
    pub fn calendar_uid(&self, lang: Lang) -> Option<String> {
        self.uid.as_ref().map(|u| format!("{u}-{}", lang.code()))
    }
}

/// One day of the week.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    /// The date.
    pub date: Date,
    /// One line on what the day was about.
    pub headline: Text,
    /// A caveat about the day as a whole.
    pub note: Option<Text>,
    /// Sources for the note.
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Day {
    /// Element id of the day's section, e.g. `day-2022-11-17`.
    pub fn element_id(&self) -> String {
        crate::ids::day(self.date)
    }
}

/// A link to an official page or document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// Link text.
    pub label: Text,
    /// Absolute `https:` URL.
    pub url: String,
}

/// Something a priority delivered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deliverable {
    /// Stable id, unique within the data.
    pub id: String,
    /// Name of the deliverable.
    pub title: Text,
    /// One sentence on what it is.
    pub explanation: Text,
    /// Official pages or documents.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Events where it was worked on or adopted.
    #[serde(default)]
    pub events: Vec<String>,
    /// Ids of the sources for it.
    pub sources: Vec<String>,
}

/// One of the host year's priorities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    /// Slug, e.g. `open`.
    pub id: String,
    /// Short name ("Open").
    pub name: Text,
    /// Official name ("Open to All Opportunities").
    pub official_name: Text,
    /// The Thai `official_name` is a descriptive rendering, not an official Thai name: no
    /// official Thai wording was found. The card says so beside the Thai name.
    #[serde(default)]
    pub official_name_th_descriptive: bool,
    /// One-line aim.
    pub aim: Text,
    /// Plain-language summary.
    pub summary: Text,
    /// What it delivered, 2–4 items.
    pub deliverables: Vec<Deliverable>,
    /// Ids of the sources for the card itself.
    pub sources: Vec<String>,
    /// The card's colour (`#rrggbb`, white text on it) in the light theme; none: the
    /// engine's palette, by the card's place (see the data checks for the contrast).
    #[serde(default)]
    pub colour: Option<String>,
    /// Its shade for the dark theme (dark text on it); none: the engine's palette.
    #[serde(default)]
    pub colour_dark: Option<String>,
}

impl Priority {
    /// Element id of the card, e.g. `priority-balance`.
    pub fn element_id(&self) -> String {
        crate::ids::priority(&self.id)
    }
}

impl Deliverable {
    /// Element id of the deliverable, e.g. `deliverable-bangkok-goals`.
    pub fn element_id(&self) -> String {
        crate::ids::deliverable(&self.id)
    }
}

/// A cited source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Key from the fact sheet, e.g. `S01` (official) or `N15` (news).
    pub id: String,
    /// Publisher and title.
    pub label: Text,
    /// Absolute URL.
    pub url: String,
}

impl Source {
    /// `S` keys are official bodies, `N` keys news outlets and other third parties.
    pub fn is_official(&self) -> bool {
        self.id.starts_with('S')
    }
}

/// The week as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Week {
    /// Title of the week.
    pub title: Text,
    /// The host year's theme.
    pub theme: Text,
    /// Host economy.
    pub host: Text,
    /// Main venue.
    pub venue: Text,
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// The host city, whose clock the times follow ("Bangkok").
    pub city: Text,
    /// IANA zone all times are in.
    pub time_zone: String,
    /// Its standard (not daylight-saving) UTC offset, `+07:00`: optional, as the zone
    /// gives it; where given, the build checks that it agrees with the zone.
    #[serde(default)]
    pub utc_offset: Option<String>,
    /// The abbreviation of its standard time beside clock times ("ICT"); daylight-saving
    /// time takes the tz database's ("PDT"), see `crates/zone`.
    pub zone_abbr: String,
    /// A paragraph introducing the week.
    pub summary: Text,
    /// Where sources disagree about the week itself.
    pub note: Option<Text>,
    /// Sources for the week-level facts.
    pub sources: Vec<String>,
    /// The page's `<title>`, and the title of shared links.
    pub page_title: Text,
    /// The page's description, for search engines and link previews.
    pub page_description: Text,
    /// The short line above the title ("APEC 2022 Thailand").
    pub eyebrow: Text,
    /// The heading of the priority cards.
    pub priorities_heading: Text,
    /// What the site is not (an official site of …), in the footer.
    pub disclaimer: Text,
    /// The data file's name, under `data/` on the site: `aelw-2022.json`.
    pub data_file: String,
    /// What this kind of week is called where a share card names it, between the eyebrow
    /// and the date ("Leaders' Week"); none: the eyebrow and the date alone.
    #[serde(default)]
    pub occasion: Option<Text>,
    /// The summit's own colour (`#rrggbb`, white text on it): the masthead, the share
    /// cards' band, the icon and `theme-color`; none: the engine's neutral one.
    #[serde(default)]
    pub brand_colour: Option<String>,
    /// Its shade for the dark theme's masthead (white text on it); none: derived from
    /// `brand_colour` or the engine's.
    #[serde(default)]
    pub brand_colour_dark: Option<String>,
}

/// Everything the app shows: the content of a summit's data file
/// (`public/data/aelw-2022.json` for Bangkok 2022).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The release this file is: 1 for the first, one more for each published change;
    /// the last of `releases`. Kept beside them as the one number an update, a calendar
    /// and the workbook compare, without reading the history.
    pub version: u32,
    /// Files from before `releases` only: the day release `version` came out. Read, so
    /// that they still build, and moved into `releases` by `upgrade` (which `make data`
    /// runs): a file that has both says one fact twice, and the checks refuse it.
    /// `releases()` reads either shape.
    #[serde(rename = "updated", default)]
    pub legacy_updated: Option<Date>,
    /// Files from before `releases` only: what release `version` changed. As
    /// `legacy_updated`.
    #[serde(rename = "changes", default)]
    pub legacy_changes: Vec<Text>,
    /// Every release on record, oldest first; the last is `version`. Empty in a file from
    /// before it, whose one known release is told by `updated` and `changes`.
    #[serde(default)]
    pub releases: Vec<Release>,
    /// The week.
    pub week: Week,
    /// Its days, in order.
    pub days: Vec<Day>,
    /// The kinds of event, in the order the filters and legends list them.
    pub tracks: Vec<Track>,
    /// Its events, by day and then by time.
    pub events: Vec<Event>,
    /// The priority cards.
    pub priorities: Vec<Priority>,
    /// Every source cited anywhere above.
    pub sources: Vec<Source>,
    /// Names and words that must never be split across lines (mostly Thai, which has no
    /// spaces between words: "ฮาร์ริส"), as the editors list them: the share cards' line
    /// breaker and the pages keep each whole. Empty in files from before it.
    #[serde(default)]
    pub glossary: Vec<String>,
}

impl Dataset {
    /// The releases on record, oldest first, from either shape of the file: `releases`,
    /// or in an older file the one release its `updated` and `changes` tell of (its
    /// day only: the time was not kept).
    pub fn releases(&self) -> Cow<'_, [Release]> {
        match (&self.releases[..], self.legacy_updated) {
            ([], Some(day)) => Cow::Owned(vec![Release {
                version: self.version,
                released: Released::Day(day),
                changes: self.legacy_changes.clone(),
            }]),
            (releases, _) => Cow::Borrowed(releases),
        }
    }

    /// The release this file is, with its time and change lines: the page's "Last
    /// revised" and the live refresh's "Updated 10:42 ICT: …". `None` only in data the
    /// checks refuse.
    pub fn latest_release(&self) -> Option<Release> {
        self.releases().last().cloned()
    }

    /// Moves an older file's `updated` and `changes` into `releases`, the shape written
    /// from now on; a file already in it is left as it is.
    pub fn upgrade(&mut self) {
        if self.releases.is_empty() {
            self.releases = self.releases().into_owned();
            self.legacy_updated = None;
            self.legacy_changes.clear();
        }
    }

    /// The events listed under `date`, in order.
    pub fn events_on(&self, date: Date) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(move |e| e.date == date)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The track with this id.
    pub fn track(&self, id: &str) -> Option<&Track> {
        self.tracks.iter().find(|t| t.id == id)
    }

    /// The tracks' ids, in the data's order.
    pub fn track_ids(&self) -> Vec<&str> {
        self.tracks.iter().map(|t| t.id.as_str()).collect()
    }

    /// The priority cards' ids, in card order.
    pub fn priority_ids(&self) -> Vec<&str> {
        self.priorities.iter().map(|p| p.id.as_str()).collect()
    }

    /// The priority card with this id.
    pub fn priority(&self, id: &str) -> Option<&Priority> {
        self.priorities.iter().find(|p| p.id == id)
    }

    /// The deliverable with this id, on whichever card it is.
    pub fn deliverable(&self, id: &str) -> Option<&Deliverable> {
        self.priorities
            .iter()
            .flat_map(|p| &p.deliverables)
            .find(|d| d.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The events that advanced a priority, in week order.
    pub fn events_advancing<'a>(&'a self, priority: &'a str) -> impl Iterator<Item = &'a Event> {
        self.events
            .iter()
            .filter(move |e| e.priorities.iter().any(|p| p == priority))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(
            Date::parse("2022-11-19"),
            Some(Date {
                year: 2022,
                month: 11,
                day: 19
            })
        );
        for bad in [
            "2022-11-31",
            "2022-02-29",
            "2022-13-01",
            "2022-1-19",
            "+022-11-19",
            "2022/11/19",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_some());
    }

    #[test]
    fn weekdays_of_the_week_are_monday_to_saturday() {
        let mut d = Date::parse("2022-11-14").unwrap();
        for expected in 0..6 {
            assert_eq!(d.weekday(), expected, "{d}");
            d = d.next();
        }
        assert_eq!(d, Date::parse("2022-11-20").unwrap());
        assert_eq!(
            Date::parse("2022-12-31").unwrap().next(),
            Date::parse("2023-01-01").unwrap()
        );
    }

    #[test]
    fn times_parse_strictly() {
        assert_eq!(
            Time::parse("09:15"),
            Some(Time {
                hour: 9,
                minute: 15
            })
        );
        for bad in ["9:15", "24:00", "12:60", "12-30", "+1:30", "12:3 "] {
            assert_eq!(Time::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn thai_falls_back_to_english_only_where_missing() {
        let both = Text {
            en: "Open".into(),
            th: Some("เปิดกว้าง".into()),
        };
        let en_only = Text {
            en: "Open".into(),
            th: None,
        };
        assert_eq!(both.get(Lang::Th), "เปิดกว้าง");
        assert_eq!(both.get(Lang::En), "Open");
        assert_eq!(en_only.get(Lang::Th), "Open");
    }
}
