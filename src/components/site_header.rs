//! The masthead: title, theme, dates, venue, host and the time-zone rule.

use crate::components::{language_switch::LanguageSwitch, static_text::StaticText};
use crate::state::{external_link_target, use_data};
use crate::static_html;
use aelw_core::model::Lang;
use leptos::prelude::*;

/// The page header with the week's key facts.
#[component]
pub fn SiteHeader(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let (data, target) = (use_data(), external_link_target());
    let text = StaticText::new(move || static_html::masthead(data, lang, target));
    view! {
        <header class="masthead">
            <div class="wrap">
                <div class="masthead-top">
                    <p class="eyebrow">{data.week.eyebrow.get(lang)}</p>
                    <LanguageSwitch />
                </div>
                <div class="masthead-text" inner_html=text></div>
            </div>
        </header>
    }
}
