//! The collector of problems that the data checks share: each problem is tagged with
//! its record and field, and the common checks of text, references and dates.

use super::DataError;
use crate::ids;
use crate::model::{Dataset, Date, Text};
use std::collections::HashSet;

/// Collects problems, each tagged with its record and field.
pub(super) struct Checker<'a> {
    /// The data being checked.
    pub(super) data: &'a Dataset,
    /// What was found so far.
    pub(super) errors: Vec<DataError>,
}

impl Checker<'_> {
    pub(super) fn fail(&mut self, record: &str, field: &str, message: impl Into<String>) {
        self.errors.push(DataError {
            record: record.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// A record's id: lower-case letters and digits joined by single hyphens (it goes into
    /// links), not an id the page makes itself, and not an earlier record's of its `kind`.
    pub(super) fn id<'d>(
        &mut self,
        record: &str,
        id: &'d str,
        seen: &mut HashSet<&'d str>,
        kind: &str,
    ) {
        if !ids::is_url_safe(id) {
            self.fail(
                record,
                "id",
                "must be lower-case letters and digits joined by single hyphens",
            );
        } else if let Some(reason) = ids::reserved(id) {
            self.fail(record, "id", reason);
        }
        if !seen.insert(id) {
            self.fail(record, "id", format!("is used by an earlier {kind}"));
        }
    }

    /// A reader-facing text: English and Thai both present, trimmed and clean prose.
    pub(super) fn text(&mut self, record: &str, field: &str, text: &Text) {
        let blank = |s: &str| s.trim().is_empty();
        let padded = |s: &str| s.trim() != s;
        let en = format!("{field}.en");
        if blank(&text.en) {
            self.fail(record, &en, "is empty");
        } else if padded(&text.en) {
            self.fail(record, &en, "has leading or trailing spaces");
        }
        self.prose(record, &en, &text.en);
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
        if let Some(t) = &text.th {
            self.prose(record, &th, t);
        }
    }

    pub(super) fn opt_text(&mut self, record: &str, field: &str, text: &Option<Text>) {
        if let Some(text) = text {
            self.text(record, field, text);
        }
    }

    pub(super) fn texts(&mut self, record: &str, field: &str, texts: &[Text]) {
        for (i, text) in texts.iter().enumerate() {
            self.text(record, &format!("{field}[{i}]"), text);
        }
    }

    /// Every id resolves and none repeats.
    pub(super) fn refs(
        &mut self,
        record: &str,
        field: &str,
        ids: &[String],
        kind: &str,
        exists: impl Fn(&str) -> bool,
    ) {
        let mut seen = HashSet::new();
        for (i, id) in ids.iter().enumerate() {
            // The item's index, so that an editor's report can tell an event's main
            // track (the first) from its other tracks.
            let at = format!("{field}[{i}]");
            if !exists(id) {
                self.fail(record, &at, format!("unknown {kind} {id:?}"));
            }
            if !seen.insert(id) {
                self.fail(record, &at, format!("{kind} {id:?} is listed twice"));
            }
        }
    }

    pub(super) fn sources(&mut self, record: &str, ids: &[String]) {
        let data = self.data;
        self.refs(record, "sources", ids, "source", |id| {
            data.source(id).is_some()
        });
    }

    pub(super) fn in_week(&mut self, record: &str, field: &str, date: Date) {
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
