//! The week itself: header, navigator, tools, the days and the priority cards, footer.
//! Rebuilt as a whole when a data update replaces the week; after a language switch, in
//! parts (see `now_or_later`). In an embed (`?embed=1`) a
//! compact bar replaces the site header, day links replace the navigator, one day (or
//! the cards) shows at a time, and there is no footer.

use crate::components::{
    day_section::DaySection,
    day_tabs::{CardTabs, DayTabs},
    embed_bar::EmbedBar,
    filter_panel::FilterPanel,
    page_tools::PageTools,
    priority_card::PriorityCard,
    site_footer::SiteFooter,
    site_header::SiteHeader,
    static_text::StaticText,
    week_overview::WeekOverview,
};
use crate::state::{AppState, use_data, use_state};
use crate::static_html;
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::model::{Day, Lang, Priority};
use aelw_core::panel::Panel;
use leptos::either::Either;
use leptos::prelude::*;

/// Everything about the week that is on the page.
#[component]
pub fn WeekPage(
    /// Language to render in.
    lang: Lang,
) -> impl IntoView {
    let data = use_data();
    let s = strings(lang);
    let state = use_state();
    let embed = state.with_view_untracked(|o| o.embed);
    let cards_off_panel = move || !state.on_show(|p| matches!(p, Panel::Card(_)));
    view! {
        {if embed {
            Either::Left(view! { <EmbedBar lang=lang /> })
        } else {
            Either::Right(view! { <SiteHeader lang=lang /> <WeekOverview lang=lang /> })
        }}
        <main id=ids::TIMELINE class="wrap" class:embed-main=embed tabindex="-1">
            {if embed {
                // Every pixel counts in a portal's frame: the tools wait in the closed panel.
                Either::Left(view! { <DayTabs lang=lang /> <FilterPanel tools=true /> })
            } else {
                Either::Right(view! { <PageTools /> <FilterPanel tools=false /> })
            }}
            {data
                .days
                .iter()
                .map(|day| now_or_later(state, Part::Day(day), lang))
                .collect_view()}
            <section
                class="priorities"
                class:is-hidden=cards_off_panel
                aria-labelledby=ids::PRIORITIES_HEADING
            >
                <h2 id=ids::PRIORITIES_HEADING inner_html=StaticText::new(move || static_html::words(data, data.week.priorities_heading.get(lang)))></h2>
                {if embed {
                    Either::Left(view! { <CardTabs lang=lang /> })
                } else {
                    Either::Right(view! { <p class="section-intro">{s.priorities_intro}</p> })
                }}
                <div class="cards">
                    {data
                        .priorities
                        .iter()
                        .map(|p| now_or_later(state, Part::Card(p), lang))
                        .collect_view()}
                </div>
            </section>
        </main>
        {(!embed).then(|| view! { <SiteFooter lang=lang /> })}
    }
}

/// A part of the week that a view may leave for later: a day or a priority card.
#[derive(Clone, Copy)]
pub enum Part {
    /// A day's section.
    Day(&'static Day),
    /// A priority card.
    Card(&'static Priority),
}

impl Part {
    /// The part's element id, which its placeholder takes too.
    pub fn element_id(self) -> String {
        match self {
            Part::Day(day) => day.element_id(),
            Part::Card(card) => card.element_id(),
        }
    }

    /// The part itself (one function for the whole view and for a part built later, so
    /// that the `.wasm` has each part's code once).
    pub fn view(self, lang: Lang) -> impl IntoView {
        match self {
            Part::Day(day) => Either::Left(view! { <DaySection day=day lang=lang /> }),
            Part::Card(card) => Either::Right(view! { <PriorityCard priority=card lang=lang /> }),
        }
    }
}

/// A part, or, where the view leaves it for later (a language switch puts the top of the
/// page on screen first: `session`), an empty placeholder with its element id, which the
/// session replaces with it.
fn now_or_later(state: AppState, part: Part, lang: Lang) -> impl IntoView {
    let id = part.element_id();
    if state.is_left_for_later(&id) {
        Either::Left(view! { <div id=id class="later"></div> })
    } else {
        Either::Right(part.view(lang))
    }
}
