//! Hostile and pathological input (issue 6): each input is generated here,
//! run without panic, and the work is bounded without a clock: output and
//! view sizes, finding counts, and linear scaling of those counts between
//! sizes n and 4n. Where a limit is passed, the error is typed and names
//! the limit, never the value.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use report_shield::{
    Anonymiser, Attachment, Category, Contact, ErrorKind, Kind, Limits, NormalisedText, Party,
    Report, Reporter, Subject, TextContext, dangerous,
};

fn anonymiser() -> Anonymiser {
    Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
        .unwrap()
}

/// Every range of every output lies on character boundaries.
fn check_ranges(anon: &Anonymiser, text: &str, ctx: &TextContext) -> usize {
    let findings = anon.detect(text, ctx);
    for f in &findings {
        assert!(f.range.end <= text.len());
        assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
    }
    let out = anon.anonymise_text(text, ctx).unwrap();
    for r in &out.redactions {
        let range = &r.output_range;
        assert!(range.start <= range.end && range.end <= out.text.len());
        assert!(out.text.is_char_boundary(range.start) && out.text.is_char_boundary(range.end));
    }
    for h in &out.hints {
        assert!(h.range.end <= out.text.len());
        assert!(out.text.is_char_boundary(h.range.start) && out.text.is_char_boundary(h.range.end));
    }
    findings.len()
}

fn digits(n: usize) -> String {
    // Not a single repeated digit: a realistic run that phone, card and
    // account patterns all look at.
    "0123456789".chars().cycle().take(n).collect()
}

// --- 1 MB of digits -------------------------------------------------------

#[test]
fn one_megabyte_of_digits() {
    let anon = anonymiser();
    let text = digits(1024 * 1024);
    let ctx = TextContext::new();
    let out = anon.anonymise_text(&text, &ctx).unwrap();
    // One run of digits is at most one detail: the output is no bigger
    // than the input plus one token.
    assert!(out.text.len() <= text.len() + 64, "{}", out.text.len());
    assert!(out.redactions.len() <= 1);
    assert!(anon.detect(&text, &ctx).len() <= 1);

    // As a narrative it passes the 64 KiB limit: a typed error naming the
    // field, not the digits.
    let report = Report::new(text, [Category::Bribery]);
    let err = anon.anonymise(&report).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::LimitExceeded);
    assert!(err.to_string().contains("narrative"));
    assert!(!err.to_string().contains("0123456"));
}

#[test]
fn digit_runs_scale_linearly() {
    // n phone numbers among digit noise: findings scale exactly with n.
    let anon = anonymiser();
    let unit = "call 07700 900123 or 01632 960001, ref 43/12345/24 at 0730hrs; ";
    let count = |n: usize| check_ranges(&anon, &unit.repeat(n), &TextContext::new());
    let (a, b) = (count(50), count(200));
    assert!(a >= 100, "both phones found in each unit: {a}");
    assert_eq!(b, 4 * a);
}

// --- 100,000 '@' ----------------------------------------------------------

#[test]
fn a_hundred_thousand_at_signs() {
    let anon = anonymiser();
    let text = "@".repeat(100_000);
    let n = check_ranges(&anon, &text, &TextContext::new());
    assert_eq!(n, 0, "'@' alone is no email or handle");
    let out = anon.anonymise_text(&text, &TextContext::new()).unwrap();
    assert_eq!(out.text, text);

    // With an address in the middle and at both ends, exactly those.
    let mixed = format!(
        "{a}jo@example.com{a} sam@example.org {a}",
        a = "@".repeat(30_000)
    );
    let out = anon.anonymise_text(&mixed, &TextContext::new()).unwrap();
    assert!(!out.text.contains("example.com") || !out.text.contains("jo@"));
    assert!(!out.text.contains("sam@example.org"));
}

#[test]
fn at_signs_and_dots_scale_linearly() {
    let anon = anonymiser();
    let unit = "@.@ jo at example dot com @@ x@y ";
    let count = |n: usize| check_ranges(&anon, &unit.repeat(n), &TextContext::new());
    let (a, b) = (count(100), count(400));
    assert_eq!(b, 4 * a);
}

// --- a 64 KiB one-word narrative ------------------------------------------

#[test]
fn one_word_narrative_at_the_limit() {
    let anon = anonymiser();
    let word: String = "abcdefghijklmnopqrstuvwxyz"
        .chars()
        .cycle()
        .take(64 * 1024)
        .collect();
    let report = Report::new(word.clone(), [Category::Bribery]);
    let out = anon.anonymise(&report).unwrap();
    // One word of lower-case letters is nothing to remove.
    assert_eq!(out.narrative, word);
    assert!(out.redactions.is_empty());

    let longer = Report::new(format!("{word}a"), [Category::Bribery]);
    assert_eq!(
        anon.anonymise(&longer).unwrap_err().kind(),
        ErrorKind::LimitExceeded
    );
}

