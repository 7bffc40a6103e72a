//! The page follows the clock: where the week stands is worked out again at each minute
//! boundary (every start and end in the data is on one), when the tab is shown again,
//! when live updates are switched back on and when the week is replaced; never while the
//! tab is hidden, and not at all with a `?now=` preview, whose clock stands still. Only
//! the rows whose mark changes are touched (`AppState::clock_moved`), and a change of what
//! is on now is said once, politely; the minutes ticking by never are.

use crate::browser;
use crate::clock;
use crate::state::AppState;
use crate::week;
use aelw_core::i18n::strings;
use aelw_core::live::{self, Phase};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What the clock-following keeps between ticks.
struct Ticker {
    state: AppState,
    /// Raised whenever a tick is scheduled or the ticking stops, so a timer set before
    /// then does nothing when it fires.
    generation: Cell<u32>,
    /// What was on at the last tick; `None` before the first, and after live updates
    /// were switched off (so that neither the first marks nor their return are said).
    was_on: RefCell<Option<Vec<String>>>,
}

/// Starts following the clock, once the app has taken the page over (the prerendered
/// page and its first render know no time), for the life of the current owner. On the
/// page (not in the embed, which opens on today's panel instead), during the week, it
/// scrolls once to today, unless the link named a section or the reader has scrolled.
pub fn follow_clock(state: AppState) {
    let ticker = Rc::new(Ticker {
        state,
        generation: Cell::new(0),
        was_on: RefCell::new(None),
    });
    tick(&ticker);
    scroll_to_today(state);
    let on_switch = ticker.clone();
    Effect::watch(
        move || state.live_updates_on(),
        move |&on, _, _| {
            if on {
                tick(&on_switch);
            } else {
                stop(&on_switch);
            }
        },
        false,
    );
    let on_update = ticker.clone();
    Effect::watch(
        move || state.track_data(),
        move |_, _, _| tick(&on_update),
        false,
    );
    browser::on_visibility_change(move || {
        if browser::page_hidden() {
            ticker
                .generation
                .set(ticker.generation.get().wrapping_add(1));
        } else {
            tick(&ticker);
        }
    });
}

/// Works out where the week stands now, says what is on if that changed, and sets the
/// next tick for the next minute boundary.
fn tick(t: &Rc<Ticker>) {
    let state = t.state;
    let generation = t.generation.get().wrapping_add(1);
    t.generation.set(generation);
    if !untrack(|| state.live_updates_on()) {
        return stop(t);
    }
    let data = state.data_untracked();
    let phase = clock::now().map(|now| live::phase(data, week::zone(), now));
    let on_now = match &phase {
        Some(Phase::During { now, .. }) => now.clone(),
        _ => Vec::new(),
    };
    let before = t.was_on.replace(Some(on_now.clone()));
    state.clock_moved(phase);
    if before.is_some_and(|before| before != on_now) && !on_now.is_empty() {
        let s = strings(state.lang_untracked());
        let lang = state.lang_untracked();
        let titles: Vec<&str> = on_now
            .iter()
            .filter_map(|id| data.event(id))
            .map(|e| e.title.get(lang))
            .collect();
        state.announce(&s.now_announced.replace("{titles}", &titles.join(", ")));
    }
    // A preview's clock stands still; a hidden tab waits to be shown again.
    if clock::preview().is_some() || browser::page_hidden() {
        return;
    }
    if let Some(ms) = browser::now_ms() {
        let wait = 60_000 - (ms as i64).rem_euclid(60_000);
        let t = t.clone();
        browser::after(wait as u32, move || {
            if t.generation.get() == generation {
                tick(&t);
            }
        });
    }
}

/// Stops following the clock: the marks and the countdown go, and no timer is left.
fn stop(t: &Rc<Ticker>) {
    t.generation.set(t.generation.get().wrapping_add(1));
    t.was_on.replace(None);
    t.state.clock_moved(None);
}

/// Scrolls to today's day, once, as the page opens during the week (see `follow_clock`).
fn scroll_to_today(state: AppState) {
    let Some(Phase::During { today, .. }) = untrack(|| state.phase()) else {
        return;
    };
    let embed = state.with_view_untracked(|o| o.embed);
    if embed || !browser::hash().is_empty() || browser::page_scrolled() {
        return;
    }
    if let Some(day) = state.data_untracked().days.iter().find(|d| d.date == today) {
        browser::scroll_to_id(&day.element_id());
    }
}
