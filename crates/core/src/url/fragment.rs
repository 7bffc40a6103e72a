//! The fragment: the element id of a section, resolved against the week, or named back
//! to the reader when it is not one.

use super::percent_decode;
use crate::model::{Dataset, Date};

/// A section of the page that a fragment can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section<'a> {
    /// A day, `#day-YYYY-MM-DD`.
    Day(Date),
    /// An event, `#<event-id>`.
    Event(&'a str),
    /// A priority card, `#priority-<id>`.
    Priority(&'a str),
    /// A deliverable on a card, `#deliverable-<id>`.
    Deliverable(&'a str),
}

/// What a URL fragment means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fragment<'a> {
    /// No fragment: the top of the page.
    None,
    /// A section that exists.
    Section(Section<'a>),
    /// Something that is not a section of this week; the text is kept for the notice,
    /// decoded and cut to a readable length.
    Unknown(String),
}

/// The longest unknown fragment repeated back to the reader.
const MAX_ECHO_CHARS: usize = 60;

/// The fragment that opens the element with this id: `#<id>`. Every fragment the app
/// writes is made here; `parse_fragment` reads it back.
pub fn fragment(element_id: &str) -> String {
    format!("#{element_id}")
}

/// Splits a WordPress host's secret off a fragment. WordPress appends `#?secret=<s>` to
/// an embedded frame's address, after any fragment the address had, so a frame may be
/// opened at `#day-2022-11-18#?secret=abc` or at `#?secret=abc`. Returns the fragment
/// without that tail (with its `#`, or `""`), and the secret if it is valid (see
/// `embed::parse_secret`). The tail is dropped even when its secret is not valid: it is
/// never a section.
pub fn split_secret(hash: &str) -> (&str, Option<String>) {
    let Some(at) = hash
        .find("#?")
        .or_else(|| hash.starts_with('?').then_some(0))
    else {
        return (hash, None);
    };
    let tail = hash[at..].trim_start_matches(['#', '?']);
    let secret = tail
        .split('&')
        .find_map(|pair| pair.strip_prefix("secret="))
        .and_then(crate::embed::parse_secret);
    (&hash[..at], secret)
}

/// Reads a fragment (with or without `#`) against the data. Never fails: anything that
/// is not the element id of a section is `Unknown`. A WordPress host's `#?secret=…`
/// tail is not part of it (see `split_secret`).
pub fn parse_fragment<'a>(hash: &str, data: &'a Dataset) -> Fragment<'a> {
    let (hash, _) = split_secret(hash);
    let raw = hash.strip_prefix('#').unwrap_or(hash);
    if raw.is_empty() {
        return Fragment::None;
    }
    let id = percent_decode(raw);
    // The page's own places, not sections: the browser scrolls to them by itself.
    if [crate::ids::TIMELINE, crate::ids::CALENDARS].contains(&id.as_str()) {
        return Fragment::None;
    }
    match resolve(&id, data) {
        Some(section) => Fragment::Section(section),
        None => {
            let mut echo: String = id
                .chars()
                .filter(|c| !c.is_control())
                .take(MAX_ECHO_CHARS)
                .collect();
            if id.chars().count() > MAX_ECHO_CHARS {
                echo.push('…');
            }
            Fragment::Unknown(echo)
        }
    }
}

/// The section whose element id is `id`, if there is one.
pub fn resolve<'a>(id: &str, data: &'a Dataset) -> Option<Section<'a>> {
    if !crate::ids::is_url_safe(id) {
        return None;
    }
    if let Some(date) = id.strip_prefix("day-") {
        return data
            .days
            .iter()
            .find(|d| d.date.to_string() == date)
            .map(|d| Section::Day(d.date));
    }
    if let Some(p) = id.strip_prefix("priority-") {
        return data.priority(p).map(|p| Section::Priority(&p.id));
    }
    if let Some(d) = id.strip_prefix("deliverable-") {
        return data.deliverable(d).map(|x| Section::Deliverable(&x.id));
    }
    data.event(id).map(|e| Section::Event(&e.id))
}

