//! The checks every data file passes, the embedded one and any update: the week, the
//! days, ids, dates and order, references and complete Thai (the sources are checked in
//! `sources`, what they can carry in `standing`, clean prose and each event's date source
//! in `editorial`).

use super::checker::Checker;
use super::sources::check_sources;
use super::standing::check_standing;
use super::summit::check_summit;
use super::{DataError, FieldPath, List, ProblemKind as P, Record};
use crate::ids;
use crate::model::{Dataset, Date, Status, Time};
use std::collections::HashSet;

/// Checks everything serde cannot: ids, dates, order, cross-references, links, empty text.
pub fn validate(data: &Dataset) -> Vec<DataError> {
    let mut c = Checker {
        data,
        errors: Vec::new(),
    };
    if data.version == 0 {
        c.fail(&Record::File, "version", P::VersionZero);
    }
    check_week(&mut c);
    check_days(&mut c);
    check_events(&mut c);
    check_priorities(&mut c);
    check_sources(&mut c);
    check_standing(&mut c);
    check_summit(&mut c);
    c.errors
}

fn check_week(c: &mut Checker) {
    let week = &c.data.week;
    let r = &Record::Week;
    for (field, text) in [
        ("title", &week.title),
        ("theme", &week.theme),
        ("host", &week.host),
        ("venue", &week.venue),
        ("summary", &week.summary),
    ] {
        c.text(r, field, text);
    }
    c.opt_text(r, "note", &week.note);
    if week.start > week.end {
        let (start, end) = (week.start, week.end);
        c.fail(r, "end", P::WeekEndsEarly { start, end });
    }
    if week.time_zone.trim().is_empty() {
        c.fail(r, "time_zone", P::Empty);
    }
    c.plain(r, "time_zone", &week.time_zone);
    // Where given, the offset must be one; that it is the zone's is `check_times`'s.
    if let Some(given) = &week.utc_offset
        && crate::zone::parse_offset(given).is_none()
    {
        let offset = given.clone();
        c.fail(r, "utc_offset", P::BadOffset { offset });
    }
    c.sources(r, &week.sources);
}

fn check_days(c: &mut Checker) {
    let data = c.data;
    let mut expected = data.week.start;
    for (i, day) in data.days.iter().enumerate() {
        let r = &Record::item(List::Days, i, day.date);
        if day.date != expected {
            c.fail(r, "date", P::DayOutOfOrder { expected });
        }
        c.text(r, "headline", &day.headline);
        c.opt_text(r, "note", &day.note);
        c.sources(r, &day.sources);
        if day.note.is_some() && day.sources.is_empty() {
            c.fail(r, "sources", P::DayNoteUnsourced);
        }
        if data.events_on(day.date).next().is_none() {
            c.fail(r, "date", P::EmptyDay);
        }
        expected = day.date.next();
    }
    if data.days.last().map(|d| d.date) != Some(data.week.end) {
        let (start, end) = (data.week.start, data.week.end);
        c.fail(
            &Record::List(List::Days),
            "",
            P::DaysIncomplete { start, end },
        );
    }
}

