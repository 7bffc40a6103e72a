//! What each share image shows (the week, a day, an event, a priority card or a
//! deliverable, in each language) and the `og:image` a page names for it. The drawing is
//! `aelw_images`'s; this module only chooses the words and the colours, all the data's
//! (or the engine's neutral ones, `aelw_core::identity`), and so the icon's too. Native
//! only: cards are drawn at build time and never ship in the `.wasm`.

use crate::image_text::image_strings;
use aelw_core::data::rgb;
use aelw_core::format;
use aelw_core::i18n::strings;
use aelw_core::identity::{self, NEUTRAL_BRAND};
use aelw_core::model::{Dataset, Lang};
use aelw_core::url::{Section, share_image_path, share_image_url};
use aelw_images::icon::Icon;
use aelw_images::{Colour, Image, Renderer};
use std::path::Path;

/// A card as a page links to it.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareImage {
    /// Where the build writes it, relative to the app: `cards/<id>.png`.
    pub path: String,
    /// Its absolute URL, with `?v=` and the start of the card's hash: a changed card gets
    /// a new URL (crawlers cache images by URL), while the file keeps its place, so links
    /// shared before still find an image.
    pub url: String,
    /// The translated alt text.
    pub alt: String,
}

/// The card's width and height, for `og:image:width` and `og:image:height`.
pub const SIZE: (u32, u32) = (aelw_images::WIDTH, aelw_images::HEIGHT);

/// How many hex digits of the hash go into `?v=`.
const VERSION_DIGITS: usize = 10;

/// A colour of the data (`#rrggbb`, which the data checks ensure), or the neutral brand
/// colour for one they would refuse.
pub fn colour_of(hex: &str) -> Colour {
    let (r, g, b) = rgb(hex)
        .or_else(|| rgb(NEUTRAL_BRAND.light))
        .unwrap_or_default();
    Colour(r, g, b)
}

/// The summit's brand colour: the cards' band, `theme-color`, the icon's square.
pub fn brand_colour(data: &Dataset) -> Colour {
    colour_of(identity::brand(&data.week).light)
}

/// A priority's colour, as on its card in the app (`style::priority_rules`): its own, or
/// the engine's by its place; the brand colour for an id that is no card's.
pub fn priority_colour(data: &Dataset, id: &str) -> Colour {
    data.priorities.iter().position(|p| p.id == id).map_or_else(
        || brand_colour(data),
        |i| colour_of(identity::priority(data, i).light),
    )
}

/// Every card's colour, in card order: the squares at a share image's foot.
pub fn swatches(data: &Dataset) -> Vec<Colour> {
    (0..data.priorities.len())
        .map(|i| colour_of(identity::priority(data, i).light))
        .collect()
}

/// The app's icon: the brand colour, with rows in the first three cards' dark-theme
/// shades (the engine's palette where there are fewer cards), which read on it.
pub fn icon(data: &Dataset) -> Icon {
    Icon {
        background: brand_colour(data),
        rows: [0, 1, 2].map(|i| colour_of(identity::priority(data, i).dark)),
    }
}

/// The site's address as the card's footer shows it: no scheme, no trailing slash.
pub fn address(site_url: &str) -> String {
    let bare = site_url
        .split_once("://")
        .map_or(site_url, |(_, rest)| rest);
    bare.trim_end_matches('/').to_string()
}

