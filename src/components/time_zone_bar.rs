//! The summit's time or the reader's own: a switch that converts every clock time with
//! the browser's `Intl` and says which zone it uses. Days never move: an event of
//! 19 November in Bangkok stays under 19 November.

use crate::state::{use_data, use_state};
use aelw_core::i18n::strings;
use leptos::prelude::*;

/// One line saying which time is shown, and a button to change it.
#[component]
pub fn TimeZoneBar() -> impl IntoView {
    let state = use_state();
    let s = strings(state.lang_untracked());
    let week = &use_data().week;
    let local = move || state.with_view(|o| o.local_times);
    let note = move || {
        if local() {
            let zone = state.time_zone().unwrap_or_default();
            s.zone(s.tz_local_note, week, crate::week::zone())
                .replace("{zone}", &zone)
        } else {
            format!(
                "{}: {}",
                s.times,
                s.zone(s.times_are_local, week, crate::week::zone())
            )
        }
    };
    view! {
        <div class="tz-bar needs-app">
            <p class="tz-note" class:visually-hidden=move || !local()>{note}</p>
            <button
                type="button"
                class="button"
                on:click=move |_| state.toggle_local_times()
            >
                {move || if local() { s.zone(s.tz_show_ict, week, crate::week::zone()) } else { s.tz_show_local.to_string() }}
            </button>
        </div>
    }
}
