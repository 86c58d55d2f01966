//! Golden files: every `tests/data/<case>.txt` with a
//! `<case>.expected.txt` must clean to exactly the expected body.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use bodytext::{clean, Cleaner};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// Every case name with both files present, sorted.
fn cases() -> Vec<String> {
    let mut cases: Vec<String> = fs::read_dir(data_dir())
        .expect("tests/data exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".expected.txt").map(str::to_owned))
        .collect();
    cases.sort();
    assert!(cases.len() >= 9, "golden cases missing: {cases:?}");
    cases
}

fn read(case: &str, suffix: &str) -> String {
    let path = data_dir().join(format!("{case}{suffix}"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_case_cleans_to_its_expected_body() {
    let mut failures = Vec::new();
    for case in cases() {
        let got = clean(&read(&case, ".txt"));
        let want = read(&case, ".expected.txt");
        if got.trim_end_matches('\n') != want.trim_end_matches('\n') {
            failures.push(format!("--- {case}\n got:\n{got}\n want:\n{want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn seed_title_is_its_first_line() {
    let input = read("000_8cb086cdd1b0a5e1", ".txt");
    let cleaned = Cleaner::default().clean(&input);
    assert_eq!(cleaned.title(), input.lines().next());
}

#[test]
fn every_case_reports_what_it_removed() {
    for case in cases() {
        let input = read(&case, ".txt");
        let cleaned = Cleaner::default().clean(&input);
        let kept: Vec<&str> = cleaned.text().lines().filter(|l| !l.is_empty()).collect();
        let non_blank = input.lines().filter(|l| !l.trim().is_empty()).count();
        assert_eq!(
            kept.len() + cleaned.report().len(),
            non_blank,
            "{case}: kept + removed must account for every non-blank line"
        );
    }
}

/// The example binary, as built by `cargo test` next to this test.
fn example_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?.parent()?;
    let bin = dir
        .join("examples")
        .join(format!("clean{}", std::env::consts::EXE_SUFFIX));
    bin.exists().then_some(bin)
}

#[test]
fn the_binary_cleans_every_case_too() {
    let Some(bin) = example_binary() else {
        panic!("the example binary was not built; run the tests with `cargo test`");
    };
    for case in cases() {
        let out = Command::new(&bin)
            .arg(data_dir().join(format!("{case}.txt")))
            .output()
            .expect("the binary runs");
        assert!(out.status.success(), "{case}: exit {:?}", out.status);
        let got = String::from_utf8(out.stdout).expect("UTF-8 output");
        let want = read(&case, ".expected.txt");
        assert_eq!(
            got.trim_end_matches('\n'),
            want.trim_end_matches('\n'),
            "{case}"
        );
    }
}
