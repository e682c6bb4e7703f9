//! Keys, keyrings and tokens, through the public API.
//!
//! The expected values here were computed outside the crate (RFC 4231 for
//! the HMAC; Python's `hmac`/`hashlib`/`base64` over the documented MAC
//! input for the golden tokens), never by the code under test.

use std::process::Command;

use data_encoding::{BASE64, HEXLOWER, HEXUPPER};
use hmac::{Hmac, KeyInit, Mac};
use proptest::prelude::*;
use report_shield::{ErrorKind, Key, Keyring, Kind, Scope, TokenKind, dangerous};
use sha2::Sha256;

const PHONE: TokenKind = TokenKind::Identifier(Kind::Phone);

fn test_ring() -> Keyring {
    Keyring::new(dangerous::insecure_test_key())
}

/// A secret with distinctive bytes, for the hygiene tests.
fn secret_a() -> Vec<u8> {
    (0u8..32).map(|i| 0xA0 ^ i.wrapping_mul(7)).collect()
}

fn secret_b() -> Vec<u8> {
    (0u8..32).map(|i| 0x3C ^ i.wrapping_mul(13)).collect()
}

// --- RFC 4231 -----------------------------------------------------------

/// RFC 4231 §4.2–4.8, HMAC-SHA-256, against the hmac + sha2 pair the crate
/// uses. Test case 5 is truncated to 128 bits as the RFC specifies.
#[test]
fn rfc4231_hmac_sha256_test_cases_1_to_7() {
    let long_key = [0xaau8; 131];
    let key4: Vec<u8> = (1u8..=25).collect();
    let cases: [(&[u8], &[u8], &str); 7] = [
        (
            &[0x0b; 20],
            b"Hi There",
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        ),
        (
            b"Jefe",
            b"what do ya want for nothing?",
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        ),
        (
            &[0xaa; 20],
            &[0xdd; 50],
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
        ),
        (
            &key4,
            &[0xcd; 50],
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
        ),
        (
            &[0x0c; 20],
            b"Test With Truncation",
            "a3b6167473100ee06e0c796c2955552b",
        ),
        (
            &long_key,
            b"Test Using Larger Than Block-Size Key - Hash Key First",
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
        ),
        (
            &long_key,
            b"This is a test using a larger than block-size key and a larger than \
              block-size data. The key needs to be hashed before being used by the \
              HMAC algorithm.",
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
        ),
    ];
    for (i, (key, data, want)) in cases.iter().enumerate() {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap();
        mac.update(data);
        let got = HEXLOWER.encode(&mac.finalize().into_bytes());
        assert_eq!(&got[..want.len()], *want, "RFC 4231 test case {}", i + 1);
    }
}

// --- golden tokens --------------------------------------------------------

/// Golden tokens under the public test key.
///
/// CHANGING ANY OF THESE IS A BREAKING CHANGE: tokens are join keys that
/// forces store, and these pin the MAC input, the domain and scope tags,
/// the canonical forms and the text format. They were computed with Python
/// over the documented input, e.g.
/// `hmac.new(b"report-shield insecure test key!",
///  b"report-shield/v1\0kind/phone\0global\0+447700900123", sha256)`,
/// base32 of the first 9 bytes, first 13 characters.
#[test]
fn golden_tokens_are_frozen() {
    let ring = test_ring();
    let west_midlands = Scope::Force("West Midlands Police".to_owned());
    let pilot = Scope::Deployment("pilot".to_owned());
    let cases: [(TokenKind, &str, &Scope, &str); 10] = [
        (
            PHONE,
            "07700 900123",
            &Scope::Global,
            "[PHONE:test:D5FRZ4GPB5BYT]",
        ),
        (
            TokenKind::Identifier(Kind::Email),
            "Jo.Bloggs@Example.com",
            &Scope::Global,
            "[EMAIL:test:QRBGM74Y5MV7C]",
        ),
        (
            TokenKind::Identifier(Kind::Name),
            "Jo Bloggs",
            &Scope::Global,
            "[PERSON:test:Y7BVSZQ6JYPVI]",
        ),
        (
            TokenKind::Identifier(Kind::Postcode),
            "b4 6ng",
            &Scope::Global,
            "[POSTCODE:test:YZTM6OMRU4HR4]",
        ),
        (
            TokenKind::Identifier(Kind::Nino),
            "QQ 12 34 56 C",
            &Scope::Global,
            "[NINO:test:Y5SULEBO22J4E]",
        ),
        (
            TokenKind::Reference,
            "PACARS-2024-000123",
            &Scope::Global,
            "[REF:test:Q5LK6Q3MEPHON]",
        ),
        (
            TokenKind::Contact,
            "Jo Bloggs,  07700 900123",
            &Scope::Global,
            "[CONTACT:test:6BWUZIGGQELHZ]",
        ),
        (
            TokenKind::FileName,
            "IMG_0001.JPG",
            &Scope::Global,
            "[FILE:test:4Q5HXIKZJLDJD]",
        ),
        (
            PHONE,
            "+44 7700 900123",
            &west_midlands,
            "[PHONE:test:HX4JC4S3D55TL]",
        ),
        (PHONE, "07700900123", &pilot, "[PHONE:test:EUF5L3N22CJAX]"),
    ];
    for (kind, value, scope, want) in cases {
        assert_eq!(ring.token(kind, value, scope), want, "{kind:?} {value}");
        assert!(ring.verify(want, kind, value, scope));
    }
}

