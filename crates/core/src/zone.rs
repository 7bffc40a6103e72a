//! The summit's clock: its zone's UTC offsets around the week, worked out from the tz
//! database at build time (`crates/zone`, with jiff) and baked, so that the browser turns
//! a date and a time of the data into an instant, and back, with no zone database in the
//! `.wasm`. The civil-date arithmetic is written by hand (Hinnant's algorithms) because
//! the libraries that do it carry the database with them.

use crate::model::{Date, Released, Time, Utc};
use serde::{Deserialize, Serialize};

/// Seconds since 1970-01-01T00:00:00Z.
pub type Instant = i64;

/// Seconds in a day of 24 hours.
pub const DAY: i64 = 86_400;

/// One stretch of time during which the zone keeps one UTC offset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offset {
    /// The instant it takes effect (`Instant::MIN` for the first).
    pub from: Instant,
    /// Seconds east of UTC (`25200` for +07:00).
    pub seconds: i32,
    /// The abbreviation readers know it by ("ICT", "PDT"); the data's own for its offset.
    pub abbr: String,
    /// Daylight-saving time, for the calendars' `DAYLIGHT` observances.
    pub dst: bool,
}

/// The summit's zone: its IANA name and its offsets, in order, over a window around the
/// week wide enough for every date the data may name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZoneRules {
    /// The IANA name, `Asia/Bangkok`.
    pub zone: String,
    /// Never empty; sorted by `from`, the first from `Instant::MIN`.
    pub offsets: Vec<Offset>,
}

/// What a date and a wall-clock time are in the zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Local {
    /// One instant.
    Unique(Instant),
    /// The clocks jumped over it (spring forward).
    Skipped,
    /// The clocks went through it twice (fall back): the earlier and the later instant.
    Repeated(Instant, Instant),
}

impl ZoneRules {
    /// A zone that keeps one offset for ever (Bangkok's: `fixed("Asia/Bangkok", 25200, "ICT")`).
    pub fn fixed(zone: &str, seconds: i32, abbr: &str) -> ZoneRules {
        ZoneRules {
            zone: zone.to_string(),
            offsets: vec![Offset {
                from: Instant::MIN,
                seconds,
                abbr: abbr.to_string(),
                dst: false,
            }],
        }
    }

    /// The offset in force at `instant`.
    pub fn offset_at(&self, instant: Instant) -> &Offset {
        let after = self.offsets.partition_point(|o| o.from <= instant);
        &self.offsets[after.saturating_sub(1)]
    }

    /// The instant(s) a wall-clock time on a date names in the zone.
    pub fn resolve(&self, date: Date, time: Time) -> Local {
        let wall = local_seconds(date, time);
        let mut found: Vec<Instant> = Vec::with_capacity(2);
        for o in &self.offsets {
            let instant = wall - i64::from(o.seconds);
            if self.offset_at(instant).seconds == o.seconds && !found.contains(&instant) {
                found.push(instant);
            }
        }
        // The earliest and the latest, without a sort (which would bring a general
        // sorting routine into the `.wasm` for a list of one or two).
        match (found.iter().min(), found.iter().max()) {
            (Some(&first), Some(&last)) if first == last => Local::Unique(first),
            (Some(&first), Some(&last)) => Local::Repeated(first, last),
            _ => Local::Skipped,
        }
    }

    /// The instant a wall-clock time names; the earlier of two on a repeated hour, and
    /// the instant after the gap on a skipped one (the data checks refuse both in events).
    pub fn instant(&self, date: Date, time: Time) -> Instant {
        match self.resolve(date, time) {
            Local::Unique(i) | Local::Repeated(i, _) => i,
            Local::Skipped => {
                // The offset before the gap, as RFC 5545 reads a skipped time.
                let wall = local_seconds(date, time);
                let before = self.offsets.windows(2).find_map(|pair| {
                    let gap_start = pair[1].from.saturating_add(i64::from(pair[0].seconds));
                    let gap_end = pair[1].from.saturating_add(i64::from(pair[1].seconds));
                    (gap_start..gap_end)
                        .contains(&wall)
                        .then_some(pair[0].seconds)
                });
                wall - i64::from(before.unwrap_or(self.offsets[0].seconds))
            }
        }
    }

    /// The first instant of a date in the zone (its midnight, or the end of a gap over it).
    pub fn start_of_day(&self, date: Date) -> Instant {
        self.instant(date, Time { hour: 0, minute: 0 })
    }

