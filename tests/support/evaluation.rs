//! Runs the crate over the annotated corpus (tests/corpus/reports.jsonl)
//! and scores it twice:
//!
//! - **detection**: the detector's spans against the annotated spans, per
//!   kind (`score.rs`);
//! - **end to end**: the disseminated JSON of every report against the
//!   leak standard (`leak.rs`): a reporter value leaked, a subject value
//!   kept, a look-alike kept.
//!
//! Shared by `examples/evaluate.rs` and the floors test `tests/quality.rs`
//! (each includes this file, `score.rs` and `leak.rs` with `#[path]`).

#![allow(dead_code, unreachable_pub)]

use std::collections::BTreeMap;
use std::fmt::Write as _;

use report_shield::{Anonymiser, Report, TextContext};
use serde_json::Value;

use crate::leak;
use crate::score::{Annotation, Detection, Score};

/// End-to-end counts for one party (or look-alikes).
#[derive(Debug, Default, Clone, Copy)]
pub struct EndToEnd {
    /// Values of this party.
    pub values: usize,
    /// Reporter: leaked; subject and look-alike: kept.
    pub hits: usize,
}

/// Everything measured over the corpus.
#[derive(Debug, Default)]
pub struct Evaluation {
    /// Detection-stage scores.
    pub score: Score,
    /// Reports processed.
    pub reports: usize,
    /// Reports the anonymiser rejected (should be none).
    pub rejected: usize,
    /// Reporter values leaked in the disseminated JSON, per kind.
    pub reporter_leaks: BTreeMap<String, EndToEnd>,
    /// Subject values kept in the disseminated JSON, per kind.
    pub subject_kept: BTreeMap<String, EndToEnd>,
    /// Look-alikes kept in the disseminated JSON, per look-alike kind.
    pub lookalike_kept: BTreeMap<String, EndToEnd>,
    /// Ids (never values) of reports with a reporter leak, for debugging.
    pub leaking_reports: Vec<String>,
}

fn total(map: &BTreeMap<String, EndToEnd>) -> EndToEnd {
    map.values().fold(EndToEnd::default(), |a, b| EndToEnd {
        values: a.values + b.values,
        hits: a.hits + b.hits,
    })
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        100.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

impl Evaluation {
    /// Share of reporter values leaked in the disseminated reports.
    pub fn reporter_leak_rate(&self) -> f64 {
        let t = total(&self.reporter_leaks);
        pct(t.hits, t.values) / 100.0
    }

    /// Share of subject values kept in the disseminated reports.
    pub fn subject_keep_rate(&self) -> f64 {
        let t = total(&self.subject_kept);
        pct(t.hits, t.values) / 100.0
    }

    /// Share of look-alikes kept as written in the disseminated reports.
    pub fn lookalike_keep_rate(&self) -> f64 {
        let t = total(&self.lookalike_kept);
        pct(t.hits, t.values) / 100.0
    }

    /// A plain-text report of every figure.
    pub fn report(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "corpus: {} reports, {} rejected\n",
            self.reports, self.rejected
        );
        let _ = writeln!(
            s,
            "== detection (spans against annotations)\n{}",
            self.score.table()
        );
        let _ = writeln!(s, "== end to end (disseminated JSON, leak standard)");
        table(
            &mut s,
            "reporter kind",
            "leaked",
            "leak %",
            &self.reporter_leaks,
        );
        let _ = writeln!(s);
        table(&mut s, "subject kind", "kept", "kept %", &self.subject_kept);
        let _ = writeln!(s);
        table(&mut s, "look-alike", "kept", "kept %", &self.lookalike_kept);
        s
    }
}

/// One end-to-end table: a row per kind and an `ALL` row.
fn table(s: &mut String, heading: &str, hits: &str, rate: &str, rows: &BTreeMap<String, EndToEnd>) {
    let _ = writeln!(s, "{heading:<18} {:>8} {hits:>8} {rate:>9}", "values");
    let t = total(rows);
    for (k, e) in rows.iter().chain([(&"ALL".to_owned(), &t)]) {
        let _ = writeln!(
            s,
            "{k:<18} {:>8} {:>8} {:>8.2}%",
            e.values,
            e.hits,
            pct(e.hits, e.values)
        );
    }
}

