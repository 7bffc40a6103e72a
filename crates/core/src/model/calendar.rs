//! The data's dates and wall-clock times: `YYYY-MM-DD` and `HH:MM` in the data file, read
//! strictly (no day that does not exist, digits only), with the calendar arithmetic the
//! week needs. Its own file because the model's is full.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar date, `YYYY-MM-DD` in the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    /// Year in the Gregorian calendar.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting days that do not exist (30 February, 31 April, …).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year: u16 = digits(&s[0..4])?;
        let month: u8 = digits(&s[5..7])?;
        let day: u8 = digits(&s[8..10])?;
        let date = Date { year, month, day };
        (year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= date.days_in_month())
            .then_some(date)
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            4 | 6 | 9 | 11 => 30,
            2 if self.year.is_multiple_of(4)
                && (!self.year.is_multiple_of(100) || self.year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            _ => 31,
        }
    }

    /// Day of the week, 0 = Monday … 6 = Sunday (Sakamoto's method).
    pub fn weekday(self) -> u8 {
        const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let m = i32::from(self.month);
        let y = i32::from(self.year) - i32::from(m < 3);
        let sunday_based =
            (y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + i32::from(self.day)) % 7;
        ((sunday_based + 6) % 7) as u8
    }

    /// The following calendar day.
    pub fn next(self) -> Date {
        if self.day < self.days_in_month() {
            Date {
                day: self.day + 1,
                ..self
            }
        } else if self.month < 12 {
            Date {
                month: self.month + 1,
                day: 1,
                ..self
            }
        } else {
            Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        }
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(s: String) -> Result<Date, String> {
        Date::parse(&s).ok_or_else(|| format!("{s:?} is not a date of the form YYYY-MM-DD"))
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A local wall-clock time in the week's time zone, `HH:MM` in the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Time {
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
}

impl Time {
    /// Parses `HH:MM` on a 24-hour clock.
    pub fn parse(s: &str) -> Option<Time> {
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' {
            return None;
        }
        let hour: u8 = digits(&s[0..2])?;
        let minute: u8 = digits(&s[3..5])?;
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }
}

impl TryFrom<String> for Time {
    type Error = String;
    fn try_from(s: String) -> Result<Time, String> {
        Time::parse(&s).ok_or_else(|| format!("{s:?} is not a time of the form HH:MM"))
    }
}

impl From<Time> for String {
    fn from(time: Time) -> String {
        time.to_string()
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// Parses a run of ASCII digits only (no sign, no spaces), which `str::parse` alone allows.
pub(super) fn digits<T: std::str::FromStr>(s: &str) -> Option<T> {
    s.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| s.parse().ok())?
}