// --- canonical forms ------------------------------------------------------

#[test]
fn different_spellings_give_one_token() {
    let ring = test_ring();
    let groups: &[(Kind, &[&str])] = &[
        (
            Kind::Phone,
            &[
                "07700 900 123",
                "07700900123",
                "+44 (0)7700-900123",
                "+44 7700 900123",
                "0044 7700 900123",
                "(07700) 900-123",
                "07700.900.123",
                "０７７００ ９００１２３",
                "07700\u{200B}900123",
                "oh seven seven double oh nine double oh one two three",
                "zero seven seven zero zero nine zero zero one two three",
                "O77OO 9OO 123",
            ],
        ),
        (
            Kind::Email,
            &[
                "jo.bloggs@example.com",
                "Jo.Bloggs@EXAMPLE.com",
                " jo.bloggs@example.com ",
                "jo.bloggs at example dot com",
                "jo.bloggs [at] example [dot] com",
                "jo.bloggs (at) example (dot) com",
                "JO.BLOGGS AT EXAMPLE DOT COM",
                "ｊｏ.ｂｌｏｇｇｓ＠ｅｘａｍｐｌｅ.ｃｏｍ",
                "mailto:jo.bloggs@example.com",
                "jo.bloggs@example\u{200B}.com",
            ],
        ),
        (
            Kind::Email,
            &["jo@example.co.uk", "jo [at] example (dot) co (dot) uk"],
        ),
        (
            Kind::Postcode,
            &["B4 6NG", "b46ng", " b4  6ng ", "Ｂ４ ６ＮＧ"],
        ),
        (Kind::Nino, &["QQ123456C", "qq 12 34 56 c", "QQ-12-34-56-C"]),
        (
            Kind::Name,
            &[
                "Jo Bloggs",
                "jo bloggs",
                "JO   BLOGGS",
                " Jo Bloggs's",
                "Jo Bloggs’s",
                "Jo\u{00A0}Bloggs",
            ],
        ),
        (Kind::Name, &["J.R. Bloggs", "J. R. Bloggs", "j r bloggs"]),
        (
            Kind::NhsNumber,
            &["943 476 5919", "943-476-5919", "9434765919"],
        ),
        (Kind::SortCode, &["20-00-00", "20 00 00", "200000"]),
        (Kind::VehicleReg, &["AB12 CDE", "ab12cde", "AB12-CDE"]),
        (Kind::Handle, &["@jo_b_92", "jo_b_92", "@JO_B_92"]),
        (
            Kind::Url,
            &[
                "https://www.example.com/jo_b_92",
                "http://example.com/jo_b_92/",
                "www.EXAMPLE.com/jo_b_92",
                "example.com/jo_b_92",
            ],
        ),
        (
            Kind::IpAddress,
            &["2001:db8::1", "2001:DB8:0:0:0:0:0:1", "[2001:db8::1]"],
        ),
        (Kind::IpAddress, &["192.0.2.7", " 192.0.2.7 "]),
        (
            Kind::Iban,
            &["GB82 WEST 1234 5698 7654 32", "gb82west12345698765432"],
        ),
    ];
    for (kind, spellings) in groups {
        let kind = TokenKind::Identifier(*kind);
        let first = ring.token(kind, spellings[0], &Scope::Global);
        for s in spellings.iter() {
            assert_eq!(
                ring.token(kind, s, &Scope::Global),
                first,
                "{kind:?}: {s:?} vs {:?}",
                spellings[0]
            );
        }
    }
}

