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
        self.value = (!value.is_empty()).then(|| value.to_string());
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.cell)?;
        if let Some((en, th)) = self.column {
            write!(f, " · {en} / {th}")?;
        }
        match &self.value {
            Some(value) => {
                let mut shown: String = value.chars().take(80).collect();
                if shown.len() < value.len() {
                    shown.push('…');
                }
                writeln!(f, " · {}", quote(&shown))?;
            }
            None => writeln!(f, " · (empty / ว่าง)")?,
        }
        writeln!(f, "    {}", self.en)?;
        write!(f, "    {}", self.th)
    }
}

/// A value in quotes as the editor typed it: Thai marks stay as they are (`{:?}` would
/// escape them), and only line breaks and tabs are made visible.
pub fn quote(value: &str) -> String {
    let shown: String = value
        .chars()
        .map(|c| match c {
            '\n' => '↵',
            '\r' | '\t' => ' ',
            c => c,
        })
        .collect();
    format!("\"{shown}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_values_are_quoted_as_typed() {
        assert_eq!(quote("การประชุมผู้นำ"), "\"การประชุมผู้นำ\"");
        assert_eq!(quote("a\nb"), "\"a↵b\"");
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
