//! What one line looks like, measured in one pass over its characters:
//! counts of words, letters, digits and capitals, how it ends, separators
//! of link lists, and how many of its words each language lists as
//! stopwords.

use memchr::memmem;

use crate::bytes::{is_alnum_class, BYTE_CLASS, DIGIT, NON_ASCII, PUNCT, SPACE};
use once_cell::sync::Lazy;

use super::stopwords::{pack, Stopwords, LANGUAGE_COUNT};

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
pub(crate) const BULLETS: &[char] = &[
    '•', '·', '*', '-', '–', '—', '►', '▪', '■', '●', '○', '◦', '>', '»',
];

/// Closing quotes and brackets, looked past when finding how a line ends.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '*'];

/// The longest word, in bytes, lowercased on the stack: every stopword is
/// shorter, and longer words are never looked up.
const STACK_WORD: usize = 32;

/// Local tallies of [`measure`], widened so that the loop need not
/// saturate; they are saturated into [`LineFeatures`] at the end.
#[derive(Default)]
struct Tally {
    chars: usize,
    letters: usize,
    digits: usize,
    commas: usize,
    separators: usize,
    pipes: usize,
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Measures one trimmed line. `scratch` is reused between lines to
/// lowercase words outside ASCII without allocating per word.
///
/// ASCII is read byte by byte through a class table; other characters are
/// decoded. A word is looked up through its ASCII path only when all its
/// characters are ASCII.
pub(crate) fn measure(text: &str, lists: &Stopwords, scratch: &mut String) -> LineFeatures {
    let mut f = LineFeatures::default();
    let mut t = Tally::default();
    let bytes = text.as_bytes();
    let mut word_start: Option<usize> = None;
    let mut word_ascii = true;
    // The character before the current one was a space (or there was none):
    // a separator there stands between items.
    let mut after_space = true;
    let mut ascii_digit = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let class = BYTE_CLASS[usize::from(b)];
        if is_alnum_class(class) {
            // A run of ASCII letters and digits, counted in one tight loop.
            if word_start.is_none() {
                word_start = Some(i);
                word_ascii = true;
            }
            let run_start = i;
            let mut run_digits = 0;
            while let Some(&c) = bytes.get(i) {
                let class = BYTE_CLASS[usize::from(c)];
                if !is_alnum_class(class) {
                    break;
                }
                run_digits += usize::from(class == DIGIT);
                i += 1;
            }
            t.chars += i - run_start;
            t.digits += run_digits;
            t.letters += i - run_start - run_digits;
            ascii_digit |= run_digits > 0;
            after_space = false;
            continue;
        }
        if class != NON_ASCII {
            t.chars += 1;
            i += 1;
            if let Some(start) = word_start.take() {
                let word = &text[start..i - 1];
                if word_ascii {
                    count_ascii_word(word.as_bytes(), lists, &mut f);
                } else {
                    count_word(word, lists, scratch, &mut f);
                }
            }
            if class == PUNCT {
                match b {
                    b',' => t.commas += 1,
                    b'|' => t.pipes += 1,
                    _ => {}
                }
                if after_space && matches!(b, b'|' | b'/' | b'>') {
                    t.separators += 1;
                }
            }
            after_space = class == SPACE;
            continue;
        }
        t.chars += 1;
        let c = text[i..].chars().next().unwrap_or(' ');
        let at = i;
        i += c.len_utf8();
        let alphabetic = c.is_alphabetic();
        let numeric = !alphabetic && c.is_numeric();
        if alphabetic || numeric {
            if word_start.is_none() {
                word_start = Some(at);
            }
            word_ascii = false;
            if alphabetic {
                t.letters += 1;
            } else {
                t.digits += 1;
            }
        } else {
            if let Some(start) = word_start.take() {
                let word = &text[start..at];
                if word_ascii {
                    count_ascii_word(word.as_bytes(), lists, &mut f);
                } else {
                    count_word(word, lists, scratch, &mut f);
                }
            }
            if matches!(c, '，' | '、') {
                t.commas += 1;
            }
            if after_space && SEPARATORS.contains(&c) {
                t.separators += 1;
            }
        }
        after_space = false;
    }
    if let Some(start) = word_start {
        let word = &text[start..];
        if word_ascii {
            count_ascii_word(word.as_bytes(), lists, &mut f);
        } else {
            count_word(word, lists, scratch, &mut f);
        }
    }
    f.chars = saturate(t.chars);
    f.letters = saturate(t.letters);
    f.digits = saturate(t.digits);
    f.commas = saturate(t.commas);
    f.separators = saturate(t.separators);
    f.pipes = saturate(t.pipes);
    let end = text.trim_end_matches(CLOSERS);
    f.ends_ellipsis = end.ends_with("...") || end.ends_with('…');
    f.ends_sentence = ends_like_sentence(text);
    f.ends_colon = end.ends_with(':');
    f.has_address = has_address(text);
    // Only ASCII digits make a time.
    if ascii_digit {
        let (time, clock_at) = find_time(text);
        f.has_time = time != Time::None;
        f.has_clock = time == Time::Clock;
        f.clock_first = f.has_clock && clock_at == 0 && !starts_with_date(text);
    }
    f.bulleted = text.starts_with(BULLETS);
    f
}

