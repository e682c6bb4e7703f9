//! Arbitrary text → `NormalisedText`.
//!
//! Invariants: every normalised character maps to a non-empty original
//! range in bounds and on character boundaries, in order; the original
//! characters outside the image of the whole normalised text normalise to
//! nothing (they were invisible); normalising the original slice of a
//! character gives back that character (except digits 0 and 1, which may
//! come from the contextual O/I folding); normalising is idempotent;
//! arbitrary, even reversed or out-of-range, ranges map inside the
//! original on boundaries.
#![no_main]

use fuzz_support::on_boundaries;
use libfuzzer_sys::fuzz_target;
use report_shield::NormalisedText;

fuzz_target!(|input: (String, Vec<(u16, u16)>)| {
    let (text, probes) = input;
    let norm = NormalisedText::new(&text);
    let view = norm.as_str();
    assert_eq!(norm.original(), text);

    let mut last_start = 0;
    for (i, c) in view.char_indices() {
        let r = norm.to_original(i..i + c.len_utf8());
        assert!(on_boundaries(&text, &r), "char {i}: {r:?} off boundaries");
        assert!(!r.is_empty(), "char {i} ({c:?}) maps to nothing");
        assert!(r.start >= last_start, "map goes backwards at {i}");
        last_start = r.start;
        if c != '0' && c != '1' {
            let alone = NormalisedText::new(&text[r.clone()]);
            assert!(
                alone.as_str().contains(c),
                "{c:?} at {i} does not come from its original {:?}",
                &text[r]
            );
        }
    }

    let whole = norm.to_original(0..view.len());
    assert!(on_boundaries(&text, &whole));
    assert!(
        NormalisedText::new(&text[..whole.start])
            .as_str()
            .is_empty(),
        "visible text before the image of the whole view"
    );
    assert!(
        NormalisedText::new(&text[whole.end..]).as_str().is_empty(),
        "visible text after the image of the whole view"
    );

    let twice = NormalisedText::new(view);
    assert_eq!(twice.as_str(), view, "normalising is not idempotent");

    for (a, b) in probes {
        let r = norm.to_original(usize::from(a)..usize::from(b));
        assert!(r.start <= r.end && r.end <= text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
    }
});
