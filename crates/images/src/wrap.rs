//! Lines that fit a box. Breaks come from ICU4X's line segmenter, which finds Thai word
//! boundaries (Thai is written without spaces between words); widths come from the
//! shaper, so a line is measured exactly as it is drawn. No crate wraps shaped Thai text
//! correctly (cosmic-text breaks mid-word, usvg does not wrap), hence this module.
//!
//! ICU4X's Thai dictionary alone splits common words where its greedy match runs ahead
//! (`เป้า|หมายก|รุ|งเ|ทพฯ`, `การก|ล่า|วถึ|งแ|ถลง`), and its LSTM model alone splits
//! others (`ประธานาธิบ|ดี`). A line may break only where both find a boundary: fewer
//! breaks, but each one a word boundary in the dictionary.

use icu_segmenter::options::LineBreakOptions;
use icu_segmenter::{LineSegmenter, LineSegmenterBorrowed};

/// The mark that ends a title cut short.
pub const ELLIPSIS: char = '…';

/// A line that can end at a space (between phrases, names and numbers, where Thai puts
/// its spaces) does so, unless that leaves it shorter than this share of the width.
const SPACE_BREAK_FILL: f32 = 0.75;

/// Thai marks that must not begin a line: mai yamok (repeat the word before) and
/// paiyan noi (abbreviation).
const NEVER_FIRST: [char; 2] = ['ๆ', 'ฯ'];

/// Where a line may break, by the rules of each script and the summit's glossary.
pub struct Breaker {
    dictionary: LineSegmenterBorrowed<'static>,
    lstm: LineSegmenterBorrowed<'static>,
    /// Words the segmenters split although they are one (a summit's name, `เอ|เปค`; the
    /// transliterated names neither segmenter knows), as a typesetter's glossary: the
    /// summit's data lists them, and an editor adds a name there when a card splits it.
    glossary: Vec<String>,
}

impl Breaker {
    /// A breaker that never splits a word of `glossary` (empty entries are ignored).
    pub fn new(glossary: &[String]) -> Breaker {
        Breaker {
            dictionary: LineSegmenter::new_dictionary(LineBreakOptions::default()),
            lstm: LineSegmenter::new_lstm(LineBreakOptions::default()),
            glossary: glossary.iter().filter(|w| !w.is_empty()).cloned().collect(),
        }
    }
}

/// Text set in lines at one size.
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    /// The font size, in pixels.
    pub size: f32,
    /// The lines, without their trailing spaces.
    pub lines: Vec<String>,
    /// Whether the text was cut short (the last line ends with `ELLIPSIS`).
    pub cut: bool,
}

impl Breaker {
    /// The byte offsets after which `text` may break, ending with its length.
    pub fn opportunities(&self, text: &str) -> Vec<usize> {
        let inside_kept_word = |at: usize| {
            self.glossary.iter().any(|word| {
                text.match_indices(word.as_str())
                    .any(|(start, w)| start < at && at < start + w.len())
            })
        };
        let lstm: Vec<usize> = self.lstm.segment_str(text).collect();
        self.dictionary
            .segment_str(text)
            .filter(|&at| at > 0 && lstm.contains(&at))
            .filter(|&at| !text[at..].starts_with(NEVER_FIRST))
            .filter(|&at| !inside_kept_word(at))
            .collect()
    }

    /// `text` in lines no wider than `width` as `measure` counts them, breaking only at
    /// opportunities, and at a space where one fills most of the line. A piece with no
    /// opportunity inside that is wider than `width` gets a line of its own, which the
    /// caller finds too wide (see `fit`).
    pub fn lines(&self, text: &str, width: f32, measure: impl Fn(&str) -> f32) -> Vec<String> {
        self.set(text, width, &measure, true)
    }

