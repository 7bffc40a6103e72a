//! Where in the JSON text a parse error is: the path of the value being read, and the
//! record and field it names, recovered by scanning the text (cheaper in the app than
//! a path-tracking deserializer).

use super::json::{Node, Value};

/// One level of nesting while scanning JSON text in `json_path_at`.
enum Level {
    /// Inside an array, at this element.
    Array(usize),
    /// Inside an object, at this member once its key has been read; `value` says whether
    /// the `:` has been passed (a string is then the value, not the next key).
    Object { key: Option<String>, value: bool },
}

/// The path (`events[3].span.from`; `.` for the top level) of the value being read at
/// byte `at` of `json`, where the JSON reader found a syntax error; scanning the text up
/// to that point recovers the path of the value it was reading.
pub(super) fn json_path_at(json: &str, at: usize) -> String {
    let mut end = at.min(json.len());
    while !json.is_char_boundary(end) {
        end -= 1;
    }
    let bytes = &json.as_bytes()[..end];
    let mut levels: Vec<Level> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => levels.push(Level::Object {
                key: None,
                value: false,
            }),
            b'[' => levels.push(Level::Array(0)),
            b'}' | b']' => {
                levels.pop();
            }
            b':' => {
                if let Some(Level::Object { value, .. }) = levels.last_mut() {
                    *value = true;
                }
            }
            b',' => match levels.last_mut() {
                Some(Level::Array(index)) => *index += 1,
                Some(Level::Object { key, value }) => (*key, *value) = (None, false),
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Level::Object { key, value: false }) = levels.last_mut() {
                    let raw = &json[start..i.min(end)];
                    let unescaped = match super::json::parse(&format!("\"{raw}\"")) {
                        Ok(super::json::Node {
                            value: super::json::Value::String(s),
                            ..
                        }) => s,
                        _ => raw.into(),
                    };
                    *key = Some(unescaped);
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for level in &levels {
        match level {
            Level::Array(index) => path.push_str(&format!("[{index}]")),
            Level::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Object { key: None, .. } => {}
        }
    }
    if path.is_empty() { ".".into() } else { path }
}

/// Splits a path such as `events[3].span.from` into the record (`events[3] "abac-4"`,
/// named by its id when the file's JSON `root` was read) and the field (`span.from`).
pub(super) fn split_path(path: &str, root: Option<&Node>) -> (String, String) {
    let Some(close) = path.find(']') else {
        return (
            "file".into(),
            if path == "." {
                String::new()
            } else {
                path.into()
            },
        );
    };
    let record = &path[..=close];
    let field = path[close + 1..].trim_start_matches('.');
    let id = root.and_then(|root| record_id(record, root));
    let named = match id {
        Some(id) => format!("{record} {id:?}"),
        None => record.to_string(),
    };
    (named, field.to_string())
}

/// The `id` (or `date`) of a top-level record such as `events[3]` in the file's JSON.
fn record_id(record: &str, root: &Node) -> Option<String> {
    fn member<'a>(node: &'a Node, name: &str) -> Option<&'a Node> {
        match &node.value {
            Value::Object(members) => members.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }
    let (list, index) = record.split_once('[')?;
    let index: usize = index.trim_end_matches(']').parse().ok()?;
    let Value::Array(items) = &member(root, list)?.value else {
        return None;
    };
    let item = items.get(index)?;
    match &member(item, "id").or_else(|| member(item, "date"))?.value {
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_of_an_error_position_is_recovered_from_the_text() {
        let json = "{\"a\": 1, \"events\": [{\"id\": \"x\"}, {\"span\": {\"from\": 5\n, \"to\": \"a,b]\"}}],\n \"k\\\"q\": [[1, 2]]}";
        let at = |needle: &str| json_path_at(json, json.find(needle).unwrap() + needle.len());
        assert_eq!(at("1"), "a");
        assert_eq!(at("\"x\""), "events[0].id");
        assert_eq!(at("\"x\"}"), "events[0]");
        assert_eq!(at("5"), "events[1].span.from");
        assert_eq!(at("\"a,b]\""), "events[1].span.to");
        assert_eq!(at("[1, 2"), "k\"q[0][1]");
        assert_eq!(at("]}"), ".");
        assert_eq!(json_path_at("", 0), ".");
        assert_eq!(json_path_at("{\"a", 99), "a");
    }
}
