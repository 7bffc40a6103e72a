//! One event as a row of the timeline: when, what, which track and priorities, at a
//! glance; where, who, what came of it and the sources open in place under the row.

use crate::browser;
use crate::components::{
    calendar_links::AddToCalendar, row::Row, share_controls::ShareControls, static_text::StaticText,
};
use crate::state::{external_link_target, use_data, use_state};
use crate::static_html;
use crate::week;
use aelw_core::format;
use aelw_core::i18n::{Strings, strings};
use aelw_core::ids;
use aelw_core::model::{Event, Lang};
use leptos::either::EitherOf3;
use leptos::prelude::*;

/// An event row: a native `<details>` whose `<summary>` is the compact row, so it opens
/// without JavaScript, find-in-page reaches its closed text, and print shows it all. The
/// event's id is the element id links point at; the row (`<id>-heading`) takes focus.
#[component]
pub fn EventItem(
    /// The event.
    event: &'static Event,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    let id = event.id.as_str();
    view! {
        <Row id=id.to_string() class="event">
            <summary id=ids::heading(id) class="event-row">
                <span class="event-time">{row_time(event, s, lang)}</span>
                <h3 class="event-title" inner_html=StaticText::new(move || static_html::event_title(data, event, lang))></h3>
                <span class="event-meta" inner_html=StaticText::new(move || static_html::event_meta(data, event, lang))></span>
            </summary>
            <EventDetails event=event lang=lang />
        </Row>
    }
}

/// The row's time: the clock time where a source gives one (in the reader's zone on
/// request), else the time of day, else a short mark that no time is given.
fn row_time(event: &'static Event, s: &'static Strings, lang: Lang) -> impl IntoView + use<> {
    match (event.start, format::clock_time(s, event, week::zone())) {
        (Some(start), Some(ict)) => {
            let instant = format::datetime_attr(event.date, start, week::zone());
            let state = use_state();
            let at = instant.clone();
            let until = event
                .end
                .map(|end| format::datetime_attr(event.end_date(), end, week::zone()));
            // Converted by the browser's Intl; Bangkok time otherwise, and wherever Intl
            // is not there (the prerendered page).
            let label = move || {
                let local = state.with_view(|o| o.local_times);
                let convert = |iso: &str| browser::local_time(iso, s.intl_locale);
                let converted = local.then(|| convert(&at)).flatten().map(|start| {
                    format::local_time_range(start, until.as_deref().and_then(convert))
                });
                match converted {
                    Some(t) if event.approximate => s.clock_about_local.replace("{time}", &t),
                    Some(t) => t,
                    None => ict.clone(),
                }
            };
            EitherOf3::A(view! { <time datetime=instant>{label}</time> })
        }
        _ => match &event.time_of_day {
            Some(t) => EitherOf3::B(view! { <span class="time-vague">{t.get(lang)}</span> }),
            None => EitherOf3::C(view! { <span class="time-missing">{s.no_time_short}</span> }),
        },
    }
}

/// What opens under the row: the static text (`static_html::event_details`), which
/// hydration skips, its calendar file and the share buttons.
#[component]
fn EventDetails(
    /// The event.
    event: &'static Event,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let (data, target) = (use_data(), external_link_target());
    let open = untrack(|| use_state().is_open(&event.id));
    let text = StaticText::under_row(
        move || static_html::event_details(data, event, lang, target),
        open,
    );
    view! {
        <div class="event-body">
            <div class="event-text" inner_html=text></div>
            <AddToCalendar event=event />
            <ShareControls element_id=event.id.clone() title=event.title.get(lang).to_string() />
        </div>
    }
}
