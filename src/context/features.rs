//! What one line looks like, measured in one pass over its characters:
//! counts of words, letters, digits and capitals, how it ends, separators
//! of link lists, and how many of its words each language lists as
//! stopwords.

use super::stopwords::{Stopwords, LANGUAGE_COUNT};

/// The measurements of one line. Counts saturate instead of overflowing, so
/// a line of any length is measured without a panic.
#[derive(Debug, Clone, Default)]
pub(crate) struct LineFeatures {
    /// Runs of letters or digits.
    pub(crate) words: u32,
    /// Characters, all kinds.
    pub(crate) chars: u32,
    /// Alphabetic characters.
    pub(crate) letters: u32,
    /// Numeric characters.
    pub(crate) digits: u32,
    /// Words starting with a capital letter.
    pub(crate) capitalised: u32,
    /// Words starting with a letter (not a digit).
    pub(crate) alphabetic_words: u32,
    /// Commas, including the CJK ones: prose has them, menus do not.
    pub(crate) commas: u32,
    /// Separators of link lists and crumb trails (`|`, `•`, `»`, `/`, ...)
    /// standing at the start of the line or after a space.
    pub(crate) separators: u32,
    /// Vertical bars, the commonest separator of link lists.
    pub(crate) pipes: u32,
    /// Ends like a stated sentence: `.`, `!`, `?` (also the CJK forms),
    /// before closing quotes or brackets, and not an ellipsis.
    pub(crate) ends_sentence: bool,
    /// Ends with an ellipsis: teasers and cut-off previews do.
    pub(crate) ends_ellipsis: bool,
    /// Ends with a colon: a label or an introduction.
    pub(crate) ends_colon: bool,
    /// Holds a web or mail address.
    pub(crate) has_address: bool,
    /// Holds a clock time (`9:44`, `10.30`) or a year (`1999`, `2012`).
    pub(crate) has_time: bool,
    /// Holds a clock time (`9:44`, `10.30`): comment headers do, and the
    /// dates of teasers and archive lists do not.
    pub(crate) has_clock: bool,
    /// The line opens with its clock time (or a date written like one):
    /// a live blog's entry stamp ("10:32"), not a comment's header, whose
    /// name comes first.
    pub(crate) clock_first: bool,
    /// Starts with a bullet or a dash.
    pub(crate) bulleted: bool,
    /// Per language, the words of the line that its list holds.
    pub(crate) stops: [u16; LANGUAGE_COUNT],
}

/// Characters that separate the items of a link list or crumb trail.
const SEPARATORS: &[char] = &['|', '•', '·', '»', '›', '«', '‹', '/', '>', '–', '—'];

/// Characters that start a list item.
const BULLETS: &[char] = &[
    '•', '·', '*', '-', '–', '—', '►', '▪', '■', '●', '○', '◦', '>', '»',
];

/// Closing quotes and brackets, looked past when finding how a line ends.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '*'];

/// The longest word, in bytes, lowercased on the stack: every stopword is
/// shorter, and longer words are never looked up.
const STACK_WORD: usize = 32;

