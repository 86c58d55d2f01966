//! Single-line verdicts: does this one line, on its own, read as a known
//! family of boilerplate?
//!
//! Rules never look at other lines; decisions that need neighbours or the
//! headline live elsewhere. There are two kinds:
//!
//! - **phrase rules**, regular expressions kept as data in `data/*.txt`,
//!   one file per family, behind a cheap gate (see [`phrases`]) and matched
//!   against a line's *line form* (see [`crate::fold::line_form`]);
//! - **shape rules**, small functions in [`shape`] for what a regex states
//!   badly (a machine tag, a crumb trail).

pub(crate) mod cache;
mod grams;
mod phrases;
pub(crate) mod shape;

use std::cell::RefCell;
use std::sync::Arc;

use aho_corasick::automaton::Automaton;
use once_cell::sync::OnceCell;
use regex::Regex;
use regex_automata::nfa::thompson;
use regex_automata::{hybrid, Anchored, Input};

use crate::bytes::{is_alnum_class, BYTE_CLASS, NON_ASCII};
use crate::dedup::HashMap64;
use crate::{Error, Reason};

pub(crate) use phrases::builtin;

/// The longest line form, in bytes, that phrase rules look at. Boilerplate
/// lines are short; longer lines are prose, and skipping them keeps the cost
/// of rules off the bulk of an article.
pub(crate) const MAX_RULE_BYTES: usize = 600;

/// The longest start string a rule is gated on, in bytes: longer ones are
/// cut (a cut string still starts every match), which keeps the sets small
/// and the lookup to a few probes per line.
pub(crate) const START_LEN: usize = 4;

/// The bit of a rule's gate mask that says one of its start strings
/// begins the line; the bits below it are its keyword sets.
pub(crate) const START_BIT: u16 = 1 << 15;

/// The key of a start string of at most [`START_LEN`] bytes: its bytes and
/// length packed and mixed, for a map that does not hash again.
pub(crate) fn start_key(bytes: &[u8]) -> u64 {
    let mut packed = bytes.len() as u64;
    for &b in bytes.iter().take(START_LEN) {
        packed = packed << 8 | u64::from(b);
    }
    packed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A fired rule: the family and the rule's name.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub(crate) reason: Reason,
    pub(crate) rule: Arc<str>,
}

/// One phrase rule: its metadata and its exact regex.
#[derive(Debug)]
pub(crate) struct PhraseRule {
    pub(crate) reason: Reason,
    pub(crate) name: Arc<str>,
    /// The most words a line may have for this rule to fire.
    pub(crate) max_words: usize,
    /// A label rule does not fire on a line ending with a full stop, nor on
    /// a question unless its pattern asks one.
    pub(crate) label: bool,
    /// A button rule is a label that does not fire on any line ending
    /// with a full stop or a colon, however short.
    pub(crate) button: bool,
    /// The pattern matches a question mark: the rule is meant for
    /// questions.
    pub(crate) asks: bool,
    /// The exact pattern, anchored, as it is compiled on first use.
    pub(crate) exact: String,
    /// The full regex, for the lines the lazy DFA gives up on.
    pub(crate) compiled: OnceCell<Option<Regex>>,
    /// The forward lazy DFA that answers for most lines.
    pub(crate) forward: OnceCell<Option<hybrid::dfa::DFA>>,
}

impl PhraseRule {
    /// The exact regex, compiled on first use. Every built-in pattern was
    /// compiled once when the set was loaded, so `None` cannot happen in
    /// practice; it is treated as "no match".
    pub(crate) fn regex(&self) -> Option<&Regex> {
        self.compiled
            .get_or_init(|| Regex::new(&self.exact).ok())
            .as_ref()
    }

    /// The forward lazy DFA of the exact pattern, built on first use.
    fn forward(&self) -> Option<&hybrid::dfa::DFA> {
        self.forward
            .get_or_init(|| {
                let nfa = thompson::Compiler::new()
                    .configure(
                        thompson::Config::new().which_captures(thompson::WhichCaptures::None),
                    )
                    .build(&self.exact)
                    .ok()?;
                // A rule with a huge alternation needs a larger cache than
                // most; it gets the larger one rather than no DFA.
                [DFA_CACHE_BYTES, 8 * DFA_CACHE_BYTES]
                    .into_iter()
                    .find_map(|bytes| {
                        hybrid::dfa::DFA::builder()
                            .configure(
                                hybrid::dfa::Config::new()
                                    .unicode_word_boundary(true)
                                    .cache_capacity(bytes),
                            )
                            .build_from_nfa(nfa.clone())
                            .ok()
                    })
            })
            .as_ref()
    }

