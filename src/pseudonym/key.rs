//! The secret key behind every token.

use std::fmt;
use std::io::Read;
use std::path::Path;

use data_encoding::{BASE64, BASE64_NOPAD, Encoding, HEXLOWER_PERMISSIVE};
use zeroize::Zeroizing;

use crate::error::{Error, ErrorKind, Result};
use crate::pseudonym::token::{is_key_id, keyed_hmac};
use hmac::Hmac;
use sha2::Sha256;

/// The fewest secret bytes a key may have (256 bits).
pub(crate) const MIN_SECRET_LEN: usize = 32;

/// The most secret bytes a key may have: the SHA-256 block size. HMAC
/// hashes a longer key down to 32 bytes, so more would add nothing.
pub(crate) const MAX_SECRET_LEN: usize = 64;

/// The largest key file or key variable accepted, in bytes.
const MAX_KEY_TEXT: usize = 4096;

/// The first line of a key file.
const KEY_FILE_MAGIC: &str = "report-shield-key v1";

/// A secret key for keyed pseudonyms: a public key id and 32 to 64 secret
/// bytes.
///
/// The id is written into every token the key makes (`[PHONE:k1:…]`), so
/// that a [`Keyring`](crate::Keyring) can tell which key made a token after
/// a rotation. The id must be 1 to 16 characters of `A–Z a–z 0–9 _ -`; it is
/// public, so never put anything secret or identifying in it.
///
/// The secret is held in memory that is wiped when the key is dropped
/// ([`zeroize`]). `Debug` shows the id only. A key is never serialised and
/// cannot be cloned: move it into the [`Keyring`](crate::Keyring) that uses
/// it. Copies made by the operating system or by the caller (the string a
/// key was parsed from, an environment variable) are outside the crate's
/// reach: wipe or drop them as soon as the key is built.
///
/// Anyone who holds the key can test guesses against tokens (a phone
/// number has few enough possible values to try them all), so keep the
/// key away from whoever receives the disseminated reports.
///
/// ```
/// use report_shield::Key;
///
/// let key = Key::from_hex(
///     "k1",
///     "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
/// )?;
/// assert_eq!(key.id(), "k1");
/// assert_eq!(format!("{key:?}"), r#"Key { id: "k1", .. }"#);
///
/// // Short keys are refused.
/// let err = Key::from_bytes("k1", b"too short").err().map(|e| e.kind());
/// assert_eq!(err, Some(report_shield::ErrorKind::InvalidKey));
/// # Ok::<(), report_shield::Error>(())
/// ```
pub struct Key {
    id: String,
    secret: Zeroizing<Vec<u8>>,
    /// The HMAC state keyed with `secret` (key pads hashed), cloned per
    /// token; wiped on drop like the secret.
    mac: Hmac<Sha256>,
    insecure_test: bool,
}

impl Key {
    /// A key with the given id and secret bytes (copied; wipe your copy).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidKey`] if the id is not 1 to 16 characters of
    /// `A–Z a–z 0–9 _ -`, or the secret is shorter than 32 bytes (or empty)
    /// or longer than 64. The message names neither the id nor the secret.
    ///
    /// ```
    /// use report_shield::{ErrorKind, Key};
    ///
    /// let key = Key::from_bytes("k1", &[0x5a; 32])?;
    /// assert_eq!(key.id(), "k1");
    /// assert_eq!(Key::from_bytes("k1", &[]).err().map(|e| e.kind()), Some(ErrorKind::InvalidKey));
    /// assert_eq!(Key::from_bytes("k 1", &[0x5a; 32]).err().map(|e| e.kind()), Some(ErrorKind::InvalidKey));
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    pub fn from_bytes(id: &str, secret: &[u8]) -> Result<Key> {
        check_id(id)?;
        check_len(secret.len())?;
        let mut owned = Zeroizing::new(Vec::with_capacity(secret.len()));
        owned.extend_from_slice(secret);
        Ok(Key {
            id: id.to_owned(),
            mac: keyed_hmac(&owned),
            secret: owned,
            insecure_test: false,
        })
    }

