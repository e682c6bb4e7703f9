//! Detection: finding every identifying detail in a text.

mod context;
mod finding;
mod known;
mod names;

pub use self::context::{KnownValue, TextContext};
pub use self::finding::{Finding, Kind};
