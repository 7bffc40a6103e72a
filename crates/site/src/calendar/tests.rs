//! The calendar files against the rules the clients enforce, on the Bangkok week and on
//! small changes to it (the independent parser's read-back is `tests/e2e/calendar.test.mjs`).

use super::ics::{assert_well_folded, unescape_text, unfold};
use super::*;
use aelw_core::data::fixture;
use aelw_core::model::{Date, Time};
use std::collections::{HashMap, HashSet};

const SITE: &str = "https://x.org/aelw/";

fn bangkok() -> ZoneRules {
    ZoneRules::fixed("Asia/Bangkok", 25_200, "ICT")
}

/// A file's events: each a map from property name (parameters kept) to its value.
fn events(text: &str) -> Vec<HashMap<String, String>> {
    let mut out = Vec::new();
    let mut current: Option<HashMap<String, String>> = None;
    for line in unfold(text) {
        let (name, value) = line.split_once(':').expect("NAME:value");
        match (name, value) {
            ("BEGIN", "VEVENT") => current = Some(HashMap::new()),
            ("END", "VEVENT") => out.push(current.take().expect("an open event")),
            _ => {
                if let Some(e) = current.as_mut() {
                    e.insert(name.to_string(), value.to_string());
                }
            }
        }
    }
    out
}

fn file<'a>(files: &'a [(String, String)], path: &str) -> &'a str {
    &files.iter().find(|(p, _)| p == path).expect(path).1
}

fn event_file(files: &[(String, String)], id: &str, lang: Lang) -> HashMap<String, String> {
    let text = file(files, &calendar_path(Calendar::Event(id), lang));
    events(text).remove(0)
}

#[test]
fn every_file_is_folded_crlf_and_says_what_a_subscription_needs() {
    let data = fixture();
    let files = files(data, &bangkok(), SITE).unwrap();
    let per_lang = 1 + data.days.len() + data.tracks.len() + data.events.len();
    assert_eq!(files.len(), 2 * per_lang);
    for (path, text) in &files {
        assert_well_folded(text);
        let lines = unfold(text);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        for needed in [
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
            "X-PUBLISHED-TTL:PT1H",
            "TZID:Asia/Bangkok",
        ] {
            assert!(lines.iter().any(|l| l == needed), "{path}: {needed}");
        }
        for name in ["X-WR-CALNAME:", "NAME:", "X-WR-CALDESC:", "PRODID:"] {
            assert!(lines.iter().any(|l| l.starts_with(name)), "{path}: {name}");
        }
        assert!(
            !text.contains("ORGANIZER") && !text.contains("ATTENDEE"),
            "{path}"
        );
    }
    // The Thai files are named in Thai, with the Thai titles intact after unfolding.
    let week = unfold(file(&files, "th/calendar/week.ics"));
    let title = data.week.title.get(Lang::Th);
    assert!(week.iter().any(|l| *l == format!("X-WR-CALNAME:{title}")));
    for event in &data.events {
        let e = event_file(&files, &event.id, Lang::Th);
        assert_eq!(unescape_text(&e["SUMMARY"]), event.title.get(Lang::Th));
    }
}

#[test]
fn an_event_has_one_uid_in_every_file_and_another_in_the_other_language() {
    let data = fixture();
    let files = files(data, &bangkok(), SITE).unwrap();
    let mut by_lang: HashMap<(&str, String), HashSet<String>> = HashMap::new();
    for (path, text) in &files {
        let lang = if path.starts_with("th/") { "th" } else { "en" };
        let mut in_file = HashSet::new();
        for e in events(text) {
            let uid = e["UID"].clone();
            assert!(in_file.insert(uid.clone()), "{path}: {uid} twice");
            // Which event it is, by its share link.
            let id = e["URL"]
                .rsplit('/')
                .next()
                .unwrap()
                .split('.')
                .next()
                .unwrap();
            by_lang
                .entry((lang, id.to_string()))
                .or_default()
                .insert(uid);
        }
    }
    for event in &data.events {
        let en = &by_lang[&("en", event.id.clone())];
        let th = &by_lang[&("th", event.id.clone())];
        assert_eq!(en.len(), 1, "{}: {en:?}", event.id);
        assert_eq!(th.len(), 1, "{}: {th:?}", event.id);
        assert!(en.is_disjoint(th), "{}", event.id);
        assert_eq!(en.iter().next(), event.calendar_uid(Lang::En).as_ref());
    }
    // Never the host: the same UIDs from another deployment.
    let elsewhere = super::files(data, &bangkok(), "https://y.org/").unwrap();
    let uids = |fs: &[(String, String)]| -> Vec<String> {
        fs.iter()
            .flat_map(|(_, t)| events(t))
            .map(|e| e["UID"].clone())
            .collect()
    };
    assert_eq!(uids(&files), uids(&elsewhere));
}