// --- deeply nested JSON ---------------------------------------------------

#[test]
fn deeply_nested_json_is_a_typed_error() {
    for depth in [200, 10_000, 100_000] {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let json = format!("{}1{}", open.repeat(depth), close.repeat(depth));
            let Err(err) = Report::from_json(&json) else {
                panic!("nested JSON accepted");
            };
            if json.len() > Limits::default().max_input_bytes() {
                assert_eq!(err.kind(), ErrorKind::LimitExceeded);
            } else {
                assert!(
                    matches!(
                        err.kind(),
                        ErrorKind::Json
                            | ErrorKind::InvalidReport
                            | ErrorKind::UnknownField
                            | ErrorKind::MissingField
                    ),
                    "{err}"
                );
            }
        }
    }
    // Nested inside a valid report's field.
    let json = format!(
        r#"{{"schema_version":1,"categories":["bribery"],"narrative":{}"x"{}}}"#,
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let err = Report::from_json(&json).unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::Json | ErrorKind::InvalidReport
    ));
}

// --- a JSON number with 10,000 digits -------------------------------------

#[test]
fn ten_thousand_digit_number() {
    let big = "9".repeat(10_000);
    for json in [
        format!(r#"{{"schema_version":{big},"categories":["bribery"],"narrative":"x"}}"#),
        format!(
            r#"{{"schema_version":1,"categories":["bribery"],"narrative":"x","attachments":[{{"size_bytes":{big}}}]}}"#
        ),
        format!(r#"{{"schema_version":1,"categories":["bribery"],"narrative":{big}}}"#),
        format!(
            r#"{{"schema_version":1,"categories":["bribery"],"narrative":"x","subjects":[{{"name":0.{big}e-99999}}]}}"#
        ),
    ] {
        let err = Report::from_json(&json).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                ErrorKind::Json | ErrorKind::InvalidReport | ErrorKind::UnsupportedVersion
            ),
            "{:?}",
            err.kind()
        );
        assert!(!err.to_string().contains("99999"), "{err}");
        assert!(err.to_string().len() < 200);
    }
}

// --- every Unicode space, control and format character ---------------------

/// Every whitespace and control character, and the format characters that
/// people paste or hide in text.
fn spaces_and_controls() -> Vec<char> {
    let format = [
        0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
        0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069,
        0xFEFF, 0xFFF9, 0xFFFA, 0xFFFB, 0xE0001, 0xE0020, 0xE007F,
    ];
    let mut out: Vec<char> = (0..=0x10FFFF_u32)
        .filter_map(char::from_u32)
        .filter(|c| c.is_whitespace() || c.is_control())
        .collect();
    out.extend(format.iter().filter_map(|&u| char::from_u32(u)));
    out
}

#[test]
fn every_space_control_and_format_character() {
    let anon = anonymiser();
    let chars = spaces_and_controls();
    assert!(chars.len() > 90, "{}", chars.len());

    // All of them in one text, and each one alone between words.
    let all: String = chars.iter().collect();
    check_ranges(&anon, &all, &TextContext::new());
    let norm = NormalisedText::new(&all);
    assert!(norm.as_str().len() <= all.len());

    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Phone, "07700 900123", Party::Reporter);
    let mut hid = Vec::new();
    for &c in &chars {
        let text = format!("PC Reeves{c}took{c}£500.{c}Call{c}07700{c}900123{c}please");
        check_ranges(&anon, &text, &ctx);
        let out = anon.anonymise_text(&text, &ctx).unwrap();
        // A space or an invisible character inside the reporter's phone
        // number does not hide it.
        if (c.is_whitespace() || !c.is_control()) && out.text.contains("900123") {
            hid.push(format!("U+{:04X}", u32::from(c)));
        }
        assert!(out.text.contains("£500"), "U+{:04X}", u32::from(c));
    }
    assert!(hid.is_empty(), "these characters hid the phone: {hid:?}");
}

// --- right-to-left overrides ----------------------------------------------

