//! The intake server's routes and handlers, shared by `main.rs` and the
//! tests (`tests/intake_server.rs`, `tests/browser.rs`).
//!
//! Privacy by construction: no request logging at all (no IP address, no
//! user agent, no paths), no cookies, no third-party resources, a strict
//! Content-Security-Policy, a request body limit, and the raw report is
//! never written anywhere: only the disseminated (anonymised) report is
//! appended to the outbox.

pub(crate) mod form;
pub(crate) mod html;
pub(crate) mod words;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, JsonRejection};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::map_response;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use report_shield::Anonymiser;

use self::form::{FieldError, FormInput};
use self::words::PreviewRequest;

/// The largest request body accepted. A full narrative (64 KiB) can take
/// three times as many bytes once form-encoded.
pub(crate) const BODY_LIMIT: usize = 256 * 1024;

/// The Content-Security-Policy of every response. `connect-src 'self'`
/// lets the page's own script call the preview endpoint.
pub(crate) const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const SCRIPT: &str = include_str!("../static/intake.js");
const STYLE: &str = include_str!("../static/intake.css");

/// Where disseminated reports go: one JSON document a line, appended.
#[derive(Debug)]
pub(crate) struct Outbox {
    path: PathBuf,
    lock: Mutex<()>,
}

impl Outbox {
    /// An outbox at `path` (created on the first report).
    pub(crate) fn new(path: impl Into<PathBuf>) -> Outbox {
        Outbox {
            path: path.into(),
            lock: Mutex::new(()),
        }
    }

    /// The file's path.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one line, whole, and syncs it to disk. The file is created
    /// readable by its owner only.
    fn append(&self, line: &str) -> std::io::Result<()> {
        let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        let mut options = std::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let mut file = options.open(&self.path)?;
        let mut buf = Vec::with_capacity(line.len() + 1);
        buf.extend_from_slice(line.as_bytes());
        buf.push(b'\n');
        file.write_all(&buf)?;
        file.sync_data()
    }
}

/// What every handler shares.
#[derive(Debug)]
pub(crate) struct AppState {
    anonymiser: Anonymiser,
    outbox: Outbox,
}

/// The whole application: routes, body limit and security headers.
pub(crate) fn router(anonymiser: Anonymiser, outbox: Outbox) -> Router {
    let state = Arc::new(AppState { anonymiser, outbox });
    Router::new()
        .route("/", get(show_form).post(submit))
        .route("/api/review", post(review))
        .route("/static/intake.js", get(script))
        .route("/static/intake.css", get(style))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(map_response(security_headers))
        .with_state(state)
}

/// Headers on every response. No `Set-Cookie` is ever sent.
async fn security_headers(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    // Pages hold what the reporter typed: keep them out of every cache.
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    h.remove(header::SET_COOKIE);
    res
}

async fn show_form() -> Html<String> {
    Html(html::form_page(&FormInput::default(), &[], None))
}

fn status_page(status: StatusCode, title: &str, text: &str) -> Response {
    (status, Html(html::message_page(title, text))).into_response()
}

fn too_large() -> Response {
    status_page(
        StatusCode::PAYLOAD_TOO_LARGE,
        "Your report is too long to send",
        "The report is longer than this form accepts. Use your browser\u{2019}s Back button: your text should still be there. Shorten it, or split it into two reports.",
    )
}

async fn not_found() -> Response {
    status_page(
        StatusCode::NOT_FOUND,
        "Page not found",
        "There is nothing at this address.",
    )
}

async fn script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        SCRIPT,
    )
}

async fn style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        STYLE,
    )
}

/// The form's POST: Preview (the check, server-rendered) or Send.
async fn submit(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    if is_cross_site(&headers) {
        return status_page(
            StatusCode::FORBIDDEN,
            "Reports are only accepted from this form",
            "Open the form at this address and send it from there.",
        );
    }
    let body = match body {
        Ok(b) => b,
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return too_large(),
        Err(_) => {
            return status_page(
                StatusCode::BAD_REQUEST,
                "Your report could not be read",
                "Please go back and try again.",
            );
        }
    };
    let input = FormInput::parse(&body);

    if input.get("action") == "preview" {
        return match words::preview(&state.anonymiser, &input) {
            Ok(p) => Html(html::form_page(&input, &[], Some(&p))).into_response(),
            Err(e) => form_with_errors(
                StatusCode::UNPROCESSABLE_ENTITY,
                &input,
                vec![FieldError {
                    field: "narrative",
                    message: format!("The account could not be checked: {e}."),
                }],
            ),
        };
    }

    let report = match input.to_report(state.anonymiser.limits()) {
        Ok(r) => r,
        Err(errors) => return form_with_errors(StatusCode::UNPROCESSABLE_ENTITY, &input, errors),
    };

    // Anonymising and the synced write are blocking work.
    let worker = Arc::clone(&state);
    let done = tokio::task::spawn_blocking(move || -> Result<_, String> {
        let d = worker
            .anonymiser
            .anonymise(&report)
            .map_err(|e| format!("The report could not be accepted: {e}."))?;
        // The raw `report` is dropped here, never written anywhere.
        drop(report);
        let line = d
            .to_json()
            .map_err(|_| "The report could not be prepared.".to_owned())?;
        worker.outbox.append(&line).map_err(|e| {
            // The only thing this example ever prints after start-up: the
            // kind of I/O failure, never a value or a request detail.
            eprintln!("outbox: write failed ({})", e.kind());
            "The report could not be saved. Nothing was sent: please try again later.".to_owned()
        })?;
        let pretty = d.to_json_pretty().unwrap_or(line);
        Ok((d, pretty))
    })
    .await;

    match done {
        Ok(Ok((d, pretty))) => Html(html::receipt_page(&d, &pretty)).into_response(),
        Ok(Err(message)) => form_with_errors(
            StatusCode::INTERNAL_SERVER_ERROR,
            &input,
            vec![FieldError { field: "", message }],
        ),
        Err(_) => form_with_errors(
            StatusCode::INTERNAL_SERVER_ERROR,
            &input,
            vec![FieldError {
                field: "",
                message: "The report could not be sent. Please try again.".to_owned(),
            }],
        ),
    }
}

/// Whether the browser says the request comes from another site (a form
/// on another page posting here). Browsers send `Sec-Fetch-Site`; other
/// clients may leave it out.
fn is_cross_site(headers: &HeaderMap) -> bool {
    headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes() == b"cross-site")
}

fn form_with_errors(status: StatusCode, input: &FormInput, errors: Vec<FieldError>) -> Response {
    (status, Html(html::form_page(input, &errors, None))).into_response()
}

/// The live preview: JSON in (the narrative and the fields that say whose
/// a detail is), the check in plain words out.
async fn review(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Result<axum::Json<PreviewRequest>, JsonRejection>,
) -> Response {
    if is_cross_site(&headers) {
        return (
            StatusCode::FORBIDDEN,
            axum::Json(serde_json::json!({"error": "cross-site requests are refused"})),
        )
            .into_response();
    }
    let request = match body {
        Ok(axum::Json(r)) => r,
        Err(e) => {
            let status = e.status();
            return (
                status,
                axum::Json(serde_json::json!({"error": "the request could not be read"})),
            )
                .into_response();
        }
    };
    let input = request.into_form();
    match words::preview(&state.anonymiser, &input) {
        Ok(p) => axum::Json(p).into_response(),
        Err(e) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            axum::Json(serde_json::json!({"error": e.to_string()})),
        )
            .into_response(),
    }
}
