//! `clean` on arbitrary UTF-8, checking the invariants on every input.
#![no_main]

use bodytext::{clean, Cleaner};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let cleaned = Cleaner::default().clean(input);
    let body = cleaned.text();
    assert_eq!(body, clean(input));
    assert!(!body.starts_with('\n') && !body.ends_with('\n') && !body.contains("\n\n\n"));
    // Every removal slices the input to its text, in input order.
    let mut last = 0;
    for r in cleaned.report() {
        assert_eq!(input.get(r.range()), Some(r.text()));
        assert!(r.line() > last);
        last = r.line();
    }
    // Output lines are input lines, in order.
    let mut lines = input.split(['\n', '\r']).map(str::trim_end);
    for line in body.split('\n').filter(|l| !l.is_empty()) {
        assert!(
            lines.any(|l| l == line),
            "{line:?} is not an input line in order"
        );
    }
});
