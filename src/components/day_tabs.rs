//! The embed's day links: one day at a time, like tabs, but plain links to the day's
//! fragment, so they work as links (new tab, Back, copy) and the URL says what is shown.

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
            <li>
                <a
                    class="day-tab"
                    href=format!("#{}", p.element_id())
                    aria-current=current(Panel::Priorities)
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
