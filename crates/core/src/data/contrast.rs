//! The summit's colours must stay readable at WCAG's 4.5:1: a track's and a priority
//! card's, white letters on `colour` and near-black ones on `colour_dark` (the
//! navigator's marks, the row labels, the cards' tags: the dark theme's `--on-accent`);
//! the brand colour's, white letters on both shades (the masthead). A build-time
//! check (the `json` feature): it needs floating-point powers the `.wasm` does without,
//! and an update in the browser only recolours what the build already checked.

use super::{DataError, List, ProblemKind, Record};
use crate::model::Dataset;

/// The least contrast a track's text may have on its colour.
const MINIMUM: f64 = 4.5;

/// The letters on a light page's marks (`--on-track`), and on a dark page's.
const ON_LIGHT: (u8, u8, u8) = (0xff, 0xff, 0xff);
const ON_DARK: (u8, u8, u8) = (0x0b, 0x0c, 0x0c);

/// A problem for each colour of the data its letters cannot be read on. The engine's
/// own defaults are tested here too, so a file that gives none is readable as well.
pub fn check_contrast(data: &Dataset) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut check = |record: Record, field: &'static str, colour: &str, dark: bool| {
        let Some(rgb) = rgb(colour) else { return };
        let ratio = contrast(rgb, if dark { ON_DARK } else { ON_LIGHT });
        if ratio < MINIMUM {
            errors.push(DataError {
                record,
                field: field.into(),
                kind: ProblemKind::LowContrast {
                    colour: colour.to_string(),
                    dark,
                    // Tenths, as the message gives it: whole numbers keep float
                    // formatting out of the `.wasm`, which has the message.
                    tenths: (ratio * 10.0).round() as u32,
                },
            });
        }
    };
    for (i, t) in data.tracks.iter().enumerate() {
        let r = || Record::item(List::Tracks, i, &t.id);
        check(r(), "colour", &t.colour, false);
        check(r(), "colour_dark", &t.colour_dark, true);
    }
    for (i, p) in data.priorities.iter().enumerate() {
        let r = || Record::item(List::Priorities, i, &p.id);
        if let Some(colour) = &p.colour {
            check(r(), "colour", colour, false);
        }
        if let Some(colour) = &p.colour_dark {
            check(r(), "colour_dark", colour, true);
        }
    }
    // The masthead keeps white letters in both themes.
    for (field, colour) in [
        ("brand_colour", &data.week.brand_colour),
        ("brand_colour_dark", &data.week.brand_colour_dark),
    ] {
        if let Some(colour) = colour {
            check(Record::Week, field, colour, false);
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
    use crate::identity::{NEUTRAL_BRAND, PALETTE, Shades, brand, priority};

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
        data.priorities[1].colour = Some("#8cc2ff".into());
        data.priorities[2].colour_dark = Some("#00703c".into());
        data.week.brand_colour_dark = Some("#8cc2ff".into());
        let errors: Vec<String> = check_contrast(&data)[2..]
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0]
                .starts_with("priorities[1] \"connect\", field \"colour\": #8cc2ff gives white")
        );
        assert!(errors[1].contains("field \"colour_dark\": #00703c gives near-black"));
        assert!(errors[2].starts_with("week, field \"brand_colour_dark\": #8cc2ff gives white"));
    }

    #[test]
    fn a_file_without_colours_gets_the_neutral_ones() {
        let mut data = crate::data::fixture().clone();
        data.week.brand_colour = None;
        data.week.brand_colour_dark = None;
        for p in &mut data.priorities {
            p.colour = None;
            p.colour_dark = None;
        }
        assert_eq!(brand(&data.week), NEUTRAL_BRAND);
        for (i, shades) in PALETTE.iter().enumerate().take(data.priorities.len()) {
            assert_eq!(priority(&data, i), *shades);
        }
        data.week.brand_colour = Some("#123456".into());
        assert_eq!(
            brand(&data.week),
            Shades {
                light: "#123456",
                dark: "#123456"
            }
        );
    }

    #[test]
    fn bangkok_keeps_its_own_colours() {
        let data = crate::data::fixture();
        assert_eq!(
            brand(&data.week),
            Shades {
                light: "#0b2d4f",
                dark: "#0c2238"
            }
        );
        assert_eq!(priority(data, 2).light, "#00703c");
        for shades in PALETTE.iter().chain([&NEUTRAL_BRAND]) {
            for (i, p) in data.priorities.iter().enumerate() {
                assert_ne!(shades.light, brand(&data.week).light);
                assert_ne!(Some(shades.light), p.colour.as_deref(), "card {i}");
            }
        }
    }

    #[test]
    fn the_engines_own_colours_are_readable() {
        let ratio = |hex: &str, on| contrast(rgb(hex).unwrap(), on);
        for shades in PALETTE {
            assert!(ratio(shades.light, ON_LIGHT) >= MINIMUM, "{shades:?}");
            assert!(ratio(shades.dark, ON_DARK) >= MINIMUM, "{shades:?}");
        }
        assert!(ratio(NEUTRAL_BRAND.light, ON_LIGHT) >= MINIMUM);
        assert!(ratio(NEUTRAL_BRAND.dark, ON_LIGHT) >= MINIMUM);
    }
}
