//! Hostile input never breaks the app: property tests (proptest) of the URL parsers and
//! the data validator. Every input must map to a defined result without a panic.
//!
//! `make test` builds them optimised (`--profile proptest`) and runs 100,000 cases for
//! each URL parser and for arbitrary data text, and `AELW_MUTATION_CASES` (default 2,000)
//! mutations of the real data file; `make fuzz` runs 100,000 mutations. A plain debug
//! `cargo test` runs 2,000 cases of each, to stay quick.
#![cfg(not(target_arch = "wasm32"))]

use aelw_core::data::{self, DataError, FIXTURE, ProblemKind};
use aelw_core::filter::Filters;
use aelw_core::model::Lang;
use aelw_core::url::{self, Fragment, MAX_QUERY_CHARS};
use proptest::prelude::*;
use serde_json::Value;

/// The tracks and cards of the Bangkok week, which links may name.
static CARDS: std::sync::LazyLock<aelw_core::filter::Known<'static>> =
    std::sync::LazyLock::new(|| data::fixture().known());

/// Cases per property: the full count when optimised, a quick pass in debug builds.
const CASES: u32 = if cfg!(debug_assertions) {
    2_000
} else {
    100_000
};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Text that looks like what arrives in URLs: escapes, separators, markup, Thai,
/// controls, and known keys and values, mixed with anything at all.
fn url_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("%".to_string()),
        Just("%2".into()),
        Just("%E0%B8".into()),
        Just("%00".into()),
        Just("+".into()),
        Just("&".into()),
        Just("=".into()),
        Just(",".into()),
        Just("#".into()),
        Just("?".into()),
        Just("lang=".into()),
        Just("th".into()),
        Just("track=".into()),
        Just("media".into()),
        Just("priority=".into()),
        Just("secret=".into()),
        Just("#?secret=Ab3".into()),
        Just("balance".into()),
        Just("q=".into()),
        Just("data=".into()),
        Just("now=".into()),
        Just("2022-11-18T09:30".into()),
        Just("Z".into()),
        Just("day-2022-11-1".into()),
        Just("priority-".into()),
        Just("deliverable-".into()),
        Just("gala-dinner".into()),
        Just("<script>".into()),
        Just("javascript:".into()),
        Just("//".into()),
        Just("\\".into()),
        Just("ก".into()),
        Just("\u{0}".into()),
        Just("\u{202e}".into()),
        "\\PC{0,6}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

/// Whether a problem is said in both languages, naming its record.
fn said(e: &DataError) -> bool {
    [Lang::En, Lang::Th].into_iter().all(|lang| {
        !e.kind.message(lang).is_empty() && e.line(lang).starts_with(&e.record.to_string())
    })
}

proptest! {
    #![proptest_config(config(CASES))]

    #[test]
    fn any_query_string_parses_to_a_stable_view(s in url_like()) {
        let opts = url::parse_query(&s, &CARDS);
        prop_assert!(opts.filters.query.chars().count() <= MAX_QUERY_CHARS);
        prop_assert!(opts.filters.query.chars().all(|c| !c.is_control()));
        // What the app writes back reads the same way again, but for a preview clock,
        // which no link the app writes carries.
        let written = url::format_query(&opts);
        prop_assert!(!written.contains("now="));
        let opts = url::ViewOptions { now: None, ..opts };
        prop_assert_eq!(url::parse_query(&written, &CARDS), opts.clone());
        prop_assert_eq!(url::format_query(&url::parse_query(&written, &CARDS)), written);
        prop_assert!(!opts.cleared().filters.is_filtered());
    }

    #[test]
    fn any_fragment_is_a_section_or_a_short_plain_notice(s in url_like()) {
        let data = data::fixture();
        // A WordPress host's `#?secret=…` tail is never part of the section; its secret,
        // if any, is only letters and digits.
        let (section_part, secret) = url::split_secret(&s);
        prop_assert!(secret.is_none_or(|k| (1..=64).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_alphanumeric())));
        match url::parse_fragment(&s, data) {
            Fragment::None => prop_assert!(section_part.trim_start_matches('#').is_empty()),
            Fragment::Section(section) => {
                let id = section.element_id();
                prop_assert_eq!(url::resolve(&id, data), Some(section));
            }
            Fragment::Unknown(text) => {
                prop_assert!(text.chars().count() <= 61);
                prop_assert!(text.chars().all(|c| !c.is_control()));
            }
        }
    }

    #[test]
    fn any_data_source_is_refused_or_safe(s in url_like()) {
        if let Some(accepted) = url::data_source(&s) {
            prop_assert_eq!(accepted, s.as_str());
            prop_assert!(!accepted.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\'));
            prop_assert!(!accepted.starts_with("//"));
            let head = accepted.split(['/', '?', '#']).next().unwrap_or("");
            prop_assert!(accepted.starts_with("https://") || !head.contains(':'));
        }
    }

    #[test]
    fn percent_decoding_is_total(s in url_like()) {
        let decoded = url::percent_decode(&s);
        prop_assert_eq!(url::percent_decode(&url::percent_encode(&decoded)), decoded);
    }

    #[test]
    fn arbitrary_text_is_never_accepted_as_data_and_never_panics(s in any::<String>()) {
        match data::parse(&s) {
            Ok(_) => prop_assert!(false, "accepted {s:?}"),
            Err(errors) => {
                let unreadable = |e: &DataError| matches!(e.kind, ProblemKind::Unreadable { .. });
                prop_assert!(!errors.is_empty() && errors.iter().all(|e| said(e) && unreadable(e)));
            }
        }
    }

    #[test]
    fn filters_from_any_view_options_never_panic(tracks in prop::collection::vec(0usize..CARDS.tracks.len(), 0..CARDS.tracks.len()), q in url_like()) {
        let data = data::fixture();
        let filters = Filters {
            tracks: tracks.into_iter().map(|i| CARDS.tracks[i].to_string()).collect(),
            query: url::clean_query(&q),
            ..Filters::default()
        };
        let shown = |f: &Filters| data.events.iter().filter(|e| aelw_core::filter::matches(e, f, aelw_core::model::Lang::En, aelw_core::filter::fold_std)).count();
        // Narrowing never shows more: dropping the search, then the tracks, only widens.
        let without_search = Filters { query: String::new(), ..filters.clone() };
        prop_assert!(shown(&filters) <= shown(&without_search));
        prop_assert!(shown(&without_search) <= shown(&Filters::default()));
        prop_assert_eq!(shown(&Filters::default()), data.events.len());
    }
}

