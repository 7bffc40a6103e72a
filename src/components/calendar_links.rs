//! The links to the calendar files the build writes (`aelw_site::calendar`): "Add to
//! calendar" in each event's details, and the week's, days' and tracks' calendars to
//! subscribe to or download, in one disclosure in the footer. A sandboxed embed cannot
//! open `webcal:` links or download, so there the event's link opens the full view.

use crate::browser;
use crate::state::{use_data, use_state};
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::model::{Event, Lang};
use aelw_core::url::{
    self, Calendar, Page, ViewOptions, calendar_link, calendar_url, page_link, webcal_url,
};
use leptos::prelude::*;

/// An event's "Add to calendar": its file, with the note that a downloaded copy does not
/// follow corrections (pointing at the subscriptions); in an embed, the full view.
#[component]
pub fn AddToCalendar(
    /// The event.
    event: &'static Event,
) -> impl IntoView {
    let page = use_state().page();
    let s = strings(page.lang);
    if page.embed {
        let full = Page::new(page.lang, false);
        let href = page_link(page, full, &ViewOptions::default(), Some(&event.id));
        return view! {
            <p class="add-calendar">
                <a href=href target="_blank" rel="noopener">{s.calendar_in_full_view}</a>
            </p>
        }
        .into_any();
    }
    let href = calendar_link(page, Calendar::Event(&event.id));
    view! {
        <p class="add-calendar">
            <a class="button" href=href download>{s.add_to_calendar}</a>
            " "
            <a class="calendar-note" href=url::fragment(ids::CALENDARS)>{s.calendar_no_update}</a>
        </p>
    }
    .into_any()
}

/// The week's, each day's and each track's calendars: subscribe (`webcal:`) or
/// download, and the week's `https:` address for the clients that take one. Its body is
/// drawn when opened, from the page's own address, so the prerendered page carries only
/// the closed disclosure.
#[component]
pub fn CalendarPanel(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let s = strings(lang);
    let body = move || {
        open.get().then(|| {
            let data = use_data();
            let root = state.root();
            let links = move |calendar: Calendar| {
                let https = calendar_url(&root, calendar, lang);
                let webcal = webcal_url(&root, calendar, lang).map(|href| {
                    view! { <a href=href>{s.calendar_subscribe}</a> " · " }
                });
                view! { {webcal} <a href=https download>{s.calendar_download}</a> }
            };
            let days = data.days.iter().map(|d| {
                let day = format::long_date(s, d.date);
                view! { <li>{day} ": " {links(Calendar::Day(d.date))}</li> }
            });
            let tracks = data.tracks.iter().map(|t| {
                let name = t.name.get(lang);
                view! { <li>{name} ": " {links(Calendar::Track(&t.id))}</li> }
            });
            let address = calendar_url(&state.root(), Calendar::Week, lang);
            view! {
                <p>{s.calendars_intro}</p>
                <p>
                    <strong>{s.calendar_whole_week}</strong>
                    ": "
                    {links(Calendar::Week)}
                </p>
                <label for=ids::CALENDAR_ADDRESS class="field-label">
                    {s.calendar_web_address}
                </label>
                <input
                    id=ids::CALENDAR_ADDRESS
                    type="text"
                    readonly
                    value=address
                    on:focus=move |ev| browser::select_event_target(&ev)
                />
                <h3>{s.calendar_by_day}</h3>
                <ul>{days.collect_view()}</ul>
                <h3>{s.calendar_by_track}</h3>
                <ul>{tracks.collect_view()}</ul>
            }
        })
    };
    view! {
        <details
            id=ids::CALENDARS
            class="calendars needs-app"
            on:toggle=move |ev| {
                if let Some(now) = browser::toggled_open(&ev) {
                    open.set(now);
                }
            }
        >
            <summary>{s.calendars_heading}</summary>
            {body}
        </details>
    }
}
