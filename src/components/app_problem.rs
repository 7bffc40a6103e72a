//! The notes shown when the app cannot start (no WebAssembly, or its file is blocked,
//! missing or corrupted) or stops on an internal error. They sit outside the app's own
//! markup, hidden, so the week on screen is never replaced by an error.

use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::model::Lang;
use leptos::prelude::*;

/// Hidden notes for `boot.js` (`no-wasm`) and the panic hook (`crash`) to reveal.
#[component]
pub fn AppProblem(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let s = strings(lang);
    view! {
        <div id=ids::APP_PROBLEM class="app-problem" role="alert" hidden>
            <p class="wrap" data-problem="no-wasm" hidden>{s.problem_no_wasm}</p>
            <p class="wrap" data-problem="crash" hidden>{s.problem_crash}</p>
        </div>
    }
}
