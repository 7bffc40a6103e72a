//! A priority card: the priority, what it delivered, and the events that advanced it.

use crate::components::{share_controls::ShareControls, source_list::SourceList};
use crate::format;
use crate::i18n::strings;
use crate::model::{Lang, Priority};
use crate::state::{external_link_target, use_data};
use crate::url::Section;
use leptos::prelude::*;

/// One of the three priority cards, with the element id `priority-<id>`.
#[component]
pub fn PriorityCard(
    /// The priority.
    priority: &'static Priority,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    let target = external_link_target();
    let id = priority.element_id();
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let title = format::section_title(data, Section::Priority(&priority.id), s, lang);
    let event_link = move |event_id: &str| {
        data.event(event_id).map(|e| {
            view! {
                <a href=format!("#{}", e.id)>{e.title.get(lang)}</a>
                " "
                <span class="card-event-date">
                    "(" {format::short_weekday(s, e.date)} " " {format::short_date(s, e.date)} ")"
                </span>
            }
        })
    };
    let deliverables = priority
        .deliverables
        .iter()
        .map(|d| {
            let links = d
                .links
                .iter()
                .map(|l| {
                    view! {
                        <li>
                            <a class="official-link" href=l.url.clone() rel="noreferrer" target=target>
                                {l.label.get(lang)}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let events = d
                .events
                .iter()
                .map(|e| view! { <li>{event_link(e)}</li> })
                .collect_view();
            view! {
                <li class="deliverable" id=format!("deliverable-{}", d.id)>
                    <h5 class="deliverable-title" id=format!("deliverable-{}-heading", d.id) tabindex="-1">
                        {d.title.get(lang)}
                    </h5>
                    <p>{d.explanation.get(lang)}</p>
                    {(!d.links.is_empty())
                        .then(|| {
                            view! {
                                <p class="list-label">{s.official_page}</p>
                                <ul class="links">{links}</ul>
                            }
                        })}
                    {(!d.events.is_empty())
                        .then(|| {
                            view! {
                                <p class="list-label">{s.in_the_week}</p>
                                <ul class="deliverable-events">{events}</ul>
                            }
                        })}
                    <SourceList ids=&d.sources lang=lang />
                </li>
            }
        })
        .collect_view();
    let advanced_at = data
        .events_advancing(&priority.id)
        .map(|e| view! { <li>{event_link(&e.id)}</li> })
        .collect_view();
    view! {
        <article id=id class=format!("card accent-{}", priority.id) aria-labelledby=labelled_by>
            <h3 id=heading_id class="card-heading" tabindex="-1">
                <span class="card-name">{priority.name.get(lang)}</span>
                <span class="card-official">{priority.official_name.get(lang)}</span>
            </h3>
            <p class="card-aim">{priority.aim.get(lang)}</p>
            <p>{priority.summary.get(lang)}</p>
            <h4 class="card-subheading">{s.delivered}</h4>
            <ul class="deliverables">{deliverables}</ul>
            <h4 class="card-subheading">{s.advanced_at}</h4>
            <ul class="card-events">{advanced_at}</ul>
            <SourceList ids=&priority.sources lang=lang />
            <ShareControls element_id=priority.element_id() title=title />
        </article>
    }
}
