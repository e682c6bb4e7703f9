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
    let e = Kind::Email;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        ("his number is 07700 900456", "07700 900456", 0, p, Subject),
        // Payment platforms are details a possessive points at.
        (
            "Payment to his PayPal rhysmab@example.com.",
            "rhysmab@example.com",
            0,
            e,
            Subject,
        ),
        ("her Revolut is 07700 900456", "07700 900456", 0, p, Subject),
        (
            "my paypal is jo.b@example.com",
            "jo.b@example.com",
            0,
            e,
            Reporter,
        ),
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
        // Someone else's. The reporter's own family identifies the
        // reporter: protected as the reporter's.
        (
            "my sister's number is 07700 900456",
            "07700 900456",
            0,
            p,
            Reporter,
        ),
        (
            "his sister's number is 07700 900456",
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
        ("my son is 12", "12", 0, Kind::Age, Reporter),
        ("the witness is 12", "12", 0, Kind::Age, Unknown),
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
        // The reporter's sister: her name identifies the reporter.
        ("Sam Carter", Kind::Name, Reporter),
    ];
    let findings: Vec<Finding> = table
        .iter()
        .map(|&(needle, kind, _)| finding(text, needle, 0, kind))
        .collect();
    let got = attr().attribute(text, &findings, &ctx);
    let want: Vec<Party> = table.iter().map(|&(_, _, p)| p).collect();
    assert_eq!(got, want);
}

/// Money moved "from my (cousin's) account to his": the destination's
/// details, given after it, are the officer's; the source's, given before
/// "to his", and a destination that is the writer's stay protected.
#[test]
fn rule6_the_destination_of_money_moved_to_the_officer_is_his() {
    let (sc, acc) = (Kind::SortCode, Kind::AccountNumber);
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "DC Rourke was paid. The money went from my cousin's account to his, sort code 40-47-82 account 31926640",
            "40-47-82",
            0,
            sc,
            Subject,
        ),
        (
            "DC Rourke was paid. The money went from my cousin's account to his, sort code 40-47-82 account 31926640",
            "31926640",
            0,
            acc,
            Subject,
        ),
        (
            "I sent it from my account to his account, sort code 40-47-82",
            "40-47-82",
            0,
            sc,
            Subject,
        ),
        (
            "it was moved from our joint account over to PC Rourke's account: 31926640",
            "31926640",
            0,
            acc,
            Subject,
        ),
        // The source account, named before "to his": the payer's.
        (
            "It went from my account (sort code 40-47-82) to his.",
            "40-47-82",
            0,
            sc,
            Reporter,
        ),
        // The writer's own account as the destination.
        (
            "The money went from his account to mine, sort code 40-47-82",
            "40-47-82",
            0,
            sc,
            Reporter,
        ),
        (
            "he moved it from PC Rourke's account into my account, account 31926640",
            "31926640",
            0,
            acc,
            Reporter,
        ),
        // No transfer: the writer's own bank details.
        (
            "my cousin's account to be honest, sort code 40-47-82",
            "40-47-82",
            0,
            sc,
            Reporter,
        ),
    ];
    run(table, &TextContext::new());
}

/// A handle in brackets after a platform the officer contacts someone on
/// is the officer's; the writer's own, or a phone, stays protected.
#[test]
fn rule6_a_handle_in_brackets_after_the_officers_platform_is_his() {
    let (h, p) = (Kind::Handle, Kind::Phone);
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "C/L is mother of the victim. PCSO Lee Carragher has been messaging her daughter on Snapchat (leecarr_88) after a school talk.",
            "leecarr_88",
            0,
            h,
            Subject,
        ),
        (
            "PC Hamill keeps adding my son on insta (hamill_x) and",
            "hamill_x",
            0,
            h,
            Subject,
        ),
        (
            "he has been messaging girls on snapchat [@x_y] for months",
            "x_y",
            0,
            h,
            Subject,
        ),
        (
            "the officer was texting my daughter via whatsapp (dave.k) late",
            "dave.k",
            0,
            h,
            Subject,
        ),
        // The writer's own handle, or the writer contacting him.
        (
            "I messaged him on snapchat (jo_b_92) to ask him to stop",
            "jo_b_92",
            0,
            h,
            Unknown,
        ),
        (
            "my insta (jo_b_92) was hacked by him",
            "jo_b_92",
            0,
            h,
            Reporter,
        ),
        // A phone after a platform: whose number is not said.
        (
            "PC Hamill texted her on whatsapp (07700 900123)",
            "07700 900123",
            0,
            p,
            Unknown,
        ),
    ];
    run(table, &TextContext::new());
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

/// Runs a table where each row attributes every listed needle together
/// (the rules that look at the finding before): (text, [(needle, kind,
/// expected)]).
/// One row of [`run_together`]: a needle, its kind and the party wanted.
type Want<'a> = (&'a str, Kind, Party);

