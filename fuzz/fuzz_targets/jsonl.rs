//! The example binary's JSONL reader on arbitrary bytes: every input line
//! gets exactly one output line, and each output line is JSON.
#![no_main]

use bodytext::Cleaner;
use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../examples/clean/jsonl.rs"]
mod jsonl;

fuzz_target!(|data: &[u8]| {
    let cleaner = Cleaner::default();
    let settings = jsonl::Settings {
        field: "text",
        max_record: 256,
        jobs: 1 + usize::from(data.first().copied().unwrap_or(0) & 1),
    };
    let mut out = Vec::new();
    let mut input = std::io::Cursor::new(data);
    jsonl::run(&cleaner, &settings, &mut input, &mut out).expect("writing to a Vec cannot fail");
    let records =
        data.split(|&b| b == b'\n').count() - usize::from(data.ends_with(b"\n") || data.is_empty());
    let lines: Vec<&[u8]> = out
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), records, "one output line per input line");
    for line in lines {
        assert!(
            serde_json::from_slice::<serde_json::Value>(line).is_ok(),
            "output is JSON"
        );
    }
});
