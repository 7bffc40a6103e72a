//! A summit's week (the Bangkok week of 2022 by default, any other from its data file):
//! a day-by-day timeline and the summit's priority cards, as a Leptos app that hydrates
//! the prerendered page.
//!
//! This crate holds what runs in the browser. The pure core is its own crate,
//! `aelw_core` (model, data, ids, URLs, filters, formatting, i18n), imported by that
//! name; the build steps live in `aelw-site`.
//!
//! - `week`: the week baked into the app at build time;
//! - `state`: reactive state shared as context, changed through its intent methods;
//! - `browser`: the only module that calls browser APIs; `clock`: the time the page
//!   goes by (the browser's, or a `?now=` preview's);
//! - `components`: the views, a file for each part of the page (a component and the
//!   small ones only it uses), and `static_html`, the week's static text, which
//!   hydration adopts without walking;
//! - `navigation`: what following a link inside the app does; `marks`: the page
//!   following the clock (now, next, the countdown); `refresh`: the week re-read from
//!   the site while it happens;
//! - `session`: the app in the browser, which renders the views for the state and
//!   outlives each rendering.

pub mod browser;
pub mod clock;
pub mod components;
#[cfg(feature = "hydrate")]
pub mod marks;
pub mod navigation;
#[cfg(feature = "hydrate")]
pub mod refresh;
#[cfg(feature = "hydrate")]
pub mod session;
pub mod state;
pub mod static_html;
pub mod week;

pub use components::app::App;
