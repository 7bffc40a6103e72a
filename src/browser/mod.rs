//! The only module that touches browser APIs (`web_sys`) directly. Iframes, sandboxes,
//! permissions and old browsers make every one of them fallible, so every function here
//! returns an `Option`/`Result` or does nothing on failure; none unwraps browser state.
//! Off the web (native builds and tests) every function is a quiet no-op.

mod frame;
mod live;
mod paint;
mod share;
mod visit;

pub use frame::{
    content_height, has_opaque_origin, is_framed, on_content_resize, on_host_ready,
    on_new_window_link, post_to_parent, set_brand_colour, set_theme,
};
pub use live::{mark_row, on_live_switch, set_live_line, show_preview_notice};
pub use paint::give_lang_to_page;
#[cfg(feature = "hydrate")]
pub use paint::mount_in_place_of;
pub use share::{
    ShareOutcome, can_share, copy_text, fetch_update, read_baked_week, read_update, share,
};
pub use visit::{Place, random, reading_place, return_to};

use wasm_bindgen::JsCast;
use web_sys::js_sys::Reflect;
use web_sys::wasm_bindgen::JsValue;

/// The browser window, or `None` off the web or where there is none.
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Calls `f` on every element under `root` (the document, or an element) that matches
/// `selector`; does nothing if the selector is refused.
fn for_each_match(root: &web_sys::Node, selector: &str, f: impl Fn(web_sys::Element)) {
    let list = if let Some(doc) = root.dyn_ref::<web_sys::Document>() {
        doc.query_selector_all(selector)
    } else if let Some(el) = root.dyn_ref::<web_sys::Element>() {
        el.query_selector_all(selector)
    } else {
        return;
    };
    let Ok(list) = list else { return };
    for i in 0..list.length() {
        if let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            f(el);
        }
    }
}

/// The page's full address.
pub fn page_url() -> Option<String> {
    window()?.location().href().ok()
}

/// The query string, with its `?`, or `""`.
pub fn search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The fragment, with its `#`, or `""`.
pub fn hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Text as search compares it, folded by the platform: `toLowerCase`, `normalize('NFD')`,
/// then the accents dropped (`filter::is_ignored_accent`), so "elysee" finds "Élysée".
/// The platform's Unicode tables cost the bundle nothing; a copy of them in Rust would.
/// Outside a browser (the prerender step), the standard library's equivalent.
pub fn search_fold(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let lower = web_sys::js_sys::JsString::from(text).to_lower_case();
        let decomposed = lower.normalize("NFD");
        String::from(decomposed)
            .chars()
            .filter(|&c| !aelw_core::filter::is_ignored_accent(c))
            .collect()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        aelw_core::filter::fold_std(text)
    }
}