impl Section<'_> {
    /// Every section of the week in `data`: the days, the events, the cards and the
    /// deliverables, in that order (each has a preview page and an oEmbed response).
    pub fn all(data: &Dataset) -> Vec<Section<'_>> {
        let days = data.days.iter().map(|d| Section::Day(d.date));
        let events = data.events.iter().map(|e| Section::Event(&e.id));
        let cards = data.priorities.iter().map(|p| Section::Priority(&p.id));
        let deliverables = data
            .priorities
            .iter()
            .flat_map(|p| &p.deliverables)
            .map(|d| Section::Deliverable(&d.id));
        days.chain(events)
            .chain(cards)
            .chain(deliverables)
            .collect()
    }

    /// The element id, the inverse of `resolve`.
    pub fn element_id(&self) -> String {
        match self {
            Section::Day(date) => crate::ids::day(date),
            Section::Event(id) => (*id).to_string(),
            Section::Priority(id) => crate::ids::priority(id),
            Section::Deliverable(id) => crate::ids::deliverable(id),
        }
    }

    /// The fragment that opens this section, `#<element id>`.
    pub fn fragment(&self) -> String {
        fragment(&self.element_id())
    }

    /// The element id of the row that opens in place to show this section (an event or a
    /// deliverable), if it is one.
    pub fn row_id(&self) -> Option<String> {
        match self {
            Section::Event(_) | Section::Deliverable(_) => Some(self.element_id()),
            Section::Day(_) | Section::Priority(_) => None,
        }
    }

    /// The event this section is, if it is one (filters can hide events only).
    pub fn event_id(&self) -> Option<&str> {
        match self {
            Section::Event(id) => Some(id),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;

    #[test]
    fn every_section_id_resolves_and_round_trips() {
        let data = fixture();
        let deliverables: usize = data.priorities.iter().map(|p| p.deliverables.len()).sum();
        let all = Section::all(data);
        assert!(deliverables > 0);
        assert_eq!(
            all.len(),
            data.days.len() + data.events.len() + data.priorities.len() + deliverables
        );
        let mut ids: Vec<String> = data.days.iter().map(|d| d.element_id()).collect();
        ids.extend(data.events.iter().map(|e| e.id.clone()));
        ids.extend(data.priorities.iter().map(|p| p.element_id()));
        ids.extend(
            data.priorities
                .iter()
                .flat_map(|p| &p.deliverables)
                .map(|d| d.element_id()),
        );
        assert_eq!(all.iter().map(Section::element_id).collect::<Vec<_>>(), ids);
        for (id, made) in ids.iter().zip(&all) {
            assert_eq!(made.fragment(), fragment(id));
            let Fragment::Section(section) = parse_fragment(&fragment(id), data) else {
                panic!("{id} does not resolve");
            };
            assert_eq!(&section, made);
            assert_eq!(&section.element_id(), id);
        }
        assert_eq!(fragment("gala-dinner"), "#gala-dinner");
        assert_eq!(
            parse_fragment("#day-2022-11-18", data),
            Fragment::Section(Section::Day(Date::parse("2022-11-18").unwrap()))
        );
        assert_eq!(
            parse_fragment("#gala-dinner", data).clone(),
            Fragment::Section(Section::Event("gala-dinner"))
        );
    }

    #[test]
    fn a_wordpress_secret_is_split_off_and_never_a_section() {
        let data = fixture();
        assert_eq!(
            split_secret("#day-2022-11-18#?secret=abc123"),
            ("#day-2022-11-18", Some("abc123".into()))
        );
        assert_eq!(split_secret("#?secret=Zz9"), ("", Some("Zz9".into())));
        assert_eq!(split_secret("?secret=Zz9"), ("", Some("Zz9".into())));
        assert_eq!(
            split_secret("#gala-dinner#?x=1&secret=k2"),
            ("#gala-dinner", Some("k2".into()))
        );
        assert_eq!(split_secret("#gala-dinner"), ("#gala-dinner", None));
        assert_eq!(split_secret(""), ("", None));
        // A bad secret is ignored, and its tail still never becomes a section.
        for hash in ["#?secret=a%20b", "#?secret=", "#?other=1", "#?"] {
            assert_eq!(split_secret(hash), ("", None), "{hash}");
            assert_eq!(parse_fragment(hash, data), Fragment::None, "{hash}");
        }
        assert_eq!(
            parse_fragment("#day-2022-11-18#?secret=abc123", data),
            Fragment::Section(Section::Day(Date::parse("2022-11-18").unwrap()))
        );
        assert_eq!(
            parse_fragment("#nope#?secret=abc123", data),
            Fragment::Unknown("nope".into())
        );
    }

    #[test]
    fn unknown_and_hostile_fragments_are_named_not_obeyed() {
        let data = fixture();
        assert_eq!(parse_fragment("", data), Fragment::None);
        assert_eq!(parse_fragment("#", data), Fragment::None);
        assert_eq!(
            parse_fragment("#timeline", data),
            Fragment::None,
            "the skip link's target"
        );
        assert_eq!(
            parse_fragment("#calendars", data),
            Fragment::None,
            "the calendar notes' target"
        );
        for (hash, echo) in [
            ("#day-2022-11-20", "day-2022-11-20"),
            ("#priority-", "priority-"),
            ("#deliverable-nope", "deliverable-nope"),
            (
                "#%3Cscript%3Ealert(1)%3C/script%3E",
                "<script>alert(1)</script>",
            ),
            ("#GALA-DINNER", "GALA-DINNER"),
            ("#%E0%B8", "\u{FFFD}"),
            ("#a%00b", "ab"),
        ] {
            assert_eq!(
                parse_fragment(hash, data),
                Fragment::Unknown(echo.into()),
                "{hash}"
            );
        }
        let long = format!("#{}", "x".repeat(500));
        let Fragment::Unknown(echo) = parse_fragment(&long, data) else {
            panic!()
        };
        assert_eq!(echo.chars().count(), MAX_ECHO_CHARS + 1);
    }
}