fn check_events(c: &mut Checker) {
    let data = c.data;
    let mut ids = HashSet::new();
    let mut previous: Option<(Date, Option<Time>)> = None;
    for (i, e) in data.events.iter().enumerate() {
        let r = &Record::item(List::Events, i, &e.id);
        c.id(r, &e.id, &mut ids, List::Events);
        c.in_week(r, "date", e.date);
        c.event_date_source(r, e);
        if let Some(span) = e.span
            && !(span.from < span.to && span.from <= e.date && e.date <= span.to)
        {
            c.fail(r, "span", P::BadSpan { date: e.date });
        }
        match (e.start, e.end) {
            (None, Some(_)) => c.fail(r, "end", P::EndWithoutStart),
            (Some(start), Some(end)) if end <= start => {
                c.fail(r, "end", P::EndNotAfterStart { start, end })
            }
            _ => {}
        }
        if e.approximate && e.start.is_none() {
            c.fail(r, "approximate", P::ApproximateUntimed);
        }
        // Events without a published time keep the place the editor gave them; timed
        // events must not run backwards within a day.
        let (last_date, last_time) = previous.unwrap_or((e.date, None));
        if e.date < last_date {
            c.fail(
                r,
                "date",
                P::DayBeforePrevious {
                    previous: last_date,
                },
            );
        } else if e.date == last_date
            && let (Some(previous), Some(start)) = (last_time, e.start)
            && start < previous
        {
            c.fail(r, "start", P::TimeBeforePrevious { start, previous });
        }
        let same_day = e.date == last_date;
        previous = Some((
            e.date,
            if same_day {
                e.start.or(last_time)
            } else {
                e.start
            },
        ));

        c.text(r, "title", &e.title);
        if let Some(short) = &e.short {
            if !c.plain(r, "short", short) {
                // Named by its character.
            } else if short.trim().is_empty() {
                c.fail(r, "short", P::Empty);
            } else if e.title.en.contains(&format!("({short})")) {
                c.fail(r, "title", P::RepeatsAbbreviation);
            }
        }
        c.opt_text(r, "time_of_day", &e.time_of_day);
        c.opt_text(r, "venue", &e.venue);
        c.opt_text(r, "chair", &e.chair);
        c.opt_text(r, "participants", &e.participants);
        c.text(r, "summary", &e.summary);
        c.texts(r, "outcomes", &e.outcomes);
        c.opt_text(r, "note", &e.note);
        if e.tracks.is_empty() {
            c.fail(r, "tracks", P::NoTrack);
        }
        if e.tracks
            .iter()
            .enumerate()
            .any(|(i, t)| e.tracks[..i].contains(t))
        {
            c.fail(r, "tracks", P::TrackTwice);
        }
        c.refs(r, "priorities", &e.priorities, List::Priorities, |id| {
            data.priority(id).is_some()
        });
        c.sources(r, &e.sources);
        let has_https = e
            .sources
            .iter()
            .filter_map(|id| data.source(id))
            .any(|s| ids::is_https_url(&s.url));
        if !has_https {
            c.fail(r, "sources", P::NoHttpsSource);
        }
        if e.status == Status::PartlyConfirmed && e.note.is_none() {
            c.fail(r, "note", P::PartlyConfirmedWithoutNote);
        }
    }
}

fn check_priorities(c: &mut Checker) {
    let data = c.data;
    let mut ids = HashSet::new();
    let mut deliverable_ids = HashSet::new();
    for (i, p) in data.priorities.iter().enumerate() {
        let r = &Record::item(List::Priorities, i, &p.id);
        c.id(r, &p.id, &mut ids, List::Priorities);
        for (field, text) in [
            ("name", &p.name),
            ("official_name", &p.official_name),
            ("aim", &p.aim),
            ("summary", &p.summary),
        ] {
            c.text(r, field, text);
        }
        let count = p.deliverables.len();
        if !(1..=4).contains(&count) {
            c.fail(r, "deliverables", P::DeliverableCount { count });
        }
        if data.events_advancing(&p.id).next().is_none() {
            c.fail(r, "id", P::PriorityUnused);
        }
        c.sources(r, &p.sources);
        for (j, d) in p.deliverables.iter().enumerate() {
            let r = &Record::Deliverable {
                card: i,
                index: j,
                id: Some(d.id.clone()),
            };
            c.id(r, &d.id, &mut deliverable_ids, List::Deliverables);
            c.text(r, "title", &d.title);
            c.text(r, "explanation", &d.explanation);
            for (k, link) in d.links.iter().enumerate() {
                let at = FieldPath::from("links").index(k);
                c.text(r, at.clone().key("label"), &link.label);
                let url = at.clone().key("url");
                if c.plain(r, url, &link.url) && !ids::is_https_url(&link.url) {
                    let url = link.url.clone();
                    c.fail(r, at.key("url"), P::NotHttps { url });
                }
            }
            c.refs(r, "events", &d.events, List::Events, |id| {
                data.event(id).is_some()
            });
            c.sources(r, &d.sources);
            if d.sources.is_empty() {
                c.fail(r, "sources", P::NoSource);
            }
        }
    }
    // The engine's palette has a colour for each of up to `MAX_CARDS` cards.
    let count = data.priorities.len();
    if !(1..=crate::identity::MAX_CARDS).contains(&count) {
        c.fail(&Record::List(List::Priorities), "", P::CardCount { count });
    }
}

