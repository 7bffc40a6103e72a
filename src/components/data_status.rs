//! One polite line about a data update: a requested one loaded, or why the built-in week
//! is still shown; or a newer release applied while the week happens, in its own words.

use crate::state::{UpdateStatus, use_data, use_state};
use crate::week;
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::ids;
use leptos::prelude::*;

/// A status line under the link notice, empty unless an update was requested or a
/// release applied.
#[component]
pub fn DataStatus() -> impl IntoView {
    let state = use_state();
    let data = use_data();
    let line = move || {
        let s = strings(state.lang());
        state.update_status().map(|status| match status {
            UpdateStatus::Loaded(date) => format::update_loaded(s, date),
            UpdateStatus::Failed(e) => s
                .update_failed
                .replace("{reason}", &format::update_reason(s, &e)),
            UpdateStatus::Released(at) => {
                let changes = data.latest_release().map(|r| r.changes).unwrap_or_default();
                format::live_update(s, week::zone(), at, &changes)
            }
        })
    };
    view! {
        <div
            id=ids::DATA_STATUS
            class="data-status"
            class:is-empty=move || state.update_status().is_none()
            role="status"
        >
            <p class="wrap">{line}</p>
        </div>
    }
}
