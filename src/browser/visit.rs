//! What the live refresh needs of the page (besides whether it is hidden, `page_hidden`,
//! which the marks share, and the console, `console_warn`): chance for jitter, and where the reader is (scroll and
//! focus), so that a new release rebuilt in place leaves them there.

use super::{document, window};
use wasm_bindgen::JsCast;

/// The elements that can hold keyboard focus, to find the focused one again in a
/// rebuilt page by its position inside its nearest element with an id.
const FOCUSABLE: &str = "a[href],button,input,select,textarea,summary,[tabindex]";

/// A number uniform in `[0, 1)` (`Math.random`), for jitter; 0.5 off the web.
pub fn random() -> f64 {
    if window().is_some() {
        web_sys::js_sys::Math::random()
    } else {
        0.5
    }
}

/// Where the reader is in the page: how far it is scrolled, and the element with focus
/// as the id of its nearest element with one and its place among the focusable elements
/// inside that (`None` for the element with the id itself), with a text field's caret.
#[derive(Debug, Default)]
pub struct Place {
    scroll: (f64, f64),
    focus: Option<(String, Option<u32>)>,
    caret: Option<(u32, u32)>,
}

/// Where the reader is now.
pub fn reading_place() -> Place {
    let Some(win) = window() else {
        return Place::default();
    };
    let scroll = (win.scroll_x().unwrap_or(0.0), win.scroll_y().unwrap_or(0.0));
    let active = document().and_then(|d| d.active_element());
    let holder = active
        .as_ref()
        .and_then(|el| el.closest("[id]").ok().flatten());
    let focus = active.as_ref().zip(holder).map(|(el, holder)| {
        let position = (&holder != el)
            .then(|| {
                let list = holder.query_selector_all(FOCUSABLE).ok()?;
                (0..list.length()).find(|&i| list.item(i).as_ref() == Some(el.as_ref()))
            })
            .flatten();
        (holder.id(), position)
    });
    let caret = active
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
    Place {
        scroll,
        focus,
        caret,
    }
}

/// Takes the reader back to `place` in the page as rebuilt: the same scroll, and focus on
/// the element in the same place (without scrolling to it), its caret where it was.
pub fn return_to(place: Place) {
    let Some(win) = window() else { return };
    let target = place.focus.and_then(|(id, position)| {
        let holder = document()?.get_element_by_id(&id)?;
        match position {
            None => Some(holder),
            Some(i) => holder
                .query_selector_all(FOCUSABLE)
                .ok()?
                .item(i)?
                .dyn_into()
                .ok(),
        }
    });
    if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
        if let (Some((start, end)), Some(input)) =
            (place.caret, el.dyn_ref::<web_sys::HtmlInputElement>())
        {
            let _ = input.set_selection_range(start, end);
        }
    }
    let options = web_sys::ScrollToOptions::new();
    options.set_left(place.scroll.0);
    options.set_top(place.scroll.1);
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    win.scroll_to_with_scroll_to_options(&options);
}
