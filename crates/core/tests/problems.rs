//! Every kind of problem the data checks report is found by breaking the week, and reads
//! in Thai with no English left. The kinds come from `Check::ALL`, which the declaration
//! of `ProblemKind` itself generates, and each kind's way of breaking the week from an
//! exhaustive match below: a new kind does not compile here until it has one, and this
//! fails until the checks really report it, in Thai. The week is checked as the build
//! checks it (`aelw_zone::parse`), so the kinds that need the tz database are found too.

use aelw_core::data::{Check, DataError, FIXTURE};
use aelw_core::model::Lang;
use serde_json::{Value, json};

/// The record with this id in the list `list`, to edit.
fn record<'v>(v: &'v mut Value, list: &str, id: &str) -> &'v mut Value {
    let items = v[list].as_array_mut().expect("a list");
    let at = items.iter().position(|r| r["id"] == id);
    &mut items[at.unwrap_or_else(|| panic!("no {list} record {id:?}"))]
}

fn event<'v>(v: &'v mut Value, id: &str) -> &'v mut Value {
    record(v, "events", id)
}

fn remove(v: &mut Value, key: &str) {
    v.as_object_mut().expect("an object").remove(key);
}

/// The Bangkok week's settings put in Los Angeles's zone.
fn in_los_angeles(v: &mut Value) {
    v["week"]["time_zone"] = json!("America/Los_Angeles");
    v["week"]["zone_abbr"] = json!("PST");
    remove(&mut v["week"], "utc_offset");
}

