//! A fast, non-cryptographic hasher for look-ups in fixed word lists.
//!
//! The standard `HashSet` hashes with SipHash, which resists collision
//! attacks on tables that grow from untrusted keys. The gazetteers are
//! fixed when the crate is built: text only *looks up* words, never
//! inserts, so collision attacks do not apply and SipHash only costs time
//! (it was the largest single cost of name detection). This is the
//! multiply-rotate hash used inside rustc (FxHash), 8 bytes at a time.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashSet` with [`FastHasher`]: for fixed tables only.
pub(crate) type FastHashSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash: `hash = (hash.rotl(5) ^ word) * SEED` per 8-byte word.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FastHasher {
    hash: u64,
}

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        // The last 1 to 7 bytes as one zero-padded little-endian word,
        // without a byte loop (which compiled to a `memcpy` call per key):
        // 4 to 7 bytes as their first and last four (overlapping, each at
        // its own place), 1 to 3 as the first, middle and last byte. The
        // word is the same as copying the bytes one by one.
        let rest = chunks.remainder();
        let n = rest.len();
        let w = match (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
            (Some(a), Some(b)) => {
                u64::from(u32::from_le_bytes(*a))
                    | u64::from(u32::from_le_bytes(*b)) << (8 * (n - 4))
            }
            _ => {
                let at = |k: usize| u64::from(rest.get(k).copied().unwrap_or(0)) << (8 * k);
                at(0) | at(n / 2) | at(n.saturating_sub(1))
            }
        };
        if n > 0 {
            // The length keeps "ab" and "ab\0" apart.
            self.add(w ^ ((n as u64) << 56));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_finds_exactly_its_words() {
        let words = [
            "jo",
            "bloggs",
            "o'neill",
            "mary-jane",
            "a",
            "abcdefghijklmnop",
        ];
        let set: FastHashSet<&str> = words.iter().copied().collect();
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "j", "job", "bloggs ", "abcdefghijklmno", "ab\0"] {
            assert!(!set.contains(w), "{w:?}");
        }
    }

    #[test]
    fn hashes_differ_for_near_keys() {
        let h = |s: &str| {
            let mut f = FastHasher::default();
            f.write(s.as_bytes());
            f.finish()
        };
        assert_ne!(h("ab"), h("ab\0"));
        assert_ne!(h("ab"), h("ba"));
        assert_ne!(h("abcdefgh"), h("abcdefgi"));
        // Every key of up to 7 bytes over a small alphabet hashes apart
        // from every other (the remainder word is exact for 1 to 7 bytes).
        let mut seen = std::collections::HashMap::new();
        let alphabet = ["a", "b", "'", "\0"];
        let mut keys = Vec::new();
        let mut level = vec![String::new()];
        for _ in 0..7 {
            level = level
                .iter()
                .flat_map(|k| alphabet.iter().map(move |c| format!("{k}{c}")))
                .collect();
            keys.extend(level.iter().cloned());
        }
        keys.sort();
        keys.dedup();
        // The same hash as padding the last bytes one by one.
        let reference = |s: &str| {
            let mut f = FastHasher::default();
            let mut chunks = s.as_bytes().chunks_exact(8);
            for c in &mut chunks {
                f.add(u64::from_le_bytes(c.try_into().unwrap()));
            }
            let rest = chunks.remainder();
            if !rest.is_empty() {
                let mut w = [0u8; 8];
                w[..rest.len()].copy_from_slice(rest);
                f.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 56));
            }
            f.finish()
        };
        for k in keys
            .iter()
            .chain(&["abcdefghijk".to_owned(), "abcdefgh".to_owned()])
        {
            assert_eq!(h(k), reference(k), "{k:?}");
        }
        for k in &keys {
            if let Some(other) = seen.insert(h(k), k.clone()) {
                panic!("{k:?} and {other:?} collide");
            }
        }
        assert!(keys.len() > 20_000, "{}", keys.len());
    }
}