#[test]
fn untimed_events_are_all_day_with_an_exclusive_end_and_spans_end_after_their_last_day() {
    let data = fixture();
    let files = files(data, &bangkok(), SITE).unwrap();
    for event in data.events.iter().filter(|e| e.start.is_none()) {
        let e = event_file(&files, &event.id, Lang::En);
        let (first, last) = event
            .span
            .map_or((event.date, event.date), |s| (s.from, s.to));
        assert_eq!(e["DTSTART;VALUE=DATE"], date_value(first), "{}", event.id);
        assert_eq!(
            e["DTEND;VALUE=DATE"],
            date_value(last.next()),
            "{}",
            event.id
        );
        assert_eq!(e["TRANSP"], "TRANSPARENT");
        let description = unescape_text(&e["DESCRIPTION"]);
        if let Some(t) = &event.time_of_day {
            assert!(description.contains(t.get(Lang::En)), "{description}");
        }
    }
    // ABAC ran 13–16 November: the end is the 17th, exclusive.
    let abac = event_file(&files, "abac-4", Lang::En);
    assert_eq!(
        (
            abac["DTSTART;VALUE=DATE"].as_str(),
            abac["DTEND;VALUE=DATE"].as_str()
        ),
        ("20221113", "20221117")
    );
}

#[test]
fn timed_events_are_in_the_zone_ending_the_next_day_when_the_end_is_earlier() {
    let mut data = fixture().clone();
    let timed = data.events.iter().position(|e| e.start.is_some()).unwrap();
    let event = &mut data.events[timed];
    event.date = Date::parse("2022-11-18").unwrap();
    event.start = Time::parse("19:00");
    event.end = Time::parse("00:30");
    event.approximate = true;
    event.venue = Some(aelw_core::model::Text {
        en: "Hall 1, Queen Sirikit Centre; Bangkok".into(),
        th: Some("ห้อง 1, ศูนย์ฯ สิริกิติ์".into()),
    });
    let id = event.id.clone();
    let mut open = data.events[timed + 1].clone();
    open.start = Time::parse("08:15");
    open.end = None;
    let open_id = open.id.clone();
    data.events[timed + 1] = open;
    let files = files(&data, &bangkok(), SITE).unwrap();
    let e = event_file(&files, &id, Lang::En);
    assert_eq!(e["DTSTART;TZID=Asia/Bangkok"], "20221118T190000");
    assert_eq!(e["DTEND;TZID=Asia/Bangkok"], "20221119T003000");
    assert!(!e.contains_key("TRANSP"));
    assert_eq!(e["LOCATION"], "Hall 1\\, Queen Sirikit Centre\\; Bangkok");
    assert_eq!(e["URL"], format!("{SITE}share/{id}.html"));
    assert!(unescape_text(&e["DESCRIPTION"]).contains("The start time is approximate."));
    let th = event_file(&files, &id, Lang::Th);
    assert!(unescape_text(&th["DESCRIPTION"]).contains("เวลาเริ่มเป็นเวลาโดยประมาณ"));
    assert_eq!(th["URL"], format!("{SITE}share/{id}.th.html"));
    // A start with no end: the start alone.
    let o = event_file(&files, &open_id, Lang::En);
    assert_eq!(
        o["DTSTART;TZID=Asia/Bangkok"],
        format!("{}T081500", date_value(data.events[timed + 1].date))
    );
    assert!(
        !o.keys()
            .any(|k| k.starts_with("DTEND") || k.starts_with("DURATION"))
    );
}

