//! The example binaries (anonymise, keygen, preview), run as processes.
//!
//! The binaries are built once with `cargo build --example …` (a no-op when
//! `cargo test` has built them already) and located from cargo's own
//! artifact messages, so any target directory or profile works.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use report_shield::{Disseminated, Report};
use serde_json::Value;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/reports.jsonl");
const KEY_VAR: &str = "REPORT_SHIELD_KEY";

struct Bins {
    anonymise: PathBuf,
    keygen: PathBuf,
    preview: PathBuf,
}

fn bins() -> &'static Bins {
    static BINS: OnceLock<Bins> = OnceLock::new();
    BINS.get_or_init(|| {
        let out = Command::new(env!("CARGO"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args([
                "build",
                "--quiet",
                "--message-format=json-render-diagnostics",
                "--example",
                "anonymise",
                "--example",
                "keygen",
                "--example",
                "preview",
            ])
            .stderr(Stdio::inherit())
            .output()
            .expect("cargo runs");
        assert!(out.status.success(), "cargo build of the examples failed");
        let mut found = std::collections::HashMap::new();
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let Ok(msg) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            if msg["reason"] == "compiler-artifact"
                && let (Some(name), Some(exe)) =
                    (msg["target"]["name"].as_str(), msg["executable"].as_str())
            {
                found.insert(name.to_owned(), PathBuf::from(exe));
            }
        }
        let mut take = |name: &str| {
            found
                .remove(name)
                .unwrap_or_else(|| panic!("no executable for example {name}"))
        };
        Bins {
            anonymise: take("anonymise"),
            keygen: take("keygen"),
            preview: take("preview"),
        }
    })
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "examples-{}-{}-{name}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `bin` with `args`, standard input `stdin`, and the key variable
/// set to `key_env` (removed when `None`).
fn run(bin: &Path, args: &[&str], stdin: &[u8], key_env: Option<&str>) -> Output {
    let mut cmd = Command::new(bin);
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match key_env {
        Some(v) => cmd.env(KEY_VAR, v),
        None => cmd.env_remove(KEY_VAR),
    };
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

fn anonymise(args: &[&str], stdin: &[u8]) -> Output {
    run(&bins().anonymise, args, stdin, None)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn keygen(dir: &Path, file: &str, id: &str) -> PathBuf {
    let path = dir.join(file);
    let out = run(
        &bins().keygen,
        &["--id", id, "--out", path.to_str().unwrap()],
        b"",
        None,
    );
    assert!(out.status.success(), "keygen: {}", text(&out.stderr));
    path
}

fn sample_lines() -> Vec<String> {
    std::fs::read_to_string(SAMPLE)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// The output's digits, with separators and invisible characters dropped
/// and spelled-out digits ("oh seven double oh") decoded; anything else
/// breaks the run with `|`.
fn digit_stream(s: &str) -> String {
    let mut out = String::new();
    let mut repeat = 1;
    for word in s
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let spelled = match word {
            "zero" | "oh" | "o" | "nought" => Some('0'),
            "one" => Some('1'),
            "two" => Some('2'),
            "three" => Some('3'),
            "four" => Some('4'),
            "five" => Some('5'),
            "six" => Some('6'),
            "seven" => Some('7'),
            "eight" => Some('8'),
            "nine" => Some('9'),
            _ => None,
        };
        match (word, spelled) {
            ("double", _) => repeat = 2,
            ("triple", _) => repeat = 3,
            (_, Some(d)) => {
                out.extend(std::iter::repeat_n(d, repeat));
                repeat = 1;
            }
            _ => {
                repeat = 1;
                out.push('|');
            }
        }
    }
    // Digit runs written as digits, with at most a few separators.
    let mut raw = String::new();
    for c in s.chars() {
        let d = match c {
            '0'..='9' => Some(c),
            '\u{ff10}'..='\u{ff19}' => char::from_u32(c as u32 - 0xff10 + u32::from(b'0')),
            _ => None,
        };
        match d {
            Some(d) => raw.push(d),
            None if " -./()\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}".contains(c) => {}
            None => raw.push('|'),
        }
    }
    format!("{out}#{raw}")
}

/// Lower-case letters and digits only.
fn compact(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Checks one disseminated line against the reporter's declared contact
/// details of its intake line: none of them may appear.
fn assert_no_contact_leak(input: &Value, output: &str, line: usize) {
    let contact = &input["reporter"]["contact"];
    let subject_words: Vec<String> = input["subjects"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["name"].as_str())
        .flat_map(words)
        .collect();
    let lower = output.to_lowercase();
    if let Some(phone) = contact["phone"].as_str() {
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        let nsn = digits
            .strip_prefix("44")
            .or_else(|| digits.strip_prefix('0'))
            .unwrap_or(&digits);
        assert!(nsn.len() >= 9, "line {line}: phone fixture");
        assert!(
            !digit_stream(output).contains(nsn),
            "line {line}: the reporter's phone leaked"
        );
    }
    if let Some(email) = contact["email"].as_str() {
        let email = email.to_lowercase();
        let local = email.split('@').next().unwrap();
        assert!(!lower.contains(&email), "line {line}: email leaked");
        assert!(
            local.len() < 4 || !lower.contains(local),
            "line {line}: email local part leaked"
        );
        let local_compact = compact(local);
        assert!(
            !compact(output).contains(&local_compact),
            "line {line}: email local part leaked in a disguise"
        );
    }
    if let Some(postcode) = contact["postcode"].as_str() {
        assert!(
            !compact(output).contains(&compact(postcode)),
            "line {line}: postcode leaked"
        );
    }
    if let Some(name) = contact["name"].as_str() {
        let out_words = words(output);
        for part in words(name).into_iter().filter(|p| p.len() >= 3) {
            // A reporter who shares a surname with the officer cannot hide
            // it without destroying the officer's name: the standard keeps
            // the subject.
            if subject_words.contains(&part) {
                continue;
            }
            assert!(
                !out_words.contains(&part),
                "line {line}: a part of the reporter's name leaked"
            );
        }
    }
    if let Some(address) = contact["address"].as_str() {
        let street = address
            .split(',')
            .map(|seg| {
                seg.trim()
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
                    .to_lowercase()
            })
            .find(|seg| !seg.is_empty() && !seg.starts_with("flat"))
            .unwrap();
        assert!(!lower.contains(&street), "line {line}: street leaked");
    }
}

#[test]
fn sample_data_is_anonymised_in_order_without_reporter_details() {
    let inputs = sample_lines();
    assert!(inputs.len() >= 20);
    let out = anonymise(&["--demo-key", SAMPLE], b"");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
    assert!(stderr.contains("WARNING"), "demo key warning: {stderr}");
    assert!(
        stderr.contains(&format!("{} records", inputs.len())),
        "summary: {stderr}"
    );
    assert!(stderr.contains("MB/s") && stderr.contains("phone "));

    let stdout = text(&out.stdout);
    let outputs: Vec<&str> = stdout.lines().collect();
    assert_eq!(outputs.len(), inputs.len());
    let money_or_time =
        regex::Regex::new(r"£[0-9][0-9,.]*k?|\b[0-2][0-9]:[0-5][0-9]\b|\b\d{2}/\d{4,5}/\d{2}\b")
            .unwrap();
    for (i, (input, output)) in inputs.iter().zip(&outputs).enumerate() {
        let line = i + 1;
        // Valid by the crate's own contract, and the intake line too.
        Report::from_json(input).unwrap();
        let d = Disseminated::from_json(output)
            .unwrap_or_else(|e| panic!("line {line}: not a disseminated report: {e}"));
        let input: Value = serde_json::from_str(input).unwrap();
        // In input order: the categories and subjects match line by line.
        let cats: Vec<String> = serde_json::from_value(input["categories"].clone()).unwrap();
        let out_cats: Vec<String> = d
            .categories
            .iter()
            .map(|c| {
                serde_json::to_value(c)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(cats, out_cats, "line {line}: out of order");
        assert_no_contact_leak(&input, output, line);
        // Subject names kept, in the subjects and in the narrative.
        let narrative = input["narrative"].as_str().unwrap();
        for s in input["subjects"].as_array().unwrap() {
            let name = s["name"].as_str().unwrap();
            assert!(output.contains(name), "line {line}: subject name lost");
            if narrative.contains(name) {
                assert!(d.narrative.contains(name), "line {line}: subject name lost");
            }
        }
        // Money, times and crime references stay as written.
        for m in money_or_time.find_iter(narrative) {
            assert!(
                d.narrative.contains(m.as_str()),
                "line {line}: a look-alike was changed"
            );
        }
        assert_eq!(
            d.reporter.contact_token.is_some(),
            input["reporter"]["mode"] == "confidential"
        );
    }
    // Something was actually protected.
    assert!(stdout.contains("[PHONE:demo:") && stdout.contains("[EMAIL:demo:"));
}

#[test]
fn stdin_and_out_file_work() {
    let dir = scratch("stdin");
    let out_path = dir.join("out.jsonl");
    let input = std::fs::read(SAMPLE).unwrap();
    let out = anonymise(
        &["--demo-key", "--quiet", "--out", out_path.to_str().unwrap()],
        &input,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&out_path).unwrap();
    assert_eq!(written.lines().count(), sample_lines().len());
}

#[test]
fn bad_lines_fail_alone_and_are_named_without_content() {
    let dir = scratch("bad");
    let key = keygen(&dir, "k.key", "k1");
    let good = sample_lines();
    let marker = "Zebedee Quarrington 07700 900777";
    let too_long = format!(
        r#"{{"schema_version": 1, "categories": ["other"], "narrative": "{marker} {}"}}"#,
        "x".repeat(5000)
    );
    let mut input: Vec<u8> = Vec::new();
    let mut expect_bad = Vec::new();
    let mut good_count = 0;
    let mut line_no = 0;
    let mut push = |bytes: &[u8], bad: bool, input: &mut Vec<u8>| {
        line_no += 1;
        input.extend_from_slice(bytes);
        input.push(b'\n');
        if bad {
            expect_bad.push(line_no);
        } else {
            good_count += 1;
        }
    };
    for (i, g) in good.iter().take(8).enumerate() {
        push(g.as_bytes(), false, &mut input);
        match i {
            // Not JSON at all.
            1 => push(format!("{{\"narrative\": \"{marker}").as_bytes(), true, &mut input),
            // JSON, but not a valid report: anonymous with contact details.
            3 => push(
                format!(
                    r#"{{"schema_version": 1, "categories": ["bribery"], "narrative": "{marker}", "reporter": {{"mode": "anonymous", "contact": {{"phone": "07700 900777"}}}}}}"#
                )
                .as_bytes(),
                true,
                &mut input,
            ),
            // Invalid UTF-8 in the middle of a report.
            5 => {
                let mut bytes = format!(
                    r#"{{"schema_version": 1, "categories": ["other"], "narrative": "{marker} "#
                )
                .into_bytes();
                bytes.extend_from_slice(b"\xff\xfe\"}");
                push(&bytes, true, &mut input);
            }
            // Longer than the input limit given below.
            6 => push(too_long.as_bytes(), true, &mut input),
            _ => {}
        }
    }
    // A CRLF line ending and blank lines are fine.
    input.extend_from_slice(good[8].as_bytes());
    input.extend_from_slice(b"\r\n\n  \n");
    good_count += 1;

    let path = dir.join("mixed.jsonl");
    std::fs::write(&path, &input).unwrap();
    let out = anonymise(
        &[
            "--key-file",
            key.to_str().unwrap(),
            "--max-input-bytes",
            "4096",
            "--jobs",
            "2",
            "--batch-lines",
            "2",
            path.to_str().unwrap(),
        ],
        b"",
    );
    let stderr = text(&out.stderr);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert_eq!(stdout.lines().count(), good_count);
    for l in stdout.lines() {
        Disseminated::from_json(l).unwrap();
    }
    assert_eq!(expect_bad.len(), 4);
    for n in &expect_bad {
        assert!(
            stderr.contains(&format!("line {n}: ")),
            "line {n} not named: {stderr}"
        );
    }
    // Failures are named in input order, one line each.
    let named: Vec<&str> = stderr.lines().filter(|l| l.starts_with("line ")).collect();
    assert_eq!(named.len(), expect_bad.len(), "{stderr}");
    for word in ["Zebedee", "Quarrington", "900777", "xxxxxxxx"] {
        assert!(!stderr.contains(word), "stderr shows a line's content");
        assert!(!stdout.contains(word), "a bad line reached the output");
    }
    assert!(stderr.contains("UTF-8"), "{stderr}");
    assert!(stderr.contains("4096"), "{stderr}");
    assert!(stderr.contains(&format!("{} failed", expect_bad.len())));
}

#[test]
fn key_file_runs_are_deterministic_and_keys_differ() {
    let dir = scratch("det");
    let k1 = keygen(&dir, "a.key", "k1");
    let k1b = keygen(&dir, "b.key", "k1");
    let args = |key: &Path| {
        vec![
            "--key-file".to_owned(),
            key.to_str().unwrap().to_owned(),
            SAMPLE.to_owned(),
        ]
    };
    let go = |key: &Path| {
        let a = args(key);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let out = anonymise(&a, b"");
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(!text(&out.stderr).contains("WARNING"));
        text(&out.stdout)
    };
    let first = go(&k1);
    let second = go(&k1);
    assert_eq!(first, second, "same key, different output");
    assert!(first.contains("[PHONE:k1:"));

    // The same key through the environment variable.
    let env_out = run(
        &bins().anonymise,
        &[SAMPLE],
        b"",
        Some(&std::fs::read_to_string(&k1).unwrap()),
    );
    assert_eq!(env_out.status.code(), Some(0));
    assert_eq!(text(&env_out.stdout), first);

    // Another secret under the same id: every token differs.
    let other = go(&k1b);
    assert_eq!(other.lines().count(), first.lines().count());
    let token = regex::Regex::new(r"\[[A-Z]+:k1:[A-Z0-9]+\]").unwrap();
    let tokens = |s: &str| {
        token
            .find_iter(s)
            .map(|m| m.as_str().to_owned())
            .collect::<Vec<_>>()
    };
    let (ta, tb) = (tokens(&first), tokens(&other));
    assert_eq!(ta.len(), tb.len());
    assert!(ta.len() >= 20);
    assert!(
        ta.iter().zip(&tb).all(|(a, b)| a != b),
        "a token survived a key change"
    );
}

#[test]
fn parallel_output_keeps_input_order() {
    let dir = scratch("order");
    let key = keygen(&dir, "k.key", "k1");
    let mut input = String::new();
    for _ in 0..4 {
        for l in sample_lines() {
            input.push_str(&l);
            input.push('\n');
        }
    }
    let key = key.to_str().unwrap();
    let serial = anonymise(&["--key-file", key, "--jobs", "1"], input.as_bytes());
    let parallel = anonymise(
        &["--key-file", key, "--jobs", "4", "--batch-lines", "3"],
        input.as_bytes(),
    );
    assert_eq!(serial.status.code(), Some(0));
    assert_eq!(parallel.status.code(), Some(0));
    assert_eq!(
        text(&serial.stdout).lines().count(),
        4 * sample_lines().len()
    );
    assert_eq!(serial.stdout, parallel.stdout);
}

#[test]
fn missing_key_and_bad_policy_are_refused() {
    let out = anonymise(&[SAMPLE], b"");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    for option in ["--key-file", "REPORT_SHIELD_KEY", "--demo-key"] {
        assert!(stderr.contains(option), "{stderr}");
    }

    let out = anonymise(
        &["--demo-key", "--policy", "no-such-policy.json", SAMPLE],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());

    let out = anonymise(&["--demo-key", "--policy", "strict", SAMPLE], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout)
            .lines()
            .all(|l| l.contains(r#""policy":"strict""#))
    );
}

#[test]
fn keygen_writes_a_private_key_file_and_refuses_to_overwrite() {
    let dir = scratch("keygen");
    let path = dir.join("existing.key");
    std::fs::write(&path, "keep me").unwrap();
    let out = run(
        &bins().keygen,
        &["--out", path.to_str().unwrap()],
        b"",
        None,
    );
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("exists"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
    // The positional form refuses too.
    let out = run(&bins().keygen, &[path.to_str().unwrap()], b"", None);
    assert!(!out.status.success());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");

    let new = dir.join("new.key");
    let out = run(
        &bins().keygen,
        &["--id", "pilot-7", new.to_str().unwrap()],
        b"",
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("pilot-7") && stdout.contains("new.key"));
    let key_text = std::fs::read_to_string(&new).unwrap();
    let key = report_shield::Key::from_file(&new).unwrap();
    assert_eq!(key.id(), "pilot-7");
    let secret = key_text
        .lines()
        .find_map(|l| l.strip_prefix("secret: "))
        .unwrap();
    assert!(!stdout.contains(secret) && !text(&out.stderr).contains(secret));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&new).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Two keys are never the same.
    let other = keygen(&dir, "other.key", "pilot-7");
    assert_ne!(std::fs::read_to_string(other).unwrap(), key_text);
}

#[test]
fn preview_reports_changes_and_hints() {
    let draft =
        "My ex-partner PC Daniel Reeves 4471 texted me on 07700 900123 at 07:30 and took £500.";
    let out = run(
        &bins().preview,
        &[
            "--json",
            "--subject-name",
            "Daniel Reeves",
            "--collar",
            "4471",
        ],
        draft.as_bytes(),
        None,
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let slice = |r: &Value| {
        let (s, e) = (r["start"].as_u64().unwrap(), r["end"].as_u64().unwrap());
        draft.get(s as usize..e as usize).unwrap().to_owned()
    };
    let changes = doc["changes"].as_array().unwrap();
    let phone = changes
        .iter()
        .find(|c| c["kind"] == "phone")
        .expect("a phone change");
    assert_eq!(phone["party"], "reporter");
    assert_ne!(phone["action"], "keep");
    assert_eq!(slice(&phone["range"]), "07700 900123");
    // The officer's details and the facts are not changes.
    for c in changes {
        let s = slice(&c["range"]);
        assert!(!s.contains("Reeves") && !s.contains("4471") && !s.contains("£500"));
    }
    let hints = doc["hints"].as_array().unwrap();
    let rel = hints
        .iter()
        .find(|h| h["category"] == "relationship")
        .expect("a relationship hint");
    assert!(slice(&rel["range"]).to_lowercase().contains("ex-partner"));
    assert!(!rel["message"].as_str().unwrap().is_empty());

    // Plain words for the reporter's own screen.
    let out = run(
        &bins().preview,
        &["--phone", "07700 900123"],
        draft.as_bytes(),
        None,
    );
    assert!(out.status.success());
    let plain = text(&out.stdout);
    assert!(
        plain.contains("\"07700 900123\" (a phone number, yours)"),
        "{plain}"
    );
    assert!(plain.contains("\"My ex-partner\""), "{plain}");
    assert!(plain.contains("PC Daniel Reeves 4471"));

    // A clean draft, and a draft that is not text.
    let out = run(
        &bins().preview,
        &["--json"],
        b"PC 4471 took \xc2\xa3500 at 07:30.",
        None,
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["changes"].as_array().unwrap().len(), 0);
    let out = run(&bins().preview, &[], b"bad \xff text", None);
    assert!(!out.status.success());
    assert!(!text(&out.stderr).contains("bad"));
}

#[test]
fn leak_checks_can_fail() {
    // The checker must catch the raw intake line (every contact value is
    // in it) and the disguises the sample data uses.
    let mut caught = 0;
    for (i, line) in sample_lines().iter().enumerate() {
        let input: Value = serde_json::from_str(line).unwrap();
        if input["reporter"]["contact"].is_null() {
            continue;
        }
        let r = std::panic::catch_unwind(|| assert_no_contact_leak(&input, line, i + 1));
        assert!(
            r.is_err(),
            "line {}: the leak check passed its own input",
            i + 1
        );
        caught += 1;
    }
    assert!(caught >= 10);
    for disguised in [
        "plus four four seven seven double oh nine double oh three three three",
        "oh seven seven double oh nine double oh three three three",
        "\u{ff10}\u{ff17}\u{ff17}\u{ff10}\u{ff10} \u{ff19}\u{ff10}\u{ff10}\u{ff13}\u{ff13}\u{ff13}",
        "07700\u{200b}900\u{200b}333",
        "(077) 00-900.333",
    ] {
        assert!(
            digit_stream(disguised).contains("7700900333"),
            "{disguised}"
        );
    }
    assert!(!digit_stream("07700 900 and 333").contains("7700900333"));
}
