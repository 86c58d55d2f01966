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
//!   stop (a stated sentence is prose, a prompt is not);
//! - `pattern` is a regular expression over the line form (lower case,
//!   accents stripped: write `kommentar`, `comentario`), anchored to the
//!   whole line apart from leading and trailing punctuation and symbols. The
//!   loader folds the pattern's letters the way lines are folded, so a
//!   pattern may be written with accents. `<num>` stands for a count (see
//!   [`COUNT`]), and a short parenthetical may follow the match.

use std::sync::Arc;

use once_cell::sync::Lazy;
use regex::RegexSetBuilder;

use super::{PhraseRule, PhraseSet};
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

/// Parses and compiles family files into one set.
fn compile(files: &[(Reason, &str, &str)]) -> Result<PhraseSet, String> {
    let mut patterns = Vec::new();
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
            let (words, label) = match words.strip_suffix('L') {
                Some(w) => (w, true),
                None => (words, false),
            };
            let max_words = match words {
                "-" => usize::MAX,
                w => w
                    .parse()
                    .map_err(|_| format!("{family}.txt:{}: bad max-words {w:?}", n + 1))?,
            };
            let pattern = fold_pattern(&pattern.replace("<num>", COUNT));
            patterns.push(format!(r"^[\W_]*(?:{pattern}){HINT}[\W_]*$"));
            rules.push(PhraseRule {
                reason,
                name: Arc::from(format!("{family}/{name}")),
                max_words,
                label,
            });
        }
    }
    let set = RegexSetBuilder::new(&patterns)
        // The line forms are short; the default limits suffice for the
        // automaton, but the set is large, so give the lazy DFA room.
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .map_err(|e| e.to_string())?;
    Ok(PhraseSet { set, rules })
}

/// What `<num>` in a pattern stands for: a count as a UI shows it (`3`,
/// `1.204`, `12k`), or the slot of an unrendered template that should have
/// held one (`%s`, `%d`, `{count}`, `{{ n }}`, `%(count)s`).
const COUNT: &str = r"(?:\d[\d.,]*[km]?|%[sd]|%\(\w+\)[sd]|\{\{? ?\w* ?\}?\}|#)";

/// Every pattern may be followed by one short parenthetical hint, as UI
/// strings often are: `Write your comment here (at least 3 characters)`.
const HINT: &str = r"(?:[\W_]*\([^()]{0,60}\))?";

/// Folds the letters of a pattern the way [`line_form`] folds a line,
/// leaving escapes (`\d`, `\p{L}`) and all ASCII syntax alone.
fn fold_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut buf = String::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(c);
            if let Some(next) = chars.next() {
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
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            let mut tmp = [0u8; 4];
            line_form(c.encode_utf8(&mut tmp), &mut buf);
            out.push_str(&buf);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(!builtin().set.is_match(""));
    }

    #[test]
    fn patterns_fold_letters_but_not_escapes() {
        assert_eq!(fold_pattern(r"Kommentär\d+\p{Lu}"), r"kommentar\d+\p{Lu}");
        assert_eq!(fold_pattern("Σχόλια"), "σχολια");
    }

    #[test]
    fn malformed_lines_are_errors() {
        assert!(compile(&[(Reason::Share, "share", "x\t3")]).is_err());
        assert!(compile(&[(Reason::Share, "share", "x\tmany\tshare")]).is_err());
        assert!(compile(&[(Reason::Share, "share", "x\t3\t(")]).is_err());
    }
}
