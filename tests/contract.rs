//! The JSON contract v1, the taxonomy and the registry, as a front end sees
//! them.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use report_shield::{
    Category, Contact, Date, Disseminated, ErrorKind, Force, IncidentDate, Limits, Rank, Report,
    Reporter, ReporterMode, Subject, Unit,
};
use serde_json::{Value, json};

fn readme() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    std::fs::read_to_string(path).expect("README.md is readable")
}

/// The first ```json block of the README.
fn readme_sample() -> String {
    let text = readme();
    let start = text.find("```json\n").expect("README has a ```json block") + "```json\n".len();
    let len = text[start..].find("```").expect("the json block is closed");
    text[start..start + len].to_owned()
}

fn sample_value() -> Value {
    serde_json::from_str(&readme_sample()).expect("README sample is JSON")
}

fn with(mut v: Value, path: &[&str], new: Value) -> String {
    let mut cur = &mut v;
    for (i, p) in path.iter().enumerate() {
        if i + 1 == path.len() {
            cur.as_object_mut().unwrap().insert((*p).to_owned(), new);
            break;
        }
        cur = if let Ok(n) = p.parse::<usize>() {
            &mut cur[n]
        } else {
            &mut cur[*p]
        };
    }
    v.to_string()
}

fn without(mut v: Value, field: &str) -> String {
    v.as_object_mut().unwrap().remove(field);
    v.to_string()
}

/// Every string value in the sample: none may appear in an error message.
fn sample_strings() -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            // Free text only: enum codes such as "confidential" may be named.
            Value::String(s)
                if s.len() > 3 && !s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') =>
            {
                out.push(s.clone())
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&sample_value(), &mut out);
    out
}

fn assert_clean(msg: &str, extra: &[&str]) {
    for s in sample_strings()
        .iter()
        .map(String::as_str)
        .chain(extra.iter().copied())
    {
        assert!(!msg.contains(s), "error message {msg:?} leaks {s:?}");
    }
}

#[test]
fn readme_sample_round_trips() {
    let text = readme_sample();
    let report = Report::from_json(&text).expect("README sample is a valid report");
    let back: Value = serde_json::from_str(&report.to_json().unwrap()).unwrap();
    assert_eq!(back, sample_value());
    let pretty: Value = serde_json::from_str(&report.to_json_pretty().unwrap()).unwrap();
    assert_eq!(pretty, sample_value());
    // And through bytes.
    assert_eq!(Report::from_slice(text.as_bytes()).unwrap(), report);

    assert_eq!(
        report.categories,
        vec![Category::Bribery, Category::Discrimination]
    );
    assert_eq!(report.reporter.mode, ReporterMode::Confidential);
    let s = &report.subjects[0];
    assert_eq!(s.rank, Some(Rank::Constable));
    assert_eq!(
        s.force.as_ref().and_then(|f| f.force()).map(|f| f.code),
        Some("west-midlands")
    );
    let routing = report.routing();
    assert_eq!(routing.unit, Unit::AntiCorruption);
    assert_eq!(routing.force.map(|f| f.name), Some("West Midlands Police"));
}

#[test]
fn rank_forms_are_normalised_on_the_way_through() {
    for (given, code) in [
        ("PC", "constable"),
        ("Det. Sgt", "detective_sergeant"),
        ("ch supt", "chief_superintendent"),
    ] {
        let text = with(sample_value(), &["subjects", "0", "rank"], json!(given));
        let r = Report::from_json(&text).unwrap();
        let back: Value = serde_json::from_str(&r.to_json().unwrap()).unwrap();
        assert_eq!(back["subjects"][0]["rank"], json!(code));
    }
}

