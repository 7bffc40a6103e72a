//! A row that opens in place (an event, a deliverable): a native `<details>` whose
//! `open` follows the app's list of open rows, and tells it when the reader toggles it.

use crate::browser;
use crate::state::use_state;
use leptos::prelude::*;

/// The class every row carries, by which `browser::open_row_ids` finds them.
pub const ROW_CLASS: &str = "row";

/// A `<details>` with this element id, open while `AppState` lists the id as open. Its
/// children are the `<summary>` (the row) and what opens under it.
#[component]
pub fn Row<C>(
    /// The element id links point at (the event's id, or `deliverable-<id>`).
    id: String,
    /// The `<details>`'s class.
    class: &'static str,
    /// The `<summary>` and the details. Typed, not `Children`: a boxed `AnyView` would
    /// pull Leptos's type-erased view code back into the `.wasm` (about +50 KB gzip).
    children: TypedChildren<C>,
) -> impl IntoView
where
    C: IntoView + 'static,
{
    let state = use_state();
    let toggled = id.clone();
    // The row's own signal (see `AppState::is_open`): it notifies only when this row
    // changes, so opening many rows at once (print, a test, several toggles in one
    // task) never makes one row re-apply a stale `open` to the DOM while its own
    // `toggle` is still queued.
    let open = {
        let id = id.clone();
        move || state.is_open(&id)
    };
    view! {
        <details
            id=id
            class=format!("{ROW_CLASS} {class}")
            prop:open=open
            on:toggle=move |ev| {
                if let Some(now) = browser::toggled_open(&ev) {
                    state.set_open(&toggled, now);
                }
            }
        >
            {children.into_inner()()}
        </details>
    }
}
