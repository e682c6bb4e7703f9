//! Attribution: whose is each finding?

mod party;

pub use self::party::Party;
