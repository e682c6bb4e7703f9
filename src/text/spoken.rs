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
}
