//! The post-build edit of trunk's `index.html` that decides when the app's files load.
//!
//! Trunk puts `<link rel="preload">` / `<link rel="modulepreload">` for the JS glue and the
//! `.wasm` in the head, with their integrity hashes. Preloading makes the browser fetch
//! ~250 KB of app while the prerendered week is still on its way, on exactly the slow
//! phone connections where painting the week first matters. This step keeps the hashes
//! (boot.js enforces them) in data-only `<meta name="app-integrity">` tags and drops the
//! preload links; boot.js fetches the app once the week is painted. Before that, the JS
//! glue is minified and its link given the minified file's hash (`minify_app_js`).

use crate::rewrite::{Edit, Expect, rewrite};
use crate::{markup, minify};
use leptos::prelude::*;
use lol_html::html_content::ContentType;
use std::cell::RefCell;
use std::path::Path;

/// The `<meta>` name boot.js reads the integrity hashes from.
pub const INTEGRITY_META: &str = "app-integrity";

/// Minifies the app's JS glue (the file of the `modulepreload` link, in `staging`: see
/// `minify::js_file`) and gives that link the minified file's integrity hash, which
/// `defer_app_preloads` then moves. One glue, or the build stops.
pub fn minify_app_js(html: &str, staging: &Path) -> Result<String, String> {
    let glue = Edit::element("link[rel=\"modulepreload\"]", Expect::One, |el| {
        let href = el
            .get_attribute("href")
            .ok_or("the JS glue's link has no href")?;
        // Trunk's links are relative to the page (`public_url = "./"`).
        let file = href
            .strip_prefix("./")
            .ok_or_else(|| format!("the JS glue's link {href:?} is not relative to the page"))?;
        let integrity = minify::js_file(&staging.join(file))?;
        el.set_attribute("integrity", &integrity)?;
        Ok(())
    });
    rewrite(html, vec![glue])
}

/// Replaces every preload link in `html` by an integrity `<meta>` for the same file.
/// Fails unless both files the loader `<meta name="wasm-app">` names (`data-js`,
/// `data-wasm`) get their hash, or if a preload link lacks its `href` or `integrity`:
/// the page would then load the app unchecked, so the build must stop instead.
pub fn defer_app_preloads(html: &str) -> Result<String, String> {
    let app_files = RefCell::new(Vec::new());
    let moved = RefCell::new(Vec::new());
    let loader = Edit::element("meta[name=\"wasm-app\"]", Expect::Any, |el| {
        let mut files = app_files.borrow_mut();
        files.extend([el.get_attribute("data-js"), el.get_attribute("data-wasm")]);
        Ok(())
    });
    let preload = |selector| {
        Edit::element(selector, Expect::Any, |el| {
            let (Some(href), Some(integrity)) =
                (el.get_attribute("href"), el.get_attribute("integrity"))
            else {
                return Err("a preload link without href or integrity".into());
            };
            let meta = markup::render(|| {
                view! { <meta name=INTEGRITY_META data-href=href.clone() content=integrity /> }
            });
            el.replace(&meta, ContentType::Html);
            moved.borrow_mut().push(href);
            Ok(())
        })
    };
    let edits = vec![
        loader,
        preload("link[rel=\"preload\"]"),
        preload("link[rel=\"modulepreload\"]"),
    ];
    let out = rewrite(html, edits)?;
    let (app_files, moved) = (app_files.into_inner(), moved.into_inner());
    if app_files.is_empty() {
        return Err("no <meta name=\"wasm-app\"> found: has the loader pattern changed?".into());
    }
    for file in app_files {
        match file {
            Some(file) if moved.contains(&file) => {}
            _ => return Err(format!("no integrity hash for the app file {file:?}")),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = concat!(
        r#"<head><meta name="wasm-app" data-js="./app-1.js" data-wasm="./app-1_bg.wasm">"#,
        r#"<link rel="stylesheet" href="./main.css" integrity="sha384-css">"#,
        r#"<link rel="modulepreload" href="./app-1.js" crossorigin="anonymous" integrity="sha384-js">"#,
        r#"<link rel="preload" href="./app-1_bg.wasm" crossorigin="anonymous" integrity="sha384-wasm" as="fetch" type="application/wasm"></head>"#
    );

    #[test]
    fn preloads_become_integrity_metas_and_the_rest_stays() {
        let html = defer_app_preloads(TRUNK).unwrap();
        assert_eq!(
            html,
            concat!(
                r#"<head><meta name="wasm-app" data-js="./app-1.js" data-wasm="./app-1_bg.wasm">"#,
                r#"<link rel="stylesheet" href="./main.css" integrity="sha384-css">"#,
                r#"<meta name="app-integrity" data-href="./app-1.js" content="sha384-js">"#,
                r#"<meta name="app-integrity" data-href="./app-1_bg.wasm" content="sha384-wasm"></head>"#
            )
        );
        assert!(!html.contains("preload"));
    }

    #[test]
    fn a_page_that_would_load_the_app_unchecked_stops_the_build() {
        assert!(
            defer_app_preloads("<head><link rel=\"stylesheet\" href=\"a.css\"></head>").is_err()
        );
        let unhashed = r#"<link rel="preload" href="./app_bg.wasm" as="fetch">"#;
        assert!(
            defer_app_preloads(unhashed)
                .unwrap_err()
                .contains("integrity")
        );
        // One of the two app files without its preload (and so without a hash).
        let js_unhashed = TRUNK.replace("rel=\"modulepreload\"", "rel=\"stylesheet\"");
        assert!(
            defer_app_preloads(&js_unhashed)
                .unwrap_err()
                .contains("./app-1.js")
        );
        // Preloads, but no loader meta to say which files are the app.
        let no_loader = TRUNK.replace("name=\"wasm-app\"", "name=\"x\"");
        assert!(defer_app_preloads(&no_loader).is_err());
    }
}
