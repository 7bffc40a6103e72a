//! A view built afresh (a language switch) on screen in one light frame: the sections
//! out of sight wait for their style and layout until that frame is painted, the browser
//! skipping them meanwhile (`content-visibility: auto`, by a class: style/timeline.css),
//! and those the view left for later are built in place of their placeholders, each in a
//! task of its own.

use super::{document, for_each_match, next_task, set_html_lang};
use std::cell::RefCell;
#[cfg(feature = "hydrate")]
use {super::Mounted, wasm_bindgen::JsCast};

/// Gives `class` to the elements matching `selector` until the next frame is painted;
/// then takes it off again and runs `then`, in a task of its own.
pub fn lay_out_later(selector: &str, class: &'static str, then: impl FnOnce() + 'static) {
    let Some(doc) = document() else { return };
    let held = RefCell::new(Vec::new());
    for_each_match(&doc, selector, |el| {
        let _ = el.class_list().add_1(class);
        held.borrow_mut().push(el);
    });
    // After a click, the browser paints before it runs the next task.
    next_task(move || {
        for el in held.take() {
            let _ = el.class_list().remove_1(class);
        }
        then();
    });
}

/// Renders `view` into a detached element, then puts what it rendered in the place of the
/// element with this id (the placeholder of a section left for later), which leaves the
/// page: all in one task, so no frame shows it half done. `None` if there is no such
/// element (the view was replaced meanwhile) or the browser refused.
#[cfg(feature = "hydrate")]
pub fn mount_in_place_of<F, N>(id: &str, view: F) -> Option<Mounted>
where
    F: FnOnce() -> N + 'static,
    N: leptos::IntoView + 'static,
{
    let doc = document()?;
    let placeholder = doc.get_element_by_id(id)?;
    let holder = doc
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())?;
    let shown = leptos::mount::mount_to(holder.clone(), view);
    // The view keeps its own nodes, wherever they are: moved, they stay its.
    while let Some(node) = holder.first_child() {
        placeholder.before_with_node_1(&node).ok()?;
    }
    placeholder.remove();
    Some(Box::new(shown))
}

/// The language of a view rendered with its own `lang` on its root (the element with
/// this id, see `mount_replacing`) passes to `<html lang>`, and the root's own goes: the
/// page then says it once, as prerendered.
pub fn give_lang_to_page(id: &str, code: &str) {
    set_html_lang(code);
    if let Some(root) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = root.remove_attribute("lang");
    }
}
