//! Static text as an element's inner HTML (`static_html`), written only where the element
//! is made: in the prerender and when the view is built in the browser. Hydration adopts
//! the prerendered text as it is, so the text is not even written then.

use leptos::attr::IntoAttributeValue;
use leptos::tachys::html::element::InnerHtmlValue;
use leptos::tachys::renderer::{Rndr, types::Element};

/// The HTML a function writes, for `inner_html=`. The function runs only if the element
/// is rendered to HTML or built; a hydrated element keeps the markup it has. Only for
/// views that are never patched: the text is not written again on a `rebuild`.
#[derive(Clone)]
pub struct StaticText<F>(
    /// Writes the element's content as HTML (a `static_html` function).
    pub F,
);

// `view!` passes every attribute's value through this.
impl<F> IntoAttributeValue for StaticText<F> {
    type Output = Self;

    fn into_attribute_value(self) -> Self {
        self
    }
}

impl<F> InnerHtmlValue for StaticText<F>
where
    F: Fn() -> String + Clone + Send + 'static,
{
    type AsyncOutput = Self;
    type State = ();
    type Cloneable = Self;
    type CloneableOwned = Self;

    fn html_len(&self) -> usize {
        0
    }

    fn to_html(self, buf: &mut String) {
        buf.push_str(&(self.0)());
    }

    fn to_template(_buf: &mut String) {}

    fn hydrate<const FROM_SERVER: bool>(self, el: &Element) -> Self::State {
        if !FROM_SERVER {
            self.build(el);
        }
    }

    fn build(self, el: &Element) -> Self::State {
        Rndr::set_inner_html(el, &(self.0)());
    }

    // The text never changes: a view shows another language or week by being built
    // afresh, not patched.
    fn rebuild(self, _state: &mut Self::State) {}

    fn into_cloneable(self) -> Self::Cloneable {
        self
    }

    fn into_cloneable_owned(self) -> Self::CloneableOwned {
        self
    }

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }
}
