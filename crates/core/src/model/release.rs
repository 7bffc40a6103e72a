//! The release history a data file carries: each release's number, when it was published
//! and what it changed, for the page's "Last revised", the live refresh's status line and
//! the Atom feed. Its own file because the model's is full; a child of `model` because a
//! release speaks in the model's dates, times and texts.

use super::{Date, Text, Time, digits};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// One published release of the data file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    /// Its number: 1 for the first, one more for each published change.
    pub version: u32,
    /// When it was published.
    pub released: Released,
    /// What it changed, a few lines in both languages (`make data` writes them; none for
    /// a first release).
    #[serde(default)]
    pub changes: Vec<Text>,
}

/// When a release was published: the moment in UTC, `2026-12-07T03:42:00Z` (RFC 3339),
/// or, for a release made before `make data` kept the time, only its day, `2026-12-04`:
/// that time was never recorded, and is not made up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Released {
    /// Only the day is known.
    Day(Date),
    /// The moment, in UTC.
    At(Utc),
}

/// A moment in UTC to the second, as the data file writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Utc {
    /// The day, in UTC.
    pub date: Date,
    /// Hour and minute, in UTC.
    pub time: Time,
    /// Second, 0–59.
    pub second: u8,
}

impl Utc {
    /// Parses RFC 3339 in UTC as `make data` writes it, `YYYY-MM-DDTHH:MM:SSZ`; another
    /// offset, a fraction or a leap second is refused, so that one moment has one text.
    pub fn parse(s: &str) -> Option<Utc> {
        let b = s.as_bytes();
        if b.len() != 20 || b[10] != b'T' || b[16] != b':' || b[19] != b'Z' {
            return None;
        }
        let date = Date::parse(&s[..10])?;
        let time = Time::parse(&s[11..16])?;
        let second: u8 = digits(&s[17..19])?;
        (second < 60).then_some(Utc { date, time, second })
    }
}

impl fmt::Display for Utc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{}:{:02}Z", self.date, self.time, self.second)
    }
}

impl Released {
    /// The moment it is dated at where a full time is needed (the feed's entries, the
    /// calendars' `DTSTAMP`): its own, or for a release known only by its day, the start
    /// of that day in UTC, the earliest it can have been.
    pub fn dated_at(self) -> Utc {
        match self {
            Released::At(at) => at,
            Released::Day(date) => Utc {
                date,
                time: Time { hour: 0, minute: 0 },
                second: 0,
            },
        }
    }

    /// Reads either form.
    pub fn parse(s: &str) -> Option<Released> {
        Date::parse(s)
            .map(Released::Day)
            .or_else(|| Utc::parse(s).map(Released::At))
    }

    /// The day it was published (in UTC where the moment is known).
    pub fn date(self) -> Date {
        match self {
            Released::Day(date) | Released::At(Utc { date, .. }) => date,
        }
    }

    /// The moment, where it is known.
    pub fn moment(self) -> Option<Utc> {
        match self {
            Released::Day(_) => None,
            Released::At(at) => Some(at),
        }
    }

    /// Whether `self` is certainly before `other`: a day alone covers all of it, so it is
    /// before a moment only on an earlier day, and never before a moment of its own day.
    pub fn before(self, other: Released) -> bool {
        match (self, other) {
            (Released::At(a), Released::At(b)) => a < b,
            (a, b) => a.date().cmp(&b.date()) == Ordering::Less,
        }
    }
}

impl TryFrom<String> for Released {
    type Error = String;
    fn try_from(s: String) -> Result<Released, String> {
        Released::parse(&s).ok_or_else(|| {
            format!("{s:?} is neither a UTC moment of the form YYYY-MM-DDTHH:MM:SSZ nor a date of the form YYYY-MM-DD")
        })
    }
}

impl From<Released> for String {
    fn from(released: Released) -> String {
        match released {
            Released::Day(date) => date.to_string(),
            Released::At(at) => at.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_time_is_a_utc_moment_or_a_bare_day_and_reads_back_as_written() {
        for text in ["2026-12-07T03:42:05Z", "2026-12-04"] {
            let read = Released::parse(text).unwrap();
            assert_eq!(String::from(read), text);
        }
        assert_eq!(
            Released::parse("2026-12-04"),
            Some(Released::Day(Date::parse("2026-12-04").unwrap()))
        );
        for bad in [
            "2026-12-07T03:42:05+07:00",
            "2026-12-07T03:42:05.5Z",
            "2026-12-07T03:42Z",
            "2026-12-07 03:42:05Z",
            "2026-12-07T24:00:00Z",
            "2026-12-07T03:42:60Z",
            "2026-02-30T03:42:00Z",
            "2026-12-07t03:42:05z",
        ] {
            assert_eq!(Released::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_bare_day_is_before_a_moment_only_on_an_earlier_day() {
        let r = |s| Released::parse(s).unwrap();
        assert!(r("2026-12-04").before(r("2026-12-05T00:00:00Z")));
        assert!(!r("2026-12-04").before(r("2026-12-04T23:00:00Z")));
        assert!(!r("2026-12-04T23:00:00Z").before(r("2026-12-04")));
        assert!(r("2026-12-04T10:00:00Z").before(r("2026-12-04T10:00:01Z")));
        assert!(!r("2026-12-04T10:00:01Z").before(r("2026-12-04T10:00:01Z")));
        assert_eq!(r("2026-12-04T23:00:00Z").date(), r("2026-12-04").date());
    }
}
