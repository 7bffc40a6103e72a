//! The week's clock times against its zone's rules: an event at a time the clocks skip or
//! pass twice on its date names no single instant, and a given UTC offset must be the
//! zone's. Pure, so the build steps check with the rules they work out from the tz
//! database (`crates/zone`) and the browser checks an update with the baked ones.

use super::{DataError, List, ProblemKind as P, Record};
use crate::model::{Dataset, Date, Time};
use crate::zone::{Local, ZoneRules, parse_offset};

/// Every problem of `data`'s times in the zone `rules`.
pub fn check_times(data: &Dataset, rules: &ZoneRules) -> Vec<DataError> {
    let mut errors = Vec::new();
    let week = &data.week;
    let zone = || rules.zone.clone();
    if let Some(offset) = &week.utc_offset {
        let standard = rules.standard_at(rules.start_of_day(week.start));
        let expected = standard.seconds;
        if parse_offset(offset) != Some(expected) {
            errors.push(DataError {
                record: Record::Week,
                field: "utc_offset".into(),
                kind: P::OffsetDisagrees {
                    offset: offset.clone(),
                    expected,
                },
            });
        }
    }
    let mut check = |record: &Record, field: &'static str, date: Date, time: Time| {
        let kind = match rules.resolve(date, time) {
            Local::Unique(_) => return,
            Local::Skipped => P::TimeSkipped {
                date,
                time,
                zone: zone(),
            },
            Local::Repeated(..) => P::TimeRepeated {
                date,
                time,
                zone: zone(),
            },
        };
        let (record, field) = (record.clone(), field.into());
        errors.push(DataError {
            record,
            field,
            kind,
        });
    };
    for (i, e) in data.events.iter().enumerate() {
        let record = Record::item(List::Events, i, &e.id);
        for (field, date, time) in [("start", e.date, e.start), ("end", e.end_date(), e.end)] {
            if let Some(time) = time {
                check(&record, field, date, time);
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;
    use crate::zone::{DAY, Offset, days_from_date};

    /// Los Angeles around the changes of 2022 (the tests move Bangkok's week there).
    fn los_angeles_2022() -> ZoneRules {
        let at =
            |date: &str, hour: i64| days_from_date(Date::parse(date).unwrap()) * DAY + hour * 3600;
        let offset = |from, seconds, abbr: &str, dst| Offset {
            from,
            seconds,
            abbr: abbr.into(),
            dst,
        };
        ZoneRules {
            zone: "America/Los_Angeles".into(),
            offsets: vec![
                offset(i64::MIN, -8 * 3600, "PST", false),
                offset(at("2022-03-13", 10), -7 * 3600, "PDT", true),
                offset(at("2022-11-06", 9), -8 * 3600, "PST", false),
            ],
        }
    }

    #[test]
    fn bangkok_s_times_and_offset_agree_with_its_zone() {
        let rules = ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT");
        assert_eq!(check_times(fixture(), &rules), []);
    }

    #[test]
    fn a_skipped_or_repeated_time_and_a_wrong_offset_are_refused() {
        let mut data = fixture().clone();
        data.week.time_zone = "America/Los_Angeles".into();
        let rules = los_angeles_2022();
        let errors = check_times(&data, &rules);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(
            errors[0].to_string(),
            "week, field \"utc_offset\": \"+07:00\" is not the zone's standard offset during \
             the week, \"-08:00\": correct it or leave it empty"
        );
        data.week.utc_offset = None;
        assert_eq!(check_times(&data, &rules), []);
        // Two events moved onto the days of the changes, at times in the change.
        let (fall, spring) = (Date::parse("2022-11-06"), Date::parse("2022-03-13"));
        data.events[0].date = fall.unwrap();
        data.events[0].start = Time::parse("01:30");
        data.events[0].end = Time::parse("03:00");
        data.events[1].date = spring.unwrap();
        data.events[1].start = Time::parse("02:30");
        data.events[1].end = None;
        let kinds: Vec<_> = check_times(&data, &rules)
            .into_iter()
            .map(|e| (e.record.to_string(), e.field.to_string(), e.kind))
            .collect();
        let zone = || "America/Los_Angeles".to_string();
        let (id0, id1) = (&data.events[0].id, &data.events[1].id);
        assert_eq!(
            kinds,
            [
                (
                    format!("events[0] {id0:?}"),
                    "start".into(),
                    P::TimeRepeated {
                        date: fall.unwrap(),
                        time: Time::parse("01:30").unwrap(),
                        zone: zone()
                    }
                ),
                (
                    format!("events[1] {id1:?}"),
                    "start".into(),
                    P::TimeSkipped {
                        date: spring.unwrap(),
                        time: Time::parse("02:30").unwrap(),
                        zone: zone()
                    }
                ),
            ]
        );
    }
}