#[test]
fn different_values_give_different_tokens() {
    let ring = test_ring();
    let pairs: &[(Kind, &str, &str)] = &[
        (Kind::Phone, "07700 900123", "07700 900124"),
        (Kind::Phone, "07700 900123", "+1 7700 900123"),
        (Kind::Email, "jo@example.com", "jo@example.org"),
        (Kind::Email, "jo@example.com", "joe@example.com"),
        (Kind::Name, "Jo Bloggs", "Joe Bloggs"),
        (Kind::Postcode, "B4 6NG", "B4 6NH"),
        (Kind::Url, "example.com/Jo", "example.com/jo"),
    ];
    for (kind, a, b) in pairs {
        let kind = TokenKind::Identifier(*kind);
        assert_ne!(
            ring.token(kind, a, &Scope::Global),
            ring.token(kind, b, &Scope::Global),
            "{a} / {b}"
        );
    }
}

#[test]
fn same_value_under_different_kinds_gives_unrelated_tokens() {
    let ring = test_ring();
    let mut kinds: Vec<TokenKind> = Kind::ALL
        .iter()
        .map(|&k| TokenKind::Identifier(k))
        .collect();
    kinds.extend([
        TokenKind::Reference,
        TokenKind::Contact,
        TokenKind::FileName,
    ]);
    for value in ["12345678", "jo bloggs", "B46NG"] {
        let mut macs: Vec<String> = kinds
            .iter()
            .map(|&k| mac_part(&ring.token(k, value, &Scope::Global)).to_owned())
            .collect();
        macs.sort();
        macs.dedup();
        assert_eq!(macs.len(), kinds.len(), "{value}");
    }
}

fn mac_part(token: &str) -> &str {
    token
        .trim_end_matches(']')
        .rsplit(':')
        .next()
        .unwrap_or_default()
}

#[test]
fn different_keys_give_different_tokens() {
    let a = Keyring::new(Key::from_bytes("k1", &secret_a()).unwrap());
    let b = Keyring::new(Key::from_bytes("k1", &secret_b()).unwrap());
    for value in ["07700 900123", "07700 900124", "01632 960001"] {
        let ta = a.token(PHONE, value, &Scope::Global);
        let tb = b.token(PHONE, value, &Scope::Global);
        assert_ne!(ta, tb);
        assert_ne!(mac_part(&ta), mac_part(&tb));
        assert!(!b.verify(&ta, PHONE, value, &Scope::Global));
    }
}

#[test]
fn different_scopes_give_different_tokens() {
    let ring = test_ring();
    let scopes = [
        Scope::Global,
        Scope::Force("West Midlands Police".into()),
        Scope::Force("Greater Manchester Police".into()),
        Scope::Deployment("West Midlands Police".into()),
        Scope::Deployment("pilot".into()),
    ];
    let mut tokens: Vec<String> = scopes
        .iter()
        .map(|s| ring.token(PHONE, "07700 900123", s))
        .collect();
    tokens.sort();
    tokens.dedup();
    assert_eq!(tokens.len(), scopes.len());
    // One scope, spelt two ways, is one scope.
    assert_eq!(
        ring.token(
            PHONE,
            "07700 900123",
            &Scope::Force("West Midlands Police".into())
        ),
        ring.token(
            PHONE,
            "07700 900123",
            &Scope::Force(" west  midlands POLICE".into())
        ),
    );
    // A token from one force does not verify in another.
    let t = ring.token(PHONE, "07700 900123", &scopes[1]);
    assert!(!ring.verify(&t, PHONE, "07700 900123", &scopes[2]));
}

