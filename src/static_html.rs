//! The parts of the week that never change once rendered (an event's details, a
//! deliverable's body, notes, source lists, the masthead's facts), written as HTML text.
//! Components set it as an element's `inner_html`: hydration then leaves those nodes
//! alone instead of walking them, and the `.wasm` carries no view code for them.
//!
//! Each name of the summit's glossary in a text (`aelw_core::identity::glossary_terms`)
//! is written in a `KEEP_WHOLE_CLASS` span, which CSS sets `white-space: nowrap`: Thai
//! has no spaces between words, and Chromium breaks it with ICU's dictionary, which splits
//! names it lacks (`แฮร์|ริส`). `nowrap` removes every break opportunity inside the span,
//! the one at a space included ("ฮุน เซน"); `word-break: keep-all` would not, since Thai's
//! dictionary breaks survive it, and a word joiner (U+2060) in the data breaks find, copy
//! and comparison, so the data checks refuse it. The span costs bytes only where a term
//! occurs (a Thai page's names), not in the `.wasm` beyond the finder.

use aelw_core::format;
use aelw_core::html::{escape_into, escape_text_into};
use aelw_core::i18n::{Strings, strings};
use aelw_core::identity::glossary_terms;
use aelw_core::ids::{self, is_https_url};
use aelw_core::model::{Dataset, Day, Deliverable, Event, Lang, Priority, Text};
use aelw_core::url;

/// The class of a muted count after a heading ("Sources (3)", "Delivered (2)").
pub const COUNT_CLASS: &str = "card-count";

/// The class of a glossary name kept on one line (see above).
pub const KEEP_WHOLE_CLASS: &str = "nobr";

/// HTML being written, with the summit's glossary. Bodies are `&dyn Fn` so that each
/// element costs one call, not a copy of the writer per call site.
struct Html<'g>(String, &'g [String]);

impl<'g> Html<'g> {
    fn new(glossary: &'g [String]) -> Self {
        Html(String::with_capacity(1024), glossary)
    }

    /// Element content, each glossary name in it kept whole.
    fn text(&mut self, s: &str) -> &mut Self {
        let mut at = 0;
        for term in glossary_terms(s, self.1) {
            escape_text_into(&mut self.0, &s[at..term.start]);
            self.raw("<span class=\"")
                .raw(KEEP_WHOLE_CLASS)
                .raw("\">")
                .plain(&s[term.clone()])
                .raw("</span>");
            at = term.end;
        }
        self.plain(&s[at..])
    }

    /// Element content as it is.
    fn plain(&mut self, s: &str) -> &mut Self {
        escape_text_into(&mut self.0, s);
        self
    }

    /// An attribute's value, in double quotes.
    fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        self.raw(" ").raw(name).raw("=\"");
        escape_into(&mut self.0, value);
        self.raw("\"")
    }

    fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// `<tag class="class"`, left open for more attributes; no class when it is empty.
    fn start(&mut self, tag: &str, class: &str) -> &mut Self {
        self.raw("<").raw(tag);
        if !class.is_empty() {
            self.attr("class", class);
        }
        self
    }

    /// `<tag class="class">…</tag>`; no class attribute when `class` is empty.
    fn el(&mut self, tag: &str, class: &str, body: &dyn Fn(&mut Html)) -> &mut Self {
        self.start(tag, class).raw(">");
        body(self);
        self.raw("</").raw(tag).raw(">")
    }

    /// ` (n)`, the count after a list's label.
    /// A heading's count, muted as the cards' "Delivered (n)" is (`COUNT_CLASS`).
    fn count(&mut self, n: usize) -> &mut Self {
        self.raw(" <span class=\"")
            .raw(COUNT_CLASS)
            .raw("\">(")
            .raw(&n.to_string())
            .raw(")</span>")
    }

    fn el_text(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.el(tag, class, &|h| {
            h.text(text);
        })
    }

    /// A link; `target` is set for links to other sites (a new tab in an embed). Links
    /// to other sites carry `rel="noreferrer"` (no opener, and no referrer sent to a
    /// third party); the app's own "Open full view" keeps its referrer (`noopener`).
    fn link(&mut self, class: &str, href: &str, target: Option<&str>, text: &str) -> &mut Self {
        self.start("a", class).attr("href", href);
        if href.starts_with("http") {
            self.attr("rel", "noreferrer");
            if let Some(t) = target {
                self.attr("target", t);
            }
        }
        self.raw(">").text(text).raw("</a>")
    }
}

/// A caveat, labelled as such so it reads apart from the facts around it. A `brief` note
/// (above the rows, where space is tight) shows its first line and opens in place; its
/// whole text is the disclosure's name, so screen readers and find-in-page get all of
/// it, and print shows all of it.
fn note(h: &mut Html, text: &Text, lang: Lang, brief: bool) {
    let body = |h: &mut Html| {
        h.el("strong", "note-label", &|h| {
            h.text(strings(lang).note).raw(": ");
        })
        .text(text.get(lang));
    };
    if brief {
        h.el("details", "note note-brief", &|h| {
            h.el("summary", "", &body);
        });
    } else {
        h.el("p", "note", &body);
    }
}

