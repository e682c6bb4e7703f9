//! The documentation cannot drift from the code: the README's policy
//! table, token labels and worked-example output, and the crate docs'
//! worked-example output, are checked against what the crate does.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use report_shield::{Anonymiser, Kind, Policy, Report, dangerous};

const README: &str = include_str!("../README.md");
const LIB: &str = include_str!("../src/lib.rs");

/// The text of the README section `## {title}`, up to the next `## `.
fn section(title: &str) -> &'static str {
    let head = format!("\n## {title}\n");
    let start = README
        .find(&head)
        .unwrap_or_else(|| panic!("no section {title:?}"))
        + head.len();
    let rest = &README[start..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    &rest[..end]
}

/// The worked example's report: the same JSON as in the README and the
/// crate docs (checked below).
fn worked_example() -> Report {
    let docs = section("Worked example");
    let start = docs.find("r#\"").unwrap() + 3;
    let end = docs.find("\"#").unwrap();
    Report::from_json(&docs[start..end]).unwrap()
}

#[test]
fn readme_policy_table_is_the_dissemination_policy() {
    let table: String = section("Default policy")
        .lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(table, Policy::dissemination().to_markdown_table());
}

#[test]
fn readme_lists_every_token_label() {
    let docs = section("Token format");
    for kind in Kind::ALL {
        assert!(docs.contains(&format!("`{}`", kind.label())), "{kind:?}");
    }
    for other in ["REF", "CONTACT", "FILE"] {
        assert!(docs.contains(&format!("`{other}`")), "{other}");
    }
}

#[test]
fn readme_sections_come_in_order() {
    let at = |h: &str| README.find(&format!("\n## {h}\n"));
    let mine = [
        "Quick start",
        "JSON contract v1",
        "Token format",
        "Default policy",
        "Worked example",
        "Running the tests",
    ];
    let positions: Vec<usize> = mine.iter().map(|h| at(h).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    // Sections appended by others stay after these.
    for later in ["Example binaries", "Performance"] {
        if let Some(p) = at(later) {
            assert!(p > positions[positions.len() - 1], "{later}");
        }
    }
}

#[test]
fn crate_docs_and_readme_show_the_same_worked_example() {
    let docs = section("Worked example");
    let json = &docs[docs.find("r#\"").unwrap()..docs.find("\"#").unwrap()];
    // (the first line, `r#"{`, follows different code in each)
    let lib_json: String = json
        .lines()
        .skip(1)
        .map(|l| format!("//! {l}").trim_end().to_owned() + "\n")
        .collect();
    assert!(
        LIB.contains(lib_json.trim_end()),
        "crate docs differ from the README"
    );
}

#[test]
fn shown_worked_example_output_is_the_real_output() {
    let anonymiser = Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
        .unwrap();
    let report = worked_example();
    let out = anonymiser.anonymise(&report).unwrap();

    // README: the abridged JSON shows the real narrative, reference and
    // contact token.
    let docs = section("Worked example");
    let shown = docs[docs.find("```json").unwrap()..].to_owned();
    let line = shown
        .lines()
        .find(|l| l.trim_start().starts_with("\"narrative\""))
        .unwrap();
    let narrative: String = serde_json::from_str(
        line.trim()
            .trim_start_matches("\"narrative\":")
            .trim()
            .trim_end_matches(','),
    )
    .unwrap();
    assert_eq!(narrative, out.narrative);
    assert!(shown.contains(&out.reference));
    assert!(shown.contains(out.reporter.contact_token.as_deref().unwrap()));

    // Crate docs: the wrapped text block, lines joined with spaces.
    let block = LIB
        .split("//! The narrative that goes to the force reads:\n//!\n//! ```text\n")
        .nth(1)
        .unwrap();
    let text: Vec<&str> = block
        .lines()
        .take_while(|l| *l != "//! ```")
        .map(|l| l.trim_start_matches("//! "))
        .collect();
    assert_eq!(text.join(" "), out.narrative);
}
