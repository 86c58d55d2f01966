//! The built-in phrase rules: loading the data files and compiling them.
//!
//! Each file in `data/` holds one family. Lines starting with `#` are
//! comments (the header names the file's sources), blank lines are skipped,
//! and every other line is `name <TAB> max-words <TAB> pattern`:
//!
//! - `name` is unique within the file and reported as `family/name`;
//! - `max-words` is the most words a line may have for the rule to fire (a
//!   guard that keeps prose out), or `-` for no limit; a trailing `L` marks
//!   a *label* rule, which does not fire on a line that ends with a full
//!   stop (a stated sentence is prose, a prompt is not), nor on one that
//!   ends with a question mark unless the pattern itself holds one (a
//!   question in a short line is an interview question or a subheading
//!   more often than a label); a trailing `B` marks a *button* rule, a
//!   label that does not fire on any line ending with a full stop or a
//!   colon, however short ("OK." is an answer and "Antwort:" introduces
//!   one; a button has neither);
//! - `pattern` is a regular expression over the line form (lower case,
//!   accents stripped: write `kommentar`, `comentario`), anchored to the
//!   whole line apart from leading and trailing punctuation and symbols. The
//!   loader folds the pattern's letters the way lines are folded, so a
//!   pattern may be written with accents. `<num>` stands for a count (see
//!   [`COUNT`]), and a short parenthetical may follow the match. A gap
//!   in a rule whose word guard is 20 or less is written unbounded
//!   (`.*`, `[^:]+`): the guard already bounds the line, and a counted
//!   gap (`.{0,40}`) makes a lazy-DFA state for every count, which fills
//!   the rule's cache; counted gaps of fewer than 20 stay.

use std::collections::HashMap;
use std::sync::Arc;

use once_cell::sync::{Lazy, OnceCell};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind};

use super::grams::Grams;
use super::{start_key, Gate, Keywords, PhraseRule, PhraseSet, START_BIT, START_LEN};
use crate::dedup::HashMap64;
use crate::fold::line_form;
use crate::Reason;

/// The family files, with the reason each one reports.
///
/// Order matters: the first matching rule names the line, so the more
/// specific families come first (a paywall's "Subscribe to continue
/// reading" before the newsletter's "Subscribe").
const FILES: &[(Reason, &str, &str)] = &[
    (Reason::Comment, "comment", include_str!("data/comment.txt")),
    (Reason::Paywall, "paywall", include_str!("data/paywall.txt")),
    (
        Reason::Newsletter,
        "newsletter",
        include_str!("data/newsletter.txt"),
    ),
    (Reason::Consent, "consent", include_str!("data/consent.txt")),
    (
        Reason::Copyright,
        "copyright",
        include_str!("data/copyright.txt"),
    ),
    (Reason::Credit, "credit", include_str!("data/credit.txt")),
    (Reason::Share, "share", include_str!("data/share.txt")),
    (
        Reason::ReadMore,
        "read-more",
        include_str!("data/read-more.txt"),
    ),
    (
        Reason::Navigation,
        "navigation",
        include_str!("data/navigation.txt"),
    ),
    (
        Reason::ClickHere,
        "click-here",
        include_str!("data/click-here.txt"),
    ),
    (
        Reason::Advertisement,
        "advertisement",
        include_str!("data/advertisement.txt"),
    ),
    (
        Reason::ReadingTime,
        "reading-time",
        include_str!("data/reading-time.txt"),
    ),
];

/// The compiled built-in rules.
pub(crate) fn builtin() -> &'static PhraseSet {
    static SET: Lazy<PhraseSet> = Lazy::new(|| {
        // The data files are part of the crate and a unit test compiles
        // them, so a failure here is a bug caught before release.
        compile(FILES).expect("built-in phrase rules compile")
    });
    &SET
}

