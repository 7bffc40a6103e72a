//! The page: header, week overview, one section per day, the priority cards, footer.

use crate::components::{
    day_section::DaySection, priority_card::PriorityCard, site_footer::SiteFooter,
    site_header::SiteHeader, week_overview::WeekOverview,
};
use crate::data;
use crate::i18n::strings;
use crate::model::Lang;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let lang = Lang::En;
    let data = data::embedded();
    let s = strings(lang);
    view! {
        <a class="skip-link" href="#timeline">{s.skip_to_timeline}</a>
        <SiteHeader lang=lang />
        <WeekOverview lang=lang />
        <main id="timeline" class="wrap" tabindex="-1">
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
        <SiteFooter lang=lang />
    }
}
