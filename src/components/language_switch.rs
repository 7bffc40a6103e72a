//! The switch between English and Thai: a link to the other language's page, so it
//! works with JavaScript off, in a new tab, and before the app starts. With the app, a
//! plain click switches in place instead, keeping the section, the filters and the open
//! rows, and the address moves to that page.

use crate::browser;
use crate::state::use_state;
use aelw_core::i18n::strings;
use aelw_core::url::ViewOptions;
use aelw_core::url::{Page, page_link, query_lang};
use leptos::prelude::*;

/// A link naming the other language in that language ("ภาษาไทย" / "English"), marked
/// with that language's `lang` so screen readers say it in the right voice.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_state();
    let here = state.page();
    let s = strings(here.lang);
    let other = here.lang.other();
    let there = Page::new(other, here.embed);
    // The same section and filters on the other page, saying English in the query as the
    // switch does (`query_lang`).
    let href = move || {
        state.make_link(|o, section| {
            let opts = ViewOptions {
                lang: query_lang(Some(other)),
                ..o.clone()
            };
            page_link(here, there, &opts, section)
        })
    };
    view! {
        <a
            class="button lang-switch"
            href=href
            hreflang=s.other_code
            lang=s.other_code
            on:click=move |ev| {
                if browser::take_plain_click(&ev) {
                    state.switch_language(other);
                }
            }
        >
            {s.other_language}
        </a>
    }
}
