//! Keys, keyrings and keyed tokens (pseudonyms).
//!
//! A reporter's identifier that must not reach the force, but that the
//! force may need to recognise when it appears again (the same phone number
//! in two reports), is replaced by a *token*: a keyed HMAC-SHA256 of the
//! identifier's canonical form. Without the key a token reveals nothing;
//! with the key, a guess can be checked, so the key stays with the service
//! and never travels with the reports.
//!
//! # Token format
//!
//! A token is ASCII text:
//!
//! ```text
//! [PHONE:k1:5W7QG3XKZ2M4A]
//!  ^^^^^ ^^ ^^^^^^^^^^^^^
//!  label id 13 characters of RFC 4648 base32 (A-Z, 2-7; upper case,
//!           no padding): the first 65 bits of the MAC
//! ```
//!
//! - **label**: what the value was, in upper case: [`Kind::label`] for
//!   detected identifiers (`PHONE`, `EMAIL`, `PERSON`, `POSTCODE`, `NINO`
//!   …), `REF` for a report reference, `CONTACT` for a reporter's whole
//!   contact block, `FILE` for an attachment's file name.
//! - **id**: the id of the key that made the token (1 to 16 of
//!   `A–Z a–z 0–9 _ -`), so a keyring can match tokens made before a key
//!   rotation.
//! - **MAC**: 13 base32 characters carrying the first 65 bits of
//!   HMAC-SHA256(key, input). 65 bits make accidental collisions
//!   negligible (a chance of about 2^-34 among 65,536 distinct values of
//!   one kind)
//!   and guessing a token without the key hopeless.
//!
//! A whole token matches the regular expression
//! `\[[A-Z]{1,16}:[A-Za-z0-9_-]{1,16}:[A-Z2-7]{13}\]`. The anonymiser
//! recognises tokens in its input and leaves them alone, so anonymising a
//! disseminated text again changes nothing.
//!
//! ## The MAC input (frozen)
//!
//! ```text
//! HMAC-SHA256(key,
//!     "report-shield/v1" || 0x00 || domain tag || 0x00 || scope tag || 0x00 || canonical value)
//! ```
//!
//! all as UTF-8 bytes, where
//!
//! - the **domain tag** is `kind/` followed by the kind's snake_case name
//!   for detected identifiers (`kind/phone`, `kind/email`, `kind/name` …),
//!   and `ref`, `contact` or `file` for the other token kinds. One value
//!   under two kinds therefore gives two unrelated tokens.
//! - the **scope tag** is `global`, `deployment/NAME` or `force/NAME`,
//!   where NAME is the scope's name case-folded, with spaces collapsed and
//!   control characters removed. Tokens made for one force cannot be joined
//!   with another force's tokens.
//! - the **canonical value** is the value rewritten so that every spelling
//!   of one identifier is the same text: phones in E.164
//!   (`+447700900123` for `07700 900 123`, `+44 (0)7700-900123`,
//!   `0044 7700 900123` or full-width digits), emails lower-cased with
//!   disguises such as `jo at example dot com` undone, postcodes upper case
//!   without spaces, names case-folded with spaces collapsed, dots and
//!   possessive `'s` removed, NINOs, IBANs, vehicle registrations, licence
//!   and passport numbers as upper-case letters and digits only, NHS, card,
//!   sort code and account numbers as digits only, handles lower case
//!   without `@`, URLs without scheme, `www.` or trailing slash and with a
//!   lower-case host, IP addresses in their standard text form, anything
//!   else case-folded with spaces collapsed. Every form starts from NFKC
//!   with invisible characters (zero-width spaces, soft hyphens, bidi
//!   controls) removed.
//!
//! Keys are 32 to 64 bytes; the HMAC block key is the secret padded with
//! zeros (RFC 2104). The HMAC passes the RFC 4231 test vectors, and golden
//! tests pin the tokens of fixed inputs under the public test key, so any
//! change to the format, the tags or the canonical forms fails the tests.
//! **Once released, the format is frozen**: a change would break every
//! stored link between reports. A new format would get a new version tag
//! (`report-shield/v2`).
//!
//! ## A token never re-creates its value
//!
//! The MAC characters come from the base32 alphabet `A–Z 2–7`, so they are
//! never a digit containing `0`, `1`, `8` or `9` and never lower case.
//! Being the output of a keyed MAC they are independent of the value: the
//! chance that the 13 characters spell any given name, postcode or digit
//! run of a value is of the order of 2^-65 for the whole block, and
//! negligible for any part of it that a reader would take for the value.
//! The label and key id are fixed text chosen by the crate and the
//! operator; choose key ids that are not words or numbers from reports
//! (`k1`, `k2024a`).
//!
//! ## Test keys
//!
//! [`dangerous::insecure_test_key`] is the only way to get a fixed key.
//! Its secret is published in this crate's source, so **its tokens are
//! reversible by anyone**. It exists for golden tests and documentation
//! examples, and tokens made with it carry the key id `test`.

mod canonical;
pub mod dangerous;
mod key;
mod keyring;
mod token;

pub use self::key::Key;
pub use self::keyring::Keyring;
pub use self::token::{Scope, TokenKind};

#[allow(unused_imports)]
pub(crate) use self::canonical::canonical;
#[allow(unused_imports)]
pub(crate) use self::token::{TOKEN_PATTERN, is_token};

#[cfg(doc)]
use crate::detect::Kind;

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::detect::Kind;

    fn any_token_kind() -> impl Strategy<Value = TokenKind> {
        prop_oneof![
            proptest::sample::select(Kind::ALL).prop_map(TokenKind::Identifier),
            Just(TokenKind::Reference),
            Just(TokenKind::Contact),
            Just(TokenKind::FileName),
        ]
    }

    fn any_scope() -> impl Strategy<Value = Scope> {
        prop_oneof![
            Just(Scope::Global),
            any::<String>().prop_map(Scope::Deployment),
            any::<String>().prop_map(Scope::Force),
        ]
    }

    proptest! {
        #[test]
        fn tokens_are_well_formed_and_recognised(
            kind in any_token_kind(),
            value in any::<String>(),
            scope in any_scope(),
        ) {
            let keyring = Keyring::new(dangerous::insecure_test_key());
            let t = keyring.token(kind, &value, &scope);
            prop_assert!(is_token(&t), "{t}");
            prop_assert!(t.is_ascii());
            let prefix = format!("[{}:test:", kind.label());
            prop_assert!(t.starts_with(&prefix), "{}", t);
            prop_assert!(keyring.verify(&t, kind, &value, &scope));
        }

        #[test]
        fn canonical_never_panics_and_is_idempotent_enough(
            value in any::<String>(),
            kind in proptest::sample::select(Kind::ALL),
        ) {
            let c = canonical(kind, &value);
            // Canonicalising twice never panics either; for these kinds it
            // is a fixed point.
            let again = canonical(kind, &c);
            if matches!(kind, Kind::Postcode | Kind::Nino | Kind::NhsNumber | Kind::Card) && c.is_ascii() {
                prop_assert_eq!(again, c);
            }
        }

        #[test]
        fn canonical_survives_hostile_text(
            value in "[ \\u{200B}\\u{202E}\\u{0301}\\u{FF10}-\\u{FF19}@.()\\[\\]a-zA-Z0-9+ß'’-]{0,200}",
            kind in proptest::sample::select(Kind::ALL),
        ) {
            let _ = canonical(kind, &value);
            let _ = TokenKind::Reference.canonical(&value);
            let _ = Scope::Force(value.clone()).tag();
        }
    }
}
