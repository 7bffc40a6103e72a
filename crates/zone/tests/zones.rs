//! The zone from the tz database on real summits: Bangkok's week (one offset, the data's
//! "ICT" for the database's "+07"), the daylight-saving fixture `tests/summit/dst-2026.json`
//! (Los Angeles, 31 October to 2 November 2026, across the fall-back of 1 November),
//! times in a change refused, and a made-up zone refused.

use aelw_core::data::{Check, DataError, FILE, ProblemKind, embedded, to_json};
use aelw_core::model::{Date, Time};
use aelw_core::zone::{Local, ZoneRules};
use serde_json::{Value, json};
use std::path::Path;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}
fn t(s: &str) -> Time {
    Time::parse(s).unwrap()
}

/// Seconds since the epoch of a UTC date and time.
fn utc(date: &str, time: &str) -> i64 {
    ZoneRules::fixed("UTC", 0, "UTC").instant(d(date), t(time))
}

const DST: &str = include_str!("../../../tests/summit/dst-2026.json");

fn dst_week() -> (aelw_core::model::Dataset, ZoneRules) {
    match aelw_zone::parse(DST) {
        Ok(both) => both,
        Err(errors) => panic!("{}", lines(&errors)),
    }
}

fn lines(errors: &[DataError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The checks of `json` as the build steps make them.
fn problems(json: &Value) -> Vec<DataError> {
    match aelw_zone::parse(&json.to_string()) {
        Ok(_) => panic!("the edited week passed the checks"),
        Err(errors) => errors,
    }
}

fn event<'v>(v: &'v mut Value, id: &str) -> &'v mut Value {
    let events = v["events"].as_array_mut().unwrap();
    events.iter_mut().find(|e| e["id"] == id).unwrap()
}

