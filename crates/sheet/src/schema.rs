//! The spreadsheet's layout, said once: each sheet, its columns (named in English and
//! Thai), what each column holds and where that goes in the data file. The writer, the
//! reader, the notes sheet, the error report and the change list all read this table.

/// What a column holds, and how it maps onto the record's JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A plain value: an id, an abbreviation, a URL, a colour, a zone.
    Plain,
    /// The English half of the text `key`.
    En,
    /// The Thai half of the text `key`.
    Th,
    /// Both halves of the text `key` (Settings: English in column B, Thai in C).
    Text,
    /// A date, `YYYY-MM-DD` (or a date cell).
    Date,
    /// A clock time, `HH:MM` (or a time cell).
    Time,
    /// `yes`, or empty for no.
    Flag,
    /// Ids separated by commas.
    Ids,
    /// Names separated by commas (or line breaks), each kept as written, spaces and all:
    /// the glossary's "ฮุน เซน" is one name.
    Names,
    /// A list of texts, one per line: the English halves.
    LinesEn,
    /// The Thai halves, line for line.
    LinesTh,
    /// Both halves of a list of texts (Settings).
    Lines,
    /// A whole number.
    Number,
    /// The links' English labels, one per line.
    LinkEn,
    /// The links' Thai labels, line for line.
    LinkTh,
    /// The links' `https:` addresses, line for line.
    LinkUrl,
    /// The first day of a multi-day event's run.
    SpanFrom,
    /// The last day of its run.
    SpanTo,
    /// An event's main track (a drop-down of the Tracks sheet).
    MainTrack,
    /// Its other tracks, separated by commas.
    OtherTracks,
    /// The priority card a deliverable belongs to (a drop-down of the Priorities sheet).
    Parent,
    /// `confirmed` or `partly_confirmed`.
    Status,
}

impl Kind {
    /// Where, within the record's field (or, for the kinds of one item per line, within
    /// each item), a column of this kind is written and read: a text's half, a run's
    /// end, a link's label or address.
    pub fn leaf(self) -> &'static [&'static str] {
        match self {
            En | LinesEn => &["en"],
            Th | LinesTh => &["th"],
            LinkEn => &["label", "en"],
            LinkTh => &["label", "th"],
            LinkUrl => &["url"],
            SpanFrom => &["from"],
            SpanTo => &["to"],
            _ => &[],
        }
    }

    /// Whether the column holds a list of items, one per line, paired line for line
    /// with the columns of the same field (outcomes, links).
    pub fn per_line(self) -> bool {
        matches!(self, LinesEn | LinesTh | LinkEn | LinkTh | LinkUrl)
    }
}

/// One column (or, on the Settings sheet, one row).
#[derive(Debug)]
pub struct Column {
    /// The field in the record's JSON (on Settings, `week.<field>` or a top-level one).
    pub key: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Whether an empty cell is a problem rather than an absent value.
    pub required: bool,
    /// Its name in English: the header the reader looks for.
    pub en: &'static str,
    /// Its name in Thai, under the English one.
    pub th: &'static str,
    /// What goes in it, in English (the Notes sheet).
    pub note_en: &'static str,
    /// What goes in it, in Thai.
    pub note_th: &'static str,
}

/// One sheet of the workbook.
#[derive(Debug)]
pub struct Table {
    /// The sheet's name (English: formulas and error reports name it).
    pub sheet: &'static str,
    /// Its name in Thai, for the Notes sheet and the reports.
    pub sheet_th: &'static str,
    /// The data file's list it holds (`events`); empty for Settings.
    pub list: &'static str,
    /// Its columns, left to right (Settings: its rows, top to bottom).
    pub columns: &'static [Column],
}

/// The rows above the first record: English names, then Thai names.
pub const HEADER_ROWS: u32 = 2;

const fn col(
    key: &'static str,
    kind: Kind,
    required: bool,
    names: (&'static str, &'static str),
    notes: (&'static str, &'static str),
) -> Column {
    Column {
        key,
        kind,
        required,
        en: names.0,
        th: names.1,
        note_en: notes.0,
        note_th: notes.1,
    }
}

use Kind::*;

