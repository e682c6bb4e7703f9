//! The batch anonymiser: intake reports in, disseminated reports out, as
//! JSON Lines.
//!
//! ```text
//! cargo run --release --example anonymise -- [OPTIONS] [FILE]...
//! ```
//!
//! Reads one intake report (contract v1) per line from the files given, or
//! from standard input when there are none (or for `-`), and writes one
//! disseminated report per line to standard output or `--out FILE`, in
//! input order, also with `--jobs N`.
//!
//! The key comes from `--key-file FILE`, else from the `REPORT_SHIELD_KEY`
//! environment variable; `--demo-key` uses a throwaway random key instead
//! (tokens then match no other run).
//!
//! A line that fails (bad JSON, invalid report, too large, not UTF-8) is
//! reported on standard error as `line N: reason`, never with its content,
//! and left out of the output; the other lines are still processed.
//!
//! Exit codes: 0 every line was anonymised; 1 at least one line failed;
//! 2 nothing was processed (bad arguments, no key, unreadable policy or
//! input, output not writable).

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Parser;
use report_shield::{Anonymiser, Key, Kind, Limits, Policy, Report};

/// The environment variable that may hold the key.
const KEY_VAR: &str = "REPORT_SHIELD_KEY";
/// The largest policy file read.
const MAX_POLICY_BYTES: u64 = 1024 * 1024;
/// A batch is cut after this many lines...
const DEFAULT_BATCH_LINES: usize = 64;
/// ...or this many bytes, whichever comes first.
const BATCH_BYTES: usize = 512 * 1024;
/// Progress is shown only for runs longer than this.
const PROGRESS_AFTER: Duration = Duration::from_millis(500);
/// And redrawn at most this often.
const PROGRESS_EVERY: Duration = Duration::from_millis(150);

/// Anonymise intake reports (JSON Lines) into disseminated reports (JSON
/// Lines), protecting every reporter.
#[derive(Debug, Parser)]
#[command(
    name = "anonymise",
    version,
    after_help = "Key: --key-file FILE, else the REPORT_SHIELD_KEY environment variable \
                  (a key file's text or ID:BASE64); --demo-key for a throwaway key.\n\
                  Make a key with: cargo run --example keygen -- --out FILE\n\
                  Exit codes: 0 all lines anonymised, 1 some lines failed, 2 nothing done."
)]
struct Args {
    /// Input files, one intake report per line; standard input if none
    /// (or `-`).
    files: Vec<PathBuf>,

    /// Write the disseminated reports to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,

    /// Read the key from a key file (as written by the keygen example).
    #[arg(long, value_name = "FILE", conflicts_with = "demo_key")]
    key_file: Option<PathBuf>,

    /// Use a fresh random key: tokens will not match those of any other
    /// run. For trying the tool out, never for real dissemination.
    #[arg(long)]
    demo_key: bool,

    /// The policy: `dissemination`, `strict` or a policy JSON file.
    #[arg(long, value_name = "NAME|FILE", default_value = "dissemination")]
    policy: String,

    /// Make tokens per receiving force, so that two forces cannot join
    /// their data on tokens.
    #[arg(long)]
    per_force_tokens: bool,

    /// Worker threads (default: all cores).
    #[arg(long, short, value_name = "N")]
    jobs: Option<NonZeroUsize>,

    /// The largest line (one JSON report) accepted, in bytes (default: the
    /// crate's input limit, 1 MiB).
    #[arg(long, value_name = "BYTES")]
    max_input_bytes: Option<usize>,

    /// Never show the progress bar.
    #[arg(long, short)]
    quiet: bool,

    /// Lines per batch handed to a worker (tuning and tests).
    #[arg(long, hide = true, default_value_t = DEFAULT_BATCH_LINES)]
    batch_lines: usize,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(summary) if summary.failed == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(message) => {
            eprintln!("anonymise: {message}");
            ExitCode::from(2)
        }
    }
}

/// One input line, as read.
enum Line {
    /// The line's bytes, without the line ending.
    Text(Vec<u8>),
    /// The line was longer than the limit; its bytes were skipped.
    TooLong,
}

