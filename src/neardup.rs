//! Near-duplicate articles: MinHash signatures over word shingles of the
//! folded text, banded for locality-sensitive hashing.
//!
//! Each shingle is hashed once (a 64-bit hash of its word hashes), and the
//! signature is a *one-permutation* MinHash: the hash picks one of the
//! `bands × rows` bins and competes for its minimum; bins left empty by a
//! short text are filled by optimal densification. This gives the same
//! collision probability as `bands × rows` independent hash functions (two
//! texts agree in a bin with probability equal to their Jaccard
//! similarity) at the cost of one. Deriving 128 values per shingle by
//! universal hashing (`h_i(x) = a_i·x + b_i mod 2^64`, high 32 bits)
//! was measured first: 23 MB/s of article text per core, against about
//! 80 MB/s now, with the same estimation error (a standard deviation of
//! 0.035 from the exact Jaccard similarity on cuts of the seed-family
//! articles).
//!
//! This module compares whole articles with each other; it never looks at
//! single lines and never decides what a line is. The shingling here is
//! also used by the template learner to tell copies of one story apart from
//! otherwise different articles.

use crate::dedup::HashMap64;
use crate::error::{check_count, check_ratio};
use crate::fold::fold_each;
use crate::Error;

/// The default of [`NearDupParamsBuilder::shingle_words`].
const DEFAULT_SHINGLE_WORDS: usize = 4;
/// The default of [`NearDupParamsBuilder::bands`].
const DEFAULT_BANDS: usize = 32;
/// The default of [`NearDupParamsBuilder::rows`].
const DEFAULT_ROWS: usize = 4;
/// The default of [`NearDupParamsBuilder::jaccard`].
const DEFAULT_JACCARD: f64 = 0.8;
/// The default of [`NearDupParamsBuilder::containment`].
const DEFAULT_CONTAINMENT: f64 = 0.8;
/// The default of [`NearDupParamsBuilder::min_length_ratio`].
const DEFAULT_MIN_LENGTH_RATIO: f64 = 0.5;

/// The longest shingle, in words, that the ring buffer holds.
const MAX_SHINGLE_WORDS: usize = 16;
/// The most MinHash values a signature may have (`bands × rows`).
const MAX_HASHES: usize = 1024;
/// How many articles one LSH bucket holds at most. An article whose band
/// key falls in a full bucket is not added to it (its other bands still
/// are); the members already there stand for it, since articles sharing a
/// band are alike. This keeps a flood of copies from making insertion
/// quadratic.
const MAX_BUCKET: u32 = 64;

