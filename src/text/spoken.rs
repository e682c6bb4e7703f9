//! Spoken digits: the words people use for digits when they dictate or
//! disguise a number ("oh seven seven double oh nine …"). One table for
//! every stage that reads them: the phone detector, attribution against
//! declared values and the canonical form behind tokens.

/// The digit a lower-case word stands for: "zero", "oh", "o", "nought",
/// "naught", "nil" are 0; "one" … "nine" are 1 … 9.
pub(crate) fn digit_word(word: &str) -> Option<u8> {
    Some(match word {
        "zero" | "oh" | "o" | "nought" | "naught" | "nil" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        _ => return None,
    })
}

/// How many times a lower-case repeat word repeats the next digit:
/// "double" 2, "triple" and "treble" 3.
pub(crate) fn repeat_word(word: &str) -> Option<usize> {
    match word {
        "double" => Some(2),
        "triple" | "treble" => Some(3),
        _ => None,
    }
}

/// A word that says more than one digit when a number is read out in
/// groups ("oh seven seven double oh, **nine hundred**, **forty one**,
/// **twelve**").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberWord {
    /// "ten" … "nineteen": the two digits.
    Teen(u8),
    /// "twenty" … "ninety": the tens digit; a digit word right after it
    /// replaces the units ("forty one" is 41, "forty" alone is 40).
    Tens(u8),
    /// "hundred": two zeros after the digits before it ("nine hundred").
    Hundred,
    /// "thousand": three zeros after the digits before it.
    Thousand,
}

impl NumberWord {
    /// The digits the word adds on its own ("twelve" 1 2, "forty" 4 0,
    /// "hundred" 0 0, "thousand" 0 0 0).
    pub(crate) fn digits(self) -> &'static [u8] {
        const TEENS: [[u8; 2]; 10] = [
            [1, 0],
            [1, 1],
            [1, 2],
            [1, 3],
            [1, 4],
            [1, 5],
            [1, 6],
            [1, 7],
            [1, 8],
            [1, 9],
        ];
        const TENS: [[u8; 2]; 10] = [
            [0, 0],
            [1, 0],
            [2, 0],
            [3, 0],
            [4, 0],
            [5, 0],
            [6, 0],
            [7, 0],
            [8, 0],
            [9, 0],
        ];
        match self {
            NumberWord::Teen(n) => TEENS.get(usize::from(n % 10)).map_or(&[], |d| d),
            NumberWord::Tens(t) => TENS.get(usize::from(t % 10)).map_or(&[], |d| d),
            NumberWord::Hundred => &[0, 0],
            NumberWord::Thousand => &[0, 0, 0],
        }
    }
}

/// The number word a lower-case word is, if any (see [`NumberWord`]).
pub(crate) fn number_word(word: &str) -> Option<NumberWord> {
    use NumberWord::{Hundred, Teen, Tens, Thousand};
    Some(match word {
        "ten" => Teen(10),
        "eleven" => Teen(11),
        "twelve" => Teen(12),
        "thirteen" => Teen(13),
        "fourteen" => Teen(14),
        "fifteen" => Teen(15),
        "sixteen" => Teen(16),
        "seventeen" => Teen(17),
        "eighteen" => Teen(18),
        "nineteen" => Teen(19),
        "twenty" => Tens(2),
        "thirty" => Tens(3),
        "forty" | "fourty" => Tens(4),
        "fifty" => Tens(5),
        "sixty" => Tens(6),
        "seventy" => Tens(7),
        "eighty" => Tens(8),
        "ninety" => Tens(9),
        "hundred" => Hundred,
        "thousand" => Thousand,
        _ => return None,
    })
}

/// The number words as a case-insensitive regex alternation, for the
/// patterns that find spoken numbers (kept next to [`number_word`], which
/// reads them; a test checks the two agree).
pub(crate) const NUMBER_WORDS_RE: &str = "(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)";

/// Reads one lower-case word of a number read out, appending its digits
/// to `out`: a digit word `repeat` times ("double oh" is read as "oh" with
/// `repeat` 2), or a number word in context. `tens_open` says the last word
/// was a tens word ("forty"), whose units a digit word replaces. Returns
/// whether `word` was a digit or number word; any other word closes an
/// open tens word.
pub(crate) fn read_spoken(
    word: &str,
    repeat: usize,
    out: &mut String,
    tens_open: &mut bool,
) -> bool {
    if digit_word(word).is_some() {
        for _ in 0..repeat.max(1) {
            push_spoken(word, out, tens_open);
        }
        return true;
    }
    push_spoken(word, out, tens_open)
}

