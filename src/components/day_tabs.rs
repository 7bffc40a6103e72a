//! The embed's day links and card links: one day (or card) at a time, like tabs, but
//! plain links to the fragment, so they work as links (new tab, copy) and the URL says
//! what is shown. A plain click replaces the frame's history entry instead of adding
//! one, so the host page's Back button leaves the page rather than stepping through days.

use crate::browser;
use crate::navigation::open_current_section;
use crate::state::{use_data, use_state};
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::model::Lang;
use aelw_core::panel::Panel;
use aelw_core::url;
use leptos::prelude::*;

/// One link of a tab row: to the section with `id`, marked `aria-current` while `shows`
/// is what the embed shows.
#[component]
fn TabLink<C>(
    /// Element id of the section the link opens.
    id: String,
    /// Whether the panel the link shows is on show now (tracked).
    shows: impl Fn() -> bool + Send + Sync + 'static,
    /// The link's text.
    children: TypedChildren<C>,
) -> impl IntoView
where
    C: IntoView + 'static,
{
    let state = use_state();
    let href = url::fragment(&id);
    view! {
        <a
            class="day-tab"
            href=href
            aria-current=move || shows().then_some("true")
            on:click=move |ev| {
                if browser::follow_without_history(&ev, &id) {
                    open_current_section(state, true);
                }
            }
        >
            {children.into_inner()()}
        </a>
    }
}

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
    let days = data
        .days
        .iter()
        .map(|day| {
            let date = day.date;
            view! {
                <li>
                    <TabLink id=day.element_id() shows=move || state.panel() == Panel::Day(date)>
                        <span class="day-tab-weekday">{format::abbr_weekday(s, date)}</span>
                        " "
                        <time datetime=format::date_attr(date)>{format::day_of_month(date)}</time>
                    </TabLink>
                </li>
            }
        })
        .collect_view();
    let cards = data.priorities.first().map(|p| {
        view! {
            <li class="tab-cards">
                <TabLink
                    id=p.element_id()
                    shows=move || matches!(state.panel(), Panel::Card(_))
                >
                    {s.priorities_tab}
                </TabLink>
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
                    <TabLink
                        id=p.element_id()
                        shows=move || state.panel() == Panel::Card(i)
                    >
                        {p.name.get(lang)}
                    </TabLink>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="day-tabs card-tabs" aria-label=s.priorities(data.priorities.len())>
            <ul>{cards}</ul>
        </nav>
    }
}
