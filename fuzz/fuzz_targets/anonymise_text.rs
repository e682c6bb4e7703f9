//! Arbitrary text with the reporter's known values inside it, plus
//! arbitrary extra known and allowed values → `anonymise_text`, `review`
//! and `detect`.
//!
//! Invariants:
//! - Never panics; ranges of findings, review changes and hints lie in the
//!   input on character boundaries; ranges of redaction records and hints
//!   lie in the output on character boundaries, in order, without overlap.
//! - No reporter value leaks (by the project's leak standard,
//!   `tests/support/leak.rs`) once tokens and labels are taken out of the
//!   output. The values are synthetic and precise: a drama phone number in
//!   one of six formats, an email with a local part of 4 to 10 letters, a
//!   name of two words of 4 to 10 letters. Each is inserted with a space on
//!   both sides. The check is skipped for a value that the arbitrary text
//!   alone already leaks (the fuzzer wrote it itself, in a form no known
//!   value is about) and for a reporter word that clashes with a subject,
//!   third-party or allowed value (then whose it is is ambiguous by
//!   construction).
//! - A subject's name, given as a subject known value and not clashing
//!   with the reporter's values, is kept.
#![no_main]

use std::sync::LazyLock;

use arbitrary::Arbitrary;
use fuzz_support::{
    Piece, ReporterValues, Word, assemble, background, clash, leak, on_boundaries, strip_tokens,
};
use libfuzzer_sys::fuzz_target;
use report_shield::{Anonymiser, Kind, Party, TextContext, dangerous};

static ANON: LazyLock<Anonymiser> = LazyLock::new(|| {
    Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
        .expect("anonymiser")
});

#[derive(Debug, Arbitrary)]
struct Extra {
    kind: u8,
    party: u8,
    value: String,
}

#[derive(Debug, Arbitrary)]
struct Input {
    reporter: ReporterValues,
    subject_first: Word,
    subject_last: Word,
    pieces: Vec<Piece>,
    extra: Vec<Extra>,
    allow: Vec<String>,
}

fn party(p: u8) -> Party {
    match p % 3 {
        0 => Party::Subject,
        1 => Party::ThirdParty,
        _ => Party::Unknown,
    }
}

fuzz_target!(|input: Input| {
    let r = &input.reporter;
    let subject = format!("{} {}", input.subject_first.0, input.subject_last.0);
    let text = assemble(&input.pieces, r, &subject);
    let bg = background(&input.pieces);

    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Phone, r.phone.text(), Party::Reporter);
    ctx.add_known(Kind::Email, r.email(), Party::Reporter);
    ctx.add_known(Kind::Name, r.name(), Party::Reporter);
    ctx.add_known(Kind::Name, subject.clone(), Party::Subject);
    let mut others: Vec<String> = vec![subject.clone()];
    for e in input.extra.iter().take(8) {
        let kind = Kind::ALL[usize::from(e.kind) % Kind::ALL.len()];
        ctx.add_known(kind, e.value.clone(), party(e.party));
        others.push(e.value.clone());
    }
    for a in input.allow.iter().take(4) {
        ctx.allow(a.clone());
        others.push(a.clone());
    }

    for f in ANON.detect(&text, &ctx) {
        assert!(on_boundaries(&text, &f.range), "finding off boundaries");
    }
    let review = ANON.review(&text, &ctx).expect("within the text limit");
    for c in &review.changes {
        assert!(on_boundaries(&text, &c.range), "change off boundaries");
    }
    for h in &review.hints {
        assert!(on_boundaries(&text, &h.range), "review hint off boundaries");
    }

    let out = ANON
        .anonymise_text(&text, &ctx)
        .expect("within the text limit");
    let mut end = 0;
    for red in &out.redactions {
        assert!(
            on_boundaries(&out.text, &red.output_range),
            "redaction off boundaries"
        );
        assert!(
            red.output_range.start >= end,
            "redactions overlap or out of order"
        );
        end = red.output_range.end;
    }
    for h in &out.hints {
        assert!(on_boundaries(&out.text, &h.range), "hint off boundaries");
    }

    let stripped = strip_tokens(&out.text);
    let other_words: Vec<String> = others
        .iter()
        .flat_map(|o| leak::alnum_words(&leak::normalise(o)))
        .collect();
    let reporter_clash = r
        .words()
        .iter()
        .any(|w| other_words.iter().any(|o| o.len() >= 3 && clash(w, o)));
    for (kind, value) in r.values() {
        if leak::leaked(&bg, kind, &value) || (kind != "phone" && reporter_clash) {
            continue;
        }
        // Another known value (any kind) that holds the phone's digits
        // makes it ambiguous too.
        if kind == "phone" && others.iter().any(|o| leak::leaked(o, kind, &value)) {
            continue;
        }
        assert!(
            !leak::leaked(&stripped, kind, &value),
            "reporter {kind} leaked: {value:?}\n in {:?}\n from {text:?}",
            out.text
        );
    }

    let subject_in_text = input.pieces.iter().any(|p| matches!(p, Piece::Subject));
    let subject_clash = [&input.subject_first.0, &input.subject_last.0]
        .iter()
        .any(|s| {
            r.words().iter().any(|w| clash(w, s))
                || input.extra.iter().take(8).any(|e| {
                    party(e.party) != Party::Subject && clash(&e.value, s) && e.value.len() >= 3
                })
        });
    if subject_in_text && !subject_clash {
        assert!(
            leak::kept(&out.text, &subject),
            "subject name not kept: {subject:?}\n in {:?}\n from {text:?}",
            out.text
        );
    }
});