/// Parses and compiles family files.
///
/// One automaton over all rules would be simplest, but rules with gaps
/// (`.*`, `.{0,40}`) or free word slots make a combined lazy DFA explode:
/// every line visits new states and matching drops to a few MB/s. So
/// matching has two steps:
///
/// - a **gate** of two necessary conditions, both read off each rule's
///   syntax tree:
///   - *keywords*: sets of strings such that every match contains one
///     string of each set (see [`required`]): words of at least three
///     bytes, shorter ones for a rule that has no longer ones, and the
///     brackets, bars and signs a rule needs (see [`is_rare_mark`]). The
///     keywords go into one gate per band of line lengths in words (see
///     [`TIERS`]): an automaton for the shortest lines, bit filters
///     ([`Grams`]) for the others (see [`Keywords`]). One of them scans
///     each line once;
///   - *starts*: since every rule is anchored at the start of the line, the
///     short strings one of which every match starts with (see
///     [`prefixes`]), looked up in a hash map at the few positions where a
///     match can begin.
///
///   A rule passes when every condition it has holds;
/// - a **confirm**: each rule that passed is tried with its exact pattern,
///   compiled on first use into a forward lazy DFA (see
///   [`PhraseRule::is_match`]). Rules with neither condition would always
///   be tried; no built-in rule is such.
fn compile(files: &[(Reason, &str, &str)]) -> Result<PhraseSet, String> {
    let mut rule_sets: Vec<Vec<Vec<String>>> = Vec::new();
    let mut start_rules: Vec<Vec<usize>> = Vec::new();
    let mut start_index: HashMap64<usize> = HashMap64::default();
    let mut full_masks: Vec<u16> = Vec::new();
    let mut ungated = Vec::new();
    let mut rules = Vec::new();
    for &(reason, family, text) in files {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.splitn(3, '\t');
            let (Some(name), Some(words), Some(pattern)) =
                (fields.next(), fields.next(), fields.next())
            else {
                return Err(format!(
                    "{family}.txt:{}: expected name, max-words and pattern",
                    n + 1
                ));
            };
            let (words, button) = match words.strip_suffix('B') {
                Some(w) => (w, true),
                None => (words, false),
            };
            let (words, label) = match words.strip_suffix('L') {
                Some(w) => (w, true),
                None => (words, button),
            };
            let max_words = match words {
                "-" => usize::MAX,
                w => w
                    .parse()
                    .map_err(|_| format!("{family}.txt:{}: bad max-words {w:?}", n + 1))?,
            };
            let pattern = fold_pattern(&pattern.replace("<num>", COUNT));
            let exact = format!(r"^{EDGE}*(?:{pattern}){HINT}{EDGE}*$");
            let hir = regex_syntax::Parser::new()
                .parse(&pattern)
                .map_err(|e| format!("{family}.txt:{}: {e}", n + 1))?;
            let index = rules.len();
            let mut sets = required(&hir, MIN_KEYWORD_LEN);
            if sets.is_empty() {
                // Short keywords ("ap", "x") gate less, but better than
                // trying the rule on every line.
                sets = required(&hir, 1);
            } else {
                // A bracket, bar or sign the rule needs is too short to be
                // a keyword of its own, but next to a word it is selective:
                // a photo word is common, a photo word and `(` much less.
                sets.extend(
                    required(&hir, 1)
                        .into_iter()
                        .filter(|set| set.iter().all(|k| is_rare_mark(k))),
                );
            }
            // The most selective sets first; a few suffice to gate well.
            sets.sort_by_key(|set| {
                std::cmp::Reverse(set.iter().map(String::len).min().unwrap_or(0))
            });
            sets.truncate(MAX_SETS);
            for set in &mut sets {
                drop_superstrings(set);
            }
            let start = prefixes(&hir);
            if sets.is_empty() && start.is_none() {
                ungated.push(index);
            }
            let start_bit = if start.is_some() { START_BIT } else { 0 };
            for literal in start.into_iter().flatten() {
                let k = *start_index.entry(start_key(&literal)).or_insert_with(|| {
                    start_rules.push(Vec::new());
                    start_rules.len() - 1
                });
                start_rules[k].push(index);
            }
            full_masks.push(((1u16 << sets.len()) - 1) | start_bit);
            rule_sets.push(sets);
            rules.push(PhraseRule {
                reason,
                name: Arc::from(format!("{family}/{name}")),
                max_words,
                label,
                button,
                asks: has_literal_question(&hir),
                exact,
                compiled: OnceCell::new(),
                forward: OnceCell::new(),
            });
        }
    }
    let mut floor = 0;
    let mut gates = Vec::with_capacity(TIERS.len());
    for bound in TIERS {
        let admitted = rules.iter().map(|r| r.max_words > floor);
        gates.push(build_gate(&rule_sets, admitted, bound)?);
        floor = bound;
    }
    for list in &mut start_rules {
        list.sort_unstable();
        list.dedup();
    }
    let max_words = rules.iter().map(|r| r.max_words).max().unwrap_or(0);
    Ok(PhraseSet {
        max_words,
        gates,
        start_index,
        start_rules,
        full_masks,
        ungated,
        rules,
    })
}