/// The splitmix64 finaliser: a bijection that mixes every input bit into
/// every output bit.
pub(crate) const fn splitmix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Feeds `emit` one 64-bit hash per shingle of `text`: per run of
/// `shingle_words` consecutive words of its folded form (see the `fold`
/// module), line breaks and punctuation being word separators like spaces.
/// A text with fewer words gives one shingle of all of them; a text without
/// words gives none. Returns the hash of the whole folded word sequence,
/// and the number of shingles emitted. Nothing is allocated.
pub(crate) fn for_each_shingle(
    text: &str,
    shingle_words: usize,
    mut emit: impl FnMut(u64),
) -> (u64, u32) {
    let k = shingle_words.clamp(1, MAX_SHINGLE_WORDS);
    let mut ring = [0u64; MAX_SHINGLE_WORDS];
    let mut words: usize = 0;
    let mut shingles: u32 = 0;
    let mut word: u64 = FNV_OFFSET;
    let mut in_word = false;
    let mut whole: u64 = FNV_OFFSET;
    let mut finish_word = |word: u64, words: &mut usize, ring: &mut [u64; MAX_SHINGLE_WORDS]| {
        let w = splitmix(word);
        whole = (whole ^ w).wrapping_mul(FNV_PRIME).rotate_left(29);
        ring[*words % k] = w;
        *words += 1;
        if *words >= k {
            emit(combine(ring, *words, k));
            shingles = shingles.saturating_add(1);
        }
    };
    fold_each(text, |c| {
        if c == ' ' {
            finish_word(word, &mut words, &mut ring);
            word = FNV_OFFSET;
            in_word = false;
        } else {
            word = (word ^ u64::from(u32::from(c))).wrapping_mul(FNV_PRIME);
            in_word = true;
        }
    });
    if in_word {
        finish_word(word, &mut words, &mut ring);
    }
    if words > 0 && words < k {
        emit(combine(&ring, words, words));
        shingles = 1;
    }
    (splitmix(whole ^ words as u64), shingles)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The hash of the `k` words ending with word number `words - 1`, in order.
fn combine(ring: &[u64; MAX_SHINGLE_WORDS], words: usize, k: usize) -> u64 {
    let mut h: u64 = 0;
    for j in 0..k {
        // `words - k + j` is the j-th word of the shingle; its slot in the
        // ring is that number modulo the ring's period `k`.
        let w = ring[(words - k + j) % k.max(1)];
        h = (h.rotate_left(23) ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    splitmix(h)
}

/// Adds shingle `x` to a one-permutation MinHash sketch: the high 32 bits
/// of the (well-mixed) hash pick one of the bins, the low 32 bits compete
/// for that bin's minimum. One hash per shingle, whatever the number of
/// bins.
#[inline]
pub(crate) fn add_shingle(mins: &mut [u32], x: u64) {
    let bin = ((x >> 32) * mins.len() as u64) >> 32;
    if let Some(m) = mins.get_mut(bin as usize) {
        *m = (*m).min(x as u32);
    }
}

/// Fills the empty bins of a one-permutation sketch (those still at
/// `u32::MAX`) from non-empty ones, so that two texts agree in a bin with
/// probability equal to their Jaccard similarity ("optimal densification",
/// Shrivastava 2017). Empty bin `i` probes bins in a sequence fixed by `i`
/// alone, the same for every text, and copies the first originally
/// non-empty one; after a few probes it falls back to the next non-empty
/// bin to the right (Shrivastava & Li 2014). A sketch without any value
/// (a text without words) stays empty.
pub(crate) fn densify(mins: &mut [u32]) {
    let n = mins.len();
    if n > MAX_HASHES {
        return;
    }
    // Which bins were filled by shingles, before any copying.
    let mut filled = [0u64; MAX_HASHES / 64];
    let mut any = false;
    for (i, &m) in mins.iter().enumerate() {
        if m != u32::MAX {
            filled[i / 64] |= 1 << (i % 64);
            any = true;
        }
    }
    if !any {
        return;
    }
    let is_filled = |j: usize| filled[j / 64] & (1 << (j % 64)) != 0;
    for i in 0..n {
        if is_filled(i) {
            continue;
        }
        let probed = (1..=DENSIFY_PROBES).find_map(|attempt| {
            let h = splitmix(((i as u64) << 32 | attempt) ^ 0x2545_f491_4f6c_dd1d);
            let j = (((h >> 32) * n as u64) >> 32) as usize;
            is_filled(j).then_some(j)
        });
        let source = probed.or_else(|| (1..n).map(|d| (i + d) % n).find(|&j| is_filled(j)));
        if let Some(j) = source {
            mins[i] = mins[j];
        }
    }
}

/// How many random probes an empty bin makes before scanning.
const DENSIFY_PROBES: u64 = 16;

/// The parameters of near-duplicate detection: how texts are shingled and
/// hashed, how signatures are banded, and when two signatures count as near
/// duplicates. Build with [`NearDupParams::builder`], or take the
/// [`Default`].
///
/// # Defaults and why
///
/// - **Shingles of 4 words.** Word 5-grams (datatrove's choice) make a
///   short article's signature fragile: every edited word changes five
///   shingles. Word 3-grams are the most robust to edits but let common
///   phrases (`in der ukraine`, `said on monday`) lift the similarity of
///   distinct articles on one topic. Four words is the middle. Measured on
///   the 152 seed-family evaluation articles (38 stories in four
///   languages): with one word in 50 replaced, the mean estimated Jaccard
///   similarity to the original is 0.89 for 3-grams, 0.86 for 4-grams and
///   0.83 for 5-grams; the most similar pair of distinct articles scores
///   0.14, 0.13 and 0.09.
/// - **128 values as 32 bands of 4 rows.** The size of datasketch's
///   default 128 permutations, but banded wider than datatrove's 14 × 8, because containment must be
///   found too: a copy cut to its first 70 % has a Jaccard similarity of
///   only 0.7 with the whole, and one cut to half only 0.5, and they must
///   still become candidates.
/// - **Jaccard ≥ 0.8, or containment ≥ 0.8 of the shorter text in the
///   longer when the shorter has at least half the longer's shingles.**
///   Containment, `|A ∩ B| / min(|A|, |B|)`, is what stays high when a copy
///   is cut short or loses a paragraph: the 70 % cut has containment 1.0.
///   The length ratio keeps a one-paragraph quote of a long article from
///   counting as its copy. The containment threshold is 0.8 rather than
///   0.9 because containment is estimated from the Jaccard estimate and
///   inherits its noise, amplified: at 0.9, 2 of 152 cuts to 70 % and 17
///   of 152 texts with one word in 50 replaced were missed, at 0.8 none.
///   For two texts of equal length the rule means an estimated Jaccard
///   similarity of at least 0.67, still five times the highest seen
///   between distinct articles. With these defaults the containment rule
///   implies the Jaccard rule; the Jaccard rule decides alone when
///   [`min_length_ratio`](NearDupParamsBuilder::min_length_ratio) is raised
///   to 1.
///
/// Measured false positives with the defaults: none among the 11,476 pairs
/// of seed-family articles, and 3 among the 906,531 pairs of the 1,350
/// `article` texts of the evaluation pages, each a pair of copies of one
/// page.
///
/// The probability that two texts with Jaccard similarity `s` share at
/// least one band, and so are compared at all, is `1 − (1 − s^r)^b`; with
/// the defaults (`b` = 32, `r` = 4, see
/// [`NearDupParams::candidate_probability`]):
///
/// | `s`   | 0.1   | 0.2  | 0.3  | 0.45 | 0.5  | 0.6  | 0.7     | 0.8      |
/// |-------|-------|------|------|------|------|------|---------|----------|
/// | P     | 0.003 | 0.05 | 0.23 | 0.74 | 0.87 | 0.99 | 0.99985 | > 0.9999 |
///
/// So a copy cut to 70 % is compared with near certainty, one cut to half
/// with probability 0.87, and unrelated texts (`s` near 0) almost never.
/// Candidates are then confirmed by comparing all 128 values, whose
/// estimate of `s` has a standard error of `√(s(1−s)/128)`, 0.035 at
/// `s` = 0.8.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "NearDupParamsBuilder"))]
pub struct NearDupParams {
    shingle_words: u32,
    bands: u32,
    rows: u32,
    jaccard: f64,
    containment: f64,
    min_length_ratio: f64,
}

impl Default for NearDupParams {
    fn default() -> Self {
        NearDupParams {
            shingle_words: DEFAULT_SHINGLE_WORDS as u32,
            bands: DEFAULT_BANDS as u32,
            rows: DEFAULT_ROWS as u32,
            jaccard: DEFAULT_JACCARD,
            containment: DEFAULT_CONTAINMENT,
            min_length_ratio: DEFAULT_MIN_LENGTH_RATIO,
        }
    }
}

impl NearDupParams {
    /// A builder starting from the defaults.
    pub fn builder() -> NearDupParamsBuilder {
        NearDupParamsBuilder::default()
    }

    /// Words per shingle.
    pub fn shingle_words(&self) -> usize {
        self.shingle_words as usize
    }

    /// Number of LSH bands.
    pub fn bands(&self) -> usize {
        self.bands as usize
    }

    /// MinHash values per band.
    pub fn rows(&self) -> usize {
        self.rows as usize
    }

    /// MinHash values per signature: `bands × rows`.
    pub fn hashes(&self) -> usize {
        self.bands() * self.rows()
    }

    /// The estimated Jaccard similarity from which two texts are near
    /// duplicates.
    pub fn jaccard(&self) -> f64 {
        self.jaccard
    }

    /// The estimated containment of the shorter text in the longer from
    /// which two texts are near duplicates (when their length ratio allows).
    pub fn containment(&self) -> f64 {
        self.containment
    }

    /// The smallest ratio of shingle counts, shorter to longer, for which
    /// containment is considered.
    pub fn min_length_ratio(&self) -> f64 {
        self.min_length_ratio
    }

    /// The probability that two texts with Jaccard similarity `s` share a
    /// band and so are compared: `1 − (1 − s^rows)^bands`.
    ///
    /// ```
    /// let p = bodytext::NearDupParams::default();
    /// assert!(p.candidate_probability(0.8) > 0.9999);
    /// assert!(p.candidate_probability(0.1) < 0.005);
    /// ```
    pub fn candidate_probability(&self, s: f64) -> f64 {
        let s = s.clamp(0.0, 1.0);
        1.0 - (1.0 - s.powi(self.rows as i32)).powi(self.bands as i32)
    }
}

/// Builds [`NearDupParams`]; [`build`](Self::build) checks the values.
///
/// With the `serde` feature, parameters are deserialized through this
/// builder, so that invalid values are an error there too.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct NearDupParamsBuilder {
    shingle_words: usize,
    bands: usize,
    rows: usize,
    jaccard: f64,
    containment: f64,
    min_length_ratio: f64,
}

impl Default for NearDupParamsBuilder {
    fn default() -> Self {
        NearDupParamsBuilder {
            shingle_words: DEFAULT_SHINGLE_WORDS,
            bands: DEFAULT_BANDS,
            rows: DEFAULT_ROWS,
            jaccard: DEFAULT_JACCARD,
            containment: DEFAULT_CONTAINMENT,
            min_length_ratio: DEFAULT_MIN_LENGTH_RATIO,
        }
    }
}

impl NearDupParamsBuilder {
    /// Words per shingle. Default: 4; allowed: 1 to 16.
    pub fn shingle_words(&mut self, words: usize) -> &mut Self {
        self.shingle_words = words;
        self
    }

    /// Number of LSH bands. Default: 32; allowed: 1 to 1024, with
    /// `bands × rows` at most 1024.
    pub fn bands(&mut self, bands: usize) -> &mut Self {
        self.bands = bands;
        self
    }

    /// MinHash values per band. Default: 4; allowed: 1 to 32, with
    /// `bands × rows` at most 1024.
    pub fn rows(&mut self, rows: usize) -> &mut Self {
        self.rows = rows;
        self
    }

    /// The estimated Jaccard similarity from which two texts are near
    /// duplicates. Default: 0.8; allowed: 0.05 to 1.
    pub fn jaccard(&mut self, threshold: f64) -> &mut Self {
        self.jaccard = threshold;
        self
    }

    /// The estimated containment of the shorter text in the longer from
    /// which two texts are near duplicates, when their length ratio is at
    /// least [`min_length_ratio`](Self::min_length_ratio). Default: 0.8;
    /// allowed: 0.05 to 1.
    pub fn containment(&mut self, threshold: f64) -> &mut Self {
        self.containment = threshold;
        self
    }

    /// The smallest ratio of shingle counts, shorter to longer, for which
    /// containment is considered; 1 turns containment off for all but
    /// equally long texts. Default: 0.5; allowed: 0.05 to 1.
    pub fn min_length_ratio(&mut self, ratio: f64) -> &mut Self {
        self.min_length_ratio = ratio;
        self
    }

    /// Checks the values and returns the parameters.
    ///
    /// # Errors
    ///
    /// [`Error::ThresholdOutOfRange`] for a count outside its range,
    /// [`Error::RatioOutOfRange`] for a threshold outside its range (or not
    /// a number).
    pub fn build(&self) -> Result<NearDupParams, Error> {
        check_count("shingle_words", self.shingle_words, 1, MAX_SHINGLE_WORDS)?;
        check_count("bands", self.bands, 1, MAX_HASHES)?;
        check_count("rows", self.rows, 1, 32)?;
        check_count(
            "bands × rows",
            self.bands.saturating_mul(self.rows),
            1,
            MAX_HASHES,
        )?;
        check_ratio("jaccard", self.jaccard, 0.05, 1.0)?;
        check_ratio("containment", self.containment, 0.05, 1.0)?;
        check_ratio("min_length_ratio", self.min_length_ratio, 0.05, 1.0)?;
        Ok(NearDupParams {
            // The checks above bound every count far below u32::MAX.
            shingle_words: self.shingle_words as u32,
            bands: self.bands as u32,
            rows: self.rows as u32,
            jaccard: self.jaccard,
            containment: self.containment,
            min_length_ratio: self.min_length_ratio,
        })
    }
}

impl TryFrom<NearDupParamsBuilder> for NearDupParams {
    type Error = Error;

    fn try_from(builder: NearDupParamsBuilder) -> Result<NearDupParams, Error> {
        builder.build()
    }
}

/// The MinHash signature of one text: a plain value, computable anywhere
/// with [`Signature::of`], so that a distributed job can compute
/// signatures on its workers, group them by [`band_keys`](Self::band_keys)
/// in a shuffle, and confirm candidates with
/// [`is_near_duplicate`](Self::is_near_duplicate).
///
/// Two signatures are comparable when they were computed with the same
/// shingle size and number of hashes; comparing others gives similarity 0.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Signature {
    mins: Vec<u32>,
    shingles: u32,
    exact: u64,
    shingle_words: u32,
}

impl Signature {
    /// The signature of `text` under `params`: the text is folded (case,
    /// accents, punctuation and line breaks away) and cut into word
    /// shingles; each shingle is hashed once into one of the `bands × rows`
    /// bins of a one-permutation MinHash, and empty bins are densified.
    ///
    /// ```
    /// use bodytext::{NearDupParams, Signature};
    ///
    /// let p = NearDupParams::default();
    /// let a = Signature::of("The council met on Monday.\nIt voted on the budget.", &p);
    /// let b = Signature::of("the council met on monday, it voted on the budget", &p);
    /// assert_eq!(a, b);
    /// ```
    pub fn of(text: &str, params: &NearDupParams) -> Signature {
        let mut mins = vec![u32::MAX; params.hashes()];
        let (exact, shingles) =
            for_each_shingle(text, params.shingle_words(), |x| add_shingle(&mut mins, x));
        densify(&mut mins);
        Signature {
            mins,
            shingles,
            exact,
            shingle_words: params.shingle_words,
        }
    }

    /// The MinHash values.
    pub fn values(&self) -> &[u32] {
        &self.mins
    }

    /// The number of shingles of the text (with repeats).
    pub fn shingles(&self) -> usize {
        self.shingles as usize
    }

    /// Whether the text had no words at all.
    pub fn is_empty(&self) -> bool {
        self.shingles == 0
    }

    /// A hash of the whole folded text: equal for texts that are equal up to
    /// case, accents, punctuation and line breaks.
    pub fn exact_hash(&self) -> u64 {
        self.exact
    }

    fn is_comparable(&self, other: &Signature) -> bool {
        self.shingle_words == other.shingle_words && self.mins.len() == other.mins.len()
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets: the
    /// share of MinHash values that agree.
    pub fn jaccard(&self, other: &Signature) -> f64 {
        if !self.is_comparable(other) || self.is_empty() || other.is_empty() {
            return 0.0;
        }
        let same = self
            .mins
            .iter()
            .zip(&other.mins)
            .filter(|(a, b)| a == b)
            .count();
        same as f64 / self.mins.len() as f64
    }

    /// The estimated share of the smaller text's shingles found in the
    /// larger's: `|A ∩ B| / min(|A|, |B|)`, with the intersection estimated
    /// from the Jaccard similarity `J` and the shingle counts as
    /// `J / (1 + J) · (|A| + |B|)`.
    pub fn containment(&self, other: &Signature) -> f64 {
        let j = self.jaccard(other);
        let (a, b) = (self.shingles as f64, other.shingles as f64);
        let small = a.min(b);
        if small == 0.0 {
            return 0.0;
        }
        (j / (1.0 + j) * (a + b) / small).min(1.0)
    }

    /// Whether the two texts are near duplicates under `params`: equal
    /// after folding, or with an estimated Jaccard similarity of at least
    /// [`jaccard`](NearDupParams::jaccard), or, when the shorter has at
    /// least [`min_length_ratio`](NearDupParams::min_length_ratio) of the
    /// longer's shingles, an estimated containment of at least
    /// [`containment`](NearDupParams::containment).
    pub fn is_near_duplicate(&self, other: &Signature, params: &NearDupParams) -> bool {
        if self.is_empty() || other.is_empty() || !self.is_comparable(other) {
            return false;
        }
        if self.exact == other.exact {
            return true;
        }
        is_near(
            &self.mins,
            self.shingles,
            &other.mins,
            other.shingles,
            params,
        )
    }

    /// One key per band: texts that share a key are candidates for
    /// comparison. Band `i`'s key mixes `i` in, so keys of different bands
    /// never meet and all bands can share one table. A signature with fewer
    /// values than `params` asks for gives fewer keys.
    pub fn band_keys<'a>(&'a self, params: &NearDupParams) -> impl Iterator<Item = u64> + 'a {
        // Validated parameters have at least one row; `max` keeps
        // `chunks_exact` from ever seeing zero.
        let rows = params.rows().max(1);
        self.mins
            .chunks_exact(rows)
            .take(params.bands())
            .enumerate()
            .map(|(band, values)| {
                let mut h = splitmix(band as u64 ^ 0xb5ad_4ece_da1c_e2a9);
                for &v in values {
                    h = splitmix(h ^ u64::from(v));
                }
                h
            })
    }
}

