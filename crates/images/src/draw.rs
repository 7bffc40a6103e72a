//! The card's layout: a band in the summit's colour with the kicker, a stripe in the
//! section's colour, a label, the title (shrunk, then cut with an ellipsis, to fit), the
//! details, the site's address and the summit's priority colours. Sizes are in pixels of
//! the 1200×630 card. The colours are the caller's (the summit's data): nothing here is
//! any one summit's.

use crate::font::Face;
use crate::wrap::Breaker;
use crate::{Colour, HEIGHT, Image, WIDTH};
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Rect, Transform};

/// The left and right margin; the title keeps clear of X's 2:1 crop and square crops.
const MARGIN: f32 = 72.0;
/// The band behind the kicker: the app's masthead.
const BAND: f32 = 92.0;
/// The stripe in the section's colour under the band.
const STRIPE: f32 = 12.0;
/// Where the label's baseline sits.
const LABEL_BASELINE: f32 = 168.0;
/// Where the title's first line box starts.
const TITLE_TOP: f32 = 196.0;
/// The rule above the footer.
const FOOTER_RULE: f32 = 536.0;
/// The footer's baseline.
const FOOTER_BASELINE: f32 = 590.0;
/// Title sizes, largest first: the title shrinks before it is cut.
const TITLE_SIZES: [f32; 4] = [64.0, 56.0, 48.0, 42.0];
/// Line height as a multiple of the size: Thai stacks marks above and below the line.
const LEADING: f32 = 1.4;
const KICKER_SIZES: [f32; 3] = [28.0, 24.0, 20.0];
const LABEL_SIZE: f32 = 28.0;
const DETAIL_SIZE: f32 = 30.0;
const SUMMARY_LINES: usize = 2;
const FOOTER_SIZE: f32 = 28.0;

/// The app's text colours and its link blue.
const WHITE: Colour = Colour(0xff, 0xff, 0xff);
/// The app's `--text` (light theme): the title.
pub const TEXT: Colour = Colour(0x0b, 0x0c, 0x0c);
/// The app's `--text-muted`: the details.
pub const MUTED: Colour = Colour(0x48, 0x49, 0x49);
/// The app's `--border`: the footer's rule.
pub const RULE: Colour = Colour(0xb1, 0xb4, 0xb6);
/// The app's `--link`: the address.
pub const LINK: Colour = Colour(0x1d, 0x5f, 0xa8);
/// The box the title is set in: left, top, right and bottom.
pub const TITLE_BOX: (f32, f32, f32, f32) = (MARGIN, TITLE_TOP, WIDTH as f32 - MARGIN, FOOTER_RULE);

/// The two faces a card is set in, and the line breaker.
pub struct Type {
    pub regular: Face,
    pub bold: Face,
    pub breaker: Breaker,
}

