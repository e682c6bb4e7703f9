//! Tests of the leak standard helper (tests/support/leak.rs): each rule with
//! cases that must leak, disguised cases that must leak, and cases that must
//! not.

#[path = "support/leak.rs"]
mod leak;

use leak::{kept, leaked};

/// (kind, value, output, expected leaked)
const CASES: &[(&str, &str, &str, bool)] = &[
    // ---- phone --------------------------------------------------------
    ("phone", "07700 900123", "ring 07700 900123", true),
    ("phone", "07700 900123", "ring 07700900123 now", true),
    ("phone", "07700 900123", "7700-900-123", true),
    ("phone", "07700 900123", "0 7 7 0 0 9 0 0 1 2 3", true),
    ("phone", "07700 900123", "+44 (0) 7700 900 123", true),
    ("phone", "07700 900123", "tel. (07700) 900.123", true),
    (
        "phone",
        "07700 900123",
        "seven seven oh oh nine oh oh one two three",
        true,
    ),
    (
        "phone",
        "07700 900123",
        "oh seven seven double oh nine double oh one two three",
        true,
    ),
    (
        "phone",
        "07700 900123",
        "OH SEVEN, SEVEN, DOUBLE OH, NINE OH OH 1 2 3",
        true,
    ),
    ("phone", "07700 900123", "０７７００ ９００１２３", true),
    (
        "phone",
        "07700 900123",
        "0770\u{200B}0 900\u{200D}123",
        true,
    ),
    ("phone", "+44 7700 900123", "call 07700 900123", true),
    ("phone", "+44 (0)7700 900123", "call 7700900123", true),
    ("phone", "0044 1632 960123", "(01632) 960123", true),
    (
        "phone",
        "oh seven seven double oh nine oh oh one two three",
        "07700 900123",
        true,
    ),
    (
        "phone",
        "07700 900123",
        "7700 [PHONE:k1:ABCDEFGHIJKLM] 900",
        false,
    ),
    ("phone", "07700 900123", "[PHONE:k1:ABCDEFGHIJKLM]", false),
    (
        "phone",
        "07700 900123",
        "ends in 0123, masked 07*** ***123",
        false,
    ),
    ("phone", "07700 900123", "7700 -- -- 900123", false),
    (
        "phone",
        "07700 900123",
        "seven seven oh oh nine oh oh one two",
        false,
    ),
    ("phone", "07700 900123", "07700 900124", false),
    (
        "phone",
        "07700 900123",
        "seven seven oh oh nine and then oh oh one two three",
        false,
    ),
    // ---- digit kinds --------------------------------------------------
    ("nhs_number", "943 476 5919", "nhs 9434765919", true),
    ("nhs_number", "943 476 5919", "943-476-5919", true),
    ("nhs_number", "9434765919", "９４３ ４７６ ５９１９", true),
    ("nhs_number", "943 476 5919", "943 476 [NHS]", false),
    ("card", "4539 1488 0343 6467", "4539148803436467", true),
    ("card", "4539148803436467", "4539-1488-0343-6467", true),
    ("card", "4539 1488 0343 6467", "card ending 6467", false),
    ("sort_code", "20-45-67", "s/c 204567", true),
    ("sort_code", "204567", "20 . 45 . 67", true),
    ("sort_code", "20-45-67", "20-45-xx", false),
    ("account_number", "3192 6819", "acc 31926819", true),
    ("account_number", "31926819", "3192\u{00AD}6819", true),
    ("account_number", "31926819", "3192 [ACCOUNT] 6819", false),
    // ---- date of birth ------------------------------------------------
    ("date_of_birth", "03/04/1987", "dob 03041987", true),
    ("date_of_birth", "03/04/1987", "born 3/4/87", true),
    (
        "date_of_birth",
        "03/04/1987",
        "born on the 3rd of April 1987",
        true,
    ),
    ("date_of_birth", "3rd April 1987", "DOB 03.04.1987", true),
    ("date_of_birth", "3rd April 1987", "april 3rd 1987", true),
    ("date_of_birth", "03/04/1987", "born in 1987", false),
    (
        "date_of_birth",
        "03/04/1987",
        "on 03/04/2025 he came round",
        false,
    ),
    // ---- letters and digits -------------------------------------------
    ("nino", "AB 12 34 56 C", "ab123456c", true),
    ("nino", "AB123456C", "A B 1 2 3 4 5 6 C", true),
    ("nino", "AB123456C", "AB-12-34-56-C", true),
    ("nino", "AB123456C", "AB 12 34 56 [NINO]", false),
    (
        "iban",
        "GB82 WEST 1234 5698 7654 32",
        "gb82west12345698765432",
        true,
    ),
    (
        "iban",
        "GB82WEST12345698765432",
        "GB82 WEST 1234 5698 7654 32",
        true,
    ),
    (
        "iban",
        "GB82WEST12345698765432",
        "GB82 WEST **** **** **** 32",
        false,
    ),
    ("postcode", "B23 6TH", "b236th", true),
    ("postcode", "b236th", "near B23 6TH", true),
    ("postcode", "B23 6TH", "Ｂ２３ ６ＴＨ", true),
    ("postcode", "B23 6TH", "in B23 somewhere", false),
    ("vehicle_reg", "AB12 CDE", "reg ab12cde", true),
    ("vehicle_reg", "AB12CDE", "a b 1 2 c d e", true),
    ("vehicle_reg", "AB12 CDE", "AB12 [VRM]", false),
    (
        "driving_licence",
        "MORGA753116SM9IJ",
        "morga 753116 sm9ij",
        true,
    ),
    ("driving_licence", "MORGA753116SM9IJ", "MORGA75311", false),
    ("passport", "123456789", "passport 123 456 789", true),
    ("passport", "123456789", "passport 12345678", false),
    ("utr", "12345 67890", "utr 1234567890", true),
    ("utr", "1234567890", "utr 12345", false),
    // ---- email ----------------------------------------------------------
    (
        "email",
        "jo.bloggs@example.com",
        "mail jo.bloggs@example.com",
        true,
    ),
    (
        "email",
        "jo.bloggs@example.com",
        "JO.BLOGGS@EXAMPLE.COM",
        true,
    ),
    (
        "email",
        "jo.bloggs@example.com",
        "jo.bloggs at example dot com",
        true,
    ),
    (
        "email",
        "jo.bloggs@example.com",
        "jo dot bloggs [at] example (dot) com",
        true,
    ),
    (
        "email",
        "jo.bloggs@example.com",
        "jo.bloggs＠example.com",
        true,
    ),
    (
        "email",
        "jo.bloggs@example.com",
        "jo.blo\u{200B}ggs@example.com",
        true,
    ),
    (
        "email",
        "jo.bloggs at example dot com",
        "jo.bloggs@example.com",
        true,
    ),
    (
        "email",
        "jo.bloggs@example.com",
        "my old address was jo.bloggs",
        true,
    ),
    (
        "email",
        "jo.bloggs@example.com",
        "[EMAIL:k1:ABCDEFGH]",
        false,
    ),
    ("email", "jo@example.com", "jo said hello", false),
    (
        "email",
        "jo.bloggs@example.com",
        "jo.bloggs2000 is someone else",
        false,
    ),
    (
        "email",
        "jo.bloggs@example.com",
        "[EMAIL]@example.com",
        false,
    ),
    // ---- handle ---------------------------------------------------------
    ("handle", "@jo_b_92", "insta jo_b_92", true),
    ("handle", "jo_b_92", "follow @jo_b_92!", true),
    ("handle", "@jo_b_92", "@JO_B_92", true),
    ("handle", "@jo_b_92", "@jo_b_921", false),
    ("handle", "@jo_b_92", "[HANDLE]", false),
    // ---- url ------------------------------------------------------------
    (
        "url",
        "https://www.facebook.com/jo.bloggs.77",
        "facebook.com/jo.bloggs.77",
        true,
    ),
    (
        "url",
        "facebook.com/jo.bloggs.77",
        "see https://www.facebook.com/jo.bloggs.77/",
        true,
    ),
    (
        "url",
        "https://www.facebook.com/jo.bloggs.77",
        "profile jo.bloggs.77 on fb",
        true,
    ),
    (
        "url",
        "https://www.facebook.com/jo.bloggs.77",
        "facebook.com/[URL]",
        false,
    ),
    ("url", "https://example.org/a", "example.org/b", false),
    // ---- ip -------------------------------------------------------------
    ("ip_address", "192.0.2.45", "from 192.0.2.45.", true),
    (
        "ip_address",
        "2001:db8::1f",
        "ip 2001:0db8:0000:0000:0000:0000:0000:001f",
        true,
    ),
    ("ip_address", "2001:DB8::1F", "2001:db8::1f", true),
    (
        "ip_address",
        "192.0.2.45",
        "192.0.2.4 and 192.0.2.254",
        false,
    ),
    ("ip_address", "192.0.2.45", "192.0.2.[IP]", false),
    // ---- name -----------------------------------------------------------
    ("name", "Jo Bloggs", "thanks, Jo Bloggs", true),
    ("name", "Jo Bloggs", "Bloggs's car", true),
    ("name", "Jo Bloggs", "@jo_bloggs", true),
    ("name", "Jo Bloggs", "BLOGGS", true),
    ("name", "Jo Li", "from jo li", true),
    ("name", "Priya Sharma", "priya said", true),
    ("name", "Jo Bloggs", "jo said", false),
    ("name", "Jo Bloggs", "joblogger", false),
    ("name", "Jo Li", "jo and li", false),
    ("name", "Jo Bloggs", "[PERSON:k1:ABCDEFGHIJ]", false),
    // ---- address --------------------------------------------------------
    ("address", "12 Cedar Close", "at 12 cedar close", true),
    (
        "address",
        "12 Cedar Close",
        "somewhere on Cedar Close",
        true,
    ),
    ("address", "Flat 3, 27 Mill Rd", "27 mill road", true),
    ("address", "27 Mill Road", "mill rd", true),
    ("address", "12 Cedar Close", "the cedar tree", false),
    ("address", "12 Cedar Close", "12 [ADDRESS]", false),
    // ---- age (our extension) --------------------------------------------
    ("age", "34", "i'm 34", true),
    ("age", "thirty four", "aged 34", true),
    ("age", "34", "thirty four years old", true),
    ("age", "34", "£345 and 1934", false),
];