#[test]
fn unknown_field_is_named_without_values() {
    let text = with(sample_value(), &["favourite_colour"], json!("07700 900555"));
    let e = Report::from_json(&text).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownField);
    assert!(e.to_string().contains("favourite_colour"), "{e}");
    assert_clean(&e.to_string(), &["07700 900555"]);

    let text = with(sample_value(), &["subjects", "0", "shoe_size"], json!("9"));
    let e = Report::from_json(&text).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownField);
    assert!(e.to_string().contains("subjects[0].shoe_size"), "{e}");

    let text = with(
        sample_value(),
        &["reporter", "contact", "mobile"],
        json!("07700 900556"),
    );
    let e = Report::from_json(&text).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownField);
    assert!(e.to_string().contains("reporter.contact.mobile"), "{e}");
    assert_clean(&e.to_string(), &["07700 900556"]);

    // A key that is itself a value is not echoed.
    let text = with(sample_value(), &["jo@example.com"], json!(1));
    let e = Report::from_json(&text).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownField);
    assert!(e.to_string().contains("an unknown field"), "{e}");
    assert_clean(&e.to_string(), &["jo@example.com", "jo@"]);
    let text = with(sample_value(), &["subjects", "0", "07700 900557"], json!(1));
    let e = Report::from_json(&text).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownField);
    assert_clean(&e.to_string(), &["07700 900557", "900557"]);
}

#[test]
fn unknown_schema_version_is_named() {
    for (v, shown) in [
        (json!(2), Some("2")),
        (json!(0), Some("0")),
        (json!(99), Some("99")),
    ] {
        let e = Report::from_json(&with(sample_value(), &["schema_version"], v)).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnsupportedVersion);
        assert!(e.to_string().contains("schema_version"), "{e}");
        assert!(e.to_string().contains(shown.unwrap()), "{e}");
    }
    for v in [
        json!("07700900123"),
        json!(-1),
        json!(1.5),
        json!(7_700_900_123_u64),
        json!({"v": "x"}),
        json!(null),
    ] {
        let e =
            Report::from_json(&with(sample_value(), &["schema_version"], v.clone())).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::UnsupportedVersion, "{v}");
        assert_clean(&e.to_string(), &["07700900123", "7700900123"]);
    }
    // A version-2 document with new fields still gets the version error.
    let mut v = sample_value();
    v["schema_version"] = json!(2);
    v["new_in_v2"] = json!(true);
    let e = Report::from_json(&v.to_string()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnsupportedVersion);
    let e = Report::from_json(&without(sample_value(), "schema_version")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::MissingField);
    assert!(e.to_string().contains("schema_version"));
}

#[test]
fn missing_narrative_is_named() {
    let e = Report::from_json(&without(sample_value(), "narrative")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::MissingField);
    assert!(e.to_string().contains("narrative"), "{e}");
    assert_clean(&e.to_string(), &[]);

    let e = Report::from_json(&without(sample_value(), "categories")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::MissingField);
    assert!(e.to_string().contains("categories"), "{e}");

    for blank in ["", "   ", "\n\t "] {
        let e = Report::from_json(&with(sample_value(), &["narrative"], json!(blank))).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidReport);
        assert!(e.to_string().contains("narrative"), "{e}");
    }
    let e = Report::from_json(&with(sample_value(), &["categories"], json!([]))).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidReport);
    assert!(e.to_string().contains("categories"));
}

#[test]
fn anonymous_with_contact_is_rejected_without_values() {
    let text = with(sample_value(), &["reporter", "mode"], json!("anonymous"));
    let e = Report::from_json(&text).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidReport);
    assert!(e.to_string().contains("reporter.contact"), "{e}");
    assert!(e.to_string().contains("anonymous"), "{e}");
    let realistic = json!({"mode": "anonymous", "contact": {"phone": "07700 900123", "email": "sam@example.com"}});
    let e = Report::from_json(&with(sample_value(), &["reporter"], realistic)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidReport);
    assert_clean(&e.to_string(), &["07700 900123", "sam@example.com"]);
    // An anonymous report without contact is fine, and so is no reporter.
    Report::from_json(&with(
        sample_value(),
        &["reporter"],
        json!({"mode": "anonymous"}),
    ))
    .unwrap();
    let r = Report::from_json(&without(sample_value(), "reporter")).unwrap();
    assert_eq!(r.reporter.mode, ReporterMode::Anonymous);
}

