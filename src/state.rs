//! App-wide reactive state, provided once as context by `App`: the language, the view
//! options from the URL, the polite announcements, the notice about the current link,
//! and which rows are open.

use crate::data::UpdateError;
use crate::model::{Dataset, Date, Lang};
use crate::page::Page;
use crate::panel::{Panel, panel_for};
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
    /// Element ids of the rows (events, deliverables) whose details are open. Kept here,
    /// not only in the DOM, so a rebuilt page (language switch, data update) reopens
    /// them; never written to the URL. Changed only through the intent methods below.
    opened: RwSignal<Vec<String>>,
    /// What the one-day-at-a-time view (the embed) shows, from the section.
    panel: Memo<Panel>,
    /// The app's root folder as an absolute URL ending in `/` (where the preview pages
    /// and the other pages are); empty when rendered outside a browser.
    root: StoredValue<String>,
}

impl AppState {
    /// Fresh state for a page opened with these view options.
    pub fn new(lang: Lang, data: &'static Dataset, view: ViewOptions, root: String) -> Self {
        let data = RwSignal::new(data);
        let section = RwSignal::new(None::<String>);
        AppState {
            lang: RwSignal::new(lang),
            data,
            update: RwSignal::new(None),
            view: RwSignal::new(view),
            announcement: RwSignal::new(String::new()),
            notice: RwSignal::new(None),
            can_share: RwSignal::new(false),
            section,
            time_zone: RwSignal::new(None),
            opened: RwSignal::new(Vec::new()),
            panel: Memo::new(move |_| section.with(|id| panel_for(id.as_deref(), data.get()))),
            root: StoredValue::new(root),
        }
    }

    /// The page the reader is on: the language and mode shown now (the address follows
    /// them, see `App`).
    pub fn page(&self) -> Page {
        Page::new(
            self.lang.get_untracked(),
            self.view.with_untracked(|o| o.embed),
        )
    }

    /// The app's root folder as an absolute URL (empty outside a browser).
    pub fn root(&self) -> String {
        self.root.get_value()
    }

    /// Switches the language; the page rebuilds in it and the address moves to that
    /// language's page, keeping the section, the filters and the open rows.
    pub fn switch_language(&self, lang: Lang) {
        // Thai has a page of its own; English is said in the query only because it then
        // overrides a browser that prefers Thai.
        self.view
            .update(|o| o.lang = (lang == Lang::En).then_some(Lang::En));
        self.lang.set(lang);
    }

    /// Whether the row with this element id is open (tracked).
    pub fn is_open(&self, id: &str) -> bool {
        self.opened.with(|ids| ids.iter().any(|o| o == id))
    }

    /// Whether any row is open (tracked).
    pub fn any_open(&self) -> bool {
        self.opened.with(|ids| !ids.is_empty())
    }

    /// Opens or closes one row. Saying what is already so changes nothing, so the
    /// `toggle` event that follows every change of `open` settles at once.
    pub fn set_open(&self, id: &str, open: bool) {
        if self
            .opened
            .with_untracked(|ids| ids.iter().any(|o| o == id))
            == open
        {
            return;
        }
        self.opened.update(|ids| {
            if open {
                ids.push(id.to_string());
            } else {
                ids.retain(|o| o != id);
            }
        });
    }

    /// Opens every event and deliverable of the week on screen.
    pub fn expand_all(&self) {
        let data = self.data.get_untracked();
        let ids = data.events.iter().map(|e| e.id.clone()).chain(
            data.priorities
                .iter()
                .flat_map(|p| &p.deliverables)
                .map(|d| d.element_id()),
        );
        self.opened.set(ids.collect());
    }

    /// Closes every row.
    pub fn collapse_all(&self) {
        self.opened.set(Vec::new());
    }

    /// What the one-day-at-a-time view shows now (tracked).
    pub fn panel(&self) -> Panel {
        self.panel.get()
    }

    /// Whether a part of the week is displayed: always on the page; in the embed, only
    /// while `shows` says the panel on show holds it (tracked).
    pub fn on_show(&self, shows: impl FnOnce(Panel) -> bool) -> bool {
        !self.view.with_untracked(|o| o.embed) || shows(self.panel())
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
