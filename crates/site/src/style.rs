//! The app's stylesheet with the summit's colours: `style/main.css` plus one rule per
//! track of the data, one per priority card (its colours, or the engine's palette by its
//! place, `aelw_core::identity`) and the masthead's brand colour, written by the
//! `pre_build` step to `target/site/main.css`, which `index.html` links. (The CSP allows no inline style, so the colours cannot
//! travel in the markup, and a stylesheet of its own would cost a request.)

use aelw_core::identity;
use aelw_core::ids::track_class;
use aelw_core::model::Dataset;

/// A rule per track: `.track-ministers { --track: light-dark(#6a3d9a, #d4b8ff); }`.
pub fn track_rules(data: &Dataset) -> String {
    let mut css = String::from("/* The summit's tracks, from its data file. */\n");
    for t in &data.tracks {
        css.push_str(&format!(
            ".{} {{ --track: light-dark({}, {}); }}\n",
            track_class(&t.id),
            t.colour,
            t.colour_dark
        ));
    }
    css
}

/// A rule per priority card, in card order, with the colours of its place:
/// `.accent-open { --accent: light-dark(#1d5fa8, #8cc2ff); }`.
pub fn priority_rules(data: &Dataset) -> String {
    let mut css = String::from("/* The summit's priority cards, in order. */\n");
    for (i, p) in data.priorities.iter().enumerate() {
        let colours = identity::priority(data, i);
        css.push_str(&format!(
            ".accent-{} {{ --accent: light-dark({}, {}); }}\n",
            p.id, colours.light, colours.dark
        ));
    }
    css
}

/// The masthead's colour (the share images' band and `theme-color` take the same), and
/// the stripe under it, above the footer and under the embed's bar: the first card's
/// colour, as the summit's cards lead its page.
pub fn brand_rule(data: &Dataset) -> String {
    let brand = identity::brand(&data.week);
    let stripe = identity::priority(data, 0);
    format!(
        "/* The summit's brand colour, and its first card's. */\n:root {{ --masthead-bg: light-dark({}, {}); --brand: light-dark({}, {}); }}\n",
        brand.light, brand.dark, stripe.light, stripe.dark
    )
}

/// `main_css` with the summit's rules first: the print rules at its end must stay last.
pub fn stylesheet(main_css: &str, data: &Dataset) -> String {
    format!(
        "{}{}{}\n{main_css}",
        track_rules(data),
        priority_rules(data),
        brand_rule(data)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use aelw_core::data::fixture;

    #[test]
    fn each_track_gets_its_colours_and_the_print_rules_stay_last() {
        let data = fixture();
        let main = "a { color: red; }\n@media print { a { color: black; } }\n";
        let css = stylesheet(main, data);
        assert!(css.contains(".track-ministers { --track: light-dark(#6a3d9a, #d4b8ff); }\n"));
        assert_eq!(
            css.matches("--track: light-dark(").count(),
            data.tracks.len()
        );
        assert!(css.ends_with(main));
        assert!(css.contains(".accent-balance { --accent: light-dark(#00703c, #7fdca4); }\n"));
        assert!(css.contains(
            ":root { --masthead-bg: light-dark(#0b2d4f, #0c2238); --brand: light-dark(#1d5fa8, #8cc2ff); }\n"
        ));
    }

    #[test]
    fn a_file_without_colours_gets_the_engines_neutral_ones() {
        let mut data = fixture().clone();
        data.week.brand_colour = None;
        data.week.brand_colour_dark = None;
        data.priorities[1].colour = None;
        data.priorities[1].colour_dark = None;
        let css = stylesheet("", &data);
        let (neutral, second) = (identity::NEUTRAL_BRAND, identity::PALETTE[1]);
        assert!(css.contains(&format!(
            "--masthead-bg: light-dark({}, {});",
            neutral.light, neutral.dark
        )));
        assert!(css.contains(&format!(
            ".accent-connect {{ --accent: light-dark({}, {}); }}",
            second.light, second.dark
        )));
    }
}
