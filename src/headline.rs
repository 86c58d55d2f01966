//! The headline and its copies.
//!
//! The first line of an article is its title when it has a headline's
//! shape. Scrapers then emit copies of it further down: the same text,
//! transliterated, without punctuation, as a URL slug, cut short, or with a
//! site name attached. Every comparison here is between folded keys (see
//! [`crate::fold`]), so all of these forms meet the title.

use crate::fold::{self, fold_while};
use crate::rules::count_words;

/// The fewest words a cut-short copy must keep to count as a copy: fewer
/// shared words are too likely to be a body line that merely starts alike.
const MIN_PREFIX_WORDS: usize = 4;

/// Separators between a headline and a site name: a character with a
/// space on each side.
const SITE_SEPARATORS: &[char] = &['|', '-', '–', '—', '·', '•', '/'];

/// Whether `line` (trimmed) has a headline's shape: one short line with
/// letters, not a URL, not ending like a clause (`,` `;` `:`), and, when it
/// ends with a full stop, short and a single sentence.
pub(crate) fn is_headline_shaped(line: &str) -> bool {
    if line.is_empty() || line.len() > 400 || !line.chars().any(char::is_alphabetic) {
        return false;
    }
    if line.starts_with("http://") || line.starts_with("https://") || line.starts_with("www.") {
        return false;
    }
    // Headlines start with a capital, a digit or a quote; a line that
    // starts in lower case is a fragment or a continuation.
    if line
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
    {
        return false;
    }
    let words = count_words(line);
    if !(1..=30).contains(&words) || line.chars().count() > 250 {
        return false;
    }
    let last = line.chars().next_back().unwrap_or(' ');
    if matches!(last, ',' | ';' | ':' | '、' | '，') {
        return false;
    }
    if matches!(last, '.' | '。') && !line.ends_with("...") {
        // A stated sentence: a headline only when short and single.
        let inner = &line[..line.len() - last.len_utf8()];
        let sentences = inner.matches(". ").count() + inner.matches('。').count();
        return words <= 12 && sentences == 0;
    }
    true
}

/// Whether `line` (trimmed) could be a headline written as a sentence: up to
/// 30 words ending with a full stop, starting like a headline. Such a line
/// is the title only when a copy of it follows (see the cleaner).
pub(crate) fn is_sentence_headline(line: &str) -> bool {
    let words = count_words(line);
    (1..=30).contains(&words)
        && line.len() <= 400
        && (line.ends_with('.') || line.ends_with('。'))
        && !line
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase)
}

/// The headline's folded forms, ready to test later lines against.
#[derive(Debug)]
pub(crate) struct Headline {
    /// The folded key of the whole title.
    key: String,
    /// The folded key of the title without a trailing or leading site name.
    main: Option<String>,
    /// The title's length in bytes, to skip lines too long to be a copy.
    len: usize,
}

/// How many non-blank lines after a sentence-like first line are searched
/// for a copy that confirms it as the title.
const TITLE_COPY_LOOKAHEAD: usize = 6;

