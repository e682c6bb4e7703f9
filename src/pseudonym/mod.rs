//! Keys, keyrings and keyed tokens.