/// Replaces the page's address (`url`, absolute or relative to the current one) without
/// a new history entry. Sandboxed documents may refuse; the view still works, only the
/// address stays behind.
pub fn replace_url(url: &str) {
    if let Some(Ok(history)) = window().map(|w| w.history()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// Which prerendered page this document is: its `<html data-page>` (see `url::Page`),
/// `""` when absent.
pub fn page_path() -> String {
    document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-page"))
        .unwrap_or_default()
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Whether the reader asked the system for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Brings the section with this element id into view (instantly under reduced motion),
/// moves keyboard focus to its heading, and marks it as the current target so CSS can
/// highlight it. Returns whether the element exists.
pub fn go_to_section(id: &str) -> bool {
    let Some(doc) = document() else { return false };
    let Some(section) = doc.get_element_by_id(id) else {
        return false;
    };
    for_each_match(&doc, ".is-target", |el| {
        let _ = el.class_list().remove_1("is-target");
    });
    let _ = section.class_list().add_1("is-target");
    scroll_to(&section);
    let heading = doc
        .get_element_by_id(&aelw_core::ids::heading(id))
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&focus);
    }
    true
}

/// Scrolls `el` to the top of the view: smoothly, unless the reader asked for less motion.
fn scroll_to(el: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    options.set_behavior(if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Scrolls to the element with this id, without taking focus or marking it as the
/// target (today's day, which no link named). Whether it was there.
pub fn scroll_to_id(id: &str) -> bool {
    let el = document().and_then(|d| d.get_element_by_id(id));
    el.inspect(scroll_to).is_some()
}

/// Whether the reader has scrolled the page from its top.
pub fn page_scrolled() -> bool {
    window()
        .and_then(|w| w.scroll_y().ok())
        .is_some_and(|y| y > 0.0)
}

/// Whether the page is hidden (another tab, a minimised window): the one test of it for
/// the marks and the live refresh, neither of which works for a page no one sees.
pub fn page_hidden() -> bool {
    document().is_some_and(|d| d.hidden())
}

/// Calls `f` when the page is hidden or shown again, for as long as the current owner
/// lives.
pub fn on_visibility_change(f: impl Fn() + 'static) {
    listen_on_document("visibilitychange", move |_| f());
}

/// How many of the app's listeners are registered now (see `listen`): for the test that
/// a session leaves none behind.
static LISTENERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The number of the app's listeners registered now.
pub fn listener_count() -> usize {
    LISTENERS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Registers an app listener for counting, and removes it with the current owner (the
/// session's), which must exist: under none, nothing would ever remove it.
fn owned(remove: impl FnOnce() + Send + Sync + 'static) {
    use std::sync::atomic::Ordering::Relaxed;
    debug_assert!(
        leptos::prelude::Owner::current().is_some(),
        "a listener registered under no owner"
    );
    LISTENERS.fetch_add(1, Relaxed);
    leptos::prelude::on_cleanup(move || {
        remove();
        LISTENERS.fetch_sub(1, Relaxed);
    });
}

/// Listens for `event` on the window through Leptos's helper, for as long as the
/// current owner (the session's) lives: its cleanup removes the listener.
pub(crate) fn listen(event: &str, f: impl Fn(web_sys::Event) + 'static) {
    if window().is_none() {
        return;
    }
    let handle = leptos::prelude::window_event_listener_untyped(event, f);
    owned(move || handle.remove());
}

/// Listens for `event` on the document, for as long as the current owner lives. By
/// hand: Leptos has a helper for the window only, and a click listener there would run
/// after the components' own handlers (Leptos delegates those to the window first),
/// where it must run before them, as it always has.
pub(crate) fn listen_on_document(event: &'static str, f: impl Fn(web_sys::Event) + 'static) {
    use send_wrapper::SendWrapper;
    let Some(doc) = document() else { return };
    let callback = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(f);
    if doc
        .add_event_listener_with_callback(event, callback.as_ref().unchecked_ref())
        .is_ok()
    {
        let kept = SendWrapper::new((doc, callback));
        owned(move || {
            let (doc, callback) = kept.take();
            let _ =
                doc.remove_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
        });
    }
}

/// Keeps `value` (the page's session) until the page is left for good: a `pagehide`
/// that does not keep the page in the back-forward cache drops it. The listener is
/// registered under no owner, since it is what keeps the session.
pub fn keep_until_page_is_left<T: 'static>(value: T) {
    if window().is_none() {
        return;
    }
    let kept = std::cell::RefCell::new(Some(value));
    let _kept_by_the_page = leptos::prelude::window_event_listener_untyped("pagehide", move |ev| {
        let persisted = Reflect::get(&ev, &JsValue::from_str("persisted"))
            .ok()
            .and_then(|p| p.as_bool());
        if persisted != Some(true) {
            kept.borrow_mut().take();
        }
    });
}

/// Calls `f` whenever the fragment changes (links, Back and Forward), for the life of
/// the session.
pub fn on_hash_change(f: impl Fn() + 'static) {
    listen("hashchange", move |_| f());
}

/// Calls `f` when the reader follows an in-page link to the fragment the URL already
/// has (a closed row's link in a card, say): no `hashchange` fires then, yet the reader
/// expects to be taken there again. For the life of the session.
pub fn on_same_fragment_click(f: impl Fn() + 'static) {
    listen_on_document("click", move |ev: web_sys::Event| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href^='#']").ok().flatten());
        let current = hash();
        if !current.is_empty()
            && link.and_then(|a| a.get_attribute("href")).as_deref() == Some(current.as_str())
        {
            f();
        }
    });
}

/// Follows a plain click on a link to `#<id>` without a new history entry. In an embed
/// every day link would otherwise add a step to the host page's Back button. Returns
/// whether it did; the caller then opens the section itself, as no `hashchange` fires.
/// A modified click (a new tab, say) or a refused `replaceState` (some sandboxed frames)
/// is left to the browser.
pub fn follow_without_history(ev: &web_sys::MouseEvent, id: &str) -> bool {
    if !is_plain_click(ev) {
        return false;
    }
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return false;
    };
    let url = aelw_core::url::fragment(id);
    if history
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .is_err()
    {
        return false;
    }
    ev.prevent_default();
    true
}

/// Takes a plain click on a link for the app (the browser does not follow it) and says
/// so; a modified click (a new tab, say) is left to the browser.
pub fn take_plain_click(ev: &web_sys::MouseEvent) -> bool {
    let plain = is_plain_click(ev);
    if plain {
        ev.prevent_default();
    }
    plain
}

fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// Runs `f` in a task of its own, after the current one. This is the app's one rule for
/// ordering: Leptos applies a change of state to the DOM in microtasks at the end of the
/// task that made it, so `f` sees the page as rebuilt (after a language switch or a data
/// update, the section to return to exists again); and work split this way (parsing,
/// hydrating, starting up) never makes one long task that would hold up a reader's tap.
pub fn next_task(f: impl FnOnce() + 'static) {
    after(0, f);
}

/// Runs `f` once after `ms` milliseconds (Leptos's timer helper).
pub fn after(ms: u32, f: impl FnOnce() + 'static) {
    if window().is_some() {
        leptos::prelude::set_timeout(f, std::time::Duration::from_millis(ms.into()));
    }
}

/// Selects all text of the input an event came from (the copy fallback field).
pub fn select_event_target(ev: &web_sys::Event) {
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}

/// Element ids of the rows (events, deliverables: `<details>` of this class) open in the
/// page now: the prerendered week works before the app starts, so a reader may have
/// opened some already.
pub fn open_row_ids(row_class: &str) -> Vec<String> {
    let ids = std::cell::RefCell::new(Vec::new());
    if let Some(doc) = document() {
        for_each_match(&doc, &format!("details.{row_class}[open]"), |el| {
            ids.borrow_mut().push(el.id());
        });
    }
    ids.into_inner()
}

/// Whether the `<details>` a `toggle` event came from is open now (not what the event
/// says it was: several quick changes may arrive as one event).
pub fn toggled_open(ev: &web_sys::Event) -> Option<bool> {
    ev.current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| el.has_attribute("open"))
}

