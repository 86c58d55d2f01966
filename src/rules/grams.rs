//! The keyword scan of the phrase gates: every occurrence of every keyword
//! of a set in a short text, found through small bit filters rather than a
//! keyword automaton.
//!
//! An automaton (Aho-Corasick) reads a text one byte at a time, and each
//! step is a load that depends on the one before. With thousands of
//! keywords its table takes megabytes, so on long lines most steps wait on
//! memory. Here each keyword is anchored on one window of up to four of its
//! bytes, the rarest by the letter frequencies of running text. At each
//! position of the text, the windows of one to four bytes that start there
//! are hashed into bit filters of at most 64 KiB. These loads do
//! not depend on each other, so the CPU overlaps them. Only where a bit is
//! set is the window looked up in a table of anchors and the keywords on it
//! compared in full.
//!
//! The gate of the shortest lines keeps an automaton (see
//! `rules::Keywords`): a short line's walk stays in its first states, which
//! are in cache. The scan reports exactly what an Aho-Corasick automaton
//! over the same keywords reports: each keyword as often as it occurs, overlapping
//! occurrences included (a unit test compares the two on the built-in
//! keyword sets).

use crate::bytes::load_le;

/// The longest anchor, in bytes: one unaligned `u32` load covers it.
const MAX_ANCHOR: usize = 4;

/// Bits of the filter of anchors of each length (1 to 4 bytes): one bit per
/// possible value for the short ones, and for four bytes enough that a few
/// thousand anchors set about one bit in a hundred.
const FILTER_BITS: [u32; MAX_ANCHOR] = [8, 16, 16, 19];

/// The masks that cut a little-endian `u32` window to its first 1 to 4
/// bytes.
const MASKS: [u32; MAX_ANCHOR] = [0xff, 0xffff, 0x00ff_ffff, 0xffff_ffff];

/// The multiplier of the anchor hash (the 32-bit golden ratio). Its high
/// bits index the filter and the table.
const HASH: u32 = 0x9e37_79b1;

/// How common each byte is in running text, roughly: spaces and the
/// frequent letters of the Latin alphabet score high, punctuation and
/// rare letters low. An anchor is placed on a keyword's window with the
/// lowest total, so that the filters fire on few positions of a line.
static COMMONNESS: [u8; 256] = {
    let mut table = [2u8; 256];
    let letters: &[u8; 26] = b"etaoinsrhldcumfpgwybvkxjqz";
    let mut i = 0;
    while i < 26 {
        // From 30 for `e` down to 5 for `z`.
        let score = (30 - i) as u8;
        table[letters[i] as usize] = score;
        table[letters[i].to_ascii_uppercase() as usize] = score;
        i += 1;
    }
    table[b' ' as usize] = 40;
    let mut d = b'0';
    while d <= b'9' {
        table[d as usize] = 6;
        d += 1;
    }
    // The lead bytes of accented Latin letters and of Cyrillic and Greek
    // ones, and the continuation bytes, recur in text of those scripts.
    table[0xc3] = 12;
    table[0xd0] = 12;
    table[0xd1] = 12;
    table[0xce] = 10;
    table[0xcf] = 10;
    let mut c = 0x80;
    while c < 0xc0 {
        table[c] = 8;
        c += 1;
    }
    table
};

/// A keyword, as the byte range of its text in [`Grams::text`].
#[derive(Debug, Clone, Copy)]
struct Keyword {
    start: u32,
    end: u32,
}

/// A keyword anchored on a window: its index, where in it the window
/// starts, its length and its first eight bytes (as [`load_le`] reads
/// them), which settle most comparisons with one load.
#[derive(Debug, Clone, Copy)]
struct Entry {
    keyword: u32,
    offset: u32,
    len: u32,
    head: u64,
}

/// A slot of an anchor table: the anchor and its range in
/// [`Anchors::entries`]. A slot with an empty range is free.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    gram: u32,
    start: u32,
    end: u32,
}

/// The anchors of one length: a bit filter over their hashes, and an
/// open-addressing table from anchor to the keywords anchored on it.
#[derive(Debug)]
struct Anchors {
    filter: Box<[u64]>,
    filter_shift: u32,
    slots: Box<[Slot]>,
    slot_shift: u32,
    entries: Box<[Entry]>,
}

