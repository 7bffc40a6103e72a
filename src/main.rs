//! Entry point of the WebAssembly app: installs the panic hook, then replaces the
//! prerendered markup in `#app` with the live app.

fn main() {
    #[cfg(feature = "csr")]
    {
        // A panic must not leave the reader with a blank or silently dead page: the week
        // already on screen stays, and a short note says what happened.
        std::panic::set_hook(Box::new(|info| {
            aelw::browser::console_error(&info.to_string());
            aelw::browser::show_problem("crash");
        }));
        aelw::browser::mount_replacing("app", aelw::App);
    }
}

/// Panics on purpose, so the browser tests can check the panic hook end to end (it is
/// reachable only from the app's own page, as `wasmBindings.debug_panic()`).
#[cfg(feature = "csr")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn debug_panic() {
    panic!("debug_panic was called");
}
