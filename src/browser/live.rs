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

/// Writes `html` (the app's own markup, escaped by its writer) into the line over the
/// days, the first child of the page's tools (made when first needed, and again in a
/// view rendered again; never for nothing, so the archive's page stays as prerendered),
/// which shows only when it holds something.
pub fn set_live_line(html: &str) {
    let Some(doc) = document() else { return };
    for_each_match(&doc, ".page-tools", |tools| {
        let line = match tools.query_selector(".live-line").ok().flatten() {
            Some(line) => line,
            None if html.is_empty() => return,
            None => {
                let Ok(line) = doc.create_element("div") else {
                    return;
                };
                line.set_class_name("live-line");
                let _ = tools.prepend_with_node_1(&line);
                line
            }
        };
        if line.inner_html() != html {
            line.set_inner_html(html);
        }
        let _ = line
            .class_list()
            .toggle_with_force("is-empty", html.is_empty());
    });
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
/// use beside the app's view, which re-renders leave alone).
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
    if let Some(line) = bar.first_element_child() {
        line.set_text_content(Some(text));
    }
}
