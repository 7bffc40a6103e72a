//! The post-build step that makes each page's `index.html` (see `url::Page`) from the
//! one trunk writes: its language, title, description, canonical and alternate links,
//! the paths of the app's files from its folder, and its own prerendered week.

use crate::feed::FEED_TYPE;
use crate::markup;
use crate::rewrite::{Edit, Expect, by_id, rewrite};
use crate::share_image::ShareImage;
use crate::share_tags::{ShareTags, icon_links};
use aelw_core::i18n::strings;
use aelw_core::ids;
use aelw_core::model::Dataset;
use aelw_core::url::{Page, from_page};
use leptos::prelude::*;
use lol_html::html_content::{ContentType, Element};
use std::cell::Cell;
use std::rc::Rc;

/// The prerendered markup of one page: the week (inside `#app`) and the problem notes.
pub struct Markup<'a> {
    /// The app's view, as prerendered for the page: the content of `#app`.
    pub app: &'a str,
    /// The hidden notes shown if the app cannot start, in the page's language: the
    /// whole `#app-problem` element.
    pub problem: &'a str,
}

/// `<link rel="canonical">` for `page`, its `hreflang` alternates (English, Thai and
/// `x-default`, which is the English page: it picks Thai for browsers that prefer it),
/// the week's oEmbed response in its language, so that a pasted link to any page
/// embeds the week, the feeds of releases, and its link-preview tags with the week's card `image`. `site_url`
/// is the app's absolute root, ending in `/`.
pub fn head_links(data: &Dataset, page: Page, site_url: &str, image: &ShareImage) -> String {
    let url = |p: Page| aelw_core::url::page_address(site_url, p, None);
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
        Page::new(aelw_core::model::Lang::En, page.embed),
        Page::new(aelw_core::model::Lang::Th, page.embed),
    );
    let oembed = crate::oembed::discovery_link(data, None, page.lang, site_url);
    // Both languages' feeds of releases, the page's own first; absolute, as the page's
    // address changes folder when the reader switches language.
    let feeds = [page.lang, page.lang.other()].map(|lang| {
        let href = aelw_core::url::feed_url(site_url, lang);
        let title = strings(lang).feed_link_title;
        view! { <link rel="alternate" type=FEED_TYPE hreflang=lang.code() href=href title=title /> }
    });
    crate::markup::render(|| {
        view! {
            <link rel="canonical" href=url(page) />
            <link rel="alternate" hreflang="en" href=url(en) />
            <link rel="alternate" hreflang="th" href=url(th) />
            <link rel="alternate" hreflang="x-default" href=url(en) />
            {oembed}
            {feeds.into_iter().collect_view()}
            {tags}
        }
    })
}

/// The `index.html` of `page`, from trunk's `index` (the English standalone page): every
/// difference between the pages is made here, and each edit fails loudly if trunk's
/// output no longer has the element it replaces. `own` is the page's prerendered markup,
/// `image` the week's card in the page's language.
pub fn page_html(
    index: &str,
    data: &Dataset,
    page: Page,
    own: &Markup,
    site_url: &str,
    image: &ShareImage,
) -> Result<String, String> {
    let up = page.up();
    let title = data.week.page_title.get(page.lang);
    let description = data.week.page_description.get(page.lang);
    let links = format!("  {}\n", head_links(data, page, site_url, image));
    let head_closed = Rc::new(Cell::new(false));
    let closed_head = head_closed.clone();
    let replace = |view: String| {
        move |el: &mut Element| {
            el.replace(&view, ContentType::Html);
            Ok(())
        }
    };
    let mut edits = vec![
        Edit::element("html", Expect::One, |el| {
            el.set_attribute("lang", page.lang.code())?;
            el.set_attribute("data-page", page.path())?;
            Ok(())
        }),
        Edit::element(
            "head > title",
            Expect::One,
            replace(markup::render(|| view! { <title>{title}</title> })),
        ),
        Edit::element(
            "head > meta[name=\"description\"]",
            Expect::One,
            replace(markup::render(
                || view! { <meta name="description" content=description /> },
            )),
        ),
        // The icons replace the placeholder that keeps browsers from asking for one before.
        Edit::element(
            "head > link[rel=\"icon\"][href=\"data:,\"]",
            Expect::One,
            replace(markup::render(|| icon_links(data, up))),
        ),
        // Before `</head>`, in its end tag's handler, which runs only when trunk wrote one:
        // without it the links would be dropped, and `closed` says so after the rewrite.
        Edit::element("head", Expect::One, move |el| {
            let (links, closed) = (links.clone(), closed_head.clone());
            el.on_end_tag(Box::new(move |end| {
                end.before(&links, ContentType::Html);
                closed.set(true);
                Ok(())
            }))
        }),
        Edit::element(by_id(ids::APP), Expect::One, |el: &mut Element| {
            el.set_inner_content(own.app, ContentType::Html);
            Ok(())
        }),
        Edit::element(
            by_id(ids::APP_PROBLEM),
            Expect::One,
            replace(own.problem.to_string()),
        ),
    ];
    edits.extend(relative_paths(up));
    let html = rewrite(index, edits)?;
    if !head_closed.get() {
        return Err("trunk's index.html has no </head> to put the head links before".into());
    }
    Ok(html)
}

