//! The policy: a table from (kind, party) to an action.

mod action;

pub use self::action::{Action, ActionKind};
