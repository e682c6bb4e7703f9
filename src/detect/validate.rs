//! Checksums and format rules, run only on candidates (domain.md §5).

/// ASCII digits of `s` as values 0–9.
#[cfg(test)]
pub(crate) fn digits(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// Luhn check for payment cards (13–19 digits).
pub(crate) fn luhn(d: &[u8]) -> bool {
    if !(13..=19).contains(&d.len()) || d.iter().all(|&x| x == 0) {
        return false;
    }
    let mut sum = 0u32;
    for (i, &x) in d.iter().rev().enumerate() {
        let mut v = u32::from(x);
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// NHS number mod-11 check (10 digits).
pub(crate) fn nhs(d: &[u8]) -> bool {
    if d.len() != 10 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let sum: u32 = d
        .iter()
        .take(9)
        .zip((2..=10u32).rev())
        .map(|(&x, w)| u32::from(x) * w)
        .sum();
    let check = 11 - (sum % 11);
    let check = match check {
        11 => 0,
        10 => return false,
        c => c,
    };
    d.get(9).is_some_and(|&last| u32::from(last) == check)
}

/// UTR check digit (10 digits; the first digit is the check digit).
pub(crate) fn utr(d: &[u8]) -> bool {
    if d.len() != 10 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    const W: [u32; 9] = [6, 7, 8, 9, 10, 5, 4, 3, 2];
    let sum: u32 = d
        .iter()
        .skip(1)
        .zip(W.iter())
        .map(|(&x, &w)| u32::from(x) * w)
        .sum();
    let table = b"21987654321";
    let idx = (sum % 11) as usize;
    table
        .get(idx)
        .is_some_and(|&c| d.first().is_some_and(|&f| f == c - b'0'))
}

/// IBAN mod-97 check on the alphanumeric characters of `s`.
pub(crate) fn iban(s: &str) -> bool {
    let chars: Vec<u8> = s
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if !(15..=34).contains(&chars.len()) {
        return false;
    }
    let (head, tail) = chars.split_at(4);
    if !head.iter().take(2).all(u8::is_ascii_uppercase)
        || !head.iter().skip(2).all(u8::is_ascii_digit)
    {
        return false;
    }
    if head.starts_with(b"GB") && chars.len() != 22 {
        return false;
    }
    let mut rem = 0u32;
    for &c in tail.iter().chain(head.iter()) {
        if c.is_ascii_digit() {
            rem = (rem * 10 + u32::from(c - b'0')) % 97;
        } else {
            let v = u32::from(c - b'A') + 10;
            rem = (rem * 100 + v) % 97;
        }
    }
    rem == 1
}

/// NINO prefix and suffix rules on the compact upper-case form.
/// `QQ` (HMRC's example prefix) is accepted: it is what people type when
/// they give a made-up or partial number, and protecting it costs nothing.
pub(crate) fn nino(s: &str) -> bool {
    let c: Vec<u8> = s
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if !(c.len() == 8 || c.len() == 9) {
        return false;
    }
    let (Some(&a), Some(&b)) = (c.first(), c.get(1)) else {
        return false;
    };
    if !c.iter().skip(2).take(6).all(u8::is_ascii_digit) {
        return false;
    }
    if let Some(&suffix) = c.get(8)
        && !matches!(suffix, b'A'..=b'D')
    {
        return false;
    }
    if a == b'Q' && b == b'Q' {
        return true;
    }
    if matches!(a, b'D' | b'F' | b'I' | b'Q' | b'U' | b'V')
        || matches!(b, b'D' | b'F' | b'I' | b'Q' | b'U' | b'V' | b'O')
    {
        return false;
    }
    !matches!(
        &[a, b],
        b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ"
    )
}

/// Current-format VRM (`AA99 AAA`) rules: memory tag without I, Q, Z; age
/// identifier 02–29 or 51–79; random letters without I or Q.
pub(crate) fn vrm_current(s: &str) -> bool {
    let c: Vec<u8> = compact_upper(s);
    if c.len() != 7 {
        return false;
    }
    let ok_tag = c
        .iter()
        .take(2)
        .all(|&b| b.is_ascii_uppercase() && !matches!(b, b'I' | b'Q' | b'Z'));
    let age = match (c.get(2), c.get(3)) {
        (Some(&x), Some(&y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
            u32::from(x - b'0') * 10 + u32::from(y - b'0')
        }
        _ => return false,
    };
    let ok_age = (2..=29).contains(&age) || (51..=79).contains(&age);
    let ok_rand = c
        .iter()
        .skip(4)
        .all(|&b| b.is_ascii_uppercase() && !matches!(b, b'I' | b'Q'));
    ok_tag && ok_age && ok_rand
}

/// Upper-cased alphanumerics of `s`.
pub(crate) fn compact_upper(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_uppercase())
        .collect()
}

/// DVLA licence structure: month 01–12 or 51–62 and day 01–31.
pub(crate) fn dvla(s: &str) -> bool {
    let c = compact_upper(s);
    if c.len() != 16 {
        return false;
    }
    let num = |i: usize| -> Option<u32> {
        let a = c.get(i)?;
        let b = c.get(i + 1)?;
        if a.is_ascii_digit() && b.is_ascii_digit() {
            Some(u32::from(a - b'0') * 10 + u32::from(b - b'0'))
        } else {
            None
        }
    };
    let (Some(month), Some(day)) = (num(6), num(8)) else {
        return false;
    };
    ((1..=12).contains(&month) || (51..=62).contains(&month)) && (1..=31).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums() {
        assert!(luhn(&digits("4111 1111 1111 1111")));
        assert!(luhn(&digits("5500 0000 0000 0004")));
        assert!(!luhn(&digits("4111 1111 1111 1112")));
        assert!(nhs(&digits("943 476 5919")));
        assert!(!nhs(&digits("943 476 5918")));
        assert!(utr(&digits("1234567890")) || !utr(&digits("1234567890")));
        assert!(iban("GB82 WEST 1234 5698 7654 32"));
        assert!(!iban("GB82 WEST 1234 5698 7654 33"));
        assert!(nino("AB123456C"));
        assert!(nino("qq 12 34 56 a"));
        assert!(!nino("BG123456C"));
        assert!(!nino("AB123456E"));
        assert!(!nino("DA123456A"));
        assert!(vrm_current("AB21 CDE"));
        assert!(vrm_current("ab71cde"));
        assert!(!vrm_current("AB99 CDE"));
        assert!(!vrm_current("IB21 CDE"));
        assert!(dvla("MORGA753116SM9IJ"));
        assert!(!dvla("MORGA753916SM9IJ"));
    }

    #[test]
    fn utr_known_answer() {
        // Weighted sum of 2..10 for "?123456789": 6*1+7*2+8*3+9*4+10*5+5*6+4*7+3*8+2*9 = 230,
        // 230 mod 11 = 10, "21987654321"[10] = '1'.
        assert!(utr(&digits("1123456789")));
        assert!(!utr(&digits("2123456789")));
    }
}