#[test]
fn tokens_never_re_create_digits_of_the_value() {
    // The MAC part uses A-Z and 2-7 only: no 0, 1, 8 or 9, no lower case.
    let ring = test_ring();
    for n in 0..300u32 {
        let value = format!("07700 900{n:03}");
        let t = ring.token(PHONE, &value, &Scope::Global);
        let mac = mac_part(&t);
        assert_eq!(mac.len(), 13);
        assert!(
            mac.bytes()
                .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
        );
        assert!(!t.contains("7700"), "{t}");
    }
}

// --- keyring ----------------------------------------------------------------

#[test]
fn tokens_made_before_a_rotation_verify_after_it() {
    let before = Keyring::new(Key::from_bytes("k1", &secret_a()).unwrap());
    let token = before.token(PHONE, "07700 900123", &Scope::Global);
    assert!(token.starts_with("[PHONE:k1:"));

    let after = Keyring::new(Key::from_bytes("k2", &secret_b()).unwrap())
        .with_previous(Key::from_bytes("k1", &secret_a()).unwrap())
        .unwrap();
    assert_eq!(after.active_id(), "k2");
    assert_eq!(after.key_ids().collect::<Vec<_>>(), ["k2", "k1"]);
    assert!(after.verify(&token, PHONE, "+44 7700 900 123", &Scope::Global));
    let new_token = after.token(PHONE, "07700 900123", &Scope::Global);
    assert!(new_token.starts_with("[PHONE:k2:"));
    assert!(after.verify(&new_token, PHONE, "07700 900123", &Scope::Global));
    // Dropping the old key ends the match.
    let only_new = Keyring::new(Key::from_bytes("k2", &secret_b()).unwrap());
    assert!(!only_new.verify(&token, PHONE, "07700 900123", &Scope::Global));
}

#[test]
fn forged_or_altered_tokens_do_not_verify() {
    let ring = test_ring();
    let value = "07700 900123";
    let good = ring.token(PHONE, value, &Scope::Global);
    assert!(ring.verify(&good, PHONE, value, &Scope::Global));

    let mut forgeries = Vec::new();
    // Every single-character change of the MAC part.
    let mac = mac_part(&good).to_owned();
    for (i, c) in mac.char_indices() {
        let replacement = if c == 'A' { 'B' } else { 'A' };
        let mut m = mac.clone();
        m.replace_range(i..i + 1, &replacement.to_string());
        forgeries.push(good.replace(&mac, &m));
    }
    forgeries.extend([
        good.replace("PHONE", "EMAIL"),
        good.replace(":test:", ":k1:"),
        good.to_lowercase(),
        format!(" {good}"),
        format!("{good} "),
        good.trim_end_matches(']').to_owned(),
        good.replace(&mac, &mac[..12]),
        format!("{}A]", good.trim_end_matches(']')),
        "[PHONE:test:AAAAAAAAAAAAA]".to_owned(),
        String::new(),
    ]);
    for f in &forgeries {
        assert!(!ring.verify(f, PHONE, value, &Scope::Global), "{f}");
    }
    // The right token for the wrong value, kind or scope.
    assert!(!ring.verify(&good, PHONE, "07700 900124", &Scope::Global));
    assert!(!ring.verify(
        &good,
        TokenKind::Identifier(Kind::Card),
        value,
        &Scope::Global
    ));
    assert!(!ring.verify(&good, PHONE, value, &Scope::Force("x".into())));
}

#[test]
fn duplicate_key_ids_and_secrets_are_refused() {
    let ring = Keyring::new(Key::from_bytes("k1", &secret_a()).unwrap());
    let err = ring
        .with_previous(Key::from_bytes("k1", &secret_b()).unwrap())
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidKey);

    let ring = Keyring::new(Key::from_bytes("k1", &secret_a()).unwrap());
    let err = ring
        .with_previous(Key::from_bytes("k0", &secret_a()).unwrap())
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidKey);
}

