//! Templates: lines that recur across many otherwise different articles of
//! one site, learned from a corpus.
//!
//! This module only learns and looks up; it never removes a line itself.
//! The cleaner asks [`Templates::matches`] about each line.
//!
//! Every line of an observed article with at most `max_words` words (25 by
//! default; longer lines are body) yields a few hashed keys:
//!
//! - its **line** key: the folded line (see the `fold` module);
//! - a **digits** skeleton, when the line has digits: every word with a
//!   digit replaced by a placeholder (`ttn-de-58` → `ttn de #`,
//!   `3 Kommentare` → `# kommentare`);
//! - **prefix** skeletons: the first `k` words (`k` = 1 to 4) fixed, the
//!   rest a slot (`Erhalten Sie kostenlose Updates zum {topic}`,
//!   `Foto: {agency}`);
//! - **suffix** skeletons: the last `k` words fixed, a slot before them.
//!
//! Skeletons are guarded against body text: the fixed part must hold at
//! least four letters (`die {…}` says nothing about a site), a slot spans
//! at most `2k + 1` and at most six words, and a line that ends like a
//! sentence (`.`, `!`, `?`) yields no prefix or suffix skeleton, since
//! short sentences of one language often share their first or last words
//! (`Die Lage …`, `…, sagte er.`) while prompts, credits and link labels
//! rarely end with a full stop.
//!
//! For each key the learner counts the articles it occurs in, keeps a small
//! sample of those articles' fingerprints to tell copies of one story from
//! different stories, and, for skeletons, remembers whether the full lines
//! behind it differ. A key becomes a template when it occurs in enough
//! distinct stories of the group.

use std::collections::BTreeMap;

use crate::dedup::HashMap64;
use crate::error::{check_count, check_ratio};
use crate::fold::fold_each;
use crate::lines;
use crate::neardup::{add_shingle, densify, for_each_shingle, splitmix};
use crate::Error;

/// The default of [`TemplateLearnerBuilder::min_articles`].
const DEFAULT_MIN_ARTICLES: usize = 5;
/// The default of [`TemplateLearnerBuilder::min_share`].
const DEFAULT_MIN_SHARE: f64 = 0.05;
/// The default of [`TemplateLearnerBuilder::max_words`].
const DEFAULT_MAX_WORDS: usize = 25;
/// The default of [`TemplateLearnerBuilder::max_keys`].
const DEFAULT_MAX_KEYS: usize = 16_384;

/// The most words a skeleton keeps fixed at the start or the end.
const MAX_FIXED_WORDS: usize = 4;
/// The most words a slot may span. A prompt's topic or an agency's name is
/// a few words; a longer variable part is more likely a sentence of the
/// body that happens to start like another.
const MAX_SLOT_WORDS: usize = 6;
/// The fewest letters the fixed part of a skeleton needs: a fixed part of
/// one short word (`die {…}`, `# {…}`) says nothing about a site.
const MIN_FIXED_LETTERS: usize = 4;

/// MinHash values in an article's fingerprint.
const SKETCH: usize = 8;
/// Words per shingle of the fingerprint.
const SKETCH_SHINGLE_WORDS: usize = 4;
/// Two fingerprints that agree in at least this many of their values belong
/// to copies of one story (estimated Jaccard similarity ≥ 0.5). Distinct
/// articles of one site share only their template lines, a small part of
/// their shingles, so they agree in one value or none.
const SKETCH_AGREE: usize = 4;
/// How many article fingerprints each key keeps: the ones with the
/// smallest article hashes, a sample that merges exactly.
const SAMPLE: usize = 16;
/// How many distinct full lines each skeleton keeps (the smallest hashes):
/// two are enough to know that its slot varies.
const VARIANTS: usize = 2;

/// What a learned template matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum TemplateKind {
    /// One line, compared by its folded key.
    Line,
    /// A skeleton: a fixed part with a slot that varies from article to
    /// article (digits, or the words after or before a fixed part).
    Slot,
}

impl TemplateKind {
    /// A short, stable name: `line` or `slot`.
    pub fn name(self) -> &'static str {
        match self {
            TemplateKind::Line => "line",
            TemplateKind::Slot => "slot",
        }
    }
}

