//! Handing things out and fetching them: the clipboard, the Web Share API, and the
//! download of a data update.

use super::{after, window};
use std::future::Future;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Function, Reflect};
use web_sys::wasm_bindgen::JsValue;

fn navigator_has(name: &str) -> Option<web_sys::Navigator> {
    let navigator = window()?.navigator();
    Reflect::get(&navigator, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
        .map(|_| navigator)
}

/// Whether the Web Share API exists here. (Not checked against the permissions policy:
/// Chromium reports `web-share` as not allowed wherever it does not implement it, also
/// where a page adds its own `navigator.share`.)
pub fn can_share() -> bool {
    navigator_has("share").is_some_and(|n| {
        Reflect::get(&n, &JsValue::from_str("share")).is_ok_and(|f| f.is_instance_of::<Function>())
    })
}

/// Whether the document's permissions policy says no to `feature`. Only Chromium tells
/// (`document.permissionsPolicy`, formerly `featurePolicy`); elsewhere, not known.
fn policy_forbids(feature: &str) -> bool {
    let Some(document) = super::document() else {
        return false;
    };
    let policy = ["permissionsPolicy", "featurePolicy"]
        .into_iter()
        .filter_map(|name| Reflect::get(&document, &JsValue::from_str(name)).ok())
        .find(|v| v.is_object());
    let Some(policy) = policy else { return false };
    Reflect::get(&policy, &JsValue::from_str("allowsFeature"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call1(&policy, &JsValue::from_str(feature)).ok())
        .is_some_and(|allowed| allowed == JsValue::FALSE)
}

/// Writes `text` to the clipboard. Fails where the API is missing (insecure context)
/// or refused (permissions, cross-origin iframes without `clipboard-write`). Where the
/// permissions policy already says no (a sandboxed frame), it is not even asked, which
/// would only log an error in the console.
pub fn copy_text(text: &str) -> impl Future<Output = Result<(), ()>> + use<> {
    let promise = navigator_has("clipboard")
        .filter(|_| !policy_forbids("clipboard-write"))
        .map(|n| n.clipboard().write_text(text));
    async move {
        let promise = promise.ok_or(())?;
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(|_| ())
            .map_err(|_| ())
    }
}

/// How sharing ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareOutcome {
    /// The share sheet completed.
    Shared,
    /// The reader closed the sheet; nothing to report.
    Cancelled,
    /// The API is missing or refused.
    Failed,
}

/// Opens the system share sheet. It must be called straight from the click handler
/// (before any `.await`), because browsers require a fresh user gesture.
pub fn share(title: &str, url: &str) -> impl Future<Output = ShareOutcome> + use<> {
    let promise = navigator_has("share").and_then(|n| {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        // A TypeError thrown synchronously (e.g. a non-function stub) must not abort.
        let share = Reflect::get(&n, &JsValue::from_str("share")).ok()?;
        let share: Function = share.dyn_into().ok()?;
        share
            .call1(&n, &data)
            .ok()?
            .dyn_into::<web_sys::js_sys::Promise>()
            .ok()
    });
    async move {
        let Some(promise) = promise else {
            return ShareOutcome::Failed;
        };
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => ShareOutcome::Shared,
            Err(e) => {
                let name = Reflect::get(&e, &JsValue::from_str("name"))
                    .ok()
                    .and_then(|n| n.as_string());
                if name.as_deref() == Some("AbortError") {
                    ShareOutcome::Cancelled
                } else {
                    ShareOutcome::Failed
                }
            }
        }
    }
}

/// Downloads the text at `url` for a data update: gives up after `UPDATE_TIMEOUT_MS`,
/// checks status and headers with `data::check_update_head` before reading the body, and
/// never sends cookies to another site. The body itself is checked by the caller.
pub async fn fetch_update(url: &str) -> Result<String, aelw_core::data::UpdateError> {
    use aelw_core::data::{UPDATE_TIMEOUT_MS, UpdateError, check_update_head};
    use std::cell::Cell;
    use std::rc::Rc;

    let controller = web_sys::AbortController::new().map_err(|_| UpdateError::Network)?;
    let timed_out = Rc::new(Cell::new(false));
    {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        after(UPDATE_TIMEOUT_MS, move || {
            timed_out.set(true);
            controller.abort();
        });
    }
    let failed = |timed_out: &Rc<Cell<bool>>| {
        if timed_out.get() {
            UpdateError::Timeout
        } else {
            UpdateError::Network
        }
    };
    let response = gloo_net::http::Request::get(url)
        .abort_signal(Some(&controller.signal()))
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
        .map_err(|_| failed(&timed_out))?;
    let headers = response.headers();
    let length = headers
        .get("content-length")
        .and_then(|l| l.trim().parse().ok());
    if let Err(e) = check_update_head(
        response.status(),
        headers.get("content-type").as_deref(),
        length,
    ) {
        controller.abort();
        return Err(e);
    }
    response.text().await.map_err(|_| failed(&timed_out))
}

