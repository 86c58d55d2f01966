//! Cleans articles from the command line.
//!
//! ```text
//! clean [OPTIONS] [FILE]
//!
//!   FILE              clean this file and print its body; without FILE read
//!                     stdin, or, when stdin is a terminal or the null
//!                     device, clean the bundled sample article
//!   --report          print one line per removed line on stderr
//!   --jsonl           read JSON objects, one per line, from stdin; write one
//!                     object per input line to stdout
//!   --field NAME      the JSON field that holds the text (default: text)
//!   --max-record N    the longest JSONL line accepted, in bytes (default:
//!                     64 MiB); longer lines get an error record
//!   --jobs N          clean JSONL records on N threads (default: all
//!                     cores); output stays in input order
//!   --corpus FILE     two passes over FILE.jsonl: learn each group's
//!                     template lines, then clean every record with them
//!   --group-by FIELD  (with --corpus) the field naming a record's group,
//!                     such as its site; without it all records are one group
//!   --dedup           (with --corpus) add "duplicate_of": the id of the
//!                     earlier record whose body this one duplicates
//!   --drop-duplicates (with --corpus) leave such records out
//!   --lossy           decode invalid UTF-8 in FILE with replacement
//!                     characters (and a warning) instead of failing
//! ```
//!
//! Exit status: 0 on success; 1 when any JSONL record failed; 2 for a usage
//! error or an unreadable FILE.

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

use bodytext::Cleaner;

mod corpus;
mod jsonl;

/// The sample article cleaned when no input is given: the seed article.
const SAMPLE: &str = include_str!("../../tests/data/000_8cb086cdd1b0a5e1.txt");

const USAGE: &str = "usage: clean [--report] [--lossy] [FILE]\n       clean --jsonl [--field NAME] [--max-record BYTES] [--jobs N] < records.jsonl\n       clean --corpus FILE.jsonl [--group-by FIELD] [--dedup] [--drop-duplicates] [--field NAME]";

struct Options {
    file: Option<String>,
    report: bool,
    jsonl: bool,
    lossy: bool,
    field: String,
    max_record: usize,
    jobs: usize,
    corpus: Option<String>,
    group_by: Option<String>,
    dedup: bool,
    drop_duplicates: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        file: None,
        report: false,
        jsonl: false,
        lossy: false,
        field: "text".to_owned(),
        max_record: 64 << 20,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        corpus: None,
        group_by: None,
        dedup: false,
        drop_duplicates: false,
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
            "--jobs" => {
                let v = args.next().ok_or("--jobs needs a number of threads")?;
                opts.jobs = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--jobs: {v:?} is not a positive number"))?;
            }
            "--corpus" => opts.corpus = Some(args.next().ok_or("--corpus needs a FILE.jsonl")?),
            "--group-by" => opts.group_by = Some(args.next().ok_or("--group-by needs a FIELD")?),
            "--dedup" => opts.dedup = true,
            "--drop-duplicates" => opts.drop_duplicates = true,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ if opts.file.is_some() => return Err(format!("unexpected argument {arg:?}")),
            _ => opts.file = Some(arg),
        }
    }
    if opts.corpus.is_some() && (opts.jsonl || opts.file.is_some()) {
        return Err("--corpus reads its own FILE.jsonl; give neither --jsonl nor FILE".to_owned());
    }
    if (opts.group_by.is_some() || opts.dedup || opts.drop_duplicates) && opts.corpus.is_none() {
        return Err(
            "--group-by, --dedup and --drop-duplicates need --corpus FILE.jsonl".to_owned(),
        );
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
    let result = if let Some(path) = &opts.corpus {
        run_corpus(&cleaner, &opts, path)
    } else if opts.jsonl {
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
        None if stdin_has_no_input() => ("sample article".to_owned(), SAMPLE.as_bytes().to_vec()),
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

fn run_corpus(cleaner: &Cleaner, opts: &Options, path: &str) -> io::Result<ExitCode> {
    let settings = corpus::Settings {
        path,
        field: &opts.field,
        group_by: opts.group_by.as_deref(),
        dedup: opts.dedup,
        drop_duplicates: opts.drop_duplicates,
        max_record: opts.max_record,
    };
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    match corpus::run(cleaner, &settings, &mut out) {
        Ok(ok) => Ok(if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(e),
        Err(e) => {
            eprintln!("clean: {e}");
            Ok(ExitCode::from(2))
        }
    }
}

fn run_jsonl(cleaner: &Cleaner, opts: &Options) -> io::Result<ExitCode> {
    let settings = jsonl::Settings {
        field: &opts.field,
        max_record: opts.max_record,
        jobs: opts.jobs,
    };
    let mut input = io::BufReader::with_capacity(1 << 20, io::stdin().lock());
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let ok = jsonl::run(cleaner, &settings, &mut input, &mut out)?;
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Whether stdin offers no input to read: a terminal (someone trying the
/// command), the null device or a closed stream (a script or CI running
/// it bare). An empty pipe or file is input, and cleans to nothing.
fn stdin_has_no_input() -> bool {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::FileTypeExt;
        match stdin.as_fd().try_clone_to_owned() {
            Ok(fd) => std::fs::File::from(fd)
                .metadata()
                .is_ok_and(|m| m.file_type().is_char_device()),
            Err(_) => true,
        }
    }
    #[cfg(not(unix))]
    {
        false
    }
}
