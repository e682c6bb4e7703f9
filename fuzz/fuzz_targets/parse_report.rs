//! Bytes → `Report::from_slice`.
//!
//! Invariants: never panics; a report that parses writes back to JSON that
//! parses to an equal report (and writes the same JSON again); an error
//! message is short, ASCII, and quotes nothing but plain field paths (the
//! only place a value could be echoed is between backticks).
#![no_main]

use libfuzzer_sys::fuzz_target;
use report_shield::Report;

fuzz_target!(|data: &[u8]| {
    match Report::from_slice(data) {
        Ok(report) => {
            let json = report.to_json().expect("a parsed report serialises");
            let again = Report::from_json(&json).expect("its JSON parses again");
            assert_eq!(again, report, "round trip changed the report");
            assert_eq!(
                again.to_json().expect("serialises"),
                json,
                "JSON not stable"
            );
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.is_ascii(), "error message is not ASCII: {msg:?}");
            assert!(msg.len() <= 200, "error message too long: {msg:?}");
            for (i, quoted) in msg.split('`').enumerate() {
                if i % 2 == 1 {
                    assert!(
                        quoted.bytes().all(|b| b.is_ascii_lowercase()
                            || b.is_ascii_digit()
                            || b"_.[]?".contains(&b)),
                        "error message quotes something other than a field path: {msg:?}"
                    );
                }
            }
        }
    }
});
