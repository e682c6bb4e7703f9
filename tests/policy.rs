//! The policy: presets, JSON form, precedence, validation and the
//! documented tables.

use report_shield::{Action, ErrorKind, Kind, Party, Policy};

const DOCS: &str = include_str!("../src/policy/presets.md");
const DISSEMINATION_JSON: &str = include_str!("../policies/dissemination.json");
const STRICT_JSON: &str = include_str!("../policies/strict.json");

const OFFICIAL_NUMBERS: &[Kind] = &[
    Kind::Nino,
    Kind::NhsNumber,
    Kind::Utr,
    Kind::Card,
    Kind::Iban,
    Kind::SortCode,
    Kind::AccountNumber,
    Kind::Passport,
    Kind::DrivingLicence,
];

fn cells() -> impl Iterator<Item = (Kind, Party)> {
    Kind::ALL
        .iter()
        .flat_map(|&k| Party::ALL.into_iter().map(move |p| (k, p)))
}

// ---------------------------------------------------------------- presets

#[test]
fn presets_validate_and_default_is_dissemination() {
    Policy::dissemination().validate().unwrap();
    Policy::strict().validate().unwrap();
    assert_eq!(Policy::default(), Policy::dissemination());
    assert_eq!(Policy::dissemination().name(), "dissemination");
    assert_eq!(Policy::strict().name(), "strict");
    assert_ne!(Policy::dissemination(), Policy::strict());
}

#[test]
fn dissemination_cells_follow_the_issue() {
    use Action::*;
    let p = Policy::dissemination();
    for &kind in Kind::ALL {
        // The subject's details are kept, times are kept for everyone.
        assert_eq!(p.action(kind, Party::Subject), Keep, "{kind}");
        if kind == Kind::Time {
            for party in Party::ALL {
                assert_eq!(p.action(kind, party), Keep);
            }
            continue;
        }
        // The reporter's and unknown identifiers: pseudonymised, age banded.
        for party in [Party::Reporter, Party::Unknown] {
            let expected = if kind == Kind::Age {
                Generalise
            } else {
                Pseudonymise
            };
            assert_eq!(p.action(kind, party), expected, "{kind} {party}");
        }
        // Third parties' contact details are pseudonymised.
        if kind.is_contact() {
            assert_eq!(p.action(kind, Party::ThirdParty), Pseudonymise, "{kind}");
        }
    }
    for &kind in OFFICIAL_NUMBERS {
        assert_eq!(p.action(kind, Party::ThirdParty), Pseudonymise, "{kind}");
    }
    assert_eq!(p.action(Kind::Name, Party::ThirdParty), Keep);
    assert_eq!(p.action(Kind::CollarNumber, Party::ThirdParty), Keep);
    assert_eq!(p.action(Kind::Age, Party::ThirdParty), Keep);
    assert_eq!(p.action(Kind::DateOfBirth, Party::ThirdParty), Generalise);
    assert_eq!(p.action(Kind::DateOfBirth, Party::Reporter), Pseudonymise);
    assert_eq!(p.action(Kind::VehicleReg, Party::ThirdParty), Pseudonymise);
}

#[test]
fn strict_protects_everyone_but_the_subject() {
    use Action::*;
    let p = Policy::strict();
    for (kind, party) in cells() {
        let a = p.action(kind, party);
        if kind == Kind::Time {
            assert_eq!(a, Generalise, "{party}");
        } else if party == Party::Subject {
            assert_eq!(a, Keep, "{kind}");
        } else {
            assert!(matches!(a, Pseudonymise | Remove), "{kind} {party}: {a:?}");
        }
    }
    assert_eq!(p.action(Kind::Name, Party::ThirdParty), Pseudonymise);
    assert_eq!(p.action(Kind::Age, Party::Reporter), Remove);
}

#[test]
fn committed_preset_files_equal_the_built_in_presets() {
    assert_eq!(
        Policy::from_json(DISSEMINATION_JSON).unwrap(),
        Policy::dissemination()
    );
    assert_eq!(Policy::from_json(STRICT_JSON).unwrap(), Policy::strict());
}