/// A line's match with a learned template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateMatch {
    kind: TemplateKind,
    evidence: usize,
}

impl TemplateMatch {
    /// Whether a whole line or a skeleton matched.
    pub fn kind(&self) -> TemplateKind {
        self.kind
    }

    /// The estimated number of distinct stories of the group the template
    /// occurred in.
    pub fn evidence(&self) -> usize {
        self.evidence
    }

    /// The rule name for a report: `template/line:<evidence>` or
    /// `template/slot:<evidence>`.
    pub fn rule(&self) -> String {
        format!("template/{}:{}", self.kind.name(), self.evidence)
    }
}

/// The kind of a key, stored with its counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
enum KeyKind {
    Line,
    Digits,
    Prefix,
    Suffix,
}

impl KeyKind {
    fn tag(self) -> u64 {
        match self {
            KeyKind::Line => 0x4c,
            KeyKind::Digits => 0x44,
            KeyKind::Prefix => 0x50,
            KeyKind::Suffix => 0x53,
        }
    }

    fn template_kind(self) -> TemplateKind {
        match self {
            KeyKind::Line => TemplateKind::Line,
            _ => TemplateKind::Slot,
        }
    }
}

/// One key of one line.
#[derive(Debug, Clone, Copy)]
struct LineKey {
    key: u64,
    kind: KeyKind,
}

/// The words of a folded line, as byte ranges of the folded text.
#[derive(Debug, Default)]
struct Words {
    folded: String,
    spans: Vec<(usize, usize)>,
    has_digit: Vec<bool>,
    /// Whether the line ends like a sentence (see [`ends_like_sentence`]).
    sentence: bool,
}

impl Words {
    /// Folds `line` and finds its words; returns the number of words.
    fn fold(&mut self, line: &str) -> usize {
        self.folded.clear();
        self.spans.clear();
        self.has_digit.clear();
        self.sentence = ends_like_sentence(line);
        let folded = &mut self.folded;
        fold_each(line, |c| folded.push(c));
        let mut start = 0;
        for word in self.folded.split(' ') {
            let end = start + word.len();
            if !word.is_empty() {
                self.spans.push((start, end));
                self.has_digit.push(word.chars().any(|c| c.is_numeric()));
            }
            start = end + 1;
        }
        self.spans.len()
    }

    fn word(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|&(s, e)| self.folded.get(s..e))
            .unwrap_or("")
    }

    /// The word as a skeleton shows it: `#` for a word with a digit.
    fn skeleton_word(&self, i: usize) -> &str {
        if self.has_digit.get(i).copied().unwrap_or(false) {
            "#"
        } else {
            self.word(i)
        }
    }

    /// Hashes the skeleton words `range` under `kind`; also returns how many
    /// letters (characters of words without digits) the part holds.
    fn hash_part(&self, kind: KeyKind, range: std::ops::Range<usize>) -> (u64, usize) {
        let mut h = Fnv::new(kind.tag());
        let mut letters = 0;
        for i in range {
            let w = self.skeleton_word(i);
            if w != "#" {
                letters += w.chars().count();
            }
            h.write(w.as_bytes());
            h.write(b" ");
        }
        (h.finish(), letters)
    }

    /// The line key: a hash of the whole folded line.
    fn line_hash(&self) -> u64 {
        let mut h = Fnv::new(KeyKind::Line.tag());
        h.write(self.folded.as_bytes());
        h.finish()
    }

    /// Every key of the line, most specific first: the line, its digits
    /// skeleton, prefix and suffix skeletons with the longest fixed part
    /// first.
    fn keys(&self, out: &mut Vec<LineKey>) {
        out.clear();
        let n = self.spans.len();
        if n == 0 {
            return;
        }
        out.push(LineKey {
            key: self.line_hash(),
            kind: KeyKind::Line,
        });
        if self.has_digit.iter().any(|&d| d) {
            let (key, letters) = self.hash_part(KeyKind::Digits, 0..n);
            if letters >= MIN_FIXED_LETTERS {
                out.push(LineKey {
                    key,
                    kind: KeyKind::Digits,
                });
            }
        }
        // A line that ends like a sentence is body-shaped (see the module
        // docs): it gets no prefix or suffix skeleton.
        let slots = if self.sentence { 0 } else { MAX_FIXED_WORDS };
        for k in (1..=slots).rev() {
            if n <= k || n - k > max_slot_words(k) {
                continue;
            }
            for (kind, range) in [(KeyKind::Prefix, 0..k), (KeyKind::Suffix, n - k..n)] {
                let (key, letters) = self.hash_part(kind, range);
                if letters >= MIN_FIXED_LETTERS {
                    out.push(LineKey { key, kind });
                }
            }
        }
    }
}

