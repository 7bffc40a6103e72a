//! The editorial checks: reader-facing text carries no invisible format characters and
//! no remarks about the app, its sources' security or its research, Thai text uses the
//! government's country names, and every event names the cited source that gives its day
//! (or says the day is the editor's placement).

use super::checker::Checker;
use super::{FieldPath, ProblemKind as P, Record};
use crate::model::Event;

/// Phrases that talk about the app or the research behind it rather than the week. Matched
/// case-insensitively; the Latin ones only as whole words, so "the app" does not catch
/// "the appointment". Such remarks belong in editor notes, never in what readers see.
/// Whole phrases, never a lone word that policy language also uses: "insecure" and
/// ไม่ปลอดภัย only with what makes them about a link ("food-insecure households" and
/// การย้ายถิ่นที่ไม่ปลอดภัย, unsafe migration, are the week's own words).
pub const APP_REMARKS: [&str; 14] = [
    "this app",
    "the app",
    "แอปนี้",
    "แอปพลิเคชันนี้",
    "insecure http",
    "insecure address",
    "insecure link",
    "insecure connection",
    "http:",
    "ลิงก์ที่ไม่ปลอดภัย",
    "ที่อยู่ที่ไม่ปลอดภัย",
    "การเชื่อมต่อที่ไม่ปลอดภัย",
    "not linked here",
    "ไม่ได้ลิงก์ไว้",
];

/// Informal Thai country names that the government's own Thai does not use, each with
/// the official form (the audit of 2026-12-07, TH10: the Foreign Ministry writes
/// สาธารณรัฐเกาหลี, not เกาหลีใต้). The informal name may follow the official one in
/// brackets, as a gloss: "สาธารณรัฐประชาธิปไตยประชาชนเกาหลี (เกาหลีเหนือ)".
pub const INFORMAL_NAMES_TH: [(&str, &str); 2] = [
    ("เกาหลีใต้", "สาธารณรัฐเกาหลี"),
    ("เกาหลีเหนือ", "สาธารณรัฐประชาธิปไตยประชาชนเกาหลี"),
];

/// The first informal name of `INFORMAL_NAMES_TH` that `text` uses other than as a
/// bracketed gloss after its official form, with that form.
pub fn informal_name(text: &str) -> Option<(&'static str, &'static str)> {
    INFORMAL_NAMES_TH.into_iter().find(|(informal, official)| {
        let gloss = format!("{official} (");
        text.match_indices(informal)
            .any(|(at, _)| !text[..at].ends_with(&gloss))
    })
}