#[cfg(test)]
mod tests {
    use crate::data::testing::*;

    #[test]
    fn up_to_six_cards_their_colours_and_the_glossary_are_checked() {
        use crate::data::{ProblemKind, validate};
        let mut data = crate::data::fixture().clone();
        let found = |data: &crate::model::Dataset| -> Vec<String> {
            validate(data)
                .into_iter()
                .filter(|e| !matches!(e.kind, ProblemKind::DuplicateId { .. }))
                .filter(|e| !matches!(e.kind, ProblemKind::PriorityUnused))
                .map(|e| e.to_string())
                .collect()
        };
        for n in 4..=6 {
            let mut card = data.priorities[0].clone();
            card.id = format!("card-{n}");
            (card.colour, card.colour_dark) = (None, None);
            data.priorities.push(card);
        }
        assert_eq!(found(&data), Vec::<String>::new());
        data.priorities.push(data.priorities[3].clone());
        assert_eq!(
            found(&data),
            ["priorities: has 7; the page shows 1 to 6 cards"]
        );
        data.priorities.pop();
        data.priorities[1].colour_dark = Some("#d4b8f".into());
        data.week.brand_colour = Some("navy".into());
        data.glossary = vec!["ฮุน เซน".into(), "มา\u{2060}ครง".into(), " เอเปค".into()];
        assert_eq!(
            found(&data),
            [
                "week, field \"brand_colour\": \"navy\" is not a colour of the form #rrggbb",
                "priorities[1] \"connect\", field \"colour_dark\": \"#d4b8f\" is not a colour of the form #rrggbb",
                "file, field \"glossary[1]\": has the invisible format character U+2060 at byte 6: remove it (to keep a name on one line, add it to the glossary)",
                "file, field \"glossary[2]\": has leading or trailing spaces",
            ]
        );
    }

    #[test]
    fn duplicate_and_unsafe_ids_are_caught() {
        let json =
            edited(|v| record(v, "events", "safe-passage-portal")["id"] = "csom-day-1".into());
        assert_names(
            &json,
            &renamed(
                "events",
                "safe-passage-portal",
                "csom-day-1",
                ", field \"id\": is used by an earlier event",
            ),
        );
        let json =
            edited(|v| record(v, "events", "safe-passage-portal")["id"] = "Safe Passage".into());
        assert_names(
            &json,
            &renamed(
                "events",
                "safe-passage-portal",
                "Safe Passage",
                ", field \"id\": must be lower-case",
            ),
        );
        let json =
            edited(|v| record(v, "events", "safe-passage-portal")["id"] = "day-2022-11-15".into());
        assert_names(&json, "field \"id\": must not start with \"day-\"");
        for clash in [
            "deliverable-bangkok-goals",
            "gala-dinner-heading",
            "csom-day-1-link",
            "timeline",
            "link-notice",
        ] {
            let json = edited(|v| record(v, "events", "safe-passage-portal")["id"] = clash.into());
            assert_names(
                &json,
                &renamed("events", "safe-passage-portal", clash, ", field \"id\": "),
            );
        }
    }

    #[test]
    fn dates_outside_the_week_are_caught() {
        let json = edited(|v| {
            let last = v["events"].as_array().unwrap().len() - 1;
            v["events"][last]["date"] = "2022-11-20".into();
        });
        assert_names(
            &json,
            "field \"date\": 2022-11-20 is outside the week (2022-11-14 to 2022-11-19)",
        );
    }

