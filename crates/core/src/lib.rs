//! The Leaders' Week app's pure core, shared by the app in the browser and by the build
//! steps: nothing here depends on Leptos, web-sys or wasm-bindgen, and the compiler
//! holds it so (they are not in this crate's dependencies).
//!
//! - `model`: the data types, with serde; `data`: reading and checking the data file;
//! - `ids`: every element id; `url`: the link contract, the one place that makes the
//!   pages' paths, fragments, queries and generated files' paths (and reads them back);
//!   `embed`: the embed's messages, options and snippet; `identity`: the summit's
//!   colours (or the engine's neutral ones) and where its glossary's names sit;
//! - `filter`: what a filtered view shows; `panel`: which day the one-day embed shows;
//! - `format`: dates and times as text; `i18n`: the interface's words; `html`: the one
//!   escaper for text written into markup by hand.

pub mod data;
pub mod embed;
pub mod filter;
pub mod format;
pub mod html;
pub mod i18n;
pub mod identity;
pub mod ids;
pub mod live;
pub mod model;
pub mod panel;
pub mod refresh;
pub mod url;
pub mod zone;