/// Whether some literal or class of `hir` holds a question mark: the rule
/// is written for questions.
fn has_literal_question(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Literal(lit) => lit.0.contains(&b'?'),
        // A few listed marks (`[:?]`), not a wide class such as `.`.
        HirKind::Class(regex_syntax::hir::Class::Unicode(class)) => {
            let size: u32 = class.iter().map(|r| r.len() as u32).sum();
            size <= SMALL_CLASS && class.iter().any(|r| r.start() <= '?' && '?' <= r.end())
        }
        HirKind::Class(regex_syntax::hir::Class::Bytes(class)) => {
            let size: u32 = class.iter().map(|r| r.len() as u32).sum();
            size <= SMALL_CLASS && class.iter().any(|r| r.start() <= b'?' && b'?' <= r.end())
        }
        HirKind::Capture(cap) => has_literal_question(&cap.sub),
        HirKind::Repetition(rep) => has_literal_question(&rep.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(has_literal_question),
        _ => false,
    }
}

/// The most characters a class may hold for its question mark to count
/// (see [`has_literal_question`]).
const SMALL_CLASS: u32 = 16;

/// The shortest keyword worth gating on, in bytes (three Latin letters or
/// one CJK character); shorter ones occur everywhere.
const MIN_KEYWORD_LEN: usize = 3;

/// The most keyword sets one rule gates on (bits of a `u16` mask, below
/// [`START_BIT`]).
const MAX_SETS: usize = 8;
const _: () = assert!(1 << MAX_SETS <= START_BIT as usize);

/// The most keywords one set may hold; a rule with a bigger set is
/// always tried instead (a huge set gates little and costs much).
const MAX_KEYWORDS: usize = 400;

/// Sets of strings such that every match of `hir` contains at least one
/// string of each set. A literal is its own set; a concatenation needs the
/// sets of all its parts; an alternation needs one set drawn from every
/// branch (the branch's most selective one); optional parts need nothing.
/// Sets with a string shorter than `min_len` bytes (normally
/// [`MIN_KEYWORD_LEN`]) or with more than [`MAX_KEYWORDS`] strings select
/// too little and are dropped.
fn required(hir: &Hir, min_len: usize) -> Vec<Vec<String>> {
    let sets = match hir.kind() {
        HirKind::Literal(lit) => match std::str::from_utf8(&lit.0) {
            Ok(s) => vec![vec![s.to_owned()]],
            Err(_) => Vec::new(),
        },
        HirKind::Capture(cap) => return required(&cap.sub, min_len),
        HirKind::Repetition(rep) if rep.min >= 1 => return required(&rep.sub, min_len),
        HirKind::Concat(subs) => return subs.iter().flat_map(|s| required(s, min_len)).collect(),
        HirKind::Alternation(subs) => {
            let mut union = Vec::new();
            for sub in subs {
                match most_selective(required(sub, min_len)) {
                    Some(set) => union.extend(set),
                    None => return Vec::new(),
                }
            }
            union.sort_unstable();
            union.dedup();
            vec![union]
        }
        _ => Vec::new(),
    };
    sets.into_iter()
        .filter(|set| set.len() <= MAX_KEYWORDS && set.iter().all(|s| s.len() >= min_len))
        .collect()
}

