//! Tests for known values and the allow list. Texts are given already
//! normalised, as the engine passes them: a full-width "０７７００" or a
//! zero-width space inside a number reaches this module as ASCII digits
//! with the invisible character removed (see `normalised_disguises`).

use proptest::prelude::*;

use super::*;

fn ctx(values: &[(Kind, &str, Party)]) -> TextContext {
    let mut c = TextContext::new();
    for (k, v, p) in values {
        c.add_known(*k, *v, *p);
    }
    c
}

fn spans(m: &KnownMatcher, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    m.find(text, &mut out);
    out.iter()
        .map(|f| text[f.range.clone()].to_owned())
        .collect()
}

/// Each case: kind, value, text, expected matched spans.
fn check(party: Party, cases: &[(Kind, &str, &str, &[&str])]) {
    let mut failures = Vec::new();
    for (kind, value, text, want) in cases {
        let m = KnownMatcher::new(&ctx(&[(*kind, value, party)]), &[]);
        let mut out = Vec::new();
        m.find(text, &mut out);
        let got: Vec<&str> = out.iter().map(|f| &text[f.range.clone()]).collect();
        if got != *want {
            failures.push(format!(
                "{kind} {value:?} in {text:?}: want {want:?}, got {got:?}"
            ));
        }
        for f in &out {
            if f.kind != *kind
                || f.party_hint != Some(party)
                || !f.validated
                || f.detector != detector_id(*kind)
                || !f.detector.starts_with("known.")
            {
                failures.push(format!("{kind} {value:?}: bad finding {f:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn phone_in_any_formatting() {
    let v = "07700 900123";
    check(
        Party::Reporter,
        &[
            (Kind::Phone, v, "ring 07700900123 now", &["07700900123"]),
            (Kind::Phone, v, "ring 07700 900 123", &["07700 900 123"]),
            (Kind::Phone, v, "ring 0770-090-0123.", &["0770-090-0123"]),
            (Kind::Phone, v, "ring +44 7700 900123", &["44 7700 900123"]),
            (
                Kind::Phone,
                v,
                "ring +44 (0) 7700 900123",
                &["44 (0) 7700 900123"],
            ),
            (
                Kind::Phone,
                v,
                "ring 0044 7700 900123",
                &["0044 7700 900123"],
            ),
            (Kind::Phone, v, "ring (07700) 900.123", &["07700) 900.123"]),
            (
                Kind::Phone,
                v,
                "0 7 7 0 0 9 0 0 1 2 3",
                &["0 7 7 0 0 9 0 0 1 2 3"],
            ),
            (Kind::Phone, v, "07700/900/123", &["07700/900/123"]),
            (
                Kind::Phone,
                "+447700900123",
                "call 07700 900123",
                &["07700 900123"],
            ),
            (
                Kind::Phone,
                "+44 (0)7700 900123",
                "call 07700 900123",
                &["07700 900123"],
            ),
            // Negatives: a different number, a longer digit run, digits
            // inside a word.
            (Kind::Phone, v, "ring 07700 900124", &[]),
            (Kind::Phone, v, "ref 1207700900123", &[]),
            (Kind::Phone, v, "ref 077009001234", &[]),
            (Kind::Phone, v, "x07700900123", &["07700900123"]),
        ],
    );
}

#[test]
fn email_forms() {
    let v = "Jo.Bloggs@example.com";
    check(
        Party::Reporter,
        &[
            (
                Kind::Email,
                v,
                "mail jo.bloggs@example.com ok",
                &["jo.bloggs@example.com"],
            ),
            (
                Kind::Email,
                v,
                "mail JO.BLOGGS@EXAMPLE.COM",
                &["JO.BLOGGS@EXAMPLE.COM"],
            ),
            (
                Kind::Email,
                v,
                "jo.bloggs at example dot com",
                &["jo.bloggs at example dot com"],
            ),
            (
                Kind::Email,
                v,
                "jo dot bloggs [at] example (dot) com",
                &["jo dot bloggs [at] example (dot) com"],
            ),
            (Kind::Email, v, "my username is jo.bloggs", &["jo.bloggs"]),
            (Kind::Email, v, "my username is jobloggs", &["jobloggs"]),
            // The local part alone needs no spaces inside it.
            (Kind::Email, v, "Jo Bloggs", &[]),
            (Kind::Email, v, "jo.bloggs2@example.com", &[]),
            // Short local parts are not matched alone.
            (Kind::Email, "jo@example.org", "jo said", &[]),
            (
                Kind::Email,
                "jo@example.org",
                "jo@example.org",
                &["jo@example.org"],
            ),
        ],
    );
}

#[test]
fn name_parts() {
    let v = "Jo Bloggs";
    check(
        Party::Reporter,
        &[
            (Kind::Name, v, "I am Jo Bloggs.", &["Jo Bloggs"]),
            (Kind::Name, v, "i am jo bloggs", &["jo bloggs"]),
            (Kind::Name, v, "JO  BLOGGS", &["JO  BLOGGS"]),
            (Kind::Name, v, "ask for Jo", &["Jo"]),
            (Kind::Name, v, "Mr Bloggs said", &["Bloggs"]),
            (Kind::Name, v, "J. Bloggs", &["J. Bloggs"]),
            (Kind::Name, v, "J Bloggs", &["J Bloggs"]),
            (Kind::Name, v, "Bloggs's car", &["Bloggs"]),
            (Kind::Name, v, "the Bloggs' house", &["Bloggs"]),
            (Kind::Name, v, "Bloggs, Jo", &["Bloggs, Jo"]),
            (Kind::Name, v, "B l o g g s", &["B l o g g s"]),
            (Kind::Name, v, "Joanne Bloggsworth", &[]),
            (Kind::Name, v, "jo-jo", &["jo", "jo"]),
            (
                Kind::Name,
                "Siobhan McAllister-Jones",
                "Ms McAllister-Jones",
                &["McAllister-Jones"],
            ),
            (
                Kind::Name,
                "Siobhan McAllister-Jones",
                "Jones said",
                &["Jones"],
            ),
            (
                Kind::Name,
                "Siobhán Ní Bhriain",
                "SIOBHÁN came",
                &["SIOBHÁN"],
            ),
            (
                Kind::Name,
                "Mary-Jane O'Neill",
                "O'Neill was there",
                &["O'Neill"],
            ),
        ],
    );
}

#[test]
fn common_word_name_parts_need_a_capital() {
    check(
        Party::Reporter,
        &[
            (Kind::Name, "Will Bloggs", "Will said", &["Will"]),
            (Kind::Name, "Will Bloggs", "he will say", &[]),
            (Kind::Name, "Grace Green", "by the grace of god", &[]),
            (Kind::Name, "Grace Green", "a green car", &[]),
            (Kind::Name, "Grace Green", "Green said", &["Green"]),
            (Kind::Name, "Grace Green", "grace green", &["grace green"]),
            (Kind::Name, "Ludwig van Beethoven", "a van came", &[]),
        ],
    );
}

#[test]
fn subject_values_are_hinted_subject() {
    let m = KnownMatcher::new(
        &ctx(&[
            (Kind::Name, "Daniel Reeves", Party::Subject),
            (Kind::CollarNumber, "4471", Party::Subject),
            (Kind::Handle, "@dan_reeves_99", Party::Subject),
            (Kind::Address, "Steelhouse Lane", Party::Subject),
        ]),
        &[],
    );
    let text = "PC 4471 Reeves (dan_reeves_99 on insta) works at Steelhouse Lane; Daniel is rude";
    let mut out = Vec::new();
    m.find(text, &mut out);
    let got: Vec<(&str, Kind)> = out
        .iter()
        .map(|f| (&text[f.range.clone()], f.kind))
        .collect();
    assert_eq!(
        got,
        vec![
            ("4471", Kind::CollarNumber),
            ("Reeves", Kind::Name),
            ("dan_reeves_99", Kind::Handle),
            ("Steelhouse Lane", Kind::Address),
            ("Daniel", Kind::Name),
        ]
    );
    assert!(out.iter().all(|f| f.party_hint == Some(Party::Subject)));
}

#[test]
fn reporter_wins_a_shared_value() {
    let m = KnownMatcher::new(
        &ctx(&[
            (Kind::Name, "Daniel Smith", Party::Subject),
            (Kind::Name, "Jo Smith", Party::Reporter),
        ]),
        &[],
    );
    let mut out = Vec::new();
    m.find("Smith did it", &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].party_hint, Some(Party::Reporter));
}

#[test]
fn other_kinds() {
    check(
        Party::Reporter,
        &[
            (Kind::Postcode, "LS1 4AB", "at ls14ab today", &["ls14ab"]),
            (Kind::Postcode, "LS1 4AB", "at LS1  4AB.", &["LS1  4AB"]),
            (Kind::Postcode, "LS1 4AB", "at LS1 4ABC", &[]),
            (
                Kind::Address,
                "Flat 3, 12 Acacia Avenue, Leeds",
                "at 12 acacia avenue",
                &["12 acacia avenue"],
            ),
            (
                Kind::Address,
                "12 Acacia Avenue",
                "on Acacia Avenue",
                &["Acacia Avenue"],
            ),
            (
                Kind::Address,
                "12 Acacia Avenue, Leeds",
                "12 Acacia Avenue, Leeds",
                &["12 Acacia Avenue, Leeds"],
            ),
            // A numberless house-name or street line of a known address
            // is protected alone; the town is not.
            (
                Kind::Address,
                "The Old Forge, Church Lane, Alfriston",
                "The Old Forge, Alfriston",
                &["The Old Forge"],
            ),
            (
                Kind::Address,
                "The Old Forge, Church Lane, Alfriston",
                "down church lane",
                &["church lane"],
            ),
            (
                Kind::Address,
                "Rose Cottage, Heol y Nant, Llandeilo",
                "outside Rose Cottage",
                &["Rose Cottage"],
            ),
            (
                Kind::Address,
                "The Old Forge, Church Lane, Alfriston",
                "in Alfriston today",
                &[],
            ),
            (
                Kind::Address,
                "12 Acacia Avenue, West Bromwich, Sandwell",
                "in West Bromwich",
                &[],
            ),
            (Kind::Handle, "@jo_b_92", "insta is jo_b_92", &["jo_b_92"]),
            (Kind::Handle, "jo_b_92", "insta is @jo_b_92", &["jo_b_92"]),
            (Kind::Nino, "QQ 12 34 56 C", "NI qq123456c", &["qq123456c"]),
            (
                Kind::Nino,
                "QQ123456C",
                "NI QQ-12-34-56-C",
                &["QQ-12-34-56-C"],
            ),
            (
                Kind::Iban,
                "GB82 WEST 1234 5698 7654 32",
                "GB82WEST12345698765432",
                &["GB82WEST12345698765432"],
            ),
            (Kind::VehicleReg, "AB12 CDE", "car ab12cde", &["ab12cde"]),
            (
                Kind::NhsNumber,
                "943 476 5919",
                "NHS 9434765919",
                &["9434765919"],
            ),
            (
                Kind::Card,
                "4111 1111 1111 1111",
                "card 4111-1111-1111-1111",
                &["4111-1111-1111-1111"],
            ),
            (Kind::SortCode, "12-34-56", "sort 123456", &["123456"]),
            (
                Kind::AccountNumber,
                "12345678",
                "acc 1234 5678",
                &["1234 5678"],
            ),
            (
                Kind::DateOfBirth,
                "03/04/1987",
                "born 03.04.1987",
                &["03.04.1987"],
            ),
            (
                Kind::Url,
                "https://www.example.com/jo.bloggs",
                "see example.com/jo.bloggs",
                &["example.com/jo.bloggs"],
            ),
            (
                Kind::IpAddress,
                "192.0.2.15",
                "from 192.0.2.15",
                &["192.0.2.15"],
            ),
            (Kind::IpAddress, "192.0.2.15", "19 20 215", &[]),
            (Kind::CollarNumber, "12", "PC 12 said", &["12"]),
            (Kind::CollarNumber, "12", "£120 and 1 2", &[]),
            (
                Kind::Passport,
                "123456789",
                "passport 123 456 789",
                &["123 456 789"],
            ),
        ],
    );
}

#[test]
fn normalised_disguises() {
    // What the engine's normaliser produces from full-width digits
    // ("０７７００ ９００１２３") and a zero-width space inside a name
    // ("Jo\u{200b}Bloggs" → "JoBloggs"): this module sees the folded text.
    check(
        Party::Reporter,
        &[
            (
                Kind::Phone,
                "07700 900123",
                "07700 900123",
                &["07700 900123"],
            ),
            (Kind::Name, "Jo Bloggs", "JoBloggs", &["JoBloggs"]),
            (
                Kind::Email,
                "jo.bloggs@example.com",
                "jo.bloggs@example.com",
                &["jo.bloggs@example.com"],
            ),
        ],
    );
    // Full-width letters that survive (the engine should not pass them,
    // but nothing breaks if it does): matched case-insensitively as
    // letters.
    let m = KnownMatcher::new(&ctx(&[(Kind::Name, "Ｊｏ Bloggs", Party::Reporter)]), &[]);
    assert_eq!(spans(&m, "ｊｏ bloggs"), vec!["ｊｏ bloggs"]);
}

#[test]
fn allow_list() {
    let mut c = TextContext::new();
    c.allow("Steelhouse Lane");
    let global = vec!["0800 085 0000".to_owned(), "Crimestoppers".to_owned()];
    let m = KnownMatcher::new(&c, &global);
    let text = "Call 08000850000 or +44 800 085 0000 or 0800-085-0000 about STEELHOUSE  LANE and crimestoppers";
    let got: Vec<&str> = m
        .allowed_ranges(text)
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert_eq!(
        got,
        vec![
            "08000850000",
            "44 800 085 0000",
            "0800-085-0000",
            "STEELHOUSE  LANE",
            "crimestoppers"
        ]
    );
    // Allowed values are never reported as known findings.
    let mut out = Vec::new();
    m.find(text, &mut out);
    assert!(out.is_empty());
    // Negatives: a different number, a longer word.
    assert!(
        m.allowed_ranges("0800 085 0001 and Steelhouse Lanes")
            .is_empty()
    );
}

#[test]
fn debug_never_shows_values() {
    let mut c = ctx(&[
        (Kind::Phone, "07700 900123", Party::Reporter),
        (Kind::Name, "Jo Bloggs", Party::Reporter),
    ]);
    c.allow("Bloggsworth Street");
    let m = KnownMatcher::new(&c, &["Zyxwv".to_owned()]);
    let dbg = format!("{m:?}");
    for secret in ["900123", "Bloggs", "bloggs", "Zyxwv", "zyxwv"] {
        assert!(!dbg.contains(secret), "{dbg}");
    }
    assert!(dbg.contains("known_values: 2"), "{dbg}");
}

#[test]
fn empty_and_tiny_values() {
    let m = KnownMatcher::new(
        &ctx(&[
            (Kind::Name, "", Party::Reporter),
            (Kind::Name, "J", Party::Reporter),
            (Kind::Phone, "1", Party::Reporter),
            (Kind::Email, "@", Party::Reporter),
        ]),
        &["".to_owned(), " ".to_owned()],
    );
    let mut out = Vec::new();
    m.find("J 1 @ anything", &mut out);
    assert!(out.is_empty());
    assert!(m.allowed_ranges("J 1 @ anything").is_empty());
}

#[test]
fn many_values_one_automaton() {
    let mut c = TextContext::new();
    for i in 0..500 {
        c.add_known(Kind::Phone, format!("07700 900{i:03}"), Party::Reporter);
    }
    let m = KnownMatcher::new(&c, &[]);
    let text = "a 07700 900123 b 07700900499 c 07700 900500";
    assert_eq!(spans(&m, text), vec!["07700 900123", "07700900499"]);
}

#[test]
fn hostile_inputs_do_not_panic() {
    let m = KnownMatcher::new(
        &ctx(&[
            (Kind::Name, "Jo Bloggs", Party::Reporter),
            (Kind::Phone, "07700 900123", Party::Reporter),
        ]),
        &["Jo".to_owned()],
    );
    let mut out = Vec::new();
    m.find(&"a".repeat(64 * 1024), &mut out);
    m.find(&"Jo ".repeat(100_000), &mut out);
    assert_eq!(out.len(), 100_000);
    m.find(&"0".repeat(64 * 1024), &mut out);
    let _ = m.allowed_ranges(&"jo".repeat(64 * 1024));
}

proptest! {
    #[test]
    fn ranges_lie_on_char_boundaries(text in "\\PC{0,200}", value in "\\PC{0,12}") {
        let mut c = TextContext::new();
        for k in [Kind::Name, Kind::Phone, Kind::Email, Kind::Address, Kind::Handle] {
            c.add_known(k, value.clone(), Party::Reporter);
        }
        c.allow(value.clone());
        let m = KnownMatcher::new(&c, &[]);
        let mut out = Vec::new();
        m.find(&text, &mut out);
        let mut ranges: Vec<_> = out.into_iter().map(|f| f.range).collect();
        ranges.extend(m.allowed_ranges(&text));
        for r in ranges {
            prop_assert!(r.start < r.end && r.end <= text.len());
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }

    #[test]
    fn a_known_value_is_found_in_itself(value in "[A-Za-z]{2,8} [A-Za-z]{2,10}") {
        let m = KnownMatcher::new(&ctx(&[(Kind::Name, &value, Party::Reporter)]), &[]);
        let text = format!("said {value}.");
        let mut out = Vec::new();
        m.find(&text, &mut out);
        prop_assert_eq!(out.len(), 1);
        prop_assert_eq!(&text[out[0].range.clone()], value.as_str());
    }
}

/// A long number glued to words (often what is left once a zero-width
/// space is removed) is still the known number; a short one and a longer
/// digit run are not. Found by the hostile-input tests (issue 6).
#[test]
fn long_number_glued_to_words() {
    let v = "07700 900123";
    check(
        Party::Reporter,
        &[
            (Kind::Phone, v, "Call07700900123please", &["07700900123"]),
            (Kind::Phone, v, "tel:07700 900123x", &["07700 900123"]),
            (Kind::Phone, v, "Call077009001234", &[]),
            (Kind::Phone, v, "Call907700900123", &[]),
            (Kind::Name, "Jo Bloggs", "JoBloggs", &["JoBloggs"]),
            (Kind::Name, "Jo Bloggs", "xJo Bloggsy", &[]),
            (Kind::Age, "42", "aged42years", &[]),
        ],
    );
}

/// Every occurrence `(start, end, variant)` in the order reported, then
/// stably sorted by position (so equal hits keep their reported order).
fn occurrences(search: &Search, text: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    search.each(text, |s, e, id| out.push((s, e, id)));
    out.sort_by_key(|&(s, e, _)| (s, e));
    out
}

proptest! {
    /// The first-byte table and the automaton report the same
    /// occurrences, overlapping and duplicate variants included, with
    /// equal hits in the same order.
    #[test]
    fn table_search_equals_the_automaton(
        strings in proptest::collection::vec("[ab0é]{2,5}", 1..40),
        text in "[ab0éx]{0,80}",
    ) {
        let table = Search::build(strings.clone(), true).unwrap();
        let automaton = Search::build(strings, false).unwrap();
        prop_assert!(matches!(table, Search::Table { .. }), "a table");
        prop_assert!(matches!(automaton, Search::Automaton(_)), "an automaton");
        prop_assert_eq!(occurrences(&table, &text), occurrences(&automaton, &text));
    }
}

#[test]
fn find_and_allowed_equals_find_then_allowed_ranges() {
    let mut c = ctx(&[
        (Kind::Phone, "07700 900123", Party::Reporter),
        (Kind::Name, "Jo Bloggs", Party::Reporter),
        (Kind::Name, "Daniel Reeves", Party::Subject),
    ]);
    c.allow("Bloggs Street");
    c.allow("Reeves");
    let m = KnownMatcher::new(&c, &["07700 900123".to_owned()]);
    for text in [
        "Jo Bloggs lives on Bloggs Street; call 07700 900123 or ask Daniel Reeves.",
        "JO BLOGGS, jo bloggs, J. Bloggs, reeves, Reeves",
        "",
        "nothing here",
    ] {
        let mut a = Vec::new();
        m.find(text, &mut a);
        let allowed = m.allowed_ranges(text);
        let mut b = Vec::new();
        let both = m.find_and_allowed(text, &mut b);
        assert_eq!(a, b, "{text}");
        assert_eq!(allowed, both, "{text}");
    }
}
