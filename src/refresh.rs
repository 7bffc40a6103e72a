//! The week refreshed while it happens: during the live window (the week and a day on
//! either side, by the app's one clock, so `?now=` previews behave as the real week) the
//! app re-reads its own published data file, once after start-up, every few minutes while
//! the page is shown, and when it is shown again; never while it is hidden or live updates
//! are off, and never outside the window. A page opened before the window sleeps until
//! it opens (one timer, woken again at most every 24 days, the longest a browser timer
//! waits), unless its clock is a `?now=` preview, which stands still; once the window has
//! closed, no timer is set again. A newer release passes the checks `?data=`
//! passes and replaces the week in place; anything else leaves it as it is, quietly. The
//! policy (pauses, backoff, which release is newer) is the core's `refresh`.

use crate::state::AppState;
use crate::{browser, clock, week};
use aelw_core::data::{UpdateError, accept_update};
use aelw_core::model::Dataset;
use aelw_core::refresh::{is_newer, is_stale, is_transient, poll_delay, retry_delay};
use aelw_core::url::{self, Page};
use aelw_core::zone::{Instant, utc_instant};
use aelw_core::{format, i18n, live};
use leptos::task::spawn_local;
use std::cell::Cell;
use std::rc::Rc;

/// The refresh of one session: its timer and what it knows of the checks so far.
struct Refresh {
    state: AppState,
    /// The published data file, as an absolute address.
    address: String,
    /// When the last check started (the browser's milliseconds), if one did.
    last_check: Cell<Option<f64>>,
    /// Network failures in a row, for the backoff.
    failures: Cell<u32>,
    /// The number of the pending timer: a timer whose number is not this one any more
    /// was overtaken (by a check when the page was shown again) and does nothing.
    timer: Cell<u32>,
    /// Whether a check is under way.
    busy: Cell<bool>,
    /// Whether a timer came due while the page was hidden, so that none is pending: the
    /// next showing starts them again.
    idle: Cell<bool>,
}

/// Starts refreshing the week on screen from the site's own data file. Called once the
/// page is interactive, under the session's owner (its listener goes with it); the first
/// check comes in a task of its own after that.
pub fn start(state: AppState) {
    let data_file = url::data_file(Page::default(), &state.data_untracked().week.data_file);
    let refresh = Rc::new(Refresh {
        state,
        address: url::against_root(&data_file, &state.root()),
        last_check: Cell::new(None),
        failures: Cell::new(0),
        timer: Cell::new(0),
        busy: Cell::new(false),
        idle: Cell::new(false),
    });
    let shown = refresh.clone();
    browser::on_visibility_change(move || {
        if !browser::page_hidden() {
            shown.resume();
        }
    });
    browser::next_task(move || refresh.check());
}

impl Refresh {
    /// The page is shown again: check at once if the last check is over a minute old,
    /// else start the timers again if none is pending.
    fn resume(self: &Rc<Self>) {
        if is_stale(self.last_check.get(), browser::now_ms().unwrap_or(0.0)) {
            self.check();
        } else if self.idle.replace(false) {
            self.wait(poll_delay(browser::random()));
        }
    }

    /// Checks for a newer release now, if the reader can see the page, wants live updates
    /// and the week is happening; then waits for the next check.
    fn check(self: &Rc<Self>) {
        let state = self.state;
        if self.busy.get() {
            return;
        }
        if browser::page_hidden() {
            self.idle.set(true);
            return;
        }
        self.idle.set(false);
        let (first, after) = live::week_bounds(state.data_untracked(), week::zone());
        let window = (first - live::LIVE_MARGIN, after + live::LIVE_MARGIN);
        let preview = clock::preview().is_some();
        match clock::now().map(|now| wake(now, window, preview)) {
            None | Some(Wake::Stop) => return,
            Some(Wake::Sleep(ms)) => return self.wait(ms),
            Some(Wake::Check) => {}
        }
        if !state.live_updates_on_untracked() {
            // No request with live updates off: the next check after they are on again asks.
            self.wait(poll_delay(browser::random()));
            return;
        }
        self.busy.set(true);
        self.last_check.set(browser::now_ms());
        let refresh = self.clone();
        spawn_local(async move {
            let result = fetch_week(&refresh.address, state.data_untracked(), true).await;
            refresh.busy.set(false);
            let failures = match &result {
                Err(e) if is_transient(e) => refresh.failures.get() + 1,
                _ => 0,
            };
            refresh.failures.set(failures);
            match result {
                Ok(Some(release)) => apply(state, release),
                Ok(None) => {}
                Err(e) => {
                    // Quiet: the week on screen stays; the console says why, for editors.
                    let reason = format::update_reason(&i18n::EN, &e);
                    browser::console_warn(&format!("release not used: {reason}"));
                }
            }
            refresh.wait(match failures {
                0 => poll_delay(browser::random()),
                n => retry_delay(n, browser::random()),
            });
        });
    }

