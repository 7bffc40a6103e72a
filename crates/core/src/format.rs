//! Turning model values into display text and machine-readable attributes.
//! Pure functions of the data and a language, so native tests pin them down.

use crate::data::{MAX_UPDATE_BYTES, UPDATE_TIMEOUT_MS, UpdateError};
use crate::i18n::Strings;
use crate::live::{Countdown, Next};
use crate::model::{Dataset, Date, Event, Lang, Span, Text, Time, Week};
use crate::url::Section;
use crate::zone::{Instant, ZoneRules};

/// The year as the reader counts it (the Buddhist era in Thai).
fn year(s: &Strings, d: Date) -> u16 {
    d.year + s.year_offset
}

/// "Friday, 18 November 2022", "วันศุกร์ที่ 18 พฤศจิกายน 2565": the same text as the
/// browser's `Intl.DateTimeFormat` (en-GB, th-TH) gives, which a browser test checks, so
/// the prerendered page and the app agree.
pub fn long_date(s: &Strings, d: Date) -> String {
    s.long_date
        .replace("{weekday}", s.weekdays[usize::from(d.weekday())])
        .replace("{day}", &d.day.to_string())
        .replace("{month}", s.months[usize::from(d.month - 1)])
        .replace("{year}", &year(s, d).to_string())
}

/// The `datetime` attribute of a date: `2022-11-18`.
pub fn date_attr(d: Date) -> String {
    d.to_string()
}

/// The day of the month alone, "18", for the embed's day links (Thai writes the same
/// digits).
pub fn day_of_month(d: Date) -> String {
    d.day.to_string()
}

/// "Mon", "จันทร์", for the overview.
pub fn short_weekday(s: &Strings, d: Date) -> &'static str {
    s.weekdays_short[usize::from(d.weekday())]
}

/// "Mon", "จ.", for the embed's day links.
pub fn abbr_weekday(s: &Strings, d: Date) -> &'static str {
    s.weekdays_abbr[usize::from(d.weekday())]
}

/// "14 Nov", "14 พ.ย.", for the overview.
pub fn short_date(s: &Strings, d: Date) -> String {
    format!("{} {}", d.day, s.months_short[usize::from(d.month - 1)])
}

/// "14–19 November 2022", "14–19 พฤศจิกายน 2565", or across months and years as needed.
pub fn date_range(s: &Strings, from: Date, to: Date) -> String {
    let month = |d: Date| s.months[usize::from(d.month - 1)];
    if from.year != to.year {
        format!(
            "{} {} {} – {} {} {}",
            from.day,
            month(from),
            year(s, from),
            to.day,
            month(to),
            year(s, to)
        )
    } else if from.month != to.month {
        format!(
            "{} {} – {} {} {}",
            from.day,
            month(from),
            to.day,
            month(to),
            year(s, to)
        )
    } else {
        format!("{}–{} {} {}", from.day, to.day, month(to), year(s, to))
    }
}

/// The dates a multi-day event ran.
pub fn span(s: &Strings, span: Span) -> String {
    date_range(s, span.from, span.to)
}

/// The week's dates.
pub fn week_dates(s: &Strings, week: &Week) -> String {
    date_range(s, week.start, week.end)
}

/// The `datetime` attribute for a time on a date in the week's zone, with the offset in
/// force then: `2022-11-18T09:15+07:00`, `2026-11-02T10:00-08:00`.
pub fn datetime_attr(date: Date, time: Time, rules: &ZoneRules) -> String {
    format!("{date}T{time}{}", rules.offset_text(date, time))
}

/// The clock time of an event in the week's zone, if a source gives one: "09:15 ICT",
/// "About 12:00 ICT", "09:15–10:30 ICT", "09:15 น. (ICT)"; the abbreviation is the one
/// in force at the start ("10:00 PDT" on 31 October, "10:00 PST" on 2 November), and
/// where the clocks change during the event each end has its own ("00:30 NZDT–04:00
/// NZST"), since one abbreviation would put its end an hour out.
pub fn clock_time(s: &Strings, e: &Event, rules: &ZoneRules) -> Option<String> {
    let start = e.start?;
    let pattern = if e.approximate {
        s.clock_about
    } else {
        s.clock
    };
    let abbr = |date, time| rules.offset_at(rules.instant(date, time)).abbr.clone();
    let first = abbr(e.date, start);
    let range = match e.end {
        Some(end) if abbr(e.end_date(), end) != first => {
            let last = s
                .clock
                .replace("{abbr}", &abbr(e.end_date(), end))
                .replace("{time}", &end.to_string());
            let begun = pattern
                .replace("{abbr}", &first)
                .replace("{time}", &start.to_string());
            return Some(format!("{begun}–{last}"));
        }
        Some(end) => format!("{start}–{end}"),
        None => start.to_string(),
    };
    Some(pattern.replace("{abbr}", &first).replace("{time}", &range))
}

