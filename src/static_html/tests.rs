//! The static texts' HTML: escaping, links, glossary names kept whole, the masthead.

use super::*;

#[test]
fn the_theme_breaks_only_between_its_phrases() {
    let th = masthead(aelw_core::data::fixture(), Lang::Th, None);
    assert!(th.contains(
        "<p class=\"theme\"><span class=\"phrase\">เปิดกว้างสร้างสัมพันธ์</span> <span class=\"phrase\">เชื่อมโยงกัน</span> <span class=\"phrase\">สู่สมดุล</span></p>"
    ));
    assert!(!th.contains('\u{2060}'));
}

#[test]
fn glossary_names_are_kept_whole_and_only_they() {
    let data = aelw_core::data::fixture();
    let macron = data.event("macron-official-visit").or_else(|| {
        data.events
            .iter()
            .find(|e| e.title.get(Lang::Th).contains("มาครง"))
    });
    let title = event_title(data, macron.expect("an event names มาครง"), Lang::Th);
    assert!(
        title.contains("<span class=\"nobr\">มาครง</span>"),
        "{title}"
    );
    assert_eq!(
        words(data, "นายกรัฐมนตรี & ฮุน เซน"),
        "นายกรัฐมนตรี &amp; <span class=\"nobr\">ฮุน เซน</span>"
    );
    assert_eq!(words(data, "Leaders"), "Leaders");
}

#[test]
fn text_is_escaped_and_tags_balance() {
    let mut h = Html::new(&[]);
    h.el("p", "a\"b", &|h| {
        h.text("<b> & 'c'");
    });
    assert_eq!(h.0, "<p class=\"a&quot;b\">&lt;b&gt; &amp; 'c'</p>");
}

#[test]
fn only_links_to_other_sites_get_rel_and_target() {
    let mut h = Html::new(&[]);
    h.link("", "#priority-open", Some("_blank"), "Open");
    h.link("x", "https://apec.org/", Some("_blank"), "APEC");
    h.link("", "https://apec.org/", None, "APEC");
    assert_eq!(
        h.0,
        "<a href=\"#priority-open\">Open</a>\
         <a class=\"x\" href=\"https://apec.org/\" rel=\"noreferrer\" target=\"_blank\">APEC</a>\
         <a href=\"https://apec.org/\" rel=\"noreferrer\">APEC</a>"
    );
}

/// Every element the writer opens, it closes, in order.
fn balanced(html: &str) -> bool {
    let mut stack = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').expect("a tag ends");
        let tag = &rest[..end];
        let name = |t: &str| t.split(' ').next().unwrap_or_default().to_string();
        if let Some(closing) = tag.strip_prefix('/') {
            if stack.pop() != Some(name(closing)) {
                return false;
            }
        } else {
            stack.push(name(tag));
        }
        rest = &rest[end..];
    }
    stack.is_empty()
}

#[test]
fn every_event_and_deliverable_is_written_in_both_languages() {
    let data = aelw_core::data::fixture();
    for lang in [Lang::En, Lang::Th] {
        let s = strings(lang);
        for e in &data.events {
            let details = event_details(data, e, lang, None);
            assert!(balanced(&details), "{}: {details}", e.id);
            assert!(
                details.starts_with("<p class=\"event-summary\">"),
                "{}",
                e.id
            );
            assert!(details.contains(&format!("<dt>{}</dt>", content(s.where_))));
            assert_eq!(
                details.contains("class=\"sources\""),
                !e.sources.is_empty(),
                "{}",
                e.id
            );
            for p in &e.priorities {
                assert!(
                    details.contains(&format!("href=\"#priority-{p}\"")),
                    "{}",
                    e.id
                );
            }
            assert!(balanced(&event_title(data, e, lang)));
            assert!(balanced(&event_meta(data, e, lang)));
        }
        for p in &data.priorities {
            assert!(balanced(&card_intro(data, p, lang, None)), "{}", p.id);
            for d in &p.deliverables {
                let body = deliverable_body(data, d, lang, Some("_blank"));
                assert!(balanced(&body), "{}", d.id);
                for l in &d.links {
                    assert!(body.contains(&format!("href=\"{}\"", escape(&l.url))));
                }
            }
        }
        for d in &data.days {
            assert_eq!(day_note(data, d, lang, None).is_empty(), d.note.is_none());
        }
        assert!(balanced(&masthead(data, lang, None)));
    }
}

use aelw_core::html::escape;

fn content(s: &str) -> String {
    let mut out = String::new();
    escape_text_into(&mut out, s);
    out
}

/// The markup the Leptos views wrote before this module, element for element.
#[test]
fn notes_sources_and_event_links_are_written_as_the_views_were() {
    let data = aelw_core::data::fixture();
    let text = Text {
        en: "Dates differ".into(),
        th: Some("วันที่ต่างกัน".into()),
    };
    let mut h = Html::new(&[]);
    note(&mut h, &text, Lang::En, false);
    note(&mut h, &text, Lang::Th, true);
    assert_eq!(
        h.0,
        "<p class=\"note\"><strong class=\"note-label\">Note: </strong>Dates differ</p>\
         <details class=\"note note-brief\"><summary><strong class=\"note-label\">\
         หมายเหตุ: </strong>วันที่ต่างกัน</summary></details>"
    );

    let src = &data.sources[0];
    let mut h = Html::new(&[]);
    sources(
        &mut h,
        data,
        std::slice::from_ref(&src.id),
        Lang::En,
        Some("_blank"),
    );
    assert_eq!(
        h.0,
        format!(
            "<details class=\"sources\"><summary>Sources <span class=\"card-count\">(1)</span></summary><ol><li>\
             <a href=\"{}\" rel=\"noreferrer\" target=\"_blank\">{}</a> \
             <span class=\"source-kind\">[{}, {}]</span></li></ol></details>",
            escape(&src.url),
            content(src.label.get(Lang::En)),
            src.id,
            match src.is_official() {
                true => strings(Lang::En).official_source,
                false => strings(Lang::En).news_source,
            }
        )
    );

    let e = &data.events[0];
    let mut h = Html::new(&[]);
    event_link(&mut h, e, strings(Lang::En), Lang::En);
    assert_eq!(
        h.0,
        format!(
            "<a href=\"#{}\">{}</a> <span class=\"card-event-date\">({} {})</span>",
            e.id,
            content(e.title.get(Lang::En)),
            format::short_weekday(strings(Lang::En), e.date),
            format::short_date(strings(Lang::En), e.date)
        )
    );
}

#[test]
fn a_source_without_https_is_shown_not_linked() {
    let mut data = aelw_core::data::fixture().clone();
    let id = data.sources[0].id.clone();
    data.sources[0].url = "http://example.org/old".into();
    let mut h = Html::new(&[]);
    sources(&mut h, &data, std::slice::from_ref(&id), Lang::En, None);
    assert!(h.0.contains("<span class=\"source-url\">http://example.org/old ("));
    assert!(!h.0.contains("href=\"http://example.org/old\""));
    assert!(h.0.contains(&format!("[{id}, ")));
}

#[test]
fn a_thai_descriptive_name_is_flagged_only_in_thai() {
    let data = aelw_core::data::fixture();
    for p in &data.priorities {
        let note = strings(Lang::Th).descriptive_thai_name;
        let th = card_intro(data, p, Lang::Th, None);
        assert_eq!(th.contains(&content(note)), p.official_name_th_descriptive);
        assert!(!card_intro(data, p, Lang::En, None).contains("card-name-note"));
    }
}
