//! Which events a filtered view shows: by track, by priority, and by words in the title,
//! summary and outcomes. Pure, so native tests pin it down.

use crate::model::{Event, Lang};
use crate::url::ViewOptions;

/// Whether `event` is shown under `opts`. Within tracks and within priorities any match
/// counts; between them, and between search words, all must match.
pub fn matches(event: &Event, opts: &ViewOptions, lang: Lang) -> bool {
    let track_ok = opts.tracks.is_empty() || event.tracks.iter().any(|t| opts.tracks.contains(t));
    let priority_ok =
        opts.priorities.is_empty() || event.priorities.iter().any(|p| opts.priorities.contains(p));
    track_ok && priority_ok && matches_words(event, &opts.query, lang)
}

/// How many of `events` are shown under `opts`.
pub fn count_shown<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    opts: &ViewOptions,
    lang: Lang,
) -> usize {
    events
        .into_iter()
        .filter(|e| matches(e, opts, lang))
        .count()
}

/// Every word of `query` occurs, ignoring case, in the event's searchable text (in the
/// reader's language and, so English names still work in Thai, in English).
fn matches_words(event: &Event, query: &str, lang: Lang) -> bool {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return true;
    }
    let mut haystack = String::new();
    for text in std::iter::once(&event.title)
        .chain(std::iter::once(&event.summary))
        .chain(&event.outcomes)
    {
        haystack.push_str(&text.get(lang).to_lowercase());
        haystack.push('\n');
        if lang != Lang::En {
            haystack.push_str(&text.en.to_lowercase());
            haystack.push('\n');
        }
    }
    if let Some(short) = &event.short {
        haystack.push_str(&short.to_lowercase());
    }
    words.iter().all(|w| haystack.contains(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded;
    use crate::model::Track;

    fn shown(opts: &ViewOptions) -> Vec<&'static str> {
        embedded()
            .events
            .iter()
            .filter(|e| matches(e, opts, Lang::En))
            .map(|e| e.id.as_str())
            .collect()
    }

    #[test]
    fn no_filter_shows_the_whole_week() {
        assert_eq!(
            shown(&ViewOptions::default()).len(),
            embedded().events.len()
        );
    }

    #[test]
    fn tracks_narrow_and_combine_with_or() {
        let ministers = ViewOptions {
            tracks: vec![Track::Ministers],
            ..Default::default()
        };
        assert_eq!(
            shown(&ministers),
            ["ministerial-meeting", "joint-ministerial-statement"]
        );
        let both = ViewOptions {
            tracks: vec![Track::Ministers, Track::Youth],
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
        let opts = ViewOptions {
            tracks: vec![Track::SeniorOfficials],
            priorities: vec!["balance".into()],
            ..Default::default()
        };
        assert_eq!(shown(&opts), ["csom-day-2"]);
    }

    #[test]
    fn search_needs_every_word_in_title_summary_outcomes_or_abbreviation() {
        let q = |s: &str| ViewOptions {
            query: s.into(),
            ..Default::default()
        };
        assert_eq!(shown(&q("chalom")), ["handover-united-states"]);
        assert_eq!(shown(&q("CHALOM basket")), ["handover-united-states"]);
        assert_eq!(shown(&q("chalom macron")), Vec::<&str>::new());
        assert!(shown(&q("amm")).contains(&"ministerial-meeting"));
        // Words in outcomes count too.
        assert!(shown(&q("San Francisco")).contains(&"handover-united-states"));
        assert!(shown(&q("   ")).len() == embedded().events.len());
    }
}
