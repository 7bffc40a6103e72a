//! The sources behind a record, as a disclosure so they are one click away but quiet.

use crate::i18n::strings;
use crate::ids::is_https_url;
use crate::model::Lang;
use crate::state::{external_link_target, use_data};
use leptos::either::Either;
use leptos::prelude::*;

/// A collapsible, numbered list of the sources with these ids.
#[component]
pub fn SourceList(
    /// Source ids, as cited by the record.
    ids: &'static [String],
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    let target = external_link_target();
    let items = ids
        .iter()
        .filter_map(|id| data.source(id))
        .map(|src| {
            let kind = if src.is_official() {
                s.official_source
            } else {
                s.news_source
            };
            // Only https links are clickable; an old http address is shown, not linked.
            let link = if is_https_url(&src.url) {
                Either::Left(view! {
                    <a href=src.url.clone() rel="noreferrer" target=target>{src.label.get(lang)}</a>
                })
            } else {
                Either::Right(view! {
                    <span>{src.label.get(lang)}</span>
                    " "
                    <span class="source-url">{src.url.clone()}" ("{s.insecure_link}")"</span>
                })
            };
            view! {
                <li>
                    {link}
                    " "
                    <span class="source-kind">"[" {src.id.clone()} ", " {kind} "]"</span>
                </li>
            }
        })
        .collect_view();
    (!ids.is_empty()).then(|| {
        view! {
            <details class="sources">
                <summary>{s.sources}" (" {ids.len()} ")"</summary>
                <ol>{items}</ol>
            </details>
        }
    })
}
