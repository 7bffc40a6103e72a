//! The masthead: title, theme, dates, venue, host and the time-zone rule.

use crate::components::{language_switch::LanguageSwitch, note::Note, source_list::SourceList};
use crate::format;
use crate::i18n::strings;
use crate::model::Lang;
use crate::state::use_data;
use leptos::prelude::*;

/// The page header with the week's key facts.
#[component]
pub fn SiteHeader(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let week = &use_data().week;
    let s = strings(lang);
    view! {
        <header class="masthead">
            <div class="wrap">
                <div class="masthead-top">
                    <p class="eyebrow">{s.eyebrow}</p>
                    <LanguageSwitch />
                </div>
                <h1>{week.title.get(lang)}</h1>
                <p class="theme">{week.theme.get(lang)}</p>
                <dl class="facts">
                    <div>
                        <dt>{s.dates}</dt>
                        <dd>
                            <time datetime=week.start.to_string()>
                                {format::week_dates(s, week)}
                            </time>
                        </dd>
                    </div>
                    <div>
                        <dt>{s.venue}</dt>
                        <dd>{week.venue.get(lang)}</dd>
                    </div>
                    <div>
                        <dt>{s.host}</dt>
                        <dd>{week.host.get(lang)}</dd>
                    </div>
                    <div>
                        <dt>{s.times}</dt>
                        <dd>{s.times_are_local}</dd>
                    </div>
                </dl>
                <p class="lede">{week.summary.get(lang)}</p>
                {week.note.as_ref().map(|n| view! { <Note text=n lang=lang brief=true /> })}
                <SourceList ids=&week.sources lang=lang />
            </div>
        </header>
    }
}
