//! Reading JSON into the contract types with errors that name fields,
//! never values.
//!
//! serde and serde_json error messages quote the offending input
//! (`invalid type: string "07700 900123"`, ``unknown variant `xyz` ``), so
//! they are never passed on. Messages are rebuilt from the error's
//! category, the field path (sanitised), the line and column and, for our
//! own `Deserialize` impls, a fixed text marked with [`own_message`].

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;

use crate::error::{Error, ErrorKind, Result};

/// The schema version this crate reads and writes.
pub(crate) const SCHEMA_VERSION: u64 = 1;

/// Marks a custom serde error message as written by this crate (fixed
/// text, no values), so it may be shown.
const OWN: &str = "\u{1}report-shield:";

/// Wraps a fixed message (no values!) so the error mapper passes it on.
pub(crate) fn own_message(msg: &str) -> String {
    format!("{OWN}{msg}")
}

/// A plain identifier: `[a-z0-9_]{1,64}`.
pub(crate) fn is_plain_ident(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn render_path(path: &serde_path_to_error::Path) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Segment::Seq { index } => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(if is_plain_ident(key) { key } else { "?" });
            }
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    out
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// The text between the first pair of backticks after `prefix`.
fn backticked<'a>(msg: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = msg.strip_prefix(prefix)?;
    let end = rest.find('`')?;
    rest.get(..end)
}

fn position(e: &serde_json::Error) -> String {
    if e.line() == 0 {
        String::new()
    } else {
        format!(" (line {}, column {})", e.line(), e.column())
    }
}

/// Maps a bare serde_json error (syntax, end of input, trailing data).
pub(crate) fn json_error(e: &serde_json::Error) -> Error {
    let pos = position(e);
    match e.classify() {
        serde_json::error::Category::Io => {
            Error::new(ErrorKind::Json, "could not read the JSON input")
        }
        serde_json::error::Category::Eof => Error::new(
            ErrorKind::Json,
            format!("the JSON input ended unexpectedly{pos}"),
        ),
        serde_json::error::Category::Syntax => {
            let msg = e.to_string();
            if msg.starts_with("recursion limit exceeded") {
                Error::new(
                    ErrorKind::Json,
                    format!("the JSON is nested too deeply{pos}"),
                )
            } else if msg.starts_with("number out of range") {
                Error::new(
                    ErrorKind::Json,
                    format!("a JSON number is out of range{pos}"),
                )
            } else if msg.starts_with("trailing characters") {
                Error::new(
                    ErrorKind::Json,
                    format!("there is data after the end of the JSON value{pos}"),
                )
            } else {
                Error::new(ErrorKind::Json, format!("JSON syntax error{pos}"))
            }
        }
        serde_json::error::Category::Data => Error::new(
            ErrorKind::InvalidReport,
            format!("the input is invalid{pos}"),
        ),
    }
}

fn data_error(path: &str, e: &serde_json::Error) -> Error {
    let pos = position(e);
    let msg = e.to_string();
    let at = if path.is_empty() {
        "the top level".to_owned()
    } else {
        format!("`{path}`")
    };
    if let Some(rest) = msg.strip_prefix(OWN) {
        // Our own fixed text, followed by serde_json's " at line …".
        let text = rest.split(" at line ").next().unwrap_or("is invalid");
        let field = if path.is_empty() { "the report" } else { path };
        return Error::new(ErrorKind::InvalidReport, format!("`{field}` {text}{pos}"));
    }
    if let Some(name) = backticked(&msg, "unknown field `") {
        // serde_path_to_error records the unknown key as the last path
        // segment; the message names the containing object instead.
        let parent = match path.rsplit_once('.') {
            Some((p, _)) => p.to_owned(),
            None if path.starts_with('?') || is_plain_ident(path) => String::new(),
            None => path.to_owned(),
        };
        let inside = if parent.is_empty() {
            "the report".to_owned()
        } else {
            format!("`{parent}`")
        };
        return if is_plain_ident(name) {
            Error::new(
                ErrorKind::UnknownField,
                format!("unknown field `{}` in {inside}{pos}", join(&parent, name)),
            )
        } else {
            Error::new(
                ErrorKind::UnknownField,
                format!("an unknown field in {inside}{pos}"),
            )
        };
    }
    if let Some(name) = backticked(&msg, "missing field `") {
        let field = if is_plain_ident(name) {
            join(path, name)
        } else {
            join(path, "?")
        };
        return Error::new(
            ErrorKind::MissingField,
            format!("missing required field `{field}`{pos}"),
        );
    }
    if let Some(name) = backticked(&msg, "duplicate field `") {
        let field = if is_plain_ident(name) {
            join(path, name)
        } else {
            join(path, "?")
        };
        return Error::new(
            ErrorKind::InvalidReport,
            format!("field `{field}` appears more than once{pos}"),
        );
    }
    let what = if msg.starts_with("invalid type") {
        "has the wrong type"
    } else if msg.starts_with("unknown variant") || msg.starts_with("invalid value") {
        "has a value that is not allowed"
    } else if msg.starts_with("invalid length") {
        "has the wrong number of items"
    } else {
        "is invalid"
    };
    Error::new(ErrorKind::InvalidReport, format!("{at} {what}{pos}"))
}