    /// The date and wall-clock time (to the minute) of an instant in the zone.
    pub fn local(&self, instant: Instant) -> (Date, Time) {
        let wall = instant + i64::from(self.offset_at(instant).seconds);
        let days = wall.div_euclid(DAY);
        let secs = wall.rem_euclid(DAY);
        let time = Time {
            hour: (secs / 3600) as u8,
            minute: (secs % 3600 / 60) as u8,
        };
        (date_from_days(days), time)
    }

    /// The standard (not daylight-saving) offset at `instant`: the one in force, or the
    /// nearest standard one before it, else after it (a zone on summer time for ever
    /// has none, and gives its own).
    pub fn standard_at(&self, instant: Instant) -> &Offset {
        let at = self.offsets.partition_point(|o| o.from <= instant).max(1) - 1;
        let before = self.offsets[..=at].iter().rev().find(|o| !o.dst);
        let after = || self.offsets[at..].iter().find(|o| !o.dst);
        before.or_else(after).unwrap_or(&self.offsets[at])
    }

    /// The offsets in force at some moment from `from` to before `to`, in order.
    pub fn in_force(&self, from: Instant, to: Instant) -> impl Iterator<Item = &Offset> {
        let first = self.offsets.partition_point(|o| o.from <= from).max(1) - 1;
        self.offsets[first..]
            .iter()
            .take_while(move |o| o.from < to)
    }

    /// The offsets in force during the week, from the first day's start to the last's
    /// end, in order: one for most summits, two for a week across a change of the clocks.
    pub fn during_week(&self, start: Date, end: Date) -> impl Iterator<Item = &Offset> {
        let after = date_from_days(days_from_date(end) + 1);
        self.in_force(self.start_of_day(start), self.start_of_day(after))
    }

    /// The day a release came out on the zone's calendar; a release whose time was not
    /// kept has only its own day.
    pub fn release_day(&self, released: Released) -> Date {
        match released {
            Released::Day(date) => date,
            Released::At(at) => self.local(utc_instant(at)).0,
        }
    }

    /// The offset of a date and time as in an ISO 8601 date-time, `+07:00`.
    pub fn offset_text(&self, date: Date, time: Time) -> String {
        offset_text(self.offset_at(self.instant(date, time)).seconds)
    }
}

