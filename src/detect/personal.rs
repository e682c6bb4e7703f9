//! Dates of birth (after a birth cue) and ages that describe a person.

use std::ops::Range;

use super::{Finding, Kind, Rule, Scan};
use crate::attribute::Party;

/// A day of the month in words ("third", "twenty-first", "the 3rd" is
/// digits), as a regex fragment without capture groups.
const DAY_WORDS: &str = r"(?i:(?:twenty|thirty)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

/// A year of birth in words: "nineteen ninety four", "nineteen
/// eighty-seven", "nineteen oh five", "two thousand and three", "twenty
/// ten", and the short "ninety four".
const YEAR_WORDS: &str = r"(?i:(?:nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)|hundred)|two\s+thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?))?|(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))";

/// A date of birth written with words for the day or the year, or both:
/// "the third of March nineteen ninety four", "3rd March nineteen
/// ninety-four", "March the third, 1994", "twenty-first of June two
/// thousand and three". Only after a birth cue (it is part of the `Dob`
/// pattern), so it is live only there.
fn date_in_words() -> String {
    use super::lookalike::MONTH;
    let day = format!(r"(?:{DAY_WORDS}|[0-9]{{1,2}}(?i:st|nd|rd|th)?)");
    let year = format!(r"(?:{YEAR_WORDS}|[0-9]{{4}}|'?[0-9]{{2}})");
    // One copy of the year for both orders (it is most of the pattern).
    format!(
        r"(?:(?i:the\s+)?{day}(?:\s+(?i:of))?\s+{MONTH}\.?|{MONTH}\.?\s+(?i:the\s+)?{day}),?\s+(?i:in\s+)?{year}"
    )
}

/// A birth cue, then words a call note puts between the cue and the date
/// ("DOB given for ID check 12/05/1979", "date of birth provided as ..."),
/// then the date.
pub(super) fn dob_patterns() -> Vec<(Rule, String)> {
    let date = format!("(?:{}|{})", super::lookalike::date_re(), date_in_words());
    vec![(
        Rule::Dob,
        format!(
            r"\b(?i:d\.?o\.?b\.?|date\s+of\s+birth|birth\s?date|born(?:\s+on)?|birthday(?:\s+is)?|b'?day(?:\s+is)?)(?:\s*(?i:is|was|:|-|=|on|the|as|given|provided|confirmed|supplied|stated|quoted|recorded|being|for\s+(?:an?\s+)?(?:id|identity|security|verification)|check|checks|purposes)\b\s*|\s*[:\-=]\s*|\s+)*(?P<v>{date})\b"
        ),
    )]
}

/// Ages written in words, ten to ninety-nine ("fifty two", "forty-three",
/// "nineteen"), as a regex fragment without capture groups.
const SPELLED: &str = r"(?i:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

/// Decades of life ("30s", "30's", "thirties", "teens").
const DECADE: &str = r"(?:[1-9]0'?s|(?i:teens|twenties|thirties|forties|fourties|fifties|sixties|seventies|eighties|nineties))";

/// A number that may be an age: digits, words or a decade.
fn age_value() -> String {
    format!(r"(?:{DECADE}|{SPELLED}|[0-9]{{1,3}})")
}

