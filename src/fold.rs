//! Comparison keys for lines: case, compatibility forms, transliteration and
//! punctuation folded away.
//!
//! A key is only ever compared with other keys; it never becomes output
//! text. Two lines get the same key when a scraper could have produced one
//! from the other: `Nordkoreas Kim plant, Putin zu besuchen, um über` and
//! `nordkoreas-kim-plant-putin-zu-besuchen-um-ueber` fold alike.
//!
//! The folding, per character:
//! - compatibility decomposition (NFKD) with combining marks dropped, so
//!   `é` → `e`, `ﬁ` → `fi`, full-width `Ａ` → `a`;
//! - lower case (Unicode), with final sigma folded to sigma;
//! - letters without a decomposition mapped by hand: `ß` → `ss`, `ł` → `l`,
//!   `ø` → `o`, `æ` → `ae`, `œ` → `oe`, `đ` → `d`, `þ` → `th`, `ı` → `i`;
//! - every character that is not a letter or digit is a word separator, and
//!   runs of separators become one space (none at either end);
//! - the German transliteration digraphs `ae`, `oe`, `ue` fold to `a`, `o`,
//!   `u`, so that `über`, `uber` and `ueber` meet. This also folds `blue` to
//!   `blu`; since both sides of a comparison are folded alike, that costs
//!   nothing.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Feeds the folded form of `text` to `emit`, one character at a time,
/// without allocating.
pub(crate) fn fold_each(text: &str, mut emit: impl FnMut(char)) {
    fold_while(text, |c| {
        emit(c);
        true
    });
}

/// Like [`fold_each`], but stops soon after `emit` returns `false`: a
/// comparison that has failed need not fold the rest of the line.
pub(crate) fn fold_while(text: &str, mut emit: impl FnMut(char) -> bool) {
    let go = std::cell::Cell::new(true);
    let mut feed = |c: char| {
        if go.get() && !emit(c) {
            go.set(false);
        }
    };
    let mut folder = Folder {
        emit: &mut feed,
        prev: ' ',
        pending_space: false,
    };
    for c in text.chars() {
        if !go.get() {
            break;
        }
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                folder.letter(c.to_ascii_lowercase());
            } else {
                folder.separator();
            }
        } else {
            folder.non_ascii(c);
        }
    }
}

/// The folded key of `text` as a string (allocates; used for the title and
/// for the few lines that could be a copy of it).
pub(crate) fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_each(text, |c| out.push(c));
    out
}

/// A hash of the folded key with its length in characters, computed in one
/// pass without allocating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct KeyHash {
    pub(crate) hash: u64,
    pub(crate) chars: usize,
}

/// Hashes the folded key of `text` (see [`KeyHash`]) in one pass.
///
/// The key's UTF-8 bytes go through a small stack buffer that is hashed
/// and emptied every [`KEY_CHUNK`] bytes, so a line of any length costs no
/// allocation. ASCII bytes are folded where they stand and without
/// branches (word boundaries come every few bytes and would be
/// mispredicted): each writes a pending space and itself by index, and the
/// state is updated by masks. Only characters outside ASCII are decoded,
/// and folded through [`Folder`].
pub(crate) fn key_hash(text: &str) -> KeyHash {
    let bytes = text.as_bytes();
    let mut buf = [0u8; KEY_CHUNK + KEY_SLACK];
    let mut hasher = StreamHash::default();
    let mut n = 0;
    let mut chars = 0;
    let mut prev = b' ';
    let mut pending_space = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if n >= KEY_CHUNK {
            hasher.words(&buf[..KEY_CHUNK]);
            buf.copy_within(KEY_CHUNK..n, 0);
            n -= KEY_CHUNK;
        }
        if b.is_ascii() {
            i += 1;
            // The ASCII half of `Folder::letter` and `Folder::separator`.
            let c = FOLDED_ASCII[usize::from(b)];
            let separator = c == 0;
            let digraph = (c == b'e') & ((prev == b'a') | (prev == b'o') | (prev == b'u'));
            let emit = !separator & !digraph;
            let space = emit & pending_space;
            buf[n] = b' ';
            n += usize::from(space);
            buf[n] = c;
            n += usize::from(emit);
            chars += usize::from(space) + usize::from(emit);
            pending_space = (pending_space & !emit) | (separator & (prev != b' '));
            prev = if separator { b' ' } else { c };
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        // The state crosses into `Folder` and back: `prev` is ASCII or a
        // letter outside it, which only matters as "not a, o, u or space".
        let mut folder = Folder {
            emit: &mut |c: char| {
                chars += 1;
                let mut utf8 = [0u8; 4];
                for &byte in c.encode_utf8(&mut utf8).as_bytes() {
                    // One character folds to at most 18 (ﷺ), far inside
                    // the slack; `get_mut` keeps this total regardless.
                    if let Some(slot) = buf.get_mut(n) {
                        *slot = byte;
                        n += 1;
                    }
                }
            },
            prev: char::from(prev),
            pending_space,
        };
        folder.non_ascii(c);
        let last = folder.prev;
        pending_space = folder.pending_space;
        prev = u8::try_from(last).unwrap_or(b'x');
    }
    KeyHash {
        hash: hasher.finish(&buf[..n]),
        chars,
    }
}

