//! Static text as an element's inner HTML (`static_html`), written only where the element
//! is made: in the prerender and when the view is built in the browser. Hydration adopts
//! the prerendered text as it is, so the text is not even written then. Built in the
//! browser (a language switch), the text under a closed row waits for the next task, so
//! the new view reaches the screen without the text no one sees yet.

use crate::browser;
use leptos::attr::IntoAttributeValue;
use leptos::tachys::html::element::InnerHtmlValue;
use leptos::tachys::renderer::{Rndr, types::Element};

/// The HTML a function writes, for `inner_html=`. The function runs only if the element
/// is rendered to HTML or built; a hydrated element keeps the markup it has. Only for
/// views that are never patched: the text is not written again on a `rebuild`.
/// `UNDER_ROW`: text under a row, which may wait (see `under_row`); a type of its own, so
/// that only those texts bring the code that waits into the `.wasm`.
#[derive(Clone)]
pub struct StaticText<F, const UNDER_ROW: bool = false> {
    /// Writes the element's content as HTML (a `static_html` function).
    write: F,
    /// Whether its row is open as the element is built.
    open: bool,
}

impl<F> StaticText<F> {
    /// Text on show wherever its element is: written as the element is built.
    pub fn new(write: F) -> Self {
        Self { write, open: true }
    }
}

impl<F> StaticText<F, true> {
    /// Text under a row, which a build in the browser writes in the next task if the
    /// row is closed (`open` is false): find in page and print reach it then, and a row
    /// opened later (a link, the reader) opens after that task.
    pub fn under_row(write: F, open: bool) -> Self {
        Self { write, open }
    }
}

// `view!` passes every attribute's value through this.
impl<F, const UNDER_ROW: bool> IntoAttributeValue for StaticText<F, UNDER_ROW> {
    type Output = Self;

    fn into_attribute_value(self) -> Self {
        self
    }
}

impl<F, const UNDER_ROW: bool> InnerHtmlValue for StaticText<F, UNDER_ROW>
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
        buf.push_str(&(self.write)());
    }

    fn to_template(_buf: &mut String) {}

    fn hydrate<const FROM_SERVER: bool>(self, el: &Element) -> Self::State {
        if !FROM_SERVER {
            self.build(el);
        }
    }

    fn build(self, el: &Element) -> Self::State {
        if UNDER_ROW && !self.open {
            let el = el.clone();
            browser::next_task(move || Rndr::set_inner_html(&el, &(self.write)()));
        } else {
            Rndr::set_inner_html(el, &(self.write)());
        }
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
