//! A view built afresh (a language switch) on screen in one light frame: the sections
//! out of sight wait for their style and layout until that frame is painted, the browser
//! skipping them meanwhile (`content-visibility: auto`, by a class: style/timeline.css).

use super::{document, for_each_match, next_task};
use std::cell::RefCell;

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
