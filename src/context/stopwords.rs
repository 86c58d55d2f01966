//! Stopword lists: the most frequent function words of each language,
//! loaded once into one table that maps a lowercased word to the set of
//! languages whose list holds it.
//!
//! The share of stopwords is the best single sign of running prose: menus,
//! link lists and teaser headlines are mostly content words, sentences are
//! about half function words. Each list is kept as a data file under
//! `stopwords/` with a header naming its source and licence.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

/// The languages with a list, in the order of their bits in a mask. The
/// order also breaks ties when two languages explain a page equally well.
pub(crate) const LANGUAGES: [&str; 25] = [
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "fi", "cs", "sk", "hu", "ro",
    "ru", "uk", "tr", "el", "ar", "ca", "id", "bg", "hr",
];

/// The number of languages with a list.
pub(crate) const LANGUAGE_COUNT: usize = LANGUAGES.len();

/// The list files, in the order of [`LANGUAGES`].
const FILES: [&str; LANGUAGE_COUNT] = [
    include_str!("stopwords/en.txt"),
    include_str!("stopwords/de.txt"),
    include_str!("stopwords/fr.txt"),
    include_str!("stopwords/es.txt"),
    include_str!("stopwords/it.txt"),
    include_str!("stopwords/nl.txt"),
    include_str!("stopwords/pt.txt"),
    include_str!("stopwords/pl.txt"),
    include_str!("stopwords/sv.txt"),
    include_str!("stopwords/da.txt"),
    include_str!("stopwords/no.txt"),
    include_str!("stopwords/fi.txt"),
    include_str!("stopwords/cs.txt"),
    include_str!("stopwords/sk.txt"),
    include_str!("stopwords/hu.txt"),
    include_str!("stopwords/ro.txt"),
    include_str!("stopwords/ru.txt"),
    include_str!("stopwords/uk.txt"),
    include_str!("stopwords/tr.txt"),
    include_str!("stopwords/el.txt"),
    include_str!("stopwords/ar.txt"),
    include_str!("stopwords/ca.txt"),
    include_str!("stopwords/id.txt"),
    include_str!("stopwords/bg.txt"),
    include_str!("stopwords/hr.txt"),
];

/// The coverage assumed for a list whose file states none. Every shipped
/// file states one (a unit test checks), so this only keeps loading total.
const DEFAULT_COVERAGE: f32 = 0.4;

/// All lists, merged.
#[derive(Debug)]
pub(crate) struct Stopwords {
    /// Each word with the bit mask of the languages that list it.
    words: HashMap<&'static str, u32, BuildHasherDefault<WordHasher>>,
    /// Per language, the share of running text its listed words make up.
    /// Lists of languages with rich inflection cover less text, so a line's
    /// stopword share is compared with its language's coverage.
    coverage: [f32; LANGUAGE_COUNT],
    /// The longest listed word, in bytes: longer words are never looked up.
    max_len: usize,
    /// A bit per (length, first byte, last byte) class that some listed
    /// word falls in: most content words fall in no such class and are
    /// turned away without hashing them.
    classes: Box<[u64; CLASS_WORDS]>,
    /// The listed ASCII words of up to eight bytes, packed into a `u64`
    /// each (see [`pack`]), in an open-addressing table with their masks:
    /// most stopwords, found with one multiply and a probe or two.
    packed: Box<[(u64, u32)]>,
    /// `64 - log2(packed.len())`: the shift that maps a hash to a slot.
    packed_shift: u32,
}

/// An ASCII word of one to eight letters or digits as a `u64`, lowercased
/// (setting bit 5 of every byte lowercases a letter and keeps a digit), or
/// `None` for any other word. No word packs to 0, the empty slot.
pub(crate) fn pack(word: &[u8]) -> Option<u64> {
    let n = word.len();
    if n == 0 || n > 8 {
        return None;
    }
    let lower = u64::from_le_bytes([0x20; 8]) >> (8 * (8 - n));
    Some(crate::bytes::load_le(word) | lower)
}

/// The slot of a packed word in a table of `64 - shift` bits.
fn packed_slot(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize
}

/// The number of 64-bit words of [`Stopwords::classes`] (2^16 bits).
const CLASS_WORDS: usize = 1 << 10;

/// The class bit of a word of `len` bytes from `first` to `last`.
fn class_of(len: usize, first: u8, last: u8) -> usize {
    let key = ((len as u32 & 0xff) << 16) | (u32::from(first) << 8) | u32::from(last);
    (key.wrapping_mul(0x9e37_79b1) >> 16) as usize
}

impl Stopwords {
    /// The languages whose list holds `word`, which must be lowercase, as a
    /// bit mask in the order of [`LANGUAGES`].
    pub(crate) fn languages_of(&self, word: &str) -> u32 {
        self.words.get(word).copied().unwrap_or(0)
    }

