//! Attribution: whose is each finding?
//!
//! [`Party`] is the public answer; the crate-internal `Attributor` gives
//! one per finding (the rules are listed in the `rules` module).

mod cues;
mod known;
mod party;
#[cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "called by the anonymiser, which lands on another branch"
    )
)]
mod rules;

pub use self::party::Party;
#[cfg_attr(
    not(test),
    allow(
        unused_imports,
        reason = "called by the anonymiser, which lands on another branch"
    )
)]
pub(crate) use self::rules::Attributor;

#[cfg(test)]
mod tests;
