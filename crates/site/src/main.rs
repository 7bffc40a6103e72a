//! Build steps, run natively with the `ssr` feature by trunk hooks.
//!
//! `prerender <folder>` (the `pre_build` hook): from the summit's data (`$AELW_DATA`, else
//! the Bangkok week's) and the app's own components it writes, into the folder:
//!
//! - `app.html`: the default view (English, the full week, the cards), which trunk inlines
//!   into `dist/index.html`, so the week is readable before the WebAssembly arrives,
//!   without JavaScript, and by crawlers. The app adopts it (hydration) when it starts.
//! - `problem.html`: the hidden notes shown if the app cannot start or stops.
//! - `share/<id>.html` and `share/<id>.th.html`: a link-preview page per day, event,
//!   card and deliverable, in each language. Link previews need absolute URLs, taken from
//!   `AELW_SITE_URL` (the deployed app's folder).
//! - `oembed.json`, `oembed/<id>.json` and their `.th.json` twins: the oEmbed response
//!   for the week and for each of those sections (see `aelw_site::oembed`), with the same
//!   absolute URLs.
//! - `cards/week.png`, `cards/<id>.png` and their `.th.png` twins: the share image of the
//!   week and of each section (see `aelw_site::share_image`), drawn natively by `aelw_images`,
//!   or copied from `target/card-cache/` when a card showing the same was drawn before.
//! - `favicon.ico` and `apple-touch-icon.png`: the app's icons (the SVG one is written
//!   into each page, see `aelw_site::share_tags`).
//! - `main.css`: `style/main.css` with the tracks' colours, and `timeline.css`, both
//!   minified (see `aelw_site::minify`); `data/<file>`: the data file.
//! - `i18n.json`: the interface's strings as (English, Thai) pairs, for the browser test
//!   that looks for English left in the Thai page (not shipped).
//!
//! `prerender --finish` (the `post_build` hook): edits the finished `index.html` in
//! trunk's staging folder (`TRUNK_STAGING_DIR`) so the app loads after the week is
//! painted, its JS glue minified (see `aelw_site::defer_app`), then makes from it the Thai and embed pages, `th/`,
//! `embed/` and `th/embed/`, each with its own prerendered week (see `aelw_site::page_html`),
//! and writes the calendar files beside them, `calendar/…` and `th/calendar/…` (see
//! `aelw_site::calendar`; their events' links are absolute, from `AELW_SITE_URL`); last,
//! the compressed twins of the text files (see `aelw_site::precompress`).

use aelw::components::app_problem::AppProblem;
use aelw::state::AppState;
use aelw_core::data;
use aelw_core::model::{Dataset, Lang};
use aelw_core::url::{self, Page};
use aelw_core::url::{Section, feed_path, oembed_path, share_image_path, share_path, site_root};
use aelw_images::{Renderer, icon, write_whole};
use aelw_site::page_html::{Markup, page_html};
use aelw_site::precompress::precompress;
use aelw_site::share_image::{self, ShareImage};
use aelw_site::share_tags::{FAVICON_ICO, TOUCH_ICON, TOUCH_ICON_SIZE};
use aelw_site::{markup, minify, oembed, share_page};
use leptos::prelude::*;
use std::path::Path;
use std::process::ExitCode;

/// The app's own stylesheet, which `main.css` extends with the tracks' colours.
const STYLE: &str = "../../style/main.css";
/// The timeline's stylesheet, linked before `main.css`.
const TIMELINE_STYLE: &str = "../../style/timeline.css";

