//! The events' calendar UIDs (`Event::uid`): a random v4 UUID given once to each event
//! that has none, then kept for ever, because a calendar that imported an event
//! recognises it again only by its UID. They are not in the editors' workbook (nothing
//! to edit, and a copied row must not copy one): `make data` carries each over from the
//! published file by the event's id and gives new events new ones; `make uids` gives them
//! to a data file's events that lack one, with no release.

use aelw_core::model::Dataset;

/// Gives `data`'s events the UIDs they had in `published` (by event id), unless `data`
/// is another summit's first release (a new data file name), whose events must not share
/// a calendar identity with the summit it was copied from; then a new UUID to every
/// event still without one. Returns how many were new.
pub fn carry_over(data: &mut Dataset, published: &Dataset) -> usize {
    if data.week.data_file == published.week.data_file {
        for event in data.events.iter_mut().filter(|e| e.uid.is_none()) {
            event.uid = published.event(&event.id).and_then(|e| e.uid.clone());
        }
    }
    assign(data)
}

/// A new UUID to each event without one, and to any event whose UID an earlier event
/// already has (a hand-copied record); returns how many were given.
pub fn assign(data: &mut Dataset) -> usize {
    let mut seen = std::collections::HashSet::new();
    let mut given = 0;
    for event in &mut data.events {
        let fresh = event.uid.as_ref().is_none_or(|u| !seen.insert(u.clone()));
        if fresh {
            let uid = uuid::Uuid::new_v4().to_string();
            seen.insert(uid.clone());
            event.uid = Some(uid);
            given += 1;
        }
    }
    given
}

#[cfg(test)]
mod tests {
    use super::*;
    use aelw_core::data::fixture;

    fn without_uids() -> Dataset {
        let mut data = fixture().clone();
        for e in &mut data.events {
            e.uid = None;
        }
        data
    }

    #[test]
    fn every_event_gets_a_distinct_uuid_once() {
        let mut data = without_uids();
        assert_eq!(assign(&mut data), data.events.len());
        let uids: std::collections::HashSet<_> = data.events.iter().map(|e| &e.uid).collect();
        assert_eq!(uids.len(), data.events.len());
        for uid in uids.iter().copied().flatten() {
            assert!(uuid::Uuid::parse_str(uid).is_ok_and(|u| u.get_version_num() == 4));
        }
        let before = data.clone();
        assert_eq!(assign(&mut data), 0);
        assert_eq!(data, before);
    }

    #[test]
    fn a_release_keeps_the_published_uids_and_gives_new_events_and_copies_new_ones() {
        let mut published = without_uids();
        assign(&mut published);
        let mut edited = without_uids();
        let mut added = edited.events[0].clone();
        added.id = "new-event".into();
        edited.events.push(added);
        assert_eq!(carry_over(&mut edited, &published), 1);
        for (old, new) in published.events.iter().zip(&edited.events) {
            assert_eq!(old.uid, new.uid, "{}", old.id);
        }
        let new = edited.events.last().unwrap();
        assert!(published.events.iter().all(|e| e.uid != new.uid));
        // A copied record's UID is replaced, the first keeps its own.
        let first = edited.events[0].uid.clone();
        edited.events[1].uid = first.clone();
        assert_eq!(assign(&mut edited), 1);
        assert_eq!(edited.events[0].uid, first);
        assert_ne!(edited.events[1].uid, first);
        // Another summit copied from this one starts with identities of its own.
        let mut copy = without_uids();
        copy.week.data_file = "another.json".into();
        carry_over(&mut copy, &published);
        for (old, new) in published.events.iter().zip(&copy.events) {
            assert_ne!(old.uid, new.uid);
        }
    }
}
