//! Static link-preview pages, one per section (`Section::all`: day, event, card and
//! deliverable). Chat apps and social networks read `<title>`, Open Graph and Twitter
//! tags without running JavaScript and ignore the fragment, so each section gets a tiny
//! page of its own that then sends the reader on to the app at that section (by `<meta http-equiv="refresh">`, no script, so it stays
//! valid under a strict Content Security Policy).

use crate::share_image::ShareImage;
use crate::share_tags::{ShareTags, icon_links};
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::model::{Dataset, Lang};
use aelw_core::url::{FROM_SHARE, Section, from_share_page, share_url};
use leptos::prelude::*;

/// Longest description written into a preview; platforms cut around 200 characters.
const DESCRIPTION_CHARS: usize = 200;

/// The preview page for `section` in `lang`, with its card `image`. `site_url` is the
/// absolute address of the deployed app's folder, ending in `/`; link previews need
/// absolute URLs.
pub fn render(
    data: &Dataset,
    section: Section,
    lang: Lang,
    site_url: &str,
    image: &ShareImage,
) -> String {
    let s = strings(lang);
    let site_name = data.week.title.get(lang);
    let title = format::section_title(data, section, s, lang);
    let description = format::section_description(
        data,
        aelw::week::zone(),
        section,
        s,
        lang,
        DESCRIPTION_CHARS,
    );
    let id = section.element_id();
    let canonical = share_url(site_url, &id, lang);
    // Thai previews open the Thai page.
    let app_link = from_share_page(&id, lang);
    let week_line = format!(
        "{} · {} · {}",
        site_name,
        format::week_dates(s, &data.week),
        data.week.venue.get(lang)
    );
    let tags = ShareTags {
        kind: "article",
        site_name,
        title: &title,
        description: &description,
        url: &canonical,
        lang,
        image,
    }
    .view();
    let oembed = crate::oembed::discovery_link(data, Some(section), lang, site_url);
    let page = crate::markup::render(|| {
        view! {
            <html lang=lang.code()>
                <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <title>{format!("{title} · {site_name}")}</title>
                    <meta name="description" content=description.clone() />
                    <link rel="canonical" href=canonical.clone() />
                    {tags}
                    <meta http-equiv="refresh" content=format!("0; url={app_link}") />
                    {oembed}
                    {icon_links(data, FROM_SHARE)}
                </head>
                <body>
                    <main>
                        <p>{week_line}</p>
                        <h1>{title.clone()}</h1>
                        <p>{description.clone()}</p>
                        <p>
                            <a href=app_link.clone()>{s.open_in_timeline}</a>
                        </p>
                    </main>
                </body>
            </html>
        }
    });
    format!("<!doctype html>\n{page}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use aelw_core::data::fixture;

    fn image() -> ShareImage {
        ShareImage {
            path: "cards/x.png".into(),
            url: "https://example.org/aelw/cards/x.png?v=1".into(),
            alt: "Share image".into(),
        }
    }

    #[test]
    fn a_preview_carries_its_own_tags_and_sends_readers_to_the_section() {
        let data = fixture();
        let page = render(
            data,
            Section::Event("gala-dinner"),
            Lang::En,
            "https://example.org/aelw/",
            &image(),
        );
        for expected in [
            "<title>Gala dinner for Leaders and their spouses · APEC Economic Leaders' Week 2022</title>",
            r#"<link rel="canonical" href="https://example.org/aelw/share/gala-dinner.html">"#,
            r#"<meta property="og:title" content="Gala dinner for Leaders and their spouses">"#,
            r#"<meta property="og:url" content="https://example.org/aelw/share/gala-dinner.html">"#,
            r#"<meta name="twitter:card" content="summary_large_image">"#,
            r#"<meta property="og:image" content="https://example.org/aelw/cards/x.png?v=1">"#,
            r#"<link rel="icon" href="../favicon.ico" sizes="32x32">"#,
            r#"<link rel="icon" href="data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22"#,
            r#"<meta http-equiv="refresh" content="0; url=../#gala-dinner">"#,
            r#"<a href="../#gala-dinner">Open in the timeline</a>"#,
            r#"<link rel="alternate" type="application/json+oembed" href="https://example.org/aelw/oembed/gala-dinner.json" title="Gala dinner for Leaders and their spouses">"#,
        ] {
            assert!(page.contains(expected), "missing {expected}\n{page}");
        }
        assert!(page.contains(r#"<meta property="og:description" content="Thursday, 17 November 2022, Evening. Royal Thai Navy Convention Hall"#));
        assert!(
            !page.contains("<script"),
            "no script, so a strict CSP allows the page"
        );
        assert!(
            !page.contains("<!>"),
            "no hydration markers: no app adopts it"
        );
    }

    #[test]
    fn a_thai_preview_is_in_thai_and_opens_the_app_in_thai() {
        let data = fixture();
        let page = render(
            data,
            Section::Priority("balance"),
            Lang::Th,
            "https://example.org/aelw/",
            &image(),
        );
        assert!(page.contains(r#"<html lang="th">"#));
        assert!(page.contains(r#"<meta property="og:locale" content="th_TH">"#));
        assert!(
            page.contains(r#"<meta property="og:title" content="สมดุล: สมดุลในทุกด้าน">"#),
            "{page}"
        );
        assert!(page.contains(r#"href="https://example.org/aelw/share/priority-balance.th.html""#));
        assert!(
            page.contains(
                r#"<meta http-equiv="refresh" content="0; url=../th/#priority-balance">"#
            )
        );
    }
}
