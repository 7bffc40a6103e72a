//! What a workbook may cost before it is read at all. An `.xlsx` is a zip of XML parts,
//! and calamine trusts it: it reserves room for as many shared strings as the file
//! declares, quick-xml holds a whole text node (a gigabyte of spaces, inflated from a
//! megabyte) in memory, and it stops reading each part at its closing tag, so the zip's
//! CRC is never checked. So the whole zip is walked first with the `zip` crate, every
//! part inflated into nothing through a counting reader (which checks its CRC at its
//! end), and the file refused, by its part, before calamine opens it, if anything is
//! larger than a summit's workbook could need or does not match its checksum. The sheets
//! themselves are then streamed cell by cell (`grid`), never into a rectangle of the
//! size the file declares.

use crate::problem::Problem;
use std::io::{Cursor, Read};

/// The largest workbook read: a summit's is about 60 KB, and 10,000 events 550 KB.
pub const MAX_FILE: usize = 20 << 20;
/// The largest part (one sheet's XML, the shared strings), inflated.
pub const MAX_PART: u64 = 48 << 20;
/// All the parts together, inflated.
pub const MAX_INFLATED: u64 = 160 << 20;
/// The most parts (files inside the zip).
pub const MAX_PARTS: usize = 1000;
/// The most shared strings a workbook may declare (calamine reserves room for them).
pub const MAX_STRINGS: u64 = 2_000_000;

fn refused(en: String, th: String) -> Box<Problem> {
    Box::new(Problem::new("workbook".into(), en, th))
}

/// Checks the file `bytes` as a zip within the limits above, every part's CRC included.
pub fn check(bytes: &[u8]) -> Result<(), Box<Problem>> {
    if bytes.len() > MAX_FILE {
        let mb = bytes.len() >> 20;
        return Err(refused(
            format!(
                "is {mb} MB, more than the 20 MB a summit's workbook could need: is it the right file?"
            ),
            format!("มีขนาด {mb} MB เกิน 20 MB ที่สมุดงานของการประชุมหนึ่งครั้งต้องใช้ ตรวจดูว่าเป็นไฟล์ที่ถูกต้อง"),
        ));
    }
    let not_xlsx = |detail: String| {
        refused(
            format!(
                "is not an .xlsx workbook ({detail}): save it from Excel, LibreOffice or Google Sheets as an Excel workbook (.xlsx), or start again from make sheet"
            ),
            format!(
                "ไม่ใช่ไฟล์สมุดงาน .xlsx ({detail}) ให้บันทึกจาก Excel, LibreOffice หรือ Google Sheets เป็นแบบ Excel (.xlsx) หรือเริ่มใหม่จาก make sheet"
            ),
        )
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| not_xlsx(format!("not a zip file: {e}")))?;
    if zip.len() > MAX_PARTS {
        return Err(not_xlsx(format!("{} files inside", zip.len())));
    }
    if zip.index_for_name("xl/workbook.xml").is_none() {
        return Err(not_xlsx("no xl/workbook.xml inside".into()));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut part = zip
            .by_index(i)
            .map_err(|e| not_xlsx(format!("part {i} cannot be opened: {e}")))?;
        let name = part
            .name()
            .map_or_else(|_| format!("part {i}"), |n| n.into_owned());
        let too_big = |size: u64| {
            refused(
                format!(
                    "has a part, {name}, of {} MB once unpacked, more than a workbook of a summit could hold: it is damaged or was made to crash readers",
                    size >> 20
                ),
                format!(
                    "มีส่วน {name} ซึ่งมีขนาด {} MB เมื่อแตกไฟล์ เกินกว่าที่สมุดงานของการประชุมจะมีได้ ไฟล์อาจเสียหายหรือถูกสร้างมาเพื่อทำให้โปรแกรมล่ม",
                    size >> 20
                ),
            )
        };
        if part.size() > MAX_PART {
            return Err(too_big(part.size()));
        }
        let strings = name.ends_with("sharedStrings.xml");
        let mut head = Vec::new();
        let mut limited = (&mut part).take(MAX_PART + 1);
        // The shared strings are kept (at most MAX_PART), for the count they declare,
        // which may come after any amount of comments or whitespace.
        (&mut limited)
            .take(if strings { MAX_PART + 1 } else { 0 })
            .read_to_end(&mut head)
            .map_err(|e| damaged(&name, e))?;
        let rest =
            std::io::copy(&mut limited, &mut std::io::sink()).map_err(|e| damaged(&name, e))?;
        let size = head.len() as u64 + rest;
        if size > MAX_PART {
            return Err(too_big(size));
        }
        total += size;
        if total > MAX_INFLATED {
            return Err(too_big(total));
        }
        if strings && declared_strings(&head) > MAX_STRINGS {
            return Err(refused(
                format!(
                    "declares more than {MAX_STRINGS} different texts in {name}: it is damaged or was made to crash readers"
                ),
                format!(
                    "ระบุว่ามีข้อความต่างกันเกิน {MAX_STRINGS} รายการใน {name} ไฟล์อาจเสียหายหรือถูกสร้างมาเพื่อทำให้โปรแกรมล่ม"
                ),
            ));
        }
    }
    Ok(())
}

