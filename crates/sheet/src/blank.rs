//! A blank workbook for a new summit (`make sheet NEW=1 DATA=…`): the Settings to fill
//! in, and one example row on every other sheet showing what goes where, with no
//! content of any summit; its first `make data` is release 1, with no change list.

use crate::write;
use aelw_core::model::Date;
use rust_xlsxwriter::XlsxError;
use serde_json::{Value, json};

/// The id that marks a blank workbook's example rows (and the start of their ids).
pub const EXAMPLE: &str = "example";

/// The blank workbook of the summit to be published as the data file `name`, with its
/// example day on `today`. Its Version is 0: nothing is published yet.
pub fn workbook(name: &str, today: Date) -> Result<Vec<u8>, XlsxError> {
    write::from_json(&blank(name, today))
}

/// What the blank workbook shows, as the data's JSON: the settings empty but for the
/// release's and the file's name; one example record per list.
fn blank(name: &str, today: Date) -> Value {
    let day = today.to_string();
    let text = |en: &str, th: &str| json!({ "en": en, "th": th });
    json!({
        "version": 0,
        "updated": day,
        "changes": [],
        "week": { "data_file": name },
        "days": [{
            "date": day,
            "headline": text(
                "Example: one line on what the day is about (replace this row; one row per day)",
                "ตัวอย่าง: หนึ่งบรรทัดว่าวันนี้มีอะไร (แทนที่แถวนี้ วันละหนึ่งแถว)"),
        }],
        "tracks": [{
            "id": "example-track",
            "name": text("Example track", "กลุ่มตัวอย่าง"),
            "letter": text("E", "ต"),
            "colour": "#0b4f6c",
            "colour_dark": "#9ad1e8",
        }],
        "events": [{
            "id": "example-event",
            "date": day,
            "start": "09:00",
            "end": "10:30",
            "title": text(
                "Example event: replace this row with the first real one",
                "กิจกรรมตัวอย่าง: แทนที่แถวนี้ด้วยกิจกรรมจริงรายการแรก"),
            "venue": text("The venue, as a source names it", "สถานที่ ตามที่แหล่งข้อมูลระบุ"),
            "tracks": ["example-track"],
            "summary": text(
                "What happened, in plain words, as the sources say it.",
                "สิ่งที่เกิดขึ้น ด้วยถ้อยคำเรียบง่าย ตามที่แหล่งข้อมูลระบุ"),
            "priorities": [EXAMPLE],
            "status": "confirmed",
            "sources": ["S1"],
            "date_source": "S1",
        }],
        "priorities": [{
            "id": EXAMPLE,
            "name": text("Example priority", "ประเด็นหลักตัวอย่าง"),
            "official_name": text("The priority's official name", "ชื่อทางการของประเด็นหลัก"),
            "aim": text("One line on its aim.", "เป้าหมายหนึ่งบรรทัด"),
            "summary": text("A plain-language summary.", "สรุปด้วยภาษาเข้าใจง่าย"),
            "sources": ["S1"],
            "deliverables": [{
                "id": "example-deliverable",
                "title": text("Example deliverable", "ผลงานตัวอย่าง"),
                "explanation": text("One sentence on what it is.", "หนึ่งประโยคว่าคืออะไร"),
                "events": ["example-event"],
                "sources": ["S1"],
            }],
        }],
        "sources": [{
            "id": "S1",
            "label": text("Publisher: title of the page", "ผู้เผยแพร่: ชื่อหน้าเว็บ"),
            "url": "https://example.org/",
        }],
    })
}