impl Anchors {
    /// Builds the filter and table of anchors `grams` (anchor, entry),
    /// for a filter of `bits` bits.
    fn new(mut grams: Vec<(u32, Entry)>, bits: u32) -> Anchors {
        grams.sort_by_key(|&(gram, e)| (gram, e.keyword, e.offset));
        let mut filter = vec![0u64; (1usize << bits).div_ceil(64)].into_boxed_slice();
        let filter_shift = 32 - bits;
        let distinct = grams.windows(2).filter(|w| w[0].0 != w[1].0).count() + 1;
        // At most half full, so that probes stay short.
        let slot_bits = (2 * distinct).next_power_of_two().trailing_zeros().max(1);
        let mut slots = vec![Slot::default(); 1 << slot_bits].into_boxed_slice();
        let slot_shift = 32 - slot_bits;
        let mask = slots.len() - 1;
        let entries: Box<[Entry]> = grams.iter().map(|&(_, e)| e).collect();
        let mut i = 0;
        while i < grams.len() {
            let gram = grams[i].0;
            let mut j = i;
            while j < grams.len() && grams[j].0 == gram {
                j += 1;
            }
            let h = gram.wrapping_mul(HASH);
            let bit = (h >> filter_shift) as usize;
            filter[bit / 64] |= 1 << (bit % 64);
            let mut s = (h >> slot_shift) as usize;
            while slots[s].start != slots[s].end {
                s = (s + 1) & mask;
            }
            // Fewer than 2^32 entries: the sets hold a few thousand.
            slots[s] = Slot {
                gram,
                start: i as u32,
                end: j as u32,
            };
            i = j;
        }
        Anchors {
            filter,
            filter_shift,
            slots,
            slot_shift,
            entries,
        }
    }

    /// Whether the filter lets the anchor with hash `h` through.
    #[inline(always)]
    fn admits(&self, h: u32) -> bool {
        let bit = (h >> self.filter_shift) as usize;
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The keywords anchored on `gram` (hash `h`), if any.
    #[inline]
    fn lookup(&self, gram: u32, h: u32) -> &[Entry] {
        let mask = self.slots.len() - 1;
        let mut s = (h >> self.slot_shift) as usize;
        loop {
            let slot = self.slots[s];
            if slot.start == slot.end {
                return &[];
            }
            if slot.gram == gram {
                return &self.entries[slot.start as usize..slot.end as usize];
            }
            s = (s + 1) & mask;
        }
    }
}

/// A set of keywords to find in short texts. See the module docs.
#[derive(Debug)]
pub(crate) struct Grams {
    /// The keywords' bytes, one after the other.
    text: Box<[u8]>,
    keywords: Box<[Keyword]>,
    /// By anchor length less one, the anchors of that length, if any.
    anchors: [Option<Anchors>; MAX_ANCHOR],
    /// Empty keywords, which occur in every text that has a byte.
    empty: Box<[u32]>,
}

impl Grams {
    /// Builds the scan for `keywords`; a keyword's index in the slice is
    /// what [`Grams::each_match`] reports.
    pub(crate) fn new(keywords: &[&str]) -> Grams {
        let mut text = Vec::new();
        let mut spans = Vec::with_capacity(keywords.len());
        let mut grams: [Vec<(u32, Entry)>; MAX_ANCHOR] = Default::default();
        let mut empty = Vec::new();
        for (index, word) in keywords.iter().enumerate() {
            let bytes = word.as_bytes();
            let start = text.len() as u32;
            text.extend_from_slice(bytes);
            spans.push(Keyword {
                start,
                end: text.len() as u32,
            });
            let keyword = index as u32;
            if bytes.is_empty() {
                empty.push(keyword);
                continue;
            }
            let len = bytes.len().min(MAX_ANCHOR);
            let offset = rarest_window(bytes, len);
            let gram = load_le(&bytes[offset..offset + len]) as u32;
            grams[len - 1].push((
                gram,
                Entry {
                    keyword,
                    offset: offset as u32,
                    len: bytes.len() as u32,
                    head: load_le(bytes),
                },
            ));
        }
        let mut anchors: [Option<Anchors>; MAX_ANCHOR] = Default::default();
        for (len, grams) in grams.into_iter().enumerate() {
            if !grams.is_empty() {
                anchors[len] = Some(Anchors::new(grams, FILTER_BITS[len]));
            }
        }
        Grams {
            text: text.into_boxed_slice(),
            keywords: spans.into_boxed_slice(),
            anchors,
            empty: empty.into_boxed_slice(),
        }
    }

