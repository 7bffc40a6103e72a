//! One cell's value as the data wants it, whatever type the program that saved the
//! workbook gave it: text, a number, a date or a time cell (spreadsheet serials count
//! days from 30 December 1899, and a day's fraction is its time). Hand-written because
//! calamine's own date conversion needs chrono, which the rest does not.

use aelw_core::model::{Date, Time};
use calamine::Data;

/// A cell as a person sees it: numbers without a needless `.0`, dates as `YYYY-MM-DD`.
pub fn shown(data: &Data) -> String {
    match data {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
        Data::DateTime(dt) => {
            let serial = dt.as_f64();
            match (serial >= 1.0, serial.fract() == 0.0) {
                (true, true) => {
                    serial_date(serial).map_or_else(|| serial.to_string(), |d| d.to_string())
                }
                (false, _) => {
                    serial_time(serial).map_or_else(|| serial.to_string(), |t| t.to_string())
                }
                (true, false) => serial.to_string(),
            }
        }
        Data::Error(e) => format!("{e:?}"),
        Data::Empty => String::new(),
    }
}

/// A date cell or text: `Ok(None)` for empty, `Err` for anything that is not a date.
pub(crate) fn read_date(data: &Data) -> Result<Option<String>, ()> {
    let date = match data {
        Data::Empty => return Ok(None),
        Data::DateTime(dt) => serial_date(dt.as_f64().floor()),
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
        Data::DateTime(dt) => serial_time(dt.as_f64().fract()),
        Data::Float(f) if (0.0..1.0).contains(f) => serial_time(*f),
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

/// The day of a spreadsheet serial number (days since 30 December 1899).
fn serial_date(serial: f64) -> Option<Date> {
    if !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    // Serial 25569 is 1 January 1970.
    date_of_unix_day(serial as i64 - 25_569)
}

/// The date `days` after 1 January 1970 (Howard Hinnant's `civil_from_days`): for
/// spreadsheet serials here and for today's date in a release.
pub fn date_of_unix_day(days: i64) -> Option<Date> {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::parse(&format!("{year:04}-{month:02}-{day:02}"))
}

/// The clock time of a day's fraction, to the nearest minute.
fn serial_time(fraction: f64) -> Option<Time> {
    let minutes = (fraction * 1440.0).round() as i64;
    (0..1440).contains(&minutes).then_some(Time {
        hour: (minutes / 60) as u8,
        minute: (minutes % 60) as u8,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_numbers_are_dates_and_times() {
        assert_eq!(serial_date(44879.0).unwrap().to_string(), "2022-11-14");
        assert_eq!(serial_date(1.0).unwrap().to_string(), "1899-12-31");
        assert_eq!(serial_date(45244.0).unwrap().to_string(), "2023-11-14");
        assert_eq!(serial_time(0.385_416_666).unwrap().to_string(), "09:15");
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
}
