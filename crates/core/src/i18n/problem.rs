//! The data checks' problems in words, English and Thai, from one exhaustive match: a
//! new kind of problem does not compile without its Thai. The English is what the build
//! prints; the Thai, the editors' wording, is what `make data` puts beside it on each
//! cell and what a Thai page says of a refused update.

use super::Strings;
use crate::data::{DataError, List, ProblemKind};
use crate::identity::MAX_CARDS;
use crate::model::Lang;
use std::fmt;

impl List {
    /// What one record of the list is called in the English messages.
    fn noun(self) -> &'static str {
        match self {
            List::Days => "day",
            List::Events => "event",
            List::Priorities => "priority",
            List::Deliverables => "deliverable",
            List::Sources => "source",
            List::Tracks => "track",
        }
    }

    /// In Thai, as an id's owner ("the id of an earlier …").
    fn noun_th(self) -> &'static str {
        match self {
            List::Days => "วัน",
            List::Events => "กิจกรรม",
            List::Priorities => "การ์ด",
            List::Deliverables => "ผลงาน",
            List::Sources => "แหล่งที่มา",
            List::Tracks => "กลุ่ม",
        }
    }

    /// "There is no … "{id}"", and where to add or fix it, in Thai.
    fn unknown_th(self) -> (&'static str, &'static str) {
        match self {
            List::Days => ("ไม่มีวัน", "ในแผ่นงาน Days"),
            List::Events => ("ไม่มีกิจกรรม", "ในแผ่นงาน Events"),
            List::Priorities => ("ไม่มีประเด็นหลัก", "ในแผ่นงาน Priorities"),
            List::Deliverables => ("ไม่มีผลงาน", "ในแผ่นงาน Deliverables"),
            List::Sources => ("ไม่มีแหล่งที่มา", "ในแผ่นงาน Sources ให้เพิ่มแถวหรือแก้รหัส"),
            List::Tracks => (
                "ไม่มีกลุ่ม",
                "ในแผ่นงาน Tracks ให้เลือกจากรายการหรือเพิ่มในแผ่นงาน Tracks",
            ),
        }
    }
}

