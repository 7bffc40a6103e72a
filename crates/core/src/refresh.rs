//! When the app re-reads its own published data file during the live window, so that a
//! correction reaches readers within minutes: the pauses between checks (with jitter, so
//! that readers' phones do not ask in lock-step), the backoff after network failures,
//! and which releases are worth applying. Pure, so native tests pin it down; the app's
//! `refresh` module does the timing and the fetching.

use crate::data::UpdateError;

/// The shortest pause between two checks while the page is visible, in milliseconds.
pub const POLL_MIN_MS: u32 = 180_000;

/// The longest pause between two checks, in milliseconds.
pub const POLL_MAX_MS: u32 = 300_000;

/// How old the last check must be for the page to check again as soon as it is shown
/// again (a tab brought back, a phone unlocked), in milliseconds.
pub const STALE_MS: f64 = 60_000.0;

/// The longest pause after failed checks, in milliseconds.
pub const RETRY_CAP_MS: u32 = 1_800_000;

/// The first failure's longest pause, doubled for each further one, in milliseconds.
const RETRY_BASE_MS: u32 = 30_000;

/// The shortest pause after a failure, so that full jitter never retries at once.
const RETRY_FLOOR_MS: u32 = 5_000;

/// The pause before the next regular check; `random` is uniform in `[0, 1)`.
pub fn poll_delay(random: f64) -> u32 {
    POLL_MIN_MS + scaled(POLL_MAX_MS - POLL_MIN_MS, random)
}

/// The pause after `failures` checks in a row (at least one) failed on the network:
/// exponential backoff with full jitter, capped at `RETRY_CAP_MS` (AWS's "full jitter").
pub fn retry_delay(failures: u32, random: f64) -> u32 {
    let doubled = 1u32
        .checked_shl(failures.saturating_sub(1))
        .map_or(RETRY_CAP_MS, |n| RETRY_BASE_MS.saturating_mul(n));
    scaled(doubled.min(RETRY_CAP_MS), random).max(RETRY_FLOOR_MS)
}

/// `max` times `random` (clamped to `[0, 1]`), rounded down.
fn scaled(max: u32, random: f64) -> u32 {
    (f64::from(max) * random.clamp(0.0, 1.0)) as u32
}

/// Whether a page shown again checks at once: never checked yet, or last longer ago than
/// `STALE_MS` (the clock's milliseconds).
pub fn is_stale(last_check: Option<f64>, now: f64) -> bool {
    last_check.is_none_or(|last| now - last > STALE_MS)
}

/// Whether a failed check is worth retrying soon: the network let it down (offline, a
/// timeout, a server in trouble). A file that fails its checks waits for the next regular
/// check: retrying sooner would only fetch the same file again.
pub fn is_transient(error: &UpdateError) -> bool {
    match error {
        UpdateError::Network | UpdateError::Timeout => true,
        UpdateError::Status(status) => *status == 408 || *status == 429 || *status >= 500,
        _ => false,
    }
}

/// Whether a published release should replace the week on screen: a later one only.
/// The same release again (an unchanged file, or a 304 the browser hands over as the
/// cached body) changes nothing.
pub fn is_newer(published: u32, on_screen: u32) -> bool {
    published > on_screen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_checks_come_every_three_to_five_minutes_never_in_lock_step() {
        assert_eq!(poll_delay(0.0), 180_000);
        assert_eq!(poll_delay(0.5), 240_000);
        assert!(poll_delay(0.999_999) < 300_000);
        assert_eq!(poll_delay(7.0), POLL_MAX_MS);
        assert_ne!(poll_delay(0.1), poll_delay(0.2));
    }

    #[test]
    fn failures_back_off_exponentially_with_full_jitter_up_to_a_cap() {
        // The longest pause doubles with each failure in a row…
        assert_eq!(retry_delay(1, 0.999_999_9), 29_999);
        assert_eq!(retry_delay(2, 0.999_999_9), 59_999);
        assert_eq!(retry_delay(3, 0.999_999_9), 119_999);
        // …up to the cap, however many there were.
        for failures in [7, 10, 31, 32, 33, 200, u32::MAX] {
            assert!(retry_delay(failures, 1.0) <= RETRY_CAP_MS, "{failures}");
        }
        assert_eq!(retry_delay(40, 1.0), RETRY_CAP_MS);
        // Any pause up to it, but never none.
        assert_eq!(retry_delay(3, 0.25), 30_000);
        assert_eq!(retry_delay(3, 0.0), RETRY_FLOOR_MS);
        assert_eq!(retry_delay(0, 0.5), RETRY_FLOOR_MS.max(15_000));
    }

    #[test]
    fn a_page_shown_again_checks_only_if_the_last_check_is_over_a_minute_old() {
        assert!(is_stale(None, 0.0));
        assert!(!is_stale(Some(1_000.0), 61_000.0));
        assert!(is_stale(Some(1_000.0), 61_001.0));
    }

    #[test]
    fn only_network_troubles_are_retried_soon() {
        assert!(is_transient(&UpdateError::Network));
        assert!(is_transient(&UpdateError::Timeout));
        assert!(is_transient(&UpdateError::Status(503)));
        assert!(is_transient(&UpdateError::Status(429)));
        assert!(!is_transient(&UpdateError::Status(404)));
        assert!(!is_transient(&UpdateError::InvalidJson("x".into())));
        assert!(!is_transient(&UpdateError::TooLarge));
    }

    #[test]
    fn only_a_later_release_replaces_the_week() {
        assert!(is_newer(3, 2));
        assert!(!is_newer(2, 2));
        assert!(!is_newer(1, 2));
    }
}
