//! Identifiers spelled in the phonetic alphabet, as call handlers and
//! callers read them out: "Lima Sierra one four, four Delta Foxtrot" (the
//! postcode LS14 4DF), "Yankee X-ray seven zero Bravo Charlie Delta" (the
//! registration YX70 BCD), "Romeo Kilo five two six oh one three Alpha"
//! (a National Insurance number).
//!
//! A candidate is a run that starts with a phonetic word and goes on with
//! phonetic words, digit words, digits and single letters. The handler
//! reads it into letters and digits and reports the longest leading part
//! that is a valid postcode, current-format registration or NINO, with at
//! least two phonetic words in it (so "Echo 5" or "Delta 7" are never an
//! identifier). A rejected candidate gives back everything after its first
//! word, so digit words after a phonetic word ("Charlie, oh seven seven
//! double oh …") are still read as a phone.

use std::ops::Range;

use super::{Kind, Rule, Scan};
use crate::text::{digit_word, repeat_word};

/// The phonetic alphabet (NATO/ICAO, with the common spellings), each with
/// its letter.
const WORDS: &[(&str, u8)] = &[
    ("alpha", b'A'),
    ("alfa", b'A'),
    ("bravo", b'B'),
    ("charlie", b'C'),
    ("delta", b'D'),
    ("echo", b'E'),
    ("foxtrot", b'F'),
    ("golf", b'G'),
    ("hotel", b'H'),
    ("india", b'I'),
    ("juliet", b'J'),
    ("juliett", b'J'),
    ("kilo", b'K'),
    ("lima", b'L'),
    ("mike", b'M'),
    ("november", b'N'),
    ("oscar", b'O'),
    ("papa", b'P'),
    ("quebec", b'Q'),
    ("romeo", b'R'),
    ("sierra", b'S'),
    ("tango", b'T'),
    ("uniform", b'U'),
    ("victor", b'V'),
    ("whiskey", b'W'),
    ("whisky", b'W'),
    ("xray", b'X'),
    ("x-ray", b'X'),
    ("yankee", b'Y'),
    ("zulu", b'Z'),
];

/// The phonetic words as a case-insensitive alternation.
const WORD_RE: &str = r"(?i:alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu)";

/// Digit and repeat words, as in the phone detector.
const DIGIT_RE: &str =
    r"(?i:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)";

pub(super) fn patterns() -> Vec<(Rule, String)> {
    let sep = r"(?:[ ,.\-]{1,3}|\s+)";
    let tok = format!(r"(?:{WORD_RE}|{DIGIT_RE}|[0-9]{{1,4}}|[A-Za-z])\b");
    vec![(
        Rule::Phonetic,
        format!(r"\b{WORD_RE}\b(?P<v>(?:{sep}{tok})+)"),
    )]
}

/// The letter a lower-case phonetic word stands for.
fn letter(word: &str) -> Option<u8> {
    WORDS.iter().find(|(w, _)| *w == word).map(|&(_, l)| l)
}

/// One read token: the characters it stands for and where it ends.
struct Read {
    chars: Vec<u8>,
    end: usize,
    phonetic: bool,
}

/// Reads `text` token by token until the first word that is no phonetic
/// word, digit word, digit run or single letter. Ends are relative to
/// `text`.
fn read(text: &str) -> Vec<Read> {
    let mut reads: Vec<Read> = Vec::new();
    let mut repeat = 1usize;
    let mut pos = 0usize;
    'tokens: for tok in text.split(|c: char| matches!(c, ' ' | ',' | '.') || c.is_whitespace()) {
        let start = pos;
        pos += tok.len() + 1;
        if tok.is_empty() {
            continue;
        }
        let lower = tok.to_ascii_lowercase();
        // "x-ray" is one word; any other hyphen separates.
        let words: Vec<&str> = if letter(&lower).is_some() {
            vec![lower.as_str()]
        } else {
            lower.split('-').collect()
        };
        for word in words {
            if word.is_empty() {
                continue;
            }
            if let Some(n) = repeat_word(word) {
                repeat = n;
                continue;
            }
            let (chars, phonetic) = if let Some(l) = letter(word) {
                (vec![l; repeat], true)
            } else if let Some(d) = digit_word(word) {
                (vec![b'0' + d; repeat], false)
            } else if word.bytes().all(|b| b.is_ascii_digit()) {
                (word.bytes().collect(), false)
            } else if word.len() == 1 {
                (
                    word.bytes().map(|b| b.to_ascii_uppercase()).collect(),
                    false,
                )
            } else {
                break 'tokens;
            };
            repeat = 1;
            reads.push(Read {
                chars,
                end: start + tok.len(),
                phonetic,
            });
        }
    }
    reads
}