#[test]
fn confidential_needs_a_way_to_reach_them() {
    let cases = [
        (json!({"mode": "confidential"}), false),
        (json!({"mode": "confidential", "contact": {}}), false),
        (
            json!({"mode": "confidential", "contact": {"name": "Sam Example", "best_time": "evenings"}}),
            false,
        ),
        (
            json!({"mode": "confidential", "contact": {"phone": "  "}}),
            false,
        ),
        (
            json!({"mode": "confidential", "contact": {"phone": "07700 900123"}}),
            true,
        ),
        (
            json!({"mode": "confidential", "contact": {"email": "sam@example.com"}}),
            true,
        ),
        (
            json!({"mode": "confidential", "contact": {"address": "1 Example Road"}}),
            true,
        ),
        (
            json!({"mode": "confidential", "contact": {"postcode": "ZZ1 1ZZ"}}),
            true,
        ),
    ];
    for (reporter, ok) in cases {
        let r = Report::from_json(&with(sample_value(), &["reporter"], reporter.clone()));
        assert_eq!(r.is_ok(), ok, "{reporter}");
        if let Err(e) = r {
            assert_eq!(e.kind(), ErrorKind::InvalidReport);
            assert!(e.to_string().contains("reporter.contact"));
            assert_clean(&e.to_string(), &["Sam Example", "evenings"]);
        }
    }
}

#[test]
fn wrong_values_name_the_field_and_not_the_value() {
    let cases: Vec<(Vec<&str>, Value, &str)> = vec![
        (
            vec!["subjects", "0", "rank"],
            json!("Grand Wizard 07700900999"),
            "subjects[0].rank",
        ),
        (
            vec!["subjects", "0", "role"],
            json!("07700 900999"),
            "subjects[0].role",
        ),
        (
            vec!["channel"],
            json!("carrier pigeon 07700900999"),
            "channel",
        ),
        (
            vec!["categories"],
            json!(["bribery", "07700900999"]),
            "categories[1]",
        ),
        (
            vec!["incident", "date"],
            json!("2026-02-30"),
            "incident.date",
        ),
        (
            vec!["incident", "date"],
            json!({"from": "2026-11-20", "to": "2026-11-01"}),
            "incident.date",
        ),
        (
            vec!["incident", "date"],
            json!({"from": "2026-11-20", "to": "07700900999"}),
            "incident.date.to",
        ),
        (
            vec!["incident", "date"],
            json!({"from": "2026-11-20", "until": "2026-11-21"}),
            "incident.date",
        ),
        (
            vec!["incident", "on_duty"],
            json!("07700900999"),
            "incident.on_duty",
        ),
        (vec!["received"], json!("07700900999"), "received"),
        (
            vec!["attachments", "0", "size_bytes"],
            json!("07700900999"),
            "attachments[0].size_bytes",
        ),
        (
            vec!["reporter", "contact", "phone"],
            json!(7_700_900_999_u64),
            "reporter.contact.phone",
        ),
        (
            vec!["discrimination"],
            json!(["07700900999"]),
            "discrimination[0]",
        ),
    ];
    for (path, value, field) in cases {
        let e = Report::from_json(&with(sample_value(), &path, value.clone())).unwrap_err();
        assert!(
            matches!(e.kind(), ErrorKind::InvalidReport | ErrorKind::UnknownField),
            "{field}: {e:?}"
        );
        assert!(e.to_string().contains(field), "{field}: {e}");
        assert_clean(
            &e.to_string(),
            &["07700900999", "7700900999", "Grand Wizard", "pigeon"],
        );
        assert_clean(&format!("{e:?}"), &["07700900999", "7700900999"]);
    }
}

#[test]
fn discrimination_only_with_its_category() {
    let text = with(sample_value(), &["categories"], json!(["bribery"]));
    let e = Report::from_json(&text).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidReport);
    assert!(e.to_string().contains("discrimination"));
    let mut v = sample_value();
    v["categories"] = json!(["bribery"]);
    v.as_object_mut().unwrap().remove("discrimination");
    Report::from_json(&v.to_string()).unwrap();
    let e = Report::from_json(&with(
        sample_value(),
        &["categories"],
        json!(["bribery", "bribery"]),
    ))
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidReport);
}