/// The bytes of a key hashed at a time by [`key_hash`]: a multiple of 8.
const KEY_CHUNK: usize = 1024;

/// Room past [`KEY_CHUNK`] in the buffer of [`key_hash`]: the most one
/// input character can add before the next flush.
const KEY_SLACK: usize = 128;

/// Each ASCII byte folded: letters lowercased, digits kept, anything else
/// 0 (a separator).
static FOLDED_ASCII: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// A multiply-mix hash of a byte stream, eight bytes at a time; fed in
/// pieces whose lengths are multiples of 8, it gives the hash of the
/// whole stream.
#[derive(Default)]
struct StreamHash {
    h: u64,
    len: u64,
}

impl StreamHash {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    /// Absorbs the whole eight-byte words of `bytes`; returns the rest.
    fn words<'a>(&mut self, bytes: &'a [u8]) -> &'a [u8] {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.h = (self.h ^ u64::from_le_bytes(word))
                .wrapping_mul(Self::K)
                .rotate_left(29);
        }
        self.len += (bytes.len() - chunks.remainder().len()) as u64;
        chunks.remainder()
    }

    /// The hash of everything absorbed and then `last`.
    fn finish(mut self, last: &[u8]) -> u64 {
        let tail = self.words(last);
        let len = self.len + tail.len() as u64;
        let mut h = (self.h ^ crate::bytes::load_le(tail)).wrapping_mul(Self::K);
        h = (h ^ len).wrapping_mul(Self::K);
        h = (h ^ (h >> 29)).wrapping_mul(Self::K);
        h ^ (h >> 32)
    }
}

/// Writes the *line form* of `text` into `out` (cleared first): the form
/// that phrase rules match against.
///
/// Unlike [`key`], the line form keeps punctuation, because a rule needs it
/// (`Foto: dpa`, `Home > News`). It is lower case, compatibility-decomposed
/// with combining marks dropped (`Kommentär` → `kommentar`), with the letters
/// of [`Folder::non_ascii`]'s table transliterated, typographic symbols mapped
/// to one ASCII spelling (`»`, `›`, `→` → `>`; `•`, `·`, `|` → `|`; `©` →
/// `(c)`; curly quotes and dashes to straight ones), and whitespace runs
/// collapsed to one space with none at either end. Every other character
/// outside ASCII that is not a letter or digit becomes an ASCII stand-in
/// (see [`ascii_symbol`]). Latin-script lines thus become ASCII, which keeps
/// the rule automata on their fastest path, and in any line form a
/// non-ASCII character is a word character.
pub(crate) fn line_form(text: &str, out: &mut String) {
    out.clear();
    if is_plain_ascii(text.as_bytes()) {
        // Nothing to decompose, map or collapse: the form is the line in
        // lower case, copied and lowercased in bulk.
        out.push_str(text);
        out.make_ascii_lowercase();
        return;
    }
    line_form_chars(text, out);
}

/// Whether `b` is ASCII whose only whitespace is single spaces between
/// other characters: then its line form is just its lower case. Each test
/// is one vectorised scan.
fn is_plain_ascii(b: &[u8]) -> bool {
    b.is_ascii()
        && b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && memchr::memchr3(b'\t', b'\n', b'\r', b).is_none()
        && memchr::memchr(0x0c, b).is_none()
        && memchr::memmem::find(b, b"  ").is_none()
}

