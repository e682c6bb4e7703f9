//! Tests of the scoring module (tests/support/score.rs) on hand-made
//! annotations and detections whose metrics are worked out by hand.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "support/score.rs"]
mod score;

use score::{Annotation, Detection, Score};

/// Byte range of the first occurrence of `needle` in `text` (test helper,
/// independent of the code under test).
fn at(text: &str, needle: &str) -> (usize, usize) {
    let s = text.find(needle).expect("needle in text");
    (s, s + needle.len())
}

fn ann(text: &str, needle: &str, kind: &str, party: &str) -> Annotation {
    let (s, e) = at(text, needle);
    Annotation::new(kind, party, s, e)
}

fn det(text: &str, needle: &str, kind: &str) -> Detection {
    let (s, e) = at(text, needle);
    Detection::new(kind, s, e)
}

const F1: &str = "call 07700 900123 or jo@example.com, PC 4471 took £500 at 07:30";
const F2: &str = "I'm Jo Bloggs, 12 Cedar Close, B23 6TH since 2019";

fn field1() -> (Vec<Annotation>, Vec<Detection>) {
    let anns = vec![
        ann(F1, "07700 900123", "phone", "reporter"),
        ann(F1, "jo@example.com", "email", "reporter").disguised(true),
        ann(F1, "4471", "collar_number", "subject"),
        ann(F1, "£500", "money", "lookalike"),
        ann(F1, "07:30", "time", "lookalike"),
    ];
    let dets = vec![
        det(F1, "07700", "phone"),           // half of the phone ...
        det(F1, "900123", "account_number"), // ... and the other half
        det(F1, "jo@example", "email"),      // misses "com": not found
        det(F1, "PC 4471", "collar_number"),
        det(F1, "£500", "card"), // false positive on a look-alike
        det(F1, "07:30", "time"),
    ];
    (anns, dets)
}

fn field2() -> (Vec<Annotation>, Vec<Detection>) {
    let anns = vec![
        ann(F2, "Jo Bloggs", "name", "reporter"),
        ann(F2, "12 Cedar Close", "address", "reporter"),
        ann(F2, "B23 6TH", "postcode", "reporter"),
        ann(F2, "2019", "year", "lookalike"),
    ];
    let dets = vec![
        det(F2, "Jo Bloggs", "name"),
        det(F2, "12 Cedar Close, B23 6TH", "address"), // covers two values
        det(F2, "I'm", "phone"),                       // false positive
        det(F2, "2019", "time"),                       // time: allowed
    ];
    (anns, dets)
}