#[test]
fn date_ranges_and_real_dates() {
    let ok = with(
        sample_value(),
        &["incident", "date"],
        json!({"from": "2024-02-29", "to": "2024-03-01"}),
    );
    let r = Report::from_json(&ok).unwrap();
    let d = r.incident.as_ref().unwrap().date.unwrap();
    assert_eq!(
        d,
        IncidentDate::Between(report_shield::DateRange::new(
            Date::parse("2024-02-29").unwrap(),
            Date::parse("2024-03-01").unwrap()
        ))
    );
    let back: Value = serde_json::from_str(&r.to_json().unwrap()).unwrap();
    assert_eq!(
        back["incident"]["date"],
        json!({"from": "2024-02-29", "to": "2024-03-01"})
    );
    let same = with(
        sample_value(),
        &["incident", "date"],
        json!({"from": "2026-11-20", "to": "2026-11-20"}),
    );
    Report::from_json(&same).unwrap();
    for bad in [
        "2023-02-29",
        "2026-11-31",
        "20-11-2026",
        "2026-11-20T10:00:00Z",
        "",
    ] {
        let e = Report::from_json(&with(sample_value(), &["incident", "date"], json!(bad)))
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidReport, "{bad}");
    }
    // on_duty may be null.
    let r =
        Report::from_json(&with(sample_value(), &["incident", "on_duty"], Value::Null)).unwrap();
    assert_eq!(r.incident.unwrap().on_duty, None);
}

#[test]
fn limits_are_errors_not_truncation() {
    let big = "a".repeat(64 * 1024 + 1);
    let e = Report::from_json(&with(sample_value(), &["narrative"], json!(big))).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded);
    assert!(
        e.to_string().contains("narrative") && e.to_string().contains("65536"),
        "{e}"
    );
    let exact = "a".repeat(64 * 1024);
    Report::from_json(&with(sample_value(), &["narrative"], json!(exact))).unwrap();

    let subject = sample_value()["subjects"][0].clone();
    let e = Report::from_json(&with(
        sample_value(),
        &["subjects"],
        json!(vec![subject.clone(); 21]),
    ))
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded);
    assert!(
        e.to_string().contains("subjects") && e.to_string().contains("20"),
        "{e}"
    );
    Report::from_json(&with(
        sample_value(),
        &["subjects"],
        json!(vec![subject; 20]),
    ))
    .unwrap();

    let att = sample_value()["attachments"][0].clone();
    let e = Report::from_json(&with(
        sample_value(),
        &["attachments"],
        json!(vec![att; 51]),
    ))
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded);
    assert!(e.to_string().contains("attachments"));

    let e = Report::from_json(&with(
        sample_value(),
        &["subjects", "0", "description"],
        json!("b".repeat(4097)),
    ))
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded);
    assert!(e.to_string().contains("subjects[0].description"), "{e}");
    let e = Report::from_json(&with(
        sample_value(),
        &["reporter", "contact", "phone"],
        json!("9".repeat(1025)),
    ))
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded);
    assert!(e.to_string().contains("reporter.contact.phone"), "{e}");
    let e = Report::from_json(&with(
        sample_value(),
        &["subjects", "0", "online_handles"],
        json!(vec!["@x"; 11]),
    ))
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded);

    // The whole input, before parsing.
    let huge = format!("{}{}", " ".repeat(1024 * 1024), readme_sample());
    let e = Report::from_json(&huge).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded);

    // Custom limits.
    let limits = Limits::default()
        .with_max_subjects(0)
        .with_max_narrative_bytes(10);
    let e = Report::from_json_with_limits(&readme_sample(), &limits).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded);
}

