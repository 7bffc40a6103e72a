//! The post-build step that makes each page's `index.html` (see `page::Page`) from the
//! one trunk writes: its language, title, description, canonical and alternate links,
//! the paths of the app's files from its folder, and its own prerendered week.

use crate::html::escape;
use crate::i18n::strings;
use crate::model::Dataset;
use crate::share_card::ShareImage;
use crate::share_tags::{ShareTags, icon_links};
use crate::url::Page;
use leptos::prelude::*;

/// The prerendered markup of one page: the week (inside `#app`) and the problem notes.
pub struct Markup<'a> {
    /// The app's view, as prerendered for the page.
    pub app: &'a str,
    /// The hidden notes shown if the app cannot start, in the page's language.
    pub problem: &'a str,
}

/// `<link rel="canonical">` for `page`, its `hreflang` alternates (English, Thai and
/// `x-default`, which is the English page: it picks Thai for browsers that prefer it),
/// the week's oEmbed response in its language, so that a pasted link to any page
/// embeds the week, and its link-preview tags with the week's card `image`. `site_url`
/// is the app's absolute root, ending in `/`.
pub fn head_links(data: &Dataset, page: Page, site_url: &str, image: &ShareImage) -> String {
    let url = |p: Page| crate::url::page_address(site_url, p, None);
    let tags = ShareTags {
        kind: "website",
        site_name: data.week.title.get(page.lang),
        title: data.week.page_title.get(page.lang),
        description: data.week.page_description.get(page.lang),
        url: &url(page),
        lang: page.lang,
        image,
    }
    .view();
    let (en, th) = (
        Page::new(crate::model::Lang::En, page.embed),
        Page::new(crate::model::Lang::Th, page.embed),
    );
    let oembed = crate::oembed::discovery_link(data, None, page.lang, site_url);
    crate::markup::render(|| {
        view! {
            <link rel="canonical" href=url(page) />
            <link rel="alternate" hreflang="en" href=url(en) />
            <link rel="alternate" hreflang="th" href=url(th) />
            <link rel="alternate" hreflang="x-default" href=url(en) />
            {oembed}
            {tags}
        }
    })
}

/// The `index.html` of `page`, from trunk's `index` (the English standalone page, whose
/// prerendered markup is `english`): every difference between the pages is made here,
/// and each edit fails loudly if trunk's output no longer has what it replaces. `image`
/// is the week's card in the page's language.
pub fn page_html(
    index: &str,
    data: &Dataset,
    page: Page,
    english: &Markup,
    own: &Markup,
    site_url: &str,
    image: &ShareImage,
) -> Result<String, String> {
    let s = strings(page.lang);
    let (head, body) = index
        .split_once("</head>")
        .ok_or("index.html has no </head>")?;
    let mut head = replace_once(
        head,
        "<html lang=\"en\">",
        &format!("<html lang=\"{}\" data-page=\"{}\">", s.code, page.path()),
    )?;
    head = replace_between(
        &head,
        "<title>",
        "</title>",
        &escape(data.week.page_title.get(page.lang)),
    )?;
    head = replace_between(
        &head,
        "<meta name=\"description\" content=\"",
        "\">",
        &escape(data.week.page_description.get(page.lang)),
    )?;
    // The icons replace the placeholder that keeps browsers from asking for one before.
    head = replace_once(
        &head,
        "<link rel=\"icon\" href=\"data:,\">",
        &crate::markup::render(|| icon_links("")),
    )?;
    head = relative_to(&head, page.up());
    head.push_str("  ");
    head.push_str(&head_links(data, page, site_url, image));
    head.push('\n');
    let body = replace_once(body, english.app, own.app)?;
    let body = replace_once(&body, english.problem, own.problem)?;
    Ok(format!("{head}</head>{body}"))
}

