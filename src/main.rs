//! Entry point of the WebAssembly app: installs the panic hook, then takes over the
//! prerendered markup in `#app`, or replaces it when the link asks for another view.

fn main() {
    #[cfg(feature = "hydrate")]
    {
        // A panic must not leave the reader with a blank or silently dead page: the week
        // already on screen stays, and a short note says what happened.
        std::panic::set_hook(Box::new(|info| {
            aelw::browser::console_error(&info.to_string());
            aelw::browser::show_problem("crash");
        }));
        // The `.wasm`'s compilation ends the task it started in; reading the week and the
        // URL then gets a task of its own, and hydrating another (see `start`), so that
        // none of them holds up a reader's tap for long.
        aelw::browser::next_task(start);
    }
}

/// Reads what the page was opened with, then takes over the page in the next task.
#[cfg(feature = "hydrate")]
fn start() {
    use aelw::session::{Opening, opening_view, run};
    use aelw_core::url::{Page, page_url};
    // Reading the URL reads the embedded week.
    let opening = opening_view();
    let Opening {
        ref opts,
        lang,
        page,
        ref root,
    } = opening;
    // Each page's markup is exactly its own first view: the app adopts it as it is
    // (hydration), so nothing is painted twice. Any other view (filters, search, the
    // other language when a link asked for it) is rendered afresh and swapped in
    // whole. Either way in a task of its own, after the data's, so that neither
    // blocks a reader's tap for long.
    let hydrate = page.shows_prerendered(opts, lang)
        && aelw::browser::has_hydration_markers(aelw_core::ids::APP);
    // An old-style link (`?lang=th`, `?embed=1`) that reached the wrong page (the
    // redirect in `index.html` did not run): the address moves to the right one.
    let shown = Page::new(lang, opts.embed);
    if shown != page && !root.is_empty() {
        aelw::browser::replace_url(&page_url(root, shown, opts, &aelw::browser::hash()));
    }
    aelw::browser::next_task(move || {
        // The page's language first, in the same task: its styles (line height, font
        // stack) then apply from the first frame of the view, and nothing moves after
        // it is painted.
        aelw::browser::set_html_lang(aelw_core::i18n::strings(lang).code);
        // Rows the reader opened in the prerendered week stay open.
        let open_rows = aelw::browser::open_row_ids(aelw::components::row::ROW_CLASS);
        // No `#app` to take over (a host's page without it): the prerendered week, if
        // any, stays, and the note says the interactive parts are missing.
        match run(opening, open_rows, hydrate) {
            Some(session) => aelw::browser::keep_until_page_is_left(session),
            None => {
                aelw::browser::console_error("the app found no #app element to take over");
                aelw::browser::show_problem("no-wasm");
            }
        }
    });
}

/// Panics on purpose, so the browser tests can check the panic hook end to end, as
/// `wasmBindings.debug_panic()`. Only in the tests' build (`test-hooks`), never released.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn debug_panic() {
    panic!("debug_panic was called");
}
