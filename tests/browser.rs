//! End-to-end test of the reference intake server in headless Chromium,
//! driven over WebDriver (chromedriver + fantoccini).
//!
//! A confidential reporter names themselves and gives a phone number in the
//! narrative; the live preview must warn them before they send; after
//! sending, the outbox record must keep the officer's name and collar
//! number and hold neither the reporter's name nor their number.
//!
//! Needs `/usr/bin/chromium` and `/usr/bin/chromedriver` (Debian's
//! `chromium` and `chromium-driver`, installed by `.ci/run`). Without them
//! the test prints why and passes, unless the `CI` environment variable is
//! set, where it fails. Screenshots go to `target/browser-test/`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code)]
#[path = "../examples/intake_server/app/mod.rs"]
mod app;

use std::net::{Ipv4Addr, SocketAddr, TcpListener as StdListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use report_shield::{Anonymiser, Disseminated, Key, ReporterMode};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The whole test must finish well within this.
const WAIT: Duration = Duration::from_secs(20);

/// Where this test writes: `target/browser-test/`.
fn output_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.parent().unwrap_or(tmp).join("browser-test");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// chromedriver as a child process, ended (by its own id) when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    StdListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_driver(log: &Path) -> Driver {
    let port = free_port();
    let log_file = std::fs::File::create(log).unwrap();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .arg("--allowed-ips=127.0.0.1")
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().unwrap())
        .stderr(log_file)
        .spawn()
        .expect("chromedriver starts");
    let driver = Driver { child, port };
    let start = Instant::now();
    while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
        assert!(start.elapsed() < WAIT, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    driver
}

