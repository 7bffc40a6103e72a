//! The views: a file for each part of the page, holding its component and the small
//! components only that part uses (`app.rs`: the view for a given state).
//!
//! **The one rule for the language and the data.** The week below `App` is rebuilt as a
//! whole when the language or the data changes, so a component inside it takes both
//! once, as they are when it is built: the language from its `lang` prop (or, for the
//! few without one, `state.page()` / `lang.get_untracked()`), the week from
//! `state::use_data()`. Reading `state.lang()` tracked inside the week would rebuild a part
//! twice. What changes while the week stays on screen (filters, the section, open rows,
//! the time zone) is read tracked, through `state::use_state()`, inside closures.
//!
//! **Browser APIs** only through `browser`, and only in event handlers, effects and
//! closures that run once the app has started (the time-zone label asks `Intl` only
//! when the reader chose their own zone); never while the page is prerendered. Work
//! that must wait for the DOM to catch up goes through `browser::next_task`.

pub mod app;
pub mod app_problem;
pub mod data_status;
pub mod day_section;
pub mod day_tabs;
pub mod embed_bar;
pub mod embed_snippet;
pub mod event_item;
pub mod filter_panel;
pub mod language_switch;
pub mod link_notice;
pub mod page_tools;
pub mod priority_card;
pub mod row;
pub mod share_controls;
pub mod site_footer;
pub mod site_header;
pub mod static_text;
pub mod time_zone_bar;
pub mod week_overview;
pub mod week_page;
