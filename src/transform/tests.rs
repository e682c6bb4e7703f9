use proptest::prelude::*;

use super::*;

fn fake_token(kind: Kind, value: &str) -> String {
    format!("[{}:T{}]", kind.label(), value.len())
}

fn plan(range: Range<usize>, kind: Kind, action: Action) -> Planned {
    Planned {
        range,
        kind,
        party: Party::Reporter,
        action,
        detector: "test",
    }
}

/// Applies one action to the whole of `<value>` (the brackets stay).
fn one(kind: Kind, value: &str, action: Action) -> (String, Option<ActionKind>) {
    let text = format!("<{value}>");
    let t = apply(
        &text,
        &[plan(1..1 + value.len(), kind, action)],
        &mut fake_token,
    );
    (t.text, t.records.first().map(|r| r.action))
}

/// kind, sample, remove, label, mask(keep 2), pseudonymise, generalise.
type Row = (
    Kind,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    (&'static str, ActionKind),
);

/// Every (action × kind) cell, expected outputs written by hand.
/// Columns: sample, remove, label, mask(keep 2), pseudonymise, generalise.
#[test]
fn every_action_on_every_kind() {
    use ActionKind as A;
    let table: &[Row] = &[
        (
            Kind::Phone,
            "07700 900123",
            "<>",
            "<[PHONE]>",
            "<**********23>",
            "<[PHONE:T12]>",
            ("<[PHONE]>", A::Label),
        ),
        (
            Kind::Email,
            "jo@example.com",
            "<>",
            "<[EMAIL]>",
            "<************om>",
            "<[EMAIL:T14]>",
            ("<[EMAIL]>", A::Label),
        ),
        (
            Kind::Url,
            "https://example.org/jo",
            "<>",
            "<[URL]>",
            "<********************jo>",
            "<[URL:T22]>",
            ("<[URL]>", A::Label),
        ),
        (
            Kind::Handle,
            "@jo_b_92",
            "<>",
            "<[HANDLE]>",
            "<******92>",
            "<[HANDLE:T8]>",
            ("<[HANDLE]>", A::Label),
        ),
        (
            Kind::IpAddress,
            "192.0.2.44",
            "<>",
            "<[IP]>",
            "<********44>",
            "<[IP:T10]>",
            ("<[IP]>", A::Label),
        ),
        (
            Kind::Postcode,
            "SW1A 1AA",
            "<>",
            "<[POSTCODE]>",
            "<******AA>",
            "<[POSTCODE:T8]>",
            ("<SW1A>", A::Generalise),
        ),
        (
            Kind::Address,
            "12 Acacia Avenue, Leeds LS6 2AB",
            "<>",
            "<[ADDRESS]>",
            "<*****************************AB>",
            "<[ADDRESS:T31]>",
            ("<LS6>", A::Generalise),
        ),
        (
            Kind::Nino,
            "QQ 12 34 56 C",
            "<>",
            "<[NINO]>",
            "<*********** C>",
            "<[NINO:T13]>",
            ("<[NINO]>", A::Label),
        ),
        (
            Kind::NhsNumber,
            "943 476 5919",
            "<>",
            "<[NHS]>",
            "<**********19>",
            "<[NHS:T12]>",
            ("<[NHS]>", A::Label),
        ),
        (
            Kind::Utr,
            "1234567890",
            "<>",
            "<[UTR]>",
            "<********90>",
            "<[UTR:T10]>",
            ("<[UTR]>", A::Label),
        ),
        (
            Kind::Card,
            "4111 1111 1111 1111",
            "<>",
            "<[CARD]>",
            "<*****************11>",
            "<[CARD:T19]>",
            ("<[CARD]>", A::Label),
        ),
        (
            Kind::Iban,
            "GB82 WEST 1234 5698 7654 32",
            "<>",
            "<[IBAN]>",
            "<*************************32>",
            "<[IBAN:T27]>",
            ("<[IBAN]>", A::Label),
        ),
        (
            Kind::SortCode,
            "12-34-56",
            "<>",
            "<[SORTCODE]>",
            "<******56>",
            "<[SORTCODE:T8]>",
            ("<[SORTCODE]>", A::Label),
        ),
        (
            Kind::AccountNumber,
            "31926819",
            "<>",
            "<[ACCOUNT]>",
            "<******19>",
            "<[ACCOUNT:T8]>",
            ("<[ACCOUNT]>", A::Label),
        ),
        (
            Kind::Passport,
            "123456789",
            "<>",
            "<[PASSPORT]>",
            "<*******89>",
            "<[PASSPORT:T9]>",
            ("<[PASSPORT]>", A::Label),
        ),
        (
            Kind::DrivingLicence,
            "MORGA657054SM9IJ",
            "<>",
            "<[LICENCE]>",
            "<**************IJ>",
            "<[LICENCE:T16]>",
            ("<[LICENCE]>", A::Label),
        ),
        (
            Kind::VehicleReg,
            "AB12 CDE",
            "<>",
            "<[VRM]>",
            "<******DE>",
            "<[VRM:T8]>",
            ("<[VRM]>", A::Label),
        ),
        (
            Kind::DateOfBirth,
            "03/04/1987",
            "<>",
            "<[DOB]>",
            "<********87>",
            "<[DOB:T10]>",
            ("<1987>", A::Generalise),
        ),
        (
            Kind::Age,
            "34",
            "<>",
            "<[AGE]>",
            "<*4>",
            "<[AGE:T2]>",
            ("<(thirties)>", A::Generalise),
        ),
        (
            Kind::Name,
            "Jo Bloggs",
            "<>",
            "<[PERSON]>",
            "<*******gs>",
            "<[PERSON:T9]>",
            ("<[PERSON]>", A::Label),
        ),
        (
            Kind::CollarNumber,
            "PC 4471",
            "<>",
            "<[COLLAR]>",
            "<*****71>",
            "<[COLLAR:T7]>",
            ("<[COLLAR]>", A::Label),
        ),
        (
            Kind::Time,
            "07:30",
            "<>",
            "<[TIME]>",
            "<***30>",
            "<[TIME:T5]>",
            ("<morning>", A::Generalise),
        ),
    ];
    assert_eq!(table.len(), Kind::ALL.len(), "every kind has a row");
    for &(kind, sample, remove, label, mask2, pseudo, (general, general_kind)) in table {
        let keep = one(kind, sample, Action::Keep);
        assert_eq!(keep.0, format!("<{sample}>"), "{kind} keep");
        assert_eq!(keep.1, None, "{kind} keep records nothing");
        for (action, expected, recorded) in [
            (Action::Remove, remove, A::Remove),
            (Action::Label, label, A::Label),
            (Action::Mask { keep: 2 }, mask2, A::Mask),
            (Action::Pseudonymise, pseudo, A::Pseudonymise),
            (Action::Generalise, general, general_kind),
        ] {
            let (out, rec) = one(kind, sample, action);
            assert_eq!(out, expected, "{kind} {action:?}");
            assert_eq!(rec, Some(recorded), "{kind} {action:?} record");
        }
    }
}

#[test]
fn records_carry_kind_party_detector_and_output_range() {
    let text = "call 07700 900123 or mail jo@example.com now";
    let planned = [
        Planned {
            range: 5..17,
            kind: Kind::Phone,
            party: Party::Reporter,
            action: Action::Pseudonymise,
            detector: "phone.uk",
        },
        Planned {
            range: 26..40,
            kind: Kind::Email,
            party: Party::ThirdParty,
            action: Action::Label,
            detector: "email",
        },
    ];
    let mut seen = Vec::new();
    let t = apply(text, &planned, &mut |k, v| {
        seen.push((k, v.to_owned()));
        "[TOK]".to_owned()
    });
    assert_eq!(t.text, "call [TOK] or mail [EMAIL] now");
    assert_eq!(seen, vec![(Kind::Phone, "07700 900123".to_owned())]);
    assert_eq!(t.records.len(), 2);
    assert_eq!(t.records[0].kind, Kind::Phone);
    assert_eq!(t.records[0].party, Party::Reporter);
    assert_eq!(t.records[0].detector, "phone.uk");
    assert_eq!(&t.text[t.records[0].output_range.clone()], "[TOK]");
    assert_eq!(t.records[1].party, Party::ThirdParty);
    assert_eq!(&t.text[t.records[1].output_range.clone()], "[EMAIL]");
    // Debug of a record or of the result never shows a value.
    let dbg = format!("{t:?}");
    assert!(!dbg.contains("07700") && !dbg.contains("example") && !dbg.contains("call"));
}

#[test]
fn keep_is_counted_not_recorded() {
    let text = "PC 4471 at 07:30";
    let planned = [
        Planned {
            range: 0..7,
            kind: Kind::CollarNumber,
            party: Party::Subject,
            action: Action::Keep,
            detector: "collar",
        },
        plan(11..16, Kind::Time, Action::Generalise),
    ];
    let t = apply(text, &planned, &mut fake_token);
    assert_eq!(t.text, "PC 4471 at morning");
    assert_eq!(t.kept, vec![(Kind::CollarNumber, Party::Subject)]);
    assert_eq!(t.records.len(), 1);
    let summary = crate::audit::summarise(t.audit_events());
    assert_eq!(summary.len(), 2);
    assert!(summary.iter().any(|r| r.kind == Kind::CollarNumber
        && r.role == Party::Subject
        && r.action == ActionKind::Keep
        && r.count == 1));
    assert!(summary.iter().any(|r| r.kind == Kind::Time
        && r.role == Party::Reporter
        && r.action == ActionKind::Generalise));
}

#[test]
fn mask_counts_graphemes() {
    for (value, keep, expected) in [
        // e + combining acute is one grapheme.
        ("Re\u{301}ne\u{301}e", 0, "*****"),
        ("Re\u{301}ne\u{301}e", 2, "***e\u{301}e"),
        // A family emoji (ZWJ sequence) and a flag are one grapheme each.
        ("\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467}ab", 1, "**b"),
        (
            "\u{1F1EC}\u{1F1E7}\u{1F1EC}\u{1F1E7}",
            1,
            "*\u{1F1EC}\u{1F1E7}",
        ),
        ("\u{1F1EC}\u{1F1E7}\u{1F1EC}\u{1F1E7}", 0, "**"),
        // Hangul syllable built from jamo is one grapheme.
        ("\u{1100}\u{1161}\u{11A8}xy", 1, "**y"),
        // CRLF is one grapheme.
        ("ab\r\ncd", 0, "*****"),
        // Keep never shows more than half.
        ("Jo", 4, "*o"),
        ("J", 4, "*"),
        ("abcdefghij", 8, "*****fghij"),
        ("07700 900123", 4, "********0123"),
        ("", 3, ""),
    ] {
        assert_eq!(mask(value, keep), expected, "{value:?} keep {keep}");
    }
}

#[test]
fn remove_tidies_spaces_without_merging_words() {
    let cases: &[(&str, &str, &str)] = &[
        // (text, span to remove, expected)
        (
            "call me on 07700 900123 today",
            "07700 900123",
            "call me on today",
        ),
        ("07700 900123 is my number", "07700 900123", "is my number"),
        ("my number is 07700 900123", "07700 900123", "my number is"),
        (
            "my number is 07700 900123.",
            "07700 900123",
            "my number is.",
        ),
        (
            "my number is 07700 900123, ok",
            "07700 900123",
            "my number is, ok",
        ),
        ("ring 07700900123\nthen", "07700900123", "ring\nthen"),
        ("line\n07700900123 next", "07700900123", "line\nnext"),
        ("abc07700900123def", "07700900123", "abc def"),
        ("(07700900123)", "07700900123", "()"),
        ("tel:07700900123", "07700900123", "tel:"),
        ("07700900123", "07700900123", ""),
        // Only one blank goes: the writer's own double spaces stay.
        ("a  07700900123  b", "07700900123", "a   b"),
    ];
    for &(text, span, expected) in cases {
        let start = text.find(span).unwrap();
        let t = apply(
            text,
            &[plan(start..start + span.len(), Kind::Phone, Action::Remove)],
            &mut fake_token,
        );
        assert_eq!(t.text, expected, "{text:?}");
        let r = &t.records[0];
        assert!(t.text.get(r.output_range.clone()).is_some());
        assert_eq!(r.action, ActionKind::Remove);
    }
}

#[test]
fn adjacent_removals_do_not_merge_words() {
    let text = "jo 07700900123 jo@example.com x";
    let t = apply(
        text,
        &[
            plan(3..14, Kind::Phone, Action::Remove),
            plan(15..29, Kind::Email, Action::Remove),
        ],
        &mut fake_token,
    );
    assert_eq!(t.text, "jo x");
}

#[test]
fn defensive_against_bad_plans() {
    let text = "é 07700 900123 ü";
    // Off char boundary (inside é), overlapping, past the end, empty,
    // unsorted.
    let planned = [
        plan(1..2, Kind::Name, Action::Label),
        plan(3..10, Kind::Phone, Action::Label),
        plan(5..15, Kind::Phone, Action::Mask { keep: 0 }),
        plan(15..15, Kind::Phone, Action::Label),
        plan(17..1000, Kind::Name, Action::Label),
        plan(0..3, Kind::Name, Action::Label),
    ];
    let t = apply(text, &planned, &mut fake_token);
    // é widened to the whole char; phone part 1 labelled; the overlapping
    // rest masked; "ü" labelled (clamped); the late unsorted span skipped.
    assert_eq!(t.text, "[PERSON] [PHONE]***** [PERSON]");
    for r in &t.records {
        assert!(t.text.get(r.output_range.clone()).is_some());
    }
}

#[test]
fn map_range_cases() {
    // "call 07700 900123 at 07:30 ok"
    //  0    5           17   22   27
    let text = "call 07700 900123 at 07:30 ok";
    let t = apply(
        text,
        &[
            plan(5..17, Kind::Phone, Action::Label),
            plan(21..26, Kind::Time, Action::Generalise),
        ],
        &mut fake_token,
    );
    assert_eq!(t.text, "call [PHONE] at morning ok");
    for (original, expected) in [
        // Before any change: unchanged.
        (0..4, 0..4),
        // Exactly the replaced span: the replacement.
        (5..17, 5..12),
        // Inside it: the whole replacement.
        (7..9, 5..12),
        // Starting before, ending inside: grows to the replacement's end.
        (0..8, 0..12),
        // Starting inside, ending after: grows back to its start.
        (10..20, 5..15),
        // Between the two changes: shifted by the first.
        (18..20, 13..15),
        // Ends where a replacement starts: does not take it in.
        (18..21, 13..16),
        // Starts where a replacement ends: shifted only.
        (17..20, 12..15),
        // Over both.
        (5..26, 5..23),
        // After both: shifted by both.
        (27..29, 24..26),
        // Empty ranges and out-of-range input.
        (2..2, 2..2),
        (100..200, 26..26),
        (
            #[allow(clippy::reversed_empty_ranges)]
            (20..10),
            15..15,
        ),
    ] {
        assert_eq!(t.map_range(original.clone()), expected, "{original:?}");
    }
}

#[test]
fn map_range_with_removal_and_multibyte_text() {
    let text = "naïve 07700900123 café";
    let t = apply(
        text,
        &[plan(7..18, Kind::Phone, Action::Remove)],
        &mut fake_token,
    );
    assert_eq!(t.text, "naïve café");
    // "café" moves left by the removed number and its space.
    let cafe = text.find("café").unwrap();
    let mapped = t.map_range(cafe..cafe + "café".len());
    assert_eq!(&t.text[mapped], "café");
    // A hint on the removed number points at the empty place it was.
    let gone = t.map_range(7..18);
    assert!(gone.is_empty());
    assert_eq!(gone.start, "naïve ".len());
}

fn arb_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::Keep),
        Just(Action::Remove),
        Just(Action::Label),
        (0u8..10).prop_map(|keep| Action::Mask { keep }),
        Just(Action::Pseudonymise),
        Just(Action::Generalise),
    ]
}