    /// `lines`, with or without the preference for spaces (which costs room).
    fn set(
        &self,
        text: &str,
        width: f32,
        measure: &impl Fn(&str) -> f32,
        prefer_spaces: bool,
    ) -> Vec<String> {
        let breaks = self.opportunities(text);
        let mut lines = Vec::new();
        let mut start = 0;
        while start < text.len() {
            let mut fitting = Vec::new();
            for &at in breaks.iter().filter(|&&at| at > start) {
                if measure(text[start..at].trim_end()) > width {
                    if fitting.is_empty() {
                        // A piece wider than the line, with no shared boundary inside:
                        // split it where it still fits rather than overflow the box.
                        fitting.push(self.split_wide(text, start, at, width, measure));
                    }
                    break;
                }
                fitting.push(at);
            }
            let last = fitting.last().copied().unwrap_or(text.len());
            let at_space = fitting.iter().rev().copied().find(|&at| {
                text[..at].ends_with(' ')
                    && measure(text[start..at].trim_end()) >= SPACE_BREAK_FILL * width
            });
            let end = match at_space {
                Some(at) if prefer_spaces && last < text.len() => at,
                _ => last,
            };
            lines.push(text[start..end].trim_end().to_string());
            start = end;
        }
        lines
    }

    /// `text` at the largest of `sizes` (largest first) whose lines all fit `width` and
    /// number no more than `max_lines(size)`. If none does, it is set at the smallest
    /// size, cut at the last break that leaves room for an ellipsis.
    pub fn fit(
        &self,
        text: &str,
        sizes: &[f32],
        width: f32,
        max_lines: impl Fn(f32) -> usize,
        measure: impl Fn(&str, f32) -> f32,
    ) -> Fitted {
        let smallest = sizes.last().copied().unwrap_or(16.0);
        for &size in sizes {
            // Breaking at spaces first; if that needs a line too many, as densely as the
            // words allow, before the next size down.
            for prefer_spaces in [true, false] {
                let lines = self.set(text, width, &|t| measure(t, size), prefer_spaces);
                let fits = lines.iter().all(|l| measure(l, size) <= width);
                if fits && lines.len() <= max_lines(size) {
                    return Fitted {
                        size,
                        lines,
                        cut: false,
                    };
                }
            }
        }
        let size = smallest;
        let keep = max_lines(size).max(1);
        let mut lines = self.set(text, width, &|t| measure(t, size), false);
        lines.truncate(keep);
        let last = lines.pop().unwrap_or_default();
        lines.push(self.cut(&last, |t| measure(t, size) <= width));
        Fitted {
            size,
            lines,
            cut: true,
        }
    }

    /// Where to end a line that starts at `start` inside a piece (up to `end`) wider than
    /// `width`: the last boundary of the dictionary alone that fits, or failing that the
    /// last boundary between Thai syllables or other characters that fits, or failing
    /// even that, the first such boundary (a single character wider than a line).
    fn split_wide(
        &self,
        text: &str,
        start: usize,
        end: usize,
        width: f32,
        measure: &impl Fn(&str) -> f32,
    ) -> usize {
        let fits = |at: usize| measure(text[start..at].trim_end()) <= width;
        let words = self.dictionary.segment_str(text);
        let words: Vec<usize> = words.filter(|&at| start < at && at < end).collect();
        let clusters: Vec<usize> = (start + 1..end)
            .filter(|&at| text.is_char_boundary(at) && !splits_a_syllable(text, at))
            .collect();
        let by_word = words.iter().rev().copied().find(|&at| fits(at));
        let by_cluster = || clusters.iter().rev().copied().find(|&at| fits(at));
        by_word
            .or_else(by_cluster)
            .or_else(|| clusters.first().copied())
            .unwrap_or(end)
    }

    /// `line` cut at its last break opportunity that leaves room for the ellipsis, with
    /// trailing spaces and punctuation dropped before it.
    fn cut(&self, line: &str, fits: impl Fn(&str) -> bool) -> String {
        let with_ellipsis = |end: usize| {
            let kept = line[..end].trim_end_matches([' ', ',', ';', ':', '.', '·', '–', '-']);
            format!("{kept}{ELLIPSIS}")
        };
        let mut breaks = self.opportunities(line);
        breaks.pop(); // the end of the line: it would leave nothing cut.
        if breaks.is_empty() {
            // One long word: cut between syllables rather than drop it whole.
            breaks = (1..line.len())
                .filter(|&at| line.is_char_boundary(at) && !splits_a_syllable(line, at))
                .collect();
        }
        breaks
            .into_iter()
            .rev()
            .map(with_ellipsis)
            .find(|candidate| fits(candidate))
            .unwrap_or_else(|| ELLIPSIS.to_string())
    }
}

