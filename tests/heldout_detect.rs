//! Held-out detection check: sentences written for this file only, in
//! phrasings the evaluation corpus templates do not use. Each identifier
//! must be found with its kind and exact span; each look-alike must be left
//! alone. Guards the detectors against fitting the corpus.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use report_shield::{Detector, Kind, TextContext};

fn found(d: &Detector, text: &str) -> Vec<(Kind, String)> {
    d.detect(text, &TextContext::new())
        .into_iter()
        .map(|f| (f.kind, text[f.range].to_owned()))
        .collect()
}

#[test]
fn held_out_identifiers_are_found() {
    let d = Detector::new().unwrap();
    let cases: &[(&str, Kind, &str)] = &[
        // NINO
        (
            "For the record my N.I. is tw 40 11 27 c, sorry it's late",
            Kind::Nino,
            "tw 40 11 27 c",
        ),
        (
            "NI no: Ce-12-34-56-D (from my payslip)",
            Kind::Nino,
            "Ce-12-34-56-D",
        ),
        ("nat ins number sp.44.80.19.b", Kind::Nino, "sp.44.80.19.b"),
        (
            "my national insurance is hk 220 119 a",
            Kind::Nino,
            "hk 220 119 a",
        ),
        // IBAN
        (
            "Refund to GB29-NWBK-6016-1331-9268-19 please",
            Kind::Iban,
            "GB29-NWBK-6016-1331-9268-19",
        ),
        (
            "iban: gb29 nwbk 6016 1331 9268 19.",
            Kind::Iban,
            "gb29 nwbk 6016 1331 9268 19",
        ),
        (
            "he banks abroad, de89-3704-0044-0532-0130-00",
            Kind::Iban,
            "de89-3704-0044-0532-0130-00",
        ),
        // Sort code and account
        (
            "Bank: s/c 40-47-84, a/c no. 7015 2238",
            Kind::SortCode,
            "40-47-84",
        ),
        (
            "Bank: s/c 40-47-84, a/c no. 7015 2238",
            Kind::AccountNumber,
            "7015 2238",
        ),
        (
            "pay it to sort 309634 acct 55123498",
            Kind::SortCode,
            "309634",
        ),
        (
            "s.c. 11.22.33 then the account 98765432",
            Kind::AccountNumber,
            "98765432",
        ),
        // Vehicle registrations
        (
            "he sat in a black van, plate reads yx 68 tnv",
            Kind::VehicleReg,
            "yx 68 tnv",
        ),
        (
            "the taxi was k 21 lmb i think",
            Kind::VehicleReg,
            "k 21 lmb",
        ),
        (
            "My motor is a white Fiesta (FD19 WKA)",
            Kind::VehicleReg,
            "FD19 WKA",
        ),
        (
            "she drove off in a mini, rk-57-xuo",
            Kind::VehicleReg,
            "rk-57-xuo",
        ),
        ("her car p614 wud was outside", Kind::VehicleReg, "p614 wud"),
        // Street addresses
        (
            "I'm at flat 4c, 18 orchard cres now",
            Kind::Address,
            "flat 4c, 18 orchard cres",
        ),
        (
            "she moved to Unit 7, 3 Tannery Yard",
            Kind::Address,
            "Unit 7, 3 Tannery Yard",
        ),
        (
            "drop it round (22 Wren Gdns)",
            Kind::Address,
            "22 Wren Gdns",
        ),
        (
            "we're on 61 copper beech dr, near the shop",
            Kind::Address,
            "61 copper beech dr",
        ),
        (
            "the house at 5-7 Weaver's Row",
            Kind::Address,
            "5-7 Weaver's Row",
        ),
        // Handles
        (
            "on snapchat he's called ghost_rider_44",
            Kind::Handle,
            "ghost_rider_44",
        ),
        (
            "the account he goes by is different, he goes by dazzer.88",
            Kind::Handle,
            "dazzer.88",
        ),
        ("her username is bella_x", Kind::Handle, "bella_x"),
        ("i'm @jo.writes on there", Kind::Handle, "@jo.writes"),
        (
            "I am pixie_moon_7 on most apps",
            Kind::Handle,
            "pixie_moon_7",
        ),
        // Others already covered, in new phrasings
        (
            "txt me - 07700 900 417 - after six",
            Kind::Phone,
            "07700 900 417",
        ),
        (
            "write to sam (at) example (dot) org",
            Kind::Email,
            "sam (at) example (dot) org",
        ),
        ("my postcode's ls6 2qt", Kind::Postcode, "ls6 2qt"),
        // An address straight after a number
        (
            "my mobile is 07700 900 862. 7 Hollybank Cres. is the house",
            Kind::Address,
            "7 Hollybank Cres",
        ),
        (
            "landline 01632 960 375 and 58 Tanners Row, thats us",
            Kind::Address,
            "58 Tanners Row",
        ),
        // Collar numbers
        (
            "it was Sgt Okafor (2290) who laughed",
            Kind::CollarNumber,
            "2290",
        ),
        (
            "the epaulette said 6613, his number is 6613",
            Kind::CollarNumber,
            "6613",
        ),
        ("then the sarge 417 walked in", Kind::CollarNumber, "417"),
        ("a pcso 8821 saw it all", Kind::CollarNumber, "8821"),
        ("PS 72KX was on the desk", Kind::CollarNumber, "72KX"),
        // Spaced-out contact details
        (
            "reach me on mo.tan @ example . org after work",
            Kind::Email,
            "mo.tan @ example . org",
        ),
        (
            "our post code is L S 6 2 Q T",
            Kind::Postcode,
            "L S 6 2 Q T",
        ),
        // Streets with no number, numbers in words
        (
            "We're living on Tollgate Mews since May",
            Kind::Address,
            "Tollgate Mews",
        ),
        (
            "Hollybank Crescent is where we live",
            Kind::Address,
            "Hollybank Crescent",
        ),
        (
            "send it to nineteen Tanners Row",
            Kind::Address,
            "nineteen Tanners Row",
        ),
        // A date of birth said twice
        (
            "d.o.b 21/09/1979 (21st September 1979)",
            Kind::DateOfBirth,
            "21st September 1979",
        ),
    ];
    let mut failures = Vec::new();
    for (text, kind, want) in cases {
        let got = found(&d, text);
        if !got.iter().any(|(k, s)| k == kind && s == want) {
            failures.push(format!("{text:?}: want {kind:?} {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn held_out_lookalikes_are_left_alone() {
    let d = Detector::new().unwrap();
    let cases: &[&str] = &[
        "we met on 12.03.24 at the station",
        "it happened on 30-11-23 around tea time",
        "he took £1,250 and then another 2.5k",
        "crime ref 43/55012/24, CAD 1187",
        "it lasted 45 mins and cost 30 quid",
        "I waited till 0730hrs, then 07:45",
        "came down the m6 and then the m5 by car",
        "she was doing 70 mph in the car",
        "my car was clamped on 14 may last year",
        "walked 3 miles along the road",
        "2 of them went the other way",
        "he weighs about 15 st",
        "pc 4471 and sgt 1102 were there",
        "ten officers at 3 am, about 40% drunk",
        "by 20 00 00 hours it was over",
        "lol 12 of us were there",
        "his number was 12 on the list, i think",
        "we live on the same street as the station",
        "call 101 or 999 and ask for the front desk",
        "at 7 @ the pub . it was busy",
    ];
    let identifiers = [
        Kind::Nino,
        Kind::Iban,
        Kind::SortCode,
        Kind::AccountNumber,
        Kind::VehicleReg,
        Kind::Address,
        Kind::Phone,
        Kind::Card,
        Kind::Handle,
        Kind::Email,
        Kind::Postcode,
    ];
    let mut failures = Vec::new();
    for text in cases {
        let got = found(&d, text);
        if got.iter().any(|(k, _)| identifiers.contains(k)) {
            failures.push(format!("{text:?}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
