//! The interface's own words (not the content, which lives in the data file), one table
//! per language (`en`, `th`). The `Strings` struct and `string_pairs` are generated from
//! one list below, so a string cannot be left out of the completeness tests, and a
//! `Strings` literal will not compile with a field missing.

use crate::model::{Lang, Status, Week};
use crate::zone::{ZoneRules, offset_text};

mod en;
mod problem;
mod th;

pub use en::EN;
pub use th::TH;

/// Declares `Strings` and `string_pairs` from one list of fields: texts, lists of texts
/// (names of days, months, tracks) and numbers.
macro_rules! strings_table {
    (
        texts { $( $(#[$text_doc:meta])* $text:ident, )* }
        lists { $( $(#[$list_doc:meta])* $list:ident: $len:literal, )* }
        numbers { $( $(#[$number_doc:meta])* $number:ident: $ty:ty, )* }
    ) => {
        /// Every string the interface shows, apart from the week's content.
        #[derive(Debug)]
        pub struct Strings {
            $( $(#[$text_doc])* pub $text: &'static str, )*
            $( $(#[$list_doc])* pub $list: [&'static str; $len], )*
            $( $(#[$number_doc])* pub $number: $ty, )*
        }

        /// Every string of both tables, side by side (English, Thai), for completeness
        /// checks here and for the browser test that looks for English left in the Thai
        /// page.
        pub fn string_pairs() -> Vec<(&'static str, &'static str)> {
            let (e, t) = (&EN, &TH);
            let mut pairs = vec![ $( (e.$text, t.$text), )* ];
            $( pairs.extend(e.$list.iter().copied().zip(t.$list)); )*
            pairs
        }
    };
}

strings_table! {
    texts {
        /// Skip link at the top of the page.
        skip_to_timeline,
        /// Label for the dates of the week.
        dates,
        /// Label for the venue.
        venue,
        /// Label for the host.
        host,
        /// Label for the time zone line.
        times,
        /// How times are given ("Bangkok time, ICT (UTC+7)"); `{city}`, `{abbr}` and
        /// `{offset}` are the week's (see `Strings::zone`).
        times_are_local,
        /// A clock time in the week's zone; `{time}` and `{abbr}` are replaced ("09:15 ICT").
        clock,
        /// An approximate clock time; `{time}` and `{abbr}` are replaced ("About 12:00 ICT").
        clock_about,
        /// An event's time in the reader's zone, when approximate; `{time}` is replaced.
        clock_about_local,
        /// The locale passed to `Intl` for times in the reader's zone.
        intl_locale,
        /// `long_date`'s pattern; `{weekday}`, `{day}`, `{month}`, `{year}` are replaced.
        long_date,
        /// The language's code, for `lang` attributes and the URL.
        code,
        /// The other language's name, written in that language (the language switch).
        other_language,
        /// The other language's code.
        other_code,
        /// Button that converts times to the reader's zone.
        tz_show_local,
        /// Button that goes back to Bangkok time.
        tz_show_ict,
        /// Said while times are in the reader's zone; `{zone}` is replaced.
        tz_local_note,
        /// Heading of the week overview.
        overview_heading,
        /// Introduction to the priority cards.
        priorities_intro,
        /// Event field labels.
        when,
        /// Where the event took place.
        where_,
        /// Track label.
        track,
        /// Chair label.
        chair,
        /// Participants label.
        participants,
        /// Outcomes heading.
        outcomes,
        /// Label before an event's priority tags.
        advances,
        /// Label of a note box.
        note,
        /// Shown when no source gives a time.
        time_not_published,
        /// Shown with a qualitative time ("Evening").
        exact_time_not_published,
        /// Shown when no source gives a venue.
        venue_not_published,
        /// Label for the dates a multi-day event ran.
        runs,
        /// Sources disclosure, followed by the count.
        sources,
        /// Marks a source as official.
        official_source,
        /// Marks a source as news or other.
        news_source,
        /// Said of a source with no secure link.
        insecure_link,
        /// Deliverables heading on a card.
        delivered,
        /// Heading of a card's event list.
        advanced_at,
        /// Label above a deliverable's official links.
        official_page,
        /// Beside a priority's Thai name when it is a descriptive rendering, not an official name.
        descriptive_thai_name,
        /// Label above a deliverable's events.
        in_the_week,
        /// Footer heading.
        about_heading,
        /// Footer text on how the content was made.
        about_text,
        /// Footer link to the data file.
        download_data,
        /// Footer label before the revision date.
        last_revised,
        /// The disclosure of what the last revision changed, under `last_revised`.
        what_changed,
        /// The Atom feed's title; `{title}` is the week's.
        feed_title,
        /// The title of each page's link to the feed in its language.
        feed_link_title,
        /// Who the feed is by (Atom asks for an author).
        feed_author,
        /// A feed entry's title; `{version}` and `{n}` are replaced (see
        /// `Strings::release_title`).
        release_title_many,
        /// As `release_title_many`, for one change.
        release_title_one,
        /// As `release_title_many`, for a release with no change lines (a first one).
        release_title_plain,
        /// Said in an entry whose release is known only by its day; `{date}` is replaced.
        release_day_only,
        /// Copy-link button text; its accessible name is `copy_link_to` with the title.
        copy_link,
        /// Accessible name of a copy-link button; `{title}` is replaced.
        copy_link_to,
        /// Share button text.
        share,
        /// Accessible name of a share button; `{title}` is replaced.
        share_title,
        /// Confirmation after copying.
        link_copied,
        /// Shown with a selectable field when the browser refuses to copy.
        copy_fallback,
        /// Label of the fallback field; `{title}` is replaced.
        link_to,
        /// Said when sharing fails for a reason other than the reader cancelling.
        share_failed,
        /// Heading of the filter panel.
        filters_heading,
        /// Label of the search field.
        search_label,
        /// Legend of the track checkboxes.
        tracks_legend,
        /// Legend of the priority checkboxes.
        priorities_legend,
        /// Button that restores the full week.
        clear_filters,
        /// Result count; `{n}` and `{total}` are replaced.
        shown_count,
        /// Shown in a day when no event of it matches.
        day_none_shown,
        /// Notice for a link to something that is not a section; `{fragment}` is replaced.
        notice_unknown,
        /// Notice for a link to an event that the filters hide.
        notice_hidden,
        /// Button in that notice.
        show_all,
        /// Button that closes a notice.
        dismiss,
        /// Said when an update of the data was not used; `{reason}` is replaced.
        update_failed,
        /// Said when an update of the data replaced the built-in copy; `{date}` is replaced.
        update_loaded,
        /// Said when a newer release replaced the week during it; `{time}` and its change
        /// lines, `{changes}`, are replaced.
        live_updated,
        /// The same, for a release with no change lines; `{time}` is replaced.
        live_updated_plain,
        /// Reason: the address is not allowed.
        reason_rejected_url,
        /// Reason: the request failed.
        reason_network,
        /// Reason: no answer in time; `{seconds}` is replaced.
        reason_timeout,
        /// Reason: a non-2xx status; `{status}` is replaced.
        reason_status,
        /// Reason: not JSON; `{type}` is replaced.
        reason_wrong_type,
        /// Reason: too big; `{limit}` is replaced.
        reason_too_large,
        /// Reason: broken JSON; `{detail}` is replaced.
        reason_invalid_json,
        /// Reason: fails the checks; `{detail}` and `{count}` are replaced.
        reason_invalid,
        /// Reason: an earlier release than the data shown; `{version}` is replaced.
        reason_older,
        /// Reason: in another time zone than the built week; `{zone}` is replaced.
        reason_zone_changed,
        /// Link from an embed to the standalone app.
        open_full_view,
        /// An event's calendar file, for download (its details).
        add_to_calendar,
        /// Beside it: a downloaded file does not follow corrections (links to the calendars).
        calendar_no_update,
        /// In an embed, where calendar links cannot work: the same, in the full view.
        calendar_in_full_view,
        /// The disclosure of the week's, days' and tracks' calendars.
        calendars_heading,
        /// What subscribing gives, and how late each client may be.
        calendars_intro,
        /// Opens a calendar app's subscription (`webcal:`).
        calendar_subscribe,
        /// Downloads the calendar file once.
        calendar_download,
        /// The week's calendar.
        calendar_whole_week,
        /// Heading of the days' calendars.
        calendar_by_day,
        /// Heading of the tracks' calendars.
        calendar_by_track,
        /// Label of the week calendar's https address, for clients that take an address.
        calendar_web_address,
        /// In a calendar event's description: the start time is not exact.
        calendar_approximate,
        /// Heading of the embed disclosure.
        embed_heading,
        /// What the snippet does.
        embed_intro,
        /// Legend of the what-to-embed choice.
        embed_what,
        /// Choice: the whole week.
        embed_whole_week,
        /// Choice: the section open now.
        embed_this_section,
        /// Label of the snippet field.
        embed_code_label,
        /// Button that copies the snippet.
        embed_copy,
        /// Confirmation after copying the snippet.
        snippet_copied,
        /// Added to the iframe's title in the snippet.
        embed_frame_title,
        /// Shown when the app cannot start.
        problem_no_wasm,
        /// Shown when the app stops on an internal error.
        problem_crash,
        /// Link from a preview page to the app.
        open_in_timeline,
        /// Badge on events whose sources leave a gap or disagree.
        partly_confirmed,
        /// Event count: one.
        event_one,
        /// Event count: many (after the number).
        event_many,
        /// Button that opens every row of the page.
        expand_all,
        /// Button that closes every row of the page.
        collapse_all,
        /// Short mark in a row for an event no source gives a time for.
        no_time_short,
        /// Label of the day links in the one-day-at-a-time view.
        days_nav,
        /// The link to the priority cards in the one-day-at-a-time view.
        priorities_tab,
        /// Intro to the letters of the week navigator's marks.
        marks_legend,
        /// A date without its year, for the countdown and the preview clock;
        /// `{weekday}`, `{day}` and `{month}` are replaced ("Monday 14 November").
        day_month,
        /// The countdown before the week, in days, hours or minutes; `{n}` is replaced.
        starts_in_days,
        /// The countdown in hours.
        starts_in_hours,
        /// The countdown's last hour.
        starts_in_hour,
        /// The countdown in minutes.
        starts_in_minutes,
        /// The countdown's last minute.
        starts_in_minute,
        /// The tag on an event in progress.
        live_now,
        /// The tag on the next event; `{time}` is its time in the summit's zone.
        live_next,
        /// The tag on the next event with the reader's own time; `{time}`, `{local}`.
        live_next_local,
        /// Said once when what is on changes; `{titles}` is replaced.
        now_announced,
        /// The switch that stops the marks and the countdown (WCAG 2.2.2).
        live_updates,
        /// The switch's state.
        live_on,
        /// The switch's state.
        live_off,
        /// The notice of a `?now=` link; `{when}` is replaced.
        preview_clock,
        /// The notice of a `?now=` value that is no date and time; `{value}`.
        preview_malformed,
    }
    lists {
        /// Heading of the priority links in the overview, by how many cards there are
        /// (one to six, `identity::MAX_CARDS`; see `Strings::priorities`).
        overview_priorities: 6,
        /// Weekday names, Monday first.
        weekdays: 7,
        /// Short weekday names, Monday first.
        weekdays_short: 7,
        /// The shortest weekday names, Monday first, for the embed's day links.
        weekdays_abbr: 7,
        /// Month names, January first.
        months: 12,
        /// Short month names, January first.
        months_short: 12,
    }
    numbers {
        /// Added to Gregorian years (543 for the Buddhist era in Thai).
        year_offset: u16,
    }
}

impl Strings {
    /// The language this table is in.
    pub fn lang(&self) -> Lang {
        if self.code == Lang::Th.code() {
            Lang::Th
        } else {
            Lang::En
        }
    }

    /// `template` with the week's zone filled in: `{city}` ("Bangkok"), `{abbr}` ("ICT")
    /// and `{offset}` ("+7"; "−8:30" for `-08:30`) of the offsets in force during the
    /// week. A week across a change of the clocks names both, in order ("PDT/PST",
    /// "−7/−8"), and each clock time then carries its own abbreviation (`format::clock_time`).
    pub fn zone(&self, template: &str, week: &Week, rules: &ZoneRules) -> String {
        let lang = self.lang();
        let (mut abbrs, mut offsets) = (Vec::new(), Vec::new());
        for o in rules.during_week(week.start, week.end) {
            let short = short_offset(&offset_text(o.seconds));
            if !offsets.contains(&short) || !abbrs.contains(&o.abbr) {
                abbrs.push(o.abbr.clone());
                offsets.push(short);
            }
        }
        template
            .replace("{city}", week.city.get(lang))
            .replace("{abbr}", &abbrs.join("/"))
            .replace("{offset}", &offsets.join("/"))
    }

    /// The heading over `n` priority cards ("The three priorities").
    pub fn priorities(&self, n: usize) -> &'static str {
        self.overview_priorities[n.clamp(1, self.overview_priorities.len()) - 1]
    }

    /// The label of a confirmation status, where one is shown.
    pub fn status(&self, status: Status) -> Option<&'static str> {
        match status {
            Status::Confirmed => None,
            Status::PartlyConfirmed => Some(self.partly_confirmed),
        }
    }

    /// "5 of 28 events shown".
    pub fn shown(&self, n: usize, total: usize) -> String {
        self.shown_count
            .replace("{n}", &n.to_string())
            .replace("{total}", &total.to_string())
    }

    /// A feed entry's title: "Release 3: 2 changes", "Release 1".
    pub fn release_title(&self, version: u32, changes: usize) -> String {
        let template = match changes {
            0 => self.release_title_plain,
            1 => self.release_title_one,
            _ => self.release_title_many,
        };
        template
            .replace("{version}", &version.to_string())
            .replace("{n}", &changes.to_string())
    }

    /// "1 event", "5 events" ("5 กิจกรรม").
    pub fn event_count(&self, n: usize) -> String {
        if n == 1 {
            format!("1 {}", self.event_one)
        } else {
            format!("{n} {}", self.event_many)
        }
    }
}

/// `+07:00` as "+7", `-08:30` as "−8:30" (with a minus sign, as in print).
fn short_offset(offset: &str) -> String {
    let (sign, rest) = match offset.split_at_checked(1) {
        Some(("-", rest)) => ("\u{2212}", rest),
        Some(("+", rest)) => ("+", rest),
        _ => return offset.to_string(),
    };
    let (hours, minutes) = rest.split_once(':').unwrap_or((rest, "00"));
    let hours = hours.trim_start_matches('0');
    let hours = if hours.is_empty() { "0" } else { hours };
    if minutes == "00" {
        format!("{sign}{hours}")
    } else {
        format!("{sign}{hours}:{minutes}")
    }
}

/// The table for `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Th => &TH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_of_cards_has_its_heading() {
        // A summit may have as many cards as the checks allow, and no more.
        for s in [&EN, &TH] {
            assert_eq!(s.overview_priorities.len(), crate::identity::MAX_CARDS);
        }
        assert_eq!(EN.priorities(5), "The five priorities");
        assert_eq!(TH.priorities(6), "ประเด็นหลักหกประการ");
        assert_eq!(EN.priorities(0), "The priority");
        assert_eq!(EN.priorities(9), "The six priorities");
    }

    #[test]
    fn the_zone_comes_from_the_week() {
        use crate::model::Date;
        use crate::zone::{DAY, Offset, days_from_date};
        let mut week = crate::data::fixture().week.clone();
        let bangkok = ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT");
        assert_eq!(
            EN.zone(EN.times_are_local, &week, &bangkok),
            "Bangkok time, ICT (UTC+7)"
        );
        assert_eq!(
            TH.zone(TH.times_are_local, &week, &bangkok),
            "เวลากรุงเทพฯ (ICT, UTC+7)"
        );
        assert_eq!(TH.zone(TH.clock, &week, &bangkok), "{time} น. (ICT)");
        let mut la = ZoneRules::fixed("America/Los_Angeles", -7 * 3600, "PDT");
        let fall_back = Date::parse("2026-11-01").unwrap();
        la.offsets.push(Offset {
            from: days_from_date(fall_back) * DAY + 9 * 3600,
            seconds: -8 * 3600,
            abbr: "PST".into(),
            dst: false,
        });
        week.city.en = "Los Angeles".into();
        (week.start, week.end) = (
            Date::parse("2026-11-02").unwrap(),
            Date::parse("2026-11-04").unwrap(),
        );
        assert_eq!(
            EN.zone(EN.times_are_local, &week, &la),
            "Los Angeles time, PST (UTC\u{2212}8)"
        );
        // A week across the change names both offsets, in order.
        week.start = Date::parse("2026-10-29").unwrap();
        assert_eq!(
            EN.zone(EN.times_are_local, &week, &la),
            "Los Angeles time, PDT/PST (UTC\u{2212}7/\u{2212}8)"
        );
        assert_eq!(short_offset("+05:30"), "+5:30");
        assert_eq!(short_offset("+00:00"), "+0");
    }

    #[test]
    fn english_and_thai_fill_in_the_same_placeholders() {
        let placeholders = |s: &str| {
            let mut found: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
                .collect();
            found.sort();
            found
        };
        for (en, th) in string_pairs() {
            assert_eq!(placeholders(en), placeholders(th), "{en:?} / {th:?}");
        }
        // The check reads placeholders at all.
        assert_eq!(placeholders(EN.shown_count), ["n", "total"]);
    }

    /// Thai must be complete and actually Thai: every string differs from English, except
    /// the few that are the same in both (codes, labels made of names).
    #[test]
    fn the_thai_table_is_complete_and_translated() {
        let pairs = string_pairs();
        let same: Vec<&str> = pairs
            .iter()
            .filter(|(en, th)| en == th)
            .map(|(en, _)| *en)
            .collect();
        assert_eq!(same, Vec::<&str>::new(), "identical in Thai and English");
        for (en, th) in &pairs {
            let has_thai = th.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c));
            // Language codes and the other language's own name are not translated.
            let exempt = ["en", "th", "en-GB", "ภาษาไทย"].contains(en);
            assert!(has_thai || exempt, "not Thai: {th:?} (for {en:?})");
        }
        assert_eq!(TH.year_offset, 543);
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(EN.event_count(1), "1 event");
        assert_eq!(EN.event_count(8), "8 events");
        assert_eq!(EN.release_title(3, 2), "Release 3: 2 changes");
        assert_eq!(EN.release_title(4, 1), "Release 4: 1 change");
        assert_eq!(EN.release_title(1, 0), "Release 1");
        assert_eq!(TH.release_title(3, 2), "ฉบับที่ 3: แก้ไข 2 รายการ");
    }
}
