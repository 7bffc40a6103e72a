//! Whole cards: text lands in its box, long titles still fit, a character the font lacks
//! stops the card, files are never half-written, and two golden cards (English, Thai)
//! stay as they were approved. `AELW_UPDATE_GOLDEN=1 cargo test -p aelw-images` rewrites
//! the golden files after a deliberate change; look at them before committing.

use aelw_images::icon::Icon;
use aelw_images::{Colour, HEIGHT, Image, ImageError, Renderer, TITLE_BOX, WIDTH, digest, icon};
use std::path::PathBuf;
use tiny_skia::Pixmap;

/// The Bangkok week's navy, and its three cards' colours (light, then dark shades): the
/// golden cards were approved with them.
const NAVY: Colour = Colour(0x0b, 0x2d, 0x4f);
const CARDS: [Colour; 3] = [
    Colour(0x1d, 0x5f, 0xa8),
    Colour(0x6a, 0x3d, 0x9a),
    Colour(0x00, 0x70, 0x3c),
];
const CARDS_DARK: [Colour; 3] = [
    Colour(0x8c, 0xc2, 0xff),
    Colour(0xd4, 0xb8, 0xff),
    Colour(0x7f, 0xdc, 0xa4),
];

/// A renderer with part of the Bangkok week's glossary, as the golden cards were drawn.
fn renderer() -> Renderer {
    let glossary = [
        "เอเปค",
        "สมดุล",
        "ผู้นำ",
        "เอมานูว์แอล",
        "มาครง",
        "ฟูมิโอะ",
        "จันทร์โอชา",
    ];
    Renderer::new(&glossary.map(String::from)).unwrap()
}

fn event_card(title: &str) -> Image {
    Image {
        kicker: "APEC 2022 Thailand · Leaders' Week · Friday, 18 November 2022".into(),
        label: "Leaders".into(),
        title: title.into(),
        details: vec![
            "09:15 ICT".into(),
            "Queen Sirikit National Convention Center (QSNCC), Plenary Hall 2".into(),
        ],
        colour: NAVY,
        band: NAVY,
        swatches: CARDS.to_vec(),
        summary: String::new(),
        address: "example.go.th/aelw".into(),
    }
}

fn thai_card() -> Image {
    Image {
        kicker: "เอเปค 2022 ประเทศไทย · สัปดาห์ผู้นำ · วันศุกร์ที่ 18 พฤศจิกายน 2565".into(),
        label: "พิธีการ".into(),
        title: "พระบาทสมเด็จพระเจ้าอยู่หัวพระราชทานพระบรมราชวโรกาสให้ผู้นำเขตเศรษฐกิจเอเปคเข้าเฝ้าฯ".into(),
        details: vec![
            "17:46 น. (ICT)".into(),
            "พระที่นั่งจักรีมหาปราสาท พระบรมมหาราชวัง กรุงเทพฯ".into(),
        ],
        colour: Colour(0x9b, 0x1b, 0x5a),
        band: NAVY,
        swatches: CARDS.to_vec(),
        summary: String::new(),
        address: "example.go.th/aelw".into(),
    }
}

/// Whether the pixel at (x, y) is darker than the card's white, by a clear margin.
fn inked(p: &Pixmap, x: u32, y: u32) -> bool {
    let px = p.pixel(x, y).unwrap();
    u16::from(px.red()) + u16::from(px.green()) + u16::from(px.blue()) < 3 * 160
}

fn ink_in(p: &Pixmap, (left, top, right, bottom): (u32, u32, u32, u32)) -> usize {
    (top..bottom)
        .flat_map(|y| (left..right).map(move |x| (x, y)))
        .filter(|&(x, y)| inked(p, x, y))
        .count()
}