/// Every place in a JSON tree, as a path of keys and indices.
fn paths(v: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(at.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                at.push(Step::Key(k.clone()));
                paths(child, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push(Step::Index(i));
                paths(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn at_mut<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// A replacement value: hostile strings, wrong types, empty containers.
fn hostile_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        Just(Value::from("")),
        Just(Value::from(" ")),
        Just(Value::from("<script>alert(1)</script>")),
        Just(Value::from("javascript:alert(1)")),
        Just(Value::from("http://example.org/x")),
        Just(Value::from("2022-11-31")),
        Just(Value::from("2022-11-20")),
        Just(Value::from("25:00")),
        Just(Value::from("09:00")),
        Just(Value::from("open")),
        Just(Value::from("S01")),
        Just(Value::from("csom-day-1")),
        Just(Value::from("day-2022-11-15")),
        any::<String>().prop_map(Value::from),
        Just(Value::Array(vec![])),
        Just(serde_json::json!({})),
        Just(serde_json::json!({"en": "x"})),
        Just(serde_json::json!({"en": "x", "th": ""})),
        Just(serde_json::json!(["open", "open"])),
    ]
}

#[derive(Debug, Clone)]
enum Mutation {
    Replace(usize, Value),
    Remove(usize),
    Duplicate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), hostile_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        any::<usize>().prop_map(Mutation::Remove),
        any::<usize>().prop_map(Mutation::Duplicate),
    ]
}

fn apply(tree: &mut Value, all: &[Vec<Step>], m: &Mutation) {
    match m {
        Mutation::Replace(i, value) => {
            if let Some(slot) = at_mut(tree, &all[i % all.len()]) {
                *slot = value.clone();
            }
        }
        Mutation::Remove(i) | Mutation::Duplicate(i) => {
            let path = &all[i % all.len()];
            let Some((last, parent)) = path.split_last() else {
                return;
            };
            let Some(parent) = at_mut(tree, parent) else {
                return;
            };
            match (parent, last, m) {
                (Value::Object(map), Step::Key(k), Mutation::Remove(_)) => {
                    map.remove(k);
                }
                (Value::Array(items), Step::Index(j), Mutation::Remove(_)) if *j < items.len() => {
                    items.remove(*j);
                }
                (Value::Array(items), Step::Index(j), Mutation::Duplicate(_))
                    if *j < items.len() =>
                {
                    let copy = items[*j].clone();
                    items.insert(*j, copy);
                }
                _ => {}
            }
        }
    }
}

fn mutation_cases() -> u32 {
    std::env::var("AELW_MUTATION_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000)
}

#[test]
fn mutated_data_is_rejected_with_a_named_record_or_accepted_whole() {
    let original: Value = serde_json::from_str(FIXTURE).unwrap();
    let mut all = Vec::new();
    paths(&original, &mut Vec::new(), &mut all);
    let strategy = prop::collection::vec(mutation(), 1..4);
    let mut runner = proptest::test_runner::TestRunner::new(config(mutation_cases()));
    runner
        .run(&strategy, |mutations| {
            let mut tree = original.clone();
            for m in &mutations {
                apply(&mut tree, &all, m);
            }
            match data::parse(&tree.to_string()) {
                // Whatever passes must give the views what they rely on: every section
                // reachable by its link, every event on a day of the week.
                Ok(parsed) => {
                    for e in &parsed.events {
                        prop_assert_eq!(
                            url::resolve(&e.id, &parsed),
                            Some(url::Section::Event(&e.id))
                        );
                        prop_assert!(parsed.days.iter().any(|d| d.date == e.date));
                    }
                    for p in &parsed.priorities {
                        prop_assert!(url::resolve(&p.element_id(), &parsed).is_some());
                    }
                }
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    for e in &errors {
                        prop_assert!(said(e), "{e:?}");
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}