/// An offset in seconds as `+07:00` or `-08:00`.
pub fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Reads `+07:00` or `-03:30` as seconds east of UTC.
pub fn parse_offset(text: &str) -> Option<i32> {
    let b = text.as_bytes();
    if b.len() != 6 || b[3] != b':' || !b[1..3].iter().chain(&b[4..]).all(u8::is_ascii_digit) {
        return None;
    }
    let sign = match b[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let hours: i32 = text[1..3].parse().ok()?;
    let minutes: i32 = text[4..6].parse().ok()?;
    (hours <= 14 && minutes < 60).then_some(sign * (hours * 3600 + minutes * 60))
}

/// The instant of a moment the data gives in UTC (a release's time).
pub fn utc_instant(at: Utc) -> Instant {
    local_seconds(at.date, at.time) + i64::from(at.second)
}

/// A date and time read as if the zone were UTC: seconds from the epoch's wall clock.
fn local_seconds(date: Date, time: Time) -> i64 {
    days_from_date(date) * DAY + i64::from(time.hour) * 3600 + i64::from(time.minute) * 60
}

/// Days from 1970-01-01 to `date` (Hinnant's `days_from_civil`).
pub fn days_from_date(date: Date) -> i64 {
    let (m, d) = (i64::from(date.month), i64::from(date.day));
    let y = i64::from(date.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01 (Hinnant's `civil_from_days`).
pub fn date_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }
    fn t(s: &str) -> Time {
        Time::parse(s).unwrap()
    }

    /// Los Angeles around the fall-back of 2026-11-01 (PDT −7 until 09:00Z, then PST −8).
    fn los_angeles() -> ZoneRules {
        let fall_back = days_from_date(d("2026-11-01")) * DAY + 9 * 3600;
        let mut rules = ZoneRules::fixed("America/Los_Angeles", -7 * 3600, "PDT");
        rules.offsets[0].dst = true;
        rules.offsets.push(Offset {
            from: fall_back,
            seconds: -8 * 3600,
            abbr: "PST".into(),
            dst: false,
        });
        rules
    }

    #[test]
    fn days_and_dates_round_trip_across_leap_years_and_centuries() {
        assert_eq!(days_from_date(d("1970-01-01")), 0);
        assert_eq!(days_from_date(d("2022-11-14")), 19_310);
        for days in [-700_000, -1, 0, 59, 60, 11_016, 19_310, 30_000, 200_000] {
            assert_eq!(days_from_date(date_from_days(days)), days);
        }
        assert_eq!(
            date_from_days(days_from_date(d("2000-02-29")) + 1),
            d("2000-03-01")
        );
        assert_eq!(
            date_from_days(days_from_date(d("2100-02-28")) + 1),
            d("2100-03-01")
        );
    }

    #[test]
    fn a_fixed_zone_turns_wall_clock_times_into_instants_and_back() {
        let bangkok = ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT");
        // 2022-11-18 09:00 ICT = 02:00Z = 1668736800.
        assert_eq!(bangkok.instant(d("2022-11-18"), t("09:00")), 1_668_736_800);
        assert_eq!(bangkok.local(1_668_736_800), (d("2022-11-18"), t("09:00")));
        assert_eq!(bangkok.start_of_day(d("2022-11-18")), 1_668_704_400);
        assert_eq!(bangkok.offset_text(d("2022-11-18"), t("09:00")), "+07:00");
    }

    #[test]
    fn a_fall_back_repeats_an_hour_and_a_spring_forward_skips_one() {
        let la = los_angeles();
        let one_thirty = la.resolve(d("2026-11-01"), t("01:30"));
        let pdt = local_seconds(d("2026-11-01"), t("01:30")) + 7 * 3600;
        assert_eq!(one_thirty, Local::Repeated(pdt, pdt + 3600));
        assert_eq!(la.offset_text(d("2026-10-31"), t("12:00")), "-07:00");
        assert_eq!(la.offset_text(d("2026-11-02"), t("12:00")), "-08:00");
        assert_eq!(la.offset_at(pdt + 3600).abbr, "PST");
        // The day of the change has 25 hours.
        assert_eq!(
            la.start_of_day(d("2026-11-02")) - la.start_of_day(d("2026-11-01")),
            25 * 3600
        );

        let mut spring = ZoneRules::fixed("America/Los_Angeles", -8 * 3600, "PST");
        let forward = days_from_date(d("2026-03-08")) * DAY + 10 * 3600;
        spring.offsets.push(Offset {
            from: forward,
            seconds: -7 * 3600,
            abbr: "PDT".into(),
            dst: true,
        });
        assert_eq!(spring.resolve(d("2026-03-08"), t("02:30")), Local::Skipped);
        assert_eq!(spring.instant(d("2026-03-08"), t("02:30")), forward + 1800);
        assert!(matches!(
            spring.resolve(d("2026-03-08"), t("03:30")),
            Local::Unique(_)
        ));
    }

    #[test]
    fn the_standard_offset_and_the_offsets_of_a_week_across_a_change() {
        let la = los_angeles();
        let pdt = la.instant(d("2026-10-31"), t("10:00"));
        // In summer time, the standard offset is the one it falls back to.
        assert_eq!(la.standard_at(pdt).abbr, "PST");
        assert_eq!(la.standard_at(pdt + 3 * DAY).abbr, "PST");
        let week = |from: &str, to: &str| -> Vec<String> {
            la.during_week(d(from), d(to))
                .map(|o| o.abbr.clone())
                .collect()
        };
        assert_eq!(week("2026-10-29", "2026-11-04"), ["PDT", "PST"]);
        assert_eq!(week("2026-10-29", "2026-10-31"), ["PDT"]);
        assert_eq!(week("2026-11-01", "2026-11-04"), ["PDT", "PST"]);
        assert_eq!(week("2026-11-02", "2026-11-04"), ["PST"]);
        let bangkok = ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT");
        assert_eq!(bangkok.standard_at(0).abbr, "ICT");
        assert_eq!(
            bangkok
                .during_week(d("2022-11-14"), d("2022-11-19"))
                .count(),
            1
        );
    }

    #[test]
    fn offsets_are_written_and_read_as_in_iso_8601() {
        assert_eq!(offset_text(25_200), "+07:00");
        assert_eq!(offset_text(-12_600), "-03:30");
        assert_eq!(parse_offset("+07:00"), Some(25_200));
        assert_eq!(parse_offset("-03:30"), Some(-12_600));
        for bad in ["07:00", "+7:00", "+07:60", "+15:00", "+07-00", "+0a:00"] {
            assert_eq!(parse_offset(bad), None, "{bad}");
        }
    }
}
