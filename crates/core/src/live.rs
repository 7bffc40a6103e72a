//! The week against the clock: whether it is still to come, under way or over, what is on
//! now and what is next, and when the app should look for a newer release. Pure: the
//! instant comes from the app's clock (the browser's, or `?now=`), the zone from the
//! rules baked at build time.
//!
//! The rule for "now": an event is in progress from its `start` (inclusive) to its `end`
//! (exclusive), in the summit's zone; an `end` earlier than the `start` is on the next
//! day. An event with a start and no end is never "now", since no source says how long
//! it ran and the page does not invent a duration; it can be "next". Events with only a
//! time of day ("Evening") or no time are never now or next, though their day is today.

use crate::model::{Dataset, Date, Event, Time};
use crate::zone::{DAY, Instant, ZoneRules};

/// How long before the first day (and after the last) the app refreshes the week.
pub const LIVE_MARGIN: i64 = DAY;

/// How far away the week's first day is, in the unit a reader wants at that distance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// Calendar days in the summit's zone, while that is two or more.
    Days(u32),
    /// Whole hours, rounded up, from 48 hours down to one.
    Hours(u32),
    /// Whole minutes, rounded up, in the last hour.
    Minutes(u32),
}

/// The next timed start, and every event that starts then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Next {
    /// When, as an instant (for the reader's own zone).
    pub at: Instant,
    /// Its date in the summit's zone.
    pub date: Date,
    /// Its wall-clock time in the summit's zone, as the data gives it.
    pub time: Time,
    /// The ids of the events starting then.
    pub events: Vec<String>,
}

/// Where the week stands at an instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Before the first day begins in the summit's zone.
    Before {
        /// How long until it starts.
        countdown: Countdown,
        /// The first day.
        first_day: Date,
    },
    /// From the first day's midnight to the last day's end, in the summit's zone.
    During {
        /// Today's date in the summit's zone: the day the page opens on.
        today: Date,
        /// The ids of the events in progress.
        now: Vec<String>,
        /// The next timed start, if any remains.
        next: Option<Next>,
    },
    /// After the last day: the archive, with nothing marked.
    After,
}

/// What one event's row is marked with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Nothing: the archive's row.
    Plain,
    /// In progress.
    Now,
    /// Among the events that start next.
    Next,
}

impl Phase {
    /// The mark of the event with this id: only during the week, never for an untimed one.
    pub fn mark(&self, id: &str) -> Mark {
        match self {
            Phase::During { now, .. } if now.iter().any(|n| n == id) => Mark::Now,
            Phase::During {
                next: Some(next), ..
            } if next.events.iter().any(|n| n == id) => Mark::Next,
            _ => Mark::Plain,
        }
    }
}

/// An event's start and end as instants, when it has a clock time.
pub fn event_instants(rules: &ZoneRules, event: &Event) -> Option<(Instant, Option<Instant>)> {
    let begins = event.start?;
    let start = rules.instant(event.date, begins);
    let end = event.end.map(|end| rules.instant(event.end_date(), end));
    Some((start, end))
}

/// The first instant of the week and the first instant after it, in the summit's zone.
pub fn week_bounds(data: &Dataset, rules: &ZoneRules) -> (Instant, Instant) {
    let week = &data.week;
    (
        rules.start_of_day(week.start),
        rules.start_of_day(week.end.next()),
    )
}

/// Where the week stands at `now`.
pub fn phase(data: &Dataset, rules: &ZoneRules, now: Instant) -> Phase {
    let (first, after) = week_bounds(data, rules);
    if now >= after {
        return Phase::After;
    }
    if now < first {
        let first_day = data.week.start;
        let left = first - now;
        let countdown = if left > 2 * DAY {
            let today = rules.local(now).0;
            let days = crate::zone::days_from_date(first_day) - crate::zone::days_from_date(today);
            Countdown::Days(days.max(2) as u32)
        } else if left > 3600 {
            Countdown::Hours((left as u64).div_ceil(3600) as u32)
        } else {
            Countdown::Minutes((left as u64).div_ceil(60).max(1) as u32)
        };
        return Phase::Before {
            countdown,
            first_day,
        };
    }
    let mut in_progress = Vec::new();
    let mut next: Option<Next> = None;
    for event in &data.events {
        let Some((start, end)) = event_instants(rules, event) else {
            continue;
        };
        if end.is_some_and(|end| start <= now && now < end) {
            in_progress.push(event.id.clone());
        }
        if start > now {
            match &mut next {
                Some(n) if n.at == start => n.events.push(event.id.clone()),
                Some(n) if n.at < start => {}
                _ => {
                    let (date, time) = (
                        event.date,
                        event.start.unwrap_or(Time { hour: 0, minute: 0 }),
                    );
                    next = Some(Next {
                        at: start,
                        date,
                        time,
                        events: vec![event.id.clone()],
                    });
                }
            }
        }
    }
    Phase::During {
        today: rules.local(now).0,
        now: in_progress,
        next,
    }
}

