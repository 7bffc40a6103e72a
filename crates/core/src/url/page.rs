//! The four prerendered pages, one per language and mode, and where each lives:
//! `./` (English), `th/` (Thai), `embed/` (English embed), `th/embed/` (Thai embed).
//! Each is a folder with its own `index.html`, so a link, a crawler or a reader with
//! JavaScript off gets the right language and layout from the first byte.

use super::{ViewOptions, app_base, format_query, fragment};
use crate::model::Lang;

/// One prerendered page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Page {
    /// The page's language.
    pub lang: Lang,
    /// Whether it is the compact, one-day-at-a-time view for portal frames.
    pub embed: bool,
}

impl Page {
    /// Every page, the English standalone page first.
    pub const ALL: [Page; 4] = [
        Page::new(Lang::En, false),
        Page::new(Lang::Th, false),
        Page::new(Lang::En, true),
        Page::new(Lang::Th, true),
    ];

    /// The page for a language and mode.
    pub const fn new(lang: Lang, embed: bool) -> Page {
        Page { lang, embed }
    }

    /// The page's folder relative to the app's root: `""`, `th/`, `embed/`, `th/embed/`.
    /// Written into each page as `<html data-page>`, which the app and the redirect in
    /// `index.html` read.
    pub fn path(self) -> &'static str {
        match (self.lang, self.embed) {
            (Lang::En, false) => "",
            (Lang::Th, false) => "th/",
            (Lang::En, true) => "embed/",
            (Lang::Th, true) => "th/embed/",
        }
    }

    /// The page whose `path()` is `path`; anything else is the English standalone page.
    pub fn from_path(path: &str) -> Page {
        Page::ALL
            .into_iter()
            .find(|p| p.path() == path)
            .unwrap_or_default()
    }

    /// The way from this page's folder back up to the app's root: `""`, `../`, `../../`.
    /// Relative links in a page (the data file, the other pages) start with it.
    pub fn up(self) -> &'static str {
        match self.path().matches('/').count() {
            0 => "",
            1 => "../",
            _ => "../../",
        }
    }

    /// The view this page is prerendered with: the whole week, no filters, local ICT.
    pub fn view(self) -> ViewOptions {
        ViewOptions {
            embed: self.embed,
            ..ViewOptions::default()
        }
    }

    /// Whether a reader who opened this page with these options, in this language, first
    /// sees exactly what was prerendered into it, so the app can adopt the markup as it
    /// is (hydration) instead of rendering it again. Host settings (theme, accent, Pym's
    /// child id), an explicit `lang` that matches, and a `data=` update (it arrives
    /// later) do not change the first view; filters, search, `tz=local`, another
    /// language or another mode do.
    pub fn shows_prerendered(self, opts: &ViewOptions, lang: Lang) -> bool {
        lang == self.lang
            && opts.embed == self.embed
            && !opts.filters.is_filtered()
            && !opts.local_times
    }
}

/// The app's root folder (absolute, ending in `/`), from the address of `page`: the
/// page's folder with the page's own path taken off its end.
pub fn app_root(page_url: &str, page: Page) -> String {
    let folder = app_base(page_url);
    match folder.strip_suffix(page.path()) {
        Some(root) if !page.path().is_empty() => root.to_string(),
        _ => folder,
    }
}

/// The `lang` an address's query carries for a language asked for: Thai is said by the
/// page (`th/`), so only English is written, because it overrides a browser that
/// prefers Thai.
pub fn query_lang(lang: Option<Lang>) -> Option<Lang> {
    lang.filter(|&l| l == Lang::En)
}

/// The query string that goes with a page's address: the view options without what the
/// page itself says (the mode, and Thai; see `query_lang`).
pub fn page_query(opts: &ViewOptions) -> String {
    format_query(&ViewOptions {
        lang: query_lang(opts.lang),
        embed: false,
        ..opts.clone()
    })
}

/// The address of `page` with `opts` and the fragment `hash` (with its `#`, or `""`),
/// from the app's absolute `root`: the reader's own address, so a `?now=` preview clock
/// stays in it (a reload keeps the preview), though no link the app writes carries it.
pub fn page_url(root: &str, page: Page, opts: &ViewOptions, hash: &str) -> String {
    let mut query = page_query(opts);
    if let Some(now) = &opts.now {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str("now=");
        query.push_str(&super::percent_encode(&now.query_value()));
    }
    format!("{root}{}{query}{hash}", page.path())
}

