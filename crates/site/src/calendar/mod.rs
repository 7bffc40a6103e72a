//! The calendar files (RFC 5545 `.ics`), written at build time in each language: the
//! whole week, each day, each track and each event (paths in `aelw_core::url::calendar`).
//! Everything in them comes from the data, never from the build's clock or host, so an
//! unchanged release gives byte-identical files (and unchanged ETags for subscribers):
//!
//! - `UID`: the event's stored UUID with the language after it (`Event::calendar_uid`),
//!   the same in every file that holds the event; an event without one stops the build
//!   (`make uids` gives them);
//! - `SEQUENCE`: the release's `version`, which grows with every published change, so a
//!   client that imported an event takes the later copy; `DTSTAMP` and `LAST-MODIFIED`:
//!   the moment the last release was published (the start of its day, in UTC, for a
//!   release from before the moment was kept);
//! - a timed event starts (and ends) at its wall-clock time with the summit zone's
//!   `TZID` and `VTIMEZONE` (`timezone`); an end before the start is on the next day (`Event::end_date`); an
//!   event with a start and no end has no `DTEND` (a moment, as RFC 5545 reads it: the
//!   page invents no duration either);
//! - an untimed event is an all-day entry (`VALUE=DATE`) with the exclusive end the RFC
//!   wants (the day after its last day, `span.to` for a run), free time
//!   (`TRANSP:TRANSPARENT`), and the time of day the sources give in its description;
//! - no `ORGANIZER` or `ATTENDEE`, and `METHOD:PUBLISH`: never an invitation.

pub mod ics;
mod timezone;

use aelw_core::format;
use aelw_core::i18n::{Strings, strings};
use aelw_core::model::{Dataset, Event, Lang, Released};
use aelw_core::url::{Calendar, calendar_path, share_url};
use aelw_core::zone::ZoneRules;
use ics::{Ics, date_time, date_value};

/// Who wrote the files (RFC 5545 `PRODID`).
/// The engine's, not any one summit's (the calendar's own name is the data's).
const PRODID: &str = "-//aelw//Summit week timeline//EN";

/// Every calendar file of both languages: (path relative to the app's root, text).
/// `site_url` is the deployed app's root, for each event's share link.
pub fn files(
    data: &Dataset,
    rules: &ZoneRules,
    site_url: &str,
) -> Result<Vec<(String, String)>, String> {
    check_uids(data)?;
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Th] {
        let file = |calendar, name: String, events: Vec<&Event>| {
            let path = calendar_path(calendar, lang);
            let text = write(data, rules, site_url, lang, &name, &events);
            (path, text)
        };
        let (s, title) = (strings(lang), data.week.title.get(lang));
        out.push(file(
            Calendar::Week,
            title.into(),
            data.events.iter().collect(),
        ));
        for day in &data.days {
            let name = format!("{title} · {}", format::long_date(s, day.date));
            out.push(file(
                Calendar::Day(day.date),
                name,
                data.events_on(day.date).collect(),
            ));
        }
        for track in &data.tracks {
            let name = format!("{title} · {}", track.name.get(lang));
            let events = data.events.iter().filter(|e| e.tracks.contains(&track.id));
            out.push(file(Calendar::Track(&track.id), name, events.collect()));
        }
        for event in &data.events {
            let name = event.title.get(lang).to_string();
            out.push(file(Calendar::Event(&event.id), name, vec![event]));
        }
    }
    Ok(out)
}

/// Every event has a UID, and no two share one.
fn check_uids(data: &Dataset) -> Result<(), String> {
    let missing: Vec<&str> = (data.events.iter())
        .filter(|e| e.uid.as_deref().is_none_or(str::is_empty))
        .map(|e| e.id.as_str())
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "events without a calendar UID: {} (run `make uids DATA=<the data file>`, \
             which gives each a UUID once; `make data` gives new events theirs)",
            missing.join(", ")
        ));
    }
    let mut seen = std::collections::HashSet::new();
    match data.events.iter().find(|e| !seen.insert(&e.uid)) {
        Some(e) => Err(format!(
            "the event {} has the calendar UID of another event: delete its \"uid\" and run \
             `make uids`",
            e.id
        )),
        None => Ok(()),
    }
}