/// Whether a break at `at` would split a Thai syllable: after a leading vowel, or
/// before a following vowel, a tone mark, a thanthakhat or a repetition mark. These are
/// the rules of Thai character clusters, which no segmenter boundary may cross.
fn splits_a_syllable(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    matches!(before, Some('เ' | 'แ' | 'โ' | 'ใ' | 'ไ'))
        || after.is_some_and(|c| {
            matches!(c, 'ะ' | 'า' | 'ำ' | 'ๅ' | 'ๆ' | 'ฯ')
                || ('\u{0E31}'..='\u{0E3A}').contains(&c)
                || ('\u{0E47}'..='\u{0E4E}').contains(&c)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The glossary of the Bangkok week's data (part of it): its cards were tuned with it.
    const GLOSSARY: [&str; 7] = [
        "เอเปค",
        "สมดุล",
        "ผู้นำ",
        "เอมานูว์แอล",
        "มาครง",
        "ฟูมิโอะ",
        "จันทร์โอชา",
    ];

    fn test_breaker() -> Breaker {
        Breaker::new(&GLOSSARY.map(String::from))
    }

    /// A stand-in measure: every character is 10 px wide.
    fn chars(t: &str) -> f32 {
        t.chars().count() as f32 * 10.0
    }

    #[test]
    fn thai_breaks_between_words_not_inside_them() {
        let b = test_breaker();
        let text = "การประชุมผู้นำเขตเศรษฐกิจ";
        let cuts = b.opportunities(text);
        let words = ["การ", "ประชุม", "ผู้นำ", "เขต", "เศรษฐกิจ"];
        let mut at = 0;
        let expected: Vec<usize> = words
            .iter()
            .map(|w| {
                at += w.len();
                at
            })
            .collect();
        assert_eq!(cuts, expected, "breaks of {text}");
    }

    #[test]
    fn common_words_the_dictionary_alone_would_split_stay_whole() {
        let b = test_breaker();
        for (text, whole) in [
            ("เปิดตัวเว็บไซต์เป้าหมายกรุงเทพฯ", "กรุงเทพฯ"),
            ("มีการกล่าวถึงแถลงการณ์ของประธาน", "แถลงการณ์"),
            ("มอบแถลงการณ์เยาวชนแก่นายกรัฐมนตรี", "นายก"),
            ("วันหยุดราชการเป็นกรณีพิเศษ", "กรณี"),
            ("ร่วมเป็นสักขีพยานการลงนามเอกสารความร่วมมือ", "เอกสาร"),
            ("รองประธานาธิบดีแฮร์ริสเชิญผู้นำพันธมิตรหารือ", "ประธานาธิบดี"),
            ("รองประธานาธิบดีแฮร์ริสเชิญผู้นำพันธมิตรหารือ", "ผู้นำ"),
            ("แขกพิเศษ: ประธานาธิบดีเอมานูว์แอล มาครง", "เอมานูว์แอล"),
            ("ปาฐกถาของประธานาธิบดีมาครงในการประชุม", "มาครง"),
        ] {
            let cuts = b.opportunities(text);
            let (from, to) = text
                .match_indices(whole)
                .map(|(i, w)| (i, i + w.len()))
                .next()
                .unwrap();
            assert!(
                !cuts.iter().any(|&at| from < at && at < to),
                "{text}: {cuts:?} split {whole}"
            );
            assert!(
                !cuts.iter().any(|&at| splits_a_syllable(text, at)),
                "{text}: {cuts:?}"
            );
        }
    }

    #[test]
    fn a_name_of_the_glossary_is_never_split_and_only_it() {
        let text = "ปาฐกถาของประธานาธิบดีมาครงในการประชุม";
        let name = "มาครง";
        let (from, to) = (
            text.find(name).unwrap(),
            text.find(name).unwrap() + name.len(),
        );
        let inside = |b: &Breaker| {
            b.opportunities(text)
                .into_iter()
                .any(|at| from < at && at < to)
        };
        assert!(inside(&Breaker::new(&[])), "the segmenters split {name}");
        let glossary = [String::new(), name.to_string()];
        assert!(!inside(&Breaker::new(&glossary)));
        let lines = Breaker::new(&glossary).lines(text, 100.0, chars);
        assert!(lines.iter().any(|l| l.contains(name)), "{lines:?}");
        assert_eq!(lines.concat(), text);
    }

    #[test]
    fn a_line_ends_at_a_space_when_one_is_near() {
        let b = test_breaker();
        // 10 px a character: the line could also take "นาง" (a word of its own, 24 of 24
        // characters), but it ends at the space, 20 characters in.
        let text = "นายกรัฐมนตรีหารือกับ นางกมลา";
        let after_nang = text.find("กมลา").unwrap();
        assert!(b.opportunities(text).contains(&after_nang));
        assert_eq!(chars("นายกรัฐมนตรีหารือกับ นาง"), 240.0);
        let lines = b.lines(text, 240.0, chars);
        assert_eq!(lines, ["นายกรัฐมนตรีหารือกับ", "นางกมลา"]);
    }

    #[test]
    fn names_the_dictionary_lacks_stay_whole_and_marks_never_start_a_line() {
        let b = test_breaker();
        let pieces = |text: &str| {
            let mut start = 0;
            b.opportunities(text)
                .into_iter()
                .map(|end| {
                    let piece = text[start..end].to_string();
                    start = end;
                    piece
                })
                .collect::<Vec<_>>()
        };
        assert!(pieces("ผู้นำเขตเศรษฐกิจเอเปค ครั้งที่ 29").contains(&"เอเปค ".to_string()));
        assert!(pieces("เชื่อมโยงกัน สู่สมดุล").last().unwrap().ends_with("สมดุล"));
        assert_eq!(pieces("เข้าเฝ้าฯ").last().unwrap(), "เฝ้าฯ");
    }

    #[test]
    fn lines_fill_greedily_and_lose_nothing() {
        let b = test_breaker();
        let text = "Leaders adopt the Bangkok Goals on the Bio-Circular-Green economy";
        let lines = b.lines(text, 200.0, chars);
        assert!(lines.iter().all(|l| chars(l) <= 200.0), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert!(lines.len() >= 4);
    }

    #[test]
    fn a_title_too_long_for_every_size_ends_with_an_ellipsis_at_a_word() {
        let b = test_breaker();
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let fitted = b.fit(text, &[2.0, 1.0], 100.0, |_| 2, |t, s| chars(t) * s);
        assert!(fitted.cut);
        assert_eq!(fitted.size, 1.0);
        assert_eq!(fitted.lines.len(), 2);
        let last = fitted.lines.last().unwrap();
        assert!(last.ends_with(ELLIPSIS), "{last}");
        let body = last.trim_end_matches(ELLIPSIS);
        assert!(text.contains(body) && text.split(' ').any(|w| body.ends_with(w)));
        assert!(chars(last) <= 100.0);
    }

    #[test]
    fn a_word_wider_than_the_line_is_split_between_syllables_not_left_to_overflow() {
        let b = test_breaker();
        let long = format!("Short {} tail", "x".repeat(70));
        let lines = b.lines(&long, 200.0, chars);
        assert!(lines.iter().all(|l| chars(l) <= 200.0), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), long.replace(' ', ""));
        // Thai with no boundary both segmenters share: cut between syllables.
        let thai = "แถลงการณ์".repeat(6);
        for line in b.lines(&thai, 100.0, chars) {
            assert!(chars(&line) <= 100.0, "{line}");
            assert!(!line.ends_with(['เ', 'แ']), "{line}");
        }
        let fitted = b.fit(&long, &[1.0], 200.0, |_| 2, |t, s| chars(t) * s);
        assert!(
            fitted.cut && fitted.lines.iter().all(|l| chars(l) <= 200.0),
            "{fitted:?}"
        );
    }

    #[test]
    fn the_largest_size_that_fits_wins() {
        let b = test_breaker();
        let fitted = b.fit(
            "short title",
            &[3.0, 2.0, 1.0],
            240.0,
            |_| 1,
            |t, s| chars(t) * s,
        );
        assert_eq!(fitted.size, 2.0);
        assert_eq!(fitted.lines, ["short title"]);
        assert!(!fitted.cut);
    }
}
