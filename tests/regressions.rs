//! Replays every input under `tests/regressions/` on stable Rust, with the
//! invariants of the fuzz target it belongs to (see the README there).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/leak.rs"]
mod leak;

use std::fs;
use std::path::{Path, PathBuf};

use report_shield::{Anonymiser, Kind, NormalisedText, Party, Report, TextContext, dangerous};
use serde_json::Value;

fn files(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/regressions")
        .join(target);
    let mut out: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no regression inputs in {}", dir.display());
    out
}

fn anonymiser() -> Anonymiser {
    Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
        .unwrap()
}

fn on_boundaries(s: &str, r: &std::ops::Range<usize>) -> bool {
    r.start <= r.end && r.end <= s.len() && s.is_char_boundary(r.start) && s.is_char_boundary(r.end)
}

fn party(s: &str) -> Party {
    match s {
        "reporter" => Party::Reporter,
        "subject" => Party::Subject,
        "third_party" => Party::ThirdParty,
        _ => Party::Unknown,
    }
}

#[test]
fn parse_report_inputs() {
    for path in files("parse_report") {
        let bytes = fs::read(&path).unwrap();
        match Report::from_slice(&bytes) {
            Ok(report) => {
                let json = report.to_json().unwrap();
                assert_eq!(Report::from_json(&json).unwrap(), report, "{path:?}");
            }
            Err(e) => {
                let msg = e.to_string();
                assert!(msg.is_ascii() && msg.len() <= 200, "{path:?}: {msg}");
                for (i, quoted) in msg.split('`').enumerate() {
                    if i % 2 == 1 {
                        assert!(
                            quoted.bytes().all(|b| b.is_ascii_lowercase()
                                || b.is_ascii_digit()
                                || b"_.[]?".contains(&b)),
                            "{path:?}: {msg}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn normalise_inputs() {
    for path in files("normalise") {
        let text = fs::read_to_string(&path).unwrap();
        let norm = NormalisedText::new(&text);
        let view = norm.as_str();
        let mut last = 0;
        for (i, c) in view.char_indices() {
            let r = norm.to_original(i..i + c.len_utf8());
            assert!(on_boundaries(&text, &r) && !r.is_empty(), "{path:?} at {i}");
            assert!(r.start >= last, "{path:?}: map goes backwards at {i}");
            last = r.start;
        }
        let whole = norm.to_original(0..view.len());
        assert!(
            NormalisedText::new(&text[..whole.start])
                .as_str()
                .is_empty()
        );
        assert!(NormalisedText::new(&text[whole.end..]).as_str().is_empty());
        assert_eq!(NormalisedText::new(view).as_str(), view, "{path:?}");
    }
}

#[test]
fn anonymise_text_inputs() {
    let anon = anonymiser();
    for path in files("anonymise_text") {
        let case: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let text = case["text"].as_str().unwrap();
        let mut ctx = TextContext::new();
        let mut reporter = Vec::new();
        let mut subject = Vec::new();
        for k in case["known"].as_array().unwrap() {
            let kind_name = k["kind"].as_str().unwrap();
            let kind = Kind::from_name(kind_name).unwrap();
            let value = k["value"].as_str().unwrap();
            let p = party(k["party"].as_str().unwrap());
            ctx.add_known(kind, value, p);
            match p {
                Party::Reporter => reporter.push((kind_name, value)),
                Party::Subject => subject.push(value),
                _ => {}
            }
        }
        for a in case["allow"].as_array().into_iter().flatten() {
            ctx.allow(a.as_str().unwrap());
        }
        let out = anon.anonymise_text(text, &ctx).unwrap();
        for r in &out.redactions {
            assert!(on_boundaries(&out.text, &r.output_range), "{path:?}");
        }
        for (kind, value) in reporter {
            assert!(
                !leak::leaked(&out.text, kind, value),
                "{path:?}: reporter {kind} leaked in {:?}",
                out.text
            );
        }
        for value in subject {
            assert!(leak::kept(&out.text, value), "{path:?}: {:?}", out.text);
        }
    }
}

#[test]
fn anonymise_report_inputs() {
    let anon = anonymiser();
    for path in files("anonymise_report") {
        let report = Report::from_slice(&fs::read(&path).unwrap()).unwrap();
        let out = anon.anonymise(&report).unwrap();
        let json = out.to_json().unwrap();
        let _: Value = serde_json::from_str(&json).unwrap();
        if let Some(c) = &report.reporter.contact {
            for (kind, value) in [
                ("name", &c.name),
                ("phone", &c.phone),
                ("email", &c.email),
                ("address", &c.address),
                ("postcode", &c.postcode),
            ] {
                if let Some(v) = value {
                    assert!(
                        !leak::leaked(&json, kind, v),
                        "{path:?}: {kind} leaked in {json}"
                    );
                }
            }
        }
        for (given, got) in report.subjects.iter().zip(&out.subjects) {
            assert_eq!(given.name, got.name, "{path:?}");
        }
    }
}
