//! The crate's one error type.
//!
//! Every failure in report-shield is an [`Error`] with an [`ErrorKind`]. The
//! message says what went wrong and where (a field path such as
//! `subjects[0].rank`, a line number, a limit), and never what the offending
//! value was: reports carry identifying details, and an error message is
//! exactly the kind of text that ends up in a log.

use std::borrow::Cow;
use std::fmt;

/// The broad class of an [`Error`], for callers that branch on failures.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The input was not well-formed JSON (syntax error, invalid UTF-8,
    /// nesting too deep, a number out of range).
    Json,
    /// A field that the contract does not define was present.
    UnknownField,
    /// A field that the contract requires was absent.
    MissingField,
    /// The `schema_version` is not one this crate understands.
    UnsupportedVersion,
    /// A field had a value of the wrong type or outside its allowed set,
    /// or the report broke a rule of the contract (for example an
    /// anonymous report with contact details).
    InvalidReport,
    /// A configured size limit was exceeded. Inputs are never truncated.
    LimitExceeded,
    /// A key was missing, too short, malformed or could not be loaded.
    InvalidKey,
    /// A policy was incomplete, contradictory or malformed.
    InvalidPolicy,
    /// A detector pattern or detector configuration was invalid.
    InvalidPattern,
    /// Reading a file or environment variable failed.
    Io,
}

impl ErrorKind {
    /// A short, stable, lower-case name for the kind, for logs and metrics.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::UnknownField => "unknown_field",
            Self::MissingField => "missing_field",
            Self::UnsupportedVersion => "unsupported_version",
            Self::InvalidReport => "invalid_report",
            Self::LimitExceeded => "limit_exceeded",
            Self::InvalidKey => "invalid_key",
            Self::InvalidPolicy => "invalid_policy",
            Self::InvalidPattern => "invalid_pattern",
            Self::Io => "io",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error from report-shield.
///
/// The type is opaque: inspect it with [`Error::kind`] and show it with
/// `Display`. Neither `Display` nor `Debug` ever contains a value taken from
/// a report or a key; they name fields, positions and limits only.
#[derive(Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: Cow<'static, str>,
}

impl Error {
    /// Builds an error. `message` must not contain any value from a report
    /// or a key; callers pass field names, positions and limits only.
    pub(crate) fn new(kind: ErrorKind, message: impl Into<Cow<'static, str>>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }

    /// The class of this error.
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .finish()
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_the_message_and_kind_is_kept() {
        let e = Error::new(
            ErrorKind::LimitExceeded,
            "narrative is longer than 65536 bytes",
        );
        assert_eq!(e.kind(), ErrorKind::LimitExceeded);
        assert_eq!(e.to_string(), "narrative is longer than 65536 bytes");
        assert!(format!("{e:?}").contains("LimitExceeded"));
    }

    #[test]
    fn kind_names_are_distinct() {
        let kinds = [
            ErrorKind::Json,
            ErrorKind::UnknownField,
            ErrorKind::MissingField,
            ErrorKind::UnsupportedVersion,
            ErrorKind::InvalidReport,
            ErrorKind::LimitExceeded,
            ErrorKind::InvalidKey,
            ErrorKind::InvalidPolicy,
            ErrorKind::InvalidPattern,
            ErrorKind::Io,
        ];
        let mut names: Vec<_> = kinds.iter().map(|k| k.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), kinds.len());
    }
}
