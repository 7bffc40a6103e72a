//! The iCalendar (RFC 5545) syntax, written by hand: the build writes one shape of file,
//! and the crates that write them either invent what must be stable (a random `UID`, the
//! build's clock as `DTSTAMP`), write an all-day event's end wrong, or leave `TEXT`
//! escaping or `VTIMEZONE` to the caller (see the research note on live weeks). What a
//! file must get exactly right, and what the tests check: CRLF line ends; lines folded at
//! 75 octets, the continuation's leading space included, never inside a UTF-8 sequence
//! and, where it can, not inside a grapheme cluster (Thai vowels and tone marks stay on
//! their consonant's line); `TEXT` escaping of `\`, `;`, `,` and newlines, never of `:`.

use aelw_core::model::{Date, Time};
use unicode_segmentation::UnicodeSegmentation;

/// The longest a physical line may be, in octets, without its CRLF (RFC 5545 §3.1).
pub const LINE_OCTETS: usize = 75;

/// A calendar file being written: content lines, each folded and ended with CRLF.
#[derive(Debug, Default)]
pub struct Ics {
    out: String,
}

impl Ics {
    /// An empty file.
    pub fn new() -> Ics {
        Ics::default()
    }

    /// A content line whose value is written as it is (a date, a number, a URL, an
    /// already escaped list): `NAME;PARAMS:value`.
    pub fn raw(&mut self, name: &str, value: &str) -> &mut Self {
        fold_into(&mut self.out, &format!("{name}:{value}"));
        self
    }

    /// A content line with a `TEXT` value, escaped.
    pub fn text(&mut self, name: &str, value: &str) -> &mut Self {
        self.raw(name, &escape_text(value))
    }

    /// `BEGIN:<component>`.
    pub fn begin(&mut self, component: &str) -> &mut Self {
        self.raw("BEGIN", component)
    }

    /// `END:<component>`.
    pub fn end(&mut self, component: &str) -> &mut Self {
        self.raw("END", component)
    }

    /// The file's text.
    pub fn finish(self) -> String {
        self.out
    }
}

/// A `TEXT` value's escaping (RFC 5545 §3.3.11): backslash first, then `;`, `,` and
/// line breaks; a colon needs none.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// Appends `line` to `out`, folded into physical lines of at most `LINE_OCTETS` octets
/// (a continuation starts with one space, which counts), each ended with CRLF. Folds
/// fall between grapheme clusters; a cluster longer than a line (never in real text) is
/// cut between characters instead.
fn fold_into(out: &mut String, line: &str) {
    // What a continuation line holds after its leading space.
    const CONTINUED: usize = LINE_OCTETS - 1;
    let mut room = LINE_OCTETS;
    for cluster in line.graphemes(true) {
        if cluster.len() > room {
            if cluster.len() <= CONTINUED {
                out.push_str("\r\n ");
                room = CONTINUED;
            } else {
                for c in cluster.chars() {
                    if c.len_utf8() > room {
                        out.push_str("\r\n ");
                        room = CONTINUED;
                    }
                    out.push(c);
                    room -= c.len_utf8();
                }
                continue;
            }
        }
        out.push_str(cluster);
        room -= cluster.len();
    }
    out.push_str("\r\n");
}

/// A local date-time value, `20221117T113000`.
pub fn date_time(date: Date, time: Time) -> String {
    format!("{}T{:02}{:02}00", date_value(date), time.hour, time.minute)
}

/// A `DATE` value, `20221117`.
pub fn date_value(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

/// A UTC offset, `+0700` (with seconds only where it has them, `+053328`).
pub fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s % 3600 / 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// Undoes `fold_into` and the line ends: the logical lines of a file, for the tests.
#[cfg(test)]
pub fn unfold(text: &str) -> Vec<String> {
    text.split("\r\n")
        .fold(Vec::<String>::new(), |mut lines, physical| {
            match physical.strip_prefix(' ') {
                Some(rest) => lines.last_mut().expect("a line to continue").push_str(rest),
                None => lines.push(physical.to_string()),
            }
            lines
        })
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect()
}

/// Every physical line within the limit and CRLF-ended, with no bare CR or LF: for the
/// tests.
#[cfg(test)]
pub fn assert_well_folded(text: &str) {
    assert!(text.ends_with("\r\n"));
    for line in text.strip_suffix("\r\n").unwrap().split("\r\n") {
        assert!(line.len() <= LINE_OCTETS, "{} octets: {line:?}", line.len());
        assert!(!line.contains(['\r', '\n']), "{line:?}");
    }
}

/// Undoes `escape_text`, for the tests.
#[cfg(test)]
pub fn unescape_text(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_thai_lines_fold_within_75_octets_between_graphemes_and_unfold_back() {
        let thai = "นายกรัฐมนตรีหารือทวิภาคีกับประธานาธิบดีมาครง ณ ทำเนียบรัฐบาล ผู้นำเขตเศรษฐกิจเอเปคร่วมรับประทานอาหารค่ำ; ห้อง, ชั้น 2: \\ ทดสอบ\nบรรทัดใหม่";
        let mut ics = Ics::new();
        ics.text("SUMMARY", thai)
            .text("DESCRIPTION", &thai.repeat(5));
        ics.raw(
            "URL",
            "https://x.org/th/share/a-long-id-that-goes-on-and-on-and-on-and-on-and-on.th.html",
        );
        let text = ics.finish();
        assert_well_folded(&text);
        // Each continuation starts on a grapheme of its own: no line opens with a mark
        // that belongs to the consonant before it.
        for line in text.split("\r\n").filter_map(|l| l.strip_prefix(' ')) {
            let first = line.chars().next().unwrap();
            assert!(
                !matches!(first, '\u{0E31}' | '\u{0E33}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'),
                "{line}"
            );
        }
        let lines = unfold(&text);
        assert_eq!(lines.len(), 3);
        assert_eq!(
            unescape_text(lines[0].strip_prefix("SUMMARY:").unwrap()),
            thai
        );
        assert_eq!(
            unescape_text(lines[1].strip_prefix("DESCRIPTION:").unwrap()),
            thai.repeat(5)
        );
        assert!(text.contains("\r\n "), "the lines were folded");
    }

    #[test]
    fn text_escapes_backslash_first_and_never_the_colon() {
        assert_eq!(
            escape_text("a\\b;c,d:e\nf\r\ng"),
            "a\\\\b\\;c\\,d:e\\nf\\ng"
        );
        assert_eq!(unescape_text(&escape_text("x\\,;\ny:")), "x\\,;\ny:");
    }

    #[test]
    fn values_are_written_as_the_rfc_says() {
        let d = Date::parse("2022-11-07").unwrap();
        let t = Time::parse("09:05").unwrap();
        assert_eq!(date_time(d, t), "20221107T090500");
        assert_eq!(date_value(d), "20221107");
        assert_eq!(utc_offset(25_200), "+0700");
        assert_eq!(utc_offset(-25_200), "-0700");
        assert_eq!(utc_offset(19_800), "+0530");
        assert_eq!(utc_offset(-12_600), "-0330");
        assert_eq!(utc_offset(0), "+0000");
        assert_eq!(utc_offset(24_124), "+064204");
    }
}
