//! The modules' layers, checked from the source: each module imports only modules of a
//! lower layer (tests included), so no import runs back up and none goes round in a
//! circle. Pure logic sits below the reactive state, the browser glue and the views.

use std::fs;
use std::path::Path;

/// Every module of the library, lowest layer first.
const LAYERS: &[&[&str]] = &[
    &["html", "ids", "loader"],
    &["model"],
    &["data", "embed"],
    &["filter"],
    &["url", "i18n"],
    &["format", "panel", "page"],
    &["share_card"],
    &["oembed", "static_html", "share_tags"],
    &["share_page", "page_html"],
    &["state", "browser"],
    &["navigation"],
    &["components"],
    &["session"],
];

fn layer(module: &str) -> usize {
    LAYERS
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

/// (module, source) for every file of the library: `src/x.rs` is module `x`, and every
/// file under `src/x/` belongs to module `x` too (its submodules).
fn modules() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    for entry in fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let Some(name) = path.file_stem().and_then(|s| s.to_str()).map(String::from) else {
            continue;
        };
        if path.is_dir() && name != "bin" {
            // Every file under the folder, however deep, belongs to the module.
            let mut folders = vec![path];
            while let Some(folder) = folders.pop() {
                for file in fs::read_dir(&folder).unwrap() {
                    let file = file.unwrap().path();
                    if file.is_dir() {
                        folders.push(file);
                    } else if file.extension().is_some_and(|e| e == "rs") {
                        out.push((name.clone(), fs::read_to_string(&file).unwrap()));
                    }
                }
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            && !["lib", "main"].contains(&name.as_str())
        {
            out.push((name, fs::read_to_string(&path).unwrap()));
        }
    }
    out
}

#[test]
fn every_import_goes_down_a_layer() {
    let modules = modules();
    assert!(modules.len() > 30, "{} files read", modules.len());
    let mut wrong = Vec::new();
    for (module, source) in &modules {
        for import in imports(source) {
            if import != *module && layer(&import) >= layer(module) {
                wrong.push(format!("{module} imports {import}"));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "imports that do not go down: {wrong:?}");
}

#[test]
fn the_check_sees_imports() {
    assert_eq!(
        imports("use crate::model::Lang;\nlet x = crate::ids::day(d);"),
        ["model", "ids"]
    );
    assert_eq!(
        imports("use crate::{state::AppState, url};"),
        ["state", "url"]
    );
    assert!(layer("components") > layer("state") && layer("ids") < layer("model"));
}
