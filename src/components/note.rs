//! A caveat box: where sources disagree or leave a gap.

use crate::i18n::strings;
use crate::model::{Lang, Text};
use leptos::either::Either;
use leptos::prelude::*;

/// A short note, labelled as such so it reads apart from the facts around it. A `brief`
/// note (above the rows, where space is tight) shows its first line and opens in place;
/// its whole text is the disclosure's name, so screen readers and find-in-page get all
/// of it, and print shows all of it.
#[component]
pub fn Note(
    /// The note.
    text: &'static Text,
    /// Language to render in.
    lang: Lang,
    /// Whether the note starts as one line that opens.
    #[prop(optional)]
    brief: bool,
) -> impl IntoView {
    let label = view! { <strong class="note-label">{strings(lang).note}": "</strong> };
    if brief {
        Either::Left(view! {
            <details class="note note-brief">
                <summary>{label}{text.get(lang)}</summary>
            </details>
        })
    } else {
        Either::Right(view! { <p class="note">{label}{text.get(lang)}</p> })
    }
}
