//! What an edit changed against the published data: records added, removed and changed,
//! field by field (named by their columns), for the editor's terminal; and the few lines
//! in both languages the page shows under "Last revised".

use crate::problem::{cut, quote, visible};
use crate::schema::{Column, SETTINGS, TABLES, Table};
use crate::write::{cell_text, records, setting_texts};
use aelw_core::model::{Dataset, Text};
use serde_json::Value;

/// How a record changed.
#[derive(Debug, Clone, PartialEq)]
pub enum How {
    /// It is new.
    Added,
    /// It is gone.
    Removed,
    /// These fields differ: (column names, old value, new value).
    Changed(Vec<Field>),
    /// The sheet's rows are in another order (the page shows them in row order): the ids
    /// before and after.
    Reordered(Field),
}

/// One changed field: its column's names and its values before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The column, in English and Thai.
    pub column: (&'static str, &'static str),
    /// The value before ("" for none).
    pub old: String,
    /// The value after.
    pub new: String,
}

/// One record's change.
#[derive(Debug, Clone)]
pub struct Change {
    /// Its sheet.
    pub table: &'static Table,
    /// Its id (a day's date).
    pub id: String,
    /// Its name in both languages, where it has one.
    pub name: Option<Text>,
    /// What happened to it.
    pub how: How,
}

/// Every change from `old` to `new`, sheet by sheet in the workbook's order, compared
/// as the cells show them. The release fields (version, last revised, what changed) are
/// not content and are left out.
pub fn diff(old: &Dataset, new: &Dataset) -> Vec<Change> {
    let (a, b) = (value(old), value(new));
    let mut out = Vec::new();
    let week = SETTINGS
        .columns
        .iter()
        .filter(|s| s.key.starts_with("week."));
    let fields: Vec<Field> = week
        .flat_map(|setting| {
            let (old, new) = (setting_texts(&a, setting), setting_texts(&b, setting));
            [(old.0, new.0), (old.1, new.1)]
                .into_iter()
                .filter(|(old, new)| old != new)
                .map(|(old, new)| Field {
                    column: (setting.en, setting.th),
                    old,
                    new,
                })
        })
        .collect();
    if !fields.is_empty() {
        out.push(Change {
            table: &SETTINGS,
            id: String::new(),
            name: None,
            how: How::Changed(fields),
        });
    }
    for table in TABLES.into_iter().skip(1) {
        out.extend(diff_list(table, &keyed(&a, table), &keyed(&b, table)));
    }
    out
}

fn value(data: &Dataset) -> Value {
    serde_json::to_value(data).expect("the model serialises")
}

/// A table's records as its rows hold them, each with its id (a day's date).
fn keyed(json: &Value, table: &Table) -> Vec<(String, Value)> {
    let id = |r: &Value| {
        let id = r
            .get("id")
            .or_else(|| r.get("date"))
            .and_then(Value::as_str);
        id.unwrap_or_default().to_string()
    };
    records(json, table)
        .into_iter()
        .map(|r| (id(&r), r))
        .collect()
}

fn diff_list(
    table: &'static Table,
    old: &[(String, Value)],
    new: &[(String, Value)],
) -> Vec<Change> {
    let name = |r: &Value| {
        let t = r
            .get("title")
            .or_else(|| r.get("name"))
            .or_else(|| r.get("label"))
            .or_else(|| r.get("headline"))?;
        serde_json::from_value::<Text>(t.clone()).ok()
    };
    let find = |list: &[(String, Value)], id: &str| {
        list.iter().find(|(i, _)| i == id).map(|(_, r)| r.clone())
    };
    let mut out = Vec::new();
    for (id, record) in new {
        let how = match find(old, id) {
            None => How::Added,
            Some(before) => {
                let fields: Vec<Field> = (table.columns.iter())
                    .filter_map(|column| field(column, &before, record))
                    .collect();
                if fields.is_empty() {
                    continue;
                }
                How::Changed(fields)
            }
        };
        out.push(Change {
            table,
            id: id.clone(),
            name: name(record),
            how,
        });
    }
    for (id, record) in old {
        if find(new, id).is_none() {
            out.push(Change {
                table,
                id: id.clone(),
                name: name(record),
                how: How::Removed,
            });
        }
    }
    let kept = |list: &[(String, Value)], other: &[(String, Value)]| -> Vec<String> {
        let ids = list.iter().map(|(id, _)| id.clone());
        ids.filter(|id| find(other, id).is_some()).collect()
    };
    let (before, after) = (kept(old, new), kept(new, old));
    if before != after {
        out.push(Change {
            table,
            id: String::new(),
            name: None,
            how: How::Reordered(Field {
                column: ("Row order", "ลำดับแถว"),
                old: before.join(", "),
                new: after.join(", "),
            }),
        });
    }
    out
}