/// The card for `section` (the whole week for `None`) in `lang`.
pub fn contents(data: &Dataset, section: Option<Section>, lang: Lang, site_url: &str) -> Image {
    let (s, c) = (strings(lang), image_strings(lang));
    let kicker = |tail: &str| format!("{} · {tail}", data.week.eyebrow.get(lang));
    // The eyebrow, what the data calls the week if it says, and the date.
    let occasion = data.week.occasion.as_ref().map(|o| o.get(lang));
    let with_date = |date: String| match occasion {
        Some(occasion) => kicker(&format!("{occasion} · {date}")),
        None => kicker(&date),
    };
    let dated = |date| with_date(format::long_date(s, date));
    let brand = brand_colour(data);
    let mut card = Image {
        kicker: with_date(format::week_dates(s, &data.week)),
        label: c.week_label.to_string(),
        title: data.week.title.get(lang).to_string(),
        details: vec![
            data.week.theme.get(lang).to_string(),
            data.week.venue.get(lang).to_string(),
        ],
        colour: brand,
        band: brand,
        swatches: swatches(data),
        summary: String::new(),
        address: address(site_url),
    };
    let title = |section| format::section_title(data, section, s, lang);
    match section {
        None => {}
        Some(Section::Day(date)) => {
            card.details.clear();
            card.kicker = dated(date);
            card.label = s.event_count(data.events_on(date).count());
            let titles: Vec<&str> = data.events_on(date).map(|e| e.title.get(lang)).collect();
            card.summary = titles.join(" · ");
            card.title = data.days.iter().find(|d| d.date == date).map_or_else(
                || title(Section::Day(date)),
                |d| d.headline.get(lang).to_string(),
            );
        }
        Some(Section::Event(id)) => {
            let Some(e) = data.event(id) else {
                return card;
            };
            card.kicker = dated(e.date);
            card.label = e
                .tracks
                .iter()
                .filter_map(|id| data.track(id))
                .map(|t| t.name.get(lang))
                .collect::<Vec<_>>()
                .join(" · ");
            let main = e.tracks.first().and_then(|id| data.track(id));
            card.colour = main.map_or(brand, |t| colour_of(&t.colour));
            card.title = e.title.get(lang).to_string();
            let when = format::clock_time(s, e, aelw::week::zone())
                .or_else(|| e.time_of_day.as_ref().map(|t| t.get(lang).to_string()));
            let venue = e.venue.as_ref().map(|v| v.get(lang).to_string());
            card.details = when.into_iter().chain(venue).collect();
        }
        Some(Section::Priority(id)) => {
            let Some(p) = data.priority(id) else {
                return card;
            };
            card.kicker = kicker(s.priorities(data.priorities.len()));
            card.label = p.name.get(lang).to_string();
            card.colour = priority_colour(data, id);
            card.title = p.official_name.get(lang).to_string();
            card.details.clear();
            card.summary = p.aim.get(lang).to_string();
        }
        Some(Section::Deliverable(id)) => {
            let Some(p) = data
                .priorities
                .iter()
                .find(|p| p.deliverables.iter().any(|d| d.id == id))
            else {
                return card;
            };
            card.kicker = kicker(s.priorities(data.priorities.len()));
            card.label = p.name.get(lang).to_string();
            card.colour = priority_colour(data, &p.id);
            card.title = title(Section::Deliverable(id));
            card.details.clear();
            card.summary = data
                .deliverable(id)
                .map_or_else(String::new, |d| d.explanation.get(lang).to_string());
        }
    }
    card
}

/// How a page names `card` (the card of `section`, or of the week for `None`) on a
/// site at `site_url`, given the `digest` of its PNG.
pub fn image(
    card: &Image,
    section: Option<Section>,
    lang: Lang,
    site_url: &str,
    digest: &str,
) -> ShareImage {
    let id = section.map(|s| s.element_id());
    let path = share_image_path(id.as_deref(), lang);
    ShareImage {
        url: share_image_url(
            site_url,
            id.as_deref(),
            lang,
            &digest[..VERSION_DIGITS.min(digest.len())],
        ),
        path,
        alt: image_strings(lang)
            .alt
            .replace("{title}", &card.title)
            .replace("{kicker}", &card.kicker),
    }
}