/// Whether `c` is in Unicode's general category Cf (format): soft hyphen, zero-width
/// space and joiners, bidi controls, word joiner, BOM, tags and the like. Invisible in
/// the page, they break find, copy and every comparison of the text; CSS keeps words
/// together instead.
pub fn is_format_char(c: char) -> bool {
    matches!(
        c as u32,
        0xAD | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x890..=0x891
            | 0x8E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// Whether `c` has no place in any value of the data, a text's or an id's, an address's
/// or a zone's: an invisible format character (`is_format_char`: zero-width, bidi
/// controls), a control character (a line break is allowed only where `line_breaks`, as
/// in texts), or the line and paragraph separators. They hide or reorder what an editor
/// reads, and a control character sent to a terminal can rewrite it (an escape).
pub fn is_hidden_char(c: char, line_breaks: bool) -> bool {
    is_format_char(c)
        || (c.is_control() && !(line_breaks && c == '\n'))
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The first phrase of `APP_REMARKS` that `text` contains, if any. The phrases are
/// ASCII or Thai (which has no case), so an ASCII fold and ASCII word edges suffice, and
/// the `.wasm` (which runs these checks on a data update) carries no Unicode case or
/// letter tables for them.
pub fn app_remark(text: &str) -> Option<&'static str> {
    let lower = text.to_ascii_lowercase();
    APP_REMARKS.into_iter().find(|phrase| {
        lower.match_indices(phrase).any(|(at, _)| {
            if !phrase.is_ascii() {
                return true;
            }
            let before = lower[..at].chars().next_back();
            let after = lower[at + phrase.len()..].chars().next();
            let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            let glued_after = phrase.ends_with(|c: char| c.is_ascii_alphanumeric()) && word(after);
            !word(before) && !glued_after
        })
    })
}

impl Checker<'_> {
    /// One string a reader sees: no hidden characters but line breaks, no remarks about
    /// the app.
    pub(super) fn prose(&mut self, record: &Record, field: &FieldPath, text: &str) {
        self.hidden_chars(record, field.clone(), text, true);
        if let Some(phrase) = app_remark(text) {
            self.fail(record, field.clone(), P::AppRemark { phrase });
        }
    }

    /// A plain value (an id, an abbreviation, an address, a zone): no hidden character,
    /// not even a line break. Whether it was clean.
    pub(super) fn plain(
        &mut self,
        record: &Record,
        field: impl Into<FieldPath>,
        value: &str,
    ) -> bool {
        self.hidden_chars(record, field.into(), value, false)
    }

    /// The first hidden character of `value`, reported; whether there was none.
    fn hidden_chars(
        &mut self,
        record: &Record,
        field: FieldPath,
        value: &str,
        line_breaks: bool,
    ) -> bool {
        let found = value
            .char_indices()
            .find(|&(_, c)| is_hidden_char(c, line_breaks));
        if let Some((at, found)) = found {
            self.fail(record, field, P::FormatChar { found, at });
        }
        found.is_none()
    }

    /// One Thai string: the government's names for countries, not the informal ones.
    pub(super) fn thai_names(&mut self, record: &Record, field: &FieldPath, text: &str) {
        if let Some((found, official)) = informal_name(text) {
            self.fail(record, field.clone(), P::InformalName { found, official });
        }
    }

    /// The event's day is given by one of its cited sources (`date_source`), or it is
    /// marked `date_inferred` and its note says what the sources leave open.
    pub(super) fn event_date_source(&mut self, record: &Record, e: &Event) {
        match (&e.date_source, e.date_inferred) {
            (Some(_), true) => self.fail(record, "date_inferred", P::DateSourceAndInferred),
            (Some(id), false) if !e.sources.contains(id) => {
                let id = id.clone();
                self.fail(record, "date_source", P::DateSourceNotCited { id })
            }
            (None, false) => self.fail(record, "date_source", P::NoDateSource),
            (None, true) if e.note.is_none() => self.fail(record, "note", P::InferredWithoutNote),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded;
    use crate::data::testing::*;

    #[test]
    fn invisible_format_characters_are_caught() {
        for c in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{AD}',
        ] {
            assert!(is_format_char(c), "U+{:04X}", c as u32);
        }
        for c in ['a', ' ', 'ส', '\u{0E31}', '–', '“', '\n'] {
            assert!(!is_format_char(c), "U+{:04X}", c as u32);
        }
        let json = edited(|v| v["week"]["theme"]["th"] = "สู่สม\u{2060}ดุล".into());
        assert_names(
            &json,
            "week, field \"theme.th\": has the invisible format character U+2060 at byte 15: remove it",
        );
        let json =
            edited(|v| record(v, "sources", "S01")["label"]["en"] = "MFA\u{200B} Thailand".into());
        assert_names(
            &json,
            &named("sources", "S01", ", field \"label.en\": has the invisible"),
        );
    }

    #[test]
    fn remarks_about_the_app_are_caught() {
        for (text, phrase) in [
            ("แอปนี้จึงแสดงไว้ในวันที่ 19", "แอปนี้"),
            (
                "a copy found only at an insecure http: address",
                "insecure http",
            ),
            ("only an insecure link to the report", "insecure link"),
            ("เฉพาะที่อยู่ http: ซึ่งไม่ปลอดภัย", "http:"),
            ("มีเพียงลิงก์ที่ไม่ปลอดภัยไปยังรายงาน", "ลิงก์ที่ไม่ปลอดภัย"),
            ("It is listed here by The App.", "the app"),
            ("so that report is not linked here", "not linked here"),
        ] {
            assert_eq!(app_remark(text), Some(phrase), "{text}");
        }
        for text in [
            "the appointment of ambassadors",
            "Athenee Crystal Hall",
            "https://example.org",
            "safepassage.apec.org",
            // Policy language, not remarks about the app (issue 31's false positive).
            "Aid for food-insecure households in the Pacific",
            "Ministers discussed insecure work and food insecurity",
            "ครัวเรือนที่ขาดความมั่นคงทางอาหาร และการย้ายถิ่นที่ไม่ปลอดภัย",
        ] {
            assert_eq!(app_remark(text), None, "{text}");
        }
        let json = edited(|v| {
            record(v, "events", "imf-outlook")["note"]["th"] = "แอปนี้จึงแสดงไว้ในวันที่ 19".into()
        });
        assert_names(
            &json,
            &named(
                "events",
                "imf-outlook",
                ", field \"note.th\": talks about the app or its research (“แอปนี้”)",
            ),
        );
    }

    #[test]
    fn thai_uses_the_official_country_names() {
        assert_eq!(
            informal_name("นายกรัฐมนตรีเกาหลีใต้"),
            Some(("เกาหลีใต้", "สาธารณรัฐเกาหลี"))
        );
        assert_eq!(informal_name("นายกรัฐมนตรีสาธารณรัฐเกาหลี"), None);
        assert_eq!(
            informal_name("หลังสาธารณรัฐประชาธิปไตยประชาชนเกาหลี (เกาหลีเหนือ) ยิงขีปนาวุธ"),
            None
        );
        // A gloss once does not excuse the bare name later in the text.
        assert!(informal_name("สาธารณรัฐเกาหลี (เกาหลีใต้) และเกาหลีใต้").is_some());
        // The audit's example (TH10), in the Thai of the DPRK meeting's participants.
        let json = edited(|v| {
            record(v, "events", "dprk-missile-allies-meeting")["participants"]["th"] =
                "นายกรัฐมนตรีฮัน ด็อก-ซู (เกาหลีใต้)".into()
        });
        assert_names(
            &json,
            &named(
                "events",
                "dprk-missile-allies-meeting",
                ", field \"participants.th\": uses the informal name “เกาหลีใต้”: official Thai usage is “สาธารณรัฐเกาหลี”",
            ),
        );
    }

    #[test]
    fn the_shipped_text_is_clean() {
        // Every reader-facing string of the data file, walked as JSON so nothing is missed.
        fn walk(v: &serde_json::Value, path: &str, bad: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) => {
                    let url = path.ends_with(".url");
                    if s.chars().any(is_format_char) || (!url && app_remark(s).is_some()) {
                        bad.push(format!("{path}: {s}"));
                    }
                }
                serde_json::Value::Array(items) => {
                    for (i, x) in items.iter().enumerate() {
                        walk(x, &format!("{path}[{i}]"), bad);
                    }
                }
                serde_json::Value::Object(map) => {
                    for (k, x) in map {
                        walk(x, &format!("{path}.{k}"), bad);
                    }
                }
                _ => {}
            }
        }
        let v: serde_json::Value = serde_json::from_str(crate::data::FILE).unwrap();
        let mut bad = Vec::new();
        walk(&v, "", &mut bad);
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn every_event_says_which_source_gives_its_day() {
        let data = embedded();
        for e in &data.events {
            match &e.date_source {
                Some(id) => assert!(e.sources.contains(id), "{}: {id}", e.id),
                None => assert!(e.date_inferred && e.note.is_some(), "{}", e.id),
            }
        }
        let json = edited(|v| {
            record(v, "events", "csom-day-1")
                .as_object_mut()
                .unwrap()
                .remove("date_source");
        });
        assert_names(
            &json,
            &named(
                "events",
                "csom-day-1",
                ", field \"date_source\": is missing",
            ),
        );
        let json = edited(|v| record(v, "events", "csom-day-1")["date_source"] = "N92".into());
        assert_names(
            &json,
            &named(
                "events",
                "csom-day-1",
                ", field \"date_source\": \"N92\" is not one of the event's sources",
            ),
        );
        let json = edited(|v| record(v, "events", "csom-day-1")["date_inferred"] = true.into());
        assert_names(
            &json,
            "field \"date_inferred\": an event with a date_source",
        );
        // An inferred date is allowed, but only with a note.
        let json = edited(|v| {
            let e = record(v, "events", "hun-sen-withdraws");
            let e = e.as_object_mut().unwrap();
            e.remove("date_source");
            e.insert("date_inferred".into(), true.into());
        });
        assert_names(
            &json,
            &named(
                "events",
                "hun-sen-withdraws",
                ", field \"note\": an event whose date is inferred needs a note",
            ),
        );
    }
}
