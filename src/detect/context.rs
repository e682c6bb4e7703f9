//! What the caller knows about a text before it is scanned: known values
//! (the reporter's declared contact details, the subject's fields, a deny
//! list) and an allow list.

use std::fmt;

use crate::attribute::Party;
use crate::detect::Kind;

/// A value the caller already knows, to be found in any formatting.
///
/// The reporter's declared phone number, the subject's name and collar
/// number, or an entry on a deny list. `Debug` never shows the value.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq)]
pub struct KnownValue {
    /// What kind of detail the value is.
    pub kind: Kind,
    /// The value as the caller has it.
    pub value: String,
    /// Whose it is. [`Party::Subject`] values are kept; [`Party::Reporter`]
    /// and [`Party::Unknown`] values are protected.
    pub party: Party,
}

impl KnownValue {
    /// A known value of `kind`, belonging to `party`.
    #[must_use]
    pub fn new(kind: Kind, value: impl Into<String>, party: Party) -> Self {
        Self {
            kind,
            value: value.into(),
            party,
        }
    }
}

impl fmt::Debug for KnownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KnownValue")
            .field("kind", &self.kind)
            .field("value", &"<redacted>")
            .field("party", &self.party)
            .finish()
    }
}

/// The context for scanning one text: known values and allowed values.
///
/// ```
/// use report_shield::{Kind, Party, TextContext};
///
/// let mut ctx = TextContext::new();
/// ctx.add_known(Kind::Phone, "07700 900123", Party::Reporter);
/// ctx.add_known(Kind::Name, "Daniel Reeves", Party::Subject);
/// ctx.allow("Steelhouse Lane");
/// assert_eq!(ctx.known().len(), 2);
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct TextContext {
    known: Vec<KnownValue>,
    allowed: Vec<String>,
}

impl TextContext {
    /// An empty context.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a known value.
    pub fn add_known(&mut self, kind: Kind, value: impl Into<String>, party: Party) -> &mut Self {
        self.known.push(KnownValue::new(kind, value, party));
        self
    }

    /// Adds a value that is never treated as identifying in this text (a
    /// station name, the service's own phone number).
    pub fn allow(&mut self, value: impl Into<String>) -> &mut Self {
        self.allowed.push(value.into());
        self
    }

    /// The known values, in the order they were added.
    #[must_use]
    pub fn known(&self) -> &[KnownValue] {
        &self.known
    }

    /// The allowed values, in the order they were added.
    #[must_use]
    pub fn allowed(&self) -> &[String] {
        &self.allowed
    }
}

impl fmt::Debug for TextContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TextContext")
            .field("known", &self.known)
            .field(
                "allowed",
                &format_args!("<{} redacted>", self.allowed.len()),
            )
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_values() {
        let mut ctx = TextContext::new();
        ctx.add_known(Kind::Phone, "07700 900123", Party::Reporter);
        ctx.allow("Bloggsworth Street");
        let dbg = format!("{ctx:?}");
        assert!(!dbg.contains("900123"), "{dbg}");
        assert!(!dbg.contains("Bloggsworth"), "{dbg}");
        assert!(dbg.contains("Phone"));
    }
}
