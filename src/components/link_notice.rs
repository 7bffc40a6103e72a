//! The notice about the link a reader opened: a fragment that is not a section, or an
//! event that the filters hide. Polite, dismissible, and never in place of the week.

use crate::navigation::reveal;
use crate::state::{Notice, use_state};
use aelw_core::i18n::strings;
use aelw_core::ids;
use leptos::prelude::*;

/// A banner at the top of the page, empty unless there is something to say.
#[component]
pub fn LinkNotice() -> impl IntoView {
    let state = use_state();
    let body = move || {
        let s = strings(state.lang());
        state.notice().map(|notice| {
            let (text, action) = match notice {
                Notice::UnknownSection(fragment) => (s.notice_unknown.replace("{fragment}", &fragment), None),
                Notice::HiddenByFilters(id) => (s.notice_hidden.to_string(), Some(id)),
            };
            let show_all = action.map(|id| {
                view! {
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            state.show_all();
                            // The hidden section is an event: its row opens too.
                            reveal(state, id.clone(), Some(&id));
                        }
                    >
                        {s.show_all}
                    </button>
                }
            });
            view! {
                <div class="notice-inner wrap">
                    <p>{text}</p>
                    {show_all}
                    <button type="button" class="button button-quiet" on:click=move |_| state.dismiss_notice()>
                        {s.dismiss}
                    </button>
                </div>
            }
        })
    };
    view! {
        <div id=ids::LINK_NOTICE class="link-notice" class:is-empty=move || state.notice().is_none() role="status" tabindex="-1">
            {body}
        </div>
    }
}
