//! App-wide reactive state, provided once as context by `App`: the language, the view
//! options from the URL, the polite announcements, the notice about the current link,
//! and which rows are open.

use aelw_core::data::UpdateError;
use aelw_core::filter;
use aelw_core::model::{Dataset, Date, Event, Lang};
use aelw_core::panel::{Panel, panel_for};
use aelw_core::url::ViewOptions;
use aelw_core::url::{Page, page_url, query_lang};
use aelw_core::zone::Instant;
use leptos::prelude::Track as _;
use leptos::prelude::*;
use std::collections::HashMap;

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
    /// A newer release of the published week replaced the one on screen while the week
    /// happens (the live refresh); when it was released (or applied, for a release that
    /// does not say).
    Released(Instant),
}

/// Shared state. `Copy`, so closures take it freely. Components read it through the
/// read-only signals below and change it only through its intents (the methods that say
/// what the reader did), as in Leptos's todomvc.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// Language of the interface and content.
    lang: RwSignal<Lang>,
    /// The week on screen: the embedded data, or a checked update of it.
    data: RwSignal<&'static Dataset>,
    /// What became of a requested data update, if one was requested.
    update: RwSignal<Option<UpdateStatus>>,
    /// Filters, search and the rest of the view options, mirrored into the address.
    view: RwSignal<ViewOptions>,
    /// Text of the visually hidden polite live region.
    announcement: RwSignal<String>,
    /// The notice about the current link, if any.
    notice: RwSignal<Option<Notice>>,
    /// Whether the Web Share API exists here (known only once running in a browser).
    can_share: RwSignal<bool>,
    /// Element id of the section the URL points at, if any.
    section: RwSignal<Option<String>>,
    /// The reader's own time zone, once known (times are converted to it on request).
    time_zone: RwSignal<Option<String>>,
    /// Whether the app has started in the browser (after it took the page over).
    started: RwSignal<bool>,
    /// Whether the next rebuild for a new week keeps the reader where they are (a release
    /// applied while they read) rather than taking them back to the linked section.
    in_place: StoredValue<bool>,
    /// The sections (by element id) that the view being built leaves for later, each an
    /// empty placeholder until the session builds it (see `session::build_later`).
    later: StoredValue<Vec<String>>,
    /// Notified when every part of a view rendered again is on the page.
    built: Trigger,
    /// Whether each row (event, deliverable) is open, one signal per row by element id,
    /// so a toggle wakes only its own row (as each todo of Leptos's todomvc has its own).
    /// Kept here, not only in the DOM, so a rebuilt page (language switch, data update)
    /// reopens them; never written to the URL.
    rows: RwSignal<HashMap<String, ArcRwSignal<bool>>>,
    /// Whether any row is open.
    any_open: Memo<bool>,
    /// What the one-day-at-a-time view (the embed) shows, from the section.
    panel: Memo<Panel>,
    /// The app's root folder as an absolute URL ending in `/` (where the preview pages
    /// and the other pages are); empty when rendered outside a browser.
    root: StoredValue<String>,
    /// The secret a WordPress host gave this frame (`#?secret=…`), repeated in the height
    /// messages for it; never shown, and never part of a link.
    frame_secret: StoredValue<Option<String>>,
    /// How search makes text comparable (lower case, no accents).
    fold: filter::Fold,
    /// Whether the page follows the clock (the marks, the countdown, and the refresh of
    /// the week): the reader may stop it (WCAG 2.2.2). On until they do.
    live_updates: RwSignal<bool>,
    /// Today in the summit's zone while the week is under way by the app's clock (see
    /// `marks`): the day the embed opens on. `None` before start-up.
    today: RwSignal<Option<Date>>,
}

