//! What the data checks find, as typed values: the record, the path to its field and the
//! kind of problem with the values it names. The words for it, in English and Thai, come
//! from one exhaustive match in `i18n::problem`, so a kind cannot go without its Thai;
//! the spreadsheet puts a problem on its cell by the record and the path, never by
//! reading a message.

use crate::model::{Date, Released, Time};
use std::borrow::Cow;
use std::fmt;

/// A kind of record: a top-level list of the data file, or a card's deliverables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum List {
    /// `days`
    Days,
    /// `events`
    Events,
    /// `priorities`: the priority cards.
    Priorities,
    /// A card's `deliverables`.
    Deliverables,
    /// `sources`
    Sources,
    /// `tracks`
    Tracks,
}

impl List {
    /// The lists at the top of the data file (deliverables sit on their card).
    const TOP: [List; 5] = [
        List::Days,
        List::Events,
        List::Priorities,
        List::Sources,
        List::Tracks,
    ];

    /// Its key in the data file.
    pub fn key(self) -> &'static str {
        match self {
            List::Days => "days",
            List::Events => "events",
            List::Priorities => "priorities",
            List::Deliverables => "deliverables",
            List::Sources => "sources",
            List::Tracks => "tracks",
        }
    }
}

/// One step of a path into the data: a field's name or a list's index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Step {
    /// A field of an object.
    Key(Cow<'static, str>),
    /// An item of a list, from 0.
    Index(usize),
}

/// The path to a value inside a record (`outcomes[1].th`), or from the top of the file;
/// empty for the record as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct FieldPath(Vec<Step>);

impl FieldPath {
    /// The path of the record as a whole.
    pub fn whole() -> FieldPath {
        FieldPath(Vec::new())
    }

    /// This path, then the field `key`.
    pub fn key(mut self, key: impl Into<Cow<'static, str>>) -> FieldPath {
        self.0.push(Step::Key(key.into()));
        self
    }

    /// This path, then the list's item `index`.
    pub fn index(mut self, index: usize) -> FieldPath {
        self.0.push(Step::Index(index));
        self
    }

    /// Its steps, first to last.
    pub fn steps(&self) -> &[Step] {
        &self.0
    }

    /// Its field names, without the indices (`outcomes[1].th` → `outcomes`, `th`).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().filter_map(|step| match step {
            Step::Key(key) => Some(key.as_ref()),
            Step::Index(_) => None,
        })
    }

    /// Whether it names the record as a whole.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<&'static str> for FieldPath {
    /// The field `key` of the record; `""` is the record as a whole.
    fn from(key: &'static str) -> FieldPath {
        if key.is_empty() {
            FieldPath::whole()
        } else {
            FieldPath::whole().key(key)
        }
    }
}

impl From<Vec<Step>> for FieldPath {
    fn from(steps: Vec<Step>) -> FieldPath {
        FieldPath(steps)
    }
}

impl fmt::Display for FieldPath {
    /// As serde_path_to_error writes a path: `events[3].span.to`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => f.write_str(key)?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// The record a problem is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// The file as a whole: its version, its change lines, or text that cannot be read.
    File,
    /// The week's settings.
    Week,
    /// A list as a whole (`days`, `tracks`, `priorities`).
    List(List),
    /// An item of a top-level list, named by its id (a day by its date) where known.
    Item {
        /// The list it is in.
        list: List,
        /// Its place in the list, from 0.
        index: usize,
        /// Its id, or a day's date.
        id: Option<String>,
    },
    /// A deliverable, on the card `card`.
    Deliverable {
        /// Its card's place among the priorities, from 0.
        card: usize,
        /// Its place on the card, from 0.
        index: usize,
        /// Its id.
        id: Option<String>,
    },
}

impl Record {
    /// The item `index` of `list`, whose id (or date) is `id`.
    pub fn item(list: List, index: usize, id: impl fmt::Display) -> Record {
        Record::Item {
            list,
            index,
            id: Some(id.to_string()),
        }
    }

    /// The path from the top of the data file to the record (`priorities[0].deliverables[1]`).
    pub fn path(&self) -> FieldPath {
        match self {
            Record::File => FieldPath::whole(),
            Record::Week => FieldPath::from("week"),
            Record::List(list) => FieldPath::from(list.key()),
            Record::Item { list, index, .. } => FieldPath::from(list.key()).index(*index),
            Record::Deliverable { card, index, .. } => FieldPath::from("priorities")
                .index(*card)
                .key("deliverables")
                .index(*index),
        }
    }

    /// The record at the start of `steps`, a path from the top of the file, and the path
    /// inside it; the file itself when the path names no record.
    fn split(steps: Vec<Step>) -> (Record, FieldPath) {
        let key = |at: usize| match steps.get(at) {
            Some(Step::Key(key)) => Some(key.as_ref()),
            _ => None,
        };
        let index = |at: usize| match steps.get(at) {
            Some(Step::Index(index)) => Some(*index),
            _ => None,
        };
        let list = key(0).and_then(|key| List::TOP.into_iter().find(|l| l.key() == key));
        let (record, taken) = match (key(0), list, index(1)) {
            (Some("week"), ..) => (Record::Week, 1),
            (_, Some(List::Priorities), Some(card))
                if key(2) == Some("deliverables") && index(3).is_some() =>
            {
                let index = index(3).unwrap_or_default();
                let id = None;
                (Record::Deliverable { card, index, id }, 4)
            }
            (_, Some(list), Some(index)) => (
                Record::Item {
                    list,
                    index,
                    id: None,
                },
                2,
            ),
            _ => (Record::File, 0),
        };
        (record, FieldPath(steps[taken..].to_vec()))
    }

