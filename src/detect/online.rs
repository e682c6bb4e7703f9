//! URLs, social profile links, handles and IP addresses.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::ops::Range;

use super::{Kind, Rule, Scan};

const URL_CHARS: &str = r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]";

pub(super) fn patterns() -> Vec<(Rule, String)> {
    // Social, messaging, dating and gaming platforms a writer names before
    // a user name ("my psn is DarkFox_77", "on Steam as x", "the snap he
    // made me add is x").
    let platform = r"(?:insta(?:gram)?|ig|snap(?:chat)?|tik ?tok|twitter|facebook|fb|threads|discord|reddit|twitch|youtube|kik|linkedin|onlyfans|bluesky|mastodon|telegram|skype|grindr|tinder|badoo|psn|playstation|xbox(?:\s+live)?|roblox|fortnite|minecraft|epic\s+games)";
    vec![
        (Rule::Url, format!(r"(?i:https?://|www\.){URL_CHARS}+")),
        (
            Rule::UrlSocial,
            r"\b(?i:(?:www\.|m\.|[a-z]{2}\.)?(?:(?:facebook|fb|instagram|tiktok|twitter|x|snapchat|linkedin|youtube|threads|reddit|onlyfans|pinterest|twitch|bsky)\.(?:com|net|app|me)|instagr\.am|youtu\.be|t\.me|wa\.me|discord\.gg)/[A-Za-z0-9@._~\-/?=&%#+]+)"
                .to_owned(),
        ),
        (
            Rule::UrlBare,
            r"\b(?i:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.(?:co\.uk|org\.uk|com|org|net|uk|io|me|info|biz))\b(?:/[A-Za-z0-9\-._~/?=&%#+]*)?"
                .to_owned(),
        ),
        (
            Rule::HandleAt,
            r"@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?".to_owned(),
        ),
        (
            Rule::HandleCue,
            format!(
                r"\b(?i:{platform})(?:\s+(?i:user ?name|handle|name|account|id|profile|page|acc))?(?:\s+(?i:he|she|they|i|you|we)(?:\s+[A-Za-z']+){{1,3}}\s+(?i:is|was)\s+|\s*(?:(?i:is|was|as|called)\s+|[:=\-]\s*|\(\s*)?)(?:@\s?)?(?P<v>[A-Za-z_](?:[A-Za-z0-9_.\-]{{0,28}}[A-Za-z0-9_])?)\b"
            ),
        ),
        // "his handle is x", "my gamertag is x", "my account name is x", "my
    // user is x", "goes by x", "uses x",
        // "online as x", "i'm x": kept only when the value is shaped like a
        // handle (a digit, `_` or `.`) or the cue says handle or user name.
        (
            Rule::HandleCue,
            r"\b(?i:handle|user ?name|acc(?:ount)?\s+name|(?:profile|display|screen)\s+name|(?:my|his|her|their|our)\s+user|gamer ?tag|in-?game\s+name|goes\s+by|uses|online\s+as|known\s+as|called|named|i'?m|i\s+am)(?:\s+(?:(?i:is|was)\s+|[:=\-]\s*)?|\s*[:=]\s*)(?:@\s?)?(?P<v>[A-Za-z_](?:[A-Za-z0-9_.\-]{0,28}[A-Za-z0-9_])?)\b"
                .to_owned(),
        ),
    ]
}

/// IP patterns: listed after times so that "07:30:45" stays a time.
pub(super) fn ip_patterns() -> Vec<(Rule, String)> {
    vec![
        (
            Rule::Ipv6,
            r"\(?(?i:\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3})?\b|::[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6}\b)"
                .to_owned(),
        ),
        // An opening bracket is taken in (and left out of the finding) so
        // that the digit-run pattern, which may start at "(", does not win
        // at that earlier start: "(192.0.2.147)".
        (
            Rule::Ipv4,
            r"\(?\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b".to_owned(),
        ),
    ]
}