/// A batch of consecutive lines of one input.
struct Batch {
    seq: u64,
    /// The input's label, shown in failures when there are several inputs.
    source: Arc<str>,
    /// The number of the first line in the batch (1-based).
    first_line: u64,
    /// Each line with its offset from `first_line`; blank lines are left
    /// out.
    lines: Vec<(u64, Line)>,
    /// Bytes read for this batch (line endings included).
    bytes: u64,
}

/// What a worker made of a batch.
struct Done {
    seq: u64,
    /// The disseminated reports, one JSON line each.
    out: Vec<u8>,
    /// `source: line N: reason` (or `line N: reason`), never content.
    failures: Vec<String>,
    records: u64,
    ok: u64,
    bytes: u64,
    redactions: [u64; Kind::ALL.len()],
}

/// The run's totals.
#[derive(Default)]
struct Summary {
    records: u64,
    ok: u64,
    failed: u64,
    bytes: u64,
    redactions: Vec<u64>,
}

fn run(args: &Args) -> Result<Summary, String> {
    let start = Instant::now();
    let limits = match args.max_input_bytes {
        Some(n) => Limits::default().with_max_input_bytes(n),
        None => Limits::default(),
    };
    let anonymiser = build_anonymiser(args, limits.clone())?;
    let inputs = open_inputs(&args.files)?;
    let total_bytes = inputs.iter().map(|i| i.size).sum::<Option<u64>>();
    let mut sink: Box<dyn Write + Send> = match &args.out {
        Some(path) => Box::new(BufWriter::with_capacity(
            1 << 16,
            File::create(path)
                .map_err(|e| format!("cannot create the output file {}: {e}", path.display()))?,
        )),
        None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout())),
    };
    let jobs = args
        .jobs
        .or_else(|| std::thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get);
    let progress = (!args.quiet && io::stderr().is_terminal()).then(|| Progress::new(total_bytes));
    let config = Pipeline {
        anonymiser: &anonymiser,
        max_line: limits.max_input_bytes(),
        batch_lines: args.batch_lines.max(1),
        jobs,
        label_sources: inputs.len() > 1,
    };
    let summary = config.run(inputs, sink.as_mut(), progress)?;
    sink.flush()
        .map_err(|e| format!("cannot write the output: {e}"))?;
    print_summary(&summary, start.elapsed());
    Ok(summary)
}

fn build_anonymiser(args: &Args, limits: Limits) -> Result<Anonymiser, String> {
    let key = if let Some(path) = &args.key_file {
        Key::from_file(path).map_err(|e| format!("cannot use the key file: {e}"))?
    } else if args.demo_key {
        eprintln!(
            "anonymise: WARNING: using a throwaway demo key (--demo-key). Its tokens will \
             not match those of any other run; never disseminate this output. Use \
             --key-file FILE or {KEY_VAR} for real work."
        );
        Key::generate("demo").map_err(|e| format!("cannot make a demo key: {e}"))?
    } else if std::env::var_os(KEY_VAR).is_some() {
        Key::from_env(KEY_VAR).map_err(|e| format!("cannot use the key in {KEY_VAR}: {e}"))?
    } else {
        return Err(format!(
            "no key: give --key-file FILE, set the {KEY_VAR} environment variable, or use \
             --demo-key to try the tool with a throwaway key (make a key file with \
             `cargo run --example keygen -- --out FILE`)"
        ));
    };
    let policy = match args.policy.as_str() {
        "dissemination" => Policy::dissemination(),
        "strict" => Policy::strict(),
        path => read_policy(Path::new(path))?,
    };
    let mut builder = Anonymiser::builder().key(key).policy(policy).limits(limits);
    if args.per_force_tokens {
        builder = builder.scope_per_force();
    }
    builder
        .build()
        .map_err(|e| format!("cannot build the anonymiser: {e}"))
}

