//! Attribution: whose is each finding?
//!
//! [`Party`] is the public answer; the crate-internal `Attributor` gives
//! one per finding (the rules are listed in the `rules` module).

mod cues;
mod known;
mod party;
mod rules;

pub(crate) use self::known::KnownIndex;
pub use self::party::Party;
pub(crate) use self::rules::Attributor;

#[cfg(test)]
mod tests;
