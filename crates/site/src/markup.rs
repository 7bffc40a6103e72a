//! Markup the build steps write with Leptos views (the preview pages, the pages' head
//! links and tags), for pages that no app hydrates and fragments of a page's head.

use leptos::prelude::{IntoView, Owner, RenderHtml};

/// The HTML of `view`, without Leptos's hydration markers (`<!>`): nothing adopts it.
pub fn render<V: IntoView>(view: impl FnOnce() -> V) -> String {
    Owner::new()
        .with(|| view().into_view().to_html())
        .replace("<!>", "")
}
