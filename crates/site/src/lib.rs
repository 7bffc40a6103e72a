//! The Leaders' Week app's build steps, native only: what trunk's hooks run around the
//! `.wasm` build (`src/main.rs`, the `prerender` binary). Nothing here ships to readers'
//! phones; the share images' drawing crate and serde_json stay out of the app's graph.
//!
//! - `page_html`: the four app pages' heads and prerendered bodies; `defer_app`: the edit
//!   of trunk's `index.html` that lets the week paint before the app loads; `rewrite`:
//!   how both edit trunk's HTML, by element;
//! - `share_page`: the link-preview page of each section; `oembed`: what a pasted link
//!   embeds as; `share_tags`: the `og:`/`twitter:` tags and icons;
//! - `share_image`: what each section's share image shows; `image_text`: the cards' words;
//! - `markup`: every Leptos view the build renders to HTML, adopted by the app or not;
//! - `style`: the stylesheet with the summit's track colours; `minify`: the stylesheets
//!   as shipped;
//! - `calendar`: the week's, days', tracks' and events' calendar files (`.ics`).
//! - `feed`: the Atom feed of releases in each language;
//! - `precompress`: the `.gz` and `.br` twins of the built site's text files.

use aelw_core::{data, model};

pub mod calendar;
pub mod defer_app;
pub mod feed;
pub mod image_text;
pub mod markup;
pub mod minify;
pub mod oembed;
pub mod page_html;
pub mod precompress;
pub mod rewrite;
pub mod share_image;
pub mod share_page;
pub mod share_tags;
pub mod style;

/// The summit's data for the build steps: the file `make` names (`$AELW_DATA`, else the
/// Bangkok week's), read and checked once, as the app's build checks it (its zone looked
/// up in the tz database, its times checked in it). On failure, every problem, one per
/// line. The zone's rules are the app's baked ones, `aelw::week::zone()`, from the same
/// file.
pub fn build_data() -> Result<&'static model::Dataset, String> {
    static WEEK: std::sync::OnceLock<Result<model::Dataset, String>> = std::sync::OnceLock::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let read = || {
        let path = data::data_path(&root);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read the data file {}: {e}", path.display()))?;
        aelw_zone::parse(&text)
            .map(|(week, _)| week)
            .map_err(|errors| {
                let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
                format!("{} has problems:\n{}", path.display(), list.join("\n"))
            })
    };
    WEEK.get_or_init(read).as_ref().map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_build_steps_read_the_data_file_in_the_zone_the_app_baked() {
        // `AELW_DATA=tests/summit/dst-2026.json cargo test -p aelw-site --lib` checks the
        // daylight-saving summit the same way.
        let week = super::build_data().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(week.week.time_zone, aelw::week::zone().zone);
    }
}