pub(super) fn age_patterns() -> Vec<(Rule, String)> {
    let num = age_value();
    vec![
        (
            Rule::Age,
            format!(
                r"\b(?i:i'?m|i\s+am|i\s+was|i\s+were|aged|age\s*:|age\s+is|age|ages)\s+(?i:only\s+|just\s+|nearly\s+|almost\s+|about\s+|barely\s+|still\s+)?(?P<v>[0-9]{{1,3}}|{SPELLED})\b"
            ),
        ),
        (
            Rule::Age,
            format!(
                r"\b(?P<v>[0-9]{{1,3}}|{SPELLED})\s*-?\s*(?i:years?|yrs?|yr)\s*-?\s*(?i:old|of\s+age)\b"
            ),
        ),
        (
            Rule::Age,
            r"\b(?P<v>[0-9]{1,3}) ?(?i:yo\b|y/o\b|y\.o\.)".to_owned(),
        ),
        // "I'm in my 30s", "she's in her early forties".
        (
            Rule::Age,
            format!(
                r"\b(?i:(?:i'?m|i\s+am|(?:he|she|they|who)(?:'s|'re|\s+is|\s+was|\s+are|\s+were))\s+)?(?i:in\s+(?:my|his|her|their|your|our)\s+(?:(?:early|mid|late)[\s-]+)?)(?P<v>{DECADE})(?-u:\b)"
            ),
        ),
        // "we're both 40", "we are both forty-one": the writer and
        // someone else (without "both", "we were 4" counts people).
        (
            Rule::Age,
            format!(
                r"\b(?i:we'?re|we\s+are)\s+(?i:both)\s+(?i:(?:only|just|nearly|almost|about|around|over|aged)\s+)?(?P<v>{num})\b"
            ),
        ),
        // A bare age set off by commas in a self-description: "I'm
        // Rhiannon, twenty two, and we live", "I'm Kirsty, I work the till
        // at the chippy, 29, and you can get me", "it's me, 29,", "my pal
        // Callum Reid, 26, is scared", "I'm Sam (31)" (see `comma_age`).
        (
            Rule::Age,
            format!(
                r"[,(][ \t]*(?P<v>[1-9][0-9]?|{SPELLED})\b[ \t]*(?:,|;|\)|\.|-|'|\x22|[ \t]+(?:and|&|from|of|living|lives)\b)"
            ),
        ),
        // "caller is 34", "who is only 9", "she's 8", "he is about 40s";
        // the person a representative writes for: "The member is 34", "my
        // client is 19", "the complainant was 52".
        (
            Rule::Age,
            format!(
                r"\b(?i:caller|c/l|reporter|victim|officer|he|she|who|they|member|client|constituent|resident|service\s+user|tenant|patient|complainant|informant|claimant|applicant)(?i:'s|\s+is|\s+was|\s+are|\s+were)\s+(?i:(?:only|just|nearly|almost|about|around|roughly|maybe|probably|aged|in\s+(?:his|her|their)(?:\s+(?:early|mid|late))?)\s+)?(?P<v>{num})\b"
            ),
        ),
        // A person's description: "older officer, 26", "officer, maybe 47".
        (
            Rule::Age,
            format!(
                r"\b(?i:officer|man|woman|male|female|bloke|guy|lad|lady|girl|boy|sergeant|constable)\s*,\s*(?i:(?:maybe|about|around|roughly|approx\.?|approximately|probably|aged)\s+)?(?P<v>{DECADE}|[1-9][0-9])\b"
            ),
        ),
        // "52, asian, dark hair", "about 40s, white".
        (
            Rule::Age,
            format!(
                r"\b(?P<v>{DECADE}|[1-9][0-9])\s*,\s*(?i:white|black|asian|mixed|arab|chinese|british|tall|short|slim|stocky|medium|heavy|thin|large|bald|blonde?|ginger|dark|fair|grey|gray|brown)\b"
            ),
        ),
        // "about 40s": a decade after an estimate.
        (
            Rule::Age,
            format!(
                r"\b(?i:about|around|roughly|approx\.?|approximately|maybe|probably|late|early|mid)[\s-]+(?P<v>{DECADE})(?-u:\b)"
            ),
        ),
    ]
}

/// Value of a spelled unit or teen word.
fn word_value(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// Value of a tens word, or of a decade word (its first year).
fn tens_value(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "twenty" => (20, false),
        "thirty" => (30, false),
        "forty" | "fourty" => (40, false),
        "fifty" => (50, false),
        "sixty" => (60, false),
        "seventy" => (70, false),
        "eighty" => (80, false),
        "ninety" => (90, false),
        "teens" => (13, true),
        "twenties" => (20, true),
        "thirties" => (30, true),
        "forties" | "fourties" => (40, true),
        "fifties" => (50, true),
        "sixties" => (60, true),
        "seventies" => (70, true),
        "eighties" => (80, true),
        "nineties" => (90, true),
        _ => return None,
    })
}