/// The summit's own settings, one per row: key, English, Thai.
#[rustfmt::skip]
pub const SETTINGS: Table = Table {
    sheet: "Settings",
    sheet_th: "การตั้งค่า",
    list: "",
    columns: &[
        col("version", Number, true, ("Version", "ฉบับที่"), ("The release this workbook was made from: leave it as it is. make data refuses a workbook of another release (it would undo the edits published since), and when something changed it adds one and brings this workbook up to the new release.", "ฉบับที่ของข้อมูลที่ใช้สร้างสมุดงานนี้ ห้ามแก้ไข make data จะไม่รับสมุดงานของฉบับอื่น (เพราะจะทำให้การแก้ไขที่เผยแพร่หลังจากนั้นหายไป) และเมื่อมีการแก้ไข จะเพิ่มหมายเลขทีละหนึ่งและปรับสมุดงานนี้เป็นฉบับใหม่")),
        col("updated", Date, true, ("Last revised", "แก้ไขล่าสุด"), ("When the content was last revised. make data sets it to today when something changed.", "วันที่แก้ไขเนื้อหาล่าสุด make data จะตั้งเป็นวันนี้เมื่อมีการแก้ไข")),
        col("changes", Lines, false, ("What changed", "สิ่งที่แก้ไข"), ("What the last revision changed, one line each; the page shows it under Last revised. make data writes it unless you write your own.", "สิ่งที่แก้ไขในฉบับล่าสุด บรรทัดละหนึ่งรายการ แสดงบนหน้าเว็บใต้วันที่แก้ไขล่าสุด make data จะเขียนให้ เว้นแต่คุณเขียนเอง")),
        col("week.title", Text, true, ("Title", "ชื่อ"), ("The summit week's name.", "ชื่อสัปดาห์การประชุม")),
        col("week.theme", Text, true, ("Theme", "แนวคิดหลัก"), ("The host year's theme.", "แนวคิดหลักของปีที่เป็นเจ้าภาพ")),
        col("week.host", Text, true, ("Host", "เจ้าภาพ"), ("The host: a country, a city or an organisation.", "เจ้าภาพ: ประเทศ เมือง หรือองค์กร")),
        col("week.city", Text, true, ("City", "เมือง"), ("The host city, whose clock the times follow.", "เมืองเจ้าภาพ ซึ่งเวลาทั้งหมดใช้ตามเวลาของเมืองนี้")),
        col("week.venue", Text, true, ("Venue", "สถานที่"), ("The main venue.", "สถานที่จัดประชุมหลัก")),
        col("week.start", Date, true, ("First day", "วันแรก"), ("The week's first day.", "วันแรกของสัปดาห์")),
        col("week.end", Date, true, ("Last day", "วันสุดท้าย"), ("The week's last day.", "วันสุดท้ายของสัปดาห์")),
        col("week.time_zone", Plain, true, ("Time zone", "เขตเวลา"), ("The IANA time zone, such as Europe/Lisbon or America/Los_Angeles; make data checks it against the tz database.", "เขตเวลาแบบ IANA เช่น Europe/Lisbon หรือ America/Los_Angeles make data ตรวจกับฐานข้อมูลเขตเวลา")),
        col("week.utc_offset", Plain, false, ("UTC offset", "ส่วนต่างจาก UTC"), ("Optional: the zone's standard offset, such as +07:00; the zone gives it, so it may be left empty.", "ไม่บังคับ: ส่วนต่างเวลามาตรฐานของเขตเวลา เช่น +07:00 เขตเวลากำหนดให้อยู่แล้ว จึงเว้นว่างได้")),
        col("week.zone_abbr", Plain, true, ("Zone abbreviation", "อักษรย่อเขตเวลา"), ("The standard time's abbreviation, shown beside clock times, such as WET or PST; daylight saving time takes the tz database's, such as PDT.", "อักษรย่อของเวลามาตรฐาน แสดงข้างเวลา เช่น WET หรือ PST ส่วนเวลาออมแสงใช้อักษรย่อจากฐานข้อมูลเขตเวลา เช่น PDT")),
        col("week.summary", Text, true, ("Summary", "สรุป"), ("A paragraph introducing the week.", "ย่อหน้าแนะนำสัปดาห์การประชุม")),
        col("week.note", Text, false, ("Note", "หมายเหตุ"), ("Where sources disagree about the week itself.", "กรณีแหล่งข้อมูลไม่ตรงกันเกี่ยวกับสัปดาห์นี้")),
        col("week.sources", Ids, true, ("Sources", "แหล่งที่มา"), ("Ids from the Sources sheet, separated by commas.", "รหัสจากแผ่นงาน Sources คั่นด้วยจุลภาค")),
        col("week.page_title", Text, true, ("Page title", "ชื่อหน้าเว็บ"), ("The page's title in the browser tab and in shared links.", "ชื่อหน้าเว็บบนแท็บเบราว์เซอร์และในลิงก์ที่แชร์")),
        col("week.page_description", Text, true, ("Page description", "คำอธิบายหน้าเว็บ"), ("One or two sentences for search engines and link previews.", "หนึ่งถึงสองประโยคสำหรับเครื่องมือค้นหาและตัวอย่างลิงก์")),
        col("week.eyebrow", Text, true, ("Eyebrow", "ข้อความเหนือชื่อ"), ("The short line above the title, such as the organisation, the year and the host.", "ข้อความสั้นเหนือชื่อ เช่น ชื่อองค์กร ปี และเจ้าภาพ")),
        col("week.priorities_heading", Text, true, ("Priorities heading", "หัวข้อประเด็นหลัก"), ("The heading above the priority cards.", "หัวข้อเหนือการ์ดประเด็นหลัก")),
        col("week.disclaimer", Text, true, ("Disclaimer", "ข้อสงวนสิทธิ์"), ("What this site is not, in the footer.", "ข้อความท้ายหน้าว่าเว็บไซต์นี้ไม่ใช่เว็บไซต์ทางการ")),
        col("week.occasion", Text, false, ("Occasion", "ชื่อเรียกสัปดาห์"), ("Optional: what share images call this week, between the eyebrow and the date, such as Ministers' Week; empty: none.", "ไม่บังคับ: ชื่อที่ภาพสำหรับแชร์ใช้เรียกสัปดาห์นี้ ระหว่างข้อความเหนือชื่อกับวันที่ เช่น สัปดาห์การประชุมรัฐมนตรี หากเว้นว่างจะไม่แสดง")),
        col("week.brand_colour", Plain, false, ("Brand colour", "สีหลัก"), ("Optional: the masthead's and share images' colour, #rrggbb, with white letters on it; empty: a neutral colour.", "ไม่บังคับ: สีของส่วนหัวและภาพสำหรับแชร์ รูปแบบ #rrggbb ตัวอักษรสีขาว หากเว้นว่างจะใช้สีกลาง")),
        col("week.brand_colour_dark", Plain, false, ("Brand colour, dark", "สีหลัก โหมดมืด"), ("Optional: its shade for the dark theme, #rrggbb, white letters on it.", "ไม่บังคับ: สีสำหรับโหมดมืด รูปแบบ #rrggbb ตัวอักษรสีขาว")),
        col("glossary", Names, false, ("Glossary", "อภิธานศัพท์"), ("Optional: names never split across lines (mostly Thai), separated by commas; a name may have spaces.", "ไม่บังคับ: ชื่อที่ห้ามตัดขึ้นบรรทัดใหม่ คั่นด้วยจุลภาค ชื่อหนึ่งมีเว้นวรรคได้")),
        col("week.data_file", Plain, true, ("Data file", "ไฟล์ข้อมูล"), ("The data file's name on the site, such as summit-2027.json; a release never changes it (a new summit starts with make sheet NEW=1).", "ชื่อไฟล์ข้อมูลบนเว็บไซต์ เช่น summit-2027.json การเผยแพร่จะไม่เปลี่ยนชื่อนี้ (การประชุมใหม่เริ่มด้วย make sheet NEW=1)")),
    ],
};

