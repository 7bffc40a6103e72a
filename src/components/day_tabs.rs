//! The embed's day links and card links: one day (or card) at a time, like tabs, but
//! plain links to the fragment, so they work as links (new tab, Back, copy) and the URL
//! says what is shown.

use crate::format;
use crate::i18n::strings;
use crate::model::Lang;
use crate::panel::Panel;
use crate::state::{use_data, use_state};
use leptos::prelude::*;

/// A row of links to each day ("Mon 14") and to the priority cards; the one on show is
/// marked `aria-current`.
#[component]
pub fn DayTabs(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let data = use_data();
    let s = strings(lang);
    let current = move |panel: Panel| move || (state.panel() == panel).then_some("true");
    let days = data
        .days
        .iter()
        .map(|day| {
            view! {
                <li>
                    <a
                        class="day-tab"
                        href=format!("#{}", day.element_id())
                        aria-current=current(Panel::Day(day.date))
                    >
                        <span class="day-tab-weekday">{format::abbr_weekday(s, day.date)}</span>
                        " "
                        <time datetime=day.date.to_string()>{day.date.day}</time>
                    </a>
                </li>
            }
        })
        .collect_view();
    let cards = data.priorities.first().map(|p| {
        view! {
            <li class="tab-cards">
                <a
                    class="day-tab"
                    href=format!("#{}", p.element_id())
                    aria-current=move || matches!(state.panel(), Panel::Card(_)).then_some("true")
                >
                    {s.priorities_tab}
                </a>
            </li>
        }
    });
    view! {
        <nav class="day-tabs" aria-label=s.days_nav>
            <ul>{days}{cards}</ul>
        </nav>
    }
}

/// Links to each priority card, above the one card the embed shows; the one on show is
/// marked `aria-current`.
#[component]
pub fn CardTabs(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let data = use_data();
    let s = strings(lang);
    let cards = data
        .priorities
        .iter()
        .enumerate()
        .map(|(i, p)| {
            view! {
                <li>
                    <a
                        class=format!("day-tab accent-{}", p.id)
                        href=format!("#{}", p.element_id())
                        aria-current=move || (state.panel() == Panel::Card(i)).then_some("true")
                    >
                        {p.name.get(lang)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="day-tabs card-tabs" aria-label=s.overview_priorities>
            <ul>{cards}</ul>
        </nav>
    }
}