#[test]
fn the_title_is_drawn_in_its_box_and_nowhere_in_the_margins() {
    let r = renderer();
    let (left, top, right, bottom) = TITLE_BOX;
    let (left, top, right, bottom) = (left as u32, top as u32, right as u32, bottom as u32);
    for card in [event_card("Leaders' Retreat I"), thai_card()] {
        let p = r.pixels(&card).unwrap();
        assert_eq!((p.width(), p.height()), (WIDTH, HEIGHT));
        assert!(
            ink_in(&p, (left, top, right, top + 90)) > 2_000,
            "{}",
            card.title
        );
        assert_eq!(
            ink_in(&p, (0, top, left - 4, bottom)),
            0,
            "left margin: {}",
            card.title
        );
        assert_eq!(
            ink_in(&p, (right + 4, top, WIDTH, bottom)),
            0,
            "right margin: {}",
            card.title
        );
    }
}

#[test]
fn an_over_long_title_shrinks_then_ends_with_an_ellipsis_inside_the_box() {
    let r = renderer();
    let long = "Leaders' Retreat I on trade, investment, inclusive growth, sustainability, \
                connectivity, the digital economy, food security, energy transition and \
                resilient supply chains across the Asia-Pacific region and beyond it";
    let thai_long = "การประชุมผู้นำเขตเศรษฐกิจเอเปคว่าด้วยการค้าการลงทุนการเติบโตอย่างยั่งยืน\
                     และครอบคลุมความเชื่อมโยงในทุกมิติเศรษฐกิจดิจิทัลความมั่นคงทางอาหาร\
                     การเปลี่ยนผ่านด้านพลังงานและห่วงโซ่อุปทานที่ยืดหยุ่นในภูมิภาคเอเชียแปซิฟิก";
    let (left, top, right, bottom) = TITLE_BOX;
    let unbreakable = format!("Leaders {} meet", "x".repeat(70));
    for title in [long, thai_long, &unbreakable] {
        let mut card = event_card(title);
        card.label = "Leaders".into();
        let p = r.pixels(&card).unwrap();
        assert_eq!(
            ink_in(&p, (0, top as u32, left as u32 - 4, bottom as u32)),
            0
        );
        assert_eq!(
            ink_in(&p, (right as u32 + 4, top as u32, WIDTH, bottom as u32)),
            0,
            "{title}"
        );
        // The details still have their place under the title, above the footer's rule.
        assert!(
            ink_in(&p, (left as u32, 440, right as u32, 530)) > 500,
            "{title}"
        );
    }
}

