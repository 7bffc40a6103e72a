//! One event: when, what, where, who, what came of it, which priorities it advanced,
//! and the sources for all of it.

use crate::browser;
use crate::components::{note::Note, share_controls::ShareControls, source_list::SourceList};
use crate::format;
use crate::i18n::strings;
use crate::model::{Event, Lang};
use crate::state::{use_data, use_state};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

/// An event card, with the event's id as its element id so links can point at it.
#[component]
pub fn EventItem(
    /// The event.
    event: &'static Event,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    let heading_id = format!("{}-heading", event.id);
    let labelled_by = heading_id.clone();

    // A clock time only where a source gives one; otherwise say what is known, plainly.
    let when = match (event.start, format::clock_time(s, event)) {
        (Some(start), Some(ict)) => {
            let instant = format::datetime_attr(event.date, start, &data.week.utc_offset);
            let view_opts = use_state().view;
            let at = instant.clone();
            let until = event
                .end
                .map(|end| format::datetime_attr(event.date, end, &data.week.utc_offset));
            // In the reader's zone on request, converted by the browser's Intl; Bangkok
            // time otherwise, and wherever Intl is not there (the prerendered page).
            let label = move || {
                let local = view_opts.with(|o| o.local_times);
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
            Some(t) => EitherOf3::B(view! {
                <span class="time-vague">{t.get(lang)}</span>
                <span class="time-missing">{s.exact_time_not_published}</span>
            }),
            None => {
                EitherOf3::C(view! { <span class="time-missing">{s.time_not_published}</span> })
            }
        },
    };
    let span = event.span.map(|sp| {
        view! { <p class="event-span">{s.runs}" "{format::span(s, sp)}</p> }
    });
    let tracks = event
        .tracks
        .iter()
        .map(|&t| view! { <li class="track">{s.track(t)}</li> })
        .collect_view();
    let status = s
        .status(event.status)
        .map(|label| view! { <li class="status">{label}</li> });
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
        <article id=event.id.clone() class="event" aria-labelledby=labelled_by>
            <div class="event-when">
                <p class="event-time">{when}</p>
                {span}
            </div>
            <div class="event-body">
                <ul class="event-labels">{tracks}{status}</ul>
                <h3 id=heading_id class="event-title" tabindex="-1">
                    {event.title.get(lang)}
                    {event.short.as_ref().map(|a| view! { " " <span class="short">"(" {a.clone()} ")"</span> })}
                </h3>
                <p class="event-summary">{event.summary.get(lang)}</p>
                <dl class="event-facts">
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
        </article>
    }
}
