//! Which events a filtered view shows: by track, by priority, and by words in the title,
//! summary and outcomes. Pure, so native tests pin it down.

use crate::model::{Dataset, Event, Lang};

/// What a filtered view narrows the week to; the default is the whole week.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Events of these track ids, in the data's track order.
    pub tracks: Vec<String>,
    /// Events that advanced these priority ids, in card order.
    pub priorities: Vec<String>,
    /// Words to find in titles, summaries and outcomes.
    pub query: String,
}

impl Filters {
    /// Whether any filter narrows the week.
    pub fn is_filtered(&self) -> bool {
        !self.tracks.is_empty() || !self.priorities.is_empty() || !self.query.trim().is_empty()
    }

    /// Turns a track filter on or off, keeping tracks in the data's order (`track_ids`).
    pub fn set_track(&mut self, id: &str, on: bool, track_ids: &[&str]) {
        set_in_order(&mut self.tracks, id.to_string(), on, rank_in(track_ids));
    }

    /// Turns a priority filter on or off, keeping priorities in card order
    /// (`priority_ids`).
    pub fn set_priority(&mut self, id: &str, on: bool, priority_ids: &[&str]) {
        set_in_order(
            &mut self.priorities,
            id.to_string(),
            on,
            rank_in(priority_ids),
        );
    }
}

/// The ids a link may name, in the data's order: its tracks and its priority cards.
#[derive(Debug, Clone, Default)]
pub struct Known<'a> {
    /// Track ids, in filter order.
    pub tracks: Vec<&'a str>,
    /// Priority ids, in card order.
    pub priorities: Vec<&'a str>,
}

impl Dataset {
    /// The track and priority ids links and filters may name.
    pub fn known(&self) -> Known<'_> {
        Known {
            tracks: self.track_ids(),
            priorities: self.priority_ids(),
        }
    }
}

/// An id's place in `order` (unknown ids last).
fn rank_in<'a>(order: &'a [&str]) -> impl Fn(&String) -> usize + 'a {
    move |id| order.iter().position(|o| o == id).unwrap_or(usize::MAX)
}

/// Puts `item` into `list` (once) or takes it out, keeping `list` in the order `rank`
/// gives. Small lists: an insertion, not a sort (which would cost the app kilobytes).
fn set_in_order<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool, rank: impl Fn(&T) -> usize) {
    list.retain(|x| *x != item);
    if on {
        let at = list
            .iter()
            .position(|x| rank(x) > rank(&item))
            .unwrap_or(list.len());
        list.insert(at, item);
    }
}

/// Whether `event` is shown under `filters`. Within tracks and within priorities any
/// match counts; between them, and between search words, all must match. `fold` makes
/// text comparable for search (see `fold_std`; the app passes the browser's).
pub fn matches(event: &Event, filters: &Filters, lang: Lang, fold: Fold) -> bool {
    let (tracks, priorities) = (&filters.tracks, &filters.priorities);
    let track_ok = tracks.is_empty() || event.tracks.iter().any(|t| tracks.contains(t));
    let priority_ok =
        priorities.is_empty() || event.priorities.iter().any(|p| priorities.contains(p));
    track_ok && priority_ok && matches_words(event, &filters.query, lang, fold)
}

/// Text in the form search compares: lower case, without accents.
pub type Fold = fn(&str) -> String;

