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
    /// Short zone label after every time.
    pub zone_abbr: &'static str,
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
    /// Prefix for an approximate time.
    pub about: &'static str,
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
    pub tracks: [&'static str; 9],
    /// Badge on events whose sources leave a gap or disagree.
    pub partly_confirmed: &'static str,
    /// Event count: one.
    pub event_one: &'static str,
    /// Event count: many (after the number).
    pub event_many: &'static str,
}

impl Strings {
    /// The label of a track.
    pub fn track(&self, track: Track) -> &'static str {
        self.tracks[track as usize]
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

    /// "1 event", "5 events".
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
    skip_to_timeline: "Skip to the day-by-day timeline",
    eyebrow: "APEC 2022 Thailand",
    dates: "Dates",
    venue: "Venue",
    host: "Host",
    times: "Times",
    times_are_local: "Bangkok time, ICT (UTC+7)",
    zone_abbr: "ICT",
    overview_heading: "The week at a glance",
    overview_priorities: "The three priorities",
    priorities_heading: "The three priorities of APEC 2022",
    priorities_intro: "Thailand's host year was built on three priorities. Each card says what it delivered and links to the events of the week that advanced it.",
    when: "When",
    where_: "Where",
    track: "Track",
    chair: "Chair",
    participants: "Who",
    outcomes: "Outcomes",
    advances: "Advances",
    note: "Note",
    time_not_published: "Time not published",
    exact_time_not_published: "exact time not published",
    about: "About",
    venue_not_published: "Venue not published",
    runs: "Runs",
    sources: "Sources",
    official_source: "Official",
    news_source: "News and other",
    insecure_link: "no secure link",
    delivered: "What it delivered",
    advanced_at: "Advanced during the week at",
    official_page: "Official website",
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
        "Other",
    ],
    partly_confirmed: "Partly confirmed",
    event_one: "event",
    event_many: "events",
};

/// The table for `lang`. Thai content and interface strings arrive together in a later
/// change; until then the interface offers English only and this returns `EN` for both.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En | Lang::Th => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            Track::Other,
        ];
        let labels: Vec<&str> = all.iter().map(|&t| EN.track(t)).collect();
        assert_eq!(labels[0], "Senior officials");
        assert_eq!(labels[8], "Other");
        let mut unique = labels.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), all.len());
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

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(EN.event_count(1), "1 event");
        assert_eq!(EN.event_count(8), "8 events");
    }
}
