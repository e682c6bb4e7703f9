//! The secret sweep (issue 6): for a confidential report full of the
//! reporter's identifiers, everything the crate can print or return (the
//! disseminated JSON, `Debug` and `Display` of every public type, every
//! error message, the redaction records and the review hints) holds none
//! of the reporter's values, by the project's leak standard, and none of
//! the key's bytes in any formatting. Also: tokens under different keys
//! cannot be linked, the kind is part of the token, and keys cannot be
//! cloned.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/leak.rs"]
mod leak;

use data_encoding::{BASE64, BASE64_NOPAD, BASE64URL, BASE64URL_NOPAD, HEXLOWER, HEXUPPER};
use report_shield::{
    Anonymiser, AnonymiserBuilder, Category, Contact, Detector, Disseminated, Error, Incident, Key,
    Keyring, Kind, KnownValue, NormalisedText, Party, Policy, Rank, Report, Reporter, Scope,
    Subject, TextContext, TokenKind,
};

/// The secret of the sweep's key: 32 bytes, printable so that a raw copy
/// is easy to spot too.
const SECRET: &[u8; 32] = b"S3cr3t-K3y-f0r-the-secret-sweep!";

/// The reporter's values, as (leak-standard kind, value).
const REPORTER: &[(&str, &str)] = &[
    ("name", "Marigold Penhallow"),
    ("phone", "07700 900461"),
    ("email", "marigold.penhallow@example.org"),
    ("address", "14 Quillfeather Lane, Truro"),
    ("postcode", "TR1 9XQ"),
    ("nino", "QQ 12 34 56 C"),
    ("date_of_birth", "03/04/1987"),
    ("vehicle_reg", "MA51 PEN"),
];

const NARRATIVE: &str = "My name is Marigold Penhallow and I work at the custody suite with \
     PC Daniel Reeves. On 12 March at 07:30 he took £2,500 in cash from a detainee, \
     crime ref 43/12345/24. Call me on 07700900461 or +44 7700 900461, or \
     oh seven seven double oh nine double oh four six one. Email \
     marigold.penhallow@example.org or marigold dot penhallow at example dot org. \
     I live at 14 Quillfeather Lane, Truro TR1 9XQ. My NI number is QQ 12 34 56 C, \
     I was born on 03/04/1987 and I drive MA51 PEN. \
     My friend Marigold can confirm, ask Penhallow at the front desk.";

fn key(id: &str) -> Key {
    Key::from_bytes(id, SECRET).unwrap()
}

fn anonymiser() -> Anonymiser {
    Anonymiser::builder().key(key("k1")).build().unwrap()
}

fn report() -> Report {
    let contact = Contact::new()
        .with_name("Marigold Penhallow")
        .with_phone("07700 900461")
        .with_email("marigold.penhallow@example.org")
        .with_address("14 Quillfeather Lane, Truro")
        .with_postcode("TR1 9XQ")
        .with_best_time("after 6pm");
    let mut incident = Incident::new();
    incident.location = Some("outside 14 Quillfeather Lane, Truro".into());
    Report::new(NARRATIVE, [Category::Bribery, Category::AbuseOfPosition])
        .with_id("r-2026-000461")
        .with_subject(
            Subject::new()
                .with_name("Daniel Reeves")
                .with_rank(Rank::Constable)
                .with_collar_number("PC 4471")
                .with_force("Devon and Cornwall")
                .with_station("Truro")
                .with_description("Tall, beard. He knows me: Marigold Penhallow, 07700 900461."),
        )
        .with_incident(incident)
        .with_reporter(Reporter::confidential(contact))
}

/// Every formatting of the key's secret that a careless `Debug`, log line
/// or serialiser could produce, and every 6-byte window of it in hex.
fn key_forms() -> Vec<String> {
    let mut forms = vec![
        String::from_utf8_lossy(SECRET).into_owned(),
        HEXLOWER.encode(SECRET),
        HEXUPPER.encode(SECRET),
        BASE64.encode(SECRET),
        BASE64_NOPAD.encode(SECRET),
        BASE64URL.encode(SECRET),
        BASE64URL_NOPAD.encode(SECRET),
        format!("{:?}", SECRET.to_vec()),
        format!("{:?}", SECRET),
        SECRET
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(","),
        SECRET
            .iter()
            .map(|b| format!("{b:#04x}"))
            .collect::<Vec<_>>()
            .join(", "),
    ];
    for w in SECRET.windows(6) {
        forms.push(HEXLOWER.encode(w));
    }
    // Raw windows long enough not to be English words ("secret").
    for w in SECRET.windows(12) {
        forms.push(String::from_utf8_lossy(w).into_owned());
    }
    // The base64 of any 9 aligned bytes.
    for chunk in SECRET.chunks(9).filter(|c| c.len() == 9) {
        forms.push(BASE64.encode(chunk));
    }
    forms
}