// --- key validation and hygiene ----------------------------------------------

/// Every rendering of `secret` that a careless `Debug` or error message
/// might contain.
fn renderings(secret: &[u8]) -> Vec<String> {
    let mut out = vec![
        HEXLOWER.encode(secret),
        HEXUPPER.encode(secret),
        BASE64.encode(secret),
        BASE64.encode(secret).trim_end_matches('=').to_owned(),
        format!("{secret:?}"),
        format!("{secret:x?}"),
        format!("{secret:X?}"),
        format!("{secret:#?}"),
    ];
    // Any 4-byte window in hex or as a decimal list is enough to betray
    // the key.
    for w in secret.windows(4) {
        out.push(HEXLOWER.encode(w));
        out.push(HEXUPPER.encode(w));
        out.push(format!("{}, {}, {}, {}", w[0], w[1], w[2], w[3]));
    }
    if let Ok(s) = std::str::from_utf8(secret) {
        out.push(s.to_owned());
    }
    out
}

fn assert_no_secret(text: &str, secret: &[u8]) {
    for r in renderings(secret) {
        assert!(
            !text.contains(&r),
            "{text:?} contains a rendering of the key ({r})"
        );
    }
}

#[test]
fn debug_shows_ids_only() {
    let a = secret_a();
    let b = secret_b();
    let key = Key::from_bytes("k1", &a).unwrap();
    assert_eq!(format!("{key:?}"), r#"Key { id: "k1", .. }"#);
    for text in [format!("{key:?}"), format!("{key:#?}")] {
        assert_no_secret(&text, &a);
    }
    let ring = Keyring::new(key)
        .with_previous(Key::from_bytes("k0", &b).unwrap())
        .unwrap();
    for text in [format!("{ring:?}"), format!("{ring:#?}")] {
        assert_no_secret(&text, &a);
        assert_no_secret(&text, &b);
        assert!(text.contains("k1") && text.contains("k0"));
    }
    let test_key = dangerous::insecure_test_key();
    assert_no_secret(
        &format!("{test_key:?}"),
        b"report-shield insecure test key!",
    );
}

#[test]
fn bad_keys_are_refused_without_echoing_key_material() {
    let short = &secret_a()[..31];
    let long_hex = HEXLOWER.encode(&[secret_a(), secret_b(), secret_a()].concat());
    let cases: Vec<(String, report_shield::Result<Key>, Vec<u8>)> = vec![
        ("empty bytes".into(), Key::from_bytes("k1", &[]), vec![]),
        (
            "short bytes".into(),
            Key::from_bytes("k1", short),
            short.to_vec(),
        ),
        (
            "bad id".into(),
            Key::from_bytes("k 1", &secret_a()),
            secret_a(),
        ),
        (
            "empty id".into(),
            Key::from_bytes("", &secret_a()),
            secret_a(),
        ),
        (
            "long id".into(),
            Key::from_bytes("abcdefghijklmnopq", &secret_a()),
            secret_a(),
        ),
        (
            "non-ASCII id".into(),
            Key::from_bytes("kё", &secret_a()),
            secret_a(),
        ),
        (
            "short hex".into(),
            Key::from_hex("k1", &HEXLOWER.encode(short)),
            short.to_vec(),
        ),
        (
            "bad hex".into(),
            Key::from_hex("k1", &format!("{}zz", HEXLOWER.encode(&secret_a()))),
            secret_a(),
        ),
        (
            "odd hex".into(),
            Key::from_hex("k1", &format!("{}a", HEXLOWER.encode(&secret_a()))),
            secret_a(),
        ),
        (
            "long hex".into(),
            Key::from_hex("k1", &long_hex),
            secret_a(),
        ),
        ("empty hex".into(), Key::from_hex("k1", ""), vec![]),
        (
            "short base64".into(),
            Key::from_base64("k1", &BASE64.encode(short)),
            short.to_vec(),
        ),
        (
            "bad base64".into(),
            Key::from_base64("k1", &format!("{}!!", BASE64.encode(&secret_a()))),
            secret_a(),
        ),
        (
            "base64 bad id".into(),
            Key::from_base64("k:1", &BASE64.encode(&secret_a())),
            secret_a(),
        ),
        ("empty base64".into(), Key::from_base64("k1", "   "), vec![]),
    ];
    for (what, result, secret) in cases {
        let err = result.expect_err(&what);
        assert_eq!(err.kind(), ErrorKind::InvalidKey, "{what}");
        let shown = format!("{err} {err:?}");
        if !secret.is_empty() {
            assert_no_secret(&shown, &secret);
        }
        assert!(
            !shown.contains("k 1") && !shown.contains("abcdefghijklmnopq"),
            "{shown}"
        );
    }
}

#[test]
fn hex_and_base64_give_the_same_key() {
    let s = secret_a();
    let from_hex = Keyring::new(Key::from_hex("k1", &HEXUPPER.encode(&s)).unwrap());
    let from_b64 =
        Keyring::new(Key::from_base64("k1", &format!(" {} ", BASE64.encode(&s))).unwrap());
    let from_b64_nopad =
        Keyring::new(Key::from_base64("k1", BASE64.encode(&s).trim_end_matches('=')).unwrap());
    let from_bytes = Keyring::new(Key::from_bytes("k1", &s).unwrap());
    let want = from_bytes.token(PHONE, "07700 900123", &Scope::Global);
    for ring in [from_hex, from_b64, from_b64_nopad] {
        assert_eq!(ring.token(PHONE, "07700 900123", &Scope::Global), want);
    }
}

#[test]
fn generated_keys_are_random() {
    let a = Keyring::new(Key::generate("k1").unwrap());
    let b = Keyring::new(Key::generate("k1").unwrap());
    assert_ne!(
        a.token(PHONE, "07700 900123", &Scope::Global),
        b.token(PHONE, "07700 900123", &Scope::Global)
    );
    assert_eq!(
        Key::generate("bad id").unwrap_err().kind(),
        ErrorKind::InvalidKey
    );
}

// --- key files and the environment -------------------------------------------

fn temp_path(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("report-shield-{}-{name}", std::process::id()))
}