/// A part whose bytes do not inflate or do not match their checksum.
fn damaged(name: &str, e: std::io::Error) -> Box<Problem> {
    refused(
        format!(
            "is damaged: its part {name} cannot be read ({e}). Open it in Excel, LibreOffice or Google Sheets and save it again, or start again from make sheet"
        ),
        format!(
            "ไฟล์เสียหาย: อ่านส่วน {name} ไม่ได้ ({e}) ให้เปิดในโปรแกรม Excel, LibreOffice หรือ Google Sheets แล้วบันทึกใหม่ หรือเริ่มใหม่จาก make sheet"
        ),
    )
}

/// The `uniqueCount` the shared strings' `<sst>` element declares, 0 for none, and the
/// most there is for one that is not a number: calamine reserves room for that many
/// strings before reading one. Read with quick-xml, as calamine reads it, so that no
/// spelling of the attribute (spaces, line breaks, a prefix) escapes the check.
fn declared_strings(part: &[u8]) -> u64 {
    let mut reader = quick_xml::Reader::from_reader(part);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)) => {
                if e.local_name().as_ref() != "sst" {
                    return 0;
                }
                let count = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.local_name().as_ref() == "uniqueCount");
                return count.map_or(0, |a| a.value.trim().parse().unwrap_or(u64::MAX));
            }
            // Calamine reads no further than an unreadable part either.
            Ok(quick_xml::events::Event::Eof) | Err(_) => return 0,
            Ok(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declared_count_of_shared_strings_is_found() {
        let head = br#"<?xml version="1.0"?><sst xmlns="x" count="9" uniqueCount="1234"><si>"#;
        assert_eq!(declared_strings(head), 1234);
        assert_eq!(
            declared_strings(br#"<x:sst uniqueCount="99999999999999999999999">"#),
            u64::MAX
        );
        assert_eq!(declared_strings(b"<sst>"), 0);
        // Every spelling calamine reads, and none that slips past or panics.
        let spelled = br#"<!-- a long comment --><sst
            uniqueCount = "999999999999">"#;
        assert_eq!(declared_strings(spelled), 999_999_999_999);
        assert_eq!(declared_strings(br#"<sst uniqueCount="">"#), u64::MAX);
        assert_eq!(
            declared_strings("<sst uniqueCount=\"é\">".as_bytes()),
            u64::MAX
        );
        assert_eq!(declared_strings(b"<sst uniqueCount="), 0);
    }

    #[test]
    fn what_is_not_a_zip_is_named_so() {
        let e = check(b"id,date\n").unwrap_err();
        assert!(e.en.starts_with("is not an .xlsx workbook"), "{}", e.en);
    }
}
