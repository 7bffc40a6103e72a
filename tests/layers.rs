//! What the compiler cannot check about the layers. Across crates it can: the core crate
//! (`crates/core`) has no Leptos, web-sys or wasm-bindgen in its dependencies, and the
//! build steps (`crates/site`) and the editors' spreadsheet (`crates/sheet`) are crates the
//! app never depends on. Inside each crate
//! it cannot, so this reads the sources:
//!
//! - each module imports only modules of a lower layer (tests included), so no import
//!   runs back up and none goes round in a circle;
//! - in the app, only the browser adapter (`src/browser/`) and the entry point name
//!   web-sys, js-sys or wasm-bindgen;
//! - the build-only crates stay out of the `.wasm`'s dependency graph (`cargo tree`).

use std::fs;
use std::path::{Path, PathBuf};

/// The core crate's modules, lowest layer first.
const CORE: &[&[&str]] = &[
    &["html", "ids"],
    &["model"],
    &["embed"],
    &["data"],
    &["filter"],
    &["url", "i18n"],
    &["format", "panel"],
];

/// The core's modules as the other crates see them (re-exported under their names):
/// one layer below everything of their own.
const FROM_CORE: &[&str] = &[
    "data", "embed", "filter", "format", "html", "i18n", "ids", "model", "panel", "url",
];

/// The app's modules, lowest layer first.
const APP: &[&[&str]] = &[
    FROM_CORE,
    &["week"],
    &["static_html"],
    &["state", "browser"],
    &["navigation"],
    &["components"],
    &["session"],
];

/// The build steps' modules, lowest layer first.
const SITE: &[&[&str]] = &[
    FROM_CORE,
    &["image_text", "markup", "rewrite", "style"],
    &["defer_app", "share_image"],
    &["oembed", "share_tags"],
    &["share_page", "page_html"],
];

/// The editors' spreadsheet crate's modules, lowest layer first.
const SHEET: &[&[&str]] = &[
    &["schema", "problem", "cells"],
    &["read", "write"],
    &["report"],
    &["changes"],
];

fn layer(layers: &[&[&str]], module: &str) -> usize {
    layers
        .iter()
        .position(|l| l.contains(&module))
        .unwrap_or_else(|| panic!("module {module} has no layer in tests/layers.rs"))
}

/// The crate modules a source file names as `crate::<module>` or in a group,
/// `crate::{<module>, <module>::…}`.
fn imports(source: &str) -> Vec<String> {
    let name = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    for (at, _) in source.match_indices("crate::") {
        let rest = &source[at + "crate::".len()..];
        match rest.strip_prefix('{') {
            Some(group) => {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                out.extend(group.split(',').map(name));
            }
            None => out.push(name(rest)),
        }
    }
    out.retain(|m| !m.is_empty());
    out
}

/// (module, path, source) for every file of a crate's `src`: `src/x.rs` is module `x`,
/// and every file under `src/x/` belongs to module `x` too (its submodules).
fn modules(crate_dir: &str) -> Vec<(String, PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(crate_dir)
        .join("src");
    let mut out = Vec::new();
    for entry in fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let Some(name) = path.file_stem().and_then(|s| s.to_str()).map(String::from) else {
            continue;
        };
        let mut files = Vec::new();
        if path.is_dir() {
            let mut folders = vec![path];
            while let Some(folder) = folders.pop() {
                for file in fs::read_dir(&folder).unwrap() {
                    let file = file.unwrap().path();
                    if file.is_dir() {
                        folders.push(file);
                    } else if file.extension().is_some_and(|e| e == "rs") {
                        files.push(file);
                    }
                }
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            && !["lib", "main"].contains(&name.as_str())
        {
            files.push(path);
        }
        for file in files {
            let source = fs::read_to_string(&file).unwrap();
            out.push((name.clone(), file, source));
        }
    }
    out
}

/// The imports of a crate that do not go down a layer.
fn upward_imports(crate_dir: &str, layers: &[&[&str]]) -> Vec<String> {
    let modules = modules(crate_dir);
    assert!(
        modules.len() > 5,
        "{} files read in {crate_dir}",
        modules.len()
    );
    let mut wrong = Vec::new();
    for (module, _, source) in &modules {
        for import in imports(source) {
            if import != *module && layer(layers, &import) >= layer(layers, module) {
                wrong.push(format!("{crate_dir}: {module} imports {import}"));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    wrong
}

#[test]
fn every_import_goes_down_a_layer() {
    let mut wrong = upward_imports("crates/core", CORE);
    wrong.extend(upward_imports(".", APP));
    wrong.extend(upward_imports("crates/site", SITE));
    wrong.extend(upward_imports("crates/sheet", SHEET));
    assert!(wrong.is_empty(), "imports that do not go down: {wrong:?}");
}

#[test]
fn only_the_browser_adapter_touches_the_browser() {
    let mut wrong = Vec::new();
    for (module, path, source) in modules(".") {
        if module == "browser" {
            continue;
        }
        for name in ["web_sys", "js_sys", "wasm_bindgen"] {
            if source.contains(name) {
                wrong.push(format!("{} names {name}", path.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn the_checks_see_what_they_check() {
    assert_eq!(
        imports("use crate::model::Lang;\nlet x = crate::ids::day(d);"),
        ["model", "ids"]
    );
    assert_eq!(
        imports("use crate::{state::AppState, url};"),
        ["state", "url"]
    );
    assert!(layer(APP, "components") > layer(APP, "state"));
    assert!(layer(CORE, "ids") < layer(CORE, "model"));
    // The browser adapter is read, so the exemption above is not an empty loop.
    assert!(
        modules(".")
            .iter()
            .any(|(m, _, s)| m == "browser" && s.contains("web_sys"))
    );
}

/// The build steps' crates, and what only they or the tests use, are not in the
/// `.wasm`'s dependency graph: the app never depends on them for `wasm32`.
#[test]
fn build_only_crates_stay_out_of_the_wasm() {
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--locked",
            "--target",
            "wasm32-unknown-unknown",
            "--edges",
            "normal",
            "--prefix",
            "none",
            "--package",
            "aelw",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8(out.stdout).unwrap();
    let names: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        names.contains(&"aelw-core") && names.contains(&"leptos"),
        "{tree}"
    );
    for build_only in [
        "aelw-site",
        "aelw-images",
        "aelw-sheet",
        "calamine",
        "rust_xlsxwriter",
        "serde_path_to_error",
        "unicode-normalization",
        "harfrust",
        "tiny-skia",
        "oxipng",
        "icu_segmenter",
    ] {
        assert!(
            !names.contains(&build_only),
            "{build_only} is in the .wasm's graph"
        );
    }
}
