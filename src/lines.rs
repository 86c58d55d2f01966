//! Line segmentation with byte spans.
//!
//! This module only finds where lines start and end; it never decides
//! whether a line is kept. A line ends at `\n`, `\r\n` or a lone `\r`, and
//! its span never includes the terminator, so slicing the input with a span
//! always lands on character boundaries.

use std::ops::Range;

/// One line of the input that holds more than whitespace: its byte span
/// (terminator excluded) and its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The line's number in the input, counting from 1 and counting blank
    /// lines too.
    pub(crate) number: usize,
}

impl Line {
    /// The line's byte range in the input.
    pub(crate) fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The line's text, as found in `input`.
    pub(crate) fn text(self, input: &str) -> &str {
        // The span was computed at ASCII terminators of `input`, so both ends
        // are character boundaries; `get` keeps this panic-free regardless.
        input.get(self.start..self.end).unwrap_or("")
    }
}

/// Splits `input` into lines and returns those that are not blank, with
/// their numbers. A trailing terminator does not open an empty last line,
/// so `"a\n"` has one line, and `""` has none.
///
/// Blank lines are never removed, and where they stood is known from the
/// gaps in the numbers, so no stage keeps anything for them: a text of
/// millions of empty lines costs no memory per line.
pub(crate) fn split(input: &str) -> Vec<Line> {
    let bytes = input.as_bytes();
    // One line per ~40 bytes is typical of article text; a good first guess
    // avoids most regrowth without over-allocating for long paragraphs.
    let mut lines = Vec::with_capacity(bytes.len() / 40 + 1);
    let mut number = 0;
    let mut push = |start: usize, end: usize| {
        number += 1;
        let line = Line { start, end, number };
        if !is_blank(line.text(input)) {
            lines.push(line);
        }
    };
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                push(start, i);
                i += 1;
                start = i;
            }
            b'\r' => {
                push(start, i);
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => match memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
                Some(off) => i += off,
                None => i = bytes.len(),
            },
        }
    }
    if start < bytes.len() {
        push(start, bytes.len());
    }
    lines
}

/// Whether a line holds nothing but whitespace.
pub(crate) fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<(usize, &str)> {
        split(input)
            .into_iter()
            .map(|l| (l.number, l.text(input)))
            .collect()
    }

    macro_rules! t {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                let want: &[(usize, &str)] = &$want;
                assert_eq!(texts($input), want);
            }
        };
    }

    t!(empty, "", []);
    t!(one_without_terminator, "a", [(1, "a")]);
    t!(one_with_terminator, "a\n", [(1, "a")]);
    t!(lf, "a\nb", [(1, "a"), (2, "b")]);
    t!(crlf, "a\r\nb\r\n", [(1, "a"), (2, "b")]);
    t!(cr_only, "a\rb\r", [(1, "a"), (2, "b")]);
    t!(mixed, "a\r\n\rb\n\nc", [(1, "a"), (3, "b"), (5, "c")]);
    t!(blank_lines, "\n\n", []);
    t!(whitespace_lines, " \t\n\u{3000}\nx", [(3, "x")]);
    t!(multibyte, "ä\r\nö", [(1, "ä"), (2, "ö")]);

    #[test]
    fn spans_slice_the_input() {
        let input = "Über\r\nstraße\rend";
        for line in split(input) {
            assert_eq!(&input[line.range()], line.text(input));
        }
    }
}