/// A column's change between two records, as its cell shows them; a cell of items one
/// per line (outcomes, links) names only the lines that differ, joined by "; ".
fn field(column: &'static Column, old: &Value, new: &Value) -> Option<Field> {
    let (a, b) = (cell_text(old, column), cell_text(new, column));
    if a == b {
        return None;
    }
    let (old, new) = if column.kind.per_line() {
        let (a, b): (Vec<&str>, Vec<&str>) = (a.split('\n').collect(), b.split('\n').collect());
        let line = |list: &[&str], i: usize| list.get(i).copied().unwrap_or_default().to_string();
        let differ = (0..a.len().max(b.len())).filter(|&i| a.get(i) != b.get(i));
        let (old, new): (Vec<String>, Vec<String>) =
            differ.map(|i| (line(&a, i), line(&b, i))).unzip();
        let join = |l: Vec<String>| {
            l.into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("; ")
        };
        (join(old), join(new))
    } else {
        (a, b)
    };
    Some(Field {
        column: (column.en, column.th),
        old,
        new,
    })
}

/// The change list for the editor's terminal, field by field.
pub fn describe(changes: &[Change]) -> String {
    let short = |s: &str| {
        let cut: String = s.chars().take(70).collect();
        if cut.len() < s.len() {
            format!("{}…", quote(&cut))
        } else {
            quote(&cut)
        }
    };
    let mut out = String::new();
    for c in changes {
        // Cut and with hidden characters named, as every value the terminal shows.
        let id = visible(&c.id);
        let who = match &c.name {
            Some(name) if !c.id.is_empty() => {
                let name = visible(&cut(&name.en, 70));
                format!("{} {id} “{name}”", c.table.sheet)
            }
            _ if !c.id.is_empty() => format!("{} {id}", c.table.sheet),
            _ => c.table.sheet.to_string(),
        };
        match &c.how {
            How::Added => out.push_str(&format!("  + added / เพิ่ม: {who}\n")),
            How::Removed => out.push_str(&format!("  - removed / นำออก: {who}\n")),
            How::Reordered(f) => out.push_str(&format!(
                "  ~ reordered / เปลี่ยนลำดับ: {who}\n      {} / {}: {} → {}\n",
                f.column.0,
                f.column.1,
                short(&f.old),
                short(&f.new)
            )),
            How::Changed(fields) => {
                out.push_str(&format!("  ~ changed / แก้ไข: {who}\n"));
                for f in fields {
                    out.push_str(&format!(
                        "      {} / {}: {} → {}\n",
                        f.column.0,
                        f.column.1,
                        short(&f.old),
                        short(&f.new)
                    ));
                }
            }
        }
    }
    out
}

/// The most lines the page lists under "Last revised".
const SHOWN: usize = 5;