/// Measures one trimmed line. `scratch` is reused between lines to
/// lowercase words outside ASCII without allocating per word.
pub(crate) fn measure(text: &str, lists: &Stopwords, scratch: &mut String) -> LineFeatures {
    let mut f = LineFeatures::default();
    let mut word_start: Option<usize> = None;
    let mut prev: char = ' ';
    for (i, c) in text.char_indices() {
        f.chars = f.chars.saturating_add(1);
        let (alphabetic, numeric) = if c.is_ascii() {
            (c.is_ascii_alphabetic(), c.is_ascii_digit())
        } else {
            let alphabetic = c.is_alphabetic();
            (alphabetic, !alphabetic && c.is_numeric())
        };
        if alphabetic || numeric {
            if word_start.is_none() {
                word_start = Some(i);
            }
            if alphabetic {
                f.letters = f.letters.saturating_add(1);
            } else {
                f.digits = f.digits.saturating_add(1);
            }
        } else {
            if let Some(start) = word_start.take() {
                count_word(&text[start..i], lists, scratch, &mut f);
            }
            // Spaces are most of the other characters; they need no test.
            if c != ' ' {
                match c {
                    ',' | '，' | '、' => f.commas = f.commas.saturating_add(1),
                    '|' => f.pipes = f.pipes.saturating_add(1),
                    _ => {}
                }
                if (i == 0 || prev == ' ') && SEPARATORS.contains(&c) {
                    f.separators = f.separators.saturating_add(1);
                }
            }
        }
        prev = c;
    }
    if let Some(start) = word_start {
        count_word(&text[start..], lists, scratch, &mut f);
    }
    let end = text.trim_end_matches(CLOSERS);
    f.ends_ellipsis = end.ends_with("...") || end.ends_with('…');
    f.ends_sentence = !end.ends_with("...") && end.ends_with(['.', '!', '?', '。', '！', '？']);
    f.ends_colon = end.ends_with(':');
    f.has_address = has_address(text);
    let (time, clock_at) = find_time(text);
    f.has_time = time != Time::None;
    f.has_clock = time == Time::Clock;
    f.clock_first = f.has_clock && clock_at == 0 && !starts_with_date(text);
    f.bulleted = text.starts_with(BULLETS);
    f
}

/// Counts one word: its first letter's case and whether it is a stopword.
fn count_word(word: &str, lists: &Stopwords, scratch: &mut String, f: &mut LineFeatures) {
    f.words = f.words.saturating_add(1);
    let first = word.chars().next().unwrap_or(' ');
    if first.is_alphabetic() {
        f.alphabetic_words = f.alphabetic_words.saturating_add(1);
        if first.is_uppercase() {
            f.capitalised = f.capitalised.saturating_add(1);
        }
    }
    if word.len() > lists.max_len() {
        return;
    }
    let mask = if word.is_ascii() {
        let bytes = word.as_bytes();
        let first = bytes.first().map_or(0, u8::to_ascii_lowercase);
        let last = bytes.last().map_or(0, u8::to_ascii_lowercase);
        if bytes.len() > STACK_WORD || !lists.may_hold(bytes.len(), first, last) {
            0
        } else if bytes.iter().any(u8::is_ascii_uppercase) {
            let mut buf = [0u8; STACK_WORD];
            let n = bytes.len();
            buf[..n].copy_from_slice(bytes);
            buf[..n].make_ascii_lowercase();
            // ASCII bytes lowercased stay ASCII, so this is valid UTF-8.
            std::str::from_utf8(&buf[..n]).map_or(0, |w| lists.languages_of(w))
        } else {
            lists.languages_of(word)
        }
    } else if word.chars().any(char::is_uppercase) {
        scratch.clear();
        scratch.extend(word.chars().flat_map(char::to_lowercase));
        lists.languages_of(scratch)
    } else {
        lists.languages_of(word)
    };
    let mut rest = mask;
    while rest != 0 {
        let lang = rest.trailing_zeros() as usize;
        if let Some(count) = f.stops.get_mut(lang) {
            *count = count.saturating_add(1);
        }
        rest &= rest - 1;
    }
}

/// Whether `text` holds `http`, `www.` or `@`: one pass over the bytes,
/// cheaper on short lines than three substring searches.
fn has_address(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'@' => true,
        b'h' => b[i..].starts_with(b"http"),
        b'w' => b[i..].starts_with(b"www."),
        _ => false,
    })
}

/// Whether `text` opens with a date written with dots or slashes
/// ("10.29.2012", "29/10/12"): two separators between digit groups.
fn starts_with_date(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    for _ in 0..2 {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i >= b.len() || !matches!(b[i], b'.' | b'/') {
            return false;
        }
        i += 1;
    }
    i < b.len() && b[i].is_ascii_digit()
}

/// What kind of time a line holds, the clock winning over the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Time {
    None,
    Year,
    Clock,
}

