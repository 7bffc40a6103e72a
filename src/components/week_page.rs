//! The week itself: header, navigator, tools, the days and the priority cards, footer.
//! Rebuilt as a whole when a data update replaces the week. In an embed (`?embed=1`) a
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
use crate::state::{use_data, use_state};
use crate::static_html;
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::model::Lang;
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
            {data.days.iter().map(|day| view! { <DaySection day=day lang=lang /> }).collect_view()}
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
                        .map(|p| view! { <PriorityCard priority=p lang=lang /> })
                        .collect_view()}
                </div>
            </section>
        </main>
        {(!embed).then(|| view! { <SiteFooter lang=lang /> })}
    }
}