#[test]
fn malformed_input_is_a_json_error() {
    let cases: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"{".to_vec(),
        b"[1,2,3]".to_vec(),
        b"\"07700900123\"".to_vec(),
        b"null".to_vec(),
        b"{\"schema_version\": 1,}".to_vec(),
        vec![b'{', 0xff, 0xfe, b'}'],
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(),
        format!(
            "{{\"schema_version\":1,\"narrative\":{}1{}}}",
            "[".repeat(5000),
            "]".repeat(5000)
        )
        .into_bytes(),
        format!("{} trailing", readme_sample()).into_bytes(),
    ];
    for bytes in cases {
        let e = Report::from_slice(&bytes).unwrap_err();
        assert!(
            matches!(e.kind(), ErrorKind::Json | ErrorKind::InvalidReport),
            "{:?}",
            e
        );
        assert_clean(&e.to_string(), &["07700900123", "trailing"]);
    }
    let deep = format!(
        "{{\"schema_version\":1,\"categories\":[\"other\"],\"narrative\":\"x\",\"incident\":{}}}",
        "{\"date\":".repeat(300)
    );
    let e = Report::from_json(&deep).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Json);
    let e = Report::from_json(&format!("{}{}", "[".repeat(1000), "]".repeat(1000))).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Json);
    let nested = format!(
        "{{\"schema_version\":{}1{}}}",
        "[".repeat(1000),
        "]".repeat(1000)
    );
    let e = Report::from_json(&nested).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Json);
    assert!(e.to_string().contains("nested too deeply"), "{e}");
    // A top-level array is not a report, even one serde could read.
    for t in ["[1]", " [1, \"2026-01-01\"]", "1", "\"x\""] {
        let e = Report::from_json(t).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Json, "{t}");
        assert!(e.to_string().contains("JSON object"), "{e}");
    }
}

#[test]
fn debug_output_never_shows_reporter_values() {
    let r = Report::from_json(&with(
        sample_value(),
        &["reporter"],
        json!({"mode": "confidential", "contact": {"name": "Sam Example", "phone": "07700 900123", "email": "sam@example.com", "address": "1 Example Road", "postcode": "ZZ1 1ZZ", "best_time": "after nine"}}),
    ))
    .unwrap();
    let dbg = format!("{r:?} {:?} {:#?}", r.reporter, r);
    for v in [
        "Sam Example",
        "07700 900123",
        "sam@example.com",
        "1 Example Road",
        "ZZ1 1ZZ",
        "after nine",
        "free text",
        "IMG_2041",
        "r-2026-000123",
    ] {
        assert!(!dbg.contains(v), "Debug leaks {v}");
    }
    assert!(dbg.contains("phone"));
}

#[test]
fn force_aliases_resolve() {
    let met = Force::lookup("the met").expect("the met resolves");
    for s in [
        "Met Police",
        "metropolitan",
        "The Met",
        "MET POLICE",
        "Metropolitan Police Service",
    ] {
        assert_eq!(Force::lookup(s), Some(met), "{s}");
    }
    assert_eq!(met.code, "metropolitan");
    for f in report_shield::forces() {
        assert_eq!(Force::lookup(f.code), Some(f), "code {}", f.code);
        assert_eq!(Force::lookup(f.name), Some(f), "name {}", f.name);
        assert_eq!(
            Force::lookup(&f.name.to_uppercase()),
            Some(f),
            "name {}",
            f.name
        );
        assert_eq!(
            Force::lookup(&format!("the {}", f.name)),
            Some(f),
            "name {}",
            f.name
        );
        for a in f.aliases {
            assert_eq!(Force::lookup(a), Some(f), "alias {a}");
            assert_eq!(Force::lookup(&a.to_lowercase()), Some(f), "alias {a}");
        }
    }
}

#[test]
fn no_two_forces_share_a_name_or_alias() {
    let key = |s: &str| {
        let w: Vec<String> = s
            .to_lowercase()
            .replace('&', " and ")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        let w = if w.first().is_some_and(|f| f == "the") {
            &w[1..]
        } else {
            &w[..]
        };
        w.join(" ")
    };
    let mut owner = std::collections::HashMap::new();
    for f in report_shield::forces() {
        for s in [f.code, f.name].iter().chain(f.aliases) {
            if let Some(prev) = owner.insert(key(s), f.code) {
                assert_eq!(prev, f.code, "{s} is shared by {prev} and {}", f.code);
            }
        }
    }
}

