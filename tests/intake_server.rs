//! Handler tests for the reference intake server (examples/intake_server):
//! valid, invalid and oversized submissions, the JSON preview, and the
//! privacy headers on every response.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

// The example's application module, compiled into this test. Some of its
// items are only used by the example's `main`.
#[allow(dead_code)]
#[path = "../examples/intake_server/app/mod.rs"]
mod app;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use report_shield::{Anonymiser, Disseminated, ReporterMode, categories, dangerous, forces};
use tower::ServiceExt as _;

/// A fresh folder for one test's outbox.
fn temp_dir() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "report-shield-intake-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn server() -> (Router, PathBuf) {
    let outbox = temp_dir().join("outbox.jsonl");
    let anonymiser = Anonymiser::builder()
        .key(dangerous::insecure_test_key())
        .build()
        .unwrap();
    (
        app::router(anonymiser, app::Outbox::new(outbox.clone())),
        outbox,
    )
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

async fn send(app: &Router, req: Request<Body>) -> Reply {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    let reply = Reply {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    };
    assert_privacy_headers(&reply);
    reply
}

/// Every response: the strict CSP, no cookie, no sniffing, no referrer.
fn assert_privacy_headers(r: &Reply) {
    let csp = r
        .headers
        .get(header::CONTENT_SECURITY_POLICY)
        .expect("CSP header")
        .to_str()
        .unwrap();
    for directive in [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(directive), "CSP lacks {directive}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"));
    assert!(
        r.headers.get(header::SET_COOKIE).is_none(),
        "a cookie was set"
    );
    assert_eq!(
        r.headers.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(),
        "nosniff"
    );
    assert_eq!(
        r.headers.get(header::REFERRER_POLICY).unwrap(),
        "no-referrer"
    );
}

fn form_body(pairs: &[(&str, &str)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

fn post_form(pairs: &[(&str, &str)]) -> Request<Body> {
    Request::post("/")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form_body(pairs)))
        .unwrap()
}

fn post_json(json: &serde_json::Value) -> Request<Body> {
    Request::post("/api/review")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(json.to_string()))
        .unwrap()
}

const NARRATIVE: &str = "On 3 May PC Daniel Reeves (collar 4471) stopped my car and took £500 \
in cash to make the ticket go away. My name is Jo Bloggs, you can call me on 07700 900123.";

fn confidential_report() -> Vec<(&'static str, &'static str)> {
    vec![
        ("categories", "bribery"),
        ("categories", "abuse_of_position"),
        ("subject_name", "Daniel Reeves"),
        ("subject_role", "officer"),
        ("subject_rank", "constable"),
        ("subject_collar", "4471"),
        ("subject_force", "metropolitan"),
        ("subject_station", "Brixton"),
        ("incident_date", "2026-05-03"),
        ("incident_on_duty", "yes"),
        ("incident_setting", "in_person"),
        ("narrative", NARRATIVE),
        ("how_known", "first_hand"),
        ("reporter_mode", "confidential"),
        ("contact_name", "Jo Bloggs"),
        ("contact_phone", "07700 900123"),
        ("contact_best_time", "evenings"),
        ("action", "submit"),
    ]
}

/// The digits of `s`, for a check that no separator hides a number.
fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn outbox_lines(path: &PathBuf) -> Vec<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => text.lines().map(str::to_owned).collect(),
        Err(_) => Vec::new(),
    }
}