/// [`read_spoken`] for one occurrence of the word.
fn push_spoken(word: &str, out: &mut String, tens_open: &mut bool) -> bool {
    if let Some(d) = digit_word(word) {
        if *tens_open && d != 0 && out.ends_with('0') {
            out.pop();
        }
        out.push(char::from(b'0' + d));
        *tens_open = false;
        return true;
    }
    let Some(n) = number_word(word) else {
        *tens_open = false;
        return false;
    };
    // "hundred" and "thousand" only count after digits ("nine hundred").
    if !matches!(n, NumberWord::Hundred | NumberWord::Thousand) || !out.is_empty() {
        out.extend(n.digits().iter().map(|&d| char::from(b'0' + d)));
    }
    *tens_open = matches!(n, NumberWord::Tens(_));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_repeats() {
        let words = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ];
        for (d, w) in words.iter().enumerate() {
            assert_eq!(digit_word(w), u8::try_from(d).ok());
        }
        for zero in ["oh", "o", "nought", "naught", "nil"] {
            assert_eq!(digit_word(zero), Some(0));
        }
        assert_eq!(digit_word("ten"), None);
        assert_eq!(digit_word("One"), None, "callers lower-case first");
        assert_eq!(repeat_word("double"), Some(2));
        assert_eq!(repeat_word("treble"), Some(3));
        assert_eq!(repeat_word("quadruple"), None);
    }

    /// Every word of the regex alternation is read by `number_word`, and
    /// the other way round.
    #[test]
    fn number_word_regex_and_reader_agree() {
        let inner = NUMBER_WORDS_RE
            .trim_start_matches("(?i:")
            .trim_end_matches(')');
        let re = regex::Regex::new(&format!("^{NUMBER_WORDS_RE}$")).unwrap();
        let mut words: Vec<String> = inner.split('|').map(str::to_owned).collect();
        words.retain(|w| !w.contains('?'));
        words.extend(["forty".to_owned(), "fourty".to_owned()]);
        for w in &words {
            assert!(number_word(w).is_some(), "{w}");
            assert!(re.is_match(w), "{w}");
            assert!(re.is_match(&w.to_uppercase()), "{w}");
        }
        for w in ["one", "tens", "hundreds", "twentyone", "forteen", "and"] {
            assert!(number_word(w).is_none(), "{w}");
            assert!(!re.is_match(w), "{w}");
        }
    }

    fn read(words: &str) -> String {
        let mut out = String::new();
        let mut tens = false;
        for w in words.split_whitespace() {
            assert!(read_spoken(w, 1, &mut out, &mut tens), "{w}");
        }
        out
    }

    #[test]
    fn numbers_read_out_in_groups() {
        for (said, digits) in [
            ("nine hundred", "900"),
            ("seven seven hundred", "7700"),
            ("forty one", "41"),
            ("forty", "40"),
            ("forty oh", "400"),
            ("twelve", "12"),
            ("nineteen", "19"),
            ("nine thousand", "9000"),
            ("oh one six three two nine six thousand", "0163296000"),
            ("ninety nine", "99"),
            ("twenty twenty", "2020"),
        ] {
            assert_eq!(read(said), digits, "{said}");
        }
        // "hundred" with nothing before it adds nothing.
        assert_eq!(read("hundred"), "");
        // A word that is no number closes an open tens word.
        let mut out = String::from("40");
        let mut tens = true;
        assert!(!read_spoken("and", 1, &mut out, &mut tens));
        assert!(!tens);
        assert!(read_spoken("one", 1, &mut out, &mut tens));
        assert_eq!(out, "401");
        // "double" repeats a digit word, not a number word.
        let (mut out, mut tens) = (String::new(), false);
        assert!(read_spoken("oh", 2, &mut out, &mut tens));
        assert!(read_spoken("twelve", 2, &mut out, &mut tens));
        assert_eq!(out, "0012");
    }
}