    /// Whether the line form `form` matches the rule, `index` being the
    /// rule's place in its set. A rule's pattern is anchored at both ends,
    /// so one forward pass of a lazy DFA answers; its cache lives in this
    /// thread. Where the DFA gives up (a Unicode word boundary next to
    /// text outside ASCII), the full regex answers.
    pub(crate) fn is_match(&self, index: usize, form: &str) -> bool {
        if let Some(dfa) = self.forward() {
            let input = Input::new(form).anchored(Anchored::Yes).earliest(true);
            let found = DFA_CACHES.with(|caches| {
                let mut caches = caches.borrow_mut();
                if caches.len() <= index {
                    caches.resize_with(index + 1, || None);
                }
                let cache = caches[index].get_or_insert_with(|| dfa.create_cache());
                dfa.try_search_fwd(cache, &input)
            });
            if let Ok(found) = found {
                return found.is_some();
            }
        }
        self.regex().is_some_and(|re| re.is_match(form))
    }
}

/// The most memory one rule's lazy DFA may use in one thread before it
/// starts over: enough for the states short lines visit.
const DFA_CACHE_BYTES: usize = 512 << 10;

thread_local! {
    /// Per thread, the lazy-DFA cache of each rule that has run in it.
    static DFA_CACHES: RefCell<Vec<Option<hybrid::dfa::Cache>>> = const { RefCell::new(Vec::new()) };
}

/// The built-in phrase rules behind a two-stage matcher (see
/// [`phrases`]): one keyword pass, then the exact regex of each rule whose
/// keyword sets were all hit.
#[derive(Debug)]
pub(crate) struct PhraseSet {
    /// The largest word guard of any rule: longer lines are prose to all.
    pub(crate) max_words: usize,
    /// The keyword gates, by the word count of the lines they scan.
    pub(crate) gates: Vec<Gate>,
    /// For each rule, the gate mask a line must fill: one bit per keyword
    /// set, and [`START_BIT`] when the rule has start strings.
    pub(crate) full_masks: Vec<u16>,
    /// Each start string of each rule (by [`start_key`]) to its index in
    /// `start_rules`.
    pub(crate) start_index: HashMap64<usize>,
    /// For each start string, the rules whose matches may begin with it.
    pub(crate) start_rules: Vec<Vec<usize>>,
    /// Rules with neither keyword sets nor start strings, tried on every
    /// line (none of the built-in rules, a unit test checks).
    pub(crate) ungated: Vec<usize>,
    pub(crate) rules: Vec<PhraseRule>,
}

/// One keyword scan over the rules that allow lines of more words than the
/// gate before it, for lines of at most `bound` words.
#[derive(Debug)]
pub(crate) struct Gate {
    pub(crate) bound: usize,
    pub(crate) keywords: Keywords,
    /// For each keyword, the rules it gates with the bit of the set it
    /// belongs to.
    pub(crate) keyword_rules: Vec<Vec<(usize, u16)>>,
}

/// How a gate finds its keywords: by the bit filters of [`grams::Grams`],
/// or, for the gate of the shortest lines, by walking an Aho-Corasick
/// automaton. A short line's walk stays in the automaton's first states,
/// which are in cache, and costs one load a byte; the filters cost four.
/// Longer lines walk deep into a large automaton, and there every step
/// waits on memory.
#[derive(Debug)]
pub(crate) enum Keywords {
    Grams(grams::Grams),
    Automaton(aho_corasick::nfa::contiguous::NFA),
}

impl Keywords {
    /// Calls `found` with the index of a keyword for each of its
    /// occurrences in `text`, overlapping occurrences included.
    fn each_match(&self, text: &[u8], found: impl FnMut(usize)) {
        match self {
            Keywords::Grams(grams) => grams.each_match(text, found),
            Keywords::Automaton(nfa) => walk(nfa, text, found),
        }
    }
}

/// Walks `automaton` over `text` one byte at a time and reports the
/// keywords of every match state: for a line of a few dozen bytes, setting
/// up a search costs more than the walk itself. The automaton is built
/// unanchored and without a prefilter, so the start state always exists
/// and only match states are special.
fn walk(automaton: &impl Automaton, text: &[u8], mut found: impl FnMut(usize)) {
    let Ok(mut state) = automaton.start_state(aho_corasick::Anchored::No) else {
        return;
    };
    for &byte in text {
        state = automaton.next_state(aho_corasick::Anchored::No, state, byte);
        if automaton.is_special(state) && automaton.is_match(state) {
            for i in 0..automaton.match_len(state) {
                found(automaton.match_pattern(state, i).as_usize());
            }
        }
    }
}

/// Reusable buffers for [`PhraseSet::first_match`], so that matching a line
/// allocates nothing once they have grown.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    masks: Vec<u16>,
    touched: Vec<usize>,
    candidates: Vec<usize>,
}