#[tokio::test]
async fn the_form_is_built_from_the_taxonomy_and_is_accessible() {
    let (app, _) = server();
    let r = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.headers
            .get(header::CONTENT_TYPE)
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert_eq!(r.headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
    for c in categories() {
        assert!(
            r.body.contains(&format!("value=\"{}\"", c.category.code())),
            "{}",
            c.label
        );
        assert!(r.body.contains(&app::html::esc(c.label)), "{}", c.label);
        assert!(
            r.body.contains(&app::html::esc(c.description)),
            "{}",
            c.label
        );
    }
    for f in forces() {
        assert!(
            r.body.contains(&format!(
                "<option value=\"{}\">{}</option>",
                f.code,
                app::html::esc(f.name)
            )),
            "{}",
            f.name
        );
    }
    // Every input, select and textarea with an id has a label for it.
    for tag in ["<input ", "<select ", "<textarea "] {
        for piece in r.body.split(tag).skip(1) {
            let id = piece
                .split("id=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .expect("every control has an id");
            assert!(
                r.body.contains(&format!("<label for=\"{id}\">")),
                "no label for {id}"
            );
        }
    }
    assert!(r.body.matches("<fieldset").count() >= 6);
    assert_eq!(
        r.body.matches("<fieldset").count(),
        r.body.matches("<legend>").count(),
        "every fieldset has a legend"
    );
    assert!(
        r.body
            .contains("name=\"reporter_mode\" value=\"anonymous\"")
    );
    assert!(r.body.contains("id=\"contact-note\""));
    // Nothing is claimed for the reporter that they did not choose: only
    // the safe default (anonymous) is preselected.
    assert_eq!(r.body.matches(" checked").count(), 1);
    assert!(
        r.body
            .contains("value=\"anonymous\" aria-describedby=\"f-mode-0-hint\" checked")
    );
    assert!(r.body.contains("name=\"action\" value=\"preview\""));
}

#[tokio::test]
async fn pages_load_nothing_inline_and_nothing_from_other_sites() {
    let (app, _) = server();
    let r = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    for piece in r.body.split("<script").skip(1) {
        let tag = piece.split('>').next().unwrap();
        assert!(tag.contains("src=\"/static/"), "inline script: {tag}");
        assert!(piece.starts_with(&format!("{tag}></script>")));
    }
    assert!(!r.body.contains("style=\""), "inline style attribute");
    assert!(!r.body.contains("<style"), "inline style element");
    assert!(!r.body.contains("http://") && !r.body.contains("https://"));
    for handler in [
        "onclick=",
        "onload=",
        "onchange=",
        "oninput=",
        "onsubmit=",
        "javascript:",
    ] {
        assert!(!r.body.contains(handler), "inline handler {handler}");
    }

    let js = send(
        &app,
        Request::get("/static/intake.js")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(
        js.headers
            .get(header::CONTENT_TYPE)
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(js.body.contains("/api/review"));
    assert!(
        !js.body.contains("innerHTML"),
        "the script must not inject HTML"
    );
    assert!(!js.body.contains("http://") && !js.body.contains("https://"));

    let css = send(
        &app,
        Request::get("/static/intake.css")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(!css.body.contains("url("), "no external resources in CSS");

    let missing = send(&app, Request::get("/nope").body(Body::empty()).unwrap()).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_valid_confidential_report_reaches_the_outbox_without_the_reporter() {
    let (app, outbox) = server();
    let r = send(&app, post_form(&confidential_report())).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Your report has been sent"));

    let lines = outbox_lines(&outbox);
    assert_eq!(lines.len(), 1, "one JSON line per report");
    let d = Disseminated::from_json(&lines[0]).expect("the outbox line is a disseminated report");

    // The officer's details and the facts are kept.
    assert_eq!(d.subjects.len(), 1);
    assert_eq!(d.subjects[0].name.as_deref(), Some("Daniel Reeves"));
    assert_eq!(d.subjects[0].collar_number.as_deref(), Some("4471"));
    assert!(d.narrative.contains("PC Daniel Reeves"), "{}", d.narrative);
    assert!(d.narrative.contains("4471"));
    assert!(d.narrative.contains("£500"));
    assert_eq!(
        d.force.as_ref().map(|f| f.code.as_str()),
        Some("metropolitan")
    );
    assert_eq!(d.reporter.mode, ReporterMode::Confidential);
    assert!(d.reporter.contact_token.is_some());

    // The reporter's name and number are nowhere: not in the record, and
    // not in the page that shows it.
    for text in [&lines[0], &r.body] {
        assert!(!text.contains("Bloggs"), "reporter's name leaked");
        assert!(!text.contains("900123"), "reporter's number leaked");
        assert!(
            !digits(text).contains("7700900123"),
            "reporter's number leaked"
        );
        assert!(!text.contains("evenings"), "contact block leaked");
    }
    // The page shows what the force will receive.
    assert!(r.body.contains(&app::html::esc(&d.reference)));
    assert!(r.body.contains("Daniel Reeves"));
}

#[tokio::test]
async fn an_anonymous_report_carries_no_contact_token() {
    let (app, outbox) = server();
    let r = send(
        &app,
        post_form(&[
            ("categories", "discrimination"),
            ("discrimination", "racist"),
            ("subject_collar", "MP1234"),
            (
                "narrative",
                "The sergeant with collar MP1234 used a racist slur at the front desk.",
            ),
            ("reporter_mode", "anonymous"),
            ("action", "submit"),
        ]),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let lines = outbox_lines(&outbox);
    assert_eq!(lines.len(), 1);
    let d = Disseminated::from_json(&lines[0]).unwrap();
    assert_eq!(d.reporter.mode, ReporterMode::Anonymous);
    assert!(d.reporter.contact_token.is_none());
    assert_eq!(d.discrimination.len(), 1);
    assert!(d.incident.is_none(), "no incident details were given");
}

#[tokio::test]
async fn reports_append_one_line_each() {
    let (app, outbox) = server();
    for _ in 0..3 {
        let r = send(&app, post_form(&confidential_report())).await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let lines = outbox_lines(&outbox);
    assert_eq!(lines.len(), 3);
    for line in &lines {
        Disseminated::from_json(line).unwrap();
    }
}

const HOSTILE: &str = "<script>alert(\"x\")</script> & 'quotes' </textarea><b>bold</b>";

#[tokio::test]
async fn invalid_input_returns_the_form_with_messages_and_every_value_kept_escaped() {
    let (app, outbox) = server();
    let r = send(
        &app,
        post_form(&[
            // No category ticked.
            ("subject_name", "Dan \"the man\" <Reeves>"),
            ("subject_collar", "4471"),
            ("subject_force", "metropolitan"),
            ("incident_location", "Café <Rouge> & Co"),
            ("narrative", HOSTILE),
            ("how_known", "second_hand"),
            ("reporter_mode", "confidential"),
            ("contact_email", "jo@example.com\"><script>"),
            ("action", "submit"),
        ]),
    )
    .await;
    assert!(
        r.status == StatusCode::UNPROCESSABLE_ENTITY || r.status == StatusCode::BAD_REQUEST,
        "{}",
        r.status
    );
    assert!(r.body.contains("There is a problem with your report"));
    assert!(r.body.contains("Choose at least one kind of wrongdoing"));
    assert!(r.body.contains("href=\"#f-categories\""));

    // Kept, and escaped.
    assert!(r.body.contains(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &lt;/textarea&gt;&lt;b&gt;bold&lt;/b&gt;"
    ));
    assert!(
        r.body
            .contains("value=\"Dan &quot;the man&quot; &lt;Reeves&gt;\"")
    );
    assert!(r.body.contains("value=\"Café &lt;Rouge&gt; &amp; Co\""));
    assert!(
        r.body
            .contains("value=\"jo@example.com&quot;&gt;&lt;script&gt;\"")
    );
    assert!(r.body.contains("value=\"4471\""));
    assert!(r.body.contains("<option value=\"metropolitan\" selected>"));
    assert!(r.body.contains("value=\"second_hand\" checked"));
    assert!(
        r.body
            .contains("value=\"confidential\" aria-describedby=\"f-mode-1-hint\" checked")
    );
    // Nothing raw.
    assert!(!r.body.contains("<script>alert"));
    assert!(!r.body.contains("<b>bold"));
    assert!(!r.body.contains("<Reeves>"));
    // Nothing written.
    assert!(outbox_lines(&outbox).is_empty());
}

#[tokio::test]
async fn each_rule_gives_its_own_message() {
    let base = |extra: &[(&'static str, &'static str)]| {
        let mut v = vec![
            ("categories", "bribery"),
            ("narrative", "He took £50 from the till."),
            ("reporter_mode", "anonymous"),
            ("action", "submit"),
        ];
        v.retain(|(k, _)| !extra.iter().any(|(e, _)| e == k));
        v.extend_from_slice(extra);
        v
    };
    // (fields to set, the field in error, its message)
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: &[Case<'_>] = &[
        (
            &[("narrative", "   ")],
            "narrative",
            "the narrative cannot be empty",
        ),
        (
            &[("categories", "treason")],
            "categories",
            "Choose the kinds of wrongdoing",
        ),
        (
            &[("reporter_mode", "confidential")],
            "contact_phone",
            "To be contacted",
        ),
        (
            &[("contact_phone", "07700 900456")],
            "reporter_mode",
            "You chose to stay anonymous",
        ),
        (
            &[("reporter_mode", "")],
            "reporter_mode",
            "Choose whether to stay anonymous",
        ),
        (
            &[("subject_rank", "grand vizier")],
            "subject_rank",
            "Choose a rank",
        ),
        (
            &[("subject_force", "gotham")],
            "subject_force",
            "Choose a force",
        ),
        (
            &[("subject_role", "wizard")],
            "subject_role",
            "Choose a role",
        ),
        (
            &[("incident_date", "2026-02-30")],
            "incident_date",
            "Enter the date",
        ),
        (
            &[("discrimination", "racist")],
            "discrimination",
            "also tick",
        ),
        (
            &[("how_known", "psychic")],
            "how_known",
            "Choose how you know",
        ),
    ];
    for (extra, field, message) in cases {
        let (app, outbox) = server();
        let r = send(&app, post_form(&base(extra))).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert!(r.body.contains(message), "{field}: no message {message:?}");
        let id = format!("f-{}", field.replace('_', "-"));
        assert!(
            r.body.contains(&format!("href=\"#{id}\"")),
            "{field}: no link"
        );
        assert!(outbox_lines(&outbox).is_empty(), "{field}: written");
    }
    // And the same base is valid, so each case failed for its own reason.
    let (app, outbox) = server();
    let r = send(&app, post_form(&base(&[]))).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(outbox_lines(&outbox).len(), 1);
}

#[tokio::test]
async fn a_too_long_field_is_refused_by_the_crate_limits_and_kept() {
    let (app, outbox) = server();
    let long_name = "A".repeat(2000);
    let r = send(
        &app,
        post_form(&[
            ("categories", "bribery"),
            ("subject_name", &long_name),
            ("narrative", "He took money."),
            ("reporter_mode", "anonymous"),
            ("action", "submit"),
        ]),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("subjects[0].name"),
        "the crate names the field"
    );
    assert!(r.body.contains(&long_name), "the value is kept");
    assert!(outbox_lines(&outbox).is_empty());
}

#[tokio::test]
async fn an_oversized_body_is_refused_with_413() {
    let (app, outbox) = server();
    let huge = "x".repeat(app::BODY_LIMIT + 1);
    let r = send(
        &app,
        post_form(&[
            ("categories", "bribery"),
            ("narrative", &huge),
            ("reporter_mode", "anonymous"),
            ("action", "submit"),
        ]),
    )
    .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.body.contains("too long"));
    assert!(outbox_lines(&outbox).is_empty());

    let r = send(&app, post_json(&serde_json::json!({ "narrative": huge }))).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);

    // Just under the limit is read (and then refused by the narrative
    // limit of the crate, with the form back).
    let (app, _) = server();
    let big = "y".repeat(100 * 1024);
    let r = send(
        &app,
        post_form(&[
            ("categories", "bribery"),
            ("narrative", &big),
            ("reporter_mode", "anonymous"),
            ("action", "submit"),
        ]),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("narrative"));
}

#[tokio::test]
async fn the_preview_button_checks_without_javascript_and_writes_nothing() {
    let (app, outbox) = server();
    let mut pairs = confidential_report();
    pairs.retain(|(k, _)| *k != "action");
    pairs.push(("action", "preview"));
    let r = send(&app, post_form(&pairs)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("What would be changed"));
    assert!(
        r.body
            .contains("<q>07700 900123</q> A phone number that looks like yours")
    );
    assert!(r.body.contains("<q>Jo Bloggs</q>"));
    assert!(
        !r.body.contains("<q>Daniel Reeves</q>") && !r.body.contains("<q>4471</q>"),
        "the officer's details are kept, not listed as changes"
    );
    // The form comes back with everything typed.
    assert!(r.body.contains(&app::html::esc(NARRATIVE)));
    assert!(r.body.contains("value=\"Jo Bloggs\""));
    assert!(outbox_lines(&outbox).is_empty());
}

#[tokio::test]
async fn the_json_preview_explains_changes_and_hints_in_plain_words() {
    let (app, outbox) = server();
    let r = send(
        &app,
        post_json(&serde_json::json!({
            "narrative": "My ex-partner PC 4471 texted me on 07700 900123 and threatened me.",
            "subject_collar": "4471",
            "reporter_mode": "anonymous",
        })),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.headers
            .get(header::CONTENT_TYPE)
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let changes = v["changes"].as_array().unwrap();
    assert!(changes.iter().any(|c| {
        c["excerpt"] == "07700 900123"
            && c["explanation"]
                .as_str()
                .unwrap()
                .starts_with("A phone number")
    }));
    assert!(!changes.iter().any(|c| c["excerpt"] == "4471"));
    let hints = v["hints"].as_array().unwrap();
    assert!(
        hints.iter().any(|h| {
            let head = h["headline"].as_str().unwrap();
            head.contains("ex-partner") && head.ends_with("may tell the officer who you are.")
        }),
        "{hints:?}"
    );
    assert!(
        hints
            .iter()
            .all(|h| !h["message"].as_str().unwrap().is_empty())
    );
    let result = v["result"].as_str().unwrap();
    assert!(
        result.contains("4471") && !result.contains("900123"),
        "{result}"
    );

    // A clean draft: nothing to change, nothing to think about.
    let r = send(
        &app,
        post_json(&serde_json::json!({"narrative": "He took £500 at 07:30 on 3 May."})),
    )
    .await;
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(v["changes"].as_array().unwrap().len(), 0, "{}", r.body);
    assert_eq!(v["result"], "He took £500 at 07:30 on 3 May.");

    // Only JSON is accepted here (a cross-site form cannot post JSON).
    let r = send(
        &app,
        Request::post("/api/review")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("narrative=hello"))
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(outbox_lines(&outbox).is_empty());
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let (app, outbox) = server();
    let mut req = post_form(&confidential_report());
    req.headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    let r = send(&app, req).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut req = post_json(&serde_json::json!({"narrative": "hello"}));
    req.headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    assert_eq!(send(&app, req).await.status, StatusCode::FORBIDDEN);
    assert!(outbox_lines(&outbox).is_empty());

    // The same request from the form's own page is accepted.
    let mut req = post_form(&confidential_report());
    req.headers_mut()
        .insert("sec-fetch-site", "same-origin".parse().unwrap());
    assert_eq!(send(&app, req).await.status, StatusCode::OK);
    assert_eq!(outbox_lines(&outbox).len(), 1);
}

#[test]
fn esc_escapes_every_html_special_character() {
    let table = [
        ("", ""),
        ("plain £500 café", "plain £500 café"),
        ("<>", "&lt;&gt;"),
        ("a & b", "a &amp; b"),
        ("\"'", "&quot;&#39;"),
        ("&amp;", "&amp;amp;"),
    ];
    for (input, want) in table {
        assert_eq!(app::html::esc(input), want);
    }
}
