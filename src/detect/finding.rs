//! What a detector reports: a [`Finding`] of a [`Kind`] at a byte range.

use std::fmt;
use std::ops::Range;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::attribute::Party;

/// The kind of an identifying (or identifying-looking) detail.
///
/// Kinds have stable snake_case names in JSON (`"phone"`, `"nhs_number"` …)
/// and in policies. New kinds may be added in minor releases.
#[non_exhaustive]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A telephone number, UK or international.
    Phone,
    /// An email address, including disguised forms ("jo at example dot com").
    Email,
    /// A web address, including social-media profile links.
    Url,
    /// A social-media handle or username ("@jo_b_92", "my insta is jo_b_92").
    Handle,
    /// An IPv4 or IPv6 address.
    IpAddress,
    /// A UK postcode, including GIR 0AA and BFPO numbers.
    Postcode,
    /// A street address: a house or flat number with a street name.
    Address,
    /// A National Insurance number.
    Nino,
    /// An NHS number (mod-11 checked).
    NhsNumber,
    /// A Unique Taxpayer Reference (check-digit validated).
    Utr,
    /// A payment card number (Luhn checked).
    Card,
    /// An IBAN (mod-97 checked).
    Iban,
    /// A bank sort code.
    SortCode,
    /// A bank account number.
    AccountNumber,
    /// A passport number (found in context).
    Passport,
    /// A DVLA (or Northern Ireland) driving licence number.
    DrivingLicence,
    /// A vehicle registration mark.
    VehicleReg,
    /// A date of birth.
    DateOfBirth,
    /// An age that describes a person ("I'm 34").
    Age,
    /// A person's name.
    Name,
    /// A police collar (shoulder) number given with a rank ("PC 4471").
    CollarNumber,
    /// A clock time ("07:30", "0730hrs"). Kept by the default policy; the
    /// strict policy generalises it to a part of the day.
    Time,
}