/// Whether `text` ends like a stated sentence: `.`, `!`, `?` (also the CJK
/// forms) before any closing quotes or brackets, and not an ellipsis.
pub(crate) fn ends_like_sentence(text: &str) -> bool {
    let end = text.trim_end_matches(CLOSERS);
    !end.ends_with("...") && end.ends_with(['.', '!', '?', '。', '！', '？'])
}

/// Whether `text` ends with a count: its last number is not part of a
/// clock time, a decimal or a year, and stands in brackets or has at most
/// one word after it ("Comments (7)", "Kommentare: 3", "25 Comments",
/// "0 comment(s)"). On a comment line, a count marks the foot of a post in
/// a list of posts; a comment's own byline has a date and time instead.
pub(crate) fn ends_with_count(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(last) = bytes.iter().rposition(u8::is_ascii_digit) else {
        return false;
    };
    let start = bytes[..last]
        .iter()
        .rposition(|b| !b.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let digits = &bytes[start..=last];
    let joined = |b: Option<&u8>| matches!(b, Some(b':' | b'.' | b',' | b'/' | b'-'));
    let year = digits.len() == 4 && matches!(digits[..2], [b'1', b'9'] | [b'2', b'0']);
    let joined_before =
        start > 0 && joined(bytes.get(start - 1)) && start > 1 && bytes[start - 2].is_ascii_digit();
    let joined_after =
        joined(bytes.get(last + 1)) && bytes.get(last + 2).is_some_and(u8::is_ascii_digit);
    if digits.len() > 5 || year || joined_before || joined_after {
        return false;
    }
    let rest = text[last + 1..].trim();
    rest.starts_with(')') || rest.split_whitespace().count() <= 1
}

/// Adds one word's stopword languages to the line's tallies.
fn add_languages(mask: u32, f: &mut LineFeatures) {
    let mut rest = mask;
    while rest != 0 {
        let lang = rest.trailing_zeros() as usize;
        if let Some(count) = f.stops.get_mut(lang) {
            *count = count.saturating_add(1);
        }
        rest &= rest - 1;
    }
}

/// [`count_word`] for a word of ASCII letters and digits.
fn count_ascii_word(bytes: &[u8], lists: &Stopwords, f: &mut LineFeatures) {
    f.words = f.words.saturating_add(1);
    let Some(&first) = bytes.first() else {
        return;
    };
    if first.is_ascii_alphabetic() {
        f.alphabetic_words = f.alphabetic_words.saturating_add(1);
        if first.is_ascii_uppercase() {
            f.capitalised = f.capitalised.saturating_add(1);
        }
    }
    if let Some(key) = pack(bytes) {
        add_languages(lists.languages_of_packed(key), f);
        return;
    }
    let n = bytes.len();
    if n > lists.max_len() || n > STACK_WORD {
        return;
    }
    let last = bytes[n - 1].to_ascii_lowercase();
    if !lists.may_hold(n, first.to_ascii_lowercase(), last) {
        return;
    }
    let mut buf = [0u8; STACK_WORD];
    buf[..n].copy_from_slice(bytes);
    buf[..n].make_ascii_lowercase();
    // ASCII bytes lowercased stay ASCII, so this is valid UTF-8.
    let mask = std::str::from_utf8(&buf[..n]).map_or(0, |w| lists.languages_of(w));
    add_languages(mask, f);
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
    let mask = if word.chars().any(char::is_uppercase) {
        scratch.clear();
        scratch.extend(word.chars().flat_map(char::to_lowercase));
        lists.languages_of(scratch)
    } else {
        lists.languages_of(word)
    };
    add_languages(mask, f);
}

/// Whether `text` holds `http`, `www.` or `@`: three vectorised searches,
/// each much cheaper per byte than a loop that tests every byte.
fn has_address(text: &str) -> bool {
    static HTTP: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new("http"));
    static WWW: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new("www."));
    let b = text.as_bytes();
    memchr::memchr(b'@', b).is_some() || HTTP.find(b).is_some() || WWW.find(b).is_some()
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
        if i + 2 < b.len()
            && matches!(b[i], b':' | b'.')
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
        {
            return (Time::Clock, start);
        }
        if is_year_word(text, start..i) {
            found = Time::Year;
        }
    }
    (found, 0)
}