/// The first age written in words in `s` ("fifty two", "forty-three",
/// "nineteen", "thirties"): its byte range in `s` and its value (a
/// decade's first year, 13 for "teens"). ASCII words only; linear.
pub(crate) fn age_in_words(s: &str) -> Option<(Range<usize>, u32)> {
    // Words: (start, end, lower-case text).
    let mut words: Vec<(usize, usize, String)> = Vec::new();
    let mut cur: Option<usize> = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        if c.is_ascii_alphabetic() {
            cur.get_or_insert(i);
        } else if let Some(st) = cur.take() {
            words.push((st, i, s.get(st..i).unwrap_or("").to_ascii_lowercase()));
        }
    }
    for (k, (st, en, w)) in words.iter().enumerate() {
        if let Some((t, decade)) = tens_value(w) {
            if !decade
                && let Some((_, ue, u)) = words.get(k + 1)
                && let Some(u) = word_value(u).filter(|u| *u < 10)
                && s.get(*en..words.get(k + 1).map_or(*en, |n| n.0))
                    .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '-'))
            {
                return Some((*st..*ue, t + u));
            }
            return Some((*st..*en, t));
        }
        if let Some(u) = word_value(w) {
            return Some((*st..*en, u));
        }
    }
    None
}

pub(super) fn dob(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let Some(v) = v else { return };
    let before = scan.lookback(m.start, 24);
    let cue = scan.text(&m).to_ascii_lowercase();
    let mine = before.ends_with("my ")
        || before.ends_with("i was ")
        || (before.ends_with("i'm ") && cue.starts_with("born"));
    let f = Finding::new(Kind::DateOfBirth, v, 0.9, "dob", false);
    scan.push_finding(if mine {
        f.with_party_hint(Party::Reporter)
    } else {
        f
    });
}

const UNITS: &[&str] = &[
    "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "second", "seconds", "secs",
    "mile", "miles", "metres", "meters", "m", "km", "yards", "feet", "ft", "foot", "pounds",
    "quid", "percent", "per", "times", "days", "day", "weeks", "week", "months", "month", "pm",
    "am", "o'clock", "%", "k", "of", "people", "officers", "men", "women", "calls", "texts",
    "messages", "kg", "stone", "st", "inches", "cm", "points", "grand", "x", "streets", "street",
    "doors", "door", "houses", "flats", "floors", "stops", "yards", "metres", "quid", "pound",
    "grams", "g", "ml", "litres", "pints", "cans", "bottles",
];

/// Words before a bare number that make it an estimate of someone's age
/// in a description ("about 52, asian").
const ESTIMATE: &[&str] = &[
    "about",
    "around",
    "roughly",
    "approx",
    "approx.",
    "approximately",
    "maybe",
    "probably",
    "aged",
    "officer",
    "man",
    "woman",
    "male",
    "female",
];

/// Nouns that "N year(s) old" describes when it is not a person's age:
/// vehicles (and makes and models), buildings, animals, objects and
/// affairs ("a 30 year old Land Rover", "a 15 year old car", "a 10 year
/// old grudge").
const THINGS: &[&str] = &[
    "car",
    "cars",
    "van",
    "vans",
    "vehicle",
    "vehicles",
    "motor",
    "motorbike",
    "moped",
    "scooter",
    "bike",
    "bicycle",
    "lorry",
    "truck",
    "bus",
    "taxi",
    "cab",
    "boat",
    "caravan",
    "trailer",
    "tractor",
    "rover",
    "landie",
    "defender",
    "ford",
    "vauxhall",
    "bmw",
    "audi",
    "mercedes",
    "merc",
    "volvo",
    "toyota",
    "honda",
    "nissan",
    "peugeot",
    "renault",
    "fiat",
    "volkswagen",
    "vw",
    "skoda",
    "kia",
    "hyundai",
    "citroen",
    "seat",
    "mini",
    "jeep",
    "jag",
    "jaguar",
    "transit",
    "corsa",
    "fiesta",
    "golf",
    "micra",
    "polo",
    "astra",
    "focus",
    "clio",
    "house",
    "houses",
    "home",
    "building",
    "buildings",
    "flat",
    "property",
    "bungalow",
    "cottage",
    "church",
    "pub",
    "school",
    "bridge",
    "tree",
    "trees",
    "wall",
    "roof",
    "kitchen",
    "boiler",
    "fence",
    "shed",
    "garage",
    "dog",
    "dogs",
    "cat",
    "cats",
    "horse",
    "pony",
    "laptop",
    "phone",
    "mobile",
    "computer",
    "tv",
    "telly",
    "sofa",
    "bed",
    "mattress",
    "watch",
    "painting",
    "whisky",
    "whiskey",
    "wine",
    "scotch",
    "bottle",
    "case",
    "investigation",
    "complaint",
    "grudge",
    "feud",
    "dispute",
    "policy",
    "law",
    "tradition",
    "record",
    "conviction",
    "caution",
    "warrant",
    "file",
    "photo",
    "photograph",
    "picture",
    "video",
    "footage",
    "letter",
    "scar",
    "injury",
    "tattoo",
    "marriage",
    "relationship",
    "friendship",
    "business",
    "company",
    "firm",
    "shop",
    "debt",
    "loan",
    "mortgage",
    "tyre",
    "tyres",
    "engine",
    "model",
    "machine",
    "camera",
    "cctv",
    "system",
    "estate",
    "carpet",
];