/// A link from page `from` to page `to` with `opts`, at `section` if given, relative
/// to `from`'s folder, so it is right in the prerendered page and needs no script.
pub fn page_link(from: Page, to: Page, opts: &ViewOptions, section: Option<&str>) -> String {
    let fragment = section.map(fragment).unwrap_or_default();
    let link = format!("{}{}{}{fragment}", from.up(), to.path(), page_query(opts));
    if link.is_empty() || link.starts_with(['?', '#']) {
        format!("./{link}")
    } else {
        link
    }
}

/// A section's address in the app itself, for sections that have no preview page (those
/// that only a data update added): `…/#<id>`, or `…/th/#<id>` in Thai.
pub fn section_url(root: &str, element_id: &str, lang: Lang) -> String {
    page_address(root, Page::new(lang, false), Some(element_id))
}

/// The address of `page` in the app's `root` (absolute, or relative to the root), at
/// `section` if given, with no view options: what the oEmbed responses, the embed
/// snippet and the pages' own links name.
pub fn page_address(root: &str, page: Page, section: Option<&str>) -> String {
    let fragment = section.map(fragment).unwrap_or_default();
    format!("{root}{}{fragment}", page.path())
}

/// A preview page's way on to its section in the app: from `share/`, the standalone
/// page in `lang` at the section, `../#<id>` or `../th/#<id>`.
pub fn from_share_page(element_id: &str, lang: Lang) -> String {
    page_address(super::FROM_SHARE, Page::new(lang, false), Some(element_id))
}

/// The optional host script that sizes embedded frames, in the app's `root`.
pub fn host_script(root: &str) -> String {
    format!("{root}embed.js")
}

/// The app's file `path` (relative to its root) as linked from a page `up` folders
/// below that root (`Page::up`: `""`, `"../"`).
pub fn from_page(up: &str, path: &str) -> String {
    format!("{up}{path}")
}

