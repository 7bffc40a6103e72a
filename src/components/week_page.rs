//! The week itself: header, overview, filters, the days and the priority cards, footer.
//! Rebuilt as a whole when a data update replaces the week. In an embed (`?embed=1`) a
//! compact bar replaces the site header, and there is no footer.

use crate::components::{
    day_section::DaySection, embed_bar::EmbedBar, filter_panel::FilterPanel,
    priority_card::PriorityCard, site_footer::SiteFooter, site_header::SiteHeader,
    time_zone_bar::TimeZoneBar, week_overview::WeekOverview,
};
use crate::i18n::strings;
use crate::model::Lang;
use crate::state::{use_data, use_state};
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
    let embed = use_state().view.with_untracked(|o| o.embed);
    view! {
        {if embed {
            Either::Left(view! { <EmbedBar lang=lang /> })
        } else {
            Either::Right(view! { <SiteHeader lang=lang /> })
        }}
        <WeekOverview lang=lang />
        <main id="timeline" class="wrap" tabindex="-1">
            <TimeZoneBar />
            <FilterPanel />
            {data.days.iter().map(|day| view! { <DaySection day=day lang=lang /> }).collect_view()}
            <section class="priorities" aria-labelledby="priorities-heading">
                <h2 id="priorities-heading">{s.priorities_heading}</h2>
                <p class="section-intro">{s.priorities_intro}</p>
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
