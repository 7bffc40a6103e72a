//! App-wide reactive state, provided once as context by `App`: the language, the view
//! options from the URL, the polite announcements and the notice about the current link.

use crate::data::UpdateError;
use crate::model::{Dataset, Date, Lang};
use crate::url::ViewOptions;
use leptos::prelude::*;

/// Something the reader should know about the link they opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The fragment is not a section of this week (the decoded text is kept to show).
    UnknownSection(String),
    /// The fragment is an event that the current filters hide (its element id).
    HiddenByFilters(String),
}

/// What became of a requested data update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateStatus {
    /// The update replaced the embedded data; its revision date.
    Loaded(Date),
    /// The update was not used; the embedded data stays.
    Failed(UpdateError),
}

/// Shared state. `Copy`, so closures take it freely.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// Language of the interface and content.
    pub lang: RwSignal<Lang>,
    /// The week on screen: the embedded data, or a checked update of it.
    pub data: RwSignal<&'static Dataset>,
    /// What became of a requested data update, if one was requested.
    pub update: RwSignal<Option<UpdateStatus>>,
    /// Filters and search, mirrored into the query string.
    pub view: RwSignal<ViewOptions>,
    /// Text of the visually hidden polite live region.
    pub announcement: RwSignal<String>,
    /// The notice about the current link, if any.
    pub notice: RwSignal<Option<Notice>>,
    /// Whether the Web Share API exists here (known only once running in a browser).
    pub can_share: RwSignal<bool>,
    /// Element id of the section the URL points at, if any.
    pub section: RwSignal<Option<String>>,
    /// The reader's own time zone, once known (times are converted to it on request).
    pub time_zone: RwSignal<Option<String>>,
}

impl AppState {
    /// Fresh state for a page opened with these view options.
    pub fn new(lang: Lang, data: &'static Dataset, view: ViewOptions) -> Self {
        AppState {
            lang: RwSignal::new(lang),
            data: RwSignal::new(data),
            update: RwSignal::new(None),
            view: RwSignal::new(view),
            announcement: RwSignal::new(String::new()),
            notice: RwSignal::new(None),
            can_share: RwSignal::new(false),
            section: RwSignal::new(None),
            time_zone: RwSignal::new(None),
        }
    }

    /// Says `message` to screen-reader users, politely. Saying the same thing twice in a
    /// row still announces it: a no-break space makes the second text differ.
    pub fn announce(&self, message: &str) {
        self.announcement.update(|current| {
            *current = if current.as_str() == message {
                format!("{message}\u{a0}")
            } else {
                message.to_string()
            };
        });
    }
}

/// The app's state; components call this instead of naming the context type.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// The `target` for links that leave the app: a new tab inside an embed (never the
/// frame), the same tab otherwise.
pub fn external_link_target() -> Option<&'static str> {
    use_state()
        .view
        .with_untracked(|o| o.embed)
        .then_some("_blank")
}

/// The week on screen. Read untracked on purpose: the page below `App` is rebuilt as a
/// whole when the data is swapped, so components take the data once, as it is then.
pub fn use_data() -> &'static Dataset {
    use_state().data.get_untracked()
}
