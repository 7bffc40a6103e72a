//! Search and filters. Their state lives in the query string, so a filtered view can be
//! shared and survives a reload; the result count is announced politely.

use crate::components::page_tools::PageTools;
use crate::state::{use_data, use_state};
use aelw_core::i18n::strings;
use aelw_core::ids;
use leptos::prelude::*;

/// The "Find events" panel: a search field, track and priority checkboxes, the count of
/// events shown, and "Clear filters"; in an embed, also the page tools.
#[component]
pub fn FilterPanel(
    /// Whether the time zone and Expand all / Collapse all live in this panel.
    tools: bool,
) -> impl IntoView {
    let state = use_state();
    // The page is rebuilt when the language changes, so the language is read once.
    let lang = state.lang_untracked();
    let s = strings(lang);
    let data = use_data();
    let total = data.events.len();
    let shown = Memo::new(move |_| state.shown_among(&data.events));
    let filtered = Memo::new(move |_| state.with_view(|o| o.filters.is_filtered()));

    // Only tracks that some event has are offered.
    let tracks = data
        .tracks
        .iter()
        .filter(|t| data.events.iter().any(|e| e.tracks.contains(&t.id)))
        .map(|track| {
            let id = ids::track_filter(&track.id);
            let tid = track.id.as_str();
            view! {
                <li class="check">
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || state.with_view(|o| o.filters.tracks.iter().any(|x| x == tid))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            state.filter_track(tid, on);
                        }
                    />
                    <label for=id>{track.name.get(lang)}</label>
                </li>
            }
        })
        .collect_view();
    let priorities = data
        .priorities
        .iter()
        .map(|p| {
            let id = ids::priority_filter(&p.id);
            let pid = p.id.as_str();
            view! {
                <li class="check">
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=move || state.with_view(|o| o.filters.priorities.iter().any(|x| x == pid))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            state.filter_priority(pid, on);
                        }
                    />
                    <label for=id>{p.name.get(lang)}</label>
                </li>
            }
        })
        .collect_view();

    view! {
        <details class="filters needs-app" open=move || filtered.get_untracked()>
            <summary>
                <span class="filters-heading">{s.filters_heading}</span>
            </summary>
            <div class="filters-body">
                {tools.then(|| view! { <PageTools /> })}
                <div class="field">
                    <label for=ids::FILTER_SEARCH>{s.search_label}</label>
                    <input
                        id=ids::FILTER_SEARCH
                        type="search"
                        autocomplete="off"
                        maxlength="100"
                        prop:value=move || state.with_view(|o| o.filters.query.clone())
                        on:input=move |ev| {
                            // Kept as typed (so spaces and the caret stay put); the URL
                            // reader tidies it with `clean_query`.
                            let q = event_target_value(&ev);
                            state.search(q);
                        }
                    />
                </div>
                <fieldset>
                    <legend>{s.tracks_legend}</legend>
                    <ul class="checks">{tracks}</ul>
                </fieldset>
                <fieldset>
                    <legend>{s.priorities_legend}</legend>
                    <ul class="checks">{priorities}</ul>
                </fieldset>
                <div class="filters-footer">
                    <p class="filter-count">{move || s.shown(shown.get(), total)}</p>
                    <button
                        type="button"
                        class="button"
                        disabled=move || !filtered.get()
                        on:click=move |_| state.clear_filters()
                    >
                        {s.clear_filters}
                    </button>
                </div>
            </div>
        </details>
    }
}
