use super::*;
use crate::dangerous::insecure_test_key;
use crate::model::Report;
use crate::review::HintCategory;

fn anonymiser() -> Anonymiser {
    Anonymiser::builder()
        .key(insecure_test_key())
        .build()
        .unwrap()
}

const WORKED: &str = r#"{
  "schema_version": 1,
  "id": "r-2026-000777",
  "channel": "online",
  "categories": ["domestic_abuse"],
  "subjects": [{"name": "Daniel Reeves", "role": "officer", "rank": "PC", "collar_number": "4471", "force": "West Midlands Police"}],
  "narrative": "My name is Jo Bloggs. My ex-partner is PC 4471 Daniel Reeves of West Midlands Police. He still turns up at 12 Acacia Avenue, Walsall WS1 1AA and texts me on 07700 900 123 at all hours. Reeves told me nobody would believe me.",
  "reporter": {"mode": "confidential", "contact": {"name": "Jo Bloggs", "phone": "+44 7700 900123", "address": "12 Acacia Avenue, Walsall", "postcode": "WS1 1AA"}}
}"#;

#[test]
fn worked_example_keeps_the_officer_and_protects_the_reporter() {
    let report = Report::from_json(WORKED).unwrap();
    let out = anonymiser().anonymise(&report).unwrap();
    let n = &out.narrative;
    for kept in [
        "PC 4471",
        "Daniel Reeves",
        "West Midlands Police",
        "Reeves told me",
    ] {
        assert!(n.contains(kept), "{kept:?} missing from {n}");
    }
    for gone in [
        "Jo", "Bloggs", "900 123", "900123", "Acacia", "WS1 1AA", "WS11AA",
    ] {
        assert!(!n.contains(gone), "{gone:?} leaked in {n}");
    }
    assert!(n.contains("[PHONE:test:"), "{n}");
    assert!(n.contains("[PERSON:test:"), "{n}");
    assert!(
        out.review
            .iter()
            .any(|h| h.category == HintCategory::Relationship),
        "{:?}",
        out.review
    );
    let json = out.to_json().unwrap();
    assert!(
        !json.contains("Bloggs") && !json.contains("900123"),
        "{json}"
    );
    assert!(out.reporter.contact_token.is_some());
    assert_eq!(
        out.force.as_ref().map(|f| f.code.as_str()),
        Some("west-midlands")
    );
}

#[test]
fn hints_point_into_the_output_text() {
    let report = Report::from_json(WORKED).unwrap();
    let out = anonymiser().anonymise(&report).unwrap();
    for h in &out.review {
        assert_eq!(h.field, "narrative");
        let phrase = out.narrative.get(h.range.clone()).unwrap();
        assert!(!phrase.is_empty());
    }
    let rel = out
        .review
        .iter()
        .find(|h| h.category == HintCategory::Relationship)
        .unwrap();
    assert!(
        out.narrative[rel.range.clone()]
            .to_lowercase()
            .contains("ex-partner")
    );
}

#[test]
fn same_contact_details_in_other_spellings_give_the_same_contact_token() {
    let a = Report::from_json(WORKED).unwrap();
    let b = Report::from_json(
        &WORKED
            .replace("\"+44 7700 900123\"", "\"07700-900-123\"")
            .replace("\"WS1 1AA\"", "\"ws11aa\""),
    )
    .unwrap();
    let an = anonymiser();
    let ta = an.anonymise(&a).unwrap().reporter.contact_token;
    let tb = an.anonymise(&b).unwrap().reporter.contact_token;
    assert!(ta.is_some());
    assert_eq!(ta, tb);
}

#[test]
fn anonymising_is_deterministic_and_idempotent() {
    let an = anonymiser();
    let report = Report::from_json(WORKED).unwrap();
    let first = an.anonymise(&report).unwrap();
    let second = an.anonymise(&report).unwrap();
    assert_eq!(first, second);
    let ctx = TextContext::for_report(&report);
    let again = an.anonymise_text(&first.narrative, &ctx).unwrap();
    assert_eq!(again.text, first.narrative);
}

#[test]
fn building_without_a_key_fails_with_a_typed_error() {
    let err = Anonymiser::builder().build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidKey);
}

#[test]
fn text_over_the_limit_is_an_error_not_a_truncation() {
    let an = Anonymiser::builder()
        .key(insecure_test_key())
        .max_text_bytes(10)
        .build()
        .unwrap();
    let err = an
        .anonymise_text("call me on 07700 900123", &TextContext::new())
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::LimitExceeded);
    assert!(!err.to_string().contains("900123"));
}

#[test]
fn per_force_scope_gives_different_tokens_to_different_forces() {
    let an = Anonymiser::builder()
        .key(insecure_test_key())
        .scope_per_force()
        .build()
        .unwrap();
    let a = Report::from_json(WORKED).unwrap();
    let b = Report::from_json(&WORKED.replace("West Midlands Police", "GMP")).unwrap();
    let ta = an.anonymise(&a).unwrap().reporter.contact_token;
    let tb = an.anonymise(&b).unwrap().reporter.contact_token;
    assert_ne!(ta, tb);
}