/// Finds exact and near-duplicate articles in a stream.
///
/// Each [`insert`](Self::insert) computes the article's [`Signature`] and
/// looks its exact hash up: an exact duplicate (equal after folding) gets
/// the id of the first article with that text. Otherwise the articles that
/// share a band key with it are confirmed by comparing signatures
/// ([`Signature::is_near_duplicate`]), and the earliest confirmed one's id
/// is returned. The article is then stored (unless it was an exact
/// duplicate, which would add nothing), so a later copy can match either
/// it or the original.
///
/// Cost: one hash per shingle to sign (about 80 MB of text per second on
/// one core); lookups are hash-table probes, and each band bucket holds at
/// most 64 articles, so an insertion costs the same however many articles
/// are stored. Memory per stored article, with the defaults: 512 bytes of
/// signature (`4 × bands × rows`), 128 bytes of bucket links (`4 × bands`),
/// up to 32 band-table entries of about 20 bytes, an exact-hash entry, the
/// shingle count and the id: about 1.3 KB. At most `u32::MAX − 1`
/// articles are stored; later ones are neither matched nor stored.
///
/// ```
/// use bodytext::NearDuplicates;
///
/// let story = "Der Stadtrat hat am Montag den Haushalt für das kommende Jahr \
///              beschlossen. Die Opposition stimmte dagegen und kritisierte \
///              die geplanten Kürzungen bei den Bibliotheken der Stadt.";
/// let mut seen = NearDuplicates::new();
/// assert_eq!(seen.insert("a", story), None);
/// assert_eq!(seen.insert("b", &story.replace("Montag", "Dienstag")), Some("a"));
/// assert_eq!(seen.insert("c", "Ein ganz anderer Text über das Wetter am Wochenende."), None);
/// ```
#[derive(Debug, Clone)]
pub struct NearDuplicates<I> {
    params: NearDupParams,
    ids: Vec<I>,
    /// The stored signatures' values, `hashes` per article, back to back.
    mins: Vec<u32>,
    shingles: Vec<u32>,
    exact: HashMap64<u32>,
    /// Band key → (newest article in the bucket, bucket size).
    buckets: HashMap64<(u32, u32)>,
    /// For article `a` and band `b`, `next[a × bands + b]` is the next
    /// (older) article of the same bucket, or `NONE`.
    next: Vec<u32>,
    /// Scratch space for one insertion.
    candidates: Vec<u32>,
    keys: Vec<u64>,
}

