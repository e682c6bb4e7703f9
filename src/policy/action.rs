//! What the policy does with a finding.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What to do with one finding.
///
/// In JSON an action is an object tagged by `action`:
/// `{"action": "pseudonymise"}`, `{"action": "mask", "keep": 4}`.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum Action {
    /// Leave the text as written.
    Keep,
    /// Delete the text.
    Remove,
    /// Replace the text with a type label such as `[PHONE]`.
    Label,
    /// Replace every grapheme with `*`, except the last `keep` graphemes.
    Mask {
        /// How many graphemes at the end stay visible.
        #[serde(default)]
        keep: u8,
    },
    /// Replace the text with a keyed token such as `[PHONE:k1:5W7QG3XKZ2M4A]`.
    Pseudonymise,
    /// Replace the text with a coarser form: a postcode with its outward
    /// code, a date of birth with its year, an age with a ten-year band, a
    /// time with a part of the day.
    Generalise,
}

impl Action {
    /// The action's name without parameters, for redaction records.
    #[must_use]
    pub const fn kind(self) -> ActionKind {
        match self {
            Action::Keep => ActionKind::Keep,
            Action::Remove => ActionKind::Remove,
            Action::Label => ActionKind::Label,
            Action::Mask { .. } => ActionKind::Mask,
            Action::Pseudonymise => ActionKind::Pseudonymise,
            Action::Generalise => ActionKind::Generalise,
        }
    }
}

/// The JSON form of an [`Action`] as read. serde's `deny_unknown_fields`
/// does not reject extra fields on the unit variants of an internally
/// tagged enum, so reading goes through this flat struct instead.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionRepr {
    action: ActionKind,
    #[serde(default)]
    keep: Option<u8>,
}

impl<'de> Deserialize<'de> for Action {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let repr = ActionRepr::deserialize(deserializer)?;
        let action = match repr.action {
            ActionKind::Keep => Action::Keep,
            ActionKind::Remove => Action::Remove,
            ActionKind::Label => Action::Label,
            ActionKind::Mask => Action::Mask {
                keep: repr.keep.unwrap_or(0),
            },
            ActionKind::Pseudonymise => Action::Pseudonymise,
            ActionKind::Generalise => Action::Generalise,
        };
        if repr.keep.is_some() && repr.action != ActionKind::Mask {
            return Err(serde::de::Error::custom(
                "`keep` is only allowed with the mask action",
            ));
        }
        Ok(action)
    }
}

/// The name of an [`Action`] without its parameters.
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// See [`Action::Keep`].
    Keep,
    /// See [`Action::Remove`].
    Remove,
    /// See [`Action::Label`].
    Label,
    /// See [`Action::Mask`].
    Mask,
    /// See [`Action::Pseudonymise`].
    Pseudonymise,
    /// See [`Action::Generalise`].
    Generalise,
}

impl ActionKind {
    /// The stable snake_case name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ActionKind::Keep => "keep",
            ActionKind::Remove => "remove",
            ActionKind::Label => "label",
            ActionKind::Mask => "mask",
            ActionKind::Pseudonymise => "pseudonymise",
            ActionKind::Generalise => "generalise",
        }
    }
}

impl fmt::Display for ActionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_serialise_with_a_tag() {
        let a: Action = serde_json::from_str(r#"{"action":"mask","keep":4}"#).unwrap();
        assert_eq!(a, Action::Mask { keep: 4 });
        assert_eq!(
            serde_json::to_string(&Action::Pseudonymise).unwrap(),
            r#"{"action":"pseudonymise"}"#
        );
        assert!(serde_json::from_str::<Action>(r#"{"action":"keep","x":1}"#).is_err());
        assert!(serde_json::from_str::<Action>(r#"{"action":"mask","x":1}"#).is_err());
        assert!(serde_json::from_str::<Action>(r#"{"action":"label","keep":1}"#).is_err());
        assert!(serde_json::from_str::<Action>(r#"{"action":"hash"}"#).is_err());
        assert_eq!(
            serde_json::from_str::<Action>(r#"{"action":"mask"}"#).unwrap(),
            Action::Mask { keep: 0 }
        );
        for a in [
            Action::Keep,
            Action::Remove,
            Action::Label,
            Action::Mask { keep: 3 },
            Action::Pseudonymise,
            Action::Generalise,
        ] {
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(serde_json::from_str::<Action>(&json).unwrap(), a, "{json}");
        }
        assert_eq!(a.kind().as_str(), "mask");
    }
}