/// The text of a field path (`narrative`, `incident.location`,
/// `subjects[i].description`) in a report's JSON.
pub fn field_text<'a>(report: &'a Value, path: &str) -> Option<&'a str> {
    match path {
        "narrative" => report["narrative"].as_str(),
        "incident.location" => report["incident"]["location"].as_str(),
        _ => {
            let rest = path.strip_prefix("subjects[")?;
            let (idx, key) = rest.split_once("].")?;
            let i: usize = idx.parse().ok()?;
            report["subjects"].get(i)?[key].as_str()
        }
    }
}

/// Every free-text field of a report, by path.
fn fields(report: &Value) -> Vec<String> {
    let mut out = vec!["narrative".to_owned(), "incident.location".to_owned()];
    if let Some(subjects) = report["subjects"].as_array() {
        for i in 0..subjects.len() {
            out.push(format!("subjects[{i}].description"));
        }
    }
    out
}

/// Every string of the disseminated JSON (keys and values, numbers
/// written out), decoded and one per line: what the leak standard reads.
/// The raw serialisation would not do: a line break inside a string is the
/// two characters `\n` there, and the `n` glues onto the next word or
/// number, so a value right after a line break (or a number split by one)
/// would be neither found as leaked nor as kept.
pub fn disseminated_text(json: &str) -> String {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Number(n) => out.push(n.to_string()),
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            Value::Object(map) => {
                for (k, v) in map {
                    out.push(k.clone());
                    walk(v, out);
                }
            }
            Value::Bool(_) | Value::Null => {}
        }
    }
    // Not JSON (never expected): check the raw text rather than nothing.
    let Ok(value) = serde_json::from_str::<Value>(json) else {
        return json.to_owned();
    };
    let mut out = Vec::new();
    walk(&value, &mut out);
    out.join("\n")
}

/// Runs the whole evaluation over the JSON Lines corpus text.
pub fn evaluate(corpus: &str, anonymiser: &Anonymiser) -> Evaluation {
    let mut ev = Evaluation::default();
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(record) = serde_json::from_str::<Value>(line) else {
            ev.rejected += 1;
            continue;
        };
        ev.reports += 1;
        let report_json = &record["report"];
        let anns = record["annotations"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let Ok(report) = Report::from_json(&report_json.to_string()) else {
            ev.rejected += 1;
            continue;
        };
        let ctx = TextContext::for_report(&report);

        // Detection stage, field by field.
        for field in fields(report_json) {
            let Some(text) = field_text(report_json, &field) else {
                continue;
            };
            let annotations: Vec<Annotation> = anns
                .iter()
                .filter(|a| a["field"] == field.as_str())
                .map(|a| {
                    Annotation::new(
                        a["kind"].as_str().unwrap_or(""),
                        a["party"].as_str().unwrap_or(""),
                        a["start"].as_u64().unwrap_or(0) as usize,
                        a["end"].as_u64().unwrap_or(0) as usize,
                    )
                    .disguised(a.get("disguise").is_some())
                })
                .collect();
            let detections: Vec<Detection> = anonymiser
                .detect(text, &ctx)
                .iter()
                .map(|f| Detection::new(f.kind.as_str(), f.range.start, f.range.end))
                .collect();
            ev.score.add_field(text, &annotations, &detections);
        }

        // End to end: the whole disseminated report.
        let Ok(out) = anonymiser.anonymise(&report) else {
            ev.rejected += 1;
            continue;
        };
        let Ok(json) = out.to_json() else {
            ev.rejected += 1;
            continue;
        };
        // The leak standard reads every string of the output, decoded.
        let json = disseminated_text(&json);
        let id = report_json["id"].as_str().unwrap_or("?").to_owned();
        let mut leaked_here = false;
        for a in &anns {
            let kind = a["kind"].as_str().unwrap_or("");
            let value = a["value"].as_str().unwrap_or("");
            let party = a["party"].as_str().unwrap_or("");
            match party {
                "reporter" => {
                    let e = ev.reporter_leaks.entry(kind.to_owned()).or_default();
                    e.values += 1;
                    if leak::leaked(&json, kind, value) {
                        e.hits += 1;
                        leaked_here = true;
                    }
                }
                "subject" => {
                    let e = ev.subject_kept.entry(kind.to_owned()).or_default();
                    e.values += 1;
                    if leak::kept(&json, value) {
                        e.hits += 1;
                    }
                }
                "lookalike" => {
                    let e = ev.lookalike_kept.entry(kind.to_owned()).or_default();
                    e.values += 1;
                    if leak::kept(&json, value) {
                        e.hits += 1;
                    }
                }
                _ => {}
            }
        }
        if leaked_here {
            ev.leaking_reports.push(id);
        }
    }
    ev
}
