//! The compact header of the embedded view: the week's name and dates, and a link that
//! opens the standalone app at the current section in a new tab.

use crate::browser;
use crate::components::language_switch::LanguageSwitch;
use crate::format;
use crate::i18n::strings;
use crate::model::Lang;
use crate::state::{use_data, use_state};
use crate::url;
use leptos::prelude::*;

/// A one-line bar in place of the site header when `?embed=1`.
#[component]
pub fn EmbedBar(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let data = use_data();
    let s = strings(lang);
    let full_view = move || {
        let page = browser::page_url().unwrap_or_default();
        let section = state.section.get();
        state
            .view
            .with(|o| url::standalone_url(&page, o, section.as_deref()))
    };
    view! {
        <header class="embed-bar">
            <div class="wrap embed-bar-inner">
                <h1 class="embed-title">{data.week.title.get(lang)}</h1>
                <p class="embed-dates">
                    {format::week_dates(s, &data.week)}
                    <span class="embed-tz">" · " {s.times_are_local}</span>
                </p>
                <div class="embed-actions">
                    <LanguageSwitch />
                    <a class="embed-open" href=full_view target="_blank" rel="noopener">
                        {s.open_full_view}
                    </a>
                </div>
            </div>
        </header>
    }
}
