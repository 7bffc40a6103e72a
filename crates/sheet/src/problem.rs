//! A problem an editor can act on: the cell (`Events!D14`), the column's name in both
//! languages, the value as the cell holds it, and what is expected, in English and Thai.
//! The data checks of the core crate speak English; `thai` renders their messages.

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

/// A data check's English message in Thai; a message with no pattern keeps its English
/// beside a Thai lead-in (`tests/thai.rs` breaks the week every way the checks look for
/// and fails on any such message).
pub fn thai(message: &str) -> String {
    translated(message)
        .unwrap_or_else(|| format!("ข้อมูลไม่ผ่านการตรวจสอบ (รายละเอียดภาษาอังกฤษด้านบน): {message}"))
}

/// The Thai of a data check's message, by the core crate's own patterns
/// (`aelw_core::data`), if it has one.
pub fn translated(message: &str) -> Option<String> {
    let quoted = || message.split('"').nth(1).unwrap_or("");
    let exact = [
        ("is empty", "ว่างอยู่: ต้องกรอกข้อความ"),
        (
            "has leading or trailing spaces",
            "มีเว้นวรรคที่ต้นหรือท้ายข้อความ ให้ลบออก",
        ),
        (
            "is missing: every text needs Thai beside English",
            "ยังไม่มีภาษาไทย: ทุกข้อความต้องมีภาษาไทยคู่กับภาษาอังกฤษ",
        ),
        (
            "must be lower-case letters and digits joined by single hyphens",
            "ต้องเป็นอักษรอังกฤษตัวพิมพ์เล็กและตัวเลข คั่นด้วยยัติภังค์ (-) ทีละตัว",
        ),
        (
            "is used by an earlier event",
            "ซ้ำกับรหัสของกิจกรรมที่อยู่ก่อนหน้า รหัสต้องไม่ซ้ำกัน",
        ),
        (
            "is used by an earlier source",
            "ซ้ำกับรหัสของแหล่งที่มาที่อยู่ก่อนหน้า รหัสต้องไม่ซ้ำกัน",
        ),
        (
            "is used by an earlier track",
            "ซ้ำกับรหัสของกลุ่มที่อยู่ก่อนหน้า รหัสต้องไม่ซ้ำกัน",
        ),
        ("needs at least one track", "ต้องมีอย่างน้อยหนึ่งกลุ่ม"),
        ("lists a track twice", "ระบุกลุ่มเดียวกันซ้ำสองครั้ง"),
        (
            "is not cited anywhere; remove it or cite it",
            "ไม่มีการอ้างถึงที่ใดเลย ให้ลบออกหรืออ้างถึง",
        ),
        (
            "must be S or N followed by digits, as in the fact sheet",
            "ต้องเป็น S หรือ N ตามด้วยตัวเลข",
        ),
        (
            "is missing: name the cited source that gives the day, or set date_inferred",
            "ยังไม่ได้ระบุ: ใส่รหัสแหล่งที่มาที่ระบุวันที่ หรือใส่ yes ในคอลัมน์อนุมานวันที่",
        ),
        ("an end time needs a start time", "มีเวลาสิ้นสุดแต่ไม่มีเวลาเริ่ม"),
        ("no event is listed on this day", "ไม่มีกิจกรรมในวันนี้"),
        (
            "a day with a note needs a source for it",
            "วันที่มีหมายเหตุต้องมีแหล่งที่มาของหมายเหตุ",
        ),
        (
            "an event whose date is inferred needs a note saying so",
            "กิจกรรมที่อนุมานวันที่ต้องมีหมายเหตุอธิบาย",
        ),
        ("only applies to a start time", "ใช้ได้เฉพาะเมื่อมีเวลาเริ่ม"),
        (
            "must be 1 or more: the first release is 1",
            "ต้องเป็น 1 ขึ้นไป ฉบับแรกคือ 1",
        ),
        (
            "is used by an earlier priority",
            "ซ้ำกับรหัสของการ์ดที่อยู่ก่อนหน้า รหัสต้องไม่ซ้ำกัน",
        ),
        (
            "is used by an earlier deliverable",
            "ซ้ำกับรหัสของผลงานที่อยู่ก่อนหน้า รหัสต้องไม่ซ้ำกัน",
        ),
        (
            "the data needs at least one track",
            "ต้องมีอย่างน้อยหนึ่งกลุ่มในแผ่นงาน Tracks",
        ),
        ("needs at least one source", "ต้องมีแหล่งที่มาอย่างน้อยหนึ่งแหล่ง"),
        (
            "needs at least one source with an https: link",
            "ต้องมีแหล่งที่มาอย่างน้อยหนึ่งแหล่งที่มีลิงก์ https:",
        ),
        (
            "is an id the page uses itself",
            "เป็นรหัสที่หน้าเว็บใช้เอง ให้เลือกรหัสอื่น",
        ),
        (
            "repeats the abbreviation, which the page shows beside the title",
            "ซ้ำกับชื่อย่อ ซึ่งหน้าเว็บแสดงไว้ข้างชื่อแล้ว ให้ลบชื่อย่อออกจากชื่อ",
        ),
        (
            "a partly confirmed event needs a note saying what is uncertain",
            "กิจกรรมที่ยืนยันได้บางส่วนต้องมีหมายเหตุบอกว่าส่วนใดยังไม่แน่นอน",
        ),
        (
            "no event lists this priority in its \"priorities\"",
            "ไม่มีกิจกรรมใดระบุการ์ดนี้ในคอลัมน์ประเด็นหลัก",
        ),
        (
            "an event with a date_source is not inferred: keep one of the two",
            "กิจกรรมที่ระบุแหล่งที่มาของวันที่ไม่ถือว่าอนุมานวันที่ ให้เลือกอย่างใดอย่างหนึ่ง",
        ),
    ];
    if let Some((_, th)) = exact.iter().find(|(en, _)| *en == message) {
        return Some(th.to_string());
    }
    let kinds = [
        (
            "unknown source",
            "ไม่มีแหล่งที่มา",
            "ในแผ่นงาน Sources ให้เพิ่มแถวหรือแก้รหัส",
        ),
        (
            "unknown track",
            "ไม่มีกลุ่ม",
            "ในแผ่นงาน Tracks ให้เลือกจากรายการหรือเพิ่มในแผ่นงาน Tracks",
        ),
        ("unknown priority", "ไม่มีประเด็นหลัก", "ในแผ่นงาน Priorities"),
        ("unknown event", "ไม่มีกิจกรรม", "ในแผ่นงาน Events"),
    ];
    for (en, th, tail) in kinds {
        if message.starts_with(en) {
            return Some(format!("{th} \"{}\" {tail}", quoted()));
        }
    }
    if message.contains("is listed twice") {
        return Some(format!("ระบุ \"{}\" ซ้ำสองครั้ง", quoted()));
    }
    if message.contains("is not one of the event's sources") {
        return Some(format!("\"{}\" ไม่อยู่ในแหล่งที่มาของกิจกรรมนี้", quoted()));
    }
    if let Some(range) = message.strip_prefix("must run from ") {
        return Some(format!(
            "ต้องมีครบทุกวันตั้งแต่ {} วันละหนึ่งแถว",
            range.replace(" to ", " ถึง ")
        ));
    }
    if let Some(date) = message.strip_prefix("must be several days that include the listed date, ")
    {
        return Some(format!("ต้องเป็นช่วงหลายวันที่รวมวันที่ของกิจกรรม ({date}) ไว้ด้วย"));
    }
    if let Some(n) = message
        .strip_prefix("has ")
        .and_then(|m| m.split(';').next())
    {
        if message.ends_with("a card shows 1 to 4") {
            return Some(format!("มีผลงาน {n} รายการ การ์ดหนึ่งใบแสดงได้ 1 ถึง 4 รายการ"));
        }
        if message.ends_with("the page shows 1 to 3 cards") {
            return Some(format!("มีการ์ด {n} ใบ หน้าเว็บแสดงได้ 1 ถึง 3 ใบ"));
        }
    }
    // Messages that carry a value of their own: matched by a phrase they always hold.
    let phrases = [
        (
            "is not an https: URL",
            "ที่อยู่ต้องขึ้นต้นด้วย https:// (ลิงก์ http: ไม่ปลอดภัยและไม่รับ)",
        ),
        (
            "is outside the week",
            "อยู่นอกช่วงวันของสัปดาห์ (ดูวันแรกและวันสุดท้ายในแผ่นงาน Settings)",
        ),
        (
            "is on the weak-source list",
            "เป็นแหล่งข้อมูลที่ไม่น่าเชื่อถือ ให้อ้างต้นฉบับหรือสื่อที่เชื่อถือได้",
        ),
        ("list events day by day", "ลำดับไม่ถูกต้อง: ให้เรียงกิจกรรมตามวัน"),
        (
            "is earlier than the event before it",
            "เร็วกว่าเวลาของกิจกรรมก่อนหน้า: ให้เรียงกิจกรรมในวันเดียวกันตามเวลา",
        ),
        (
            "days must list every date of the week once",
            "ต้องมีทุกวันของสัปดาห์ วันละหนึ่งแถว เรียงตามลำดับ",
        ),
        ("is not after the start", "เวลาสิ้นสุดต้องหลังเวลาเริ่ม"),
        ("is before the start", "วันสุดท้ายต้องไม่อยู่ก่อนวันแรก"),
        (
            "under 4.5:1",
            "สีนี้ทำให้อ่านตัวอักษรบนสีได้ยาก (ความต่างของสีต่ำกว่า 4.5:1) ให้เลือกสีที่เข้มขึ้นสำหรับโหมดสว่าง หรือสว่างขึ้นสำหรับโหมดมืด",
        ),
        ("is not a colour", "ไม่ใช่สีในรูปแบบ #rrggbb เช่น #1d5fa8"),
        (
            "an earlier track's",
            "ซ้ำกับอักษรของกลุ่มก่อนหน้า: เครื่องหมายแยกกลุ่มด้วยอักษร",
        ),
        ("must be one letter or two", "ต้องเป็นอักษรหนึ่งหรือสองตัว"),
        (
            "is not of the form +HH:MM",
            "ไม่อยู่ในรูปแบบ +ชม:นาที หรือ -ชม:นาที เช่น +07:00",
        ),
        (
            "must be a short abbreviation",
            "ต้องเป็นอักษรย่อสั้น ๆ ของเขตเวลา เช่น ICT หรือ PST",
        ),
        (
            "ending in .json",
            "ต้องเป็นอักษรอังกฤษตัวพิมพ์เล็ก ตัวเลข และยัติภังค์ ลงท้ายด้วย .json",
        ),
        (
            "invisible format character",
            "มีอักขระควบคุมที่มองไม่เห็น ให้ลบออก (การจัดคำไม่ให้แยกบรรทัดทำด้วย CSS)",
        ),
        (
            "talks about the app or its research",
            "กล่าวถึงแอปหรืองานค้นคว้า ผู้อ่านควรเห็นเนื้อหาของสัปดาห์ ไม่ใช่วิธีจัดทำ",
        ),
        (
            "must not be a copy on a mirror site",
            "แหล่งที่มาทางการ (S) ต้องไม่ใช่สำเนาบนเว็บไซต์อื่น ให้อ้างเป็นข่าว (N)",
        ),
        (
            "must not start with",
            "ต้องไม่ขึ้นต้นด้วย day- priority- deliverable- หรือ filter- เพราะหน้าเว็บใช้รหัสเหล่านี้เอง",
        ),
        (
            "must not end with",
            "ต้องไม่ลงท้ายด้วย -heading หรือ -link เพราะหน้าเว็บใช้รหัสเหล่านี้เอง",
        ),
    ];
    if let Some((_, th)) = phrases.iter().find(|(en, _)| message.contains(en)) {
        return Some(th.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_core_s_messages_read_in_thai() {
        assert!(thai("unknown source \"N99\"").contains("\"N99\""));
        assert!(thai("is missing: every text needs Thai beside English").contains("ภาษาไทย"));
        assert!(thai("\"http://x\" is not an https: URL").contains("https://"));
        assert!(thai("something new").contains("something new"));
    }

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