/// Whether the app should look for newer releases at `now`: from a day before the week
/// to a day after it. Outside this window it makes no request at all.
pub fn in_live_window(data: &Dataset, rules: &ZoneRules, now: Instant) -> bool {
    let (first, after) = week_bounds(data, rules);
    first - LIVE_MARGIN <= now && now < after + LIVE_MARGIN
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;

    fn bangkok() -> ZoneRules {
        ZoneRules::fixed("Asia/Bangkok", 7 * 3600, "ICT")
    }
    fn at(date: &str, time: &str) -> Instant {
        bangkok().instant(Date::parse(date).unwrap(), Time::parse(time).unwrap())
    }

    /// A small week of our own, so that the tests do not follow the published record.
    fn week() -> Dataset {
        let mut data = fixture().clone();
        let template = data.events[0].clone();
        let event = |id: &str, date: &str, start: Option<&str>, end: Option<&str>| Event {
            id: id.into(),
            date: Date::parse(date).unwrap(),
            start: start.and_then(Time::parse),
            end: end.and_then(Time::parse),
            span: None,
            time_of_day: None,
            uid: None,
            ..template.clone()
        };
        data.week.start = Date::parse("2022-11-14").unwrap();
        data.week.end = Date::parse("2022-11-19").unwrap();
        data.events = vec![
            event("opening", "2022-11-14", Some("09:00"), Some("10:30")),
            event("press", "2022-11-14", Some("11:00"), None),
            event("lunch-a", "2022-11-14", Some("12:00"), Some("13:00")),
            event("lunch-b", "2022-11-14", Some("12:00"), Some("12:45")),
            event("gala", "2022-11-18", Some("19:00"), Some("00:30")),
            event("evening", "2022-11-18", None, None),
        ];
        data
    }

    #[test]
    fn before_the_week_it_counts_days_then_hours_then_minutes() {
        let data = week();
        let first_day = data.week.start;
        let phase = |date, time| phase(&data, &bangkok(), at(date, time));
        assert_eq!(
            phase("2022-11-01", "23:59"),
            Phase::Before {
                countdown: Countdown::Days(13),
                first_day
            }
        );
        assert_eq!(
            phase("2022-11-11", "12:00"),
            Phase::Before {
                countdown: Countdown::Days(3),
                first_day
            }
        );
        assert_eq!(
            phase("2022-11-12", "12:00"),
            Phase::Before {
                countdown: Countdown::Hours(36),
                first_day
            }
        );
        assert_eq!(
            phase("2022-11-13", "22:59"),
            Phase::Before {
                countdown: Countdown::Hours(2),
                first_day
            }
        );
        assert_eq!(
            phase("2022-11-13", "23:15"),
            Phase::Before {
                countdown: Countdown::Minutes(45),
                first_day
            }
        );
    }

    #[test]
    fn during_the_week_events_in_progress_are_now_and_the_earliest_start_is_next() {
        let data = week();
        let during = |date, time| phase(&data, &bangkok(), at(date, time));
        let Phase::During { today, now, next } = during("2022-11-14", "09:30") else {
            panic!()
        };
        assert_eq!(today.to_string(), "2022-11-14");
        assert_eq!(now, ["opening"]);
        let here = during("2022-11-14", "09:30");
        assert_eq!(
            ["opening", "press", "lunch-a", "evening"].map(|id| here.mark(id)),
            [Mark::Now, Mark::Next, Mark::Plain, Mark::Plain]
        );
        let next = next.unwrap();
        assert_eq!(
            (next.events, next.time.to_string()),
            (vec!["press".to_string()], "11:00".into())
        );

        // At the end, an event is over (the end is exclusive); one with no end is never now.
        let Phase::During { now, next, .. } = during("2022-11-14", "11:30") else {
            panic!()
        };
        assert!(now.is_empty());
        assert_eq!(next.unwrap().events, ["lunch-a", "lunch-b"]);
        let Phase::During { now, .. } = during("2022-11-14", "12:50") else {
            panic!()
        };
        assert_eq!(now, ["lunch-a"]);

        // An end before the start is on the next day; after the last start, nothing is next.
        let Phase::During { today, now, next } = during("2022-11-19", "00:10") else {
            panic!()
        };
        assert_eq!(
            (today.to_string(), now, next),
            ("2022-11-19".into(), vec!["gala".to_string()], None)
        );
    }

    #[test]
    fn after_the_last_day_nothing_is_marked_and_the_window_closes_a_day_later() {
        let data = week();
        let rules = bangkok();
        assert_eq!(
            phase(&data, &rules, at("2022-11-20", "00:00")),
            Phase::After
        );
        assert_eq!(Phase::After.mark("gala"), Mark::Plain);
        assert!(matches!(
            phase(&data, &rules, at("2022-11-19", "23:59")),
            Phase::During { .. }
        ));
        assert!(!in_live_window(&data, &rules, at("2022-11-12", "23:59")));
        assert!(in_live_window(&data, &rules, at("2022-11-13", "00:00")));
        assert!(in_live_window(&data, &rules, at("2022-11-20", "23:59")));
        assert!(!in_live_window(&data, &rules, at("2022-11-21", "00:00")));
    }
}
