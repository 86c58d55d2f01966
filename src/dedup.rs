//! Repeated blocks: a paragraph that repeats an earlier one of the same
//! article, after folding.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::fold::{key_hash, KeyHash};

/// Remembers the folded keys of the paragraphs seen so far.
#[derive(Debug, Default)]
pub(crate) struct Seen {
    keys: HashSet<u64, BuildHasherDefault<IdentityHasher>>,
}

impl Seen {
    /// Records `line` and tells whether its folded key was seen before.
    /// Lines whose key is shorter than `min_chars` are neither recorded nor
    /// reported: short lines ("Ja.", "* * *") repeat legitimately.
    pub(crate) fn repeats(&mut self, line: &str, min_chars: usize) -> bool {
        // Folding never lengthens ASCII text, so a short ASCII line has a
        // short key, and need not be folded to know it.
        if line.len() < min_chars && line.is_ascii() {
            return false;
        }
        let KeyHash { hash, chars } = key_hash(line);
        chars >= min_chars && !self.keys.insert(hash)
    }
}

/// A hasher for keys that are already well-mixed 64-bit hashes: hashing
/// them again would only cost time.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used; fold anything else in for completeness.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by 64-bit hashes.
pub(crate) type HashMap64<V> =
    std::collections::HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_copy_repeats_after_folding() {
        let mut seen = Seen::default();
        assert!(!seen.repeats("Der Ausschuss tagt am Montag erneut.", 20));
        assert!(seen.repeats("der ausschuss tagt am montag erneut", 20));
        assert!(!seen.repeats("Der Ausschuss tagt am Dienstag erneut.", 20));
    }

    #[test]
    fn short_lines_never_repeat() {
        let mut seen = Seen::default();
        assert!(!seen.repeats("Ja.", 20));
        assert!(!seen.repeats("Ja.", 20));
    }
}
