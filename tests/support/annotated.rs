//! The annotated report files (`tests/corpus/reports.jsonl`,
//! `tests/heldout*/reports.jsonl`): one `{"report", "annotations"}` object
//! per line. Shared by `tests/corpus.rs` and `tests/heldout_reports.rs`.

#![allow(dead_code, unreachable_pub)]

use serde_json::Value;

/// The annotation kinds of look-alikes (facts that must stay as written).
pub const LOOKALIKE_KINDS: &[&str] = &[
    "money",
    "time",
    "crime_ref",
    "year",
    "percentage",
    "quantity",
    "event_date",
    "service_number",
];

/// One annotated value.
pub struct Ann {
    pub field: String,
    pub start: usize,
    pub end: usize,
    pub value: String,
    pub kind: String,
    pub party: String,
    pub disguised: bool,
}

/// Every report of a JSON Lines file's text with its annotations.
pub fn parse(text: &str) -> Vec<(Value, Vec<Ann>)> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("one JSON object per line");
            let anns = v["annotations"]
                .as_array()
                .expect("annotations array")
                .iter()
                .map(|a| Ann {
                    field: a["field"].as_str().expect("field").to_owned(),
                    start: usize::try_from(a["start"].as_u64().expect("start")).unwrap(),
                    end: usize::try_from(a["end"].as_u64().expect("end")).unwrap(),
                    value: a["value"].as_str().expect("value").to_owned(),
                    kind: a["kind"].as_str().expect("kind").to_owned(),
                    party: a["party"].as_str().expect("party").to_owned(),
                    disguised: a.get("disguise").is_some(),
                })
                .collect();
            (v["report"].clone(), anns)
        })
        .collect()
}

/// The field with every annotated span replaced by a neutral token.
pub fn masked(text: &str, anns: &[&Ann]) -> String {
    let mut spans: Vec<(usize, usize)> = anns.iter().map(|a| (a.start, a.end)).collect();
    spans.sort_unstable();
    let mut out = String::new();
    let mut pos = 0;
    for (s, e) in spans {
        out.push_str(&text[pos..s]);
        out.push_str("[X]");
        pos = e;
    }
    out.push_str(&text[pos..]);
    out
}
