//! The footer: how the content was made, the data download, and what this site is not.

use crate::components::embed_snippet::EmbedSnippet;
use crate::format;
use crate::i18n::strings;
use crate::model::Lang;
use crate::state::{use_data, use_state};
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
    let data_file = format!("{}data/aelw-2022.json", use_state().page().up());
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <h2>{s.about_heading}</h2>
                <p>{s.about_text}</p>
                <p>
                    <a href=data_file download="aelw-2022.json">
                        {s.download_data}
                    </a>
                </p>
                <p>
                    {s.last_revised}": "
                    <time datetime=data.updated.to_string()>{format::long_date(s, data.updated)}</time>
                </p>
                <EmbedSnippet lang=lang />
                <p class="disclaimer">{s.disclaimer}</p>
            </div>
        </footer>
    }
}
