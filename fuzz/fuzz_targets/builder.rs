//! The builder with arbitrary user patterns and thresholds: it must return
//! a cleaner or an error, never panic, and a built cleaner must clean.
#![no_main]

use bodytext::{Cleaner, Reason};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&head, rest)) = data.split_first() else {
        return;
    };
    let (threshold, rest) = if rest.len() >= 4 {
        let (t, r) = rest.split_at(4);
        (u32::from_le_bytes([t[0], t[1], t[2], t[3]]) as usize, r)
    } else {
        (20, rest)
    };
    let text = String::from_utf8_lossy(rest);
    let mut builder = Cleaner::builder();
    builder.min_duplicate_chars(threshold % 200_000);
    let reasons = Reason::ALL;
    for (i, pattern) in text.split('\n').take(8).enumerate() {
        let reason = reasons[(usize::from(head) + i) % reasons.len()];
        builder.pattern(reason, pattern);
        if head & 0x80 != 0 {
            builder.disable(reason);
        }
    }
    if let Ok(cleaner) = builder.build() {
        let cleaned = cleaner.clean(&text);
        for r in cleaned.report() {
            assert_eq!(text.get(r.range()), Some(r.text()));
        }
    }
});