/// Moves focus to the first element matching `selector`, if there is one.
pub fn focus_first(selector: &str) {
    if let Some(el) = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The HTML element with this id, if there is one.
fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Moves focus to the element with this id, if it exists and can take focus.
pub fn focus_id(id: &str) {
    if let Some(el) = html_element(id) {
        let _ = el.focus();
    }
}

/// Whether the element with this id still holds the prerender's hydration markers (`<!---->`
/// comments), which a host's HTML minifier may have stripped. Without them hydration
/// cannot follow the markup, and the app must render afresh instead.
pub fn has_hydration_markers(id: &str) -> bool {
    const SHOW_COMMENT: u32 = 0x80;
    let (Some(doc), Some(root)) = (document(), html_element(id)) else {
        return false;
    };
    doc.create_tree_walker_with_what_to_show(&root, SHOW_COMMENT)
        .ok()
        .and_then(|walker| walker.next_node().ok().flatten())
        .is_some()
}

/// A view on the page, as `hydrate` and `mount_replacing` leave it: dropping it takes the
/// view down (its reactive parts are disposed and its nodes removed).
pub type Mounted = Box<dyn std::any::Any>;

/// Takes over the prerendered markup inside the element with this id (hydration): the
/// markup must be what the app renders first. `None` if the element is not there.
#[cfg(feature = "hydrate")]
pub fn hydrate<F, N>(id: &str, app: F) -> Option<Mounted>
where
    F: FnOnce() -> N + 'static,
    N: leptos::IntoView + 'static,
{
    let root = html_element(id)?;
    Some(Box::new(leptos::mount::hydrate_from(root, app)))
}

/// Renders the app into a fresh, detached `<div id=… lang=…>` and swaps it for the
/// element with that id (the prerendered one, or the app's previous rendering) in one DOM
/// operation, so no frame shows it half put in (the parts a language switch leaves for
/// later come in frames of their own, on purpose). Its `lang` styles it from its first
/// frame, before `<html lang>` follows. `None` if it could not be put on the page.
#[cfg(feature = "hydrate")]
pub fn mount_replacing<F, N>(id: &str, lang: &str, app: F) -> Option<Mounted>
where
    F: FnOnce() -> N + 'static,
    N: leptos::IntoView + 'static,
{
    let doc = document()?;
    let fresh = doc
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())?;
    fresh.set_id(id);
    let _ = fresh.set_attribute("lang", lang);
    let shown = leptos::mount::mount_to(fresh.clone(), app);
    let placed = match doc.get_element_by_id(id) {
        Some(before) => before.replace_with_with_node_1(&fresh).is_ok(),
        None => doc.body().is_some_and(|b| b.append_child(&fresh).is_ok()),
    };
    placed.then(|| Box::new(shown) as Mounted)
}

