//! The tracks' colours must stay readable: white letters on `colour`, near-black ones on
//! `colour_dark` (the navigator's marks and the row labels), at WCAG's 4.5:1. A build-time
//! check (the `json` feature): it needs floating-point powers the `.wasm` does without,
//! and an update in the browser only recolours what the build already checked.

use super::{DataError, List, ProblemKind, Record};
use crate::model::Dataset;

/// The least contrast a track's text may have on its colour.
const MINIMUM: f64 = 4.5;

/// The letters on a light page's marks (`--on-track`), and on a dark page's.
const ON_LIGHT: (u8, u8, u8) = (0xff, 0xff, 0xff);
const ON_DARK: (u8, u8, u8) = (0x0b, 0x0c, 0x0c);

/// A problem for each track colour its letters cannot be read on.
pub fn check_contrast(data: &Dataset) -> Vec<DataError> {
    let mut errors = Vec::new();
    for (i, t) in data.tracks.iter().enumerate() {
        for (field, colour, text, dark) in [
            ("colour", &t.colour, ON_LIGHT, false),
            ("colour_dark", &t.colour_dark, ON_DARK, true),
        ] {
            let Some(rgb) = rgb(colour) else { continue };
            let ratio = contrast(rgb, text);
            if ratio < MINIMUM {
                errors.push(DataError {
                    record: Record::item(List::Tracks, i, &t.id),
                    field: field.into(),
                    kind: ProblemKind::LowContrast {
                        colour: colour.clone(),
                        dark,
                        // Tenths, as the message gives it: whole numbers keep float
                        // formatting out of the `.wasm`, which has the message.
                        tenths: (ratio * 10.0).round() as u32,
                    },
                });
            }
        }
    }
    errors
}

/// The red, green and blue of a `#rrggbb` colour of the data (also the share images').
pub fn rgb(hex: &str) -> Option<(u8, u8, u8)> {
    let byte = |at: usize| u8::from_str_radix(hex.get(at..at + 2)?, 16).ok();
    (hex.len() == 7).then(|| Some((byte(1)?, byte(3)?, byte(5)?)))?
}

/// WCAG 2's relative luminance.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pale_colours_under_white_letters_are_refused() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
        let mut data = crate::data::fixture().clone();
        assert_eq!(check_contrast(&data), []);
        data.tracks[0].colour = "#ffdd00".into();
        data.tracks[1].colour_dark = "#1d5fa8".into();
        let errors = check_contrast(&data);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0]
                .to_string()
                .contains("field \"colour\": #ffdd00 gives white letters a contrast of")
        );
        assert!(errors[1].to_string().contains("choose a lighter colour"));
    }
}
