//! A problem an editor can act on: the cell (`Events!D14`), the column's name in both
//! languages, the value as the cell holds it, and what is expected, in English and Thai
//! (the data checks' words are the core's, `aelw_core::data::ProblemKind::message`).

use std::fmt;

/// One problem in the spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `Events!D14`, or the sheet alone (`Days`) when no one cell is wrong.
    pub cell: String,
    /// The column (or setting), in English and Thai.
    pub column: Option<(&'static str, &'static str)>,
    /// The value as the cell holds it; `None` for an empty cell.
    pub value: Option<String>,
    /// What is wrong and what is expected, in English.
    pub en: String,
    /// The same in Thai.
    pub th: String,
}

impl Problem {
    /// A problem at `cell` with the message in both languages.
    pub fn new(cell: String, en: impl Into<String>, th: impl Into<String>) -> Problem {
        Problem {
            cell,
            column: None,
            value: None,
            en: en.into(),
            th: th.into(),
        }
    }

    /// The same problem, naming its column and quoting its value.
    pub fn at(mut self, column: (&'static str, &'static str), value: &str) -> Problem {
        self.column = Some(column);
        self.quoting(value)
    }

    /// The same problem, quoting the value (cut to what a report shows).
    pub fn quoting(mut self, value: &str) -> Problem {
        self.value = (!value.is_empty()).then(|| cut(value, SHOWN).to_string());
        self
    }
}

/// The most characters of a value a report shows.
const SHOWN: usize = 80;
/// The most characters of a message line (which may quote a value whole).
const LINE: usize = 400;
/// The most problems listed: past them, a count.
pub const LISTED: usize = 200;

/// `text`'s first `max` characters, and `…` if it had more.
pub fn cut(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]).into(),
        None => text.into(),
    }
}

/// `text` as a terminal may show it: a line break as `↵`, a tab as a space, and every
/// other control or hidden character (an escape sequence, a bidi override) by its code
/// point, `<U+001B>`, never raw.
pub fn visible(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' => "↵".to_string(),
            '\r' | '\t' => " ".to_string(),
            c if aelw_core::data::is_hidden_char(c, false) => format!("<U+{:04X}>", c as u32),
            c => c.to_string(),
        })
        .collect()
}

/// Every problem for the terminal, one after another, at most `LISTED` of them and then
/// how many more there are, in both languages.
pub fn list(problems: &[Problem]) -> String {
    let mut out = String::new();
    for p in problems.iter().take(LISTED) {
        out.push('\n');
        out.push_str(&p.to_string());
        out.push('\n');
    }
    if let Some(more) = problems.len().checked_sub(LISTED).filter(|&n| n > 0) {
        out.push_str(&format!(
            "\n… and {more} more problem(s): fix these and run make data again to see them.\n… และอีก {more} ปัญหา แก้ไขปัญหาข้างต้นแล้วสั่ง make data อีกครั้งเพื่อดูส่วนที่เหลือ\n"
        ));
    }
    out
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.cell)?;
        if let Some((en, th)) = self.column {
            write!(f, " · {en} / {th}")?;
        }
        match (&self.value, self.column) {
            (Some(value), _) => writeln!(f, " · {}", quote(&cut(value, SHOWN)))?,
            (None, Some(_)) => writeln!(f, " · (empty / ว่าง)")?,
            // A file's or a sheet's problem: no cell to be empty.
            (None, None) => writeln!(f)?,
        }
        writeln!(f, "    {}", visible(&cut(&self.en, LINE)))?;
        write!(f, "    {}", visible(&cut(&self.th, LINE)))
    }
}

/// A value in quotes as the editor typed it: Thai marks stay as they are (`{:?}` would
/// escape them), line breaks and tabs are made visible and hidden characters named
/// (`visible`).
pub fn quote(value: &str) -> String {
    format!("\"{}\"", visible(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_values_are_quoted_as_typed() {
        assert_eq!(quote("การประชุมผู้นำ"), "\"การประชุมผู้นำ\"");
        assert_eq!(quote("a\nb"), "\"a↵b\"");
        assert_eq!(quote("\u{1b}[2J\u{202E}x"), "\"<U+001B>[2J<U+202E>x\"");
    }

    #[test]
    fn a_report_is_bounded() {
        let long = "x".repeat(10_000);
        let p = Problem::new("Events!A3".into(), format!("bad {long}"), "ไม่ได้").quoting(&long);
        assert!(p.to_string().len() < 600, "{}", p.to_string().len());
        let many = vec![p; LISTED + 5];
        let text = list(&many);
        assert!(text.contains("… and 5 more problem(s)"), "{text}");
        assert!(text.contains("และอีก 5 ปัญหา"), "{text}");
        let file = Problem::new("workbook".into(), "is not a zip", "ไม่ใช่");
        assert!(!file.to_string().contains("empty"), "{file}");
    }

    #[test]
    fn a_problem_names_its_cell_column_and_value_in_both_languages() {
        let p = Problem::new("Events!D14".into(), "is not a date", "ไม่ใช่วันที่")
            .at(("Date", "วันที่"), "2022-11-31");
        assert_eq!(
            p.to_string(),
            "Events!D14 · Date / วันที่ · \"2022-11-31\"\n    is not a date\n    ไม่ใช่วันที่"
        );
    }
}
