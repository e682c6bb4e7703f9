//! Table tests for the attribution rules, one table per rule.

use proptest::prelude::*;

use super::Attributor;
use crate::attribute::Party;
use crate::detect::{Finding, Kind, TextContext};

use Party::{Reporter, Subject, ThirdParty, Unknown};

/// The byte range of the `nth` (0-based) occurrence of `needle`.
fn range_of(text: &str, needle: &str, nth: usize) -> std::ops::Range<usize> {
    let (start, _) = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in {text:?}"));
    start..start + needle.len()
}

fn finding(text: &str, needle: &str, nth: usize, kind: Kind) -> Finding {
    Finding::new(kind, range_of(text, needle, nth), 0.9, "test", false)
}

static ATTR: std::sync::LazyLock<Attributor> =
    std::sync::LazyLock::new(|| Attributor::new().unwrap());

fn attr() -> &'static Attributor {
    &ATTR
}

/// The subject Daniel Reeves, PC 4471, @dreeves_wm, Steelhouse Lane; the
/// reporter Jo Bloggs on 07700 900123, jo@example.com.
fn ctx() -> TextContext {
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Daniel Reeves", Subject)
        .add_known(Kind::CollarNumber, "4471", Subject)
        .add_known(Kind::Handle, "@dreeves_wm", Subject)
        .add_known(Kind::Address, "Steelhouse Lane police station", Subject)
        .add_known(Kind::Name, "Jo Bloggs", Reporter)
        .add_known(Kind::Phone, "07700 900123", Reporter)
        .add_known(Kind::Email, "jo@example.com", Reporter);
    ctx
}