#[test]
fn anonymiser_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Anonymiser>();
}

/// A report whose narrative introduces (or signs off with) the reporter's
/// name, which the contact block does not declare, and whose other fields
/// repeat it with no cue.
fn report_naming_the_reporter(narrative: &str, location: &str, description: &str) -> Report {
    let json = serde_json::json!({
        "schema_version": 1,
        "categories": ["abuse_of_position"],
        "subjects": [{"name": "Daniel Reeves", "rank": "PC", "description": description}],
        "incident": {"location": location},
        "narrative": narrative,
        "reporter": {"mode": "anonymous"},
    });
    Report::from_json(&json.to_string()).unwrap()
}

#[test]
fn a_reporter_name_from_the_narrative_is_protected_in_the_other_fields() {
    let a = anonymiser();
    for (narrative, location, description, name) in [
        (
            "My name is Marla Quenby and PC Reeves keeps following me.",
            "outside Marla Quenby's flat",
            "He shouts Quenby at me in the street.",
            "Quenby",
        ),
        (
            "PC Reeves parks outside every night.\nThanks, Ottoline",
            "by the house where Ottoline lives",
            "He asked for Ottoline by name.",
            "Ottoline",
        ),
        (
            "I'm Tamsin Gorrell. Daniel Reeves took my phone.",
            "Gorrell family home",
            "Reeves told Tamsin Gorrell to keep quiet.",
            "Gorrell",
        ),
    ] {
        let report = report_naming_the_reporter(narrative, location, description);
        let out = a.anonymise(&report).unwrap();
        let json = out.to_json().unwrap();
        assert!(!json.contains(name), "{name:?} leaked: {json}");
        // The officer's name stays as written.
        assert!(json.contains("Reeves"), "{json}");
    }
}

#[test]
fn carried_names_never_swallow_the_officer() {
    // A name the narrative attributes to the reporter that is the officer's
    // declared name is not carried into the other fields.
    let mut ctx = TextContext::new();
    ctx.add_known(Kind::Name, "Daniel Reeves", Party::Subject);
    assert!(!super::report::carry_reporter_names(
        &mut ctx,
        &["Reeves".to_owned(), "daniel  REEVES".to_owned()]
    ));
    assert_eq!(ctx.known().len(), 1);
    assert!(super::report::carry_reporter_names(
        &mut ctx,
        &["Jo Bloggs".to_owned(), " ".to_owned()]
    ));
    assert_eq!(ctx.known().len(), 2);
    // Already known: nothing new, no second matcher.
    assert!(!super::report::carry_reporter_names(
        &mut ctx,
        &["jo bloggs".to_owned()]
    ));
}

#[test]
fn without_a_reporter_name_the_other_fields_are_unchanged() {
    let a = anonymiser();
    let report = report_naming_the_reporter(
        "PC Reeves took cash from the till.",
        "Station Road car park",
        "Tall, beard, drives a silver Golf.",
    );
    let out = a.anonymise(&report).unwrap();
    let json = out.to_json().unwrap();
    assert!(json.contains("Station Road car park"), "{json}");
    assert!(
        json.contains("Tall, beard, drives a silver Golf."),
        "{json}"
    );
}

#[test]
fn a_reporter_address_from_the_narrative_is_protected_in_the_other_fields() {
    let a = anonymiser();
    for (narrative, location, street) in [
        (
            "PC Reeves parks outside our house every night, our house is Brookfield, 3 Moor End Lane.",
            "Moor End Lane, Halifax",
            "Moor End Lane",
        ),
        (
            "I live at 14 Larchwood Avenue and PC Reeves drives past slowly.",
            "outside 14 Larchwood Avenue",
            "Larchwood",
        ),
    ] {
        let report = report_naming_the_reporter(narrative, location, "tall");
        let out = a.anonymise(&report).unwrap().to_json().unwrap();
        assert!(!out.contains(street), "{street} left in {out}");
        assert!(out.contains("Reeves"), "the officer kept: {out}");
    }
    // An address the narrative protects without knowing whose it is
    // ("Resident: ..., 3 Front Street") is protected in the location too.
    let report = report_naming_the_reporter(
        "Resident: 3 Front Street, Pelton. PC Reeves took £60 from her.",
        "Front Street, Pelton",
        "tall",
    );
    let out = a.anonymise(&report).unwrap().to_json().unwrap();
    assert!(!out.contains("Front Street"), "{out}");
    assert!(out.contains("Reeves"), "the officer kept: {out}");
    // A place named only in the location, never the reporter's, is kept.
    let report = report_naming_the_reporter(
        "PC Reeves took cash from the till.",
        "Market Street, Halifax",
        "tall",
    );
    let out = a.anonymise(&report).unwrap().to_json().unwrap();
    assert!(out.contains("Market Street"), "{out}");
}