/// One row per day of the week.
#[rustfmt::skip]
pub const DAYS: Table = Table {
    sheet: "Days",
    sheet_th: "วัน",
    list: "days",
    columns: &[
        col("date", Date, true, ("Date", "วันที่"), ("Every date of the week once, in order.", "ทุกวันของสัปดาห์ วันละหนึ่งแถว เรียงตามลำดับ")),
        col("headline", En, true, ("Headline EN", "พาดหัว อังกฤษ"), ("One line on what the day was about.", "หนึ่งบรรทัดว่าวันนั้นมีอะไร")),
        col("headline", Th, true, ("Headline TH", "พาดหัว ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("note", En, false, ("Note EN", "หมายเหตุ อังกฤษ"), ("A caveat about the day as a whole.", "ข้อควรทราบเกี่ยวกับวันนั้นทั้งวัน")),
        col("note", Th, false, ("Note TH", "หมายเหตุ ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("sources", Ids, false, ("Sources", "แหล่งที่มา"), ("Sources for the note, separated by commas.", "แหล่งที่มาของหมายเหตุ คั่นด้วยจุลภาค")),
    ],
};

/// One row per event, day by day and, within a day, by time.
#[rustfmt::skip]
pub const EVENTS: Table = Table {
    sheet: "Events",
    sheet_th: "กิจกรรม",
    list: "events",
    columns: &[
        col("id", Plain, true, ("ID", "รหัส"), ("Lower-case letters and digits joined by hyphens; links use it, so never change a published one.", "อักษรอังกฤษตัวพิมพ์เล็กและตัวเลข คั่นด้วยยัติภังค์ ลิงก์ใช้รหัสนี้ จึงไม่ควรเปลี่ยนเมื่อเผยแพร่แล้ว")),
        col("date", Date, true, ("Date", "วันที่"), ("The day it is listed under: pick it from the list.", "วันที่แสดงกิจกรรม เลือกจากรายการ")),
        col("span", SpanFrom, false, ("Runs from", "เริ่มวันที่"), ("For an event of several days: its first day.", "สำหรับกิจกรรมหลายวัน: วันแรก")),
        col("span", SpanTo, false, ("Runs to", "ถึงวันที่"), ("Its last day.", "วันสุดท้าย")),
        col("start", Time, false, ("Start", "เวลาเริ่ม"), ("HH:MM on a 24-hour clock, local time; only where a source gives it.", "ชม:นาที แบบ 24 ชั่วโมง ตามเวลาท้องถิ่น ใส่เฉพาะเมื่อมีแหล่งข้อมูลระบุ")),
        col("end", Time, false, ("End", "เวลาสิ้นสุด"), ("HH:MM, after the start.", "ชม:นาที หลังเวลาเริ่ม")),
        col("approximate", Flag, false, ("About", "โดยประมาณ"), ("yes if the start time is approximate.", "ใส่ yes หากเวลาเริ่มเป็นเวลาโดยประมาณ")),
        col("time_of_day", En, false, ("Time of day EN", "ช่วงเวลา อังกฤษ"), ("What sources say when they give no clock time, such as Evening.", "ช่วงเวลาตามแหล่งข้อมูลเมื่อไม่มีเวลาแน่ชัด เช่น ช่วงค่ำ")),
        col("time_of_day", Th, false, ("Time of day TH", "ช่วงเวลา ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("title", En, true, ("Title EN", "ชื่อ อังกฤษ"), ("The headline.", "ชื่อกิจกรรม")),
        col("title", Th, true, ("Title TH", "ชื่อ ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("short", Plain, false, ("Abbreviation", "อักษรย่อ"), ("The usual abbreviation, if it has one.", "อักษรย่อที่ใช้ทั่วไป ถ้ามี")),
        col("venue", En, false, ("Venue EN", "สถานที่ อังกฤษ"), ("Where it took place; leave empty where no source says.", "สถานที่จัด เว้นว่างหากไม่มีแหล่งข้อมูลระบุ")),
        col("venue", Th, false, ("Venue TH", "สถานที่ ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("tracks", MainTrack, true, ("Track", "กลุ่ม"), ("Its main track: pick it from the list (the Tracks sheet).", "กลุ่มหลักของกิจกรรม เลือกจากรายการ (แผ่นงาน Tracks)")),
        col("tracks", OtherTracks, false, ("Other tracks", "กลุ่มอื่น"), ("Further track ids, separated by commas.", "รหัสกลุ่มเพิ่มเติม คั่นด้วยจุลภาค")),
        col("chair", En, false, ("Chair EN", "ประธาน อังกฤษ"), ("Who chaired it.", "ผู้เป็นประธาน")),
        col("chair", Th, false, ("Chair TH", "ประธาน ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("participants", En, false, ("Who EN", "ผู้เข้าร่วม อังกฤษ"), ("Who took part.", "ผู้เข้าร่วม")),
        col("participants", Th, false, ("Who TH", "ผู้เข้าร่วม ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("summary", En, true, ("Summary EN", "สรุป อังกฤษ"), ("What happened, in plain words.", "สิ่งที่เกิดขึ้น ด้วยถ้อยคำเรียบง่าย")),
        col("summary", Th, true, ("Summary TH", "สรุป ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("outcomes", LinesEn, false, ("Outcomes EN", "ผลลัพธ์ อังกฤษ"), ("What came out of it, one per line (Alt+Enter starts a line).", "ผลที่ได้ บรรทัดละหนึ่งข้อ (กด Alt+Enter เพื่อขึ้นบรรทัดใหม่)")),
        col("outcomes", LinesTh, false, ("Outcomes TH", "ผลลัพธ์ ไทย"), ("The same in Thai, line for line.", "ข้อความเดียวกันเป็นภาษาไทย บรรทัดต่อบรรทัด")),
        col("priorities", Ids, false, ("Priorities", "ประเด็นหลัก"), ("Ids of the priorities it advanced, separated by commas.", "รหัสประเด็นหลักที่กิจกรรมนี้ผลักดัน คั่นด้วยจุลภาค")),
        col("status", Status, true, ("Status", "สถานะ"), ("confirmed, or partly_confirmed with a note saying what is missing.", "confirmed หรือ partly_confirmed พร้อมหมายเหตุว่าขาดข้อมูลใด")),
        col("note", En, false, ("Note EN", "หมายเหตุ อังกฤษ"), ("Where sources disagree or leave a gap, what they say.", "กรณีแหล่งข้อมูลไม่ตรงกันหรือขาดข้อมูล ให้ระบุไว้")),
        col("note", Th, false, ("Note TH", "หมายเหตุ ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("sources", Ids, true, ("Sources", "แหล่งที่มา"), ("Ids from the Sources sheet, separated by commas.", "รหัสจากแผ่นงาน Sources คั่นด้วยจุลภาค")),
        col("date_source", Plain, false, ("Date source", "แหล่งที่มาของวันที่"), ("The cited source that gives the day.", "แหล่งที่มาที่อ้างถึงซึ่งระบุวันที่")),
        col("date_inferred", Flag, false, ("Date inferred", "อนุมานวันที่"), ("yes if no source gives the day; the note must say why.", "ใส่ yes หากไม่มีแหล่งข้อมูลระบุวันที่ และต้องอธิบายในหมายเหตุ")),
    ],
};

/// One row per priority card.
#[rustfmt::skip]
pub const PRIORITIES: Table = Table {
    sheet: "Priorities",
    sheet_th: "ประเด็นหลัก",
    list: "priorities",
    columns: &[
        col("id", Plain, true, ("ID", "รหัส"), ("Lower-case letters, such as open.", "อักษรอังกฤษตัวพิมพ์เล็ก เช่น open")),
        col("name", En, true, ("Name EN", "ชื่อ อังกฤษ"), ("The short name.", "ชื่อย่อ")),
        col("name", Th, true, ("Name TH", "ชื่อ ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("official_name", En, true, ("Official name EN", "ชื่อทางการ อังกฤษ"), ("The official name.", "ชื่อทางการ")),
        col("official_name", Th, true, ("Official name TH", "ชื่อทางการ ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("official_name_th_descriptive", Flag, false, ("Thai name descriptive", "ชื่อไทยเป็นคำบรรยาย"), ("yes if no official Thai name was found.", "ใส่ yes หากไม่พบชื่อทางการภาษาไทย")),
        col("aim", En, true, ("Aim EN", "เป้าหมาย อังกฤษ"), ("One line on its aim.", "เป้าหมายหนึ่งบรรทัด")),
        col("aim", Th, true, ("Aim TH", "เป้าหมาย ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("summary", En, true, ("Summary EN", "สรุป อังกฤษ"), ("A plain-language summary.", "สรุปด้วยภาษาเข้าใจง่าย")),
        col("summary", Th, true, ("Summary TH", "สรุป ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("sources", Ids, true, ("Sources", "แหล่งที่มา"), ("Ids from the Sources sheet, separated by commas.", "รหัสจากแผ่นงาน Sources คั่นด้วยจุลภาค")),
        col("colour", Plain, false, ("Colour", "สี"), ("Optional: the card's colour, #rrggbb, white letters on it; empty: the engine's.", "ไม่บังคับ: สีของการ์ด รูปแบบ #rrggbb ตัวอักษรสีขาว")),
        col("colour_dark", Plain, false, ("Colour, dark", "สี โหมดมืด"), ("Optional: its shade for the dark theme, #rrggbb, near-black letters on it.", "ไม่บังคับ: สีสำหรับโหมดมืด รูปแบบ #rrggbb ตัวอักษรสีเข้ม")),
    ],
};

/// One row per deliverable, under its card.
#[rustfmt::skip]
pub const DELIVERABLES: Table = Table {
    sheet: "Deliverables",
    sheet_th: "ผลงาน",
    list: "deliverables",
    columns: &[
        col("id", Plain, true, ("ID", "รหัส"), ("Lower-case letters and digits joined by hyphens.", "อักษรอังกฤษตัวพิมพ์เล็กและตัวเลข คั่นด้วยยัติภังค์")),
        col("priority", Parent, true, ("Priority", "ประเด็นหลัก"), ("The card it belongs to: pick it from the list.", "การ์ดที่ผลงานนี้สังกัด เลือกจากรายการ")),
        col("title", En, true, ("Title EN", "ชื่อ อังกฤษ"), ("Its name.", "ชื่อผลงาน")),
        col("title", Th, true, ("Title TH", "ชื่อ ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("explanation", En, true, ("Explanation EN", "คำอธิบาย อังกฤษ"), ("One sentence on what it is.", "หนึ่งประโยคว่าคืออะไร")),
        col("explanation", Th, true, ("Explanation TH", "คำอธิบาย ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("links", LinkEn, false, ("Link labels EN", "ข้อความลิงก์ อังกฤษ"), ("Official pages or documents: their labels, one per line.", "หน้าเว็บหรือเอกสารทางการ: ข้อความลิงก์ บรรทัดละหนึ่งรายการ")),
        col("links", LinkTh, false, ("Link labels TH", "ข้อความลิงก์ ไทย"), ("The same in Thai, line for line.", "ข้อความเดียวกันเป็นภาษาไทย บรรทัดต่อบรรทัด")),
        col("links", LinkUrl, false, ("Link addresses", "ที่อยู่ลิงก์"), ("Their https: addresses, line for line.", "ที่อยู่ https: บรรทัดต่อบรรทัด")),
        col("events", Ids, false, ("Events", "กิจกรรม"), ("Ids of the events where it was worked on, separated by commas.", "รหัสกิจกรรมที่เกี่ยวข้อง คั่นด้วยจุลภาค")),
        col("sources", Ids, true, ("Sources", "แหล่งที่มา"), ("Ids from the Sources sheet, separated by commas.", "รหัสจากแผ่นงาน Sources คั่นด้วยจุลภาค")),
    ],
};

/// One row per cited source.
#[rustfmt::skip]
pub const SOURCES: Table = Table {
    sheet: "Sources",
    sheet_th: "แหล่งที่มา",
    list: "sources",
    columns: &[
        col("id", Plain, true, ("ID", "รหัส"), ("S and digits for an official body, N and digits for news and others.", "S ตามด้วยตัวเลขสำหรับหน่วยงานทางการ N ตามด้วยตัวเลขสำหรับสื่อและอื่น ๆ")),
        col("label", En, true, ("Label EN", "ชื่อ อังกฤษ"), ("Publisher: title.", "ผู้เผยแพร่: ชื่อเรื่อง")),
        col("label", Th, true, ("Label TH", "ชื่อ ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("url", Plain, true, ("Address", "ที่อยู่"), ("The page's https: address.", "ที่อยู่ https: ของหน้าเว็บ")),
    ],
};

/// One row per track.
#[rustfmt::skip]
pub const TRACKS: Table = Table {
    sheet: "Tracks",
    sheet_th: "กลุ่ม",
    list: "tracks",
    columns: &[
        col("id", Plain, true, ("ID", "รหัส"), ("Lower-case letters and digits joined by hyphens; links filter by it.", "อักษรอังกฤษตัวพิมพ์เล็กและตัวเลข คั่นด้วยยัติภังค์ ลิงก์ใช้กรองตามรหัสนี้")),
        col("name", En, true, ("Name EN", "ชื่อ อังกฤษ"), ("Its label on events and in the filters.", "ชื่อที่แสดงบนกิจกรรมและตัวกรอง")),
        col("name", Th, true, ("Name TH", "ชื่อ ไทย"), ("The same in Thai.", "ข้อความเดียวกันเป็นภาษาไทย")),
        col("letter", En, true, ("Letter EN", "อักษร อังกฤษ"), ("One letter (or two) on its marks in the week navigator.", "อักษรหนึ่งหรือสองตัวบนเครื่องหมายในแถบนำทาง")),
        col("letter", Th, true, ("Letter TH", "อักษร ไทย"), ("The same in Thai.", "อักษรภาษาไทย")),
        col("colour", Plain, true, ("Colour", "สี"), ("#rrggbb on a light page, dark enough for white text.", "#rrggbb บนพื้นสว่าง ต้องเข้มพอให้อ่านตัวอักษรสีขาวได้")),
        col("colour_dark", Plain, true, ("Colour dark", "สีโหมดมืด"), ("#rrggbb on a dark page, light enough for black text.", "#rrggbb บนพื้นมืด ต้องสว่างพอให้อ่านตัวอักษรสีดำได้")),
    ],
};

/// Every sheet that holds data, in the workbook's order.
pub const TABLES: [&Table; 7] = [
    &SETTINGS,
    &DAYS,
    &EVENTS,
    &PRIORITIES,
    &DELIVERABLES,
    &SOURCES,
    &TRACKS,
];

/// The sheet that explains every column.
pub const NOTES: &str = "Notes";

/// The most a cell holds: Excel's limit, in UTF-16 units, which rust_xlsxwriter
/// enforces and every spreadsheet program keeps; the reader and the writer both keep it.
pub const MAX_CELL: usize = 32_767;

/// The most characters a cell of `column` holds: an id, a date, a time or a flag far
/// less than a text, an address what browsers and servers agree on, a text what a
/// spreadsheet cell holds (so that the workbook can always be written back).
pub fn max_chars(column: &Column) -> usize {
    match column.kind {
        Plain if column.key == "url" => 2_000,
        Plain | MainTrack | Parent => 200,
        Date | Time | SpanFrom | SpanTo | Flag | Status | Number => 64,
        Ids | OtherTracks => 2_000,
        Names => MAX_CELL,
        En | Th | Text | LinesEn | LinesTh | Lines | LinkEn | LinkTh | LinkUrl => MAX_CELL,
    }
}

/// The cell reference `Events!D14` of the 0-based `column` on the 1-based `row`.
pub fn cell(table: &Table, column: usize, row: u32) -> String {
    let at = rust_xlsxwriter::utility::row_col_to_cell(row.saturating_sub(1), column as u16);
    format!("{}!{at}", table.sheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_like_a_spreadsheet() {
        assert_eq!(cell(&EVENTS, 3, 14), "Events!D14");
        assert_eq!(cell(&EVENTS, 27, 3), "Events!AB3");
    }

    #[test]
    fn every_header_is_unique_within_its_sheet_and_named_in_both_languages() {
        for table in TABLES {
            let mut seen = std::collections::HashSet::new();
            for c in table.columns {
                assert!(seen.insert(c.en), "{}: {} twice", table.sheet, c.en);
                let thai = |s: &str| s.chars().any(|ch| ('\u{0E00}'..='\u{0E7F}').contains(&ch));
                assert!(thai(c.th) && thai(c.note_th), "{}: {}", table.sheet, c.en);
            }
        }
    }
}
