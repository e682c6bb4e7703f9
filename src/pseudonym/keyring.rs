//! The keys in use: one active, older ones kept for matching.

use std::fmt;

use subtle::ConstantTimeEq;

use crate::error::{Error, ErrorKind, Result};
use crate::pseudonym::key::Key;
use crate::pseudonym::token::{self, Scope, TokenKind};

/// The keys a deployment uses: one active key that makes every new token,
/// and the keys it replaced, kept so that tokens made before a rotation can
/// still be matched with [`Keyring::verify`].
///
/// `Debug` shows key ids only. A keyring cannot be cloned (it owns its
/// keys); share it behind a reference or an `Arc`.
///
/// ```
/// use report_shield::{Key, Keyring, Kind, Scope, TokenKind, dangerous};
///
/// // Before the rotation: tokens are made with the old key.
/// let old = Keyring::new(dangerous::insecure_test_key());
/// let kind = TokenKind::Identifier(Kind::Phone);
/// let token = old.token(kind, "07700 900123", &Scope::Global);
/// assert!(token.starts_with("[PHONE:test:"));
///
/// // After it: a new active key, the old one kept as previous.
/// let rotated = Keyring::new(Key::from_bytes("k2", &[0x42; 32])?)
///     .with_previous(dangerous::insecure_test_key())?;
/// assert_eq!(rotated.active_id(), "k2");
/// assert!(rotated.verify(&token, kind, "+44 7700 900123", &Scope::Global));
/// assert!(!rotated.verify(&token, kind, "07700 900124", &Scope::Global));
/// # Ok::<(), report_shield::Error>(())
/// ```
pub struct Keyring {
    active: Key,
    previous: Vec<Key>,
}

impl Keyring {
    /// A keyring whose only key is `active`.
    #[must_use]
    pub fn new(active: Key) -> Keyring {
        Keyring {
            active,
            previous: Vec::new(),
        }
    }

    /// The same keyring with `key` kept as a previous key: it makes no new
    /// tokens, but tokens it made still verify.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidKey`] if a key with the same id is already in
    /// the keyring (a token names its key by id, so ids must be unique), or
    /// a key with the same secret is (a rotation that changed nothing).
    ///
    /// ```
    /// use report_shield::{ErrorKind, Key, Keyring};
    ///
    /// let ring = Keyring::new(Key::from_bytes("k2", &[2; 32])?);
    /// let dup = ring.with_previous(Key::from_bytes("k2", &[1; 32])?);
    /// assert_eq!(dup.err().map(|e| e.kind()), Some(ErrorKind::InvalidKey));
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    pub fn with_previous(mut self, key: Key) -> Result<Keyring> {
        if self.key(key.id()).is_some() {
            return Err(Error::new(
                ErrorKind::InvalidKey,
                "a key with this id is already in the keyring",
            ));
        }
        let same_secret = self
            .keys()
            .any(|k| bool::from(k.secret().ct_eq(key.secret())));
        if same_secret {
            return Err(Error::new(
                ErrorKind::InvalidKey,
                "a key with the same secret is already in the keyring",
            ));
        }
        self.previous.push(key);
        Ok(self)
    }

    /// The id of the key that makes new tokens.
    #[must_use]
    pub fn active_id(&self) -> &str {
        self.active.id()
    }

    /// Every key id in the keyring: the active one first, then the
    /// previous ones in the order they were added.
    ///
    /// ```
    /// use report_shield::{Key, Keyring};
    ///
    /// let ring = Keyring::new(Key::from_bytes("k3", &[3; 32])?)
    ///     .with_previous(Key::from_bytes("k2", &[2; 32])?)?
    ///     .with_previous(Key::from_bytes("k1", &[1; 32])?)?;
    /// assert_eq!(ring.key_ids().collect::<Vec<_>>(), ["k3", "k2", "k1"]);
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    pub fn key_ids(&self) -> impl Iterator<Item = &str> {
        self.keys().map(Key::id)
    }

