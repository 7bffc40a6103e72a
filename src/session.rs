//! The app in the browser: what the page was opened with, the state, and the session,
//! which is what outlives each rendering of the view (`components::app::App`): the
//! wiring between the URL and the view, the host's messages, rendering again on a
//! language switch or a data update, and an optional data update.

use crate::browser;
use crate::clock;
use crate::components::app::App;
use crate::components::week_page::Part;
use crate::navigation::open_current_section;
use crate::refresh;
use crate::state::AppState;
use crate::week;
use aelw_core::data::UpdateError;
use aelw_core::embed::{self, DEFAULT_PYM_ID};
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::model::Lang;
use aelw_core::panel::Panel;
use aelw_core::url::{self, ViewOptions};
use aelw_core::url::{Page, app_root, query_lang};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;
use std::rc::Rc;

/// What the page was opened with.
pub struct Opening {
    /// The view options from the query string, with the document's mode.
    pub opts: ViewOptions,
    /// The language: the URL's choice first, then the page's (Thai pages are Thai), then
    /// the browser's; English where none says.
    pub lang: Lang,
    /// The prerendered page this document is.
    pub page: Page,
    /// The app's root folder, as an absolute URL.
    pub root: String,
}

/// Reads what the page was opened with (this reads the embedded week).
pub fn opening_view() -> Opening {
    let mut opts = url::parse_query(&browser::search(), &week::baked().known());
    let page = Page::from_path(&browser::page_path());
    let page_lang = (page.lang == Lang::Th).then_some(Lang::Th);
    let lang = opts
        .lang
        .or(page_lang)
        .or_else(browser::preferred_lang)
        .unwrap_or(Lang::En);
    // The address says the mode and Thai by its path from now on (see `page_query`).
    opts.embed |= page.embed;
    opts.lang = query_lang(opts.lang);
    let root = app_root(&browser::page_url().unwrap_or_default(), page);
    Opening {
        opts,
        lang,
        page,
        root,
    }
}

/// The app on the page: the owner of its state, effects and listeners, and the view
/// rendered now. Dropping it takes both down: the view's nodes are removed, the
/// effects stop and the listeners are removed. The page keeps its session until it is
/// left (see `browser::keep_until_page_is_left`); the tests drop theirs. A data update
/// is kept for the page, not the session (`week::keep_update`).
pub struct Session {
    owner: Owner,
    view: ViewSlot,
}

/// A rendering of the view: the view, then each section it left for later once built.
/// Dropping it takes them all down.
struct Rendering {
    parts: Vec<browser::Mounted>,
    /// Which rendering this is: a section left for later is built into its own only.
    number: u32,
}

/// The view on the page now, shared with the effect that renders it again; replacing
/// it disposes the one before.
type ViewSlot = Rc<RefCell<Option<Rendering>>>;

impl Drop for Session {
    fn drop(&mut self) {
        self.view.borrow_mut().take();
        self.owner.cleanup();
    }
}

/// Starts the app on the page: takes over the prerendered `#app` (`hydrate`) or renders
/// it afresh, then starts the session. The state lives as long as the session; the view
/// is rendered again when the week changes, and in parts when the language does (see
/// `start_session`). `open_rows` are the rows the reader opened in the prerendered week
/// before the app took it over. `None` if there was no `#app` to take over.
pub fn run(opening: Opening, open_rows: Vec<String>, hydrate: bool) -> Option<Session> {
    let Opening {
        opts, lang, root, ..
    } = opening;
    let source = opts.data.clone();
    // A preview link's moment, for everything that reads the clock from now on.
    if let Some(at) = opts.now.as_ref().and_then(|now| now.instant(week::zone())) {
        clock::set_preview(at);
    }
    // The session's owner: the state's, and the effects' and listeners' that outlive
    // each rendering of the view (each rendering has its own).
    let owner = Owner::new();
    let state = owner.with(|| AppState::new(lang, week::baked(), opts, root, browser::search_fold));
    let app = move || view! { <App state=state /> };
    // In the state's owner, which is current again afterwards: Leptos leaves the root
    // owner of a hydration current, and a view rendered later under it would be disposed
    // with it when it is replaced.
    let shown = owner.with(|| {
        if hydrate {
            browser::hydrate(ids::APP, app)
        } else {
            browser::mount_replacing(ids::APP, strings(lang).code, app)
        }
    });
    let view: ViewSlot = Rc::new(RefCell::new(Some(Rendering {
        parts: vec![shown?],
        number: 0,
    })));
    if !hydrate {
        browser::give_lang_to_page(ids::APP, strings(lang).code);
    }
    owner.with(|| start_session(state, open_rows, source, view.clone()));
    Some(Session { owner, view })
}

