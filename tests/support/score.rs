//! Scores detected spans against the corpus annotations, independently of
//! the detector. Pure `std`; include it with
//! `#[path = "../tests/support/score.rs"] mod score;`.
//!
//! Input, per free-text field: the field's text, its annotations (kind,
//! party, byte range) and the detections (kind name, byte range). Kinds are
//! the crate's snake_case names; parties are `reporter`, `subject`,
//! `third_party`, or `lookalike` for a non-identifying detail that must stay.
//!
//! Definitions:
//! - **Found (recall)**: an annotated non-look-alike value is found when the
//!   detections together (any kind, any number of them) cover every
//!   letter and digit of the value. Separators and invisible characters
//!   inside the value need not be covered; a detection that covers only
//!   "07700" of "07700 900123" does not find it. The kind does **not** have
//!   to match for recall: a phone found as an account number is still
//!   protected. Kind agreement is reported separately (`kind_agrees`: found
//!   values with at least one overlapping detection of the annotated kind).
//!   `overlapped` counts values touched by any detection at all.
//! - **Precision**: a detection is true if it overlaps at least one
//!   annotated non-look-alike value (of any kind and party: finding the
//!   subject's name is right, keeping it is the policy's job), otherwise it
//!   is a false positive. Detections of kind `time` are left out of
//!   precision: times are a kind the crate detects on purpose and keeps by
//!   default. Per-kind precision uses the detection's kind.
//! - **Reporter leak rate (detection stage)**: reporter values not found /
//!   reporter values.
//! - **Look-alike keep rate**: look-alikes that no detection of a kind other
//!   than `time` overlaps / look-alikes.
//! - Overlap means the byte ranges share at least one byte.

#![allow(dead_code, unreachable_pub)]

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The party name of a look-alike annotation.
pub const LOOKALIKE: &str = "lookalike";
/// The party name of the reporter.
pub const REPORTER: &str = "reporter";
/// The detection kind left out of precision and allowed on look-alikes.
pub const TIME: &str = "time";

/// One annotated value in a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// Kind name (`phone`, `name`, … or a look-alike kind such as `money`).
    pub kind: String,
    /// `reporter`, `subject`, `third_party` or `lookalike`.
    pub party: String,
    /// Byte range start in the field's text.
    pub start: usize,
    /// Byte range end (exclusive).
    pub end: usize,
    /// Whether the value is written in a disguised form.
    pub disguised: bool,
}

impl Annotation {
    /// An annotation that is not marked disguised.
    pub fn new(kind: &str, party: &str, start: usize, end: usize) -> Self {
        Self {
            kind: kind.to_owned(),
            party: party.to_owned(),
            start,
            end,
            disguised: false,
        }
    }

    /// Marks the annotation as disguised (or not).
    pub fn disguised(mut self, disguised: bool) -> Self {
        self.disguised = disguised;
        self
    }

    fn is_lookalike(&self) -> bool {
        self.party == LOOKALIKE
    }
}

/// One detected span in a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    /// Kind name as the detector reports it.
    pub kind: String,
    /// Byte range start in the field's text.
    pub start: usize,
    /// Byte range end (exclusive).
    pub end: usize,
}

impl Detection {
    /// A detection of `kind` over `start..end`.
    pub fn new(kind: &str, start: usize, end: usize) -> Self {
        Self {
            kind: kind.to_owned(),
            start,
            end,
        }
    }

    fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }
}

/// Figures for one annotated kind (values) and one detected kind
/// (detections).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KindStats {
    /// Annotated non-look-alike values of this kind.
    pub values: usize,
    /// Of those, found (every letter and digit covered).
    pub found: usize,
    /// Of those, overlapped by at least one detection.
    pub overlapped: usize,
    /// Of the found ones, overlapped by a detection of the same kind.
    pub kind_agrees: usize,
    /// Annotated values of this kind written in a disguised form.
    pub disguised: usize,
    /// Of those, found.
    pub disguised_found: usize,
    /// Detections reported with this kind (time detections included here).
    pub detections: usize,
    /// Of those, overlapping an annotated non-look-alike value.
    pub true_detections: usize,
}

/// Found / total for one party.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartyStats {
    /// Annotated values of this party.
    pub values: usize,
    /// Of those, found.
    pub found: usize,
}

/// Kept / total for one look-alike kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LookalikeStats {
    /// Annotated look-alikes of this kind.
    pub values: usize,
    /// Of those, overlapped by no detection other than `time`.
    pub kept: usize,
}

/// Accumulated scores over any number of fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Score {
    /// Per kind (annotated kinds and detected kinds).
    pub per_kind: BTreeMap<String, KindStats>,
    /// Per party of non-look-alike values.
    pub per_party: BTreeMap<String, PartyStats>,
    /// Per look-alike kind.
    pub lookalikes: BTreeMap<String, LookalikeStats>,
    /// Detections counted for precision (all but `time`).
    pub detections: usize,
    /// Of those, true (overlapping a non-look-alike annotation).
    pub true_detections: usize,
    /// Fields scored.
    pub fields: usize,
}