#[test]
fn right_to_left_overrides() {
    let anon = anonymiser();
    let ctx = TextContext::new();
    let cases = [
        "call 07700\u{202E}900123\u{202C} now",
        "call \u{202E}07700 900123\u{202C} now",
        "call \u{2067}07700\u{2069} \u{2066}900123\u{2069}",
        "email jo\u{202E}@example.com\u{202C} now",
        "call \u{200F}07700\u{200F}900\u{200F}123",
    ];
    for text in cases {
        check_ranges(&anon, text, &ctx);
        let out = anon.anonymise_text(text, &ctx).unwrap();
        let visible: String = out.text.chars().filter(char::is_ascii).collect();
        assert!(!visible.contains("900123"), "{text:?} -> {:?}", out.text);
        assert!(
            !visible.contains("jo@example.com"),
            "{text:?} -> {:?}",
            out.text
        );
    }
    // Thousands of overrides, unbalanced.
    let text = "\u{202E}".repeat(20_000) + "07700 900123" + &"\u{202D}".repeat(20_000);
    check_ranges(&anon, &text, &ctx);
    assert!(
        !anon
            .anonymise_text(&text, &ctx)
            .unwrap()
            .text
            .contains("900123")
    );
}

// --- combining marks stacked 1,000 deep -----------------------------------

#[test]
fn combining_marks_stacked_deep() {
    let anon = anonymiser();
    let ctx = TextContext::new();
    let view_len = |depth: usize| {
        let text = format!("a{}b", "\u{0301}".repeat(depth));
        check_ranges(&anon, &text, &ctx);
        let norm = NormalisedText::new(&text);
        let back = norm.to_original(0..norm.as_str().len());
        assert_eq!(back, 0..text.len());
        norm.as_str().len()
    };
    // The normaliser keeps a bounded number of marks per character: the
    // view does not grow with the depth.
    let (a, b) = (view_len(1_000), view_len(4_000));
    assert_eq!(a, b);
    assert!(a <= 2 + 30 * 2, "{a}");

    // Many stacks: linear in their number.
    let text = |n: usize| format!("x{}", "\u{0301}".repeat(1_000)).repeat(n);
    let (small, large) = (text(10), text(40));
    let (ns, nl) = (NormalisedText::new(&small), NormalisedText::new(&large));
    assert_eq!(nl.as_str().len(), 4 * ns.as_str().len());
    check_ranges(&anon, &large, &ctx);

    // Marks stacked on a phone's digits do not hide it.
    let marks = "\u{0301}".repeat(1_000);
    let text = format!("call 07700 9001{marks}23 now");
    check_ranges(&anon, &text, &ctx);
}

// --- invalid UTF-8 in JSON Lines input ------------------------------------

#[test]
fn invalid_utf8_in_json_lines() {
    let good = r#"{"schema_version":1,"categories":["bribery"],"narrative":"He took £200."}"#;
    let mut lines: Vec<Vec<u8>> = vec![good.as_bytes().to_vec()];
    for bad in [
        &b"\xff"[..],
        b"\xc3\x28",
        b"\xe2\x82",
        b"\xf0\x90\x80",
        b"\xed\xa0\x80",
        b"\xc0\xaf",
    ] {
        let mut line = br#"{"schema_version":1,"categories":["bribery"],"narrative":"x"#.to_vec();
        line.extend_from_slice(bad);
        line.extend_from_slice(br#""}"#);
        lines.push(line);
    }
    lines.push(good.as_bytes().to_vec());
    let input = lines.join(&b'\n');
    let results: Vec<_> = input
        .split(|&b| b == b'\n')
        .map(Report::from_slice)
        .collect();
    assert_eq!(results.len(), 8);
    assert!(results.first().unwrap().is_ok());
    assert!(results.last().unwrap().is_ok());
    for r in &results[1..7] {
        let err = r.as_ref().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Json, "{err}");
    }
}

// --- every size limit, exactly and one byte past ----------------------------

fn base() -> Report {
    Report::new("He took £200.", [Category::Bribery])
}

fn assert_limit(ok: Report, over: Report, field: &str) {
    let anon = anonymiser();
    let limits = Limits::default();
    ok.validate(&limits).unwrap();
    anon.anonymise(&ok).unwrap();
    let json = ok.to_json().unwrap();
    Report::from_json(&json).unwrap();

    let err = over.validate(&limits).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::LimitExceeded, "{field}: {err}");
    assert!(err.to_string().contains(field), "{field}: {err}");
    assert_eq!(
        anon.anonymise(&over).unwrap_err().kind(),
        ErrorKind::LimitExceeded
    );
    if let Ok(json) = over.to_json() {
        assert!(Report::from_json(&json).is_err(), "{field}");
    }
}

