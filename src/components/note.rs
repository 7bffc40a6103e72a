//! A caveat box: where sources disagree or leave a gap.

use crate::i18n::strings;
use crate::model::{Lang, Text};
use leptos::prelude::*;

/// A short note, labelled as such so it reads apart from the facts around it.
#[component]
pub fn Note(
    /// The note.
    text: &'static Text,
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    view! {
        <p class="note">
            <strong class="note-label">{strings(lang).note}": "</strong>
            {text.get(lang)}
        </p>
    }
}