/// The sources with these ids, as a closed, numbered list: one click away but quiet.
/// Only https links are clickable; an old http address is shown, not linked.
fn sources(h: &mut Html, data: &Dataset, ids: &[String], lang: Lang, target: Option<&str>) {
    if ids.is_empty() {
        return;
    }
    let s = strings(lang);
    h.el("details", "sources", &|h| {
        h.el("summary", "", &|h| {
            h.text(s.sources).count(ids.len());
        });
        h.el("ol", "", &|h| {
            for src in ids.iter().filter_map(|id| data.source(id)) {
                let kind = if src.is_official() {
                    s.official_source
                } else {
                    s.news_source
                };
                h.el("li", "", &|h| {
                    if is_https_url(&src.url) {
                        h.link("", &src.url, target, src.label.get(lang));
                    } else {
                        h.el_text("span", "", src.label.get(lang)).raw(" ");
                        h.el("span", "source-url", &|h| {
                            h.text(&src.url).raw(" (").text(s.insecure_link).raw(")");
                        });
                    }
                    h.raw(" ").el("span", "source-kind", &|h| {
                        h.raw("[").text(&src.id).raw(", ").text(kind).raw("]");
                    });
                });
            }
        });
    });
}

/// A link to an event of the week, with its short date.
fn event_link(h: &mut Html, e: &Event, s: &Strings, lang: Lang) {
    h.link("", &url::fragment(&e.id), None, e.title.get(lang))
        .raw(" ");
    h.el("span", "card-event-date", &|h| {
        h.raw("(")
            .text(format::short_weekday(s, e.date))
            .raw(" ")
            .text(&format::short_date(s, e.date))
            .raw(")");
    });
}

/// A list of links to events, one per item.
fn event_links(h: &mut Html, class: &str, events: &[&Event], lang: Lang) {
    let s = strings(lang);
    h.el("ul", class, &|h| {
        for e in events {
            h.el("li", "", &|h| event_link(h, e, s, lang));
        }
    });
}

/// A text of the data (a heading, a name), its glossary names kept whole.
pub fn words(data: &Dataset, text: &str) -> String {
    let mut h = Html::new(&data.glossary);
    h.text(text);
    h.0
}

/// An event row's title: the headline and its usual abbreviation.
pub fn event_title(data: &Dataset, event: &Event, lang: Lang) -> String {
    let mut h = Html::new(&data.glossary);
    h.text(event.title.get(lang));
    if let Some(short) = &event.short {
        h.raw(" ").el("span", "short", &|h| {
            h.raw("(").text(short).raw(")");
        });
    }
    h.0
}

/// An event row's marks: its tracks, the priorities it advanced and how well the
/// sources confirm it.
pub fn event_meta(data: &Dataset, event: &Event, lang: Lang) -> String {
    let s = strings(lang);
    let mut h = Html::new(&data.glossary);
    for track in event.tracks.iter().filter_map(|id| data.track(id)) {
        let class = format!("track {}", ids::track_class(&track.id));
        h.el_text("span", &class, track.name.get(lang));
    }
    for p in event.priorities.iter().filter_map(|id| data.priority(id)) {
        h.el_text("span", &format!("prio accent-{}", p.id), p.name.get(lang));
    }
    if let Some(label) = s.status(event.status) {
        h.el_text("span", "status", label);
    }
    h.0
}

/// What opens under an event's row, but for its share buttons: the summary, the facts,
/// outcomes, caveat, the priorities it advanced and its sources.
pub fn event_details(data: &Dataset, event: &Event, lang: Lang, target: Option<&str>) -> String {
    let s = strings(lang);
    let mut h = Html::new(&data.glossary);
    h.el_text("p", "event-summary", event.summary.get(lang));
    h.el("dl", "event-facts", &|h| {
        // The row gives a clock time; here the rest of what is known about when.
        let vague = match (event.start, &event.time_of_day) {
            (Some(_), _) => None,
            (None, Some(t)) => Some(format!("{} ({})", t.get(lang), s.exact_time_not_published)),
            (None, None) => Some(s.time_not_published.to_string()),
        };
        let span = event
            .span
            .map(|sp| format!("{} {}", s.runs, format::span(s, sp)));
        if vague.is_some() || span.is_some() {
            h.el_text("dt", "", s.when).el("dd", "event-when", &|h| {
                if let Some(v) = &vague {
                    h.el_text("span", "time-missing", v);
                }
                if let Some(sp) = &span {
                    h.el_text("span", "event-span", sp);
                }
            });
        }
        h.el_text("dt", "", s.where_);
        match &event.venue {
            Some(v) => h.el_text("dd", "", v.get(lang)),
            None => h.el_text("dd", "time-missing", s.venue_not_published),
        };
        if let Some(c) = &event.chair {
            h.el_text("dt", "", s.chair).el_text("dd", "", c.get(lang));
        }
        if let Some(p) = &event.participants {
            h.el_text("dt", "", s.participants)
                .el_text("dd", "", p.get(lang));
        }
    });
    if !event.outcomes.is_empty() {
        h.el_text("h4", "event-subheading", s.outcomes);
        h.el("ul", "outcomes", &|h| {
            for o in &event.outcomes {
                h.el_text("li", "", o.get(lang));
            }
        });
    }
    if let Some(n) = &event.note {
        note(&mut h, n, lang, false);
    }
    if !event.priorities.is_empty() {
        h.el("div", "advances", &|h| {
            h.el_text("span", "advances-label", s.advances);
            h.el("ul", "tags", &|h| {
                for p in event.priorities.iter().filter_map(|id| data.priority(id)) {
                    h.el("li", "", &|h| {
                        let href = url::fragment(&p.element_id());
                        h.link(
                            &format!("tag accent-{}", p.id),
                            &href,
                            None,
                            p.name.get(lang),
                        );
                    });
                }
            });
        });
    }
    sources(&mut h, data, &event.sources, lang, target);
    h.0
}