/// One calendar file named `name` holding `events`.
fn write(
    data: &Dataset,
    rules: &ZoneRules,
    site_url: &str,
    lang: Lang,
    name: &str,
    events: &[&Event],
) -> String {
    let mut ics = Ics::new();
    ics.begin("VCALENDAR")
        .raw("VERSION", "2.0")
        .raw("PRODID", PRODID)
        .raw("CALSCALE", "GREGORIAN")
        .raw("METHOD", "PUBLISH")
        .text("X-WR-CALNAME", name)
        .text("NAME", name)
        .text("X-WR-CALDESC", data.week.page_description.get(lang))
        .text("X-WR-TIMEZONE", &rules.zone)
        .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
        .raw("X-PUBLISHED-TTL", "PT1H");
    timezone::write(&mut ics, rules);
    for event in events {
        vevent(&mut ics, data, rules, site_url, lang, event);
    }
    ics.end("VCALENDAR");
    ics.finish()
}

/// `DTSTAMP` and `LAST-MODIFIED`: when the data's last release came out, in UTC (the
/// start of its day for a release from before the time was kept, which is all that is
/// known of it).
pub(crate) fn stamp(data: &Dataset) -> String {
    // The data checks require a release on record; a file with none is from before the
    // history and says nothing later than its first day.
    let released = data.latest_release().map(|r| r.released);
    let at = released
        .unwrap_or(Released::Day(data.week.start))
        .dated_at();
    let (time, second) = (at.time, at.second);
    format!(
        "{}T{:02}{:02}{second:02}Z",
        date_value(at.date),
        time.hour,
        time.minute
    )
}

/// One event.
fn vevent(
    ics: &mut Ics,
    data: &Dataset,
    rules: &ZoneRules,
    site_url: &str,
    lang: Lang,
    event: &Event,
) {
    let s = strings(lang);
    let stamp = stamp(data);
    let uid = event.calendar_uid(lang).expect("checked by check_uids");
    ics.begin("VEVENT")
        .text("UID", &uid)
        .raw("DTSTAMP", &stamp)
        .raw("LAST-MODIFIED", &stamp)
        .raw("SEQUENCE", &data.version.to_string());
    let tzid = format!("DTSTART;TZID={}", param(&rules.zone));
    match event.start {
        Some(start) => {
            ics.raw(&tzid, &date_time(event.date, start));
            if let Some(end) = event.end {
                let tzid = format!("DTEND;TZID={}", param(&rules.zone));
                ics.raw(&tzid, &date_time(event.end_date(), end));
            }
        }
        None => {
            let (first, last) = event
                .span
                .map_or((event.date, event.date), |sp| (sp.from, sp.to));
            ics.raw("DTSTART;VALUE=DATE", &date_value(first))
                .raw("DTEND;VALUE=DATE", &date_value(last.next()))
                .raw("TRANSP", "TRANSPARENT");
        }
    }
    ics.text("SUMMARY", event.title.get(lang));
    if let Some(venue) = &event.venue {
        ics.text("LOCATION", venue.get(lang));
    }
    let tracks: Vec<String> = (event.tracks.iter())
        .filter_map(|id| data.track(id))
        .map(|t| ics::escape_text(t.name.get(lang)))
        .collect();
    if !tracks.is_empty() {
        ics.raw("CATEGORIES", &tracks.join(","));
    }
    ics.text("DESCRIPTION", &description(data, s, lang, event))
        .raw("URL", &share_url(site_url, &event.id, lang))
        .end("VEVENT");
}

/// The event's summary, what is known of its time where that is not exact, its note,
/// and its sources (label and address, one per line).
fn description(data: &Dataset, s: &Strings, lang: Lang, event: &Event) -> String {
    let mut parts = vec![event.summary.get(lang).to_string()];
    let mut when = Vec::new();
    match (event.start, &event.time_of_day) {
        (Some(_), _) if event.approximate => when.push(s.calendar_approximate.to_string()),
        (Some(_), _) => {}
        (None, Some(t)) => when.push(format!("{} ({})", t.get(lang), s.exact_time_not_published)),
        (None, None) => when.push(s.time_not_published.to_string()),
    }
    if let Some(span) = event.span {
        when.push(format!("{} {}", s.runs, format::span(s, span)));
    }
    if !when.is_empty() {
        parts.push(when.join(" · "));
    }
    if let Some(note) = &event.note {
        parts.push(format!("{}: {}", s.note, note.get(lang)));
    }
    let sources: Vec<String> = (event.sources.iter())
        .filter_map(|id| data.source(id))
        .map(|src| format!("- {}: {}", src.label.get(lang), src.url))
        .collect();
    if !sources.is_empty() {
        parts.push(format!("{}:\n{}", s.sources, sources.join("\n")));
    }
    parts.join("\n\n")
}

/// A parameter value, quoted where RFC 5545 requires it (`:`, `;` or `,` in it).
fn param(value: &str) -> String {
    if value.contains([':', ';', ',']) {
        format!("\"{}\"", value.replace('"', ""))
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests;
