//! The Open Graph and Twitter tags of every shareable page (the four app pages and each
//! preview page): what LINE, Facebook, X, WhatsApp, Telegram, Slack, Discord and Teams
//! read to draw a link. The `twitter:` values equal the `og:` ones because Teams prefers
//! them and LinkedIn reads only `og:`. Also the icons and theme colour every page names.

use crate::share_image::{SIZE, ShareImage, brand_colour, icon};
use aelw_core::model::{Dataset, Lang};
use aelw_core::url::from_page;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// What the SVG icon's `data:` URL encodes: what a URL cannot hold (`%`, `#`, spaces,
/// controls) and what would end or confuse the attribute (`"`, `<`, `>`); the rest of the
/// SVG stays readable, and smaller than base64.
const DATA_URL: &AsciiSet = &CONTROLS
    .add(b'%')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b' ');

/// The app's icons, drawn at build time by `aelw_images::icon`: the ICO for browsers
/// without SVG icons (and those that ask for `/favicon.ico`), and the home-screen icon.
/// The SVG favicon is written into each page as a `data:` URL instead: the app moves
/// between its pages' addresses without reloading (a language switch), and a relative
/// icon address would then point into the wrong folder.
pub const FAVICON_ICO: &str = "favicon.ico";
/// See `FAVICON_ICO`: 180 × 180, as iOS asks.
pub const TOUCH_ICON: &str = "apple-touch-icon.png";
/// The touch icon's size in pixels.
pub const TOUCH_ICON_SIZE: u32 = 180;

/// The icon links and `theme-color` (the summit's brand colour) of a page `up` folders
/// below the app's root (`""`, `../`). Browsers take the last icon they can use: the SVG.
pub fn icon_links(data: &Dataset, up: &str) -> impl IntoView + use<> {
    let svg = aelw_images::icon::svg(&icon(data));
    let svg = utf8_percent_encode(svg.trim_end(), DATA_URL);
    view! {
        <link rel="icon" href=from_page(up, FAVICON_ICO) sizes="32x32" />
        <link rel="apple-touch-icon" href=from_page(up, TOUCH_ICON) />
        <link rel="icon" href=format!("data:image/svg+xml,{svg}") type="image/svg+xml" />
        <meta name="theme-color" content=brand_colour(data).hex() />
    }
}

/// What a page says about itself to link previews.
pub struct ShareTags<'a> {
    /// `website` for the app's pages, `article` for a section's preview.
    pub kind: &'a str,
    /// The week's title.
    pub site_name: &'a str,
    /// The page's title.
    pub title: &'a str,
    /// A paragraph about it.
    pub description: &'a str,
    /// Its canonical, absolute URL.
    pub url: &'a str,
    /// Its language.
    pub lang: Lang,
    /// Its card.
    pub image: &'a ShareImage,
}

/// The Open Graph locale of a language.
fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_GB",
        Lang::Th => "th_TH",
    }
}

impl ShareTags<'_> {
    /// The tags: `og:` properties, then the `twitter:` names.
    pub fn view(&self) -> impl IntoView + use<> {
        let (width, height) = SIZE;
        let og = [
            ("og:type", self.kind.to_string()),
            ("og:site_name", self.site_name.to_string()),
            ("og:title", self.title.to_string()),
            ("og:description", self.description.to_string()),
            ("og:url", self.url.to_string()),
            ("og:locale", og_locale(self.lang).to_string()),
            (
                "og:locale:alternate",
                og_locale(self.lang.other()).to_string(),
            ),
            ("og:image", self.image.url.clone()),
            ("og:image:type", "image/png".to_string()),
            ("og:image:width", width.to_string()),
            ("og:image:height", height.to_string()),
            ("og:image:alt", self.image.alt.clone()),
        ];
        let twitter = [
            ("twitter:card", "summary_large_image".to_string()),
            ("twitter:title", self.title.to_string()),
            ("twitter:description", self.description.to_string()),
            ("twitter:image", self.image.url.clone()),
            ("twitter:image:alt", self.image.alt.clone()),
        ];
        // `property` is not an attribute Leptos knows for `<meta>` (RDFa, which Open Graph
        // uses), so it is written as a custom one.
        let og = og.map(|(property, content)| {
            view! { <meta {custom_attribute("property", property)} content=content /> }
        });
        let twitter = twitter.map(|(name, content)| view! { <meta name=name content=content /> });
        (
            og.into_iter().collect_view(),
            twitter.into_iter().collect_view(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn og_and_twitter_say_the_same() {
        let image = ShareImage {
            path: "cards/week.th.png".into(),
            url: "https://x.org/cards/week.th.png?v=abc".into(),
            alt: "การ์ด \"ก\"".into(),
        };
        let tags = ShareTags {
            kind: "website",
            site_name: "Week",
            title: "A & B",
            description: "D",
            url: "https://x.org/th/",
            lang: Lang::Th,
            image: &image,
        };
        let tags = crate::markup::render(|| tags.view());
        for expected in [
            r#"<meta property="og:locale" content="th_TH">"#,
            r#"<meta property="og:locale:alternate" content="en_GB">"#,
            r#"<meta property="og:image" content="https://x.org/cards/week.th.png?v=abc">"#,
            r#"<meta property="og:image:width" content="1200">"#,
            r#"<meta property="og:image:height" content="630">"#,
            r#"<meta property="og:image:alt" content="การ์ด &quot;ก&quot;">"#,
            r#"<meta name="twitter:card" content="summary_large_image">"#,
            r#"<meta name="twitter:title" content="A &amp; B">"#,
            r#"<meta name="twitter:image" content="https://x.org/cards/week.th.png?v=abc">"#,
            r#"<meta name="twitter:image:alt" content="การ์ด &quot;ก&quot;">"#,
        ] {
            assert!(tags.contains(expected), "missing {expected}\n{tags}");
        }
        assert_eq!(
            tags.matches("og:image\"").count(),
            1,
            "exactly one og:image"
        );
        assert_eq!(tags.matches("<meta ").count(), 17);
    }
}
