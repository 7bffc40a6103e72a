//! Markup the build steps write with Leptos views: the app's prerendered pages, which
//! the app adopts, and the preview pages, the pages' head links and tags, which nothing
//! adopts. Every view the build renders goes through here.

use leptos::prelude::{IntoView, Owner, RenderHtml};

/// The HTML of `view`, without Leptos's hydration markers (`<!>`): nothing adopts it.
pub fn render<V: IntoView>(view: impl FnOnce() -> V) -> String {
    to_html(view, "")
}

/// The HTML of `view` for the app to adopt (hydrate), with the hydration markers it
/// follows. Leptos writes them as `<!>`, which parses as an empty comment but is an HTML
/// syntax error; `<!---->` parses to the same empty comment and is valid.
pub fn render_hydratable<V: IntoView>(view: impl FnOnce() -> V) -> String {
    to_html(view, "<!---->")
}

/// `view` rendered in an owner of its own, its markers written as `marker`.
fn to_html<V: IntoView>(view: impl FnOnce() -> V, marker: &str) -> String {
    Owner::new()
        .with(|| view().into_view().to_html())
        .replace("<!>", marker)
}