impl PhraseSet {
    /// The index of the first rule (in data order) that matches `form` and
    /// whose guard holds, skipping disabled families.
    pub(crate) fn first_match(
        &self,
        form: &str,
        words: usize,
        enabled: impl Fn(Reason) -> bool,
        scratch: &mut Scratch,
    ) -> Option<usize> {
        if words > self.max_words {
            return None;
        }
        let Scratch {
            masks,
            touched,
            candidates,
        } = scratch;
        masks.resize(self.rules.len(), 0);
        candidates.clear();
        candidates.extend_from_slice(&self.ungated);
        let gate = self.gates.iter().find(|g| words <= g.bound)?;
        gate.keywords.each_match(form.as_bytes(), |keyword| {
            for &(rule, bit) in &gate.keyword_rules[keyword] {
                if masks[rule] == 0 {
                    touched.push(rule);
                }
                masks[rule] |= bit;
            }
        });
        // A rule's match may begin anywhere in the run of punctuation
        // before the first letter or digit (the `[\W_]*` of the wrapper).
        let first_word = form
            .char_indices()
            .find(|(_, c)| c.is_alphanumeric())
            .map_or(form.len(), |(i, _)| i);
        for (at, _) in form[..first_word]
            .char_indices()
            .chain(std::iter::once((first_word, ' ')))
        {
            let rest = &form.as_bytes()[at..];
            for len in 1..=rest.len().min(START_LEN) {
                let Some(&k) = self.start_index.get(&start_key(&rest[..len])) else {
                    continue;
                };
                for &rule in &self.start_rules[k] {
                    if masks[rule] == 0 {
                        touched.push(rule);
                    }
                    masks[rule] |= START_BIT;
                }
            }
        }
        for &rule in touched.iter() {
            if masks[rule] == self.full_masks[rule] {
                candidates.push(rule);
            }
            masks[rule] = 0;
        }
        touched.clear();
        if candidates.is_empty() {
            return None;
        }
        candidates.sort_unstable();
        // One or two words with a full stop ("Реклама.", "Keine Kommentare.")
        // are a label, not a stated sentence.
        let full_stop = ends_with_full_stop(form);
        let stated = words >= 3 && full_stop;
        let question = ends_with_question(form);
        candidates.iter().copied().find(|&i| {
            let r = &self.rules[i];
            words <= r.max_words
                && !(r.label && (stated || (question && !r.asks)))
                && !(r.button && (full_stop || ends_with_colon(form)))
                && enabled(r.reason)
                && r.is_match(i, form)
        })
    }
}

/// A pattern a user added through the builder, matched against the raw line.
#[derive(Debug, Clone)]
pub(crate) struct UserRule {
    pub(crate) reason: Reason,
    pub(crate) regex: Regex,
    pub(crate) name: Arc<str>,
}

impl UserRule {
    /// Compiles and checks one user pattern.
    pub(crate) fn new(reason: Reason, pattern: &str, index: usize) -> Result<UserRule, Error> {
        if pattern.trim().is_empty() {
            return Err(Error::EmptyPattern { reason });
        }
        let regex = Regex::new(pattern).map_err(|source| Error::InvalidPattern {
            reason,
            pattern: pattern.to_owned(),
            source: Box::new(source),
        })?;
        if regex.is_match("") {
            return Err(Error::PatternMatchesEmpty {
                reason,
                pattern: pattern.to_owned(),
            });
        }
        Ok(UserRule {
            reason,
            regex,
            name: Arc::from(format!("{}/user.{index}", reason.name())),
        })
    }
}

/// Whether a line form ends with a colon: a label that introduces what
/// follows ("Antwort:"), not a button.
pub(crate) fn ends_with_colon(form: &str) -> bool {
    form.trim_end().ends_with(':')
}

/// Whether a line form ends with a question mark, before closing quotes
/// and brackets.
pub(crate) fn ends_with_question(form: &str) -> bool {
    form.trim_end_matches(['"', '\'', ')', ' ']).ends_with('?')
}

/// Whether a line ends like a stated sentence: a full stop that is not part
/// of an ellipsis (`Read more...` is a link, not a sentence).
pub(crate) fn ends_with_full_stop(form: &str) -> bool {
    let t = form.trim_end_matches(['"', '\'', ')', ' ']);
    (t.ends_with('.') && !t.ends_with("..")) || t.ends_with('。')
}

/// The line form without a trailing parenthetical, when the line ends with
/// one and has text before it.
pub(crate) fn without_hint(form: &str) -> &str {
    if !form.ends_with(')') {
        return form;
    }
    match form.rfind('(') {
        Some(i) if i > 0 && form[..i].chars().any(char::is_alphanumeric) => form[..i].trim_end(),
        _ => form,
    }
}

