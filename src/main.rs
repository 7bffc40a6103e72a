//! Entry point of the WebAssembly app: mounts `App` into the page.

fn main() {
    leptos::mount::mount_to_body(aelw::App);
}
