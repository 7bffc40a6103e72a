//! The summit zone's `VTIMEZONE`, from the same baked rules the app reads
//! (`aelw::week::zone()`), so that the calendars and the page agree on every instant.
//! RFC 5545 requires one for each `TZID` a file uses, and Outlook shifts times without
//! it. Each offset of the rules is one observance, `DAYLIGHT` or `STANDARD` by its
//! `dst`, starting at the wall-clock moment (in the offset before it) it takes effect.
//! The rules cover a window around the week, so no `RRULE` is needed.

use super::ics::{Ics, date_value, utc_offset};
use aelw_core::zone::{DAY, ZoneRules, date_from_days};

/// Where the first observance starts: before any date a summit's data names.
const FIRST: &str = "19700101T000000";

/// Writes `rules` as a `VTIMEZONE` whose `TZID` is the zone's IANA name.
pub fn write(ics: &mut Ics, rules: &ZoneRules) {
    ics.begin("VTIMEZONE").text("TZID", &rules.zone);
    let mut before = rules.offsets.first().map_or(0, |o| o.seconds);
    for (i, offset) in rules.offsets.iter().enumerate() {
        let kind = if offset.dst { "DAYLIGHT" } else { "STANDARD" };
        let start = if i == 0 {
            FIRST.to_string()
        } else {
            wall_clock(offset.from + i64::from(before))
        };
        ics.begin(kind)
            .raw("DTSTART", &start)
            .raw("TZOFFSETFROM", &utc_offset(before))
            .raw("TZOFFSETTO", &utc_offset(offset.seconds))
            .text("TZNAME", &offset.abbr)
            .end(kind);
        before = offset.seconds;
    }
    ics.end("VTIMEZONE");
}

/// A wall-clock moment (seconds since the epoch as if the zone were UTC) as a local
/// `DATE-TIME` value.
fn wall_clock(wall: i64) -> String {
    let (days, secs) = (wall.div_euclid(DAY), wall.rem_euclid(DAY));
    format!(
        "{}T{:02}{:02}{:02}",
        date_value(date_from_days(days)),
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use aelw_core::zone::Offset;

    #[test]
    fn one_observance_per_offset_starting_at_its_local_change() {
        let mut ics = Ics::new();
        write(&mut ics, &ZoneRules::fixed("Asia/Bangkok", 25_200, "ICT"));
        assert_eq!(
            ics.finish(),
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Bangkok\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n\
             TZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\nTZNAME:ICT\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        );
        // Los Angeles around 2026-11-01: PDT until 09:00 UTC (02:00 PDT), then PST.
        let rules = ZoneRules {
            zone: "America/Los_Angeles".into(),
            offsets: vec![
                Offset {
                    from: i64::MIN,
                    seconds: -7 * 3600,
                    abbr: "PDT".into(),
                    dst: true,
                },
                Offset {
                    from: 1_793_523_600,
                    seconds: -8 * 3600,
                    abbr: "PST".into(),
                    dst: false,
                },
            ],
        };
        let mut ics = Ics::new();
        write(&mut ics, &rules);
        assert_eq!(
            ics.finish(),
            "BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n\
             BEGIN:DAYLIGHT\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0700\r\nTZNAME:PDT\r\nEND:DAYLIGHT\r\n\
             BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\nTZNAME:PST\r\nEND:STANDARD\r\n\
             END:VTIMEZONE\r\n"
        );
    }
}