/// Draws the card of `section` (the week for `None`) in `lang` into `out` (the site's
/// folder), through the `cache` folder, and returns how pages name it. A card that
/// cannot be drawn is an error naming its section, its language and why.
pub fn write(
    renderer: &Renderer,
    data: &Dataset,
    section: Option<Section>,
    lang: Lang,
    site_url: &str,
    (out, cache): (&Path, &Path),
) -> Result<ShareImage, String> {
    let card = contents(data, section, lang, site_url);
    let path = out.join(share_image_path(
        section.map(|s| s.element_id()).as_deref(),
        lang,
    ));
    let digest = renderer.write_cached(&card, &path, cache).map_err(|e| {
        let id = section.map_or_else(|| aelw_core::ids::WEEK.to_string(), |s| s.element_id());
        format!(
            "the share image of {id} ({}) cannot be drawn: {e}",
            lang.code()
        )
    })?;
    Ok(image(&card, section, lang, site_url, &digest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use aelw_core::data::fixture;

    const SITE: &str = "https://example.org/aelw/";

    #[test]
    fn colours_are_the_apps_own() {
        let data = fixture();
        let main = include_str!("../../../style/main.css");
        let css = crate::style::stylesheet(main, data);
        let light = |name: &str, c: Colour| format!("{name}: light-dark({},", c.hex());
        assert_eq!(colour_of("#1D5FA8"), Colour(0x1d, 0x5f, 0xa8));
        assert_eq!(colour_of("green"), colour_of(NEUTRAL_BRAND.light));
        let rows = icon(data).rows;
        for (i, p) in data.priorities.iter().enumerate() {
            let colour = priority_colour(data, &p.id);
            let rule = format!(
                ".accent-{} {{ {} {}); }}",
                p.id,
                light("--accent", colour),
                rows[i].hex()
            );
            assert!(css.contains(&rule), "the stylesheet has no {rule}");
            assert_eq!(swatches(data)[i], colour);
        }
        let brand = identity::brand(&data.week);
        assert!(css.contains(&format!(
            "--masthead-bg: light-dark({}, {})",
            brand_colour(data).hex(),
            brand.dark
        )));
        assert_eq!(icon(data).background, brand_colour(data));
        for (name, colour) in [
            ("--text", aelw_images::TEXT),
            ("--text-muted", aelw_images::MUTED),
            ("--border", aelw_images::RULE),
            ("--link", aelw_images::LINK),
        ] {
            assert!(
                main.contains(&light(name, colour)),
                "style/main.css has no {name} {}",
                colour.hex()
            );
        }
    }

    #[test]
    fn an_event_card_shows_its_day_time_venue_and_track() {
        let data = fixture();
        let card = contents(data, Some(Section::Event("gala-dinner")), Lang::Th, SITE);
        assert_eq!(
            card.title,
            data.event("gala-dinner")
                .unwrap()
                .title
                .th
                .as_deref()
                .unwrap()
        );
        assert!(
            card.kicker
                .starts_with("เอเปค 2022 ประเทศไทย · สัปดาห์ผู้นำ · "),
            "{}",
            card.kicker
        );
        assert!(
            card.kicker.ends_with("2565"),
            "Buddhist era: {}",
            card.kicker
        );
        assert_eq!(card.details.len(), 2, "{:?}", card.details);
        assert_eq!(card.address, "example.org/aelw");
        let en = super::contents(data, Some(Section::Event("gala-dinner")), Lang::En, SITE);
        assert!(
            en.kicker.ends_with("Thursday, 17 November 2022"),
            "{}",
            en.kicker
        );
        assert_ne!(
            en.colour,
            brand_colour(data),
            "a ceremonial event takes its track's colour"
        );
        assert_eq!(en.band, colour_of("#0b2d4f"), "Bangkok's band is its navy");
    }

    #[test]
    fn a_summit_that_names_no_occasion_or_colour_gets_the_eyebrow_the_date_and_neutral_colours() {
        let mut data = fixture().clone();
        data.week.occasion = None;
        data.week.brand_colour = None;
        data.week.brand_colour_dark = None;
        for p in &mut data.priorities {
            (p.colour, p.colour_dark) = (None, None);
        }
        let week = contents(&data, None, Lang::En, SITE);
        assert_eq!(week.kicker, "APEC 2022 Thailand · 14–19 November 2022");
        let day = contents(&data, Some(Section::Day(data.week.start)), Lang::Th, SITE);
        assert!(
            !day.kicker.contains("สัปดาห์ผู้นำ") && day.kicker.ends_with("2565"),
            "{}",
            day.kicker
        );
        assert_eq!(week.band, colour_of(NEUTRAL_BRAND.light));
        let palette: Vec<Colour> = identity::PALETTE[..3]
            .iter()
            .map(|c| colour_of(c.light))
            .collect();
        assert_eq!(week.swatches, palette);
        assert_eq!(icon(&data).rows[2], colour_of(identity::PALETTE[2].dark));
        let alt = image(&week, None, Lang::En, SITE, "0123456789").alt;
        assert!(
            alt.ends_with(". APEC 2022 Thailand · 14–19 November 2022."),
            "{alt}"
        );
    }

    #[test]
    fn an_older_file_without_the_identity_fields_gets_the_neutral_ones() {
        let text = include_str!("../../../tests/summit/apec-2023.json");
        assert!(!text.contains("brand_colour") && !text.contains("glossary"));
        let data = aelw_core::data::parse(text).expect("apec-2023.json is valid");
        let card = contents(&data, None, Lang::En, SITE);
        assert_eq!(card.band, colour_of(NEUTRAL_BRAND.light));
        assert!(!card.kicker.contains("Leaders' Week"), "{}", card.kicker);
        let css = crate::style::stylesheet("", &data);
        assert!(css.contains(&format!(
            "light-dark({}, {})",
            NEUTRAL_BRAND.light, NEUTRAL_BRAND.dark
        )));
    }

    #[test]
    fn every_section_has_a_card_of_its_own_in_each_language() {
        let data = fixture();
        let renderer = Renderer::new(&data.glossary).unwrap();
        let mut keys = std::collections::HashSet::new();
        let sections = Section::all(data);
        for lang in [Lang::En, Lang::Th] {
            for section in sections.iter().copied().map(Some).chain([None]) {
                let card = contents(data, section, lang, SITE);
                renderer
                    .check(&card)
                    .unwrap_or_else(|e| panic!("{section:?} {lang:?}: {e}"));
                assert!(
                    keys.insert(renderer.key(&card)),
                    "two sections show the same card: {card:?}"
                );
                let image = image(&card, section, lang, SITE, "0123456789abcdef");
                assert!(
                    image.url.starts_with(SITE) && image.url.ends_with("?v=0123456789"),
                    "{}",
                    image.url
                );
                assert!(image.alt.contains(&card.title), "{}", image.alt);
            }
        }
        assert_eq!(keys.len(), 2 * (sections.len() + 1));
    }

    #[test]
    fn a_card_that_cannot_be_drawn_stops_the_build_naming_its_section() {
        let mut data = fixture().clone();
        data.events[0].title.th = Some("ผู้นำ 🤝 พบกัน".into());
        let id = data.events[0].id.clone();
        let renderer = Renderer::new(&data.glossary).unwrap();
        let out = std::env::temp_dir().join(format!("aelw-share-card-{}", std::process::id()));
        let folders = (out.as_path(), out.as_path());
        let section = Some(Section::Event(&id));
        let error = write(&renderer, &data, section, Lang::Th, SITE, folders).unwrap_err();
        assert!(
            error.contains(&format!("share image of {id} (th)")),
            "{error}"
        );
        assert!(error.contains("U+1F91D"), "{error}");
        assert!(!out.join(format!("cards/{id}.th.png")).exists());
        let drawn = write(&renderer, &data, section, Lang::En, SITE, folders).unwrap();
        assert!(out.join(&drawn.path).exists());
        let _ = std::fs::remove_dir_all(out);
    }
}
