//! Helpers shared by the table-driven rule tests: a short invented article
//! around one line, and the `removed!` / `kept!` case tables. Each test file
//! supplies `frame(lang)`: a headline and two body sentences in `lang`.

use bodytext::{Cleaner, Reason};

/// A headline and two body sentences.
pub type Frame = (&'static str, &'static str, &'static str);

/// Cleans an article with `line` between the two body sentences of `frame`
/// and returns the body and the reasons reported for `line`.
pub fn clean_with(frame: Frame, line: &str) -> (String, Vec<Reason>) {
    let (title, first, second) = frame;
    let article = format!("{title}\n\n{first}\n\n{line}\n\n{second}\n");
    let cleaned = Cleaner::default().clean(&article);
    let reasons = cleaned
        .report()
        .iter()
        .filter(|r| r.text() == line)
        .map(|r| r.reason())
        .collect();
    (cleaned.text().to_owned(), reasons)
}

/// Asserts that `line` goes for `want` and both body sentences stay.
pub fn check_removed(case: &str, frame: Frame, want: Reason, line: &str) {
    let (body, reasons) = clean_with(frame, line);
    let (_, first, second) = frame;
    assert_eq!(
        reasons,
        [want],
        "{case}: {line:?} should be removed as {want}; body was:\n{body}"
    );
    assert!(
        body.contains(first) && body.contains(second),
        "{case}: a body sentence was lost around {line:?}:\n{body}"
    );
}

/// Asserts that the body sentence `line` stays.
pub fn check_kept(case: &str, frame: Frame, line: &str) {
    let (body, reasons) = clean_with(frame, line);
    assert!(
        reasons.is_empty() && body.lines().any(|l| l == line),
        "{case}: body sentence {line:?} was removed as {reasons:?}"
    );
}

/// `removed!(name, lang, Reason, line)`: the line goes, for that reason.
macro_rules! removed {
    ($($name:ident, $lang:literal, $reason:ident, $line:literal;)*) => {
        $(
            #[test]
            fn $name() {
                common::check_removed(stringify!($name), frame($lang), Reason::$reason, $line);
            }
        )*
    };
}

/// `kept!(name, lang, line)`: the body sentence stays.
macro_rules! kept {
    ($($name:ident, $lang:literal, $line:literal;)*) => {
        $(
            #[test]
            fn $name() {
                common::check_kept(stringify!($name), frame($lang), $line);
            }
        )*
    };
}
