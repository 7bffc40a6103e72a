//! The app root: the state, the wiring between the URL and the view, an optional data
//! update, and the page (notices, the week, the live region).

use crate::browser;
use crate::components::{data_status::DataStatus, link_notice::LinkNotice, week_page::WeekPage};
use crate::data::{self, UpdateError, check_update_body};
use crate::embed::{self, DEFAULT_PYM_ID};
use crate::filter;
use crate::format;
use crate::i18n::strings;
use crate::model::Lang;
use crate::state::{AppState, Notice, UpdateStatus};
use crate::url::{self, Fragment};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let embedded = data::embedded();
    let lang = Lang::En;
    let s = strings(lang);
    let priority_ids: Vec<&str> = embedded.priorities.iter().map(|p| p.id.as_str()).collect();
    let opts = url::parse_query(&browser::search(), &priority_ids);
    let source = opts.data.clone();
    let state = AppState::new(lang, embedded, opts);
    provide_context(state);

    // Filters → query string (replacing, so typing does not flood the history) and a
    // polite count. The first run only records the state the page was opened with.
    Effect::new(move |previous: Option<()>| {
        let opts = state.view.get();
        if previous.is_some() {
            browser::replace_query(&url::format_query(&opts));
            let events = &state.data.get_untracked().events;
            let shown = events
                .iter()
                .filter(|e| filter::matches(e, &opts, lang))
                .count();
            state.announce(&s.shown(shown, events.len()));
        }
    });

    // Fragment → section: on first load, on every hashchange, and so on Back/Forward.
    let open_fragment = move || {
        let data = state.data.get_untracked();
        match url::parse_fragment(&browser::hash(), data) {
            Fragment::None => {
                state.notice.set(None);
                state.section.set(None);
                browser::set_title(s.page_title);
            }
            Fragment::Unknown(text) => {
                state.notice.set(Some(Notice::UnknownSection(text)));
                state.section.set(None);
                browser::set_title(s.page_title);
            }
            Fragment::Section(section) => {
                let id = section.element_id();
                state.section.set(Some(id.clone()));
                let hidden = section
                    .event_id()
                    .and_then(|e| data.event(e))
                    .is_some_and(|e| !state.view.with_untracked(|o| filter::matches(e, o, lang)));
                if hidden {
                    state.notice.set(Some(Notice::HiddenByFilters(id)));
                    // Once the notice has rendered, bring it (not the hidden event) to the reader.
                    browser::after(0, || browser::focus_id("link-notice"));
                } else {
                    state.notice.set(None);
                    browser::go_to_section(&id);
                }
                let title = format::section_title(data, section, s, lang);
                browser::set_title(&format!("{title} · {}", data.week.title.get(lang)));
            }
        }
    };
    Effect::new(move |_| {
        state.can_share.set(browser::can_share());
        let opts = state.view.get_untracked();
        if let Some(theme) = opts.theme {
            browser::set_theme(theme.as_str());
        }
        if let Some(accent) = &opts.accent {
            browser::set_brand_colour(accent);
        }
        if opts.embed && browser::is_framed() {
            browser::on_content_resize(move || post_height(state));
        }
        open_fragment();
        if let Some(source) = source.clone() {
            spawn_local(load_update(state, source, open_fragment));
        }
    });
    browser::on_hash_change(open_fragment);
    // In an embed the host also hears which section is open, to mirror it if it wants.
    Effect::new(move |previous: Option<()>| {
        state.section.track();
        if previous.is_some() && state.view.with_untracked(|o| o.embed) && browser::is_framed() {
            post_height(state);
        }
    });

    view! {
        <a class="skip-link" href="#timeline">{s.skip_to_timeline}</a>
        <LinkNotice />
        <DataStatus />
        {move || {
            state.data.track();
            view! { <WeekPage lang=lang /> }
        }}
        <div class="visually-hidden" role="status" aria-live="polite">
            {move || state.announcement.get()}
        </div>
    }
}

/// Tells the host page the content's height and the current section, in the AMP, Pym.js
/// and our own message formats (see `embed`).
fn post_height(state: AppState) {
    let Some(height) = browser::content_height() else {
        return;
    };
    let pym_id = state.view.with_untracked(|o| o.pym_id.clone());
    let section = state.section.get_untracked();
    let messages = embed::height_messages(
        height,
        section.as_deref(),
        pym_id.as_deref().unwrap_or(DEFAULT_PYM_ID),
    );
    browser::post_to_parent(&messages);
}

/// Fetches the update named by `?data=`, and swaps it in only if it passes every check
/// the embedded data passes; otherwise the embedded week stays and the status says why.
async fn load_update(state: AppState, source: String, reopen: impl Fn() + 'static) {
    let result = match url::data_source(&source) {
        None => Err(UpdateError::RejectedUrl),
        Some(address) => match browser::fetch_update(address).await {
            Ok(body) => check_update_body(&body, state.data.get_untracked()),
            Err(e) => Err(e),
        },
    };
    match result {
        Ok(update) => {
            let date = update.updated;
            // Loaded once per page view, and kept for the rest of it.
            state.data.set(Box::leak(Box::new(update)));
            state.update.set(Some(UpdateStatus::Loaded(date)));
            // The week was rebuilt: take the reader back to the section they opened.
            browser::after(0, reopen);
        }
        Err(e) => {
            browser::console_error(&format!("data update from {source:?} not used: {e:?}"));
            state.update.set(Some(UpdateStatus::Failed(e)));
        }
    }
}
