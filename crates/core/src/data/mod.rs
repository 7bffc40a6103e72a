//! Checking the week's data: every rule the views rely on, so a broken edit fails the
//! build with a message that names the record and the field. Reading the data file's
//! JSON (`file`, with the `json` feature) is for the build steps, the app's build and
//! the tests; the app itself reads only the baked week and, for an update, the
//! browser's own JSON parser.

mod checker;
#[cfg(feature = "json")]
mod contrast;
#[cfg(feature = "json")]
pub use contrast::rgb;
mod editorial;
#[cfg(feature = "json")]
mod file;
mod problem;
mod sources;
mod standing;
mod summit;
mod times;
mod update;
mod validate;

pub use editorial::{
    APP_REMARKS, INFORMAL_NAMES_TH, app_remark, informal_name, is_format_char, is_hidden_char,
};
#[cfg(feature = "json")]
pub use file::{
    DATA_ENV, FILE, FILE_PATH, FIXTURE, FIXTURE_PATH, build_checks, fixture, parse, read, to_json,
};
#[cfg(all(feature = "json", not(target_arch = "wasm32")))]
pub use file::{data_path, embedded};
pub use problem::{Check, DataError, FieldPath, List, ProblemKind, Record, Step};
pub use sources::{MIRROR_HOSTS, WEAK_SOURCES, is_mirror_url, is_weak_url};
pub use standing::{
    OUTLETS, Outlet, SYNDICATION_FEEDS, UNVERIFIED_SOURCES, has_standing, is_syndicated_url,
    is_unverified_url, outlet_named,
};
pub use times::check_times;
pub use update::{
    MAX_UPDATE_BYTES, UPDATE_TIMEOUT_MS, UpdateError, accept_update, check_update_head,
};
pub use validate::validate;

/// Helpers shared by the data tests.
#[cfg(test)]
mod testing {
    use super::*;