/// Draws `card` on a new pixmap.
pub fn card(t: &Type, card: &Image) -> Pixmap {
    let mut canvas = Canvas::new();
    let width = WIDTH as f32 - 2.0 * MARGIN;
    canvas.rect(0.0, 0.0, WIDTH as f32, HEIGHT as f32, WHITE);
    canvas.rect(0.0, 0.0, WIDTH as f32, BAND, card.band);
    canvas.rect(0.0, BAND, WIDTH as f32, STRIPE, card.colour);

    // The kicker carries the date: it shrinks before anything of it is cut.
    let kicker = t.breaker.fit(
        &card.kicker,
        &KICKER_SIZES,
        width,
        |_| 1,
        |text, size| t.bold.width(text, size),
    );
    let size = kicker.size;
    let baseline = BAND / 2.0 + (t.bold.ascent(size) - t.bold.descent(size)) / 2.0 - 4.0;
    let line = kicker.lines.into_iter().next().unwrap_or_default();
    canvas.text(&t.bold, &line, size, MARGIN, baseline, WHITE);

    // The label: a square in the section's colour, then its name.
    let square = LABEL_SIZE * 0.7;
    canvas.rect(MARGIN, LABEL_BASELINE - square, square, square, card.colour);
    let label_x = MARGIN + square + 16.0;
    let label = one_line(t, &t.bold, &card.label, LABEL_SIZE, width - square - 16.0);
    canvas.text(
        &t.bold,
        &label,
        LABEL_SIZE,
        label_x,
        LABEL_BASELINE,
        card.colour,
    );

    // The details and the summary sit under the title; the title gets the room they leave.
    let detail_line = DETAIL_SIZE * LEADING;
    let summary = match card.summary.is_empty() {
        true => Vec::new(),
        false => {
            t.breaker
                .fit(
                    &card.summary,
                    &[DETAIL_SIZE],
                    width,
                    |_| SUMMARY_LINES,
                    |text, size| t.regular.width(text, size),
                )
                .lines
        }
    };
    let below = (card.details.len() + summary.len()) as f32 * detail_line;
    let title_bottom = FOOTER_RULE - 20.0 - below;
    let fitted = t.breaker.fit(
        &card.title,
        &TITLE_SIZES,
        width,
        |size| ((title_bottom - TITLE_TOP) / (size * LEADING)).floor() as usize,
        |text, size| t.bold.width(text, size),
    );
    let title_line = fitted.size * LEADING;
    let mut top = TITLE_TOP;
    for line in &fitted.lines {
        let baseline = top + centred_baseline(&t.bold, fitted.size, title_line);
        canvas.text(&t.bold, line, fitted.size, MARGIN, baseline, TEXT);
        top += title_line;
    }
    top += 12.0;
    let details = card
        .details
        .iter()
        .map(|d| one_line(t, &t.regular, d, DETAIL_SIZE, width));
    for detail in details.chain(summary) {
        let baseline = top + centred_baseline(&t.regular, DETAIL_SIZE, detail_line);
        canvas.text(&t.regular, &detail, DETAIL_SIZE, MARGIN, baseline, MUTED);
        top += detail_line;
    }

    // The footer: a rule, the address, and a square per priority card in its colour.
    canvas.rect(MARGIN, FOOTER_RULE, width, 2.0, RULE);
    let (swatch, gap) = (24.0, 8.0);
    let count = card.swatches.len() as f32;
    let swatches = (count * (swatch + gap) - gap).max(0.0);
    let address = one_line(
        t,
        &t.regular,
        &card.address,
        FOOTER_SIZE,
        width - swatches - 32.0,
    );
    canvas.text(
        &t.regular,
        &address,
        FOOTER_SIZE,
        MARGIN,
        FOOTER_BASELINE,
        LINK,
    );
    for (i, &colour) in card.swatches.iter().enumerate() {
        let x = WIDTH as f32 - MARGIN - swatches + i as f32 * (swatch + gap);
        canvas.rect(x, FOOTER_BASELINE - swatch, swatch, swatch, colour);
    }
    canvas.pixmap
}

/// The baseline in a line box of `height` that centres the face's ascent and descent.
fn centred_baseline(face: &Face, size: f32, height: f32) -> f32 {
    let (ascent, descent) = (face.ascent(size), face.descent(size));
    (height - ascent - descent) / 2.0 + ascent
}

/// `text` on one line of `width`, cut with an ellipsis at a word if it is too long.
fn one_line(t: &Type, face: &Face, text: &str, size: f32, width: f32) -> String {
    let fitted = t
        .breaker
        .fit(text, &[size], width, |_| 1, |s, z| face.width(s, z));
    fitted.lines.into_iter().next().unwrap_or_default()
}

/// A pixmap the size of a card, with the two things a card is made of.
struct Canvas {
    pixmap: Pixmap,
}

impl Canvas {
    fn new() -> Canvas {
        Canvas {
            pixmap: Pixmap::new(WIDTH, HEIGHT).expect("a card's size is not zero"),
        }
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, colour: Colour) {
        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
            self.pixmap
                .fill_rect(rect, &paint(colour), Transform::identity(), None);
        }
    }

    fn text(&mut self, face: &Face, text: &str, size: f32, x: f32, baseline: f32, colour: Colour) {
        let mut path = PathBuilder::new();
        face.draw(text, size, x, baseline, &mut path);
        if let Some(path) = path.finish() {
            self.pixmap.fill_path(
                &path,
                &paint(colour),
                FillRule::Winding,
                Transform::identity(),
                None,
            );
        }
    }
}

/// An anti-aliased solid paint.
pub(crate) fn paint(Colour(r, g, b): Colour) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(r, g, b, 255);
    paint.anti_alias = true;
    paint
}
