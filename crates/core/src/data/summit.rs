//! The checks of what makes the data one summit's rather than another's: its tracks (ids,
//! names, letters, colours), its identity (brand and card colours, the glossary), the
//! page's own texts, the zone, the data file's name and its release history.

use super::checker::Checker;
use super::{FieldPath, List, ProblemKind as P, Record};
use crate::embed::parse_accent;
use crate::ids;
use std::collections::HashSet;

/// Checks the tracks, each event's tracks against them and the week's settings.
pub(super) fn check_summit(c: &mut Checker) {
    check_tracks(c);
    check_settings(c);
    check_identity(c);
}

/// A `#rrggbb` colour, as the stylesheet and the images take it.
fn is_colour(colour: &str) -> bool {
    colour.len() == 7 && colour.starts_with('#') && parse_accent(colour).is_some()
}

fn check_tracks(c: &mut Checker) {
    let data = c.data;
    if data.tracks.is_empty() {
        c.fail(&Record::List(List::Tracks), "", P::NoTracks);
    }
    let mut seen = HashSet::new();
    let (mut letters_en, mut letters_th) = (HashSet::new(), HashSet::new());
    for (i, t) in data.tracks.iter().enumerate() {
        let r = &Record::item(List::Tracks, i, &t.id);
        c.id(r, &t.id, &mut seen, List::Tracks);
        c.text(r, "name", &t.name);
        c.text(r, "letter", &t.letter);
        for (lang, letter, seen) in [
            ("en", Some(&t.letter.en), &mut letters_en),
            ("th", t.letter.th.as_ref(), &mut letters_th),
        ] {
            let Some(letter) = letter else { continue };
            let field = FieldPath::from("letter").key(lang);
            if !(1..=2).contains(&letter.chars().count()) {
                let letter = letter.clone();
                c.fail(r, field, P::LetterLength { letter });
            } else if !seen.insert(letter.as_str()) {
                let letter = letter.clone();
                c.fail(r, field, P::LetterTaken { letter });
            }
        }
        for (field, colour) in [("colour", &t.colour), ("colour_dark", &t.colour_dark)] {
            if !is_colour(colour) {
                let colour = colour.clone();
                c.fail(r, field, P::NotAColour { colour });
            }
        }
    }
    for (i, e) in data.events.iter().enumerate() {
        let r = &Record::item(List::Events, i, &e.id);
        c.refs(r, "tracks", &e.tracks, List::Tracks, |id| {
            data.track(id).is_some()
        });
    }
}

fn check_settings(c: &mut Checker) {
    let week = &c.data.week;
    let r = &Record::Week;
    for (field, text) in [
        ("city", &week.city),
        ("page_title", &week.page_title),
        ("page_description", &week.page_description),
        ("eyebrow", &week.eyebrow),
        ("priorities_heading", &week.priorities_heading),
        ("disclaimer", &week.disclaimer),
    ] {
        c.text(r, field, text);
    }
    let abbr = &week.zone_abbr;
    if abbr.is_empty() || abbr.len() > 6 || !abbr.chars().all(|ch| ch.is_ascii_alphanumeric()) {
        let abbr = abbr.clone();
        c.fail(r, "zone_abbr", P::BadZoneAbbr { abbr });
    }
    let file = &week.data_file;
    let stem = file.strip_suffix(".json").unwrap_or("");
    if !ids::is_url_safe(stem) {
        let file = file.clone();
        c.fail(r, "data_file", P::BadDataFile { file });
    }
    for (i, change) in c.data.legacy_changes.iter().enumerate() {
        c.text(&Record::File, FieldPath::from("changes").index(i), change);
    }
    check_releases(c);
}

/// The summit's own colours are `#rrggbb` (their contrast is `contrast.rs`'s), and each
/// glossary entry is a clean, trimmed name: the glossary is how an editor keeps a name
/// whole, so it needs no invisible joiner (those stay refused everywhere).
fn check_identity(c: &mut Checker) {
    let data = c.data;
    let week = &data.week;
    let given = |colour: &Option<String>| colour.clone().filter(|c| !is_colour(c));
    for (field, colour) in [
        ("brand_colour", &week.brand_colour),
        ("brand_colour_dark", &week.brand_colour_dark),
    ] {
        if let Some(colour) = given(colour) {
            c.fail(&Record::Week, field, P::NotAColour { colour });
        }
    }
    c.opt_text(&Record::Week, "occasion", &week.occasion);
    for (i, p) in data.priorities.iter().enumerate() {
        let r = &Record::item(List::Priorities, i, &p.id);
        for (field, colour) in [("colour", &p.colour), ("colour_dark", &p.colour_dark)] {
            if let Some(colour) = given(colour) {
                c.fail(r, field, P::NotAColour { colour });
            }
        }
    }
    for (i, term) in data.glossary.iter().enumerate() {
        let at = FieldPath::from("glossary").index(i);
        if term.trim().is_empty() {
            c.fail(&Record::File, at, P::Empty);
        } else if term.trim() != term {
            c.fail(&Record::File, at, P::Padded);
        } else {
            c.prose(&Record::File, &at, term);
        }
    }
}

