//! Report texts for the crate's own tests (compiled for tests only): every
//! report of the evaluation corpus and the hand-written held-out sets.

/// The annotated report sets, one JSON Lines text each.
const REPORT_SETS: [&str; 6] = [
    include_str!("../tests/corpus/reports.jsonl"),
    include_str!("../tests/heldout/reports.jsonl"),
    include_str!("../tests/heldout2/reports.jsonl"),
    include_str!("../tests/heldout3/reports.jsonl"),
    include_str!("../tests/heldout4/reports.jsonl"),
    include_str!("../tests/heldout5/reports.jsonl"),
];

/// Every report of every set, as JSON (the `report` of each line).
fn reports() -> impl Iterator<Item = serde_json::Value> {
    REPORT_SETS
        .iter()
        .flat_map(|set| set.lines())
        .filter(|line| !line.trim().is_empty())
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .map(|mut v| v["report"].take())
}

/// Every narrative.
pub(crate) fn narratives() -> Vec<String> {
    reports()
        .filter_map(|r| r["narrative"].as_str().map(str::to_owned))
        .collect()
}

/// Every free-text field the anonymiser processes: narratives, incident
/// locations and subject descriptions.
pub(crate) fn free_texts() -> Vec<String> {
    let mut out = Vec::new();
    for r in reports() {
        out.extend(r["narrative"].as_str().map(str::to_owned));
        out.extend(r["incident"]["location"].as_str().map(str::to_owned));
        for s in r["subjects"].as_array().into_iter().flatten() {
            out.extend(s["description"].as_str().map(str::to_owned));
        }
    }
    out
}
