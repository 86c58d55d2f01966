//! Property tests for the invariants every cleaning keeps.
//!
//! The number of cases per property is proptest's `PROPTEST_CASES`
//! (default here: 256); set it higher for a longer run, e.g.
//! `PROPTEST_CASES=20000 cargo test --release --test properties`.

use bodytext::{clean, Cleaner};
use proptest::prelude::*;

/// Checks the structural invariants of one cleaning of `input`.
fn check_invariants(input: &str) -> Result<(), TestCaseError> {
    let cleaned = Cleaner::default().clean(input);
    let body = cleaned.text();
    let free = clean(input);
    prop_assert_eq!(body, free.as_str());

    // No blank line at either end, no run of blank lines, no trailing blanks.
    prop_assert!(!body.starts_with('\n') && !body.ends_with('\n'));
    prop_assert!(!body.contains("\n\n\n"));
    prop_assert!(!body.contains('\r'));

    // Output lines are a subsequence of the input lines (right-trimmed).
    let input_lines: Vec<&str> = input
        .split(['\n'])
        .flat_map(|l| l.split('\r'))
        .map(str::trim_end)
        .collect();
    let mut it = input_lines.iter();
    for line in body.split('\n').filter(|l| !l.is_empty()) {
        prop_assert!(
            it.any(|l| *l == line),
            "output line {:?} is not an input line in order",
            line
        );
    }

    // Every removal slices the input to its text, once per line, in order.
    let mut last = 0;
    for r in cleaned.report() {
        prop_assert_eq!(input.get(r.range()), Some(r.text()));
        prop_assert!(r.line() > last, "removals are in input order, one per line");
        last = r.line();
        prop_assert!(
            !r.text().trim().is_empty(),
            "blank lines are never reported"
        );
    }

    // Kept and removed non-blank lines account for every non-blank line.
    let non_blank = input_lines.iter().filter(|l| !l.trim().is_empty()).count();
    let kept = body.split('\n').filter(|l| !l.is_empty()).count();
    prop_assert_eq!(kept + cleaned.report().len(), non_blank);
    Ok(())
}

/// Hostile characters: combining marks, bidi controls, zero-width, NUL and
/// C0/C1 controls, a BOM, and mixed line endings.
fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("\u{301}"),
            Just("\u{202e}"),
            Just("\u{200b}"),
            Just("\u{0}"),
            Just("\u{1b}"),
            Just("\u{85}"),
            Just("\u{feff}"),
            Just("\r"),
            Just("\r\n"),
            Just("\n"),
            Just("ﬁ"),
            Just("ẞ"),
            Just("İ"),
            Just("Σ"),
            Just("אב"),
            Just("ع"),
            Just("字"),
            Just(" "),
            Just("-"),
            Just("|"),
            Just(">"),
            Just("©"),
            Just("a"),
            Just("Z"),
            Just("9"),
            Just("."),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

/// Body paragraphs: sentences ending with a full stop, longer than a
/// headline (a first paragraph of headline shape would be taken as the
/// title on a second cleaning; see the crate's guarantees).
fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec("[A-Za-zäöüßéñ]{2,9}", 13..24).prop_map(|words| {
        let mut s = words.join(" ");
        s.push('.');
        let mut c = s.chars();
        c.next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
    })
}

/// Boilerplate lines of several families and languages.
fn boilerplate() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Schreibe einen Kommentar".to_owned()),
        Just("Leave a Reply".to_owned()),
        Just("Erhalten Sie kostenlose Updates zum Thema Wirtschaft".to_owned()),
        Just("Receive free Politics updates".to_owned()),
        Just("3 Kommentare".to_owned()),
        Just("Laisser un commentaire".to_owned()),
        "[a-z]{3}-[a-z]{2}-[0-9]{1,3}",
    ]
}

/// Articles: a title, a copy, body paragraphs with boilerplate and hostile
/// text between them, and a repeated paragraph.
fn article() -> impl Strategy<Value = String> {
    (
        "[A-Z][a-z]{2,8}( [a-z]{2,8}){3,8}",
        prop::collection::vec(
            (
                paragraph(),
                prop::option::of(boilerplate()),
                prop::option::of(hostile()),
            ),
            1..8,
        ),
        prop::sample::select(vec!["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]),
    )
        .prop_map(|(title, blocks, eol)| {
            let mut lines = vec![title.clone(), title.to_lowercase()];
            for (p, b, h) in &blocks {
                lines.push(p.clone());
                lines.extend(b.clone());
                lines.extend(h.clone());
            }
            lines.push(blocks[0].0.clone());
            lines.join(eol)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn arbitrary_strings_keep_the_invariants(input in any::<String>()) {
        check_invariants(&input)?;
    }

    #[test]
    fn hostile_strings_keep_the_invariants(input in hostile()) {
        check_invariants(&input)?;
    }

    #[test]
    fn articles_keep_the_invariants(input in article()) {
        check_invariants(&input)?;
    }

    #[test]
    fn cleaning_a_body_again_changes_nothing(input in article()) {
        let once = clean(&input);
        prop_assert_eq!(clean(&once), once.clone());
    }

    #[test]
    fn body_paragraphs_are_never_removed(input in article()) {
        let body = clean(&input);
        for line in input.split(['\n', '\r']) {
            if line.len() > 60 && line.ends_with('.') && !line.contains(|c: char| c.is_control()) {
                prop_assert!(body.contains(line), "lost {:?}", line);
            }
        }
    }
}

#[test]
fn a_one_megabyte_line_and_many_lines_finish() {
    let long = "word ".repeat(200_000);
    assert_eq!(clean(&long), long.trim_end());
    let many = format!(
        "Viele Zeilen\n{}",
        "Eine Zeile mit Text, die sich oft wiederholt.\n".repeat(100_000)
    );
    // The title goes; of the repeated paragraph the first copy stays.
    let cleaned = Cleaner::default().clean(&many);
    assert_eq!(
        cleaned.text(),
        "Eine Zeile mit Text, die sich oft wiederholt."
    );
    assert_eq!(cleaned.report().len(), 100_000);
}