/// The text of the docs between two headings.
fn section<'a>(from: &str, to: Option<&str>) -> &'a str {
    let start = DOCS.find(from).unwrap();
    let rest = &DOCS[start..];
    match to {
        Some(t) => &rest[..rest.find(t).unwrap()],
        None => rest,
    }
}

#[test]
fn documented_tables_equal_the_generated_ones() {
    let d = section("### `dissemination`", Some("### `strict`"));
    let s = section("### `strict`", None);
    assert!(d.contains(&Policy::dissemination().to_markdown_table()));
    assert!(s.contains(&Policy::strict().to_markdown_table()));
}

#[test]
fn every_preset_cell_is_documented() {
    for (policy, text) in [
        (
            Policy::dissemination(),
            section("### `dissemination`", Some("### `strict`")),
        ),
        (Policy::strict(), section("### `strict`", None)),
    ] {
        for &kind in Kind::ALL {
            let row = text
                .lines()
                .find(|l| l.starts_with(&format!("| `{kind}` |")))
                .unwrap_or_else(|| panic!("{kind} has no row"));
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            // "", kind, 4 parties, ""
            assert_eq!(cells.len(), 7, "{row}");
            for (i, party) in Party::ALL.into_iter().enumerate() {
                let action = policy.action(kind, party);
                let expected = match action {
                    Action::Mask { keep } => format!("mask (keep {keep})"),
                    other => other.kind().as_str().to_owned(),
                };
                assert_eq!(cells[i + 2], expected, "{kind} {party}");
            }
        }
    }
}

#[test]
fn markdown_table_shape() {
    let custom = Policy::dissemination().with_rule(
        Kind::Postcode,
        Party::ThirdParty,
        Action::Mask { keep: 3 },
    );
    let t = custom.to_markdown_table();
    assert_eq!(t.lines().count(), 2 + Kind::ALL.len());
    assert!(t.contains("| `postcode` | pseudonymise | keep | mask (keep 3) | pseudonymise |\n"));
    assert!(t.ends_with("| `time` | keep | keep | keep | keep |\n"));
}

// ---------------------------------------------------------------- JSON

#[test]
fn json_round_trips() {
    let custom = Policy::strict()
        .with_rule(Kind::Postcode, Party::ThirdParty, Action::Mask { keep: 2 })
        .with_rule(Kind::Address, Party::Reporter, Action::Generalise)
        .with_rule(Kind::Email, Party::Unknown, Action::Label)
        .with_name("custom");
    for p in [Policy::dissemination(), Policy::strict(), custom] {
        let json = p.to_json().unwrap();
        assert!(json.contains('\n'), "pretty");
        assert!(json.contains("\"version\": 1"));
        assert_eq!(Policy::from_json(&json).unwrap(), p);
        // serde's own route agrees.
        let via_serde: Policy = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(via_serde, p);
    }
}

#[test]
fn to_json_is_compact_with_wildcards() {
    let json = Policy::dissemination().to_json().unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rules = v["rules"].as_array().unwrap();
    // 4 party wildcards + 2 reporter + 5 third-party + 2 unknown exceptions.
    assert_eq!(rules.len(), 13, "{json}");
    assert_eq!(rules[0]["kind"], "*");
    assert_eq!(rules[0]["party"], "reporter");
    assert_eq!(rules[0]["action"], "pseudonymise");
    let masked = Policy::dissemination()
        .with_rule(Kind::Phone, Party::Subject, Action::Mask { keep: 3 })
        .to_json()
        .unwrap();
    assert!(masked.contains("\"keep\": 3"));
}

