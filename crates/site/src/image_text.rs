//! The words on the share images and in their alt text. Native only: the cards are drawn
//! at build time, so these never ship in the `.wasm`. What the summit's week is called
//! ("Leaders' Week") is the data's (`Week::occasion`), not a word of the engine's.

use aelw_core::model::Lang;

/// The cards' own words in one language.
#[derive(Debug)]
pub struct ImageStrings {
    /// The label on the week's card.
    pub week_label: &'static str,
    /// The image's alt text: `{title}` and `{kicker}` are filled in.
    pub alt: &'static str,
}

/// English.
pub const EN: ImageStrings = ImageStrings {
    week_label: "Day by day",
    alt: "Share image: {title}. {kicker}.",
};

/// Thai.
pub const TH: ImageStrings = ImageStrings {
    week_label: "ลำดับเหตุการณ์รายวัน",
    alt: "การ์ดสำหรับแชร์: {title} {kicker}",
};

/// The table for `lang`.
pub fn image_strings(lang: Lang) -> &'static ImageStrings {
    match lang {
        Lang::En => &EN,
        Lang::Th => &TH,
    }
}