const NONE: u32 = u32::MAX;

impl<I: Clone> Default for NearDuplicates<I> {
    fn default() -> Self {
        NearDuplicates::with_params(NearDupParams::default())
    }
}

impl<I: Clone> NearDuplicates<I> {
    /// An empty index with the default parameters.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty index with the given parameters.
    pub fn with_params(params: NearDupParams) -> Self {
        NearDuplicates {
            params,
            ids: Vec::new(),
            mins: Vec::new(),
            shingles: Vec::new(),
            exact: HashMap64::default(),
            buckets: HashMap64::default(),
            next: Vec::new(),
            candidates: Vec::new(),
            keys: Vec::new(),
        }
    }

    /// The parameters in use.
    pub fn params(&self) -> &NearDupParams {
        &self.params
    }

    /// The number of articles stored (exact duplicates and texts without
    /// words are not stored).
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no article is stored.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Signs `text` and inserts it under `id`; returns the id of the
    /// earliest stored article it is an exact or near duplicate of.
    ///
    /// A text without words is never a duplicate and is not stored.
    pub fn insert(&mut self, id: I, text: &str) -> Option<I> {
        let signature = Signature::of(text, &self.params);
        self.insert_signature(id, &signature)
    }

    /// Inserts an article by its signature, computed elsewhere with the
    /// same parameters; returns the id of the earliest stored article it is
    /// an exact or near duplicate of. A signature computed with other
    /// parameters is neither matched nor stored.
    pub fn insert_signature(&mut self, id: I, signature: &Signature) -> Option<I> {
        let hashes = self.params.hashes();
        if signature.is_empty()
            || signature.mins.len() != hashes
            || signature.shingle_words != self.params.shingle_words
            || self.ids.len() >= NONE as usize
        {
            return None;
        }
        if let Some(&earlier) = self.exact.get(&signature.exact) {
            return self.ids.get(earlier as usize).cloned();
        }
        let index = self.ids.len() as u32;
        let bands = self.params.bands();
        self.candidates.clear();
        self.keys.clear();
        self.keys.extend(signature.band_keys(&self.params));
        for (band, key) in self.keys.iter().enumerate() {
            let mut at = self.buckets.get(key).map_or(NONE, |&(head, _)| head);
            while at != NONE {
                self.candidates.push(at);
                at = self
                    .next
                    .get(at as usize * bands + band)
                    .copied()
                    .unwrap_or(NONE);
            }
        }
        self.candidates.sort_unstable();
        self.candidates.dedup();
        let found = self.candidates.iter().copied().find(|&c| {
            let c = c as usize;
            let values = self.mins.get(c * hashes..(c + 1) * hashes).unwrap_or(&[]);
            let shingles = self.shingles.get(c).copied().unwrap_or(0);
            is_near(
                &signature.mins,
                signature.shingles,
                values,
                shingles,
                &self.params,
            )
        });
        // Store the article.
        self.ids.push(id);
        self.mins.extend_from_slice(&signature.mins);
        self.shingles.push(signature.shingles);
        self.exact.insert(signature.exact, index);
        for &key in &self.keys {
            let entry = self.buckets.entry(key).or_insert((NONE, 0));
            if entry.1 < MAX_BUCKET {
                self.next.push(entry.0);
                *entry = (index, entry.1 + 1);
            } else {
                self.next.push(NONE);
            }
        }
        found.and_then(|c| self.ids.get(c as usize).cloned())
    }
}

