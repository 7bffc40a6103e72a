//! The app's stylesheet with the summit's colours: `style/main.css` plus one rule per
//! track of the data and one per priority card (its place: first, second, third), written by the `pre_build` step to `target/site/main.css`,
//! which `index.html` links. (The CSP allows no inline style, so the colours cannot
//! travel in the markup, and a stylesheet of its own would cost a request.)

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

/// A rule per priority card, in card order: `.accent-open { --accent: var(--priority-1); }`.
pub fn priority_rules(data: &Dataset) -> String {
    let mut css = String::from("/* The summit's priority cards, in order. */\n");
    for (i, p) in data.priorities.iter().enumerate() {
        css.push_str(&format!(
            ".accent-{} {{ --accent: var(--priority-{}); }}\n",
            p.id,
            i + 1
        ));
    }
    css
}

/// `main_css` with the track rules first: the print rules at its end must stay last.
pub fn stylesheet(main_css: &str, data: &Dataset) -> String {
    format!("{}{}\n{main_css}", track_rules(data), priority_rules(data))
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
        assert!(css.contains(".accent-balance { --accent: var(--priority-3); }\n"));
    }
}