/// The data file `name` as linked from `page`: in the app's `data/` folder.
pub fn data_file(page: Page, name: &str) -> String {
    from_page(page.up(), &format!("data/{name}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Known;
    use crate::url::parse_query;

    /// The tracks and cards of the Bangkok week, which links may name.
    static CARDS: std::sync::LazyLock<Known<'static>> =
        std::sync::LazyLock::new(|| crate::data::fixture().known());

    #[test]
    fn each_page_has_its_own_folder_and_the_way_back_up() {
        let paths: Vec<_> = Page::ALL.iter().map(|p| p.path()).collect();
        assert_eq!(paths, ["", "th/", "embed/", "th/embed/"]);
        for page in Page::ALL {
            assert_eq!(Page::from_path(page.path()), page);
            // Going up from the page's folder and then down again lands on the page.
            let depth = page.up().matches("../").count();
            assert_eq!(depth, page.path().matches('/').count(), "{page:?}");
        }
        assert_eq!(Page::from_path("nonsense/"), Page::default());
        assert_eq!(Page::new(Lang::Th, true).up(), "../../");
    }

    #[test]
    fn only_the_pages_own_first_view_adopts_its_markup() {
        let th = Page::new(Lang::Th, false);
        let embed = Page::new(Lang::En, true);
        let opens =
            |page: Page, q: &str, lang| page.shows_prerendered(&parse_query(q, &CARDS), lang);
        assert!(opens(Page::default(), "", Lang::En));
        assert!(opens(
            Page::default(),
            "?lang=en&utm_source=chat&data=x.json",
            Lang::En
        ));
        assert!(opens(th, "", Lang::Th));
        assert!(opens(
            embed,
            "?embed=1&theme=dark&accent=123&childId=a",
            Lang::En
        ));
        assert!(!opens(th, "", Lang::En));
        assert!(!opens(Page::default(), "", Lang::Th));
        assert!(!opens(Page::default(), "?embed=1", Lang::En));
        assert!(!opens(th, "?track=leaders", Lang::Th));
        assert!(!opens(th, "?q=gala", Lang::Th));
        assert!(!opens(embed, "?tz=local", Lang::En));
        assert!(embed.shows_prerendered(&embed.view(), Lang::En));
    }

    /// The address split into the page's folder under `root`, its query and its fragment.
    fn split<'a>(root: &str, address: &'a str) -> (&'a str, &'a str, &'a str) {
        let rest = address.strip_prefix(root).expect("under the root");
        let (rest, hash) = rest.split_at(rest.find('#').unwrap_or(rest.len()));
        let (path, query) = rest.split_at(rest.find('?').unwrap_or(rest.len()));
        (path, query, hash)
    }

    #[test]
    fn every_address_made_reads_back_as_its_page_view_and_section() {
        let data = crate::data::fixture();
        let root = "https://x.org/aelw/";
        let opts = parse_query("?lang=en&track=media&q=gala+dinner&theme=dark", &CARDS);
        for page in Page::ALL {
            for section in crate::url::Section::all(data) {
                let id = section.element_id();
                for address in [
                    page_url(root, page, &opts, &section.fragment()),
                    page_address(root, page, Some(&id)),
                ] {
                    assert_eq!(app_root(&address, page), root, "{address}");
                    let (path, query, hash) = split(root, &address);
                    assert_eq!(Page::from_path(path), page, "{address}");
                    assert_eq!(
                        crate::url::parse_fragment(hash, data),
                        crate::url::Fragment::Section(section),
                        "{address}"
                    );
                    if !query.is_empty() {
                        let back = parse_query(query, &CARDS);
                        assert_eq!(page_query(&back), page_query(&opts), "{address}");
                    }
                }
            }
            // A relative link from any page reaches the other pages from its folder.
            for to in Page::ALL {
                let link = page_link(page, to, &opts.standalone(), Some("gala-dinner"));
                let from_root = format!("{}{link}", page.path());
                let resolved = from_root
                    .split('/')
                    .fold(Vec::new(), |mut at: Vec<&str>, part| {
                        match part {
                            ".." => drop(at.pop()),
                            "." => {}
                            _ => at.push(part),
                        }
                        at
                    })
                    .join("/");
                assert_eq!(
                    resolved,
                    format!(
                        "{}?lang=en&track=media&q=gala+dinner#gala-dinner",
                        to.path()
                    ),
                    "{page:?} to {to:?}: {link}"
                );
            }
        }
    }

    #[test]
    fn the_files_beside_the_pages_have_their_own_addresses() {
        assert_eq!(
            page_address("https://x.org/a/", Page::new(Lang::Th, true), None),
            "https://x.org/a/th/embed/"
        );
        assert_eq!(
            page_address(
                "https://x.org/a/",
                Page::new(Lang::En, true),
                Some("day-2022-11-18")
            ),
            "https://x.org/a/embed/#day-2022-11-18"
        );
        assert_eq!(from_share_page("gala-dinner", Lang::En), "../#gala-dinner");
        assert_eq!(
            from_share_page("priority-balance", Lang::Th),
            "../th/#priority-balance"
        );
        assert_eq!(host_script("https://x.org/a/"), "https://x.org/a/embed.js");
        assert_eq!(
            data_file(Page::default(), "aelw-2022.json"),
            "data/aelw-2022.json"
        );
        assert_eq!(
            data_file(Page::new(Lang::Th, true), "aelw-2022.json"),
            "../../data/aelw-2022.json"
        );
    }

    #[test]
    fn addresses_put_the_page_in_the_path_and_the_rest_in_the_query() {
        let th_embed = Page::new(Lang::Th, true);
        for page in Page::ALL {
            let url = format!(
                "https://x.org/aelw/{}index.html?lang=th#gala-dinner",
                page.path()
            );
            assert_eq!(app_root(&url, page), "https://x.org/aelw/", "{page:?}");
        }
        // A page served from a folder that is not where the page expects: the folder.
        assert_eq!(
            app_root("https://x.org/a/?embed=1", th_embed),
            "https://x.org/a/"
        );
        let o = parse_query("?lang=th&embed=1&track=media&theme=dark&childId=c", &CARDS);
        assert_eq!(
            page_url("https://x.org/", th_embed, &o, "#day-2022-11-18"),
            "https://x.org/th/embed/?track=media&theme=dark&childId=c#day-2022-11-18"
        );
        let en = parse_query("?lang=en", &CARDS);
        assert_eq!(page_url("/r/", Page::default(), &en, ""), "/r/?lang=en");
        // The embed's "Open full view": the standalone page in the same language.
        assert_eq!(
            page_link(
                th_embed,
                Page::new(Lang::Th, false),
                &o.standalone(),
                Some("gala-dinner")
            ),
            "../../th/?track=media#gala-dinner"
        );
        assert_eq!(
            page_link(
                Page::new(Lang::En, true),
                Page::default(),
                &en.standalone(),
                None
            ),
            "../?lang=en"
        );
        assert_eq!(
            page_link(
                Page::default(),
                Page::default(),
                &ViewOptions::default(),
                None
            ),
            "./"
        );
        assert_eq!(
            page_link(Page::default(), Page::default(), &o.standalone(), Some("x")),
            "./?track=media#x"
        );
        assert_eq!(
            section_url("https://x.org/a/", "new-event", Lang::Th),
            "https://x.org/a/th/#new-event"
        );
        assert_eq!(
            section_url("https://x.org/a/", "new-event", Lang::En),
            "https://x.org/a/#new-event"
        );
    }
}
