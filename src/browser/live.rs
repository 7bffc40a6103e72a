//! The marks the clock puts on the page (see `marks`), written straight into the rows,
//! the line over the days and a bar at the foot of the view, rather than as reactive
//! views: the prerendered page never has them, hydration never sees them, and a view
//! for each would cost the `.wasm` far more than these few calls.

use super::{document, for_each_match, listen_on_document};
use wasm_bindgen::JsCast;

/// Marks the row of the event with this element id: its title's `data-live` tag (which
/// the stylesheet shows; `None` takes it off), and `aria-current="time"` on its list
/// item while it is in progress.
pub fn mark_row(id: &str, tag: Option<&str>, current: bool) {
    let Some(row) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if let Ok(Some(title)) = row.query_selector(".event-title") {
        let _ = match tag {
            Some(tag) => title.set_attribute("data-live", tag),
            None => title.remove_attribute("data-live"),
        };
    }
    if let Some(item) = row.parent_element() {
        let _ = if current {
            item.set_attribute("aria-current", "time")
        } else {
            item.remove_attribute("aria-current")
        };
    }
}

/// Puts the line over the days right: the countdown (`countdown`, the app's own markup,
/// escaped by its writer) and the live-updates switch (`switch`: whether it is on, and
/// its label), each a child of its own in the first child of the page's tools (made when
/// first needed, and again in a view rendered again; never for nothing, so the archive's
/// page stays as prerendered), which shows only when it holds something. Each child is
/// changed in place and only where it differs: the switch is never replaced, so keyboard
/// focus stays on it when it is pressed and as the countdown ticks.
pub fn set_live_line(countdown: Option<&str>, switch: Option<(bool, &str)>) {
    let Some(doc) = document() else { return };
    let empty = countdown.is_none() && switch.is_none();
    for_each_match(&doc, ".page-tools", |tools| {
        let line = match tools.query_selector(".live-line").ok().flatten() {
            Some(line) => line,
            None if empty => return,
            None => {
                let Some(line) = make(&doc, "div", "live-line") else {
                    return;
                };
                let _ = tools.prepend_with_node_1(&line);
                line
            }
        };
        let old = line.query_selector(".countdown").ok().flatten();
        match (old, countdown) {
            (Some(p), None) => p.remove(),
            (Some(p), Some(html)) if p.inner_html() != html => p.set_inner_html(html),
            (None, Some(html)) => {
                if let Some(p) = make(&doc, "p", "countdown") {
                    p.set_inner_html(html);
                    let _ = line.prepend_with_node_1(&p);
                }
            }
            _ => {}
        }
        let old = line.query_selector(".live-switch").ok().flatten();
        match (old, switch) {
            (Some(button), None) => button.remove(),
            (old, Some((on, label))) => {
                let button = old.or_else(|| {
                    let button = make(&doc, "button", "live-switch")?;
                    let _ = button.set_attribute("type", "button");
                    line.append_child(&button).ok()?;
                    Some(button)
                });
                if let Some(button) = button {
                    let pressed = if on { "true" } else { "false" };
                    if button.get_attribute("aria-pressed").as_deref() != Some(pressed) {
                        let _ = button.set_attribute("aria-pressed", pressed);
                    }
                    if button.text_content().as_deref() != Some(label) {
                        button.set_text_content(Some(label));
                    }
                }
            }
            (None, None) => {}
        }
        let _ = line.class_list().toggle_with_force("is-empty", empty);
    });
}

/// A new element of this tag and class, not yet in the page.
fn make(doc: &web_sys::Document, tag: &str, class: &str) -> Option<web_sys::Element> {
    let el = doc.create_element(tag).ok()?;
    el.set_class_name(class);
    Some(el)
}

/// Calls `f` when the reader presses the live-updates switch, for as long as the current
/// owner lives.
pub fn on_live_switch(f: impl Fn() + 'static) {
    listen_on_document("click", move |ev: web_sys::Event| {
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if target.is_some_and(|t| t.closest(".live-switch").ok().flatten().is_some()) {
            f();
        }
    });
}

/// Says `text` in a bar fixed at the foot of the view (a polite status, made on first
/// use beside the app's view, which re-renders leave alone); the same text again leaves
/// it as it is.
pub fn show_preview_notice(text: &str) {
    let Some(doc) = document() else { return };
    let bar = match doc.query_selector(".preview-clock").ok().flatten() {
        Some(bar) => bar,
        None => {
            let (Ok(bar), Ok(line), Some(body)) = (
                doc.create_element("div"),
                doc.create_element("p"),
                doc.body(),
            ) else {
                return;
            };
            bar.set_class_name("preview-clock");
            let _ = bar.set_attribute("role", "status");
            line.set_class_name("wrap");
            let _ = bar.append_child(&line);
            let _ = body.append_child(&bar);
            bar
        }
    };
    // Only when it differs: each write to a status is a change a screen reader may say.
    if let Some(line) = bar.first_element_child()
        && line.text_content().as_deref() != Some(text)
    {
        line.set_text_content(Some(text));
    }
}