/// Whether `keyword` is made only of marks that prose seldom uses:
/// brackets, bars, signs and symbols, but not the spaces, full stops,
/// commas, hyphens, straight quotes, exclamation and question marks,
/// colons and semicolons of any sentence. Next to a word, such a mark makes
/// a selective extra gate set.
fn is_rare_mark(keyword: &str) -> bool {
    !keyword.is_empty()
        && keyword.chars().all(|c| {
            !c.is_alphanumeric()
                && !c.is_whitespace()
                && !matches!(c, '.' | ',' | '-' | '\'' | '"' | '!' | '?' | ':' | ';')
        })
}

/// Removes from a keyword set every string that contains a shorter string
/// of the set: wherever it occurs, the shorter one occurs too, so the set
/// admits the same lines with fewer keywords (`kommentar` makes
/// `kommentare` and `leserkommentar` redundant), and fewer keywords on
/// common windows fire the gate's filters less often.
fn drop_superstrings(set: &mut Vec<String>) {
    set.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    set.dedup();
    let mut kept: Vec<String> = Vec::with_capacity(set.len());
    for word in set.drain(..) {
        if !kept.iter().any(|k| word.contains(k.as_str())) {
            kept.push(word);
        }
    }
    *set = kept;
}

/// The word bounds of the keyword gates. Most rules allow only a few
/// words, so a line of many words needs only the keywords of the few rules
/// that allow as many: a line of `w` words is scanned by the first gate
/// whose bound is at least `w`, which holds the rules that allow more
/// words than the bound before it. Fewer keywords fire the gate less often
/// and let fewer rules through to their exact pattern.
const TIERS: [usize; 5] = [8, 16, 30, 60, usize::MAX];

/// The gate for lines of at most this many words walks an automaton (see
/// [`Keywords`]); longer lines go through bit filters.
const AUTOMATON_BOUND: usize = 8;

/// Builds the gate for lines of at most `bound` words: one keyword scan over
/// the sets of the rules that `admitted` lets in, each keyword mapped to
/// the rules it gates and the bit of its set. Leaving out the rules that
/// cannot fire on such lines keeps the scan's filters sparse.
fn build_gate(
    rule_sets: &[Vec<Vec<String>>],
    admitted: impl Iterator<Item = bool>,
    bound: usize,
) -> Result<Gate, String> {
    let mut keywords: Vec<&str> = Vec::new();
    let mut keyword_rules: Vec<Vec<(usize, u16)>> = Vec::new();
    let mut keyword_index: HashMap<&str, usize> = HashMap::new();
    for (rule, (sets, admitted)) in rule_sets.iter().zip(admitted).enumerate() {
        if !admitted {
            continue;
        }
        for (bit, set) in sets.iter().enumerate() {
            for word in set {
                let k = *keyword_index.entry(word).or_insert_with(|| {
                    keywords.push(word);
                    keyword_rules.push(Vec::new());
                    keywords.len() - 1
                });
                keyword_rules[k].push((rule, 1 << bit));
            }
        }
    }
    for list in &mut keyword_rules {
        list.sort_unstable();
        list.dedup();
    }
    let keywords = if bound <= AUTOMATON_BOUND {
        Keywords::Automaton(
            aho_corasick::nfa::contiguous::NFA::builder()
                .match_kind(aho_corasick::MatchKind::Standard)
                .prefilter(false)
                .build(&keywords)
                .map_err(|e| e.to_string())?,
        )
    } else {
        Keywords::Grams(Grams::new(&keywords))
    };
    Ok(Gate {
        bound,
        keywords,
        keyword_rules,
    })
}

/// The most start strings one rule may have before it is left to its
/// keyword sets alone.
const MAX_STARTS: usize = 20_000;

