//! Which part of the week a one-day-at-a-time view (the embed) shows: the day that a link
//! names or holds, the priority card it names or holds, or, with no link, today during
//! the week and the first day otherwise.

use crate::model::{Dataset, Date};
use crate::url::{Section, resolve};

/// One panel of the one-day-at-a-time view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// The events of one day.
    Day(Date),
    /// One priority card, by its place among the cards.
    Card(usize),
}

/// The panel that shows the section with this element id: a day shows itself, an event
/// its day, a card itself, a deliverable its card. No section, or an unknown one, shows
/// `today` (during the week, when it is a day of the data), else the first day, so the
/// view is never empty.
pub fn panel_for(section_id: Option<&str>, today: Option<Date>, data: &Dataset) -> Panel {
    let first = data
        .days
        .iter()
        .find(|d| Some(d.date) == today)
        .or(data.days.first())
        .map_or(Panel::Card(0), |d| Panel::Day(d.date));
    let card = |holds: &dyn Fn(&crate::model::Priority) -> bool| {
        data.priorities
            .iter()
            .position(holds)
            .map_or(first, Panel::Card)
    };
    match section_id.and_then(|id| resolve(id, data)) {
        Some(Section::Day(date)) => Panel::Day(date),
        Some(Section::Event(id)) => data.event(id).map_or(first, |e| Panel::Day(e.date)),
        Some(Section::Priority(id)) => card(&|p| p.id == id),
        Some(Section::Deliverable(id)) => card(&|p| p.deliverables.iter().any(|d| d.id == id)),
        None => first,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture;

    #[test]
    fn each_section_shows_its_panel() {
        let data = fixture();
        let day = |s: &str| Panel::Day(Date::parse(s).unwrap());
        assert_eq!(panel_for(None, None, data), day("2022-11-14"));
        // During the week, a link with no section opens on today; one with a section
        // still opens there.
        let today = Date::parse("2022-11-17");
        assert_eq!(panel_for(None, today, data), day("2022-11-17"));
        assert_eq!(panel_for(Some("x"), today, data), day("2022-11-17"));
        assert_eq!(
            panel_for(Some("day-2022-11-18"), today, data),
            day("2022-11-18")
        );
        // A date the week has no day for (a gap in the data) opens on the first day.
        let gap = Date::parse("2022-12-01");
        assert_eq!(panel_for(None, gap, data), day("2022-11-14"));
        assert_eq!(
            panel_for(Some("no-such-thing"), None, data),
            day("2022-11-14")
        );
        assert_eq!(
            panel_for(Some("day-2022-11-18"), None, data),
            day("2022-11-18")
        );
        let gala = data
            .event("gala-dinner")
            .expect("gala-dinner is in the data");
        assert_eq!(
            panel_for(Some("gala-dinner"), None, data),
            Panel::Day(gala.date)
        );
        let card = |id: &str| {
            Panel::Card(
                data.priorities
                    .iter()
                    .position(|p| p.id == id)
                    .expect("the card is in the data"),
            )
        };
        assert_eq!(
            panel_for(Some("priority-balance"), None, data),
            card("balance")
        );
        assert_eq!(panel_for(Some("priority-open"), None, data), card("open"));
        // A deliverable shows the card that lists it.
        assert_eq!(
            panel_for(Some("deliverable-bangkok-goals"), None, data),
            card("balance")
        );
        // Every event opens on its own day.
        for e in &data.events {
            assert_eq!(
                panel_for(Some(&e.id), None, data),
                Panel::Day(e.date),
                "{}",
                e.id
            );
        }
    }
}