    /// The fixture (`FIXTURE`) with one edit applied to its JSON tree.
    pub(super) fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut v: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        edit(&mut v);
        v.to_string()
    }

    /// The messages a broken file produces, one per line.
    pub(super) fn errors_of(json: &str) -> String {
        match parse(json) {
            Ok(_) => panic!("the edited data was accepted"),
            Err(errors) => errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    #[track_caller]
    pub(super) fn assert_names(json: &str, expected: &str) {
        let got = errors_of(json);
        assert!(
            got.contains(expected),
            "expected a message containing\n  {expected}\ngot\n  {got}"
        );
    }

    /// The position of the record with this id in a top-level list of the fixture.
    pub(super) fn index_of(list: &str, id: &str) -> usize {
        let v: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        v[list]
            .as_array()
            .unwrap()
            .iter()
            .position(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("no {list} record {id:?}"))
    }

    /// The record with this id in the list `list` of `v`, to edit: tests name records by
    /// id, never by their place in the file.
    pub(super) fn record<'v>(
        v: &'v mut serde_json::Value,
        list: &str,
        id: &str,
    ) -> &'v mut serde_json::Value {
        let i = index_of(list, id);
        &mut v[list][i]
    }

    /// How a message names that record (`events[2] "csom-day-1"`), followed by `rest`.
    pub(super) fn named(list: &str, id: &str, rest: &str) -> String {
        renamed(list, id, id, rest)
    }

    /// How a message names the record that had the id `id`, once its id is `now`.
    pub(super) fn renamed(list: &str, id: &str, now: &str, rest: &str) -> String {
        format!("{list}[{}] {now:?}{rest}", index_of(list, id))
    }

    /// The deliverable with this id, on whichever card lists it, to edit.
    pub(super) fn deliverable<'v>(
        v: &'v mut serde_json::Value,
        id: &str,
    ) -> &'v mut serde_json::Value {
        let (p, d) = deliverable_at(id);
        &mut v["priorities"][p]["deliverables"][d]
    }

    /// How a message names that deliverable, followed by `rest`.
    pub(super) fn named_deliverable(id: &str, rest: &str) -> String {
        let (p, d) = deliverable_at(id);
        format!("priorities[{p}].deliverables[{d}] {id:?}{rest}")
    }

    fn deliverable_at(id: &str) -> (usize, usize) {
        let v: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        for (p, card) in v["priorities"].as_array().unwrap().iter().enumerate() {
            if let Some(d) = card["deliverables"]
                .as_array()
                .unwrap()
                .iter()
                .position(|d| d["id"] == id)
            {
                return (p, d);
            }
        }
        panic!("no deliverable {id:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use crate::model::Lang;

    #[test]
    fn a_value_serde_cannot_read_names_the_record_it_is_in() {
        // A week's field is the week's (the Settings sheet's row), not the file's.
        let json = edited(|v| v["week"]["title"] = 5.into());
        assert_names(&json, "week, field \"title\": invalid type");
        // A deliverable's field is the deliverable's (its own row), not its card's.
        let json = edited(|v| deliverable(v, "ftaap-conversation")["title"] = 5.into());
        assert_names(
            &json,
            &named_deliverable("ftaap-conversation", ", field \"title\": invalid type"),
        );
    }

    #[test]
    fn embedded_data_is_valid() {
        // A problem is reported at its own line and column of the file.
        if let Err(errors) = parse(FILE) {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!(
                "{FILE_PATH} has {} problem(s):\n{}",
                list.len(),
                list.join("\n")
            );
        }
    }

    #[test]
    fn the_fixture_reads_as_six_days_three_cards_and_its_key_events() {
        let data = fixture();
        assert_eq!(data.days.len(), 6);
        let dates: Vec<String> = data.days.iter().map(|d| d.date.to_string()).collect();
        assert_eq!(dates.first().map(String::as_str), Some("2022-11-14"));
        assert_eq!(dates.last().map(String::as_str), Some("2022-11-19"));
        let cards: Vec<&str> = data
            .priorities
            .iter()
            .map(|p| p.name.get(Lang::En))
            .collect();
        assert_eq!(cards, ["Open", "Connect", "Balance"]);
        for id in [
            "youth-declaration",
            "abac-4",
            "csom-day-1",
            "csom-day-2",
            "phuc-official-visit",
            "safe-passage-portal",
            "ceo-summit",
            "ministerial-meeting",
            "gala-dinner",
            "joint-ministerial-statement",
            "leaders-retreat-1",
            "leaders-retreat-2",
            "leaders-dialogue-guests",
            "abac-dialogue",
            "royal-audience",
            "imf-outlook",
            "leaders-declaration-bangkok-goals",
            "handover-united-states",
            "closing-press-conference",
            "harris-ceo-summit-keynote",
            "prayut-harris-talks",
        ] {
            assert!(data.event(id).is_some(), "missing event {id}");
        }
    }

    #[test]
    fn events_around_the_summit_have_a_track_of_their_own() {
        let data = fixture();
        let around: Vec<&str> = data
            .events
            .iter()
            .filter(|e| e.tracks == ["around-the-summit"])
            .map(|e| e.id.as_str())
            .collect();
        for id in [
            "xi-kishida-talks",
            "macron-prayut-talks",
            "saudi-crown-prince-visit",
            "dprk-missile-allies-meeting",
            "stop-apec-march",
            "xi-prayut-talks",
            "phuc-official-visit",
            "albanese-prayut-talks",
            "harris-xi-exchange",
            "prayut-harris-talks",
            "xi-marcos-talks",
        ] {
            assert!(around.contains(&id), "{id} is not around the summit");
        }
    }

    #[test]
    fn thai_priority_names_without_an_official_source_are_marked_descriptive() {
        // The fact sheet found no official Thai for "Open to All Opportunities" or
        // "Balance in All Aspects"; the Connect wording is the MFA's own.
        let data = fixture();
        let descriptive = |id: &str| data.priority(id).unwrap().official_name_th_descriptive;
        assert!(descriptive("open"));
        assert!(descriptive("balance"));
        assert!(!descriptive("connect"));
    }

    #[test]
    fn no_time_is_given_without_a_source_saying_so() {
        // Spot checks against the fact sheet: these have published times, these have none.
        let data = fixture();
        let start = |id: &str| data.event(id).unwrap().start.map(|t| t.to_string());
        assert_eq!(start("youth-declaration").as_deref(), Some("11:30"));
        assert_eq!(start("royal-audience").as_deref(), Some("17:46"));
        assert_eq!(start("leaders-retreat-1").as_deref(), Some("09:15"));
        for untimed in [
            "ministerial-meeting",
            "gala-dinner",
            "abac-dialogue",
            "leaders-retreat-2",
            "imf-outlook",
        ] {
            assert_eq!(start(untimed), None, "{untimed}");
        }
    }

    #[test]
    fn a_missing_field_names_the_record_and_the_field() {
        let json = edited(|v| {
            record(v, "events", "csom-day-1")
                .as_object_mut()
                .unwrap()
                .remove("summary");
        });
        assert_names(
            &json,
            &named("events", "csom-day-1", ": missing field `summary`"),
        );
    }

    #[test]
    fn a_bad_date_names_the_record_and_the_field() {
        let json =
            edited(|v| record(v, "events", "youth-declaration")["date"] = "2022-11-31".into());
        assert_names(
            &json,
            &named(
                "events",
                "youth-declaration",
                ", field \"date\": \"2022-11-31\" is not a date",
            ),
        );
    }

    #[test]
    fn a_bad_value_in_the_last_field_of_a_record_names_that_field() {
        let mut v: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        let (i, _) = v["events"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .find(|(_, e)| e.get("span").is_some())
            .expect("an event with a span");
        v["events"][i]["span"]["to"] = "2022-11-32".into();
        assert_names(&v.to_string(), &format!("events[{i}]"));
        assert_names(
            &v.to_string(),
            "field \"span.to\": \"2022-11-32\" is not a date",
        );
        v["events"][i]["span"]["to"] = serde_json::json!([1]);
        assert_names(&v.to_string(), "field \"span.to\": invalid type: sequence");
    }

    #[test]
    fn a_misspelt_field_is_caught() {
        let json = edited(|v| record(v, "events", "abac-4")["sumary"] = "x".into());
        assert_names(&json, &named("events", "abac-4", ""));
        assert_names(&json, "unknown field `sumary`");
    }

    #[test]
    fn broken_json_says_where() {
        let got = errors_of("{\"version\": 1,");
        assert!(got.starts_with("file"), "{got}");
        assert!(got.contains("line 1"), "{got}");
        // A syntax error inside a record names it, at the file's own line and column.
        let broken = FIXTURE.replacen("\"youth-declaration\",", "\"youth-declaration\"", 1);
        let got = errors_of(&broken);
        let line = FIXTURE[..FIXTURE.find("\"youth-declaration\",").unwrap()]
            .lines()
            .count();
        assert!(got.starts_with("events["), "{got}");
        assert!(got.contains(&format!("line {}", line + 1)), "{got}");
        // Text after the week is refused too.
        assert!(errors_of(&format!("{FIXTURE} x")).contains("trailing characters"));
    }
}