#[test]
fn key_file_round_trip() {
    let key = Key::from_bytes("k7", &secret_a()).unwrap();
    let want = Keyring::new(Key::from_bytes("k7", &secret_a()).unwrap()).token(
        PHONE,
        "07700 900123",
        &Scope::Global,
    );
    let text = key.to_key_file();
    assert!(text.starts_with('#'));
    assert!(text.contains("report-shield-key v1\nid: k7\nsecret: "));
    assert!(text.contains(&BASE64.encode(&secret_a())));

    let path = temp_path("round-trip.key");
    std::fs::write(&path, text.as_bytes()).unwrap();
    let loaded = Key::from_file(&path);
    std::fs::remove_file(&path).unwrap();
    let loaded = loaded.unwrap();
    assert_eq!(loaded.id(), "k7");
    assert_eq!(
        Keyring::new(loaded).token(PHONE, "07700 900123", &Scope::Global),
        want
    );
}

#[test]
fn key_file_errors_name_no_secret() {
    let missing = Key::from_file(temp_path("does-not-exist.key")).unwrap_err();
    assert_eq!(missing.kind(), ErrorKind::Io);
    assert!(!missing.to_string().contains("does-not-exist"));

    let short_b64 = BASE64.encode(&secret_a()[..20]);
    let bad_files = [
        format!("report-shield-key v1\nid: k1\nsecret: {short_b64}\n"),
        format!("report-shield-key v1\nid: k1\nsecret {short_b64}\n"),
        format!("k1 {short_b64}"),
        "x".repeat(5000),
    ];
    for (i, body) in bad_files.iter().enumerate() {
        let path = temp_path(&format!("bad-{i}.key"));
        std::fs::write(&path, body).unwrap();
        let result = Key::from_file(&path);
        std::fs::remove_file(&path).unwrap();
        let err = result.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidKey, "file {i}");
        assert!(!err.to_string().contains(&short_b64), "{err}");
    }
    let path = temp_path("not-utf8.key");
    std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    let result = Key::from_file(&path);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(result.unwrap_err().kind(), ErrorKind::InvalidKey);
}

