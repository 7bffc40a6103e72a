//! The page: link notice, header, week overview, filters, one section per day, the
//! priority cards, footer; and the wiring between the URL and the view.

use crate::browser;
use crate::components::{
    day_section::DaySection, filter_panel::FilterPanel, link_notice::LinkNotice,
    priority_card::PriorityCard, site_footer::SiteFooter, site_header::SiteHeader,
    week_overview::WeekOverview,
};
use crate::data;
use crate::filter;
use crate::format;
use crate::i18n::strings;
use crate::model::Lang;
use crate::state::{AppState, Notice};
use crate::url::{self, Fragment};
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let data = data::embedded();
    let lang = Lang::En;
    let s = strings(lang);
    let priority_ids: Vec<&str> = data.priorities.iter().map(|p| p.id.as_str()).collect();
    let state = AppState::new(lang, url::parse_query(&browser::search(), &priority_ids));
    provide_context(state);

    // Filters → query string (replacing, so typing does not flood the history) and a
    // polite count. The first run only records the state the page was opened with.
    Effect::new(move |previous: Option<()>| {
        let opts = state.view.get();
        if previous.is_some() {
            browser::replace_query(&url::format_query(&opts));
            let shown = data
                .events
                .iter()
                .filter(|e| filter::matches(e, &opts, lang))
                .count();
            state.announce(&s.shown(shown, data.events.len()));
        }
    });

    // Fragment → section: on first load, on every hashchange, and so on Back/Forward.
    let open_fragment = move || match url::parse_fragment(&browser::hash(), data) {
        Fragment::None => {
            state.notice.set(None);
            browser::set_title(s.page_title);
        }
        Fragment::Unknown(text) => {
            state.notice.set(Some(Notice::UnknownSection(text)));
            browser::set_title(s.page_title);
        }
        Fragment::Section(section) => {
            let id = section.element_id();
            let hidden = section
                .event_id()
                .and_then(|e| data.event(e))
                .is_some_and(|e| !state.view.with_untracked(|o| filter::matches(e, o, lang)));
            if hidden {
                state.notice.set(Some(Notice::HiddenByFilters(id)));
                // Once the notice has rendered, bring it (not the hidden event) to the reader.
                browser::after(0, || browser::focus_id("link-notice"));
            } else {
                state.notice.set(None);
                browser::go_to_section(&id);
            }
            let title = format::section_title(data, section, s, lang);
            browser::set_title(&format!("{title} · {}", data.week.title.get(lang)));
        }
    };
    Effect::new(move |_| {
        state.can_share.set(browser::can_share());
        open_fragment();
    });
    browser::on_hash_change(open_fragment);

    view! {
        <a class="skip-link" href="#timeline">{s.skip_to_timeline}</a>
        <LinkNotice />
        <SiteHeader lang=lang />
        <WeekOverview lang=lang />
        <main id="timeline" class="wrap" tabindex="-1">
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
        <SiteFooter lang=lang />
        <div class="visually-hidden" role="status" aria-live="polite">
            {move || state.announcement.get()}
        </div>
    }
}
