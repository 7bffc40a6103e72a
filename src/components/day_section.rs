//! One day of the week: its heading, headline, caveat and events.

use crate::components::{event_item::EventItem, note::Note, source_list::SourceList};
use crate::data;
use crate::format;
use crate::i18n::strings;
use crate::model::{Day, Lang};
use leptos::prelude::*;

/// A day's section, with the element id `day-YYYY-MM-DD` that links point at.
#[component]
pub fn DaySection(
    /// The day.
    day: &'static Day,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = data::embedded();
    let s = strings(lang);
    let id = day.element_id();
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let count = data.events_on(day.date).count();
    view! {
        <section id=id class="day" aria-labelledby=labelled_by>
            <header class="day-header">
                <h2 id=heading_id>
                    <time datetime=day.date.to_string()>{format::long_date(s, day.date)}</time>
                </h2>
                <p class="day-headline">{day.headline.get(lang)}</p>
                <p class="day-count">{s.event_count(count)}</p>
            </header>
            {day
                .note
                .as_ref()
                .map(|n| {
                    view! {
                        <Note text=n lang=lang />
                        <SourceList ids=&day.sources lang=lang />
                    }
                })}
            <ol class="events">
                {data
                    .events_on(day.date)
                    .map(|event| view! { <li><EventItem event=event lang=lang /></li> })
                    .collect_view()}
            </ol>
        </section>
    }
}
