//! The page follows the clock: "Now" and "Next" on the rows, the countdown before the
//! week, the live-updates switch while it is live, the day the embed opens on, and the
//! notice of a `?now=` preview. Worked out again at each minute boundary (every start and
//! end in the data is on one), when the tab is shown again, when live updates are switched
//! back on and when the page is rendered again; never while the tab is hidden, and not
//! at all with a preview, whose clock stands still. Only the rows whose mark changes are
//! touched, and a change of what is on now is said once, politely; the minutes going by
//! never are. The marks are written into the page (`browser::mark_row`), not rendered as
//! views: the prerendered page and its first render know no time, and hydration then
//! adopts the markup as it is.

use crate::browser;
use crate::clock;
use crate::state::AppState;
use crate::week;
use aelw_core::format;
use aelw_core::html::escape;
use aelw_core::i18n::{Strings, strings};
use aelw_core::live::{self, Mark, Phase};
use aelw_core::url::PreviewAt;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A row's mark as written: its tag, and whether it is in progress.
type RowMark = (String, bool);

/// What the clock-following keeps between ticks.
struct Ticker {
    state: AppState,
    /// Raised whenever a tick is scheduled or the ticking stops, so a timer set before
    /// then does nothing when it fires.
    generation: Cell<u32>,
    /// The marks on the page now, by event id.
    marked: RefCell<Vec<(String, RowMark)>>,
    /// Whether the session still lives: a timer set before its end finds its state
    /// disposed, and must not touch it.
    alive: Arc<AtomicBool>,
    /// What was on at the last tick; `None` before the first, and after live updates
    /// were switched off (so that neither the first marks nor their return are said).
    was_on: RefCell<Option<Vec<String>>>,
}

