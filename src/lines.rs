//! Line segmentation with byte spans.
//!
//! This module only finds where lines start and end; it never decides
//! whether a line is kept. A line ends at `\n`, `\r\n` or a lone `\r`, and
//! its span never includes the terminator, so slicing the input with a span
//! always lands on character boundaries.

use std::ops::Range;

/// One line of the input: its byte span (terminator excluded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) start: usize,
    pub(crate) end: usize,
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

/// Splits `input` into lines. A trailing terminator does not open an empty
/// last line, so `"a\n"` has one line, and `""` has none.
pub(crate) fn split(input: &str) -> Vec<Line> {
    let bytes = input.as_bytes();
    // One line per ~40 bytes is typical of article text; a good first guess
    // avoids most regrowth without over-allocating for long paragraphs.
    let mut lines = Vec::with_capacity(bytes.len() / 40 + 1);
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(Line { start, end: i });
                i += 1;
                start = i;
            }
            b'\r' => {
                lines.push(Line { start, end: i });
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
        lines.push(Line {
            start,
            end: bytes.len(),
        });
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

    fn texts(input: &str) -> Vec<&str> {
        split(input).into_iter().map(|l| l.text(input)).collect()
    }

    macro_rules! t {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                let want: &[&str] = &$want;
                assert_eq!(texts($input), want);
            }
        };
    }

    t!(empty, "", []);
    t!(one_without_terminator, "a", ["a"]);
    t!(one_with_terminator, "a\n", ["a"]);
    t!(lf, "a\nb", ["a", "b"]);
    t!(crlf, "a\r\nb\r\n", ["a", "b"]);
    t!(cr_only, "a\rb\r", ["a", "b"]);
    t!(mixed, "a\r\n\rb\n\nc", ["a", "", "b", "", "c"]);
    t!(blank_lines, "\n\n", ["", ""]);
    t!(multibyte, "ä\r\nö", ["ä", "ö"]);

    #[test]
    fn spans_slice_the_input() {
        let input = "Über\r\nstraße\rend";
        for line in split(input) {
            assert_eq!(&input[line.range()], line.text(input));
        }
    }
}
