//! Cleans articles from the command line.
//!
//! ```text
//! clean [OPTIONS] [FILE]
//!
//!   FILE              clean this file and print its body; without FILE read
//!                     stdin, or, when stdin is a terminal, clean the bundled
//!                     sample article
//!   --report          print one line per removed line on stderr
//!   --jsonl           read JSON objects, one per line, from stdin; write one
//!                     object per input line to stdout
//!   --field NAME      the JSON field that holds the text (default: text)
//!   --max-record N    the longest JSONL line accepted, in bytes (default:
//!                     64 MiB); longer lines get an error record
//!   --lossy           decode invalid UTF-8 in FILE with replacement
//!                     characters (and a warning) instead of failing
//! ```
//!
//! Exit status: 0 on success; 1 when any JSONL record failed; 2 for a usage
//! error or an unreadable FILE.

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

use bodytext::{Cleaned, Cleaner};
use serde_json::{Map, Value};

/// The sample article cleaned when no input is given: the seed article.
const SAMPLE: &str = include_str!("../../tests/data/000_8cb086cdd1b0a5e1.txt");

const USAGE: &str = "usage: clean [--report] [--lossy] [FILE]\n       clean --jsonl [--field NAME] [--max-record BYTES] < records.jsonl";

struct Options {
    file: Option<String>,
    report: bool,
    jsonl: bool,
    lossy: bool,
    field: String,
    max_record: usize,
}

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        file: None,
        report: false,
        jsonl: false,
        lossy: false,
        field: "text".to_owned(),
        max_record: 64 << 20,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--report" => opts.report = true,
            "--jsonl" => opts.jsonl = true,
            "--lossy" => opts.lossy = true,
            "--field" => opts.field = args.next().ok_or("--field needs a NAME")?,
            "--max-record" => {
                let v = args.next().ok_or("--max-record needs a number of bytes")?;
                opts.max_record = v.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
                    format!("--max-record: {v:?} is not a positive number of bytes")
                })?;
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ if opts.file.is_some() => return Err(format!("unexpected argument {arg:?}")),
            _ => opts.file = Some(arg),
        }
    }
    if opts.jsonl && opts.file.is_some() {
        return Err("--jsonl reads stdin; give no FILE".to_owned());
    }
    Ok(opts)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(msg) if msg.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("clean: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let cleaner = Cleaner::default();
    let result = if opts.jsonl {
        run_jsonl(&cleaner, &opts)
    } else {
        run_text(&cleaner, &opts)
    };
    match result {
        Ok(code) => code,
        // A closed stdout (`clean … | head`) is a normal way to stop.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("clean: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_text(cleaner: &Cleaner, opts: &Options) -> io::Result<ExitCode> {
    let (name, bytes) = match &opts.file {
        Some(path) => match std::fs::read(path) {
            Ok(b) => (path.clone(), b),
            Err(e) => {
                eprintln!("clean: cannot read {path}: {}", describe(&e));
                return Ok(ExitCode::from(2));
            }
        },
        None if io::stdin().is_terminal() => {
            ("sample article".to_owned(), SAMPLE.as_bytes().to_vec())
        }
        None => {
            let mut b = Vec::new();
            io::stdin().read_to_end(&mut b)?;
            ("stdin".to_owned(), b)
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) if opts.lossy => {
            let offset = e.utf8_error().valid_up_to();
            eprintln!("clean: warning: {name}: invalid UTF-8 at byte {offset}; decoded with replacement characters");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            eprintln!(
                "clean: {name}: invalid UTF-8 at byte {offset} (use --lossy to decode it anyway)"
            );
            return Ok(ExitCode::from(2));
        }
    };
    let cleaned = cleaner.clean(&text);
    let mut out = BufWriter::new(io::stdout().lock());
    if !cleaned.text().is_empty() {
        writeln!(out, "{}", cleaned.text())?;
    }
    out.flush()?;
    if opts.report {
        let mut err = io::stderr().lock();
        for r in cleaned.report() {
            writeln!(
                err,
                "{}\t{}\t{}\t{}",
                r.line(),
                r.reason(),
                r.rule(),
                r.text().trim()
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "is a directory".to_owned(),
        _ => e.to_string(),
    }
}

fn run_jsonl(cleaner: &Cleaner, opts: &Options) -> io::Result<ExitCode> {
    let mut input = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut buf = Vec::new();
    let mut failed = false;
    let mut n = 0usize;
    loop {
        buf.clear();
        let (read, too_long) = read_record(&mut input, &mut buf, opts.max_record)?;
        if read == 0 {
            break;
        }
        n += 1;
        let record = if too_long {
            Err(format!("record longer than {} bytes", opts.max_record))
        } else {
            clean_record(cleaner, &buf, &opts.field)
        };
        let line = match record {
            Ok(obj) => obj,
            Err(msg) => {
                failed = true;
                let mut err = Map::new();
                err.insert("error".to_owned(), Value::String(msg));
                err.insert("line".to_owned(), Value::from(n));
                Value::Object(err)
            }
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Reads one line (without its `\n`) into `buf`, keeping at most `max` bytes
/// but consuming the whole line. Returns the bytes consumed and whether the
/// line was longer than `max`.
fn read_record(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut too_long = false;
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if buf.len() + take > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        let used = if done { take + 1 } else { take };
        input.consume(used);
        consumed += used;
        if done {
            break;
        }
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok((consumed, too_long))
}

fn clean_record(cleaner: &Cleaner, line: &[u8], field: &str) -> Result<Value, String> {
    let text = std::str::from_utf8(line)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let value: Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(mut obj) = value else {
        return Err("not a JSON object".to_owned());
    };
    let cleaned: Cleaned = match obj.get(field) {
        Some(Value::String(s)) => cleaner.clean(s),
        Some(_) => return Err(format!("field {field:?} is not a string")),
        None => return Err(format!("missing field {field:?}")),
    };
    let removed: Vec<Value> = cleaned
        .report()
        .iter()
        .map(|r| {
            let mut m = Map::new();
            m.insert("line".to_owned(), Value::from(r.line()));
            m.insert("reason".to_owned(), Value::from(r.reason().name()));
            m.insert("rule".to_owned(), Value::from(r.rule()));
            m.insert("text".to_owned(), Value::from(r.text()));
            Value::Object(m)
        })
        .collect();
    let title = cleaned.title().map_or(Value::Null, Value::from);
    obj.insert(field.to_owned(), Value::String(cleaned.into_text()));
    obj.insert("title".to_owned(), title);
    obj.insert("removed".to_owned(), Value::Array(removed));
    Ok(Value::Object(obj))
}
