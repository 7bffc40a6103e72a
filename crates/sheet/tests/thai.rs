//! Every message the data checks can give reaches the editor in Thai: the week is broken
//! in each way the checks look for, and no message may fall back to English.

use aelw_core::data::parse;
use aelw_sheet::problem::translated;
use serde_json::{Value, json};

const WEEK: &str = include_str!("../../../public/data/aelw-2022.json");

/// The messages the checks give for the week edited by `edit`.
fn messages(edit: impl Fn(&mut Value)) -> Vec<String> {
    let mut v: Value = serde_json::from_str(WEEK).expect("the week's JSON");
    edit(&mut v);
    match parse(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| e.message).collect(),
    }
}

#[test]
fn every_check_s_message_has_its_thai() {
    type Edit = fn(&mut Value);
    let edits: &[(&str, Edit)] = &[
        ("version", |v| v["version"] = json!(0)),
        ("week end", |v| v["week"]["end"] = json!("2022-11-01")),
        ("offset", |v| v["week"]["utc_offset"] = json!("+7")),
        ("zone", |v| v["week"]["zone_abbr"] = json!("Indochina Time")),
        ("file", |v| v["week"]["data_file"] = json!("Week.JSON")),
        ("a day gone", |v| {
            v["days"].as_array_mut().unwrap().pop();
        }),
        ("day order", |v| v["days"][1]["date"] = json!("2022-11-16")),
        ("day note", |v| v["days"][0]["sources"] = json!([])),
        ("bad id", |v| v["events"][0]["id"] = json!("Bad_ID")),
        ("page id", |v| v["events"][0]["id"] = json!("day-one")),
        ("page id end", |v| {
            v["events"][0]["id"] = json!("one-heading")
        }),
        ("reused id", |v| {
            v["events"][1]["id"] = v["events"][0]["id"].clone()
        }),
        ("outside", |v| v["events"][5]["date"] = json!("2022-12-01")),
        ("span", |v| {
            v["events"][0]["span"] = json!({"from": "2022-11-14", "to": "2022-11-14"})
        }),
        ("end alone", |v| {
            v["events"][0]["end"] = json!("10:00");
            v["events"][0]["approximate"] = json!(true);
        }),
        ("end first", |v| v["events"][1]["end"] = json!("09:00")),
        ("order", |v| {
            v["events"][12]["start"] = json!("10:00");
            v["events"][13]["start"] = json!("08:00");
        }),
        ("short", |v| {
            v["events"][0]["title"]["en"] = json!("Meeting (ABAC4)")
        }),
        ("no short", |v| v["events"][0]["short"] = json!("")),
        ("no track", |v| v["events"][0]["tracks"] = json!([])),
        ("twice", |v| {
            v["events"][0]["tracks"] = json!(["business", "business"])
        }),
        ("unknown", |v| {
            v["events"][0]["tracks"] = json!(["sports"]);
            v["events"][0]["priorities"] = json!(["closed"]);
            v["events"][0]["sources"] = json!(["N999", "N999"]);
        }),
        ("no source", |v| v["events"][0]["sources"] = json!([])),
        ("partly", |v| {
            v["events"][0]["status"] = json!("partly_confirmed");
            v["events"][0].as_object_mut().unwrap().remove("note");
        }),
        ("date source", |v| {
            v["events"][0]["date_source"] = json!("S99")
        }),
        ("both", |v| v["events"][0]["date_inferred"] = json!(true)),
        ("neither", |v| {
            v["events"][0]
                .as_object_mut()
                .unwrap()
                .remove("date_source");
        }),
        ("inferred", |v| {
            let e = v["events"][0].as_object_mut().unwrap();
            e.remove("date_source");
            e.remove("note");
            e.insert("date_inferred".into(), json!(true));
        }),
        ("texts", |v| {
            let e = &mut v["events"][0];
            e["title"].as_object_mut().unwrap().remove("th");
            e["summary"]["en"] = json!(" padded");
            e["summary"]["th"] = json!("");
            e["participants"]["en"] = json!("ABAC\u{200B}members");
            e["participants"]["th"] = json!("ตามที่ this app shows");
        }),
        ("cards", |v| {
            let card = v["priorities"][0].clone();
            let cards = v["priorities"].as_array_mut().unwrap();
            cards.push(card);
        }),
        ("deliverables", |v| {
            let d = v["priorities"][0]["deliverables"][0].clone();
            let list = v["priorities"][0]["deliverables"].as_array_mut().unwrap();
            list.extend([d.clone(), d.clone(), d.clone(), d]);
        }),
        ("card id", |v| v["priorities"][0]["id"] = json!("Open Card")),
        ("link", |v| {
            v["priorities"][0]["deliverables"][0]["links"] =
                json!([{"label": {"en": "x", "th": "x"}, "url": "http://example.com"}]);
            v["priorities"][0]["deliverables"][0]["sources"] = json!([]);
        }),
        ("source", |v| {
            v["sources"][0]["id"] = json!("X1");
            v["sources"][1]["id"] = v["sources"][2]["id"].clone();
            v["sources"][3]["url"] = json!("http://example.com");
        }),
        ("tracks", |v| {
            v["tracks"][1]["id"] = v["tracks"][0]["id"].clone();
            v["tracks"][1]["letter"] = v["tracks"][0]["letter"].clone();
            v["tracks"][2]["letter"]["en"] = json!("ABC");
            v["tracks"][3]["colour"] = json!("red");
            v["tracks"][4]["colour"] = json!("#ffff00");
        }),
        ("no tracks", |v| v["tracks"] = json!([])),
    ];
    let mut untranslated = Vec::new();
    for (name, edit) in edits {
        let found = messages(edit);
        assert!(!found.is_empty(), "the edit “{name}” should break the week");
        for m in found {
            if translated(&m).is_none() {
                untranslated.push(format!("{name}: {m}"));
            }
        }
    }
    untranslated.sort();
    untranslated.dedup();
    assert!(
        untranslated.is_empty(),
        "messages with no Thai:\n{}",
        untranslated.join("\n")
    );
}
