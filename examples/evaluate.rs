//! Measures report-shield on the project's annotated evaluation corpus:
//! per-kind recall and precision of detection, the reporter leak rate and
//! the subject and look-alike keep rates of the disseminated reports.
//!
//! ```text
//! cargo run --release --example evaluate [-- CORPUS.jsonl] [--leaks]
//! cargo run --release --example evaluate -- --corpus tests/heldout/reports.jsonl
//! ```
//!
//! The corpus defaults to `tests/corpus/reports.jsonl`; give another one as
//! the first plain argument or with `--corpus PATH` (`--corpus=PATH`), for
//! example the held-out set `tests/heldout/reports.jsonl`.
//!
//! `--leaks` also lists the ids of reports with a reporter leak (ids only,
//! never values).

#[path = "../tests/support/evaluation.rs"]
mod evaluation;
#[path = "../tests/support/leak.rs"]
mod leak;
#[path = "../tests/support/score.rs"]
mod score;

use std::process::ExitCode;

use report_shield::{Anonymiser, dangerous};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_leaks = args.iter().any(|a| a == "--leaks");
    let flagged = args.iter().enumerate().find_map(|(i, a)| {
        if a == "--corpus" {
            args.get(i + 1).cloned()
        } else {
            a.strip_prefix("--corpus=").map(str::to_owned)
        }
    });
    let path = flagged
        .or_else(|| args.iter().find(|a| !a.starts_with("--")).cloned())
        .unwrap_or_else(|| "tests/corpus/reports.jsonl".to_owned());
    let corpus = match std::fs::read_to_string(&path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("evaluate: cannot read the corpus ({})", e.kind());
            return ExitCode::FAILURE;
        }
    };
    // The public test key makes every run give the same figures (the leak
    // standard counts stray digits, and tokens carry digits 2-7); the
    // evaluation judges detection and policy, not the secrecy of tokens.
    let anonymiser = match Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
    {
        Ok(a) => a,
        Err(e) => {
            eprintln!("evaluate: {e}");
            return ExitCode::FAILURE;
        }
    };
    let ev = evaluation::evaluate(&corpus, &anonymiser);
    println!("{}", ev.report());
    println!(
        "reporter leak rate {:.3}%  subject keep rate {:.2}%  look-alike keep rate {:.2}%",
        100.0 * ev.reporter_leak_rate(),
        100.0 * ev.subject_keep_rate(),
        100.0 * ev.lookalike_keep_rate()
    );
    let failures = ev.score.floor_failures();
    if failures.is_empty() {
        println!("all issue-3 floors met");
    } else {
        println!("floors missed:");
        for f in &failures {
            println!("  {f}");
        }
    }
    if show_leaks {
        println!(
            "reports with a reporter leak: {}",
            ev.leaking_reports.join(" ")
        );
    }
    ExitCode::SUCCESS
}
