//! Configuration and the order of the stages. No heuristics live here.

use std::sync::Arc;

use crate::bytes::{is_alnum_class, BYTE_CLASS, SPACE};
use crate::context::{self, LineView};
use crate::dedup::Seen;
use crate::error::check_count;
use crate::fold::line_form;
use crate::headline::Headline;
use crate::lines::{self, Line};
use crate::report::{Reason, Removal, Report};
use crate::rules::{
    self, cache, count_words, shape, without_hint, Hit, Scratch, UserRule, MAX_RULE_BYTES,
};
use crate::{Error, Templates};

/// Builds a [`Cleaner`]. Setters take `&mut self` and return it, so they
/// chain; [`build`](CleanerBuilder::build) checks every setting.
#[derive(Debug, Clone)]
pub struct CleanerBuilder {
    title: bool,
    headline_copies: bool,
    dedup: bool,
    context: bool,
    min_duplicate_chars: usize,
    disabled: u64,
    patterns: Vec<(Reason, String)>,
    templates: Option<Arc<Templates>>,
}

impl Default for CleanerBuilder {
    fn default() -> Self {
        CleanerBuilder {
            title: true,
            headline_copies: true,
            dedup: true,
            context: true,
            min_duplicate_chars: DEFAULT_MIN_DUPLICATE_CHARS,
            disabled: 0,
            patterns: Vec::new(),
            templates: None,
        }
    }
}

/// The default of [`CleanerBuilder::min_duplicate_chars`].
const DEFAULT_MIN_DUPLICATE_CHARS: usize = 20;

impl CleanerBuilder {
    /// A builder with the default settings.
    pub fn new() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// Whether the first line, when it has a headline's shape, is taken as
    /// the title and removed. Default: `true`.
    pub fn title(&mut self, yes: bool) -> &mut Self {
        self.title = yes;
        self
    }

    /// Whether later copies of the title are removed. Default: `true`.
    pub fn headline_copies(&mut self, yes: bool) -> &mut Self {
        self.headline_copies = yes;
        self
    }

    /// Whether a paragraph that repeats an earlier one is removed. Default:
    /// `true`.
    pub fn dedup(&mut self, yes: bool) -> &mut Self {
        self.dedup = yes;
        self
    }

    /// Whether lines are also judged by their neighbours and position, to
    /// find the body inside a whole page's text (menus, teasers, link lists
    /// and footers go). Default: `true`.
    pub fn context(&mut self, yes: bool) -> &mut Self {
        self.context = yes;
        self
    }

    /// The shortest paragraph, in folded characters, that counts as a
    /// repeat: shorter lines ("Ja.", "* * *") may repeat. Default: 20;
    /// allowed: 1 to 100,000.
    pub fn min_duplicate_chars(&mut self, chars: usize) -> &mut Self {
        self.min_duplicate_chars = chars;
        self
    }

    /// Turns off every built-in and user rule of one family. The title and
    /// headline copies are governed by [`title`](Self::title) and
    /// [`headline_copies`](Self::headline_copies), repeated blocks by
    /// [`dedup`](Self::dedup).
    pub fn disable(&mut self, reason: Reason) -> &mut Self {
        self.disabled |= bit(reason);
        self
    }

    /// Turns a family disabled by [`disable`](Self::disable) back on.
    pub fn enable(&mut self, reason: Reason) -> &mut Self {
        self.disabled &= !bit(reason);
        self
    }

    /// Adds a pattern of your own for one family: a regular expression
    /// (syntax of the `regex` crate) searched for in each trimmed line. A
    /// line it matches is removed with `reason`, under the rule name
    /// `<reason>/user.<n>`, `n` counting from 0 in the order added. User
    /// patterns are tried before the built-in rules. Use `^…$` to match
    /// whole lines and `(?i)` to ignore case.
    ///
    /// The pattern is checked by [`build`](Self::build).
    pub fn pattern(&mut self, reason: Reason, pattern: impl Into<String>) -> &mut Self {
        self.patterns.push((reason, pattern.into()));
        self
    }

    /// Site templates learned by a
    /// [`TemplateLearner`](crate::TemplateLearner), applied by
    /// [`Cleaner::clean_in_group`]: a line that matches one of the group's
    /// templates is removed with [`Reason::Template`], under the rule name
    /// `template/line:<n>` or `template/slot:<n>`, `n` being the number of
    /// distinct stories the template was learned from. Single-line rules
    /// come first. Default: none.
    pub fn templates(&mut self, templates: Templates) -> &mut Self {
        self.templates = Some(Arc::new(templates));
        self
    }

