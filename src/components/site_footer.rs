//! The footer: how the content was made, the data download, the calendars, and what this
//! site is not.

use crate::components::{calendar_links::CalendarPanel, embed_snippet::EmbedSnippet};
use crate::state::{use_data, use_state};
use crate::static_html::COUNT_CLASS;
use crate::week;
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::model::Lang;
use aelw_core::url;
use leptos::prelude::*;

/// The page footer.
#[component]
pub fn SiteFooter(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    // Relative to the page, which may sit in a folder of its own (`th/`).
    let name = data.week.data_file.as_str();
    let data_file = url::data_file(use_state().page(), name);
    // What the last revision changed, in a few lines (written by `make data`), behind a
    // disclosure like the sources': the footer keeps its height however many there are.
    let latest = data.latest_release();
    let lines = latest
        .as_ref()
        .map(|r| r.changes.clone())
        .unwrap_or_default();
    let revised = latest.map(|r| week::zone().release_day(r.released));
    let changes = (!lines.is_empty()).then(|| {
        let count = format!("({})", lines.len());
        let items = lines
            .into_iter()
            .map(|c| view! { <li>{c.get(lang).to_string()}</li> });
        view! {
            <details class="sources changes">
                <summary>{s.what_changed} " " <span class=COUNT_CLASS>{count}</span></summary>
                <ul>{items.collect_view()}</ul>
            </details>
        }
    });
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <h2>{s.about_heading}</h2>
                <p>{s.about_text}</p>
                <p>
                    <a href=data_file download=name>
                        {s.download_data}
                    </a>
                </p>
                {revised.map(|day| view! {
                    <p>
                        {s.last_revised}": "
                        <time datetime=format::date_attr(day)>{format::long_date(s, day)}</time>
                    </p>
                })}
                {changes}
                <CalendarPanel lang=lang />
                <EmbedSnippet lang=lang />
                <p class="disclaimer">{data.week.disclaimer.get(lang)}</p>
            </div>
        </footer>
    }
}
