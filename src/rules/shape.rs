//! Shape rules: verdicts on a line's form rather than its words.

/// Whether `line` (already trimmed) is nothing but a short machine tag, such
/// as `ttn-de-58`, `nwz-en-171` or `wrx_fr_38`: one token of ASCII letters
/// and digits in two to six segments joined by `-`, `_`, `.`, `:` or `/`,
/// with at least one all-letter and one all-digit segment.
///
/// Names of the same outline (`COVID-19`, `F-16`, `G20`) are not tags: with
/// only two segments the letters must be lower case, as machines write them.
pub(crate) fn is_site_tag(line: &str) -> bool {
    if !(3..=40).contains(&line.len()) || !line.is_ascii() || line.contains(' ') {
        return false;
    }
    let is_joiner = |c: char| matches!(c, '-' | '_' | '.' | ':' | '/');
    let mut segments = 0;
    let mut letters = false;
    let mut digits = false;
    let mut upper = false;
    for seg in line.split(is_joiner) {
        if seg.is_empty() || seg.len() > 12 || !seg.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return false;
        }
        segments += 1;
        letters |= seg.bytes().all(|b| b.is_ascii_alphabetic());
        digits |= seg.bytes().all(|b| b.is_ascii_digit());
        upper |= seg.bytes().any(|b| b.is_ascii_uppercase());
    }
    (2..=6).contains(&segments) && letters && digits && (segments >= 3 || !upper)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(is_site_tag($input), $want, "{:?}", $input);
            }
        };
    }

    t!(seed_tag, "ttn-de-58", true);
    t!(other_site, "nwz-en-171", true);
    t!(underscores, "wrx_fr_38", true);
    t!(two_lower_segments, "post-1234", true);
    t!(upper_three_segments, "DPA-DE-12", true);
    t!(name_with_number, "COVID-19", false);
    t!(jet, "F-16", false);
    t!(date, "2023-09-05", false);
    t!(word, "Kommentar", false);
    t!(hyphenated_word, "Ukraine-Konflikt", false);
    t!(sentence_with_tag, "Siehe ttn-de-58 für mehr.", false);
    t!(non_ascii, "ttn-dé-58", false);
    t!(too_long, "abcdefghijklmnopq-de-58", false);
    t!(empty, "", false);
}
