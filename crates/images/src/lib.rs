//! Share images (the `og:image` of every shareable page) and the app's icons, drawn
//! natively at build time: Thai shaped by harfrust as HarfBuzz shapes it, broken at
//! dictionary word boundaries by ICU4X, rasterised by tiny-skia and optimised by oxipng.
//! Nothing here is compiled into the WebAssembly app.

mod draw;
pub mod font;
pub mod icon;
pub mod wrap;

use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use draw::{LINK, MUTED, RULE, TEXT, TITLE_BOX};

/// A card's width in pixels: the 1.91:1 size every messaging app shows large.
pub const WIDTH: u32 = 1200;
/// A card's height in pixels.
pub const HEIGHT: u32 = 630;
/// What the drawing depends on: this crate's sources, fonts and locked dependencies
/// (see `build.rs`). Part of every card's key, so a change to any redraws the cards.
const FINGERPRINT: &str = env!("AELW_CARDS_FINGERPRINT");

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Colour(pub u8, pub u8, pub u8);

impl Colour {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// What one card shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Image {
    /// The line in the band: the eyebrow, the occasion if the data names one, the date
    /// ("APEC 2022 Thailand · Leaders' Week · Friday, 18 November 2022").
    pub kicker: String,
    /// The label beside the colour square: a track or a priority.
    pub label: String,
    /// The title: up to three lines, shrunk and then cut at a word to fit.
    pub title: String,
    /// Up to two lines under the title: time, venue.
    pub details: Vec<String>,
    /// A paragraph under the details, in up to two lines, cut at a word to fit.
    pub summary: String,
    /// The section's colour: its track's or its priority's.
    pub colour: Colour,
    /// The band's colour: the summit's brand colour (white letters on it).
    pub band: Colour,
    /// A square at the foot per priority card, in its colour, in card order.
    pub swatches: Vec<Colour>,
    /// The site's address, at the foot.
    pub address: String,
}

impl Image {
    /// Every piece of text on the card.
    fn texts(&self) -> impl Iterator<Item = &str> {
        [
            &self.kicker,
            &self.label,
            &self.title,
            &self.summary,
            &self.address,
        ]
        .into_iter()
        .chain(&self.details)
        .map(String::as_str)
    }
}

/// Why a card could not be drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageError {
    /// The font has no glyph for this character; it would come out as a box.
    MissingGlyph(char),
    /// More details than the card has room for.
    TooManyDetails(usize),
    /// The PNG could not be encoded or optimised.
    Encode(String),
    /// The file could not be written.
    Write(String),
}

impl std::fmt::Display for ImageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImageError::MissingGlyph(c) => write!(
                f,
                "the card's font has no glyph for {c:?} (U+{:04X}); change the text or the font",
                u32::from(*c)
            ),
            ImageError::TooManyDetails(n) => write!(f, "{n} detail lines; a card has room for 2"),
            ImageError::Encode(e) => write!(f, "cannot encode the card: {e}"),
            ImageError::Write(e) => write!(f, "cannot write the card: {e}"),
        }
    }
}

impl std::error::Error for ImageError {}

/// The faces and the line breaker, loaded once for every card of a build.
pub struct Renderer {
    kit: draw::Type,
    /// The names never split, part of every card's key (they change where lines break).
    glossary: Vec<String>,
}

impl Renderer {
    /// Loads the vendored fonts and the Thai dictionary; the lines never break inside a
    /// name of `glossary` (the summit's, from its data).
    pub fn new(glossary: &[String]) -> Result<Renderer, String> {
        Ok(Renderer {
            kit: draw::Type {
                regular: font::Face::new(font::REGULAR)?,
                bold: font::Face::new(font::BOLD)?,
                breaker: wrap::Breaker::new(glossary),
            },
            glossary: glossary.to_vec(),
        })
    }

    /// The cache's key for `card`: a hash of what it shows and of how it is drawn
    /// (`FINGERPRINT`, the glossary), as hex. A new toolchain may print `Image`
    /// differently; that only misses the cache once.
    pub fn key(&self, card: &Image) -> String {
        hex(&Sha256::new()
            .chain_update(FINGERPRINT)
            .chain_update(format!("{:?}", self.glossary))
            .chain_update(format!("{card:?}"))
            .finalize())
    }

    /// Checks that the font covers every character on `card`.
    pub fn check(&self, card: &Image) -> Result<(), ImageError> {
        if card.details.len() > 2 {
            return Err(ImageError::TooManyDetails(card.details.len()));
        }
        for text in card.texts() {
            let faces = [&self.kit.regular, &self.kit.bold];
            if let Some(c) = faces.iter().find_map(|face| face.missing(text)) {
                return Err(ImageError::MissingGlyph(c));
            }
        }
        Ok(())
    }

    /// `card` as pixels, unencoded: for tests that look at what was drawn.
    pub fn pixels(&self, card: &Image) -> Result<tiny_skia::Pixmap, ImageError> {
        self.check(card)?;
        Ok(draw::card(&self.kit, card))
    }

    /// `card` as an optimised PNG.
    pub fn png(&self, card: &Image) -> Result<Vec<u8>, ImageError> {
        encode(&self.pixels(card)?)
    }

    /// Writes `card` to `path` as a PNG, copying it from `cache` (a folder) when a card
    /// showing the same has been drawn before (see `Renderer::key`). Returns the `digest` of the
    /// PNG. The file appears whole or not at all: it is written beside its place and then
    /// renamed.
    pub fn write_cached(
        &self,
        card: &Image,
        path: &Path,
        cache: &Path,
    ) -> Result<String, ImageError> {
        let cached = cache.join(format!("{}.png", self.key(card)));
        let png = match std::fs::read(&cached) {
            Ok(png) => png,
            Err(_) => {
                let png = self.png(card)?;
                write_whole(&cached, &png)?;
                png
            }
        };
        write_whole(path, &png)?;
        Ok(digest(&png))
    }
}

/// The SHA-256 of a file's bytes, as hex: a card's `?v=` is taken from it, so the URL
/// changes exactly when the picture does (not when a dependency changes and the pixels
/// stay the same).
pub fn digest(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A pixmap as a PNG, optimised losslessly (the cards are flat colour and text, so
/// oxipng's palette reduction takes most of the bytes off).
pub fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, ImageError> {
    let raw = pixmap
        .encode_png()
        .map_err(|e| ImageError::Encode(e.to_string()))?;
    let options = oxipng::Options::from_preset(2);
    oxipng::optimize_from_memory(&raw, &options).map_err(|e| ImageError::Encode(e.to_string()))
}

/// Writes `bytes` to `path` through a temporary file beside it, so a reader (or a build
/// stopped half-way) never sees half a file.
///
/// The temporary name is unique to the process and the call, so two writers of the same
/// file (two threads drawing the same card, two builds sharing the cache) never write
/// into each other's; the last rename wins, and both wrote the same bytes.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), ImageError> {
    static WRITES: AtomicUsize = AtomicUsize::new(0);
    let fail = |e: std::io::Error| ImageError::Write(format!("{}: {e}", path.display()));
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(fail)?;
    }
    let mut partial = path.as_os_str().to_owned();
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    partial.push(format!(".{}-{n}.part", std::process::id()));
    let written = std::fs::write(&partial, bytes).and_then(|()| std::fs::rename(&partial, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written.map_err(fail)
}
