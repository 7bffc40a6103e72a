//! From a JSON tree (`json::Node`) to the model's types: each record's fields, required
//! or optional, unknown and duplicate fields refused, with serde's words for what is
//! wrong ("missing field `summary`", "invalid type: sequence, expected a string") and the
//! path of the value it is about.

use super::json::{Node, Value};
use crate::model::{
    Dataset, Date, Day, Deliverable, Event, Link, Priority, Source, Span, Status, Text, Time,
    Track, Week,
};

/// A value that is not what its place in the file needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReadError {
    /// The path of the value (`events[3].span.to`; empty for the whole file).
    pub path: String,
    /// Byte offset of the value in the text.
    pub at: usize,
    /// What is wrong.
    pub message: String,
}

impl ReadError {
    fn new(node: &Node, message: String) -> Self {
        ReadError {
            path: String::new(),
            at: node.at,
            message,
        }
    }

    /// The error as seen from the container: `segment` (`.name` or `[i]`) goes in front.
    fn within(mut self, segment: &str) -> Self {
        self.path.insert_str(0, segment);
        self
    }
}

type Read<T> = Result<T, ReadError>;

/// A type read from a JSON value.
pub(crate) trait FromJson: Sized {
    /// What a value of the type looks like, after "expected " in a message.
    const EXPECTING: &'static str;
    /// Reads the value.
    fn from_json(node: &Node) -> Read<Self>;
}