impl Kind {
    /// Every kind, in a stable order.
    pub const ALL: &'static [Kind] = &[
        Kind::Phone,
        Kind::Email,
        Kind::Url,
        Kind::Handle,
        Kind::IpAddress,
        Kind::Postcode,
        Kind::Address,
        Kind::Nino,
        Kind::NhsNumber,
        Kind::Utr,
        Kind::Card,
        Kind::Iban,
        Kind::SortCode,
        Kind::AccountNumber,
        Kind::Passport,
        Kind::DrivingLicence,
        Kind::VehicleReg,
        Kind::DateOfBirth,
        Kind::Age,
        Kind::Name,
        Kind::CollarNumber,
        Kind::Time,
    ];

    /// The stable snake_case name, as used in JSON and policies.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Url => "url",
            Kind::Handle => "handle",
            Kind::IpAddress => "ip_address",
            Kind::Postcode => "postcode",
            Kind::Address => "address",
            Kind::Nino => "nino",
            Kind::NhsNumber => "nhs_number",
            Kind::Utr => "utr",
            Kind::Card => "card",
            Kind::Iban => "iban",
            Kind::SortCode => "sort_code",
            Kind::AccountNumber => "account_number",
            Kind::Passport => "passport",
            Kind::DrivingLicence => "driving_licence",
            Kind::VehicleReg => "vehicle_reg",
            Kind::DateOfBirth => "date_of_birth",
            Kind::Age => "age",
            Kind::Name => "name",
            Kind::CollarNumber => "collar_number",
            Kind::Time => "time",
        }
    }

    /// The upper-case label used in type labels (`[PHONE]`) and tokens
    /// (`[PHONE:k1:…]`).
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Kind::Phone => "PHONE",
            Kind::Email => "EMAIL",
            Kind::Url => "URL",
            Kind::Handle => "HANDLE",
            Kind::IpAddress => "IP",
            Kind::Postcode => "POSTCODE",
            Kind::Address => "ADDRESS",
            Kind::Nino => "NINO",
            Kind::NhsNumber => "NHS",
            Kind::Utr => "UTR",
            Kind::Card => "CARD",
            Kind::Iban => "IBAN",
            Kind::SortCode => "SORTCODE",
            Kind::AccountNumber => "ACCOUNT",
            Kind::Passport => "PASSPORT",
            Kind::DrivingLicence => "LICENCE",
            Kind::VehicleReg => "VRM",
            Kind::DateOfBirth => "DOB",
            Kind::Age => "AGE",
            Kind::Name => "PERSON",
            Kind::CollarNumber => "COLLAR",
            Kind::Time => "TIME",
        }
    }

    /// The kind in plain words with its article ("a phone number", "an NHS
    /// number"), for front ends that explain to a reporter what would be
    /// changed.
    #[must_use]
    pub const fn plain_words(self) -> &'static str {
        match self {
            Kind::Phone => "a phone number",
            Kind::Email => "an email address",
            Kind::Url => "a web address",
            Kind::Handle => "a social media name",
            Kind::IpAddress => "an internet (IP) address",
            Kind::Postcode => "a postcode",
            Kind::Address => "an address",
            Kind::Nino => "a National Insurance number",
            Kind::NhsNumber => "an NHS number",
            Kind::Utr => "a tax reference",
            Kind::Card => "a card number",
            Kind::Iban => "a bank account (IBAN)",
            Kind::SortCode => "a sort code",
            Kind::AccountNumber => "a bank account number",
            Kind::Passport => "a passport number",
            Kind::DrivingLicence => "a driving licence number",
            Kind::VehicleReg => "a vehicle registration",
            Kind::DateOfBirth => "a date of birth",
            Kind::Age => "an age",
            Kind::Name => "a name",
            Kind::CollarNumber => "a collar number",
            Kind::Time => "a time",
        }
    }

    /// Parses a snake_case name as produced by [`Kind::as_str`].
    #[must_use]
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.as_str() == name)
    }

    /// Whether this kind is a way to contact or locate a person (phone,
    /// email, address …), as opposed to a name or an official number.
    /// The default policy treats a third party's contact details as
    /// protected but keeps their name.
    #[must_use]
    pub const fn is_contact(self) -> bool {
        matches!(
            self,
            Kind::Phone
                | Kind::Email
                | Kind::Url
                | Kind::Handle
                | Kind::IpAddress
                | Kind::Postcode
                | Kind::Address
        )
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One detected detail: what it is and exactly where it is.
///
/// `range` is a byte range in the **original** text, always on `char`
/// boundaries, so `&text[finding.range.clone()]` never panics. A finding
/// holds no copy of the text it covers, so its `Debug` output is safe to log.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// What the detail is.
    pub kind: Kind,
    /// Byte range in the original text, on character boundaries.
    pub range: Range<usize>,
    /// How sure the detector is, from 0.0 to 1.0.
    pub confidence: f32,
    /// The stable id of the detector that found it (for example
    /// `"phone.uk"`, `"name.self_intro"`).
    pub detector: &'static str,
    /// Whether a validator (checksum, format rule) confirmed the match.
    pub validated: bool,
    /// Whose detail the detector itself could tell this is, if it could
    /// (a self-introduction is the reporter's; a caller-supplied known value
    /// carries its party). Attribution decides the final party.
    pub party_hint: Option<Party>,
}

impl Finding {
    /// Builds a finding. Detectors inside the crate use this.
    pub(crate) fn new(
        kind: Kind,
        range: Range<usize>,
        confidence: f32,
        detector: &'static str,
        validated: bool,
    ) -> Self {
        Self {
            kind,
            range,
            confidence,
            detector,
            validated,
            party_hint: None,
        }
    }

    /// The same finding with a party hint.
    #[must_use]
    pub(crate) fn with_party_hint(mut self, party: Party) -> Self {
        self.party_hint = Some(party);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_round_trip_and_match_serde() {
        for &k in Kind::ALL {
            assert_eq!(Kind::from_name(k.as_str()), Some(k));
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
    }

    #[test]
    fn labels_are_unique_upper_case() {
        let mut labels: Vec<_> = Kind::ALL.iter().map(|k| k.label()).collect();
        assert!(
            labels
                .iter()
                .all(|l| l.chars().all(|c| c.is_ascii_uppercase()))
        );
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), Kind::ALL.len());
    }
}
