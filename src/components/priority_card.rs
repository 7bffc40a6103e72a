//! A priority card: the priority and its aim at a glance, what it delivered as rows that
//! open in place, and the events that advanced it.

use crate::components::{row::Row, share_controls::ShareControls, source_list::SourceList};
use crate::format;
use crate::i18n::strings;
use crate::ids;
use crate::model::{Deliverable, Lang, Priority};
use crate::panel::Panel;
use crate::state::{external_link_target, use_data, use_state};
use crate::url::Section;
use leptos::prelude::*;

/// One of the three priority cards, with the element id `priority-<id>`. Compact until
/// asked: name, aim, summary and the deliverables as closed rows.
#[component]
pub fn PriorityCard(
    /// The priority.
    priority: &'static Priority,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    let state = use_state();
    // In the embed one card shows at a time.
    let place = data.priorities.iter().position(|p| p.id == priority.id);
    let off_panel = move || !state.on_show(|p| place.map(Panel::Card) == Some(p));
    let id = priority.element_id();
    let heading_id = ids::heading(&id);
    let labelled_by = heading_id.clone();
    let title = format::section_title(data, Section::Priority(&priority.id), s, lang);
    let advancing: Vec<_> = data.events_advancing(&priority.id).collect();
    let count = advancing.len();
    let advanced_at = advancing
        .into_iter()
        .map(|e| view! { <li><EventLink id=&e.id lang=lang /></li> })
        .collect_view();
    view! {
        <article
            id=id
            class=format!("card accent-{}", priority.id)
            class:is-hidden=off_panel
            aria-labelledby=labelled_by
        >
            <div class="card-top">
                <h3 id=heading_id class="card-heading" tabindex="-1">
                    <span class="card-name">{priority.name.get(lang)}</span>
                    <span class="card-official">{priority.official_name.get(lang)}</span>
                </h3>
                <ShareControls element_id=priority.element_id() title=title />
            </div>
            {(lang == Lang::Th && priority.official_name_th_descriptive)
                .then(|| view! { <p class="card-name-note">{s.descriptive_thai_name}</p> })}
            <p class="card-aim">{priority.aim.get(lang)}</p>
            // The summary in one line, opening to the whole of it, the events that
            // advanced the priority and the card's sources.
            <details class="card-more">
                <summary class="card-summary">{priority.summary.get(lang)}</summary>
                <h4 class="card-subheading">{s.advanced_at} " (" {count} ")"</h4>
                <ul class="card-events">{advanced_at}</ul>
                <SourceList ids=&priority.sources lang=lang />
            </details>
            <h4 class="card-subheading">
                {s.delivered} " " <span class="card-count">"(" {priority.deliverables.len()} ")"</span>
            </h4>
            <ul class="deliverables">
                {priority
                    .deliverables
                    .iter()
                    .map(|d| view! { <li><DeliverableRow deliverable=d lang=lang /></li> })
                    .collect_view()}
            </ul>
        </article>
    }
}

/// A deliverable as a row that opens in place, like an event, with the element id
/// `deliverable-<id>`.
#[component]
fn DeliverableRow(
    /// The deliverable.
    deliverable: &'static Deliverable,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let s = strings(lang);
    let target = external_link_target();
    let d = deliverable;
    let id = d.element_id();
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
        .map(|e| view! { <li><EventLink id=e lang=lang /></li> })
        .collect_view();
    view! {
        <Row id=id.clone() class="deliverable">
            <summary id=ids::heading(&id) class="deliverable-row">
                <h5 class="deliverable-title">{d.title.get(lang)}</h5>
            </summary>
            <div class="deliverable-body">
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
            </div>
        </Row>
    }
}

/// A link to an event of the week, with its short date.
#[component]
fn EventLink(
    /// The event's id.
    id: &'static str,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let s = strings(lang);
    use_data().event(id).map(|e| {
        view! {
            <a href=format!("#{}", e.id)>{e.title.get(lang)}</a>
            " "
            <span class="card-event-date">
                "(" {format::short_weekday(s, e.date)} " " {format::short_date(s, e.date)} ")"
            </span>
        }
    })
}