/// Marks the page as run by the app (`html.app-ready`), for styles and tests.
pub fn mark_app_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("app-ready");
    }
}

/// Reveals one of the hidden problem notes (`no-wasm` or `crash`) above the week, which
/// stays on screen as it was.
pub fn show_problem(kind: &str) {
    let Some(doc) = document() else { return };
    let Some(container) = doc.get_element_by_id(aelw_core::ids::APP_PROBLEM) else {
        return;
    };
    let _ = container.remove_attribute("hidden");
    for_each_match(&container, "[data-problem]", |note| {
        let _ = if note.get_attribute("data-problem").as_deref() == Some(kind) {
            note.remove_attribute("hidden")
        } else {
            note.set_attribute("hidden", "")
        };
    });
    if let Some(root) = doc.document_element() {
        let _ = root.class_list().add_1("app-failed");
    }
}

/// Writes a diagnostic line to the browser console.
pub fn console_error(message: &str) {
    if window().is_some() {
        web_sys::console::error_1(&JsValue::from_str(message));
    }
}

/// Writes a diagnostic line to the browser console as a warning: something the reader
/// need not hear of, which an editor may want to read.
pub fn console_warn(message: &str) {
    if window().is_some() {
        web_sys::console::warn_1(&JsValue::from_str(message));
    }
}

/// The reader's preferred language among those the app has, from the browser's list.
pub fn preferred_lang() -> Option<aelw_core::model::Lang> {
    let navigator = window()?.navigator();
    let languages = navigator.languages();
    let first = if languages.length() > 0 {
        languages.get(0).as_string()
    } else {
        navigator.language()
    };
    let code = first?.to_ascii_lowercase();
    Some(if code == "th" || code.starts_with("th-") {
        aelw_core::model::Lang::Th
    } else {
        aelw_core::model::Lang::En
    })
}

/// Sets `<html lang>`, unless it already says `code`: writing the attribute, even with
/// the same value, makes the browser restyle every element (the styles' `:lang()`).
pub fn set_html_lang(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element())
        && root.get_attribute("lang").as_deref() != Some(code)
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// Formats the instant `iso` (e.g. `2022-11-18T09:15+07:00`) with `Intl.DateTimeFormat`
/// in `locale`, in the reader's own time zone: "Thu 17 Nov, 21:15 GMT-5".
pub fn local_time(iso: &str, locale: &str) -> Option<String> {
    use web_sys::js_sys::{Array, Date, Intl, Object};
    window()?;
    let date = Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return None;
    }
    let options = Object::new();
    for (key, value) in [
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
        ("timeZoneName", "short"),
    ] {
        Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value)).ok()?;
    }
    let locales = Array::of1(&JsValue::from_str(locale));
    let format = Intl::DateTimeFormat::new(&locales, &options);
    format
        .format()
        .call1(&JsValue::NULL, &date)
        .ok()?
        .as_string()
}

/// The browser's clock, in milliseconds since the epoch (`Date.now()`); `None` off the web.
pub fn now_ms() -> Option<f64> {
    window()?;
    Some(web_sys::js_sys::Date::now())
}

/// The reader's IANA time zone, as `Intl` resolves it ("America/New_York").
pub fn time_zone() -> Option<String> {
    use web_sys::js_sys::{Array, Intl, Object};
    window()?;
    let resolved = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
    Reflect::get(&resolved, &JsValue::from_str("timeZone"))
        .ok()?
        .as_string()
}

/// Opens every `<details>` before printing and closes again those it opened, so a
/// printout shows every source.
pub fn open_details_for_print() {
    listen("beforeprint", |_| {
        let Some(doc) = document() else { return };
        for_each_match(&doc, "details:not([open])", |el| {
            let _ = el.set_attribute("open", "");
            let _ = el.class_list().add_1("opened-for-print");
        });
    });
    listen("afterprint", |_| {
        let Some(doc) = document() else { return };
        for_each_match(&doc, "details.opened-for-print", |el| {
            let _ = el.remove_attribute("open");
            let _ = el.class_list().remove_1("opened-for-print");
        });
    });
}