fn read_policy(path: &Path) -> Result<Policy, String> {
    let file = File::open(path).map_err(|e| {
        format!(
            "the policy is neither `dissemination` nor `strict`, and the file {} cannot be \
             opened: {e}",
            path.display()
        )
    })?;
    let mut text = String::new();
    file.take(MAX_POLICY_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read the policy file {}: {e}", path.display()))?;
    if text.len() as u64 > MAX_POLICY_BYTES {
        return Err(format!(
            "the policy file {} is larger than {MAX_POLICY_BYTES} bytes",
            path.display()
        ));
    }
    Policy::from_json(&text).map_err(|e| format!("invalid policy file {}: {e}", path.display()))
}

/// An opened input.
struct Input {
    label: Arc<str>,
    reader: Box<dyn BufRead + Send>,
    /// The size, for the progress bar, when it is a regular file.
    size: Option<u64>,
}

fn open_inputs(files: &[PathBuf]) -> Result<Vec<Input>, String> {
    if files.is_empty() {
        return Ok(vec![stdin_input()]);
    }
    files
        .iter()
        .map(|path| {
            if path.as_os_str() == "-" {
                return Ok(stdin_input());
            }
            let file = File::open(path)
                .map_err(|e| format!("cannot open the input {}: {e}", path.display()))?;
            let size = file
                .metadata()
                .ok()
                .filter(std::fs::Metadata::is_file)
                .map(|m| m.len());
            Ok(Input {
                label: path.display().to_string().into(),
                reader: Box::new(BufReader::with_capacity(1 << 16, file)),
                size,
            })
        })
        .collect()
}

fn stdin_input() -> Input {
    Input {
        label: "<stdin>".into(),
        reader: Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
        size: None,
    }
}

/// How a run is carried out: one reader (this thread), `jobs` workers
/// sharing the anonymiser by reference, one writer putting batches back in
/// input order. At most `jobs * 4` batches are in flight, so memory stays
/// bounded however slow the output is.
struct Pipeline<'a> {
    anonymiser: &'a Anonymiser,
    max_line: usize,
    batch_lines: usize,
    jobs: usize,
    label_sources: bool,
}

