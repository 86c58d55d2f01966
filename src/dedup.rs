//! Repeated blocks: a paragraph that repeats an earlier one of the same
//! article, after folding.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::fold::{key_hash, KeyHash};

/// Collects the folded keys of an article's paragraphs, then finds the
/// later copies among them.
///
/// Keys are gathered first and compared after the last line, not looked up
/// in a growing set line by line: an article of a million distinct lines
/// made every lookup a cache miss in a set far larger than the caches. The
/// keys are instead split by their top bits into buckets small enough for
/// the cache, each checked on its own, in linear time. The verdict is the
/// same: a paragraph repeats when an earlier noted one has its key.
#[derive(Debug, Default)]
pub(crate) struct Seen {
    /// The key of each noted paragraph, with the caller's index for it, in
    /// the order noted.
    keys: Vec<(u64, usize)>,
}

/// Up to this many keys are checked in one set, without buckets.
const ONE_SET: usize = 4096;

/// The top bits of a key that choose its bucket.
const BUCKET_BITS: u32 = 12;

impl Seen {
    /// Notes `line` under `index`. Lines whose key is shorter than
    /// `min_chars` are not noted: short lines ("Ja.", "* * *") repeat
    /// legitimately.
    pub(crate) fn note(&mut self, line: &str, index: usize, min_chars: usize) {
        // Folding never lengthens ASCII text, so a short ASCII line has a
        // short key, and need not be folded to know it.
        if line.len() < min_chars && line.is_ascii() {
            return;
        }
        let KeyHash { hash, chars } = key_hash(line);
        if chars >= min_chars {
            self.keys.push((hash, index));
        }
    }

    /// Calls `copy` with the index of every noted paragraph whose key an
    /// earlier noted one has (in no particular order).
    pub(crate) fn later_copies(&self, mut copy: impl FnMut(usize)) {
        let mut set: HashSet<u64, BuildHasherDefault<IdentityHasher>> = HashSet::default();
        if self.keys.len() <= ONE_SET {
            for &(key, index) in &self.keys {
                if !set.insert(key) {
                    copy(index);
                }
            }
            return;
        }
        // Split by the top bits, keeping the noted order within a bucket
        // (a counting sort), so the first of equal keys comes first.
        let bucket = |key: u64| (key >> (64 - BUCKET_BITS)) as usize;
        let mut starts = vec![0usize; (1 << BUCKET_BITS) + 1];
        for &(key, _) in &self.keys {
            starts[bucket(key) + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        let mut next = starts.clone();
        let mut sorted = vec![(0u64, 0usize); self.keys.len()];
        for &(key, index) in &self.keys {
            let b = bucket(key);
            sorted[next[b]] = (key, index);
            next[b] += 1;
        }
        for window in starts.windows(2) {
            set.clear();
            for &(key, index) in &sorted[window[0]..window[1]] {
                if !set.insert(key) {
                    copy(index);
                }
            }
        }
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
        seen.note("Der Ausschuss tagt am Montag erneut.", 0, 20);
        seen.note("der ausschuss tagt am montag erneut", 1, 20);
        seen.note("Der Ausschuss tagt am Dienstag erneut.", 2, 20);
        assert_eq!(copies(&seen), [1]);
    }

    #[test]
    fn short_lines_never_repeat() {
        let mut seen = Seen::default();
        seen.note("Ja.", 0, 20);
        seen.note("Ja.", 1, 20);
        assert_eq!(copies(&seen), [] as [usize; 0]);
    }

    /// Many keys go through the buckets; the answer must be the one of a
    /// single set walked in order.
    #[test]
    fn buckets_find_the_same_copies_as_one_set() {
        let mut seen = Seen::default();
        let lines: Vec<String> = (0..3 * ONE_SET)
            .map(|i| format!("Line number {} of a long article", (i * 7919) % 5000))
            .collect();
        for (i, line) in lines.iter().enumerate() {
            seen.note(line, i, 20);
        }
        let mut firsts = std::collections::HashSet::new();
        let want: Vec<usize> = (0..lines.len())
            .filter(|&i| !firsts.insert(crate::fold::key(&lines[i])))
            .collect();
        assert!(!want.is_empty());
        assert_eq!(copies(&seen), want);
    }

    fn copies(seen: &Seen) -> Vec<usize> {
        let mut found = Vec::new();
        seen.later_copies(|i| found.push(i));
        found.sort_unstable();
        found
    }
}
