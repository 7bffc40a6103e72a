//! The views, one component per file. Components read the week from `data::embedded()`
//! and the shared state from `state::use_state()`; they call no browser API while
//! rendering (only in effects and event handlers, through `browser`).

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
pub mod note;
pub mod page_tools;
pub mod priority_card;
pub mod row;
pub mod share_controls;
pub mod site_footer;
pub mod site_header;
pub mod source_list;
pub mod time_zone_bar;
pub mod week_overview;
pub mod week_page;