    /// Checks the settings and builds the cleaner.
    ///
    /// # Errors
    ///
    /// - [`Error::EmptyPattern`] for a user pattern that is empty or blank;
    /// - [`Error::InvalidPattern`] for one that does not compile;
    /// - [`Error::PatternMatchesEmpty`] for one that matches the empty
    ///   string (it would remove every line);
    /// - [`Error::ThresholdOutOfRange`] for a numeric setting outside its
    ///   documented range.
    pub fn build(&self) -> Result<Cleaner, Error> {
        check_count("min_duplicate_chars", self.min_duplicate_chars, 1, 100_000)?;
        let user = self
            .patterns
            .iter()
            .enumerate()
            .map(|(i, (reason, p))| UserRule::new(*reason, p, i))
            .collect::<Result<Vec<_>, _>>()?;
        let phrase_families_enabled = rules::builtin()
            .rules
            .iter()
            .any(|r| self.disabled & bit(r.reason) == 0);
        Ok(Cleaner {
            phrase_families_enabled,
            settings: self.clone(),
            user,
            title_rule: Arc::from("title/first-line"),
            duplicate_rule: Arc::from("duplicate-block/folded"),
            tag_rule: Arc::from("site-tag/shape"),
        })
    }
}

fn bit(reason: Reason) -> u64 {
    1 << (reason as u64)
}

/// Cleans articles. Build one with [`Cleaner::builder`] (or take
/// [`Cleaner::default`]) and share it: it cleans through `&self` and is
/// `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Cleaner {
    settings: CleanerBuilder,
    /// Whether any family of the built-in phrase rules is enabled; when
    /// none is, lines are not folded for them at all.
    phrase_families_enabled: bool,
    user: Vec<UserRule>,
    title_rule: Arc<str>,
    duplicate_rule: Arc<str>,
    tag_rule: Arc<str>,
}

impl Default for Cleaner {
    fn default() -> Self {
        // The default settings are valid by construction.
        CleanerBuilder::default()
            .build()
            .expect("default settings are valid")
    }
}

/// The result of cleaning one article: the body, the title found, and the
/// report of every removed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    text: String,
    title: Option<String>,
    report: Report,
}

impl Cleaned {
    /// The body: the kept lines, in input order, joined by `\n`, with
    /// trailing whitespace removed, runs of blank lines made one, and no
    /// blank line at either end.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The body, by value.
    pub fn into_text(self) -> String {
        self.text
    }

    /// The title: the first line, when it had a headline's shape (trimmed).
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// Every removed line, with why.
    pub fn report(&self) -> &Report {
        &self.report
    }
}

impl Cleaner {
    /// A builder with the default settings.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// A copy of this cleaner that also applies `templates` (see
    /// [`CleanerBuilder::templates`]): the way to add templates learned
    /// after the cleaner was built.
    pub fn with_templates(&self, templates: Templates) -> Cleaner {
        let mut cleaner = self.clone();
        cleaner.settings.templates = Some(Arc::new(templates));
        cleaner
    }

    /// Cleans one article.
    pub fn clean(&self, input: &str) -> Cleaned {
        self.clean_with(input, None)
    }

    /// Cleans one article of `group` (the group its site's templates were
    /// learned under, such as a site key): like [`clean`](Self::clean),
    /// and a line that matches one of the group's
    /// [templates](CleanerBuilder::templates) is removed with
    /// [`Reason::Template`].
    pub fn clean_in_group(&self, group: &str, input: &str) -> Cleaned {
        self.clean_with(input, Some(group))
    }

