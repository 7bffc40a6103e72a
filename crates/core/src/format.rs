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
/// in force at the start ("10:00 PDT" on 31 October, "10:00 PST" on 2 November).
pub fn clock_time(s: &Strings, e: &Event, rules: &ZoneRules) -> Option<String> {
    let start = e.start?;
    let range = match e.end {
        Some(end) => format!("{start}–{end}"),
        None => start.to_string(),
    };
    let pattern = if e.approximate {
        s.clock_about
    } else {
        s.clock
    };
    let abbr = &rules.offset_at(rules.instant(e.date, start)).abbr;
    Some(pattern.replace("{abbr}", abbr).replace("{time}", &range))
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
fn zone_clock(s: &Strings, week: &Week, rules: &ZoneRules, at: Instant) -> String {
    let (_, time) = rules.local(at);
    let pattern = s.clock.replace("{abbr}", &rules.offset_at(at).abbr);
    s.zone(&pattern, week, rules)
        .replace("{time}", &time.to_string())
}

/// The tag on the next event: "Next · 18:30 ICT", and the reader's own time (from the
/// browser's `Intl`) when they asked for their zone: "Next · 18:30 ICT (07:30 your time)".
pub fn next_tag(
    s: &Strings,
    week: &Week,
    rules: &ZoneRules,
    next: &Next,
    local: Option<&str>,
) -> String {
    let time = zone_clock(s, week, rules, next.at);
    match local {
        Some(local) => s
            .live_next_local
            .replace("{time}", &time)
            .replace("{local}", local),
        None => s.live_next.replace("{time}", &time),
    }
}

/// The notice of a preview link: "Preview clock: Friday 18 November, 09:30 ICT".
pub fn preview_clock(s: &Strings, week: &Week, rules: &ZoneRules, at: Instant) -> String {
    let (date, _) = rules.local(at);
    let when = format!("{}, {}", day_month(s, date), zone_clock(s, week, rules, at));
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
    let (_, time) = zone.local(at);
    let time = s
        .clock
        .replace("{time}", &time.to_string())
        .replace("{abbr}", &zone.offset_at(at).abbr);
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
mod tests {
    use super::*;
    use crate::i18n::{EN, TH};
    use crate::model::Lang;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn dates_read_naturally() {
        assert_eq!(long_date(&EN, d("2022-11-18")), "Friday, 18 November 2022");
        assert_eq!(long_date(&TH, d("2022-11-18")), "วันศุกร์ที่ 18 พฤศจิกายน 2565");
        assert_eq!(short_date(&TH, d("2022-11-16")), "16 พ.ย.");
        assert_eq!(
            date_range(&TH, d("2022-11-14"), d("2022-11-19")),
            "14–19 พฤศจิกายน 2565"
        );
        assert_eq!(short_weekday(&EN, d("2022-11-14")), "Mon");
        assert_eq!(date_attr(d("2022-11-04")), "2022-11-04");
        assert_eq!(day_of_month(d("2022-11-04")), "4");
        assert_eq!(short_date(&EN, d("2022-11-14")), "14 Nov");
        assert_eq!(
            date_range(&EN, d("2022-11-14"), d("2022-11-19")),
            "14–19 November 2022"
        );
        assert_eq!(
            date_range(&EN, d("2022-10-31"), d("2022-11-02")),
            "31 October – 2 November 2022"
        );
        assert_eq!(
            date_range(&EN, d("2022-12-31"), d("2023-01-01")),
            "31 December 2022 – 1 January 2023"
        );
    }

    #[test]
    fn an_update_says_when_it_was_revised_as_the_footer_does() {
        let day = d("2022-11-19");
        assert_eq!(
            update_loaded(&EN, day),
            "Showing updated data, last revised on Saturday, 19 November 2022."
        );
        let th = update_loaded(&TH, day);
        assert!(th.ends_with(&long_date(&TH, day)), "{th}");
        assert!(th.contains("2565") && !th.contains("2022"), "{th}");
    }

    fn bangkok() -> ZoneRules {
        ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT")
    }

    #[test]
    fn across_a_change_of_the_clocks_a_time_carries_the_offset_of_its_date() {
        use crate::zone::{DAY, Offset, days_from_date};
        let mut la = ZoneRules::fixed("America/Los_Angeles", -7 * 3600, "PDT");
        la.offsets.push(Offset {
            from: days_from_date(d("2026-11-01")) * DAY + 9 * 3600,
            seconds: -8 * 3600,
            abbr: "PST".into(),
            dst: false,
        });
        let ten = Time::parse("10:00").unwrap();
        assert_eq!(
            datetime_attr(d("2026-10-31"), ten, &la),
            "2026-10-31T10:00-07:00"
        );
        assert_eq!(
            datetime_attr(d("2026-11-02"), ten, &la),
            "2026-11-02T10:00-08:00"
        );
        let mut e = crate::data::fixture().events[0].clone();
        (e.date, e.start, e.end, e.approximate) = (d("2026-10-31"), Some(ten), None, false);
        assert_eq!(clock_time(&EN, &e, &la).as_deref(), Some("10:00 PDT"));
        e.date = d("2026-11-02");
        assert_eq!(clock_time(&TH, &e, &la).as_deref(), Some("10:00 น. (PST)"));
    }

    #[test]
    fn times_carry_the_zone_and_say_when_approximate() {
        let data = crate::data::fixture();
        let time = |id: &str| clock_time(&EN, data.event(id).unwrap(), &bangkok());
        assert_eq!(time("youth-declaration").as_deref(), Some("11:30 ICT"));
        assert_eq!(
            time("handover-united-states").as_deref(),
            Some("About 12:00 ICT")
        );
        assert_eq!(time("gala-dinner"), None);
        assert_eq!(
            local_time_range("9:15 am".into(), Some("10:30 am".into())),
            "9:15 am – 10:30 am"
        );
        assert_eq!(local_time_range("9:15".into(), None), "9:15");
        let mut e = data.event("youth-declaration").unwrap().clone();
        e.end = Time::parse("12:15");
        assert_eq!(
            clock_time(&EN, &e, &bangkok()).as_deref(),
            Some("11:30–12:15 ICT")
        );
        assert_eq!(
            datetime_attr(e.date, e.start.unwrap(), &bangkok()),
            "2022-11-14T11:30+07:00"
        );
        assert_eq!(
            data.week.title.get(Lang::En),
            "APEC Economic Leaders' Week 2022"
        );
    }

    #[test]
    fn long_text_is_cut_at_a_word() {
        assert_eq!(truncate_words("short", 10), "short");
        assert_eq!(
            truncate_words("one two three four five", 14),
            "one two three…"
        );
        assert_eq!(truncate_words(&"x".repeat(30), 10).chars().count(), 10);
    }

    #[test]
    fn sections_have_titles_and_bounded_descriptions() {
        use crate::url::Section;
        let data = crate::data::fixture();
        let day = Section::Day(d("2022-11-18"));
        assert_eq!(
            section_title(data, day, &EN, Lang::En),
            "Friday, 18 November 2022: Leaders meet in person for the first time in four years"
        );
        assert_eq!(
            section_title(data, Section::Priority("balance"), &EN, Lang::En),
            "Balance: Balance in All Aspects"
        );
        let desc = section_description(
            data,
            &bangkok(),
            Section::Event("royal-audience"),
            &EN,
            Lang::En,
            200,
        );
        assert!(
            desc.starts_with("Friday, 18 November 2022, 17:46 ICT. Chakri Maha Prasat Throne Hall"),
            "{desc}"
        );
        let desc = section_description(data, &bangkok(), day, &EN, Lang::En, 200);
        let count = data.events_on(d("2022-11-18")).count();
        assert!(
            desc.starts_with(&format!(
                "APEC Economic Leaders' Week 2022, 14–19 November 2022. {count} events: "
            )),
            "{desc}"
        );
        assert!(desc.chars().count() <= 200);
    }

    #[test]
    fn update_failures_read_as_one_line() {
        let line = |e: UpdateError| {
            EN.update_failed
                .replace("{reason}", &update_reason(&EN, &e))
        };
        assert_eq!(
            line(UpdateError::Status(404)),
            "The built-in data is shown: the updated data could not be used because the server answered with status 404."
        );
        assert!(line(UpdateError::Timeout).contains("within 5 seconds"));
        assert!(line(UpdateError::TooLarge).contains("larger than 1 MB"));
        let first = crate::data::DataError {
            record: crate::data::Record::item(crate::data::List::Events, 2, "x"),
            field: crate::data::FieldPath::from("title").key("en"),
            kind: crate::data::ProblemKind::Empty,
        };
        assert!(
            line(UpdateError::Invalid(first, 3))
                .contains("events[2] \"x\", field \"title.en\": is empty (3 problem(s) in all)")
        );
    }

    #[test]
    fn a_refused_update_names_its_first_problem_in_the_page_s_language() {
        let first = crate::data::DataError {
            record: crate::data::Record::item(crate::data::List::Events, 2, "csom-day-1"),
            field: crate::data::FieldPath::from("priorities").index(0),
            kind: crate::data::ProblemKind::UnknownRef {
                list: crate::data::List::Priorities,
                id: "opne".into(),
            },
        };
        let refused = UpdateError::Invalid(first, 1);
        assert_eq!(
            update_reason(&EN, &refused),
            "it failed the data checks: events[2] \"csom-day-1\", field \"priorities[0]\": unknown priority \"opne\" (1 problem(s) in all)"
        );
        let th = update_reason(&TH, &refused);
        assert!(
            th.contains("events[2] \"csom-day-1\" ช่อง \"priorities[0]\": ไม่มีประเด็นหลัก \"opne\""),
            "{th}"
        );
        assert!(!th.contains("unknown"), "{th}");
    }

    #[test]
    fn an_older_update_gives_its_release_number() {
        let older = UpdateError::Older(1);
        assert_eq!(
            update_reason(&EN, &older),
            "it is release 1, earlier than the data shown"
        );
        assert_eq!(update_reason(&TH, &older), "เป็นฉบับที่ 1 ซึ่งเก่ากว่าข้อมูลที่แสดงอยู่");
    }

    #[test]
    fn a_live_update_says_when_in_the_summit_zone_and_what_changed_in_its_own_words() {
        let zone = ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT");
        // 2022-11-18T03:42Z is 10:42 in Bangkok.
        let at = zone.instant(
            Date::parse("2022-11-18").unwrap(),
            Time::parse("10:42").unwrap(),
        );
        assert_eq!(at, 1_668_742_920);
        let changes = [Text {
            en: "The gala dinner now starts at 19:30.".into(),
            th: Some("งานเลี้ยงกาลาดินเนอร์เริ่ม 19:30 น.".into()),
        }];
        assert_eq!(
            live_update(&EN, &zone, at, &changes),
            "Updated 10:42 ICT: The gala dinner now starts at 19:30."
        );
        assert_eq!(
            live_update(&TH, &zone, at, &changes),
            "ปรับปรุงเมื่อ 10:42 น. (ICT): งานเลี้ยงกาลาดินเนอร์เริ่ม 19:30 น."
        );
        assert_eq!(live_update(&EN, &zone, at, &[]), "Updated 10:42 ICT.");
        assert_eq!(live_update(&TH, &zone, at, &[]), "ปรับปรุงเมื่อ 10:42 น. (ICT)");
    }

    #[test]
    fn an_update_in_another_zone_is_refused_in_both_languages() {
        let moved = UpdateError::ZoneChanged("Asia/Tokyo".into());
        assert_eq!(
            update_reason(&EN, &moved),
            "it is in another time zone (Asia/Tokyo) than this site's, which only a new build can change"
        );
        let th = update_reason(&TH, &moved);
        assert!(
            th.contains("(Asia/Tokyo)") && th.contains("เขตเวลา"),
            "{th}"
        );
    }

    #[test]
    fn the_live_marks_say_when_in_the_summits_zone() {
        let week = &crate::data::fixture().week;
        let rules = ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT");
        let at = rules.instant(d("2022-11-18"), Time::parse("18:30").unwrap());
        let next = Next {
            at,
            date: d("2022-11-18"),
            time: Time::parse("18:30").unwrap(),
            events: vec![],
        };
        assert_eq!(next_tag(&EN, week, &rules, &next, None), "Next · 18:30 ICT");
        assert_eq!(
            next_tag(&EN, week, &rules, &next, Some("03:30")),
            "Next · 18:30 ICT (03:30 your time)"
        );
        assert_eq!(
            next_tag(&TH, week, &rules, &next, None),
            "ถัดไป · 18:30 น. (ICT)"
        );
        let morning = rules.instant(d("2022-11-18"), Time::parse("09:30").unwrap());
        assert_eq!(
            preview_clock(&EN, week, &rules, morning),
            "Preview clock: Friday 18 November, 09:30 ICT"
        );
        assert_eq!(
            preview_clock(&TH, week, &rules, morning),
            "นาฬิกาจำลอง: วันศุกร์ที่ 18 พฤศจิกายน, 09:30 น. (ICT)"
        );
        // The abbreviation is the one in force then, not the data's single one.
        let mut dst = rules.clone();
        dst.offsets[0].abbr = "XST".into();
        assert_eq!(next_tag(&EN, week, &dst, &next, None), "Next · 18:30 XST");
    }

    #[test]
    fn the_countdown_counts_in_words_and_as_a_duration() {
        let cases = [
            (Countdown::Days(13), "Starts in 13 days", "P13D"),
            (Countdown::Hours(5), "Starts in 5 hours", "PT5H"),
            (Countdown::Hours(1), "Starts in 1 hour", "PT1H"),
            (Countdown::Minutes(45), "Starts in 45 minutes", "PT45M"),
            (Countdown::Minutes(1), "Starts in 1 minute", "PT1M"),
        ];
        for (c, text, attr) in cases {
            assert_eq!(
                (countdown(&EN, c).as_str(), countdown_attr(c).as_str()),
                (text, attr)
            );
        }
        assert_eq!(countdown(&TH, Countdown::Days(13)), "เริ่มในอีก 13 วัน");
        assert_eq!(day_month(&EN, d("2022-11-14")), "Monday 14 November");
        assert_eq!(day_month(&TH, d("2022-11-14")), "วันจันทร์ที่ 14 พฤศจิกายน");
    }
}