/// What opens under a deliverable's row: what it is, its official pages, the events of
/// the week behind it and its sources.
pub fn deliverable_body(
    data: &Dataset,
    d: &Deliverable,
    lang: Lang,
    target: Option<&str>,
) -> String {
    let s = strings(lang);
    let mut h = Html::new(&data.glossary);
    h.el_text("p", "", d.explanation.get(lang));
    if !d.links.is_empty() {
        h.el_text("p", "list-label", s.official_page);
        h.el("ul", "links", &|h| {
            for l in &d.links {
                h.el("li", "", &|h| {
                    h.link("official-link", &l.url, target, l.label.get(lang));
                });
            }
        });
    }
    if !d.events.is_empty() {
        h.el_text("p", "list-label", s.in_the_week);
        let events: Vec<&Event> = d.events.iter().filter_map(|id| data.event(id)).collect();
        event_links(&mut h, "deliverable-events", &events, lang);
    }
    sources(&mut h, data, &d.sources, lang, target);
    h.0
}

/// A card's text under its heading: its aim, then its summary in one line that opens to
/// the whole of it, the events that advanced the priority and the card's sources.
pub fn card_intro(data: &Dataset, priority: &Priority, lang: Lang, target: Option<&str>) -> String {
    let s = strings(lang);
    let mut h = Html::new(&data.glossary);
    if lang == Lang::Th && priority.official_name_th_descriptive {
        h.el_text("p", "card-name-note", s.descriptive_thai_name);
    }
    h.el_text("p", "card-aim", priority.aim.get(lang));
    h.el("details", "card-more", &|h| {
        let advancing: Vec<&Event> = data.events_advancing(&priority.id).collect();
        h.el_text("summary", "card-summary", priority.summary.get(lang));
        h.el("h4", "card-subheading", &|h| {
            h.text(s.advanced_at).count(advancing.len());
        });
        event_links(h, "card-events", &advancing, lang);
        sources(h, data, &priority.sources, lang, target);
    });
    h.0
}

/// A day's caveat above its rows, brief, with its sources; empty if it has none.
pub fn day_note(data: &Dataset, day: &Day, lang: Lang, target: Option<&str>) -> String {
    let mut h = Html::new(&data.glossary);
    if let Some(n) = &day.note {
        note(&mut h, n, lang, true);
        sources(&mut h, data, &day.sources, lang, target);
    }
    h.0
}

/// The masthead's text: the week's title, theme, key facts, summary, caveat and sources.
pub fn masthead(data: &Dataset, lang: Lang, target: Option<&str>) -> String {
    let s = strings(lang);
    let week = &data.week;
    let mut h = Html::new(&data.glossary);
    h.el_text("h1", "", week.title.get(lang));
    // Each phrase of the theme stays on one line (CSS `.phrase`), so a narrow screen breaks
    // it only at its spaces: Thai has no spaces inside words, and the browser's own Thai
    // line breaking would otherwise split สู่สมดุล. The data stays plain text.
    h.el("p", "theme", &|h| {
        for (i, phrase) in week.theme.get(lang).split(' ').enumerate() {
            if i > 0 {
                h.text(" ");
            }
            // Already on one line: a glossary span inside would only cost bytes.
            h.el("span", "phrase", &|h| {
                h.plain(phrase);
            });
        }
    });
    h.el("dl", "facts", &|h| {
        h.el("div", "", &|h| {
            h.el_text("dt", "", s.dates).el("dd", "", &|h| {
                h.raw("<time")
                    .attr("datetime", &format::date_attr(week.start))
                    .raw(">")
                    .text(&format::week_dates(s, week))
                    .raw("</time>");
            });
        });
        for (term, value) in [
            (s.venue, week.venue.get(lang)),
            (s.host, week.host.get(lang)),
            (
                s.times,
                &s.zone(s.times_are_local, week, crate::week::zone()),
            ),
        ] {
            h.el("div", "", &|h| {
                h.el_text("dt", "", term).el_text("dd", "", value);
            });
        }
    });
    h.el_text("p", "lede", week.summary.get(lang));
    if let Some(n) = &week.note {
        note(&mut h, n, lang, true);
    }
    sources(&mut h, data, &week.sources, lang, target);
    h.0
}

#[cfg(test)]
mod tests;