/// The release history: some release on record, in one shape only, numbered upwards to
/// the file's `version`, in time order, each change line in both languages.
fn check_releases(c: &mut Checker) {
    let data = c.data;
    let r = &Record::File;
    let legacy = data.legacy_updated.is_some() || !data.legacy_changes.is_empty();
    if data.releases.is_empty() && data.legacy_updated.is_none() {
        c.fail(r, "releases", P::NoRelease);
    }
    if !data.releases.is_empty() && legacy {
        c.fail(r, "releases", P::ReleaseSaidTwice);
    }
    let at = |i: usize, key: &'static str| FieldPath::from("releases").index(i).key(key);
    for (i, pair) in data.releases.windows(2).enumerate() {
        let (before, release) = (&pair[0], &pair[1]);
        if release.version <= before.version {
            let previous = before.version;
            c.fail(r, at(i + 1, "version"), P::ReleaseOrder { previous });
        }
        if release.released.before(before.released) {
            let previous = before.released;
            c.fail(r, at(i + 1, "released"), P::ReleaseBackwards { previous });
        }
    }
    if let Some(last) = data.releases.last()
        && last.version != data.version
    {
        let last = last.version;
        c.fail(r, "version", P::ReleaseNotLatest { last });
    }
    for (i, release) in data.releases.iter().enumerate() {
        for (j, change) in release.changes.iter().enumerate() {
            c.text(r, at(i, "changes").index(j), change);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{edited, errors_of};
    use crate::data::parse;
    use crate::model::{Released, Utc};
    use serde_json::json;

    #[test]
    fn an_older_file_still_builds_and_reads_as_its_one_release() {
        let json = edited(|v| {
            let releases = v.as_object_mut().unwrap().remove("releases").unwrap();
            let last = &releases[releases.as_array().unwrap().len() - 1];
            v["updated"] = "2026-12-04".into();
            v["changes"] = last["changes"].clone();
        });
        let old = parse(&json).unwrap();
        let latest = old.latest_release().unwrap();
        assert_eq!(latest.version, old.version);
        assert_eq!(String::from(latest.released), "2026-12-04");
        let mut new = old.clone();
        new.upgrade();
        assert_eq!(new.releases(), old.releases());
        assert_eq!(new.legacy_updated, None);
        assert!(new.legacy_changes.is_empty());
        // What is written is the new shape, and it reads back as it was.
        assert_eq!(&parse(&crate::data::to_json(&new)).unwrap(), &new);
        assert!(!crate::data::to_json(&new).contains("\"updated\""));
    }

    #[test]
    fn releases_count_up_to_the_version_in_time_order_with_both_languages() {
        let release = |version: u32, released: &str| {
            json!({"version": version, "released": released,
                   "changes": [{"en": "Corrected: a time", "th": "แก้ไข: เวลา"}]})
        };
        let good = edited(|v| {
            v["releases"]
                .as_array_mut()
                .unwrap()
                .push(release(3, "2026-12-07T03:42:05Z"));
            v["version"] = 3.into();
        });
        let data = parse(&good).unwrap();
        let at = Utc::parse("2026-12-07T03:42:05Z").unwrap();
        assert_eq!(data.latest_release().unwrap().released, Released::At(at));
        let bad = edited(|v| {
            let list = v["releases"].as_array_mut().unwrap();
            list.push(release(4, "2026-12-07T03:42:05Z"));
            list.push(release(4, "2026-12-06T23:59:59Z"));
            list[1]["changes"][0].as_object_mut().unwrap().remove("th");
            v["version"] = 5.into();
        });
        let errors = errors_of(&bad);
        for expected in [
            "field \"releases[2].version\": must be above the release listed before it (4)",
            "field \"releases[2].released\": is before the release listed before it (2026-12-07T03:42:05Z)",
            "field \"version\": must be the last release listed (4)",
            "field \"releases[1].changes[0].th\"",
        ] {
            assert!(errors.contains(expected), "{expected}\n{errors}");
        }
        // A day alone is not before a moment of the same day.
        let same_day = edited(|v| {
            v["releases"]
                .as_array_mut()
                .unwrap()
                .push(release(3, "2026-12-04T01:00:00Z"));
            v["version"] = 3.into();
        });
        assert!(parse(&same_day).is_ok(), "{}", errors_of(&same_day));
    }

    #[test]
    fn an_event_may_cite_only_the_data_s_tracks() {
        let json = edited(|v| v["events"][0]["tracks"][0] = "sports".into());
        assert!(
            errors_of(&json)
                .contains("events[0] \"abac-4\", field \"tracks[0]\": unknown track \"sports\""),
            "{}",
            errors_of(&json)
        );
    }

    #[test]
    fn tracks_need_distinct_ids_letters_and_real_colours() {
        let json = edited(|v| {
            v["tracks"][1]["id"] = "senior-officials".into();
            v["tracks"][2]["letter"]["en"] = "S".into();
            v["tracks"][3]["colour"] = "green".into();
        });
        let errors = errors_of(&json);
        assert!(
            errors.contains(
                "tracks[1] \"senior-officials\", field \"id\": is used by an earlier track"
            ),
            "{errors}"
        );
        assert!(
            errors.contains("field \"letter.en\": \"S\" is an earlier track's"),
            "{errors}"
        );
        assert!(
            errors.contains("field \"colour\": \"green\" is not a colour"),
            "{errors}"
        );
    }

    #[test]
    fn the_page_s_own_texts_need_thai_too() {
        let json = edited(|v| {
            v["week"]["eyebrow"]["th"] = serde_json::Value::Null;
            v["week"]["data_file"] = "Week 2022.json".into();
        });
        let errors = errors_of(&json);
        assert!(
            errors.contains("week, field \"eyebrow.th\": is missing"),
            "{errors}"
        );
        assert!(errors.contains("week, field \"data_file\""), "{errors}");
    }
}