/// Asserts that `output` (named `what`) leaks nothing.
fn assert_clean(what: &str, output: &str, failures: &mut Vec<String>) {
    for (kind, value) in REPORTER {
        if leak::leaked(output, kind, value) {
            failures.push(format!("{what}: reporter {kind} leaked in {output:?}"));
        }
    }
    let lower = output.to_lowercase();
    for form in key_forms() {
        if lower.contains(&form.to_lowercase()) {
            failures.push(format!("{what}: key bytes ({form:?}) in {output:?}"));
        }
    }
}

fn finish(failures: Vec<String>) {
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

/// The test itself can fail: the leak rules and the key forms catch what
/// they should.
#[test]
fn the_sweep_catches_leaks() {
    let mut f = Vec::new();
    assert_clean("raw", NARRATIVE, &mut f);
    for (kind, _) in REPORTER {
        assert!(
            f.iter()
                .any(|m| m.contains(&format!("reporter {kind} leaked"))),
            "{kind} not caught in the raw narrative"
        );
    }
    for (what, form) in [
        ("hex", format!("x{}y", &HEXUPPER.encode(SECRET)[10..24])),
        ("b64", BASE64.encode(SECRET)),
        ("b64 part", BASE64URL_NOPAD.encode(&SECRET[9..27])),
        ("dec", format!("{:?}", SECRET.to_vec())),
        (
            "raw",
            format!("..{}..", String::from_utf8_lossy(&SECRET[3..20])),
        ),
    ] {
        let mut f = Vec::new();
        assert_clean(what, &form, &mut f);
        assert!(!f.is_empty(), "{what} not caught");
    }
    let mut f = Vec::new();
    assert_clean("clean", "PC Daniel Reeves took £2,500 at 07:30.", &mut f);
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn disseminated_report_and_its_records_are_clean() {
    let anon = anonymiser();
    let report = report();
    let out: Disseminated = anon.anonymise(&report).unwrap();
    let mut f = Vec::new();
    assert_clean("disseminated JSON", &out.to_json().unwrap(), &mut f);
    assert_clean(
        "disseminated pretty JSON",
        &out.to_json_pretty().unwrap(),
        &mut f,
    );
    assert_clean("Debug of Disseminated", &format!("{out:?}"), &mut f);
    assert_clean("Debug of Disseminated {:#?}", &format!("{out:#?}"), &mut f);
    for r in &out.redactions {
        assert_clean("Debug of Redaction", &format!("{r:?}"), &mut f);
    }
    for h in &out.review {
        assert_clean("Debug of Hint", &format!("{h:?}"), &mut f);
        assert_clean("hint message", &h.message, &mut f);
        assert_clean("hint field", &h.field, &mut f);
    }
    // The evidence is still there.
    assert!(
        out.narrative.contains("PC Daniel Reeves"),
        "{}",
        out.narrative
    );
    assert!(out.narrative.contains("£2,500"));
    assert!(out.narrative.contains("43/12345/24"));
    assert!(out.reporter.contact_token.is_some());
    finish(f);
}

#[test]
fn anonymised_text_review_and_findings_are_clean() {
    let anon = anonymiser();
    let report = report();
    let ctx = TextContext::for_report(&report);
    let mut f = Vec::new();

    let text = anon.anonymise_text(NARRATIVE, &ctx).unwrap();
    assert_clean("anonymised text", &text.text, &mut f);
    assert_clean("Debug of AnonymisedText", &format!("{text:?}"), &mut f);
    for r in &text.redactions {
        assert_clean("Debug of TextRedaction", &format!("{r:?}"), &mut f);
    }
    for h in &text.hints {
        assert_clean("text hint", &format!("{h:?} {}", h.message), &mut f);
    }

    let review = anon.review(NARRATIVE, &ctx).unwrap();
    assert!(!review.changes.is_empty());
    assert_clean("Debug of Review", &format!("{review:#?}"), &mut f);
    for c in &review.changes {
        assert_clean("Debug of Change", &format!("{c:?}"), &mut f);
    }

    let findings = anon.detect(NARRATIVE, &ctx);
    assert!(!findings.is_empty());
    for finding in &findings {
        assert_clean("Debug of Finding", &format!("{finding:?}"), &mut f);
    }
    let detector = Detector::new().unwrap();
    assert_clean("Debug of Detector", &format!("{detector:?}"), &mut f);
    for finding in detector.detect(NARRATIVE, &ctx) {
        assert_clean("Debug of Finding", &format!("{finding:?}"), &mut f);
    }
    assert_clean(
        "Debug of NormalisedText",
        &format!("{:?}", NormalisedText::new(NARRATIVE)),
        &mut f,
    );
    finish(f);
}

#[test]
fn debug_of_every_value_holding_type_is_clean() {
    let report = report();
    let ctx = TextContext::for_report(&report);
    let mut f = Vec::new();
    assert_clean("Debug of Report", &format!("{report:?}"), &mut f);
    assert_clean("Debug of Report {:#?}", &format!("{report:#?}"), &mut f);
    assert_clean(
        "Debug of Reporter",
        &format!("{:?}", report.reporter),
        &mut f,
    );
    if let Some(contact) = &report.reporter.contact {
        assert_clean("Debug of Contact", &format!("{contact:?}"), &mut f);
    }
    for s in &report.subjects {
        assert_clean("Debug of Subject", &format!("{s:?}"), &mut f);
    }
    assert_clean(
        "Debug of Incident",
        &format!("{:?}", report.incident),
        &mut f,
    );
    assert_clean("Debug of TextContext", &format!("{ctx:?}"), &mut f);
    assert!(!ctx.known().is_empty());
    for k in ctx.known() {
        assert_clean("Debug of KnownValue", &format!("{k:?}"), &mut f);
    }
    let kv = KnownValue::new(Kind::Phone, "07700 900461", Party::Reporter);
    assert_clean("Debug of KnownValue::new", &format!("{kv:?}"), &mut f);
    let mut allowed = TextContext::new();
    allowed.allow("Marigold Penhallow");
    assert_clean(
        "Debug of TextContext with allow",
        &format!("{allowed:?}"),
        &mut f,
    );

    let key = key("k1");
    assert_clean("Debug of Key", &format!("{key:?}"), &mut f);
    let builder: AnonymiserBuilder = Anonymiser::builder().key(key).allow("Marigold");
    assert_clean(
        "Debug of AnonymiserBuilder",
        &format!("{builder:?}"),
        &mut f,
    );
    let anon = builder.build().unwrap();
    assert_clean("Debug of Anonymiser", &format!("{anon:?}"), &mut f);
    let keyring = Keyring::new(key_with("k2", 1))
        .with_previous(self::key("k3"))
        .unwrap();
    assert_clean("Debug of Keyring", &format!("{keyring:?}"), &mut f);
    let policy = Policy::dissemination();
    assert_clean("Debug of Policy", &format!("{policy:?}"), &mut f);
    assert_clean("Policy JSON", &policy.to_json().unwrap(), &mut f);
    finish(f);
}

fn key_with(id: &str, tweak: u8) -> Key {
    let mut secret = *SECRET;
    secret[0] ^= tweak;
    Key::from_bytes(id, &secret).unwrap()
}

/// Error messages of bad reports whose bad field held a reporter value.
#[test]
fn errors_from_bad_reports_are_clean() {
    let base = report().to_json().unwrap();
    let swap = |from: &str, to: &str| {
        assert!(base.contains(from), "{from}");
        base.replacen(from, to, 1)
    };
    let long_name = format!(r#""name":"{}""#, "Marigold Penhallow ".repeat(60));
    let jsons = [
        swap(r#""phone":"07700 900461""#, r#""phone":7700900461"#),
        swap(r#""phone":"07700 900461""#, r#""phone":["07700 900461"]"#),
        swap(r#""bribery""#, r#""marigold.penhallow@example.org""#),
        swap(r#""postcode":"TR1 9XQ""#, r#""TR1 9XQ":"postcode""#),
        swap(
            r#""email":"marigold.penhallow@example.org""#,
            r#""marigold.penhallow@example.org":1"#,
        ),
        swap(r#""name":"Marigold Penhallow""#, &long_name),
        swap(r#""rank":"#, r#""rank":"Marigold Penhallow","x":"#),
        swap(r#""id":"r-2026-000461""#, r#""received":"03/04/1987""#),
        swap(r#""mode":"confidential""#, r#""mode":"anonymous""#),
        swap(
            r#""phone":"07700 900461""#,
            r#""phone":"07700 900461","phone":"07700 900461""#,
        ),
        swap(
            r#""force":"#,
            r#""force":{"QQ 12 34 56 C":"MA51 PEN"},"f":"#,
        ),
        base.replacen('{', r#"{"14 Quillfeather Lane, Truro":1,"#, 1),
        base.replacen("07700 900461", "07700 900461\u{0}", 1),
        format!("{base} marigold.penhallow@example.org"),
        base.replacen("07700 900461\"", "07700 900461", 1),
    ];
    let mut f = Vec::new();
    let mut kinds = Vec::new();
    for json in &jsons {
        let Err(err): Result<Report, Error> = Report::from_json(json) else {
            f.push(format!("accepted: {json}"));
            continue;
        };
        kinds.push(err.kind());
        assert_clean("Display of Error", &err.to_string(), &mut f);
        assert_clean("Debug of Error", &format!("{err:?}"), &mut f);
        let bytes = Report::from_slice(json.as_bytes()).unwrap_err();
        assert_clean("Display of Error (slice)", &bytes.to_string(), &mut f);
    }
    // Several kinds of error were exercised, not one.
    kinds.sort_by_key(|k| format!("{k:?}"));
    kinds.dedup();
    assert!(kinds.len() >= 4, "{kinds:?}");

    // Validation errors of a report built in Rust.
    let over = report().with_subject(Subject::new().with_name("Marigold Penhallow ".repeat(60)));
    let err = over
        .validate(&report_shield::Limits::default())
        .unwrap_err();
    assert_clean("Display of validation Error", &err.to_string(), &mut f);
    let err = anonymiser().anonymise(&over).unwrap_err();
    assert_clean("Display of anonymise Error", &err.to_string(), &mut f);
    finish(f);
}

/// Error messages of bad keys name neither the id nor the secret.
#[test]
fn errors_from_bad_keys_are_clean() {
    let hex = HEXLOWER.encode(SECRET);
    let b64 = BASE64.encode(SECRET);
    let results = [
        Key::from_bytes("k1", &SECRET[..16]),
        Key::from_bytes("k1", &[SECRET.as_slice(), SECRET.as_slice(), b"x"].concat()),
        Key::from_hex("k1", &format!("{hex}zz")),
        Key::from_hex("k1", &hex[..63]),
        Key::from_hex("k1", &hex[..32]),
        Key::from_base64("k1", &format!("{b64}!!")),
        Key::from_base64("k1", &b64[..20]),
        Key::from_bytes("marigold.penhallow@example.org", SECRET),
        Key::from_hex("07700 900461", &hex),
        Key::from_bytes(std::str::from_utf8(SECRET).unwrap(), SECRET),
    ];
    let mut f = Vec::new();
    for (i, r) in results.into_iter().enumerate() {
        let Err(err) = r else {
            f.push(format!("bad key {i} accepted"));
            continue;
        };
        assert_eq!(err.kind(), report_shield::ErrorKind::InvalidKey, "{i}");
        assert_clean("Display of key Error", &err.to_string(), &mut f);
        assert_clean("Debug of key Error", &format!("{err:?}"), &mut f);
        assert!(!err.to_string().contains("marigold"), "{err}");
        assert!(!err.to_string().contains(&hex[..12]), "{err}");
    }
    // A keyring refuses the same secret twice, without naming it.
    let err = Keyring::new(key("k1"))
        .with_previous(key("k2"))
        .unwrap_err();
    assert_clean("Display of keyring Error", &err.to_string(), &mut f);
    finish(f);
}

/// A date of birth written a second time in words, right after the first
/// (in brackets, after "i.e."), is the same date of birth, not an event
/// date. The leak standard counts either form as the value.
#[test]
fn repeated_date_of_birth_in_words() {
    let anon = anonymiser();
    let text = "I was born on 03/04/1987 (3rd April 1987).";
    let out = anon.anonymise_text(text, &TextContext::new()).unwrap();
    assert!(
        !leak::leaked(&out.text, "date_of_birth", "03/04/1987"),
        "{}",
        out.text
    );
}

#[test]
fn minimum_key_length_is_enforced() {
    for len in [0, 1, 16, 31] {
        assert!(Key::from_bytes("k1", &SECRET[..len]).is_err(), "{len}");
    }
    assert!(Key::from_bytes("k1", SECRET).is_ok());
    assert!(Key::from_bytes("k1", &[7u8; 64]).is_ok());
    assert!(Key::from_bytes("k1", &[7u8; 65]).is_err());
}

// --- tokens ---------------------------------------------------------------

fn mac(token: &str) -> &str {
    token
        .trim_start_matches('[')
        .trim_end_matches(']')
        .rsplit(':')
        .next()
        .unwrap()
}

#[test]
fn tokens_under_different_keys_cannot_be_linked() {
    // Same key id, different secrets: only the secret differs.
    let a = Keyring::new(key("k1"));
    let b = Keyring::new(key_with("k1", 0x80));
    let kind = TokenKind::Identifier(Kind::Phone);
    let values: Vec<String> = (0..200).map(|n| format!("07700 900{n:03}")).collect();
    let ta: Vec<String> = values
        .iter()
        .map(|v| a.token(kind, v, &Scope::Global))
        .collect();
    let tb: Vec<String> = values
        .iter()
        .map(|v| b.token(kind, v, &Scope::Global))
        .collect();
    let macs_a: std::collections::HashSet<&str> = ta.iter().map(|t| mac(t)).collect();
    let macs_b: std::collections::HashSet<&str> = tb.iter().map(|t| mac(t)).collect();
    assert_eq!(macs_a.len(), values.len(), "tokens are distinct per value");
    assert!(
        macs_a.is_disjoint(&macs_b),
        "a MAC under one key reappears under the other"
    );
    for ((v, x), y) in values.iter().zip(&ta).zip(&tb) {
        assert_ne!(x, y);
        assert!(a.verify(x, kind, v, &Scope::Global));
        assert!(
            !b.verify(x, kind, v, &Scope::Global),
            "key B accepts key A's token"
        );
        assert!(!a.verify(y, kind, v, &Scope::Global));
        // A token verifies only for its own value.
        assert!(!a.verify(x, kind, "07700 900999x", &Scope::Global));
    }
    // No positional link either: the MACs of neighbouring values share no
    // more leading characters than chance allows (1/32 per character).
    let shared: usize = ta
        .iter()
        .zip(&tb)
        .map(|(x, y)| {
            mac(x)
                .bytes()
                .zip(mac(y).bytes())
                .filter(|(p, q)| p == q)
                .count()
        })
        .sum();
    assert!(shared < 200 * 13 / 8, "{shared} positions agree");
}

#[test]
fn same_value_under_different_kinds_gives_different_tokens() {
    let ring = Keyring::new(key("k1"));
    let value = "07700900461";
    let mut kinds: Vec<TokenKind> = Kind::ALL
        .iter()
        .map(|&k| TokenKind::Identifier(k))
        .collect();
    kinds.extend([
        TokenKind::Reference,
        TokenKind::Contact,
        TokenKind::FileName,
    ]);
    let macs: Vec<String> = kinds
        .iter()
        .map(|&k| mac(&ring.token(k, value, &Scope::Global)).to_owned())
        .collect();
    let distinct: std::collections::HashSet<&String> = macs.iter().collect();
    assert_eq!(distinct.len(), macs.len(), "the kind is part of the MAC");
    // And the scope too.
    let global = ring.token(TokenKind::Contact, value, &Scope::Global);
    let force = ring.token(
        TokenKind::Contact,
        value,
        &Scope::Force("devon-cornwall".into()),
    );
    assert_ne!(mac(&global), mac(&force));
}

// --- Key has no Clone -----------------------------------------------------

/// `assert_not_impl!(T: Trait)`: compiles only if `T` does not implement
/// `Trait` (the `static_assertions` trick: with an impl, the call below is
/// ambiguous between the two blanket impls and fails to compile).
macro_rules! assert_not_impl {
    ($t:ty: $tr:path) => {{
        trait AmbiguousIfImpl<A> {
            fn check() {}
        }
        impl<T: ?Sized> AmbiguousIfImpl<()> for T {}
        #[allow(dead_code)]
        struct Invalid;
        impl<T: ?Sized + $tr> AmbiguousIfImpl<Invalid> for T {}
        <$t as AmbiguousIfImpl<_>>::check();
    }};
}

#[test]
fn secrets_cannot_be_cloned_or_copied() {
    assert_not_impl!(Key: Clone);
    assert_not_impl!(Keyring: Clone);
    assert_not_impl!(Anonymiser: Clone);
    assert_not_impl!(AnonymiserBuilder: Clone);
    assert_not_impl!(Key: serde::Serialize);
    assert_not_impl!(Key: std::fmt::Display);
    assert_not_impl!(Keyring: serde::Serialize);
}
