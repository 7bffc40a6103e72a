//! Thai is shaped as HarfBuzz shapes it: the cards' shaper against a reference written by
//! HarfBuzz itself (`reference/harfbuzz.py`), and tone marks drawn above the vowels they
//! follow.

use aelw_images::font::{BOLD, Face, REGULAR};
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Transform};

#[test]
fn glyphs_and_offsets_match_harfbuzz() {
    let reference: serde_json::Value =
        serde_json::from_str(include_str!("reference/harfbuzz-thai.json")).unwrap();
    let mut compared = 0;
    for (name, bytes) in [("Sarabun-Regular.ttf", REGULAR), ("Sarabun-Bold.ttf", BOLD)] {
        let face = Face::new(bytes).unwrap();
        let words = reference["fonts"][name].as_object().unwrap();
        assert!(words.len() >= 20, "the reference covers {name}");
        for (word, glyphs) in words {
            let expected: Vec<[i64; 5]> = serde_json::from_value(glyphs.clone()).unwrap();
            let ours: Vec<[i64; 5]> = face
                .shape(word)
                .iter()
                .map(|g| {
                    [
                        g.id,
                        g.cluster,
                        g.advance as u32,
                        g.x_offset as u32,
                        g.y_offset as u32,
                    ]
                    .map(|v| i64::from(v as i32))
                })
                .collect();
            assert_eq!(ours, expected, "{word} in {name}");
            compared += 1;
        }
    }
    assert_eq!(compared, 50);
}

/// The topmost row with ink when `text` is drawn at 100 px on a baseline at 200.
fn ink_top(face: &Face, text: &str) -> u32 {
    let mut pixmap = Pixmap::new(400, 300).unwrap();
    let mut path = PathBuilder::new();
    face.draw(text, 100.0, 20.0, 200.0, &mut path);
    let mut paint = Paint::default();
    paint.set_color_rgba8(0, 0, 0, 255);
    let path = path.finish().expect("the text has outlines");
    pixmap.fill_path(
        &path,
        &paint,
        FillRule::Winding,
        Transform::identity(),
        None,
    );
    let rows = pixmap.data().chunks(400 * 4);
    rows.enumerate()
        .find(|(_, row)| row.chunks(4).any(|px| px[3] > 128))
        .map(|(y, _)| y as u32)
        .unwrap()
}

#[test]
fn a_tone_mark_sits_above_the_vowel_it_follows() {
    for bytes in [REGULAR, BOLD] {
        let face = Face::new(bytes).unwrap();
        for (vowel, marked) in [("ที", "ที่"), ("นี", "นี่"), ("ปิ", "ปิ๋"), ("ลิ", "ลิ้"), ("ปั", "ปั้")]
        {
            let (bare, with_mark) = (ink_top(&face, vowel), ink_top(&face, marked));
            // At 100 px, 0.12 em is 12 px: the mark stacks over the vowel, not into it.
            assert!(
                bare >= with_mark + 12,
                "{marked}: the mark's top at {with_mark}, the vowel's at {bare}"
            );
        }
    }
}