    /// A key from hexadecimal text (upper or lower case, surrounding
    /// whitespace ignored): 64 to 128 hex digits.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidKey`] for a bad id, text that is not hex, or a
    /// secret of the wrong length.
    ///
    /// ```
    /// use report_shield::{ErrorKind, Key};
    ///
    /// let key = Key::from_hex("k2", &"AB".repeat(32))?;
    /// assert_eq!(key.id(), "k2");
    /// assert_eq!(Key::from_hex("k2", &"zz".repeat(32)).err().map(|e| e.kind()), Some(ErrorKind::InvalidKey));
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    pub fn from_hex(id: &str, hex: &str) -> Result<Key> {
        check_id(id)?;
        let secret = decode(&HEXLOWER_PERMISSIVE, hex.trim(), "hexadecimal")?;
        Key::from_bytes(id, &secret)
    }

    /// A key from standard base64 (RFC 4648 §4, with or without `=`
    /// padding; surrounding whitespace ignored).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidKey`] for a bad id, text that is not base64, or
    /// a secret of the wrong length.
    ///
    /// ```
    /// use report_shield::{ErrorKind, Key};
    ///
    /// let key = Key::from_base64("k3", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")?;
    /// assert_eq!(key.id(), "k3");
    /// assert_eq!(Key::from_base64("k3", "AAEC").err().map(|e| e.kind()), Some(ErrorKind::InvalidKey));
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    pub fn from_base64(id: &str, b64: &str) -> Result<Key> {
        check_id(id)?;
        let text = b64.trim();
        let encoding = if text.ends_with('=') {
            &BASE64
        } else {
            &BASE64_NOPAD
        };
        let secret = decode(encoding, text, "base64")?;
        Key::from_bytes(id, &secret)
    }

