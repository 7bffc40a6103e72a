//! "Embed this timeline": the ready-to-paste HTML for portal editors, for the whole week
//! or the section currently open, with a copy button.

use crate::browser;
use crate::state::{use_data, use_state};
use aelw_core::embed;
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::model::Lang;
use aelw_core::url::{self, Page};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A disclosure with the iframe snippet and the optional host script tag.
#[component]
pub fn EmbedSnippet(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let state = use_state();
    let data = use_data();
    let s = strings(lang);
    let whole_week = RwSignal::new(true);
    let copied = RwSignal::new(false);
    let code = move || {
        let root = state.root();
        let section = if whole_week.get() {
            None
        } else {
            state.section()
        };
        let title = format!("{} ({})", data.week.title.get(lang), s.embed_frame_title);
        let frame = url::page_address(&root, Page::new(lang, true), section.as_deref());
        embed::snippet(&frame, &url::host_script(&root), &title)
    };
    let on_copy = move |_| {
        let copying = browser::copy_text(&code());
        spawn_local(async move {
            if copying.await.is_ok() {
                copied.try_set(true);
                state.announce(s.snippet_copied);
            } else {
                state.announce(s.copy_fallback);
                browser::focus_id(ids::EMBED_CODE);
            }
        });
    };
    view! {
        <details class="embed-snippet needs-app">
            <summary>{s.embed_heading}</summary>
            <p>{s.embed_intro}</p>
            <fieldset>
                <legend>{s.embed_what}</legend>
                <div class="check">
                    <input
                        type="radio"
                        id=ids::EMBED_WEEK
                        name="embed-what"
                        prop:checked=move || whole_week.get()
                        on:change=move |_| whole_week.set(true)
                    />
                    <label for=ids::EMBED_WEEK>{s.embed_whole_week}</label>
                </div>
                <div class="check">
                    <input
                        type="radio"
                        id=ids::EMBED_SECTION
                        name="embed-what"
                        disabled=move || state.section().is_none()
                        prop:checked=move || !whole_week.get()
                        on:change=move |_| whole_week.set(false)
                    />
                    <label for=ids::EMBED_SECTION>{s.embed_this_section}</label>
                </div>
            </fieldset>
            <label for=ids::EMBED_CODE class="field-label">{s.embed_code_label}</label>
            <textarea id=ids::EMBED_CODE readonly rows="5" prop:value=code on:focus=move |ev| {
                browser::select_event_target(&ev)
            }></textarea>
            <div class="share">
                <button type="button" class="button" on:click=on_copy>{s.embed_copy}</button>
                <span class="share-status">{move || copied.get().then_some(s.snippet_copied)}</span>
            </div>
        </details>
    }
}
