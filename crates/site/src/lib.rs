//! The Leaders' Week app's build steps, native only: what trunk's hooks run around the
//! `.wasm` build (`src/main.rs`, the `prerender` binary). Nothing here ships to readers'
//! phones; the share cards' drawing crate and serde_json stay out of the app's graph.
//!
//! - `page_html`: the four app pages' heads and prerendered bodies; `loader`: the edit of
//!   trunk's `index.html` that lets the week paint before the app loads;
//! - `share_page`: the link-preview page of each section; `oembed`: what a pasted link
//!   embeds as; `share_tags`: the `og:`/`twitter:` tags and icons;
//! - `share_card`: what each section's share card shows; `card_text`: the cards' words;
//! - `markup`: markup written by Leptos views, for pages and fragments no app adopts.

pub use aelw_core::{data, embed, format, html, i18n, ids, model, page, url};

pub mod card_text;
pub mod loader;
pub mod markup;
pub mod oembed;
pub mod page_html;
pub mod share_card;
pub mod share_page;
pub mod share_tags;
