//! IBANs (mod-97 checked). Cards, sort codes and account numbers are digit
//! runs and are classified in `numbers`.

use std::ops::Range;

use super::validate;
use super::{Kind, Rule, Scan};

pub(super) fn patterns() -> Vec<(Rule, String)> {
    vec![
        (
            Rule::Iban,
            r"\b(?i:GB)[ \-.]?[0-9]{2}(?:[ \-.]?[A-Za-z]){4}(?:[ \-.]?[0-9]){14}\b".to_owned(),
        ),
        (
            Rule::Iban,
            r"\b(?i:[A-Z]{2}[0-9]{2}(?:[ \-]?[A-Z0-9]{4}){2,7}(?:[ \-]?[A-Z0-9]{1,3})?)\b"
                .to_owned(),
        ),
    ]
}

pub(super) fn iban(scan: &mut Scan<'_>, m: Range<usize>) {
    if validate::iban(scan.text(&m)) {
        scan.push(Kind::Iban, m, 0.98, "iban", true);
    }
}