/// Counts the words of a line form: runs of letters or digits, where each
/// CJK ideograph or kana counts as half a word (CJK has no spaces, and two
/// characters make a typical word).
pub(crate) fn count_words(form: &str) -> usize {
    let bytes = form.as_bytes();
    let mut words = 0;
    let mut cjk: usize = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII, most of any line form, is counted byte by byte through a
        // table (a lookup keeps the loop scalar, which short lines want).
        let class = BYTE_CLASS[usize::from(bytes[i])];
        if class != NON_ASCII {
            let alnum = is_alnum_class(class);
            words += usize::from(alnum && !in_word);
            in_word = alnum;
            i += 1;
            continue;
        }
        let Some(c) = form[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if is_cjk(c) {
            cjk += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            words += usize::from(!in_word);
            in_word = true;
        } else {
            in_word = false;
        }
    }
    words + cjk.div_ceil(2)
}

/// Han ideographs, kana and Hangul syllables: scripts written without spaces
/// between words (Hangul is, but its words are short).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{ff66}'..='\u{ff9f}' | '\u{20000}'..='\u{2fa1f}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_forward_dfa() {
        for rule in &builtin().rules {
            assert!(rule.forward().is_some(), "{} has no lazy DFA", rule.name);
        }
    }

    /// The lazy DFA (with its fallback) and the full regex agree on every
    /// rule, over the lines of the golden fixtures and lines made to match.
    #[test]
    fn lazy_dfa_agrees_with_the_regex() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut lines: Vec<String> = std::fs::read_dir(dir)
            .expect("fixtures")
            .filter_map(Result::ok)
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .flat_map(|t| t.lines().map(str::to_owned).collect::<Vec<_>>())
            .filter(|l| !l.trim().is_empty() && l.len() <= 300)
            .collect();
        lines.extend(
            [
                "Share this article",
                "Поделиться в Facebook",
                "Комментарии (3)",
                "Jetzt teilen",
                "Posted by: Ada at May 3, 2019 9:14 PM",
                "© 2024 Zeitung GmbH",
                "コメントを書く",
                "اقرأ أيضا",
            ]
            .map(str::to_owned),
        );
        let set = builtin();
        let mut form = String::new();
        let mut agreed = 0;
        for line in &lines {
            crate::fold::line_form(line.trim(), &mut form);
            for (i, rule) in set.rules.iter().enumerate() {
                let want = rule.regex().is_some_and(|re| re.is_match(&form));
                assert_eq!(rule.is_match(i, &form), want, "{} on {form:?}", rule.name);
                agreed += usize::from(want);
            }
        }
        assert!(agreed > 0, "no line matched any rule");
    }

    /// The byte-table word count equals a count over characters on text
    /// that mixes ASCII, accented letters, CJK, digits and punctuation.
    #[test]
    fn word_count_equals_a_count_over_characters() {
        fn by_chars(form: &str) -> usize {
            let (mut words, mut cjk, mut in_word) = (0, 0usize, false);
            for c in form.chars() {
                if is_cjk(c) {
                    cjk += 1;
                    in_word = false;
                } else if c.is_alphanumeric() {
                    words += usize::from(!in_word);
                    in_word = true;
                } else {
                    in_word = false;
                }
            }
            words + cjk.div_ceil(2)
        }
        let pieces = [
            "a", "Zz", "9", " ", "-", "é", "ß", "日本", "語", "·", "ok", "…", "\u{a0}", "x1",
        ];
        let mut state = 7u32;
        for _ in 0..2000 {
            let mut line = String::new();
            for _ in 0..(state % 17) {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                line.push_str(pieces[(state >> 16) as usize % pieces.len()]);
            }
            assert_eq!(count_words(&line), by_chars(&line), "{line:?}");
        }
    }

    macro_rules! w {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(count_words($input), $want);
            }
        };
    }

    w!(words_empty, "", 0);
    w!(words_latin, "leave a reply", 3);
    w!(words_punctuation, "share: facebook | x", 3);
    w!(words_cjk, "发表评论", 2);
    w!(words_mixed, "5 分钟阅读", 3);

    #[test]
    fn hints_are_cut_off() {
        assert_eq!(
            without_hint("write here (at least 3 characters)"),
            "write here"
        );
        assert_eq!(without_hint("(c) 2024"), "(c) 2024");
        assert_eq!(without_hint("(only a hint)"), "(only a hint)");
        assert_eq!(without_hint("no hint"), "no hint");
    }

    #[test]
    fn user_rule_errors() {
        assert!(matches!(
            UserRule::new(Reason::Share, " ", 0),
            Err(Error::EmptyPattern { .. })
        ));
        assert!(matches!(
            UserRule::new(Reason::Share, "(", 0),
            Err(Error::InvalidPattern { .. })
        ));
        assert!(matches!(
            UserRule::new(Reason::Share, "x*", 0),
            Err(Error::PatternMatchesEmpty { .. })
        ));
        assert!(UserRule::new(Reason::Share, "^Teile", 0).is_ok());
    }
}
