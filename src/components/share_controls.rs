//! "Copy link" and "Share" for one section. Both hand out the section's preview page,
//! beside the standalone app (never a portal page that embeds it).

use crate::browser::{self, ShareOutcome};
use crate::state::use_state;
use crate::week;
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::url;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Copy-link and share buttons, with a selectable field where copying is refused.
#[component]
pub fn ShareControls(
    /// Element id of the section the link points at.
    element_id: String,
    /// The section's title, for the buttons' accessible names and the share sheet.
    title: String,
) -> impl IntoView {
    let state = use_state();
    // The page is rebuilt when the language changes, so the language is read once.
    let lang = state.lang_untracked();
    let s = strings(lang);
    let copied = RwSignal::new(false);
    let fallback = RwSignal::new(None::<String>);
    let field_id = ids::link_field(&element_id);
    // Preview pages exist for the embedded data; a section only a data update added
    // gets a plain link to the app instead of a preview page that would not be found.
    let previewed = url::resolve(&element_id, week::baked()).is_some();
    let link = StoredValue::new(move || {
        let root = state.root();
        if previewed {
            url::share_url(&root, &element_id, lang)
        } else {
            url::section_url(&root, &element_id, lang)
        }
    });
    let share_title = StoredValue::new(title.clone());

    let focus_field = field_id.clone();
    let on_copy = move |_| {
        let href = (link.get_value())();
        let copying = browser::copy_text(&href);
        let focus_field = focus_field.clone();
        spawn_local(async move {
            if copying.await.is_ok() {
                fallback.try_set(None);
                copied.try_set(true);
                state.announce(s.link_copied);
                browser::after(4000, move || {
                    copied.try_set(false);
                });
            } else {
                fallback.try_set(Some(href));
                state.announce(s.copy_fallback);
                browser::next_task(move || browser::focus_id(&focus_field));
            }
        });
    };
    let on_share = move |_| {
        // Called before any await: the share sheet needs the click's user gesture.
        let sharing = share_title.with_value(|t| browser::share(t, &(link.get_value())()));
        spawn_local(async move {
            if sharing.await == ShareOutcome::Failed {
                state.announce(s.share_failed);
            }
        });
    };

    let copy_label = s.copy_link_to.replace("{title}", &title);
    let share_label = s.share_title.replace("{title}", &title);
    let field_label = s.link_to.replace("{title}", &title);
    view! {
        <div class="share needs-app">
            <button type="button" class="button" aria-label=copy_label on:click=on_copy>
                {s.copy_link}
            </button>
            {move || {
                state.can_share()
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button"
                                aria-label=share_label.clone()
                                on:click=on_share
                            >
                                {s.share}
                            </button>
                        }
                    })
            }}
            <span class="share-status">{move || copied.get().then_some(s.link_copied)}</span>
            {move || {
                fallback
                    .get()
                    .map(|href| {
                        view! {
                            <div class="copy-fallback">
                                <p>{s.copy_fallback}</p>
                                <label for=field_id.clone()>{field_label.clone()}</label>
                                <input
                                    id=field_id.clone()
                                    type="text"
                                    readonly
                                    value=href
                                    on:focus=move |ev| browser::select_event_target(&ev)
                                />
                            </div>
                        }
                    })
            }}
        </div>
    }
}