    #[test]
    fn events_out_of_order_are_caught() {
        // Swap two timed events of 18 November.
        let json = edited(|v| {
            let events = v["events"].as_array_mut().unwrap();
            let a = events
                .iter()
                .position(|e| e["id"] == "leaders-retreat-1")
                .unwrap();
            let b = events
                .iter()
                .position(|e| e["id"] == "royal-audience")
                .unwrap();
            events.swap(a, b);
        });
        let i = index_of("events", "spouses-programme");
        assert_names(
            &json,
            &format!(
                "events[{i}] \"spouses-programme\", field \"start\": 09:30 is earlier than the event before it (17:46)"
            ),
        );
        let json = edited(|v| v["events"].as_array_mut().unwrap().swap(0, 2));
        assert_names(&json, "comes after an event on 2022-11-15");
    }

    #[test]
    fn dangling_references_are_caught() {
        let json = edited(|v| {
            record(v, "events", "csom-day-1")["priorities"] = serde_json::json!(["open", "opne"])
        });
        assert_names(
            &json,
            &named(
                "events",
                "csom-day-1",
                ", field \"priorities[1]\": unknown priority \"opne\"",
            ),
        );
        let json = edited(|v| {
            record(v, "events", "csom-day-1")["sources"] = serde_json::json!(["S01", "S99"])
        });
        assert_names(&json, "field \"sources[1]\": unknown source \"S99\"");
        let json = edited(|v| {
            deliverable(v, "safe-passage-taskforce")["events"] = serde_json::json!(["nowhere"])
        });
        assert_names(
            &json,
            &named_deliverable(
                "safe-passage-taskforce",
                ", field \"events[0]\": unknown event \"nowhere\"",
            ),
        );
    }

    #[test]
    fn empty_strings_are_caught() {
        let json = edited(|v| record(v, "events", "hun-sen-withdraws")["title"]["en"] = " ".into());
        assert_names(
            &json,
            &named(
                "events",
                "hun-sen-withdraws",
                ", field \"title.en\": is empty",
            ),
        );
        let json = edited(|v| deliverable(v, "bangkok-goals")["explanation"]["th"] = "".into());
        assert_names(&json, "field \"explanation.th\": is empty");
        let json =
            edited(|v| record(v, "events", "hun-sen-withdraws")["outcomes"][0]["en"] = "".into());
        assert_names(&json, "field \"outcomes[0].en\": is empty");
    }

    #[test]
    fn a_title_does_not_repeat_its_abbreviation() {
        let json = edited(|v| {
            record(v, "events", "abac-4")["title"]["en"] = "ABAC meeting (ABAC4)".into()
        });
        assert_names(
            &json,
            &named(
                "events",
                "abac-4",
                ", field \"title\": repeats the abbreviation",
            ),
        );
    }

    #[test]
    fn a_missing_thai_translation_fails() {
        let json = edited(|v| {
            record(v, "events", "fm-media-centre")["summary"]
                .as_object_mut()
                .unwrap()
                .remove("th");
        });
        assert_names(
            &json,
            &named(
                "events",
                "fm-media-centre",
                ", field \"summary.th\": is missing",
            ),
        );
        let json = edited(|v| {
            record(v, "sources", "S04")["label"]
                .as_object_mut()
                .unwrap()
                .remove("th");
        });
        assert_names(
            &json,
            &named("sources", "S04", ", field \"label.th\": is missing"),
        );
    }

    #[test]
    fn links_must_be_https() {
        let json = edited(|v| {
            deliverable(v, "safe-passage-taskforce")["links"][0]["url"] =
                "javascript:alert(1)".into()
        });
        assert_names(
            &json,
            "field \"links[0].url\": \"javascript:alert(1)\" is not an https: URL",
        );
        let json = edited(|v| record(v, "sources", "S01")["url"] = "mfa.go.th/en".into());
        assert_names(&json, &named("sources", "S01", ", field \"url\""));
    }

    #[test]
    fn a_day_must_not_go_missing() {
        let json = edited(|v| {
            v["days"].as_array_mut().unwrap().remove(2);
        });
        assert_names(&json, "field \"date\": expected 2022-11-16");
    }
}
