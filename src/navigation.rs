//! Opening the section the URL points at: opening its row, scrolling to it, focusing its
//! heading, setting the title, and the notices for links that lead nowhere or to a filtered-out event.

use crate::browser;
use crate::state::{AppState, Notice};
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::url::{self, Fragment};

/// Acts on the current fragment: on first load, on every `hashchange` (so on Back and
/// Forward), on a click on a link to the fragment already open, and after the page is
/// rebuilt (language switch, data update). `open_row` is false after a rebuild: the
/// reader may have closed the linked row since, and a rebuild keeps rows as they were.
pub fn open_current_section(state: AppState, open_row: bool) {
    let data = state.data_untracked();
    let lang = state.lang_untracked();
    let s = strings(lang);
    let full = browser::hash();
    // A WordPress host's `#?secret=…` (at load, or added later by its script): kept for
    // the height messages and taken out of the address, so that no link copied from it
    // carries it and the fragment is only ever a section.
    let (hash, secret) = url::split_secret(&full);
    if hash.len() < full.len() {
        if let Some(secret) = secret {
            state.learn_frame_secret(secret);
        }
        if let Some(address) = state.address(hash) {
            browser::replace_url(&address);
        }
    }
    match url::parse_fragment(hash, data) {
        Fragment::None => {
            state.point_at(None, None);
            browser::set_title(data.week.page_title.get(lang));
        }
        Fragment::Unknown(text) => {
            state.point_at(None, Some(Notice::UnknownSection(text)));
            browser::set_title(data.week.page_title.get(lang));
        }
        Fragment::Section(section) => {
            let id = section.element_id();
            let hidden = section.event_id().is_some_and(|e| state.filters_hide(e));
            if hidden {
                state.point_at(Some(id.clone()), Some(Notice::HiddenByFilters(id)));
                // Once the notice has rendered, bring it (not the hidden event) to the reader.
                browser::next_task(|| browser::focus_id(aelw_core::ids::LINK_NOTICE));
            } else {
                state.point_at(Some(id.clone()), None);
                reveal(state, id, section.row_id().filter(|_| open_row).as_deref());
            }
            let title = format::section_title(data, section, s, lang);
            browser::set_title(&format!("{title} · {}", data.week.title.get(lang)));
        }
    }
}

/// Brings the section with this element id to the reader: opens `row` (the section's own
/// row, when it is an event or a deliverable), then scrolls to the section and focuses
/// it. The row, and in the embed the day or card that holds the section, render once
/// this task ends, so the scroll and focus wait for the next one.
pub fn reveal(state: AppState, id: String, row: Option<&str>) {
    if let Some(row) = row {
        state.set_open(row, true);
    }
    browser::next_task(move || {
        browser::go_to_section(&id);
    });
}
