//! The checks of the sources: well-formed and unique ids, each cited somewhere, each an
//! https address, none on the weak-source list, and no official source that is a copy on
//! a mirror site.

use super::checker::Checker;
use super::{List, ProblemKind as P, Record};
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

/// The weak-source list, `weak_sources.txt`: one host, or host and path prefix, a line.
pub const WEAK_SOURCES: &str = include_str!("weak_sources.txt");

/// The weak-source entry that `url` falls under, if any: its host is the entry's host or
/// a subdomain of it, and for a "host/path" entry its path starts with that path.
pub fn is_weak_url(url: &str) -> Option<&'static str> {
    list_entry(WEAK_SOURCES, url)
}

/// The entry of `list` (a list file's text: one host, or host and path prefix, a line;
/// `#` comments) that `url` falls under, if any, matched as `is_weak_url` says.
pub(super) fn list_entry(list: &'static str, url: &str) -> Option<&'static str> {
    let host = url_host(url);
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = rest.find('/').map_or("/", |i| &rest[i..]);
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .find(|entry| {
            let (list_host, list_path) =
                entry.split_once('/').map_or((*entry, ""), |(h, p)| (h, p));
            on_host(&host, list_host) && path[1..].starts_with(list_path)
        })
}

/// Whether `host` (as `url_host` gives it) is `site` or one of its subdomains.
pub(super) fn on_host(host: &str, site: &str) -> bool {
    host == site
        || host
            .strip_suffix(site)
            .is_some_and(|rest| rest.ends_with('.'))
}

/// The host of an absolute URL, lower-cased, without a leading `www.`.
pub(super) fn url_host(url: &str) -> String {
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
    MIRROR_HOSTS.iter().any(|m| on_host(&host, m))
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
        let r = &Record::item(List::Sources, i, &s.id);
        let well_formed = s.id.len() >= 2
            && matches!(s.id.as_bytes()[0], b'S' | b'N')
            && s.id[1..].bytes().all(|b| b.is_ascii_digit());
        if !well_formed {
            c.fail(r, "id", P::BadSourceId);
        }
        if !ids.insert(s.id.as_str()) {
            c.fail(
                r,
                "id",
                P::DuplicateId {
                    list: List::Sources,
                },
            );
        }
        c.text(r, "label", &s.label);
        if let Some(entry) = is_weak_url(&s.url) {
            c.fail(r, "url", P::WeakSource { entry });
        }
        let clean = c.plain(r, "url", &s.url);
        if clean && !ids::is_https_url(&s.url) {
            let url = s.url.clone();
            c.fail(r, "url", P::NotHttps { url });
        } else if s.is_official() && is_mirror_url(&s.url) {
            let host = url_host(&s.url);
            c.fail(r, "id", P::MirrorCopy { host });
        }
        if !cited.contains(s.id.as_str()) {
            c.fail(r, "id", P::Uncited);
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
        let i = index_of("events", "abac-statement");
        let json = edited(|v| v["events"][i]["sources"] = serde_json::json!([]));
        assert_names(
            &json,
            &format!(
                "events[{i}] \"abac-statement\", field \"sources\": needs at least one source with an https: link"
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

    #[test]
    fn no_source_is_on_the_weak_list() {
        for s in &embedded().sources {
            assert_eq!(is_weak_url(&s.url), None, "{} is weak: {}", s.id, s.url);
        }
        for (url, entry) in [
            (
                "https://sootinclaimon.com/2022/11/19/x/",
                "sootinclaimon.com",
            ),
            ("https://www.bilaterals.org/?x", "bilaterals.org"),
            ("https://squidsaccess.com/?p=1", "squidsaccess.com"),
            ("https://thailandnews.asia/8513/", "thailandnews.asia"),
            ("https://apec.sitefinity.cloud/groups/x", "sitefinity.cloud"),
            (
                "https://www.independent.co.uk/independentpremium/world/x",
                "independent.co.uk/independentpremium",
            ),
            ("https://philpr.com/finance/x/", "philpr.com"),
            ("https://news.trueid.net/detail/x", "news.trueid.net"),
            // The audit of 2026-12-07: N125, "Prachatai English" on a lookalike host.
            (
                "https://prachatainews.com/activists-protesters-fined-for-apec-protest",
                "prachatainews.com",
            ),
        ] {
            assert_eq!(is_weak_url(url), Some(entry), "{url}");
        }
        // Only the premium section of The Independent, and only whole host names.
        assert_eq!(
            is_weak_url("https://www.independent.co.uk/news/world/x"),
            None
        );
        assert_eq!(is_weak_url("https://notphilpr.com/x"), None);
        assert_eq!(is_weak_url("https://www.apec.org/groups/x"), None);
        assert_eq!(is_weak_url("https://prachatai.com/english/node/1"), None);
        let i = index_of("sources", "N16");
        let json = edited(|v| {
            v["sources"][i]["url"] = "https://sootinclaimon.com/2022/11/19/apec/".into()
        });
        assert_names(
            &json,
            &format!(
                "sources[{i}] \"N16\", field \"url\": is on the weak-source list (sootinclaimon.com)"
            ),
        );
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
