//! One day of the week: its heading, headline, caveat and its events as rows on a line.

use crate::components::{
    event_item::EventItem, share_controls::ShareControls, static_text::StaticText,
};
use crate::state::{external_link_target, use_data, use_state};
use crate::static_html;
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::model::{Day, Lang};
use aelw_core::panel::Panel;
use aelw_core::url::Section;
use leptos::prelude::*;

/// A day's section, with the element id `day-YYYY-MM-DD` that links point at. In the
/// one-day-at-a-time embed only the day on show is displayed.
#[component]
pub fn DaySection(
    /// The day.
    day: &'static Day,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    let id = day.element_id();
    let heading_id = ids::heading(&id);
    let labelled_by = heading_id.clone();
    let state = use_state();
    let off_panel = move || !state.on_show(|p| p == Panel::Day(day.date));
    let count = data.events_on(day.date).count();
    let shown = Memo::new(move |_| state.shown_among(data.events_on(day.date)));
    let count_text = move || {
        if state.with_view(|o| o.filters.is_filtered()) {
            s.shown(shown.get(), count)
        } else {
            s.event_count(count)
        }
    };
    let title = format::section_title(data, Section::Day(day.date), s, lang);
    let target = external_link_target();
    let notes = StaticText::new(move || static_html::day_note(data, day, lang, target));
    view! {
        <section id=id class="day" class:is-hidden=off_panel aria-labelledby=labelled_by>
            <header class="day-header">
                <div class="day-title">
                    <h2 id=heading_id tabindex="-1">
                        <time datetime=format::date_attr(day.date)>{format::long_date(s, day.date)}</time>
                    </h2>
                    <p class="day-count">{count_text}</p>
                </div>
                <div class="day-sub">
                    <p class="day-headline" inner_html=StaticText::new(move || static_html::words(data, day.headline.get(lang)))></p>
                    <ShareControls element_id=day.element_id() title=title />
                </div>
            </header>
            {day.note.is_some().then(|| view! { <div class="day-notes" inner_html=notes></div> })}
            <p class="day-none" class:is-hidden=move || shown.get() != 0>{s.day_none_shown}</p>
            <ol class="events">
                {data
                    .events_on(day.date)
                    .map(|event| {
                        let hidden = move || !state.is_shown(event);
                        view! {
                            <li class="event-item" class:is-hidden=hidden>
                                <EventItem event=event lang=lang />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