/// Where `make serve` runs the app; deployments set `AELW_SITE_URL`.
const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080/";

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1) else {
        eprintln!("usage: prerender <output folder> | prerender --finish");
        return ExitCode::FAILURE;
    };
    let done = if out == "--finish" {
        finish_page()
    } else {
        write_site(Path::new(&out))
    };
    match done {
        Ok(summary) => {
            println!("prerender: {summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Defers the app's files in the `index.html` trunk has just written to its staging
/// folder, then writes the other pages beside it.
fn finish_page() -> Result<String, String> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .ok_or("TRUNK_STAGING_DIR is not set: --finish runs as trunk's post_build hook")?;
    let staging = Path::new(&staging);
    let path = staging.join("index.html");
    let html = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let html = aelw_site::defer_app::minify_app_js(&html, staging)?;
    let html = aelw_site::defer_app::defer_app_preloads(&html)?;
    let site_url = site_url()?;
    let data = aelw_site::build_data()?;
    for page in Page::ALL {
        let own = rendered(data, page);
        let own = Markup {
            app: &own.0,
            problem: &own.1,
        };
        let image = week_image(data, staging, page.lang, &site_url)?;
        let out = page_html(&html, data, page, &own, &site_url, &image)?;
        write(&staging.join(page.path()).join("index.html"), &out)?;
    }
    for lang in [Lang::En, Lang::Th] {
        let feed = aelw_site::feed::feed(data, lang, &site_url);
        write(&staging.join(feed_path(lang)), &feed)?;
    }
    let calendars = aelw_site::calendar::files(data, aelw::week::zone(), &site_url)?;
    for (path, text) in &calendars {
        write(&staging.join(path), text)?;
    }
    // Last, once every file is written. Not the data file: editors publish it alone
    // during the week (docs/live.md), and a host would serve its stale twins instead.
    // The test builds (`make build-hooks`, `build-summit`) are never served by a host
    // that reads twins, so they skip the step's brotli and zopfli (AELW_TWINS=0).
    let data_file = url::data_file(Page::default(), &data.week.data_file);
    let twins = if std::env::var_os("AELW_TWINS").is_some_and(|v| v == "0") {
        aelw_site::precompress::Twins::default()
    } else {
        precompress(staging, &[Path::new(&data_file)])?
    };
    Ok(format!(
        "app files deferred, {} pages, the feeds and {} calendar files written in {}; \
         {} files compressed, {} kB to {} kB gzip and {} kB brotli",
        Page::ALL.len(),
        calendars.len(),
        staging.display(),
        twins.files,
        twins.raw / 1000,
        twins.gzip / 1000,
        twins.brotli / 1000,
    ))
}

/// A page's prerendered week, with the hydration markers the app follows, and its
/// problem notes.
fn rendered(data: &'static Dataset, page: Page) -> (String, String) {
    let (opts, lang) = (page.view(), page.lang);
    let app = markup::render_hydratable(|| {
        let state = AppState::new(lang, data, opts, String::new(), aelw_core::filter::fold_std);
        view! { <aelw::App state=state /> }
    });
    let problem = markup::render(|| view! { <AppProblem lang=lang /> });
    (app, problem)
}

/// The deployed app's absolute root from `AELW_SITE_URL` (see `url::site_root`).
fn site_url() -> Result<String, String> {
    site_root(&std::env::var("AELW_SITE_URL").unwrap_or_else(|_| DEFAULT_SITE_URL.into()))
}

/// A card to draw: the week's (`None`) or a section's, in a language.
type Job<'a> = (Option<Section<'a>>, Lang);

/// Draws every job's card into `out/cards/` (or copies it from `cache`), on every core,
/// and returns how each page names its card, in the jobs' order. The first card that
/// cannot be drawn stops the build, naming its section, language and the reason.
fn draw_cards(
    renderer: &Renderer,
    data: &Dataset,
    jobs: &[Job],
    (out, cache): (&Path, &Path),
    site_url: &str,
) -> Result<Vec<ShareImage>, String> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let draw = |&(section, lang): &Job| {
        share_image::write(renderer, data, section, lang, site_url, (out, cache))
    };
    let chunk = jobs.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(draw).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|_| vec![Err("a card worker panicked".into())])
            })
            .collect()
    })
}

