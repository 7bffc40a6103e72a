//! The interface's own words (not the content, which lives in the data file), one table
//! per language. A `Strings` literal will not compile with a field missing, so a table
//! is complete by construction.

use crate::data::{MAX_UPDATE_BYTES, UPDATE_TIMEOUT_MS, UpdateError};
use crate::model::{Lang, Status, Track};

/// Every string the interface shows, apart from the week's content.
#[derive(Debug)]
pub struct Strings {
    /// The document title of the page as a whole (matches `index.html`).
    pub page_title: &'static str,
    /// The page's `<meta name="description">` (matches `index.html`).
    pub page_description: &'static str,
    /// Skip link at the top of the page.
    pub skip_to_timeline: &'static str,
    /// Line above the title.
    pub eyebrow: &'static str,
    /// Label for the dates of the week.
    pub dates: &'static str,
    /// Label for the venue.
    pub venue: &'static str,
    /// Label for the host.
    pub host: &'static str,
    /// Label for the time zone line.
    pub times: &'static str,
    /// How times are given, e.g. "Bangkok time, ICT (UTC+7)".
    pub times_are_local: &'static str,
    /// A clock time in Bangkok time; `{time}` is replaced ("09:15 ICT").
    pub clock: &'static str,
    /// An approximate clock time; `{time}` is replaced ("About 12:00 ICT").
    pub clock_about: &'static str,
    /// An event's time in the reader's zone, when approximate; `{time}` is replaced.
    pub clock_about_local: &'static str,
    /// The locale passed to `Intl` for times in the reader's zone.
    pub intl_locale: &'static str,
    /// `long_date`'s pattern; `{weekday}`, `{day}`, `{month}`, `{year}` are replaced.
    pub long_date: &'static str,
    /// Added to Gregorian years (543 for the Buddhist era in Thai).
    pub year_offset: u16,
    /// The language's code, for `lang` attributes and the URL.
    pub code: &'static str,
    /// The other language's name, written in that language (the language switch).
    pub other_language: &'static str,
    /// The other language's code.
    pub other_code: &'static str,
    /// Button that converts times to the reader's zone.
    pub tz_show_local: &'static str,
    /// Button that goes back to Bangkok time.
    pub tz_show_ict: &'static str,
    /// Said while times are in the reader's zone; `{zone}` is replaced.
    pub tz_local_note: &'static str,
    /// Heading of the week overview.
    pub overview_heading: &'static str,
    /// Heading of the priority links in the overview.
    pub overview_priorities: &'static str,
    /// Heading of the priority cards section.
    pub priorities_heading: &'static str,
    /// Introduction to the priority cards.
    pub priorities_intro: &'static str,
    /// Event field labels.
    pub when: &'static str,
    /// Where the event took place.
    pub where_: &'static str,
    /// Track label.
    pub track: &'static str,
    /// Chair label.
    pub chair: &'static str,
    /// Participants label.
    pub participants: &'static str,
    /// Outcomes heading.
    pub outcomes: &'static str,
    /// Label before an event's priority tags.
    pub advances: &'static str,
    /// Label of a note box.
    pub note: &'static str,
    /// Shown when no source gives a time.
    pub time_not_published: &'static str,
    /// Shown with a qualitative time ("Evening").
    pub exact_time_not_published: &'static str,
    /// Shown when no source gives a venue.
    pub venue_not_published: &'static str,
    /// Label for the dates a multi-day event ran.
    pub runs: &'static str,
    /// Sources disclosure, followed by the count.
    pub sources: &'static str,
    /// Marks a source as official.
    pub official_source: &'static str,
    /// Marks a source as news or other.
    pub news_source: &'static str,
    /// Said of a source with no secure link.
    pub insecure_link: &'static str,
    /// Deliverables heading on a card.
    pub delivered: &'static str,
    /// Heading of a card's event list.
    pub advanced_at: &'static str,
    /// Label above a deliverable's official links.
    pub official_page: &'static str,
    /// Beside a priority's Thai name when it is a descriptive rendering, not an official name.
    pub descriptive_thai_name: &'static str,
    /// Label above a deliverable's events.
    pub in_the_week: &'static str,
    /// Footer heading.
    pub about_heading: &'static str,
    /// Footer text on how the content was made.
    pub about_text: &'static str,
    /// Footer link to the data file.
    pub download_data: &'static str,
    /// Footer disclaimer.
    pub disclaimer: &'static str,
    /// Footer label before the revision date.
    pub last_revised: &'static str,
    /// Weekday names, Monday first.
    pub weekdays: [&'static str; 7],
    /// Short weekday names, Monday first.
    pub weekdays_short: [&'static str; 7],
    /// The shortest weekday names, Monday first, for the embed's day links.
    pub weekdays_abbr: [&'static str; 7],
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Short month names, January first.
    pub months_short: [&'static str; 12],
    /// Copy-link button text; its accessible name is `copy_link_to` with the title.
    pub copy_link: &'static str,
    /// Accessible name of a copy-link button; `{title}` is replaced.
    pub copy_link_to: &'static str,
    /// Share button text.
    pub share: &'static str,
    /// Accessible name of a share button; `{title}` is replaced.
    pub share_title: &'static str,
    /// Confirmation after copying.
    pub link_copied: &'static str,
    /// Shown with a selectable field when the browser refuses to copy.
    pub copy_fallback: &'static str,
    /// Label of the fallback field; `{title}` is replaced.
    pub link_to: &'static str,
    /// Said when sharing fails for a reason other than the reader cancelling.
    pub share_failed: &'static str,
    /// Heading of the filter panel.
    pub filters_heading: &'static str,
    /// Label of the search field.
    pub search_label: &'static str,
    /// Legend of the track checkboxes.
    pub tracks_legend: &'static str,
    /// Legend of the priority checkboxes.
    pub priorities_legend: &'static str,
    /// Button that restores the full week.
    pub clear_filters: &'static str,
    /// Result count; `{n}` and `{total}` are replaced.
    pub shown_count: &'static str,
    /// Shown in a day when no event of it matches.
    pub day_none_shown: &'static str,
    /// Notice for a link to something that is not a section; `{fragment}` is replaced.
    pub notice_unknown: &'static str,
    /// Notice for a link to an event that the filters hide.
    pub notice_hidden: &'static str,
    /// Button in that notice.
    pub show_all: &'static str,
    /// Button that closes a notice.
    pub dismiss: &'static str,
    /// Said when an update of the data was not used; `{reason}` is replaced.
    pub update_failed: &'static str,
    /// Said when an update of the data replaced the built-in copy; `{date}` is replaced.
    pub update_loaded: &'static str,
    /// Reason: the address is not allowed.
    pub reason_rejected_url: &'static str,
    /// Reason: the request failed.
    pub reason_network: &'static str,
    /// Reason: no answer in time; `{seconds}` is replaced.
    pub reason_timeout: &'static str,
    /// Reason: a non-2xx status; `{status}` is replaced.
    pub reason_status: &'static str,
    /// Reason: not JSON; `{type}` is replaced.
    pub reason_wrong_type: &'static str,
    /// Reason: too big; `{limit}` is replaced.
    pub reason_too_large: &'static str,
    /// Reason: broken JSON; `{detail}` is replaced.
    pub reason_invalid_json: &'static str,
    /// Reason: fails the checks; `{detail}` and `{count}` are replaced.
    pub reason_invalid: &'static str,
    /// Reason: older than the built-in data; `{date}` is replaced.
    pub reason_older: &'static str,
    /// Link from an embed to the standalone app.
    pub open_full_view: &'static str,
    /// Heading of the embed disclosure.
    pub embed_heading: &'static str,
    /// What the snippet does.
    pub embed_intro: &'static str,
    /// Legend of the what-to-embed choice.
    pub embed_what: &'static str,
    /// Choice: the whole week.
    pub embed_whole_week: &'static str,
    /// Choice: the section open now.
    pub embed_this_section: &'static str,
    /// Label of the snippet field.
    pub embed_code_label: &'static str,
    /// Button that copies the snippet.
    pub embed_copy: &'static str,
    /// Confirmation after copying the snippet.
    pub snippet_copied: &'static str,
    /// Added to the iframe's title in the snippet.
    pub embed_frame_title: &'static str,
    /// Shown when the app cannot start.
    pub problem_no_wasm: &'static str,
    /// Shown when the app stops on an internal error.
    pub problem_crash: &'static str,
    /// Link from a preview page to the app.
    pub open_in_timeline: &'static str,
    /// Track labels, in the order of `Track`'s variants.
    pub tracks: [&'static str; 10],
    /// Badge on events whose sources leave a gap or disagree.
    pub partly_confirmed: &'static str,
    /// Event count: one.
    pub event_one: &'static str,
    /// Event count: many (after the number).
    pub event_many: &'static str,
    /// Button that opens every row of the page.
    pub expand_all: &'static str,
    /// Button that closes every row of the page.
    pub collapse_all: &'static str,
    /// Short mark in a row for an event no source gives a time for.
    pub no_time_short: &'static str,
    /// Label of the day links in the one-day-at-a-time view.
    pub days_nav: &'static str,
    /// The link to the priority cards in the one-day-at-a-time view.
    pub priorities_tab: &'static str,
    /// Intro to the letters of the week navigator's marks.
    pub marks_legend: &'static str,
    /// One letter (or two) per track for the navigator's marks, in `Track` order.
    pub track_marks: [&'static str; 10],
}

impl Strings {
    /// The label of a track.
    pub fn track(&self, track: Track) -> &'static str {
        self.tracks[track as usize]
    }

    /// The letter on a track's marks in the week navigator.
    pub fn track_mark(&self, track: Track) -> &'static str {
        self.track_marks[track as usize]
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

    /// Why an update was not used, as a clause for `update_failed`.
    pub fn update_reason(&self, error: &UpdateError) -> String {
        match error {
            UpdateError::RejectedUrl => self.reason_rejected_url.to_string(),
            UpdateError::Network => self.reason_network.to_string(),
            UpdateError::Timeout => self
                .reason_timeout
                .replace("{seconds}", &(UPDATE_TIMEOUT_MS / 1000).to_string()),
            UpdateError::Status(status) => {
                self.reason_status.replace("{status}", &status.to_string())
            }
            UpdateError::WrongType(ty) => self.reason_wrong_type.replace("{type}", ty),
            UpdateError::TooLarge => self
                .reason_too_large
                .replace("{limit}", &(MAX_UPDATE_BYTES / 1_000_000).to_string()),
            UpdateError::InvalidJson(detail) => {
                self.reason_invalid_json.replace("{detail}", detail)
            }
            UpdateError::Invalid(first, count) => self
                .reason_invalid
                .replace("{detail}", &first.to_string())
                .replace("{count}", &count.to_string()),
            UpdateError::Older(date) => self.reason_older.replace("{date}", &date.to_string()),
        }
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

/// English.
pub const EN: Strings = Strings {
    page_title: "APEC Economic Leaders' Week 2022, Bangkok: day by day",
    page_description: "The APEC Economic Leaders' Week in Bangkok, 14–19 November 2022, day by day: every meeting with its time in Bangkok time, venue, outcomes and sources, and the three priorities Open, Connect, Balance.",
    skip_to_timeline: "Skip to the day-by-day timeline",
    eyebrow: "APEC 2022 Thailand",
    dates: "Dates",
    venue: "Venue",
    host: "Host",
    times: "Times",
    times_are_local: "Bangkok time, ICT (UTC+7)",
    clock: "{time} ICT",
    clock_about: "About {time} ICT",
    clock_about_local: "About {time}",
    intl_locale: "en-GB",
    long_date: "{weekday}, {day} {month} {year}",
    year_offset: 0,
    code: Lang::En.code(),
    other_language: "ภาษาไทย",
    other_code: Lang::Th.code(),
    tz_show_local: "Show times in my time zone",
    tz_show_ict: "Show Bangkok time (ICT)",
    tz_local_note: "Times are shown in your time zone, {zone}. Days stay those of Bangkok.",
    overview_heading: "The week at a glance",
    overview_priorities: "The three priorities",
    priorities_heading: "The three priorities of APEC 2022",
    priorities_intro: "Each card lists what the priority delivered.",
    when: "When",
    where_: "Where",
    track: "Track",
    chair: "Chair",
    participants: "Who",
    outcomes: "Outcomes",
    advances: "Advances",
    note: "Note",
    time_not_published: "Time not found in the sources",
    exact_time_not_published: "exact time not found in the sources",
    venue_not_published: "Venue not found in the sources",
    runs: "Runs",
    sources: "Sources",
    official_source: "Official",
    news_source: "News and other",
    insecure_link: "no secure link",
    delivered: "What it delivered",
    advanced_at: "Advanced during the week at",
    official_page: "Official website",
    descriptive_thai_name: "Descriptive Thai name; no official one was found",
    in_the_week: "During the week",
    about_heading: "About this timeline",
    about_text: "Every fact here is taken from the cited official pages and news reports, summarised in our own words. Where sources disagree, the event says so. Times are given only where a source publishes one.",
    download_data: "Download the data (JSON)",
    disclaimer: "This is an independent timeline. It is not an official site of APEC or of the Royal Thai Government.",
    last_revised: "Content last revised",
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    weekdays_abbr: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    copy_link: "Copy link",
    copy_link_to: "Copy link to {title}",
    share: "Share",
    share_title: "Share {title}",
    link_copied: "Link copied",
    copy_fallback: "Your browser did not allow copying. Select the link below and copy it.",
    link_to: "Link to {title}",
    share_failed: "Sharing did not work. Use Copy link instead.",
    filters_heading: "Find events",
    search_label: "Search titles, summaries and outcomes",
    tracks_legend: "Track",
    priorities_legend: "Priority",
    clear_filters: "Clear filters",
    shown_count: "{n} of {total} events shown",
    day_none_shown: "No event on this day matches the filters.",
    notice_unknown: "This link points to “{fragment}”, which is not a section of this timeline. The whole week is shown below.",
    notice_hidden: "The event this link points to is hidden by the current filters.",
    show_all: "Show all events",
    dismiss: "Dismiss",
    open_in_timeline: "Open in the timeline",
    update_failed: "The built-in data is shown: the updated data could not be used because {reason}.",
    update_loaded: "Showing updated data, last revised on {date}.",
    reason_rejected_url: "only https: addresses and addresses on this site are accepted",
    reason_network: "it could not be downloaded",
    reason_timeout: "it did not arrive within {seconds} seconds",
    reason_status: "the server answered with status {status}",
    reason_wrong_type: "it is not JSON (content type “{type}”)",
    reason_too_large: "it is larger than {limit} MB",
    reason_invalid_json: "it is not valid JSON ({detail})",
    reason_invalid: "it failed the data checks: {detail} ({count} problem(s) in all)",
    reason_older: "it is older than the built-in data (revised {date})",
    open_full_view: "Open full view",
    embed_heading: "Embed this timeline on your site",
    embed_intro: "Paste this HTML into your page. The frame loads nothing from other sites and sets no cookies; the script sizes the frame to its content and is optional.",
    embed_what: "What to embed",
    embed_whole_week: "The whole week",
    embed_this_section: "The section open now",
    embed_code_label: "HTML to paste",
    embed_copy: "Copy the HTML",
    snippet_copied: "HTML copied",
    embed_frame_title: "timeline",
    problem_no_wasm: "This browser could not start the interactive timeline, so search, filters and share buttons are not available. The whole week is shown below, and links to its sections work.",
    problem_crash: "Something went wrong, so some buttons may no longer respond. The week stays on screen; reload the page to try again.",
    tracks: [
        "Senior officials",
        "Ministers",
        "Leaders",
        "Business",
        "Guests",
        "Youth",
        "Ceremonial",
        "Media",
        "Around the summit",
        "Other",
    ],
    partly_confirmed: "Partly confirmed",
    event_one: "event",
    event_many: "events",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    no_time_short: "No time given",
    days_nav: "Days of the week",
    priorities_tab: "Priorities",
    marks_legend: "One mark per event, lettered by track:",
    track_marks: ["S", "M", "L", "B", "G", "Y", "C", "P", "A", "O"],
};

/// Thai. Official Thai names follow the research fact sheet's glossary.
pub const TH: Strings = Strings {
    page_title: "สัปดาห์การประชุมผู้นำเขตเศรษฐกิจเอเปค ปี 2565 กรุงเทพฯ: รายวัน",
    page_description: "สัปดาห์การประชุมผู้นำเขตเศรษฐกิจเอเปคที่กรุงเทพฯ 14–19 พฤศจิกายน 2565 แบบรายวัน: ทุกการประชุมพร้อมเวลาตามเวลากรุงเทพฯ สถานที่ ผลการประชุมและแหล่งที่มา และประเด็นสำคัญสามด้าน เปิดกว้าง เชื่อมโยง สมดุล",
    skip_to_timeline: "ข้ามไปยังลำดับเหตุการณ์รายวัน",
    eyebrow: "เอเปค 2022 ประเทศไทย",
    dates: "วันที่",
    venue: "สถานที่",
    host: "เจ้าภาพ",
    times: "เวลา",
    times_are_local: "เวลากรุงเทพฯ (ICT, UTC+7)",
    clock: "{time} น. (ICT)",
    clock_about: "ประมาณ {time} น. (ICT)",
    clock_about_local: "ประมาณ {time}",
    intl_locale: "th-TH",
    long_date: "{weekday}ที่ {day} {month} {year}",
    year_offset: 543,
    code: Lang::Th.code(),
    other_language: "English",
    other_code: Lang::En.code(),
    tz_show_local: "แสดงเวลาตามเขตเวลาของฉัน",
    tz_show_ict: "แสดงเวลากรุงเทพฯ (ICT)",
    tz_local_note: "เวลาแสดงตามเขตเวลาของคุณ ({zone}) ส่วนวันยังคงเป็นวันตามเวลากรุงเทพฯ",
    overview_heading: "ภาพรวมทั้งสัปดาห์",
    overview_priorities: "ประเด็นหลักสามประการ",
    // A word joiner keeps "เอเปค" whole: the line breaker's dictionary does not know it.
    priorities_heading: "ประเด็นหลักสามประการของเอ\u{2060}เปค 2022",
    priorities_intro: "แต่ละการ์ดแสดงผลลัพธ์ของประเด็นหลักนั้น",
    when: "เมื่อใด",
    where_: "สถานที่",
    track: "กลุ่ม",
    chair: "ประธาน",
    participants: "ผู้เกี่ยวข้อง",
    outcomes: "ผลลัพธ์",
    advances: "ผลักดัน",
    note: "หมายเหตุ",
    time_not_published: "ไม่พบเวลาในแหล่งข้อมูล",
    exact_time_not_published: "ไม่พบเวลาที่แน่นอนในแหล่งข้อมูล",
    venue_not_published: "ไม่พบสถานที่ในแหล่งข้อมูล",
    runs: "จัดขึ้น",
    sources: "แหล่งข้อมูล",
    official_source: "ทางการ",
    news_source: "ข่าวและอื่น ๆ",
    insecure_link: "ไม่มีลิงก์ที่ปลอดภัย",
    delivered: "ผลลัพธ์ที่ได้",
    advanced_at: "ผลักดันในสัปดาห์นี้ที่",
    official_page: "เว็บไซต์ทางการ",
    descriptive_thai_name: "ชื่อเชิงพรรณนา ไม่พบชื่อทางการภาษาไทย",
    in_the_week: "ในสัปดาห์การประชุม",
    about_heading: "เกี่ยวกับลำดับเหตุการณ์นี้",
    about_text: "ข้อเท็จจริงทุกข้อมาจากหน้าเว็บทางการและรายงานข่าวที่อ้างอิงไว้ และเรียบเรียงด้วยถ้อยคำของเราเอง หากแหล่งข้อมูลไม่ตรงกัน กิจกรรมนั้นจะระบุไว้ และจะแสดงเวลาเฉพาะเมื่อมีแหล่งข้อมูลเผยแพร่เท่านั้น",
    download_data: "ดาวน์โหลดข้อมูล (JSON)",
    disclaimer: "ลำดับเหตุการณ์นี้จัดทำขึ้นโดยอิสระ ไม่ใช่เว็บไซต์ทางการของเอเปคหรือรัฐบาลไทย",
    last_revised: "ปรับปรุงเนื้อหาล่าสุด",
    weekdays: [
        "วันจันทร์",
        "วันอังคาร",
        "วันพุธ",
        "วันพฤหัสบดี",
        "วันศุกร์",
        "วันเสาร์",
        "วันอาทิตย์",
    ],
    weekdays_short: ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"],
    weekdays_abbr: ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."],
    months: [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ],
    months_short: [
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    ],
    copy_link: "คัดลอกลิงก์",
    copy_link_to: "คัดลอกลิงก์ไปยัง {title}",
    share: "แชร์",
    share_title: "แชร์ {title}",
    link_copied: "คัดลอกลิงก์แล้ว",
    copy_fallback: "เบราว์เซอร์ไม่อนุญาตให้คัดลอก โปรดเลือกลิงก์ด้านล่างแล้วคัดลอกเอง",
    link_to: "ลิงก์ไปยัง {title}",
    share_failed: "แชร์ไม่สำเร็จ โปรดใช้ปุ่มคัดลอกลิงก์แทน",
    filters_heading: "ค้นหากิจกรรม",
    search_label: "ค้นหาในชื่อ สรุป และผลลัพธ์",
    tracks_legend: "กลุ่ม",
    priorities_legend: "ประเด็นหลัก",
    clear_filters: "ล้างตัวกรอง",
    shown_count: "แสดง {n} จาก {total} กิจกรรม",
    day_none_shown: "ไม่มีกิจกรรมในวันนี้ที่ตรงกับตัวกรอง",
    notice_unknown: "ลิงก์นี้ชี้ไปที่ “{fragment}” ซึ่งไม่ใช่ส่วนหนึ่งของลำดับเหตุการณ์นี้ ด้านล่างแสดงทั้งสัปดาห์",
    notice_hidden: "กิจกรรมที่ลิงก์นี้ชี้ไปถูกซ่อนด้วยตัวกรองที่ใช้อยู่",
    show_all: "แสดงกิจกรรมทั้งหมด",
    dismiss: "ปิด",
    open_in_timeline: "เปิดในลำดับเหตุการณ์",
    update_failed: "กำลังแสดงข้อมูลที่มากับแอป เพราะใช้ข้อมูลฉบับปรับปรุงไม่ได้: {reason}",
    update_loaded: "กำลังแสดงข้อมูลฉบับปรับปรุง แก้ไขล่าสุดเมื่อ {date}",
    reason_rejected_url: "รับเฉพาะที่อยู่ https: และที่อยู่บนเว็บไซต์นี้เท่านั้น",
    reason_network: "ดาวน์โหลดไม่ได้",
    reason_timeout: "ข้อมูลไม่มาถึงภายใน {seconds} วินาที",
    reason_status: "เซิร์ฟเวอร์ตอบกลับด้วยสถานะ {status}",
    reason_wrong_type: "ไม่ใช่ JSON (ประเภทเนื้อหา “{type}”)",
    reason_too_large: "มีขนาดใหญ่กว่า {limit} MB",
    reason_invalid_json: "ไม่ใช่ JSON ที่ถูกต้อง ({detail})",
    reason_invalid: "ไม่ผ่านการตรวจสอบข้อมูล: {detail} (รวม {count} ปัญหา)",
    reason_older: "เก่ากว่าข้อมูลที่มากับแอป (แก้ไขเมื่อ {date})",
    open_full_view: "เปิดแบบเต็มหน้า",
    embed_heading: "ฝังลำดับเหตุการณ์นี้ในเว็บไซต์ของคุณ",
    embed_intro: "วาง HTML นี้ในหน้าเว็บของคุณ กรอบนี้ไม่โหลดสิ่งใดจากเว็บไซต์อื่นและไม่ตั้งคุกกี้ สคริปต์ช่วยปรับความสูงของกรอบให้พอดีกับเนื้อหาและจะใส่หรือไม่ก็ได้",
    embed_what: "สิ่งที่จะฝัง",
    embed_whole_week: "ทั้งสัปดาห์",
    embed_this_section: "ส่วนที่เปิดอยู่ตอนนี้",
    embed_code_label: "HTML สำหรับวาง",
    embed_copy: "คัดลอก HTML",
    snippet_copied: "คัดลอก HTML แล้ว",
    embed_frame_title: "ลำดับเหตุการณ์",
    problem_no_wasm: "เบราว์เซอร์นี้เริ่มลำดับเหตุการณ์แบบโต้ตอบไม่ได้ จึงใช้การค้นหา ตัวกรอง และปุ่มแชร์ไม่ได้ ด้านล่างแสดงทั้งสัปดาห์ และลิงก์ไปยังแต่ละส่วนยังใช้ได้",
    problem_crash: "เกิดข้อผิดพลาด ปุ่มบางปุ่มอาจไม่ตอบสนอง ข้อมูลทั้งสัปดาห์ยังแสดงอยู่ โปรดโหลดหน้าใหม่เพื่อลองอีกครั้ง",
    tracks: [
        "เจ้าหน้าที่อาวุโส",
        "รัฐมนตรี",
        "ผู้นำ",
        "ภาคธุรกิจ",
        "แขกพิเศษ",
        "เยาวชน",
        "พิธีการ",
        "สื่อมวลชน",
        "เหตุการณ์แวดล้อม",
        "อื่น ๆ",
    ],
    partly_confirmed: "ยืนยันได้บางส่วน",
    event_one: "กิจกรรม",
    event_many: "กิจกรรม",
    expand_all: "ขยายทั้งหมด",
    collapse_all: "ย่อทั้งหมด",
    no_time_short: "ไม่ระบุเวลา",
    days_nav: "วันในสัปดาห์",
    priorities_tab: "ประเด็นหลัก",
    marks_legend: "หนึ่งเครื่องหมายต่อหนึ่งกิจกรรม ตัวอักษรบอกกลุ่ม:",
    track_marks: ["จ", "ร", "ผ", "ธ", "ข", "ย", "พ", "ส", "ห", "อ"],
};

/// The table for `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Th => &TH,
    }
}

/// Every string of both tables, side by side (English, Thai), for completeness checks
/// here and for the browser test that looks for English left in the Thai page.
pub fn string_pairs() -> Vec<(&'static str, &'static str)> {
    let (e, t) = (&EN, &TH);
    let mut pairs = vec![
        (e.page_title, t.page_title),
        (e.page_description, t.page_description),
        (e.skip_to_timeline, t.skip_to_timeline),
        (e.eyebrow, t.eyebrow),
        (e.dates, t.dates),
        (e.venue, t.venue),
        (e.host, t.host),
        (e.times, t.times),
        (e.times_are_local, t.times_are_local),
        (e.clock, t.clock),
        (e.clock_about, t.clock_about),
        (e.clock_about_local, t.clock_about_local),
        (e.intl_locale, t.intl_locale),
        (e.long_date, t.long_date),
        (e.code, t.code),
        (e.other_language, t.other_language),
        (e.other_code, t.other_code),
        (e.tz_show_local, t.tz_show_local),
        (e.tz_show_ict, t.tz_show_ict),
        (e.tz_local_note, t.tz_local_note),
        (e.overview_heading, t.overview_heading),
        (e.overview_priorities, t.overview_priorities),
        (e.priorities_heading, t.priorities_heading),
        (e.priorities_intro, t.priorities_intro),
        (e.when, t.when),
        (e.where_, t.where_),
        (e.track, t.track),
        (e.chair, t.chair),
        (e.participants, t.participants),
        (e.outcomes, t.outcomes),
        (e.advances, t.advances),
        (e.note, t.note),
        (e.time_not_published, t.time_not_published),
        (e.exact_time_not_published, t.exact_time_not_published),
        (e.venue_not_published, t.venue_not_published),
        (e.runs, t.runs),
        (e.sources, t.sources),
        (e.official_source, t.official_source),
        (e.news_source, t.news_source),
        (e.insecure_link, t.insecure_link),
        (e.delivered, t.delivered),
        (e.advanced_at, t.advanced_at),
        (e.official_page, t.official_page),
        (e.descriptive_thai_name, t.descriptive_thai_name),
        (e.in_the_week, t.in_the_week),
        (e.about_heading, t.about_heading),
        (e.about_text, t.about_text),
        (e.download_data, t.download_data),
        (e.disclaimer, t.disclaimer),
        (e.last_revised, t.last_revised),
        (e.copy_link, t.copy_link),
        (e.copy_link_to, t.copy_link_to),
        (e.share, t.share),
        (e.share_title, t.share_title),
        (e.link_copied, t.link_copied),
        (e.copy_fallback, t.copy_fallback),
        (e.link_to, t.link_to),
        (e.share_failed, t.share_failed),
        (e.filters_heading, t.filters_heading),
        (e.search_label, t.search_label),
        (e.tracks_legend, t.tracks_legend),
        (e.priorities_legend, t.priorities_legend),
        (e.clear_filters, t.clear_filters),
        (e.shown_count, t.shown_count),
        (e.day_none_shown, t.day_none_shown),
        (e.notice_unknown, t.notice_unknown),
        (e.notice_hidden, t.notice_hidden),
        (e.show_all, t.show_all),
        (e.dismiss, t.dismiss),
        (e.open_in_timeline, t.open_in_timeline),
        (e.update_failed, t.update_failed),
        (e.update_loaded, t.update_loaded),
        (e.reason_rejected_url, t.reason_rejected_url),
        (e.reason_network, t.reason_network),
        (e.reason_timeout, t.reason_timeout),
        (e.reason_status, t.reason_status),
        (e.reason_wrong_type, t.reason_wrong_type),
        (e.reason_too_large, t.reason_too_large),
        (e.reason_invalid_json, t.reason_invalid_json),
        (e.reason_invalid, t.reason_invalid),
        (e.reason_older, t.reason_older),
        (e.open_full_view, t.open_full_view),
        (e.embed_heading, t.embed_heading),
        (e.embed_intro, t.embed_intro),
        (e.embed_what, t.embed_what),
        (e.embed_whole_week, t.embed_whole_week),
        (e.embed_this_section, t.embed_this_section),
        (e.embed_code_label, t.embed_code_label),
        (e.embed_copy, t.embed_copy),
        (e.snippet_copied, t.snippet_copied),
        (e.embed_frame_title, t.embed_frame_title),
        (e.problem_no_wasm, t.problem_no_wasm),
        (e.problem_crash, t.problem_crash),
        (e.partly_confirmed, t.partly_confirmed),
        (e.event_one, t.event_one),
        (e.event_many, t.event_many),
        (e.expand_all, t.expand_all),
        (e.collapse_all, t.collapse_all),
        (e.no_time_short, t.no_time_short),
        (e.days_nav, t.days_nav),
        (e.priorities_tab, t.priorities_tab),
        (e.marks_legend, t.marks_legend),
    ];
    pairs.extend(e.weekdays.iter().copied().zip(t.weekdays));
    pairs.extend(e.weekdays_short.iter().copied().zip(t.weekdays_short));
    pairs.extend(e.weekdays_abbr.iter().copied().zip(t.weekdays_abbr));
    pairs.extend(e.months.iter().copied().zip(t.months));
    pairs.extend(e.months_short.iter().copied().zip(t.months_short));
    pairs.extend(e.tracks.iter().copied().zip(t.tracks));
    pairs.extend(e.track_marks.iter().copied().zip(t.track_marks));
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_track_has_a_slug_a_label_and_a_data_name_in_order() {
        let mut slugs = std::collections::HashSet::new();
        for (i, &track) in Track::ALL.iter().enumerate() {
            // Filters keep tracks in this order by their place in the enum.
            assert_eq!(
                track as usize, i,
                "Track::ALL must follow the order of Track"
            );
            assert!(slugs.insert(track.slug()), "slug {} twice", track.slug());
            assert_eq!(Track::from_slug(track.slug()), Some(track));
            assert!(!EN.track(track).is_empty() && !TH.track(track).is_empty());
        }
        let parsed: Track = serde_json::from_str("\"around_summit\"").unwrap();
        assert_eq!(parsed, Track::AroundSummit);
        assert_eq!(Track::AroundSummit.slug(), "around-the-summit");
        assert_eq!(Track::from_slug("nope"), None);
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

    #[test]
    fn every_track_has_its_own_label() {
        let all = [
            Track::SeniorOfficials,
            Track::Ministers,
            Track::Leaders,
            Track::Business,
            Track::Guests,
            Track::Youth,
            Track::Ceremonial,
            Track::Media,
            Track::AroundSummit,
            Track::Other,
        ];
        let labels: Vec<&str> = all.iter().map(|&t| EN.track(t)).collect();
        assert_eq!(labels[0], "Senior officials");
        assert_eq!(EN.track(Track::AroundSummit), "Around the summit");
        assert_eq!(TH.track(Track::AroundSummit), "เหตุการณ์แวดล้อม");
        assert_eq!(labels[9], "Other");
        let mut unique = labels.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), all.len());
        // The navigator's marks tell tracks apart by letter, not only by colour.
        for s in [&EN, &TH] {
            let mut marks: Vec<&str> = all.iter().map(|&t| s.track_mark(t)).collect();
            marks.sort();
            marks.dedup();
            assert_eq!(marks.len(), all.len(), "{}: a letter is used twice", s.code);
            assert!(marks.iter().all(|m| (1..=2).contains(&m.chars().count())));
        }
    }

    #[test]
    fn update_failures_read_as_one_line() {
        let line = |e: UpdateError| EN.update_failed.replace("{reason}", &EN.update_reason(&e));
        assert_eq!(
            line(UpdateError::Status(404)),
            "The built-in data is shown: the updated data could not be used because the server answered with status 404."
        );
        assert!(line(UpdateError::Timeout).contains("within 5 seconds"));
        assert!(line(UpdateError::TooLarge).contains("larger than 1 MB"));
        let first = crate::data::DataError {
            record: "events[2] \"x\"".into(),
            field: "title.en".into(),
            message: "is empty".into(),
        };
        assert!(
            line(UpdateError::Invalid(first, 3))
                .contains("events[2] \"x\", field \"title.en\": is empty (3 problem(s) in all)")
        );
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
    }
}