#[test]
fn narrative_limit_exactly_and_one_past() {
    let max = Limits::default().max_narrative_bytes();
    assert_eq!(max, 64 * 1024);
    let at = |n: usize| Report::new("x".repeat(n), [Category::Bribery]);
    assert_limit(at(max), at(max + 1), "narrative");
    // A multi-byte character that crosses the limit by one byte.
    let straddle = Report::new("x".repeat(max - 1) + "é", [Category::Bribery]);
    assert_eq!(
        straddle.validate(&Limits::default()).unwrap_err().kind(),
        ErrorKind::LimitExceeded
    );
}

#[test]
fn subject_limit_exactly_and_one_past() {
    let max = Limits::default().max_subjects();
    assert_eq!(max, 20);
    let with = |n: usize| {
        (0..n).fold(base(), |r, i| {
            r.with_subject(Subject::new().with_name(format!("Officer {i}")))
        })
    };
    assert_limit(with(max), with(max + 1), "subjects");
}

#[test]
fn attachment_limit_exactly_and_one_past() {
    let max = Limits::default().max_attachments();
    assert_eq!(max, 50);
    let with = |n: usize| {
        (0..n).fold(base(), |r, i| {
            r.with_attachment(Attachment::new(format!("IMG_{i:04}.jpg")))
        })
    };
    // Attachments have no field name in the error yet the message names
    // the limit's subject.
    let anon = anonymiser();
    with(max).validate(&Limits::default()).unwrap();
    let out = anon.anonymise(&with(max)).unwrap();
    assert_eq!(out.attachments.len(), max);
    let err = with(max + 1).validate(&Limits::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::LimitExceeded);
    assert!(err.to_string().contains("attachments"), "{err}");
}

#[test]
fn short_and_long_field_limits_exactly_and_one_past() {
    let limits = Limits::default();
    let (short, long) = (limits.max_short_text_bytes(), limits.max_long_text_bytes());
    let name = |n: usize| base().with_subject(Subject::new().with_name("N".repeat(n)));
    assert_limit(name(short), name(short + 1), "subjects[0].name");
    let desc = |n: usize| base().with_subject(Subject::new().with_description("d".repeat(n)));
    assert_limit(desc(long), desc(long + 1), "subjects[0].description");
    let handles = |n: usize| {
        base().with_subject((0..n).fold(Subject::new(), |s, i| {
            s.with_online_handle(format!("@pc_{i}"))
        }))
    };
    let max_h = limits.max_handles_per_subject();
    assert_limit(handles(max_h), handles(max_h + 1), "online_handles");
    let phone = |n: usize| {
        base().with_reporter(Reporter::confidential(
            Contact::new().with_phone("7".repeat(n)),
        ))
    };
    assert_limit(phone(short), phone(short + 1), "reporter.contact.phone");
    let address = |n: usize| {
        base().with_reporter(Reporter::confidential(
            Contact::new().with_address("a".repeat(n)),
        ))
    };
    assert_limit(address(long), address(long + 1), "reporter.contact.address");
}

#[test]
fn input_bytes_limit_exactly_and_one_past() {
    let max = Limits::default().max_input_bytes();
    assert_eq!(max, 1024 * 1024);
    let json = base().to_json().unwrap();
    // Padding with JSON whitespace keeps the report the same.
    let pad = |n: usize| format!("{json}{}", " ".repeat(n - json.len()));
    let at = pad(max);
    assert_eq!(at.len(), max);
    assert_eq!(Report::from_json(&at).unwrap(), base());
    assert_eq!(Report::from_slice(at.as_bytes()).unwrap(), base());
    let over = pad(max + 1);
    for err in [
        Report::from_json(&over).unwrap_err(),
        Report::from_slice(over.as_bytes()).unwrap_err(),
    ] {
        assert_eq!(err.kind(), ErrorKind::LimitExceeded);
        assert!(err.to_string().contains(&max.to_string()), "{err}");
    }
}

#[test]
fn text_limit_of_the_anonymiser() {
    let anon = Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .max_text_bytes(1000)
        .build()
        .unwrap();
    let ctx = TextContext::new();
    assert!(anon.anonymise_text(&"a".repeat(1000), &ctx).is_ok());
    assert!(anon.review(&"a".repeat(1000), &ctx).is_ok());
    let over = "07700 900123 ".repeat(77);
    assert!(over.len() > 1000);
    for err in [
        anon.anonymise_text(&over, &ctx).unwrap_err(),
        anon.review(&over, &ctx).unwrap_err(),
    ] {
        assert_eq!(err.kind(), ErrorKind::LimitExceeded);
        assert!(!err.to_string().contains("900123"));
    }
}