    /// The languages whose list holds the packed word `key` (see
    /// [`pack`]).
    pub(crate) fn languages_of_packed(&self, key: u64) -> u32 {
        let mask = self.packed.len() - 1;
        let mut slot = packed_slot(key, self.packed_shift);
        loop {
            let (k, languages) = self.packed[slot];
            if k == key {
                return languages;
            }
            if k == 0 {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The share of running text that language `lang`'s list covers.
    pub(crate) fn coverage(&self, lang: usize) -> f32 {
        self.coverage.get(lang).copied().unwrap_or(DEFAULT_COVERAGE)
    }

    /// The longest listed word, in bytes.
    pub(crate) fn max_len(&self) -> usize {
        self.max_len
    }

    /// Whether some listed word has `len` bytes, starts with byte `first`
    /// and ends with byte `last` (all of the lowercase form). `false` means
    /// the word is surely not listed.
    pub(crate) fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        let bit = class_of(len, first, last);
        self.classes[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// The merged lists, built on first use.
pub(crate) fn stopwords() -> &'static Stopwords {
    static LISTS: Lazy<Stopwords> = Lazy::new(load);
    &LISTS
}

/// Parses every list file: `#` starts a comment line, `@coverage <share>`
/// states the list's coverage, any other non-blank line is one word.
fn load() -> Stopwords {
    let mut words: HashMap<&'static str, u32, BuildHasherDefault<WordHasher>> = HashMap::default();
    let mut coverage = [DEFAULT_COVERAGE; LANGUAGE_COUNT];
    let mut max_len = 0;
    let mut classes = Box::new([0u64; CLASS_WORDS]);
    for (lang, file) in FILES.iter().enumerate() {
        for line in file.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(value) = line.strip_prefix("@coverage") {
                if let Ok(share) = value.trim().parse::<f32>() {
                    coverage[lang] = share;
                }
                continue;
            }
            *words.entry(line).or_insert(0) |= 1 << lang;
            max_len = max_len.max(line.len());
            let bytes = line.as_bytes();
            let bit = class_of(bytes.len(), bytes[0], bytes[bytes.len() - 1]);
            classes[bit / 64] |= 1 << (bit % 64);
        }
    }
    // Packed words fill at most a quarter of the table, so probes are
    // short and an empty slot always ends one.
    let short: Vec<(u64, u32)> = words
        .iter()
        .filter(|(w, _)| w.is_ascii())
        .filter_map(|(w, &m)| Some((pack(w.as_bytes())?, m)))
        .collect();
    let size = (short.len() * 4).next_power_of_two().max(64);
    let packed_shift = 64 - size.trailing_zeros();
    let mut packed = vec![(0u64, 0u32); size].into_boxed_slice();
    for (key, languages) in short {
        let mut slot = packed_slot(key, packed_shift);
        while packed[slot].0 != 0 {
            slot = (slot + 1) & (size - 1);
        }
        packed[slot] = (key, languages);
    }
    Stopwords {
        words,
        coverage,
        max_len,
        classes,
        packed,
        packed_shift,
    }
}

/// FNV-1a: stopwords are a few bytes long, where this plain hash is several
/// times faster than the standard library's DoS-resistant default, and the
/// keys are fixed data, so there is no adversary to resist.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Default for WordHasher {
    fn default() -> Self {
        WordHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> usize {
        LANGUAGES.iter().position(|l| *l == code).unwrap()
    }

    macro_rules! listed {
        ($name:ident, $word:expr, $lang:expr, $want:expr) => {
            #[test]
            fn $name() {
                let mask = stopwords().languages_of($word);
                assert_eq!(
                    mask & (1 << lang($lang)) != 0,
                    $want,
                    "{:?} in {}",
                    $word,
                    $lang
                );
            }
        };
    }

    listed!(english_the, "the", "en", true);
    listed!(german_und, "und", "de", true);
    listed!(french_les, "les", "fr", true);
    listed!(russian_i, "и", "ru", true);
    listed!(greek_kai, "και", "el", true);
    listed!(romanian_both_spellings_cedilla, "şi", "ro", true);
    listed!(romanian_both_spellings_comma, "și", "ro", true);
    listed!(content_word_is_not_listed, "parliament", "en", false);
    listed!(uppercase_is_not_listed, "The", "en", false);

    #[test]
    fn packed_lookup_agrees_with_the_map() {
        let lists = stopwords();
        for file in FILES {
            for w in file
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with(['#', '@']))
                .filter(|w| w.is_ascii())
            {
                if let Some(key) = pack(w.as_bytes()) {
                    assert_eq!(lists.languages_of_packed(key), lists.languages_of(w), "{w}");
                    let upper = w.to_ascii_uppercase();
                    let key = pack(upper.as_bytes()).unwrap();
                    assert_eq!(
                        lists.languages_of_packed(key),
                        lists.languages_of(w),
                        "{upper}"
                    );
                }
            }
        }
        for w in ["parliament", "harbour", "x9", "zz", "2024"] {
            let key = pack(w.as_bytes());
            assert_eq!(key.map_or(0, |k| lists.languages_of_packed(k)), 0, "{w}");
        }
    }

    #[test]
    fn every_file_states_its_coverage_and_enough_words() {
        for (lang, file) in FILES.iter().enumerate() {
            let stated = file.lines().any(|l| l.starts_with("@coverage "));
            assert!(stated, "{} states no coverage", LANGUAGES[lang]);
            let share = stopwords().coverage(lang);
            assert!((0.05..0.9).contains(&share), "{}: {share}", LANGUAGES[lang]);
            let words = file
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with(['#', '@']))
                .count();
            assert!(words >= 50, "{} has {words} words", LANGUAGES[lang]);
        }
    }

    #[test]
    fn every_file_names_its_source_and_licence() {
        for (lang, file) in FILES.iter().enumerate() {
            assert!(file.contains("stopwords-iso"), "{}", LANGUAGES[lang]);
            assert!(file.contains("licence MIT"), "{}", LANGUAGES[lang]);
        }
    }

    #[test]
    fn words_are_lowercase_single_tokens() {
        for (lang, file) in FILES.iter().enumerate() {
            for w in file
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with(['#', '@']))
            {
                assert!(
                    w.chars().all(char::is_alphanumeric),
                    "{}: {w:?}",
                    LANGUAGES[lang]
                );
                assert_eq!(w.to_lowercase(), w, "{}", LANGUAGES[lang]);
            }
        }
    }
}
