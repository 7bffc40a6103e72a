//! APEC Economic Leaders' Week, Bangkok, 14–19 November 2022: a day-by-day timeline and
//! the three priorities of Thailand's APEC year, as a Leptos client-side app.
//!
//! - Pure, tested natively: `model` (data types), `data` (the embedded JSON, parsing and
//!   checks), `format` (dates and times as text), `i18n` (the interface's words), `url`
//!   (the link contract), `filter` (what a filtered view shows), `share_page` (link
//!   previews), `oembed` (what a pasted link embeds as), `embed` (the embed messages,
//!   options and snippet), `loader` (the post-build edit of `index.html` that lets the
//!   week paint before the app loads), `panel` (which day the one-day-at-a-time embed
//!   shows), `static_html` (the week's static text as HTML).
//! - `state`: reactive state shared as context; `browser`: the only module that calls
//!   browser APIs; `components`: the views, one component per file; `session`: the app
//!   in the browser, which renders the views for the state and outlives each rendering.

pub mod browser;
pub mod components;
pub mod data;
pub mod embed;
pub mod filter;
pub mod format;
pub mod html;
pub mod i18n;
pub mod ids;
#[cfg(not(target_arch = "wasm32"))]
pub mod loader;
pub mod model;
pub mod navigation;
#[cfg(not(target_arch = "wasm32"))]
pub mod oembed;
pub mod page;
#[cfg(not(target_arch = "wasm32"))]
pub mod page_html;
pub mod panel;
#[cfg(feature = "hydrate")]
pub mod session;
#[cfg(not(target_arch = "wasm32"))]
pub mod share_card;
#[cfg(not(target_arch = "wasm32"))]
pub mod share_page;
#[cfg(not(target_arch = "wasm32"))]
pub mod share_tags;
pub mod state;
pub mod static_html;
pub mod url;

pub use components::app::App;