/// Starts following the clock, once the app has taken the page over, for the life of the
/// current owner. On the page (not in the embed, which opens on today's panel instead),
/// during the week, it scrolls once to today, unless the link named a section or the
/// reader has scrolled.
pub fn follow_clock(state: AppState) {
    let ticker = Rc::new(Ticker {
        state,
        generation: Cell::new(0),
        marked: RefCell::new(Vec::new()),
        was_on: RefCell::new(None),
        alive: Arc::new(AtomicBool::new(true)),
    });
    let alive = ticker.alive.clone();
    on_cleanup(move || alive.store(false, Ordering::Relaxed));
    tick(&ticker);
    scroll_to_today(state);
    browser::on_live_switch(move || state.toggle_live_updates());
    // The switch; and the page rendered again (a language switch, a data update), which
    // has no marks: at once, for the line over the days, and again once all of it is
    // built, for the rows a language switch builds later; and a switch of zone, which
    // changes the Next tag's second time.
    let on_render = ticker.clone();
    Effect::watch(
        move || {
            state.track_data();
            state.lang();
            state.track_view_built();
            state.live_updates_on() as u8 * 2 + state.with_view(|o| o.local_times) as u8
        },
        move |_, _, _| {
            let t = on_render.clone();
            // Every mark is written again: taken off first (a view rendered again has
            // none, and a switch turned off wants none).
            browser::next_task(move || {
                for (id, _) in t.marked.take() {
                    browser::mark_row(&id, None, false);
                }
                tick(&t);
            });
        },
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

/// Works out where the week stands now, puts the page right where that changed, and sets
/// the next tick for the next minute boundary.
fn tick(t: &Rc<Ticker>) {
    if !t.alive.load(Ordering::Relaxed) {
        return;
    }
    let state = t.state;
    let generation = t.generation.get().wrapping_add(1);
    t.generation.set(generation);
    let (data, zone) = (state.data_untracked(), week::zone());
    let lang = state.lang_untracked();
    let s = strings(lang);
    let now = clock::now();
    show_preview(state, s);
    let on = untrack(|| state.live_updates_on());
    let phase = now.filter(|_| on).map(|now| live::phase(data, zone, now));
    let in_window = now.is_some_and(|now| live::in_live_window(data, zone, now));
    let label = in_window.then(|| switch_label(s, on));
    browser::set_live_line(
        countdown(s, phase.as_ref()).as_deref(),
        label.as_deref().map(|label| (on, label)),
    );
    if let Some(Phase::During { today, .. }) = &phase {
        state.clock_moved(Some(*today));
    }

    // The rows: the marks wanted now, against those on the page.
    let mut wanted = Vec::new();
    if let Some(phase) = &phase {
        for event in &data.events {
            let tag = match phase.mark(&event.id) {
                Mark::Plain => continue,
                Mark::Now => s.live_now.to_string(),
                Mark::Next => next_tag(state, s, phase),
            };
            wanted.push((event.id.clone(), (tag, phase.mark(&event.id) == Mark::Now)));
        }
    }
    let mut marked = t.marked.borrow_mut();
    for (id, _) in marked.iter().filter(|m| !wanted.iter().any(|w| w.0 == m.0)) {
        browser::mark_row(id, None, false);
    }
    for mark in &wanted {
        if !marked.contains(mark) {
            browser::mark_row(&mark.0, Some(&mark.1.0), mark.1.1);
        }
    }
    *marked = wanted;
    drop(marked);

    // What is on now, said when it changes to something.
    let on_now = match &phase {
        Some(Phase::During { now, .. }) => now.clone(),
        _ => Vec::new(),
    };
    let before = t.was_on.replace(phase.is_some().then(|| on_now.clone()));
    if before.is_some_and(|before| before != on_now) && !on_now.is_empty() {
        let titles: Vec<&str> = on_now
            .iter()
            .filter_map(|id| data.event(id))
            .map(|e| e.title.get(lang))
            .collect();
        state.announce(&s.now_announced.replace("{titles}", &titles.join(", ")));
    }

    // Nothing moves after the week, nor with live updates off; a preview's clock stands
    // still; a hidden tab waits to be shown again.
    let still = matches!(phase, None | Some(Phase::After));
    if still || clock::preview().is_some() || browser::page_hidden() {
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

/// The next event's tag: its time in the summit's zone, and in the reader's own when they
/// chose it (converted by the browser's `Intl`).
fn next_tag(state: AppState, s: &Strings, phase: &Phase) -> String {
    let Phase::During {
        next: Some(next), ..
    } = phase
    else {
        return String::new();
    };
    let zone = week::zone();
    let local = untrack(|| state.with_view(|o| o.local_times)).then(|| {
        let iso = format::datetime_attr(next.date, next.time, zone);
        browser::local_time(&iso, s.intl_locale)
    });
    format::next_tag(s, zone, next, local.flatten().as_deref())
}

/// The countdown over the days before the week (the inside of its paragraph), `None`
/// otherwise. In no live region: the countdown ticking down is never announced.
fn countdown(s: &Strings, phase: Option<&Phase>) -> Option<String> {
    let &Phase::Before {
        countdown,
        first_day,
    } = phase?
    else {
        return None;
    };
    Some(format!(
        r#"<time datetime="{}">{}</time> · <time datetime="{}">{}</time>"#,
        format::countdown_attr(countdown),
        escape(&format::countdown(s, countdown)),
        format::date_attr(first_day),
        escape(&format::day_month(s, first_day)),
    ))
}

/// The live-updates switch's label, shown while the clock is in the live window.
fn switch_label(s: &Strings, on: bool) -> String {
    format!(
        "{}: {}",
        s.live_updates,
        if on { s.live_on } else { s.live_off }
    )
}

/// The notice of a `?now=` link: the moment the clock is set to, or that the value was
/// no date and time, so the real clock is used.
fn show_preview(state: AppState, s: &Strings) {
    let Some(now) = state.with_view_untracked(|o| o.now.clone()) else {
        return;
    };
    let text = match (now, clock::preview()) {
        (PreviewAt::Malformed(value), _) => s.preview_malformed.replace("{value}", &value),
        (_, Some(at)) => format::preview_clock(s, week::zone(), at),
        (_, None) => return,
    };
    browser::show_preview_notice(&text);
}

/// Scrolls to today's day, once, as the page opens during the week (see `follow_clock`).
fn scroll_to_today(state: AppState) {
    let data = state.data_untracked();
    let phase = clock::now().map(|now| live::phase(data, week::zone(), now));
    let Some(Phase::During { today, .. }) = phase else {
        return;
    };
    let embed = state.with_view_untracked(|o| o.embed);
    if embed || !browser::hash().is_empty() || browser::page_scrolled() {
        return;
    }
    if let Some(day) = data.days.iter().find(|d| d.date == today) {
        browser::scroll_to_id(&day.element_id());
    }
}