/// Nouns for people: the age is a person's even if a thing follows ("a
/// 15 year old boy's bike").
const PEOPLE: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
    "boy",
    "boys",
    "girl",
    "girls",
    "lad",
    "lads",
    "lass",
    "son",
    "daughter",
    "kid",
    "kids",
    "child",
    "children",
    "male",
    "female",
    "bloke",
    "guy",
    "person",
    "officer",
    "pc",
    "brother",
    "sister",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "mum",
    "dad",
    "mother",
    "father",
    "wife",
    "husband",
    "partner",
    "student",
    "teenager",
    "victim",
    "driver",
    "nurse",
    "who",
    "me",
    "i",
];

/// Whether an "N year(s) old" match at `m` describes a thing: a thing noun
/// among the next three words (before any person noun or punctuation), or
/// a thing (or "it") just before "is/was [about] N years old".
fn describes_a_thing(scan: &Scan<'_>, m: &Range<usize>) -> bool {
    let words = |s: &str, rev: bool| -> Vec<String> {
        // Words up to the first punctuation mark other than a hyphen or
        // an apostrophe.
        let cut: &[char] = &['.', ',', ';', ':', '!', '?', '(', ')', '\n', '"'];
        let s = if rev {
            s.rsplit(cut).next().unwrap_or("")
        } else {
            s.split(cut).next().unwrap_or("")
        };
        let mut w: Vec<String> = s
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .map(|w| if rev { w } else { w.trim_end_matches("'s") }.to_owned())
            .collect();
        if rev {
            w.reverse();
        }
        w
    };
    let after = words(&scan.lookahead(m.end, 48), false);
    for w in after.iter().take(3) {
        if PEOPLE.contains(&w.as_str()) {
            return false;
        }
        if THINGS.contains(&w.as_str()) {
            return true;
        }
    }
    // "the car is (about) 30 years old", "it's 15 years old".
    let before = words(&scan.lookback(m.start, 40), true);
    let mut it = before.iter().map(String::as_str).skip_while(|w| {
        matches!(
            *w,
            "about"
                | "nearly"
                | "almost"
                | "over"
                | "around"
                | "roughly"
                | "at"
                | "least"
                | "only"
                | "just"
                | "easily"
                | "probably"
                | "maybe"
                | "well"
        )
    });
    match (it.next(), it.next()) {
        (Some("it's" | "its"), _) => true,
        // "the car's 15 years old".
        (Some(w), _) if w.strip_suffix("'s").is_some_and(|n| THINGS.contains(&n)) => true,
        (Some("is" | "was" | "'s" | "are" | "were"), Some(noun)) => {
            noun == "it" || THINGS.contains(&noun)
        }
        _ => false,
    }
}