    fn clean_with(&self, input: &str, group: Option<&str>) -> Cleaned {
        let lines = lines::split(input);
        let mut verdicts: Vec<Option<Hit>> = vec![None; lines.len()];
        let mut title: Option<(usize, Headline)> = None;
        let mut title_open = self.settings.title;
        let mut seen = Seen::default();
        let mut form = String::new();
        let mut scratch = Scratch::default();
        // Only the lines that hold more than whitespace are listed.
        for (i, line) in lines.iter().enumerate() {
            let text = line.text(input).trim();
            let mut hit = self.line_rules(text, &mut form, &mut scratch);
            if hit.is_none() {
                hit = self.template_hit(group, text);
            }
            // Only the first line can be the title: when a rule
            // removed it, the next line is not promoted, since it is as
            // likely the start of the body.
            if title_open {
                title_open = false;
                if hit.is_none() {
                    let following = lines[i + 1..].iter().map(|l| l.text(input).trim());
                    if let Some(headline) = Headline::of_first_line(text, following) {
                        title = Some((i, headline));
                        hit = Some(self.hit(Reason::Title, &self.title_rule));
                    }
                }
            }
            if hit.is_none() && self.settings.headline_copies {
                if let Some((_, headline)) = &title {
                    if let Some(kind) = headline.copy_kind(text) {
                        hit = Some(Hit {
                            reason: Reason::HeadlineCopy,
                            rule: Arc::from(format!("headline-copy/{kind}")),
                        });
                    }
                }
            }
            // A line no earlier step removed is noted for the repeated-block
            // check, which runs once all lines are noted.
            if hit.is_none() && self.settings.dedup {
                seen.note(text, i, self.settings.min_duplicate_chars);
            }
            verdicts[i] = hit;
        }
        seen.later_copies(|i| {
            verdicts[i] = Some(self.hit(Reason::DuplicateBlock, &self.duplicate_rule));
        });
        if self.settings.context && self.settings.disabled & bit(Reason::Context) == 0 {
            self.apply_context(input, &lines, &mut verdicts);
        }
        let title = title.map(|(i, _)| lines[i].text(input).trim().to_owned());
        assemble(input, &lines, verdicts, title)
    }

    /// Runs the context stage and records its removals.
    fn apply_context(&self, input: &str, lines: &[Line], verdicts: &mut [Option<Hit>]) {
        let views: Vec<LineView<'_>> = lines
            .iter()
            .zip(verdicts.iter())
            .map(|(l, v)| LineView {
                text: l.text(input).trim(),
                removed: v.is_some(),
                reason: v.as_ref().map(|h| h.reason),
            })
            .collect();
        // The context rules are few; one shared name per rule, not one
        // allocation per removed line.
        let mut names: Vec<(&'static str, Arc<str>)> = Vec::new();
        for (verdict, rule) in verdicts.iter_mut().zip(context::judge(&views)) {
            if let (None, Some(rule)) = (&verdict, rule) {
                let name = match names.iter().find(|(r, _)| *r == rule) {
                    Some((_, name)) => Arc::clone(name),
                    None => {
                        let name: Arc<str> = Arc::from(format!("context/{rule}"));
                        names.push((rule, Arc::clone(&name)));
                        name
                    }
                };
                *verdict = Some(Hit {
                    reason: Reason::Context,
                    rule: name,
                });
            }
        }
    }

    /// The single-line rules, in order: user patterns, shape rules, phrase
    /// rules.
    fn line_rules(&self, text: &str, form: &mut String, scratch: &mut Scratch) -> Option<Hit> {
        let enabled = |r: Reason| self.settings.disabled & bit(r) == 0;
        if let Some(rule) = self
            .user
            .iter()
            .find(|u| enabled(u.reason) && u.regex.is_match(text))
        {
            return Some(self.hit(rule.reason, &rule.name));
        }
        if enabled(Reason::SiteTag) && shape::is_site_tag(text) {
            return Some(self.hit(Reason::SiteTag, &self.tag_rule));
        }
        let phrases = rules::builtin();
        if !self.phrase_families_enabled || text.len() > 2 * MAX_RULE_BYTES {
            return None;
        }
        // Only short lines are remembered; a long one is not even hashed.
        let key = (text.len() <= cache::MAX_CACHED_BYTES)
            .then(|| cache::key(text, self.settings.disabled));
        if let Some(rule) = key.and_then(|k| cache::get(k, text.len())) {
            let rule = phrases.rules.get(rule as usize)?;
            return Some(self.hit(rule.reason, &rule.name));
        }
        let verdict = self.phrase_verdict(text, form, scratch);
        if let Some(key) = key {
            cache::put(
                key,
                text.len(),
                verdict.map_or(cache::NO_RULE, |i| i as u32),
            );
        }
        let rule = &phrases.rules[verdict?];
        Some(self.hit(rule.reason, &rule.name))
    }

    /// The index of the first built-in phrase rule that matches `text`.
    fn phrase_verdict(
        &self,
        text: &str,
        form: &mut String,
        scratch: &mut Scratch,
    ) -> Option<usize> {
        let enabled = |r: Reason| self.settings.disabled & bit(r) == 0;
        let phrases = rules::builtin();
        if has_more_words(text, phrases.max_words.saturating_add(HINT_WORDS)) {
            return None;
        }
        line_form(text, form);
        if form.len() > MAX_RULE_BYTES {
            return None;
        }
        // A trailing parenthetical hint ("(at least 3 characters)") does not
        // count against a rule's word guard; the rules allow one.
        let words = count_words(without_hint(form));
        phrases.first_match(form, words, enabled, scratch)
    }

    /// The template verdict on one line of an article of `group`.
    fn template_hit(&self, group: Option<&str>, text: &str) -> Option<Hit> {
        let templates = self.settings.templates.as_deref()?;
        if self.settings.disabled & bit(Reason::Template) != 0 {
            return None;
        }
        let found = templates.matches(group?, text)?;
        Some(Hit {
            reason: Reason::Template,
            rule: Arc::from(found.rule()),
        })
    }

    fn hit(&self, reason: Reason, rule: &Arc<str>) -> Hit {
        Hit {
            reason,
            rule: Arc::clone(rule),
        }
    }
}

/// The most words a trailing parenthetical hint can have; the phrase rules'
/// word guards do not count them.
const HINT_WORDS: usize = 16;

/// Whether `text` has more than `n` whitespace-separated tokens with a letter
/// or digit: then it has more than `n` words, and no phrase rule with a
/// guard of `n` can fire. Much cheaper than folding a long paragraph first.
fn has_more_words(text: &str, n: usize) -> bool {
    // Tokens are separated by whitespace: `len` bytes hold at most
    // `(len + 1) / 2` of them, and a short line needs no scan.
    if text.len().div_ceil(2) <= n {
        return false;
    }
    // One pass over the bytes; a token counts once, at its first letter or
    // digit. ASCII goes through the class table and without branches
    // (spaces and letters alternate too often to predict).
    let bytes = text.as_bytes();
    let mut tokens = 0;
    let mut counted = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            i += 1;
            let class = BYTE_CLASS[usize::from(b)];
            let alnum = is_alnum_class(class);
            // `char::is_whitespace` on ASCII: the space, and tab to
            // carriage return (which takes U+000B too).
            let space = (class == SPACE) | (b.wrapping_sub(b'\t') < 5);
            tokens += usize::from(alnum & !counted);
            counted = (counted | alnum) & !space;
            if tokens > n {
                return true;
            }
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if c.is_whitespace() {
            counted = false;
        } else if c.is_alphanumeric() && !counted {
            counted = true;
            tokens += 1;
            if tokens > n {
                return true;
            }
        }
    }
    false
}

