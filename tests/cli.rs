//! The example binary: files, stdin, JSONL records and error handling.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

#[path = "common/stories.rs"]
mod stories;
use stories::STORIES;

/// The example binary, built by `cargo test` next to this test.
fn bin() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    let dir = exe.parent().and_then(Path::parent).expect("target dir");
    let bin = dir
        .join("examples")
        .join(format!("clean{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "run the tests with `cargo test`, which builds {}",
        bin.display()
    );
    bin
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the binary");
    // Written from another thread: a long input's output fills the pipe
    // before the input is all written, and the binary waits for it to be
    // read.
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let output = child.wait_with_output().expect("binary finishes");
    writer.join().expect("writer thread").expect("write stdin");
    output
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("bodytext-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

fn stdout_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

#[test]
fn stdin_text_is_cleaned() {
    let out = run(
        &[],
        "Short title here\n\nThe body sentence stays where it is.\n\nLeave a Reply\n".as_bytes(),
    );
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "The body sentence stays where it is.\n"
    );
}

#[test]
fn report_goes_to_stderr() {
    let out = run(
        &["--report"],
        b"Short title here\n\nThe body sentence stays.\n\nLeave a Reply\n",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("1\ttitle\ttitle/first-line\tShort title here"),
        "{err}"
    );
    assert!(err.contains("5\tcomment\t"), "{err}");
}

#[test]
fn without_file_or_input_the_sample_is_cleaned() {
    let out = Command::new(bin())
        .stdin(Stdio::null())
        .output()
        .expect("binary finishes");
    assert!(out.status.success());
    let body = String::from_utf8(out.stdout).expect("UTF-8");
    let expected = include_str!("data/000_8cb086cdd1b0a5e1.expected.txt");
    assert_eq!(body.trim_end(), expected.trim_end());
}

#[test]
fn empty_input_gives_empty_output() {
    let out = run(&[], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = run(&["/no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/no/such/file.txt") && err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn a_directory_is_a_clear_error() {
    let dir = std::env::temp_dir();
    let out = run(&[dir.to_str().expect("UTF-8 temp dir")], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("directory"));
}

#[test]
fn invalid_utf8_names_the_file_and_offset() {
    let path = temp_file("bad.txt", b"Gute Zeile\n\xffkaputt\n");
    let out = run(&[path.to_str().expect("UTF-8 path")], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.txt") && err.contains("byte 11"), "{err}");

    let lossy = run(&["--lossy", path.to_str().expect("UTF-8 path")], b"");
    assert!(lossy.status.success());
    assert!(String::from_utf8_lossy(&lossy.stderr).contains("warning"));
    assert!(String::from_utf8_lossy(&lossy.stdout).contains("\u{fffd}kaputt"));
    std::fs::remove_file(path).ok();
}

#[test]
fn jsonl_answers_every_record_in_order() {
    let input = concat!(
        r#"{"id": "a", "text": "Short title here\n\nBody stays here.\n\nttn-de-5", "site": "x"}"#,
        "\n",
        "not json\n",
        r#"{"id": "c"}"#,
        "\n",
        r#"{"id": "d", "text": 5}"#,
        "\n",
        r#"[1, 2]"#,
        "\n",
        r#"{"id": "f", "text": ""}"#,
        "\n",
    );
    let mut bytes = input.as_bytes().to_vec();
    bytes.extend_from_slice(b"{\"id\": \"g\", \"text\": \"\xff\"}\n");
    let out = run(&["--jsonl"], &bytes);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed record makes the exit status 1"
    );
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), 7, "one output line per input line");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["text"], "Body stays here.");
    assert_eq!(lines[0]["title"], "Short title here");
    assert_eq!(lines[0]["site"], "x", "other fields pass through");
    assert_eq!(lines[0]["removed"][1]["reason"], "site-tag");
    assert_eq!(lines[0]["removed"][1]["line"], 5);
    for (i, n) in [(1, 2), (2, 3), (3, 4), (4, 5), (6, 7)] {
        assert!(
            lines[i]["error"].is_string(),
            "record {n} is an error: {}",
            lines[i]
        );
        assert_eq!(lines[i]["line"], n);
    }
    assert_eq!(lines[5]["text"], "");
    assert!(lines[6]["error"]
        .as_str()
        .is_some_and(|e| e.contains("UTF-8")));
}

#[test]
fn jsonl_clean_stream_exits_zero() {
    let out = run(&["--jsonl"], b"{\"id\":1,\"text\":\"Only a body here, one line of it, long enough to read as a paragraph of prose.\"}\n");
    assert!(out.status.success());
    assert_eq!(stdout_lines(&out)[0]["title"], serde_json::Value::Null);
}

#[test]
fn jsonl_field_and_record_limit() {
    let out = run(
        &["--jsonl", "--field", "page", "--max-record", "60"],
        concat!(
            r#"{"id": 1, "page": "Kurzer Titel\n\nDer Text bleibt."}"#,
            "\n",
            r#"{"id": 2, "page": "This record is much longer than the sixty byte limit allows."}"#,
            "\n",
        )
        .as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = stdout_lines(&out);
    assert_eq!(lines[0]["page"], "Der Text bleibt.");
    assert!(lines[1]["error"]
        .as_str()
        .is_some_and(|e| e.contains("longer than 60")));
    assert_eq!(lines[1]["line"], 2);
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let mut child = Command::new(bin())
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().expect("stdin");
    let record = b"{\"id\":1,\"text\":\"A body line that is long enough.\"}\n".repeat(20_000);
    let _ = stdin.write_all(&record);
    drop(stdin);
    let out = child.wait_with_output().expect("finishes");
    assert!(out.status.success(), "{:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn jsonl_jobs_keep_input_order() {
    // Enough records for several batches (a batch holds at most 4,096)
    // and several chunks each.
    let mut input = String::new();
    for i in 0..20_000 {
        if i % 7 == 3 {
            input.push_str("{broken\n");
        } else {
            input.push_str(&format!(
                "{{\"id\": {i}, \"text\": \"Title number {i}\\n\\nBody paragraph {i} stays where it is.\\n\\nttn-de-{i}\"}}\n"
            ));
        }
    }
    let one = run(&["--jsonl", "--jobs", "1"], input.as_bytes());
    let two = run(&["--jsonl", "--jobs", "2"], input.as_bytes());
    assert_eq!(one.status.code(), Some(1));
    assert!(
        one.stdout == two.stdout,
        "output must not depend on the number of threads"
    );
    let lines = stdout_lines(&two);
    assert_eq!(lines.len(), 20_000);
    for (i, line) in lines.iter().enumerate() {
        if i % 7 == 3 {
            assert_eq!(line["line"], i + 1, "error record in place");
        } else {
            assert_eq!(line["id"], i, "record {i} in place");
        }
    }
}

#[test]
fn corpus_mode_learns_templates_and_flags_duplicates() {
    let mut input = String::new();
    for (i, story) in STORIES.iter().enumerate() {
        let record = serde_json::json!({
            "id": format!("a{i}"),
            "site": "stadtblatt",
            "text": format!("Meldung Nummer {i} aus der Stadt\n\nStadtblatt Lokalteil Ausgabe {}\n\n{story}\n\nDer Beitrag wurde {i} Mal gelesen.", 100 + i),
        });
        input.push_str(&record.to_string());
        input.push('\n');
    }
    let copy = serde_json::json!({"id": "copy", "site": "other", "text": format!("Ein anderer Titel hier\n\n{}", STORIES[3])});
    input.push_str(&copy.to_string());
    input.push_str("\nnot json\n");
    let path = temp_file("corpus.jsonl", input.as_bytes());
    let path = path.to_str().expect("UTF-8 path");

    let out = run(&["--corpus", path, "--group-by", "site", "--dedup"], b"");
    assert_eq!(out.status.code(), Some(1), "the malformed line fails");
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), STORIES.len() + 2);
    for (i, story) in STORIES.iter().enumerate() {
        assert_eq!(
            lines[i]["text"], *story,
            "record {i}: template lines removed, body kept"
        );
    }
    assert_eq!(lines[STORIES.len()]["duplicate_of"], "a3");
    assert_eq!(lines[STORIES.len() + 1]["line"], STORIES.len() + 2);

    let dropped = run(
        &["--corpus", path, "--group-by", "site", "--drop-duplicates"],
        b"",
    );
    let lines = stdout_lines(&dropped);
    assert_eq!(lines.len(), STORIES.len() + 1, "the duplicate is left out");
    assert!(lines.iter().all(|l| l.get("duplicate_of").is_none()));
    std::fs::remove_file(path).ok();
}