/// Whether `line` ends like a sentence: with `.`, `!`, `?` or `…`, perhaps
/// followed by closing quotes or brackets.
fn ends_like_sentence(line: &str) -> bool {
    let last = line
        .trim_end()
        .chars()
        .rev()
        .find(|c| !matches!(c, '"' | '\'' | '”' | '“' | '’' | '»' | '«' | ')' | ']'));
    matches!(last, Some('.' | '!' | '?' | '…'))
}

/// The longest slot allowed next to a fixed part of `k` words: a one-word
/// fixed part (`Foto: {agency}`) only takes a short slot.
fn max_slot_words(k: usize) -> usize {
    (2 * k + 1).min(MAX_SLOT_WORDS)
}

/// FNV-1a over bytes, finished with a mixer: keys are compared only with
/// keys, so any well-spread 64-bit hash does.
struct Fnv(u64);

impl Fnv {
    fn new(tag: u64) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325 ^ tag)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        splitmix(self.0)
    }
}

/// One article in a key's sample: its hash (the sample keeps the smallest)
/// and its fingerprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
struct Sample {
    article: u64,
    sketch: [u32; SKETCH],
}

impl Sample {
    fn is_copy_of(&self, other: &Sample) -> bool {
        let same = self
            .sketch
            .iter()
            .zip(&other.sketch)
            .filter(|(a, b)| a == b)
            .count();
        same >= SKETCH_AGREE
    }
}

/// What the learner knows about one key of one group.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
struct KeyStats {
    kind: KeyKind,
    /// Articles the key occurred in (an article counts once).
    articles: u32,
    /// The fewest and most words of the lines that gave the key.
    min_words: u8,
    max_words: u8,
    /// The articles with the smallest hashes, sorted by hash, distinct.
    samples: Vec<Sample>,
    /// The smallest hashes of the distinct full lines, sorted, distinct.
    variants: Vec<u64>,
}

impl KeyStats {
    fn new(kind: KeyKind) -> KeyStats {
        KeyStats {
            kind,
            articles: 0,
            min_words: u8::MAX,
            max_words: 0,
            samples: Vec::with_capacity(1),
            variants: Vec::with_capacity(1),
        }
    }

    fn add_sample(&mut self, sample: Sample) {
        match self
            .samples
            .binary_search_by_key(&sample.article, |s| s.article)
        {
            Ok(_) => {}
            Err(at) if at < SAMPLE => {
                self.samples.insert(at, sample);
                self.samples.truncate(SAMPLE);
            }
            Err(_) => {}
        }
    }

    fn add_variant(&mut self, line: u64) {
        if let Err(at) = self.variants.binary_search(&line) {
            if at < VARIANTS {
                self.variants.insert(at, line);
                self.variants.truncate(VARIANTS);
            }
        }
    }

    fn merge(&mut self, other: KeyStats) {
        self.articles = self.articles.saturating_add(other.articles);
        self.min_words = self.min_words.min(other.min_words);
        self.max_words = self.max_words.max(other.max_words);
        for s in other.samples {
            self.add_sample(s);
        }
        for v in other.variants {
            self.add_variant(v);
        }
    }