/// Reads an update's body into the model with the browser's own JSON parser
/// (`JSON.parse`, then serde-wasm-bindgen): no JSON parser ships in the `.wasm`. A key
/// the format does not have is named by its record and field, as the build names it; a
/// value of the wrong kind or a missing field is reported without its place (tracking
/// the path would cost every reader 8 kB gzip: the build names it). The data checks
/// come after (`data::accept_update`).
pub fn read_update(body: &str) -> Result<aelw_core::model::Dataset, aelw_core::data::UpdateError> {
    use aelw_core::data::{DataError, MAX_UPDATE_BYTES, Step, UpdateError};
    if body.len() as u64 > MAX_UPDATE_BYTES {
        return Err(UpdateError::TooLarge);
    }
    let value = web_sys::js_sys::JSON::parse(body).map_err(|e| {
        let message = e
            .dyn_ref::<web_sys::js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        UpdateError::InvalidJson(message)
    })?;
    let invalid = |steps: Vec<Step>, detail: String| {
        let error = DataError::unreadable(steps, |record| record_id(&value, record), detail);
        UpdateError::Invalid(error, 1)
    };
    let data: aelw_core::model::Dataset = serde_wasm_bindgen::from_value(value.clone())
        .map_err(|e| invalid(Vec::new(), e.to_string()))?;
    // serde-wasm-bindgen reads only the fields it knows, so a misspelt one would be
    // dropped without a word: the model written back has every field it knows, and a
    // key of the update that it lacks is one the data format does not have.
    let known =
        serde_wasm_bindgen::to_value(&data).map_err(|e| invalid(Vec::new(), e.to_string()))?;
    match unknown_field(&value, &known, Vec::new()) {
        Some(steps) => Err(invalid(steps, "unknown field".into())),
        None => Ok(data),
    }
}

/// Reads the week the build baked as JSON (`week::baked`) as an update is read, with the
/// browser's `JSON.parse` and serde-wasm-bindgen, so that the `.wasm` carries one decoder
/// of the model. The build checked the week: no check runs here.
pub fn read_baked_week(json: &str) -> Result<aelw_core::model::Dataset, String> {
    let value = web_sys::js_sys::JSON::parse(json).map_err(|_| "not JSON".to_string())?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// The id (or date) of the record at `record` in a parsed update.
fn record_id(value: &JsValue, record: &aelw_core::data::FieldPath) -> Option<String> {
    use aelw_core::data::Step;
    let item = record.steps().iter().try_fold(value.clone(), |v, step| {
        let key = match step {
            Step::Key(key) => JsValue::from_str(key),
            Step::Index(index) => JsValue::from_f64(*index as f64),
        };
        Reflect::get(&v, &key).ok()
    })?;
    ["id", "date"].iter().find_map(|key| {
        Reflect::get(&item, &JsValue::from_str(key))
            .ok()?
            .as_string()
    })
}

/// The path of the first key in `given` (as parsed) that `known` (the same data as the
/// model writes it) does not have as its own, if any; `path` is where they are.
fn unknown_field(
    given: &JsValue,
    known: &JsValue,
    path: Vec<aelw_core::data::Step>,
) -> Option<Vec<aelw_core::data::Step>> {
    use aelw_core::data::Step;
    use web_sys::js_sys::{Array, Object};
    let then = |step: Step| {
        let mut path = path.clone();
        path.push(step);
        path
    };
    if Array::is_array(given) {
        let (given, known) = (Array::from(given), Array::from(known));
        return (0..given.length()).find_map(|i| {
            unknown_field(&given.get(i), &known.get(i), then(Step::Index(i as usize)))
        });
    }
    if !given.is_object() || !known.is_object() {
        return None;
    }
    let (object, known_object): (&Object, &Object) = (given.unchecked_ref(), known.unchecked_ref());
    Object::keys(object).iter().find_map(|key: JsValue| {
        let at = then(Step::Key(key.as_string().unwrap_or_default().into()));
        if !Object::has_own(known_object, &key) {
            return Some(at);
        }
        let (given, known) = (
            Reflect::get(given, &key).ok()?,
            Reflect::get(known, &key).ok()?,
        );
        unknown_field(&given, &known, at)
    })
}
