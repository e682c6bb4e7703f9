//! Applying actions to a text.
