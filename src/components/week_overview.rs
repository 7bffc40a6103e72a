//! The week at a glance, as a navigator: each day with a mark per event, lettered and
//! coloured by track, linking to the day; then the priority cards.

use crate::state::use_data;
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::model::{Lang, Track};
use aelw_core::url;
use leptos::prelude::*;

/// A track's mark: its letter on its colour, so colour is never the only clue.
fn mark(track: &'static Track, lang: Lang) -> impl IntoView + use<> {
    let class = format!("mark {}", ids::track_class(&track.id));
    view! { <span class=class>{track.letter.get(lang)}</span> }
}

/// Navigation to every day and card. On a phone the days scroll sideways inside the
/// navigator, never the page.
#[component]
pub fn WeekOverview(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    let days = data.days.iter().map(|day| {
        let count = data.events_on(day.date).count();
        // An event's first track is the one it is filed under.
        let marks = data
            .events_on(day.date)
            .filter_map(|e| data.track(e.tracks.first()?))
            .map(|t| mark(t, lang))
            .collect_view();
        view! {
            <li>
                <a class="overview-day" href=url::fragment(&day.element_id())>
                    <span class="overview-date">
                        <span class="overview-weekday">{format::short_weekday(s, day.date)}</span>
                        " "
                        <time datetime=format::date_attr(day.date)>{format::short_date(s, day.date)}</time>
                    </span>
                    <span class="overview-marks" aria-hidden="true">{marks}</span>
                    <span class="overview-count">{s.event_count(count)}</span>
                </a>
            </li>
        }
    });
    // Only the tracks that some event is filed under.
    let legend = data
        .tracks
        .iter()
        .filter(|t| data.events.iter().any(|e| e.tracks.first() == Some(&t.id)))
        .map(|t| view! { <li>{mark(t, lang)} " " {t.name.get(lang)}</li> })
        .collect_view();
    let cards = data.priorities.iter().map(|p| {
        view! {
            <li>
                <a class=format!("overview-card accent-{}", p.id) href=url::fragment(&p.element_id())>
                    <span class="overview-card-name">{p.name.get(lang)}</span>
                    <span class="overview-card-official">{p.official_name.get(lang)}</span>
                </a>
            </li>
        }
    });
    view! {
        <nav class="overview" aria-labelledby=ids::OVERVIEW_HEADING>
            <div class="wrap">
                <h2 id=ids::OVERVIEW_HEADING>{s.overview_heading}</h2>
                <div class="overview-scroll">
                    <ol class="overview-days">{days.collect_view()}</ol>
                </div>
                <div class="overview-legend">
                    <p>{s.marks_legend}</p>
                    <ul>{legend}</ul>
                </div>
                <div class="overview-priorities">
                    <h3 class="overview-subheading">{s.priorities(data.priorities.len())}</h3>
                    <ul class="overview-cards">{cards.collect_view()}</ul>
                </div>
            </div>
        </nav>
    }
}