pub(super) fn age(scan: &mut Scan<'_>, m: Range<usize>, v: Option<Range<usize>>) {
    let Some(v) = v else { return };
    let value = scan.text(&v);
    let n = match value.parse::<u32>() {
        Ok(n) => n,
        Err(_) => match value.strip_suffix('s').map(|d| d.trim_end_matches('\'')) {
            // "30s", "30's"
            Some(d) if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) => {
                d.parse::<u32>().unwrap_or(0)
            }
            _ => match age_in_words(value) {
                Some((_, n)) => n,
                None => return,
            },
        },
    };
    if !(1..=120).contains(&n) {
        return;
    }
    let whole = scan.text(&m).to_ascii_lowercase();
    if whole.starts_with([',', '(']) {
        comma_age(scan, m, v);
        return;
    }
    let self_cue = whole.starts_with("i'm")
        || whole.starts_with("in our")
        || whole.starts_with("we")
        || whole.starts_with("im")
        || whole.starts_with("i ")
        || whole.starts_with("in my")
        || whole.starts_with("caller")
        || whole.starts_with("c/l")
        || whole.starts_with("reporter");
    if whole.starts_with(|c: char| c.is_ascii_digit()) && whole.contains(',') {
        // "52, asian, dark hair": only at the start of a text or line, after
        // a comma or an estimate ("about 52, white"), never "at 10, white van".
        let before = scan.lookback(m.start, 20);
        let before = before.trim_end();
        let last = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let ok = before.is_empty()
            || before.ends_with([',', ':', '(', '-', '\n'])
            || ESTIMATE.contains(&last);
        if !ok {
            return;
        }
    }
    let suffixed = whole.contains("year")
        || whole.contains("yo")
        || whole.contains("y/o")
        || whole.contains("y.o")
        || whole.contains("yr");
    if suffixed && describes_a_thing(scan, &m) {
        // "a 30 year old Land Rover", "the building is 20 years old".
        return;
    }
    if !suffixed {
        // "I'm 5 minutes away", "I am 2 streets over": the next word decides.
        let after = scan.lookahead(m.end, 16);
        let next: String = after
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '\'' || *c == '%')
            .collect();
        let mut chars = after.chars();
        let first = chars.next();
        let second = chars.next();
        let next_starts_digitish = matches!(first, Some('\'' | '"'))
            || (matches!(first, Some(':' | '.' | ',' | '/' | '-'))
                && second.is_some_and(|c| c.is_ascii_digit()));
        if UNITS.contains(&next.as_str()) || next_starts_digitish {
            return;
        }
        if (whole.starts_with("age ") || whole == "ages")
            && !whole.contains(':')
            && !whole.contains(" is")
        {
            // bare "age 34" is fine; "ages 3" (ranges) is not
            if whole.starts_with("ages") {
                return;
            }
        }
    }
    let f = Finding::new(Kind::Age, v, 0.8, "age", false);
    scan.push_finding(if self_cue {
        f.with_party_hint(Party::Reporter)
    } else {
        f
    });
}

