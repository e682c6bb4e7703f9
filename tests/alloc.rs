//! Memory use of the pipeline, measured with a counting global allocator
//! (dhat in testing mode; one test function, since the profiler is global):
//!
//! - no allocation per byte scanned: on text without identifiers, a text
//!   16 times longer makes no more allocations (beyond the few reallocations
//!   of growing buffers); on report text, allocations grow with the number
//!   of findings, not with the bytes;
//! - peak heap memory of one call is a small multiple of the text's size;
//! - the same for whole corpus reports.
//!
//! No timing: counts and bytes only.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use report_shield::{Anonymiser, Report, TextContext, dangerous};

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// Allocation count and peak heap bytes above the starting level of one
/// call of `f`.
fn measure<T>(f: impl FnOnce() -> T) -> (u64, usize) {
    let profiler = dhat::Profiler::builder()
        .testing()
        .trim_backtraces(Some(4))
        .build();
    let start = dhat::HeapStats::get();
    let out = f();
    let end = dhat::HeapStats::get();
    drop(out);
    drop(profiler);
    (
        end.total_blocks - start.total_blocks,
        end.max_bytes.saturating_sub(start.curr_bytes),
    )
}

fn repeat_to(unit: &str, len: usize) -> String {
    let mut s = String::with_capacity(len + unit.len());
    while s.len() < len {
        s.push_str(unit);
    }
    s.truncate(len);
    s
}

#[test]
fn allocations_and_peak_memory() {
    let a = Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
        .unwrap();
    let ctx = TextContext::new();

    // 1. Plain text: nothing to find, so nothing may be allocated per byte.
    let plain = "the meeting went on for a long while and nothing else was said about it \
                 so we went back to work after that and carried on as usual with the day ";
    let mut blocks = Vec::new();
    for len in [16 << 10, 256 << 10] {
        let text = repeat_to(plain, len);
        // Warm up: lazy regex caches are per thread and kept.
        a.anonymise_text(&text, &ctx).unwrap();
        let (n, peak) = measure(|| a.anonymise_text(&text, &ctx).unwrap());
        eprintln!("plain {len} bytes: {n} allocations, peak {peak} bytes");
        assert!(peak <= 24 * len + (64 << 10), "plain {len}: peak {peak}");
        blocks.push(n);
    }
    assert!(
        blocks[1] <= blocks[0] + 64,
        "allocations grow with plain text length: {blocks:?}"
    );

    // 2. Report text: allocations grow with findings, not bytes.
    let corpus = include_str!("corpus/reports.jsonl");
    let reports: Vec<Report> = corpus
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            Report::from_json(&v["report"].to_string()).unwrap()
        })
        .collect();
    let mut narrative = String::new();
    for r in &reports {
        if narrative.len() >= 256 << 10 {
            break;
        }
        narrative.push_str(&r.narrative);
        narrative.push_str("\n\n");
    }
    let findings = a.detect(&narrative, &ctx).len() as u64;
    a.anonymise_text(&narrative, &ctx).unwrap();
    let (n, peak) = measure(|| a.anonymise_text(&narrative, &ctx).unwrap());
    let len = narrative.len();
    eprintln!("report text {len} bytes, {findings} findings: {n} allocations, peak {peak} bytes");
    assert!(
        n <= 16 * findings + 200,
        "{n} allocations for {findings} findings in {len} bytes"
    );
    assert!(peak <= 24 * len + (256 << 10), "report text: peak {peak}");

    // 3. Whole reports: peak memory a small multiple of the report.
    let mut worst = 0f64;
    for r in reports.iter().step_by(16) {
        a.anonymise(r).unwrap();
        let size = r.to_json().unwrap().len();
        let (_, peak) = measure(|| a.anonymise(r).unwrap());
        worst = worst.max(peak as f64 / size as f64);
        assert!(
            peak <= 64 * size + (64 << 10),
            "report: peak {peak} for {size} bytes"
        );
    }
    eprintln!("reports: worst peak / JSON size = {worst:.1}");
}
