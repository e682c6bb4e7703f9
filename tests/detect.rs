//! Integration tests for the public normalise-and-detect API.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use report_shield::{Detector, Kind, NormalisedText, Party, TextContext};

fn detector() -> Detector {
    Detector::new().unwrap()
}

#[test]
fn a_realistic_report() {
    let d = detector();
    let text = "On 14 March 2024 at 21:30, PC 4471 stopped me on the A38. He took £500 \
                (crime ref 43/12345/24). Contact me on ０７７００ ９００１２３ or \
                jo dot bloggs at example dot com. I live at Flat 2, 12 Acacia Avenue, LS1 4AP. \
                My date of birth is 3rd April 1987 and my NI number is AB 12 34 56 C.";
    let found = d.detect(text, &TextContext::new());
    let got: Vec<(Kind, &str)> = found
        .iter()
        .map(|f| (f.kind, &text[f.range.clone()]))
        .collect();
    let want = [
        (Kind::Time, "21:30"),
        (Kind::CollarNumber, "4471"),
        (Kind::Phone, "０７７００ ９００１２３"),
        (Kind::Email, "jo dot bloggs at example dot com"),
        (Kind::Address, "Flat 2, 12 Acacia Avenue"),
        (Kind::Postcode, "LS1 4AP"),
        (Kind::DateOfBirth, "3rd April 1987"),
        (Kind::Nino, "AB 12 34 56 C"),
    ];
    assert_eq!(got, want);
    let dob = found.iter().find(|f| f.kind == Kind::DateOfBirth).unwrap();
    assert_eq!(dob.party_hint, Some(Party::Reporter));
    assert!(found.iter().all(|f| !f.detector.is_empty()));
}

#[test]
fn anonymised_output_is_left_alone() {
    let d = detector();
    let text = "Call [PHONE:k1:ABCDEFGHIJKLM] or email [EMAIL], card ************1111.";
    let found = d.detect(text, &TextContext::new());
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn normalised_text_is_public_and_maps_back() {
    let original = "ｔｅｌ ０７７００\u{200D}９００１２３";
    let n = NormalisedText::new(original);
    assert_eq!(n.as_str(), "tel 07700900123");
    assert_eq!(n.original(), original);
    let r = n.to_original(4..n.as_str().len());
    assert_eq!(&original[r], "０７７００\u{200D}９００１２３");
}

#[test]
fn allow_list_from_builder_and_context() {
    let mut b = Detector::builder();
    b.allow("1 Steelhouse Lane").allow("0800 555 111");
    let d = b.build().unwrap();
    let mut ctx = TextContext::new();
    ctx.allow("07700 900999");
    let text = "at 1 Steelhouse Lane, call 07700900999 or 07700 900123";
    let found = d.detect(text, &ctx);
    let got: Vec<&str> = found.iter().map(|f| &text[f.range.clone()]).collect();
    assert_eq!(got, vec!["07700 900123"]);
    // An allowed value must cover the whole finding: a street name alone
    // does not hide a house number on that street.
    let d = Detector::builder()
        .allow("Steelhouse Lane")
        .build()
        .unwrap();
    let found = d.detect("I live at 12 Steelhouse Lane", &TextContext::new());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, Kind::Address);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn findings_lie_on_char_boundaries(s in any::<String>()) {
        let d = detector();
        let found = d.detect(&s, &TextContext::new());
        let mut last_end = 0;
        for f in &found {
            prop_assert!(f.range.start < f.range.end);
            prop_assert!(f.range.end <= s.len());
            prop_assert!(s.is_char_boundary(f.range.start));
            prop_assert!(s.is_char_boundary(f.range.end));
            prop_assert!(f.range.start >= last_end);
            last_end = f.range.end;
        }
    }

    #[test]
    fn findings_on_boundaries_with_identifiers_and_noise(
        a in "\\PC{0,12}",
        b in "\\PC{0,12}",
        id in prop::sample::select(vec![
            "07700 900123", "jo@example.com", "SW1A 1AA", "AB123456C", "4111111111111111",
            "０７７００ ９００１２３", "oh seven seven double oh nine oh oh one two three",
        ]),
    ) {
        let d = detector();
        let s = format!("{a} {id} {b}");
        for f in d.detect(&s, &TextContext::new()) {
            prop_assert!(s.is_char_boundary(f.range.start) && s.is_char_boundary(f.range.end));
        }
    }
}
