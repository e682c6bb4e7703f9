//! Token kinds, scopes, the MAC input and the token text.

use std::borrow::Cow;

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroize;

use crate::detect::Kind;
use crate::pseudonym::canonical;

/// The version prefix of every MAC input. Frozen.
const VERSION_TAG: &[u8] = b"report-shield/v1";

/// How many base32 characters of the MAC a token carries (65 bits).
pub(crate) const MAC_CHARS: usize = 13;

/// The longest label ([`Kind::label`] and the fixed labels).
const MAX_LABEL: usize = 16;

/// The longest key id.
pub(crate) const MAX_KEY_ID: usize = 16;

/// A regular-expression fragment (no anchors, `regex` crate syntax) that
/// matches one token, for detectors that must leave tokens alone.
#[allow(dead_code, reason = "used by the detectors that skip tokens")]
pub(crate) const TOKEN_PATTERN: &str = r"\[[A-Z]{1,16}:[A-Za-z0-9_-]{1,16}:[A-Z2-7]{13}\]";

/// What a token stands for. Each kind has its own domain tag in the MAC
/// input, so one value under two kinds gives two unrelated tokens, and its
/// own upper-case label in the token text.
///
/// ```
/// use report_shield::{Kind, TokenKind};
///
/// assert_eq!(TokenKind::Identifier(Kind::Phone).label(), "PHONE");
/// assert_eq!(TokenKind::Identifier(Kind::Name).label(), "PERSON");
/// assert_eq!(TokenKind::Reference.label(), "REF");
/// assert_eq!(TokenKind::Contact.label(), "CONTACT");
/// assert_eq!(TokenKind::FileName.label(), "FILE");
/// # Ok::<(), report_shield::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A detected identifier of a [`Kind`] (label [`Kind::label`], e.g.
    /// `PHONE`, `EMAIL`, `PERSON`).
    Identifier(Kind),
    /// A report's reference (label `REF`).
    Reference,
    /// A reporter's whole contact block (label `CONTACT`).
    Contact,
    /// An attachment's file name (label `FILE`).
    FileName,
}

impl TokenKind {
    /// The upper-case label written at the start of the token.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            TokenKind::Identifier(kind) => kind.label(),
            TokenKind::Reference => "REF",
            TokenKind::Contact => "CONTACT",
            TokenKind::FileName => "FILE",
        }
    }

    /// The domain tag in the MAC input: `kind/` and the kind's snake_case
    /// name for identifiers (`kind/phone`), `ref`, `contact` and `file`
    /// otherwise. Frozen.
    pub(crate) fn domain_tag(self) -> Cow<'static, str> {
        match self {
            TokenKind::Identifier(kind) => Cow::Owned(format!("kind/{}", kind.as_str())),
            TokenKind::Reference => Cow::Borrowed("ref"),
            TokenKind::Contact => Cow::Borrowed("contact"),
            TokenKind::FileName => Cow::Borrowed("file"),
        }
    }

    /// The canonical form of `value` for this kind.
    pub(crate) fn canonical(self, value: &str) -> String {
        match self {
            TokenKind::Identifier(kind) => canonical::canonical(kind, value),
            TokenKind::Reference => canonical::canonical_reference(value),
            TokenKind::Contact | TokenKind::FileName => canonical::canonical_text(value),
        }
    }
}

/// Who may join data on tokens.
///
/// With [`Scope::Global`] one key gives one token per value everywhere.
/// With [`Scope::Force`] the tokens given to one receiving force differ from
/// those given to another, so two forces cannot join their data on tokens;
/// [`Scope::Deployment`] does the same per deployment. Scope names are
/// compared in their general canonical form (case-folded, spaces collapsed,
/// control characters removed), so `"West Midlands Police"` and
/// `"west  midlands police"` are one scope.
///
/// In JSON (for configuration) a scope is `"global"`,
/// `{"deployment": "NAME"}` or `{"force": "NAME"}`.
///
/// ```
/// use report_shield::Scope;
///
/// let scope = Scope::Force("West Midlands Police".to_owned());
/// assert_ne!(scope, Scope::Global);
/// assert_eq!(Scope::default(), Scope::Global);
/// let json = serde_json::to_string(&scope).ok();
/// assert_eq!(json.as_deref(), Some(r#"{"force":"West Midlands Police"}"#));
/// # Ok::<(), report_shield::Error>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// One token per value for the whole key (scope tag `global`).
    #[default]
    Global,
    /// Tokens per deployment (scope tag `deployment/` + name).
    Deployment(String),
    /// Tokens per receiving force (scope tag `force/` + name).
    Force(String),
}