/// What a comment header says besides its date: its words in lower case,
/// without digits and without the names of months and weekdays (and their
/// short forms, in the languages of the stopword lists' larger part).
/// Comment headers differ by the people who wrote them; the headers of a
/// quoted mail chain ("Sent: Monday, 1 March 2021 9:14 AM") or a diary
/// differ only by their dates.
pub(crate) fn header_skeleton(text: &str) -> String {
    let mut skeleton = String::new();
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let lower = word.to_lowercase();
        let bare = lower.trim_end_matches('.');
        if DATE_WORDS.binary_search(&bare).is_ok() {
            continue;
        }
        if !skeleton.is_empty() {
            skeleton.push(' ');
        }
        skeleton.push_str(bare);
    }
    skeleton
}

/// Month and weekday names and their short forms (`date_words.txt`),
/// sorted for binary search; [`header_skeleton`] sets them aside.
static DATE_WORDS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    let mut words: Vec<&'static str> = include_str!("date_words.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// Whether `text` holds a clock time as [`measure`] finds one (a digit,
/// `:` or `.`, two digits), by a quick scan for the separator.
pub(crate) fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(b':', b'.', b).any(|i| {
        i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
    })
}

/// Whether the run of ASCII digits at `run` in `text` is a year of the
/// last or this century standing as a word of its own.
fn is_year_word(text: &str, run: std::ops::Range<usize>) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    // Digit runs start and end at ASCII bytes, so both slices are at
    // character boundaries; `get` keeps this panic-free regardless.
    let digits = text.as_bytes().get(run.clone()).unwrap_or_default();
    let before = text.get(..run.start).and_then(|s| s.chars().next_back());
    let after = text.get(run.end..).and_then(|s| s.chars().next());
    digits.len() == 4
        && (digits.starts_with(b"19") || digits.starts_with(b"20"))
        && !before.is_some_and(is_word)
        && !after.is_some_and(is_word)
}