async fn connect(driver: &Driver, profile: &Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".to_owned(),
        serde_json::json!({
            "binary": CHROMIUM,
            "args": [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1100,1400",
                format!("--user-data-dir={}", profile.display()),
            ],
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a WebDriver session with headless Chromium")
}

/// Polls `f` until it returns `Some`, for at most [`WAIT`].
async fn eventually<T, F, Fut>(what: &str, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let start = Instant::now();
    loop {
        if let Some(v) = f().await {
            return v;
        }
        assert!(start.elapsed() < WAIT, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

async fn text_of(client: &Client, css: &str) -> Option<String> {
    client.find(Locator::Css(css)).await.ok()?.text().await.ok()
}

const NARRATIVE: &str = "My name is Jo Bloggs and I live next door to PC Daniel Reeves, \
collar number 4471. On 3 May at 07:30 he took £500 in cash from the corner shop till. \
You can ring me on 07700 900123 after six.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_confidential_reporter_sees_the_warning_and_the_force_gets_no_identifiers() {
    let have = Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists();
    if !have {
        if std::env::var_os("CI").is_some() {
            panic!(
                "CI is set but {CHROMIUM} or {CHROMEDRIVER} is missing: \
                 install Debian's chromium and chromium-driver (.ci/run does)"
            );
        }
        eprintln!(
            "SKIPPED browser test: {CHROMIUM} or {CHROMEDRIVER} not found \
             (apt-get install chromium chromium-driver); set CI=1 to make this a failure"
        );
        return;
    }

    let out = output_dir();
    let outbox = out.join("outbox.jsonl");
    let _ = std::fs::remove_file(&outbox);
    let profile = out.join(format!("profile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);

    // The server, in-process, on a free port of 127.0.0.1.
    let anonymiser = Anonymiser::builder()
        .key(Key::generate("e2e").unwrap())
        .build()
        .unwrap();
    let listener = tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .unwrap();
    let base = format!("http://{}/", listener.local_addr().unwrap());
    let server_outbox = app::Outbox::new(outbox.clone());
    let server = tokio::spawn(async move {
        axum::serve(listener, app::router(anonymiser, server_outbox))
            .await
            .unwrap();
    });

    let driver = start_driver(&out.join("chromedriver.log"));
    let client = connect(&driver, &profile).await;
    let result = drive(&client, &base, &out).await;
    let _ = client.close().await;
    drop(driver);
    server.abort();
    let _ = std::fs::remove_dir_all(&profile);
    result.unwrap();

    // What reached the outbox.
    let text = std::fs::read_to_string(&outbox).expect("the outbox was written");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "one report, one line");
    let d = Disseminated::from_json(lines[0]).expect("a disseminated report");
    assert_eq!(d.subjects[0].name.as_deref(), Some("Daniel Reeves"));
    assert_eq!(d.subjects[0].collar_number.as_deref(), Some("4471"));
    assert!(d.narrative.contains("PC Daniel Reeves"), "{}", d.narrative);
    assert!(d.narrative.contains("4471"), "{}", d.narrative);
    assert!(d.narrative.contains("£500"), "{}", d.narrative);
    assert!(
        d.incident.is_none(),
        "the reporter gave no incident details"
    );
    assert_eq!(d.reporter.mode, ReporterMode::Confidential);
    assert!(d.reporter.contact_token.is_some());
    let line = lines[0];
    assert!(
        !line.contains("Bloggs"),
        "the reporter's name leaked: {line}"
    );
    assert!(
        !line.contains("Jo "),
        "the reporter's first name leaked: {line}"
    );
    assert!(
        !line.contains("900123"),
        "the reporter's number leaked: {line}"
    );
    let digits: String = line.chars().filter(char::is_ascii_digit).collect();
    assert!(
        !digits.contains("7700900123"),
        "the reporter's number leaked"
    );
    assert!(!line.contains("example.org"), "the contact email leaked");
}

/// Fills and sends the form; returns the first failure as an error so
/// that the browser is always closed.
async fn drive(client: &Client, base: &str, out: &Path) -> Result<(), String> {
    let e = |what: &str| {
        let what = what.to_owned();
        move |err: fantoccini::error::CmdError| format!("{what}: {err}")
    };
    client.goto(base).await.map_err(e("open the form"))?;
    let find = |css: &'static str| async move {
        client
            .find(Locator::Css(css))
            .await
            .map_err(|err| format!("find {css}: {err}"))
    };

    // Progressive enhancement: the contact fields are hidden until the
    // reporter chooses to be contactable.
    let contact = find("#contact-fields").await?;
    if contact.is_displayed().await.map_err(e("contact shown?"))? {
        return Err("contact fields shown for an anonymous report".into());
    }

    find("input[name=categories][value=bribery]")
        .await?
        .click()
        .await
        .map_err(e("tick bribery"))?;
    find("#f-subject-name")
        .await?
        .send_keys("Daniel Reeves")
        .await
        .map_err(e("name"))?;
    find("#f-subject-rank")
        .await?
        .select_by_value("constable")
        .await
        .map_err(e("rank"))?;
    find("#f-subject-collar")
        .await?
        .send_keys("4471")
        .await
        .map_err(e("collar"))?;
    find("#f-subject-force")
        .await?
        .select_by_value("metropolitan")
        .await
        .map_err(e("force"))?;
    find("#f-mode-1")
        .await?
        .click()
        .await
        .map_err(e("choose confidential"))?;
    if !contact.is_displayed().await.map_err(e("contact shown?"))? {
        return Err("contact fields hidden for a confidential report".into());
    }
    find("#f-contact-email")
        .await?
        .send_keys("jo.b@example.org")
        .await
        .map_err(e("email"))?;
    find("#f-narrative")
        .await?
        .send_keys(NARRATIVE)
        .await
        .map_err(e("narrative"))?;

    // The live check: the name and the number would be changed, and the
    // risk hint appears, while the officer's details are not listed.
    let changes = eventually("the changes in the live preview", || async {
        let t = text_of(client, "#preview-changes").await?;
        (t.contains("07700 900123") && t.contains("Jo Bloggs")).then_some(t)
    })
    .await;
    let hints = eventually("the risk hint in the live preview", || async {
        let t = text_of(client, "#preview-hints").await?;
        t.contains("I live next door").then_some(t)
    })
    .await;
    if changes.contains("Daniel Reeves") || changes.contains("4471") {
        return Err(format!(
            "the officer's details are listed as changes: {changes}"
        ));
    }
    if !hints.contains("may show the officer where you live") {
        return Err(format!("the hint is not in plain words: {hints}"));
    }
    let result = text_of(client, "#preview-result").await.unwrap_or_default();
    if result.contains("900123") || result.contains("Bloggs") || !result.contains("4471") {
        return Err(format!("the preview result is wrong: {result}"));
    }

    // Screenshot of the form with the preview in view.
    client
        .execute(
            "document.querySelector('label[for=f-narrative]').scrollIntoView({block: 'start'}); return true;",
            vec![],
        )
        .await
        .map_err(e("scroll"))?;
    let png = client.screenshot().await.map_err(e("screenshot"))?;
    std::fs::write(out.join("intake-preview.png"), &png).map_err(|err| err.to_string())?;
    if let Ok(section) = client.find(Locator::Css("#preview")).await
        && let Ok(png) = section.screenshot().await
    {
        let _ = std::fs::write(out.join("intake-preview-section.png"), &png);
    }

    // No cookies, ever.
    let cookies = client.get_all_cookies().await.map_err(e("cookies"))?;
    if !cookies.is_empty() {
        return Err(format!("{} cookies were set", cookies.len()));
    }

    find("#submit-button")
        .await?
        .click()
        .await
        .map_err(e("send"))?;
    let receipt = eventually("the receipt page", || async {
        text_of(client, "#receipt").await
    })
    .await;
    if !receipt.contains("Daniel Reeves") || receipt.contains("Bloggs") {
        return Err(format!("the receipt is wrong: {receipt}"));
    }
    let png = client.screenshot().await.map_err(e("screenshot"))?;
    std::fs::write(out.join("intake-receipt.png"), &png).map_err(|err| err.to_string())?;
    Ok(())
}
