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
//! - `style`: the stylesheet with the summit's track colours;
//! - `feed`: the Atom feed of releases in each language.

use aelw_core::{data, model};

pub mod defer_app;
pub mod feed;
pub mod image_text;
pub mod markup;
pub mod oembed;
pub mod page_html;
pub mod rewrite;
pub mod share_image;
pub mod share_page;
pub mod share_tags;
pub mod style;

/// The summit's data for the build steps: the file `make` names (`$AELW_DATA`, else the
/// Bangkok week's), read and checked once. On failure, every problem, one per line.
pub fn build_data() -> Result<&'static model::Dataset, String> {
    static WEEK: std::sync::OnceLock<Result<model::Dataset, String>> = std::sync::OnceLock::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let read = || {
        let path = data::data_path(&root);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read the data file {}: {e}", path.display()))?;
        data::parse(&text).map_err(|errors| {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            format!("{} has problems:\n{}", path.display(), list.join("\n"))
        })
    };
    WEEK.get_or_init(read).as_ref().map_err(Clone::clone)
}
