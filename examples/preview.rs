//! The reporter's preview: what report-shield would change in a draft
//! narrative, and which phrases may give the reporter away, shown in plain
//! words as a front end would show them before the report is sent.
//!
//! ```text
//! echo "My ex-partner PC 4471 texted me on 07700 900123." \
//!   | cargo run --example preview -- --phone "07700 900123" [--json]
//! ```
//!
//! The draft is read from standard input. The reporter's declared details
//! (`--name`, `--phone`, `--email`, `--address`, `--postcode`) are
//! protected in any formatting; the subject's (`--subject-name`,
//! `--collar`) are kept. This screen is the reporter's own, so it quotes
//! the draft; `--json` gives byte ranges into the draft instead, for a
//! front end to highlight.
//!
//! Exit codes: 0 preview shown; 1 the draft could not be read or checked.

use std::io::{self, Read, Write};
use std::ops::Range;
use std::process::ExitCode;

use clap::Parser;
use report_shield::{
    ActionKind, Anonymiser, Change, DEFAULT_MAX_TEXT_BYTES, Hint, Key, Kind, Party, Policy, Review,
    Severity, TextContext,
};

/// Preview what would be changed in a draft report before it is sent.
#[derive(Debug, Parser)]
#[command(name = "preview", version)]
struct Args {
    /// Your name, as given in the contact details.
    #[arg(long)]
    name: Option<String>,
    /// Your phone number.
    #[arg(long)]
    phone: Option<String>,
    /// Your email address.
    #[arg(long)]
    email: Option<String>,
    /// Your address.
    #[arg(long)]
    address: Option<String>,
    /// Your postcode.
    #[arg(long)]
    postcode: Option<String>,
    /// The name of the officer or staff member you are reporting (kept);
    /// repeat for several.
    #[arg(long, value_name = "NAME")]
    subject_name: Vec<String>,
    /// Their collar (shoulder) number (kept); repeat for several.
    #[arg(long, value_name = "NUMBER")]
    collar: Vec<String>,
    /// The policy: `dissemination` or `strict`.
    #[arg(long, default_value = "dissemination", value_parser = ["dissemination", "strict"])]
    policy: String,
    /// Machine-readable output: changes and hints with byte ranges.
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("preview: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), String> {
    let draft = read_draft()?;
    let policy = if args.policy == "strict" {
        Policy::strict()
    } else {
        Policy::dissemination()
    };
    // The preview makes no token anyone keeps: a throwaway key is right.
    let key = Key::generate("preview").map_err(|e| format!("cannot make a key: {e}"))?;
    let anonymiser = Anonymiser::builder()
        .key(key)
        .policy(policy)
        .build()
        .map_err(|e| format!("cannot build the anonymiser: {e}"))?;
    let ctx = context(args);
    let review = anonymiser
        .review(&draft, &ctx)
        .map_err(|e| format!("cannot check the draft: {e}"))?;
    let mut out = io::stdout().lock();
    let written = if args.json {
        write_json(&mut out, &review)
    } else {
        let result = anonymiser
            .anonymise_text(&draft, &ctx)
            .map_err(|e| format!("cannot check the draft: {e}"))?;
        write_plain(&mut out, &draft, &review, &result.text)
    };
    written
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write the preview: {e}"))
}

fn read_draft() -> Result<String, String> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(DEFAULT_MAX_TEXT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read the draft from standard input: {e}"))?;
    if bytes.len() > DEFAULT_MAX_TEXT_BYTES {
        return Err(format!(
            "the draft is longer than {DEFAULT_MAX_TEXT_BYTES} bytes"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "the draft is not valid UTF-8 text (at byte {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn context(args: &Args) -> TextContext {
    let mut ctx = TextContext::new();
    let reporter = [
        (Kind::Name, &args.name),
        (Kind::Phone, &args.phone),
        (Kind::Email, &args.email),
        (Kind::Address, &args.address),
        (Kind::Postcode, &args.postcode),
    ];
    for (kind, value) in reporter {
        if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
            ctx.add_known(kind, v, Party::Reporter);
        }
    }
    for name in args.subject_name.iter().filter(|v| !v.trim().is_empty()) {
        ctx.add_known(Kind::Name, name, Party::Subject);
    }
    for collar in args.collar.iter().filter(|v| !v.trim().is_empty()) {
        ctx.add_known(Kind::CollarNumber, collar, Party::Subject);
    }
    ctx
}

fn write_json(out: &mut dyn Write, review: &Review) -> io::Result<()> {
    let changes: Vec<serde_json::Value> = review
        .changes
        .iter()
        .map(|c| {
            serde_json::json!({
                "kind": c.kind,
                "party": c.party,
                "action": c.action,
                "detector": c.detector,
                "range": {"start": c.range.start, "end": c.range.end},
            })
        })
        .collect();
    let doc = serde_json::json!({ "changes": changes, "hints": review.hints });
    serde_json::to_writer_pretty(&mut *out, &doc).map_err(io::Error::other)?;
    writeln!(out)
}

fn write_plain(
    out: &mut dyn Write,
    draft: &str,
    review: &Review,
    anonymised: &str,
) -> io::Result<()> {
    if review.changes.is_empty() {
        writeln!(
            out,
            "We found nothing that we would need to change before your report is sent."
        )?;
    } else {
        let n = review.changes.len();
        writeln!(
            out,
            "Before your report is sent, we would change {n} detail{} to protect you:",
            if n == 1 { "" } else { "s" }
        )?;
        for (i, change) in review.changes.iter().enumerate() {
            writeln!(out, "  {}. {}", i + 1, describe_change(draft, change))?;
        }
    }
    writeln!(out)?;
    if review.hints.is_empty() {
        writeln!(
            out,
            "We did not spot any phrase that could point to you, but read your report \
             again with the officer's eyes before you send it."
        )?;
    } else {
        writeln!(
            out,
            "Some phrases may tell the officer who you are, even after these changes:"
        )?;
        for hint in &review.hints {
            writeln!(out, "  - {}", describe_hint(draft, hint))?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "This is how the force would read it (codes like [PHONE:...] stand for details \
         we protected):"
    )?;
    writeln!(out)?;
    for line in anonymised.lines() {
        writeln!(out, "    {line}")?;
    }
    Ok(())
}

fn describe_change(draft: &str, change: &Change) -> String {
    let whose = match change.party {
        Party::Reporter => "yours",
        Party::Subject => "the officer's",
        Party::ThirdParty => "someone else's",
        _ => "we cannot tell whose it is, so we treat it as yours",
    };
    let what = match change.action {
        ActionKind::Remove => "will be removed".to_owned(),
        ActionKind::Label => format!("will be replaced by [{}]", change.kind.label()),
        ActionKind::Mask => "will be partly hidden".to_owned(),
        ActionKind::Pseudonymise => "will be replaced by a code that does not reveal it \
                                     (the same detail always gets the same code)"
            .to_owned(),
        ActionKind::Generalise => "will be made less precise".to_owned(),
        _ => "will be changed".to_owned(),
    };
    format!(
        "{} ({}, {whose}) {what}.",
        quote(draft, &change.range),
        change.kind.plain_words()
    )
}

fn describe_hint(draft: &str, hint: &Hint) -> String {
    let level = match hint.severity {
        Severity::High => "high risk",
        Severity::Medium => "some risk",
        _ => "low risk",
    };
    format!("{} ({level}): {}", quote(draft, &hint.range), hint.message)
}

/// The draft's phrase in quotes, on one line and at most 60 characters.
fn quote(draft: &str, range: &Range<usize>) -> String {
    let phrase = draft.get(range.clone()).unwrap_or("");
    let mut words = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((cut, _)) = words.char_indices().nth(60) {
        words.truncate(cut);
        words.push('…');
    }
    format!("\"{words}\"")
}
