//! Updates of the data fetched at run time (`?data=`): the limits, why one is refused,
//! and the checks of its answer and body.

use crate::model::Dataset;
use crate::zone::ZoneRules;

/// The largest data update accepted, in bytes.
pub const MAX_UPDATE_BYTES: u64 = 1_000_000;

/// How long an update may take before it is abandoned, in milliseconds.
pub const UPDATE_TIMEOUT_MS: u32 = 5_000;

/// Why an update of the data from the network was not used. Every case keeps the
/// embedded week on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateError {
    /// The address is neither `https:` nor on this site.
    RejectedUrl,
    /// The request failed (offline, refused, blocked by the security policy, …).
    Network,
    /// No answer within `UPDATE_TIMEOUT_MS`.
    Timeout,
    /// A status other than 2xx.
    Status(u16),
    /// A content type other than JSON (the type, as sent; empty when missing).
    WrongType(String),
    /// More than `MAX_UPDATE_BYTES`.
    TooLarge,
    /// Not JSON at all (the parser's message).
    InvalidJson(String),
    /// JSON that fails the data checks: the first problem, and how many there are.
    Invalid(super::DataError, usize),
    /// Valid data, but an earlier release than the week on screen (its `version`).
    /// Releases are ordered by version, as several may come in a day.
    Older(u32),
    /// The data is in another time zone than the built week (its zone): the app has
    /// only the built zone's rules, so another zone takes a new build.
    ZoneChanged(String),
}

/// Checks a response's status and headers before its body is read.
pub fn check_update_head(
    status: u16,
    content_type: Option<&str>,
    length: Option<u64>,
) -> Result<(), UpdateError> {
    if !(200..300).contains(&status) {
        return Err(UpdateError::Status(status));
    }
    let ty = content_type.unwrap_or("");
    let essence = ty
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if !(essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json")))
    {
        return Err(UpdateError::WrongType(ty.chars().take(60).collect()));
    }
    if length.is_some_and(|n| n > MAX_UPDATE_BYTES) {
        return Err(UpdateError::TooLarge);
    }
    Ok(())
}

/// Accepts an update read into the model if it passes every check the embedded data
/// passes and is not an earlier release than `current` (by `version`, not by date: a
/// week may see several releases a day). The same release again is accepted, so that
/// `?data=` can show the published file itself; the live refresh skips it before this.
/// An update in another zone is refused too: the app has only the built zone's rules.
pub fn accept_update(
    data: Dataset,
    current: &Dataset,
    rules: &ZoneRules,
) -> Result<Dataset, UpdateError> {
    if data.week.time_zone != current.week.time_zone {
        return Err(UpdateError::ZoneChanged(data.week.time_zone));
    }
    let mut errors = super::validate(&data);
    errors.extend(super::check_times(&data, rules));
    let count = errors.len();
    if count > 0 {
        return Err(UpdateError::Invalid(errors.swap_remove(0), count));
    }
    if data.version < current.version {
        return Err(UpdateError::Older(data.version));
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing::*;
    use crate::data::{DataError, FIXTURE, fixture};

    #[test]
    fn an_update_needs_a_2xx_json_answer_of_reasonable_size() {
        assert_eq!(
            check_update_head(200, Some("application/json"), Some(60_000)),
            Ok(())
        );
        assert_eq!(
            check_update_head(200, Some("Application/JSON; charset=utf-8"), None),
            Ok(())
        );
        assert_eq!(
            check_update_head(200, Some("application/vnd.aelw+json"), None),
            Ok(())
        );
        assert_eq!(
            check_update_head(404, Some("application/json"), None),
            Err(UpdateError::Status(404))
        );
        assert_eq!(
            check_update_head(500, None, None),
            Err(UpdateError::Status(500))
        );
        assert_eq!(
            check_update_head(200, Some("text/html"), None),
            Err(UpdateError::WrongType("text/html".into()))
        );
        assert_eq!(
            check_update_head(200, None, None),
            Err(UpdateError::WrongType(String::new()))
        );
        assert_eq!(
            check_update_head(200, Some("application/json"), Some(MAX_UPDATE_BYTES + 1)),
            Err(UpdateError::TooLarge)
        );
    }

    /// An update read into the model (by the browser's `JSON.parse` in the app; by
    /// serde_json here) is checked as the data file is.
    fn checked(json: &str) -> Result<Dataset, UpdateError> {
        let data: Dataset = serde_json::from_str(json).expect("the model reads it");
        accept_update(data, fixture(), &bangkok())
    }

    fn bangkok() -> ZoneRules {
        ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT")
    }

    #[test]
    fn an_update_is_checked_like_the_embedded_data() {
        assert!(checked(FIXTURE).is_ok());
        let bad = edited(|v| {
            record(v, "events", "csom-day-1")["priorities"] = serde_json::json!(["nope"])
        });
        match checked(&bad) {
            Err(UpdateError::Invalid(first, 1)) => {
                assert_eq!(
                    first.to_string(),
                    named(
                        "events",
                        "csom-day-1",
                        ", field \"priorities[0]\": unknown priority \"nope\""
                    )
                )
            }
            other => panic!("{other:?}"),
        }
        let js = edited(|v| {
            deliverable(v, "bangkok-goals")["links"][0]["url"] = "javascript:alert(1)".into()
        });
        assert!(matches!(checked(&js), Err(UpdateError::Invalid(..))));
        let version = fixture().version;
        let older = edited(|v| release(v, version - 1, "2030-01-01"));
        assert_eq!(checked(&older), Err(UpdateError::Older(version - 1)));
        // The app has its own zone's rules only, and checks an update's times in them.
        let moved = edited(|v| v["week"]["time_zone"] = "Asia/Tokyo".into());
        assert_eq!(
            checked(&moved),
            Err(UpdateError::ZoneChanged("Asia/Tokyo".into()))
        );
        let offset = edited(|v| v["week"]["utc_offset"] = "+08:00".into());
        assert!(matches!(
            checked(&offset),
            Err(UpdateError::Invalid(
                DataError {
                    kind: crate::data::ProblemKind::OffsetDisagrees { .. },
                    ..
                },
                1
            ))
        ));
        // Markup in text is just text: it passes, and the views render it as text.
        let markup = edited(|v| {
            record(v, "events", "abac-4")["title"]["en"] = "<script>alert(1)</script>".into()
        });
        assert!(checked(&markup).is_ok());
    }

    /// Makes the file's last release number `version`, published on `day`, in either
    /// shape of the file.
    fn release(v: &mut serde_json::Value, version: u32, day: &str) {
        v["version"] = version.into();
        match v.get_mut("releases").and_then(|r| r.as_array_mut()) {
            Some(releases) => {
                let last = releases.last_mut().unwrap();
                last["version"] = version.into();
                last["released"] = day.into();
            }
            None => v["updated"] = day.into(),
        }
    }

    #[test]
    fn releases_are_ordered_by_version_not_by_date() {
        let version = fixture().version;
        // A later release published on an earlier day (several come in a day, and a
        // release of a file from before times were kept has only its day) is newer.
        let later = edited(|v| release(v, version + 1, "2022-11-01"));
        assert_eq!(checked(&later).map(|d| d.version), Ok(version + 1));
        // An earlier release published on a later day is older.
        let earlier = edited(|v| release(v, version - 1, "2030-01-01"));
        assert_eq!(checked(&earlier), Err(UpdateError::Older(version - 1)));
        // The same release again (`?data=` naming the published file) is accepted.
        assert_eq!(checked(FIXTURE).map(|d| d.version), Ok(version));
    }
}
