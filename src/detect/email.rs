//! Email addresses, plain and disguised ("jo at example dot com").

use std::ops::Range;

use super::{Kind, Rule, Scan};

const LABEL: &str = r"[A-Za-z0-9](?:[A-Za-z0-9_\-]*[A-Za-z0-9])?";
const TLD: &str = r"(?:com|org|net|uk|co|io|me|info|biz|gov|ac|edu|ie|eu|de|fr|es|it|nl|us|ca|au|nz|nhs|police|email|online|xyz|app|dev|mail|live|scot|wales|london|tv|cc)";

/// The top-level domains of `TLD`, for checking a spaced "name @ domain".
const TLDS: &[&str] = &[
    "com", "org", "net", "uk", "co", "io", "me", "info", "biz", "gov", "ac", "edu", "ie", "eu",
    "de", "fr", "es", "it", "nl", "us", "ca", "au", "nz", "nhs", "police", "email", "online",
    "xyz", "app", "dev", "mail", "live", "scot", "wales", "london", "tv", "cc",
];

pub(super) fn patterns() -> Vec<(Rule, String)> {
    // A plain address also in a pasted header ("Elin <elin@a-b.example.com>",
    // "mailto:jo@example.com") and with typing slips ("jo@@example..com").
    let at = r"(?:\s*(?:\(\s*(?i:at)\s*\)|\[\s*(?i:at)\s*\]|\{\s*(?i:at)\s*\}|<\s*(?i:at)\s*>)\s*|\s+(?i:at)\s+|\s*@\s*)";
    let dot = r"(?:\s*(?:\(\s*(?i:dot)\s*\)|\[\s*(?i:dot)\s*\]|\{\s*(?i:dot)\s*\}|<\s*(?i:dot)\s*>)\s*|\s+(?i:dot)\s+|\.)";
    vec![
        (
            Rule::Email,
            r"[A-Za-z0-9._%+\-]*[A-Za-z0-9_%+\-] ?@{1,2} ?(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.{1,2})+[A-Za-z]{2,24}\b"
                .to_owned(),
        ),
        (
            Rule::EmailDisguised,
            format!(r"\b{LABEL}(?:{dot}{LABEL})*{at}{LABEL}(?:{dot}{LABEL})*{dot}(?i:{TLD})\b"),
        ),
        // "jo.b @ example . com": spaces around the '@' and around the
        // dots of the domain (a dot with a space on one side only is the
        // end of a sentence, not part of an address).
        (
            Rule::EmailSpaced,
            format!(
                r"\b{LABEL}(?:\.{LABEL})*\s*@\s*{LABEL}(?:(?:\.|\s+\.\s+){LABEL})*\s+\.\s+(?i:{TLD})\b"
            ),
        ),
    ]
}

/// Words before a spaced address that say it is an email (or the
/// reporter's): "email me at", "my email is", "contact me on".
const SPACED_CUES: &[&str] = &[
    "email", "e-mail", "mail", "my", "me", "contact", "reach", "i'm", "im", "i am", "address",
];

pub(super) fn handle(scan: &mut Scan<'_>, rule: Rule, m: Range<usize>) {
    let text = scan.text(&m);
    if rule == Rule::EmailSpaced {
        // Spaced out on purpose: needs a cue before it.
        let before = scan.lookback(m.start, 40);
        let cue = before
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '\'')
            .collect::<Vec<_>>()
            .join(" ");
        let cued = SPACED_CUES
            .iter()
            .any(|c| cue.split(' ').any(|w| w == *c) || (c.contains(' ') && cue.contains(c)));
        let local = text.split('@').next().unwrap_or("").trim();
        if cued && !super::online::is_stopword(local) {
            scan.push(Kind::Email, m, 0.85, "email.spaced", false);
        }
        return;
    }
    if rule == Rule::Email {
        // "i'm @jo.bloggs", "thanks @jo.b": with a space at the @ and a
        // last label that is no top-level domain, this is a handle.
        let spaced = text.contains(" @") || text.contains("@ ");
        let last = text.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        let tld = last.len() == 2 || TLDS.contains(&last.as_str());
        if spaced && !tld {
            if !text.contains("@ ")
                && let Some(at) = text.find('@')
            {
                scan.push(Kind::Handle, m.start + at..m.end, 0.8, "handle.at", false);
            }
            return;
        }
        // "jo@@example..com": a typing slip, still the reporter's address.
        let slip = text.contains("@@") || text.contains("..");
        scan.push(Kind::Email, m, 0.97, "email", !slip);
        return;
    }
    // A disguised form must really be disguised somewhere, and the local
    // part must not be an ordinary word run like "was at work.co".
    let lower = text.to_ascii_lowercase();
    let disguised = lower.contains(" at ")
        || lower.contains("(at)")
        || lower.contains("[at]")
        || lower.contains("{at}")
        || lower.contains("<at>")
        || lower.contains("dot")
        || lower.contains(" @")
        || lower.contains("@ ");
    if !disguised {
        scan.push(Kind::Email, m, 0.9, "email", true);
        return;
    }
    let local = lower.split(['@', '(', '[', '{', '<']).next().unwrap_or("");
    let local = local.split(" at ").next().unwrap_or(local).trim();
    if super::online::is_stopword(local) {
        return;
    }
    scan.push(Kind::Email, m, 0.85, "email.disguised", false);
}

#[cfg(test)]
mod tests {
    use crate::detect::{Detector, Kind, TextContext};

    fn emails(d: &Detector, text: &str) -> Vec<String> {
        d.detect(text, &TextContext::new())
            .into_iter()
            .filter(|f| f.kind == Kind::Email)
            .map(|f| text[f.range].to_owned())
            .collect()
    }

    #[test]
    fn headers_brackets_hyphens_subdomains_and_slips() {
        let d = Detector::new().unwrap();
        let cases: &[(&str, &str)] = &[
            (
                "To: Elin Vaughan-Roberts <elin@talybont-caravans.example.com>",
                "elin@talybont-caravans.example.com",
            ),
            (
                "From: \"Bloggs, Jo\" <jo_b-1@sub.mail.example.co.uk>\nSent: Monday",
                "jo_b-1@sub.mail.example.co.uk",
            ),
            (
                "mailto:jo.bloggs@mail.example-site.co.uk",
                "jo.bloggs@mail.example-site.co.uk",
            ),
            ("[mailto:jo@example.org]", "jo@example.org"),
            (
                "Cc: <a.n.other@x-y-z.example.net>;",
                "a.n.other@x-y-z.example.net",
            ),
            (
                "Contact me: priya.k.s@@example..com (sorry",
                "priya.k.s@@example..com",
            ),
            ("email jo@@example.com", "jo@@example.com"),
            ("jo.b@example..org is mine", "jo.b@example..org"),
        ];
        let mut failures = Vec::new();
        for (text, want) in cases {
            let got = emails(&d, text);
            if !got.iter().any(|g| g == want) {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn dots_and_at_signs_that_are_no_address_stay() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "the time was 10..30 and @@ was there",
            "he said @@ and left..",
            "see you at 5.. ok",
            "thanks @jo.b for sharing",
        ];
        let mut failures = Vec::new();
        for text in cases {
            let got = emails(&d, text);
            if !got.is_empty() {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }
}
