//! Reading the data file's JSON into the model with serde_json: for the build steps, the
//! app's build (which bakes the week) and the tests, never the app in the browser (the
//! `json` feature). serde_json's messages end with the line and column; with the `paths`
//! feature, `serde_path_to_error` also names the record and field.

use super::{DataError, MAX_UPDATE_BYTES, UpdateError, accept_update, validate};
use crate::model::Dataset;

/// The data file `public/data/aelw-2022.json`, as written. The app does not read it at
/// start-up: its build bakes the checked week into the `.wasm` (the app's `build.rs`).
/// The file itself is copied to `dist/data/`.
pub const FILE: &str = include_str!("../../../../public/data/aelw-2022.json");

/// The data file's path from the top of the repository.
pub const FILE_PATH: &str = "public/data/aelw-2022.json";

/// Why a text could not be read into the model.
#[derive(Debug)]
enum ReadError {
    /// It is not JSON at all.
    Syntax(DataError),
    /// JSON, but a value is missing, unknown or of the wrong kind.
    Shape(DataError),
}

/// Reads the data file `text` into the model, unchecked. serde_json's message already
/// ends with the line and column; with the `paths` feature (the build steps, the app's
/// build and the tests) the error also names the record and field it is about.
fn read(text: &str) -> Result<Dataset, ReadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    #[cfg(feature = "paths")]
    let read = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| (e.path().to_string(), e.into_inner()));
    // In the app (updates only) the path tracking would double the reading code in
    // the `.wasm`; the message keeps its line and column.
    #[cfg(not(feature = "paths"))]
    let read = serde::Deserialize::deserialize(&mut de).map_err(|e| (".".to_string(), e));
    let read = read.and_then(|data| de.end().map(|()| data).map_err(|e| (".".into(), e)));
    read.map_err(|(path, inner)| {
        let (record, field) = split_path(&path, text);
        let error = DataError {
            record,
            field,
            message: inner.to_string(),
        };
        if inner.is_syntax() || inner.is_eof() {
            ReadError::Syntax(error)
        } else {
            ReadError::Shape(error)
        }
    })
}

/// Splits a path such as `events[3].span.from` into the record (`events[3] "abac-4"`,
/// named by its id, or its date, when the text is JSON) and the field (`span.from`).
fn split_path(path: &str, text: &str) -> (String, String) {
    let Some(close) = path.find(']') else {
        let field = if path == "." { "" } else { path };
        return ("file".into(), field.into());
    };
    let record = &path[..=close];
    let field = path[close + 1..].trim_start_matches('.');
    let id = record.split_once('[').and_then(|(list, index)| {
        let index: usize = index.trim_end_matches(']').parse().ok()?;
        let root: serde_json::Value = serde_json::from_str(text).ok()?;
        let item = root.get(list)?.get(index)?;
        let id = item.get("id").or_else(|| item.get("date"))?;
        id.as_str().map(String::from)
    });
    let named = match id {
        Some(id) => format!("{record} {id:?}"),
        None => record.to_string(),
    };
    (named, field.to_string())
}

/// Parses and checks a data file. On failure, every problem found is returned.
pub fn parse(text: &str) -> Result<Dataset, Vec<DataError>> {
    let data = read(text).map_err(|(ReadError::Syntax(e) | ReadError::Shape(e))| vec![e])?;
    let errors = validate(&data);
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(errors)
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

/// Parses and checks an update's body exactly as the embedded data is checked, and
/// accepts it only if it is not older than `current`. (The app reads the body with the
/// browser's `JSON.parse` instead, then calls `accept_update`.)
pub fn check_update_body(body: &str, current: &Dataset) -> Result<Dataset, UpdateError> {
    if body.len() as u64 > MAX_UPDATE_BYTES {
        return Err(UpdateError::TooLarge);
    }
    let data = match read(body) {
        Ok(data) => data,
        Err(ReadError::Syntax(e)) => return Err(UpdateError::InvalidJson(e.message)),
        Err(ReadError::Shape(e)) => return Err(UpdateError::Invalid(e, 1)),
    };
    accept_update(data, current)
}