/// The letters and digits a value read out in the phonetic alphabet
/// stands for ("Lima Sierra one four" → "LS14"), when it has at least two
/// phonetic words and is read whole; `None` otherwise. Tokens use it so
/// that a postcode read out and the same postcode typed get one token.
pub(crate) fn decode(text: &str) -> Option<String> {
    let reads = read(text);
    let whole = reads.last().is_some_and(|r| r.end >= text.trim_end().len());
    let phonetic = reads.iter().filter(|r| r.phonetic).count();
    (whole && phonetic >= 2).then(|| {
        reads
            .iter()
            .flat_map(|r| r.chars.iter().map(|&b| char::from(b)))
            .collect()
    })
}

pub(super) fn handle(scan: &mut Scan<'_>, m: Range<usize>) {
    let reads = read(scan.text(&m));
    // The longest leading run of tokens that is an identifier.
    let mut best: Option<(usize, Kind)> = None;
    let mut compact: Vec<u8> = Vec::new();
    let mut phonetic = 0usize;
    for (i, r) in reads.iter().enumerate() {
        compact.extend_from_slice(&r.chars);
        phonetic += usize::from(r.phonetic);
        if compact.len() > 9 {
            break;
        }
        let s = String::from_utf8_lossy(&compact);
        let kind = if super::postcode::valid(&s) {
            Some(Kind::Postcode)
        } else if super::validate::vrm_current(&s) {
            Some(Kind::VehicleReg)
        } else if super::validate::nino(&s) {
            Some(Kind::Nino)
        } else {
            None
        };
        if let Some(kind) = kind
            && phonetic >= 2
        {
            best = Some((i, kind));
        }
    }
    if let Some((i, kind)) = best
        && let Some(last) = reads.get(i)
    {
        scan.push(kind, m.start..m.start + last.end, 0.85, "phonetic", true);
    }
}

/// Where to scan again after the candidate `m`: after what was accepted
/// when that is a leading part ("Lima Sierra one four four Delta Foxtrot,
/// oh seven seven …": the digit words after the postcode are a phone), or
/// after the first word when nothing was (the rest may be a phone read
/// out). `before` is the number of findings before the handler ran.
pub(super) fn rescan_from(
    scan: &Scan<'_>,
    m: &Range<usize>,
    v: Option<&Range<usize>>,
    before: usize,
) -> Option<usize> {
    if scan.found_len() > before {
        let end = scan.out.get(before..)?.iter().map(|f| f.range.end).max()?;
        return (end < m.end).then_some(end);
    }
    v.map(|v| v.start).filter(|&s| s > m.start && s < m.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phonetic_word_is_in_the_pattern() {
        let re = regex::Regex::new(&format!("^{WORD_RE}$")).unwrap();
        for (w, l) in WORDS {
            assert!(re.is_match(w), "{w}");
            assert_eq!(letter(w), Some(*l));
            assert_eq!(w.as_bytes().first().map(u8::to_ascii_uppercase), Some(*l));
        }
        assert!(letter("alphabet").is_none());
    }

    #[test]
    fn decoding_whole_values() {
        assert_eq!(
            decode("Lima Sierra one four, four Delta Foxtrot").as_deref(),
            Some("LS144DF")
        );
        assert_eq!(
            decode("yankee x-ray 70 bravo charlie delta").as_deref(),
            Some("YX70BCD")
        );
        assert_eq!(decode("LS14 4DF"), None, "no phonetic words");
        assert_eq!(decode("Lima 14 4DF"), None, "one phonetic word");
        assert_eq!(decode("Lima Sierra and more"), None, "not whole");
    }
}