const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "account",
    "after",
    "again",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "every",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "me",
    "message",
    "messages",
    "messaged",
    "my",
    "no",
    "not",
    "now",
    "of",
    "on",
    "one",
    "or",
    "our",
    "page",
    "post",
    "posts",
    "profile",
    "said",
    "saying",
    "says",
    "sent",
    "she",
    "so",
    "some",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "they",
    "this",
    "to",
    "too",
    "until",
    "up",
    "us",
    "was",
    "we",
    "well",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "will",
    "with",
    "would",
    "yesterday",
    "today",
    "you",
    "your",
    "asking",
    "saw",
    "see",
    "called",
    "told",
    "chat",
    "live",
    "video",
    "videos",
    "photos",
    "pictures",
    "stories",
    "story",
    "dm",
    "dms",
    "again",
    "name",
    "handle",
    "username",
    "user",
];

pub(crate) fn is_stopword(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    STOPWORDS.contains(&w.as_str())
}

fn trim_url_end(text: &str) -> usize {
    let trimmed = text.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'', '"']);
    // keep a closing bracket that has an opening one
    if text.len() > trimmed.len() && trimmed.contains('(') && text[trimmed.len()..].starts_with(')')
    {
        return trimmed.len() + 1;
    }
    trimmed.len()
}

pub(super) fn url(scan: &mut Scan<'_>, rule: Rule, m: Range<usize>) {
    let text = scan.text(&m);
    let len = trim_url_end(text);
    let r = m.start..m.start + len;
    match rule {
        Rule::UrlBare => {
            let lower = text.to_ascii_lowercase();
            // "e.g", "St.John", numbers: bare domains need a letter label.
            if lower.starts_with(|c: char| c.is_ascii_digit()) && !lower.contains('/') {
                return;
            }
            scan.push(Kind::Url, r, 0.7, "url.bare", false);
        }
        Rule::UrlSocial => {
            scan.push(Kind::Url, r, 0.95, "url.social", true);
        }
        _ => {
            scan.push(Kind::Url, r, 0.95, "url", true);
        }
    }
}

pub(super) fn handle(scan: &mut Scan<'_>, rule: Rule, m: Range<usize>, v: Option<Range<usize>>) {
    if rule == Rule::HandleAt {
        let text = scan.text(&m);
        let before = scan.lookback(m.start, 1);
        if before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            return;
        }
        let name = text.trim_start_matches('@');
        if name.chars().all(|c| c.is_ascii_digit()) {
            return; // "@ 10", "@5pm"-like
        }
        scan.push(Kind::Handle, m, 0.9, "handle.at", false);
        return;
    }
    let Some(v) = v else { return };
    let whole = scan.text(&m).to_ascii_lowercase();
    let value = scan.text(&v);
    if is_stopword(value) {
        return;
    }
    // "insta account instagram.example.com/pc_x": a domain with a path
    // is a URL, not a handle; rejected, the value is scanned again.
    if value.contains('.') && scan.norm.as_bytes().get(v.end) == Some(&b'/') {
        return;
    }
    let explicit = whole.contains('@')
        || whole.contains("user")
        || whole.contains("handle")
        || whole.contains("gamertag")
        || whole.contains("gamer tag")
        || whole.contains("game name")
        || whole.contains(':')
        || whole.contains(" is ")
        || whole.contains(" as ")
        || whole.contains(" called ");
    let shaped = value
        .chars()
        .any(|c| c.is_ascii_digit() || c == '_' || c == '.');
    if !(explicit || shaped) {
        return;
    }
    let start = if scan.text(&(v.start.saturating_sub(1)..v.start)) == "@" {
        v.start - 1
    } else {
        v.start
    };
    scan.push(Kind::Handle, start..v.end, 0.85, "handle.cue", false);
}

pub(super) fn ip(scan: &mut Scan<'_>, rule: Rule, m: Range<usize>) {
    let m = if scan.text(&m).starts_with('(') {
        m.start + 1..m.end
    } else {
        m
    };
    let text = scan.text(&m);
    match rule {
        Rule::Ipv4 => {
            if text.parse::<Ipv4Addr>().is_ok() {
                scan.push(Kind::IpAddress, m, 0.9, "ip.v4", true);
            } else {
                // Not an address ("077.009.00.394"): a phone or another
                // number with irregular dot grouping.
                super::numbers::classify(scan, m);
            }
        }
        _ => {
            if text.parse::<Ipv6Addr>().is_ok() {
                scan.push(Kind::IpAddress, m, 0.95, "ip.v6", true);
            }
        }
    }
}