/// Renders the view afresh in place of the one on the page (a language switch or a data
/// update): a build from scratch, which costs the bundle far less than code to patch the
/// whole page in place would (about 31 KB gzip), less the sections `later` (see
/// `build_later`). The old rendering is disposed once the new one is on the page. Its
/// number, if it was put on the page.
fn render_again(state: AppState, session: &Owner, view: &ViewSlot, later: &[Part]) -> Option<u32> {
    let lang = strings(state.lang_untracked()).code;
    state.leave_for_later(later.iter().map(|p| p.element_id()).collect());
    // Under the session's owner: only its own handle disposes the new rendering (under
    // any other owner current now, it would go with that one).
    let shown = session
        .with(|| browser::mount_replacing(ids::APP, lang, move || view! { <App state=state /> }));
    state.leave_for_later(Vec::new());
    let shown = shown?;
    let number = view
        .borrow()
        .as_ref()
        .map_or(0, |r| r.number.wrapping_add(1));
    let before = view.borrow_mut().replace(Rendering {
        parts: vec![shown],
        number,
    });
    // Disposed in a task of its own, so the new view is painted first.
    browser::next_task(move || drop(before));
    Some(number)
}

/// What a language switch leaves for later: what is out of sight when it is pressed, at
/// the top of the page, under the masthead and the overview: the days and the cards; in
/// an embed, every day and card but the one on show. The first frame then holds only
/// what the reader sees.
fn later_sections(state: AppState) -> Vec<Part> {
    let data = state.data_untracked();
    let embed = state.with_view_untracked(|o| o.embed);
    let days = data.days.iter().filter_map(|day| {
        let seen = embed && untrack(|| state.on_show(|p| p == Panel::Day(day.date)));
        (!seen).then_some(Part::Day(day))
    });
    let cards = data.priorities.iter().enumerate().filter_map(|(i, card)| {
        let seen = embed && untrack(|| state.on_show(|p| p == Panel::Card(i)));
        (!seen).then_some(Part::Card(card))
    });
    days.chain(cards).collect()
}

/// Builds the sections left for later by rendering `number` (in `lang`, its language),
/// one per task, each in place of its placeholder; then runs `done`. Stops if another
/// rendering replaced that one meanwhile (a second switch, a data update).
fn build_later(
    state: AppState,
    session: Owner,
    view: ViewSlot,
    number: u32,
    lang: Lang,
    mut later: std::vec::IntoIter<Part>,
    done: impl FnOnce() + 'static,
) {
    if view.borrow().as_ref().map(|r| r.number) != Some(number) {
        return;
    }
    let Some(section) = later.next() else {
        done();
        return;
    };
    let part = session.with(|| {
        browser::mount_in_place_of(&section.element_id(), move || {
            provide_context(state);
            section.view(lang)
        })
    });
    if let (Some(part), Some(rendering)) = (part, view.borrow_mut().as_mut()) {
        rendering.parts.push(part);
    }
    browser::next_task(move || build_later(state, session, view, number, lang, later, done));
}