    /// The keywords, in the order they were given.
    #[cfg(test)]
    pub(crate) fn keywords(&self) -> Vec<&str> {
        self.keywords
            .iter()
            .map(|k| {
                std::str::from_utf8(&self.text[k.start as usize..k.end as usize])
                    .expect("keywords are strings")
            })
            .collect()
    }

    /// Calls `found` with the index of a keyword for each of its
    /// occurrences in `text`, overlapping occurrences included, in no
    /// particular order.
    pub(crate) fn each_match(&self, text: &[u8], mut found: impl FnMut(usize)) {
        if text.is_empty() {
            return;
        }
        for &k in self.empty.iter() {
            found(k as usize);
        }
        let n = text.len();
        let full = n.saturating_sub(MAX_ANCHOR - 1);
        for (p, window) in text.windows(MAX_ANCHOR).enumerate() {
            let w = u32::from_le_bytes([window[0], window[1], window[2], window[3]]);
            self.probe(text, p, w, MAX_ANCHOR, &mut found);
        }
        // The last positions have fewer than four bytes left.
        for p in full..n {
            let w = load_le(&text[p..]) as u32;
            self.probe(text, p, w, n - p, &mut found);
        }
    }

    /// Looks for the keywords anchored on the windows that start at `p`:
    /// `w` holds the next bytes (as many as `left`, up to four).
    #[inline(always)]
    fn probe(&self, text: &[u8], p: usize, w: u32, left: usize, found: &mut impl FnMut(usize)) {
        for (len, anchors) in self.anchors.iter().enumerate().take(left) {
            let Some(anchors) = anchors else {
                continue;
            };
            let gram = w & MASKS[len];
            let h = gram.wrapping_mul(HASH);
            if anchors.admits(h) {
                self.verify(anchors.lookup(gram, h), text, p, found);
            }
        }
    }