impl AppState {
    /// Fresh state for a page opened with these view options.
    /// `fold` makes text comparable for search: the browser's (`browser::search_fold`) in
    /// the app, the standard library's (`filter::fold_std`) elsewhere.
    pub fn new(
        lang: Lang,
        data: &'static Dataset,
        view: ViewOptions,
        root: String,
        fold: filter::Fold,
    ) -> Self {
        let (lang, data, view) = (
            RwSignal::new(lang),
            RwSignal::new(data),
            RwSignal::new(view),
        );
        let section = RwSignal::new(None::<String>);
        let today = RwSignal::new(None::<Date>);
        let rows = RwSignal::new(rows_of(data.get_untracked(), &HashMap::new()));
        AppState {
            lang,
            data,
            update: RwSignal::new(None),
            view,
            announcement: RwSignal::new(String::new()),
            notice: RwSignal::new(None),
            can_share: RwSignal::new(false),
            section,
            time_zone: RwSignal::new(None),
            started: RwSignal::new(false),
            in_place: StoredValue::new(false),
            later: StoredValue::new(Vec::new()),
            built: Trigger::new(),
            rows,
            any_open: Memo::new(move |_| rows.with(|rows| rows.values().any(|open| open.get()))),
            panel: Memo::new(move |_| {
                section.with(|id| panel_for(id.as_deref(), today.get(), data.get()))
            }),
            root: StoredValue::new(root),
            frame_secret: StoredValue::new(None),
            fold,
            live_updates: RwSignal::new(true),
            today,
        }
    }