    /// The estimated number of distinct stories among the articles the key
    /// occurred in: the copies in the sample are grouped (single linkage,
    /// in hash order, so the result does not depend on the order of
    /// observation), and when the sample is full, the share of distinct
    /// stories in it is extrapolated to all the articles.
    fn stories(&self) -> usize {
        let mut heads: Vec<usize> = Vec::with_capacity(self.samples.len());
        // A union-find over at most SAMPLE elements.
        let mut parent: Vec<usize> = (0..self.samples.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        for i in 0..self.samples.len() {
            for j in 0..i {
                if self.samples[i].is_copy_of(&self.samples[j]) {
                    let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
        for i in 0..self.samples.len() {
            let r = root(&mut parent, i);
            if !heads.contains(&r) {
                heads.push(r);
            }
        }
        let clusters = heads.len();
        if self.samples.len() < SAMPLE {
            // Every distinct article is in the sample.
            clusters
        } else {
            let estimate = self.articles as f64 * clusters as f64 / SAMPLE as f64;
            (estimate.round() as usize).max(clusters)
        }
    }
}

/// What the learner knows about one group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
struct Group {
    articles: u64,
    keys: HashMap64<KeyStats>,
}

impl Group {
    /// Keeps the `max_keys` keys with the most articles (ties to the
    /// smaller key), once the table has grown past twice that.
    fn prune(&mut self, max_keys: usize) {
        if self.keys.len() <= 2 * max_keys {
            return;
        }
        let mut all: Vec<(u64, KeyStats)> = self.keys.drain().collect();
        all.sort_unstable_by(|a, b| b.1.articles.cmp(&a.1.articles).then(a.0.cmp(&b.0)));
        all.truncate(max_keys);
        self.keys.extend(all);
    }
}

/// The validated settings of a learner.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "TemplateLearnerBuilder"))]
struct Settings {
    min_articles: usize,
    min_share: f64,
    max_words: usize,
    max_keys: usize,
}

/// Learns template lines from a corpus: observe articles with
/// [`observe`](Self::observe), then take the [`Templates`].
///
/// Articles are grouped, typically by site; a template is learned per
/// group. A line or skeleton becomes a template of a group when it occurs
/// in at least [`min_articles`](TemplateLearnerBuilder::min_articles)
/// distinct stories of the group and in at least
/// [`min_share`](TemplateLearnerBuilder::min_share) of its articles, and,
/// for a skeleton, when at least two different full lines gave it. Only
/// lines of at most [`max_words`](TemplateLearnerBuilder::max_words) words
/// are considered.
///
/// **Stories, not articles, are counted.** Each article gets a fingerprint
/// (8 MinHash values over word 4-grams of the whole text); articles whose
/// fingerprints agree in half their values are copies of one story and
/// count once. So a story syndicated to many sites, or republished by one,
/// does not teach the cleaner to remove its own body lines, while the
/// header, footer and prompts of otherwise different articles are learned.
///
/// **Memory is bounded** per group: once a group's table holds more than
/// twice [`max_keys`](TemplateLearnerBuilder::max_keys) keys, it keeps the
/// `max_keys` keys seen in the most articles (ties to the smaller key
/// hash). A key takes about 100 bytes, plus 40 per sampled article (at most
/// 16). A key dropped and seen again starts its count afresh, so with
/// pruning the counts are lower bounds.
///
/// **Learners merge.** [`merge`](Self::merge) adds another learner's
/// counts, so shards of a corpus can be learned in parallel. As long as no
/// group was pruned, merging learners of two halves gives the same
/// [`Templates`] as one learner of the whole, in any order.
///
/// ```
/// use bodytext::{TemplateKind, TemplateLearner};
///
/// let mut learner = TemplateLearner::new();
/// let stories = [
///     ("Wetter", "Nach dem Sturm räumen die Gemeinden umgestürzte Bäume von den Straßen."),
///     ("Sport", "Der Verein gewann das Derby vor ausverkauftem Haus mit drei zu eins."),
///     ("Politik", "Der Landtag debattiert am Donnerstag über das neue Schulgesetz."),
///     ("Kultur", "Das Stadttheater eröffnet die Saison mit einer Komödie von Molière."),
///     ("Wirtschaft", "Die Brauerei am Markt schließt nach hundertzwanzig Jahren ihre Tore."),
///     ("Verkehr", "Die Brücke über den Kanal bleibt bis Ende Mai für Lastwagen gesperrt."),
/// ];
/// for (topic, body) in stories {
///     let article = format!(
///         "Stadtanzeiger – Nachrichten aus der Region\n{body}\n\
///          Erhalten Sie kostenlose Updates zum Thema {topic}"
///     );
///     learner.observe("stadtanzeiger", &article);
/// }
/// let templates = learner.templates();
/// let header = templates.matches("stadtanzeiger", "Stadtanzeiger - Nachrichten aus der Region");
/// assert_eq!(header.map(|m| m.rule()), Some("template/line:6".to_string()));
/// let prompt = templates.matches("stadtanzeiger", "Erhalten Sie kostenlose Updates zum Thema Bahn");
/// assert_eq!(prompt.map(|m| m.kind()), Some(TemplateKind::Slot));
/// assert_eq!(templates.matches("stadtanzeiger", "Die Sonne scheint."), None);
/// assert_eq!(templates.matches("other-site", "Stadtanzeiger – Nachrichten aus der Region"), None);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TemplateLearner {
    settings: Settings,
    groups: BTreeMap<String, Group>,
    /// Scratch space: not part of the state.
    #[cfg_attr(feature = "serde", serde(skip))]
    scratch: Scratch,
}

/// Buffers reused between calls to `observe`.
#[derive(Debug, Clone, Default)]
struct Scratch {
    words: Words,
    line_keys: Vec<LineKey>,
    article_keys: Vec<(u64, KeyKind, u64, u8)>,
}

impl Clone for Words {
    fn clone(&self) -> Self {
        Words::default()
    }
}

impl PartialEq for Scratch {
    fn eq(&self, _: &Scratch) -> bool {
        // Scratch space carries no state.
        true
    }
}

impl Default for TemplateLearner {
    fn default() -> Self {
        TemplateLearner::from_settings(TemplateLearnerBuilder::default().settings())
    }
}

impl TemplateLearner {
    /// A learner with the default settings.
    pub fn new() -> TemplateLearner {
        TemplateLearner::default()
    }

    /// A builder with the default settings.
    pub fn builder() -> TemplateLearnerBuilder {
        TemplateLearnerBuilder::default()
    }

    fn from_settings(settings: Settings) -> TemplateLearner {
        TemplateLearner {
            settings,
            groups: BTreeMap::new(),
            scratch: Scratch::default(),
        }
    }

    /// Observes one article of `group` (`""` for ungrouped articles).
    pub fn observe(&mut self, group: &str, text: &str) {
        let settings = self.settings;
        let Scratch {
            words,
            line_keys,
            article_keys,
        } = &mut self.scratch;
        let mut sketch = [u32::MAX; SKETCH];
        let (article, _) =
            for_each_shingle(text, SKETCH_SHINGLE_WORDS, |x| add_shingle(&mut sketch, x));
        densify(&mut sketch);
        let sample = Sample { article, sketch };
        article_keys.clear();
        for line in lines::split(text) {
            let line = line.text(text).trim();
            if line.is_empty() {
                continue;
            }
            let n = words.fold(line);
            if n == 0 || n > settings.max_words {
                continue;
            }
            words.keys(line_keys);
            let line_hash = line_keys.first().map_or(0, |k| k.key);
            // `max_words` is at most 255 (checked by the builder).
            let n = n.min(usize::from(u8::MAX)) as u8;
            article_keys.extend(line_keys.iter().map(|k| (k.key, k.kind, line_hash, n)));
        }
        article_keys.sort_unstable_by_key(|&(key, _, line, _)| (key, line));
        if !self.groups.contains_key(group) {
            self.groups.insert(group.to_owned(), Group::default());
        }
        let Some(group) = self.groups.get_mut(group) else {
            return;
        };
        group.articles += 1;
        let mut previous = None;
        for &(key, kind, line, n) in article_keys.iter() {
            let stats = group.keys.entry(key).or_insert_with(|| KeyStats::new(kind));
            if previous != Some(key) {
                stats.articles = stats.articles.saturating_add(1);
                stats.add_sample(sample);
                previous = Some(key);
            }
            stats.min_words = stats.min_words.min(n);
            stats.max_words = stats.max_words.max(n);
            stats.add_variant(line);
        }
        group.prune(settings.max_keys);
    }

    /// Adds what `other` learned to this learner. This learner's settings
    /// are kept.
    pub fn merge(&mut self, other: TemplateLearner) {
        let max_keys = self.settings.max_keys;
        for (name, theirs) in other.groups {
            let ours = self.groups.entry(name).or_default();
            ours.articles += theirs.articles;
            for (key, stats) in theirs.keys {
                match ours.keys.get_mut(&key) {
                    Some(mine) => mine.merge(stats),
                    None => {
                        ours.keys.insert(key, stats);
                    }
                }
            }
            ours.prune(max_keys);
        }
    }

    /// The number of articles observed in `group`.
    pub fn articles(&self, group: &str) -> usize {
        self.groups
            .get(group)
            .map_or(0, |g| usize::try_from(g.articles).unwrap_or(usize::MAX))
    }

    /// The templates learned so far.
    pub fn templates(&self) -> Templates {
        let s = self.settings;
        let mut groups = BTreeMap::new();
        for (name, group) in &self.groups {
            let share = (s.min_share * group.articles as f64).ceil();
            let needed = (share as usize).max(s.min_articles);
            let mut entries = HashMap64::default();
            for (&key, stats) in &group.keys {
                if (stats.articles as usize) < needed {
                    continue;
                }
                if stats.kind != KeyKind::Line && stats.variants.len() < 2 {
                    continue;
                }
                let stories = stats.stories();
                if stories < needed {
                    continue;
                }
                entries.insert(
                    key,
                    Entry {
                        kind: stats.kind,
                        evidence: stories,
                        min_words: stats.min_words,
                        max_words: stats.max_words,
                    },
                );
            }
            if !entries.is_empty() {
                groups.insert(name.clone(), entries);
            }
        }
        Templates {
            max_words: s.max_words,
            groups,
        }
    }
}

/// Builds a [`TemplateLearner`]; [`build`](Self::build) checks the
/// settings.
///
/// With the `serde` feature, a learner's settings are deserialized through
/// this builder, so that invalid values are an error there too.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
pub struct TemplateLearnerBuilder {
    min_articles: usize,
    min_share: f64,
    max_words: usize,
    max_keys: usize,
}

impl Default for TemplateLearnerBuilder {
    fn default() -> Self {
        TemplateLearnerBuilder {
            min_articles: DEFAULT_MIN_ARTICLES,
            min_share: DEFAULT_MIN_SHARE,
            max_words: DEFAULT_MAX_WORDS,
            max_keys: DEFAULT_MAX_KEYS,
        }
    }
}

impl TemplateLearnerBuilder {
    /// The fewest distinct stories of a group a line or skeleton must occur
    /// in to be a template. Default: 5; allowed: 2 to 1,000,000.
    pub fn min_articles(&mut self, articles: usize) -> &mut Self {
        self.min_articles = articles;
        self
    }

    /// The smallest share of a group's articles a line or skeleton must
    /// occur in (as distinct stories) to be a template. Default: 0.05;
    /// allowed: 0 to 1.
    pub fn min_share(&mut self, share: f64) -> &mut Self {
        self.min_share = share;
        self
    }

    /// The most words (of the folded line) a template line may have; longer
    /// lines are never learned nor matched. Default: 25; allowed: 1 to 255.
    pub fn max_words(&mut self, words: usize) -> &mut Self {
        self.max_words = words;
        self
    }

    /// The number of keys per group kept when the table is pruned (it is
    /// pruned when it grows past twice this). Default: 16,384; allowed: 64
    /// to 16,777,216.
    pub fn max_keys(&mut self, keys: usize) -> &mut Self {
        self.max_keys = keys;
        self
    }

    fn settings(&self) -> Settings {
        Settings {
            min_articles: self.min_articles,
            min_share: self.min_share,
            max_words: self.max_words,
            max_keys: self.max_keys,
        }
    }

    /// Checks the settings and builds an empty learner.
    ///
    /// # Errors
    ///
    /// [`Error::ThresholdOutOfRange`] for a count outside its range,
    /// [`Error::RatioOutOfRange`] for a share outside 0 to 1 (or not a
    /// number).
    pub fn build(&self) -> Result<TemplateLearner, Error> {
        Settings::try_from(self.clone()).map(TemplateLearner::from_settings)
    }
}

impl TryFrom<TemplateLearnerBuilder> for Settings {
    type Error = Error;

    fn try_from(b: TemplateLearnerBuilder) -> Result<Settings, Error> {
        check_count("min_articles", b.min_articles, 2, 1_000_000)?;
        check_ratio("min_share", b.min_share, 0.0, 1.0)?;
        check_count("max_words", b.max_words, 1, usize::from(u8::MAX))?;
        check_count("max_keys", b.max_keys, 64, 1 << 24)?;
        Ok(b.settings())
    }
}

/// A learned template: its kind, evidence and the word counts of the lines
/// that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
struct Entry {
    kind: KeyKind,
    evidence: usize,
    min_words: u8,
    max_words: u8,
}

/// The templates learned by a [`TemplateLearner`], per group: immutable,
/// cheap to query, and what a cleaner applies.
///
/// A line matches when its folded key is a learned line, or when one of its
/// skeletons is a learned skeleton and the line's word count lies within
/// those of the lines the skeleton was learned from (so `Foto: {agency}`
/// learned from two- to four-word lines does not match a seven-word
/// sentence starting with "Foto").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Templates {
    max_words: usize,
    groups: BTreeMap<String, HashMap64<Entry>>,
}

impl Templates {
    /// Whether `line` of an article of `group` is a template line; the
    /// match tells its kind and evidence. Only the group's own templates
    /// apply. Any `&str` is accepted.
    pub fn matches(&self, group: &str, line: &str) -> Option<TemplateMatch> {
        let entries = self.groups.get(group)?;
        let mut words = Words::default();
        let n = words.fold(line);
        if n == 0 || n > self.max_words {
            return None;
        }
        let mut keys = Vec::new();
        words.keys(&mut keys);
        let n = n.min(usize::from(u8::MAX)) as u8;
        keys.iter().find_map(|k| {
            let e = entries.get(&k.key)?;
            let fits = e.kind == k.kind && (e.min_words..=e.max_words).contains(&n);
            fits.then_some(TemplateMatch {
                kind: e.kind.template_kind(),
                evidence: e.evidence,
            })
        })
    }

    /// The number of templates, over all groups.
    pub fn len(&self) -> usize {
        self.groups.values().map(|g| g.len()).sum()
    }

    /// Whether no template was learned.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The number of templates of one group, by kind: `(lines, slots)`.
    pub fn count(&self, group: &str) -> (usize, usize) {
        let Some(entries) = self.groups.get(group) else {
            return (0, 0);
        };
        let lines = entries.values().filter(|e| e.kind == KeyKind::Line).count();
        (lines, entries.len() - lines)
    }

    /// The groups that have templates, in order.
    pub fn groups(&self) -> impl Iterator<Item = &str> + '_ {
        self.groups.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use KeyKind::{Digits, Line, Prefix, Suffix};

    /// The kinds of the keys a line yields, in order.
    fn kinds(line: &str) -> Vec<KeyKind> {
        let mut words = Words::default();
        words.fold(line);
        let mut keys = Vec::new();
        words.keys(&mut keys);
        keys.iter().map(|k| k.kind).collect()
    }

    macro_rules! k {
        ($name:ident, $line:expr, $want:expr) => {
            #[test]
            fn $name() {
                let want: &[KeyKind] = &$want;
                assert_eq!(kinds($line), want);
            }
        };
    }

    k!(empty_line, "", []);
    k!(punctuation_only, " – • ", []);
    k!(one_word, "Anzeige", [Line]);
    k!(credit, "Foto: dpa", [Line, Prefix]);
    k!(tag, "ttn-de-58", [Line, Digits, Prefix]);
    k!(count, "3 Kommentare", [Line, Digits, Suffix]);
    k!(number_only, "2024", [Line]);
    // Fixed parts of four, three and two words; one word would leave a
    // six-word slot, too long for it.
    k!(
        prompt,
        "Erhalten Sie kostenlose Updates zum Thema Sport",
        [Line, Prefix, Suffix, Prefix, Suffix, Prefix, Suffix]
    );
    k!(sentence_has_no_slots, "Die Lage ist sehr schlimm.", [Line]);
    k!(quoted_sentence, "„Wir sind bereit!“", [Line]);
    k!(short_fixed_word, "Die Lage", [Line, Suffix]);

    #[test]
    fn slot_length_depends_on_fixed_part() {
        assert_eq!(max_slot_words(1), 3);
        assert_eq!(max_slot_words(2), 5);
        assert_eq!(max_slot_words(4), MAX_SLOT_WORDS);
    }

    fn sample(article: u64, sketch: [u32; SKETCH]) -> Sample {
        Sample { article, sketch }
    }

    #[test]
    fn copies_count_once() {
        let mut stats = KeyStats::new(KeyKind::Line);
        for i in 0..5u32 {
            // Five copies: all agree in six of eight values.
            let sketch = [1, 2, 3, 4, 5, 6, 100 + i, 200 + i];
            stats.articles += 1;
            stats.add_sample(sample(u64::from(i), sketch));
        }
        assert_eq!(stats.stories(), 1);
        for i in 0..3u32 {
            stats.articles += 1;
            stats.add_sample(sample(100 + u64::from(i), [10 * i + 1000; SKETCH]));
        }
        assert_eq!(stats.stories(), 4);
    }

    #[test]
    fn full_sample_extrapolates() {
        let mut stats = KeyStats::new(KeyKind::Line);
        for i in 0..40u32 {
            stats.articles += 1;
            stats.add_sample(sample(u64::from(i), [i; SKETCH]));
        }
        assert_eq!(stats.samples.len(), SAMPLE);
        assert_eq!(stats.stories(), 40);
        // The sample keeps the smallest article hashes, whatever the order.
        assert!(stats.samples.iter().all(|s| s.article < SAMPLE as u64));
    }

    #[test]
    fn repeated_article_counts_once_as_story() {
        let mut learner = TemplateLearner::builder()
            .min_articles(2)
            .min_share(0.0)
            .build()
            .expect("valid");
        for _ in 0..10 {
            learner.observe("s", "Kopfzeile der Seite\nDer immer gleiche Text.");
        }
        assert!(learner.templates().is_empty());
    }

    #[test]
    fn prune_keeps_the_most_frequent_keys() {
        let mut learner = TemplateLearner::builder()
            .max_keys(64)
            .min_articles(2)
            .build()
            .expect("valid");
        for i in 0..400 {
            let text = format!(
                "Seitenkopf für alle\nZeile {i} mit Wort{i} und Satz{i}\nNoch {i} andere{i} Dinge{i} hier{i}"
            );
            learner.observe("s", &text);
        }
        let keys = learner.groups.get("s").map_or(0, |g| g.keys.len());
        assert!(keys <= 2 * 64, "{keys} keys");
        let templates = learner.templates();
        assert!(templates.matches("s", "Seitenkopf für alle").is_some());
    }

    #[test]
    fn odd_input_does_not_panic() {
        let mut learner = TemplateLearner::new();
        let long = "wort ".repeat(100_000);
        for text in [
            "",
            "\r\r\n\n",
            "e\u{301}\u{301}\u{301}",
            "\u{200b}\u{feff}",
            "שלום עולם\rمرحبا",
            long.as_str(),
        ] {
            learner.observe("", text);
            let templates = learner.templates();
            let _ = templates.matches("", text);
        }
    }

    #[test]
    fn word_count_must_fit_a_slot() {
        let mut learner = TemplateLearner::new();
        let agencies = ["dpa", "AFP", "Reuters", "AP Photo", "Getty Images"];
        let bodies = [
            "Der Rat tagte bis spät in die Nacht über den Haushalt.",
            "Die Feuerwehr rückte zu einem Brand in der Altstadt aus.",
            "Ein Zug blieb wegen einer Störung zwei Stunden stehen.",
            "Der Verein stellte am Montag seinen neuen Trainer vor.",
            "Im Museum ist eine Ausstellung über alte Karten zu sehen.",
            "Die Bäckerei am Markt feiert ihr hundertjähriges Bestehen.",
        ];
        for (i, body) in bodies.iter().enumerate() {
            let text = format!("{body}\nFoto: {}", agencies[i % agencies.len()]);
            learner.observe("s", &text);
        }
        let templates = learner.templates();
        let m = templates.matches("s", "Foto: Keystone");
        assert_eq!(m.map(|m| m.kind()), Some(TemplateKind::Slot));
        assert_eq!(m.map(|m| m.rule()), Some("template/slot:6".to_owned()));
        // Learned from two- and three-word lines only.
        assert_eq!(
            templates.matches("s", "Foto: Keystone Agentur Zürich"),
            None
        );
    }
}
