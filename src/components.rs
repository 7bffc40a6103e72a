//! The views, one component per file. Components read the week from `data::embedded()`
//! and take the language as a prop; they call no browser API while rendering.

pub mod app;
pub mod day_section;
pub mod event_item;
pub mod note;
pub mod priority_card;
pub mod site_footer;
pub mod site_header;
pub mod source_list;
pub mod week_overview;
