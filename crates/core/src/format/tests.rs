//! The texts of dates, times, the live marks and updates, in both languages.

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
    // Across the change, each end with the abbreviation in force then.
    let at = |t: &str| Some(Time::parse(t).unwrap());
    (e.date, e.start, e.end) = (d("2026-11-01"), at("00:30"), at("04:00"));
    assert_eq!(
        clock_time(&EN, &e, &la).as_deref(),
        Some("00:30 PDT–04:00 PST")
    );
    e.approximate = true;
    assert_eq!(
        clock_time(&TH, &e, &la).as_deref(),
        Some("ประมาณ 00:30 น. (PDT)–04:00 น. (PST)")
    );
    (e.start, e.end) = (at("00:10"), at("00:50"));
    assert_eq!(
        clock_time(&EN, &e, &la).as_deref(),
        Some("About 00:10–00:50 PDT")
    );
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
    let rules = ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT");
    let at = rules.instant(d("2022-11-18"), Time::parse("18:30").unwrap());
    let next = Next {
        at,
        date: d("2022-11-18"),
        time: Time::parse("18:30").unwrap(),
        events: vec![],
    };
    assert_eq!(next_tag(&EN, &rules, &next, None), "Next · 18:30 ICT");
    assert_eq!(
        next_tag(&EN, &rules, &next, Some("03:30")),
        "Next · 18:30 ICT (03:30 your time)"
    );
    assert_eq!(next_tag(&TH, &rules, &next, None), "ถัดไป · 18:30 น. (ICT)");
    let morning = rules.instant(d("2022-11-18"), Time::parse("09:30").unwrap());
    assert_eq!(
        preview_clock(&EN, &rules, morning),
        "Preview clock: Friday 18 November, 09:30 ICT"
    );
    assert_eq!(
        preview_clock(&TH, &rules, morning),
        "นาฬิกาจำลอง: วันศุกร์ที่ 18 พฤศจิกายน, 09:30 น. (ICT)"
    );
    // The abbreviation is the one in force then, not the data's single one.
    let mut dst = rules.clone();
    dst.offsets[0].abbr = "XST".into();
    assert_eq!(next_tag(&EN, &dst, &next, None), "Next · 18:30 XST");
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