/// Ages in a self-description: a number (or a number in words) between
/// commas, after an introduction in the same sentence ("I'm Rhiannon,
/// twenty two, and"; "I'm Kirsty MacLeod, I work the till at the chippy,
/// 29, and"), after "me" ("it's me, 29,"), or after a two-word name ("my
/// pal Callum Reid, 26, is"). Quantities in a list ("£40, 50, and") and
/// numbers after other words stay.
fn comma_age(scan: &mut Scan<'_>, m: Range<usize>, v: Range<usize>) {
    // "29.5", "29-30": the number goes on.
    let after = scan.text(&(v.end..m.end));
    let rest = scan.lookahead(m.end, 2);
    if (after.ends_with('.') || after.ends_with('-'))
        && rest.starts_with(|c: char| c.is_ascii_digit())
    {
        return;
    }
    // The sentence before the comma, as written.
    let start = crate::text::floor_boundary(scan.norm, m.start.saturating_sub(160));
    let before = scan.text(&(start..m.start));
    let sentence = before
        .rsplit(['.', '!', '?', '\n', ';'])
        .next()
        .unwrap_or("")
        .trim_end();
    // "Mr Jo Bloggs (spelled back), 52,": an aside in brackets between
    // the name and the age is left out.
    let sentence = match sentence.strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
        Some((head, aside)) if aside.len() <= 40 && !head.trim_end().is_empty() => head.trim_end(),
        _ => sentence,
    };
    let lower = sentence.to_ascii_lowercase();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let Some(last) = words.last() else {
        return;
    };
    if last.chars().any(|c| c.is_ascii_digit()) || last.starts_with(['£', '$', '€']) {
        return;
    }
    // "I'm Rhiannon", "my name is Kirsty", "this is Jo": an introduction
    // with a capitalised name after it.
    let intro = [
        "i'm ",
        "i am ",
        "im ",
        "my name is ",
        "my name's ",
        "name's ",
        "this is ",
    ]
    .iter()
    .any(|cue| {
        lower.match_indices(cue).any(|(i, _)| {
            let at_word = i == 0
                || !lower
                    .as_bytes()
                    .get(i - 1)
                    .is_some_and(u8::is_ascii_alphabetic);
            at_word
                && sentence
                    .get(i + cue.len()..)
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_uppercase()))
        })
    });
    // "Am Lorraine, 38.", "It's Sam, 31,": an informal introduction
    // opening the sentence, a capitalised name after it.
    let opener = {
        let t = sentence.trim_start();
        ["am ", "its ", "it's ", "it is ", "me name's ", "me names "]
            .iter()
            .any(|cue| {
                t.get(..cue.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(cue))
                    && t.get(cue.len()..).is_some_and(|n| {
                        let first = n.split_whitespace().next().unwrap_or("");
                        n.starts_with(|c: char| c.is_ascii_uppercase())
                            && !super::time::CALENDAR_WORDS
                                .contains(&first.to_ascii_lowercase().as_str())
                    })
            })
    };
    let intro = intro || opener;
    let me = lower == "me" || lower.ends_with(" me");
    // "as 'Lexi, 33'": a name and an age together in quotes (a profile,
    // a working name).
    let whole = scan.text(&m);
    let quoted = whole.ends_with(['\'', '"'])
        && words.len() >= 2
        && words.get(words.len() - 2).is_some_and(|w| {
            let w = w.trim_end_matches(':').to_ascii_lowercase();
            matches!(
                w.as_str(),
                "as" | "called" | "named" | "name" | "is" | "says" | "under" | "profile" | "me"
            ) || w.is_empty()
        })
        && words.last().is_some_and(|w| {
            let name = w.trim_start_matches(['\'', '"']);
            name.len() < w.len()
                && name.len() > 1
                && name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        });
    // "my pal Callum Reid, 26,": two capitalised words, not after a rank
    // ("PC Dave Smith, 27," may be a collar number).
    let tail = words
        .get(words.len().saturating_sub(4)..)
        .unwrap_or_default();
    let named = scan.text(&m).starts_with(',')
        && words.len() > 2
        && tail.iter().rev().take(2).all(|w| {
            let lower = w.to_ascii_lowercase();
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.len() > 1
                && !NOT_A_NAME.contains(&lower.as_str())
                && !super::time::CALENDAR_WORDS.contains(&lower.as_str())
        })
        && !tail
            .iter()
            .any(|w| RANKS.contains(&w.trim_end_matches('.').to_ascii_lowercase().as_str()));
    // "my daughter Amy (15)", "my son (9)", "the victim, Leah (17),", "my
    // kids Amy (15) and Ben (9)": a number alone in brackets straight after
    // a relation word, or after a capitalised name with a relation word
    // just before it, is that person's age. Ranks are ruled out as for
    // `named` ("my husband PC Dave Smith (27)" may be a number of his).
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_ascii_alphabetic())
            .to_ascii_lowercase()
    };
    let relation_at = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| RELATIONS.contains(&bare(w).as_str()))
    };
    let name_word = |w: &str| {
        let b = bare(w);
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && b.len() > 1
            && !NOT_A_NAME.contains(&b.as_str())
            && !super::time::CALENDAR_WORDS.contains(&b.as_str())
    };
    let n = words.len();
    let related = whole.starts_with('(')
        && whole.ends_with(')')
        && !tail
            .iter()
            .any(|w| RANKS.contains(&w.trim_end_matches('.').to_ascii_lowercase().as_str()))
        && (relation_at(n - 1) || name_word(last) && (n.saturating_sub(5)..n - 1).any(relation_at));
    // A single digit only in that form ("Ben (9)"), never after a comma.
    if v.len() == 1 && !related {
        return;
    }
    // "C/L (34)", "caller, 34,", "IP (34)": the caller (or the injured
    // party, often the caller) in a call note.
    let caller = matches!(
        last.to_ascii_lowercase()
            .trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '/'),
        "caller" | "c/l" | "ip" | "informant" | "complainant"
    );
    if !(intro || me || named || quoted || related || caller) {
        return;
    }
    let f = Finding::new(Kind::Age, v, 0.75, "age.comma", false);
    scan.push_finding(
        if intro || me || (caller && !last.eq_ignore_ascii_case("ip")) {
            f.with_party_hint(Party::Reporter)
        } else {
            f
        },
    );
}