/// Runs one table: (text, needle, occurrence, kind, expected).
fn run(table: &[(&str, &str, usize, Kind, Party)], ctx: &TextContext) {
    let a = attr();
    let mut failures = Vec::new();
    for &(text, needle, nth, kind, want) in table {
        let f = finding(text, needle, nth, kind);
        let got = a.attribute(text, std::slice::from_ref(&f), ctx);
        assert_eq!(got.len(), 1);
        if got[0] != want {
            failures.push(format!("{text:?} [{needle}] → {:?}, want {want:?}", got[0]));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn rule1_known_hints_win_and_self_intro_is_the_reporter() {
    let a = attr();
    let text = "I told him 07700 900456 was his.";
    let r = range_of(text, "07700 900456", 0);
    let empty = TextContext::new();
    for p in Party::ALL {
        let f = Finding::new(Kind::Phone, r.clone(), 1.0, "known.value", true).with_party_hint(p);
        assert_eq!(a.attribute(text, &[f], &empty), vec![p], "{p:?}");
    }
    // A self-introduction or sign-off detector's Reporter hint wins over
    // cues pointing elsewhere.
    let text = "PC Reeves said: my name is Jo Bloggs";
    for det in ["name.self_intro", "name.sign_off"] {
        let f = Finding::new(Kind::Name, range_of(text, "Jo Bloggs", 0), 0.9, det, false)
            .with_party_hint(Reporter);
        assert_eq!(a.attribute(text, &[f], &empty), vec![Reporter]);
    }
    // Another detector's non-Reporter hint does not decide: the rules do.
    let text = "call me on 07700 900456";
    let f = Finding::new(
        Kind::Phone,
        range_of(text, "07700 900456", 0),
        0.9,
        "phone.uk",
        true,
    )
    .with_party_hint(Subject);
    assert_eq!(a.attribute(text, &[f], &empty), vec![Reporter]);
}

#[test]
fn rule2_known_values() {
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        // Subject name, any part, case and possessive ignored.
        (
            "I reported Daniel Reeves last year.",
            "Daniel Reeves",
            0,
            Kind::Name,
            Subject,
        ),
        ("reeves laughed at me", "reeves", 0, Kind::Name, Subject),
        ("It was Reeves's car.", "Reeves's", 0, Kind::Name, Subject),
        ("DANIEL came round", "DANIEL", 0, Kind::Name, Subject),
        // Collar by digits, handle without @, station.
        (
            "his number was 4471",
            "4471",
            0,
            Kind::CollarNumber,
            Subject,
        ),
        (
            "posts as dreeves_wm on insta",
            "dreeves_wm",
            0,
            Kind::Handle,
            Subject,
        ),
        (
            "see instagram.com/dreeves_wm/",
            "instagram.com/dreeves_wm/",
            0,
            Kind::Url,
            Subject,
        ),
        (
            "works at Steelhouse Lane Police Station",
            "Steelhouse Lane Police Station",
            0,
            Kind::Address,
            Subject,
        ),
        // Reporter values in another formatting, even with a third-person
        // cue in front.
        (
            "his number is 07700900123",
            "07700900123",
            0,
            Kind::Phone,
            Reporter,
        ),
        (
            "he rang +44 7700 900 123",
            "+44 7700 900 123",
            0,
            Kind::Phone,
            Reporter,
        ),
        (
            "write to JO@EXAMPLE.COM",
            "JO@EXAMPLE.COM",
            0,
            Kind::Email,
            Reporter,
        ),
        // Any part of the reporter's name is the reporter's.
        (
            "Bloggs is my maiden name",
            "Bloggs",
            0,
            Kind::Name,
            Reporter,
        ),
        ("PC Reeves shouted at Jo", "Jo", 0, Kind::Name, Reporter),
        // A name that only partly matches the subject is not the subject.
        (
            "Sarah Reevesby saw it",
            "Sarah Reevesby",
            0,
            Kind::Name,
            ThirdParty,
        ),
    ];
    run(table, &ctx());
}

/// Domestic abuse: reporter and subject share a surname and a landline.
#[test]
fn rule2_shared_surname_and_shared_number() {
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Daniel Reeves", Subject)
        .add_known(Kind::Name, "Jo Reeves", Reporter)
        .add_known(Kind::Phone, "0121 496 0000", Reporter)
        .add_known(Kind::Phone, "0121 496 0000", Subject);
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        // The distinctive first name settles it.
        (
            "My husband Daniel Reeves hit me.",
            "Daniel Reeves",
            0,
            Kind::Name,
            Subject,
        ),
        ("I am Jo Reeves.", "Jo Reeves", 0, Kind::Name, Reporter),
        // The bare shared surname: Subject only with a rank or a
        // third-person cue, otherwise protected.
        ("It was PC Reeves again.", "Reeves", 0, Kind::Name, Subject),
        ("Sgt. Reeves was there", "Reeves", 0, Kind::Name, Subject),
        (
            "The house is in the name Reeves.",
            "Reeves",
            0,
            Kind::Name,
            Reporter,
        ),
        (
            "Mrs Reeves made the call.",
            "Reeves",
            0,
            Kind::Name,
            Reporter,
        ),
        // A shared contact number is protected.
        (
            "his landline is 0121 496 0000",
            "0121 496 0000",
            0,
            Kind::Phone,
            Reporter,
        ),
    ];
    run(table, &ctx);
}

#[test]
fn rule3_times_are_unknown() {
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        ("my shift ended at 07:30", "07:30", 0, Kind::Time, Unknown),
        ("he arrived at 0730hrs", "0730hrs", 0, Kind::Time, Unknown),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule4_names() {
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        // Rank with name or number.
        (
            "It was PC Daniel Reeves.",
            "Daniel Reeves",
            0,
            Kind::Name,
            Subject,
        ),
        ("It was PC Daniel Reeves.", "Reeves", 0, Kind::Name, Subject),
        (
            "PC 4471 Daniel Reeves of West Midlands Police",
            "Daniel Reeves",
            0,
            Kind::Name,
            Subject,
        ),
        (
            "Sgt Mark Lyle swore at me",
            "Mark Lyle",
            0,
            Kind::Name,
            Subject,
        ),
        ("Det Sgt Amy Holt", "Amy Holt", 0, Kind::Name, Subject),
        (
            "Chief Inspector Ruth Okafor knew",
            "Ruth Okafor",
            0,
            Kind::Name,
            Subject,
        ),
        ("DCI Tom Farrow", "Tom Farrow", 0, Kind::Name, Subject),
        (
            "the PCSO, Ben Ward, took it",
            "Ben Ward",
            0,
            Kind::Name,
            Subject,
        ),
        (
            "Special Constable Lee Grant",
            "Lee Grant",
            0,
            Kind::Name,
            Subject,
        ),
        (
            "Amy Holt (PC 2231) lied",
            "Amy Holt",
            0,
            Kind::Name,
            Subject,
        ),
        (
            "the finding starts with the rank: Insp Kate Moss",
            "Insp Kate Moss",
            0,
            Kind::Name,
            Subject,
        ),
        (
            "the officer, Ben Ward, took it",
            "Ben Ward",
            0,
            Kind::Name,
            Subject,
        ),
        (
            "the officer's name is Ben Ward",
            "Ben Ward",
            0,
            Kind::Name,
            Subject,
        ),
        // Self-introductions and sign-offs.
        (
            "I, Sam Carter, make this report",
            "Sam Carter",
            0,
            Kind::Name,
            Reporter,
        ),
        (
            "My name is Sam Carter and",
            "Sam Carter",
            0,
            Kind::Name,
            Reporter,
        ),
        ("I'm Sam Carter.", "Sam Carter", 0, Kind::Name, Reporter),
        (
            "Kind regards,\nSam Carter",
            "Sam Carter",
            0,
            Kind::Name,
            Reporter,
        ),
        // ... but not someone else's name after "I'm … 's".
        ("I'm Tom's sister", "Tom", 0, Kind::Name, ThirdParty),
        // Other names.
        (
            "My neighbour Sam Carter saw it",
            "Sam Carter",
            0,
            Kind::Name,
            ThirdParty,
        ),
        (
            "he hit me, Sam Carter saw it",
            "Sam Carter",
            0,
            Kind::Name,
            ThirdParty,
        ),
        (
            "my pc broke, Sam Carter fixed it",
            "Sam Carter",
            0,
            Kind::Name,
            ThirdParty,
        ),
        (
            "I saw Sam Carter there",
            "Sam Carter",
            0,
            Kind::Name,
            ThirdParty,
        ),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule5_collar_numbers() {
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "PC 4471 pushed me",
            "PC 4471",
            0,
            Kind::CollarNumber,
            Subject,
        ),
        ("he was PC 4471", "4471", 0, Kind::CollarNumber, Subject),
        (
            "I'm reporting PC 5123 today",
            "PC 5123",
            0,
            Kind::CollarNumber,
            Subject,
        ),
        (
            "I'm PC 1234 myself",
            "PC 1234",
            0,
            Kind::CollarNumber,
            Reporter,
        ),
        ("I am PC 1234", "1234", 0, Kind::CollarNumber, Reporter),
        (
            "my collar number is 1234",
            "1234",
            0,
            Kind::CollarNumber,
            Reporter,
        ),
        (
            "my husband is PC 7781",
            "PC 7781",
            0,
            Kind::CollarNumber,
            Subject,
        ),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule6_first_person_cues() {
    let p = Kind::Phone;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        ("my number is 07700 900456", "07700 900456", 0, p, Reporter),
        ("My mobile: 07700 900456", "07700 900456", 0, p, Reporter),
        ("my no. is 07700 900456", "07700 900456", 0, p, Reporter),
        ("text me on 07700 900456", "07700 900456", 0, p, Reporter),
        (
            "Call me on 07700 900456 after six",
            "07700 900456",
            0,
            p,
            Reporter,
        ),
        (
            "you can ring me, 07700 900456",
            "07700 900456",
            0,
            p,
            Reporter,
        ),
        (
            "he called me on 07700 900456",
            "07700 900456",
            0,
            p,
            Reporter,
        ),
        (
            "email me at sam@example.org",
            "sam@example.org",
            0,
            Kind::Email,
            Reporter,
        ),
        (
            "contact me: sam@example.org",
            "sam@example.org",
            0,
            Kind::Email,
            Reporter,
        ),
        (
            "my email is sam@example.org",
            "sam@example.org",
            0,
            Kind::Email,
            Reporter,
        ),
        (
            "I live at 12 Acacia Avenue",
            "12 Acacia Avenue",
            0,
            Kind::Address,
            Reporter,
        ),
        (
            "my address is 12 Acacia Avenue, B1 1AA",
            "B1 1AA",
            0,
            Kind::Postcode,
            Reporter,
        ),
        (
            "our flat is 3 Mill Court",
            "3 Mill Court",
            0,
            Kind::Address,
            Reporter,
        ),
        (
            "my postcode is B1 1AA",
            "B1 1AA",
            0,
            Kind::Postcode,
            Reporter,
        ),
        (
            "my car is a red Fiesta, AB12 CDE",
            "AB12 CDE",
            0,
            Kind::VehicleReg,
            Reporter,
        ),
        (
            "I drive AB12 CDE",
            "AB12 CDE",
            0,
            Kind::VehicleReg,
            Reporter,
        ),
        (
            "my reg is AB12CDE",
            "AB12CDE",
            0,
            Kind::VehicleReg,
            Reporter,
        ),
        (
            "my NI number is QQ 12 34 56 C",
            "QQ 12 34 56 C",
            0,
            Kind::Nino,
            Reporter,
        ),
        (
            "my NHS number 943 476 5919",
            "943 476 5919",
            0,
            Kind::NhsNumber,
            Reporter,
        ),
        (
            "my DOB is 01/02/1990",
            "01/02/1990",
            0,
            Kind::DateOfBirth,
            Reporter,
        ),
        (
            "I was born on 1 Feb 1990",
            "1 Feb 1990",
            0,
            Kind::DateOfBirth,
            Reporter,
        ),
        ("I'm 34 and scared", "34", 0, Kind::Age, Reporter),
        (
            "my insta is @sam_c_92",
            "@sam_c_92",
            0,
            Kind::Handle,
            Reporter,
        ),
        (
            "find me on @sam_c_92",
            "@sam_c_92",
            0,
            Kind::Handle,
            Reporter,
        ),
        (
            "my bank account 12345678",
            "12345678",
            0,
            Kind::AccountNumber,
            Reporter,
        ),
        // Just after the finding.
        ("07700 900456 is my number", "07700 900456", 0, p, Reporter),
        ("ring 07700 900456 (mine)", "07700 900456", 0, p, Reporter),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule6_third_person_and_third_party_cues() {
    let p = Kind::Phone;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        ("his number is 07700 900456", "07700 900456", 0, p, Subject),
        ("her mobile is 07700 900456", "07700 900456", 0, p, Subject),
        (
            "his personal mobile is 07700 900456",
            "07700 900456",
            0,
            p,
            Subject,
        ),
        (
            "he texted me from 07700 900456",
            "07700 900456",
            0,
            p,
            Subject,
        ),
        (
            "He drives AB12 CDE",
            "AB12 CDE",
            0,
            Kind::VehicleReg,
            Subject,
        ),
        (
            "his car is a black Audi, reg AB12 CDE",
            "AB12 CDE",
            0,
            Kind::VehicleReg,
            Subject,
        ),
        ("his insta is @dan_r", "@dan_r", 0, Kind::Handle, Subject),
        (
            "the officer's phone was 07700 900456",
            "07700 900456",
            0,
            p,
            Subject,
        ),
        (
            "PC Reeves's mobile is 07700 900456",
            "07700 900456",
            0,
            p,
            Subject,
        ),
        ("he's 45", "45", 0, Kind::Age, Subject),
        ("07700 900456 is his", "07700 900456", 0, p, Subject),
        // A bare pronoun does not place an address (the caller, or a
        // third party, may be "she"): protected; the officer named does.
        (
            "she lives at 3 Mill Court",
            "3 Mill Court",
            0,
            Kind::Address,
            Unknown,
        ),
        (
            "the officer lives at 3 Mill Court",
            "3 Mill Court",
            0,
            Kind::Address,
            Subject,
        ),
        ("he'd ring from 07700 900456", "07700 900456", 0, p, Subject),
        (
            "he then messaged me using 07700 900456",
            "07700 900456",
            0,
            p,
            Subject,
        ),
        ("she is about 50", "50", 0, Kind::Age, Subject),
        // A contact verb without "from" names the number called: not his.
        (
            "he called 07700 900456 twelve times",
            "07700 900456",
            0,
            p,
            Unknown,
        ),
        (
            "he's been texting 07700 900456",
            "07700 900456",
            0,
            p,
            Unknown,
        ),
        (
            "he posted 12 Acacia Avenue online",
            "12 Acacia Avenue",
            0,
            Kind::Address,
            Unknown,
        ),
        (
            "he kept ringing my mobile 07700 900456",
            "07700 900456",
            0,
            p,
            Reporter,
        ),
        // Someone else's.
        (
            "my sister's number is 07700 900456",
            "07700 900456",
            0,
            p,
            ThirdParty,
        ),
        (
            "his wife's phone is 07700 900456",
            "07700 900456",
            0,
            p,
            ThirdParty,
        ),
        (
            "the witness's mobile 07700 900456",
            "07700 900456",
            0,
            p,
            ThirdParty,
        ),
        ("my son is 12", "12", 0, Kind::Age, ThirdParty),
        // "her" as an object does not make my number hers.
        (
            "I gave her my number 07700 900456",
            "07700 900456",
            0,
            p,
            Reporter,
        ),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule6_nearest_cue_wins_and_clauses_stop_cues() {
    let p = Kind::Phone;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "my number is 07700 900123 and his is 07700 900456",
            "07700 900123",
            0,
            p,
            Reporter,
        ),
        (
            "my number is 07700 900123 and his is 07700 900456",
            "07700 900456",
            0,
            p,
            Subject,
        ),
        (
            "his number is 07700 900456, mine is 07700 900123",
            "07700 900456",
            0,
            p,
            Subject,
        ),
        (
            "his number is 07700 900456, mine is 07700 900123",
            "07700 900123",
            0,
            p,
            Reporter,
        ),
        (
            "his is 07700 900456 but my number is 07700 900123",
            "07700 900123",
            0,
            p,
            Reporter,
        ),
        (
            "my number is 07700 900123 but he used 07700 900456",
            "07700 900456",
            0,
            p,
            Subject,
        ),
        // A sentence end stops a cue.
        (
            "That is my number. 07700 900456 called.",
            "07700 900456",
            0,
            p,
            Unknown,
        ),
        (
            "His number is old. 07700 900456 called.",
            "07700 900456",
            0,
            p,
            Unknown,
        ),
        // A clause break stops a cue.
        (
            "my number is private but 07700 900456 called",
            "07700 900456",
            0,
            p,
            Unknown,
        ),
        // Too far away.
        (
            "my number is, as I said to the call handler several times before, 07700 900456",
            "07700 900456",
            0,
            p,
            Unknown,
        ),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule7_no_cue_is_unknown() {
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "Calls came from 07700 900456.",
            "07700 900456",
            0,
            Kind::Phone,
            Unknown,
        ),
        (
            "sam@example.org",
            "sam@example.org",
            0,
            Kind::Email,
            Unknown,
        ),
        (
            "A car, AB12 CDE, was there",
            "AB12 CDE",
            0,
            Kind::VehicleReg,
            Unknown,
        ),
        ("QQ 12 34 56 C", "QQ 12 34 56 C", 0, Kind::Nino, Unknown),
        // "acc" and "pc" are not ranks.
        ("acc 12345678", "12345678", 0, Kind::AccountNumber, Unknown),
    ];
    run(table, &TextContext::new());
}

#[test]
fn many_findings_keep_order_and_bad_ranges_are_unknown() {
    let a = attr();
    let text = "my number is 07700 900123 and his is 07700 900456; PC 4471 Daniel Reeves";
    let findings = vec![
        finding(text, "07700 900123", 0, Kind::Phone),
        finding(text, "07700 900456", 0, Kind::Phone),
        finding(text, "PC 4471", 0, Kind::CollarNumber),
        finding(text, "Daniel Reeves", 0, Kind::Name),
        Finding::new(Kind::Phone, 500..510, 0.5, "test", false),
        Finding::new(
            Kind::Phone,
            std::ops::Range { start: 10, end: 5 },
            0.5,
            "test",
            false,
        ),
    ];
    let got = a.attribute(text, &findings, &TextContext::new());
    assert_eq!(
        got,
        vec![Reporter, Subject, Subject, Subject, Unknown, Unknown]
    );
    assert!(a.attribute(text, &[], &ctx()).is_empty());
}

#[test]
fn off_boundary_range_is_unknown_not_a_panic() {
    let a = attr();
    let text = "my number is é07700 900123";
    let at = text.find('é').unwrap() + 1; // inside 'é'
    let f = Finding::new(Kind::Phone, at..text.len(), 0.5, "test", false);
    assert_eq!(a.attribute(text, &[f], &ctx()), vec![Unknown]);
}

#[test]
fn attributor_is_send_sync_and_debug_shows_no_text() {
    fn assert_send_sync<T: Send + Sync + std::fmt::Debug>() {}
    assert_send_sync::<Attributor>();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Any text, any ranges (on or off char boundaries, in or out of
    /// bounds), any kinds: no panic, one party per finding.
    #[test]
    fn never_panics(
        text in "\\PC{0,200}",
        spans in proptest::collection::vec((0usize..260, 0usize..60, 0usize..22), 0..8),
    ) {
        let a = attr();
        let findings: Vec<Finding> = spans
            .iter()
            .map(|&(s, l, k)| Finding::new(Kind::ALL[k % Kind::ALL.len()], s..s + l, 0.5, "test", false))
            .collect();
        let got = a.attribute(&text, &findings, &ctx());
        prop_assert_eq!(got.len(), findings.len());
    }

    /// Cue words around hostile Unicode never panic either.
    #[test]
    fn cue_soup_never_panics(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("my number is ".to_owned()),
                Just("his ".to_owned()),
                Just("PC ".to_owned()),
                Just("I'm ".to_owned()),
                Just("’s ".to_owned()),
                Just(". ".to_owned()),
                Just("07700 900456".to_owned()),
                "\\PC{0,6}",
            ],
            0..20,
        ),
        at in 0usize..200,
        len in 0usize..20,
    ) {
        let text: String = parts.concat();
        let a = attr();
        let f = Finding::new(Kind::Phone, at..at + len, 0.5, "test", false);
        prop_assert_eq!(a.attribute(&text, &[f], &ctx()).len(), 1);
    }
}

/// The worked example: a confidential domestic-abuse narrative.
#[test]
fn worked_example_domestic_abuse() {
    let text = "My name is Jo Bloggs. My ex-partner is PC 4471 Daniel Reeves of West \
                Midlands Police. He texted me from 07700 900456 again last night. You \
                can reach me on 07700 900 123 and I live at 12 Acacia Avenue, B1 1AA. \
                His car is AB12 CDE. My sister Sam Carter saw him.";
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Daniel Reeves", Subject)
        .add_known(Kind::CollarNumber, "4471", Subject)
        .add_known(Kind::Name, "Jo Bloggs", Reporter)
        .add_known(Kind::Phone, "07700 900123", Reporter);
    let table = [
        ("Jo Bloggs", Kind::Name, Reporter),
        ("PC 4471", Kind::CollarNumber, Subject),
        ("Daniel Reeves", Kind::Name, Subject),
        ("07700 900456", Kind::Phone, Subject),
        ("07700 900 123", Kind::Phone, Reporter),
        ("12 Acacia Avenue", Kind::Address, Reporter),
        ("B1 1AA", Kind::Postcode, Reporter),
        ("AB12 CDE", Kind::VehicleReg, Subject),
        ("Sam Carter", Kind::Name, ThirdParty),
    ];
    let findings: Vec<Finding> = table
        .iter()
        .map(|&(needle, kind, _)| finding(text, needle, 0, kind))
        .collect();
    let got = attr().attribute(text, &findings, &ctx);
    let want: Vec<Party> = table.iter().map(|&(_, _, p)| p).collect();
    assert_eq!(got, want);
}

#[test]
fn rule6_money_destinations_driving_and_contact_done_to_me() {
    let (sc, acc, iban) = (Kind::SortCode, Kind::AccountNumber, Kind::Iban);
    let (vrm, h, p, card) = (Kind::VehicleReg, Kind::Handle, Kind::Phone, Kind::Card);
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        // "paid into" names the asker's account ...
        (
            "she told me to pay it into 20-00-00 12345678",
            "20-00-00",
            0,
            sc,
            Subject,
        ),
        (
            "he wanted the cash sent to sort code 200000 acct 12345678",
            "12345678",
            0,
            acc,
            Subject,
        ),
        (
            "He asked me to transfer the money to GB29NWBK60161331926819",
            "GB29NWBK60161331926819",
            0,
            iban,
            Subject,
        ),
        // ... but only bank details, and not the reporter's own.
        (
            "he wanted it sent to x, card number 4111111111111111",
            "4111111111111111",
            0,
            card,
            Unknown,
        ),
        (
            "he wanted it paid into my account 12345678",
            "12345678",
            0,
            acc,
            Reporter,
        ),
        (
            "I paid £50 from my account 12345678",
            "12345678",
            0,
            acc,
            Reporter,
        ),
        // Driving.
        (
            "he was driving a blue golf AB12 CDE",
            "AB12 CDE",
            0,
            vrm,
            Subject,
        ),
        (
            "she pulled up in a van, KX19 LMN",
            "KX19 LMN",
            0,
            vrm,
            Subject,
        ),
        ("I was driving AB12 CDE", "AB12 CDE", 0, vrm, Reporter),
        // Contact done to the reporter came from the officer's account.
        (
            "then he kept adding me on snap (dan_w_77)",
            "dan_w_77",
            0,
            h,
            Subject,
        ),
        (
            "she messaged me from 07700 900456",
            "07700 900456",
            0,
            p,
            Subject,
        ),
        (
            "he follows me on tiktok, i'm jo_b_92",
            "jo_b_92",
            0,
            h,
            Reporter,
        ),
        (
            "he follows me on tiktok, i'm @jo_b_92",
            "jo_b_92",
            0,
            h,
            Reporter,
        ),
        ("add me on insta jo_b_92", "jo_b_92", 0, h, Reporter),
        // Posting online as someone.
        (
            "Reeves posts abuse online as dr_official",
            "dr_official",
            0,
            h,
            Subject,
        ),
        ("I post videos online as jo_b_92", "jo_b_92", 0, h, Reporter),
        // "I'm in" is where the reporter is.
        (
            "his handle is dr_1, i'm in LS6 2QT",
            "LS6 2QT",
            0,
            Kind::Postcode,
            Reporter,
        ),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule6_a_bare_pronoun_does_not_make_contact_details_the_officers() {
    let p = Kind::Phone;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        // "she" is often the caller, or someone else: protected.
        (
            "She can be reached on 07700 900333.",
            "07700 900333",
            0,
            p,
            Unknown,
        ),
        (
            "he can be reached on 07700 900333 most days",
            "07700 900333",
            0,
            p,
            Unknown,
        ),
        (
            "and she lives at 4 Quince Grove",
            "4 Quince Grove",
            0,
            Kind::Address,
            Unknown,
        ),
        (
            "she is on 07700 900333 most nights",
            "07700 900333",
            0,
            p,
            Unknown,
        ),
        // A handle someone goes by is the account the report is about.
        (
            "he goes by ellie_b_77 on insta",
            "ellie_b_77",
            0,
            Kind::Handle,
            Subject,
        ),
        // The officer named: the officer's.
        (
            "The officer can be reached on 07700 900333.",
            "07700 900333",
            0,
            p,
            Subject,
        ),
        (
            "PC Reeves can be reached on 07700 900333.",
            "07700 900333",
            0,
            p,
            Subject,
        ),
        // Officer-specific cues still decide.
        (
            "he texted me from 07700 900333",
            "07700 900333",
            0,
            p,
            Subject,
        ),
        (
            "his work mobile is 07700 900333",
            "07700 900333",
            0,
            p,
            Subject,
        ),
        // A pronoun with a verb of use still places a vehicle.
        (
            "she drives GT22 VYL",
            "GT22 VYL",
            0,
            Kind::VehicleReg,
            Subject,
        ),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule2_a_spelled_out_phone_matches_the_declared_one() {
    let p = Kind::Phone;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "she can be reached on plus four four seven seven double oh nine double oh one two three",
            "plus four four seven seven double oh nine double oh one two three",
            0,
            p,
            Reporter,
        ),
        (
            "his number is oh seven seven oh oh nine oh oh one two three",
            "oh seven seven oh oh nine oh oh one two three",
            0,
            p,
            Reporter,
        ),
        (
            "ring 0 double 7 00 nine 00 1 2 3",
            "0 double 7 00 nine 00 1 2 3",
            0,
            p,
            Reporter,
        ),
    ];
    run(table, &ctx());
}
