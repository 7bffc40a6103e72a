//! The checks of what makes the data one summit's rather than another's: its tracks (ids,
//! names, letters, colours), the page's own texts, the zone and the data file's name.

use super::checker::Checker;
use super::{FieldPath, List, ProblemKind as P, Record};
use crate::embed::parse_accent;
use crate::ids;
use std::collections::HashSet;

/// Checks the tracks, each event's tracks against them and the week's settings.
pub(super) fn check_summit(c: &mut Checker) {
    check_tracks(c);
    check_settings(c);
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
            if !(colour.len() == 7 && colour.starts_with('#') && parse_accent(colour).is_some()) {
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
    for (i, release) in c.data.releases.iter().enumerate() {
        for (j, change) in release.changes.iter().enumerate() {
            let at = FieldPath::from("releases").index(i).key("changes").index(j);
            c.text(&Record::File, at, change);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{edited, errors_of};

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