/// What outlives each rendering of the view: the address, the host's messages, the
/// rendering again on a language switch or a data update, and the start in the browser.
fn start_session(state: AppState, open_rows: Vec<String>, source: Option<String>, view: ViewSlot) {
    // Once the view is built (hydration adopts the markup as prerendered, every row
    // closed), reopen what the reader had open; an effect runs before the next paint.
    if !open_rows.is_empty() {
        Effect::new(move |_| {
            for id in &open_rows {
                state.set_open(id, true);
            }
        });
    }

    // Filters and language → the address (replacing, so typing does not flood the
    // history): the page of the language on show, the filters in the query. And a polite
    // count when only the filters changed. Changes only: `main` has put the address right
    // for the state the page was opened with.
    Effect::watch(
        move || (state.view(), state.lang()),
        move |(opts, lang), before, _| {
            if let Some(address) = state.address(&browser::hash()) {
                browser::replace_url(&address);
            }
            let events = &state.data_untracked().events;
            if before.is_some_and(|(o, l)| l == lang && o.cleared() == opts.cleared()) {
                // Only the filters changed: say how many events are shown now.
                let shown = untrack(|| state.shown_among(events));
                state.announce(&strings(*lang).shown(shown, events.len()));
            }
        },
        false,
    );

    // Fragment → section: on first load, on every hashchange, and so on Back/Forward.
    let open_fragment = move || open_current_section(state, true);
    // In a task of its own after the page is taken over (see `main`), ending with the
    // mark that the app is ready.
    // Under the session's owner again: a timer's callback runs outside any, and the
    // listeners it registers are removed when that owner is cleaned up.
    let owner = Owner::current();
    browser::next_task(move || match owner {
        Some(owner) => owner.with(|| start_in_browser(state, source, open_fragment)),
        None => start_in_browser(state, source, open_fragment),
    });
    // The reader's time zone, once local times are shown (from the start, for a link
    // with `tz=local`).
    Effect::new(move |_| {
        if state.with_view(|o| o.local_times) && untrack(|| state.time_zone().is_none()) {
            state.learn_time_zone(browser::time_zone());
        }
    });
    // In an embed the host also hears which section is open, to mirror it if it wants.
    Effect::watch(
        move || state.track_section(),
        move |_, _, _| {
            if state.with_view_untracked(|o| o.embed) && browser::is_framed() {
                post_height(state);
            }
        },
        false,
    );
    // A language switch or a data update: the view is rendered again, then the reader
    // is taken back to their section, its row as they left it; or, for a release applied
    // while they read, left where they were, scrolled and focused as before.
    let session = Owner::current();
    Effect::watch(
        move || {
            state.track_data();
            state.lang()
        },
        move |&lang, before, _| {
            let switched = before != Some(&lang);
            let place = (state.take_in_place() && !switched).then(browser::reading_place);
            let Some(session) = session.clone() else {
                return;
            };
            if !switched {
                // A data update: the whole view at once, the reader kept where they were.
                render_again(state, &session, &view, &[]);
                browser::give_lang_to_page(ids::APP, strings(lang).code);
                state.view_built();
                match place {
                    Some(place) => browser::next_task(move || browser::return_to(place)),
                    None => browser::next_task(move || open_current_section(state, false)),
                }
                return;
            }
            // A language switch: what the reader sees first, the rest in the tasks after.
            let later = later_sections(state);
            let Some(number) = render_again(state, &session, &view, &later) else {
                return;
            };
            let done = move || {
                // Once the whole view is built, which the tests wait for. (Written before
                // the swap, the new `lang` restyled the old view, the styles' `:lang()`,
                // and taking out the focused switch then forced that restyle at once; the
                // new view carries its own `lang` meanwhile.)
                browser::give_lang_to_page(ids::APP, strings(lang).code);
                state.view_built();
                // Back to the reader's section, if the address names one.
                open_current_section(state, false);
            };
            let view = view.clone();
            browser::next_task(move || {
                // The first frame painted: the switch that had focus was replaced, so its
                // successor takes it (unless a section will), then the rest is built.
                if state.section_untracked().is_none() {
                    browser::focus_first(".lang-switch");
                }
                build_later(state, session, view, number, lang, later.into_iter(), done);
            });
        },
        false,
    );
}

