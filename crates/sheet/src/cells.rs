//! One cell's value as the data wants it, whatever type the program that saved the
//! workbook gave it: text, a number, a date or a time cell. Serials (days from 30
//! December 1899, a day's fraction its time) go through calamine's `ExcelDateTime`: date
//! cells in their workbook's date system (1900 or 1904), plain numbers, which carry no
//! system, as 1900 serials.

use aelw_core::model::{Date, Time};
use calamine::{Data, ExcelDateTime, ExcelDateTimeType};

/// A cell as a person sees it: numbers without a needless `.0`, dates as `YYYY-MM-DD`,
/// line breaks as `\n` whichever program typed them (some save `\r\n`).
pub fn shown(data: &Data) -> String {
    match data {
        Data::String(s) if s.contains('\r') => s.replace("\r\n", "\n").replace('\r', "\n"),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
        Data::DateTime(dt) => match (cell_date(dt), cell_time(dt)) {
            (Some(d), Some(t)) if dt.as_f64().fract() != 0.0 => format!("{d} {t}"),
            (Some(d), _) => d.to_string(),
            (None, Some(t)) => t.to_string(),
            (None, None) => dt.as_f64().to_string(),
        },
        // As the spreadsheet shows it: #REF!, #N/A.
        Data::Error(e) => e.to_string(),
        Data::Empty => String::new(),
    }
}

/// A date cell or text: `Ok(None)` for empty, `Err` for anything that is not a date.
pub(crate) fn read_date(data: &Data) -> Result<Option<String>, ()> {
    let date = match data {
        Data::Empty => return Ok(None),
        Data::DateTime(dt) => cell_date(dt),
        Data::Float(f) => serial_date(f.floor()),
        Data::Int(i) => serial_date(*i as f64),
        other => {
            let text = shown(other);
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            // An ISO date-time at midnight, as some writers store a date.
            let day = text.strip_suffix("T00:00:00").unwrap_or(text);
            Date::parse(day)
        }
    };
    date.map(|d| Some(d.to_string())).ok_or(())
}

/// A time cell or text (`9:15`, `09:15`, `09:15:00`): `Ok(None)` for empty.
pub(crate) fn read_time(data: &Data) -> Result<Option<String>, ()> {
    let time = match data {
        Data::Empty => return Ok(None),
        Data::DateTime(dt) => cell_time(dt),
        Data::Float(f) if (0.0..1.0).contains(f) => cell_time(&serial(*f)),
        other => {
            let text = shown(other);
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            let text = text
                .strip_suffix(":00")
                .filter(|t| t.len() >= 4)
                .unwrap_or(text);
            let padded = if text.len() == 4 {
                format!("0{text}")
            } else {
                text.to_string()
            };
            Time::parse(&padded)
        }
    };
    time.map(|t| Some(t.to_string())).ok_or(())
}

/// The day of a date cell, in whichever date system (1900 or 1904) its workbook uses;
/// `None` for a time alone.
fn cell_date(dt: &ExcelDateTime) -> Option<Date> {
    // Below 1 is a time alone; calamine clamps what lies past 9999-12-31.
    if !(1.0..2_958_466.0).contains(&dt.as_f64()) {
        return None;
    }
    let (year, month, day, ..) = dt.to_ymd_hms_milli();
    Date::parse(&format!("{year:04}-{month:02}-{day:02}"))
}

/// The clock time of a time (or date-time) cell, to the nearest minute.
fn cell_time(dt: &ExcelDateTime) -> Option<Time> {
    let (.., hour, minute, second, milli) = dt.to_ymd_hms_milli();
    let seconds = u32::from(second) * 1000 + u32::from(milli);
    let minutes = u32::from(hour) * 60 + u32::from(minute) + u32::from(seconds >= 30_000);
    (minutes < 1440).then_some(Time {
        hour: (minutes / 60) as u8,
        minute: (minutes % 60) as u8,
    })
}

/// A 1900-system serial, as a plain number cell holds it.
fn serial(value: f64) -> ExcelDateTime {
    ExcelDateTime::new(value, ExcelDateTimeType::DateTime, false)
}

/// The day of a 1900-system serial number: for number cells here and for today's date
/// in a release.
pub fn serial_date(serial_day: f64) -> Option<Date> {
    cell_date(&serial(serial_day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_numbers_are_dates_and_times() {
        assert_eq!(serial_date(44879.0).unwrap().to_string(), "2022-11-14");
        // As Excel shows it (serial 1 is its first day), not a day earlier.
        assert_eq!(serial_date(1.0).unwrap().to_string(), "1900-01-01");
        assert_eq!(serial_date(45244.0).unwrap().to_string(), "2023-11-14");
        assert_eq!(serial_date(2_958_466.0), None);
        assert_eq!(
            read_time(&Data::Float(0.385_416_666)),
            Ok(Some("09:15".into()))
        );
        assert_eq!(
            read_time(&Data::String("9:15".into())),
            Ok(Some("09:15".into()))
        );
        assert_eq!(
            read_time(&Data::String("18:30:00".into())),
            Ok(Some("18:30".into()))
        );
        assert_eq!(read_time(&Data::String("25:00".into())), Err(()));
        assert_eq!(read_date(&Data::String("2022-11-31".into())), Err(()));
        assert_eq!(
            read_date(&Data::Float(44879.0)),
            Ok(Some("2022-11-14".into()))
        );
    }

    #[test]
    fn date_cells_follow_their_workbook_s_date_system() {
        let cell = |value, is_1904| {
            Data::DateTime(ExcelDateTime::new(
                value,
                calamine::ExcelDateTimeType::DateTime,
                is_1904,
            ))
        };
        // 14 November 2022 is 44879 in the 1900 system and 1462 days fewer in 1904's.
        for (value, is_1904) in [(44879.0, false), (43417.0, true)] {
            assert_eq!(
                read_date(&cell(value, is_1904)),
                Ok(Some("2022-11-14".into()))
            );
            assert_eq!(shown(&cell(value, is_1904)), "2022-11-14");
        }
        assert_eq!(
            read_time(&cell(0.385_416_666, true)),
            Ok(Some("09:15".into()))
        );
        assert_eq!(shown(&cell(44879.5, false)), "2022-11-14 12:00");
        assert_eq!(read_date(&cell(0.5, false)), Err(()));
    }
}
