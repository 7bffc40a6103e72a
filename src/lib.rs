//! APEC Economic Leaders' Week, Bangkok, 14–19 November 2022: a day-by-day timeline and
//! the three priorities of Thailand's APEC year, as a Leptos client-side app.
//!
//! - `model`: the data types; `data`: the embedded JSON, parsing and checks;
//!   `format`: dates and times as text; `i18n`: the interface's words. All four are pure
//!   and tested natively.
//! - `components`: the views, one component per file.

pub mod components;
pub mod data;
pub mod format;
pub mod i18n;
pub mod model;

pub use components::app::App;