#[test]
fn unresolved_force_is_kept_not_rejected() {
    let text = with(
        sample_value(),
        &["subjects", "0", "force"],
        json!("Gotham City Police Department"),
    );
    let r = Report::from_json(&text).unwrap();
    let f = r.subjects[0].force.as_ref().unwrap();
    assert!(!f.is_resolved());
    assert_eq!(f.as_str(), "Gotham City Police Department");
    assert_eq!(r.routing().force, None);
    let back: Value = serde_json::from_str(&r.to_json().unwrap()).unwrap();
    assert_eq!(
        back["subjects"][0]["force"],
        json!("Gotham City Police Department")
    );
}

#[test]
fn taxonomy_json_lists_6_categories_and_48_forces() {
    let t = serde_json::to_value(report_shield::taxonomy()).unwrap();
    let cats = t["categories"].as_array().unwrap();
    assert_eq!(cats.len(), 6);
    let codes: Vec<&str> = cats.iter().map(|c| c["code"].as_str().unwrap()).collect();
    assert_eq!(
        codes,
        [
            "bribery",
            "abuse_of_position",
            "sexual_misconduct",
            "domestic_abuse",
            "discrimination",
            "other"
        ]
    );
    for c in cats {
        for k in [
            "label",
            "description",
            "unit",
            "iopc_referral",
            "intelligence_categories",
        ] {
            assert!(!c[k].is_null(), "{k}");
        }
    }
    let forces = t["forces"].as_array().unwrap();
    assert_eq!(forces.len(), 48);
    for f in forces {
        assert!(f["code"].is_string() && f["name"].is_string() && f["aliases"].is_array());
    }
    assert_eq!(t["roles"].as_array().unwrap().len(), 7);
    assert!(
        t["ranks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["abbreviation"] == "DCI")
    );
}

/// The example binary, when `cargo test` has built it (it builds examples).
#[test]
fn taxonomy_example_prints_json() {
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let Some(dir) = exe.parent().and_then(|d| d.parent()) else {
        return;
    };
    let bin = dir
        .join("examples")
        .join(format!("taxonomy{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        return;
    }
    let out = std::process::Command::new(bin)
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["categories"].as_array().unwrap().len(), 6);
    assert_eq!(v["forces"].as_array().unwrap().len(), 48);
}

#[test]
fn rust_front_end_can_build_a_report() {
    let r = Report::new("He asked for money.", [Category::Bribery])
        .with_subject(
            Subject::new()
                .with_name("Daniel Reeves")
                .with_rank(Rank::Sergeant)
                .with_force("GMP"),
        )
        .with_reporter(Reporter::confidential(
            Contact::new().with_email("sam@example.com"),
        ));
    r.validate(&Limits::default()).unwrap();
    let again = Report::from_json(&r.to_json().unwrap()).unwrap();
    assert_eq!(again, r);
    assert_eq!(again.schema_version(), 1);
    let anon_with_contact = Report::new("x", [Category::Other]).with_reporter({
        let mut rep = Reporter::anonymous();
        rep.contact = Some(Contact::new().with_phone("07700 900123"));
        rep
    });
    assert_eq!(
        anon_with_contact
            .validate(&Limits::default())
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidReport
    );
}

#[test]
fn disseminated_json_rejects_unknown_fields_and_versions() {
    let doc = json!({
        "schema_version": 1,
        "reference": "RS-ABC",
        "force": {"code": "west-midlands", "name": "West Midlands Police"},
        "unit": "anti_corruption",
        "categories": ["bribery"],
        "discrimination": [],
        "priority": "routine",
        "iopc_referral": "consider",
        "subjects": [{"name": "Daniel Reeves", "rank": "constable"}],
        "incident": null,
        "narrative": "He asked for money.",
        "how_known": "unknown",
        "reporter": {"mode": "confidential", "contact_token": "[CONTACT:k1:ABC]"},
        "attachments": [{"file_token": "[FILE:k1:XYZ]", "media_type": "image/jpeg", "size_bytes": 10}],
        "redactions": [{"kind": "phone", "role": "reporter", "action": "pseudonymise", "count": 2}],
        "review": [],
        "key_id": "k1",
        "policy": "default",
        "crate_version": "0.1.0"
    });
    let d = Disseminated::from_json(&doc.to_string()).unwrap();
    let back: Value = serde_json::from_str(&d.to_json().unwrap()).unwrap();
    assert_eq!(back, doc);
    assert!(!format!("{d:?}").contains("asked for money"));

    let mut extra = doc.clone();
    extra["reporter"]["contact"] = json!({"phone": "07700 900123"});
    let e = Disseminated::from_json(&extra.to_string()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownField);
    assert_clean(&e.to_string(), &["07700 900123"]);
    let mut v2 = doc.clone();
    v2["schema_version"] = json!(2);
    assert_eq!(
        Disseminated::from_json(&v2.to_string()).unwrap_err().kind(),
        ErrorKind::UnsupportedVersion
    );
}

#[test]
fn committed_schemas_match_the_types() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    let bless = std::env::var_os("REPORT_SHIELD_BLESS").is_some();
    for (file, text) in [
        (
            "intake-report.v1.json",
            report_shield::intake_report_schema(),
        ),
        (
            "disseminated-report.v1.json",
            report_shield::disseminated_report_schema(),
        ),
    ] {
        let path = dir.join(file);
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("{file} is missing: run with REPORT_SHIELD_BLESS=1"));
        assert!(
            committed == text,
            "{file} differs from the types: run `REPORT_SHIELD_BLESS=1 cargo test --test contract` and commit"
        );
    }
}

