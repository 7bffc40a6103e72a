//! oEmbed 1.0 responses, written at build time: what a pasted link becomes in WordPress,
//! Ghost, Notion (through Iframely), Discourse and chat apps. Each is a `rich` response
//! whose HTML is one `<iframe>` of the embed page at its section; pages advertise theirs
//! with a discovery `<link>`. Every section has one (`Section::all`), and the week too.
//!
//! WordPress keeps only the iframe's `src`, `width`, `height`, `title` (and a few
//! obsolete attributes), sandboxes it with `allow-scripts` only, and adds a secret to its
//! address (see `url::split_secret`): nothing the embed needs is lost, as the browser
//! tests check on a host page built the same way.

use crate::share_image::{SIZE, ShareImage};
use aelw_core::embed::SNIPPET_HEIGHT;
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::model::{Dataset, Lang};
use aelw_core::url::{Page, Section, oembed_url, page_address};
use leptos::prelude::*;

/// The iframe's width in CSS pixels; hosts scale it down to their column (WordPress's
/// embed styles set `max-width: 100%`), and the frame's layout fits any width.
pub const WIDTH: u32 = 640;

/// The title of `section`, or of the whole week for `None`.
pub fn title(data: &Dataset, section: Option<Section>, lang: Lang) -> String {
    match section {
        Some(section) => format::section_title(data, section, strings(lang), lang),
        None => data.week.title.get(lang).to_string(),
    }
}

/// The response for `section` (the whole week for `None`) in `lang`, as JSON, with its
/// share image as the thumbnail. `site_url` is the deployed app's absolute folder, ending
/// in `/`.
pub fn response(
    data: &Dataset,
    section: Option<Section>,
    lang: Lang,
    site_url: &str,
    image: &ShareImage,
) -> String {
    let week = data.week.title.get(lang);
    let title = title(data, section, lang);
    let id = section.map(|s| s.element_id());
    let src = page_address(site_url, Page::new(lang, true), id.as_deref());
    let frame_title = match section {
        Some(_) => format!("{title} · {week}"),
        None => title.clone(),
    };
    let html = aelw_core::embed::iframe(&src, &frame_title, &WIDTH.to_string(), false);
    let json = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": week,
        "provider_url": page_address(site_url, Page::new(lang, false), None),
        "width": WIDTH,
        "height": SNIPPET_HEIGHT,
        "html": html,
        "thumbnail_url": image.url,
        "thumbnail_width": SIZE.0,
        "thumbnail_height": SIZE.1,
    });
    json.to_string()
}

/// The discovery `<link>` for a page about `section` (the whole week for `None`) in
/// `lang`, pointing at its response under `site_url`.
pub fn discovery_link(
    data: &Dataset,
    section: Option<Section>,
    lang: Lang,
    site_url: &str,
) -> impl IntoView + use<> {
    let id = section.map(|s| s.element_id());
    let href = oembed_url(site_url, id.as_deref(), lang);
    let title = title(data, section, lang);
    view! { <link rel="alternate" type="application/json+oembed" href=href title=title /> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aelw_core::data::fixture;

    const SITE: &str = "https://example.org/aelw/";

    fn image() -> ShareImage {
        ShareImage {
            path: "cards/x.png".into(),
            url: "https://example.org/aelw/cards/x.png?v=1".into(),
            alt: "Share image".into(),
        }
    }

    fn parsed(json: &str) -> serde_json::Value {
        serde_json::from_str(json).expect("valid JSON")
    }

    #[test]
    fn a_response_frames_the_embed_page_at_its_own_section() {
        let data = fixture();
        let json = parsed(&response(
            data,
            Some(Section::Event("gala-dinner")),
            Lang::En,
            SITE,
            &image(),
        ));
        assert_eq!(json["version"], "1.0");
        assert_eq!(
            json["thumbnail_url"],
            "https://example.org/aelw/cards/x.png?v=1"
        );
        assert_eq!(json["thumbnail_width"], 1200);
        assert_eq!(json["thumbnail_height"], 630);
        assert_eq!(json["type"], "rich");
        assert_eq!(json["title"], "Gala dinner for Leaders and their spouses");
        assert_eq!(json["provider_name"], "APEC Economic Leaders' Week 2022");
        assert_eq!(json["provider_url"], SITE);
        assert_eq!(json["width"], WIDTH);
        assert!(json["height"].as_u64().is_some_and(|h| h <= 1000));
        assert_eq!(
            json["html"],
            "<iframe src=\"https://example.org/aelw/embed/#gala-dinner\" \
             title=\"Gala dinner for Leaders and their spouses · APEC Economic Leaders&#39; Week 2022\" \
             width=\"640\" height=\"900\" loading=\"lazy\" allow=\"clipboard-write; web-share\"></iframe>"
        );
    }

    #[test]
    fn thai_responses_frame_the_thai_embed_page() {
        let data = fixture();
        let week = parsed(&response(data, None, Lang::Th, SITE, &image()));
        assert_eq!(week["provider_url"], "https://example.org/aelw/th/");
        let html = week["html"].as_str().unwrap();
        assert!(
            html.starts_with("<iframe src=\"https://example.org/aelw/th/embed/\" "),
            "{html}"
        );
        let card = parsed(&response(
            data,
            Some(Section::Priority("balance")),
            Lang::Th,
            SITE,
            &image(),
        ));
        assert_eq!(card["title"], "สมดุล: สมดุลในทุกด้าน");
        assert!(
            card["html"]
                .as_str()
                .unwrap()
                .contains("th/embed/#priority-balance\"")
        );
    }

    #[test]
    fn pages_advertise_their_own_response() {
        let data = fixture();
        let day = Some(Section::Day(data.days[0].date));
        assert_eq!(
            crate::markup::render(|| discovery_link(data, day, Lang::Th, SITE)),
            format!(
                "<link rel=\"alternate\" type=\"application/json+oembed\" \
                 href=\"https://example.org/aelw/oembed/{}.th.json\" title=\"{}\">",
                data.days[0].element_id(),
                title(data, day, Lang::Th)
            )
        );
        assert!(
            crate::markup::render(|| discovery_link(data, None, Lang::En, SITE))
                .contains("href=\"https://example.org/aelw/oembed.json\"")
        );
    }
}
