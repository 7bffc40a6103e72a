//! The page's tools: the time-zone switch, and one button that expands every event and
//! deliverable row at once, or collapses them once any is open.

use crate::components::time_zone_bar::TimeZoneBar;
use crate::state::use_state;
use aelw_core::i18n::strings;
use leptos::prelude::*;

/// "Expand all" while every row is closed, "Collapse all" once any is open: one button,
/// so the tools keep one line on a phone and never move the rows below them. It needs
/// the app, so it is hidden without it (and in print, which shows every row open).
#[component]
pub fn ExpandControls() -> impl IntoView {
    let state = use_state();
    let s = strings(state.lang_untracked());
    let any_open = Memo::new(move |_| state.any_open());
    view! {
        <button
            type="button"
            class="button expand-toggle needs-app"
            on:click=move |_| {
                if any_open.get_untracked() { state.collapse_all() } else { state.expand_all() }
            }
        >
            {move || if any_open.get() { s.collapse_all } else { s.expand_all }}
        </button>
    }
}

/// The time zone and the expand button: above the days on the page, inside the closed
/// filter panel in an embed.
#[component]
pub fn PageTools() -> impl IntoView {
    view! {
        <div class="page-tools">
            <TimeZoneBar />
            <ExpandControls />
        </div>
    }
}