/// Whether `c` is one of the accents that search ignores: the combining diacritical
/// marks that canonical decomposition splits off Latin, Greek and Cyrillic letters
/// ("é" is "e" and U+0301). Thai's vowel and tone marks are elsewhere, so Thai is left
/// as it is.
pub fn is_ignored_accent(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// `fold` with the standard library and `unicode-normalization`, for where no browser
/// does it (native tests and the prerender step): lower case, decomposed, accents
/// dropped, as the browser's `toLowerCase` and `normalize('NFD')` do.
#[cfg(not(target_arch = "wasm32"))]
pub fn fold_std(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.to_lowercase()
        .nfd()
        .filter(|&c| !is_ignored_accent(c))
        .collect()
}

/// Every word of `query` occurs, folded, in the event's searchable text (in the reader's
/// language and, so English names still work in Thai, in English).
fn matches_words(event: &Event, query: &str, lang: Lang, fold: Fold) -> bool {
    let words: Vec<String> = query.split_whitespace().map(fold).collect();
    if words.is_empty() {
        return true;
    }
    let mut haystack = String::new();
    for text in std::iter::once(&event.title)
        .chain(std::iter::once(&event.summary))
        .chain(&event.outcomes)
    {
        haystack.push_str(text.get(lang));
        haystack.push('\n');
        if lang != Lang::En {
            haystack.push_str(&text.en);
            haystack.push('\n');
        }
    }
    if let Some(short) = &event.short {
        haystack.push_str(short);
    }
    let haystack = fold(&haystack);
    words.iter().all(|w| haystack.contains(w.as_str()))
}

// Native only: they fold with `fold_std`, which the `.wasm` does without.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::data::fixture;

    #[test]
    fn search_ignores_case_and_accents_but_leaves_thai_alone() {
        assert_eq!(
            fold_std("ỨNG Đức ÉLYSÉE São Paulo ТАСС Βήτα"),
            "ung đuc elysee sao paulo тасс βητα"
        );
        let thai = "ก่อนเริ่มการประชุมผู้นำช่วงสุดท้าย น้ำ ค่ำ";
        assert_eq!(fold_std(thai), thai);
        let mut event = fixture().events[0].clone();
        event.title.en = "Talks at the Élysée, then São Paulo".into();
        let search = |q: &str| Filters {
            query: q.into(),
            ..Default::default()
        };
        assert!(matches(&event, &search("elysee"), Lang::En, fold_std));
        assert!(matches(&event, &search("SAO paulo"), Lang::Th, fold_std));
        assert!(!matches(&event, &search("elysees"), Lang::En, fold_std));
    }

    fn shown(opts: &Filters) -> Vec<&'static str> {
        fixture()
            .events
            .iter()
            .filter(|e| matches(e, opts, Lang::En, fold_std))
            .map(|e| e.id.as_str())
            .collect()
    }

    #[test]
    fn no_filter_shows_the_whole_week() {
        assert_eq!(shown(&Filters::default()).len(), fixture().events.len());
    }

    #[test]
    fn tracks_narrow_and_combine_with_or() {
        let ministers = Filters {
            tracks: vec!["ministers".into()],
            ..Default::default()
        };
        assert_eq!(
            shown(&ministers),
            ["ministerial-meeting", "joint-ministerial-statement"]
        );
        let both = Filters {
            tracks: vec!["ministers".into(), "youth".into()],
            ..Default::default()
        };
        assert_eq!(
            shown(&both),
            [
                "youth-declaration",
                "ministerial-meeting",
                "joint-ministerial-statement"
            ]
        );
    }

    #[test]
    fn priorities_and_tracks_combine_with_and() {
        let opts = Filters {
            tracks: vec!["senior-officials".into()],
            priorities: vec!["balance".into()],
            ..Default::default()
        };
        assert_eq!(shown(&opts), ["csom-day-2"]);
    }

    #[test]
    fn search_needs_every_word_in_title_summary_outcomes_or_abbreviation() {
        let q = |s: &str| Filters {
            query: s.into(),
            ..Default::default()
        };
        assert_eq!(shown(&q("chalom")), ["handover-united-states"]);
        assert_eq!(shown(&q("CHALOM basket")), ["handover-united-states"]);
        assert_eq!(shown(&q("chalom macron")), Vec::<&str>::new());
        assert!(shown(&q("amm")).contains(&"ministerial-meeting"));
        // Words in outcomes count too.
        assert!(shown(&q("San Francisco")).contains(&"handover-united-states"));
        assert!(shown(&q("   ")).len() == fixture().events.len());
    }
}
