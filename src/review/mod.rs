//! Risk hints for the reporter and the human sanitiser.
//!
//! The crate-internal `Reviewer` finds phrases that may identify the
//! reporter without being identifiers (a relationship, proximity, a shared
//! workplace, a gendered self-reference, a unique event, sole knowledge)
//! and returns each as a [`Hint`]; nothing is rewritten.

#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "called by the anonymiser, which lands on another branch"
    )
)]
mod hint;
mod phrases;
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "called by the anonymiser, which lands on another branch"
    )
)]
mod reviewer;

pub use self::hint::{Hint, HintCategory, Severity};
#[cfg_attr(
    not(test),
    allow(
        unused_imports,
        reason = "called by the anonymiser, which lands on another branch"
    )
)]
pub(crate) use self::reviewer::Reviewer;

#[cfg(test)]
mod tests;