/// Whether `text` holds a date with its year: a year of the last or this
/// century standing as a word ("July 22, 2012"), or three groups of
/// digits joined by the same `.`, `/` or `-` ("11.06.12", "8/11/2012").
/// A comment's header dates it so; a schedule's times and a live blog's
/// stamps seldom carry a year.
pub(crate) fn has_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits_from = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = 0;
    while i < b.len() {
        let n = digits_from(i);
        if n == 0 {
            i += 1;
            continue;
        }
        let mut at = i + n;
        if is_year_word(text, i..at) {
            return true;
        }
        if (1..=4).contains(&n) {
            if let Some(&sep) = b.get(at).filter(|c| matches!(c, b'.' | b'/' | b'-')) {
                let second = digits_from(at + 1);
                let third_at = at + 1 + second;
                if (1..=2).contains(&second)
                    && b.get(third_at) == Some(&sep)
                    && (2..=4).contains(&digits_from(third_at + 1))
                {
                    return true;
                }
            }
        }
        // Skip past the run and one separator: "2:57:06" holds no date.
        at += 1;
        i = at;
    }
    false
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
    fn header_skeletons_set_dates_aside() {
        let same = [
            (
                "mail headers",
                "Sent: Monday, March 1, 2021 9:14 AM",
                "Sent: Tuesday, March 2, 2021 4:40 PM",
            ),
            (
                "german dates",
                "Mo, 1. März 2021, 09:14 Uhr",
                "Fr., 5. Dez. 2021, 10:02 Uhr",
            ),
            (
                "french dates",
                "Publié le lundi 1 mars 2021 à 9h14",
                "Publié le vendredi 5 mars 2021 à 10h02",
            ),
            ("am and pm", "Reader at 9:14 am", "Reader at 10:02 pm"),
        ];
        for (name, a, b) in same {
            assert_eq!(header_skeleton(a), header_skeleton(b), "{name}");
        }
        let differ = [
            (
                "names",
                "Sam Lee, 3 March 2021 at 9:14 pm",
                "Jo Smith, 3 March 2021 at 9:14 pm",
            ),
            (
                "typepad",
                "Posted by: Sean | Jan 10, 2008 4:49:12 PM",
                "Posted by: tom | Jan 10, 2008 6:16:13 PM",
            ),
        ];
        for (name, a, b) in differ {
            assert_ne!(header_skeleton(a), header_skeleton(b), "{name}");
        }
    }

    #[test]
    fn date_words_are_sorted_and_lower_case() {
        assert!(DATE_WORDS.len() > 100);
        assert!(DATE_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(DATE_WORDS.iter().all(|w| w.to_lowercase() == *w));
    }

    #[test]
    fn the_quick_clock_scan_agrees_with_measuring() {
        let pieces = ["9", "12", ":", ".", "30", "5", " ", "a", "ä", "2021", ","];
        for text in &crate::bytes::sequences(&pieces, 5) {
            assert_eq!(has_clock_time(text), m(text).has_clock, "{text:?}");
        }
    }

    #[test]
    fn dates_with_a_year() {
        let cases = [
            (
                "year after a month",
                "miriam, July 22, 2012 at 2:25 pm",
                true,
            ),
            ("dotted date", "ohreally 11.06.12 at 11:22 am", true),
            ("slashed date", "Paul | 11/8/2012 2:57:06 AM", true),
            ("iso date", "2012-11-08 09:14", true),
            ("german date", "Mieter123 am 14.03.2024 um 10:14 Uhr", true),
            ("clock only", "Jo, 9:14 pm", false),
            ("clock with seconds", "at 2:57:06 AM", false),
            ("day and month only", "Friday 4 March at 7:30 pm", false),
            ("year inside a word", "model X2012b at 9:14", false),
            ("five digits", "Code 20125 at 9:14", false),
        ];
        for (name, text, expected) in cases {
            assert_eq!(has_date(text), expected, "{name}: {text:?}");
        }
    }

    #[test]
    fn counts_at_the_end_of_a_line() {
        let cases = [
            (
                "count in brackets",
                "Monday 4 May 2020 | permalink | comments (0)",
                true,
            ),
            (
                "count after a colon",
                "Posted by Kim on 4 May 2020 8:57 PM Comments: 1",
                true,
            ),
            (
                "count before its noun",
                "Posted on 8 May 2012 at 6:57 AM • 25 Comments",
                true,
            ),
            (
                "count with a plural mark",
                "02-06-2005 20:31 | 0 comment(s)",
                true,
            ),
            ("german count", "Gepostet von Kim | 3 Kommentare", true),
            (
                "clock time",
                "Posted by: Kim | Mar 26, 2007 2:00:18 PM",
                false,
            ),
            ("time with a dot", "4 May 2020, 13.47 Uhr", false),
            ("year", "May 4, 2020 | Permalink", false),
            ("date with slashes", "Kim on 04/05/20", false),
            ("no digits", "Reply", false),
            (
                "number mid-sentence",
                "Posted 3 days ago by Kim in the garden",
                false,
            ),
        ];
        for (name, text, expected) in cases {
            assert_eq!(ends_with_count(text), expected, "{name}: {text:?}");
        }
    }

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

    /// The plain definition of the counts, character by character.
    fn by_chars(text: &str) -> (u32, u32, u32, u32, u32, u32, u32, u32) {
        let (mut words, mut letters, mut digits, mut caps) = (0, 0, 0, 0);
        let (mut commas, mut pipes, mut seps) = (0, 0, 0);
        let mut in_word = false;
        let mut prev = ' ';
        for c in text.chars() {
            let alpha = c.is_alphabetic();
            let num = !alpha && c.is_numeric();
            if alpha || num {
                if !in_word {
                    words += 1;
                    caps += u32::from(c.is_uppercase());
                }
                letters += u32::from(alpha);
                digits += u32::from(num);
            } else {
                commas += u32::from(matches!(c, ',' | '，' | '、'));
                pipes += u32::from(c == '|');
                seps += u32::from(prev == ' ' && SEPARATORS.contains(&c));
            }
            in_word = alpha || num;
            prev = c;
        }
        let chars = text.chars().count() as u32;
        (words, letters, digits, caps, commas, pipes, seps, chars)
    }

    #[test]
    fn byte_path_agrees_with_the_char_definition() {
        let pieces = [
            "The", "cat", " ", ",", "|", " | ", "/", ">", "»", "É", "é", "ß", "Straße", "日本",
            "٣", "7", "x7", "，", "—", " • ", "и", "Он",
        ];
        for text in &crate::bytes::sequences(&pieces, 3) {
            let f = m(text);
            let got = (
                f.words,
                f.letters,
                f.digits,
                f.capitalised,
                f.commas,
                f.pipes,
                f.separators,
                f.chars,
            );
            assert_eq!(got, by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn a_long_word_is_not_looked_up() {
        let long = "a".repeat(200);
        assert_eq!(m(&long).words, 1);
    }
}