/// An edit of the Bangkok week that the check `check` reports.
fn breaking(check: Check) -> fn(&mut Value) {
    match check {
        Check::Unreadable => |v| v["version"] = json!("two"),
        Check::VersionZero => |v| v["version"] = json!(0),
        Check::NoRelease => |v| remove(v, "releases"),
        Check::ReleaseSaidTwice => |v| v["updated"] = json!("2026-12-04"),
        Check::ReleaseOrder => |v| {
            let last = v["releases"][0].clone();
            v["releases"].as_array_mut().unwrap().push(last);
        },
        Check::ReleaseNotLatest => |v| v["version"] = json!(3),
        Check::ReleaseBackwards => |v| {
            let release = json!({"version": 3, "released": "2026-12-01T10:00:00Z"});
            v["releases"].as_array_mut().unwrap().push(release);
            v["version"] = json!(3);
        },
        Check::NotUrlSafe => |v| event(v, "safe-passage-portal")["id"] = json!("Bad_ID"),
        Check::ReservedPrefix => |v| event(v, "safe-passage-portal")["id"] = json!("day-one"),
        Check::ReservedSuffix => |v| event(v, "safe-passage-portal")["id"] = json!("one-link"),
        Check::PageId => |v| event(v, "safe-passage-portal")["id"] = json!("timeline"),
        Check::DuplicateId => |v| event(v, "safe-passage-portal")["id"] = json!("csom-day-1"),
        Check::BadSourceId => |v| record(v, "sources", "S05")["id"] = json!("X5"),
        Check::Empty => |v| v["week"]["title"]["en"] = json!(" "),
        Check::Padded => |v| v["week"]["theme"]["th"] = json!(" สู่สมดุล"),
        Check::MissingThai => |v| remove(&mut v["week"]["title"], "th"),
        Check::FormatChar => |v| v["week"]["theme"]["th"] = json!("สู่สม\u{2060}ดุล"),
        Check::AppRemark => |v| event(v, "abac-4")["note"]["th"] = json!("แอปนี้จึงแสดงไว้"),
        Check::UnknownRef => |v| event(v, "abac-4")["tracks"] = json!(["sports"]),
        Check::ListedTwice => |v| event(v, "csom-day-1")["sources"] = json!(["S01", "S01"]),
        Check::NotHttps => |v| record(v, "sources", "S05")["url"] = json!("http://example.org/"),
        Check::WeekEndsEarly => |v| v["week"]["end"] = json!("2022-11-01"),
        Check::BadOffset => |v| v["week"]["utc_offset"] = json!("+7"),
        Check::OffsetDisagrees => |v| v["week"]["utc_offset"] = json!("+08:00"),
        Check::UnknownZone => |v| v["week"]["time_zone"] = json!("Asia/Atlantis"),
        // Bangkok's clocks never change: the week is put in Los Angeles, and an event on
        // the days of its changes around the week (also outside the week, said too).
        Check::TimeSkipped => |v| {
            in_los_angeles(v);
            let e = event(v, "closing-press-conference");
            (e["date"], e["start"]) = (json!("2023-03-12"), json!("02:30"));
        },
        Check::TimeRepeated => |v| {
            in_los_angeles(v);
            let e = event(v, "youth-declaration");
            (e["date"], e["start"]) = (json!("2022-11-06"), json!("01:30"));
        },
        Check::BadZoneAbbr => |v| v["week"]["zone_abbr"] = json!("Indochina Time"),
        Check::BadDataFile => |v| v["week"]["data_file"] = json!("Week.JSON"),
        Check::OutsideWeek => {
            |v| event(v, "closing-press-conference")["date"] = json!("2022-12-01")
        }
        Check::DayOutOfOrder => |v| v["days"][1]["date"] = json!("2022-11-16"),
        Check::DaysIncomplete => |v| {
            v["days"].as_array_mut().unwrap().pop();
        },
        Check::EmptyDay => |v| {
            let mut day = v["days"][0].clone();
            day["date"] = json!("2022-11-20");
            v["days"].as_array_mut().unwrap().push(day);
            v["week"]["end"] = json!("2022-11-20");
        },
        Check::DayNoteUnsourced => |v| v["days"][0]["sources"] = json!([]),
        Check::BadSpan => {
            |v| event(v, "abac-4")["span"] = json!({"from": "2022-11-14", "to": "2022-11-14"})
        }
        Check::EndWithoutStart => |v| event(v, "abac-4")["end"] = json!("10:00"),
        Check::EndNotAfterStart => |v| event(v, "youth-declaration")["end"] = json!("09:00"),
        Check::ApproximateUntimed => |v| event(v, "abac-4")["approximate"] = json!(true),
        Check::DayBeforePrevious => |v| v["events"].as_array_mut().unwrap().swap(0, 2),
        Check::TimeBeforePrevious => |v| event(v, "abac-4")["start"] = json!("12:00"),
        Check::RepeatsAbbreviation => {
            |v| event(v, "abac-4")["title"]["en"] = json!("ABAC meeting (ABAC4)")
        }
        Check::NoTrack => |v| event(v, "abac-4")["tracks"] = json!([]),
        Check::TrackTwice => |v| event(v, "abac-4")["tracks"] = json!(["business", "business"]),
        Check::NoHttpsSource => |v| event(v, "safe-passage-portal")["sources"] = json!([]),
        Check::PartlyConfirmedWithoutNote => |v| {
            let e = event(v, "youth-declaration");
            e["status"] = json!("partly_confirmed");
            remove(e, "note");
        },
        Check::DateSourceAndInferred => |v| event(v, "abac-4")["date_inferred"] = json!(true),
        Check::DateSourceNotCited => |v| event(v, "abac-4")["date_source"] = json!("S99"),
        Check::NoDateSource => |v| remove(event(v, "abac-4"), "date_source"),
        Check::InferredWithoutNote => |v| {
            let e = event(v, "safe-passage-portal");
            remove(e, "date_source");
            e["date_inferred"] = json!(true);
        },
        Check::DeliverableCount => |v| {
            let d = v["priorities"][0]["deliverables"][0].clone();
            let list = v["priorities"][0]["deliverables"].as_array_mut().unwrap();
            list.extend([d.clone(), d]);
        },
        Check::CardCount => |v| v["priorities"] = json!([]),
        Check::PriorityUnused => |v| record(v, "priorities", "balance")["id"] = json!("unused"),
        Check::NoSource => |v| v["priorities"][0]["deliverables"][0]["sources"] = json!([]),
        Check::WeakSource => {
            |v| record(v, "sources", "S05")["url"] = json!("https://sootinclaimon.com/x/")
        }
        Check::MirrorCopy => {
            |v| record(v, "sources", "S05")["url"] = json!("https://www.scoop.co.nz/x.htm")
        }
        Check::Uncited => |v| {
            let source = json!({
                "id": "N999",
                "label": {"en": "A report", "th": "รายงาน"},
                "url": "https://example.org/report"
            });
            v["sources"].as_array_mut().unwrap().push(source);
        },
        // The audit of 2026-12-07's examples, as they stood before its fixes.
        Check::OnlySyndicated => |v| event(v, "harris-xi-exchange")["sources"] = json!(["N122"]),
        Check::ConfirmedOnWeakSources => {
            |v| event(v, "ceo-summit-pm-keynote")["status"] = json!("confirmed")
        }
        Check::OutletNotCited => |v| {
            event(v, "leaders-declaration-bangkok-goals")["note"] = json!({
                "en": "The Bangkok Post counts 23 paragraphs in the declaration.",
                "th": "บางกอกโพสต์นับได้ว่าปฏิญญามี 23 ย่อหน้า"
            })
        },
        Check::InformalName => |v| {
            event(v, "dprk-missile-allies-meeting")["participants"]["th"] =
                json!("นายกรัฐมนตรีฮัน ด็อก-ซู (เกาหลีใต้)")
        },
        Check::NoTracks => |v| v["tracks"] = json!([]),
        Check::LetterLength => |v| v["tracks"][2]["letter"]["en"] = json!("ABC"),
        Check::LetterTaken => {
            |v| v["tracks"][1]["letter"]["en"] = v["tracks"][0]["letter"]["en"].clone()
        }
        Check::NotAColour => |v| v["tracks"][3]["colour"] = json!("red"),
        Check::LowContrast => |v| v["tracks"][4]["colour"] = json!("#ffff00"),
    }
}

