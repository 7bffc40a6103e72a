//! What an edit changed against the published data: records added, removed and changed,
//! field by field (named by their columns), for the editor's terminal; and the few lines
//! in both languages the page shows under "Last revised".

use crate::problem::quote;
use crate::schema::{Column, Kind, SETTINGS, TABLES, Table};
use aelw_core::model::{Dataset, Text};
use serde_json::Value;
use std::collections::BTreeMap;

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

/// Every change from `old` to `new`, sheet by sheet in the workbook's order. The release
/// fields (version, last revised, what changed) are not content and are left out.
pub fn diff(old: &Dataset, new: &Dataset) -> Vec<Change> {
    let (a, b) = (value(old), value(new));
    let mut out = Vec::new();
    let settings = |v: &Value| -> Vec<(String, Value)> {
        let week = v["week"].as_object().cloned().unwrap_or_default();
        week.into_iter()
            .map(|(k, v)| (format!("week.{k}"), v))
            .collect()
    };
    let (sa, sb) = (settings(&a), settings(&b));
    let fields: Vec<Field> = flat_pairs(&sa, &sb)
        .into_iter()
        .filter_map(|(path, old, new)| {
            let key = path.split('.').take(2).collect::<Vec<_>>().join(".");
            let setting = SETTINGS.columns.iter().find(|s| s.key == key)?;
            Some(Field {
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
        out.extend(diff_list(table, &records(&a, table), &records(&b, table)));
    }
    out
}

fn value(data: &Dataset) -> Value {
    serde_json::to_value(data).expect("the model serialises")
}

/// A table's records by id, in order; cards without their deliverables (a sheet of
/// their own).
fn records(json: &Value, table: &Table) -> Vec<(String, Value)> {
    let list: Vec<Value> = if table.list == "deliverables" {
        let cards = json["priorities"].as_array().cloned().unwrap_or_default();
        // Each with its card, so that a deliverable moved to another card is a change.
        cards
            .iter()
            .flat_map(|p| {
                let items = p["deliverables"].as_array().cloned().unwrap_or_default();
                items.into_iter().map(|mut d| {
                    d["priority"] = p["id"].clone();
                    d
                })
            })
            .collect()
    } else {
        json[table.list].as_array().cloned().unwrap_or_default()
    };
    list.into_iter()
        .map(|mut r| {
            let id = r
                .get("id")
                .or_else(|| r.get("date"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            if let Some(map) = r.as_object_mut()
                && table.list == "priorities"
            {
                map.remove("deliverables");
            }
            (id, r)
        })
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
                let pairs = |r: &Value| {
                    r.as_object()
                        .cloned()
                        .unwrap_or_default()
                        .into_iter()
                        .collect::<Vec<_>>()
                };
                let mut fields: Vec<Field> = Vec::new();
                for (path, a, b) in flat_pairs(&pairs(&before), &pairs(record)) {
                    let column = column_of(table, &without_indices(&path)).1;
                    match fields.iter_mut().find(|f| f.column.0 == column.en) {
                        Some(f) => {
                            f.old = join(&f.old, &a);
                            f.new = join(&f.new, &b);
                        }
                        None => fields.push(Field {
                            column: (column.en, column.th),
                            old: a,
                            new: b,
                        }),
                    }
                }
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

fn join(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.into(),
        (_, true) => a.into(),
        _ => format!("{a}; {b}"),
    }
}

/// Every leaf path whose value differs between two objects' fields: (path, old, new).
fn flat_pairs(old: &[(String, Value)], new: &[(String, Value)]) -> Vec<(String, String, String)> {
    let mut a = BTreeMap::new();
    let mut b = BTreeMap::new();
    for (k, v) in old {
        flatten(k, v, &mut a);
    }
    for (k, v) in new {
        flatten(k, v, &mut b);
    }
    let keys: Vec<&String> = {
        let mut k: Vec<&String> = a.keys().chain(b.keys()).collect();
        k.sort();
        k.dedup();
        k
    };
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| {
            (
                k.clone(),
                a.get(k).cloned().unwrap_or_default(),
                b.get(k).cloned().unwrap_or_default(),
            )
        })
        .collect()
}

fn flatten(path: &str, v: &Value, out: &mut BTreeMap<String, String>) {
    match v {
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| flatten(&format!("{path}.{k}"), v, out)),
        Value::Array(items) if items.iter().all(Value::is_string) => {
            let list: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            out.insert(path.into(), list.join(", "));
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| flatten(&format!("{path}[{i}]"), v, out)),
        Value::Null => {}
        Value::String(s) => {
            out.insert(path.into(), s.clone());
        }
        other => {
            out.insert(path.into(), other.to_string());
        }
    }
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
        let who = match &c.name {
            Some(name) if !c.id.is_empty() => format!("{} {} “{}”", c.table.sheet, c.id, name.en),
            _ if !c.id.is_empty() => format!("{} {}", c.table.sheet, c.id),
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
        let th_name = name.th.clone().unwrap_or_else(|| name.en.clone());
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

/// A sheet's name on the page.
fn page_names(table: &Table) -> (&'static str, &'static str) {
    match table.list {
        "" => ("Page settings", "การตั้งค่าหน้าเว็บ"),
        "days" => ("Days", "วัน"),
        "priorities" => ("Priority cards", "การ์ดประเด็นหลัก"),
        "deliverables" => ("Deliverables", "ผลงาน"),
        "sources" => ("Sources", "แหล่งที่มา"),
        "events" => ("Events", "กิจกรรม"),
        _ => ("Tracks", "กลุ่ม"),
    }
}

/// The changed fields' names for the page: "start, summary" / "เวลาเริ่ม, สรุป".
fn field_names(fields: &[Field]) -> (String, String) {
    let mut en: Vec<String> = Vec::new();
    let mut th: Vec<String> = Vec::new();
    for f in fields {
        let e = f
            .column
            .0
            .trim_end_matches(" EN")
            .trim_end_matches(" TH")
            .to_lowercase();
        let t = f
            .column
            .1
            .trim_end_matches(" อังกฤษ")
            .trim_end_matches(" ไทย")
            .to_string();
        if !en.contains(&e) {
            en.push(e);
        }
        if !th.contains(&t) {
            th.push(t);
        }
    }
    (en.join(", "), th.join(", "))
}

/// `outcomes[2].th` → `outcomes.th`.
fn without_indices(field: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for ch in field.chars() {
        match ch {
            '[' => skipping = true,
            ']' => skipping = false,
            _ if !skipping => out.push(ch),
            _ => {}
        }
    }
    out
}

/// The column a changed field sits in: exact first, then by its first part, else the id.
fn column_of<'t>(table: &'t Table, field: &str) -> (usize, &'t Column) {
    let path = |c: &Column| -> String {
        match c.kind {
            Kind::En | Kind::LinesEn => format!("{}.en", c.key),
            Kind::Th | Kind::LinesTh => format!("{}.th", c.key),
            Kind::LinkEn => format!("{}.label.en", c.key),
            Kind::LinkTh => format!("{}.label.th", c.key),
            Kind::LinkUrl => format!("{}.url", c.key),
            Kind::SpanFrom => format!("{}.from", c.key),
            Kind::SpanTo => format!("{}.to", c.key),
            Kind::OtherTracks => format!("{}.other", c.key),
            _ => c.key.to_string(),
        }
    };
    let first = field.split('.').next().unwrap_or_default();
    let columns = table.columns.iter().enumerate();
    let exact = columns.clone().find(|(_, c)| path(c) == field);
    let by_key = || columns.clone().find(|(_, c)| c.key == first);
    exact.or_else(by_key).unwrap_or((0, &table.columns[0]))
}
