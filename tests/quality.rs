//! The issue-3 quality floors on the project's annotated corpus, so that a
//! regression in detection, attribution or policy fails CI.
//!
//! `cargo run --release --example evaluate` prints the full tables.

#[path = "support/evaluation.rs"]
mod evaluation;
#[path = "support/leak.rs"]
mod leak;
#[path = "support/score.rs"]
mod score;

use report_shield::{Anonymiser, dangerous};

/// End-to-end ceilings and floors on the disseminated reports. The
/// detection floors are the (`score::RECALL_FLOORS` and friends).
const MAX_REPORTER_LEAK_RATE: f64 = 0.01;
const MIN_SUBJECT_KEEP_RATE: f64 = 0.98;
const MIN_LOOKALIKE_KEEP_RATE: f64 = 0.99;

#[test]
fn corpus_meets_the_quality_floors() {
    let corpus = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/reports.jsonl"
    ))
    .expect("corpus present");
    let anonymiser = Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
        .expect("builds");
    let ev = evaluation::evaluate(&corpus, &anonymiser);
    assert!(ev.reports >= 500, "corpus too small: {}", ev.reports);
    assert_eq!(ev.rejected, 0, "reports rejected");
    let failures = ev.score.floor_failures();
    assert!(
        failures.is_empty(),
        "floors missed: {failures:?}\n{}",
        ev.report()
    );
    assert!(
        ev.reporter_leak_rate() <= MAX_REPORTER_LEAK_RATE,
        "reporter leak rate {:.3}\n{}",
        ev.reporter_leak_rate(),
        ev.report()
    );
    assert!(
        ev.subject_keep_rate() >= MIN_SUBJECT_KEEP_RATE,
        "subject keep rate {:.3}\n{}",
        ev.subject_keep_rate(),
        ev.report()
    );
    assert!(
        ev.lookalike_keep_rate() >= MIN_LOOKALIKE_KEEP_RATE,
        "look-alike keep rate {:.3}\n{}",
        ev.lookalike_keep_rate(),
        ev.report()
    );
}
