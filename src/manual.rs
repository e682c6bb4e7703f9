//! This module holds documentation only, in the manner of rustls's
//! `manual`. Nothing in it is code.
//!
//! # 1. Threat model
//!
//! A report to the Police Anti-Corruption and Abuse Reporting Service is
//! about a member of a police force, and it goes to that force. The people
//! who would most like to know who made it are the ones who will read it,
//! or work beside those who do. report-shield is built against three
//! adversaries:
//!
//! 1. **The reported officer and their colleagues**, with the force's own
//!    systems (PNC, Niche, ICAD, ANPR, the duty roster) and everything they
//!    know about the people around them. They have *prior knowledge*: a
//!    phone number, a car registration, a street or a first name is enough
//!    for them where it would mean nothing to a stranger.
//! 2. **A rogue employee at the receiving unit** (Professional Standards or
//!    Anti-Corruption), who sees every disseminated report and can look up
//!    anything in it.
//! 3. **Anyone who can read a disseminated report**: after a leak, a
//!    disclosure in proceedings, or a mis-sent email.
//!
//! ## What the crate protects against
//!
//! - **Direct identifiers of the reporter** in every field: name, phone,
//!   email, address, postcode, handles, URLs, IP addresses, vehicle
//!   registrations, national insurance, NHS and passport numbers, driving
//!   licences, bank details, dates of birth, ages. They are found in any
//!   formatting, including disguised forms (spaced or spelled-out digits,
//!   "at"/"dot" emails, full-width or zero-width characters), and replaced
//!   by the policy's action: by default a keyed token.
//! - **The contact block** of a confidential report never reaches the
//!   disseminated report; only a keyed contact token does, so the service
//!   can route questions back without the force learning who it is.
//! - **Dictionary attacks on tokens.** Phone numbers, postcodes and NHS
//!   numbers have small search spaces; an unkeyed hash of them is reversed
//!   by enumeration in minutes. Tokens are HMAC-SHA256 under a secret key
//!   that never leaves the service: without the key, a token says nothing
//!   about its value, not even its length.
//! - **Linking across forces.** With a per-force scope, the same phone
//!   number gives different tokens in reports to different forces, so two
//!   forces cannot join their data on tokens.
//! - **Leaks through the crate itself.** No error message, `Debug` output,
//!   audit record or manifest contains a value from a report or a byte of a
//!   key. Keys are wiped from memory on drop.
//!
//! ## What the crate does not protect against
//!
//! - **Facts only the reporter knows.** If only one person could have seen
//!   what the report describes, the report identifies them however it is
//!   worded. The crate cannot remove a fact without destroying evidence.
//! - **Relationships and circumstances** ("my ex-partner", "I live next
//!   door", "I work on his team") and **unique events** pinned by an exact
//!   date and time. These identify without being identifiers. The crate
//!   does not rewrite them silently; it returns them as risk hints
//!   ([`crate::Hint`]) so that the reporter, before submitting, or a human
//!   sanitiser, before dissemination, can decide.
//! - **Style of writing**: dialect, spelling, turns of phrase, the language
//!   a report is written in.
//! - **Channel metadata** the crate never sees: the IP address of the web
//!   request, caller line identity, the time of submission. The front end
//!   must not record them (see the reference intake server).
//! - **Compromise of the key.** Whoever holds the key can test guesses
//!   against tokens. Keep it out of the disseminated data, rotate it
//!   ([`crate::Keyring`]) and give each deployment its own.
//!
//! # 2. The two rules
//!
//! 1. A report that leaves the crate must not identify its reporter. When
//!    the crate cannot tell whose a detail is, it protects it: an
//!    unattributed phone number is treated as the reporter's.
//! 2. Do not destroy the evidence. The subject's name, rank, collar number,
//!    force and station, and the facts (sums of money, times, crime
//!    references, event dates) come out as written.
//!
//! # 3. The pipeline
//!
//! report model → normalise → detect → attribute → policy → transform →
//! audit. Each stage is one module: [`crate::NormalisedText`] builds the
//! normalised view with an offset map back to the original;
//! [`crate::Detector`] finds identifying details in one pass; attribution
//! decides whose each one is ([`crate::Party`]); the [`crate::Policy`]
//! chooses an [`crate::Action`] per (kind, party); the transform applies
//! it; the audit records what was done ([`crate::Redaction`]) without
//! recording any value.
//!
//! # 4. Keys and tokens
//!
//! - A [`crate::Key`] holds 32 to 64 secret bytes; shorter keys are refused
//!   with [`crate::ErrorKind::InvalidKey`], and the message names neither
//!   the id nor the secret. The secret lives in memory that is wiped on
//!   drop. `Key` is not `Clone`: it is moved into the
//!   [`crate::Keyring`] that uses it, so the crate never leaves copies of
//!   it behind. `Debug` shows the public key id only.
//! - A token is `[LABEL:keyid:MAC]`: 65 bits of HMAC-SHA256 over a domain
//!   tag (the token kind), the scope and the canonical value. The kind is
//!   part of the MAC, so the same text as a phone and as an account number
//!   gives unrelated tokens; the key is part of it, so tokens under two
//!   keys cannot be linked without both keys.
//! - [`crate::Keyring::verify`] compares MACs in constant time, so that a
//!   service which answers "is this the token of that value?" does not
//!   leak the MAC byte by byte through its timing.
//! - [`crate::dangerous::insecure_test_key`] is public and in the source
//!   code: [`crate::Anonymiser::uses_insecure_test_key`] lets a service
//!   refuse to start with it.
//!
//! # 5. Hostile input
//!
//! The crate sits on the intake path of a public service: anyone can send
//! it anything. It is built so that no input makes it panic, hang or leak:
//!
//! - **Size limits** ([`crate::Limits`]): 1 MiB of JSON, a 64 KiB
//!   narrative, 20 subjects, 50 attachments, 1 KiB short fields, 4 KiB
//!   long ones. A report over a limit is rejected whole with
//!   [`crate::ErrorKind::LimitExceeded`], naming the field and the limit;
//!   nothing is truncated silently. Texts given to
//!   [`crate::Anonymiser::anonymise_text`] have their own limit
//!   ([`crate::DEFAULT_MAX_TEXT_BYTES`]).
//! - **Linear time.** Every pattern is matched with the `regex` crate's
//!   linear-time engines in one combined pass; the normaliser keeps at most
//!   30 combining marks per character (the Unicode stream-safe limit), so
//!   a stack of a thousand marks costs no more than thirty.
//! - **JSON**: nesting deeper than serde_json's recursion limit, numbers
//!   too large for their field, invalid UTF-8, duplicate and unknown
//!   fields are typed errors. Error messages are rebuilt from the error's
//!   category and the field's path: serde's own messages quote the input,
//!   so they are never passed on.
//! - **Fuzzing.** `fuzz/` holds cargo-fuzz targets for parsing, the
//!   normaliser's offset map, `anonymise_text` and `anonymise`. Each checks
//!   invariants, not only the absence of panics: a reporter's known value
//!   never appears in the output by the project's leak standard, the
//!   subject's name is kept, ranges lie on character boundaries, the
//!   output JSON reads back. Every crash found is kept under
//!   `tests/regressions/` and replayed by `cargo test` on stable Rust.
//!
//! # 6. Running it safely
//!
//! - Load the key from a file or a secret store
//!   ([`crate::Key::from_file`], [`crate::Key::from_env`]), never from the
//!   report's data, and give each deployment its own key.
//! - Log errors freely: [`crate::Error`] messages hold field names, limits
//!   and positions, never values. Do not log reports: `Debug` of
//!   [`crate::Report`] redacts its texts, but the JSON does not.
//! - Show [`crate::Anonymiser::review`]'s hints to the reporter before
//!   submission and to the sanitiser before dissemination; they are the
//!   only defence against the risks in §1 the crate cannot remove.
