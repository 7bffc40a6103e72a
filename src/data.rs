//! Loading the week's data: the embedded JSON, parsing it, and checking it.
//! Every rule the views rely on is checked here, so a broken edit of the JSON
//! fails `cargo test` with a message that names the record and the field.

use crate::ids;
use crate::model::{Dataset, Date, Status, Text, Time};
use std::collections::HashSet;
use std::fmt;
use std::sync::OnceLock;

/// The data file `public/data/aelw-2022.json`, compiled into the app without its
/// indentation (see `build.rs`). The file itself is copied to `dist/data/`.
pub const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/aelw-2022.json"));

/// The format version this build understands.
pub const VERSION: u32 = 1;

/// One problem found in a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The record, e.g. `events[3] "csom-day-1"`, or `file` for the whole file.
    pub record: String,
    /// The field inside the record, e.g. `sources`; empty when the record as a whole is wrong.
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.record, self.message)
        } else {
            write!(
                f,
                "{}, field {:?}: {}",
                self.record, self.field, self.message
            )
        }
    }
}

/// Parses and checks a data file. On failure, every problem found is returned.
pub fn parse(json: &str) -> Result<Dataset, Vec<DataError>> {
    let data: Dataset = serde_json::from_str(json).map_err(|e| {
        let (record, field) = split_path(&json_path_at(json, e.line(), e.column()), json);
        vec![DataError {
            record,
            field,
            message: e.to_string(),
        }]
    })?;
    let errors = validate(&data);
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(errors)
    }
}

/// The embedded week, parsed once. `cargo test` proves it valid, so this cannot fail
/// in a build that passed its tests.
pub fn embedded() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| match parse(EMBEDDED) {
        Ok(data) => data,
        Err(errors) => panic!("embedded data is invalid: {}", errors[0]),
    })
}

/// The largest data update accepted, in bytes.
pub const MAX_UPDATE_BYTES: u64 = 1_000_000;

/// How long an update may take before it is abandoned, in milliseconds.
pub const UPDATE_TIMEOUT_MS: i32 = 5_000;

/// Why an update of the data from the network was not used. Every case keeps the
/// embedded week on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateError {
    /// The address is neither `https:` nor on this site.
    RejectedUrl,
    /// The request failed (offline, refused, blocked by the security policy, …).
    Network,
    /// No answer within `UPDATE_TIMEOUT_MS`.
    Timeout,
    /// A status other than 2xx.
    Status(u16),
    /// A content type other than JSON (the type, as sent; empty when missing).
    WrongType(String),
    /// More than `MAX_UPDATE_BYTES`.
    TooLarge,
    /// Not JSON at all (the parser's message).
    InvalidJson(String),
    /// JSON that fails the data checks: the first problem, and how many there are.
    Invalid(DataError, usize),
    /// Valid data, but revised before the embedded copy (its revision date).
    Older(Date),
}

