//! The compact header of the embedded view: the week's name and dates, and a link that
//! opens the standalone app at the current section in a new tab.

use crate::components::language_switch::LanguageSwitch;
use crate::state::{use_data, use_state};
use crate::week;
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::model::Lang;
use aelw_core::url::{Page, page_link};
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
    // The standalone page in the same language, at the same section, with the filters:
    // a link relative to this page, so it is right before (and without) the app.
    let full_view = move || {
        let (here, there) = (Page::new(lang, true), Page::new(lang, false));
        state.make_link(|o, section| page_link(here, there, &o.standalone(), section))
    };
    view! {
        <header class="embed-bar">
            <div class="wrap embed-bar-inner">
                <h1 class="embed-title">{data.week.title.get(lang)}</h1>
                <p class="embed-dates">
                    {format::week_dates(s, &data.week)}
                    <span class="embed-tz">" · " {s.zone(s.times_are_local, &data.week, week::zone())}</span>
                </p>
                <div class="embed-actions">
                    <LanguageSwitch />
                    // The app's own page: no opener, but the referrer is kept (links
                    // to other sites are `noreferrer`, see `static_html`).
                    <a class="embed-open" href=full_view target="_blank" rel="noopener">
                        {s.open_full_view}
                    </a>
                </div>
            </div>
        </header>
    }
}
