//! The page against the clock, at the top of the week: the countdown before it, and the
//! switch that stops the live updates during it (WCAG 2.2.2); and, at the foot of the
//! view, the notice that a `?now=` link set the clock. None of it is in the prerendered
//! page or its first render: it waits for the app's clock (`marks::follow_clock`). The
//! countdown is no live region: the minutes going by are never announced.

use crate::clock;
use crate::state::{use_data, use_state};
use crate::week;
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::live::{self, Phase};
use aelw_core::url::PreviewAt;
use leptos::prelude::*;

/// One line over the days (inside the tools panel in the embed): how long until the week
/// starts, and the live-updates switch while the week is live. Laid over the space above
/// the tools, so that its coming and going moves nothing (see `timeline.css`).
#[component]
pub fn LiveLine() -> impl IntoView {
    let state = use_state();
    let s = strings(state.lang_untracked());
    let data = use_data();
    let countdown = move || {
        state.with_phase(|p| match p {
            Some(&Phase::Before {
                countdown,
                first_day,
            }) => Some(view! {
                <p class="countdown">
                    <time datetime=format::countdown_attr(countdown)>{format::countdown(s, countdown)}</time>
                    " · "
                    <time datetime=format::date_attr(first_day)>{format::day_month(s, first_day)}</time>
                </p>
            }),
            _ => None,
        })
    };
    // Shown from the app's first tick (or once the reader switched it off), while the
    // clock is in the live window.
    let switch_shown = move || {
        let on = state.live_updates_on();
        (state.phase().is_some() || !on)
            && clock::now().is_some_and(|now| live::in_live_window(data, week::zone(), now))
    };
    let switch = move || {
        switch_shown().then(|| {
            let on = state.live_updates_on();
            let state_word = if on { s.live_on } else { s.live_off };
            view! {
                <button
                    type="button"
                    class="live-switch"
                    aria-pressed=if on { "true" } else { "false" }
                    on:click=move |_| state.toggle_live_updates()
                >
                    {format!("{}: {state_word}", s.live_updates)}
                </button>
            }
        })
    };
    let empty =
        move || !switch_shown() && !state.with_phase(|p| matches!(p, Some(Phase::Before { .. })));
    view! { <div class="live-line" class:is-empty=empty>{countdown}{switch}</div> }
}

/// A bar fixed at the foot of the view while a `?now=` link sets the clock: when it is
/// set to, or that the value was no date and time and the real clock is used. Fixed, so
/// that it shifts nothing as it comes.
#[component]
pub fn PreviewNotice() -> impl IntoView {
    let state = use_state();
    let week = &use_data().week;
    let text = move || {
        let s = strings(state.lang());
        let now = state
            .with_view(|o| o.now.clone())
            .filter(|_| state.started())?;
        Some(match (now, clock::preview()) {
            (PreviewAt::Malformed(value), _) => s.preview_malformed.replace("{value}", &value),
            (_, Some(at)) => format::preview_clock(s, week, week::zone(), at),
            (_, None) => return None,
        })
    };
    let empty = move || text().is_none();
    view! {
        <div class="preview-clock" class:is-empty=empty role="status">
            <p class="wrap">{text}</p>
        </div>
    }
}
