//! Editing trunk's HTML element by element, through lol_html's selectors, so that no
//! edit depends on how trunk spaces or orders its tags. Each edit says how many elements
//! it expects: one whose element trunk no longer writes stops the build instead of
//! leaving a page half made.

use lol_html::html_content::{Element, TextChunk};
use lol_html::{ElementContentHandlers, HandlerResult, RewriteStrSettings, Selector, rewrite_str};
use std::borrow::Cow;
use std::cell::Cell;

/// The selector of the element whose id is `id`, written as an attribute selector so
/// that it is not mistaken for a link's `#` fragment (those are `aelw_core::url`'s).
pub fn by_id(id: &str) -> String {
    format!("[id=\"{id}\"]")
}

/// How many elements an edit must find.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// Exactly one: the edit replaces something the page has once.
    One,
    /// Any number, none included: the edit adjusts whatever there is.
    Any,
}

type ElementEdit<'h> = Box<dyn FnMut(&mut Element) -> HandlerResult + 'h>;
type TextEdit<'h> = Box<dyn FnMut(&mut TextChunk) -> HandlerResult + 'h>;

/// What an edit does with what its selector matches.
enum Action<'h> {
    Element(ElementEdit<'h>),
    /// The text inside the matched elements, chunk by chunk (lol_html streams it).
    Text(TextEdit<'h>),
}

/// One edit: a CSS selector, how many elements it must match, and what it does to each.
pub struct Edit<'h> {
    selector: String,
    expect: Expect,
    action: Action<'h>,
}

impl<'h> Edit<'h> {
    /// An edit of each element `selector` matches.
    pub fn element(
        selector: impl Into<String>,
        expect: Expect,
        edit: impl FnMut(&mut Element) -> HandlerResult + 'h,
    ) -> Self {
        Edit {
            selector: selector.into(),
            expect,
            action: Action::Element(Box::new(edit)),
        }
    }

    /// An edit of the text inside each element `selector` matches: for the content a
    /// parser reads as text, such as a `<noscript>`'s.
    pub fn text(
        selector: impl Into<String>,
        expect: Expect,
        edit: impl FnMut(&mut TextChunk) -> HandlerResult + 'h,
    ) -> Self {
        Edit {
            selector: selector.into(),
            expect,
            action: Action::Text(Box::new(edit)),
        }
    }
}

/// `html` with `edits` made, or the first edit that failed or found other than it
/// expects, by its selector.
pub fn rewrite(html: &str, edits: Vec<Edit>) -> Result<String, String> {
    let found: Vec<Cell<usize>> = edits.iter().map(|_| Cell::new(0)).collect();
    let mut expected = Vec::with_capacity(edits.len());
    let mut settings = RewriteStrSettings::new();
    for (edit, found) in edits.into_iter().zip(&found) {
        let selector: Selector = edit
            .selector
            .parse()
            .map_err(|e| format!("bad selector {:?}: {e}", edit.selector))?;
        let handler = match edit.action {
            Action::Element(mut f) => {
                ElementContentHandlers::default().element(move |el: &mut Element| {
                    found.set(found.get() + 1);
                    f(el)
                })
            }
            Action::Text(mut f) => {
                ElementContentHandlers::default().text(move |t: &mut TextChunk| {
                    found.set(found.get() + 1);
                    f(t)
                })
            }
        };
        settings = settings.append_element_content_handler((Cow::Owned(selector), handler));
        expected.push((edit.selector, edit.expect));
    }
    let out = rewrite_str(html, settings).map_err(|e| e.to_string())?;
    for ((selector, expect), found) in expected.iter().zip(&found) {
        if *expect == Expect::One && found.get() != 1 {
            return Err(format!(
                "expected one {selector:?} in trunk's index.html, found {}",
                found.get()
            ));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lol_html::html_content::ContentType;

    #[test]
    fn an_edit_that_finds_other_than_it_expects_fails() {
        let edit = || {
            Edit::element("#a", Expect::One, |el| {
                el.set_inner_content("new", ContentType::Text);
                Ok(())
            })
        };
        assert_eq!(
            rewrite("<p id=a>old</p> <i>x</i>", vec![edit()]).unwrap(),
            "<p id=a>new</p> <i>x</i>"
        );
        assert!(rewrite("<p>old</p>", vec![edit()]).is_err());
        assert!(rewrite("<p id=a></p><p id=a></p>", vec![edit()]).is_err());
        let none = Edit::element("b", Expect::Any, |el| {
            el.remove();
            Ok(())
        });
        assert_eq!(rewrite("<p></p>", vec![none]).unwrap(), "<p></p>");
        let failing = Edit::element("p", Expect::Any, |_| Err("no".into()));
        assert!(
            rewrite("<p></p>", vec![failing])
                .unwrap_err()
                .contains("no")
        );
    }
}