#[test]
fn intake_schema_requires_the_contract_fields() {
    let v: Value = serde_json::from_str(&report_shield::intake_report_schema()).unwrap();
    let req: Vec<&str> = v["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    for f in ["schema_version", "categories", "narrative"] {
        assert!(req.contains(&f), "{f}");
    }
    assert!(!req.contains(&"reporter"));
    assert_eq!(v["additionalProperties"], json!(false));
    assert_eq!(v["properties"]["schema_version"]["const"], json!(1));
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    const FIELDS: &[&[&str]] = &[
        &["narrative"],
        &["id"],
        &["received"],
        &["channel"],
        &["subjects", "0", "rank"],
        &["subjects", "0", "role"],
        &["subjects", "0", "force"],
        &["incident", "date"],
        &["incident", "setting"],
        &["incident", "on_duty"],
        &["reporter", "mode"],
        &["reporter", "contact", "phone"],
        &["attachments", "0", "size_bytes"],
        &["how_known"],
        &["schema_version"],
    ];

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let _ = Report::from_slice(&bytes);
            let _ = Disseminated::from_json(&String::from_utf8_lossy(&bytes));
        }

        /// Any string put in any field: the report either parses or the
        /// error does not contain the string.
        #[test]
        fn errors_never_echo_a_value(field in 0..FIELDS.len(), value in "[A-Za-z0-9@. ]{6,24}") {
            let text = with(sample_value(), FIELDS[field], json!(value.clone()));
            if let Err(e) = Report::from_json(&text) {
                prop_assert!(!e.to_string().contains(&value), "{} leaks {}", e, value);
                let dbg = format!("{e:?}");
                prop_assert!(!dbg.contains(&value), "Debug leaks {}", value);
            }
            // As an unknown key, too.
            let text = with(sample_value(), &["subjects", "0", value.as_str()], json!(1));
            let e = Report::from_json(&text).unwrap_err();
            prop_assert!(!e.to_string().contains(&value) || value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                "{} leaks {}", e, value);
        }

        #[test]
        fn force_lookup_never_panics(s in "\\PC{0,64}") {
            let _ = Force::lookup(&s);
            let _ = Rank::parse(&s);
        }
    }
}
