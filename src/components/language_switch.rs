//! The switch between English and Thai. It moves to the other language's page and keeps
//! the section, the filters and the open rows.

use crate::i18n::strings;
use crate::model::Lang;
use crate::state::use_state;
use leptos::prelude::*;

/// A button naming the other language in that language ("ภาษาไทย" / "English"), marked
/// with that language's `lang` so screen readers say it in the right voice.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = use_state();
    let s = strings(state.lang.get_untracked());
    let other = match state.lang.get_untracked() {
        Lang::En => Lang::Th,
        Lang::Th => Lang::En,
    };
    let switch = move |_| state.switch_language(other);
    view! {
        <button
            type="button"
            class="button lang-switch needs-app"
            lang=s.other_code
            on:click=switch
        >
            {s.other_language}
        </button>
    }
}