/// Checks a response's status and headers before its body is read.
pub fn check_update_head(
    status: u16,
    content_type: Option<&str>,
    length: Option<u64>,
) -> Result<(), UpdateError> {
    if !(200..300).contains(&status) {
        return Err(UpdateError::Status(status));
    }
    let ty = content_type.unwrap_or("");
    let essence = ty
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if !(essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json")))
    {
        return Err(UpdateError::WrongType(ty.chars().take(60).collect()));
    }
    if length.is_some_and(|n| n > MAX_UPDATE_BYTES) {
        return Err(UpdateError::TooLarge);
    }
    Ok(())
}

/// Parses and checks an update's body exactly as the embedded data is checked, and
/// accepts it only if it is not older than `current`.
pub fn check_update_body(body: &str, current: &Dataset) -> Result<Dataset, UpdateError> {
    if body.len() as u64 > MAX_UPDATE_BYTES {
        return Err(UpdateError::TooLarge);
    }
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(body) {
        return Err(UpdateError::InvalidJson(e.to_string()));
    }
    let data = parse(body).map_err(|errors| {
        let count = errors.len();
        UpdateError::Invalid(
            errors.into_iter().next().unwrap_or_else(|| DataError {
                record: "file".into(),
                field: String::new(),
                message: "is not valid".into(),
            }),
            count,
        )
    })?;
    if data.updated < current.updated {
        return Err(UpdateError::Older(data.updated));
    }
    Ok(data)
}

/// One level of nesting while scanning JSON text in `json_path_at`.
enum Level {
    /// Inside an array, at this element.
    Array(usize),
    /// Inside an object, at this member once its key has been read; `value` says whether
    /// the `:` has been passed (a string is then the value, not the next key).
    Object { key: Option<String>, value: bool },
}

/// The path (`events[3].span.from`; `.` for the top level) of the value being read at a
/// 1-based line and byte column of `json`, which is where serde_json reports an error.
/// serde reports the error without the path; scanning the text up to that point recovers
/// it, without the size a path-tracking deserializer adds to the app.
fn json_path_at(json: &str, line: usize, column: usize) -> String {
    let line_start: usize = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut end = (line_start + column).min(json.len());
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
                    *key = Some(
                        serde_json::from_str(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.into()),
                    );
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

/// Splits a serde path such as `events[3].span.from` into the record (`events[3] "abac-4"`,
/// named by its id where the JSON still parses) and the field (`span.from`).
fn split_path(path: &str, json: &str) -> (String, String) {
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
    let id = record_id(record, json);
    let named = match id {
        Some(id) => format!("{record} {id:?}"),
        None => record.to_string(),
    };
    (named, field.to_string())
}

/// The `id` of a top-level record such as `events[3]`, if the file is still valid JSON.
fn record_id(record: &str, json: &str) -> Option<String> {
    let (list, index) = record.split_once('[')?;
    let index: usize = index.trim_end_matches(']').parse().ok()?;
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    let item = value.get(list)?.get(index)?;
    match item.get("id").or_else(|| item.get("date"))? {
        serde_json::Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// Sites that republish other bodies' releases. A copy found there is cited as news (`N…`),
/// never under an official (`S…`) id, so that the page does not badge a mirror "official".
pub const MIRROR_HOSTS: [&str; 6] = [
    "scoop.co.nz",
    "tradeworks.org.nz",
    "ryt9.com",
    "bilaterals.org",
    "sootinclaimon.com",
    "squidsaccess.com",
];

/// The host of an absolute URL, lower-cased, without a leading `www.`.
fn url_host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("").to_ascii_lowercase();
    host.strip_prefix("www.")
        .map(str::to_string)
        .unwrap_or(host)
}

/// Whether `url` is on one of the `MIRROR_HOSTS` (or a subdomain of one).
pub fn is_mirror_url(url: &str) -> bool {
    let host = url_host(url);
    MIRROR_HOSTS
        .iter()
        .any(|m| host == *m || host.ends_with(&format!(".{m}")))
}

/// Collects problems, each tagged with its record and field.
struct Checker<'a> {
    data: &'a Dataset,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn fail(&mut self, record: &str, field: &str, message: impl Into<String>) {
        self.errors.push(DataError {
            record: record.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    fn text(&mut self, record: &str, field: &str, text: &Text) {
        let blank = |s: &str| s.trim().is_empty();
        let padded = |s: &str| s.trim() != s;
        let en = format!("{field}.en");
        if blank(&text.en) {
            self.fail(record, &en, "is empty");
        } else if padded(&text.en) {
            self.fail(record, &en, "has leading or trailing spaces");
        }
        let th = format!("{field}.th");
        match &text.th {
            None => self.fail(
                record,
                &th,
                "is missing: every text needs Thai beside English",
            ),
            Some(t) if blank(t) => self.fail(record, &th, "is empty"),
            Some(t) if padded(t) => self.fail(record, &th, "has leading or trailing spaces"),
            Some(_) => {}
        }
    }

    fn opt_text(&mut self, record: &str, field: &str, text: &Option<Text>) {
        if let Some(text) = text {
            self.text(record, field, text);
        }
    }

    fn texts(&mut self, record: &str, field: &str, texts: &[Text]) {
        for (i, text) in texts.iter().enumerate() {
            self.text(record, &format!("{field}[{i}]"), text);
        }
    }

    /// Every id resolves and none repeats.
    fn refs(
        &mut self,
        record: &str,
        field: &str,
        ids: &[String],
        kind: &str,
        exists: impl Fn(&str) -> bool,
    ) {
        let mut seen = HashSet::new();
        for id in ids {
            if !exists(id) {
                self.fail(record, field, format!("unknown {kind} {id:?}"));
            }
            if !seen.insert(id) {
                self.fail(record, field, format!("{kind} {id:?} is listed twice"));
            }
        }
    }

    fn sources(&mut self, record: &str, ids: &[String]) {
        let data = self.data;
        self.refs(record, "sources", ids, "source", |id| {
            data.source(id).is_some()
        });
    }

    fn in_week(&mut self, record: &str, field: &str, date: Date) {
        let week = &self.data.week;
        if date < week.start || date > week.end {
            self.fail(
                record,
                field,
                format!(
                    "{date} is outside the week ({} to {})",
                    week.start, week.end
                ),
            );
        }
    }
}

/// Checks everything serde cannot: ids, dates, order, cross-references, links, empty text.
pub fn validate(data: &Dataset) -> Vec<DataError> {
    let mut c = Checker {
        data,
        errors: Vec::new(),
    };
    if data.version != VERSION {
        c.fail(
            "file",
            "version",
            format!("is {}, this app reads version {VERSION}", data.version),
        );
    }
    check_week(&mut c);
    check_days(&mut c);
    check_events(&mut c);
    check_priorities(&mut c);
    check_sources(&mut c);
    c.errors
}

fn check_week(c: &mut Checker) {
    let week = &c.data.week;
    let r = "week";
    for (field, text) in [
        ("title", &week.title),
        ("theme", &week.theme),
        ("host", &week.host),
        ("venue", &week.venue),
        ("summary", &week.summary),
    ] {
        c.text(r, field, text);
    }
    c.opt_text(r, "note", &week.note);
    if week.start > week.end {
        c.fail(
            r,
            "end",
            format!("{} is before the start, {}", week.end, week.start),
        );
    }
    if week.time_zone.trim().is_empty() {
        c.fail(r, "time_zone", "is empty");
    }
    let offset = week.utc_offset.as_bytes();
    let offset_ok = offset.len() == 6
        && matches!(offset[0], b'+' | b'-')
        && offset[3] == b':'
        && [1, 2, 4, 5].iter().all(|&i| offset[i].is_ascii_digit());
    if !offset_ok {
        c.fail(
            r,
            "utc_offset",
            format!("{:?} is not of the form +HH:MM", week.utc_offset),
        );
    }
    c.sources(r, &week.sources);
}

fn check_days(c: &mut Checker) {
    let data = c.data;
    let mut expected = data.week.start;
    for (i, day) in data.days.iter().enumerate() {
        let r = format!("days[{i}] {:?}", day.date.to_string());
        if day.date != expected {
            c.fail(
                &r,
                "date",
                format!(
                    "expected {expected}: days must list every date of the week once, in order"
                ),
            );
        }
        c.text(&r, "headline", &day.headline);
        c.opt_text(&r, "note", &day.note);
        c.sources(&r, &day.sources);
        if day.note.is_some() && day.sources.is_empty() {
            c.fail(&r, "sources", "a day with a note needs a source for it");
        }
        if data.events_on(day.date).next().is_none() {
            c.fail(&r, "date", "no event is listed on this day");
        }
        expected = day.date.next();
    }
    if data.days.last().map(|d| d.date) != Some(data.week.end) {
        c.fail(
            "days",
            "",
            format!("must run from {} to {}", data.week.start, data.week.end),
        );
    }
}

fn check_events(c: &mut Checker) {
    let data = c.data;
    let mut ids = HashSet::new();
    let mut previous: Option<(Date, Option<Time>)> = None;
    for (i, e) in data.events.iter().enumerate() {
        let r = format!("events[{i}] {:?}", e.id);
        if !ids::is_url_safe(&e.id) {
            c.fail(
                &r,
                "id",
                "must be lower-case letters and digits joined by single hyphens",
            );
        } else if let Some(reason) = ids::reserved(&e.id) {
            c.fail(&r, "id", reason);
        }
        if !ids.insert(e.id.as_str()) {
            c.fail(&r, "id", "is used by an earlier event");
        }
        c.in_week(&r, "date", e.date);
        if let Some(span) = e.span
            && !(span.from < span.to && span.from <= e.date && e.date <= span.to)
        {
            let message = format!(
                "must be several days that include the listed date, {}",
                e.date
            );
            c.fail(&r, "span", message);
        }
        match (e.start, e.end) {
            (None, Some(_)) => c.fail(&r, "end", "an end time needs a start time"),
            (Some(start), Some(end)) if end <= start => {
                c.fail(&r, "end", format!("{end} is not after the start, {start}"))
            }
            _ => {}
        }
        if e.approximate && e.start.is_none() {
            c.fail(&r, "approximate", "only applies to a start time");
        }
        // Events without a published time keep the place the editor gave them; timed
        // events must not run backwards within a day.
        let (last_date, last_time) = previous.unwrap_or((e.date, None));
        if e.date < last_date {
            let message = format!("comes after an event on {last_date}: list events day by day");
            c.fail(&r, "date", message);
        } else if e.date == last_date
            && let (Some(prev), Some(start)) = (last_time, e.start)
            && start < prev
        {
            let message = format!("{start} is earlier than the event before it ({prev})");
            c.fail(&r, "start", message);
        }
        let same_day = e.date == last_date;
        previous = Some((
            e.date,
            if same_day {
                e.start.or(last_time)
            } else {
                e.start
            },
        ));

        c.text(&r, "title", &e.title);
        if let Some(short) = &e.short {
            if short.trim().is_empty() {
                c.fail(&r, "short", "is empty");
            } else if e.title.en.contains(&format!("({short})")) {
                c.fail(
                    &r,
                    "title",
                    "repeats the abbreviation, which the page shows beside the title",
                );
            }
        }
        c.opt_text(&r, "time_of_day", &e.time_of_day);
        c.opt_text(&r, "venue", &e.venue);
        c.opt_text(&r, "chair", &e.chair);
        c.opt_text(&r, "participants", &e.participants);
        c.text(&r, "summary", &e.summary);
        c.texts(&r, "outcomes", &e.outcomes);
        c.opt_text(&r, "note", &e.note);
        if e.tracks.is_empty() {
            c.fail(&r, "tracks", "needs at least one track");
        }
        if e.tracks
            .iter()
            .enumerate()
            .any(|(i, t)| e.tracks[..i].contains(t))
        {
            c.fail(&r, "tracks", "lists a track twice");
        }
        c.refs(&r, "priorities", &e.priorities, "priority", |id| {
            data.priority(id).is_some()
        });
        c.sources(&r, &e.sources);
        let has_https = e
            .sources
            .iter()
            .filter_map(|id| data.source(id))
            .any(|s| ids::is_https_url(&s.url));
        if !has_https {
            c.fail(
                &r,
                "sources",
                "needs at least one source with an https: link",
            );
        }
        if e.status == Status::PartlyConfirmed && e.note.is_none() {
            c.fail(
                &r,
                "note",
                "a partly confirmed event needs a note saying what is uncertain",
            );
        }
    }
}

fn check_priorities(c: &mut Checker) {
    let data = c.data;
    let mut ids = HashSet::new();
    let mut deliverable_ids = HashSet::new();
    for (i, p) in data.priorities.iter().enumerate() {
        let r = format!("priorities[{i}] {:?}", p.id);
        if !ids::is_url_safe(&p.id) {
            c.fail(
                &r,
                "id",
                "must be lower-case letters and digits joined by single hyphens",
            );
        }
        if !ids.insert(p.id.as_str()) {
            c.fail(&r, "id", "is used by an earlier priority");
        }
        for (field, text) in [
            ("name", &p.name),
            ("official_name", &p.official_name),
            ("aim", &p.aim),
            ("summary", &p.summary),
        ] {
            c.text(&r, field, text);
        }
        if !(2..=4).contains(&p.deliverables.len()) {
            c.fail(
                &r,
                "deliverables",
                format!("has {}; a card shows 2 to 4", p.deliverables.len()),
            );
        }
        if data.events_advancing(&p.id).next().is_none() {
            c.fail(
                &r,
                "id",
                "no event lists this priority in its \"priorities\"",
            );
        }
        c.sources(&r, &p.sources);
        for (j, d) in p.deliverables.iter().enumerate() {
            let r = format!("priorities[{i}].deliverables[{j}] {:?}", d.id);
            if !ids::is_url_safe(&d.id) {
                c.fail(
                    &r,
                    "id",
                    "must be lower-case letters and digits joined by single hyphens",
                );
            }
            if !deliverable_ids.insert(d.id.as_str()) {
                c.fail(&r, "id", "is used by an earlier deliverable");
            }
            c.text(&r, "title", &d.title);
            c.text(&r, "explanation", &d.explanation);
            for (k, link) in d.links.iter().enumerate() {
                c.text(&r, &format!("links[{k}].label"), &link.label);
                if !ids::is_https_url(&link.url) {
                    c.fail(
                        &r,
                        &format!("links[{k}].url"),
                        format!("{:?} is not an https: URL", link.url),
                    );
                }
            }
            c.refs(&r, "events", &d.events, "event", |id| {
                data.event(id).is_some()
            });
            c.sources(&r, &d.sources);
            if d.sources.is_empty() {
                c.fail(&r, "sources", "needs at least one source");
            }
        }
    }
    if data.priorities.len() != 3 {
        c.fail(
            "priorities",
            "",
            format!(
                "has {}; the host year had three priorities",
                data.priorities.len()
            ),
        );
    }
}

fn check_sources(c: &mut Checker) {
    let data = c.data;
    let mut cited: HashSet<&str> = HashSet::new();
    cited.extend(data.week.sources.iter().map(String::as_str));
    for day in &data.days {
        cited.extend(day.sources.iter().map(String::as_str));
    }
    for e in &data.events {
        cited.extend(e.sources.iter().map(String::as_str));
    }
    for p in &data.priorities {
        cited.extend(p.sources.iter().map(String::as_str));
        for d in &p.deliverables {
            cited.extend(d.sources.iter().map(String::as_str));
        }
    }
    let mut ids = HashSet::new();
    for (i, s) in data.sources.iter().enumerate() {
        let r = format!("sources[{i}] {:?}", s.id);
        let well_formed = s.id.len() >= 2
            && matches!(s.id.as_bytes()[0], b'S' | b'N')
            && s.id[1..].bytes().all(|b| b.is_ascii_digit());
        if !well_formed {
            c.fail(
                &r,
                "id",
                "must be S or N followed by digits, as in the fact sheet",
            );
        }
        if !ids.insert(s.id.as_str()) {
            c.fail(&r, "id", "is used by an earlier source");
        }
        c.text(&r, "label", &s.label);
        if !ids::is_https_url(&s.url) {
            c.fail(&r, "url", format!("{:?} is not an https: URL", s.url));
        } else if s.is_official() && is_mirror_url(&s.url) {
            c.fail(
                &r,
                "id",
                format!(
                    "an official (S) source must not be a copy on a mirror site ({}): cite it as news (N)",
                    url_host(&s.url)
                ),
            );
        }
        if !cited.contains(s.id.as_str()) {
            c.fail(&r, "id", "is not cited anywhere; remove it or cite it");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    /// The embedded file with one edit applied to its JSON tree.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut v: serde_json::Value = serde_json::from_str(EMBEDDED).unwrap();
        edit(&mut v);
        v.to_string()
    }

    /// The messages a broken file produces, one per line.
    fn errors_of(json: &str) -> String {
        match parse(json) {
            Ok(_) => panic!("the edited data was accepted"),
            Err(errors) => errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    #[track_caller]
    fn assert_names(json: &str, expected: &str) {
        let got = errors_of(json);
        assert!(
            got.contains(expected),
            "expected a message containing\n  {expected}\ngot\n  {got}"
        );
    }

    /// The data file as written (the app embeds it without indentation).
    const SOURCE: &str = include_str!("../public/data/aelw-2022.json");

    #[test]
    fn the_embedded_copy_is_the_file_without_its_indentation() {
        let strip = |s: &str| s.split_whitespace().collect::<String>();
        assert!(EMBEDDED.len() < SOURCE.len());
        assert!(!EMBEDDED.contains("\n  "));
        // Same tokens in the same order: whitespace inside strings is kept by both.
        assert_eq!(strip(EMBEDDED), strip(SOURCE));
        let value = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
        assert_eq!(value(EMBEDDED), value(SOURCE));
    }

    #[test]
    fn embedded_data_is_valid() {
        // The file as written, so a problem is reported at its own line and column.
        if let Err(errors) = parse(SOURCE) {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!(
                "public/data/aelw-2022.json has {} problem(s):\n{}",
                list.len(),
                list.join("\n")
            );
        }
    }

    #[test]
    fn embedded_week_has_six_days_three_cards_and_its_key_events() {
        let data = embedded();
        assert_eq!(data.days.len(), 6);
        assert_eq!(data.days[0].date.to_string(), "2022-11-14");
        assert_eq!(data.days[5].date.to_string(), "2022-11-19");
        let cards: Vec<&str> = data
            .priorities
            .iter()
            .map(|p| p.name.get(Lang::En))
            .collect();
        assert_eq!(cards, ["Open", "Connect", "Balance"]);
        for id in [
            "youth-declaration",
            "abac-4",
            "csom-day-1",
            "csom-day-2",
            "economic-policy-report",
            "safe-passage-portal",
            "ceo-summit",
            "ministerial-meeting",
            "gala-dinner",
            "joint-ministerial-statement",
            "leaders-retreat-1",
            "leaders-retreat-2",
            "leaders-dialogue-guests",
            "abac-dialogue",
            "royal-audience",
            "imf-outlook",
            "leaders-declaration-bangkok-goals",
            "handover-united-states",
            "closing-press-conference",
        ] {
            assert!(data.event(id).is_some(), "missing event {id}");
        }
    }

    #[test]
    fn events_around_the_summit_have_a_track_of_their_own() {
        use crate::model::Track;
        let data = embedded();
        let around: Vec<&str> = data
            .events
            .iter()
            .filter(|e| e.tracks.contains(&Track::AroundSummit))
            .map(|e| e.id.as_str())
            .collect();
        for id in [
            "xi-kishida-talks",
            "macron-prayut-talks",
            "saudi-crown-prince-visit",
            "dprk-missile-allies-meeting",
            "stop-apec-march",
            "xi-prayut-talks",
        ] {
            assert!(around.contains(&id), "{id} is not around the summit");
            assert_eq!(
                data.event(id).unwrap().tracks,
                [Track::AroundSummit],
                "{id}"
            );
        }
    }

    #[test]
    fn thai_priority_names_without_an_official_source_are_marked_descriptive() {
        // The fact sheet found no official Thai for "Open to All Opportunities" or
        // "Balance in All Aspects"; the Connect wording is the MFA's own.
        let data = embedded();
        let descriptive = |id: &str| data.priority(id).unwrap().official_name_th_descriptive;
        assert!(descriptive("open"));
        assert!(descriptive("balance"));
        assert!(!descriptive("connect"));
    }

    #[test]
    fn no_time_is_given_without_a_source_saying_so() {
        // Spot checks against the fact sheet: these have published times, these have none.
        let data = embedded();
        let start = |id: &str| data.event(id).unwrap().start.map(|t| t.to_string());
        assert_eq!(start("youth-declaration").as_deref(), Some("11:30"));
        assert_eq!(start("royal-audience").as_deref(), Some("17:46"));
        assert_eq!(start("leaders-retreat-1").as_deref(), Some("09:15"));
        for untimed in [
            "ministerial-meeting",
            "gala-dinner",
            "abac-dialogue",
            "leaders-retreat-2",
            "imf-outlook",
        ] {
            assert_eq!(start(untimed), None, "{untimed}");
        }
    }

    #[test]
    fn a_missing_field_names_the_record_and_the_field() {
        let json = edited(|v| {
            v["events"][2].as_object_mut().unwrap().remove("summary");
        });
        assert_names(&json, "events[2] \"csom-day-1\": missing field `summary`");
    }

    #[test]
    fn a_bad_date_names_the_record_and_the_field() {
        let json = edited(|v| v["events"][1]["date"] = "2022-11-31".into());
        assert_names(
            &json,
            "events[1] \"youth-declaration\", field \"date\": \"2022-11-31\" is not a date",
        );
    }

    #[test]
    fn a_bad_value_in_the_last_field_of_a_record_names_that_field() {
        let mut v: serde_json::Value = serde_json::from_str(EMBEDDED).unwrap();
        let (i, _) = v["events"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .find(|(_, e)| e.get("span").is_some())
            .expect("an event with a span");
        v["events"][i]["span"]["to"] = "2022-11-32".into();
        assert_names(&v.to_string(), &format!("events[{i}]"));
        assert_names(
            &v.to_string(),
            "field \"span.to\": \"2022-11-32\" is not a date",
        );
        v["events"][i]["span"]["to"] = serde_json::json!([1]);
        assert_names(&v.to_string(), "field \"span.to\": invalid type: sequence");
    }

    #[test]
    fn a_misspelt_field_is_caught() {
        let json = edited(|v| v["events"][0]["sumary"] = "x".into());
        assert_names(&json, "events[0] \"abac-4\"");
        assert_names(&json, "unknown field `sumary`");
    }

    #[test]
    fn the_path_of_an_error_position_is_recovered_from_the_text() {
        let json = "{\"a\": 1, \"events\": [{\"id\": \"x\"}, {\"span\": {\"from\": 5\n, \"to\": \"a,b]\"}}],\n \"k\\\"q\": [[1, 2]]}";
        let at = |needle: &str| {
            let offset = json.find(needle).unwrap() + needle.len();
            let line = json[..offset].matches('\n').count() + 1;
            let column = offset - json[..offset].rfind('\n').map_or(0, |n| n + 1);
            json_path_at(json, line, column)
        };
        assert_eq!(at("1"), "a");
        assert_eq!(at("\"x\""), "events[0].id");
        assert_eq!(at("\"x\"}"), "events[0]");
        assert_eq!(at("5"), "events[1].span.from");
        assert_eq!(at("\"a,b]\""), "events[1].span.to");
        assert_eq!(at("[1, 2"), "k\"q[0][1]");
        assert_eq!(at("]}"), ".");
        assert_eq!(json_path_at("", 1, 0), ".");
        assert_eq!(json_path_at("{\"a", 9, 99), "a");
    }

    #[test]
    fn broken_json_says_where() {
        let got = errors_of("{\"version\": 1,");
        assert!(got.starts_with("file"), "{got}");
        assert!(got.contains("line 1"), "{got}");
    }

    #[test]
    fn duplicate_and_unsafe_ids_are_caught() {
        let json = edited(|v| v["events"][3]["id"] = "csom-day-1".into());
        assert_names(
            &json,
            "events[3] \"csom-day-1\", field \"id\": is used by an earlier event",
        );
        let json = edited(|v| v["events"][3]["id"] = "Safe Passage".into());
        assert_names(
            &json,
            "events[3] \"Safe Passage\", field \"id\": must be lower-case",
        );
        let json = edited(|v| v["events"][3]["id"] = "day-2022-11-15".into());
        assert_names(&json, "field \"id\": must not start with \"day-\"");
        for clash in [
            "deliverable-bangkok-goals",
            "gala-dinner-heading",
            "csom-day-1-link",
            "timeline",
            "link-notice",
        ] {
            let json = edited(|v| v["events"][3]["id"] = clash.into());
            assert_names(&json, &format!("events[3] {clash:?}, field \"id\": "));
        }
    }

    #[test]
    fn dates_outside_the_week_are_caught() {
        let json = edited(|v| {
            let last = v["events"].as_array().unwrap().len() - 1;
            v["events"][last]["date"] = "2022-11-20".into();
        });
        assert_names(
            &json,
            "field \"date\": 2022-11-20 is outside the week (2022-11-14 to 2022-11-19)",
        );
    }

    #[test]
    fn events_out_of_order_are_caught() {
        // Swap two timed events of 18 November.
        let json = edited(|v| {
            let events = v["events"].as_array_mut().unwrap();
            let a = events
                .iter()
                .position(|e| e["id"] == "leaders-retreat-1")
                .unwrap();
            let b = events
                .iter()
                .position(|e| e["id"] == "royal-audience")
                .unwrap();
            events.swap(a, b);
        });
        let i = index_of("events", "spouses-programme");
        assert_names(
            &json,
            &format!(
                "events[{i}] \"spouses-programme\", field \"start\": 09:30 is earlier than the event before it (17:46)"
            ),
        );
        let json = edited(|v| v["events"].as_array_mut().unwrap().swap(0, 2));
        assert_names(&json, "comes after an event on 2022-11-15");
    }

    #[test]
    fn dangling_references_are_caught() {
        let json = edited(|v| v["events"][2]["priorities"] = serde_json::json!(["open", "opne"]));
        assert_names(
            &json,
            "events[2] \"csom-day-1\", field \"priorities\": unknown priority \"opne\"",
        );
        let json = edited(|v| v["events"][2]["sources"] = serde_json::json!(["S01", "S99"]));
        assert_names(&json, "field \"sources\": unknown source \"S99\"");
        let json = edited(|v| {
            v["priorities"][1]["deliverables"][0]["events"] = serde_json::json!(["nowhere"])
        });
        assert_names(
            &json,
            "priorities[1].deliverables[0] \"safe-passage-taskforce\", field \"events\": unknown event \"nowhere\"",
        );
    }

    /// The position of the record with this id in a top-level list of the embedded data.
    fn index_of(list: &str, id: &str) -> usize {
        let v: serde_json::Value = serde_json::from_str(EMBEDDED).unwrap();
        v[list]
            .as_array()
            .unwrap()
            .iter()
            .position(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("no {list} record {id:?}"))
    }

    #[test]
    fn every_event_needs_an_https_source() {
        let i = index_of("events", "economic-policy-report");
        let json = edited(|v| v["events"][i]["sources"] = serde_json::json!([]));
        assert_names(
            &json,
            &format!(
                "events[{i}] \"economic-policy-report\", field \"sources\": needs at least one source with an https: link"
            ),
        );
    }

    #[test]
    fn no_source_is_http_and_no_official_source_is_on_a_mirror() {
        // The embedded data as it stands.
        for s in &embedded().sources {
            assert!(
                ids::is_https_url(&s.url),
                "{} is not https: {}",
                s.id,
                s.url
            );
            assert!(
                !(s.is_official() && is_mirror_url(&s.url)),
                "{} is badged official but is a mirror copy: {}",
                s.id,
                s.url
            );
        }
        // And the validator refuses either, naming the source.
        let i = index_of("sources", "S01");
        let json = edited(|v| v["sources"][i]["url"] = "http://mfa.go.th/en/content/x".into());
        assert_names(
            &json,
            &format!(
                "sources[{i}] \"S01\", field \"url\": \"http://mfa.go.th/en/content/x\" is not an https: URL"
            ),
        );
        let json = edited(|v| {
            v["sources"][i]["url"] = "https://www.scoop.co.nz/stories/WO2211/x.htm".into()
        });
        assert_names(
            &json,
            &format!(
                "sources[{i}] \"S01\", field \"id\": an official (S) source must not be a copy on a mirror site (scoop.co.nz)"
            ),
        );
        // The same copy under a news id is fine.
        let json = edited(|v| {
            v["sources"][i]["url"] = "https://m.scoop.co.nz/stories/WO2211/x.htm".into();
            v["sources"][i]["id"] = "N999".into();
            for list in ["events", "priorities"] {
                rename_source(&mut v[list], "S01", "N999");
            }
            rename_source(&mut v["week"], "S01", "N999");
            rename_source(&mut v["days"], "S01", "N999");
        });
        assert!(parse(&json).is_ok(), "{}", errors_of_or_ok(&json));
        assert!(is_mirror_url("https://m.scoop.co.nz/a"));
        assert!(is_mirror_url("https://TradeWorks.org.nz/a"));
        assert!(!is_mirror_url("https://notscoop.co.nz/a"));
        assert!(!is_mirror_url("https://www.apec.org/press"));
    }

    /// Renames a source id everywhere inside a JSON value.
    fn rename_source(v: &mut serde_json::Value, from: &str, to: &str) {
        match v {
            serde_json::Value::String(s) if s == from => *s = to.into(),
            serde_json::Value::Array(items) => {
                items.iter_mut().for_each(|x| rename_source(x, from, to))
            }
            serde_json::Value::Object(map) => {
                map.values_mut().for_each(|x| rename_source(x, from, to))
            }
            _ => {}
        }
    }

    fn errors_of_or_ok(json: &str) -> String {
        match parse(json) {
            Ok(_) => "ok".into(),
            Err(e) => e
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    #[test]
    fn empty_strings_are_caught() {
        let json = edited(|v| v["events"][4]["title"]["en"] = " ".into());
        assert_names(
            &json,
            "events[4] \"hun-sen-withdraws\", field \"title.en\": is empty",
        );
        let json =
            edited(|v| v["priorities"][2]["deliverables"][0]["explanation"]["th"] = "".into());
        assert_names(&json, "field \"explanation.th\": is empty");
        let json = edited(|v| v["events"][4]["outcomes"][0]["en"] = "".into());
        assert_names(&json, "field \"outcomes[0].en\": is empty");
    }

    #[test]
    fn a_title_does_not_repeat_its_abbreviation() {
        let json = edited(|v| v["events"][0]["title"]["en"] = "ABAC meeting (ABAC4)".into());
        assert_names(
            &json,
            "events[0] \"abac-4\", field \"title\": repeats the abbreviation",
        );
    }

    #[test]
    fn a_missing_thai_translation_fails() {
        let json = edited(|v| {
            v["events"][5]["summary"]
                .as_object_mut()
                .unwrap()
                .remove("th");
        });
        assert_names(
            &json,
            "events[5] \"fm-media-centre\", field \"summary.th\": is missing",
        );
        let json = edited(|v| {
            v["sources"][3]["label"]
                .as_object_mut()
                .unwrap()
                .remove("th");
        });
        assert_names(&json, "sources[3] \"S04\", field \"label.th\": is missing");
    }

    #[test]
    fn links_must_be_https() {
        let json = edited(|v| {
            v["priorities"][1]["deliverables"][0]["links"][0]["url"] = "javascript:alert(1)".into()
        });
        assert_names(
            &json,
            "field \"links[0].url\": \"javascript:alert(1)\" is not an https: URL",
        );
        let json = edited(|v| v["sources"][0]["url"] = "mfa.go.th/en".into());
        assert_names(&json, "sources[0] \"S01\", field \"url\"");
    }

    #[test]
    fn a_day_must_not_go_missing() {
        let json = edited(|v| {
            v["days"].as_array_mut().unwrap().remove(2);
        });
        assert_names(&json, "field \"date\": expected 2022-11-16");
    }

    #[test]
    fn an_update_needs_a_2xx_json_answer_of_reasonable_size() {
        assert_eq!(
            check_update_head(200, Some("application/json"), Some(60_000)),
            Ok(())
        );
        assert_eq!(
            check_update_head(200, Some("Application/JSON; charset=utf-8"), None),
            Ok(())
        );
        assert_eq!(
            check_update_head(200, Some("application/vnd.aelw+json"), None),
            Ok(())
        );
        assert_eq!(
            check_update_head(404, Some("application/json"), None),
            Err(UpdateError::Status(404))
        );
        assert_eq!(
            check_update_head(500, None, None),
            Err(UpdateError::Status(500))
        );
        assert_eq!(
            check_update_head(200, Some("text/html"), None),
            Err(UpdateError::WrongType("text/html".into()))
        );
        assert_eq!(
            check_update_head(200, None, None),
            Err(UpdateError::WrongType(String::new()))
        );
        assert_eq!(
            check_update_head(200, Some("application/json"), Some(MAX_UPDATE_BYTES + 1)),
            Err(UpdateError::TooLarge)
        );
    }

    #[test]
    fn an_update_body_is_checked_like_the_embedded_data() {
        let current = embedded();
        assert!(check_update_body(EMBEDDED, current).is_ok());
        assert!(matches!(
            check_update_body("{\"version\": 1,", current),
            Err(UpdateError::InvalidJson(_))
        ));
        assert!(matches!(
            check_update_body("<!doctype html>", current),
            Err(UpdateError::InvalidJson(_))
        ));
        let big = format!("[{}]", "1,".repeat(600_000));
        assert_eq!(check_update_body(&big, current), Err(UpdateError::TooLarge));
        let bad = edited(|v| v["events"][2]["priorities"] = serde_json::json!(["nope"]));
        match check_update_body(&bad, current) {
            Err(UpdateError::Invalid(first, 1)) => {
                assert_eq!(
                    first.to_string(),
                    "events[2] \"csom-day-1\", field \"priorities\": unknown priority \"nope\""
                )
            }
            other => panic!("{other:?}"),
        }
        let js = edited(|v| {
            v["priorities"][2]["deliverables"][0]["links"][0]["url"] = "javascript:alert(1)".into()
        });
        assert!(matches!(
            check_update_body(&js, current),
            Err(UpdateError::Invalid(..))
        ));
        let older = edited(|v| v["updated"] = "2023-01-01".into());
        assert_eq!(
            check_update_body(&older, current),
            Err(UpdateError::Older(Date::parse("2023-01-01").unwrap()))
        );
        // Markup in text is just text: it passes, and the views render it as text.
        let markup = edited(|v| v["events"][0]["title"]["en"] = "<script>alert(1)</script>".into());
        assert!(check_update_body(&markup, current).is_ok());
    }
}