impl Pipeline<'_> {
    fn run(
        &self,
        inputs: Vec<Input>,
        sink: &mut (dyn Write + Send),
        progress: Option<Progress>,
    ) -> Result<Summary, String> {
        let in_flight = self.jobs * 4;
        let (work_tx, work_rx) = sync_channel::<Batch>(in_flight);
        let work_rx = Mutex::new(work_rx);
        let (done_tx, done_rx) = channel::<Done>();
        // Credits bound the batches between the reader and the writer.
        let (credit_tx, credit_rx) = sync_channel::<()>(in_flight);
        for _ in 0..in_flight {
            credit_tx
                .send(())
                .map_err(|_| "internal error: credit channel closed".to_owned())?;
        }

        std::thread::scope(|s| {
            for _ in 0..self.jobs {
                let done_tx = done_tx.clone();
                let work_rx = &work_rx;
                s.spawn(move || self.work(work_rx, &done_tx));
            }
            drop(done_tx);
            let writer = s.spawn(move || write_in_order(&done_rx, &credit_tx, sink, progress));
            let read = self.read_all(inputs, &work_tx, &credit_rx);
            drop(work_tx);
            let written = writer
                .join()
                .map_err(|_| "internal error: the writer stopped".to_owned())?;
            let mut summary = written?;
            let read_failures = read?;
            summary.failed += read_failures;
            Ok(summary)
        })
    }

    /// Reads every input into batches; returns the number of inputs that
    /// failed part way (reported already).
    fn read_all(
        &self,
        inputs: Vec<Input>,
        work_tx: &SyncSender<Batch>,
        credits: &Receiver<()>,
    ) -> Result<u64, String> {
        let mut seq = 0u64;
        let mut failures = 0u64;
        for mut input in inputs {
            let mut line_no = 0u64;
            let mut batch = self.new_batch(seq, &input.label, 1);
            let mut batch_bytes = 0usize;
            loop {
                let mut buf = Vec::new();
                match read_capped_line(&mut input.reader, &mut buf, self.max_line) {
                    Ok(None) => break,
                    Ok(Some((read, too_long))) => {
                        line_no += 1;
                        batch.bytes += read;
                        if line_no == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
                            buf.drain(..3);
                        }
                        if too_long {
                            batch
                                .lines
                                .push((line_no - batch.first_line, Line::TooLong));
                        } else if !buf.iter().all(u8::is_ascii_whitespace) {
                            batch_bytes += buf.len();
                            batch
                                .lines
                                .push((line_no - batch.first_line, Line::Text(buf)));
                        }
                    }
                    Err(e) => {
                        eprintln!(
                            "anonymise: {}: reading stopped after line {line_no}: {e}",
                            input.label
                        );
                        failures += 1;
                        break;
                    }
                }
                if batch.lines.len() >= self.batch_lines || batch_bytes >= BATCH_BYTES {
                    let next = self.new_batch(seq + 1, &input.label, line_no + 1);
                    if !send(std::mem::replace(&mut batch, next), work_tx, credits) {
                        return Ok(failures);
                    }
                    seq += 1;
                    batch_bytes = 0;
                }
            }
            if (!batch.lines.is_empty() || batch.bytes > 0) && send(batch, work_tx, credits) {
                seq += 1;
            }
        }
        Ok(failures)
    }

    fn new_batch(&self, seq: u64, source: &Arc<str>, first_line: u64) -> Batch {
        Batch {
            seq,
            source: Arc::clone(source),
            first_line,
            lines: Vec::with_capacity(self.batch_lines.min(1024)),
            bytes: 0,
        }
    }

    fn work(&self, work_rx: &Mutex<Receiver<Batch>>, done_tx: &std::sync::mpsc::Sender<Done>) {
        loop {
            let next = match work_rx.lock() {
                Ok(rx) => rx.recv(),
                Err(_) => return,
            };
            let Ok(batch) = next else { return };
            if done_tx.send(self.process(batch)).is_err() {
                return;
            }
        }
    }

    fn process(&self, batch: Batch) -> Done {
        let mut done = Done {
            seq: batch.seq,
            out: Vec::with_capacity(batch.bytes as usize + batch.bytes as usize / 4),
            failures: Vec::new(),
            records: 0,
            ok: 0,
            bytes: batch.bytes,
            redactions: [0; Kind::ALL.len()],
        };
        for (offset, line) in batch.lines {
            done.records += 1;
            let result = match line {
                Line::TooLong => Err(format!(
                    "the line is longer than the input limit of {} bytes",
                    self.max_line
                )),
                Line::Text(bytes) => self.anonymise_line(&bytes, &mut done),
            };
            if let Err(reason) = result {
                let line_no = batch.first_line + offset;
                done.failures.push(if self.label_sources {
                    format!("{}: line {line_no}: {reason}", batch.source)
                } else {
                    format!("line {line_no}: {reason}")
                });
            }
        }
        done
    }

    /// Anonymises one line into `done`; the error is the crate's message,
    /// which never holds a value from the report.
    fn anonymise_line(&self, bytes: &[u8], done: &mut Done) -> Result<(), String> {
        let limits = self.anonymiser.limits();
        let report = Report::from_slice_with_limits(bytes, limits).map_err(|e| e.to_string())?;
        let disseminated = self
            .anonymiser
            .anonymise(&report)
            .map_err(|e| e.to_string())?;
        let json = disseminated.to_json().map_err(|e| e.to_string())?;
        for r in &disseminated.redactions {
            if let Some(i) = Kind::ALL.iter().position(|k| *k == r.kind) {
                done.redactions[i] += u64::from(r.count);
            }
        }
        done.out.extend_from_slice(json.as_bytes());
        done.out.push(b'\n');
        done.ok += 1;
        Ok(())
    }
}

/// Hands a batch to the workers once a credit is free; false when the
/// writer has stopped.
fn send(batch: Batch, work_tx: &SyncSender<Batch>, credits: &Receiver<()>) -> bool {
    credits.recv().is_ok() && work_tx.send(batch).is_ok()
}

