//! Reading the data file's JSON into the model with serde_json: for the build steps, the
//! app's build (which bakes the week) and the tests, never the app in the browser (the
//! `json` feature). serde_json's messages end with the line and column, and
//! `serde_path_to_error` gives the path that names the record and field.

use super::{DataError, validate};
use crate::model::Dataset;

/// The data file `public/data/aelw-2022.json`, as written. The app does not read it at
/// start-up: its build bakes the checked week into the `.wasm` (the app's `build.rs`).
/// The file itself is copied to `dist/data/`.
pub const FILE: &str = include_str!("../../../../public/data/aelw-2022.json");

/// The data file's path from the top of the repository.
pub const FILE_PATH: &str = "public/data/aelw-2022.json";

/// Reads the data file `text` into the model, unchecked: on failure, what is wrong with
/// its record, field, line and column.
fn read(text: &str) -> Result<Dataset, DataError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let read = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| (e.path().to_string(), e.into_inner()));
    let read = read.and_then(|data| de.end().map(|()| data).map_err(|e| (".".into(), e)));
    read.map_err(|(path, inner)| {
        DataError::at(&path, |list, i| id_in(text, list, i), inner.to_string())
    })
}

/// The id (or date) of record `index` of the top-level list `list` of the file `text`.
fn id_in(text: &str, list: &str, index: usize) -> Option<String> {
    let root: serde_json::Value = serde_json::from_str(text).ok()?;
    let item = root.get(list)?.get(index)?;
    let id = item.get("id").or_else(|| item.get("date"))?;
    id.as_str().map(String::from)
}

/// Parses and checks a data file. On failure, every problem found is returned.
pub fn parse(text: &str) -> Result<Dataset, Vec<DataError>> {
    let data = read(text).map_err(|e| vec![e])?;
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
