//! The vendored Sarabun faces: shaping with harfrust (HarfBuzz's Rust port, so Thai marks
//! sit where HarfBuzz puts them), glyph outlines with skrifa, and the coverage check that
//! keeps a character the font lacks from ever being drawn as a box.

use harfrust::{Buffer, ShapeOptions, ShaperFont};
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider};

/// Sarabun Regular (SIL Open Font License 1.1, `fonts/OFL.txt`).
pub const REGULAR: &[u8] = include_bytes!("../fonts/Sarabun-Regular.ttf");
/// Sarabun Bold (same licence).
pub const BOLD: &[u8] = include_bytes!("../fonts/Sarabun-Bold.ttf");

/// One glyph of a shaped run as HarfBuzz reports it, in font units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyph {
    /// The font's glyph id.
    pub id: u32,
    /// The byte offset of the text it stands for.
    pub cluster: u32,
    /// How far it moves the pen.
    pub advance: i32,
    /// Where it sits from the pen, across (a mark moved over its base).
    pub x_offset: i32,
    /// Where it sits from the pen, up (a mark lifted or lowered).
    pub y_offset: i32,
}

/// A face ready to shape and draw.
pub struct Face {
    shaping: harfrust::Font,
    outlines: FontRef<'static>,
    units_per_em: f32,
    ascent: f32,
    descent: f32,
}

impl Face {
    /// Reads a face from font bytes that live as long as the program.
    pub fn new(bytes: &'static [u8]) -> Result<Face, String> {
        let shaping = harfrust::Font::new(bytes, 0).ok_or("the font cannot be read for shaping")?;
        let outlines = FontRef::new(bytes).map_err(|e| format!("the font cannot be read: {e}"))?;
        let metrics = outlines.metrics(Size::unscaled(), LocationRef::default());
        Ok(Face {
            shaping,
            outlines,
            units_per_em: f32::from(metrics.units_per_em),
            ascent: metrics.ascent,
            descent: -metrics.descent,
        })
    }

    /// The first character of `text` the font has no glyph for (an emoji, an invisible
    /// format character): drawn, it would come out as a box or as nothing.
    pub fn missing(&self, text: &str) -> Option<char> {
        let charmap = self.outlines.charmap();
        text.chars().find(|&c| charmap.map(c).is_none())
    }

    /// `text` shaped as HarfBuzz would.
    pub fn shape(&self, text: &str) -> Vec<Glyph> {
        let shaper = ShaperFont::new(&self.shaping);
        let mut buffer = Buffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        // Shaping only fails for a buffer that is already shaped or has no direction,
        // and `guess_segment_properties` always sets one.
        if harfrust::shape(&shaper, &mut buffer, ShapeOptions::new()).is_err() {
            return Vec::new();
        }
        buffer
            .glyph_infos()
            .iter()
            .zip(buffer.glyph_positions())
            .map(|(info, pos)| Glyph {
                id: info.glyph_id,
                cluster: info.cluster,
                advance: pos.x_advance,
                x_offset: pos.x_offset,
                y_offset: pos.y_offset,
            })
            .collect()
    }

    /// The width of `text` at `size` pixels.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let advance: i32 = self.shape(text).iter().map(|g| g.advance).sum();
        advance as f32 * size / self.units_per_em
    }

    /// How far above the baseline the font reaches, at `size` pixels.
    pub fn ascent(&self, size: f32) -> f32 {
        self.ascent * size / self.units_per_em
    }

    /// How far below the baseline the font reaches, at `size` pixels.
    pub fn descent(&self, size: f32) -> f32 {
        self.descent * size / self.units_per_em
    }

    /// Draws `text` with its baseline's left end at (`x`, `y`), at `size` pixels, into
    /// `pen` (y grows downwards, as on screen).
    pub fn draw(&self, text: &str, size: f32, x: f32, y: f32, pen: &mut impl Pen) {
        let scale = size / self.units_per_em;
        let outlines = self.outlines.outline_glyphs();
        let mut advance = 0;
        for glyph in self.shape(text) {
            let at = advance + glyph.x_offset;
            advance += glyph.advance;
            let Some(outline) = outlines.get(GlyphId::new(glyph.id)) else {
                continue;
            };
            let mut placed = Placed {
                pen,
                x: x + at as f32 * scale,
                y: y - glyph.y_offset as f32 * scale,
            };
            let settings = DrawSettings::unhinted(Size::new(size), LocationRef::default());
            // A glyph that cannot be drawn is left out; coverage was checked before.
            let _ = outline.draw(settings, &mut placed);
        }
    }
}

/// Where outlines go: a path in screen coordinates.
pub trait Pen {
    /// Starts a contour.
    fn move_to(&mut self, x: f32, y: f32);
    /// A straight segment.
    fn line_to(&mut self, x: f32, y: f32);
    /// A quadratic curve.
    fn quad_to(&mut self, cx: f32, cy: f32, x: f32, y: f32);
    /// A cubic curve.
    fn curve_to(&mut self, c1x: f32, c1y: f32, c2x: f32, c2y: f32, x: f32, y: f32);
    /// Closes the contour.
    fn close(&mut self);
}

impl Pen for tiny_skia::PathBuilder {
    fn move_to(&mut self, x: f32, y: f32) {
        tiny_skia::PathBuilder::move_to(self, x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        tiny_skia::PathBuilder::line_to(self, x, y);
    }
    fn quad_to(&mut self, cx: f32, cy: f32, x: f32, y: f32) {
        tiny_skia::PathBuilder::quad_to(self, cx, cy, x, y);
    }
    fn curve_to(&mut self, c1x: f32, c1y: f32, c2x: f32, c2y: f32, x: f32, y: f32) {
        tiny_skia::PathBuilder::cubic_to(self, c1x, c1y, c2x, c2y, x, y);
    }
    fn close(&mut self) {
        tiny_skia::PathBuilder::close(self);
    }
}

/// A glyph's outline moved to its place and flipped to screen coordinates.
struct Placed<'p, P: Pen> {
    pen: &'p mut P,
    x: f32,
    y: f32,
}

impl<P: Pen> OutlinePen for Placed<'_, P> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.pen.move_to(self.x + x, self.y - y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.pen.line_to(self.x + x, self.y - y);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.pen
            .quad_to(self.x + cx0, self.y - cy0, self.x + x, self.y - y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.pen.curve_to(
            self.x + cx0,
            self.y - cy0,
            self.x + cx1,
            self.y - cy1,
            self.x + x,
            self.y - y,
        );
    }
    fn close(&mut self) {
        self.pen.close();
    }
}