/// Whether `text` holds a clock time (a digit, `:` or `.`, two digits) or a
/// year of the last or this century standing as a word of four digits,
/// with the byte offset of the first clock time. Datelines, comment
/// headers and archive lists have them.
fn find_time(text: &str) -> (Time, usize) {
    let mut found = Time::None;
    let b = text.as_bytes();
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let run = &b[start..i];
        if i + 2 < b.len()
            && matches!(b[i], b':' | b'.')
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
        {
            return (Time::Clock, start);
        }
        // Digit runs start and end at ASCII bytes, so both slices are at
        // character boundaries; `get` keeps this panic-free regardless.
        let before = text.get(..start).and_then(|s| s.chars().next_back());
        let after = text.get(i..).and_then(|s| s.chars().next());
        if run.len() == 4
            && (run.starts_with(b"19") || run.starts_with(b"20"))
            && !before.is_some_and(is_word)
            && !after.is_some_and(is_word)
        {
            found = Time::Year;
        }
    }
    (found, 0)
}

#[cfg(test)]
mod tests {
    use super::super::stopwords::{stopwords, LANGUAGES};
    use super::*;

    fn m(text: &str) -> LineFeatures {
        measure(text, stopwords(), &mut String::new())
    }

    fn en_stops(text: &str) -> u16 {
        let en = LANGUAGES.iter().position(|l| *l == "en").unwrap();
        m(text).stops[en]
    }

    macro_rules! t {
        ($name:ident, $text:expr, |$f:ident| $check:expr) => {
            #[test]
            fn $name() {
                let $f = m($text);
                assert!($check, "{:?}: {:?}", $text, $f);
            }
        };
    }

    t!(counts_words, "The ferry left at dawn, late again.", |f| f
        .words
        == 7
        && f.commas == 1
        && f.capitalised == 1
        && f.ends_sentence);
    t!(
        ellipsis_is_no_sentence,
        "Read the rest of the story...",
        |f| f.ends_ellipsis && !f.ends_sentence
    );
    t!(
        quote_after_full_stop,
        "He said: \"We will be back.\"",
        |f| f.ends_sentence
    );
    t!(colon_label, "Ingredients:", |f| f.ends_colon
        && f.words == 1);
    t!(pipes_and_separators, "Home | News | Sport | Weather", |f| f
        .pipes
        == 3
        && f.separators == 3);
    t!(slash_inside_word_is_no_separator, "and/or either", |f| f
        .separators
        == 0);
    t!(bullet, "• Bring a warm coat", |f| f.bulleted);
    t!(address, "Write to desk@example.org", |f| f.has_address);
    t!(address_www, "More at www.example.org today", |f| f
        .has_address);
    t!(address_http, "(see https://example.org/a)", |f| f
        .has_address);
    t!(no_address, "What the harbour showed", |f| !f.has_address);
    t!(clock_time, "Posted 9:44 pm", |f| f.has_time && f.has_clock);
    t!(clock_after_year, "March 8, 2013 at 10.30", |f| f.has_clock
        && !f.clock_first);
    t!(clock_first_stamp, "10:32 The minister arrives", |f| f
        .clock_first);
    t!(date_first_header, "10.29.2012 at 9:14 pm", |f| f.has_clock
        && !f.clock_first);
    t!(year, "Filed in March 2012 under travel", |f| f.has_time
        && !f.has_clock);
    t!(five_digits_no_year, "Code 20125 applies", |f| !f.has_time);
    t!(year_glued_to_letters, "model X2012b", |f| !f.has_time);
    t!(digits_and_letters, "Room 101b", |f| f.digits == 3
        && f.letters == 5);
    t!(cjk_full_stop, "今日は雨です。", |f| f.ends_sentence);
    t!(empty_line, "", |f| f.words == 0 && f.chars == 0);

    #[test]
    fn stopwords_are_counted_case_blind() {
        assert_eq!(en_stops("The cat and THE dog"), 3);
        assert_eq!(en_stops("Parliament votes budget"), 0);
    }

    #[test]
    fn non_ascii_capitals_are_lowercased() {
        let ru = LANGUAGES.iter().position(|l| *l == "ru").unwrap();
        assert_eq!(m("И он не пришёл").stops[ru], 3);
    }

    #[test]
    fn a_long_word_is_not_looked_up() {
        let long = "a".repeat(200);
        assert_eq!(m(&long).words, 1);
    }
}