fn run_together(table: &[(&str, &[Want<'_>])]) {
    run_together_in(table, &TextContext::new());
}

/// [`run_together`] with a context.
fn run_together_in(table: &[(&str, &[Want<'_>])], ctx: &TextContext) {
    let mut failures = Vec::new();
    for &(text, rows) in table {
        let findings: Vec<Finding> = rows
            .iter()
            .map(|&(needle, kind, _)| finding(text, needle, 0, kind))
            .collect();
        let got = attr().attribute(text, &findings, ctx);
        for (&(needle, _, want), got) in rows.iter().zip(got) {
            if got != want {
                failures.push(format!("{text:?} [{needle}] → {got:?}, want {want:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn rule5_the_reporters_own_collar_staff_and_warrant_numbers() {
    let c = Kind::CollarNumber;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        // First-person possession.
        ("My collar no is 6120 and I'm", "6120", 0, c, Reporter),
        ("my collar number: 6120", "6120", 0, c, Reporter),
        ("my shoulder number is 6120", "6120", 0, c, Reporter),
        ("my staff number C2318", "C2318", 0, c, Reporter),
        ("my warrant card number is 61207", "61207", 0, c, Reporter),
        ("my payroll no. 88123", "88123", 0, c, Reporter),
        ("our badge number was 6120", "6120", 0, c, Reporter),
        // "I am" / "I'm" with a rank, a Met prefix or "a PCSO, number".
        ("I am PC PL 4419, Jo", "PL 4419", 0, c, Reporter),
        ("I am PC PL 4419, Jo", "4419", 0, c, Reporter),
        ("I'm DC 3307 myself", "3307", 0, c, Reporter),
        ("I'm a PCSO, 7712", "7712", 0, c, Reporter),
        ("Regards,\nDC 3307", "3307", 0, c, Reporter),
        // The officer's stay the officer's.
        ("his collar number was 4471", "4471", 0, c, Subject),
        ("her collar no is 4471", "4471", 0, c, Subject),
        ("PC 4471 Reeves hit me", "4471", 0, c, Subject),
        ("collar no 4471 on his shoulder", "4471", 0, c, Subject),
        ("I'm reporting PC 4471", "4471", 0, c, Subject),
        ("my husband is PC 7781", "7781", 0, c, Subject),
        ("my son was stopped by PC 7781", "7781", 0, c, Subject),
        ("I am scared of PC 7781", "7781", 0, c, Subject),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule4_and_5_a_reporters_name_and_number_together() {
    let (n, c) = (Kind::Name, Kind::CollarNumber);
    run_together(&[
        // Rank and number, then the reporter's name.
        (
            "I am PC PL 4419, Adebayo Okwuosa. Please",
            &[("PL 4419", c, Reporter), ("Adebayo Okwuosa", n, Reporter)],
        ),
        // A signature block: sign-off, surname-first name, rank and number.
        (
            "deleted.\n\nRegards\nMatthew Briscoe\nDC 3307",
            &[("Matthew Briscoe", n, Reporter), ("3307", c, Reporter)],
        ),
        (
            "For your records I am Ellis Fairbrother, staff number C2318, works ext",
            &[("Ellis Fairbrother", n, Reporter), ("C2318", c, Reporter)],
        ),
        (
            "Thanks, Jo Bloggs (PS 1234)",
            &[("Jo Bloggs", n, Reporter), ("1234", c, Reporter)],
        ),
        // The officer's name and number stay the officer's.
        (
            "I am reporting Sgt Dan Reeves, collar 4471, today",
            &[("Dan Reeves", n, Subject), ("4471", c, Subject)],
        ),
        (
            "PC Dan Reeves\nPC 4471 was with him",
            &[("Dan Reeves", n, Subject), ("4471", c, Subject)],
        ),
        // A name after the number is the officer's: the number is his.
        (
            "Hello. I'm Mihai, sgt 5179 Mohamed keeps texting",
            &[("Mihai", n, Reporter), ("5179", c, Subject)],
        ),
        (
            "i am Rajesh. He tracks my car LB53 CFU and always knows where i am. He is Sergeant 3720, my boyfriend",
            &[("Rajesh", n, Reporter), ("3720", c, Subject)],
        ),
        // A third party's name does not make the next number the reporter's.
        (
            "My neighbour Sam Carter said PC 4471 visited her",
            &[("Sam Carter", n, ThirdParty), ("4471", c, Subject)],
        ),
    ]);
}

#[test]
fn rule4_a_police_reporter_introduced_by_rank_is_the_reporter() {
    let n = Kind::Name;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "I'm DC Jane Roe and I work with him",
            "Jane Roe",
            0,
            n,
            Reporter,
        ),
        ("I am Sgt. Jane Roe.", "Jane Roe", 0, n, Reporter),
        ("I am a PC, Jane Roe, at", "Jane Roe", 0, n, Reporter),
        (
            "As a serving Sergeant, my name is Jane Roe",
            "Jane Roe",
            0,
            n,
            Reporter,
        ),
        ("Regards,\nDC Jane Roe", "Jane Roe", 0, n, Reporter),
        // Rank before a name is otherwise the officer.
        ("I'm reporting DC Jane Roe", "Jane Roe", 0, n, Subject),
        ("I work with DC Jane Roe", "Jane Roe", 0, n, Subject),
        ("I am DC Jane Roe's partner", "Jane Roe", 0, n, Subject),
        (
            "this pcso Kayleigh Brannock keeps",
            "Kayleigh Brannock",
            0,
            n,
            Subject,
        ),
        ("the sgt Kay Brannock", "Kay Brannock", 0, n, Subject),
        ("that insp Kay Brannock", "Kay Brannock", 0, n, Subject),
        // "I'm her son, G. Jones" introduces the reporter.
        ("I'm her son, G. Jones.", "G. Jones", 0, n, Reporter),
        (
            "I am his neighbour, Sam Carter",
            "Sam Carter",
            0,
            n,
            Reporter,
        ),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule4_and_6_the_reporters_family_is_protected_witnesses_are_not() {
    let (n, a, p) = (Kind::Name, Kind::Age, Kind::Phone);
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        ("Our son Alfie is 4 and he", "Alfie", 0, n, Reporter),
        ("Our son Alfie is 4 and he", "4", 0, a, Reporter),
        (
            "taking our daughter Isla (6) to school",
            "Isla",
            0,
            n,
            Reporter,
        ),
        (
            "taking our daughter Isla (6) to school",
            "6",
            0,
            a,
            Reporter,
        ),
        ("my youngest son, Alfie, saw it", "Alfie", 0, n, Reporter),
        (
            "my mum Eileen Carthew lives",
            "Eileen Carthew",
            0,
            n,
            Reporter,
        ),
        ("My mother is 88.", "88", 0, a, Reporter),
        ("my kids are 4 and 6", "6", 0, a, Reporter),
        (
            "my partner Sam Carter saw him",
            "Sam Carter",
            0,
            n,
            Reporter,
        ),
        ("our baby is called Isla", "Isla", 0, n, Reporter),
        (
            "my nan's number is 01632 960781",
            "01632 960781",
            0,
            p,
            Reporter,
        ),
        // Other people stay third parties (the force needs witnesses).
        (
            "My neighbour Eileen Carthew (81)",
            "Eileen Carthew",
            0,
            n,
            ThirdParty,
        ),
        (
            "My mate Dale Whitby saw it",
            "Dale Whitby",
            0,
            n,
            ThirdParty,
        ),
        (
            "My friend Jade Costigan is 15",
            "Jade Costigan",
            0,
            n,
            ThirdParty,
        ),
        ("his son Alfie is 4", "Alfie", 0, n, ThirdParty),
        (
            "his wife's number is 01632 960781",
            "01632 960781",
            0,
            p,
            ThirdParty,
        ),
        // The officer stays the officer, family or not.
        (
            "My husband DS Marcus Delaney has",
            "Marcus Delaney",
            0,
            n,
            Subject,
        ),
        (
            "My partner is DC Liam Rourke.",
            "Liam Rourke",
            0,
            n,
            Subject,
        ),
        // A family word that is not "my"/"our" is no cue.
        ("the son Alfie is 4", "Alfie", 0, n, ThirdParty),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule6_her_or_his_after_the_officers_other_pronoun_is_not_the_officers() {
    let (n, p, v) = (Kind::Name, Kind::Phone, Kind::VehicleReg);
    run_together(&[
        // The officer is "he": "her phone" is the neighbour's.
        (
            "My neighbour Eileen Carthew was visited by PC Stuart Penhale and he has \
             since borrowed money that he hasn't paid back. Her phone is 01632 960781.",
            &[
                ("Eileen Carthew", n, ThirdParty),
                ("01632 960781", p, ThirdParty),
            ],
        ),
        // No one else named: protected as unknown.
        (
            "He came round twice and he shouted. Her phone is 01632 960781.",
            &[("01632 960781", p, Unknown)],
        ),
        // The officer is "she": "her own fone" is the officer's.
        (
            "this pcso keeps txtin me from her own fone 07700 900 731 sayin she'll \
             make it go away. she got my numba 07700900218",
            &[("07700 900 731", p, Subject), ("07700900218", p, Reporter)],
        ),
        // Agreeing pronoun: the officer's.
        (
            "My neighbour Eileen Carthew saw him. He drove off; his car is AB12 CDE.",
            &[("Eileen Carthew", n, ThirdParty), ("AB12 CDE", v, Subject)],
        ),
        // No pronoun majority: "her" is taken as before.
        (
            "her mobile is 07700 900456",
            &[("07700 900456", p, Subject)],
        ),
    ]);
}

#[test]
fn chat_senders_nobody_claimed_are_protected() {
    let text = "14/02/2025, 22:43 - Shannon Pyke: its late\n14/02/2025, 22:44 - Aled Morgan: so?";
    for detector in ["name.chat_sender", "name.email_header", "name.addressee"] {
        let findings: Vec<Finding> = ["Shannon Pyke", "Aled Morgan"]
            .iter()
            .map(|n| Finding::new(Kind::Name, range_of(text, n, 0), 0.85, detector, false))
            .collect();
        let parties = attr().attribute(text, &findings, &TextContext::new());
        assert_eq!(parties, vec![Unknown, Unknown], "{detector}");
    }
    // The same names found by another detector stay third parties.
    let plain: Vec<Finding> = ["Shannon Pyke", "Aled Morgan"]
        .iter()
        .map(|n| finding(text, n, 0, Kind::Name))
        .collect();
    let parties = attr().attribute(text, &plain, &TextContext::new());
    assert_eq!(parties, vec![ThirdParty, ThirdParty]);
}

#[test]
fn rule5_a_writer_who_gives_their_own_role_then_a_number() {
    let c = Kind::CollarNumber;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        // The writer's role, a place, then their number.
        (
            "I am a Special Constable at Kendal, SC 4471. Inspector Tennant",
            "4471",
            0,
            c,
            Reporter,
        ),
        (
            "I'm a steward, badge S-2291, the only one",
            "S-2291",
            0,
            c,
            Reporter,
        ),
        (
            "I'm a detention officer at Hanley, staff number C2318.",
            "C2318",
            0,
            c,
            Reporter,
        ),
        (
            "I work as a PCSO in North Leeds, PCSO 7712.",
            "7712",
            0,
            c,
            Reporter,
        ),
        (
            "I'm a rail steward - badge no. 5521",
            "5521",
            0,
            c,
            Reporter,
        ),
        // First-person possession with a rank as the label.
        (
            "My PCSO number is 7319 and I'm Shannon",
            "7319",
            0,
            c,
            Reporter,
        ),
        ("my SC no. 4471", "4471", 0, c, Reporter),
        ("our own PC number was 2210", "2210", 0, c, Reporter),
        (
            "I'm a constable at Lurgan myself. My number is 5527.",
            "5527",
            0,
            c,
            Reporter,
        ),
        // Not the writer's: no role of theirs, a word after the number,
        // another person between, a third-person possessive.
        (
            "I'm a nurse at Hanley, PC 4471 punched me",
            "4471",
            0,
            c,
            Subject,
        ),
        (
            "I'm a PCSO in Leeds, PC 4471 Reeves is my sergeant",
            "4471",
            0,
            c,
            Subject,
        ),
        ("I'm a steward with PC 4471.", "4471", 0, c, Subject),
        ("I was a witness, PC 4471.", "4471", 0, c, Subject),
        ("his PCSO number is 7319", "7319", 0, c, Subject),
        (
            "I'm a special and PC 4471 bullied me",
            "4471",
            0,
            c,
            Subject,
        ),
        ("As a steward I saw PC 4471.", "4471", 0, c, Subject),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule6_the_officers_mail_account_and_plate_stay_the_officers() {
    let (n, e, u, h, v) = (
        Kind::Name,
        Kind::Email,
        Kind::Url,
        Kind::Handle,
        Kind::VehicleReg,
    );
    let (iban, card, acc) = (Kind::Iban, Kind::Card, Kind::AccountNumber);
    // A pasted mail header whose sender is the declared officer.
    let mut officer = TextContext::new();
    officer.add_known(n, "Tom Pritchard", Subject);
    run_together_in(
        &[
            (
                "Forwarded:\nFrom: DC T Pritchard <tom.p@example.net>\nTo: lowri@example.com",
                &[
                    ("T Pritchard", n, Subject),
                    ("tom.p@example.net", e, Subject),
                    ("lowri@example.com", e, Unknown),
                ],
            ),
            (
                "Sent by: Tom Pritchard (t.pritchard@example.org)",
                &[
                    ("Tom Pritchard", n, Subject),
                    ("t.pritchard@example.org", e, Subject),
                ],
            ),
            (
                "From: DC Pritchard\nReply: <jo@example.com>",
                &[("Pritchard", n, Subject), ("jo@example.com", e, Unknown)],
            ),
            (
                "DC Pritchard wrote to me <jo@example.com>",
                &[("Pritchard", n, Subject), ("jo@example.com", e, Unknown)],
            ),
        ],
        &officer,
    );
    run_together(&[
        // A sender nobody says is the officer ("From:" at the top of the
        // writer's own letter).
        (
            "From: Jo Bloggs <jo.b@example.com>",
            &[("Jo Bloggs", n, Reporter), ("jo.b@example.com", e, Unknown)],
        ),
        // "The account is …" right after the officer was named.
        (
            "PC Liam Jarvis has been posting my photos on a forum. The account is https://forum.example.net/u/bluelineliam.",
            &[
                ("Liam Jarvis", n, Subject),
                ("https://forum.example.net/u/bluelineliam", u, Subject),
            ],
        ),
        (
            "Sgt Mo Khan messages girls. The profile he uses is @sgt_mo_k",
            &[("Mo Khan", n, Subject), ("@sgt_mo_k", h, Subject)],
        ),
        // … not when the officer was named two sentences back, nor when
        // the writer says it is theirs.
        (
            "PC Jarvis is on the forum. I checked it last week. The account is https://forum.example.net/u/x1",
            &[
                ("Jarvis", n, Subject),
                ("https://forum.example.net/u/x1", u, Unknown),
            ],
        ),
        (
            "PC Jarvis posted my photos. The account is mine: https://forum.example.net/u/x1",
            &[
                ("Jarvis", n, Subject),
                ("https://forum.example.net/u/x1", u, Unknown),
            ],
        ),
        // Money the officer had the reporter pay.
        (
            "DS Orr told me to pay £1,200 into an account abroad. I paid from my card 4929 1234 5678 9007 to IBAN GB82 WEST 1234 5698 7654 32.",
            &[
                ("Orr", n, Subject),
                ("4929 1234 5678 9007", card, Reporter),
                ("GB82 WEST 1234 5698 7654 32", iban, Subject),
            ],
        ),
        (
            "PC Reeves wanted it paid into an account. I transferred it to account 12345678",
            &[("Reeves", n, Subject), ("12345678", acc, Subject)],
        ),
        // … not without the officer asking, nor to the reporter's own.
        (
            "PC Reeves was rude. I paid from my card 4929 1234 5678 9007 to IBAN GB82 WEST 1234 5698 7654 32.",
            &[
                ("Reeves", n, Subject),
                ("4929 1234 5678 9007", card, Reporter),
                ("GB82 WEST 1234 5698 7654 32", iban, Reporter),
            ],
        ),
        (
            "PC Reeves told me to pay £200 into his account. I moved it to my own account 12345678",
            &[("Reeves", n, Subject), ("12345678", acc, Reporter)],
        ),
        // The officer's car after "his car", past "my house".
        (
            "an officer (PC Scholes) keeps parking his own car outside my house, a black BMW R9 SCH (private plate), and writing down my reg YX70 NBD",
            &[
                ("Scholes", n, Subject),
                ("R9 SCH", v, Subject),
                ("YX70 NBD", v, Reporter),
            ],
        ),
        (
            "PC Scholes keeps watching my house, AB12 CDE is parked there",
            &[("Scholes", n, Subject), ("AB12 CDE", v, Unknown)],
        ),
        (
            "PC Scholes parks outside. my car is by his house, AB12 CDE",
            &[("Scholes", n, Subject), ("AB12 CDE", v, Reporter)],
        ),
    ]);
    // A report written to the officer: "you set up a fake profile".
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "You set up a fake profile, https://social.example.org/@clevecop_cal, and you message girls",
            "https://social.example.org/@clevecop_cal",
            0,
            u,
            Subject,
        ),
        (
            "you made a burner account @cop_cal_2",
            "@cop_cal_2",
            0,
            h,
            Subject,
        ),
        (
            "your fake profile https://social.example.org/@x_cal",
            "https://social.example.org/@x_cal",
            0,
            u,
            Subject,
        ),
        (
            "you've also created an email cal.b@example.org",
            "cal.b@example.org",
            0,
            e,
            Subject,
        ),
        // The writer's own stay protected.
        (
            "You don't know I've got the screenshots on my account https://social.example.org/@ms_rach_t.",
            "https://social.example.org/@ms_rach_t",
            0,
            u,
            Reporter,
        ),
        (
            "I set up a profile https://social.example.org/@jo_b",
            "https://social.example.org/@jo_b",
            0,
            u,
            Unknown,
        ),
        (
            "You can find me at https://social.example.org/@jo_b",
            "https://social.example.org/@jo_b",
            0,
            u,
            Reporter,
        ),
        (
            "you set up a fake profile and my account is @jo_b",
            "@jo_b",
            0,
            h,
            Reporter,
        ),
        (
            "you have my email jo@example.com",
            "jo@example.com",
            0,
            e,
            Reporter,
        ),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule6_a_report_written_for_someone_else_protects_them() {
    let (n, a, p) = (Kind::Name, Kind::Age, Kind::Phone);
    run_together(&[
        (
            "my gran wants me to write this for her because she can't use the computer. she is Gwenllian ap Rhys, she's eighty-three. PC Pugh 512 has been coming round and he's had her sign over £3,200, she says he comes Tuesdays. I'm her grandson Iwan, I'm 17. her landline is 01632 960 118",
            &[
                ("Gwenllian ap Rhys", n, Reporter),
                ("eighty-three", a, Reporter),
                ("Pugh", n, Subject),
                ("Iwan", n, Reporter),
                ("17", a, Reporter),
                ("01632 960 118", p, Reporter),
            ],
        ),
        (
            "I'm writing this on behalf of my dad. PC Jane Roe stopped him and she took his phone. His number is 07700 900123",
            &[("Jane Roe", n, Subject), ("07700 900123", p, Reporter)],
        ),
        (
            "On behalf of my mother: her name is Ann Pike. PC Roe took her bag and he laughed. He did it twice. Her mobile is 07700 900456",
            &[
                ("Ann Pike", n, Reporter),
                ("Roe", n, Subject),
                ("07700 900456", p, Reporter),
            ],
        ),
        // The officer's details stay the officer's.
        (
            "my mum wants me to report this. PC Reeves texted her from his number 07700 900321",
            &[("Reeves", n, Subject), ("07700 900321", p, Subject)],
        ),
        // A principal with no pronoun of their own ("my friend", "my
        // client") is the other pronoun to the officer's.
        (
            "I'm reporting for my friend. Sgt Whelan asked for her number and he messaged her on Snapchat. her snap is kayla_m0rr1son",
            &[("kayla_m0rr1son", Kind::Handle, Reporter)],
        ),
        (
            "I am writing on behalf of my client. PC Jane Roe stopped him twice and she kept his licence. His mobile is 07700 900654",
            &[("Jane Roe", n, Subject), ("07700 900654", p, Reporter)],
        ),
        (
            "I'm reporting for my friend. PC Reeves texted her from his number 07700 900321",
            &[("Reeves", n, Subject), ("07700 900321", p, Subject)],
        ),
        // The writer writing about themself in the third person, and
        // saying so: "she (i)", "he (me)".
        (
            "I'm reporting for my friend. well, its me really. My friend (me) was arrested and the custody sergeant, Sgt Whelan, messaged her. She sent one pic. She is 20 and he knows where she works.\n\nshe (i) saved all the snaps.",
            &[("Whelan", n, Subject), ("20", a, Reporter)],
        ),
        (
            "My mate (me) paid PC Jane Roe. she is 40. he (me) gave her cash, he is 31 and she took his phone.",
            &[
                ("Jane Roe", n, Subject),
                ("40", a, Subject),
                ("31", a, Reporter),
            ],
        ),
        // Without the writer saying so, a "she" is not their principal.
        (
            "my gran lives near PC Reeves. he is rude and he shouts. she is Ann Pike",
            &[("Reeves", n, Subject), ("Ann Pike", n, ThirdParty)],
        ),
        (
            "PC Reeves shouts at my gran. he is 45 and he lives alone. his number is 07700 900321",
            &[
                ("Reeves", n, Subject),
                ("45", a, Subject),
                ("07700 900321", p, Subject),
            ],
        ),
    ]);
}

#[test]
fn casework_letters_protect_the_person_written_for() {
    let (n, a, p, c, ad, pc, d) = (
        Kind::Name,
        Kind::Age,
        Kind::Phone,
        Kind::CollarNumber,
        Kind::Address,
        Kind::Postcode,
        Kind::DateOfBirth,
    );
    run_together(&[
        // A solicitor's letter: the client's title gives her pronoun, so
        // "her mobile" is hers although the officer is "he".
        (
            "Re: Our client - Miss Saoirse Ni Bhraonain (DOB 19.07.1996)\nConduct of PC Jordan Whitlow\n\nWe act for the above named. She says he took her card and he has attended her new home at Flat 6, 22 Aldcliffe Terrace, Lancaster LA1 5BN. Please do not contact her on her mobile (07700 900918).",
            &[
                ("Saoirse Ni Bhraonain", n, Reporter),
                ("19.07.1996", d, Reporter),
                ("Jordan Whitlow", n, Subject),
                ("Flat 6, 22 Aldcliffe Terrace", ad, Reporter),
                ("LA1 5BN", pc, Reporter),
                ("07700 900918", p, Reporter),
            ],
        ),
        // A union rep: the member's labelled line, and "the member is 34".
        (
            "I am writing for a member who has asked me to raise this.\n\nMember: Adaeze Okonkwo-Bell, Contact Handler, Force Contact, staff no. S40917. Mobile 07700 900351.\n\nInspector Neil Staveley, collar 4471, made remarks. The member is 34, the only one on the shift.",
            &[
                ("Adaeze Okonkwo-Bell", n, Reporter),
                ("S40917", c, Reporter),
                ("07700 900351", p, Reporter),
                ("Neil Staveley", n, Subject),
                ("4471", c, Subject),
                ("34", a, Reporter),
            ],
        ),
        // An MP's caseworker: a labelled block, then the surname again.
        (
            "I am writing on behalf of a constituent.\n\nConstituent: Mr Dariusz Wroblewski\nAddress: 14b Magdalen Road, Oxford OX4 1RW\nTel: 07700 900802 (mob) / 01865 496011 (home)\n\nMr Wroblewski runs a car wash. PC Aaron Feltham (5519) washed his car.",
            &[
                ("Dariusz Wroblewski", n, Reporter),
                ("14b Magdalen Road", ad, Reporter),
                ("OX4 1RW", pc, Reporter),
                ("07700 900802", p, Reporter),
                ("01865 496011", p, Reporter),
                ("Aaron Feltham", n, Subject),
                ("5519", c, Subject),
            ],
        ),
        // A councillor: the label opens a later sentence of the line.
        (
            "Cllr's office. I'm passing on a resident's complaint. Resident: Mrs Hilda Raine, 3 Front Street, Pelton, DH2 1DA, phone 0191 496 0377. She says PCSO Anthony Rudd (8812) took £60.",
            &[
                ("Hilda Raine", n, Reporter),
                ("3 Front Street", ad, Reporter),
                ("DH2 1DA", pc, Reporter),
                ("0191 496 0377", p, Reporter),
                ("Anthony Rudd", n, Subject),
                ("8812", c, Subject),
            ],
        ),
        // "our client's mobile" in a letter for the client.
        (
            "We act for Mr Tomasz Bielecki. PC Daniel Reeves stopped him. Our client's mobile is 07700 900456.",
            &[("Daniel Reeves", n, Subject), ("07700 900456", p, Reporter)],
        ),
        // The officer's details beside the block stay the officer's.
        (
            "Client: Jo Bloggs\nTel: 07700 900123\n\nPC Reeves texted her from his number 07700 900321. He is 45.",
            &[
                ("Jo Bloggs", n, Reporter),
                ("07700 900123", p, Reporter),
                ("Reeves", n, Subject),
                ("07700 900321", p, Subject),
                ("45", a, Subject),
            ],
        ),
        // Later sentences of a label line about the officer stay his.
        (
            "Resident: Mrs Hilda Raine, 3 Front Street. She says PCSO Anthony Rudd (8812) took it, his mobile is 07700 900654.",
            &[
                ("Hilda Raine", n, Reporter),
                ("3 Front Street", ad, Reporter),
                ("Anthony Rudd", n, Subject),
                ("8812", c, Subject),
                ("07700 900654", p, Subject),
            ],
        ),
        // A rank and number on the label line are the officer's.
        (
            "Re: our client - complaint about PC 4471 Reeves\nClient: Ann Pike",
            &[("4471", c, Subject), ("Ann Pike", n, Reporter)],
        ),
        // Without a representative, "the member is" and a member's
        // details decide nothing ("Members: …" is no label either).
        (
            "PC Reeves is a member of the gym. The member is 45 I think. Members: 40 people.",
            &[("Reeves", n, Subject), ("45", a, Unknown)],
        ),
    ]);
}

#[test]
fn rule6_a_childs_age_after_the_family_word_is_the_reporters() {
    let a = Kind::Age;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "PC Frost has been messaging girls. One of them is my daughter, Evie, she's 14. He sent her 23 messages.",
            "14",
            0,
            a,
            Reporter,
        ),
        ("our son Alfie is 7 and he loves it", "7", 0, a, Reporter),
        ("my son, Jack, he's 9", "9", 0, a, Reporter),
        ("my partner, he's 40, saw it", "40", 0, a, Reporter),
        // The officer's age stays the officer's.
        ("my daughter said he's 45. He hit her.", "45", 0, a, Subject),
        ("PC Reeves is a bully, he's 45", "45", 0, a, Subject),
        ("the officer was about 50", "50", 0, a, Subject),
    ];
    run(table, &TextContext::new());
}

/// A call note: the pronoun that is not the officer's, or an unsettled
/// pronoun in a sentence about the caller, gives the caller's own age.
#[test]
fn rule6_an_age_after_a_pronoun_in_a_call_note_is_the_callers() {
    let a = Kind::Age;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "C/L very distressed. States partner is PC Hamill. He strangled her. \
             C/L would only give first name Leanne, said she is thirty four.",
            "thirty four",
            0,
            a,
            Reporter,
        ),
        (
            "Caller says PC Hamill hit her and he took her phone. Caller said she is 34.",
            "34",
            0,
            a,
            Reporter,
        ),
        (
            "c/l reports her ex PC Hamill. He drinks, he shouts. She is 29 and scared.",
            "29",
            0,
            a,
            Reporter,
        ),
        (
            "Caller states that he is 52 and that Sgt Doyle, she, took his keys. She threatened him.",
            "52",
            0,
            a,
            Reporter,
        ),
        // The officer's age stays the officer's, in a call note too.
        (
            "C/L states PC Hamill is her ex. He is 45 and he hit her.",
            "45",
            0,
            a,
            Subject,
        ),
        (
            "Caller says the officer, he is 45, hit her. He left.",
            "45",
            0,
            a,
            Subject,
        ),
        // The caller's own pronoun, said right after "caller", when the
        // note uses it more than the officer's (the officer named by rank
        // only): "he" is the caller.
        (
            "Caller is rough sleeping and says PCSO Ruth Ainsley keeps moving him on. \
             Caller has no phone of his own. He says he is at the hostel. He is 51 and has a bad leg.",
            "51",
            0,
            a,
            Reporter,
        ),
        (
            "C/L is worried about his job. Sgt Grey is the one. He says he cannot sleep. He is 38.",
            "38",
            0,
            a,
            Reporter,
        ),
        (
            "caller lost her purse. DS Amira Khan kept it. She is 63 and she lives alone.",
            "63",
            0,
            a,
            Reporter,
        ),
        // "He says", "she states": the caller speaking to the call
        // handler, even with no pronoun right after "caller".
        (
            "Caller rough sleeping. PCSO Ainsley moves him on and took his bag. \
             He says he is at the hostel most nights. He is 51.",
            "51",
            0,
            a,
            Reporter,
        ),
        (
            "C/L reports Sgt Amira Khan. She explains she has MS and she is 47.",
            "47",
            0,
            a,
            Reporter,
        ),
        // The other pronoun is still the officer's.
        (
            "Caller states she was stopped by PC Wren. He is 45 and he took her phone.",
            "45",
            0,
            a,
            Subject,
        ),
        (
            "Caller says the officer told him to go. He is 45 and he hit the caller.",
            "45",
            0,
            a,
            Subject,
        ),
        // Not a call note: unchanged (the other pronoun is not the caller).
        (
            "PC Hamill hit my friend. He is vile, he shouts. She is 34.",
            "34",
            0,
            a,
            Unknown,
        ),
    ];
    run(table, &TextContext::new());
}

/// A call note whose caller is "she": her car, her phone, stopped by an
/// officer named by rank, are the caller's.
#[test]
fn rule6_the_callers_pronoun_in_a_call_note_gives_the_callers_details() {
    let v = Kind::VehicleReg;
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "Caller Anna Nowak states an officer, PC Hollis, stopped her car WN19 KXD and said she \
             must pay £200 to him. She paid. Caller is worried about her visa.",
            "WN19 KXD",
            0,
            v,
            Reporter,
        ),
        (
            "C/L says her van CE67 RUV was searched by Sgt Price. She says she was not told why.",
            "CE67 RUV",
            0,
            v,
            Reporter,
        ),
        // The officer's car, said to be his, stays the officer's.
        (
            "Caller says her neighbour is PC Hollis. He parks his car WN19 KXD on the pavement. \
             Caller is scared of him.",
            "WN19 KXD",
            0,
            v,
            Subject,
        ),
    ];
    run(table, &TextContext::new());
}

#[test]
fn rule4_the_reporter_named_in_a_pasted_mail_a_list_or_again() {
    let (n, e) = (Kind::Name, Kind::Email);
    let mut officer = TextContext::new();
    officer.add_known(n, "Gareth Lloyd-Jones", Subject);
    run_together_in(
        &[
            // The recipient of a mail the officer sent, then named again.
            (
                "the email he sent me:\nFrom: Gareth Lloyd-Jones <g.lj@example.net>\nTo: Elin Vaughan-Roberts <elin@example.com>\nSent: Tuesday\n\nElin, as discussed, £1,500 in cash. Gareth",
                &[
                    ("Gareth Lloyd-Jones", n, Subject),
                    ("g.lj@example.net", e, Subject),
                    ("Elin Vaughan-Roberts", n, Reporter),
                    ("elin@example.com", e, Unknown),
                    ("Elin", n, Reporter),
                    ("Gareth", n, Subject),
                ],
            ),
            // A mail the writer sent to the officer: the officer stays.
            (
                "From: Jo <jo@example.com>\nTo: Inspector Gareth Lloyd-Jones",
                &[("Gareth Lloyd-Jones", n, Subject)],
            ),
        ],
        &officer,
    );
    run_together(&[
        // "To:" with no officer as sender is not the writer.
        (
            "From: Ann Pike\nTo: Mo Khan\nhi",
            &[("Ann Pike", n, Reporter), ("Mo Khan", n, ThirdParty)],
        ),
        // A list line about the writer, "my name on the account is".
        (
            "* officer: PC Pollard, Hereford\n* me: Sajid Mahmood, sole trader",
            &[("Pollard", n, Subject), ("Sajid Mahmood", n, Reporter)],
        ),
        (
            "PC Sutcliffe made me transfer £350. My name on the account is Mr K Oyelaran.",
            &[("Sutcliffe", n, Subject), ("K Oyelaran", n, Reporter)],
        ),
        // A name told to me is not a list line about me.
        (
            "he told me: PC Reeves will sort it",
            &[("Reeves", n, Subject)],
        ),
        // A third party who shares no word with the reporter stays one.
        (
            "I'm Jo Bloggs. My friend Sam Hill saw it. Sam is 30.",
            &[
                ("Jo Bloggs", n, Reporter),
                ("Sam Hill", n, ThirdParty),
                ("Sam", n, ThirdParty),
            ],
        ),
    ]);
}

/// Third held-out set, details families: "his IBAN", force vehicles,
/// requests to withhold a detail, and a caller's details in a call note.
#[test]
fn details_families_of_the_third_set() {
    use Kind::{CollarNumber, DateOfBirth, Iban, Phone, VehicleReg};
    let iban = "GB29 NWBK 6016 1331 9268 19";
    let his_iban = format!("he gave me his IBAN {iban} to pay into");
    let my_iban = format!("the money came from my own IBAN {iban} last week");
    let her_iban = format!("she sent her iban: {iban}");
    run(
        &[
            (his_iban.as_str(), iban, 0, Iban, Subject),
            (my_iban.as_str(), iban, 0, Iban, Reporter),
            // The officer is "he": "her" is not the officer's.
            (
                &format!("He hit me. He did. {her_iban}"),
                iban,
                0,
                Iban,
                Unknown,
            ),
            // Force vehicles.
            (
                "- vehicle was a marked Astra SN71 DKE",
                "SN71 DKE",
                0,
                VehicleReg,
                Subject,
            ),
            (
                "he turned up in the police van AB12 CDE",
                "AB12 CDE",
                0,
                VehicleReg,
                Subject,
            ),
            (
                "an unmarked police BMW, reg AB12 CDE",
                "AB12 CDE",
                0,
                VehicleReg,
                Subject,
            ),
            (
                "they used a force vehicle AB12 CDE",
                "AB12 CDE",
                0,
                VehicleReg,
                Subject,
            ),
            // Not a vehicle: the cue says nothing about a phone.
            (
                "a marked police car 07700 900555",
                "07700 900555",
                0,
                Phone,
                Unknown,
            ),
            // My car is mine whatever passed by.
            (
                "a police car passed, my car AB12 CDE",
                "AB12 CDE",
                0,
                VehicleReg,
                Reporter,
            ),
            // Asking to withhold a detail: it is the writer's.
            (
                "I'm one of 2 PCSOs on that shift. Collar 7045 - please keep that from him.",
                "7045",
                0,
                CollarNumber,
                Reporter,
            ),
            (
                "I'm the bouncer. SIA badge 1013 - no wait don't put that.",
                "1013",
                0,
                CollarNumber,
                Reporter,
            ),
            (
                "Collar 3307, don't share that with anyone",
                "3307",
                0,
                CollarNumber,
                Reporter,
            ),
            // A request about something else is no cue: still the officer's.
            (
                "PC 4471 - please don't tell him I reported",
                "4471",
                0,
                CollarNumber,
                Subject,
            ),
            ("Sgt 3307 kept it from me", "3307", 0, CollarNumber, Subject),
            // A call note: the caller's possessive is the caller's.
            (
                "caller says he told her off. she said she was scared. she left. \
                 caller gave her DOB as 3rd of March 94",
                "3rd of March 94",
                0,
                DateOfBirth,
                Reporter,
            ),
        ],
        &TextContext::new(),
    );
}

/// An age set off right after a name given to the reporter (here the
/// known reporter Jo Bloggs) is theirs; across a sentence it is not made so.
#[test]
fn age_after_the_reporters_own_name() {
    let a = attr();
    let cases: &[(&str, &str, &str, Party)] = &[
        ("I'm Jo Bloggs, 52, and I", "Jo Bloggs", "52", Reporter),
        (
            "my name is Jo Bloggs (spelled back), 52, lives",
            "Jo Bloggs",
            "52",
            Reporter,
        ),
        ("I'm on hinge as 'Jo, 33'.", "Jo", "33", Reporter),
        ("I'm Jo (31)", "Jo", "31", Reporter),
        // Another sentence between: not by this rule (no cue: Unknown).
        ("I'm Jo Bloggs. The lad was 15.", "Jo Bloggs", "15", Unknown),
    ];
    let mut failures = Vec::new();
    for &(text, name, age, want) in cases {
        let fs = [
            finding(text, name, 0, Kind::Name),
            finding(text, age, 0, Kind::Age),
        ];
        let got = a.attribute(text, &fs, &ctx());
        if got[0] != Reporter || got[1] != want {
            failures.push(format!("{text:?}: {got:?}, want age {want:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The officer's bank details given by the writer: where the money went,
/// paid by someone else ("he paid by bank transfer to this:", "paid into
/// an account in Sherratt's wife's name", "the account he gave", "Furey's
/// bank details"), also in the next sentence. The writer's own account
/// and a payment the writer made unasked stay protected.
#[test]
fn details_families_of_the_fourth_set_bank_details_of_a_bribe() {
    use Kind::{AccountNumber as Acc, Card, Iban, Name, SortCode as Sc};
    let iban = "GB29 NWBK 6016 1331 9268 19";
    let cousin =
        format!("My cousin said he paid by bank transfer to this: {iban}. Cousin is Jordan.");
    let sent = format!("he sent the bribe via bank transfer to the following account: {iban}");
    run_together(&[
        // The officer's: money paid by someone else, to an account named.
        (&cousin, &[(iban, Iban, Subject)]),
        (&sent, &[(iban, Iban, Subject)]),
        (
            "the money went into this account - 12345678",
            &[("12345678", Acc, Subject)],
        ),
        (
            "they transferred £500 to that account: 40-47-86 61204479",
            &[("40-47-86", Sc, Subject), ("61204479", Acc, Subject)],
        ),
        (
            "the account he gave me was 61204479",
            &[("61204479", Acc, Subject)],
        ),
        (
            "the bank details DC Orr sent us: 20-45-18 53196274",
            &[("20-45-18", Sc, Subject), ("53196274", Acc, Subject)],
        ),
        // Possessive of the officer's name, named before.
        (
            "DC Declan Furey runs checks. C/L gave Furey's bank details he paid into: 20-45-18 / 53196274.",
            &[
                ("Declan Furey", Name, Subject),
                ("20-45-18", Sc, Subject),
                ("53196274", Acc, Subject),
            ],
        ),
        (
            "PC Reeves took the cash. Reeves's wife's account: sort code 11-22-33 acc 12345678",
            &[
                ("Reeves", Name, Subject),
                ("11-22-33", Sc, Subject),
                ("12345678", Acc, Subject),
            ],
        ),
        // Said a sentence before the details.
        (
            "DC Lee Sherratt gets a cut, paid into an account in Sherratt's wife's name. C/L gave account details he had seen on an invoice: sort code 40-47-86 account 61204479.",
            &[
                ("Lee Sherratt", Name, Subject),
                ("40-47-86", Sc, Subject),
                ("61204479", Acc, Subject),
            ],
        ),
        (
            "He wanted it paid into an account. Sort code 12-34-56, acc 12345678.",
            &[("12-34-56", Sc, Subject), ("12345678", Acc, Subject)],
        ),
        (
            "the cash goes into a business account in his brother's name. Account no 61204479",
            &[("61204479", Acc, Subject)],
        ),
        // The writer's own, or a payment the writer made unasked: protected.
        (
            "I paid £200 to this account: 12345678",
            &[("12345678", Acc, Unknown)],
        ),
        (
            "We transferred it to this account 12345678 last May",
            &[("12345678", Acc, Unknown)],
        ),
        (
            "It was paid into an account in his wife's name. I paid from my account 12345678",
            &[("12345678", Acc, Reporter)],
        ),
        (
            "It was paid into an account in Sherratt's wife's name. My sort code is 11-22-33",
            &[("11-22-33", Sc, Reporter)],
        ),
        (
            "he paid into an account in my name: 12345678",
            &[("12345678", Acc, Reporter)],
        ),
        // A name nobody gave to the officer is not the officer's.
        (
            "Jo Smith's bank details: 12-34-56 12345678",
            &[("12-34-56", Sc, Unknown), ("12345678", Acc, Unknown)],
        ),
        // Too far back: two sentences between.
        (
            "It was paid into his account. Nothing happened for months. Then a letter came. Sort code 11-22-33",
            &[("11-22-33", Sc, Unknown)],
        ),
        // The reporter's family between the payment and the details.
        (
            "He wanted it paid into an account. My son's bank details are 12345678",
            &[("12345678", Acc, Reporter)],
        ),
        // Only bank details: a card after the cue is not the officer's.
        (
            "he paid by bank transfer to this: 4929 1234 5678 9007",
            &[("4929 1234 5678 9007", Card, Unknown)],
        ),
    ]);
}

/// The officer's name with a verb of use ("Tatlock drives a grey Audi")
/// makes a vehicle or address the officer's, as "he drives" does; a name
/// that is not the officer's does not, and contact details stay protected.
/// Detected and attributed whole, so that the name findings are there.
#[test]
fn the_officers_name_with_a_verb_of_use() {
    let detector = crate::detect::Detector::new().unwrap();
    let a = attr();
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Dean Tatlock", Subject);
    ctx.add_known(Kind::Name, "Jo Bloggs", Reporter);
    let party_of = |text: &str, needle: &str| {
        let findings = detector.detect(text, &ctx);
        let parties = a.attribute(text, &findings, &ctx);
        findings
            .iter()
            .zip(parties)
            .find(|(f, _)| &text[f.range.clone()] == needle)
            .map(|(_, p)| p)
    };
    let table: &[(&str, &str, Party)] = &[
        (
            "Caller states Tatlock drives a grey Audi RE19 KFM.",
            "RE19 KFM",
            Subject,
        ),
        (
            "Tatlock usually parks a black Golf AB12 CDE outside.",
            "AB12 CDE",
            Subject,
        ),
        (
            "PC Dean Tatlock drives a Golf AB12 CDE.",
            "AB12 CDE",
            Subject,
        ),
        // Not the officer's name: no cue either way.
        ("Gary drives a grey Audi RE19 KFM.", "RE19 KFM", Unknown),
        // The reporter's own name is never the officer's.
        ("Bloggs drives a Fiesta RE19 KFM.", "RE19 KFM", Unknown),
        // A contact detail needs more than a verb of use.
        (
            "Tatlock uses 07700 900456 for work",
            "07700 900456",
            Unknown,
        ),
    ];
    let failures: Vec<String> = table
        .iter()
        .filter(|(text, needle, want)| party_of(text, needle) != Some(*want))
        .map(|(text, needle, want)| {
            format!(
                "{text:?} [{needle}] → {:?}, want {want:?}",
                party_of(text, needle)
            )
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Set 6: "my" before the noun beats a later "he uses"; a call note's
/// "Caller's" is the reporter's; details the officer handed over for a
/// payment are his, the reporter's own next to them stay the reporter's.
#[test]
fn set6_my_number_he_uses_callers_badge_and_payee_details() {
    let (sc, acc, p, c) = (
        Kind::SortCode,
        Kind::AccountNumber,
        Kind::Phone,
        Kind::CollarNumber,
    );
    let table: &[(&str, &str, usize, Kind, Party)] = &[
        (
            "My number he uses is 07700 900543.",
            "07700 900543",
            0,
            p,
            Reporter,
        ),
        (
            "my mobile that he has is 07700 900543",
            "07700 900543",
            0,
            p,
            Reporter,
        ),
        (
            "our landline PC Reeves called is 01632 960321",
            "01632 960321",
            0,
            p,
            Reporter,
        ),
        (
            "The number he uses is 07700 900543.",
            "07700 900543",
            0,
            p,
            Subject,
        ),
        (
            "Caller's badge number is PH 2291, he asked that this is not passed on.",
            "PH 2291",
            0,
            c,
            Reporter,
        ),
        ("the caller's staff no. is 4410", "4410", 0, c, Reporter),
        ("His badge number is PH 2291.", "PH 2291", 0, c, Subject),
        (
            "I was told to make a transfer to an account DC Farrant provided: sort code 40-11-62, account 71829304, in the name",
            "40-11-62",
            0,
            sc,
            Subject,
        ),
        (
            "I was told to make a transfer to an account DC Farrant provided: sort code 40-11-62, account 71829304, in the name",
            "71829304",
            0,
            acc,
            Subject,
        ),
        (
            "He sent the payee details himself: sort code 20-04-15, account 83746291.",
            "20-04-15",
            0,
            sc,
            Subject,
        ),
        (
            "she gave me her bank details: 20-04-15 83746291",
            "83746291",
            0,
            acc,
            Subject,
        ),
        (
            "I know it's him because one review was posted from 192.0.2.114, the same",
            "192.0.2.114",
            0,
            Kind::IpAddress,
            Subject,
        ),
        (
            "the comments were all posted via 192.0.2.9 at night",
            "192.0.2.9",
            0,
            Kind::IpAddress,
            Subject,
        ),
        (
            "the texts were all sent from 07700 900111 at night",
            "07700 900111",
            0,
            p,
            Unknown,
        ),
        (
            "my posts were made from 192.0.2.57 at home",
            "192.0.2.57",
            0,
            Kind::IpAddress,
            Reporter,
        ),
        (
            "My own account is sort code 30-96-34, account 55120847.",
            "30-96-34",
            0,
            sc,
            Reporter,
        ),
        (
            "He sent the payee details himself. My own account is 30-96-34 55120847",
            "55120847",
            0,
            acc,
            Reporter,
        ),
    ];
    run(table, &ctx());
}