    /// Checks again after `ms` milliseconds, in place of any check pending.
    fn wait(self: &Rc<Self>, ms: u32) {
        let number = self.timer.get().wrapping_add(1);
        self.timer.set(number);
        let refresh = self.clone();
        browser::after(ms, move || {
            if refresh.timer.get() == number {
                refresh.check();
            }
        });
    }
}

/// What a check at `now` does with the live window `[opens, closes)`.
#[derive(Debug, PartialEq)]
enum Wake {
    /// The window is open: look for a release.
    Check,
    /// The window opens later: look again after this many milliseconds (its opening, or
    /// the longest a browser's timer waits).
    Sleep(u32),
    /// The window has closed, or a preview clock, which stands still, is before it:
    /// nothing to look for, ever again.
    Stop,
}

/// The longest wait a browser's `setTimeout` takes as asked (2³¹ − 1 ms, about 24 days).
const LONGEST_TIMER_MS: i64 = i32::MAX as i64;

/// When the refresh looks for a release, from a check at `now` (see `Wake`).
fn wake(now: Instant, (opens, closes): (Instant, Instant), preview: bool) -> Wake {
    if now >= closes || (now < opens && preview) {
        Wake::Stop
    } else if now < opens {
        Wake::Sleep(((opens - now) * 1000).min(LONGEST_TIMER_MS) as u32)
    } else {
        Wake::Check
    }
}

/// Downloads the week at `address` and checks it as the embedded one was checked. With
/// `newer_only` (the live refresh), `None` for the same release as `current` or an earlier
/// one (an unchanged file, or a 304 that the browser hands over as the cached body), with
/// no check run. One for `?data=` and the refresh, so the `.wasm` holds it once.
pub async fn fetch_week(
    address: &str,
    current: &Dataset,
    newer_only: bool,
) -> Result<Option<Dataset>, UpdateError> {
    let body = browser::fetch_update(address).await?;
    let week = browser::read_update(&body)?;
    if newer_only && !is_newer(week.version, current.version) {
        return Ok(None);
    }
    accept_update(week, current, week::zone()).map(Some)
}

/// Puts a newer release on screen in place, then says what changed, politely, once that
/// view is up (so that its live region announces it): when it was released, or, for a
/// release that gives only its day, when the page applied it.
fn apply(state: AppState, release: Dataset) {
    let released = release.latest_release().and_then(|r| r.released.moment());
    let Some(at) = released.map(utc_instant).or_else(clock::now) else {
        return;
    };
    state.apply_release(week::keep_update(release));
    browser::next_task(move || state.release_applied(at));
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPENS: Instant = 1_000_000;
    const CLOSES: Instant = 2_000_000;

    #[test]
    fn checks_only_inside_the_window() {
        assert_eq!(wake(OPENS, (OPENS, CLOSES), false), Wake::Check);
        assert_eq!(wake(CLOSES - 1, (OPENS, CLOSES), true), Wake::Check);
    }

    #[test]
    fn stops_once_the_window_has_closed() {
        assert_eq!(wake(CLOSES, (OPENS, CLOSES), false), Wake::Stop);
        assert_eq!(
            wake(CLOSES + 86_400 * 30, (OPENS, CLOSES), false),
            Wake::Stop
        );
        assert_eq!(wake(CLOSES, (OPENS, CLOSES), true), Wake::Stop);
    }

    #[test]
    fn before_the_window_sleeps_until_it_opens_by_the_real_clock_only() {
        assert_eq!(
            wake(OPENS - 90, (OPENS, CLOSES), false),
            Wake::Sleep(90_000)
        );
        // Months before, the longest timer, then again.
        assert_eq!(
            wake(OPENS - 86_400 * 90, (OPENS, CLOSES), false),
            Wake::Sleep(i32::MAX as u32)
        );
        // A preview's clock never reaches the window.
        assert_eq!(wake(OPENS - 90, (OPENS, CLOSES), true), Wake::Stop);
    }
}