#[test]
fn the_description_has_the_summary_and_every_source() {
    let data = fixture();
    let files = files(data, &bangkok(), SITE).unwrap();
    for event in &data.events {
        for lang in [Lang::En, Lang::Th] {
            let d = unescape_text(&event_file(&files, &event.id, lang)["DESCRIPTION"]);
            assert!(d.starts_with(event.summary.get(lang)), "{}", event.id);
            for src in event.sources.iter().filter_map(|id| data.source(id)) {
                assert!(d.contains(&format!("{}: {}", src.label.get(lang), src.url)));
            }
        }
    }
}

#[test]
fn two_builds_are_byte_identical_and_a_release_raises_the_sequence() {
    let data = fixture();
    let first = files(data, &bangkok(), SITE).unwrap();
    assert_eq!(first, files(data, &bangkok(), SITE).unwrap());
    let mut next = data.clone();
    next.version += 1;
    next.releases = data.releases().into_owned();
    next.releases.push(aelw_core::model::Release {
        version: next.version,
        released: Released::At(aelw_core::model::Utc::parse("2030-01-02T03:04:05Z").unwrap()),
        changes: vec![],
    });
    let later = files(&next, &bangkok(), SITE).unwrap();
    for ((_, a), (_, b)) in first.iter().zip(&later) {
        for (x, y) in events(a).iter().zip(events(b)) {
            assert_eq!(x["SEQUENCE"], data.version.to_string());
            assert_eq!(y["SEQUENCE"], next.version.to_string());
            assert_eq!(y["DTSTAMP"], "20300102T030405Z");
            assert_eq!(stamp(&next), "20300102T030405Z");
            assert_eq!(y["LAST-MODIFIED"], y["DTSTAMP"]);
            assert_eq!(x["UID"], y["UID"]);
        }
    }
}

#[test]
fn an_event_without_a_uid_or_with_another_s_stops_the_build() {
    let mut data = fixture().clone();
    data.events[2].uid = None;
    let e = files(&data, &bangkok(), SITE).unwrap_err();
    assert!(
        e.contains(&data.events[2].id) && e.contains("make uids"),
        "{e}"
    );
    data.events[2].uid = data.events[0].uid.clone();
    let e = files(&data, &bangkok(), SITE).unwrap_err();
    assert!(e.contains(&data.events[2].id), "{e}");
}

/// The daylight-saving summit (`tests/summit/dst-2026.json`: Los Angeles across the
/// fall-back of 1 November 2026) with its zone's rules from the tz database: both
/// observances in the VTIMEZONE, and each timed event at its own date's offset. The files
/// are also written, with the data file, into `target/calendar-dst/`, where
/// `make test-calendar` has Python's icalendar read them and check each instant against
/// its own tz database.
#[test]
fn a_week_across_a_change_of_the_clocks_keeps_each_time_at_its_offset() {
    let text = include_str!("../../../../tests/summit/dst-2026.json");
    let (data, rules) = aelw_zone::parse(text).expect("the fixture is valid");
    let written = files(&data, &rules, SITE).unwrap();
    let week = unfold(file(&written, "calendar/week.ics"));
    let observance = |kind: &str, from: &str, to: &str| {
        week.windows(4).any(|w| {
            w[0] == format!("BEGIN:{kind}")
                && w.contains(&format!("TZOFFSETFROM:{from}"))
                && w.contains(&format!("TZOFFSETTO:{to}"))
        })
    };
    assert!(observance("STANDARD", "-0700", "-0800"), "{week:#?}");
    assert!(observance("DAYLIGHT", "-0800", "-0700"), "{week:#?}");
    let starts: Vec<&String> = week
        .iter()
        .filter(|l| l.starts_with("DTSTART;TZID"))
        .collect();
    assert!(starts.contains(&&"DTSTART;TZID=America/Los_Angeles:20261031T100000".to_string()));
    assert!(starts.contains(&&"DTSTART;TZID=America/Los_Angeles:20261102T100000".to_string()));
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/calendar-dst");
    std::fs::create_dir_all(out.join("data")).unwrap();
    std::fs::write(out.join("data").join(&data.week.data_file), text).unwrap();
    for (path, text) in &written {
        let path = out.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}