/// [`line_form`] character by character, for any text.
fn line_form_chars(text: &str, out: &mut String) {
    let mut space = false;
    let mut push = |out: &mut String, c: char| {
        if c == ' ' {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_whitespace() {
                push(out, ' ');
            } else {
                push(out, c.to_ascii_lowercase());
            }
            continue;
        }
        match c {
            'ß' | 'ẞ' => {
                push(out, 's');
                push(out, 's');
            }
            'ł' | 'Ł' => push(out, 'l'),
            'ø' | 'Ø' => push(out, 'o'),
            'æ' | 'Æ' => {
                push(out, 'a');
                push(out, 'e');
            }
            'œ' | 'Œ' => {
                push(out, 'o');
                push(out, 'e');
            }
            'đ' | 'Đ' | 'ð' | 'Ð' => push(out, 'd'),
            'ı' => push(out, 'i'),
            'ς' => push(out, 'σ'),
            '»' | '›' | '→' | '⟶' | '➔' | '►' | '▶' | '❯' => push(out, '>'),
            '«' | '‹' | '←' | '◄' | '◀' | '❮' => push(out, '<'),
            '•' | '·' | '・' | '¦' | '│' | '∙' | '●' | '▪' | '■' => push(out, '|'),
            // The modifier letters stand for the apostrophe in Uzbek
            // ("oʻzbek"), Ukrainian ("пов’язані", "повʼязані") and others.
            '‘' | '’' | '‚' | '‛' | '′' | '´' | '`' | 'ʻ' | 'ʼ' => push(out, '\''),
            '“' | '”' | '„' | '‟' | '″' => push(out, '"'),
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => push(out, '-'),
            '©' => {
                for c in "(c)".chars() {
                    push(out, c);
                }
            }
            _ if c.is_whitespace() || is_invisible(c) => push(out, ' '),
            _ => decompose_compatible(c, |d| {
                if is_combining_mark(d) {
                    return;
                }
                if d.is_whitespace() {
                    push(out, ' ');
                    return;
                }
                for l in d.to_lowercase() {
                    push(out, ascii_symbol(l));
                }
            }),
        }
    }
}

/// Keeps letters and digits; maps every other character outside ASCII to
/// an ASCII stand-in, so that in a line form every non-ASCII character is
/// a letter or digit. Rules can then test "word character" with a class of
/// four ranges instead of Unicode's hundreds, which keeps their automata
/// small. Full stops and commas of other scripts keep their meaning,
/// currency signs become `$`, and all else becomes `~`.
fn ascii_symbol(c: char) -> char {
    if c.is_ascii() || c.is_alphanumeric() {
        return if c == 'ς' { 'σ' } else { c };
    }
    match c {
        '。' | '｡' | '۔' | '।' => '.',
        '、' | '،' | '՝' | '፣' | '﹐' => ',',
        '\u{20a0}'..='\u{20cf}' | '£' | '¥' | '¢' | '¤' => '$',
        _ => '~',
    }
}

/// Format and zero-width characters that carry no text of their own.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{00ad}' | '\u{180e}')
}

struct Folder<'a, F: FnMut(char)> {
    emit: &'a mut F,
    /// The last letter emitted in the current word, `' '` at a word start.
    prev: char,
    pending_space: bool,
}