    /// The token for `value` as a `kind`, made with the active key in
    /// `scope`: the value is put in its canonical form, so every spelling of
    /// one identifier gives one token (see the token format in the crate's
    /// README).
    ///
    /// ```
    /// use report_shield::{Keyring, Kind, Scope, TokenKind, dangerous};
    ///
    /// let ring = Keyring::new(dangerous::insecure_test_key());
    /// let phone = TokenKind::Identifier(Kind::Phone);
    /// let a = ring.token(phone, "07700 900 123", &Scope::Global);
    /// let b = ring.token(phone, "+44 (0)7700-900123", &Scope::Global);
    /// assert_eq!(a, b);
    /// assert_eq!(a.len(), "[PHONE:test:]".len() + 13);
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    #[must_use]
    pub fn token(&self, kind: TokenKind, value: &str, scope: &Scope) -> String {
        self.token_in(kind, value, &scope.tag())
    }

    /// [`Keyring::token`] with a precomputed scope tag.
    pub(crate) fn token_in(&self, kind: TokenKind, value: &str, scope_tag: &str) -> String {
        let canonical = kind.canonical(value);
        let mac = token::mac_chars(
            self.active.keyed_mac(),
            &kind.domain_tag(),
            scope_tag,
            &canonical,
        );
        token::format_token(kind.label(), self.active.id(), &mac)
    }

    /// Whether `token` is the token for `value` as a `kind` in `scope`,
    /// made by whichever key in the keyring the token names (so tokens made
    /// before a rotation still verify while their key is kept as a previous
    /// key). The MAC is compared in constant time.
    ///
    /// Returns `false` for anything that is not a well-formed token, a
    /// token of another kind, or a token naming a key that is not in the
    /// keyring.
    ///
    /// ```
    /// use report_shield::{Keyring, Kind, Scope, TokenKind, dangerous};
    ///
    /// let ring = Keyring::new(dangerous::insecure_test_key());
    /// let email = TokenKind::Identifier(Kind::Email);
    /// let token = ring.token(email, "jo@example.com", &Scope::Global);
    /// assert!(ring.verify(&token, email, "jo at example dot com", &Scope::Global));
    /// assert!(!ring.verify(&token, email, "jo@example.org", &Scope::Global));
    /// assert!(!ring.verify("[EMAIL:test:AAAAAAAAAAAAA]", email, "jo@example.com", &Scope::Global));
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    #[must_use]
    pub fn verify(&self, token: &str, kind: TokenKind, value: &str, scope: &Scope) -> bool {
        self.verify_in(token, kind, value, &scope.tag())
    }

    /// [`Keyring::verify`] with a precomputed scope tag.
    pub(crate) fn verify_in(
        &self,
        token: &str,
        kind: TokenKind,
        value: &str,
        scope_tag: &str,
    ) -> bool {
        let Some(parts) = token::parse_token(token) else {
            return false;
        };
        if parts.label != kind.label() {
            return false;
        }
        let Some(key) = self.key(parts.key_id) else {
            return false;
        };
        let expected = token::mac_chars(
            key.keyed_mac(),
            &kind.domain_tag(),
            scope_tag,
            &kind.canonical(value),
        );
        expected.ct_eq(parts.mac.as_bytes()).into()
    }

    /// Whether any key in the keyring is the public test key.
    pub(crate) fn has_insecure_test_key(&self) -> bool {
        self.keys().any(Key::is_insecure_test_key)
    }

    /// The key with this id.
    fn key(&self, id: &str) -> Option<&Key> {
        self.keys().find(|k| k.id() == id)
    }

    /// Every key, active first.
    fn keys(&self) -> impl Iterator<Item = &Key> {
        std::iter::once(&self.active).chain(self.previous.iter())
    }
}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keyring")
            .field("active", &self.active)
            .field("previous", &self.previous)
            .finish()
    }
}
