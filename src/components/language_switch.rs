//! The switch between English and Thai. It keeps the section, the filters and the rest
//! of the URL; only `lang` changes.

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
    let switch = move |_| {
        state.view.update(|o| o.lang = Some(other));
        state.lang.set(other);
    };
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
