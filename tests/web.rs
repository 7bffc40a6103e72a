//! The app mounted in a real browser (wasm-bindgen-test in headless Chromium): the DOM has
//! one section per day, an article per event and a card per priority, with the element ids
//! that links point at.
#![cfg(target_arch = "wasm32")]

use aelw_core::model::Lang;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Starts the app, as the page does, in a fresh `#app` element, and returns that element
/// (the app renders into a new one in its place) with the session, which the test keeps
/// as long as it uses the app.
fn mount() -> (web_sys::HtmlElement, aelw::session::Session) {
    let doc = document();
    if let Some(old) = doc.get_element_by_id(aelw_core::ids::APP) {
        old.remove();
    }
    let root: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    root.set_id(aelw_core::ids::APP);
    doc.body().unwrap().append_child(&root).unwrap();
    let opening = aelw::session::Opening {
        opts: Default::default(),
        lang: Lang::En,
        page: Default::default(),
        root: String::new(),
    };
    let session = aelw::session::run(opening, Vec::new(), false).expect("the app started");
    let root = doc.get_element_by_id(aelw_core::ids::APP).unwrap();
    (root.unchecked_into(), session)
}

/// Lets the app's start-up run: it is scheduled as a task of its own after the mount.
async fn started() {
    let timeout = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(timeout).await;
    leptos::task::tick().await;
    let root = document().document_element().unwrap();
    assert!(
        root.class_list().contains("app-ready"),
        "the app marks itself ready"
    );
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn renders_every_day_event_and_card_with_its_id() {
    let (root, _session) = mount();
    started().await;
    let data = aelw::week::baked();

    assert_eq!(count(&root, "h1"), 1);
    assert_eq!(count(&root, "section.day"), data.days.len() as u32);
    assert_eq!(count(&root, "details.event"), data.events.len() as u32);
    assert_eq!(count(&root, "article.card"), data.priorities.len() as u32);
    for day in &data.days {
        let section = root
            .query_selector(&format!("#{}", day.element_id()))
            .unwrap();
        let section = section.unwrap_or_else(|| panic!("no section for {}", day.date));
        let expected = data.events_on(day.date).count() as u32;
        assert_eq!(
            section
                .query_selector_all("details.event")
                .unwrap()
                .length(),
            expected
        );
    }
    for event in &data.events {
        let article = document().get_element_by_id(&event.id);
        let article = article.unwrap_or_else(|| panic!("no element for event {}", event.id));
        let text = article.text_content().unwrap_or_default();
        assert!(
            text.contains(event.title.get(Lang::En)),
            "{} shows its title",
            event.id
        );
    }
    for card in &data.priorities {
        assert!(
            document().get_element_by_id(&card.element_id()).is_some(),
            "{}",
            card.id
        );
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn times_are_machine_readable_and_never_invented() {
    let (root, _session) = mount();
    started().await;
    let data = aelw::week::baked();
    let timed = data.events.iter().filter(|e| e.start.is_some()).count() as u32;
    assert_eq!(count(&root, ".event-time time"), timed);
    // Values from the baked week, so that an editor's release (`make test-release`)
    // moves what is expected: an approximate time says so, in the summit's zone.
    let approximate = data
        .events
        .iter()
        .find(|e| e.approximate && e.start.is_some())
        .expect("an approximate time");
    let start = approximate.start.unwrap();
    let time = document()
        .get_element_by_id(&approximate.id)
        .unwrap()
        .query_selector(".event-time time")
        .unwrap()
        .unwrap();
    assert_eq!(
        time.get_attribute("datetime"),
        Some(aelw_core::format::datetime_attr(
            approximate.date,
            start,
            aelw::week::zone()
        ))
    );
    assert_eq!(
        time.text_content(),
        Some(format!("About {start} {}", data.week.zone_abbr))
    );
    // No clock time: the row says the time of day, the details that no exact time
    // was found.
    let untimed = data
        .events
        .iter()
        .find(|e| e.start.is_none() && e.time_of_day.is_some())
        .expect("an event with only a time of day");
    let row = document().get_element_by_id(&untimed.id).unwrap();
    let text = |selector: &str| {
        row.query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("{} has no {selector}", untimed.id))
            .text_content()
            .unwrap()
    };
    let said = untimed.time_of_day.as_ref().unwrap().get(Lang::En);
    assert_eq!(text(".event-time"), said);
    let when = text(".event-when");
    assert!(
        when.contains(said) && when.contains("not found in the sources"),
        "{when}"
    );
    root.remove();
}

/// Search folds through the platform (`toLowerCase`, `normalize('NFD')`) exactly as the
/// native tests' fold does, so "elysee" finds "Élysée" and Thai stays as it is.
#[wasm_bindgen_test]
fn the_browser_folds_search_text_as_the_native_fold_does() {
    use aelw::browser::search_fold;
    assert_eq!(
        search_fold("ỨNG Đức ÉLYSÉE São Paulo ТАСС Βήτα"),
        "ung đuc elysee sao paulo тасс βητα"
    );
    let thai = "ก่อนเริ่มการประชุมผู้นำช่วงสุดท้าย น้ำ ค่ำ";
    assert_eq!(search_fold(thai), thai);
}

/// An update is read by the browser's `JSON.parse` and serde-wasm-bindgen into the same
/// model the build bakes; what is not JSON, or not the model, is refused with a reason.
#[wasm_bindgen_test]
fn an_update_is_read_through_the_browsers_json_parser() {
    use aelw::browser::read_update;
    use aelw_core::data::{FieldPath, List, ProblemKind, Record, UpdateError};
    let week = aelw::week::baked();
    let text = serde_json::to_string(week).unwrap();
    assert_eq!(read_update(&text).as_ref(), Ok(week));
    match read_update("{\"version\": 1, \"week\": {") {
        Err(UpdateError::InvalidJson(message)) => assert!(!message.is_empty()),
        other => panic!("{other:?}"),
    }
    // The release's own version, whatever it is (an editor's release adds one).
    let version = format!("\"version\":{}", week.version);
    let mistyped = text.replacen(&version, &format!("\"version\":\"{}\"", week.version), 1);
    assert_ne!(mistyped, text);
    match read_update(&mistyped) {
        Err(UpdateError::Invalid(first, 1)) => {
            // Without its place in the browser (the build names it).
            assert_eq!(first.record, Record::File);
            let said = |kind: &ProblemKind| matches!(kind, ProblemKind::Unreadable { detail } if detail.contains("invalid type"));
            assert!(said(&first.kind), "{first}")
        }
        other => panic!("{other:?}"),
    }
    // A misspelt field anywhere is refused with its path, not dropped.
    let unknown = text.replacen(
        &format!("{{{version}"),
        &format!("{{{version},\"extra\":1"),
        1,
    );
    // Keys every object inherits are not the format's either.
    let inherited = text.replacen(
        &format!("{{{version}"),
        &format!("{{{version},\"toString\":1"),
        1,
    );
    match read_update(&inherited) {
        Err(UpdateError::Invalid(first, 1)) => assert_eq!(first.field, FieldPath::from("toString")),
        other => panic!("{other:?}"),
    }
    match read_update(&unknown) {
        Err(UpdateError::Invalid(first, 1)) => assert_eq!(first.field, FieldPath::from("extra")),
        other => panic!("{other:?}"),
    }
    let events = text.find("\"events\":").unwrap();
    let deep = format!(
        "{}{}",
        &text[..events],
        text[events..].replacen("\"summary\":", "\"sumary\":\"x\",\"summary\":", 1)
    );
    match read_update(&deep) {
        Err(UpdateError::Invalid(first, 1)) => {
            let event = Record::item(List::Events, 0, &week.events[0].id);
            assert_eq!(first.record, event);
            assert_eq!(first.field, FieldPath::from("sumary"));
        }
        other => panic!("{other:?}"),
    }
}

/// Dropping a session takes the app down: its view leaves the page, and every listener
/// it registered is removed (the count goes back to what it was before it started).
#[wasm_bindgen_test]
async fn a_session_cleans_up_when_dropped() {
    use aelw::browser::listener_count;
    let before = listener_count();
    let (root, session) = mount();
    started().await;
    assert_eq!(count(&root, "h1"), 1);
    // `hashchange`, the same-fragment click, and print's two.
    assert!(
        listener_count() >= before + 4,
        "the session listens: {} after {before}",
        listener_count()
    );
    drop(session);
    assert_eq!(count(&root, "h1"), 0, "the view was taken down");
    assert_eq!(listener_count(), before, "a listener outlived its session");
}