/// The strings one of which every match of `hir` starts with, cut to
/// [`START_LEN`] bytes, or `None` when there is no such finite set (the
/// pattern may start with `.*` or a wide class) or it holds the empty
/// string. Strings that have a shorter string of the set as a prefix are
/// dropped: the shorter one already admits them.
fn prefixes(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let mut extractor = Extractor::new();
    extractor
        .kind(ExtractKind::Prefix)
        .limit_literal_len(START_LEN)
        // Wide enough for Unicode's decimal digits (`\d`, about 700).
        .limit_class(800)
        .limit_total(MAX_STARTS);
    let seq = extractor.extract(hir);
    let mut literals: Vec<Vec<u8>> = seq
        .literals()?
        .iter()
        .map(|l| l.as_bytes().to_vec())
        .collect();
    if literals.is_empty() || literals.iter().any(Vec::is_empty) {
        return None;
    }
    literals.sort_unstable();
    let mut kept: Vec<Vec<u8>> = Vec::with_capacity(literals.len());
    for literal in literals {
        if !kept.last().is_some_and(|k| literal.starts_with(k)) {
            kept.push(literal);
        }
    }
    Some(kept)
}

/// The set whose shortest string is longest (ties: the smaller set).
fn most_selective(sets: Vec<Vec<String>>) -> Option<Vec<String>> {
    sets.into_iter().max_by_key(|set| {
        (
            set.iter().map(String::len).min().unwrap_or(0),
            usize::MAX - set.len(),
        )
    })
}

/// What `<num>` in a pattern stands for: a count as a UI shows it (`3`,
/// `1.204`, `12k`), or the slot of an unrendered template that should have
/// held one (`%s`, `%d`, `{count}`, `{{ n }}`, `%(count)s`).
const COUNT: &str = r"(?:\d[\d.,]*[km]?|%[sd]|%\(\w+\)[sd]|\{\{? ?\w* ?\}?\}|#)";

/// Every pattern may be followed by one short parenthetical hint, as UI
/// strings often are: `Write your comment here (at least 3 characters)`.
const HINT: &str = r"(?:[\x00-/:-@\[-`{-\x7F]*\([^()]{0,60}\))?";

/// The punctuation a rule's match may be wrapped in: `[\W_]` on a line
/// form, which is ASCII there (see [`line_form`]).
const EDGE: &str = r"[\x00-/:-@\[-`{-\x7F]";