impl ProblemKind {
    /// What is wrong and what is expected, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let (en, th) = self.both();
        match lang {
            Lang::En => en,
            Lang::Th => th,
        }
    }

    /// The message in English and in Thai: every kind's two forms side by side.
    fn both(&self) -> (String, String) {
        use ProblemKind::*;
        let fixed = |en: &str, th: &str| (en.to_string(), th.to_string());
        match self {
            Unreadable { detail } => (detail.clone(), format!("อ่านเป็นข้อมูลไม่ได้: “{detail}”")),
            VersionZero => fixed(
                "must be 1 or more: the first release is 1",
                "ต้องเป็น 1 ขึ้นไป ฉบับแรกคือ 1",
            ),
            NoRelease => fixed(
                "lists no release: \"make data\" records each one in \"releases\"",
                "ไม่มีรายการฉบับที่เผยแพร่ คำสั่ง \"make data\" จะบันทึกทุกฉบับไว้ใน \"releases\"",
            ),
            ReleaseSaidTwice => fixed(
                "has both \"releases\" and the older \"updated\" or \"changes\": the last release is said in \"releases\" only (\"sheet upgrade\" moves them there)",
                "มีทั้ง \"releases\" และ \"updated\" หรือ \"changes\" แบบเดิม ฉบับล่าสุดต้องระบุใน \"releases\" เท่านั้น (คำสั่ง \"sheet upgrade\" ย้ายให้)",
            ),
            ReleaseOrder { previous } => (
                format!(
                    "must be above the release listed before it ({previous}): releases go from oldest to newest, each once"
                ),
                format!(
                    "ต้องมากกว่าหมายเลขฉบับก่อนหน้า ({previous}) รายการฉบับเรียงจากเก่าไปใหม่ และไม่ซ้ำกัน"
                ),
            ),
            ReleaseNotLatest { last } => (
                format!("must be the last release listed ({last})"),
                format!("ต้องตรงกับฉบับสุดท้ายในรายการ ({last})"),
            ),
            ReleaseBackwards { previous } => {
                let previous = String::from(*previous);
                (
                    format!(
                        "is before the release listed before it ({previous}): release times never go backwards"
                    ),
                    format!("อยู่ก่อนเวลาเผยแพร่ของฉบับก่อนหน้า ({previous}) เวลาเผยแพร่ต้องไม่ย้อนกลับ"),
                )
            }
            NotUrlSafe => fixed(
                "must be lower-case letters and digits joined by single hyphens",
                "ต้องเป็นอักษรอังกฤษตัวพิมพ์เล็กและตัวเลข คั่นด้วยยัติภังค์ (-) ทีละตัว",
            ),
            ReservedPrefix => fixed(
                "must not start with \"day-\", \"priority-\", \"deliverable-\" or \"filter-\": those ids belong to the page",
                "ต้องไม่ขึ้นต้นด้วย day- priority- deliverable- หรือ filter- เพราะหน้าเว็บใช้รหัสเหล่านี้เอง",
            ),
            ReservedSuffix => fixed(
                "must not end with \"-heading\" or \"-link\": the page makes those ids for each section",
                "ต้องไม่ลงท้ายด้วย -heading หรือ -link เพราะหน้าเว็บใช้รหัสเหล่านี้เอง",
            ),
            PageId => fixed(
                "is an id the page uses itself",
                "เป็นรหัสที่หน้าเว็บใช้เอง ให้เลือกรหัสอื่น",
            ),
            DuplicateId { list } => (
                format!("is used by an earlier {}", list.noun()),
                format!("ซ้ำกับรหัสของ{}ที่อยู่ก่อนหน้า รหัสต้องไม่ซ้ำกัน", list.noun_th()),
            ),
            BadSourceId => fixed(
                "must be S or N followed by digits, as in the fact sheet",
                "ต้องเป็น S หรือ N ตามด้วยตัวเลข",
            ),
            Empty => fixed("is empty", "ว่างอยู่: ต้องกรอกข้อความ"),
            Padded => fixed(
                "has leading or trailing spaces",
                "มีเว้นวรรคที่ต้นหรือท้ายข้อความ ให้ลบออก",
            ),
            MissingThai => fixed(
                "is missing: every text needs Thai beside English",
                "ยังไม่มีภาษาไทย: ทุกข้อความต้องมีภาษาไทยคู่กับภาษาอังกฤษ",
            ),
            FormatChar { found, at } => {
                let code = *found as u32;
                let (en, th) = match code {
                    _ if found.is_control() => ("control character", "อักขระควบคุม"),
                    0x61C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069 => {
                        ("bidi control character", "อักขระควบคุมทิศทางข้อความ")
                    }
                    0x2028 | 0x2029 => ("line separator", "อักขระแบ่งบรรทัดพิเศษ"),
                    _ => ("invisible format character", "อักขระที่มองไม่เห็น"),
                };
                // The one that keeps a name whole has its own way, the glossary.
                let (glossary_en, glossary_th) = if code == 0x2060 {
                    (
                        " (to keep a name on one line, add it to the glossary)",
                        " (หากต้องการไม่ให้ชื่อใดถูกตัดขึ้นบรรทัดใหม่ ให้เพิ่มชื่อนั้นในอภิธานศัพท์)",
                    )
                } else {
                    ("", "")
                };
                (
                    format!("has the {en} U+{code:04X} at byte {at}: remove it{glossary_en}"),
                    format!(
                        "มี{th} U+{code:04X} ซึ่งมองไม่เห็นหรือเปลี่ยนการแสดงข้อความ ให้ลบออก{glossary_th}"
                    ),
                )
            }
            AppRemark { phrase } => (
                format!(
                    "talks about the app or its research (“{phrase}”): readers are shown the week, not how it was put together"
                ),
                format!("กล่าวถึงแอปหรืองานค้นคว้า (“{phrase}”) ผู้อ่านควรเห็นเนื้อหาของสัปดาห์ ไม่ใช่วิธีจัดทำ"),
            ),
            UnknownRef { list, id } => {
                let (th, tail) = list.unknown_th();
                (
                    format!("unknown {} {id:?}", list.noun()),
                    format!("{th} \"{id}\" {tail}"),
                )
            }
            ListedTwice { list, id } => (
                format!("{} {id:?} is listed twice", list.noun()),
                format!("ระบุ \"{id}\" ซ้ำสองครั้ง"),
            ),
            NotHttps { url } => (
                format!("{url:?} is not an https: URL"),
                "ที่อยู่ต้องขึ้นต้นด้วย https:// (ลิงก์ http: ไม่ปลอดภัยและไม่รับ)".into(),
            ),
            WeekEndsEarly { start, end } => (
                format!("{end} is before the start, {start}"),
                "วันสุดท้ายต้องไม่อยู่ก่อนวันแรก".into(),
            ),
            BadOffset { offset } => (
                format!("{offset:?} is not of the form +HH:MM"),
                "ไม่อยู่ในรูปแบบ +ชม:นาที หรือ -ชม:นาที เช่น +07:00".into(),
            ),
            OffsetDisagrees { offset, expected } => {
                let expected = crate::zone::offset_text(*expected);
                (
                    format!(
                        "{offset:?} is not the zone's standard offset during the week, {expected:?}: correct it or leave it empty"
                    ),
                    format!(
                        "“{offset}” ไม่ตรงกับเวลามาตรฐานของเขตเวลาในสัปดาห์นี้ ซึ่งคือ “{expected}” ให้แก้หรือเว้นว่างไว้"
                    ),
                )
            }
            UnknownZone { zone } => (
                format!(
                    "{zone:?} is not a time zone of the tz database: use an IANA name such as Asia/Bangkok or America/Los_Angeles"
                ),
                format!(
                    "“{zone}” ไม่ใช่เขตเวลาในฐานข้อมูลเขตเวลา ให้ใช้ชื่อตามฐานข้อมูลนั้น เช่น “Asia/Bangkok” หรือ “America/Los_Angeles”"
                ),
            ),
            BadZoneAbbr { abbr } => (
                format!("{abbr:?} must be a short abbreviation such as ICT or PST"),
                "ต้องเป็นอักษรย่อสั้น ๆ ของเขตเวลา เช่น ICT หรือ PST".into(),
            ),
            BadDataFile { file } => (
                format!("{file:?} must be lower-case letters, digits and hyphens, ending in .json"),
                "ต้องเป็นอักษรอังกฤษตัวพิมพ์เล็ก ตัวเลข และยัติภังค์ ลงท้ายด้วย .json".into(),
            ),
            OutsideWeek { date, start, end } => (
                format!("{date} is outside the week ({start} to {end})"),
                "อยู่นอกช่วงวันของสัปดาห์ (ดูวันแรกและวันสุดท้ายในแผ่นงาน Settings)".into(),
            ),
            DayOutOfOrder { expected } => (
                format!(
                    "expected {expected}: days must list every date of the week once, in order"
                ),
                format!("ควรเป็น {expected}: ต้องมีทุกวันของสัปดาห์ วันละหนึ่งแถว เรียงตามลำดับ"),
            ),
            DaysIncomplete { start, end } => (
                format!("must run from {start} to {end}"),
                format!("ต้องมีครบทุกวันตั้งแต่ {start} ถึง {end} วันละหนึ่งแถว"),
            ),
            EmptyDay => fixed("no event is listed on this day", "ไม่มีกิจกรรมในวันนี้"),
            DayNoteUnsourced => fixed(
                "a day with a note needs a source for it",
                "วันที่มีหมายเหตุต้องมีแหล่งที่มาของหมายเหตุ",
            ),
            BadSpan { date } => (
                format!("must be several days that include the listed date, {date}"),
                format!("ต้องเป็นช่วงหลายวันที่รวมวันที่ของกิจกรรม ({date}) ไว้ด้วย"),
            ),
            EndWithoutStart => fixed("an end time needs a start time", "มีเวลาสิ้นสุดแต่ไม่มีเวลาเริ่ม"),
            EndNotAfterStart { start, end } => (
                format!("{end} is not after the start, {start}"),
                "เวลาสิ้นสุดต้องหลังเวลาเริ่ม".into(),
            ),
            TimeSkipped { date, time, zone } => (
                format!(
                    "{time} does not exist on {date} in {zone}: the clocks jump over it; give a time outside the change"
                ),
                format!(
                    "เวลา {time} ไม่มีอยู่ในวันที่ {date} ตามเขตเวลา “{zone}” เพราะนาฬิกาเลื่อนข้ามช่วงนี้ ให้ใช้เวลาที่อยู่นอกช่วงที่เปลี่ยน"
                ),
            ),
            TimeRepeated { date, time, zone } => (
                format!(
                    "{time} happens twice on {date} in {zone}: the clocks go back through it; give a time outside the change"
                ),
                format!(
                    "เวลา {time} เกิดขึ้นสองครั้งในวันที่ {date} ตามเขตเวลา “{zone}” เพราะนาฬิกาถอยกลับผ่านช่วงนี้ ให้ใช้เวลาที่อยู่นอกช่วงที่เปลี่ยน"
                ),
            ),
            ApproximateUntimed => fixed("only applies to a start time", "ใช้ได้เฉพาะเมื่อมีเวลาเริ่ม"),
            DayBeforePrevious { previous } => (
                format!("comes after an event on {previous}: list events day by day"),
                "ลำดับไม่ถูกต้อง: ให้เรียงกิจกรรมตามวัน".into(),
            ),
            TimeBeforePrevious { start, previous } => (
                format!("{start} is earlier than the event before it ({previous})"),
                "เร็วกว่าเวลาของกิจกรรมก่อนหน้า: ให้เรียงกิจกรรมในวันเดียวกันตามเวลา".into(),
            ),
            RepeatsAbbreviation => fixed(
                "repeats the abbreviation, which the page shows beside the title",
                "ซ้ำกับชื่อย่อ ซึ่งหน้าเว็บแสดงไว้ข้างชื่อแล้ว ให้ลบชื่อย่อออกจากชื่อ",
            ),
            NoTrack => fixed("needs at least one track", "ต้องมีอย่างน้อยหนึ่งกลุ่ม"),
            TrackTwice => fixed("lists a track twice", "ระบุกลุ่มเดียวกันซ้ำสองครั้ง"),
            NoHttpsSource => fixed(
                "needs at least one source with an https: link",
                "ต้องมีแหล่งที่มาอย่างน้อยหนึ่งแหล่งที่มีลิงก์ https:",
            ),
            PartlyConfirmedWithoutNote => fixed(
                "a partly confirmed event needs a note saying what is uncertain",
                "กิจกรรมที่ยืนยันได้บางส่วนต้องมีหมายเหตุบอกว่าส่วนใดยังไม่แน่นอน",
            ),
            DateSourceAndInferred => fixed(
                "an event with a date_source is not inferred: keep one of the two",
                "กิจกรรมที่ระบุแหล่งที่มาของวันที่ไม่ถือว่าอนุมานวันที่ ให้เลือกอย่างใดอย่างหนึ่ง",
            ),
            DateSourceNotCited { id } => (
                format!("{id:?} is not one of the event's sources"),
                format!("\"{id}\" ไม่อยู่ในแหล่งที่มาของกิจกรรมนี้"),
            ),
            NoDateSource => fixed(
                "is missing: name the cited source that gives the day, or set date_inferred",
                "ยังไม่ได้ระบุ: ใส่รหัสแหล่งที่มาที่ระบุวันที่ หรือใส่ yes ในคอลัมน์อนุมานวันที่",
            ),
            InferredWithoutNote => fixed(
                "an event whose date is inferred needs a note saying so",
                "กิจกรรมที่อนุมานวันที่ต้องมีหมายเหตุอธิบาย",
            ),
            DeliverableCount { count } => (
                format!("has {count}; a card shows 1 to 4"),
                format!("มีผลงาน {count} รายการ การ์ดหนึ่งใบแสดงได้ 1 ถึง 4 รายการ"),
            ),
            CardCount { count } => (
                format!("has {count}; the page shows 1 to {MAX_CARDS} cards"),
                format!("มีการ์ด {count} ใบ หน้าเว็บแสดงได้ 1 ถึง {MAX_CARDS} ใบ"),
            ),
            PriorityUnused => fixed(
                "no event lists this priority in its \"priorities\"",
                "ไม่มีกิจกรรมใดระบุการ์ดนี้ในคอลัมน์ประเด็นหลัก",
            ),
            NoSource => fixed("needs at least one source", "ต้องมีแหล่งที่มาอย่างน้อยหนึ่งแหล่ง"),
            WeakSource { entry } => (
                format!(
                    "is on the weak-source list ({entry}): cite the original or a reputable report"
                ),
                format!("เป็นแหล่งข้อมูลที่ไม่น่าเชื่อถือ (“{entry}”) ให้อ้างต้นฉบับหรือสื่อที่เชื่อถือได้"),
            ),
            MirrorCopy { host } => (
                format!(
                    "an official (S) source must not be a copy on a mirror site ({host}): cite it as news (N)"
                ),
                format!("แหล่งที่มาทางการ (S) ต้องไม่ใช่สำเนาบนเว็บไซต์อื่น (“{host}”) ให้อ้างเป็นข่าว (N)"),
            ),
            Uncited => fixed(
                "is not cited anywhere; remove it or cite it",
                "ไม่มีการอ้างถึงที่ใดเลย ให้ลบออกหรืออ้างถึง",
            ),
            OnlySyndicated { entry } => (
                format!(
                    "its only sources are syndication feeds that disclaim their content ({entry}): cite the original or another report first"
                ),
                format!(
                    "แหล่งที่มามีเพียงข่าวที่เผยแพร่ซ้ำซึ่งไม่รับผิดชอบต่อเนื้อหา (“{entry}”) ให้อ้างต้นฉบับหรือรายงานอื่นเป็นแหล่งหลัก"
                ),
            ),
            ConfirmedOnWeakSources => fixed(
                "a confirmed event needs a source that is not weak, unverified or a syndication feed: add one, or mark it partly confirmed with a note",
                "กิจกรรมที่ยืนยันแล้วต้องมีแหล่งที่มาที่เชื่อถือได้และตรวจสอบได้อย่างน้อยหนึ่งแหล่ง ให้เพิ่มแหล่งที่มา หรือเปลี่ยนเป็นยืนยันได้บางส่วนพร้อมหมายเหตุ",
            ),
            OutletNotCited { outlet } => (
                format!(
                    "names “{outlet}”, but no source from “{outlet}” is cited on this record: cite it or drop the attribution"
                ),
                format!(
                    "อ้างถึง “{outlet}” แต่ไม่มีแหล่งที่มาจาก “{outlet}” ในรายการนี้ ให้เพิ่มแหล่งที่มาหรือลบการอ้างถึง"
                ),
            ),
            InformalName { found, official } => (
                format!(
                    "uses the informal name “{found}”: official Thai usage is “{official}” (the informal name may follow it in brackets)"
                ),
                format!(
                    "ใช้ชื่อไม่เป็นทางการ “{found}” ภาษาราชการใช้ “{official}” (ใส่ชื่อไม่เป็นทางการในวงเล็บต่อท้ายได้)"
                ),
            ),
            NoTracks => fixed(
                "the data needs at least one track",
                "ต้องมีอย่างน้อยหนึ่งกลุ่มในแผ่นงาน Tracks",
            ),
            LetterLength { letter } => (
                format!("{letter:?} must be one letter or two"),
                "ต้องเป็นอักษรหนึ่งหรือสองตัว".into(),
            ),
            LetterTaken { letter } => (
                format!("{letter:?} is an earlier track's: marks tell tracks apart by letter"),
                "ซ้ำกับอักษรของกลุ่มก่อนหน้า: เครื่องหมายแยกกลุ่มด้วยอักษร".into(),
            ),
            NotAColour { colour } => (
                format!("{colour:?} is not a colour of the form #rrggbb"),
                "ไม่ใช่สีในรูปแบบ #rrggbb เช่น #1d5fa8".into(),
            ),
            LowContrast {
                colour,
                dark,
                tenths,
            } => {
                let (on, choose) = if *dark {
                    ("near-black", "lighter")
                } else {
                    ("white", "darker")
                };
                (
                    format!(
                        "{colour} gives {on} letters a contrast of {}.{}:1, under 4.5:1: choose a {choose} colour",
                        tenths / 10,
                        tenths % 10
                    ),
                    "สีนี้ทำให้อ่านตัวอักษรบนสีได้ยาก (ความต่างของสีต่ำกว่า 4.5:1) ให้เลือกสีที่เข้มขึ้นสำหรับโหมดสว่าง หรือสว่างขึ้นสำหรับโหมดมืด".into(),
                )
            }
        }
    }
}

impl DataError {
    /// The problem as one line in `lang`: the record, the field, what is wrong
    /// (`events[3] "csom-day-1", field "title.th": is empty`).
    pub fn line(&self, lang: Lang) -> String {
        let field = match (self.field.is_empty(), lang) {
            (true, _) => String::new(),
            (false, Lang::En) => format!(", field {:?}", self.field.to_string()),
            (false, Lang::Th) => format!(" ช่อง \"{}\"", self.field),
        };
        format!("{}{field}: {}", self.record, self.kind.message(lang))
    }
}

impl fmt::Display for DataError {
    /// The line in English, as the build prints it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Lang::En))
    }
}

impl Strings {
    /// A refused update's first problem, as `reason_invalid` names it in this table's
    /// language.
    pub fn problem(&self, error: &DataError) -> String {
        error.line(self.lang())
    }
}
