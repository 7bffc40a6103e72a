//! A priority card: the priority and its aim at a glance, what it delivered as rows that
//! open in place, and the events that advanced it.

use crate::components::{row::Row, share_controls::ShareControls, static_text::StaticText};
use crate::state::{external_link_target, use_data, use_state};
use crate::static_html;
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::model::{Deliverable, Lang, Priority};
use aelw_core::panel::Panel;
use aelw_core::url::Section;
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
    let target = external_link_target();
    let intro = StaticText::new(move || static_html::card_intro(data, priority, lang, target));
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
                    <span class="card-official" inner_html=StaticText::new(move || static_html::words(data, priority.official_name.get(lang)))></span>
                </h3>
                <ShareControls element_id=priority.element_id() title=title />
            </div>
            // The aim, and the summary in one line opening to the whole of it, the
            // events that advanced the priority and the card's sources: static text.
            <div class="card-intro" inner_html=intro></div>
            <h4 class="card-subheading">
                {s.delivered} " " <span class=static_html::COUNT_CLASS>"(" {priority.deliverables.len()} ")"</span>
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
    let d = deliverable;
    let id = d.element_id();
    let (data, target) = (use_data(), external_link_target());
    let open = untrack(|| use_state().is_open(&id));
    let body = StaticText::under_row(
        move || static_html::deliverable_body(data, d, lang, target),
        open,
    );
    view! {
        <Row id=id.clone() class="deliverable">
            <summary id=ids::heading(&id) class="deliverable-row">
                <h5 class="deliverable-title" inner_html=StaticText::new(move || static_html::words(data, d.title.get(lang)))></h5>
            </summary>
            <div class="deliverable-body" inner_html=body></div>
        </Row>
    }
}