impl Scope {
    /// The scope tag in the MAC input. Never contains a control
    /// character, so never the 0x00 separator. Frozen.
    pub(crate) fn tag(&self) -> String {
        match self {
            Scope::Global => "global".to_owned(),
            Scope::Deployment(name) => {
                format!("deployment/{}", canonical::canonical_scope_name(name))
            }
            Scope::Force(name) => format!("force/{}", canonical::canonical_scope_name(name)),
        }
    }
}

/// The HMAC-SHA256 state keyed with `secret` (RFC 2104), before any
/// message: the inner and outer key pads already hashed. Clone it per
/// message ([`hmac_sha256_keyed`]) instead of keying again; that saves two
/// of the (usually) four SHA-256 compressions of a token.
///
/// The block key is built here, as RFC 2104 says (the secret padded with
/// zeros, or its SHA-256 if longer than the 64-byte block), so the HMAC is
/// set up through the infallible fixed-size constructor and the block key
/// is wiped after use. The state itself is wiped on drop (the `zeroize`
/// features of `hmac` and `sha2`). The RFC 4231 vectors pin this function.
pub(crate) fn keyed_hmac(secret: &[u8]) -> Hmac<Sha256> {
    let mut block = hmac::digest::Key::<Hmac<Sha256>>::default();
    if secret.len() > block.len() {
        let digest = Sha256::digest(secret);
        for (dst, src) in block.iter_mut().zip(digest.iter()) {
            *dst = *src;
        }
    } else {
        for (dst, src) in block.iter_mut().zip(secret) {
            *dst = *src;
        }
    }
    let mac = <Hmac<Sha256> as KeyInit>::new(&block);
    block.as_mut_slice().zeroize();
    mac
}

/// HMAC-SHA256 of the concatenation of `parts` under the key of `keyed`
/// (a state from [`keyed_hmac`], left unchanged).
pub(crate) fn hmac_sha256_keyed(keyed: &Hmac<Sha256>, parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = keyed.clone();
    for part in parts {
        mac.update(part);
    }
    let mut out = [0u8; 32];
    for (dst, src) in out.iter_mut().zip(mac.finalize().into_bytes().iter()) {
        *dst = *src;
    }
    out
}

/// HMAC-SHA256 of the concatenation of `parts` under `secret` (RFC 2104).
#[cfg(test)]
pub(crate) fn hmac_sha256(secret: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    hmac_sha256_keyed(&keyed_hmac(secret), parts)
}

/// The 13 base32 characters of the token for an already canonical value:
/// the first 65 bits of
/// `HMAC-SHA256(secret, "report-shield/v1" 0x00 domain 0x00 scope 0x00 value)`,
/// with `keyed` the state from [`keyed_hmac`] for the secret.
pub(crate) fn mac_chars(
    keyed: &Hmac<Sha256>,
    domain_tag: &str,
    scope_tag: &str,
    canonical_value: &str,
) -> [u8; MAC_CHARS] {
    let full = hmac_sha256_keyed(
        keyed,
        &[
            VERSION_TAG,
            &[0],
            domain_tag.as_bytes(),
            &[0],
            scope_tag.as_bytes(),
            &[0],
            canonical_value.as_bytes(),
        ],
    );
    // 9 bytes = 72 bits encode to 15 base32 characters; the first 13 carry
    // exactly the first 65 bits of the MAC.
    let mut first = [0u8; 9];
    for (dst, src) in first.iter_mut().zip(full.iter()) {
        *dst = *src;
    }
    let mut encoded = [0u8; 15];
    BASE32_NOPAD.encode_mut(&first, &mut encoded);
    let mut out = [0u8; MAC_CHARS];
    for (dst, src) in out.iter_mut().zip(encoded.iter()) {
        *dst = *src;
    }
    out
}

