//! UK postcodes (official per-position rules, any case, with or without the
//! space; GIR 0AA; BFPO numbers).

use std::ops::Range;

use super::{Kind, Rule, Scan};

pub(super) fn patterns() -> Vec<(Rule, String)> {
    vec![(
        Rule::Postcode,
        r"\b(?P<v>(?i:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) {0,2}[0-9][ABD-HJLNP-UW-Z]{2}|BFPO ?[0-9]{1,4}))\b"
            .to_owned(),
    )]
}

pub(super) fn handle(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m);
    let text = scan.text(&v);
    let upper = text
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .all(|b| b.is_ascii_uppercase());
    let conf = if upper { 0.95 } else { 0.8 };
    scan.push(Kind::Postcode, v, conf, "postcode", true);
}
