//! One event as a row of the timeline: when, what, which track and priorities, at a
//! glance; where, who, what came of it and the sources open in place under the row.

use crate::browser;
use crate::components::{
    note::Note, row::Row, share_controls::ShareControls, source_list::SourceList,
};
use crate::format;
use crate::i18n::{Strings, strings};
use crate::ids;
use crate::model::{Event, Lang};
use crate::state::{use_data, use_state};
use leptos::either::{Either, EitherOf3};
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

    let tracks = event
        .tracks
        .iter()
        .map(|&t| view! { <span class=format!("track track-{}", t.slug())>{s.track(t)}</span> })
        .collect_view();
    let marks = event
        .priorities
        .iter()
        .filter_map(|id| data.priority(id))
        .map(|p| view! { <span class=format!("prio accent-{}", p.id)>{p.name.get(lang)}</span> })
        .collect_view();
    let status = s
        .status(event.status)
        .map(|label| view! { <span class="status">{label}</span> });

    view! {
        <Row id=id.to_string() class="event">
            <summary id=ids::heading(id) class="event-row">
                <span class="event-time">{row_time(event, s, lang)}</span>
                <h3 class="event-title">
                    {event.title.get(lang)}
                    {event.short.as_ref().map(|a| view! { " " <span class="short">"(" {a.clone()} ")"</span> })}
                </h3>
                <span class="event-meta">{tracks}{marks}{status}</span>
            </summary>
            <EventDetails event=event lang=lang />
        </Row>
    }
}

/// The row's time: the clock time where a source gives one (in the reader's zone on
/// request), else the time of day, else a short mark that no time is given.
fn row_time(event: &'static Event, s: &'static Strings, lang: Lang) -> impl IntoView + use<> {
    let data = use_data();
    match (event.start, format::clock_time(s, event)) {
        (Some(start), Some(ict)) => {
            let instant = format::datetime_attr(event.date, start, &data.week.utc_offset);
            let state = use_state();
            let at = instant.clone();
            let until = event
                .end
                .map(|end| format::datetime_attr(event.date, end, &data.week.utc_offset));
            // Converted by the browser's Intl; Bangkok time otherwise, and wherever Intl
            // is not there (the prerendered page).
            let label = move || {
                let local = state.with_view(|o| o.local_times);
                let convert = |iso: &str| browser::local_time(iso, s.intl_locale);
                let converted = local.then(|| convert(&at)).flatten().map(|start| {
                    match until.as_deref().and_then(convert) {
                        Some(end) => format!("{start} – {end}"),
                        None => start,
                    }
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

/// What opens under the row: the summary, the facts, outcomes, caveat, priorities,
/// sources and the share buttons.
#[component]
fn EventDetails(
    /// The event.
    event: &'static Event,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    // The row gives a clock time; here the rest of what is known about when.
    let vague = match (event.start, &event.time_of_day) {
        (Some(_), _) => None,
        (None, Some(t)) => Some(format!("{} ({})", t.get(lang), s.exact_time_not_published)),
        (None, None) => Some(s.time_not_published.to_string()),
    };
    let span = event
        .span
        .map(|sp| format!("{} {}", s.runs, format::span(s, sp)));
    let when = (vague.is_some() || span.is_some()).then(|| {
        view! {
            <dt>{s.when}</dt>
            <dd class="event-when">
                {vague.map(|v| view! { <span class="time-missing">{v}</span> })}
                {span.map(|sp| view! { <span class="event-span">{sp}</span> })}
            </dd>
        }
    });
    let venue = match &event.venue {
        Some(v) => Either::Left(view! { <dd>{v.get(lang)}</dd> }),
        None => Either::Right(view! { <dd class="time-missing">{s.venue_not_published}</dd> }),
    };
    let chair = event
        .chair
        .as_ref()
        .map(|c| view! { <dt>{s.chair}</dt><dd>{c.get(lang)}</dd> });
    let who = event
        .participants
        .as_ref()
        .map(|p| view! { <dt>{s.participants}</dt><dd>{p.get(lang)}</dd> });
    let outcomes = (!event.outcomes.is_empty()).then(|| {
        view! {
            <h4 class="event-subheading">{s.outcomes}</h4>
            <ul class="outcomes">
                {event.outcomes.iter().map(|o| view! { <li>{o.get(lang)}</li> }).collect_view()}
            </ul>
        }
    });
    let advances = (!event.priorities.is_empty()).then(|| {
        let tags = event
            .priorities
            .iter()
            .filter_map(|id| data.priority(id))
            .map(|p| {
                view! {
                    <li>
                        <a class=format!("tag accent-{}", p.id) href=format!("#{}", p.element_id())>
                            {p.name.get(lang)}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="advances">
                <span class="advances-label">{s.advances}</span>
                <ul class="tags">{tags}</ul>
            </div>
        }
    });
    view! {
        <div class="event-body">
            <p class="event-summary">{event.summary.get(lang)}</p>
            <dl class="event-facts">
                {when}
                <dt>{s.where_}</dt>
                {venue}
                {chair}
                {who}
            </dl>
            {outcomes}
            {event.note.as_ref().map(|n| view! { <Note text=n lang=lang /> })}
            {advances}
            <SourceList ids=&event.sources lang=lang />
            <ShareControls element_id=event.id.clone() title=event.title.get(lang).to_string() />
        </div>
    }
}
