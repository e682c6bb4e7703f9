//! `Debug` helpers that show whether a value is there, never the value.

use std::fmt;

/// An optional text: `Some(<redacted>)` or `None`.
pub(crate) struct Opt<'a>(pub(crate) &'a Option<String>);

impl fmt::Debug for Opt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(_) => f.write_str("Some(<redacted>)"),
            None => f.write_str("None"),
        }
    }
}

/// A list of texts: `<3 redacted>`.
pub(crate) struct Texts<'a>(pub(crate) &'a [String]);

impl fmt::Debug for Texts<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} redacted>", self.0.len())
    }
}