/// Text, and sorted non-overlapping char-boundary spans with actions.
fn arb_case(allow_remove: bool) -> impl Strategy<Value = (String, Vec<Planned>)> {
    let text = prop_oneof![
        any::<String>(),
        "[ a-z0-9:./\u{e9}\u{301}\u{1F469}\u{200D}\n-]{0,60}",
        "(call|PC|07700 900123|SW1A 1AA|34|07:30|03/04/1987| |\u{FF13}\u{FF14}|\u{200B}){0,12}",
    ];
    text.prop_flat_map(move |text| {
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        let n = bounds.len();
        let spans = proptest::collection::vec((0..n, 0..n, 0..Kind::ALL.len(), arb_action()), 0..8);
        (Just(text), Just(bounds), spans)
    })
    .prop_map(move |(text, bounds, spans)| {
        let mut ranges: Vec<(usize, usize, Kind, Action)> = spans
            .into_iter()
            .map(|(a, b, k, act)| {
                let (a, b) = (a.min(b), a.max(b));
                let act = if !allow_remove && act == Action::Remove {
                    Action::Label
                } else {
                    act
                };
                (bounds[a], bounds[b], Kind::ALL[k], act)
            })
            .filter(|(a, b, _, _)| a < b)
            .collect();
        ranges.sort_by_key(|r| r.0);
        let mut planned = Vec::new();
        let mut last = 0;
        for (a, b, kind, action) in ranges {
            if a >= last {
                planned.push(plan(a..b, kind, action));
                last = b;
            }
        }
        (text, planned)
    })
}

