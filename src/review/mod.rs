//! Risk hints for the reporter and the human sanitiser.

mod hint;

pub use self::hint::{Hint, HintCategory, Severity};
