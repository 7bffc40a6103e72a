//! A summit's look as its data gives it (brand colour, priority card colours), with the
//! engine's neutral defaults for a file that gives none, and where its glossary's names
//! sit in a text. One home, so the stylesheet, the share images, the icon, `theme-color`
//! and the data checks agree; the engine itself carries nothing of any one summit.

use crate::model::{Dataset, Week};
use std::ops::Range;

/// The most priority cards a summit may have: one presidency had six, and the palette
/// below has a colour for each.
pub const MAX_CARDS: usize = 6;

/// A colour in the light theme and its shade in the dark one, each `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shades<'a> {
    /// The light theme's (white letters on it).
    pub light: &'a str,
    /// The dark theme's.
    pub dark: &'a str,
}

/// The brand colour of a file that names none: a neutral slate, white letters on both.
pub const NEUTRAL_BRAND: Shades<'static> = Shades {
    light: "#3b4650",
    dark: "#262d33",
};

/// The priority cards' colours for a file that names none, by the card's place: white
/// letters on the light shade and near-black ones on the dark shade clear 4.5:1
/// (`data::contrast` tests it). No summit's own colours.
pub const PALETTE: [Shades<'static>; MAX_CARDS] = [
    Shades {
        light: "#00677f",
        dark: "#7fd3e6",
    },
    Shades {
        light: "#8a4b08",
        dark: "#f5b971",
    },
    Shades {
        light: "#a3195b",
        dark: "#f7a6cb",
    },
    Shades {
        light: "#4b6b1f",
        dark: "#b8dc8a",
    },
    Shades {
        light: "#4a4fb0",
        dark: "#b3b7ff",
    },
    Shades {
        light: "#b3261e",
        dark: "#ffb4a9",
    },
];

/// The summit's brand colour: its own, else the neutral one. A light shade without a
/// dark one serves in both themes (white letters are checked on it already).
pub fn brand(week: &Week) -> Shades<'_> {
    match (&week.brand_colour, &week.brand_colour_dark) {
        (Some(light), dark) => Shades {
            light,
            dark: dark.as_deref().unwrap_or(light),
        },
        (None, Some(dark)) => Shades {
            light: NEUTRAL_BRAND.light,
            dark,
        },
        (None, None) => NEUTRAL_BRAND,
    }
}

/// The colours of the card at `index` (its place on the page): each shade its own, else
/// the palette's at that place (the palette repeats past its end, which the data checks
/// never let a page reach).
pub fn priority(data: &Dataset, index: usize) -> Shades<'_> {
    let default = PALETTE[index % MAX_CARDS];
    let card = data.priorities.get(index);
    Shades {
        light: card
            .and_then(|p| p.colour.as_deref())
            .unwrap_or(default.light),
        dark: card
            .and_then(|p| p.colour_dark.as_deref())
            .unwrap_or(default.dark),
    }
}

/// Where the glossary's terms occur in `text`, in order and never overlapping: at each
/// place the longest term that starts there wins, so "เอเปค 2022" kept whole is not cut
/// by a shorter "เอเปค". Empty terms are ignored. The pages keep each range on one line.
pub fn glossary_terms(text: &str, glossary: &[String]) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = glossary
        .iter()
        .filter(|term| !term.is_empty())
        .flat_map(|term| {
            text.match_indices(term.as_str())
                .map(|(at, t)| at..at + t.len())
        })
        .collect();
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut kept: Vec<Range<usize>> = Vec::new();
    for range in found {
        if kept.last().is_none_or(|last| range.start >= last.end) {
            kept.push(range);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_term_at_a_place_wins_and_terms_never_overlap() {
        let glossary = ["เอเปค", "เอเปค 2022", "", "ผู้นำ"].map(String::from);
        let text = "การประชุมผู้นำเอเปค 2022 และเอเปค";
        let found: Vec<&str> = glossary_terms(text, &glossary)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["ผู้นำ", "เอเปค 2022", "เอเปค"]);
        assert_eq!(glossary_terms("no terms here", &glossary), []);
    }
}