    /// The language of the interface and content (tracked).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The language, untracked: for a part of the page that is rebuilt when it changes.
    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// The week on screen, untracked (the page is rebuilt when it is replaced).
    pub fn data_untracked(&self) -> &'static Dataset {
        self.data.get_untracked()
    }

    /// Subscribes to the week being replaced by an update.
    pub fn track_data(&self) {
        self.data.track();
    }

    /// What became of a requested data update (tracked).
    pub fn update_status(&self) -> Option<UpdateStatus> {
        self.update.get()
    }

    /// Reads the view options: filters, embed settings, time zone (tracked).
    pub fn with_view<R>(&self, f: impl FnOnce(&ViewOptions) -> R) -> R {
        self.view.with(f)
    }

    /// Reads the view options, untracked.
    pub fn with_view_untracked<R>(&self, f: impl FnOnce(&ViewOptions) -> R) -> R {
        self.view.with_untracked(f)
    }

    /// The view options (tracked).
    pub fn view(&self) -> ViewOptions {
        self.view.get()
    }

    /// The polite announcement for screen readers (tracked).
    pub fn announcement(&self) -> String {
        self.announcement.get()
    }

    /// The notice about the current link (tracked).
    pub fn notice(&self) -> Option<Notice> {
        self.notice.get()
    }

    /// Whether the Web Share API exists here (tracked).
    pub fn can_share(&self) -> bool {
        self.can_share.get()
    }

    /// Element id of the section the URL points at (tracked).
    pub fn section(&self) -> Option<String> {
        self.section.get()
    }

    /// Element id of the section the URL points at, untracked.
    pub fn section_untracked(&self) -> Option<String> {
        self.section.get_untracked()
    }

    /// Subscribes to the section changing.
    pub fn track_section(&self) {
        self.section.track();
    }

    /// The reader's own time zone, once known (tracked).
    pub fn time_zone(&self) -> Option<String> {
        self.time_zone.get()
    }

    /// Whether the filters show this event (tracked; the language is read untracked, as
    /// the week is rebuilt when it changes).
    pub fn is_shown(&self, event: &Event) -> bool {
        let lang = self.lang.get_untracked();
        self.view
            .with(|o| filter::matches(event, &o.filters, lang, self.fold))
    }

    /// Whether the filters hide the event with this id (untracked: for what a link does,
    /// not for a view). An id that is no event is not hidden.
    pub fn filters_hide(&self, id: &str) -> bool {
        let event = self.data.get_untracked().event(id);
        event.is_some_and(|e| !untrack(|| self.is_shown(e)))
    }

    /// How many of `events` the filters show (tracked, as `is_shown`).
    pub fn shown_among<'a>(&self, events: impl IntoIterator<Item = &'a Event>) -> usize {
        events.into_iter().filter(|e| self.is_shown(e)).count()
    }

    /// The page the reader is on: the language and mode shown now (the address follows
    /// them, see `session`).
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

    /// The address of what is on show: the page, the view options in its query, and
    /// `hash`; `None` outside a browser, where the root is unknown.
    pub fn address(&self, hash: &str) -> Option<String> {
        let root = self.root();
        (!root.is_empty()).then(|| {
            self.view
                .with_untracked(|o| page_url(&root, self.page(), o, hash))
        })
    }

    /// The secret a WordPress host gave this frame, if any.
    pub fn frame_secret(&self) -> Option<String> {
        self.frame_secret.get_value()
    }

    /// The host page gave this frame a secret (already checked, see `url::split_secret`).
    pub fn learn_frame_secret(&self, secret: String) {
        self.frame_secret.set_value(Some(secret));
    }

    /// Switches the language; the page rebuilds in it and the address moves to that
    /// language's page, keeping the section, the filters and the open rows.
    pub fn switch_language(&self, lang: Lang) {
        self.view.update(|o| o.lang = query_lang(Some(lang)));
        self.lang.set(lang);
    }

    /// Shows or stops showing the events of a track.
    pub fn filter_track(&self, id: &str, on: bool) {
        let ids = self.data.get_untracked().track_ids();
        self.view.update(|o| o.filters.set_track(id, on, &ids));
    }

    /// Shows or stops showing the events that advanced a priority.
    pub fn filter_priority(&self, id: &str, on: bool) {
        let ids = self.data.get_untracked().priority_ids();
        self.view.update(|o| o.filters.set_priority(id, on, &ids));
    }

    /// Searches for these words (already tidied by `url::clean_query`).
    pub fn search(&self, query: String) {
        self.view.update(|o| o.filters.query = query);
    }

    /// Clears every filter and the search.
    pub fn clear_filters(&self) {
        self.view.update(|o| o.filters = Default::default());
    }

    /// Shows the whole week again after a link to a hidden event: the notice goes too.
    pub fn show_all(&self) {
        self.notice.set(None);
        self.clear_filters();
    }

    /// Closes the notice about the link.
    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    /// Switches clock times between Bangkok time and the reader's own zone.
    pub fn toggle_local_times(&self) {
        self.view.update(|o| o.local_times = !o.local_times);
    }

    /// Points at the section the address names (none for the top of the page), with the
    /// notice the link calls for, if any.
    pub fn point_at(&self, section: Option<String>, notice: Option<Notice>) {
        self.notice.set(notice);
        self.section.set(section);
    }

    /// Records what only the browser knows, once the app runs there.
    pub fn learn_browser(&self, can_share: bool) {
        self.can_share.set(can_share);
        self.started.set(true);
    }

    /// Records the reader's time zone, asked of the browser only once local times are
    /// shown (the first `Intl.DateTimeFormat` of a page loads the browser's locale data,
    /// which is slow on a phone).
    pub fn learn_time_zone(&self, time_zone: Option<String>) {
        self.time_zone.set(time_zone);
    }

    /// Makes a link from the view options and the section (tracked). Until the app has
    /// started in the browser these are the ones the page was prerendered with (its own
    /// view, no section): adopting the markup does not rewrite an attribute, so a link
    /// must first be what the markup says and then change to the reader's own, which is
    /// then written (an `embed/?lang=en` page's "Open full view" gains its `?lang=en`).
    pub fn make_link<R>(&self, f: impl FnOnce(&ViewOptions, Option<&str>) -> R) -> R {
        if self.started.get() {
            self.view
                .with(|o| self.section.with(|s| f(o, s.as_deref())))
        } else {
            f(&self.page().view(), None)
        }
    }

    /// Puts a checked update of the week on screen (it lives for the rest of the visit).
    pub fn replace_data(&self, data: &'static Dataset) {
        self.rows.update(|rows| *rows = rows_of(data, rows));
        self.data.set(data);
    }

    /// Puts a newer release of the published week on screen in place of the one there,
    /// keeping the reader where they are (see `take_in_place`).
    pub fn apply_release(&self, data: &'static Dataset) {
        self.in_place.set_value(true);
        self.replace_data(data);
    }

    /// Whether the week was just replaced by a release applied in place; asking clears it.
    pub fn take_in_place(&self) -> bool {
        self.in_place
            .try_update_value(std::mem::take)
            .unwrap_or(false)
    }

    /// Says which sections (by element id) the next view leaves for later: the session
    /// builds them after its first frame. Empty: the whole view at once.
    pub fn leave_for_later(&self, ids: Vec<String>) {
        self.later.set_value(ids);
    }

    /// Whether the view being built leaves the section with this element id for later.
    pub fn is_left_for_later(&self, id: &str) -> bool {
        self.later.with_value(|ids| ids.iter().any(|x| x == id))
    }

    /// Says that every part of the view rendered again is on the page.
    pub fn view_built(&self) {
        self.built.notify();
    }

    /// Tracks the end of each rendering of the view (see `view_built`).
    pub fn track_view_built(&self) {
        self.built.track();
    }

    /// Records that the release of `at` is the week on screen now.
    pub fn release_applied(&self, at: Instant) {
        self.update.set(Some(UpdateStatus::Released(at)));
    }

    /// Whether the page follows the clock and the week refreshes itself, now.
    pub fn live_updates_on_untracked(&self) -> bool {
        self.live_updates.get_untracked()
    }

    /// Records that the update revised on `updated` is the week on screen now.
    pub fn update_loaded(&self, updated: Date) {
        self.update.set(Some(UpdateStatus::Loaded(updated)));
    }

    /// Records why an update was not used; the week on screen stays.
    pub fn update_failed(&self, error: UpdateError) {
        self.update.set(Some(UpdateStatus::Failed(error)));
    }

    /// The signal of the row with this element id, if the week on screen has that row.
    fn row(&self, id: &str) -> Option<ArcRwSignal<bool>> {
        self.rows.with_untracked(|rows| rows.get(id).cloned())
    }

    /// Whether the row with this element id is open (tracked: that row's signal only).
    pub fn is_open(&self, id: &str) -> bool {
        self.row(id).is_some_and(|open| open.get())
    }

    /// Whether any row is open (tracked).
    pub fn any_open(&self) -> bool {
        self.any_open.get()
    }

    /// Opens or closes one row. Saying what is already so changes nothing, so the
    /// `toggle` event that follows every change of `open` settles at once.
    pub fn set_open(&self, id: &str, open: bool) {
        if let Some(row) = self.row(id)
            && row.get_untracked() != open
        {
            row.set(open);
        }
    }

    /// Opens every event and deliverable of the week on screen.
    pub fn expand_all(&self) {
        self.set_all(true);
    }

    /// Closes every row.
    pub fn collapse_all(&self) {
        self.set_all(false);
    }

    fn set_all(&self, open: bool) {
        self.rows.with_untracked(|rows| {
            for row in rows.values() {
                if row.get_untracked() != open {
                    row.set(open);
                }
            }
        });
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

    /// Whether the page follows the clock (tracked). The refresh of the week reads it too.
    pub fn live_updates_on(&self) -> bool {
        self.live_updates.get()
    }

    /// The reader stops the page following the clock, or starts it again.
    pub fn toggle_live_updates(&self) {
        self.live_updates.update(|on| *on = !*on);
    }

    /// The clock says which day of the week it is in the summit's zone (`None` outside
    /// the week): the embed opens on it, unless a link named a section.
    pub fn clock_moved(&self, today: Option<Date>) {
        if self.today.get_untracked() != today {
            self.today.set(today);
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

/// A signal for each row of `data` (events by id, deliverables by element id): the one
/// in `before` where the row was there already, so it stays open or closed.
fn rows_of(
    data: &Dataset,
    before: &HashMap<String, ArcRwSignal<bool>>,
) -> HashMap<String, ArcRwSignal<bool>> {
    let events = data.events.iter().map(|e| e.id.clone());
    let deliverables = data
        .priorities
        .iter()
        .flat_map(|p| &p.deliverables)
        .map(|d| d.element_id());
    events
        .chain(deliverables)
        .map(|id| {
            let open = before.get(&id).cloned().unwrap_or_default();
            (id, open)
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_toggle_wakes_only_its_own_row() {
        Owner::new().with(|| {
            let data = aelw_core::data::fixture();
            let state = AppState::new(
                Lang::En,
                data,
                ViewOptions::default(),
                String::new(),
                filter::fold_std,
            );
            let (first, second) = (data.events[0].id.clone(), data.events[1].id.clone());
            let runs = Arc::new(AtomicUsize::new(0));
            let watched = Memo::new({
                let (runs, second) = (runs.clone(), second.clone());
                move |_| {
                    runs.fetch_add(1, Ordering::Relaxed);
                    state.is_open(&second)
                }
            });
            assert!(!watched.get() && !state.any_open());
            state.set_open(&first, true);
            assert!(state.is_open(&first) && state.any_open());
            assert!(!watched.get());
            assert_eq!(
                runs.load(Ordering::Relaxed),
                1,
                "another row's toggle woke it"
            );
            state.set_open(&second, true);
            assert!(watched.get());
            assert_eq!(runs.load(Ordering::Relaxed), 2);
            state.collapse_all();
            assert!(!state.any_open() && !state.is_open(&first));
            state.expand_all();
            let deliverable = data.priorities[0].deliverables[0].element_id();
            assert!(state.is_open(&deliverable));
            // A row the week does not have is neither open nor an error.
            state.set_open("no-such-row", true);
            assert!(!state.is_open("no-such-row"));
        });
    }
}