fn hand_score() -> Score {
    let mut s = Score::new();
    let (a, d) = field1();
    s.add_field(F1, &a, &d);
    let (a, d) = field2();
    s.add_field(F2, &a, &d);
    s
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn hand_computed_metrics() {
    let s = hand_score();
    assert_eq!(s.fields, 2);
    // 6 identifying values, 5 found (the email is only partly covered)
    assert!(
        close(s.overall_recall(), 5.0 / 6.0),
        "{:?}",
        s.overall_recall()
    );
    assert!(close(s.recall("phone"), 1.0));
    assert!(close(s.recall("email"), 0.0));
    assert!(close(s.recall("postcode"), 1.0));
    assert_eq!(s.recall("nino"), None);
    // 8 non-time detections, 6 overlap a value ("£500" card and "I'm" are false)
    assert_eq!((s.true_detections, s.detections), (6, 8));
    assert!(close(s.precision(), 0.75));
    // reporter: phone, email, name, address, postcode; the email is missed
    assert!(close(s.reporter_leak_rate(), 0.2));
    // look-alikes: £500 touched by a card detection; 07:30 and 2019 only by time
    assert!(close(s.lookalike_keep_rate(), 2.0 / 3.0));
    assert_eq!(s.lookalikes["money"].kept, 0);
    assert_eq!(s.lookalikes["year"].kept, 1);
    // disguised: the one email, not found
    assert!(close(s.disguised_recall(), 0.0));
}

#[test]
fn hand_computed_per_kind() {
    let s = hand_score();
    let phone = &s.per_kind["phone"];
    assert_eq!(
        (
            phone.values,
            phone.found,
            phone.overlapped,
            phone.kind_agrees
        ),
        (1, 1, 1, 1)
    );
    assert_eq!((phone.detections, phone.true_detections), (2, 1));
    assert!(close(s.kind_precision("phone"), 0.5));
    let email = &s.per_kind["email"];
    assert_eq!(
        (
            email.values,
            email.found,
            email.overlapped,
            email.kind_agrees
        ),
        (1, 0, 1, 0)
    );
    assert_eq!((email.disguised, email.disguised_found), (1, 0));
    let postcode = &s.per_kind["postcode"];
    // found through an address detection: found, but the kind disagrees
    assert_eq!(
        (postcode.found, postcode.kind_agrees, postcode.detections),
        (1, 0, 0)
    );
    let acct = &s.per_kind["account_number"];
    assert_eq!(
        (acct.values, acct.detections, acct.true_detections),
        (0, 1, 1)
    );
    let card = &s.per_kind["card"];
    assert_eq!((card.detections, card.true_detections), (1, 0));
    let time = &s.per_kind["time"];
    assert_eq!((time.detections, time.true_detections), (2, 0));
    assert_eq!(s.per_party["subject"].found, 1);
    assert_eq!(s.per_party["reporter"].values, 5);
    assert_eq!(s.per_party["reporter"].found, 4);
}

#[test]
fn merge_equals_adding_fields_together() {
    let mut a = Score::new();
    let (an, d) = field1();
    a.add_field(F1, &an, &d);
    let mut b = Score::new();
    let (an, d) = field2();
    b.add_field(F2, &an, &d);
    a.merge(&b);
    assert_eq!(a, hand_score());
}

#[test]
fn separators_and_invisible_characters_need_no_cover() {
    let text = "ring 0770\u{200B}0 900-123 now";
    let (s, e) = at(text, "0770\u{200B}0 900-123");
    let a = vec![Annotation::new("phone", "reporter", s, e)];
    // three detections around the zero-width space, the space and the hyphen
    let d = vec![
        det(text, "0770", "phone"),
        Detection::new("phone", s + 7, s + 8), // the "0" after the ZWSP
        det(text, "900", "phone"),
        det(text, "123", "phone"),
    ];
    let mut sc = Score::new();
    sc.add_field(text, &a, &d);
    assert!(close(sc.recall("phone"), 1.0));
    // without the lone "0" the value is not fully covered
    let mut sc = Score::new();
    sc.add_field(text, &a, &[d[0].clone(), d[2].clone(), d[3].clone()]);
    assert!(close(sc.recall("phone"), 0.0));
    assert_eq!(sc.per_kind["phone"].overlapped, 1);
}

#[test]
fn no_detections_means_nothing_found_and_everything_kept() {
    let (a, _) = field1();
    let mut s = Score::new();
    s.add_field(F1, &a, &[]);
    assert!(close(s.overall_recall(), 0.0));
    assert!(close(s.reporter_leak_rate(), 1.0));
    assert!(close(s.lookalike_keep_rate(), 1.0));
    assert_eq!(s.precision(), None);
}

#[test]
fn bad_ranges_do_not_panic_and_are_not_found() {
    let text = "£500 é";
    let a = vec![
        Annotation::new("phone", "reporter", 1, 3), // inside the £ sign
        Annotation::new("phone", "reporter", 50, 60), // past the end
        Annotation::new("phone", "reporter", 4, 2), // reversed
    ];
    let d = vec![
        Detection::new("phone", 0, 100),
        Detection::new("phone", 3, 3),
    ];
    let mut s = Score::new();
    s.add_field(text, &a, &d);
    assert_eq!(s.per_kind["phone"].found, 0);
    assert_eq!(s.per_kind["phone"].values, 3);
    // the empty detection overlaps nothing: a false positive
    assert_eq!(s.true_detections, 1);
    assert_eq!(s.detections, 2);
}

#[test]
fn floors() {
    let mut good = Score::new();
    let text = "x";
    for &(kind, _) in score::RECALL_FLOORS {
        good.add_field(
            text,
            &[Annotation::new(kind, "reporter", 0, 1)],
            &[Detection::new(kind, 0, 1)],
        );
    }
    good.add_field(text, &[Annotation::new("money", "lookalike", 0, 1)], &[]);
    assert_eq!(good.floor_failures(), Vec::<String>::new());

    // one missed phone among 100 found: 99% < 99.5%
    let mut bad = good.clone();
    for _ in 0..99 {
        bad.add_field(
            text,
            &[Annotation::new("phone", "reporter", 0, 1)],
            &[Detection::new("phone", 0, 1)],
        );
    }
    bad.add_field(text, &[Annotation::new("phone", "reporter", 0, 1)], &[]);
    let f = bad.floor_failures();
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].starts_with("recall phone"), "{f:?}");

    // an empty score fails every floor
    assert_eq!(
        Score::new().floor_failures().len(),
        score::RECALL_FLOORS.len() + 2
    );
}

#[test]
fn table_mentions_every_kind() {
    let t = hand_score().table();
    for kind in [
        "phone", "email", "postcode", "card", "time", "money", "year",
    ] {
        assert!(t.contains(kind), "{kind} missing from\n{t}");
    }
    assert!(t.contains("75.0%"), "{t}");
}