    /// A key from a key file, in the format that [`Key::to_key_file`]
    /// writes:
    ///
    /// ```text
    /// # Comment lines start with '#'; blank lines are ignored.
    /// report-shield-key v1
    /// id: k1
    /// secret: <32 to 64 bytes in standard base64>
    /// ```
    ///
    /// The file may instead hold the one-line form `ID:BASE64` (as
    /// [`Key::from_env`] accepts). Files over 4 KiB are refused.
    ///
    /// Keep key files readable by their owner only (`chmod 600`). This
    /// function does not refuse a file that others can read, but you
    /// should: a readable key file lets anyone reverse tokens by guessing.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Io`] if the file cannot be read (the message gives the
    /// kind of I/O failure, not the path), [`ErrorKind::InvalidKey`] if its
    /// contents are not a valid key (the message gives a line number at
    /// most, never a line's text).
    ///
    /// ```no_run
    /// use report_shield::Key;
    ///
    /// let key = Key::from_file("/etc/report-shield/k1.key")?;
    /// println!("loaded key {}", key.id());
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    pub fn from_file(path: impl AsRef<Path>) -> Result<Key> {
        let io = |e: std::io::Error| {
            Error::new(
                ErrorKind::Io,
                format!("cannot read the key file: {}", e.kind()),
            )
        };
        let file = std::fs::File::open(path.as_ref()).map_err(io)?;
        // Room for the largest accepted file and one byte more, allocated
        // up front so that the buffer holding the secret is never
        // reallocated (a reallocation would leave an unwiped copy behind).
        let mut bytes = Zeroizing::new(Vec::with_capacity(MAX_KEY_TEXT + 1));
        let limit = u64::try_from(MAX_KEY_TEXT + 1).unwrap_or(u64::MAX);
        file.take(limit).read_to_end(&mut bytes).map_err(io)?;
        if bytes.len() > MAX_KEY_TEXT {
            return Err(Error::new(
                ErrorKind::InvalidKey,
                format!("the key file is larger than {MAX_KEY_TEXT} bytes"),
            ));
        }
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| Error::new(ErrorKind::InvalidKey, "the key file is not UTF-8 text"))?;
        parse_key_text(text)
    }

    /// A key from the environment variable `var`, which holds either the
    /// contents of a key file (see [`Key::from_file`]) or the one-line form
    /// `ID:BASE64`.
    ///
    /// The crate cannot remove the variable from the process environment
    /// (that is `unsafe` in Rust 2024); clear it yourself, or start child
    /// processes without it.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Io`] if the variable is not set, [`ErrorKind::InvalidKey`]
    /// if it is not Unicode or not a valid key.
    ///
    /// ```no_run
    /// use report_shield::Key;
    ///
    /// // REPORT_SHIELD_KEY="k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
    /// let key = Key::from_env("REPORT_SHIELD_KEY")?;
    /// assert_eq!(key.id(), "k1");
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    pub fn from_env(var: &str) -> Result<Key> {
        let Some(value) = std::env::var_os(var) else {
            return Err(Error::new(
                ErrorKind::Io,
                "the key environment variable is not set",
            ));
        };
        // `into_string` reuses the buffer, so the wiped string is the only
        // copy the crate holds.
        let Ok(text) = value.into_string().map(Zeroizing::new) else {
            return Err(Error::new(
                ErrorKind::InvalidKey,
                "the key environment variable is not Unicode",
            ));
        };
        if text.len() > MAX_KEY_TEXT {
            return Err(Error::new(
                ErrorKind::InvalidKey,
                format!("the key environment variable is longer than {MAX_KEY_TEXT} bytes"),
            ));
        }
        parse_key_text(&text)
    }

    /// A new random key of 32 bytes from the operating system's secure
    /// random number generator.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidKey`] for a bad id; [`ErrorKind::Io`] if the
    /// operating system cannot supply random bytes.
    ///
    /// ```
    /// use report_shield::Key;
    ///
    /// let key = Key::generate("k2")?;
    /// assert_eq!(key.id(), "k2");
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    pub fn generate(id: &str) -> Result<Key> {
        check_id(id)?;
        let mut secret = Zeroizing::new([0u8; MIN_SECRET_LEN]);
        getrandom::fill(secret.as_mut_slice()).map_err(|_| {
            Error::new(
                ErrorKind::Io,
                "the operating system's random number generator failed",
            )
        })?;
        Key::from_bytes(id, secret.as_slice())
    }

    /// The key as the text of a key file, for storing a generated key. The
    /// text holds the secret: write it to a file readable by its owner only
    /// and let the returned string drop (it is wiped).
    ///
    /// The format (read back by [`Key::from_file`] and [`Key::from_env`]):
    ///
    /// ```text
    /// # report-shield key file: keep secret (chmod 600), never commit or log it.
    /// report-shield-key v1
    /// id: k1
    /// secret: AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=
    /// ```
    ///
    /// ```
    /// use report_shield::Key;
    ///
    /// let key = Key::generate("k1")?;
    /// let text = key.to_key_file();
    /// assert!(text.contains("report-shield-key v1"));
    /// assert!(text.contains("id: k1"));
    /// # Ok::<(), report_shield::Error>(())
    /// ```
    #[must_use]
    pub fn to_key_file(&self) -> Zeroizing<String> {
        const HEADER: &str =
            "# report-shield key file: keep secret (chmod 600), never commit or log it.\n";
        let b64_len = BASE64.encode_len(self.secret.len());
        let capacity = HEADER.len()
            + KEY_FILE_MAGIC.len()
            + "\nid: \nsecret: \n".len()
            + self.id.len()
            + b64_len;
        // Sized up front so the string is never reallocated with the secret
        // in it.
        let mut out = Zeroizing::new(String::with_capacity(capacity));
        out.push_str(HEADER);
        out.push_str(KEY_FILE_MAGIC);
        out.push_str("\nid: ");
        out.push_str(&self.id);
        out.push_str("\nsecret: ");
        BASE64.encode_append(&self.secret, &mut out);
        out.push('\n');
        out
    }

    /// The key id, as written into tokens.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The secret bytes. Only the MAC set-up and the keyring's
    /// same-secret check read them.
    pub(crate) fn secret(&self) -> &[u8] {
        &self.secret
    }

    /// The HMAC-SHA256 state keyed with the secret, for
    /// [`token::mac_chars`](crate::pseudonym::token::mac_chars).
    pub(crate) fn keyed_mac(&self) -> &Hmac<Sha256> {
        &self.mac
    }

    /// Whether this is the public test key from [`crate::pseudonym::dangerous`].
    pub(crate) fn is_insecure_test_key(&self) -> bool {
        self.insecure_test
    }

    /// The public test key (see [`crate::pseudonym::dangerous`]). The id
    /// is a constant that passes [`check_id`] (a test pins it).
    pub(crate) fn insecure_test(id: &str) -> Key {
        let mut secret = Zeroizing::new(Vec::with_capacity(INSECURE_TEST_SECRET.len()));
        secret.extend_from_slice(INSECURE_TEST_SECRET);
        Key {
            id: id.to_owned(),
            mac: keyed_hmac(&secret),
            secret,
            insecure_test: true,
        }
    }
}