#[test]
fn leak_rules_table() {
    let mut failures = Vec::new();
    for (i, &(kind, value, output, want)) in CASES.iter().enumerate() {
        if leaked(output, kind, value) != want {
            failures.push(format!(
                "case {i}: leaked({output:?}, {kind:?}, {value:?}) should be {want}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_value_leaks_through_itself() {
    for &(kind, value, _, _) in CASES {
        assert!(
            leaked(value, kind, value),
            "{kind} {value:?} should leak through itself"
        );
    }
}

#[test]
fn nothing_leaks_through_empty_or_unrelated_output() {
    for &(kind, value, _, _) in CASES {
        assert!(
            !leaked("", kind, value),
            "{kind} {value:?} leaked through empty text"
        );
        assert!(
            !leaked("[REDACTED] the officer was rude", kind, value),
            "{kind} {value:?} leaked through unrelated text"
        );
    }
}

#[test]
fn kept_rule() {
    let cases: &[(&str, &str, bool)] = &[
        ("PC Daniel Reeves (4471) was rude", "Daniel Reeves", true),
        ("pc daniel reeves", "Daniel Reeves", true),
        ("PC 4471", "4471", true),
        ("PC 44710", "4471", false),
        ("Daniel [PERSON] Reeves", "Daniel Reeves", false),
        ("he took £2,500 in cash", "£2,500", true),
        ("he took £2.500", "£2,500", false),
        ("ref 43/12345/24 given", "43/12345/24", true),
        ("ref 43/12345/[X]", "43/12345/24", false),
        ("at 07:30 on Friday", "07:30", true),
        ("at [TIME]", "07:30", false),
        ("Steelhouse Lane station", "Steelhouse Lane", true),
        ("CAD 1234", "CAD 1234", true),
        ("ｃａｄ １２３４", "CAD 1234", true),
        ("anything", "", true),
    ];
    for &(output, value, want) in cases {
        assert_eq!(kept(output, value), want, "kept({output:?}, {value:?})");
    }
}

#[test]
fn phone_national_number() {
    assert_eq!(leak::phone_nsn("07700 900123"), "7700900123");
    assert_eq!(leak::phone_nsn("+44 (0)7700 900123"), "7700900123");
    assert_eq!(leak::phone_nsn("0044 1632 960123"), "1632960123");
    assert_eq!(leak::phone_nsn("+447700900123"), "7700900123");
    assert_eq!(
        leak::phone_nsn("oh seven seven double oh nine oh oh one two three"),
        "7700900123"
    );
    assert_eq!(leak::phone_nsn("０７７００ ９００１２３"), "7700900123");
}

#[test]
fn spelled_runs() {
    assert_eq!(
        leak::spelled_digit_runs("oh seven seven triple oh, one and nine two"),
        vec!["0770001".to_owned(), "92".to_owned()]
    );
    assert_eq!(
        leak::spelled_digit_runs("no digits here"),
        Vec::<String>::new()
    );
}

#[test]
fn email_disguise_undone() {
    assert_eq!(
        leak::undo_email_disguise("jo dot bloggs [at] example (dot) com"),
        "jo.bloggs@example.com"
    );
    assert_eq!(
        leak::undo_email_disguise("jo at example dot org"),
        "jo@example.org"
    );
}

#[test]
fn normalisation() {
    assert_eq!(leak::normalise("Ａ\u{200B}B\u{00A0}c"), "ab c");
    assert_eq!(leak::normalise("\u{FEFF}０７"), "07");
}

#[test]
fn kept_needs_whole_words() {
    assert!(kept("PC  Daniel\n Reeves", "Daniel Reeves"));
    assert!(!kept("PC Danielle Reeves", "Daniel Reeves"));
    assert!(!kept("1234", "CAD 1234"));
    assert!(kept("(43/12345/24)", "43/12345/24"));
}

#[test]
fn written_dates_of_birth() {
    for (value, output) in [
        ("12th February 1964", "born 12th February 1964."),
        ("12th February 1964", "12/02/1964"),
        ("21st July 1961", "dob 21.7.61"),
        ("03041987", "3rd april 1987"),
        ("5 Sep 2005", "05/09/05"),
    ] {
        assert!(
            leaked(output, "date_of_birth", value),
            "{value:?} via {output:?}"
        );
    }
    assert!(!leaked(
        "12th March 1964",
        "date_of_birth",
        "12th February 1964"
    ));
}

const KINDS: &[&str] = &[
    "phone",
    "email",
    "url",
    "handle",
    "ip_address",
    "postcode",
    "address",
    "nino",
    "nhs_number",
    "utr",
    "card",
    "iban",
    "sort_code",
    "account_number",
    "passport",
    "driving_licence",
    "vehicle_reg",
    "date_of_birth",
    "age",
    "name",
    "collar_number",
    "time",
    "unknown_kind",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// No input makes the helpers panic.
    #[test]
    fn never_panics(output in "\\PC{0,60}", value in "\\PC{0,20}") {
        for kind in KINDS {
            let _ = leaked(&output, kind, &value);
        }
        let _ = kept(&output, &value);
    }

    /// A UK mobile leaks through itself written with any single separator
    /// between its digits, and not once its middle digits are replaced.
    #[test]
    fn phone_with_any_separator(n in 0u32..1000, sep in "[ .\\-/]{0,3}") {
        let value = format!("07700 900{n:03}");
        let digits = format!("07700900{n:03}");
        let spaced: String = digits
            .chars()
            .map(|c| format!("{c}{sep}"))
            .collect();
        proptest::prop_assert!(leaked(&spaced, "phone", &value));
        let hidden = format!("077[PHONE]{n:03}");
        proptest::prop_assert!(!leaked(&hidden, "phone", &value));
    }
}
