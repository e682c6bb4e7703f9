//! Throughput benchmarks for issue 7 (see README.md, "Performance").
//!
//! Groups, all on realistic report text taken from the evaluation corpus
//! (`tests/corpus/reports.jsonl`, synthetic data only):
//!
//! - `build`: building the anonymiser (patterns compiled, key loaded);
//! - `corpus`: end-to-end `anonymise` of every corpus report with the
//!   dissemination policy (reports/s and narrative bytes/s);
//! - `text`: `anonymise_text` on 1 KB, 16 KB, 256 KB and 4 MB texts, next to
//!   `baseline`: one pass of a single combined ASCII regex of the core
//!   identifier patterns over the same text, with no normalisation,
//!   validation or transformation: the practical limit on the machine;
//! - `known`: `anonymise_text` on 16 KB with 0, 10, 100 and 1,000 known
//!   values in the context.
//!
//! Run: `cargo bench --bench anonymise`. Quick run:
//! `cargo bench --bench anonymise -- --warm-up-time 1 --measurement-time 5`.

use std::hint::black_box;
use std::sync::LazyLock;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group};
use report_shield::{Anonymiser, Kind, Party, Report, TextContext, dangerous};

const CORPUS: &str = include_str!("../tests/corpus/reports.jsonl");

/// The corpus reports, parsed once.
static REPORTS: LazyLock<Vec<Report>> = LazyLock::new(|| {
    CORPUS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("corpus line is JSON");
            Report::from_json(&v["report"].to_string()).expect("corpus report is valid")
        })
        .collect()
});

/// About `len` bytes of report text: the corpus narratives one after the
/// other (a paragraph each), cut on a character boundary.
fn text_of_len(len: usize) -> String {
    let mut out = String::with_capacity(len + 1024);
    'fill: loop {
        for r in REPORTS.iter() {
            if out.len() >= len {
                break 'fill;
            }
            out.push_str(&r.narrative);
            out.push_str("\n\n");
        }
    }
    let mut end = len.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

fn anonymiser() -> Anonymiser {
    Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
        .expect("anonymiser builds")
}

/// The baseline: the detectors' core identifier patterns as one
/// alternation with ASCII classes and word boundaries, as in
/// shared/reference/style.md §6.
fn baseline_regex() -> regex::bytes::Regex {
    let patterns = [
        // email
        r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+",
        // UK phone, national or +44
        r"(?:\+44\s?|\b0)\d{2,4}[\s\-]?\d{3,4}[\s\-]?\d{3,4}\b",
        // postcode
        r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b",
        // NINO
        r"\b[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-Da-d]\b",
        // NHS number
        r"\b\d{3}[\s\-]?\d{3}[\s\-]?\d{4}\b",
        // card
        r"\b(?:\d{4}[\s\-]?){3}\d{4}\b",
        // IBAN
        r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d{4}){3}\s?\d{2}\b",
        // sort code
        r"\b\d{2}-\d{2}-\d{2}\b",
        // vehicle registration (current format)
        r"\b[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}\b",
        // IPv4
        r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
        // URL
        r"\b(?:https?://|www\.)[^\s]+",
        // handle
        r"@[A-Za-z0-9_.]{2,30}",
        // a name cue
        r"\b(?:[Mm]y name is|I am|I'm|[Cc]alled)\s+[A-Z][a-z]+",
    ];
    let joined = patterns
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|");
    regex::bytes::Regex::new(&format!("(?-u){joined}")).expect("baseline compiles")
}

fn bench_build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.bench_function("anonymiser", |b| b.iter(|| black_box(anonymiser())));
    g.finish();
}

fn bench_corpus(c: &mut Criterion) {
    let a = anonymiser();
    let reports = &*REPORTS;
    let narrative: usize = reports.iter().map(|r| r.narrative.len()).sum();
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::ElementsAndBytes {
        elements: reports.len() as u64,
        bytes: narrative as u64,
    });
    g.bench_function("anonymise", |b| {
        b.iter(|| {
            for r in reports {
                black_box(a.anonymise(r).expect("anonymise"));
            }
        })
    });
    g.finish();
}