/// Folds the letters of a pattern the way [`line_form`] folds a line,
/// leaving escapes (`\d`, `\p{L}`) and all ASCII syntax alone, except:
///
/// - a non-ASCII character folds to what a line form holds in its place,
///   and a regex meta character that results (`•` → `|`, `。` → `.`) is
///   escaped;
/// - `\w` and `\W` become the classes they equal on a line form, whose
///   characters outside ASCII are all letters or digits (see
///   [`line_form`]): four ranges instead of Unicode's hundreds, which keeps
///   each rule's automaton small.
fn fold_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut buf = String::new();
    let mut chars = pattern.chars().peekable();
    // Whether we are inside `[...]`, and how many characters of the class
    // were seen (a `]` first in a class is a literal).
    let mut class: Option<usize> = None;
    while let Some(c) = chars.next() {
        if c == '\\' {
            let Some(next) = chars.next() else {
                out.push(c);
                break;
            };
            match (next, class.is_some()) {
                ('w', true) => out.push_str(WORD_RANGES),
                ('w', false) => out.push_str(&format!("[{WORD_RANGES}]")),
                ('W', true) => out.push_str(NON_WORD_RANGES),
                ('W', false) => out.push_str(&format!("[{NON_WORD_RANGES}]")),
                _ => {
                    out.push(c);
                    out.push(next);
                    if matches!(next, 'p' | 'P') && chars.peek() == Some(&'{') {
                        for c in chars.by_ref() {
                            out.push(c);
                            if c == '}' {
                                break;
                            }
                        }
                    }
                }
            }
            if let Some(n) = class.as_mut() {
                *n += 1;
            }
        } else if c.is_ascii() {
            match (c, class) {
                ('[', None) => {
                    class = Some(0);
                    out.push(c);
                    if chars.peek() == Some(&'^') {
                        chars.next();
                        out.push('^');
                    }
                    continue;
                }
                (']', Some(n)) if n > 0 => class = None,
                (_, Some(n)) => class = Some(n + 1),
                _ => {}
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_whitespace() || crate::fold::is_invisible(c) {
            // A line form has a space where the line has one of these
            // (a zero-width non-joiner inside a Persian or Indic word);
            // folded alone, it would vanish from the pattern.
            out.push(' ');
        } else {
            let mut tmp = [0u8; 4];
            line_form(c.encode_utf8(&mut tmp), &mut buf);
            for folded in buf.chars() {
                if regex_syntax::is_meta_character(folded) {
                    out.push('\\');
                }
                out.push(folded);
            }
            if let Some(n) = class.as_mut() {
                *n += 1;
            }
        }
    }
    out
}

/// `\w` on a line form: ASCII letters, digits and `_`, and every character
/// outside ASCII (which, in a line form, is a letter or digit).
const WORD_RANGES: &str = r"0-9A-Z_a-z\x{80}-\x{10FFFF}";

/// `\W` on a line form: the ASCII characters that are not in `\w`.
const NON_WORD_RANGES: &str = r"\x00-/:-@\[-\^`{-\x7F";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_asks_a_question_only_with_a_listed_mark() {
        let asks = |pattern: &str| {
            has_literal_question(&regex_syntax::Parser::new().parse(pattern).unwrap())
        };
        assert!(asks(r"already a member\?"));
        assert!(asks(r"(more from us)( ?[:?])?"));
        assert!(!asks(r".*(newsletter|subscri).*"));
        assert!(!asks(r"e-?mail( address)?"));
    }

    #[test]
    fn superstrings_leave_a_keyword_set() {
        let mut set: Vec<String> = [
            "kommentare",
            "kommentar",
            "leserkommentar",
            "reply",
            "replies",
        ]
        .map(String::from)
        .to_vec();
        drop_superstrings(&mut set);
        assert_eq!(set, ["reply", "replies", "kommentar"]);
    }

    #[test]
    fn builtin_rules_compile_with_unique_names() {
        let set = builtin();
        let mut names: Vec<&str> = set.rules.iter().map(|r| &*r.name).collect();
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), n, "duplicate rule names");
    }

    #[test]
    fn no_builtin_rule_matches_an_empty_line() {
        assert!(builtin()
            .first_match("", 0, |_| true, &mut super::super::Scratch::default())
            .is_none());
    }

    #[test]
    fn every_builtin_rule_is_gated() {
        let set = builtin();
        let ungated: Vec<&str> = set.ungated.iter().map(|&i| &*set.rules[i].name).collect();
        assert!(ungated.is_empty(), "tried on every line: {ungated:?}");
    }

    #[test]
    fn every_exact_rule_compiles() {
        for rule in &builtin().rules {
            assert!(rule.regex().is_some(), "{} does not compile", rule.name);
        }
    }

    macro_rules! req {
        ($name:ident, $pattern:expr, $want:expr) => {
            #[test]
            fn $name() {
                let hir = regex_syntax::Parser::new().parse($pattern).expect("valid");
                let want: &[&[&str]] = &$want;
                let want: Vec<Vec<String>> = want
                    .iter()
                    .map(|set| set.iter().map(|s| s.to_string()).collect())
                    .collect();
                assert_eq!(required(&hir, MIN_KEYWORD_LEN), want);
            }
        };
    }

    req!(req_literal, "comments?", [&["comment"]]);
    req!(
        req_concat,
        "(leave|post) a (reply|comment)",
        [&["leave", "post"], &[" a "], &["comment", "reply"]]
    );
    req!(
        req_gaps,
        r".*\b(free|kostenlos\w*)\b.*\b(updates?|newsletter)\b.*",
        [&["free", "kostenlos"], &["newsletter", "update"]]
    );
    req!(req_optional_gives_nothing, "(your )?(#|%s)", []);
    req!(req_short_keywords_give_nothing, "(ok|no)", []);
    req!(req_branch_without_keyword, "(comment|\\d+)", []);

    macro_rules! fold {
        ($name:ident, $pattern:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(fold_pattern($pattern), $want);
            }
        };
    }

    fold!(fold_accents, "Kommentär", "kommentar");
    // A zero-width non-joiner is a space in a line form, so in a pattern.
    fold!(fold_zero_width_non_joiner, "گفت\u{200c}وگو", "گفت وگو");
    fold!(fold_ellipsis_is_literal, "more…", r"more\.\.\.");
    fold!(fold_bullet_is_literal, "a•b", r"a\|b");
    fold!(fold_word_outside_class, r"\w+", format!("[{WORD_RANGES}]+"));
    fold!(
        fold_word_inside_class,
        r"[\w.'-]",
        format!("[{WORD_RANGES}.'-]")
    );
    fold!(fold_non_word, r"[\W_]", format!("[{NON_WORD_RANGES}_]"));
    fold!(
        fold_bracket_first_in_class,
        r"[]\w]",
        format!("[]{WORD_RANGES}]")
    );
    fold!(
        fold_class_then_word,
        r"[ab]\w",
        format!("[ab][{WORD_RANGES}]")
    );
    fold!(fold_escapes_kept, r"\d\p{Greek}\b", r"\d\p{Greek}\b");

    #[test]
    fn folded_word_classes_equal_unicode_ones_on_line_forms() {
        let word = regex::Regex::new(&format!("^[{WORD_RANGES}]$")).expect("valid");
        let non_word = regex::Regex::new(&format!("^[{NON_WORD_RANGES}]$")).expect("valid");
        let unicode_word = regex::Regex::new(r"^\w$").expect("valid");
        let mut form = String::new();
        for c in [
            'a', 'Z', '7', '_', ' ', '-', 'é', 'ж', '新', '٣', '★', '。', '€', '\u{200c}',
        ] {
            line_form(c.encode_utf8(&mut [0; 4]), &mut form);
            for f in form.chars() {
                let s = f.to_string();
                assert_eq!(
                    word.is_match(&s),
                    unicode_word.is_match(&s),
                    "{c:?} → {f:?}"
                );
                assert_eq!(
                    non_word.is_match(&s),
                    !unicode_word.is_match(&s),
                    "{c:?} → {f:?}"
                );
            }
        }
    }

    #[test]
    fn malformed_lines_are_errors() {
        assert!(compile(&[(Reason::Share, "share", "x\t3")]).is_err());
        assert!(compile(&[(Reason::Share, "share", "x\tmany\tshare")]).is_err());
        assert!(compile(&[(Reason::Share, "share", "x\t3\t(")]).is_err());
    }

    macro_rules! mark {
        ($name:ident, $keyword:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(is_rare_mark($keyword), $want, "{:?}", $keyword);
            }
        };
    }

    mark!(mark_bracket, "(", true);
    mark!(mark_bar_and_sign, "|©", true);
    mark!(mark_space, " ", false);
    mark!(mark_full_stop, ". ", false);
    mark!(mark_colon, ":", false);
    mark!(mark_letter, "x", false);
    mark!(mark_digit, "3", false);
    mark!(mark_empty, "", false);

    /// The number of gate sets of the one rule of `pattern`.
    fn gate_sets(pattern: &str) -> u32 {
        let set = compile(&[(Reason::Credit, "credit", &format!("r\t10\t{pattern}"))])
            .expect("valid rule");
        (set.full_masks[0] & !START_BIT).count_ones()
    }

    #[test]
    fn a_needed_bracket_is_a_gate_set_next_to_words() {
        assert_eq!(gate_sets(r"\((photo|foto)\)"), 3);
        assert_eq!(gate_sets(r"(photo|foto):"), 1);
    }
}