#[test]
fn a_character_the_font_lacks_stops_the_card() {
    let r = renderer();
    let card = event_card("Leaders meet 🤝 in Bangkok");
    assert_eq!(r.check(&card), Err(ImageError::MissingGlyph('🤝')));
    let message = r.png(&card).unwrap_err().to_string();
    assert!(message.contains("U+1F91D"), "{message}");
    // An invisible format character would draw nothing, or a box: also refused.
    let joined = event_card("สู่สม\u{2060}ดุล");
    assert_eq!(r.check(&joined), Err(ImageError::MissingGlyph('\u{2060}')));
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("aelw-images-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn a_card_that_fails_leaves_no_file_and_a_cached_card_is_not_drawn_again() {
    let r = renderer();
    let dir = scratch("cache");
    let (cache, out) = (dir.join("cache"), dir.join("out/card.png"));
    assert!(r.write_cached(&event_card("🤝"), &out, &cache).is_err());
    assert!(!out.exists());

    let card = event_card("Leaders' Retreat I");
    let version = r.write_cached(&card, &out, &cache).unwrap();
    let drawn = std::fs::read(&out).unwrap();
    assert_eq!(
        version,
        digest(&drawn),
        "the version is the picture's own hash"
    );
    // A cache hit copies the file: overwrite the cached one and see it come back.
    std::fs::write(cache.join(format!("{}.png", r.key(&card))), b"cached").unwrap();
    assert_eq!(
        r.write_cached(&card, &out, &cache).unwrap(),
        digest(b"cached")
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"cached");
    // Another card has another key and is drawn afresh.
    let other = event_card("Leaders' Retreat II");
    assert_ne!(r.key(&other), r.key(&card));
    r.write_cached(&other, &out, &cache).unwrap();
    let redrawn = std::fs::read(&out).unwrap();
    assert!(redrawn.starts_with(b"\x89PNG") && redrawn != drawn);

    // A write that fails half-way (here: the card's place is a folder) leaves neither
    // the card nor a temporary file behind.
    let blocked = dir.join("blocked.png");
    std::fs::create_dir_all(&blocked).unwrap();
    std::fs::write(blocked.join("inside"), b"x").unwrap();
    assert!(matches!(
        aelw_images::write_whole(&blocked, b"png"),
        Err(ImageError::Write(_))
    ));
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".part"))
        .collect();
    assert_eq!(leftovers, Vec::<String>::new());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn two_threads_writing_the_same_card_both_succeed() {
    let dir = scratch("race");
    let path = dir.join("card.png");
    std::thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| {
                for _ in 0..50 {
                    aelw_images::write_whole(&path, b"same bytes").unwrap();
                }
            });
        }
    });
    assert_eq!(std::fs::read(&path).unwrap(), b"same bytes");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn cards_are_small_pngs_and_the_same_text_gives_the_same_bytes() {
    let r = renderer();
    let (a, b) = (r.png(&thai_card()).unwrap(), r.png(&thai_card()).unwrap());
    assert_eq!(a, b);
    assert!(a.len() < 300_000, "WhatsApp's limit: {} bytes", a.len());
    let decoded = Pixmap::decode_png(&a).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (WIDTH, HEIGHT));
}

/// Compares a card with its golden file: at most 0.5 % of pixels may differ by more than
/// a quarter of the range (anti-aliasing may move with a rasteriser update; text may not).
fn matches_golden(name: &str, card: &Image) {
    let r = renderer();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    let png = r.png(card).unwrap();
    if std::env::var_os("AELW_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &png).unwrap();
    }
    let golden = Pixmap::load_png(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let ours = Pixmap::decode_png(&png).unwrap();
    let differ = golden
        .pixels()
        .iter()
        .zip(ours.pixels())
        .filter(|(g, o)| {
            let d = |a: u8, b: u8| a.abs_diff(b) > 64;
            d(g.red(), o.red()) || d(g.green(), o.green()) || d(g.blue(), o.blue())
        })
        .count();
    let allowed = (WIDTH * HEIGHT / 200) as usize;
    assert!(
        differ <= allowed,
        "{name}: {differ} pixels differ (at most {allowed})"
    );
}

#[test]
fn golden_cards_are_unchanged() {
    matches_golden(
        "event.en.png",
        &event_card("Leaders' Retreat I: Open to all opportunities"),
    );
    matches_golden("event.th.png", &thai_card());
}

#[test]
fn the_icon_is_one_drawing_in_every_format() {
    let bangkok = Icon {
        background: NAVY,
        rows: CARDS_DARK,
    };
    let svg = icon::svg(&bangkok);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"));
    assert_eq!(svg.matches("<rect ").count(), 4);
    let png = Pixmap::decode_png(&icon::png(&bangkok, 180).unwrap()).unwrap();
    assert_eq!((png.width(), png.height()), (180, 180));
    // The corner is rounded off (transparent); the middle is the navy square.
    assert_eq!(png.pixel(0, 0).unwrap().alpha(), 0);
    let navy = png.pixel(90, 170).unwrap();
    assert_eq!((navy.red(), navy.green(), navy.blue()), (0x0b, 0x2d, 0x4f));
    let ico = icon::ico(&bangkok, 32).unwrap();
    assert_eq!(&ico[..6], &[0, 0, 1, 0, 1, 0]);
    assert!(ico[22..].starts_with(b"\x89PNG"));
}