fn bench_text(c: &mut Criterion) {
    let a = anonymiser();
    let re = baseline_regex();
    let ctx = TextContext::new();
    let mut g = c.benchmark_group("text");
    for (label, len) in [
        ("1KB", 1 << 10),
        ("16KB", 16 << 10),
        ("256KB", 256 << 10),
        ("4MB", 4 << 20),
    ] {
        let text = text_of_len(len);
        g.throughput(Throughput::Bytes(text.len() as u64));
        if len >= 256 << 10 {
            g.sample_size(10);
        }
        g.bench_with_input(BenchmarkId::new("anonymise_text", label), &text, |b, t| {
            b.iter(|| black_box(a.anonymise_text(t, &ctx).expect("anonymise_text")))
        });
        g.bench_with_input(BenchmarkId::new("baseline", label), &text, |b, t| {
            b.iter(|| black_box(re.find_iter(t.as_bytes()).count()))
        });
    }
    g.finish();
}

/// `n` synthetic known values of mixed kinds and parties.
fn context_with(n: usize) -> TextContext {
    const FIRST: &[&str] = &["Ayo", "Brynmor", "Cerys", "Dervla", "Eamon", "Fenella"];
    const LAST: &[&str] = &["Quarrington", "Rudgeway", "Stainmore", "Tollerton"];
    let mut ctx = TextContext::new();
    for i in 0..n {
        let party = if i % 3 == 0 {
            Party::Subject
        } else {
            Party::Reporter
        };
        match i % 4 {
            0 => ctx.add_known(Kind::Phone, format!("07700 900{:03}", i % 1000), party),
            1 => ctx.add_known(Kind::Email, format!("user{i}@example.com"), party),
            2 => ctx.add_known(
                Kind::Name,
                format!(
                    "{} {}{}",
                    FIRST[i % FIRST.len()],
                    LAST[i % LAST.len()],
                    i / 24
                ),
                party,
            ),
            _ => ctx.add_known(
                Kind::Postcode,
                format!("B{} {}XY", i % 90 + 1, i % 10),
                party,
            ),
        };
    }
    ctx
}

fn bench_known(c: &mut Criterion) {
    let a = anonymiser();
    let text = text_of_len(16 << 10);
    let mut g = c.benchmark_group("known");
    g.throughput(Throughput::Bytes(text.len() as u64));
    for n in [0usize, 10, 100, 1000] {
        let ctx = context_with(n);
        g.bench_with_input(
            BenchmarkId::new("anonymise_text_16KB", n),
            &ctx,
            |b, ctx| b.iter(|| black_box(a.anonymise_text(&text, ctx).expect("anonymise_text"))),
        );
    }
    g.finish();
}

/// One end-to-end pass over the corpus, for profilers: with
/// `valgrind --tool=callgrind --toggle-collect='anonymise::profile_pass'`
/// only these passes are counted (not the build, the warm-up pass or the
/// corpus parsing).
#[inline(never)]
fn profile_pass(a: &Anonymiser, reports: &[Report]) {
    for r in reports {
        black_box(a.anonymise(r).expect("anonymise"));
    }
}

/// One `anonymise_text` of `text`, for profilers (see [`profile_pass`]).
#[inline(never)]
fn profile_text_pass(a: &Anonymiser, text: &str, ctx: &TextContext) {
    black_box(a.anonymise_text(text, ctx).expect("anonymise_text"));
}

criterion_group!(benches, bench_build, bench_corpus, bench_text, bench_known);

fn main() {
    // `PROFILE_BUILD=1 cargo bench --bench anonymise`: no criterion, one
    // build of the anonymiser and nothing else, for callgrind's
    // instruction counts per pattern set (see README.md).
    if std::env::var_os("PROFILE_BUILD").is_some() {
        black_box(anonymiser());
        return;
    }
    // `PROFILE_PASSES=N cargo bench --bench anonymise`: no criterion, one
    // warm-up pass then N passes of `profile_pass` (see README.md).
    if let Some(n) = std::env::var("PROFILE_PASSES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        let a = anonymiser();
        // `PROFILE_TEXT_BYTES=B`: `anonymise_text` of a B-byte text instead
        // of the corpus, with `PROFILE_KNOWN=K` known values.
        if let Some(len) = std::env::var("PROFILE_TEXT_BYTES")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
        {
            let known = std::env::var("PROFILE_KNOWN")
                .ok()
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0);
            let text = text_of_len(len);
            let ctx = context_with(known);
            black_box(a.anonymise_text(&text, &ctx).expect("anonymise_text"));
            for _ in 0..n {
                profile_text_pass(&a, &text, &ctx);
            }
            return;
        }
        let reports = &*REPORTS;
        for r in reports {
            black_box(a.anonymise(r).expect("anonymise"));
        }
        for _ in 0..n {
            profile_pass(&a, reports);
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