/// A time range the browser converted to the reader's own zone: "9:15 am – 10:30 am",
/// or the start alone. Spaced, unlike `clock_time`'s, as `Intl`'s own times may hold
/// spaces.
pub fn local_time_range(start: String, end: Option<String>) -> String {
    match end {
        Some(end) => format!("{start} – {end}"),
        None => start,
    }
}

/// "Monday 14 November", "วันจันทร์ที่ 14 พฤศจิกายน": a day of the week in progress,
/// whose year the page already says.
pub fn day_month(s: &Strings, d: Date) -> String {
    s.day_month
        .replace("{weekday}", s.weekdays[usize::from(d.weekday())])
        .replace("{day}", &d.day.to_string())
        .replace("{month}", s.months[usize::from(d.month - 1)])
}

/// "Starts in 13 days", "Starts in 5 hours", "Starts in 1 minute".
pub fn countdown(s: &Strings, c: Countdown) -> String {
    let (pattern, n) = match c {
        Countdown::Days(n) => (s.starts_in_days, n),
        Countdown::Hours(1) => (s.starts_in_hour, 1),
        Countdown::Hours(n) => (s.starts_in_hours, n),
        Countdown::Minutes(1) => (s.starts_in_minute, 1),
        Countdown::Minutes(n) => (s.starts_in_minutes, n),
    };
    pattern.replace("{n}", &n.to_string())
}

/// The countdown as the `datetime` of its `<time>`: a duration, `P13D`, `PT5H`, `PT45M`.
pub fn countdown_attr(c: Countdown) -> String {
    match c {
        Countdown::Days(n) => format!("P{n}D"),
        Countdown::Hours(n) => format!("PT{n}H"),
        Countdown::Minutes(n) => format!("PT{n}M"),
    }
}

/// A time in the summit's zone, with the abbreviation in force at `at` (daylight saving
/// changes it): "18:30 ICT", "18:30 น. (ICT)".
fn zone_clock(s: &Strings, rules: &ZoneRules, at: Instant) -> String {
    let (_, time) = rules.local(at);
    s.clock
        .replace("{time}", &time.to_string())
        .replace("{abbr}", &rules.offset_at(at).abbr)
}

/// The tag on the next event: "Next · 18:30 ICT", and the reader's own time (from the
/// browser's `Intl`) when they asked for their zone: "Next · 18:30 ICT (07:30 your time)".
pub fn next_tag(s: &Strings, rules: &ZoneRules, next: &Next, local: Option<&str>) -> String {
    let time = zone_clock(s, rules, next.at);
    match local {
        Some(local) => s
            .live_next_local
            .replace("{time}", &time)
            .replace("{local}", local),
        None => s.live_next.replace("{time}", &time),
    }
}

/// The notice of a preview link: "Preview clock: Friday 18 November, 09:30 ICT".
pub fn preview_clock(s: &Strings, rules: &ZoneRules, at: Instant) -> String {
    let (date, _) = rules.local(at);
    let when = format!("{}, {}", day_month(s, date), zone_clock(s, rules, at));
    s.preview_clock.replace("{when}", &when)
}

/// The status line of a data update that is now on screen: when it was last revised, in
/// the footer's words ("Friday, 18 November 2022"; the Buddhist era in Thai).
pub fn update_loaded(s: &Strings, updated: Date) -> String {
    s.update_loaded.replace("{date}", &long_date(s, updated))
}

/// The status line of a newer release the live refresh put on screen: its time `at` in
/// the summit's zone and its own change lines, "Updated 10:42 ICT: The gala dinner now
/// starts at 19:30." ("ปรับปรุงเมื่อ 10:42 น. (ICT): …" in Thai).
pub fn live_update(s: &Strings, zone: &ZoneRules, at: Instant, changes: &[Text]) -> String {
    let time = zone_clock(s, zone, at);
    let lang = s.lang();
    let lines: Vec<&str> = changes.iter().map(|c| c.get(lang).trim()).collect();
    if lines.iter().all(|l| l.is_empty()) {
        return s.live_updated_plain.replace("{time}", &time);
    }
    s.live_updated
        .replace("{time}", &time)
        .replace("{changes}", &lines.join(" "))
}

