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
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            for (d, s) in w.iter_mut().zip(rest) {
                *d = *s;
            }
            // The length keeps "ab" and "ab\0" apart.
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 56));
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
    }
}
