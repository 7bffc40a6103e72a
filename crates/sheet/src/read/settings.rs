//! The Settings sheet: a row per setting, its name in column A, English in B and Thai
//! in C (a summit's own texts, zone and file name, and the release fields).

use super::{Sheet, fill_text};
use crate::cells::shown;
use crate::problem::Problem;
use crate::schema::{self, Column, HEADER_ROWS, Kind, SETTINGS};
use serde_json::{Map, Value, json};
use std::collections::HashSet;

impl Sheet<'_> {
    /// The Settings sheet: a row per setting, English in B and Thai in C.
    pub(super) fn settings(&mut self, top: &mut Map<String, Value>) {
        let mut week = Map::new();
        let last = self.last_row().unwrap_or(0);
        let mut seen = HashSet::new();
        for row in HEADER_ROWS..=last {
            if self.blank(row) {
                continue;
            }
            let name = shown(self.raw(row, 0)).trim().to_string();
            let Some(setting) = SETTINGS.columns.iter().find(|s| s.en == name) else {
                self.out.problems.push(Problem::new(
                    schema::cell(&SETTINGS, 0, row + 1),
                    format!("“{name}” is not a setting: keep the names in column A as make sheet wrote them"),
                    format!("“{name}” ไม่ใช่รายการตั้งค่า ให้คงชื่อในคอลัมน์ A ตามที่ make sheet เขียนไว้"),
                ));
                continue;
            };
            if let Some(first) = self.out.places.settings.get(setting.key) {
                self.out.problems.push(Problem::new(
                    schema::cell(&SETTINGS, 0, row + 1),
                    format!("“{name}” is also set in row {first}: keep one of the two rows and delete the other"),
                    format!("“{name}” มีอยู่แล้วในแถวที่ {first} ให้เก็บไว้เพียงแถวเดียวแล้วลบอีกแถว"),
                ));
                continue;
            }
            seen.insert(setting.key);
            self.out.places.settings.insert(setting.key, row + 1);
            let (en_data, th_data) = (self.raw(row, 1).clone(), self.raw(row, 2).clone());
            let (en, th) = (shown(&en_data), shown(&th_data));
            for (c, v) in [(1, &en), (2, &th)] {
                if !v.is_empty() {
                    let cell = schema::cell(&SETTINGS, c, row + 1);
                    self.out.places.values.insert(cell, v.clone());
                }
            }
            let mut one = Map::new();
            let as_plain = Column {
                kind: setting.kind,
                key: "v",
                ..*setting
            };
            let value = match setting.kind {
                Kind::Text => {
                    let half = |kind| Column { kind, ..as_plain };
                    self.field(&mut one, &half(Kind::En), &en_data, &en, 1, row);
                    self.field(&mut one, &half(Kind::Th), &th_data, &th, 2, row);
                    fill_text(&mut one, "v", setting.required);
                    one.remove("v")
                }
                Kind::Lines => {
                    let (en, th): (Vec<&str>, Vec<&str>) =
                        (en.lines().collect(), th.lines().collect());
                    let items: Vec<Value> = (0..en.len().max(th.len()))
                        .map(|i| {
                            let mut t = json!({ "en": en.get(i).copied().unwrap_or("") });
                            if let Some(th) = th.get(i) {
                                t["th"] = json!(th);
                            }
                            t
                        })
                        .collect();
                    (!items.is_empty()).then_some(Value::Array(items))
                }
                _ => {
                    self.field(&mut one, &as_plain, &en_data, &en, 1, row);
                    one.remove("v")
                }
            };
            let Some(value) = value else { continue };
            match setting.key.split_once('.') {
                Some((_, field)) => {
                    week.insert(field.into(), value);
                }
                None => {
                    top.insert(setting.key.into(), value);
                }
            }
        }
        for setting in SETTINGS
            .columns
            .iter()
            .filter(|s| s.required && !seen.contains(s.key))
        {
            self.out.problems.push(Problem::new(
                "Settings".into(),
                format!(
                    "has no row “{}”: add it back as make sheet wrote it",
                    setting.en
                ),
                format!("ไม่มีแถว “{}” ให้เพิ่มกลับตามที่ make sheet เขียนไว้", setting.en),
            ));
        }
        top.insert("week".into(), Value::Object(week));
    }
}