/// `text` with its one occurrence of `from` replaced.
fn replace_once(text: &str, from: &str, to: &str) -> Result<String, String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!(
            "expected one {:?} in index.html, found {n}",
            from.chars().take(60).collect::<String>()
        )),
    }
}

/// `text` with what lies between the first `start` and the `end` after it replaced.
fn replace_between(text: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let from = text
        .find(start)
        .ok_or(format!("no {start:?} in index.html"))?
        + start.len();
    let len = text[from..]
        .find(end)
        .ok_or(format!("{start:?} is not closed by {end:?}"))?;
    Ok(format!("{}{with}{}", &text[..from], &text[from + len..]))
}

/// Every relative `href`, `src`, `data-js`, `data-wasm` and `data-href` in `head` made
/// relative to a page `up` folders below the app's root (`../`); absolute URLs, paths
/// from the host's root, `data:` URLs and fragments stay.
fn relative_to(head: &str, up: &str) -> String {
    if up.is_empty() {
        return head.to_string();
    }
    let mut out = String::with_capacity(head.len() + 200);
    let mut rest = head;
    while let Some(at) = [
        " href=\"",
        " src=\"",
        " data-js=\"",
        " data-wasm=\"",
        " data-href=\"",
    ]
    .iter()
    .filter_map(|a| rest.find(a).map(|i| (i, a.len())))
    .min()
    {
        let (start, len) = (at.0 + at.1, rest[at.0 + at.1..].find('"').unwrap_or(0));
        let value = &rest[start..start + len];
        out.push_str(&rest[..start]);
        let absolute = value.is_empty()
            || value.starts_with(['#', '/'])
            || value.starts_with("data:")
            || value.contains("://");
        if !absolute {
            out.push_str(up);
            out.push_str(value.strip_prefix("./").unwrap_or(value));
        } else {
            out.push_str(value);
        }
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded;
    use crate::model::Lang;

    const INDEX: &str = concat!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n",
        "  <title>APEC Economic Leaders' Week 2022, Bangkok: day by day</title>\n",
        "  <meta name=\"description\" content=\"The APEC week.\">\n",
        "  <link rel=\"icon\" href=\"data:,\">\n",
        "  <link rel=\"stylesheet\" href=\"./main-1.css\" integrity=\"sha384-x\"/>\n",
        "  <noscript><link rel=\"stylesheet\" href=\"noscript.css\"></noscript>\n",
        "  <meta name=\"wasm-app\" content=\"\" data-js=\"./app-1.js\" data-wasm=\"./app-1_bg.wasm\">\n",
        "  <script src=\"./boot-1.js\" type=\"module\"></script>\n",
        "  <meta name=\"app-integrity\" data-href=\"./app-1.js\" content=\"sha384-y\">\n",
        "  <link rel=\"x\" href=\"https://example.org/a\"><link rel=\"y\" href=\"/abs\">\n",
        "</head>\n<body>\n<div id=\"app-problem\">P-en</div>\n",
        "<div id=\"app\"><h1>Week</h1><a href=\"data/aelw-2022.json\">data</a></div>\n</body>\n</html>\n"
    );
    fn image() -> ShareImage {
        ShareImage {
            path: "cards/week.png".into(),
            url: "https://x.org/aelw/cards/week.png?v=1".into(),
            alt: "Share card".into(),
        }
    }

    const EN: Markup = Markup {
        app: "<h1>Week</h1><a href=\"data/aelw-2022.json\">data</a>",
        problem: "P-en",
    };

    #[test]
    fn each_page_gets_its_language_title_links_and_week() {
        let th = Page::new(Lang::Th, true);
        let own = Markup {
            app: "<h1>สัปดาห์</h1><a href=\"../../data/aelw-2022.json\">ข้อมูล</a>",
            problem: "P-th",
        };
        let html = page_html(
            INDEX,
            embedded(),
            th,
            &EN,
            &own,
            "https://x.org/aelw/",
            &image(),
        )
        .unwrap();
        assert!(html.contains("<html lang=\"th\" data-page=\"th/embed/\">"));
        assert!(html.contains(&format!(
            "<title>{}</title>",
            embedded().week.page_title.get(Lang::Th)
        )));
        assert!(html.contains(&format!(
            "<meta name=\"description\" content=\"{}\">",
            embedded().week.page_description.get(Lang::Th)
        )));
        // The app's files, from two folders down; other URLs as they were.
        for moved in [
            "href=\"../../main-1.css\"",
            "href=\"../../noscript.css\"",
            "data-js=\"../../app-1.js\" data-wasm=\"../../app-1_bg.wasm\"",
            "src=\"../../boot-1.js\"",
            "data-href=\"../../app-1.js\"",
            "<link rel=\"icon\" href=\"../../favicon.ico\" sizes=\"32x32\">",
            "<link rel=\"apple-touch-icon\" href=\"../../apple-touch-icon.png\">",
            "href=\"https://example.org/a\"",
            "href=\"/abs\"",
        ] {
            assert!(html.contains(moved), "{moved}");
        }
        assert!(html.contains(
            "<link rel=\"canonical\" href=\"https://x.org/aelw/th/embed/\">\
             <link rel=\"alternate\" hreflang=\"en\" href=\"https://x.org/aelw/embed/\">\
             <link rel=\"alternate\" hreflang=\"th\" href=\"https://x.org/aelw/th/embed/\">\
             <link rel=\"alternate\" hreflang=\"x-default\" href=\"https://x.org/aelw/embed/\">\
             <link rel=\"alternate\" type=\"application/json+oembed\" \
             href=\"https://x.org/aelw/oembed.th.json\" title=\"สัปดาห์การประชุมผู้นำเขตเศรษฐกิจเอเปค ปี 2565\">\
             <meta property=\"og:type\" content=\"website\">"
        ));
        assert!(html.contains(
            "<meta property=\"og:url\" content=\"https://x.org/aelw/th/embed/\">\
             <meta property=\"og:locale\" content=\"th_TH\">"
        ));
        assert!(html.contains(
            "<meta property=\"og:image\" content=\"https://x.org/aelw/cards/week.png?v=1\">"
        ));
        assert!(html.contains("<meta name=\"twitter:image:alt\" content=\"Share card\">\n</head>"));
        // No hydration marker of Leptos's in a head.
        assert!(!html.contains("<!>"));
        assert!(html.contains("<div id=\"app-problem\">P-th</div>"));
        assert!(html.contains(own.app) && !html.contains("<h1>Week</h1>"));
    }

    #[test]
    fn the_english_page_keeps_its_paths_and_gains_its_links() {
        let html = page_html(
            INDEX,
            embedded(),
            Page::default(),
            &EN,
            &EN,
            "https://x.org/",
            &image(),
        )
        .unwrap();
        assert!(html.contains("<html lang=\"en\" data-page=\"\">"));
        assert!(html.contains("href=\"./main-1.css\"") && html.contains("href=\"noscript.css\""));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://x.org/\">"));
        assert!(html.contains("<a href=\"data/aelw-2022.json\">"));
    }

    #[test]
    fn a_changed_trunk_output_stops_the_build() {
        let own = Markup {
            app: "x",
            problem: "y",
        };
        let page = Page::new(Lang::Th, false);
        let site = "https://x.org/";
        for broken in [
            INDEX.replace("</head>", ""),
            INDEX.replace("<html lang=\"en\">", "<html>"),
            INDEX.replace("<title>", "<title hidden>"),
            INDEX.replace("<h1>Week</h1>", "<h1>Other</h1>"),
            INDEX.replace("P-en", "P-en P-en"),
            INDEX.replace("<link rel=\"icon\" href=\"data:,\">", ""),
        ] {
            assert!(page_html(&broken, embedded(), page, &EN, &own, site, &image()).is_err());
        }
    }
}
