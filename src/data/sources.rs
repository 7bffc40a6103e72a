//! The checks of the sources: well-formed and unique ids, each cited somewhere, each an
//! https address, and no official source that is a copy on a mirror site.

use super::checker::Checker;
use crate::ids;
use std::collections::HashSet;

/// Sites that republish other bodies' releases. A copy found there is cited as news (`N…`),
/// never under an official (`S…`) id, so that the page does not badge a mirror "official".
pub const MIRROR_HOSTS: [&str; 6] = [
    "scoop.co.nz",
    "tradeworks.org.nz",
    "ryt9.com",
    "bilaterals.org",
    "sootinclaimon.com",
    "squidsaccess.com",
];

/// The host of an absolute URL, lower-cased, without a leading `www.`.
fn url_host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("").to_ascii_lowercase();
    host.strip_prefix("www.")
        .map(str::to_string)
        .unwrap_or(host)
}

/// Whether `url` is on one of the `MIRROR_HOSTS` (or a subdomain of one).
pub fn is_mirror_url(url: &str) -> bool {
    let host = url_host(url);
    MIRROR_HOSTS
        .iter()
        .any(|m| host == *m || host.ends_with(&format!(".{m}")))
}

pub(super) fn check_sources(c: &mut Checker) {
    let data = c.data;
    let mut cited: HashSet<&str> = HashSet::new();
    cited.extend(data.week.sources.iter().map(String::as_str));
    for day in &data.days {
        cited.extend(day.sources.iter().map(String::as_str));
    }
    for e in &data.events {
        cited.extend(e.sources.iter().map(String::as_str));
    }
    for p in &data.priorities {
        cited.extend(p.sources.iter().map(String::as_str));
        for d in &p.deliverables {
            cited.extend(d.sources.iter().map(String::as_str));
        }
    }
    let mut ids = HashSet::new();
    for (i, s) in data.sources.iter().enumerate() {
        let r = format!("sources[{i}] {:?}", s.id);
        let well_formed = s.id.len() >= 2
            && matches!(s.id.as_bytes()[0], b'S' | b'N')
            && s.id[1..].bytes().all(|b| b.is_ascii_digit());
        if !well_formed {
            c.fail(
                &r,
                "id",
                "must be S or N followed by digits, as in the fact sheet",
            );
        }
        if !ids.insert(s.id.as_str()) {
            c.fail(&r, "id", "is used by an earlier source");
        }
        c.text(&r, "label", &s.label);
        if !ids::is_https_url(&s.url) {
            c.fail(&r, "url", format!("{:?} is not an https: URL", s.url));
        } else if s.is_official() && is_mirror_url(&s.url) {
            c.fail(
                &r,
                "id",
                format!(
                    "an official (S) source must not be a copy on a mirror site ({}): cite it as news (N)",
                    url_host(&s.url)
                ),
            );
        }
        if !cited.contains(s.id.as_str()) {
            c.fail(&r, "id", "is not cited anywhere; remove it or cite it");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::testing::*;
    use crate::data::{embedded, parse};

    #[test]
    fn every_event_needs_an_https_source() {
        let i = index_of("events", "economic-policy-report");
        let json = edited(|v| v["events"][i]["sources"] = serde_json::json!([]));
        assert_names(
            &json,
            &format!(
                "events[{i}] \"economic-policy-report\", field \"sources\": needs at least one source with an https: link"
            ),
        );
    }

    #[test]
    fn no_source_is_http_and_no_official_source_is_on_a_mirror() {
        // The embedded data as it stands.
        for s in &embedded().sources {
            assert!(
                ids::is_https_url(&s.url),
                "{} is not https: {}",
                s.id,
                s.url
            );
            assert!(
                !(s.is_official() && is_mirror_url(&s.url)),
                "{} is badged official but is a mirror copy: {}",
                s.id,
                s.url
            );
        }
        // And the validator refuses either, naming the source.
        let i = index_of("sources", "S01");
        let json = edited(|v| v["sources"][i]["url"] = "http://mfa.go.th/en/content/x".into());
        assert_names(
            &json,
            &format!(
                "sources[{i}] \"S01\", field \"url\": \"http://mfa.go.th/en/content/x\" is not an https: URL"
            ),
        );
        let json = edited(|v| {
            v["sources"][i]["url"] = "https://www.scoop.co.nz/stories/WO2211/x.htm".into()
        });
        assert_names(
            &json,
            &format!(
                "sources[{i}] \"S01\", field \"id\": an official (S) source must not be a copy on a mirror site (scoop.co.nz)"
            ),
        );
        // The same copy under a news id is fine.
        let json = edited(|v| {
            v["sources"][i]["url"] = "https://m.scoop.co.nz/stories/WO2211/x.htm".into();
            v["sources"][i]["id"] = "N999".into();
            for list in ["events", "priorities"] {
                rename_source(&mut v[list], "S01", "N999");
            }
            rename_source(&mut v["week"], "S01", "N999");
            rename_source(&mut v["days"], "S01", "N999");
        });
        assert!(parse(&json).is_ok(), "{}", errors_of_or_ok(&json));
        assert!(is_mirror_url("https://m.scoop.co.nz/a"));
        assert!(is_mirror_url("https://TradeWorks.org.nz/a"));
        assert!(!is_mirror_url("https://notscoop.co.nz/a"));
        assert!(!is_mirror_url("https://www.apec.org/press"));
    }

    /// Renames a source id everywhere inside a JSON value.
    fn rename_source(v: &mut serde_json::Value, from: &str, to: &str) {
        match v {
            serde_json::Value::String(s) if s == from => *s = to.into(),
            serde_json::Value::Array(items) => {
                items.iter_mut().for_each(|x| rename_source(x, from, to))
            }
            serde_json::Value::Object(map) => {
                map.values_mut().for_each(|x| rename_source(x, from, to))
            }
            _ => {}
        }
    }

    fn errors_of_or_ok(json: &str) -> String {
        match parse(json) {
            Ok(_) => "ok".into(),
            Err(e) => e
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}