/// Writes the token text `[LABEL:keyid:MAC]`.
pub(crate) fn format_token(label: &str, key_id: &str, mac: &[u8; MAC_CHARS]) -> String {
    let mut out = String::with_capacity(label.len() + key_id.len() + MAC_CHARS + 4);
    out.push('[');
    out.push_str(label);
    out.push(':');
    out.push_str(key_id);
    out.push(':');
    // The base32 alphabet is ASCII, so every byte is a char.
    out.extend(mac.iter().map(|&b| char::from(b)));
    out.push(']');
    out
}

/// The parts of a token's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TokenParts<'a> {
    /// The upper-case label (`PHONE`).
    pub(crate) label: &'a str,
    /// The key id (`k1`).
    pub(crate) key_id: &'a str,
    /// The 13 base32 characters.
    pub(crate) mac: &'a str,
}

/// Whether `s` is a valid key id: 1 to 16 of `A-Z a-z 0-9 _ -`.
pub(crate) fn is_key_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_KEY_ID
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Splits a whole token into its parts; `None` if `s` is not exactly one
/// well-formed token.
pub(crate) fn parse_token(s: &str) -> Option<TokenParts<'_>> {
    let inner = s.strip_prefix('[')?.strip_suffix(']')?;
    let mut parts = inner.split(':');
    let label = parts.next()?;
    let key_id = parts.next()?;
    let mac = parts.next()?;
    if parts.next().is_some() {
        return None;
    }
    let label_ok = !label.is_empty()
        && label.len() <= MAX_LABEL
        && label.bytes().all(|b| b.is_ascii_uppercase());
    let mac_ok = mac.len() == MAC_CHARS
        && mac
            .bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b));
    (label_ok && is_key_id(key_id) && mac_ok).then_some(TokenParts { label, key_id, mac })
}

