//! Risk hints for the reporter and the human sanitiser.
//!
//! The crate-internal `Reviewer` finds phrases that may identify the
//! reporter without being identifiers (a relationship, proximity, a shared
//! workplace, a gendered self-reference, a unique event, sole knowledge)
//! and returns each as a [`Hint`]; nothing is rewritten.

mod hint;
mod phrases;
mod reviewer;

pub use self::hint::{Hint, HintCategory, Severity};
pub(crate) use self::reviewer::Reviewer;

#[cfg(test)]
mod tests;
