//! APEC Economic Leaders' Week, Bangkok, 14–19 November 2022: a day-by-day timeline and
//! the three priorities of Thailand's APEC year, as a Leptos client-side app.
//!
//! This crate holds what runs in the browser; the pure core (`aelw_core`: model, data,
//! ids, URLs, filters, formatting, i18n) is re-exported under its own module names, and
//! the build steps live in `aelw-site`.
//!
//! - `week`: the week baked into the app at build time;
//! - `state`: reactive state shared as context, changed through its intent methods;
//! - `browser`: the only module that calls browser APIs;
//! - `components`: the views, one component per file, and `static_html`, the week's
//!   static text, which hydration adopts without walking;
//! - `navigation`: what following a link inside the app does;
//! - `session`: the app in the browser, which renders the views for the state and
//!   outlives each rendering.

pub use aelw_core::{data, embed, filter, format, html, i18n, ids, model, panel, url};

pub mod browser;
pub mod components;
pub mod navigation;
#[cfg(feature = "hydrate")]
pub mod session;
pub mod state;
pub mod static_html;
pub mod week;

pub use components::app::App;