#[test]
fn wildcard_precedence() {
    // A specific rule beats a single wildcard beats the double wildcard,
    // whatever the order of the rules.
    let rules = [
        r#"{"kind": "*", "party": "*", "action": "remove"}"#,
        r#"{"kind": "*", "party": "subject", "action": "keep"}"#,
        r#"{"kind": "phone", "party": "subject", "action": "label"}"#,
        r#"{"kind": "email", "party": "*", "action": "pseudonymise"}"#,
        r#"{"kind": "email", "party": "subject", "action": "keep"}"#,
        r#"{"kind": "email", "party": "subject", "action": "keep"}"#,
    ];
    let forward = format!(
        r#"{{"name": "p", "version": 1, "rules": [{}]}}"#,
        rules.join(",")
    );
    let mut reversed_rules = rules;
    reversed_rules.reverse();
    let backward = format!(
        r#"{{"name": "p", "version": 1, "rules": [{}]}}"#,
        reversed_rules.join(",")
    );
    let a = Policy::from_json(&forward).unwrap();
    let b = Policy::from_json(&backward).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.action(Kind::Phone, Party::Subject), Action::Label);
    assert_eq!(a.action(Kind::Name, Party::Subject), Action::Keep);
    assert_eq!(a.action(Kind::Email, Party::Reporter), Action::Pseudonymise);
    assert_eq!(a.action(Kind::Email, Party::Subject), Action::Keep);
    assert_eq!(a.action(Kind::Name, Party::Reporter), Action::Remove);
    assert_eq!(a.action(Kind::Time, Party::ThirdParty), Action::Remove);
}

#[test]
fn mask_keep_defaults_to_zero() {
    let p = Policy::from_json(
        r#"{"name": "m", "version": 1, "rules": [{"kind": "*", "party": "*", "action": "mask"}]}"#,
    )
    .unwrap();
    assert_eq!(
        p.action(Kind::Phone, Party::Reporter),
        Action::Mask { keep: 0 }
    );
}

// ---------------------------------------------------------------- rejection

/// A value that must never appear in an error message.
const SECRET: &str = "07700900123";

fn policy_json(rules: &[&str]) -> String {
    format!(
        r#"{{"name": "test", "version": 1, "rules": [{}]}}"#,
        rules.join(",")
    )
}

const ALL_PSEUDO: &str = r#"{"kind": "*", "party": "*", "action": "pseudonymise"}"#;