/// A few lines for the page, in both languages: events one by one, other sheets counted.
pub fn summary(changes: &[Change]) -> Vec<Text> {
    let text = |en: String, th: String| Text { en, th: Some(th) };
    let mut lines = Vec::new();
    let one_by_one = |c: &&Change| c.table.list == "events" && !matches!(c.how, How::Reordered(_));
    for c in changes.iter().filter(one_by_one) {
        let name = c.name.clone().unwrap_or(Text {
            en: c.id.clone(),
            th: Some(c.id.clone()),
        });
        let th_name = named(name.th.as_deref().unwrap_or(&name.en));
        let name = Text {
            en: named(&name.en),
            th: None,
        };
        lines.push(match &c.how {
            How::Added => text(format!("Added: {}", name.en), format!("เพิ่ม: {th_name}")),
            How::Removed => text(format!("Removed: {}", name.en), format!("นำออก: {th_name}")),
            How::Reordered(_) => unreachable!("counted with the sheet"),
            How::Changed(fields) => {
                let (en, th) = field_names(fields);
                text(
                    format!("Corrected: {} ({en})", name.en),
                    format!("แก้ไข: {th_name} ({th})"),
                )
            }
        });
    }
    for table in TABLES {
        let of = |how: fn(&How) -> bool| {
            changes
                .iter()
                .filter(|c| std::ptr::eq(c.table, table) && !one_by_one(c) && how(&c.how))
                .count()
        };
        let (added, removed, changed) = (
            of(|h| *h == How::Added),
            of(|h| *h == How::Removed),
            of(|h| matches!(h, How::Changed(_))),
        );
        let reordered = of(|h| matches!(h, How::Reordered(_))) > 0;
        if added + removed + changed == 0 && !reordered {
            continue;
        }
        let mut en = Vec::new();
        let mut th = Vec::new();
        for (n, e, t) in [
            (added, "added", "เพิ่ม"),
            (removed, "removed", "นำออก"),
            (changed, "corrected", "แก้ไข"),
        ] {
            if n > 0 {
                en.push(format!("{n} {e}"));
                th.push(format!("{t} {n} รายการ"));
            }
        }
        if reordered {
            en.push("reordered".into());
            th.push("เปลี่ยนลำดับ".into());
        }
        let (name_en, name_th) = page_names(table);
        lines.push(text(
            format!("{name_en}: {}", en.join(", ")),
            format!("{name_th}: {}", th.join(" ")),
        ));
    }
    if lines.len() > SHOWN {
        let more = lines.len() - (SHOWN - 1);
        lines.truncate(SHOWN - 1);
        lines.push(text(
            format!("And {more} more changes"),
            format!("และอีก {more} รายการ"),
        ));
    }
    lines
}

/// The most characters of a record's name a page line quotes: the lines are short, and
/// however long a title, they fit the workbook's What changed cell (Excel's limit) and
/// never lock the editors out of their next workbook.
const NAME_CHARS: usize = 80;

/// A record's name as a page line quotes it: on one line, cut to `NAME_CHARS`.
fn named(name: &str) -> String {
    let line = name.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(NAME_CHARS) {
        Some((at, _)) => format!("{}…", line[..at].trim_end()),
        None => line,
    }
}

/// A new summit's first release's line, in both languages: it has no change list.
pub fn first() -> Vec<Text> {
    vec![Text {
        en: "First release".into(),
        th: Some("ฉบับแรก".into()),
    }]
}

/// A sheet's name on the page: its own, but for the two the page calls otherwise.
fn page_names(table: &Table) -> (&'static str, &'static str) {
    match table.list {
        "" => ("Page settings", "การตั้งค่าหน้าเว็บ"),
        "priorities" => ("Priority cards", "การ์ดประเด็นหลัก"),
        _ => (table.sheet, table.sheet_th),
    }
}

/// The changed fields' names for the page: "start, summary" / "เวลาเริ่ม, สรุป".
fn field_names(fields: &[Field]) -> (String, String) {
    let mut en: Vec<String> = Vec::new();
    let mut th: Vec<&str> = Vec::new();
    for &Field { column: (e, t), .. } in fields {
        let e = e
            .trim_end_matches(" EN")
            .trim_end_matches(" TH")
            .to_lowercase();
        let t = t.trim_end_matches(" อังกฤษ").trim_end_matches(" ไทย");
        if !en.contains(&e) {
            en.push(e);
        }
        if !th.contains(&t) {
            th.push(t);
        }
    }
    (en.join(", "), th.join(", "))
}
