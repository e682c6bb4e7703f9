//! Integrity of the evaluation corpus (tests/corpus/reports.jsonl) and a
//! cross-check of the leak standard helper against it:
//! - every annotation's byte range holds its value, in a known field, with a
//!   known kind and party, annotations in a field do not overlap;
//! - the corpus is large and varied enough (reports, categories, channels,
//!   modes, kinds, disguised share);
//! - every reporter value leaks through its own unredacted field, and no
//!   longer leaks once every annotated span of that field is masked (so the
//!   annotations are complete and the leak rules are not over-eager);
//! - every subject value and look-alike is kept in its own field.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/annotated.rs"]
mod annotated;
#[path = "support/leak.rs"]
mod leak;

use std::collections::{BTreeMap, BTreeSet};

use annotated::{Ann, LOOKALIKE_KINDS, masked};
use report_shield::Kind;
use serde_json::Value;

const PARTIES: &[&str] = &["reporter", "subject", "third_party", "lookalike"];

fn load() -> Vec<(Value, Vec<Ann>)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/reports.jsonl");
    annotated::parse(&std::fs::read_to_string(path).expect("corpus file"))
}

/// The text of an annotated field path ("narrative", "incident.location",
/// "subjects[0].description", "subjects[1].station").
fn field_text<'a>(report: &'a Value, path: &str) -> Option<&'a str> {
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

#[test]
fn annotations_match_their_fields() {
    let corpus = load();
    for (report, anns) in &corpus {
        let id = report["id"].as_str().unwrap_or("?");
        let mut by_field: BTreeMap<&str, Vec<&Ann>> = BTreeMap::new();
        for a in anns {
            let text = field_text(report, &a.field)
                .unwrap_or_else(|| panic!("{id}: unknown field {}", a.field));
            assert_eq!(
                text.get(a.start..a.end),
                Some(a.value.as_str()),
                "{id}: {}",
                a.field
            );
            assert!(
                PARTIES.contains(&a.party.as_str()),
                "{id}: party {}",
                a.party
            );
            if a.party == "lookalike" {
                assert!(
                    LOOKALIKE_KINDS.contains(&a.kind.as_str()),
                    "{id}: look-alike kind {}",
                    a.kind
                );
            } else {
                assert!(Kind::from_name(&a.kind).is_some(), "{id}: kind {}", a.kind);
            }
            by_field.entry(&a.field).or_default().push(a);
        }
        for list in by_field.values_mut() {
            list.sort_by_key(|a| a.start);
            for w in list.windows(2) {
                assert!(w[0].end <= w[1].start, "{id}: overlapping annotations");
            }
        }
    }
}

#[test]
fn corpus_is_large_and_varied() {
    let corpus = load();
    assert!(corpus.len() >= 600, "{} reports", corpus.len());
    let mut categories = BTreeSet::new();
    let mut channels = BTreeSet::new();
    let mut modes = BTreeSet::new();
    let mut forces = BTreeSet::new();
    let mut kinds = BTreeSet::new();
    let mut narratives = BTreeSet::new();
    let (mut identifying, mut disguised) = (0usize, 0usize);
    for (report, anns) in &corpus {
        assert_eq!(report["schema_version"], 1);
        for c in report["categories"].as_array().expect("categories") {
            categories.insert(c.as_str().expect("category").to_owned());
        }
        channels.insert(report["channel"].as_str().expect("channel").to_owned());
        let mode = report["reporter"]["mode"].as_str().expect("mode");
        modes.insert(mode.to_owned());
        assert_eq!(
            report["reporter"].get("contact").is_some(),
            mode == "confidential"
        );
        forces.insert(
            report["subjects"][0]["force"]
                .as_str()
                .expect("force")
                .to_owned(),
        );
        narratives.insert(report["narrative"].as_str().expect("narrative").to_owned());
        for a in anns {
            kinds.insert((a.kind.clone(), a.party.clone()));
            if a.party != "lookalike" {
                identifying += 1;
                disguised += usize::from(a.disguised);
            }
        }
    }
    for c in [
        "bribery",
        "abuse_of_position",
        "sexual_misconduct",
        "domestic_abuse",
        "discrimination",
        "other",
    ] {
        assert!(categories.contains(c), "no {c} report");
    }
    assert_eq!(channels.len(), 2);
    assert_eq!(modes.len(), 2);
    assert!(forces.len() >= 20, "{} forces", forces.len());
    assert_eq!(narratives.len(), corpus.len(), "duplicate narratives");
    // every identifying kind the crate has, except time, is in the corpus
    // for at least one party, and every look-alike kind too
    for k in Kind::ALL {
        if *k != Kind::Time {
            assert!(
                kinds
                    .iter()
                    .any(|(kind, p)| kind == k.as_str() && p != "lookalike"),
                "no {k} value"
            );
        }
    }
    for k in LOOKALIKE_KINDS {
        assert!(
            kinds.contains(&((*k).to_owned(), "lookalike".to_owned())),
            "no {k}"
        );
    }
    assert!(
        disguised * 4 >= identifying,
        "disguised share {disguised}/{identifying} below 25%"
    );
}

#[test]
fn reporter_values_leak_until_masked() {
    let corpus = load();
    let mut checked = 0;
    let mut failures = Vec::new();
    for (report, anns) in &corpus {
        let id = report["id"].as_str().unwrap_or("?");
        let mut by_field: BTreeMap<&str, Vec<&Ann>> = BTreeMap::new();
        for a in anns {
            by_field.entry(&a.field).or_default().push(a);
        }
        for (field, list) in &by_field {
            let text = field_text(report, field).expect("field");
            let hidden = masked(text, list);
            for a in list.iter().filter(|a| a.party == "reporter") {
                checked += 1;
                if !leak::leaked(text, &a.kind, &a.value) {
                    failures.push(format!(
                        "{id} {field}: {} {:?} does not leak through its own text",
                        a.kind, a.value
                    ));
                }
                if leak::leaked(&hidden, &a.kind, &a.value) {
                    failures.push(format!(
                        "{id} {field}: {} {:?} leaks through the masked text {hidden:?}",
                        a.kind, a.value
                    ));
                }
            }
            for a in list.iter().filter(|a| a.party != "reporter") {
                if !leak::kept(text, &a.value) {
                    failures.push(format!(
                        "{id} {field}: {} {:?} not kept in its own text",
                        a.kind, a.value
                    ));
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} reporter values");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
