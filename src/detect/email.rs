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
    let at = r"(?:\s*(?:\(\s*(?i:at)\s*\)|\[\s*(?i:at)\s*\]|\{\s*(?i:at)\s*\}|<\s*(?i:at)\s*>)\s*|\s+(?i:at)\s+|\s*@\s*)";
    let dot = r"(?:\s*(?:\(\s*(?i:dot)\s*\)|\[\s*(?i:dot)\s*\]|\{\s*(?i:dot)\s*\}|<\s*(?i:dot)\s*>)\s*|\s+(?i:dot)\s+|\.)";
    vec![
        (
            Rule::Email,
            r"[A-Za-z0-9._%+\-]*[A-Za-z0-9_%+\-] ?@ ?(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b"
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
        scan.push(Kind::Email, m, 0.97, "email", true);
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