#[test]
fn rejections_name_the_problem_not_the_value() {
    let cases: Vec<(String, ErrorKind, &[&str])> = vec![
        // Incomplete: the first uncovered cell is named.
        (
            policy_json(&[r#"{"kind": "*", "party": "reporter", "action": "remove"}"#]),
            ErrorKind::InvalidPolicy,
            &["incomplete", "(phone, subject)"],
        ),
        (
            policy_json(&[
                r#"{"kind": "*", "party": "*", "action": "remove"}"#,
                r#"{"kind": "*", "party": "*", "action": "label"}"#,
            ]),
            ErrorKind::InvalidPolicy,
            &["rules[0]", "rules[1]", "(phone, reporter)", "specificity"],
        ),
        (
            policy_json(&[]),
            ErrorKind::InvalidPolicy,
            &["incomplete", "(phone, reporter)"],
        ),
        // Contradictions at the same specificity, specific and wildcard.
        (
            policy_json(&[
                ALL_PSEUDO,
                r#"{"kind": "email", "party": "third_party", "action": "label"}"#,
                r#"{"kind": "email", "party": "third_party", "action": "remove"}"#,
            ]),
            ErrorKind::InvalidPolicy,
            &["rules[1]", "rules[2]", "(email, third_party)"],
        ),
        (
            policy_json(&[
                ALL_PSEUDO,
                r#"{"kind": "*", "party": "subject", "action": "keep"}"#,
                r#"{"kind": "time", "party": "*", "action": "generalise"}"#,
            ]),
            ErrorKind::InvalidPolicy,
            &["rules[1]", "rules[2]", "(time, subject)"],
        ),
        // Unsafe for the reporter or unknown party.
        (
            policy_json(&[
                ALL_PSEUDO,
                r#"{"kind": "phone", "party": "reporter", "action": "keep"}"#,
            ]),
            ErrorKind::InvalidPolicy,
            &["rules[1]", "(phone, reporter)", "disclose"],
        ),
        (
            policy_json(&[
                ALL_PSEUDO,
                r#"{"kind": "*", "party": "unknown", "action": "keep"}"#,
            ]),
            ErrorKind::InvalidPolicy,
            &["rules[1]", "(phone, unknown)"],
        ),
        (
            policy_json(&[
                ALL_PSEUDO,
                r#"{"kind": "name", "party": "reporter", "action": "mask", "keep": 5}"#,
            ]),
            ErrorKind::InvalidPolicy,
            &["rules[1]", "(name, reporter)", "at most 4"],
        ),
        // Mask keeps too much for anyone.
        (
            policy_json(&[
                ALL_PSEUDO,
                r#"{"kind": "name", "party": "subject", "action": "mask", "keep": 9}"#,
            ]),
            ErrorKind::InvalidPolicy,
            &["rules[1]", "(name, subject)", "at most 8"],
        ),
        // Generalise without a coarser form.
        (
            policy_json(&[
                ALL_PSEUDO,
                r#"{"kind": "phone", "party": "third_party", "action": "generalise"}"#,
            ]),
            ErrorKind::InvalidPolicy,
            &["rules[1]", "(phone, third_party)", "generalise"],
        ),
        (
            policy_json(&[r#"{"kind": "*", "party": "*", "action": "generalise"}"#]),
            ErrorKind::InvalidPolicy,
            &["rules[0]", "(phone, reporter)", "generalise"],
        ),
        // Versions.
        (
            format!(r#"{{"name": "x", "version": 2, "rules": [{ALL_PSEUDO}]}}"#),
            ErrorKind::InvalidPolicy,
            &["version 2", "version 1"],
        ),
        (
            format!(r#"{{"name": "x", "version": 0, "rules": [{ALL_PSEUDO}]}}"#),
            ErrorKind::InvalidPolicy,
            &["version 0"],
        ),
        (
            format!(r#"{{"name": "x", "version": "1", "rules": [{ALL_PSEUDO}]}}"#),
            ErrorKind::InvalidPolicy,
            &["version", "wrong type"],
        ),
        // Unknown names: the message lists what is allowed, not what was given.
        (
            policy_json(&[
                ALL_PSEUDO,
                &format!(r#"{{"kind": "{SECRET}", "party": "reporter", "action": "remove"}}"#),
            ]),
            ErrorKind::InvalidPolicy,
            &["rules[1].kind", "nhs_number"],
        ),
        (
            policy_json(&[&format!(
                r#"{{"kind": "*", "party": "{SECRET}", "action": "remove"}}"#
            )]),
            ErrorKind::InvalidPolicy,
            &["rules[0].party", "third_party"],
        ),
        (
            policy_json(&[&format!(
                r#"{{"kind": "*", "party": "*", "action": "{SECRET}"}}"#
            )]),
            ErrorKind::InvalidPolicy,
            &["rules[0].action", "pseudonymise"],
        ),
        (
            policy_json(&[r#"{"kind": "Phone", "party": "*", "action": "remove"}"#]),
            ErrorKind::InvalidPolicy,
            &["rules[0].kind"],
        ),
        (
            policy_json(&[r#"{"kind": "*", "party": "*", "action": "remove", "keep": 2}"#]),
            ErrorKind::InvalidPolicy,
            &["rules[0].keep", "mask"],
        ),
        // Structure.
        (
            format!(r#"{{"name": "x", "version": 1, "rules": [], "{SECRET}": 1}}"#),
            ErrorKind::InvalidPolicy,
            &["unknown field"],
        ),
        (
            policy_json(&[&format!(
                r#"{{"kind": "*", "party": "*", "action": "remove", "{SECRET}": 1}}"#
            )]),
            ErrorKind::InvalidPolicy,
            &["unknown field", "rules[0]"],
        ),
        (
            r#"{"version": 1, "rules": []}"#.to_owned(),
            ErrorKind::InvalidPolicy,
            &["missing", "`name`"],
        ),
        (
            policy_json(&[r#"{"kind": "*", "action": "remove"}"#]),
            ErrorKind::InvalidPolicy,
            &["missing", "`party`", "rules[0]"],
        ),
        (
            policy_json(&[&format!(
                r#"{{"kind": "*", "party": "*", "action": "mask", "keep": "{SECRET}"}}"#
            )]),
            ErrorKind::InvalidPolicy,
            &["rules[0].keep", "wrong type"],
        ),
        (
            policy_json(&[r#"{"kind": "*", "party": "*", "action": "mask", "keep": 300}"#]),
            ErrorKind::InvalidPolicy,
            &["rules[0].keep"],
        ),
        (
            format!(r#"{{"name": "", "version": 1, "rules": [{ALL_PSEUDO}]}}"#),
            ErrorKind::InvalidPolicy,
            &["name is empty"],
        ),
        (
            format!(
                r#"{{"name": "{}", "version": 1, "rules": [{ALL_PSEUDO}]}}"#,
                "n".repeat(65)
            ),
            ErrorKind::InvalidPolicy,
            &["longer than 64"],
        ),
        // Not JSON at all.
        (
            format!("{{\"name\": \"{SECRET}"),
            ErrorKind::Json,
            &["not well-formed JSON"],
        ),
        (
            format!("{} {SECRET}", policy_json(&[ALL_PSEUDO])),
            ErrorKind::Json,
            &["trailing"],
        ),
    ];
    for (json, kind, needles) in cases {
        let err = Policy::from_json(&json).expect_err(&json);
        let msg = err.to_string();
        assert_eq!(err.kind(), kind, "{json}\n{msg}");
        for needle in needles {
            assert!(msg.contains(needle), "{msg:?} lacks {needle:?} for {json}");
        }
        assert!(!msg.contains(SECRET), "{msg:?} leaks a value");
        assert!(!format!("{err:?}").contains(SECRET));
        // serde's route rejects it too.
        assert!(serde_json::from_str::<Policy>(&json).is_err(), "{json}");
    }
}

#[test]
fn validate_guards_every_protected_cell() {
    for (kind, party) in cells() {
        let protected = matches!(party, Party::Reporter | Party::Unknown) && kind != Kind::Time;
        let base = Policy::strict();
        let keep = base.clone().with_rule(kind, party, Action::Keep);
        let mask4 = base
            .clone()
            .with_rule(kind, party, Action::Mask { keep: 4 });
        let mask5 = base
            .clone()
            .with_rule(kind, party, Action::Mask { keep: 5 });
        let mask9 = base
            .clone()
            .with_rule(kind, party, Action::Mask { keep: 9 });
        assert_eq!(keep.validate().is_err(), protected, "{kind} {party} keep");
        assert_eq!(
            mask5.validate().is_err(),
            protected,
            "{kind} {party} mask 5"
        );
        mask4.validate().unwrap();
        assert_eq!(
            mask9.validate().unwrap_err().kind(),
            ErrorKind::InvalidPolicy
        );
        for action in [Action::Remove, Action::Label, Action::Pseudonymise] {
            base.clone()
                .with_rule(kind, party, action)
                .validate()
                .unwrap();
        }
        if protected {
            let err = keep.validate().unwrap_err();
            assert_eq!(err.kind(), ErrorKind::InvalidPolicy);
            assert!(err.to_string().contains(&format!("({kind}, {party})")));
        }
    }
}

#[test]
fn generalise_only_where_there_is_a_coarser_form() {
    let allowed = [
        Kind::Postcode,
        Kind::Address,
        Kind::DateOfBirth,
        Kind::Age,
        Kind::Time,
    ];
    for (kind, party) in cells() {
        let p = Policy::strict().with_rule(kind, party, Action::Generalise);
        assert_eq!(
            p.validate().is_ok(),
            allowed.contains(&kind),
            "{kind} {party}"
        );
    }
}

#[test]
fn validate_checks_the_name() {
    assert!(Policy::strict().with_name("").validate().is_err());
    assert!(Policy::strict().with_name("  ").validate().is_err());
    assert!(
        Policy::strict()
            .with_name("x".repeat(65))
            .validate()
            .is_err()
    );
    Policy::strict()
        .with_name("x".repeat(64))
        .validate()
        .unwrap();
}

#[test]
fn json_schema_describes_the_file_form() {
    let schema = serde_json::to_value(schemars::schema_for!(Policy)).unwrap();
    let text = schema.to_string();
    for field in [
        "name", "version", "rules", "kind", "party", "action", "keep",
    ] {
        assert!(text.contains(&format!("\"{field}\"")), "{field}");
    }
}
