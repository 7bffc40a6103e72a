//! Reading the data file's JSON into the model with serde_json: for the build steps, the
//! app's build (which bakes the week) and the tests, never the app in the browser (the
//! `json` feature). serde_json's messages end with the line and column, and
//! `serde_path_to_error` gives the path that names the record and field.

use super::{DataError, FieldPath, Step, validate};
use crate::model::Dataset;

/// The data file `public/data/aelw-2022.json`, as written. The app does not read it at
/// start-up: its build bakes the checked week into the `.wasm` (the app's `build.rs`).
/// The file itself is copied to `dist/data/`. (`make test-release` builds with an
/// editor's release in its place: the core's `build.rs`.)
pub const FILE: &str = include_str!(env!("AELW_RECORD_FILE"));

/// The data file's path from the top of the repository.
pub const FILE_PATH: &str = "public/data/aelw-2022.json";

/// The environment variable that names another summit's data file for the build steps
/// (`make serve DATA=…` sets it); the default is `FILE_PATH`.
pub const DATA_ENV: &str = "AELW_DATA";

/// The data file the build steps use: `$AELW_DATA` if set, else `FILE_PATH`, relative
/// to `root` (the top of the repository) unless absolute.
#[cfg(not(target_arch = "wasm32"))]
pub fn data_path(root: &std::path::Path) -> std::path::PathBuf {
    let path = std::env::var_os(DATA_ENV)
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| FILE_PATH.into());
    root.join(path)
}

/// Reads the data file `text` into the model, unchecked: on failure, what is wrong with
/// its record, field, line and column. (`parse` reads and checks; the zone's checks,
/// `crates/zone`, read with this and check with `build_checks` and their own.)
pub fn read(text: &str) -> Result<Dataset, DataError> {
    use serde_path_to_error::Segment;
    let mut de = serde_json::Deserializer::from_str(text);
    let read = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let steps = e.path().iter().filter_map(|segment| match segment {
            Segment::Seq { index } => Some(Step::Index(*index)),
            Segment::Map { key } => Some(Step::Key(key.clone().into())),
            Segment::Enum { variant } => Some(Step::Key(variant.clone().into())),
            Segment::Unknown => None,
        });
        (steps.collect(), e.into_inner())
    });
    let read = read.and_then(|data| de.end().map(|()| data).map_err(|e| (Vec::new(), e)));
    read.map_err(|(steps, inner)| {
        DataError::unreadable(steps, |record| id_in(text, record), inner.to_string())
    })
}

/// The id (or date) of the record at `record` in the file `text`.
fn id_in(text: &str, record: &FieldPath) -> Option<String> {
    let root: serde_json::Value = serde_json::from_str(text).ok()?;
    let item = record
        .steps()
        .iter()
        .try_fold(&root, |v, step| match step {
            Step::Key(key) => v.get(key.as_ref()),
            Step::Index(index) => v.get(index),
        })?;
    let id = item.get("id").or_else(|| item.get("date"))?;
    id.as_str().map(String::from)
}

/// Every check a build makes: `validate`'s, which updates in the browser pass too, and
/// the tracks' colour contrast.
pub fn build_checks(data: &Dataset) -> Vec<DataError> {
    let mut errors = validate(data);
    errors.extend(super::contrast::check_contrast(data));
    errors
}

/// Parses and checks a data file. On failure, every problem found is returned.
pub fn parse(text: &str) -> Result<Dataset, Vec<DataError>> {
    let data = read(text).map_err(|e| vec![e])?;
    let errors = build_checks(&data);
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(errors)
    }
}

/// Fields a record may leave out when they hold their default (`#[serde(default)]` in
/// the model): the file omits them then, as editors write it.
const OMITTED_WHEN_EMPTY: [&str; 11] = [
    "approximate",
    "date_inferred",
    "official_name_th_descriptive",
    "outcomes",
    "priorities",
    "links",
    "events",
    "changes",
    "releases",
    "sources",
    "glossary",
];

/// Writes the data in the file's one canonical form: the model's field order, two-space
/// indents, Thai as it is (not `\u` escapes), absent fields left out, and a final newline.
/// `parse(&to_json(d))` gives `d` back, so a round trip through the spreadsheet can be
/// exact to the byte. (The model cannot skip fields when serialising itself: postcard,
/// which bakes the week, needs every field in place.)
pub fn to_json(data: &Dataset) -> String {
    let mut value = serde_json::to_value(data).expect("the model serialises");
    prune(&mut value, true);
    let mut text = serde_json::to_string_pretty(&value).expect("a JSON value serialises");
    text.push('\n');
    text
}

/// Drops `null`s, and the defaults of `OMITTED_WHEN_EMPTY` where the model has them:
/// at the top level only `changes` and `releases` (an older file's and a newer one's
/// release fields) and an empty `glossary` (files from before it), and `sources` only on a day (an event, a card, a
/// deliverable and the week must list theirs).
fn prune(value: &mut serde_json::Value, top: bool) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let is_day = map.contains_key("headline");
            map.retain(|key, v| {
                let omittable = OMITTED_WHEN_EMPTY.contains(&key.as_str())
                    && (!top || key == "changes" || key == "releases" || key == "glossary")
                    && (key != "sources" || is_day);
                let default =
                    matches!(v, Value::Bool(false)) || v.as_array().is_some_and(|a| a.is_empty());
                !(v.is_null() || (omittable && default))
            });
            for v in map.values_mut() {
                prune(v, false);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| prune(v, false)),
        _ => {}
    }
}

/// The data file, read and checked once. Native only (tests and the build steps): the
/// app has the week baked in.
#[cfg(not(target_arch = "wasm32"))]
pub fn embedded() -> &'static Dataset {
    static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| match parse(FILE) {
        Ok(data) => data,
        Err(errors) => panic!("{FILE_PATH} is invalid: {}", errors[0]),
    })
}

/// The fixture the tests of behaviour run on: a frozen copy of the Bangkok week's file
/// (version 2, 2026-12-04), kept apart from the published record so that an editor's
/// release, which changes the record, never changes what these tests expect. What must
/// hold for the record itself is a data check (`validate`), run on `FILE` and on every
/// release.
pub const FIXTURE: &str = include_str!("../../tests/fixtures/aelw-2022.json");

/// The fixture's path from the top of the repository.
pub const FIXTURE_PATH: &str = "crates/core/tests/fixtures/aelw-2022.json";

/// `FIXTURE`, read and checked once: the week the tests of behaviour use, whatever the
/// published record holds.
pub fn fixture() -> &'static Dataset {
    static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| match parse(FIXTURE) {
        Ok(data) => data,
        Err(errors) => panic!("{FIXTURE_PATH} is invalid: {}", errors[0]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_is_in_its_canonical_form_and_round_trips() {
        let data = embedded();
        assert!(
            to_json(data) == FILE,
            "{FILE_PATH} is not as to_json writes it"
        );
        assert_eq!(&parse(&to_json(data)).unwrap(), data);
        // Defaults are left out, and come back.
        assert!(!FILE.contains("null") && !FILE.contains("\"approximate\": false"));
        assert!(FILE.contains("\"approximate\": true"));
        let mut changed = data.clone();
        changed.days[1].sources.clear();
        changed.events[0].outcomes.clear();
        assert_eq!(&parse(&to_json(&changed)).unwrap(), &changed);
    }
}