/// The near-duplicate test on two signatures given as MinHash values and
/// shingle counts, so that stored signatures need not be rebuilt. The
/// value slices have equal lengths (checked by the callers).
fn is_near(a: &[u32], a_shingles: u32, b: &[u32], b_shingles: u32, params: &NearDupParams) -> bool {
    let (small, large) = (a_shingles.min(b_shingles), a_shingles.max(b_shingles));
    if small == 0 || a.is_empty() || a.len() != b.len() {
        return false;
    }
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    let j = same as f64 / a.len() as f64;
    if j >= params.jaccard {
        return true;
    }
    if f64::from(small) < params.min_length_ratio * f64::from(large) {
        return false;
    }
    let intersection = j / (1.0 + j) * (f64::from(small) + f64::from(large));
    intersection / f64::from(small) >= params.containment
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(text: &str) -> Signature {
        Signature::of(text, &NearDupParams::default())
    }

    /// The first `num / den` of the words of `text`.
    fn first_words(text: &str, num: usize, den: usize) -> String {
        let words: Vec<&str> = text.split_whitespace().collect();
        words[..words.len() * num / den].join(" ")
    }

    const BODY: &str = "Der Stadtrat hat am Montag den Haushalt für das kommende Jahr \
        beschlossen. Die Opposition stimmte dagegen und kritisierte die geplanten \
        Kürzungen bei den Bibliotheken der Stadt. Der Bürgermeister verteidigte \
        den Plan als notwendig, um die Schulden der Stadt bis zum Ende des \
        Jahrzehnts zu halbieren, und kündigte eine Bürgerversammlung an.";

    macro_rules! near {
        ($name:ident, $a:expr, $b:expr, $want:expr) => {
            #[test]
            fn $name() {
                let p = NearDupParams::default();
                let (a, b) = (sig($a), sig($b));
                assert_eq!(
                    a.is_near_duplicate(&b, &p),
                    $want,
                    "jaccard {} containment {}",
                    a.jaccard(&b),
                    a.containment(&b)
                );
                assert_eq!(b.is_near_duplicate(&a, &p), $want, "symmetric");
            }
        };
    }

    near!(identical, BODY, BODY, true);
    near!(folded_equal, BODY, &BODY.to_uppercase(), true);
    near!(
        one_word_changed,
        BODY,
        &BODY.replace("Montag", "Dienstag"),
        true
    );
    near!(prefix_70, BODY, &first_words(BODY, 7, 10), true);
    near!(prefix_40_too_short, BODY, &first_words(BODY, 4, 10), false);
    near!(
        different,
        BODY,
        "Ein Sturm hat in der Nacht zum Sonntag mehrere Bäume entwurzelt und \
         Dächer abgedeckt. Die Feuerwehr rückte zu mehr als hundert Einsätzen aus.",
        false
    );
    near!(empty_never, "", "", false);
    near!(punctuation_only_never, "...", "!!", false);

    #[test]
    fn short_text_gives_one_shingle() {
        let s = sig("zwei Worte");
        assert_eq!(s.shingles(), 1);
        assert!(!s.is_empty());
        assert!(sig("").is_empty());
    }

    #[test]
    fn shingle_order_matters() {
        assert_ne!(sig("a b c d e"), sig("e d c b a"));
    }

    #[test]
    fn index_returns_earliest() {
        let mut nd = NearDuplicates::new();
        assert_eq!(nd.insert(1u64, BODY), None);
        assert_eq!(nd.insert(2, &BODY.replace("Montag", "Dienstag")), Some(1));
        assert_eq!(nd.insert(3, BODY), Some(1));
        assert_eq!(nd.insert(4, ""), None);
        assert_eq!(nd.len(), 2);
    }

    #[test]
    fn bucket_flood_stays_bounded() {
        let mut nd = NearDuplicates::new();
        for i in 0..300u32 {
            let text = format!("{BODY} Nachtrag {i}.");
            let found = nd.insert(i, &text);
            assert_eq!(found.is_some(), i > 0, "article {i}");
        }
        assert_eq!(nd.len(), 300);
    }

    #[test]
    fn params_are_checked() {
        assert!(NearDupParams::builder().shingle_words(0).build().is_err());
        assert!(NearDupParams::builder().jaccard(f64::NAN).build().is_err());
        assert!(NearDupParams::builder().bands(64).rows(32).build().is_err());
        let p = NearDupParams::builder().bands(14).rows(8).build();
        assert_eq!(p.map(|p| p.hashes()).ok(), Some(112));
    }

    #[test]
    fn probability_curve() {
        let p = NearDupParams::default();
        let table = [
            (0.1, 0.003),
            (0.2, 0.05),
            (0.3, 0.23),
            (0.45, 0.74),
            (0.5, 0.87),
            (0.6, 0.99),
        ];
        for (s, want) in table {
            let got = p.candidate_probability(s);
            assert!((got - want).abs() < 0.006, "s = {s}: {got}");
        }
    }
}