/// Reads one line into `buf` without its line ending, keeping at most
/// `max + 1` bytes of it: a longer line is skipped to its end and flagged.
/// Returns the bytes consumed and whether the line was too long, or `None`
/// at the end of the input.
fn read_capped_line(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<Option<(u64, bool)>> {
    let mut consumed = 0u64;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            if consumed == 0 {
                return Ok(None);
            }
            break;
        }
        let (chunk, used, end) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (&available[..i], i + 1, true),
            None => (available, available.len(), false),
        };
        if !too_long {
            let room = max.saturating_add(1).saturating_sub(buf.len());
            if chunk.len() > room {
                too_long = true;
                buf.clear();
                buf.shrink_to_fit();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        reader.consume(used);
        consumed += used as u64;
        if end {
            break;
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    if buf.len() > max {
        too_long = true;
        buf.clear();
    }
    Ok(Some((consumed, too_long)))
}

/// Writes the batches in input order, returns a credit per batch written,
/// and keeps the totals.
fn write_in_order(
    done_rx: &Receiver<Done>,
    credits: &SyncSender<()>,
    sink: &mut (dyn Write + Send),
    mut progress: Option<Progress>,
) -> Result<Summary, String> {
    let mut pending: HashMap<u64, Done> = HashMap::new();
    let mut next = 0u64;
    let mut summary = Summary {
        redactions: vec![0; Kind::ALL.len()],
        ..Summary::default()
    };
    for done in done_rx {
        pending.insert(done.seq, done);
        while let Some(done) = pending.remove(&next) {
            next += 1;
            if !done.failures.is_empty() {
                if let Some(p) = progress.as_mut() {
                    p.clear();
                }
                let mut err = io::stderr().lock();
                for failure in &done.failures {
                    let _ = writeln!(err, "{failure}");
                }
            }
            sink.write_all(&done.out)
                .map_err(|e| format!("cannot write the output: {e}"))?;
            summary.records += done.records;
            summary.ok += done.ok;
            summary.failed += done.failures.len() as u64;
            summary.bytes += done.bytes;
            for (total, n) in summary.redactions.iter_mut().zip(done.redactions) {
                *total += n;
            }
            if let Some(p) = progress.as_mut() {
                p.update(&summary);
            }
            // The reader may be gone once everything is read.
            let _ = credits.try_send(());
        }
    }
    if let Some(p) = progress.as_mut() {
        p.clear();
    }
    Ok(summary)
}

/// A one-line progress bar on standard error (a terminal).
struct Progress {
    total: Option<u64>,
    start: Instant,
    last: Option<Instant>,
    shown: bool,
}

impl Progress {
    fn new(total: Option<u64>) -> Self {
        Self {
            total,
            start: Instant::now(),
            last: None,
            shown: false,
        }
    }

    fn update(&mut self, summary: &Summary) {
        let now = Instant::now();
        if now.duration_since(self.start) < PROGRESS_AFTER
            || self
                .last
                .is_some_and(|t| now.duration_since(t) < PROGRESS_EVERY)
        {
            return;
        }
        self.last = Some(now);
        let rate = mb_per_s(summary.bytes, now.duration_since(self.start));
        let bar = match self.total.filter(|t| *t > 0) {
            Some(total) => {
                let fraction = (summary.bytes as f64 / total as f64).clamp(0.0, 1.0);
                let filled = (fraction * 30.0) as usize;
                format!(
                    "[{}{}] {:>3.0}% ",
                    "#".repeat(filled),
                    ".".repeat(30 - filled),
                    fraction * 100.0
                )
            }
            None => String::new(),
        };
        let mut err = io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[K{bar}{} records, {} failed, {rate:.2} MB/s",
            summary.records, summary.failed
        );
        let _ = err.flush();
        self.shown = true;
    }

    fn clear(&mut self) {
        if self.shown {
            let mut err = io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
            self.shown = false;
        }
    }
}

fn mb_per_s(bytes: u64, elapsed: Duration) -> f64 {
    let secs = elapsed.as_secs_f64();
    if secs > 0.0 {
        bytes as f64 / 1e6 / secs
    } else {
        0.0
    }
}

fn print_summary(summary: &Summary, elapsed: Duration) {
    let mut by_kind: Vec<String> = Kind::ALL
        .iter()
        .zip(&summary.redactions)
        .filter(|(_, n)| **n > 0)
        .map(|(k, n)| format!("{} {n}", k.as_str()))
        .collect();
    if by_kind.is_empty() {
        by_kind.push("none".to_owned());
    }
    eprintln!(
        "anonymise: {} records, {} anonymised, {} failed; redactions: {}; {:.2} s, {:.2} MB/s",
        summary.records,
        summary.ok,
        summary.failed,
        by_kind.join(", "),
        elapsed.as_secs_f64(),
        mb_per_s(summary.bytes, elapsed)
    );
}