/// The attributes that name the app's files in a page's head.
const PATH_ATTRIBUTES: [&str; 5] = ["href", "src", "data-js", "data-wasm", "data-href"];

/// Edits that make every relative path attribute (`PATH_ATTRIBUTES`) in the head relative
/// to a page `up` folders below the app's root (`../`), including those inside a
/// `<noscript>`, which HTML reads as text; absolute URLs, paths from the host's root,
/// `data:` URLs and fragments stay. None for the root page.
fn relative_paths(up: &str) -> Vec<Edit<'_>> {
    if up.is_empty() {
        return Vec::new();
    }
    let mut edits = path_edits(up, "head ");
    let mut noscript = String::new();
    edits.push(Edit::text("head noscript", Expect::Any, move |chunk| {
        noscript.push_str(chunk.as_str());
        chunk.remove();
        if chunk.last_in_text_node() {
            let edited = rewrite(&std::mem::take(&mut noscript), path_edits(up, ""))?;
            chunk.replace(&edited, ContentType::Html);
        }
        Ok(())
    }));
    edits
}

/// The edits of `relative_paths` for the elements `within` (a selector and a space, or
/// nothing for all) with a path attribute.
fn path_edits<'h>(up: &'h str, within: &str) -> Vec<Edit<'h>> {
    PATH_ATTRIBUTES
        .iter()
        .map(|&name| {
            Edit::element(format!("{within}[{name}]"), Expect::Any, move |el| {
                let Some(value) = el.get_attribute(name) else {
                    return Ok(());
                };
                let absolute = value.is_empty()
                    || value.starts_with(['#', '/'])
                    || value.starts_with("data:")
                    || value.contains("://");
                if !absolute {
                    let path = value.strip_prefix("./").unwrap_or(&value);
                    el.set_attribute(name, &from_page(up, path))?;
                }
                Ok(())
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use aelw_core::data::fixture;
    use aelw_core::model::Lang;

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
            alt: "Share image".into(),
        }
    }

    const EN: Markup = Markup {
        app: "<h1>Week</h1><a href=\"data/aelw-2022.json\">data</a>",
        problem: "<div id=\"app-problem\">P-en</div>",
    };

    #[test]
    fn each_page_gets_its_language_title_links_and_week() {
        let th = Page::new(Lang::Th, true);
        let own = Markup {
            app: "<h1>สัปดาห์</h1><a href=\"../../data/aelw-2022.json\">ข้อมูล</a>",
            problem: "<div id=\"app-problem\">P-th</div>",
        };
        let html = page_html(INDEX, fixture(), th, &own, "https://x.org/aelw/", &image()).unwrap();
        assert!(html.contains("<html lang=\"th\" data-page=\"th/embed/\">"));
        assert!(html.contains(&format!(
            "<title>{}</title>",
            fixture().week.page_title.get(Lang::Th)
        )));
        assert!(html.contains(&format!(
            "<meta name=\"description\" content=\"{}\">",
            fixture().week.page_description.get(Lang::Th)
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
             <link rel=\"alternate\" type=\"application/atom+xml\" hreflang=\"th\" \
             href=\"https://x.org/aelw/th/feed.xml\" title=\"ฉบับที่เผยแพร่ของลำดับเหตุการณ์นี้ (ฟีด Atom)\">\
             <link rel=\"alternate\" type=\"application/atom+xml\" hreflang=\"en\" \
             href=\"https://x.org/aelw/feed.xml\" title=\"Releases of this timeline (Atom feed)\">\
             <meta property=\"og:type\" content=\"website\">"
        ));
        assert!(html.contains(
            "<meta property=\"og:url\" content=\"https://x.org/aelw/th/embed/\">\
             <meta property=\"og:locale\" content=\"th_TH\">"
        ));
        assert!(html.contains(
            "<meta property=\"og:image\" content=\"https://x.org/aelw/cards/week.png?v=1\">"
        ));
        assert!(
            html.contains("<meta name=\"twitter:image:alt\" content=\"Share image\">\n</head>")
        );
        // No hydration marker of Leptos's in a head.
        assert!(!html.contains("<!>"));
        assert!(html.contains("<div id=\"app-problem\">P-th</div>"));
        assert!(html.contains(own.app) && !html.contains("<h1>Week</h1>"));
    }

    #[test]
    fn the_english_page_keeps_its_paths_and_gains_its_links() {
        let html = page_html(
            INDEX,
            fixture(),
            Page::default(),
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
        let problem = "<div id=\"app-problem\">P-en</div>";
        for broken in [
            INDEX.replace("<head>", "").replace("</head>", ""),
            INDEX.replace("<html lang=\"en\">", ""),
            INDEX.replace("<title>", "<p>").replace("</title>", "</p>"),
            INDEX.replace("name=\"description\"", "name=\"x\""),
            INDEX.replace(" id=\"app\"", ""),
            INDEX.replace(problem, ""),
            INDEX.replace(problem, &format!("{problem}{problem}")),
            INDEX.replace("<link rel=\"icon\" href=\"data:,\">", ""),
        ] {
            assert!(page_html(&broken, fixture(), page, &own, site, &image()).is_err());
        }
        assert!(page_html(INDEX, fixture(), page, &own, site, &image()).is_ok());
    }
}