impl Headline {
    /// The headline, if the article's first non-blank line `first` is one:
    /// when it has a headline's shape, or when it is a single line ending
    /// like a sentence whose copy follows within the next few non-blank
    /// lines of `following` (scrapers repeat a headline right below it).
    pub(crate) fn of_first_line<'a>(
        first: &str,
        following: impl Iterator<Item = &'a str>,
    ) -> Option<Headline> {
        if is_headline_shaped(first) {
            return Some(Headline::new(first));
        }
        if !is_sentence_headline(first) {
            return None;
        }
        let headline = Headline::new(first);
        let confirmed = following
            .filter(|t| !t.is_empty())
            .take(TITLE_COPY_LOOKAHEAD)
            .any(|t| headline.copy_kind(t).is_some());
        confirmed.then_some(headline)
    }

    pub(crate) fn new(title: &str) -> Headline {
        let key = fold::key(title);
        let main = split_site(title)
            .map(|(a, b)| {
                if count_words(a) >= count_words(b) {
                    a
                } else {
                    b
                }
            })
            .map(fold::key)
            .filter(|k| k.split(' ').count() >= 3 && *k != key);
        Headline {
            key,
            main,
            len: title.len(),
        }
    }

    /// If `line` (trimmed) is a copy of the headline, the name of the form
    /// it takes.
    pub(crate) fn copy_kind(&self, line: &str) -> Option<&'static str> {
        if self.key.is_empty() || line.len() > 2 * self.len + 80 {
            return None;
        }
        if let Some(kind) = self.match_key(line) {
            return Some(kind);
        }
        if let Some((a, b)) = split_site(line) {
            if self.match_key(a) == Some("folded") || self.match_key(b) == Some("folded") {
                return Some("site-suffix");
            }
        }
        if let Some(slug) = url_slug(line) {
            if self.match_key(slug).is_some() {
                return Some("slug");
            }
        }
        None
    }

    /// Compares the folded `text` with the title's keys: `folded` when equal,
    /// `prefix` when it is the start of a title key, cut at a word boundary,
    /// and at least [`MIN_PREFIX_WORDS`] words long.
    fn match_key(&self, text: &str) -> Option<&'static str> {
        let mut found = None;
        for key in [Some(&self.key), self.main.as_ref()].into_iter().flatten() {
            match prefix_words(key, text) {
                Some(Prefix::Whole) => return Some("folded"),
                Some(Prefix::Words(n)) if n >= MIN_PREFIX_WORDS => found = Some("prefix"),
                _ => {}
            }
        }
        found
    }
}

enum Prefix {
    Whole,
    Words(usize),
}

/// Whether the folded form of `text` equals `key` or is a prefix of it
/// ending at a word boundary (with its word count), folding on the fly
/// without allocating.
fn prefix_words(key: &str, text: &str) -> Option<Prefix> {
    let mut rest = key.chars();
    let mut ok = true;
    let mut any = false;
    let mut words = 1;
    fold_while(text, |c| {
        any = true;
        if c == ' ' {
            words += 1;
        }
        ok = rest.next() == Some(c);
        ok
    });
    if !ok || !any {
        return None;
    }
    match rest.next() {
        None => Some(Prefix::Whole),
        Some(' ') => Some(Prefix::Words(words)),
        Some(_) => None,
    }
}

/// Splits `Title | Site` (or `Site | Title`) at the last site separator:
/// one of [`SITE_SEPARATORS`] with a space on each side.
/// One backward pass over the characters, so checking every short line of
/// a page stays cheap.
fn split_site(line: &str) -> Option<(&str, &str)> {
    // Most lines hold no separator at all; a byte scan tells them apart
    // (every separator is ASCII or starts with one of these two bytes).
    if !line
        .bytes()
        .any(|b| matches!(b, b'|' | b'-' | b'/' | 0xC2 | 0xE2))
    {
        return None;
    }
    let mut after = None::<char>;
    let mut at = None::<(usize, usize)>;
    let mut chars = line.char_indices().rev().peekable();
    while let Some((i, c)) = chars.next() {
        let before = chars.peek().map(|&(_, b)| b);
        if after == Some(' ') && before == Some(' ') && is_site_separator(c) {
            at = Some((i - 1, i + c.len_utf8() + 1));
            break;
        }
        after = Some(c);
    }
    let (end, start) = at?;
    let (a, b) = (line.get(..end)?.trim(), line.get(start..)?.trim());
    (!a.is_empty() && !b.is_empty()).then_some((a, b))
}

fn is_site_separator(c: char) -> bool {
    SITE_SEPARATORS.contains(&c)
}