/// How the app pages name the week's card in `lang`: the card the `pre_build` step drew,
/// as trunk copied it into `staging`, hashed for its `?v=`.
fn week_image(
    data: &Dataset,
    staging: &Path,
    lang: Lang,
    site_url: &str,
) -> Result<ShareImage, String> {
    let card = share_image::contents(data, None, lang, site_url);
    let path = staging.join(share_image_path(None, lang));
    let png = std::fs::read(&path).map_err(|e| {
        format!(
            "cannot read the week's card {}: {e} (the pre_build step draws it)",
            path.display()
        )
    })?;
    Ok(share_image::image(
        &card,
        None,
        lang,
        site_url,
        &aelw_images::digest(&png),
    ))
}

/// Writes the summit's icons into `out`.
fn write_icons(out: &Path, data: &Dataset) -> Result<(), String> {
    let fail = |e: aelw_images::ImageError| format!("cannot draw the icons: {e}");
    let drawing = share_image::icon(data);
    write_whole(
        &out.join(FAVICON_ICO),
        &icon::ico(&drawing, 32).map_err(fail)?,
    )
    .map_err(fail)?;
    write_whole(
        &out.join(TOUCH_ICON),
        &icon::png(&drawing, TOUCH_ICON_SIZE).map_err(fail)?,
    )
    .map_err(fail)
}

/// Writes `text` to `path`, making its folder.
fn write(path: &Path, text: &str) -> Result<(), String> {
    path.parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(path, text))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn write_site(out: &Path) -> Result<String, String> {
    let site_url = site_url()?;
    // Every problem at once, before anything is written (the app's own build, which
    // bakes the week, checks it again).
    let data = aelw_site::build_data()?;
    // A section removed from the data must not leave its preview, response or card
    // behind: trunk copies these folders whole.
    for folder in ["share", "oembed", "cards", "data"] {
        let folder = out.join(folder);
        if folder.exists() {
            std::fs::remove_dir_all(&folder)
                .map_err(|e| format!("cannot clear {}: {e}", folder.display()))?;
        }
    }
    // The English page, which trunk inlines into index.html; `--finish` makes the others.
    let (app, problem) = rendered(data, Page::default());
    write(&out.join("app.html"), &app)?;
    write(&out.join("problem.html"), &problem)?;
    // The stylesheets, minified: the timeline's, and the app's with the summit's track
    // colours; then the data file for download, in the canonical form the build read it in.
    let read = |path: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    write(
        &out.join("timeline.css"),
        &minify::css(&read(TIMELINE_STYLE)?),
    )?;
    let main_css = aelw_site::style::stylesheet(&read(STYLE)?, data);
    write(&out.join("main.css"), &minify::css(&main_css))?;
    write(
        &out.join("data").join(&data.week.data_file),
        &data::to_json(data),
    )?;

    let pairs =
        serde_json::to_string(&aelw_core::i18n::string_pairs()).map_err(|e| e.to_string())?;
    write(&out.join("i18n.json"), &pairs)?;

    let sections = Section::all(data);
    let jobs: Vec<Job> = [Lang::En, Lang::Th]
        .into_iter()
        .flat_map(|lang| {
            let all = sections.iter().copied().map(Some).chain([None]);
            all.map(move |section| (section, lang))
        })
        .collect();
    let started = std::time::Instant::now();
    let renderer = Renderer::new(&data.glossary)?;
    let cache = out.parent().unwrap_or(out).join("card-cache");
    let images = draw_cards(&renderer, data, &jobs, (out, &cache), &site_url)?;
    write_icons(out, data)?;
    let drawn = started.elapsed();
    for (&(section, lang), image) in jobs.iter().zip(&images) {
        let id = section.map(|s| s.element_id());
        if let (Some(section), Some(id)) = (section, &id) {
            let page = share_page::render(data, section, lang, &site_url, image);
            write(&out.join(share_path(id, lang)), &page)?;
        }
        let oembed = oembed::response(data, section, lang, &site_url, image);
        write(&out.join(oembed_path(id.as_deref(), lang)), &oembed)?;
    }
    Ok(format!(
        "{} bytes of app HTML, {} preview pages and oEmbed responses per language, and {} \
         share images in {:.1} s, for {site_url}, in {}",
        app.len(),
        sections.len(),
        images.len(),
        drawn.as_secs_f64(),
        out.display()
    ))
}