fn map_error(e: &serde_path_to_error::Error<serde_json::Error>) -> Error {
    let inner = e.inner();
    match inner.classify() {
        serde_json::error::Category::Data => data_error(&render_path(e.path()), inner),
        _ => json_error(inner),
    }
}

#[derive(Deserialize)]
struct Probe {
    /// `Some(Null)` for an explicit `null`, `None` when absent.
    #[serde(default, deserialize_with = "present")]
    schema_version: Option<serde_json::Value>,
}

fn present<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<serde_json::Value>, D::Error> {
    serde_json::Value::deserialize(d).map(Some)
}

/// Checks the input is a JSON object with a supported `schema_version`.
fn check_version(text: &str) -> Result<()> {
    // serde would also read a struct from a JSON array; the contract is an
    // object.
    if !text
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{')
    {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => Error::new(ErrorKind::Json, "the input must be a JSON object"),
            Err(e) => json_error(&e),
        });
    }
    let probe: Probe = match serde_json::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            return Err(match e.classify() {
                serde_json::error::Category::Data => {
                    let msg = e.to_string();
                    if let Some(name) = backticked(&msg, "duplicate field `") {
                        let name = if is_plain_ident(name) { name } else { "?" };
                        Error::new(
                            ErrorKind::InvalidReport,
                            format!("field `{name}` appears more than once{}", position(&e)),
                        )
                    } else {
                        Error::new(ErrorKind::Json, "the input must be a JSON object")
                    }
                }
                _ => json_error(&e),
            });
        }
    };
    match probe.schema_version {
        None => Err(Error::new(
            ErrorKind::MissingField,
            "missing required field `schema_version`",
        )),
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(SCHEMA_VERSION) => Ok(()),
        Some(serde_json::Value::Number(n)) => match n.as_u64() {
            Some(v) if v < 1_000_000 => Err(Error::new(
                ErrorKind::UnsupportedVersion,
                format!(
                    "schema_version {v} is not supported (this crate reads version {SCHEMA_VERSION})"
                ),
            )),
            _ => Err(Error::new(
                ErrorKind::UnsupportedVersion,
                format!(
                    "schema_version is not a supported version number (this crate reads version {SCHEMA_VERSION})"
                ),
            )),
        },
        Some(_) => Err(Error::new(
            ErrorKind::UnsupportedVersion,
            format!(
                "schema_version must be the number {SCHEMA_VERSION}; it is not a version number"
            ),
        )),
    }
}

/// Reads one contract document: version probe, then the full typed parse
/// with field paths, then a check for trailing data.
pub(crate) fn from_str<T: DeserializeOwned>(text: &str) -> Result<T> {
    check_version(text)?;
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| map_error(&e))?;
    de.end().map_err(|e| json_error(&e))?;
    Ok(value)
}

/// Bytes to text: invalid UTF-8 is a typed JSON error.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str> {
    std::str::from_utf8(bytes).map_err(|e| {
        Error::new(
            ErrorKind::Json,
            format!("the input is not valid UTF-8 (at byte {})", e.valid_up_to()),
        )
    })
}

/// Serialises a contract document.
pub(crate) fn to_string<T: serde::Serialize>(value: &T, pretty: bool) -> Result<String> {
    let r = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    r.map_err(|_| Error::new(ErrorKind::Json, "could not serialise the report as JSON"))
}

/// The `schema_version` field: always 1 on output, only 1 on input.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, Debug)]
pub(crate) struct SchemaVersion;

impl serde::Serialize for SchemaVersion {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_u64(SCHEMA_VERSION)
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let v = u64::deserialize(d)?;
        if v == SCHEMA_VERSION {
            Ok(SchemaVersion)
        } else {
            Err(serde::de::Error::custom(own_message(
                "is not a supported schema version",
            )))
        }
    }
}

impl schemars::JsonSchema for SchemaVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut m = serde_json::Map::new();
        m.insert("type".into(), "integer".into());
        m.insert("const".into(), SCHEMA_VERSION.into());
        m.insert(
            "description".into(),
            "The contract version. This crate reads and writes version 1.".into(),
        );
        schemars::Schema::from(m)
    }
}