    /// Reports the keywords of `entries` that occur in `text` with their
    /// anchor at `p`.
    #[cold]
    fn verify(&self, entries: &[Entry], text: &[u8], p: usize, found: &mut impl FnMut(usize)) {
        for e in entries {
            let Some(start) = p.checked_sub(e.offset as usize) else {
                continue;
            };
            let Some(there) = text.get(start..start + e.len as usize) else {
                continue;
            };
            if load_le(there) != e.head {
                continue;
            }
            if there.len() > 8 {
                let k = self.keywords[e.keyword as usize];
                if there[8..] != self.text[k.start as usize + 8..k.end as usize] {
                    continue;
                }
            }
            found(e.keyword as usize);
        }
    }
}

/// The offset of the window of `len` bytes of `word` whose bytes are the
/// least common in running text (the first one on a tie).
fn rarest_window(word: &[u8], len: usize) -> usize {
    let cost = |w: &[u8]| -> u32 {
        w.iter()
            .map(|&b| u32::from(COMMONNESS[usize::from(b)]))
            .sum()
    };
    (0..=word.len() - len)
        .min_by_key(|&o| cost(&word[o..o + len]))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::Grams;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// How many times the scan reports each keyword.
    fn counts_by_scan(keywords: &[&str], text: &str) -> Vec<usize> {
        let grams = Grams::new(keywords);
        let mut counts = vec![0; keywords.len()];
        grams.each_match(text.as_bytes(), |k| counts[k] += 1);
        counts
    }

    /// An Aho-Corasick automaton over the same keywords: the reference.
    struct Reference<'k> {
        keywords: &'k [&'k str],
        nonempty: Vec<usize>,
        automaton: AhoCorasick,
    }

    impl<'k> Reference<'k> {
        fn new(keywords: &'k [&'k str]) -> Reference<'k> {
            let nonempty: Vec<usize> = (0..keywords.len())
                .filter(|&i| !keywords[i].is_empty())
                .collect();
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(nonempty.iter().map(|&i| keywords[i]))
                .expect("test keyword sets are small");
            Reference {
                keywords,
                nonempty,
                automaton,
            }
        }

        /// How many times each keyword occurs in `text`, overlapping
        /// occurrences included (an empty keyword occurs once in any text
        /// that has a byte).
        fn counts(&self, text: &str) -> Vec<usize> {
            let mut counts = vec![0; self.keywords.len()];
            for m in self.automaton.find_overlapping_iter(text) {
                counts[self.nonempty[m.pattern().as_usize()]] += 1;
            }
            if !text.is_empty() {
                for (count, k) in counts.iter_mut().zip(self.keywords) {
                    *count += usize::from(k.is_empty());
                }
            }
            counts
        }
    }

    macro_rules! t {
        ($name:ident, $keywords:expr, $text:expr) => {
            #[test]
            fn $name() {
                let keywords: &[&str] = &$keywords;
                assert_eq!(
                    counts_by_scan(keywords, $text),
                    Reference::new(keywords).counts($text),
                    "{:?} in {:?}",
                    keywords,
                    $text
                );
            }
        };
    }

    t!(one_keyword_mid_line, ["cookie"], "we use cookies here");
    t!(keyword_at_both_ends, ["abo", "ende"], "abo bis zum ende");
    t!(overlapping_occurrences, ["aa", "aaa"], "aaaaa");
    t!(keyword_is_the_whole_text, ["teilen"], "teilen");
    t!(text_shorter_than_an_anchor, ["ab", "abcdef"], "ab");
    t!(single_bytes, [" ", "|", "x"], "a | b x");
    t!(non_ascii, ["теги", "広告", "é"], "теги: 広告 café");
    t!(
        shared_anchor,
        ["subscribe", "unsubscribe", "subscriber"],
        "unsubscriber"
    );
    t!(empty_keyword, ["", "x"], "xx");
    t!(empty_text, ["", "x"], "");
    t!(absent_keywords, ["newsletter", "werbung"], "nothing to see");

    /// Every built-in gate finds what an automaton over its keywords finds,
    /// on the lines of the golden fixtures and on each of its keywords
    /// between other words.
    #[test]
    fn built_in_gates_equal_the_automaton() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
        let mut texts: Vec<String> = Vec::new();
        for entry in std::fs::read_dir(dir).expect("fixture directory") {
            let path = entry.expect("fixture entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).expect("fixture text");
                texts.extend(text.lines().map(str::to_lowercase));
            }
        }
        assert!(texts.len() > 100, "{} fixture lines", texts.len());
        let mut checked = 0;
        for gate in &crate::rules::builtin().gates {
            // The gate of the shortest lines walks an automaton itself.
            let crate::rules::Keywords::Grams(grams) = &gate.keywords else {
                continue;
            };
            checked += 1;
            let keywords = grams.keywords();
            let reference = Reference::new(&keywords);
            let mut all = texts.clone();
            all.extend(keywords.iter().map(|k| format!("a {k} b {k}")));
            for text in &all {
                let mut counts = vec![0; keywords.len()];
                grams.each_match(text.as_bytes(), |k| counts[k] += 1);
                assert_eq!(
                    counts,
                    reference.counts(text),
                    "gate {} on {text:?}",
                    gate.bound
                );
            }
        }
        assert!(checked >= 4, "{checked} gates use bit filters");
    }

    #[test]
    fn equals_the_automaton_on_every_sequence_of_pieces() {
        let keywords = [
            "news",
            "newsletter",
            "letter",
            "ter",
            "e",
            " ",
            "ws l",
            "él",
            "lé",
            "ab",
            "b a",
        ];
        let pieces = ["news", "letter", " ", "é", "l", "ab", "a", "t"];
        let grams = Grams::new(&keywords);
        let reference = Reference::new(&keywords);
        for text in crate::bytes::sequences(&pieces, 4) {
            let mut counts = vec![0; keywords.len()];
            grams.each_match(text.as_bytes(), |k| counts[k] += 1);
            assert_eq!(counts, reference.counts(&text), "{text:?}");
        }
    }
}
