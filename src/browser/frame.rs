//! What an embedded page does with its frame: knowing it is framed, telling the host its
//! height, and taking the host's theme and accent.

use super::{document, window};
use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::wasm_bindgen::JsValue;

/// Whether the page runs inside a frame (an embed on a host page).
pub fn is_framed() -> bool {
    let Some(w) = window() else { return false };
    match w.parent() {
        Ok(Some(parent)) => parent != w,
        _ => false,
    }
}

/// Posts messages to the parent window (target origin `*`: they carry only a height, a
/// public section id and the host's own secret), each as the object or string it
/// serializes to; `None` is written `null`, as in JSON.
pub fn post_to_parent(messages: &[aelw_core::embed::Message]) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let as_json = serde_wasm_bindgen::Serializer::json_compatible();
    for message in messages {
        if let Ok(value) = message.serialize(&as_json) {
            let _ = parent.post_message(&value, "*");
        }
    }
}

/// The height of the page's content in CSS pixels, rounded up.
pub fn content_height() -> Option<u32> {
    let body = document()?.body()?;
    let height = body.get_bounding_client_rect().height().ceil();
    (height.is_finite() && height >= 0.0).then_some(height as u32)
}

/// Calls `f` whenever the content's size changes (fonts, filters, language, viewport),
/// and once at the start, for the life of the session. Leptos has no helper for a
/// `ResizeObserver`: the observer and its closure are kept under the session's owner,
/// and disconnected when it is cleaned up.
pub fn on_content_resize(f: impl Fn() + 'static) {
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let callback = Closure::<dyn Fn()>::new(f);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        let kept = send_wrapper::SendWrapper::new((observer, callback));
        super::owned(move || kept.take().0.disconnect());
    }
}

/// Whether the page has an opaque origin: a frame sandboxed without `allow-same-origin`
/// (WordPress's embeds), where a link that opens a new window is refused unless the
/// sandbox also allows popups, which WordPress's does not.
pub fn has_opaque_origin() -> bool {
    window().is_some_and(|w| w.origin() == "null")
}

/// Calls `f` with the absolute address of every click on a link that opens a new window
/// (`target="_blank"`); when `f` returns true, the click is taken (the browser does not
/// follow it). For the life of the session.
pub fn on_new_window_link(f: impl Fn(&str) -> bool + 'static) {
    super::listen_on_document("click", move |ev: web_sys::Event| {
        let href = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[target='_blank'][href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            .map(|a| a.href());
        if let Some(href) = href
            && f(&href)
        {
            ev.prevent_default();
        }
    });
}

/// Calls `f` with the secret of every `{message: "ready", secret}` that the parent window
/// posts (WordPress's host script does, once it listens for heights), for the life of
/// the session. Messages from any other window, or of any other shape, are ignored.
pub fn on_host_ready(f: impl Fn(&str) + 'static) {
    let Some(w) = window() else { return };
    let Some(parent) = w.parent().ok().flatten() else {
        return;
    };
    super::listen("message", move |ev: web_sys::Event| {
        let Some(ev) = ev.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = ev
            .source()
            .is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
        let data = ev.data();
        let field = |name: &str| {
            web_sys::js_sys::Reflect::get(&data, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        if from_parent
            && data.is_object()
            && field("message").as_deref() == Some("ready")
            && let Some(secret) = field("secret")
        {
            f(&secret);
        }
    });
}

/// Applies the host's theme choice to `<html data-theme>` (CSS does the rest).
pub fn set_theme(theme: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", theme);
    }
}

/// Sets the host's accent colour (already validated as `#rrggbb`) as `--brand`, through
/// the CSSOM, which a strict `style-src` allows.
pub fn set_brand_colour(colour: &str) {
    if let Some(root) = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property("--brand", colour);
    }
}