/// The public test key's secret: 32 published bytes. Anyone can read it
/// here, which is the point: see [`crate::pseudonym::dangerous`].
pub(crate) const INSECURE_TEST_SECRET: &[u8; 32] = b"report-shield insecure test key!";

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Key");
        d.field("id", &self.id);
        if self.insecure_test {
            d.field("insecure_test_key", &true);
        }
        d.finish_non_exhaustive()
    }
}

fn check_id(id: &str) -> Result<()> {
    if is_key_id(id) {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::InvalidKey,
            "a key id must be 1 to 16 characters of A-Z, a-z, 0-9, '_' or '-'",
        ))
    }
}

fn check_len(len: usize) -> Result<()> {
    if len == 0 {
        Err(Error::new(ErrorKind::InvalidKey, "the key secret is empty"))
    } else if len < MIN_SECRET_LEN {
        Err(Error::new(
            ErrorKind::InvalidKey,
            format!("the key secret is {len} bytes; at least {MIN_SECRET_LEN} are required"),
        ))
    } else if len > MAX_SECRET_LEN {
        Err(Error::new(
            ErrorKind::InvalidKey,
            format!("the key secret is longer than {MAX_SECRET_LEN} bytes"),
        ))
    } else {
        Ok(())
    }
}

/// Decodes `text` into wiped memory. The error names the encoding only.
fn decode(encoding: &Encoding, text: &str, what: &'static str) -> Result<Zeroizing<Vec<u8>>> {
    let bad = || {
        Error::new(
            ErrorKind::InvalidKey,
            format!("the key is not valid {what}"),
        )
    };
    // Bound the work and the allocation before decoding: a secret longer
    // than the maximum is refused anyway.
    if text.len() > MAX_KEY_TEXT {
        return Err(Error::new(
            ErrorKind::InvalidKey,
            format!("the key secret is longer than {MAX_SECRET_LEN} bytes"),
        ));
    }
    let len = encoding.decode_len(text.len()).map_err(|_| bad())?;
    let mut out = Zeroizing::new(vec![0u8; len]);
    let written = encoding
        .decode_mut(text.as_bytes(), &mut out)
        .map_err(|_| bad())?;
    out.truncate(written);
    Ok(out)
}