/// Names the editors see in English inside Thai: the workbook's sheets and the few
/// technical words the messages teach (an `https:` address, `yes` in a flag column, the
/// `.json` ending, CSS, zone abbreviations, the JSON reader).
const ENGLISH_NAMES: [&str; 14] = [
    "Days",
    "Events",
    "Priorities",
    "Deliverables",
    "Sources",
    "Tracks",
    "Settings",
    "https",
    "http",
    "yes",
    "json",
    "CSS",
    "ICT",
    "PST",
];

/// The words of `text` that read as English: outside quotes (values, ids, phrases the
/// message quotes), a word of two ASCII letters or more that is not one of
/// `ENGLISH_NAMES`. Words with digits, `#` or hyphens are ids, colours and times.
fn english_words(text: &str) -> Vec<String> {
    let mut outside = String::new();
    let mut closing = None;
    for c in text.chars() {
        match (closing, c) {
            (None, '"') => closing = Some('"'),
            (None, '“') => closing = Some('”'),
            (Some(close), c) if c == close => closing = None,
            (None, c) => outside.push(c),
            _ => {}
        }
    }
    outside
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| "()[],.:;!?/".contains(c)))
        .filter(|word| word.len() > 1 && word.chars().all(|c| c.is_ascii_alphabetic()))
        .filter(|word| !ENGLISH_NAMES.contains(word))
        .map(String::from)
        .collect()
}

#[test]
fn english_is_found_where_it_is_left_in_thai() {
    assert_eq!(english_words("is empty"), ["is", "empty"]);
    assert_eq!(
        english_words("ว่างอยู่: must be 1 or more"),
        ["must", "be", "or", "more"]
    );
    assert!(english_words("ไม่มีกลุ่ม \"sports day\" ในแผ่นงาน Tracks").is_empty());
    assert!(english_words("(“this app”) ต้องขึ้นต้นด้วย https:// #rrggbb day- -heading").is_empty());
}

/// The week with the edit for `check`, and what its checks report.
fn problems(check: Check) -> Vec<DataError> {
    let mut week: Value = serde_json::from_str(FIXTURE).expect("the week's JSON");
    breaking(check)(&mut week);
    match aelw_zone::parse(&week.to_string()) {
        Ok(_) => panic!("the edit for {check:?} passed the checks"),
        Err(errors) => errors,
    }
}

#[test]
fn every_kind_of_problem_is_found_and_said_in_thai() {
    let mut untranslated = Vec::new();
    for &check in Check::ALL {
        let found = problems(check);
        assert!(
            found.iter().any(|e| e.kind.check() == check),
            "breaking the week for {check:?} gave only:\n{}",
            found
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
        for e in &found {
            let (en, th) = (e.kind.message(Lang::En), e.kind.message(Lang::Th));
            let thai = th.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c));
            let english = english_words(&th);
            if !thai || !english.is_empty() || th == en {
                untranslated.push(format!("{:?}: {th} ({english:?})", e.kind.check()));
            }
        }
    }
    untranslated.sort();
    untranslated.dedup();
    assert!(
        untranslated.is_empty(),
        "problems with English in their Thai:\n{}",
        untranslated.join("\n")
    );
}