/// Whether every alphanumeric character of `text[start..end]` lies inside
/// some detection. Out-of-range or off-boundary annotations are never
/// covered.
fn fully_covered(text: &str, start: usize, end: usize, detections: &[Detection]) -> bool {
    let Some(value) = text.get(start..end) else {
        return false;
    };
    let mut any = false;
    for (i, c) in value.char_indices() {
        if !c.is_alphanumeric() {
            continue;
        }
        any = true;
        let (cs, ce) = (start + i, start + i + c.len_utf8());
        if !detections.iter().any(|d| d.start <= cs && ce <= d.end) {
            return false;
        }
    }
    // a value without letters or digits counts as found when it is
    // overlapped at all
    any || detections.iter().any(|d| d.overlaps(start, end))
}

fn ratio(num: usize, den: usize) -> Option<f64> {
    if den == 0 {
        None
    } else {
        Some(num as f64 / den as f64)
    }
}

fn pct(r: Option<f64>) -> String {
    r.map_or_else(|| "-".to_owned(), |r| format!("{:.1}%", r * 100.0))
}

/// Issue 3's recall floors: (kind, minimum recall).
pub const RECALL_FLOORS: &[(&str, f64)] = &[
    ("phone", 0.995),
    ("email", 0.995),
    ("postcode", 0.995),
    ("nino", 0.995),
    ("nhs_number", 0.995),
    ("card", 0.995),
    ("iban", 0.995),
    ("sort_code", 0.995),
    ("account_number", 0.995),
    ("ip_address", 0.995),
    ("vehicle_reg", 0.995),
    ("name", 0.97),
    ("address", 0.97),
];
/// Issue 3's floor on overall precision.
pub const PRECISION_FLOOR: f64 = 0.95;
/// Issue 3's floor on the look-alike keep rate.
pub const KEEP_RATE_FLOOR: f64 = 0.99;

impl Score {
    /// An empty score.
    pub fn new() -> Self {
        Self::default()
    }

    /// Scores one field: its text, its annotations and the detections in it.
    pub fn add_field(&mut self, text: &str, annotations: &[Annotation], detections: &[Detection]) {
        self.fields += 1;
        for a in annotations {
            if a.is_lookalike() {
                let s = self.lookalikes.entry(a.kind.clone()).or_default();
                s.values += 1;
                if !detections
                    .iter()
                    .any(|d| d.kind != TIME && d.overlaps(a.start, a.end))
                {
                    s.kept += 1;
                }
                continue;
            }
            let found = fully_covered(text, a.start, a.end, detections);
            let overlapped = detections.iter().any(|d| d.overlaps(a.start, a.end));
            let agrees = found
                && detections
                    .iter()
                    .any(|d| d.kind == a.kind && d.overlaps(a.start, a.end));
            let k = self.per_kind.entry(a.kind.clone()).or_default();
            k.values += 1;
            k.found += usize::from(found);
            k.overlapped += usize::from(overlapped);
            k.kind_agrees += usize::from(agrees);
            if a.disguised {
                k.disguised += 1;
                k.disguised_found += usize::from(found);
            }
            let p = self.per_party.entry(a.party.clone()).or_default();
            p.values += 1;
            p.found += usize::from(found);
        }
        for d in detections {
            let is_true = annotations
                .iter()
                .any(|a| !a.is_lookalike() && d.overlaps(a.start, a.end));
            let k = self.per_kind.entry(d.kind.clone()).or_default();
            k.detections += 1;
            k.true_detections += usize::from(is_true);
            if d.kind != TIME {
                self.detections += 1;
                self.true_detections += usize::from(is_true);
            }
        }
    }

    /// Adds another score into this one.
    pub fn merge(&mut self, other: &Score) {
        for (kind, o) in &other.per_kind {
            let k = self.per_kind.entry(kind.clone()).or_default();
            k.values += o.values;
            k.found += o.found;
            k.overlapped += o.overlapped;
            k.kind_agrees += o.kind_agrees;
            k.disguised += o.disguised;
            k.disguised_found += o.disguised_found;
            k.detections += o.detections;
            k.true_detections += o.true_detections;
        }
        for (party, o) in &other.per_party {
            let p = self.per_party.entry(party.clone()).or_default();
            p.values += o.values;
            p.found += o.found;
        }
        for (kind, o) in &other.lookalikes {
            let l = self.lookalikes.entry(kind.clone()).or_default();
            l.values += o.values;
            l.kept += o.kept;
        }
        self.detections += other.detections;
        self.true_detections += other.true_detections;
        self.fields += other.fields;
    }