/// What was found instead, in serde's words.
fn unexpected(node: &Node) -> String {
    match &node.value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.contains(['.', 'e', 'E']) => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

fn invalid_type<T: FromJson>(node: &Node) -> ReadError {
    ReadError::new(
        node,
        format!(
            "invalid type: {}, expected {}",
            unexpected(node),
            T::EXPECTING
        ),
    )
}

impl FromJson for String {
    const EXPECTING: &'static str = "a string";
    fn from_json(node: &Node) -> Read<Self> {
        match &node.value {
            Value::String(s) => Ok(s.clone()),
            _ => Err(invalid_type::<Self>(node)),
        }
    }
}

impl FromJson for bool {
    const EXPECTING: &'static str = "a boolean";
    fn from_json(node: &Node) -> Read<Self> {
        match node.value {
            Value::Bool(b) => Ok(b),
            _ => Err(invalid_type::<Self>(node)),
        }
    }
}

impl FromJson for u32 {
    const EXPECTING: &'static str = "u32";
    fn from_json(node: &Node) -> Read<Self> {
        match &node.value {
            Value::Number(n) if !n.contains(['.', 'e', 'E']) => n.parse().map_err(|_| {
                ReadError::new(
                    node,
                    format!("invalid value: {}, expected u32", unexpected(node)),
                )
            }),
            _ => Err(invalid_type::<Self>(node)),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    const EXPECTING: &'static str = "a sequence";
    fn from_json(node: &Node) -> Read<Self> {
        let Value::Array(items) = &node.value else {
            return Err(invalid_type::<Self>(node));
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| T::from_json(item).map_err(|e| e.within(&format!("[{i}]"))))
            .collect()
    }
}

/// A string the type parses itself (`Date::parse`, `Track::from_slug`), with the message
/// when it does not.
fn parsed<T>(
    node: &Node,
    parse: impl Fn(&str) -> Option<T>,
    refusal: impl Fn(&str) -> String,
) -> Read<T>
where
    T: FromJson,
{
    let Value::String(s) = &node.value else {
        return Err(invalid_type::<T>(node));
    };
    parse(s).ok_or_else(|| ReadError::new(node, refusal(s)))
}

impl FromJson for Date {
    const EXPECTING: &'static str = "a date of the form YYYY-MM-DD as a string";
    fn from_json(node: &Node) -> Read<Self> {
        parsed(node, Date::parse, |s| {
            format!("{s:?} is not a date of the form YYYY-MM-DD")
        })
    }
}

impl FromJson for Time {
    const EXPECTING: &'static str = "a time of the form HH:MM as a string";
    fn from_json(node: &Node) -> Read<Self> {
        parsed(node, Time::parse, |s| {
            format!("{s:?} is not a time of the form HH:MM")
        })
    }
}

/// The tracks' names in the data file, in the order of `Track::ALL` (the URL's slugs are
/// `Track::slug`, which differ for `around_summit`).
const TRACK_NAMES: [&str; 10] = [
    "senior_officials",
    "ministers",
    "leaders",
    "business",
    "guests",
    "youth",
    "ceremonial",
    "media",
    "around_summit",
    "other",
];

impl FromJson for Track {
    const EXPECTING: &'static str = "a track";
    fn from_json(node: &Node) -> Read<Self> {
        let track = |s: &str| {
            let at = TRACK_NAMES.iter().position(|n| *n == s)?;
            Track::ALL.get(at).copied()
        };
        parsed(node, track, |s| {
            let names: Vec<String> = TRACK_NAMES.iter().map(|n| format!("`{n}`")).collect();
            format!(
                "unknown variant `{s}`, expected one of {}",
                names.join(", ")
            )
        })
    }
}

impl FromJson for Status {
    const EXPECTING: &'static str = "a status";
    fn from_json(node: &Node) -> Read<Self> {
        let status = |s: &str| match s {
            "confirmed" => Some(Status::Confirmed),
            "partly_confirmed" => Some(Status::PartlyConfirmed),
            _ => None,
        };
        parsed(node, status, |s| {
            format!("unknown variant `{s}`, expected `confirmed` or `partly_confirmed`")
        })
    }
}

/// The members of one record, read by name; `FIELDS` are all the names it may have.
struct Fields<'a> {
    node: &'a Node,
    members: &'a [(String, Node)],
}

impl<'a> Fields<'a> {
    /// The record at `node`, if it is an object with no unknown or repeated field.
    fn of<T: FromJson>(node: &'a Node, fields: &[&str]) -> Read<Self> {
        let Value::Object(members) = &node.value else {
            return Err(invalid_type::<T>(node));
        };
        for (i, (key, value)) in members.iter().enumerate() {
            if !fields.contains(&key.as_str()) {
                let expected: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
                let message = format!(
                    "unknown field `{key}`, expected one of {}",
                    expected.join(", ")
                );
                return Err(ReadError::new(value, message).within(&format!(".{key}")));
            }
            if members[..i].iter().any(|(k, _)| k == key) {
                return Err(ReadError::new(value, format!("duplicate field `{key}`")));
            }
        }
        Ok(Fields { node, members })
    }

    fn get(&self, name: &str) -> Option<&'a Node> {
        self.members.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// A field the record must have.
    fn req<T: FromJson>(&self, name: &str) -> Read<T> {
        match self.get(name) {
            Some(value) => T::from_json(value).map_err(|e| e.within(&format!(".{name}"))),
            None => Err(ReadError::new(self.node, format!("missing field `{name}`"))),
        }
    }

    /// A field the record may leave out or set to `null`.
    fn opt<T: FromJson>(&self, name: &str) -> Read<Option<T>> {
        match self.get(name) {
            None => Ok(None),
            Some(Node {
                value: Value::Null, ..
            }) => Ok(None),
            Some(value) => T::from_json(value)
                .map(Some)
                .map_err(|e| e.within(&format!(".{name}"))),
        }
    }

    /// A field the record may leave out, which then has its default (`false`, empty).
    fn or_default<T: FromJson + Default>(&self, name: &str) -> Read<T> {
        match self.get(name) {
            None => Ok(T::default()),
            Some(_) => self.req(name),
        }
    }
}

/// Implements `FromJson` for a record: each field read as `req`, `opt` or `or_default`.
macro_rules! record {
    ($ty:ident, $expecting:literal { $($field:ident: $how:ident),* $(,)? }) => {
        impl FromJson for $ty {
            const EXPECTING: &'static str = $expecting;
            fn from_json(node: &Node) -> Read<Self> {
                let f = Fields::of::<Self>(node, &[$(stringify!($field)),*])?;
                Ok($ty { $($field: f.$how(stringify!($field))?),* })
            }
        }
    };
}

record!(Text, "struct Text" { en: req, th: opt });
record!(Span, "struct Span" { from: req, to: req });
record!(Event, "struct Event" {
    id: req, date: req, span: opt, start: opt, end: opt, approximate: or_default,
    time_of_day: opt, title: req, short: opt, venue: opt, tracks: req, chair: opt,
    participants: opt, summary: req, outcomes: or_default, priorities: or_default,
    status: req, note: opt, sources: req, date_source: opt, date_inferred: or_default,
});
record!(Day, "struct Day" { date: req, headline: req, note: opt, sources: or_default });
record!(Link, "struct Link" { label: req, url: req });
record!(Deliverable, "struct Deliverable" {
    id: req, title: req, explanation: req, links: or_default, events: or_default, sources: req,
});
record!(Priority, "struct Priority" {
    id: req, name: req, official_name: req, official_name_th_descriptive: or_default,
    aim: req, summary: req, deliverables: req, sources: req,
});
record!(Source, "struct Source" { id: req, label: req, url: req });
record!(Week, "struct Week" {
    title: req, theme: req, host: req, venue: req, start: req, end: req, time_zone: req,
    utc_offset: req, summary: req, note: opt, sources: req,
});
record!(Dataset, "struct Dataset" {
    version: req, updated: req, week: req, days: req, events: req, priorities: req,
    sources: req,
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::json::parse;

    fn read<T: FromJson>(text: &str) -> Read<T> {
        T::from_json(&parse(text).unwrap())
    }

    #[test]
    fn tracks_and_statuses_have_their_data_names() {
        assert_eq!(read::<Track>("\"around_summit\""), Ok(Track::AroundSummit));
        assert_eq!(
            read::<Track>("\"senior_officials\""),
            Ok(Track::SeniorOfficials)
        );
        let message = read::<Track>("\"around-the-summit\"").unwrap_err().message;
        assert!(
            message.starts_with(
                "unknown variant `around-the-summit`, expected one of `senior_officials`"
            ),
            "{message}"
        );
        assert_eq!(
            read::<Status>("\"partly_confirmed\""),
            Ok(Status::PartlyConfirmed)
        );
        for (i, track) in Track::ALL.into_iter().enumerate() {
            assert_eq!(read::<Track>(&format!("\"{}\"", TRACK_NAMES[i])), Ok(track));
        }
    }

    #[test]
    fn records_refuse_missing_unknown_repeated_and_mistyped_fields() {
        let error = |text: &str| read::<Span>(text).unwrap_err();
        let e = error("{\"from\": \"2022-11-14\"}");
        assert_eq!(
            (e.path.as_str(), e.message.as_str()),
            ("", "missing field `to`")
        );
        let e = error("{\"from\": \"2022-11-14\", \"to\": [1]}");
        assert_eq!(e.path, ".to");
        assert!(
            e.message
                .starts_with("invalid type: sequence, expected a date"),
            "{}",
            e.message
        );
        let e = error("{\"from\": \"2022-11-14\", \"to\": \"2022-11-31\"}");
        assert_eq!(
            e.message,
            "\"2022-11-31\" is not a date of the form YYYY-MM-DD"
        );
        let e = error("{\"from\": \"2022-11-14\", \"too\": 1}");
        assert_eq!(
            e.message,
            "unknown field `too`, expected one of `from`, `to`"
        );
        let e = error("{\"from\": \"2022-11-14\", \"from\": \"2022-11-14\"}");
        assert_eq!(e.message, "duplicate field `from`");
        assert_eq!(read::<Vec<Span>>("[{}]").unwrap_err().path, "[0]");
        assert_eq!(
            read::<Text>("{\"en\": \"a\", \"th\": null}"),
            Ok(Text {
                en: "a".into(),
                th: None
            })
        );
        assert!(
            read::<u32>("1.5")
                .unwrap_err()
                .message
                .contains("floating point `1.5`")
        );
        assert!(read::<u32>("-1").is_err() && read::<u32>("99999999999").is_err());
        assert_eq!(read::<u32>("7"), Ok(7));
    }
}