/// People a bracketed age may follow ("my daughter (15)", "the victim,
/// Leah (17)"): family, children and the people a report is about.
const RELATIONS: &[&str] = &[
    "daughter",
    "daughters",
    "son",
    "sons",
    "child",
    "children",
    "kid",
    "kids",
    "baby",
    "boy",
    "girl",
    "teenager",
    "grandson",
    "granddaughter",
    "grandchild",
    "niece",
    "nephew",
    "brother",
    "sister",
    "stepson",
    "stepdaughter",
    "cousin",
    "mum",
    "mam",
    "mom",
    "mother",
    "dad",
    "father",
    "nan",
    "gran",
    "grandma",
    "grandad",
    "wife",
    "husband",
    "partner",
    "girlfriend",
    "boyfriend",
    "friend",
    "mate",
    "pal",
    "neighbour",
    "neighbor",
    "victim",
    "witness",
    "client",
    "lodger",
    "flatmate",
    "colleague",
    "twins",
    "youngest",
    "eldest",
    "oldest",
];

/// Ranks and roles before a name: a number after "PC Dave Smith," may be
/// a collar number.
const RANKS: &[&str] = &[
    "pc",
    "wpc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "sarge",
    "sergeant",
    "constable",
    "inspector",
    "insp",
    "supt",
    "superintendent",
    "officer",
    "detective",
    "special",
];

/// Capitalised words before ", 26," that make no name besides days and
/// months (`time::CALENDAR_WORDS`): street words, ranks.
const NOT_A_NAME: &[&str] = &[
    "street",
    "road",
    "lane",
    "avenue",
    "st",
    "rd",
    "page",
    "room",
    "flat",
    "unit",
    "platform",
    "gate",
    "bus",
    "route",
    "junction",
    "pc",
    "sgt",
    "dc",
    "ds",
    "constable",
    "sergeant",
    "inspector",
    "police",
    "station",
    "i",
    "the",
];

#[cfg(test)]
mod tests {
    use crate::attribute::Party;
    use crate::detect::{Detector, Kind, TextContext};

    fn ages(d: &Detector, text: &str) -> Vec<String> {
        d.detect(text, &TextContext::new())
            .into_iter()
            .filter(|f| f.kind == Kind::Age)
            .map(|f| text[f.range].to_owned())
            .collect()
    }

    #[test]
    fn ages_in_brackets_after_a_relation_or_a_relatives_name() {
        let d = Detector::new().unwrap();
        let found: &[(&str, &[&str])] = &[
            (
                "He has been messaging my daughter Amy (15) on snap.",
                &["15"],
            ),
            ("My son Kai (12) saw it.", &["12"]),
            ("my daughter (15) was there", &["15"]),
            ("My kids Amy (15) and Ben (9) were home.", &["15", "9"]),
            ("The victim, Leah (17), was in the car.", &["17"]),
            ("our youngest (7) was asleep", &["7"]),
            ("my nephew ( 16 ) was stopped", &["16"]),
        ];
        for (text, want) in found {
            assert_eq!(ages(&d, text), *want, "{text:?}");
        }
        // Numbers in brackets that are not ages stay as written.
        let kept: &[&str] = &[
            "PC Dave Smith (27) and my son",
            "my husband DS Walsh (45) hit me",
            "Item (1) and page (2) of my statement",
            "Bus (38) from my mate's house",
            "He paid (5) times",
            "my son's team won (3) nil",
            "see point (4) above, my daughter said",
            "2, 3, 4, and my son",
        ];
        for text in kept {
            assert_eq!(ages(&d, text), Vec::<String>::new(), "{text:?}");
        }
    }