/// What only the browser knows or does: Web Share, the reader's time zone, the theme and
/// accent of an embed, auto-height, the section the link opens (now and on every
/// `hashchange`, so also Back/Forward), a requested data update. Then the page is marked
/// ready (`html.app-ready`).
fn start_in_browser(
    state: AppState,
    source: Option<String>,
    open_fragment: impl Fn() + Copy + 'static,
) {
    let opts = state.with_view_untracked(ViewOptions::clone);
    state.learn_browser(browser::can_share());
    if let Some(theme) = opts.theme {
        browser::set_theme(theme.as_str());
    }
    if let Some(accent) = &opts.accent {
        browser::set_brand_colour(accent);
    }
    if opts.embed && browser::is_framed() {
        browser::on_content_resize(move || post_height(state));
        // WordPress's host script says "ready" to its frames once it listens, which may
        // be after this frame last told its height: tell it again.
        browser::on_host_ready(move |secret| {
            if state.frame_secret().as_deref() == Some(secret) {
                post_height(state);
            }
        });
        // In WordPress's sandbox a link that opens a new window does nothing: those to
        // this site ("Open full view") go through WordPress's host script instead, which
        // opens them in place of the post. Links to other sites stay as they are.
        if browser::has_opaque_origin() {
            browser::on_new_window_link(move |href| {
                let message = state
                    .frame_secret()
                    .filter(|_| href.starts_with(&state.root()))
                    .and_then(|secret| embed::link_message(href, &secret));
                message.is_some_and(|m| {
                    browser::post_to_parent(&[m]);
                    true
                })
            });
        }
    }
    browser::open_details_for_print();
    browser::on_hash_change(open_fragment);
    browser::on_same_fragment_click(open_fragment);
    open_fragment();
    crate::marks::follow_clock(state);
    let requested = source.is_some();
    if let Some(source) = source {
        spawn_local(load_update(state, source));
    }
    browser::mark_app_ready();
    // Once the page is interactive; not over a week the reader asked for by `?data=`.
    if !requested {
        refresh::start(state);
    }
}

/// Tells the host page the content's height and the current section, in the AMP, Pym.js
/// and our own message formats (see `embed`).
fn post_height(state: AppState) {
    let Some(height) = browser::content_height() else {
        return;
    };
    let pym_id = state.with_view_untracked(|o| o.pym_id.clone());
    let section = state.section_untracked();
    let messages = embed::height_messages(
        height,
        section.as_deref(),
        pym_id.as_deref().unwrap_or(DEFAULT_PYM_ID),
        state.frame_secret().as_deref(),
    );
    browser::post_to_parent(&messages);
}

/// Fetches the update named by `?data=`, and swaps it in only if it passes every check
/// the embedded data passes; otherwise the embedded week stays and the status says why.
async fn load_update(state: AppState, source: String) {
    let result = match url::data_source(&source) {
        None => Err(UpdateError::RejectedUrl),
        Some(address) => {
            let address = url::against_root(address, &state.root());
            refresh::fetch_week(&address, state.data_untracked(), false).await
        }
    };
    // Kept for the rest of the visit beside the baked week.
    match result.map(|update| update.map(week::keep_update)) {
        Ok(None) => {}
        Ok(Some(update)) => {
            // The view is rendered again with it (see `start_session`); the status is set
            // once that view is up, so that its live region announces it.
            state.replace_data(update);
            // Checked data always has a release (`data::validate`).
            let day = update
                .latest_release()
                .map(|r| week::zone().release_day(r.released));
            if let Some(day) = day {
                browser::next_task(move || state.update_loaded(day));
            }
        }
        Err(e) => {
            // The reason in the words the page uses (in English, for the console), not the
            // error's `Debug`, which would bring every problem kind's derived formatter
            // into the .wasm.
            let reason = aelw_core::format::update_reason(&aelw_core::i18n::EN, &e);
            browser::console_error(&format!("data update from {source:?} not used: {reason}"));
            state.update_failed(e);
        }
    }
}