/// The last path segment of a URL-like line, without query, fragment or
/// file extension: the part a slug lives in.
fn url_slug(line: &str) -> Option<&str> {
    if line.contains(char::is_whitespace) || !line.contains('/') {
        return None;
    }
    let path = line.split(['?', '#']).next()?.trim_end_matches('/');
    let last = path.rsplit('/').next()?;
    let last = last
        .strip_suffix(".html")
        .or_else(|| last.strip_suffix(".htm"))
        .unwrap_or(last);
    last.contains('-').then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_start_with_the_bytes_split_site_looks_for() {
        for c in SITE_SEPARATORS {
            let first = c.to_string().as_bytes()[0];
            assert!(matches!(first, b'|' | b'-' | b'/' | 0xC2 | 0xE2), "{c:?}");
        }
    }

    const SEED_TITLE: &str =
        "Nordkoreas Kim plant, Putin zu besuchen, um über Waffenverkäufe zu sprechen, sagen die USA";

    macro_rules! copy {
        ($name:ident, $title:expr, $line:expr, $want:expr) => {
            #[test]
            fn $name() {
                let want: Option<&str> = $want;
                assert_eq!(Headline::new($title).copy_kind($line), want, "{:?}", $line);
            }
        };
    }

    copy!(exact, SEED_TITLE, SEED_TITLE, Some("folded"));
    copy!(
        seed_second_line,
        SEED_TITLE,
        "Nordkoreas Kim plant Putin zu besuchen um ueber Waffenverkaeufe zu",
        Some("prefix")
    );
    copy!(
        case_folded,
        "Killerschwein beißt Bauern tot",
        "KILLERSCHWEIN BEISST BAUERN TOT",
        Some("folded")
    );
    copy!(
        accents_stripped,
        "Élection présidentielle à Łódź",
        "Election presidentielle a Lodz",
        Some("folded")
    );
    copy!(
        slug,
        "Harte Worte „und dann haben wir uns verliebt“",
        "harte-worte-und-dann-haben-wir-uns-verliebt",
        Some("folded")
    );
    copy!(
        slug_in_url,
        "Harte Worte „und dann haben wir uns verliebt“",
        "https://example.org/2023/09/harte-worte-und-dann-haben.html",
        Some("slug")
    );
    copy!(
        site_suffix,
        "Vulkan speit Asche auf Mexiko-Stadt",
        "Vulkan speit Asche auf Mexiko-Stadt | Tagesblatt",
        Some("site-suffix")
    );
    copy!(
        title_has_site_suffix,
        "Vulkan speit Asche auf Mexiko-Stadt - Tagesblatt",
        "Vulkan speit Asche auf Mexiko-Stadt",
        Some("folded")
    );
    copy!(
        short_prefix_is_body,
        SEED_TITLE,
        "Nordkoreas Kim plant",
        None
    );
    copy!(
        longer_line_is_body,
        "Kim plant Besuch in Russland",
        "Kim plant Besuch in Russland, sagte ein Beamter am Montag.",
        None
    );
    copy!(
        shared_words_are_body,
        SEED_TITLE,
        "Putin und Kim sprechen über Waffenverkäufe, sagen die USA.",
        None
    );
    copy!(
        cut_mid_word_is_body,
        "Scherzer möchte den Rockies das Spiel verderben",
        "Scherzer möchte den Rockies das Sp",
        None
    );

    macro_rules! shape {
        ($name:ident, $line:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(is_headline_shaped($line), $want, "{:?}", $line);
            }
        };
    }

    shape!(shape_seed, SEED_TITLE, true);
    shape!(
        shape_short_sentence,
        "Vulkan speit Asche auf Mexiko-Stadt.",
        true
    );
    shape!(shape_question, "Was bleibt vom Gipfel?", true);
    shape!(
        shape_long_paragraph,
        "Kim Jong Un, der nordkoreanische Führer, rechnet damit, nach Russland zu reisen, um den russischen Präsidenten Wladimir Putin zu treffen und über Waffenverkäufe nach Moskau zu sprechen, sagte ein Beamter.",
        false
    );
    shape!(
        shape_two_sentences,
        "Es regnet. Die Straßen sind nass.",
        false
    );
    shape!(
        shape_lead_sentence,
        "Die Polizei hat am Montagabend in Berlin einen 32 Jahre alten Mann festgenommen.",
        false
    );
    shape!(shape_clause, "Wie die Polizei mitteilte:", false);
    shape!(shape_url, "https://example.org/a-b-c", false);
    shape!(shape_digits_only, "2023", false);
    shape!(shape_cjk, "北京举行新闻发布会", true);
    shape!(
        shape_lower_case_fragment,
        "mitgegründet und macht nun Werbung",
        false
    );
}