/// Why an update was not used, as a clause for `update_failed`; a date as the footer
/// writes it (the Buddhist era in Thai).
pub fn update_reason(s: &Strings, error: &UpdateError) -> String {
    match error {
        UpdateError::RejectedUrl => s.reason_rejected_url.to_string(),
        UpdateError::Network => s.reason_network.to_string(),
        UpdateError::Timeout => s
            .reason_timeout
            .replace("{seconds}", &(UPDATE_TIMEOUT_MS / 1000).to_string()),
        UpdateError::Status(status) => s.reason_status.replace("{status}", &status.to_string()),
        UpdateError::WrongType(ty) => s.reason_wrong_type.replace("{type}", ty),
        UpdateError::TooLarge => s
            .reason_too_large
            .replace("{limit}", &(MAX_UPDATE_BYTES / 1_000_000).to_string()),
        UpdateError::InvalidJson(detail) => s.reason_invalid_json.replace("{detail}", detail),
        UpdateError::Invalid(first, count) => s
            .reason_invalid
            .replace("{detail}", &s.problem(first))
            .replace("{count}", &count.to_string()),
        UpdateError::Older(version) => s.reason_older.replace("{version}", &version.to_string()),
        UpdateError::ZoneChanged(zone) => s.reason_zone_changed.replace("{zone}", zone),
    }
}

/// `s` cut to at most `max` characters at a word boundary, with "…" where it was cut.
pub fn truncate_words(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    // Cut at the last space if that keeps more than half the text (counted in characters:
    // Thai letters take three bytes each).
    let at_word = match cut.rfind(char::is_whitespace) {
        Some(i) if cut[..i].chars().count() > max / 2 => &cut[..i],
        _ => &cut,
    };
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// The heading of a section as a reader sees it: for the document title and previews.
pub fn section_title(data: &Dataset, section: Section, s: &Strings, lang: Lang) -> String {
    match section {
        Section::Day(date) => match data.days.iter().find(|d| d.date == date) {
            Some(day) => format!("{}: {}", long_date(s, date), day.headline.get(lang)),
            None => long_date(s, date),
        },
        Section::Event(id) => data
            .event(id)
            .map_or_else(String::new, |e| e.title.get(lang).to_string()),
        Section::Priority(id) => data.priority(id).map_or_else(String::new, |p| {
            format!("{}: {}", p.name.get(lang), p.official_name.get(lang))
        }),
        Section::Deliverable(id) => data
            .deliverable(id)
            .map_or_else(String::new, |d| d.title.get(lang).to_string()),
    }
}

/// A one-paragraph description of a section for link previews, at most `max` characters.
pub fn section_description(
    data: &Dataset,
    rules: &ZoneRules,
    section: Section,
    s: &Strings,
    lang: Lang,
    max: usize,
) -> String {
    let text = match section {
        Section::Day(date) => {
            let titles: Vec<&str> = data.events_on(date).map(|e| e.title.get(lang)).collect();
            format!(
                "{}. {}: {}.",
                week_line(data, s, lang),
                s.event_count(titles.len()),
                titles.join("; ")
            )
        }
        Section::Event(id) => match data.event(id) {
            Some(e) => {
                let when = clock_time(s, e, rules)
                    .or_else(|| e.time_of_day.as_ref().map(|t| t.get(lang).to_string()))
                    .unwrap_or_else(|| s.time_not_published.to_string());
                let place = e
                    .venue
                    .as_ref()
                    .map_or(s.venue_not_published, |v| v.get(lang));
                format!(
                    "{}, {when}. {place}. {}",
                    long_date(s, e.date),
                    e.summary.get(lang)
                )
            }
            None => String::new(),
        },
        Section::Priority(id) => data.priority(id).map_or_else(String::new, |p| {
            format!("{} {}", p.aim.get(lang), p.summary.get(lang))
        }),
        Section::Deliverable(id) => data
            .deliverable(id)
            .map_or_else(String::new, |d| d.explanation.get(lang).to_string()),
    };
    truncate_words(&text, max)
}

/// The summit's title and its dates, "APEC Economic Leaders' Week 2022, 14–19 November
/// 2022", for a day's description.
fn week_line(data: &Dataset, s: &Strings, lang: Lang) -> String {
    format!(
        "{}, {}",
        data.week.title.get(lang),
        week_dates(s, &data.week)
    )
}

#[cfg(test)]
mod tests;