#[test]
fn bangkok_keeps_one_offset_named_ict() {
    let (week, rules) = aelw_zone::parse(FILE).expect("Bangkok's week");
    assert_eq!(&week, embedded());
    assert_eq!(rules, ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT"));
}

#[test]
fn the_daylight_saving_fixture_is_in_canonical_form() {
    let (week, _) = dst_week();
    assert!(
        to_json(&week) == DST,
        "dst-2026.json is not as to_json writes it"
    );
}

#[test]
fn los_angeles_falls_back_on_the_first_of_november() {
    let (week, rules) = dst_week();
    // A year either side of the week, with each offset's name and whether it is summer time.
    let names: Vec<(&str, i32, bool)> = rules
        .offsets
        .iter()
        .map(|o| (o.abbr.as_str(), o.seconds / 3600, o.dst))
        .collect();
    assert_eq!(
        names,
        [
            ("PDT", -7, true),
            ("PST", -8, false),
            ("PDT", -7, true),
            ("PST", -8, false),
            ("PDT", -7, true),
        ]
    );
    assert_eq!(rules.offsets[1].from, utc("2025-11-02", "09:00"));
    assert_eq!(rules.offsets[3].from, utc("2026-11-01", "09:00"));
    assert_eq!(rules.offsets[4].from, utc("2027-03-14", "10:00"));
    let abbrs: Vec<&str> = rules
        .during_week(week.week.start, week.week.end)
        .map(|o| o.abbr.as_str())
        .collect();
    assert_eq!(abbrs, ["PDT", "PST"]);
    // The same wall-clock time is an hour later in UTC once the clocks have gone back.
    let talks = week.event("biden-xi-talks").unwrap();
    assert_eq!(
        (talks.date, talks.start),
        (d("2026-10-31"), Some(t("10:00")))
    );
    assert_eq!(
        rules.instant(talks.date, t("10:00")),
        utc("2026-10-31", "17:00")
    );
    let handover = week.event("handover-to-peru").unwrap();
    assert_eq!(
        (handover.date, handover.start),
        (d("2026-11-02"), Some(t("10:00")))
    );
    assert_eq!(
        rules.instant(handover.date, t("10:00")),
        utc("2026-11-02", "18:00")
    );
    assert!(matches!(
        rules.resolve(d("2026-11-01"), t("01:30")),
        Local::Repeated(..)
    ));
    assert_eq!(rules.resolve(d("2027-03-14"), t("02:30")), Local::Skipped);
}

#[test]
fn a_time_the_clocks_repeat_or_skip_is_refused() {
    let mut week: Value = serde_json::from_str(DST).unwrap();
    let opens = event(&mut week, "leaders-meeting-opens");
    opens["start"] = json!("01:30");
    let errors = problems(&week);
    assert_eq!(errors.len(), 1, "{}", lines(&errors));
    assert_eq!(
        errors[0].to_string(),
        "events[3] \"leaders-meeting-opens\", field \"start\": 01:30 happens twice on \
         2026-11-01 in America/Los_Angeles: the clocks go back through it; give a time \
         outside the change"
    );
    assert_eq!(errors[0].kind.check(), Check::TimeRepeated);

    // The spring-forward of 2027 is inside the rules' window, though not inside the week:
    // the week's checks say that too, and the time is refused all the same.
    let mut week: Value = serde_json::from_str(DST).unwrap();
    let handover = event(&mut week, "handover-to-peru");
    handover["date"] = json!("2027-03-14");
    handover["start"] = json!("02:30");
    let errors = problems(&week);
    assert!(
        errors.iter().any(|e| e.kind
            == ProblemKind::TimeSkipped {
                date: d("2027-03-14"),
                time: t("02:30"),
                zone: "America/Los_Angeles".into()
            }),
        "{}",
        lines(&errors)
    );
}

#[test]
fn a_made_up_zone_or_an_offset_the_zone_does_not_have_is_refused() {
    let mut week: Value = serde_json::from_str(FILE).unwrap();
    week["week"]["time_zone"] = json!("Asia/Atlantis");
    let errors = problems(&week);
    assert_eq!(
        lines(&errors),
        "week, field \"time_zone\": \"Asia/Atlantis\" is not a time zone of the tz database: \
         use an IANA name such as Asia/Bangkok or America/Los_Angeles"
    );
    // The database's own spelling only: browsers and calendars look the name up.
    week["week"]["time_zone"] = json!("asia/bangkok");
    assert_eq!(problems(&week)[0].kind.check(), Check::UnknownZone);
    week["week"]["time_zone"] = json!("Asia/Tokyo");
    assert_eq!(
        lines(&problems(&week)),
        "week, field \"utc_offset\": \"+07:00\" is not the zone's standard offset during \
             the week, \"+09:00\": correct it or leave it empty"
    );
    // Given, the offset of a summer-time week is its standard time's.
    let mut dst: Value = serde_json::from_str(DST).unwrap();
    dst["week"]["utc_offset"] = json!("-08:00");
    assert!(aelw_zone::parse(&dst.to_string()).is_ok());
    dst["week"]["utc_offset"] = json!("-07:00");
    assert_eq!(problems(&dst)[0].kind.check(), Check::OffsetDisagrees);
}

#[test]
fn the_data_file_the_build_bakes_builds_with_its_zone() {
    // `AELW_DATA=tests/summit/dst-2026.json cargo test -p aelw-zone` checks another one.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = aelw_core::data::data_path(&root);
    let text = std::fs::read_to_string(&path).unwrap();
    if let Err(errors) = aelw_zone::parse(&text) {
        panic!("{}: {}", path.display(), lines(&errors));
    }
}

/// Now and next on the daylight-saving week, by the rules the build bakes: an event in
/// progress on the summer-time day, the repeated hour of the fall-back, and the week's
/// end at midnight in winter time (an hour later in UTC than a fixed summer offset puts it).
#[test]
fn now_and_next_follow_the_clocks_across_the_fall_back() {
    use aelw_core::live::{Phase, phase};
    let (week, rules) = dst_week();
    let during = |at: i64| match phase(&week, &rules, at) {
        Phase::During { today, now, next } => (today, now, next),
        other => panic!("{other:?} at {at}"),
    };
    // 10:30 PDT on 31 October: the talks are on; the handover (10:00 PST on 2 November) is next.
    let (today, now, next) = during(utc("2026-10-31", "17:30"));
    assert_eq!(
        (today, now),
        (d("2026-10-31"), vec!["biden-xi-talks".to_string()])
    );
    let next = next.unwrap();
    assert_eq!(next.events, ["handover-to-peru"]);
    assert_eq!(
        (next.at, next.time),
        (utc("2026-11-02", "18:00"), t("10:00"))
    );
    // The second 01:30 of 1 November (PST) is still that day, with nothing on.
    let (today, now, _) = during(utc("2026-11-01", "09:30"));
    assert_eq!((today, now.len()), (d("2026-11-01"), 0));
    // 23:30 PST on 2 November is the last day; midnight PST (08:00Z) ends the week.
    assert_eq!(during(utc("2026-11-03", "07:30")).0, d("2026-11-02"));
    assert_eq!(
        phase(&week, &rules, utc("2026-11-03", "08:00")),
        Phase::After
    );
    // The week starts at midnight PDT on 31 October (07:00Z).
    assert!(matches!(
        phase(&week, &rules, utc("2026-10-31", "06:59")),
        Phase::Before { .. }
    ));
    assert_eq!(during(utc("2026-10-31", "07:00")).0, d("2026-10-31"));
}