/// Joins the kept lines and collects the removals.
fn assemble(
    input: &str,
    lines: &[Line],
    verdicts: Vec<Option<Hit>>,
    title: Option<String>,
) -> Cleaned {
    let mut text = String::with_capacity(input.len());
    let mut removals = Vec::new();
    // Copied once, and only when a line goes.
    let mut shared: Option<Arc<str>> = None;
    // The last kept line, by its place in `lines` and its number: a gap
    // in the numbers wider than in the places held blank lines.
    let mut last_kept: Option<(usize, usize)> = None;
    for (i, (line, verdict)) in lines.iter().zip(verdicts).enumerate() {
        match verdict {
            Some(hit) => removals.push(Removal {
                line: line.number,
                range: line.range(),
                input: Arc::clone(shared.get_or_insert_with(|| Arc::from(input))),
                reason: hit.reason,
                rule: hit.rule,
            }),
            None => {
                if let Some((place, number)) = last_kept {
                    text.push('\n');
                    if line.number - number > i - place {
                        text.push('\n');
                    }
                }
                last_kept = Some((i, line.number));
                text.push_str(line.text(input).trim_end());
            }
        }
    }
    Cleaned {
        text,
        title,
        report: Report { removals },
    }
}

#[cfg(test)]
mod tests {
    use super::has_more_words;

    /// The plain definition: whitespace-separated tokens holding a letter
    /// or digit.
    fn by_tokens(text: &str, n: usize) -> bool {
        text.split_whitespace()
            .filter(|t| t.chars().any(char::is_alphanumeric))
            .nth(n)
            .is_some()
    }

    #[test]
    fn more_words_agrees_with_the_token_definition() {
        let pieces = [
            "a", "Wort", " ", "  ", "\t", "\u{b}", "\u{a0}", "\u{3000}", "-", "--", "…", "é",
            "日本", "7", ",", "|", "\u{2009}", "x-y",
        ];
        // Every sequence of up to four pieces, against several limits.
        for text in &crate::bytes::sequences(&pieces, 4) {
            for n in 0..4 {
                assert_eq!(has_more_words(text, n), by_tokens(text, n), "{text:?} {n}");
            }
        }
    }
}