    fn set_id(&mut self, found: Option<String>) {
        if let Record::Item { id, .. } | Record::Deliverable { id, .. } = self {
            *id = found;
        }
    }
}

impl fmt::Display for Record {
    /// `events[3] "csom-day-1"`, `week`, `file`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Record::File => f.write_str("file"),
            Record::Week => f.write_str("week"),
            Record::List(list) => f.write_str(list.key()),
            Record::Item { id, .. } | Record::Deliverable { id, .. } => {
                write!(f, "{}", self.path())?;
                match id {
                    Some(id) => write!(f, " {id:?}"),
                    None => Ok(()),
                }
            }
        }
    }
}

/// Declares `ProblemKind` and its twin without values, `Check`, from one list, so that
/// `Check::ALL` names every kind: the test that breaks the week once per kind
/// (`crates/core/tests/problems.rs`) walks it.
macro_rules! problem_kinds {
    ($(
        $(#[$doc:meta])*
        $name:ident $({ $( $(#[$field_doc:meta])* $field:ident: $ty:ty ),* $(,)? })?,
    )*) => {
        /// What is wrong, with the values its message names. Its words, in English and
        /// Thai, are `i18n::problem`'s.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum ProblemKind {
            $( $(#[$doc])* $name $({ $( $(#[$field_doc])* $field: $ty ),* })?, )*
        }

        /// Which check found a problem: its `ProblemKind` without the values.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Check {
            $( $(#[$doc])* $name, )*
        }

        impl Check {
            /// Every check, in the order of their declaration.
            pub const ALL: &'static [Check] = &[ $( Check::$name, )* ];
        }

        impl ProblemKind {
            /// The check that finds this kind of problem.
            pub fn check(&self) -> Check {
                match self {
                    $( ProblemKind::$name { .. } => Check::$name, )*
                }
            }
        }
    };
}

problem_kinds! {
    /// The text cannot be read as the data (a syntax error, a value of the wrong type, a
    /// missing or unknown field): the JSON reader's own message, the one foreign text.
    Unreadable { detail: String },
    /// The release number is 0.
    VersionZero,
    /// The file lists no release (neither `releases` nor an older file's `updated`).
    NoRelease,
    /// The file has both `releases` and an older file's `updated` or `changes`: one fact
    /// said twice.
    ReleaseSaidTwice,
    /// A release's number is not above the one listed before it.
    ReleaseOrder { previous: u32 },
    /// The last release listed is not the file's `version`.
    ReleaseNotLatest { last: u32 },
    /// A release came out before the one listed before it.
    ReleaseBackwards { previous: Released },
    /// An id is not lower-case letters and digits joined by single hyphens.
    NotUrlSafe,
    /// An id starts as the page's own ids do (`day-`, `priority-`, …).
    ReservedPrefix,
    /// An id ends as the page's own ids do (`-heading`, `-link`).
    ReservedSuffix,
    /// An id is one the page uses itself.
    PageId,
    /// An earlier record of the same list has this id.
    DuplicateId { list: List },
    /// A source's id is not S or N and digits.
    BadSourceId,
    /// A text (or a value) is blank.
    Empty,
    /// A text has spaces at either end.
    Padded,
    /// A text has no Thai.
    MissingThai,
    /// A value holds a character that hides or reorders text (Unicode's Cf), a control
    /// character (a line break where only a text may have one) or a line separator.
    FormatChar { found: char, at: usize },
    /// A text talks about the app or its research.
    AppRemark { phrase: &'static str },
    /// An id that no record of `list` has.
    UnknownRef { list: List, id: String },
    /// An id listed twice in one field.
    ListedTwice { list: List, id: String },
    /// An address that is not `https:`.
    NotHttps { url: String },
    /// The week ends before it starts.
    WeekEndsEarly { start: Date, end: Date },
    /// The week's UTC offset is not `+HH:MM`.
    BadOffset { offset: String },
    /// The week's UTC offset is not its zone's standard offset at the week (`expected`,
    /// in seconds east of UTC).
    OffsetDisagrees { offset: String, expected: i32 },
    /// The zone is not one of the tz database (the build steps look it up; the core
    /// has no zone database, so its own checks never report this).
    UnknownZone { zone: String },
    /// The zone's abbreviation is not a short one.
    BadZoneAbbr { abbr: String },
    /// The data file's name is not lower-case and `.json`.
    BadDataFile { file: String },
    /// A date outside the week.
    OutsideWeek { date: Date, start: Date, end: Date },
    /// The days skip or repeat a date: this one was expected.
    DayOutOfOrder { expected: Date },
    /// The days stop before the week's last day.
    DaysIncomplete { start: Date, end: Date },
    /// No event is on this day.
    EmptyDay,
    /// A day's note has no source.
    DayNoteUnsourced,
    /// An event's run is not several days around its date.
    BadSpan { date: Date },
    /// An end time without a start time.
    EndWithoutStart,
    /// The end time is not after the start.
    EndNotAfterStart { start: Time, end: Time },
    /// A time that the zone's clocks jump over on its date (spring forward).
    TimeSkipped { date: Date, time: Time, zone: String },
    /// A time that the zone's clocks pass twice on its date (fall back).
    TimeRepeated { date: Date, time: Time, zone: String },
    /// `approximate` without a start time.
    ApproximateUntimed,
    /// An event listed after one of a later day.
    DayBeforePrevious { previous: Date },
    /// A timed event listed after a later one of its day.
    TimeBeforePrevious { start: Time, previous: Time },
    /// The title repeats the abbreviation the page shows beside it.
    RepeatsAbbreviation,
    /// An event without a track.
    NoTrack,
    /// An event lists a track twice.
    TrackTwice,
    /// An event has no `https:` source.
    NoHttpsSource,
    /// A partly confirmed event says nothing of what is uncertain.
    PartlyConfirmedWithoutNote,
    /// An event has a date source and is marked inferred.
    DateSourceAndInferred,
    /// The date source is not among the event's sources.
    DateSourceNotCited { id: String },
    /// No date source, and not marked inferred.
    NoDateSource,
    /// An inferred date without a note saying so.
    InferredWithoutNote,
    /// A card's number of deliverables is not 1 to 4.
    DeliverableCount { count: usize },
    /// The number of cards is not 1 to `identity::MAX_CARDS`.
    CardCount { count: usize },
    /// No event advances this priority.
    PriorityUnused,
    /// A record without any source.
    NoSource,
    /// A source on the weak-source list (the entry it falls under).
    WeakSource { entry: &'static str },
    /// An official source that is a copy on a mirror site.
    MirrorCopy { host: String },
    /// A source nothing cites.
    Uncited,
    /// Every source of the record is a syndication feed that disclaims its content (the
    /// entry of `syndication_feeds.txt` the first falls under).
    OnlySyndicated { entry: &'static str },
    /// A confirmed event whose every source is weak, unverified or a syndication feed.
    ConfirmedOnWeakSources,
    /// A text credits a news outlet from which the record cites no source.
    OutletNotCited { outlet: &'static str },
    /// A Thai text uses an informal country name that the government does not use.
    InformalName { found: &'static str, official: &'static str },
    /// The data has no track.
    NoTracks,
    /// A track's letter is not one or two characters.
    LetterLength { letter: String },
    /// An earlier track has this letter.
    LetterTaken { letter: String },
    /// Not a `#rrggbb` colour.
    NotAColour { colour: String },
    /// A colour of a track, a card or the brand its letters cannot be read on: white ones,
    /// or near-black ones (`dark`: a track's or card's dark-theme shade), at `tenths`
    /// tenths of a ratio under 4.5:1.
    LowContrast { colour: String, dark: bool, tenths: u32 },
}

/// One problem found in a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The record it is in.
    pub record: Record,
    /// The field inside the record; empty when the record as a whole is wrong.
    pub field: FieldPath,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl DataError {
    /// The JSON reader's message `detail` about the value at `steps` from the top of the
    /// file (empty for the whole file). `id_of` looks up the id (or date) of the record
    /// at a path, where the file was read, if it can.
    pub fn unreadable(
        steps: Vec<Step>,
        id_of: impl FnOnce(&FieldPath) -> Option<String>,
        detail: String,
    ) -> DataError {
        let (mut record, field) = Record::split(steps);
        if matches!(record, Record::Item { .. } | Record::Deliverable { .. }) {
            record.set_id(id_of(&record.path()));
        }
        DataError {
            record,
            field,
            kind: ProblemKind::Unreadable { detail },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(path: FieldPath) -> Vec<Step> {
        path.steps().to_vec()
    }

    #[test]
    fn a_reading_error_names_its_record_and_the_field_inside_it() {
        let at = |path: FieldPath| {
            let e = DataError::unreadable(steps(path), |p| Some(p.to_string()), "x".into());
            (e.record.to_string(), e.field.to_string())
        };
        let events = FieldPath::from("events").index(3);
        assert_eq!(
            at(events.key("span").key("to")),
            ("events[3] \"events[3]\"".into(), "span.to".into())
        );
        let deliverable = FieldPath::from("priorities")
            .index(0)
            .key("deliverables")
            .index(1);
        assert_eq!(
            at(deliverable.key("title")),
            (
                "priorities[0].deliverables[1] \"priorities[0].deliverables[1]\"".into(),
                "title".into()
            )
        );
        assert_eq!(
            at(FieldPath::from("week").key("title")),
            ("week".into(), "title".into())
        );
        assert_eq!(
            at(FieldPath::from("changes").index(0).key("en")),
            ("file".into(), "changes[0].en".into())
        );
        assert_eq!(at(FieldPath::whole()), ("file".into(), String::new()));
    }
}