/// Whether `s` is exactly one well-formed token (any label, any key id).
/// The text around a token is not accepted: `" [PHONE:k1:…]"` is not a
/// token.
#[allow(dead_code, reason = "used by the anonymiser to leave tokens alone")]
pub(crate) fn is_token(s: &str) -> bool {
    parse_token(s).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_tags_and_labels_are_distinct() {
        let mut kinds: Vec<TokenKind> = Kind::ALL
            .iter()
            .map(|&k| TokenKind::Identifier(k))
            .collect();
        kinds.extend([
            TokenKind::Reference,
            TokenKind::Contact,
            TokenKind::FileName,
        ]);
        let mut tags: Vec<_> = kinds.iter().map(|k| k.domain_tag()).collect();
        let mut labels: Vec<_> = kinds.iter().map(|k| k.label()).collect();
        tags.sort_unstable();
        tags.dedup();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(tags.len(), kinds.len());
        assert_eq!(labels.len(), kinds.len());
        assert!(labels.iter().all(|l| l.len() <= MAX_LABEL));
        assert!(tags.iter().all(|t| !t.contains('\0')));
    }

    #[test]
    fn scope_json() {
        for (scope, json) in [
            (Scope::Global, r#""global""#),
            (Scope::Force("F".into()), r#"{"force":"F"}"#),
            (Scope::Deployment("D".into()), r#"{"deployment":"D"}"#),
        ] {
            assert_eq!(serde_json::to_string(&scope).unwrap(), json);
            assert_eq!(serde_json::from_str::<Scope>(json).unwrap(), scope);
        }
        assert!(serde_json::from_str::<Scope>(r#"{"region":"x"}"#).is_err());
    }

    #[test]
    fn scope_tags() {
        assert_eq!(Scope::Global.tag(), "global");
        assert_eq!(
            Scope::Force(" West  Midlands Police".into()).tag(),
            "force/west midlands police"
        );
        assert_eq!(Scope::Deployment("Pilot".into()).tag(), "deployment/pilot");
        assert_ne!(
            Scope::Force("x".into()).tag(),
            Scope::Deployment("x".into()).tag()
        );
    }

    #[test]
    fn parse_accepts_only_whole_tokens() {
        let good = "[PHONE:k1:5W7QG3XKZ2M4A]";
        assert_eq!(
            parse_token(good),
            Some(TokenParts {
                label: "PHONE",
                key_id: "k1",
                mac: "5W7QG3XKZ2M4A"
            })
        );
        for bad in [
            "",
            "[]",
            " [PHONE:k1:5W7QG3XKZ2M4A]",
            "[PHONE:k1:5W7QG3XKZ2M4A] ",
            "[PHONE:k1:5W7QG3XKZ2M4]",
            "[PHONE:k1:5W7QG3XKZ2M4AB]",
            "[PHONE:k1:5W7QG3XKZ2M41]",
            "[PHONE:k1:5w7qg3xkz2m4a]",
            "[phone:k1:5W7QG3XKZ2M4A]",
            "[PHONE::5W7QG3XKZ2M4A]",
            "[PHONE:k.1:5W7QG3XKZ2M4A]",
            "[PHONE:k1:5W7QG3XKZ2M4A:X]",
            "[PHONE:abcdefghijklmnopq:5W7QG3XKZ2M4A]",
            "PHONE:k1:5W7QG3XKZ2M4A",
            "[PHONE:k1:5W7QG3XKZ2M4Ａ]",
        ] {
            assert!(!is_token(bad), "{bad:?}");
        }
    }

    #[test]
    fn pattern_agrees_with_parser() -> Result<(), regex::Error> {
        let re = regex::Regex::new(&format!("^{TOKEN_PATTERN}$"))?;
        for s in [
            "[PHONE:k1:5W7QG3XKZ2M4A]",
            "[PHONE:k1:5W7QG3XKZ2M41]",
            "[P:k-_9:AAAAAAAAAAAAA]",
            "[PHONE:k1:aaaaaaaaaaaaa]",
        ] {
            assert_eq!(re.is_match(s), is_token(s), "{s}");
        }
        Ok(())
    }

    fn unhex(s: &str) -> Vec<u8> {
        data_encoding::HEXLOWER.decode(s.as_bytes()).unwrap()
    }

    /// RFC 4231 §4.2–4.8, HMAC-SHA-256 results, through the crate's own
    /// block-key construction (test case 5 is truncated to 128 bits).
    #[test]
    fn rfc4231_through_our_block_key() {
        let long_key = [0xaau8; 131];
        let key4: Vec<u8> = (1u8..=25).collect();
        let cases: [(&[u8], &[u8], &str); 7] = [
            (&[0x0b; 20], b"Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            (b"Jefe", b"what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            (&[0xaa; 20], &[0xdd; 50], "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
            (&key4, &[0xcd; 50], "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
            (&[0x0c; 20], b"Test With Truncation", "a3b6167473100ee06e0c796c2955552b"),
            (&long_key, b"Test Using Larger Than Block-Size Key - Hash Key First", "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
            (&long_key, b"This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.", "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
        ];
        for (i, (key, data, want)) in cases.iter().enumerate() {
            let want = unhex(want);
            let got = hmac_sha256(key, &[data]);
            assert_eq!(
                got.get(..want.len()),
                Some(&want[..]),
                "RFC 4231 test case {}",
                i + 1
            );
            // Split input gives the same MAC as one piece.
            let (a, b) = data.split_at(data.len() / 2);
            assert_eq!(hmac_sha256(key, &[a, b]), got);
            // One keyed state serves every message: using it leaves it as
            // it was.
            let keyed = keyed_hmac(key);
            assert_eq!(
                hmac_sha256_keyed(&keyed, &[b"other message"]),
                hmac_sha256(key, &[b"other message"])
            );
            assert_eq!(hmac_sha256_keyed(&keyed, &[data]), got);
            assert_eq!(hmac_sha256_keyed(&keyed, &[a, b]), got);
        }
    }

    #[test]
    fn mac_chars_are_base32() {
        let m = mac_chars(
            &keyed_hmac(&[7u8; 32]),
            "kind/phone",
            "global",
            "+447700900123",
        );
        assert!(
            m.iter()
                .all(|&b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
        );
    }
}
