//! The app's clock: the browser's own, or the moment a preview link sets with `?now=`,
//! so that everything that depends on the time (the now and next marks, the day the page
//! opens on, the countdown, the live refresh) reads one clock and behaves alike.

use crate::browser;
use aelw_core::zone::Instant;
use std::cell::Cell;

thread_local! {
    /// The moment `?now=` set, when it did.
    static PREVIEW: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Sets the clock to `at` for the rest of the visit (a `?now=` preview).
pub fn set_preview(at: Instant) {
    PREVIEW.with(|p| p.set(Some(at)));
}

/// The moment a preview set, if one did.
pub fn preview() -> Option<Instant> {
    PREVIEW.with(Cell::get)
}

/// Now, in seconds since the epoch: the preview's moment, else the browser's clock.
/// `None` off the web with no preview (the prerendered page knows no time).
pub fn now() -> Option<Instant> {
    preview().or_else(|| browser::now_ms().map(|ms| (ms / 1000.0).floor() as Instant))
}