impl<F: FnMut(char)> Folder<'_, F> {
    fn letter(&mut self, c: char) {
        // `ae`, `oe`, `ue` → `a`, `o`, `u`: the transliterated and the
        // accent-stripped forms of ä, ö, ü meet.
        if c == 'e' && matches!(self.prev, 'a' | 'o' | 'u') {
            self.prev = 'e';
            return;
        }
        if self.pending_space {
            (self.emit)(' ');
            self.pending_space = false;
        }
        (self.emit)(c);
        self.prev = c;
    }

    fn letters(&mut self, s: &str) {
        for c in s.chars() {
            self.letter(c);
        }
    }

    fn separator(&mut self) {
        if self.prev != ' ' {
            self.pending_space = true;
            self.prev = ' ';
        }
    }

    fn non_ascii(&mut self, c: char) {
        match c {
            'ß' | 'ẞ' => self.letters("ss"),
            'ł' | 'Ł' => self.letter('l'),
            'ø' | 'Ø' => self.letter('o'),
            'æ' | 'Æ' => self.letters("ae"),
            'œ' | 'Œ' => self.letters("oe"),
            'đ' | 'Đ' | 'ð' | 'Ð' => self.letter('d'),
            'þ' | 'Þ' => self.letters("th"),
            'ı' => self.letter('i'),
            'ς' => self.letter('σ'),
            _ => decompose_compatible(c, |d| {
                if is_combining_mark(d) {
                    return;
                }
                for l in d.to_lowercase() {
                    if l.is_alphanumeric() {
                        self.letter(if l == 'ς' { 'σ' } else { l });
                    } else {
                        self.separator();
                    }
                }
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(key($input), $want);
            }
        };
    }

    t!(empty, "", "");
    t!(punctuation_only, " ,.;- ", "");
    t!(ascii_case_and_punctuation, "Hello, World!", "hello world");
    t!(
        umlaut_stripped,
        "Über Waffenverkäufe",
        "uber waffenverkaufe"
    );
    t!(
        umlaut_transliterated,
        "ueber Waffenverkaeufe",
        "uber waffenverkaufe"
    );
    t!(sharp_s, "Weißen beißt", "weissen beisst");
    t!(accents, "Élection à Łódź", "election a lodz");
    t!(slug, "harte-worte-und-dann", "harte worte und dann");
    t!(apostrophe_splits, "country's", "country s");
    t!(nbsp_is_space, "20\u{a0}Millionen", "20 millionen");
    t!(ligature_and_fullwidth, "ﬁnal ＡＢ", "final ab");
    t!(greek_final_sigma, "ΟΔΟΣ", "οδοσ");
    t!(cyrillic_case, "Москва", "москва");
    t!(cjk_unchanged, "北京 新闻", "北京 新闻");
    t!(quotes_dropped, "„wütend“ – sagt er", "wutend sagt er");

    macro_rules! f {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                let mut out = String::new();
                line_form($input, &mut out);
                assert_eq!(out, $want);
            }
        };
    }

    f!(form_empty, "", "");
    f!(form_keeps_punctuation, "Foto:  dpa ", "foto: dpa");
    f!(form_accents, "Deja un comentário", "deja un comentario");
    f!(form_symbols, "Home » News › Welt", "home > news > welt");
    f!(form_quotes_dashes, "„Zitat“ – ja’", "\"zitat\" - ja'");
    f!(
        form_modifier_apostrophes,
        "Oʻxshash повʼязані",
        "o'xshash пов'язані"
    );
    f!(form_copyright, "© 2024 Zeitung", "(c) 2024 zeitung");
    f!(
        form_zero_width,
        "Tei\u{200b}len\u{a0}\u{a0}jetzt",
        "tei len jetzt"
    );
    f!(form_cyrillic, "Комментарии", "комментарии");
    f!(form_other_full_stops, "新闻。 समाचार।", "新闻. समचर.");
    f!(form_other_commas, "أخبار، رياضة", "اخبار, رياضة");
    f!(form_currency, "Nur 4,99 € / Monat", "nur 4,99 $ / monat");
    f!(form_other_symbols, "★ Teilen ✓ 🙂", "~ teilen ~ ~");

    proptest::proptest! {
        #[test]
        fn plain_ascii_form_equals_the_char_path(text in "[ -~\t\n\x0b\x0c\r]{0,40}") {
            let (mut fast, mut slow) = (String::new(), String::new());
            line_form(&text, &mut fast);
            line_form_chars(&text, &mut slow);
            proptest::prop_assert_eq!(fast, slow);
        }

        #[test]
        fn form_holds_only_word_characters_outside_ascii(text in "\\PC{0,40}") {
            let mut out = String::new();
            line_form(&text, &mut out);
            for c in out.chars() {
                proptest::prop_assert!(c.is_ascii() || c.is_alphanumeric(), "{c:?} in {out:?}");
            }
        }
    }

    /// The hash of [`key`]'s string, the plain definition.
    fn hash_of_key(text: &str) -> KeyHash {
        let key = key(text);
        KeyHash {
            hash: StreamHash::default().finish(key.as_bytes()),
            chars: key.chars().count(),
        }
    }

    #[test]
    fn long_keys_hash_across_chunks() {
        // Keys longer than a chunk, ASCII and not, with the chunk border
        // at every offset of a word.
        for pad in 0..9 {
            let ascii = format!("{}{}", "x".repeat(pad), "Der Rat tagt. ".repeat(300));
            assert_eq!(key_hash(&ascii), hash_of_key(&ascii), "{pad}");
            let mixed = format!("{}{}", "x".repeat(pad), "Über Bäume, ﬁnal — ǅ ".repeat(200));
            assert_eq!(key_hash(&mixed), hash_of_key(&mixed), "{pad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn key_hash_on_ascii_equals_the_key_hashed(text in "[ -~]{0,60}") {
            proptest::prop_assert_eq!(key_hash(&text), hash_of_key(&text));
        }

        #[test]
        fn key_hash_on_digraphs(text in "[aeouäöüÄ .,-]{0,30}") {
            proptest::prop_assert_eq!(key_hash(&text), hash_of_key(&text));
        }

        #[test]
        fn key_hash_on_any_text_equals_the_key_hashed(text in "\\PC{0,40}") {
            proptest::prop_assert_eq!(key_hash(&text), hash_of_key(&text));
        }
    }

    #[test]
    fn fold_while_stops_after_false() {
        let mut seen = String::new();
        fold_while("Hello, World again", |c| {
            seen.push(c);
            c != ' '
        });
        assert_eq!(seen, "hello ");
    }

    #[test]
    fn hash_agrees_with_key() {
        let a = key_hash("Nordkoreas Kim plant, Putin zu besuchen, um über");
        let b = key_hash("nordkoreas-kim-plant-putin-zu-besuchen-um-ueber");
        assert_eq!(a, b);
        assert_eq!(
            a.chars,
            key("Nordkoreas Kim plant Putin zu besuchen um über")
                .chars()
                .count()
        );
        assert_ne!(a, key_hash("nordkoreas kim plant putin"));
    }
}