/// Parses a key file's text or the one-line `ID:BASE64` form.
fn parse_key_text(text: &str) -> Result<Key> {
    // Editors on Windows may start the file with a byte-order mark.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
    let Some((_, first)) = lines.next() else {
        return Err(Error::new(ErrorKind::InvalidKey, "the key text is empty"));
    };
    if first != KEY_FILE_MAGIC {
        // The one-line form: exactly one significant line "ID:BASE64".
        if lines.next().is_some() {
            return Err(Error::new(
                ErrorKind::InvalidKey,
                "the key text is neither a key file (first line 'report-shield-key v1') nor 'ID:BASE64'",
            ));
        }
        let Some((id, b64)) = first.split_once(':') else {
            return Err(Error::new(
                ErrorKind::InvalidKey,
                "the key text is neither a key file (first line 'report-shield-key v1') nor 'ID:BASE64'",
            ));
        };
        return Key::from_base64(id.trim(), b64);
    }
    let mut id: Option<&str> = None;
    let mut secret: Option<&str> = None;
    for (n, line) in lines {
        let (name, value) = match line.split_once(':') {
            Some((name, value)) if name.trim() == "id" || name.trim() == "secret" => {
                (name.trim(), value.trim())
            }
            _ => {
                return Err(Error::new(
                    ErrorKind::InvalidKey,
                    format!("key file line {n} is not an 'id:' or 'secret:' line"),
                ));
            }
        };
        let slot = if name == "id" { &mut id } else { &mut secret };
        if slot.is_some() {
            return Err(Error::new(
                ErrorKind::InvalidKey,
                format!("key file line {n} repeats the '{name}' field"),
            ));
        }
        *slot = Some(value);
    }
    match (id, secret) {
        (Some(id), Some(secret)) => Key::from_base64(id, secret),
        (None, _) => Err(Error::new(
            ErrorKind::InvalidKey,
            "the key file has no 'id:' line",
        )),
        (_, None) => Err(Error::new(
            ErrorKind::InvalidKey,
            "the key file has no 'secret:' line",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret() -> Vec<u8> {
        (0u8..32)
            .map(|i| i.wrapping_mul(37).wrapping_add(11))
            .collect()
    }

    #[test]
    fn key_file_text_round_trips() {
        let key = Key::from_bytes("k1", &secret()).unwrap();
        let text = key.to_key_file();
        let back = parse_key_text(&text).unwrap();
        assert_eq!(back.id(), "k1");
        assert_eq!(back.secret(), &secret()[..]);
    }

    #[test]
    fn one_line_form_and_comments() {
        let b64 = BASE64.encode(&secret());
        let key = parse_key_text(&format!("  k9:{b64}\n")).unwrap();
        assert_eq!((key.id(), key.secret()), ("k9", &secret()[..]));
        let file = format!("\u{FEFF}# c\n\n{KEY_FILE_MAGIC}\r\n# c\nsecret: {b64}\r\nid: k2\n");
        let key = parse_key_text(&file).unwrap();
        assert_eq!((key.id(), key.secret()), ("k2", &secret()[..]));
    }

    #[test]
    fn malformed_key_texts_are_refused_without_echoing() {
        let b64 = BASE64.encode(&secret());
        let cases = [
            String::new(),
            "# only a comment".to_owned(),
            b64.clone(),
            format!("k1:{b64}\nk2:{b64}"),
            format!("{KEY_FILE_MAGIC}\nid: k1"),
            format!("{KEY_FILE_MAGIC}\nsecret: {b64}"),
            format!("{KEY_FILE_MAGIC}\nid: k1\nid: k2\nsecret: {b64}"),
            format!("{KEY_FILE_MAGIC}\nid: k1\nsecret: {b64}\nsecret: {b64}"),
            format!("{KEY_FILE_MAGIC}\nid: k1\nkey: {b64}"),
            format!("{KEY_FILE_MAGIC}\nid: k 1\nsecret: {b64}"),
            format!("report-shield-key v2\nid: k1\nsecret: {b64}"),
        ];
        for text in cases {
            let err = parse_key_text(&text).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::InvalidKey, "{text:?}");
            assert!(!err.to_string().contains(&b64), "{err}");
        }
    }

    #[test]
    fn lengths() {
        assert!(Key::from_bytes("k", &[1; 31]).is_err());
        assert!(Key::from_bytes("k", &[1; 32]).is_ok());
        assert!(Key::from_bytes("k", &[1; 64]).is_ok());
        assert!(Key::from_bytes("k", &[1; 65]).is_err());
        assert!(Key::from_hex("k", &"ab".repeat(65)).is_err());
        assert!(Key::from_hex("k", &"ab".repeat(3000)).is_err());
        assert!(Key::from_hex("k", "abc").is_err());
    }

    #[test]
    fn test_key_is_valid_and_marked() {
        let key = crate::pseudonym::dangerous::insecure_test_key();
        assert!(is_key_id(key.id()));
        assert!(check_len(key.secret().len()).is_ok());
        assert!(key.is_insecure_test_key());
        assert!(
            !Key::from_bytes("k", &[1; 32])
                .unwrap()
                .is_insecure_test_key()
        );
    }
}
