//! The collector of problems that the data checks share: each problem is tagged with
//! its record and field, and the common checks of text, references and dates.

use super::{DataError, FieldPath, List, ProblemKind, Record};
use crate::ids::{self, Reserved};
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
    pub(super) fn fail(&mut self, record: &Record, field: impl Into<FieldPath>, kind: ProblemKind) {
        self.errors.push(DataError {
            record: record.clone(),
            field: field.into(),
            kind,
        });
    }

    /// A record's id: lower-case letters and digits joined by single hyphens (it goes into
    /// links), not an id the page makes itself, and not an earlier record's of its `list`.
    pub(super) fn id<'d>(
        &mut self,
        record: &Record,
        id: &'d str,
        seen: &mut HashSet<&'d str>,
        list: List,
    ) {
        // A hidden character is named as such, not once more as an unsafe id.
        let clean = self.plain(record, "id", id);
        if clean && !ids::is_url_safe(id) {
            self.fail(record, "id", ProblemKind::NotUrlSafe);
        } else if let Some(reserved) = ids::reserved(id).filter(|_| clean) {
            let kind = match reserved {
                Reserved::Prefix => ProblemKind::ReservedPrefix,
                Reserved::Suffix => ProblemKind::ReservedSuffix,
                Reserved::PageId => ProblemKind::PageId,
            };
            self.fail(record, "id", kind);
        }
        if !seen.insert(id) {
            self.fail(record, "id", ProblemKind::DuplicateId { list });
        }
    }

    /// A reader-facing text: English and Thai both present, trimmed and clean prose.
    pub(super) fn text(&mut self, record: &Record, field: impl Into<FieldPath>, text: &Text) {
        let field = field.into();
        let blank = |s: &str| s.trim().is_empty();
        let padded = |s: &str| s.trim() != s;
        let en = field.clone().key("en");
        if blank(&text.en) {
            self.fail(record, en.clone(), ProblemKind::Empty);
        } else if padded(&text.en) {
            self.fail(record, en.clone(), ProblemKind::Padded);
        }
        self.prose(record, &en, &text.en);
        let th = field.key("th");
        match &text.th {
            None => self.fail(record, th.clone(), ProblemKind::MissingThai),
            Some(t) if blank(t) => self.fail(record, th.clone(), ProblemKind::Empty),
            Some(t) if padded(t) => self.fail(record, th.clone(), ProblemKind::Padded),
            Some(_) => {}
        }
        if let Some(t) = &text.th {
            self.prose(record, &th, t);
            self.thai_names(record, &th, t);
        }
    }

    pub(super) fn opt_text(&mut self, record: &Record, field: &'static str, text: &Option<Text>) {
        if let Some(text) = text {
            self.text(record, field, text);
        }
    }

    pub(super) fn texts(&mut self, record: &Record, field: &'static str, texts: &[Text]) {
        for (i, text) in texts.iter().enumerate() {
            self.text(record, FieldPath::from(field).index(i), text);
        }
    }

    /// Every id resolves to a record of `list` and none repeats.
    pub(super) fn refs(
        &mut self,
        record: &Record,
        field: &'static str,
        ids: &[String],
        list: List,
        exists: impl Fn(&str) -> bool,
    ) {
        let mut seen = HashSet::new();
        for (i, id) in ids.iter().enumerate() {
            // The item's index, so that an editor's report can tell an event's main
            // track (the first) from its other tracks.
            let at = FieldPath::from(field).index(i);
            if self.plain(record, at.clone(), id) && !exists(id) {
                let id = id.clone();
                self.fail(record, at.clone(), ProblemKind::UnknownRef { list, id });
            }
            if !seen.insert(id) {
                let id = id.clone();
                self.fail(record, at, ProblemKind::ListedTwice { list, id });
            }
        }
    }

    pub(super) fn sources(&mut self, record: &Record, ids: &[String]) {
        let data = self.data;
        self.refs(record, "sources", ids, List::Sources, |id| {
            data.source(id).is_some()
        });
    }

    pub(super) fn in_week(&mut self, record: &Record, field: &'static str, date: Date) {
        let week = &self.data.week;
        if date < week.start || date > week.end {
            let (start, end) = (week.start, week.end);
            self.fail(record, field, ProblemKind::OutsideWeek { date, start, end });
        }
    }
}