    #[test]
    fn year_old_things_are_not_ages() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "The car in the case is a 30 year old Land Rover. I'm Connor",
            "he drives a 15 year old car",
            "a 20 year old building on the corner",
            "a 12-year-old white van was parked",
            "they live in a 100 year old house",
            "it was a 10 year old grudge",
            "the car is 30 years old",
            "the building was about 20 years old",
            "it's 15 years old and falls apart",
            "a 3 yr old Ford Focus",
            "a 2 year old dog bit him",
        ];
        let mut failures = Vec::new();
        for text in cases {
            let got = ages(&d, text);
            if !got.is_empty() {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn peoples_ages_are_still_ages() {
        let d = Detector::new().unwrap();
        let cases: &[(&str, &str)] = &[
            ("a 30 year old man in a Land Rover", "30"),
            ("I'm 30 years old and", "30"),
            ("my 15 year old has been scared", "15"),
            ("my 15 year old son's bike was taken", "15"),
            ("a 15 year old boy's car", "15"),
            ("a 30 year old Polish man", "30"),
            ("I'm a fifty eight year old nurse", "fifty eight"),
            ("she is 22 years old.", "22"),
            ("a 16-year-old girl", "16"),
            ("the officer is 45 years old", "45"),
        ];
        let mut failures = Vec::new();
        for (text, want) in cases {
            let got = ages(&d, text);
            if !got.iter().any(|g| g == want) {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn self_descriptions_and_plural_ages() {
        let d = Detector::new().unwrap();
        // (text, age, the writer's?)
        let cases: &[(&str, &str, bool)] = &[
            (
                "I'm Kirsty MacLeod, I work the till at the chippy next to the bar, 29, and you can get me on",
                "29",
                true,
            ),
            (
                "I'm Rhiannon, twenty two, and we live above the shop",
                "twenty two",
                true,
            ),
            ("my name is Aled, nineteen, from Bala", "nineteen", true),
            ("it's me, 29, from the flats", "29", true),
            ("I'm Jo Bloggs, 34, from Leeds", "34", true),
            ("I'm Sam (31) and I saw it", "31", true),
            ("we're both in our 40s.", "40s", true),
            ("we are in our thirties and", "thirties", true),
            ("we're in our late 30s", "30s", true),
            ("we're both 40 and", "40", true),
            ("she's eighty-three and lives alone", "eighty-three", false),
            ("she is eighty three", "eighty three", false),
            ("my pal Callum Reid, 26, is too feart", "26", false),
        ];
        let mut failures = Vec::new();
        for (text, want, mine) in cases {
            let got: Vec<(String, Option<Party>)> = d
                .detect(text, &TextContext::new())
                .into_iter()
                .filter(|f| f.kind == Kind::Age)
                .map(|f| (text[f.range].to_owned(), f.party_hint))
                .collect();
            let ok = got
                .iter()
                .any(|(g, p)| g == want && (!mine || *p == Some(Party::Reporter)));
            if !ok {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn numbers_between_commas_outside_a_self_description_stay() {
        let d = Detector::new().unwrap();
        let cases: &[&str] = &[
            "he took £40, 50, and then 60",
            "we waited, 20, maybe 30 minutes",
            "I'm sure he had 3 bags, 12, and more",
            "I'm Jo, I paid him 29.5 grand",
            "on Friday, 29, and Saturday",
            "we were 4 in the car",
            "he drove me to Great Junction Street, 40, and back",
            "PC Dave Smith, 27, came to the door",
            "see points (12) and (13)",
            "I'm not sure, 20, 30 times",
        ];
        let mut failures = Vec::new();
        for text in cases {
            let got = ages(&d, text);
            if !got.is_empty() {
                failures.push(format!("{text:?}: got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }
}
