//! A view built afresh for a language switch, in parts: the parts it left for later are
//! built in place of their placeholders, each in a task of its own (see `session`), and
//! the page's language follows once all are in.

use super::{document, set_html_lang};
#[cfg(feature = "hydrate")]
use {super::Mounted, wasm_bindgen::JsCast};

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
