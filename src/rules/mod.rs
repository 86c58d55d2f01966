//! Single-line verdicts: does this one line, on its own, read as a known
//! family of boilerplate?
//!
//! Rules never look at other lines; decisions that need neighbours or the
//! headline live elsewhere. There are two kinds:
//!
//! - **phrase rules**, regular expressions kept as data in `data/*.txt`,
//!   one file per family, compiled once into one [`RegexSet`] and matched
//!   against a line's *line form* (see [`crate::fold::line_form`]);
//! - **shape rules**, small functions in [`shape`] for what a regex states
//!   badly (a machine tag, a crumb trail).

mod phrases;
pub(crate) mod shape;

use std::sync::Arc;

use regex::{Regex, RegexSet};

use crate::{Error, Reason};

pub(crate) use phrases::builtin;

/// The longest line form, in bytes, that phrase rules look at. Boilerplate
/// lines are short; longer lines are prose, and skipping them keeps the cost
/// of rules off the bulk of an article.
pub(crate) const MAX_RULE_BYTES: usize = 600;

/// A fired rule: the family and the rule's name.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub(crate) reason: Reason,
    pub(crate) rule: Arc<str>,
}

/// One compiled phrase rule's metadata (the regex lives in the set).
#[derive(Debug, Clone)]
pub(crate) struct PhraseRule {
    pub(crate) reason: Reason,
    pub(crate) name: Arc<str>,
    /// The most words a line may have for this rule to fire.
    pub(crate) max_words: usize,
    /// A label rule does not fire on a line ending with a full stop.
    pub(crate) label: bool,
}

/// Built-in phrase rules, compiled into one automaton.
#[derive(Debug)]
pub(crate) struct PhraseSet {
    pub(crate) set: RegexSet,
    pub(crate) rules: Vec<PhraseRule>,
}

impl PhraseSet {
    /// The first rule (in data order) that matches `form` and whose guard
    /// holds, skipping disabled families.
    pub(crate) fn first_match(
        &self,
        form: &str,
        words: usize,
        enabled: impl Fn(Reason) -> bool,
    ) -> Option<&PhraseRule> {
        if !self.set.is_match(form) {
            return None;
        }
        let stated = ends_with_full_stop(form);
        self.set
            .matches(form)
            .into_iter()
            .map(|i| &self.rules[i])
            .find(|r| words <= r.max_words && !(r.label && stated) && enabled(r.reason))
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

/// Whether a line ends like a stated sentence: a full stop that is not part
/// of an ellipsis (`Read more...` is a link, not a sentence).
pub(crate) fn ends_with_full_stop(form: &str) -> bool {
    let t = form.trim_end_matches(|c: char| matches!(c, '"' | '\'' | ')' | ' '));
    (t.ends_with('.') && !t.ends_with("..")) || t.ends_with('。')
}

/// Counts the words of a line form: runs of letters or digits, where each
/// CJK ideograph or kana counts as half a word (CJK has no spaces, and two
/// characters make a typical word).
pub(crate) fn count_words(form: &str) -> usize {
    let mut words = 0;
    let mut cjk: usize = 0;
    let mut in_word = false;
    for c in form.chars() {
        if is_cjk(c) {
            cjk += 1;
            in_word = false;
        } else if c.is_alphanumeric() {
            if !in_word {
                words += 1;
                in_word = true;
            }
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
