//! The week at a glance: six days with their event counts, and the three cards.

use crate::format;
use crate::i18n::strings;
use crate::model::Lang;
use crate::state::use_data;
use leptos::prelude::*;

/// Navigation to every day and card, with how much happened on each day.
#[component]
pub fn WeekOverview(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    let days = data.days.iter().map(|day| {
        let count = data.events_on(day.date).count();
        view! {
            <li>
                <a class="overview-day" href=format!("#{}", day.element_id())>
                    <span class="overview-date">
                        <span class="overview-weekday">{format::short_weekday(s, day.date)}</span>
                        " "
                        <time datetime=day.date.to_string()>{format::short_date(s, day.date)}</time>
                    </span>
                    <span class="overview-headline">{day.headline.get(lang)}</span>
                    <span class="overview-count">{s.event_count(count)}</span>
                </a>
            </li>
        }
    });
    let cards = data.priorities.iter().map(|p| {
        view! {
            <li>
                <a class=format!("overview-card accent-{}", p.id) href=format!("#{}", p.element_id())>
                    <span class="overview-card-name">{p.name.get(lang)}</span>
                    <span class="overview-card-official">{p.official_name.get(lang)}</span>
                </a>
            </li>
        }
    });
    view! {
        <nav class="overview" aria-labelledby="overview-heading">
            <div class="wrap">
                <h2 id="overview-heading">{s.overview_heading}</h2>
                <ol class="overview-days">{days.collect_view()}</ol>
                <h3 class="overview-subheading">{s.overview_priorities}</h3>
                <ul class="overview-cards">{cards.collect_view()}</ul>
            </div>
        </nav>
    }
}
