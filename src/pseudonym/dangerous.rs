//! **Dangerous**: keys whose secret is public, for tests and examples only.
//!
//! Tokens made with a key from this module are **reversible by anyone**:
//! the secret is printed in this crate's source code, so anyone can compute
//! the token of every phone number, postcode or name and look the tokens
//! up. Never use it for real reports. It exists so that golden tests and
//! documentation examples can show fixed, reproducible tokens.
//!
//! A test key always has the key id `test`, so its tokens are easy to spot
//! (`[PHONE:test:…]`), and its `Debug` output says `insecure_test_key`.
//!
//! ```
//! use report_shield::{Keyring, Kind, Scope, TokenKind, dangerous};
//!
//! let ring = Keyring::new(dangerous::insecure_test_key());
//! let token = ring.token(TokenKind::Identifier(Kind::Email), "jo@example.com", &Scope::Global);
//! assert!(token.starts_with("[EMAIL:test:"));
//! # Ok::<(), report_shield::Error>(())
//! ```

use crate::pseudonym::key::Key;

/// The id of the public test key.
pub const INSECURE_TEST_KEY_ID: &str = "test";

/// The fixed, **publicly known** test key (id `test`). Anyone can reverse
/// the tokens it makes; use it in tests and examples only.
///
/// ```
/// use report_shield::dangerous;
///
/// let key = dangerous::insecure_test_key();
/// assert_eq!(key.id(), "test");
/// assert!(format!("{key:?}").contains("insecure_test_key"));
/// # Ok::<(), report_shield::Error>(())
/// ```
#[must_use]
pub fn insecure_test_key() -> Key {
    Key::insecure_test(INSECURE_TEST_KEY_ID)
}
