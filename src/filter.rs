//! Which events a filtered view shows: by track, by priority, and by words in the title,
//! summary and outcomes. Pure, so native tests pin it down.

use crate::model::{Event, Lang, Track};

/// What a filtered view narrows the week to; the default is the whole week.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Events of these tracks, in `Track` order.
    pub tracks: Vec<Track>,
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

    /// Turns a track filter on or off, keeping tracks in `Track` order.
    pub fn set_track(&mut self, track: Track, on: bool) {
        set_in_order(&mut self.tracks, track, on, |&t| t as usize);
    }

    /// Turns a priority filter on or off, keeping priorities in card order
    /// (`priority_ids`).
    pub fn set_priority(&mut self, id: &str, on: bool, priority_ids: &[&str]) {
        let rank = |p: &String| {
            priority_ids
                .iter()
                .position(|id| id == p)
                .unwrap_or(usize::MAX)
        };
        set_in_order(&mut self.priorities, id.to_string(), on, rank);
    }
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
/// match counts; between them, and between search words, all must match.
pub fn matches(event: &Event, filters: &Filters, lang: Lang) -> bool {
    let (tracks, priorities) = (&filters.tracks, &filters.priorities);
    let track_ok = tracks.is_empty() || event.tracks.iter().any(|t| tracks.contains(t));
    let priority_ok =
        priorities.is_empty() || event.priorities.iter().any(|p| priorities.contains(p));
    track_ok && priority_ok && matches_words(event, &filters.query, lang)
}

/// Every word of `query` occurs, ignoring case, in the event's searchable text (in the
/// reader's language and, so English names still work in Thai, in English).
fn matches_words(event: &Event, query: &str, lang: Lang) -> bool {
    let words: Vec<String> = query.split_whitespace().map(fold_case).collect();
    if words.is_empty() {
        return true;
    }
    let mut haystack = String::new();
    for text in std::iter::once(&event.title)
        .chain(std::iter::once(&event.summary))
        .chain(&event.outcomes)
    {
        haystack.push_str(&fold_case(text.get(lang)));
        haystack.push('\n');
        if lang != Lang::En {
            haystack.push_str(&fold_case(&text.en));
            haystack.push('\n');
        }
    }
    if let Some(short) = &event.short {
        haystack.push_str(&fold_case(short));
    }
    words.iter().all(|w| haystack.contains(w.as_str()))
}

/// `text` in lower case, for matching: the capitals of Latin (ASCII, Latin-1, Extended-A,
/// Extended Additional, and the Vietnamese, Romanian and other pairs of Extended-B),
/// Greek (accented too) and basic Cyrillic are folded; Thai has no case. A rule per
/// block instead of `str::to_lowercase`, whose Unicode-wide tables cost the bundle more
/// than the whole search does.
pub fn fold_case(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    let n = c as u32;
    let lower = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB => n + 0x20,
        0x410..=0x42F => n + 0x20,
        0x400..=0x40F => n + 0x50,
        // Pairs, capital first: even capitals, odd small letters.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF
            if n.is_multiple_of(2) =>
        {
            n + 1
        }
        // Pairs, capital first, the other way round: odd capitals.
        0x139..=0x148 | 0x179..=0x17E if !n.is_multiple_of(2) => n + 1,
        // Extended-B: Ơ, Ư (Vietnamese) and the pairs from Ȁ to Ȳ (Romanian Ș, Ț).
        0x1A0 | 0x1AF => n + 1,
        0x200..=0x21F | 0x222..=0x233 if n.is_multiple_of(2) => n + 1,
        // Greek capitals with tonos.
        0x386 => 0x3AC,
        0x388..=0x38A => n + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 63,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        _ => n,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded;

    #[test]
    fn case_folds_as_unicode_does_for_latin_greek_and_cyrillic() {
        let blocks = [
            0..0x180,
            0x391..0x3CF,
            0x400..0x460,
            0xE00..0xE80,
            0x1E00..0x1F00,
        ];
        for n in blocks.into_iter().flatten() {
            let Some(c) = char::from_u32(n) else { continue };
            let mut unicode = c.to_lowercase();
            // Where Unicode folds to one letter (all but a few special cases), the same.
            if let (Some(one), None) = (unicode.next(), unicode.next()) {
                assert_eq!(fold_char(c), one, "U+{n:04X} {c}");
            }
        }
        assert_eq!(
            fold_case("ỨNG Đức ÉLYSÉE ТАСС Βήτα ก"),
            "ứng đức élysée тасс βήτα ก"
        );
    }

    fn shown(opts: &Filters) -> Vec<&'static str> {
        embedded()
            .events
            .iter()
            .filter(|e| matches(e, opts, Lang::En))
            .map(|e| e.id.as_str())
            .collect()
    }

    #[test]
    fn no_filter_shows_the_whole_week() {
        assert_eq!(shown(&Filters::default()).len(), embedded().events.len());
    }

    #[test]
    fn tracks_narrow_and_combine_with_or() {
        let ministers = Filters {
            tracks: vec![Track::Ministers],
            ..Default::default()
        };
        assert_eq!(
            shown(&ministers),
            ["ministerial-meeting", "joint-ministerial-statement"]
        );
        let both = Filters {
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
        let opts = Filters {
            tracks: vec![Track::SeniorOfficials],
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
        assert!(shown(&q("   ")).len() == embedded().events.len());
    }
}
