//! Table tests for the detection engine: positive, negative and disguised
//! cases per family, look-alikes, shields and the allow list.

use super::*;
use crate::attribute::Party;

fn detector() -> Detector {
    Detector::new().unwrap()
}

/// Every finding of `text` as (kind, text); shared by the family test modules.
pub(super) fn found(d: &Detector, text: &str) -> Vec<(Kind, String)> {
    d.detect(text, &TextContext::new())
        .into_iter()
        .map(|f| (f.kind, text[f.range].to_owned()))
        .collect()
}

/// Each case: input, then the (kind, matched substring) that must be found.
fn check_positive(cases: &[(&str, Kind, &str)]) {
    let d = detector();
    let mut failures = Vec::new();
    for (input, kind, want) in cases {
        let got = found(&d, input);
        if !got.iter().any(|(k, s)| k == kind && s == want) {
            failures.push(format!("{input:?}: want {kind:?} {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Each case: input and kinds that must NOT be found anywhere in it.
fn check_negative(cases: &[(&str, &[Kind])]) {
    let d = detector();
    let mut failures = Vec::new();
    for (input, kinds) in cases {
        let got = found(&d, input);
        if got.iter().any(|(k, _)| kinds.contains(k)) {
            failures.push(format!("{input:?}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

const IDS: &[Kind] = &[
    Kind::Phone,
    Kind::Email,
    Kind::Url,
    Kind::Handle,
    Kind::IpAddress,
    Kind::Postcode,
    Kind::Address,
    Kind::Nino,
    Kind::NhsNumber,
    Kind::Utr,
    Kind::Card,
    Kind::Iban,
    Kind::SortCode,
    Kind::AccountNumber,
    Kind::Passport,
    Kind::DrivingLicence,
    Kind::VehicleReg,
    Kind::DateOfBirth,
    Kind::Age,
];

#[test]
fn phones() {
    check_positive(&[
        (
            "call me on 07700 900123 please",
            Kind::Phone,
            "07700 900123",
        ),
        ("07700900123", Kind::Phone, "07700900123"),
        ("mob: 07700-900-123.", Kind::Phone, "07700-900-123"),
        ("ring 07700.900.123", Kind::Phone, "07700.900.123"),
        ("tel (01632) 960123", Kind::Phone, "(01632) 960123"),
        ("tel 01632 960 123", Kind::Phone, "01632 960 123"),
        ("+44 7700 900123", Kind::Phone, "+44 7700 900123"),
        ("+447700900123", Kind::Phone, "+447700900123"),
        ("+44 (0)7700 900123", Kind::Phone, "+44 (0)7700 900123"),
        ("0044 7700 900123", Kind::Phone, "0044 7700 900123"),
        (
            "0 7 7 0 0 9 0 0 1 2 3",
            Kind::Phone,
            "0 7 7 0 0 9 0 0 1 2 3",
        ),
        ("0303 123 4567", Kind::Phone, "0303 123 4567"),
        ("freephone 0808 157 0000", Kind::Phone, "0808 157 0000"),
        (
            "my French number +33 6 12 34 56 78",
            Kind::Phone,
            "+33 6 12 34 56 78",
        ),
        (
            "oh seven seven double oh nine oh oh one two three",
            Kind::Phone,
            "oh seven seven double oh nine oh oh one two three",
        ),
        (
            "07700 nine double oh one two three",
            Kind::Phone,
            "07700 nine double oh one two three",
        ),
        (
            "zero seven seven zero zero, nine zero zero, one two three",
            Kind::Phone,
            "zero seven seven zero zero, nine zero zero, one two three",
        ),
        (
            "０７７００ ９００１２３",
            Kind::Phone,
            "０７７００ ９００１２３",
        ),
        (
            "07700\u{200B}900\u{200B}123",
            Kind::Phone,
            "07700\u{200B}900\u{200B}123",
        ),
        ("07700 9OO l23", Kind::Phone, "07700 9OO l23"),
        ("٠٧٧٠٠ ٩٠٠١٢٣", Kind::Phone, "٠٧٧٠٠ ٩٠٠١٢٣"),
        (
            "numbers 07700 900123 07700 900456",
            Kind::Phone,
            "07700 900456",
        ),
    ]);
    check_negative(&[
        ("call 999 or 101 or 111", IDS),
        ("the service number is 0800 085 0000", &[Kind::Phone]),
        ("Crimestoppers on 0800 555 111", &[Kind::Phone]),
        ("one two three officers came", &[Kind::Phone]),
    ]);
}

#[test]
fn emails() {
    check_positive(&[
        (
            "mail jo.b92@example.com now",
            Kind::Email,
            "jo.b92@example.com",
        ),
        ("jo @ example.co.uk", Kind::Email, "jo @ example.co.uk"),
        (
            "jo at example dot com",
            Kind::Email,
            "jo at example dot com",
        ),
        (
            "jo [at] example (dot) co (dot) uk",
            Kind::Email,
            "jo [at] example (dot) co (dot) uk",
        ),
        ("jo(at)example.com", Kind::Email, "jo(at)example.com"),
        (
            "jo dot bloggs at example dot org",
            Kind::Email,
            "jo dot bloggs at example dot org",
        ),
        ("jo＠example．com", Kind::Email, "jo＠example．com"),
    ]);
    check_negative(&[
        ("I was at work. Then he left", &[Kind::Email]),
        ("we met at the station dot", &[Kind::Email]),
    ]);
}

#[test]
fn online() {
    check_positive(&[
        (
            "see https://example.com/jo?x=1.",
            Kind::Url,
            "https://example.com/jo?x=1",
        ),
        ("www.example.org/page", Kind::Url, "www.example.org/page"),
        (
            "facebook.com/jo.bloggs.92",
            Kind::Url,
            "facebook.com/jo.bloggs.92",
        ),
        ("tiktok.com/@jo_b_92", Kind::Url, "tiktok.com/@jo_b_92"),
        ("x.com/jo_b", Kind::Url, "x.com/jo_b"),
        ("dm me @jo_b_92", Kind::Handle, "@jo_b_92"),
        ("my insta is jo_b_92", Kind::Handle, "jo_b_92"),
        ("snapchat: jo.b92", Kind::Handle, "jo.b92"),
        ("tiktok username jo_b_92", Kind::Handle, "jo_b_92"),
        ("he is on twitter as @xjo", Kind::Handle, "@xjo"),
        ("from 192.0.2.44 at night", Kind::IpAddress, "192.0.2.44"),
        ("ip 2001:db8::1", Kind::IpAddress, "2001:db8::1"),
        (
            "2001:db8:0:0:0:0:2:1",
            Kind::IpAddress,
            "2001:db8:0:0:0:0:2:1",
        ),
    ]);
    check_negative(&[
        ("I found him on instagram yesterday", &[Kind::Handle]),
        ("he messaged me on snapchat and then", &[Kind::Handle]),
        ("version 999.1.2.3", &[Kind::IpAddress]),
        ("at 07:30:45 exactly", &[Kind::IpAddress]),
    ]);
}

#[test]
fn postcodes_and_addresses() {
    check_positive(&[
        ("lives at SW1A 1AA", Kind::Postcode, "SW1A 1AA"),
        ("sw1a1aa", Kind::Postcode, "sw1a1aa"),
        ("B33 8TH", Kind::Postcode, "B33 8TH"),
        ("M1 1AE", Kind::Postcode, "M1 1AE"),
        ("CR2 6XH.", Kind::Postcode, "CR2 6XH"),
        ("GIR 0AA", Kind::Postcode, "GIR 0AA"),
        ("BFPO 1234", Kind::Postcode, "BFPO 1234"),
        ("12 Acacia Avenue", Kind::Address, "12 Acacia Avenue"),
        (
            "Flat 3, 12 Acacia Avenue, Leeds",
            Kind::Address,
            "Flat 3, 12 Acacia Avenue",
        ),
        ("12a High St", Kind::Address, "12a High St"),
        ("12-14 Mill Lane", Kind::Address, "12-14 Mill Lane"),
        ("at 7 St Mary's Road", Kind::Address, "7 St Mary's Road"),
        (
            "he lives at 45 acacia avenue",
            Kind::Address,
            "45 acacia avenue",
        ),
    ]);
    check_negative(&[
        ("QV1 1AA", &[Kind::Postcode]),
        ("walked 3 miles down the road", &[Kind::Address]),
        ("waited 10 minutes on the street", &[Kind::Address]),
    ]);
}

#[test]
fn national_ids() {
    check_positive(&[
        ("NI number AB 12 34 56 C", Kind::Nino, "AB 12 34 56 C"),
        ("ab123456c", Kind::Nino, "ab123456c"),
        ("QQ 123 456 C", Kind::Nino, "QQ 123 456 C"),
        ("NHS number 943 476 5919", Kind::NhsNumber, "943 476 5919"),
        ("9434765919", Kind::NhsNumber, "9434765919"),
        ("my UTR is 1123456789", Kind::Utr, "1123456789"),
        ("utr 1123456789k", Kind::Utr, "1123456789k"),
        ("passport number 123456789", Kind::Passport, "123456789"),
        ("passport no: A1234567", Kind::Passport, "A1234567"),
        (
            "licence MORGA753116SM9IJ",
            Kind::DrivingLicence,
            "MORGA753116SM9IJ",
        ),
        (
            "driving licence number 12345678",
            Kind::DrivingLicence,
            "12345678",
        ),
    ]);
    check_negative(&[
        ("BG 12 34 56 C", &[Kind::Nino]),
        ("9434765918", &[Kind::NhsNumber]),
        ("123456789", IDS),
    ]);
}

#[test]
fn finance() {
    check_positive(&[
        (
            "card 4111 1111 1111 1111",
            Kind::Card,
            "4111 1111 1111 1111",
        ),
        ("4111-1111-1111-1111", Kind::Card, "4111-1111-1111-1111"),
        ("5500000000000004", Kind::Card, "5500000000000004"),
        (
            "IBAN GB82 WEST 1234 5698 7654 32",
            Kind::Iban,
            "GB82 WEST 1234 5698 7654 32",
        ),
        (
            "gb82west12345698765432",
            Kind::Iban,
            "gb82west12345698765432",
        ),
        ("sort code 20-00-00", Kind::SortCode, "20-00-00"),
        (
            "sort code: 20 00 00, account number: 12345678",
            Kind::AccountNumber,
            "12345678",
        ),
        (
            "sort code: 20 00 00, account number: 12345678",
            Kind::SortCode,
            "20 00 00",
        ),
        ("20-00-00 12345678", Kind::SortCode, "20-00-00"),
        ("20-00-00 12345678", Kind::AccountNumber, "12345678"),
        ("account 12345678", Kind::AccountNumber, "12345678"),
        ("sort code 12-03-24", Kind::SortCode, "12-03-24"),
        (
            "account no. 12-34-56-78",
            Kind::AccountNumber,
            "12-34-56-78",
        ),
    ]);
    check_negative(&[
        ("4111 1111 1111 1112", &[Kind::Card]),
        ("GB82 WEST 1234 5698 7654 33", &[Kind::Iban]),
        ("12345678", IDS),
    ]);
}

#[test]
fn vehicles() {
    check_positive(&[
        ("a silver car AB21 CDE", Kind::VehicleReg, "AB21 CDE"),
        ("ab71cde", Kind::VehicleReg, "ab71cde"),
        ("A B 2 1 C D E", Kind::VehicleReg, "A B 2 1 C D E"),
        ("A123 BCD", Kind::VehicleReg, "A123 BCD"),
        ("ABC 123D", Kind::VehicleReg, "ABC 123D"),
        ("reg is AM51", Kind::VehicleReg, "AM51"),
        ("number plate ABZ 1234", Kind::VehicleReg, "ABZ 1234"),
    ]);
    check_negative(&[
        ("AB99 CDE", &[Kind::VehicleReg]),
        ("we met ON 24 MAY", &[Kind::VehicleReg]),
        ("on 24 may", &[Kind::VehicleReg]),
    ]);
}

#[test]
fn personal() {
    check_positive(&[
        ("DOB 03/04/1987", Kind::DateOfBirth, "03/04/1987"),
        (
            "my date of birth is 3rd April 1987",
            Kind::DateOfBirth,
            "3rd April 1987",
        ),
        ("born on 03.04.87", Kind::DateOfBirth, "03.04.87"),
        (
            "my birthday is April 3, 1987",
            Kind::DateOfBirth,
            "April 3, 1987",
        ),
        ("I'm 34", Kind::Age, "34"),
        ("aged 34", Kind::Age, "34"),
        ("34 years old", Kind::Age, "34"),
        ("34yo", Kind::Age, "34"),
        ("a 34-year-old woman", Kind::Age, "34"),
        ("i'm 19 and he's 40", Kind::Age, "19"),
        ("I am 27.", Kind::Age, "27"),
    ]);
    check_negative(&[
        ("on 03/04/2024 he came round", &[Kind::DateOfBirth]),
        ("I'm 5 minutes away", &[Kind::Age]),
        ("I am 2 miles away", &[Kind::Age]),
        ("I'm 5'10 and he's 6ft", &[Kind::Age]),
    ]);
    let d = detector();
    let f = d.detect("my date of birth is 03/04/1987", &TextContext::new());
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].party_hint, Some(Party::Reporter));
    let f = d.detect("DOB 03/04/1987", &TextContext::new());
    assert_eq!(f[0].party_hint, None);
}

#[test]
fn slashed_phones() {
    check_positive(&[
        ("my number is 07700/900123", Kind::Phone, "07700/900123"),
        ("ring 01632/960457 after six", Kind::Phone, "01632/960457"),
    ]);
    check_negative(&[
        ("crime ref 43/12345/24", &[Kind::Phone]),
        (
            "my burglary (23/11737/25) was",
            &[Kind::Phone, Kind::AccountNumber],
        ),
        ("open 24/7", &[Kind::Phone]),
        ("season 2024/25", &[Kind::Phone]),
        ("on 03/04/1987 at 10", &[Kind::Phone]),
    ]);
}

#[test]
fn ages_that_describe_a_person() {
    check_positive(&[
        ("honestly i am fifty two and tired", Kind::Age, "fifty two"),
        ("Im forty-three btw", Kind::Age, "forty-three"),
        ("aged Sixty, retired", Kind::Age, "Sixty"),
        ("she was a nineteen year old student", Kind::Age, "nineteen"),
        ("he is 47 y/o", Kind::Age, "47"),
        ("a lad, 17, in a hoodie", Kind::Age, "17"),
        ("age: 61", Kind::Age, "61"),
        ("I'm in my 30s", Kind::Age, "30s"),
        ("I'm in my late thirties", Kind::Age, "thirties"),
        ("she's in her early 40's", Kind::Age, "40's"),
        ("the caller is 34 and scared", Kind::Age, "34"),
        ("my nephew, who is only 9, saw it", Kind::Age, "9"),
        ("she is 8", Kind::Age, "8"),
        ("the older officer, 26, took it", Kind::Age, "26"),
        ("tall officer, maybe 47", Kind::Age, "47"),
        ("52, asian, dark hair", Kind::Age, "52"),
        ("about 40s, white, short", Kind::Age, "40s"),
        ("roughly mid-50s", Kind::Age, "50s"),
        // The person a representative writes for.
        ("The member is 34, the only one on shift", Kind::Age, "34"),
        (
            "my client is nineteen and frightened",
            Kind::Age,
            "nineteen",
        ),
        ("The complainant was 52 at the time", Kind::Age, "52"),
        ("our service user is only 17", Kind::Age, "17"),
        ("C/L is 34, lives alone", Kind::Age, "34"),
        ("c/l's 71 and housebound", Kind::Age, "71"),
    ]);
    check_negative(&[
        ("the member is 5 minutes away", &[Kind::Age]),
        ("my client was 2 streets over", &[Kind::Age]),
        ("the tenant is 3 months behind", &[Kind::Age]),
        ("he is 5 minutes away", &[Kind::Age]),
        ("she is 2 doors down from me", &[Kind::Age]),
        ("he paid 34 quid", &[Kind::Age]),
        ("it took 34 minutes", &[Kind::Age]),
        ("room 34 at the station", &[Kind::Age]),
        ("he came 34 times", &[Kind::Age]),
        ("we were together 4 yrs", &[Kind::Age]),
        ("I live at no. 52, left side", &[Kind::Age]),
        ("it was in 1987", &[Kind::Age]),
        ("at 10, white van pulled up", &[Kind::Age]),
        ("I am one of many", &[Kind::Age]),
        ("he is on 07700 900123", &[Kind::Age]),
        ("songs from the 80s, loud", &[Kind::Age]),
    ]);
    // The reporter's own: hinted.
    let d = detector();
    for text in [
        "i am fifty two",
        "I'm in my 30s",
        "caller is 34",
        "C/L is 34",
    ] {
        let f = d.detect(text, &TextContext::new());
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].party_hint, Some(Party::Reporter), "{text}");
    }
}

#[test]
fn collar_cues_do_not_hide_phones_or_addresses() {
    check_positive(&[
        ("his number is 07700 900123", Kind::Phone, "07700 900123"),
        (
            "badge number 01632 960984 he said",
            Kind::Phone,
            "01632 960984",
        ),
        ("PC 07700 900456 rang", Kind::Phone, "07700 900456"),
        ("My number: 01632 960111.", Kind::Phone, "01632 960111"),
        (
            "I live at No. 12 Acacia Avenue",
            Kind::Address,
            "12 Acacia Avenue",
        ),
    ]);
    // A bare number with no collar cue is not a collar number.
    check_negative(&[
        ("his number was 4471 i think", &[Kind::CollarNumber]),
        ("the number 12 bus was late", &[Kind::CollarNumber]),
        ("room number is 204", &[Kind::CollarNumber]),
        // A real sentence end still cuts the cue off.
        (
            "there were 20 staff. number 12 was late",
            &[Kind::CollarNumber],
        ),
        ("PC Reeves (2019 intake) said", &[Kind::CollarNumber]),
    ]);
}

#[test]
fn collar_numbers_and_times() {
    check_positive(&[
        ("PC 4471 stopped me", Kind::CollarNumber, "4471"),
        ("PC4471", Kind::CollarNumber, "4471"),
        ("Sgt 123AB", Kind::CollarNumber, "123AB"),
        ("collar number 4471", Kind::CollarNumber, "4471"),
        ("shoulder number 4471", Kind::CollarNumber, "4471"),
        ("PC Reeves (4471) took it", Kind::CollarNumber, "4471"),
        (
            "Sgt Daniel Reeves ( 123AB ) was there",
            Kind::CollarNumber,
            "123AB",
        ),
        ("pc dan reeves (5532)", Kind::CollarNumber, "5532"),
        (
            "collar/shoulder/badge number was 4471",
            Kind::CollarNumber,
            "4471",
        ),
        ("his badge number was 4471", Kind::CollarNumber, "4471"),
        (
            "his number was 4471 on the epaulette",
            Kind::CollarNumber,
            "4471",
        ),
        (
            "I saw his shoulder, his number is 2210",
            Kind::CollarNumber,
            "2210",
        ),
        ("sarge 123 came in", Kind::CollarNumber, "123"),
        ("Sarge 88 again", Kind::CollarNumber, "88"),
        ("PCSO 7712 was rude", Kind::CollarNumber, "7712"),
        ("it was PC 123AB", Kind::CollarNumber, "123AB"),
        ("PS 45CW laughed", Kind::CollarNumber, "45CW"),
        ("ds 3301 phoned", Kind::CollarNumber, "3301"),
        // A rejected cue gives its value back to the scan: "I am PC" is no
        // handle, and "PC PL 4419" after it is still a collar number.
        ("I am PC PL 4419, and", Kind::CollarNumber, "PL 4419"),
        ("i'm PC 4471 myself", Kind::CollarNumber, "4471"),
        // Police staff and volunteers: staff and payroll numbers.
        ("staff number C2318, works ext", Kind::CollarNumber, "C2318"),
        ("my payroll no: 88120", Kind::CollarNumber, "88120"),
        ("her employee number is 5521", Kind::CollarNumber, "5521"),
        // An abbreviation's full stop does not end the clause.
        ("his staff no. is 4471 and", Kind::CollarNumber, "4471"),
        ("Sgt. Ray, badge no. was 2210", Kind::CollarNumber, "2210"),
        ("at 07:30", Kind::Time, "07:30"),
        ("7.30pm", Kind::Time, "7.30pm"),
        ("0730hrs", Kind::Time, "0730hrs"),
        ("19:45", Kind::Time, "19:45"),
    ]);
}

#[test]
fn lettered_service_references_stay() {
    let mut ids = IDS.to_vec();
    ids.push(Kind::CollarNumber);
    ids.push(Kind::Name);
    for text in [
        "Report taken with Language Line interpreter (Polish), interpreter ref LL 448812.",
        "Language Line ref LL 448812 used",
        "interpreter reference BSL 20391 booked",
        "job ref JB 77120 raised",
        "job number 4471203 on the system",
        "job no. 20391",
        "case ref CR 100234 open",
        "our reference: ABC 55120",
        "interpreter ID 448812 on the call",
        "via Language Line 448812",
        "Language Line number: 2093117",
        "ticket no. 88123401",
    ] {
        check_negative(&[(text, &ids)]);
    }
    // Not a lettered reference: a phone after a lower-case word stays a
    // phone, and the reference takes only what it owns.
    check_positive(&[
        (
            "for ref call 07700 900377 after six",
            Kind::Phone,
            "07700 900377",
        ),
        (
            "job ref JB 77120, call me on 07700 900377",
            Kind::Phone,
            "07700 900377",
        ),
        // Letters then a number starting 0 is not a lettered reference.
        (
            "quote ref MOB 07700900377 to me",
            Kind::Phone,
            "07700900377",
        ),
    ]);
}

#[test]
fn lookalikes_are_not_identifiers() {
    check_negative(&[
        ("he took £2,500 in cash", IDS),
        ("about 2.5k", IDS),
        ("£1,200.50", IDS),
        ("500 quid", IDS),
        ("£2500000", IDS),
        ("crime ref 43/12345/24", IDS),
        ("crime reference 4312345624", IDS),
        ("CAD 1234", IDS),
        ("incident number 1234 of 12/03", IDS),
        ("log 456", IDS),
        ("in 2019 and 1987", IDS),
        ("45% of the time", IDS),
        ("3 bags and 20 officers", IDS),
        ("on 12/03/2024 at 07:30", IDS),
        ("on 3rd April 2024", IDS),
        ("PC 4471 came", IDS),
        ("Sgt 1234", &[Kind::Phone, Kind::AccountNumber]),
        ("at 0730hrs", IDS),
        ("At 10.45pm on 12.03.24 he came", IDS),
        ("case number 01/234567/22", IDS),
        ("occurrence number 12345678", IDS),
        ("He took 1,500 pounds and 20000 in total", IDS),
    ]);
}

#[test]
fn our_tokens_are_never_flagged_or_split() {
    check_negative(&[
        ("call [PHONE:k1:ABCDEFGHIJKLM] now", IDS),
        ("email [EMAIL] now", IDS),
        ("call ***********", IDS),
        ("[VRM:k1:ABCDEFGHIJ234]", IDS),
    ]);
}

#[test]
fn allow_list() {
    let d = Detector::builder().allow("01632 960000").build().unwrap();
    assert!(d.detect("ring 01632960000", &TextContext::new()).is_empty());
    assert_eq!(d.detect("ring 01632 960001", &TextContext::new()).len(), 1);
    let mut ctx = TextContext::new();
    ctx.allow("12 Acacia Avenue");
    let d = detector();
    assert!(d.detect("at 12 ACACIA AVENUE", &ctx).is_empty());
    assert_eq!(
        d.detect("at 12 Acacia Avenue", &TextContext::new()).len(),
        1
    );
}

#[test]
fn findings_are_sorted_non_overlapping_on_boundaries() {
    let d = detector();
    let text = "Ｊｏ: ０７７００ ９００１２３, jo＠example．com, SW1A 1AA, £2,500 at 07:30 — 12 Acacia Avenue";
    let f = d.detect(text, &TextContext::new());
    assert!(f.len() >= 5, "{f:?}");
    for w in f.windows(2) {
        assert!(w[0].range.end <= w[1].range.start);
    }
    for x in &f {
        assert!(text.is_char_boundary(x.range.start) && text.is_char_boundary(x.range.end));
    }
}

#[test]
fn hostile_inputs_complete() {
    let d = detector();
    let ctx = TextContext::new();
    let digits = "7".repeat(1 << 20);
    let _ = d.detect(&digits, &ctx);
    let zeros: String = "0 ".repeat(100_000);
    let _ = d.detect(&zeros, &ctx);
    let ats = "@".repeat(100_000);
    let _ = d.detect(&ats, &ctx);
    let marks = format!("0{}7700 900123", "\u{301}".repeat(1000));
    let _ = d.detect(&marks, &ctx);
    let spaces: String = (0u32..0x3100)
        .filter_map(char::from_u32)
        .filter(|c| c.is_whitespace())
        .cycle()
        .take(10_000)
        .collect();
    let _ = d.detect(&spaces, &ctx);
    let words = "oh ".repeat(50_000);
    let _ = d.detect(&words, &ctx);
}

#[test]
fn detector_is_send_sync_and_debug_redacts() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Detector>();
    let d = Detector::builder().allow("Secret Station").build().unwrap();
    let dbg = format!("{d:?}");
    assert!(!dbg.contains("Secret"), "{dbg}");
}

#[test]
fn nino_any_case_and_separators() {
    check_positive(&[
        ("my NI no. is jk 40 16 13 b", Kind::Nino, "jk 40 16 13 b"),
        ("ni: Jk-40-16-13-C", Kind::Nino, "Jk-40-16-13-C"),
        ("nino jk.40.16.13.a ok", Kind::Nino, "jk.40.16.13.a"),
        ("it is wr 123 456 d", Kind::Nino, "wr 123 456 d"),
        // A short-word prefix is fine with a cue.
        (
            "national insurance no: me 12 34 56 a",
            Kind::Nino,
            "me 12 34 56 a",
        ),
        // The fold of O/l inside digit runs must not eat the prefix.
        (
            "car wl18phm; nino ol-26-40-59-b",
            Kind::Nino,
            "ol-26-40-59-b",
        ),
    ]);
    check_negative(&[
        ("we met on 12.03.24 a bit later", &[Kind::Nino]),
        ("paid to 20 00 00 b4 lunch", &[Kind::Nino]),
        ("it was at 12 34 56", &[Kind::Nino]),
        ("fd 12 34 56 a", &[Kind::Nino]),
    ]);
    // A rejected NINO candidate leaves its digits to the digit-run rules.
    check_positive(&[
        ("paid to 20-00-00 12345678", Kind::SortCode, "20-00-00"),
        ("paid to 20-00-00 12345678", Kind::AccountNumber, "12345678"),
    ]);
}

#[test]
fn iban_and_sort_code_spellings() {
    check_positive(&[
        (
            "send it to GB82-WEST-1234-5698-7654-32 today",
            Kind::Iban,
            "GB82-WEST-1234-5698-7654-32",
        ),
        (
            "gb82.west.1234.5698.7654.32",
            Kind::Iban,
            "gb82.west.1234.5698.7654.32",
        ),
        (
            "de89-3704-0044-0532-0130-00",
            Kind::Iban,
            "de89-3704-0044-0532-0130-00",
        ),
        ("s/c 200000 a/c 12345678", Kind::SortCode, "200000"),
        ("s/c 200000 a/c 12345678", Kind::AccountNumber, "12345678"),
        ("s/c 20.00.00, acc 1234 5678", Kind::SortCode, "20.00.00"),
        ("s.c. 20 00 00", Kind::SortCode, "20 00 00"),
    ]);
    check_negative(&[
        ("GB82-WEST-1234-5698-7654-33", &[Kind::Iban]),
        ("we met on 20.10.24 at noon", &[Kind::SortCode]),
        ("crime ref 200000", &[Kind::SortCode]),
    ]);
}

#[test]
fn vehicle_regs_any_case_after_a_vehicle_cue() {
    check_positive(&[
        ("in his car (bm 73 emh)", Kind::VehicleReg, "bm 73 emh"),
        ("she drives a kia wx-25-pgl", Kind::VehicleReg, "wx-25-pgl"),
        ("he tracks my car j487 seo", Kind::VehicleReg, "j487 seo"),
        (
            "i drive a grey corsa, W6 88 AVC.",
            Kind::VehicleReg,
            "W6 88 AVC",
        ),
        ("he ran my plate L5 01 PZB", Kind::VehicleReg, "L5 01 PZB"),
    ]);
    check_negative(&[
        ("drove up the m6 and then home", &[Kind::VehicleReg]),
        ("my car was towed on 12 may", &[Kind::VehicleReg]),
        ("in the car doing 70 mph", &[Kind::VehicleReg]),
        ("bm 73 emh", &[Kind::VehicleReg]),
        ("the van was at 10 am", &[Kind::VehicleReg]),
    ]);
}

#[test]
fn addresses_lower_case_units_and_brackets() {
    check_positive(&[
        ("i live on 90 kestrel ln", Kind::Address, "90 kestrel ln"),
        (
            "outside my house (57 Meadowsweet Street)",
            Kind::Address,
            "57 Meadowsweet Street",
        ),
        (
            "apartment 19, 213 marlborough row",
            Kind::Address,
            "apartment 19, 213 marlborough row",
        ),
        ("flat 2b, 9 ash way", Kind::Address, "flat 2b, 9 ash way"),
        ("27/55 hawthorn way", Kind::Address, "27/55 hawthorn way"),
    ]);
    check_negative(&[
        ("(07700) 900123", &[Kind::Address]),
        ("3 of us went the wrong way", &[Kind::Address]),
        ("he is 15 st", &[Kind::Address]),
    ]);
    // A phone in brackets is still a phone.
    check_positive(&[("(07700) 900123", Kind::Phone, "(07700) 900123")]);
}

#[test]
fn an_address_right_after_a_number_is_not_swallowed() {
    check_positive(&[
        (
            "Call me on 01632 960 984. 121 Brackenfield Dr. is where I live.",
            Kind::Address,
            "121 Brackenfield Dr",
        ),
        (
            "Call me on 01632 960 984. 121 Brackenfield Dr. is where I live.",
            Kind::Phone,
            "01632 960 984",
        ),
        (
            "text 07700 900123 12 Acacia Avenue is mine",
            Kind::Address,
            "12 Acacia Avenue",
        ),
        (
            "text 07700 900123 12 Acacia Avenue is mine",
            Kind::Phone,
            "07700 900123",
        ),
        (
            "My ref was 4471234. 9 Quince Gr is the house.",
            Kind::Address,
            "9 Quince Gr",
        ),
        (
            "ring 07700.900.456. 33 Elm Rd, that's us",
            Kind::Address,
            "33 Elm Rd",
        ),
        (
            "It cost 2500 19 Mill Lane paid it",
            Kind::Address,
            "19 Mill Lane",
        ),
    ]);
    // The tail of a run is not re-read as something else.
    check_negative(&[
        ("crime ref 43 12345 24 was given", IDS),
        ("we counted 1 000 000 people", IDS),
        ("log 1234 5678 9 was opened", IDS),
    ]);
}

#[test]
fn a_date_of_birth_restated_is_still_a_date_of_birth() {
    check_positive(&[
        (
            "I was born on 03/04/1987 (3rd April 1987).",
            Kind::DateOfBirth,
            "3rd April 1987",
        ),
        (
            "DOB 3.4.87, i.e. 3 April 1987, ask anyone",
            Kind::DateOfBirth,
            "3 April 1987",
        ),
        (
            "date of birth: 12th March 1990 [12/03/1990]",
            Kind::DateOfBirth,
            "12/03/1990",
        ),
        (
            "my birthday is 1 May 2001 aka 01-05-2001",
            Kind::DateOfBirth,
            "01-05-2001",
        ),
    ]);
    // The restated form carries the first one's party.
    let d = detector();
    let f = d.detect(
        "I was born on 03/04/1987 (3rd April 1987).",
        &TextContext::new(),
    );
    assert_eq!(f.len(), 2, "{f:?}");
    assert!(
        f.iter().all(|f| f.party_hint == Some(Party::Reporter)),
        "{f:?}"
    );
    // A later, separate date is an event's date and stays.
    check_negative(&[
        (
            "It happened on 03/04/2024 (a Wednesday).",
            &[Kind::DateOfBirth],
        ),
        (
            "We met on 3 May 2020 (4 May 2020 maybe).",
            &[Kind::DateOfBirth],
        ),
    ]);
    let f = d.detect(
        "I was born on 03/04/1987 and on 5 June 2024 he came round",
        &TextContext::new(),
    );
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn spaced_out_emails_and_postcodes_after_a_cue() {
    check_positive(&[
        (
            "email me at jo.b @ example . com",
            Kind::Email,
            "jo.b @ example . com",
        ),
        (
            "My email is sam_k @ example . co . uk.",
            Kind::Email,
            "sam_k @ example . co . uk",
        ),
        (
            "contact: pat@ example . org",
            Kind::Email,
            "pat@ example . org",
        ),
        ("My postcode is W S 1 1 A A.", Kind::Postcode, "W S 1 1 A A"),
        ("I live in ws1 1 aa now.", Kind::Postcode, "ws1 1 aa"),
        ("post code b 1 1 a a", Kind::Postcode, "b 1 1 a a"),
        (
            "my address is near S W 1 A 1 A A",
            Kind::Postcode,
            "S W 1 A 1 A A",
        ),
    ]);
    check_negative(&[
        // No cue, or a sentence break rather than a spaced dot.
        ("the score was a 1 1 a a", &[Kind::Postcode]),
        ("my statement on 24th October", &[Kind::Postcode]),
        ("my case was on 22nd May", &[Kind::Postcode]),
        ("I was @ home. It was late", &[Kind::Email]),
        ("he wrote x @ y . com on the wall", &[Kind::Email]),
        // Spaced but not a valid postcode.
        ("my postcode is Q 1 1 A A", &[Kind::Postcode]),
        ("my postcode is W S 1 1 C I", &[Kind::Postcode]),
    ]);
}

#[test]
fn streets_without_a_number_and_numbers_in_words() {
    check_positive(&[
        ("I live on Acacia Avenue.", Kind::Address, "Acacia Avenue"),
        (
            "my address is Acacia Avenue, Walsall",
            Kind::Address,
            "Acacia Avenue",
        ),
        (
            "we're living on brackenfield drive now",
            Kind::Address,
            "brackenfield drive",
        ),
        (
            "i live off the Quince Grove estate",
            Kind::Address,
            "Quince Grove",
        ),
        (
            "My home address: Larkspur Close",
            Kind::Address,
            "Larkspur Close",
        ),
        (
            "He found twelve Acacia Avenue easily",
            Kind::Address,
            "twelve Acacia Avenue",
        ),
        (
            "I live at one two one Brackenfield Drive.",
            Kind::Address,
            "one two one Brackenfield Drive",
        ),
        (
            "forty-two Mill Lane was raided",
            Kind::Address,
            "forty-two Mill Lane",
        ),
        (
            "i live at twelve acacia avenue",
            Kind::Address,
            "twelve acacia avenue",
        ),
    ]);
    // The street alone after "I live" is the reporter's.
    let d = detector();
    let f = d.detect("I live on Acacia Avenue.", &TextContext::new());
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].party_hint, Some(Party::Reporter));
    check_negative(&[
        ("I live on the same road as him", &[Kind::Address]),
        ("we live on a busy street", &[Kind::Address]),
        ("i live in the main road area", &[Kind::Address]),
        ("two young lads walk past", &[Kind::Address]),
        ("he walked down Acacia Avenue", &[Kind::Address]),
        ("I'm on the phone all day", &[Kind::Address]),
        ("the same road is where I live", &[Kind::Address]),
        ("Acacia Avenue is where he lives", &[Kind::Address]),
    ]);
}

/// Third held-out set, details families: bracketed IPs, URLs with a path
/// after a platform cue, plate numbers that stop before a word, dates of
/// birth "as" a date, past-tense ages, ages next to a name, and a part of
/// a phone number repeated or corrected.
#[test]
fn details_families_of_the_third_set() {
    check_positive(&[
        // IP addresses in brackets.
        (
            "My IP probably shows anyway (192.0.2.147) so",
            Kind::IpAddress,
            "192.0.2.147",
        ),
        ("from (192.0.2.9)", Kind::IpAddress, "192.0.2.9"),
        ("ip (2001:db8::1) logged", Kind::IpAddress, "2001:db8::1"),
        // A URL with a path after a platform cue is one URL.
        (
            "Re: Insta account instagram.example.com/pc_tommo_wy. This",
            Kind::Url,
            "instagram.example.com/pc_tommo_wy",
        ),
        (
            "his facebook page facebook.example.org/liam.s77 shows",
            Kind::Url,
            "facebook.example.org/liam.s77",
        ),
        // Plate numbers: digits alone after "plate number", and the word
        // after the digits is not taken in.
        (
            "My plate number is 412 and my car reg is KP70 HZT",
            Kind::VehicleReg,
            "412",
        ),
        (
            "My plate number is 412 and my car reg is KP70 HZT",
            Kind::VehicleReg,
            "KP70 HZT",
        ),
        ("taxi plate no. 1187 so you", Kind::VehicleReg, "1187"),
        ("reg number 4102, that is", Kind::VehicleReg, "4102"),
        ("plate number 77 ABC", Kind::VehicleReg, "77 ABC"),
        // Dates of birth "as" a date, "Nth of Month YY".
        (
            "caller gave her DOB as 3rd of March 94 and",
            Kind::DateOfBirth,
            "3rd of March 94",
        ),
        (
            "born 3rd of March '94",
            Kind::DateOfBirth,
            "3rd of March '94",
        ),
        (
            "date of birth given as 21st of June 1988",
            Kind::DateOfBirth,
            "21st of June 1988",
        ),
        // Ages in the past tense.
        ("i was 17 when DC Kerr was the officer", Kind::Age, "17"),
        ("I was only 15 at the time", Kind::Age, "15"),
        ("when I was 16 he", Kind::Age, "16"),
        ("I was just sixteen", Kind::Age, "sixteen"),
        // Ages next to a name.
        (
            "caller: Mr Jo Bloggs (spelled back), 52, lives",
            Kind::Age,
            "52",
        ),
        ("I'm on hinge as 'Lexi, 33'. If", Kind::Age, "33"),
        ("Am Lorraine, 38. Dinnae phone", Kind::Age, "38"),
        ("It's Sam, 31, here", Kind::Age, "31"),
        // A part of a phone number repeated or corrected.
        (
            "then corrected to 07700 900 413 ('sorry, it's 900 413 not 431')",
            Kind::Phone,
            "900 413",
        ),
        (
            "ring 07700 900413, sorry i mean 413 then",
            Kind::Phone,
            "413",
        ),
        ("mob 07700 900 526 - that's 900526", Kind::Phone, "900526"),
    ]);
    check_negative(&[
        // Plate cues with a number that goes on, or no "number".
        ("plate number 12:30 on the rota", &[Kind::VehicleReg]),
        ("the reg 2 cars behind", &[Kind::VehicleReg]),
        ("registration 5", &[Kind::VehicleReg]),
        // Past tense with a unit.
        ("I was 5 minutes late", &[Kind::Age]),
        ("I was 2 streets away", &[Kind::Age]),
        // Not a name before the comma.
        ("It's March, 12, or so", &[Kind::Age]),
        ("it's 9, 10 at most", &[Kind::Age]),
        ("prices 'Large, 33' on the menu", &[Kind::Age]),
        // No phone before.
        ("he has 900413 followers", &[Kind::Phone]),
    ]);
    // Digits that are not a part of the phone, or a short run without a
    // correction word: only the phone itself is found.
    let d = detector();
    for text in [
        "ring 07700 900413 and 431 people came",
        "ring 07700 900413 about room 413",
        "ring 07700 900413 in 2019 and 9004 more",
    ] {
        let phones: Vec<String> = found(&d, text)
            .into_iter()
            .filter(|(k, _)| *k == Kind::Phone)
            .map(|(_, s)| s)
            .collect();
        assert_eq!(phones, vec!["07700 900413".to_owned()], "{text:?}");
    }
}

/// A spaced or doubled slash between bank details is a list mark: each
/// side is classified on its own ("20-45-18 / 53196274"); a slash still
/// never makes a reference or a date an identifier.
#[test]
fn bank_details_split_by_a_spaced_slash() {
    use Kind::{AccountNumber, Phone, SortCode};
    check_positive(&[
        (
            "his bank details: 20-45-18 / 53196274",
            SortCode,
            "20-45-18",
        ),
        (
            "his bank details: 20-45-18 / 53196274",
            AccountNumber,
            "53196274",
        ),
        ("sort code 20-45-18 / acc 53196274", SortCode, "20-45-18"),
        (
            "sort code 20-45-18 / acc 53196274",
            AccountNumber,
            "53196274",
        ),
        ("s/c 204518 // a/c 53196274", SortCode, "204518"),
        ("s/c 204518 // a/c 53196274", AccountNumber, "53196274"),
        ("account 53196274 / 07700 900819", Phone, "07700 900819"),
    ]);
    check_negative(&[
        (
            "crime ref 43 / 12345 / 24 and log 20 / 45 / 18",
            &[SortCode, AccountNumber, Phone],
        ),
        ("paid 20-45-18 / 2024 rates", &[AccountNumber, Phone]),
        ("bank holiday 12 / 03 / 2024", &[SortCode, AccountNumber]),
    ]);
}

/// The lazy DFA's cache has room to spare for realistic report text: the
/// forward DFA over every field of the evaluation corpus and the held-out
/// sets needs at most half of [`DFA_CACHE_CAPACITY`]. When new patterns
/// grow the automaton past that, this fails instead of the searches
/// silently slowing down (a cache that fills is cleared and rebuilt over
/// and over).
#[test]
fn dfa_cache_has_room_for_report_text() {
    let texts = normalised_free_texts();
    assert!(texts.len() > 2000);
    let patterns: Vec<String> = rules().iter().map(|(_, p)| format!("(?-u){p}")).collect();
    let (used, nfa_states, classes) = forward_dfa_use(&patterns, &texts);
    // `cargo test --lib dfa_cache -- --nocapture` prints the figures the
    // README quotes.
    eprintln!(
        "detector: {nfa_states} NFA states, {classes} byte classes; forward DFA {used} bytes over {} texts",
        texts.len()
    );
    assert!(used > 1 << 20, "{used}");
    assert!(
        2 * used <= DFA_CACHE_CAPACITY,
        "the detector's forward DFA needs {used} bytes for the evaluation texts; \
         DFA_CACHE_CAPACITY ({DFA_CACHE_CAPACITY}) should be at least twice that"
    );
}

/// Every free-text field of the evaluation texts, normalised as the
/// detector sees them.
fn normalised_free_texts() -> Vec<String> {
    crate::testdata::free_texts()
        .iter()
        .map(|t| NormalisedText::new(t).as_str().to_owned())
        .collect()
}

/// The bytes of forward lazy-DFA states that `find_iter` of `patterns`
/// over `texts` builds, with the NFA's state and byte-class counts.
fn forward_dfa_use(patterns: &[String], texts: &[String]) -> (usize, usize, usize) {
    use regex_automata::hybrid;
    let re = hybrid::regex::Regex::builder()
        .dfa(hybrid::dfa::Config::new().cache_capacity(4 * DFA_CACHE_CAPACITY))
        .build_many(patterns)
        .unwrap();
    let mut cache = re.create_cache();
    for t in texts {
        for m in re.find_iter(&mut cache, t.as_str()) {
            std::hint::black_box(m);
        }
    }
    let nfa = re.forward().get_nfa();
    (
        cache.forward().memory_usage(),
        nfa.states().len(),
        nfa.byte_classes().alphabet_len(),
    )
}

/// Why the detector's lazy DFA is large (README, "What bounds it"): its
/// patterns, each scanned alone, build a small fraction of the states they
/// build together, because many are live at the same time; and no single
/// pattern accounts for most of it. Slow (one compile and scan per
/// pattern, twice): `cargo test --release --lib dfa_share -- --ignored
/// --nocapture` prints each pattern's share (the DFA bytes the whole set
/// saves without it) and its size alone.
#[test]
#[ignore = "profile: about a minute in release"]
fn dfa_share_per_pattern() {
    let texts = normalised_free_texts();
    let table = rules();
    let all: Vec<String> = table.iter().map(|(_, p)| format!("(?-u){p}")).collect();
    let (together, ..) = forward_dfa_use(&all, &texts);
    let mut rows: Vec<(usize, usize, usize)> = (0..all.len())
        .map(|i| {
            let mut without = all.clone();
            without.remove(i);
            let share = together.saturating_sub(forward_dfa_use(&without, &texts).0);
            let alone = forward_dfa_use(&all[i..=i], &texts).0;
            (share, alone, i)
        })
        .collect();
    let alone_sum: usize = rows.iter().map(|r| r.1).sum();
    rows.sort_unstable_by(|a, b| b.cmp(a));
    eprintln!("together {together} bytes; patterns alone, summed: {alone_sum} bytes");
    for (share, alone, i) in rows.iter().take(10) {
        eprintln!("{share:>10} share {alone:>9} alone  #{i} {:?}", table[*i].0);
    }
    assert!(2 * alone_sum < together, "{alone_sum} vs {together}");
    assert!(rows.first().is_some_and(|r| 2 * r.0 < together));
}

/// Gaming, messaging and dating platforms and "gamertag" cue a user name
/// like the social platforms do; the platform words alone are no handle.
#[test]
fn gaming_and_messaging_handles() {
    check_positive(&[
        ("my gamertag is Vexx_Plays99", Kind::Handle, "Vexx_Plays99"),
        ("my gamer tag: Vexx_Plays99", Kind::Handle, "Vexx_Plays99"),
        ("my psn is DarkFox_77", Kind::Handle, "DarkFox_77"),
        (
            "he added me on xbox live as Bl1tz_99",
            Kind::Handle,
            "Bl1tz_99",
        ),
        ("I'm on roblox as jo_b_2011", Kind::Handle, "jo_b_2011"),
        ("telegram: jo_b_92", Kind::Handle, "jo_b_92"),
        ("his grindr name is pc_dave_88", Kind::Handle, "pc_dave_88"),
        ("in-game name is Shadow_Fang", Kind::Handle, "Shadow_Fang"),
    ]);
    check_negative(&[
        (
            "we play fortnite and minecraft most nights",
            &[Kind::Handle],
        ),
        ("he sent a telegram to the station", &[Kind::Handle]),
        ("the back door hinge is loose", &[Kind::Handle]),
        ("the steam room at the gym", &[Kind::Handle]),
        ("I watch him on twitch every night", &[Kind::Handle]),
    ]);
}

/// Phone numbers read out in groups, as people dictate them: "nine
/// hundred", "seven seven hundred", "forty one", "twelve", mixed with
/// digits and digit words. Numbers in words that are no phone (sums,
/// quantities, years) stay.
#[test]
fn phones_read_out_with_number_words() {
    check_positive(&[
        (
            "My number is oh seven seven double oh, nine hundred, four one two.",
            Kind::Phone,
            "oh seven seven double oh, nine hundred, four one two",
        ),
        (
            "my number: 07700 nine hundred 412",
            Kind::Phone,
            "07700 nine hundred 412",
        ),
        (
            "ring oh seven seven hundred, nine hundred, four twelve",
            Kind::Phone,
            "oh seven seven hundred, nine hundred, four twelve",
        ),
        (
            "text me on zero seven seven zero zero, nine hundred, one hundred",
            Kind::Phone,
            "zero seven seven zero zero, nine hundred, one hundred",
        ),
        (
            "landline oh one six three two, nine six oh, five fifty one",
            Kind::Phone,
            "oh one six three two, nine six oh, five fifty one",
        ),
        (
            "my number is 07700, nine double oh, one two three",
            Kind::Phone,
            "07700, nine double oh, one two three",
        ),
        (
            "call 01632 nine sixty, ninety nine nine",
            Kind::Phone,
            "01632 nine sixty, ninety nine nine",
        ),
    ]);
    check_negative(&[
        (
            "he asked for two thousand five hundred pounds, then twenty thousand",
            &[Kind::Phone],
        ),
        (
            "nineteen ninety four, twenty twenty one and twenty twenty two",
            &[Kind::Phone],
        ),
        (
            "about forty or fifty officers, ten vans, eleven cars",
            &[Kind::Phone],
        ),
        (
            "seven hundred, eight hundred, nine hundred metres along the A470",
            &[Kind::Phone],
        ),
        (
            "at twenty past nine, then quarter to eleven",
            &[Kind::Phone],
        ),
    ]);
}

/// A date of birth with the day or the year in words, after a birth cue;
/// the same dates without a birth cue are event dates and stay.
#[test]
fn dates_of_birth_in_words() {
    check_positive(&[
        (
            "I was born on the third of March nineteen ninety four.",
            Kind::DateOfBirth,
            "third of March nineteen ninety four",
        ),
        (
            "DOB: 3rd March nineteen ninety-four",
            Kind::DateOfBirth,
            "3rd March nineteen ninety-four",
        ),
        (
            "my date of birth is March the 3rd, 1994 if you need it",
            Kind::DateOfBirth,
            "March the 3rd, 1994",
        ),
        (
            "born twenty-first of June two thousand and three",
            Kind::DateOfBirth,
            "twenty-first of June two thousand and three",
        ),
        (
            "my birthday is the 5th of November, nineteen eighty-seven",
            Kind::DateOfBirth,
            "5th of November, nineteen eighty-seven",
        ),
        (
            "d.o.b. twelfth Feb ninety one",
            Kind::DateOfBirth,
            "twelfth Feb ninety one",
        ),
        (
            "born on the first of May two thousand",
            Kind::DateOfBirth,
            "first of May two thousand",
        ),
    ]);
    check_negative(&[
        (
            "on the third of March nineteen ninety four the station moved",
            &[Kind::DateOfBirth],
        ),
        ("he was born in the nineties, I think", &[Kind::DateOfBirth]),
        (
            "the first of May two thousand and three officers came",
            &[Kind::DateOfBirth],
        ),
    ]);
}

/// A correction of a phone number's tail or part, in words or figures,
/// right after the number: the corrected digits are the same number.
#[test]
fn corrections_of_a_phone_number_just_given() {
    check_positive(&[
        (
            "gave phone as double seven, double oh, nine double oh, five one nine, \
             then corrected last three to five nine one. Call dropped",
            Kind::Phone,
            "five nine one",
        ),
        (
            "my mobile is 07700 900519, sorry, last three are five nine one",
            Kind::Phone,
            "five nine one",
        ),
        (
            "my mobile is 07700 900519 no wait, it's 591 at the end",
            Kind::Phone,
            "591",
        ),
        (
            "my mobile is 07700 900413, not 413, 431",
            Kind::Phone,
            "431",
        ),
        (
            "call 01632 960117 - I meant 171 at the end",
            Kind::Phone,
            "171",
        ),
        (
            "07700 900519 (correction: last 3 digits 591)",
            Kind::Phone,
            "591",
        ),
        ("07700 900519, no wait, it ends 95", Kind::Phone, "95"),
        (
            "01632 960117, sorry, the last four are 0591.",
            Kind::Phone,
            "0591",
        ),
    ]);
    check_not_found(&[
        (
            "my mobile is 07700 900413. Sorry, it was about 200 metres away",
            "200",
        ),
        ("07700 900413. The call ending 20 minutes later", "20"),
        ("07700 900413 I mean 12 times he rang it", "12"),
        (
            "07700 900413. Last three calls were 591 seconds long",
            "591",
        ),
        (
            "07700 900413, then corrected last three to 591 people",
            "591",
        ),
        (
            "he said corrected last three to five nine one",
            "five nine one",
        ),
        ("07700 900413, no wait, it ends 5", "5"),
    ]);
}

/// Each case: input and a text that must not be found as any identifier.
fn check_not_found(cases: &[(&str, &str)]) {
    let d = detector();
    let mut failures = Vec::new();
    for (input, not) in cases {
        let got = found(&d, input);
        if got.iter().any(|(_, s)| s == not) {
            failures.push(format!("{input:?}: got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// A bare age in brackets or commas after the caller in a call note.
#[test]
fn a_bare_age_after_the_caller_in_a_call_note() {
    check_positive(&[
        ("C/L (34) states partner hit her", Kind::Age, "34"),
        ("Caller, 34, states partner hit her", Kind::Age, "34"),
        ("IP (34) states partner hit her", Kind::Age, "34"),
        ("the complainant (52) says", Kind::Age, "52"),
    ]);
    check_negative(&[
        ("Room (34) at the station", &[Kind::Age][..]),
        ("the caller rang at 10, 12, and 14 past", &[Kind::Age]),
        ("CAD (34) refers", &[Kind::Age]),
    ]);
    let d = detector();
    for text in ["C/L (34) states", "Caller, 34, states"] {
        let f = d.detect(text, &TextContext::new());
        assert!(
            f.iter()
                .any(|f| f.kind == Kind::Age && f.party_hint == Some(Party::Reporter)),
            "{text}: {f:?}"
        );
    }
}

/// A part of a registration after "starts", "begins", "ending", "something
/// like": the partial mark is still the reporter's identifier.
#[test]
fn partial_registrations_after_a_cue() {
    check_positive(&[
        (
            "its a white Transit, reg starts YX70. sorry",
            Kind::VehicleReg,
            "YX70",
        ),
        (
            "the plate begins with YX70 I think",
            Kind::VehicleReg,
            "YX70",
        ),
        ("his plate began with LS65 and", Kind::VehicleReg, "LS65"),
        (
            "the first part of the reg was KM19",
            Kind::VehicleReg,
            "KM19",
        ),
        ("my reg ending 4KD, please", Kind::VehicleReg, "4KD"),
        ("reg ends in 4KD", Kind::VehicleReg, "4KD"),
        (
            "a private plate, something like JT 55",
            Kind::VehicleReg,
            "JT 55",
        ),
        (
            "registration starting with bn 68",
            Kind::VehicleReg,
            "bn 68",
        ),
    ]);
    check_negative(&[
        (
            "he drove up the A470, reg starts in 2019",
            &[Kind::VehicleReg][..],
        ),
        ("the reg ends in 7 I think", &[Kind::VehicleReg]),
        (
            "he was on the M62 when the plate fell off",
            &[Kind::VehicleReg],
        ),
        (
            "crime ref 43/12345/24, the reg was not given",
            &[Kind::VehicleReg],
        ),
        ("in 2019 the reg started with a letter", &[Kind::VehicleReg]),
    ]);
}

/// "it's 12 ab…": a contraction's letter does not start a spaced postcode.
#[test]
fn a_contraction_does_not_start_a_spaced_postcode() {
    check_negative(&[
        ("my house, it's 591 at the end", &[Kind::Postcode][..]),
        ("my flat, he's 2 0 a b", &[Kind::Postcode]),
    ]);
    check_positive(&[("my postcode is W S 1 1 A A", Kind::Postcode, "W S 1 1 A A")]);
}

/// Postcodes, registrations and NINOs read out in the phonetic alphabet,
/// as callers and call handlers do; phonetic words in ordinary text, and
/// a phone read out after one, are not taken for one.
#[test]
fn identifiers_in_the_phonetic_alphabet() {
    check_positive(&[
        (
            "My postcode is Lima Sierra one four, four Delta Foxtrot.",
            Kind::Postcode,
            "Lima Sierra one four, four Delta Foxtrot",
        ),
        (
            "C/L postcode given as lima sierra 14 4 delta foxtrot",
            Kind::Postcode,
            "lima sierra 14 4 delta foxtrot",
        ),
        (
            "reg Yankee X-ray seven zero Bravo Charlie Delta",
            Kind::VehicleReg,
            "Yankee X-ray seven zero Bravo Charlie Delta",
        ),
        (
            "VRM given as Yankee Xray 70 Bravo Charlie Delta, silver Corsa",
            Kind::VehicleReg,
            "Yankee Xray 70 Bravo Charlie Delta",
        ),
        (
            "NI number Romeo Kilo five two six oh one three Alpha",
            Kind::Nino,
            "Romeo Kilo five two six oh one three Alpha",
        ),
        (
            "it's Bravo one, one Alpha Alpha",
            Kind::Postcode,
            "Bravo one, one Alpha Alpha",
        ),
        (
            "postcode Lima Sierra one four four Delta Foxtrot, phone oh seven seven double oh nine double oh four one two",
            Kind::Phone,
            "oh seven seven double oh nine double oh four one two",
        ),
        (
            "ask for Charlie, oh seven seven double oh nine double oh four one two",
            Kind::Phone,
            "oh seven seven double oh nine double oh four one two",
        ),
    ]);
    check_negative(&[
        (
            "we met at the Golf Hotel in Victor Street with Mike and Oscar",
            &[Kind::Postcode, Kind::VehicleReg, Kind::Nino],
        ),
        (
            "Echo 5 and Delta 7 were the call signs on the night",
            &[Kind::Postcode, Kind::VehicleReg, Kind::Nino],
        ),
        (
            "Charlie one one, Alpha two are units",
            &[Kind::Postcode, Kind::VehicleReg, Kind::Nino],
        ),
    ]);
}

/// Set 6: a handle after a label that names no platform, a badge number
/// with a space after its letters, a DOB with words between the label and
/// the date.
#[test]
fn set6_labels_before_handles_badges_and_dates_of_birth() {
    check_positive(&[
        (
            "My account name is abu.zayd.le4 so he can see",
            Kind::Handle,
            "abu.zayd.le4",
        ),
        ("her account name is kez_m_99.", Kind::Handle, "kez_m_99"),
        ("my user is dale_r88 on there", Kind::Handle, "dale_r88"),
        ("display name: mo.k_77", Kind::Handle, "mo.k_77"),
        (
            "The snap he made me add is lil_miss_sophie",
            Kind::Handle,
            "lil_miss_sophie",
        ),
        (
            "the insta she messages me from is jaz.x.21",
            Kind::Handle,
            "jaz.x.21",
        ),
        (
            "Caller's badge number is PH 2291, he asked",
            Kind::CollarNumber,
            "PH 2291",
        ),
        ("badge no: DS 4410", Kind::CollarNumber, "DS 4410"),
        (
            "DOB given for ID check 12/05/1979. Call ended",
            Kind::DateOfBirth,
            "12/05/1979",
        ),
        (
            "date of birth provided as 03/04/1987",
            Kind::DateOfBirth,
            "03/04/1987",
        ),
        (
            "D.O.B. confirmed for security 1.2.1990",
            Kind::DateOfBirth,
            "1.2.1990",
        ),
    ]);
    check_negative(&[
        ("the user was banned from the group", &[Kind::Handle]),
        ("the snap he sent me was awful", &[Kind::Handle]),
        ("my account name is on the letter", &[Kind::Handle]),
        ("the DOB check was done on 12/05/2026", &[Kind::DateOfBirth]),
        ("badge number is PH 2291 900123", &[Kind::CollarNumber]),
    ]);
}

/// Curly and modifier apostrophes, as phones and word processors type
/// them, are read as the ASCII apostrophe: "I’m 34" is an age, "I’m on
/// Acacia Avenue" an address, like their ASCII forms.
#[test]
fn curly_apostrophes_read_as_ascii() {
    check_positive(&[
        ("my number is 07700 900812 and I’m 34", Kind::Age, "34"),
        (
            "I’m on Acacia Avenue, by the shop",
            Kind::Address,
            "Acacia Avenue",
        ),
        (
            "I’m living in a flat off Brackenfield Road.",
            Kind::Address,
            "Brackenfield Road",
        ),
        ("Iʼm 29 and scared", Kind::Age, "29"),
        (
            "I'm off Brackenfield Road, near the shops",
            Kind::Address,
            "Brackenfield Road",
        ),
        ("im living on Acacia Avenue", Kind::Address, "Acacia Avenue"),
    ]);
    check_negative(&[(
        "he’s on Acacia Avenue most days, it’s where the station is",
        &[Kind::Age],
    )]);
}
