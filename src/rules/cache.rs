//! A small per-thread memory of phrase verdicts for short lines.
//!
//! Boilerplate repeats: the same "Share", "Comments (3)" or "Read more"
//! lines come back within a page and across the pages of a site. Folding
//! such a line and running the gate costs far more than hashing its text,
//! so the verdict of each short line is remembered in a direct-mapped table
//! of [`SLOTS`] entries per thread: a bounded memory that adapts to the
//! stream and never grows.
//!
//! An entry is found by a 64-bit hash of the line's text and the settings
//! that decide its verdict (the disabled families); the whole hash and the
//! text's length must agree for a hit. A verdict depends on nothing else,
//! so a hit gives the answer the rules would give.

use std::cell::RefCell;

/// Entries of the table; a power of two. 4,096 entries of 16 bytes are
/// 64 KiB per thread.
const SLOTS: usize = 4096;

/// The longest line, in bytes, whose verdict is remembered: long lines
/// rarely repeat, and repeated paragraphs are the dedup stage's business.
pub(crate) const MAX_CACHED_BYTES: usize = 160;

/// What is remembered of one line: its key and the index of the phrase
/// rule that matched it, or [`NO_RULE`].
#[derive(Clone, Copy)]
struct Entry {
    key: u64,
    len: u32,
    rule: u32,
}

/// The verdict "no phrase rule matches".
pub(crate) const NO_RULE: u32 = u32::MAX;

const EMPTY: Entry = Entry {
    key: 0,
    len: u32::MAX,
    rule: NO_RULE,
};

thread_local! {
    static TABLE: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// The key of `text` under the settings `salt`: a multiply-mix hash over
/// eight bytes at a time.
pub(crate) fn key(text: &str, salt: u64) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = salt.wrapping_mul(K) ^ text.len() as u64;
    let mut chunks = text.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(K)
            .rotate_left(29);
    }
    h = (h ^ crate::bytes::load_le(chunks.remainder())).wrapping_mul(K);
    h ^ (h >> 32)
}

/// The remembered verdict for `key` and `len`, if any.
pub(crate) fn get(key: u64, len: usize) -> Option<u32> {
    TABLE.with(|table| {
        let table = table.borrow();
        let entry = table.get(slot(key))?;
        (entry.key == key && entry.len as usize == len).then_some(entry.rule)
    })
}

/// Remembers `rule` as the verdict for `key` and `len`.
pub(crate) fn put(key: u64, len: usize, rule: u32) {
    let Ok(len) = u32::try_from(len) else {
        return;
    };
    TABLE.with(|table| {
        let mut table = table.borrow_mut();
        if table.is_empty() {
            table.resize(SLOTS, EMPTY);
        }
        table[slot(key)] = Entry { key, len, rule };
    });
}

fn slot(key: u64) -> usize {
    // The low bits of the mixed hash; SLOTS is a power of two.
    (key as usize) & (SLOTS - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_and_forgets_by_key() {
        let k = key("Share this article", 0);
        assert_eq!(get(k, 18), None);
        put(k, 18, 7);
        assert_eq!(get(k, 18), Some(7));
        assert_eq!(get(k, 17), None, "length must agree");
        assert_ne!(k, key("Share this article", 1), "settings change the key");
        assert_ne!(k, key("Share this articlf", 0));
    }
}
