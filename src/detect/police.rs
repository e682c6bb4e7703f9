//! Collar (shoulder) numbers given with a rank ("PC 4471", "Sgt 123AB",
//! "collar number 4471"). These are usually the subject's and are kept by
//! the default policy; detecting them stops the number being read as a
//! phone or account number.

use std::ops::Range;

use super::{Kind, Rule, Scan};

pub(super) fn patterns() -> Vec<(Rule, String)> {
    vec![
        (
            Rule::Collar,
            r"\b(?:PCSO|PSCO|PC|DC|PS|DS|TDC|SC|SGT|Sgt|sgt|[Pp]c|[Dd]c|[Pp]s|[Pp]cso|Sergeant|sergeant|Constable|constable|Special\s+Constable|[TA]/?(?:Sgt|PS|DS))\.?\s?(?P<v>[A-Z]{0,2}\s?[0-9]{1,5}[A-Z]{0,2})\b"
                .to_owned(),
        ),
        (
            Rule::Collar,
            r"\b(?i:collar|shoulder|warrant|badge)\s*(?i:number|no\.?|num|#|id)?\s*(?:(?i:is|was)\s+|:\s*)?(?P<v>[A-Z]{0,2}[0-9]{1,5}[A-Z]{0,2})\b"
                .to_owned(),
        ),
    ]
}

pub(super) fn handle(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let v = v.unwrap_or(m);
    scan.push(Kind::CollarNumber, v, 0.9, "collar", true);
}
