//! The app's icon: the summit's brand colour with three rows in its priority cards'
//! colours (the caller's, from the data), one shape list drawn as a PNG (favicon
//! fallback, apple-touch-icon) and written as SVG (the favicon), so the two can never
//! differ. An ICO wraps the small PNG for browsers that only ask for `/favicon.ico`.

use crate::draw::paint;
use crate::{Colour, ImageError, encode};
use tiny_skia::{FillRule, PathBuilder, Pixmap, Transform};

/// A rounded rectangle on a 64-unit square.
struct Shape {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    radius: f32,
    colour: Colour,
}

/// What the icon shows: a rounded square in `background`, and three rows of falling
/// length in `rows`, as in the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Icon {
    /// The summit's brand colour.
    pub background: Colour,
    /// Colours that read on it: the first three cards' dark-theme shades.
    pub rows: [Colour; 3],
}

impl Icon {
    fn shapes(&self) -> [Shape; 4] {
        let row = |i: usize, w: f32| Shape {
            x: 12.0,
            y: 14.0 + i as f32 * 13.0,
            w,
            h: 10.0,
            radius: 3.0,
            colour: self.rows[i],
        };
        [
            Shape {
                x: 0.0,
                y: 0.0,
                w: 64.0,
                h: 64.0,
                radius: 12.0,
                colour: self.background,
            },
            row(0, 40.0),
            row(1, 32.0),
            row(2, 24.0),
        ]
    }
}

/// The icon as SVG, for `<link rel="icon" type="image/svg+xml">`.
pub fn svg(icon: &Icon) -> String {
    let mut out = String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">");
    for s in icon.shapes() {
        out.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{}\"/>",
            s.x,
            s.y,
            s.w,
            s.h,
            s.radius,
            s.colour.hex()
        ));
    }
    out.push_str("</svg>\n");
    out
}

/// The icon as an optimised PNG of `size` × `size` pixels.
pub fn png(icon: &Icon, size: u32) -> Result<Vec<u8>, ImageError> {
    let mut pixmap = Pixmap::new(size, size).ok_or(ImageError::Encode("empty icon".into()))?;
    let scale = size as f32 / 64.0;
    for s in icon.shapes() {
        if let Some(path) = rounded(s.x, s.y, s.w, s.h, s.radius) {
            let scaled = Transform::from_scale(scale, scale);
            pixmap.fill_path(&path, &paint(s.colour), FillRule::Winding, scaled, None);
        }
    }
    encode(&pixmap)
}

/// `png` in an ICO container (one image, PNG-compressed, as Windows Vista and every
/// browser since read it).
pub fn ico(icon: &Icon, size: u8) -> Result<Vec<u8>, ImageError> {
    let png = png(icon, u32::from(size))?;
    let len = u32::try_from(png.len()).map_err(|e| ImageError::Encode(e.to_string()))?;
    let mut out = Vec::with_capacity(22 + png.len());
    out.extend_from_slice(&[0, 0, 1, 0, 1, 0]); // reserved, type 1 (icon), one image
    out.extend_from_slice(&[size, size, 0, 0]); // width, height, no palette, reserved
    out.extend_from_slice(&1u16.to_le_bytes()); // colour planes
    out.extend_from_slice(&32u16.to_le_bytes()); // bits per pixel
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&22u32.to_le_bytes()); // where the image starts
    out.extend_from_slice(&png);
    Ok(out)
}

/// A rounded rectangle's outline, with circular corners approximated by cubics.
fn rounded(x: f32, y: f32, w: f32, h: f32, r: f32) -> Option<tiny_skia::Path> {
    const K: f32 = 0.552_284_8; // the cubic that best follows a quarter circle
    let c = r * K;
    let mut p = PathBuilder::new();
    p.move_to(x + r, y);
    p.line_to(x + w - r, y);
    p.cubic_to(x + w - r + c, y, x + w, y + r - c, x + w, y + r);
    p.line_to(x + w, y + h - r);
    p.cubic_to(x + w, y + h - r + c, x + w - r + c, y + h, x + w - r, y + h);
    p.line_to(x + r, y + h);
    p.cubic_to(x + r - c, y + h, x, y + h - r + c, x, y + h - r);
    p.line_to(x, y + r);
    p.cubic_to(x, y + r - c, x + r - c, y, x + r, y);
    p.close();
    p.finish()
}
