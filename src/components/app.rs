//! The app's view: the notices, the week and the live region, for a given state (the
//! session that runs it in the browser is the `session` module).

use crate::components::{data_status::DataStatus, link_notice::LinkNotice, week_page::WeekPage};
use crate::state::AppState;
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::url;
use leptos::prelude::*;

/// The view: the notices, the week and the live region, for the state given.
#[component]
pub fn App(
    /// The app's state (see `run`; the prerender step makes its own).
    state: AppState,
) -> impl IntoView {
    provide_context(state);
    let lang = state.lang_untracked();
    view! {
        <a class="skip-link" href=url::fragment(ids::TIMELINE)>{strings(lang).skip_to_timeline}</a>
        <LinkNotice />
        <DataStatus />
        <WeekPage lang=lang />
        <div class="visually-hidden" role="status" aria-live="polite">
            {move || state.announcement()}
        </div>
    }
}