/// The parts of the text outside the changed spans, in order.
fn gaps(text: &str, planned: &[Planned]) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut cursor = 0;
    for p in planned.iter().filter(|p| p.action != Action::Keep) {
        out.push((
            cursor..p.range.start,
            text[cursor..p.range.start].to_owned(),
        ));
        cursor = p.range.end;
    }
    out.push((cursor..text.len(), text[cursor..].to_owned()));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn apply_never_panics_and_keeps_the_rest((text, planned) in arb_case(true)) {
        let t = apply(&text, &planned, &mut fake_token);
        // Valid UTF-8 by construction (String); ranges are valid.
        for r in &t.records {
            prop_assert!(t.text.get(r.output_range.clone()).is_some());
        }
        // Text outside the spans appears in order (a removal may take one
        // blank next to it).
        let mut pos = 0;
        for (_, gap) in gaps(&text, &planned) {
            let mut core = gap.as_str();
            core = core.strip_prefix([' ', '\t']).unwrap_or(core);
            core = core.strip_suffix([' ', '\t']).unwrap_or(core);
            let found = t.text[pos..].find(core);
            prop_assert!(found.is_some(), "gap {:?} missing from {:?}", core, t.text);
            pos += found.unwrap_or(0) + core.len();
        }
        // map_range never panics and gives valid output ranges.
        for p in &planned {
            let m = t.map_range(p.range.clone());
            prop_assert!(t.text.get(m).is_some());
        }
    }

    #[test]
    fn without_removal_gaps_map_exactly((text, planned) in arb_case(false)) {
        let t = apply(&text, &planned, &mut fake_token);
        for (range, gap) in gaps(&text, &planned) {
            let m = t.map_range(range);
            prop_assert_eq!(&t.text[m], gap.as_str());
        }
    }

    #[test]
    fn generalised_text_never_contains_the_whole_value(
        (text, planned) in arb_case(false)
    ) {
        for p in planned.iter().filter(|p| p.action == Action::Generalise && p.kind != Kind::Age) {
            let span = &text[p.range.clone()];
            let t = apply(span, &[plan(0..span.len(), p.kind, Action::Generalise)], &mut fake_token);
            if span.chars().any(char::is_alphanumeric) {
                prop_assert!(!t.text.contains(span) || t.text.starts_with('['),
                    "{:?} -> {:?}", span, t.text);
            }
        }
    }
}