    /// Recall for one annotated kind (`None` if the corpus has no value of
    /// that kind).
    pub fn recall(&self, kind: &str) -> Option<f64> {
        self.per_kind
            .get(kind)
            .and_then(|k| ratio(k.found, k.values))
    }

    /// Recall over every non-look-alike value.
    pub fn overall_recall(&self) -> Option<f64> {
        let (f, v) = self
            .per_kind
            .values()
            .fold((0, 0), |(f, v), k| (f + k.found, v + k.values));
        ratio(f, v)
    }

    /// Recall over the values written in a disguised form.
    pub fn disguised_recall(&self) -> Option<f64> {
        let (f, v) = self
            .per_kind
            .values()
            .fold((0, 0), |(f, v), k| (f + k.disguised_found, v + k.disguised));
        ratio(f, v)
    }

    /// Precision of the detections of one kind.
    pub fn kind_precision(&self, kind: &str) -> Option<f64> {
        self.per_kind
            .get(kind)
            .and_then(|k| ratio(k.true_detections, k.detections))
    }

    /// Overall precision (detections of kind `time` left out).
    pub fn precision(&self) -> Option<f64> {
        ratio(self.true_detections, self.detections)
    }

    /// Share of the reporter's values not found at the detection stage.
    pub fn reporter_leak_rate(&self) -> Option<f64> {
        self.per_party
            .get(REPORTER)
            .and_then(|p| ratio(p.values - p.found, p.values))
    }

    /// Share of look-alikes that no non-time detection touched.
    pub fn lookalike_keep_rate(&self) -> Option<f64> {
        let (k, v) = self
            .lookalikes
            .values()
            .fold((0, 0), |(k, v), l| (k + l.kept, v + l.values));
        ratio(k, v)
    }

    /// The floors of issue 3 that this score misses, one message each
    /// (empty when all are met). A kind absent from the corpus fails its
    /// floor, so a broken corpus cannot pass silently.
    pub fn floor_failures(&self) -> Vec<String> {
        let mut out = Vec::new();
        for &(kind, floor) in RECALL_FLOORS {
            match self.recall(kind) {
                Some(r) if r >= floor => {}
                r => out.push(format!("recall {kind}: {} < {:.1}%", pct(r), floor * 100.0)),
            }
        }
        match self.precision() {
            Some(p) if p >= PRECISION_FLOOR => {}
            p => out.push(format!(
                "precision: {} < {:.1}%",
                pct(p),
                PRECISION_FLOOR * 100.0
            )),
        }
        match self.lookalike_keep_rate() {
            Some(k) if k >= KEEP_RATE_FLOOR => {}
            k => out.push(format!(
                "look-alike keep rate: {} < {:.1}%",
                pct(k),
                KEEP_RATE_FLOOR * 100.0
            )),
        }
        out
    }

    /// A plain-text report: per-kind table, parties, look-alikes, totals.
    pub fn table(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{:<16} {:>6} {:>6} {:>8} {:>8} {:>8} {:>9} {:>6} {:>9}",
            "kind",
            "values",
            "found",
            "recall",
            "overlap",
            "kind-ok",
            "disguised",
            "dets",
            "precision"
        );
        for (kind, k) in &self.per_kind {
            let _ = writeln!(
                s,
                "{:<16} {:>6} {:>6} {:>8} {:>8} {:>8} {:>9} {:>6} {:>9}",
                kind,
                k.values,
                k.found,
                pct(ratio(k.found, k.values)),
                pct(ratio(k.overlapped, k.values)),
                pct(ratio(k.kind_agrees, k.found)),
                pct(ratio(k.disguised_found, k.disguised)),
                k.detections,
                pct(ratio(k.true_detections, k.detections)),
            );
        }
        let _ = writeln!(s);
        for (party, p) in &self.per_party {
            let _ = writeln!(
                s,
                "party {:<12} {:>6} values, recall {}",
                party,
                p.values,
                pct(ratio(p.found, p.values))
            );
        }
        let _ = writeln!(s);
        for (kind, l) in &self.lookalikes {
            let _ = writeln!(
                s,
                "look-alike {:<16} {:>6} values, kept {}",
                kind,
                l.values,
                pct(ratio(l.kept, l.values))
            );
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "fields scored:        {}", self.fields);
        let _ = writeln!(s, "overall recall:       {}", pct(self.overall_recall()));
        let _ = writeln!(s, "disguised recall:     {}", pct(self.disguised_recall()));
        let _ = writeln!(
            s,
            "precision:            {} ({} of {} detections, time left out)",
            pct(self.precision()),
            self.true_detections,
            self.detections
        );
        let _ = writeln!(
            s,
            "reporter leak rate:   {}",
            pct(self.reporter_leak_rate())
        );
        let _ = writeln!(
            s,
            "look-alike keep rate: {}",
            pct(self.lookalike_keep_rate())
        );
        s
    }
}