#[test]
fn from_env_missing_and_invalid() {
    let err = Key::from_env("REPORT_SHIELD_TEST_SURELY_UNSET_VARIABLE").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    // Cargo sets this for every test run; it is not a key.
    let err = Key::from_env("CARGO_PKG_NAME").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidKey);
}

const ENV_KEY: &str = "REPORT_SHIELD_TEST_KEY";
const ENV_WANT: &str = "REPORT_SHIELD_TEST_WANT_TOKEN";

/// Setting a variable is `unsafe` in Rust 2024 and the crate forbids
/// `unsafe`, so this test runs the test binary again as a child process
/// with the variables set; the child runs `from_env_child`.
#[test]
fn from_env_round_trip() {
    let exe = std::env::current_exe().unwrap();
    let want = Keyring::new(Key::from_bytes("k8", &secret_b()).unwrap()).token(
        PHONE,
        "07700 900123",
        &Scope::Global,
    );
    let key_file = Key::from_bytes("k8", &secret_b()).unwrap().to_key_file();
    let one_line = format!("k8:{}", BASE64.encode(&secret_b()));
    for value in [key_file.as_str(), one_line.as_str()] {
        let out = Command::new(&exe)
            .args([
                "--exact",
                "from_env_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(ENV_KEY, value)
            .env(ENV_WANT, &want)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{stdout}");
        assert!(stdout.contains("1 passed"), "{stdout}");
        assert!(stdout.contains("from_env_child: checked"), "{stdout}");
    }
}

/// The child half of `from_env_round_trip`; does nothing when run alone.
#[test]
fn from_env_child() {
    let Ok(want) = std::env::var(ENV_WANT) else {
        return;
    };
    let key = Key::from_env(ENV_KEY).unwrap();
    assert_eq!(key.id(), "k8");
    assert_eq!(
        Keyring::new(key).token(PHONE, "07700 900123", &Scope::Global),
        want
    );
    println!("from_env_child: checked");
}

// --- threads -------------------------------------------------------------

#[test]
fn keys_and_keyrings_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Key>();
    assert_send_sync::<Keyring>();
    assert_send_sync::<Scope>();
    assert_send_sync::<TokenKind>();
}

// --- properties ------------------------------------------------------------

/// The token shape, written out independently of the crate.
fn is_well_formed(t: &str, label: &str, id: &str) -> bool {
    let Some(rest) = t
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .and_then(|r| r.strip_prefix(label))
        .and_then(|r| r.strip_prefix(':'))
        .and_then(|r| r.strip_prefix(id))
        .and_then(|r| r.strip_prefix(':'))
    else {
        return false;
    };
    rest.len() == 13
        && rest
            .bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
}

fn any_kind() -> impl Strategy<Value = TokenKind> {
    prop_oneof![
        proptest::sample::select(Kind::ALL).prop_map(TokenKind::Identifier),
        Just(TokenKind::Reference),
        Just(TokenKind::Contact),
        Just(TokenKind::FileName),
    ]
}

proptest! {
    #[test]
    fn tokens_for_arbitrary_values_are_well_formed_and_verify(
        kind in any_kind(),
        value in any::<String>(),
        force in any::<String>(),
    ) {
        let ring = test_ring();
        let scope = Scope::Force(force);
        let t = ring.token(kind, &value, &scope);
        prop_assert!(is_well_formed(&t, kind.label(), "test"), "{}", t);
        prop_assert!(ring.verify(&t, kind, &value, &scope));
        // Deterministic.
        prop_assert_eq!(ring.token(kind, &value, &scope), t);
    }

    #[test]
    fn phone_spellings_agree(n in 0u32..1000, sep in "[ .\\-]{0,2}") {
        let ring = test_ring();
        let national = format!("07700{sep}900{n:03}");
        let international = format!("+44{sep}7700{sep}900{sep}{n:03}");
        prop_assert_eq!(
            ring.token(PHONE, &national, &Scope::Global),
            ring.token(PHONE, &international, &Scope::Global)
        );
    }
}
