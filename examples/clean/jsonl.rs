//! The JSONL protocol: one JSON object per input line in, one per line out,
//! in order, with the text field cleaned.
//!
//! Records are parsed into borrowed data: the fields are kept as raw JSON
//! slices of the input line and copied to the output unchanged; only the
//! text field is decoded (borrowed when it has no escapes) and only the
//! cleaned text, the title and the removals are serialised. Records are
//! read in batches bounded in bytes and cleaned on `jobs` threads, in
//! chunks written in input order; with several jobs one batch is read
//! while the one before it is cleaned, so memory is bounded by two batches
//! or the largest records, whichever is larger.

use std::borrow::Cow;
use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::io::{self, BufRead, Write};
use std::ops::Range;
use std::sync::{mpsc, Arc, Mutex};

use bodytext::{Cleaned, Cleaner};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// Settings of a JSONL run.
pub struct Settings<'a> {
    /// The field that holds the text.
    pub field: &'a str,
    /// The longest line accepted, in bytes.
    pub max_record: usize,
    /// Worker threads.
    pub jobs: usize,
}

/// The bytes of input gathered before a batch is cleaned.
const BATCH_BYTES: usize = 2 << 20;

/// The most records in one batch.
const BATCH_RECORDS: usize = 4096;

/// One input line of a batch.
struct Slot {
    /// 1-based line number in the input.
    line: usize,
    /// Where the line's bytes are in the batch buffer.
    range: Range<usize>,
    /// Whether the line was longer than the record limit (then `range` is
    /// empty).
    too_long: bool,
}

/// Cleans every record of `input` and writes one output line per input
/// line. Returns whether every record succeeded.
///
/// With more than one job, `jobs` worker threads live for the whole run
/// and take chunks of about [`CHUNK_BYTES`] of a batch from one queue, so
/// that a worker that drew cheap records takes more of them; the chunks'
/// outputs are written in input order. While the workers clean one batch,
/// the main thread reads the next one; at most two batches are in memory.
/// Long-lived workers keep the regex caches and allocator arenas they have
/// warmed up; fresh threads per batch made the memory grow with the length
/// of the stream.
pub fn run(
    cleaner: &Cleaner,
    settings: &Settings<'_>,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> io::Result<bool> {
    let jobs = settings.jobs.max(1);
    let mut reader = BatchReader {
        line: 0,
        eof: false,
    };
    if jobs == 1 {
        let mut all_ok = true;
        let mut output = Vec::new();
        while let Some(batch) = reader.next(input, settings.max_record)? {
            output.clear();
            all_ok &= clean_run(cleaner, settings, &batch.buf, &batch.slots, &mut output);
            out.write_all(&output)?;
        }
        out.flush()?;
        return Ok(all_ok);
    }
    std::thread::scope(|scope| {
        let (job_tx, job_rx) = mpsc::channel::<Job>();
        let job_rx = Arc::new(Mutex::new(job_rx));
        let (done_tx, done_rx) = mpsc::channel::<Done>();
        for _ in 0..jobs {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || loop {
                // The lock is held only to take the next job.
                let job = match job_rx.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => break,
                };
                let Ok(Job { batch, range, seq }) = job else {
                    break;
                };
                let mut output = Vec::new();
                let ok = clean_run(
                    cleaner,
                    settings,
                    &batch.buf,
                    &batch.slots[range],
                    &mut output,
                );
                drop(batch);
                if done_tx.send(Done { seq, output, ok }).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        let mut all_ok = true;
        // Chunks are numbered in input order; `written` is the next one to
        // write, and finished chunks wait in `ready` until their turn.
        let (mut sent, mut written) = (0u64, 0u64);
        let mut ready: BTreeMap<u64, Done> = BTreeMap::new();
        // The number of chunks sent when each batch in flight was sent.
        let mut batch_ends: VecDeque<u64> = VecDeque::new();
        loop {
            if let Some(batch) = reader.next(input, settings.max_record)? {
                let batch = Arc::new(batch);
                for range in chunks(&batch) {
                    let job = Job {
                        batch: Arc::clone(&batch),
                        range,
                        seq: sent,
                    };
                    job_tx.send(job).map_err(|_| worker_failed())?;
                    sent += 1;
                }
                batch_ends.push_back(sent);
            }
            // Keep one batch cleaning while the next is read; at the end of
            // the input, finish them all.
            let keep = usize::from(!reader.eof);
            while batch_ends.len() > keep {
                let end = batch_ends.pop_front().unwrap_or(sent);
                while written < end {
                    let done = match ready.remove(&written) {
                        Some(done) => done,
                        None => {
                            let done = done_rx.recv().map_err(|_| worker_failed())?;
                            ready.insert(done.seq, done);
                            continue;
                        }
                    };
                    all_ok &= done.ok;
                    out.write_all(&done.output)?;
                    written += 1;
                }
            }
            if reader.eof && batch_ends.is_empty() {
                break;
            }
        }
        out.flush()?;
        Ok(all_ok)
        // Dropping the job sender ends the workers; the scope joins them.
    })
}

fn worker_failed() -> io::Error {
    io::Error::other("a worker thread failed")
}

/// The bytes of input in one chunk a worker takes from the queue: small
/// enough that the workers finish a batch at about the same time.
const CHUNK_BYTES: usize = 256 << 10;

/// One chunk of a batch for a worker.
struct Job {
    batch: Arc<Batch>,
    range: Range<usize>,
    /// The chunk's place in the input.
    seq: u64,
}

/// A worker's output for one chunk.
struct Done {
    seq: u64,
    output: Vec<u8>,
    ok: bool,
}

/// Splits a batch's records into contiguous chunks of about
/// [`CHUNK_BYTES`]; together they cover every record, in order.
fn chunks(batch: &Batch) -> Vec<Range<usize>> {
    let mut chunks = Vec::new();
    let mut start = 0;
    while start < batch.slots.len() {
        let from = start;
        let mut bytes = 0;
        while start < batch.slots.len() && (start == from || bytes < CHUNK_BYTES) {
            bytes += batch.slots[start].range.len() + 1;
            start += 1;
        }
        chunks.push(from..start);
    }
    chunks
}

/// Input lines read together: their bytes and where each line is.
struct Batch {
    buf: Vec<u8>,
    slots: Vec<Slot>,
}

/// Reads batches bounded in bytes and records.
struct BatchReader {
    line: usize,
    eof: bool,
}

impl BatchReader {
    fn next(&mut self, input: &mut impl BufRead, max_record: usize) -> io::Result<Option<Batch>> {
        if self.eof {
            return Ok(None);
        }
        let mut batch = Batch {
            buf: Vec::new(),
            slots: Vec::new(),
        };
        while batch.buf.len() < BATCH_BYTES && batch.slots.len() < BATCH_RECORDS {
            let start = batch.buf.len();
            let (consumed, too_long) = read_record(input, &mut batch.buf, max_record)?;
            if consumed == 0 {
                self.eof = true;
                break;
            }
            self.line += 1;
            batch.slots.push(Slot {
                line: self.line,
                range: start..batch.buf.len(),
                too_long,
            });
        }
        Ok((!batch.slots.is_empty()).then_some(batch))
    }
}

/// Cleans a run of records in order; every record is answered, so this
/// must not stop at the first failure.
fn clean_run(
    cleaner: &Cleaner,
    settings: &Settings<'_>,
    buf: &[u8],
    run: &[Slot],
    out: &mut Vec<u8>,
) -> bool {
    let mut ok = true;
    for slot in run {
        ok &= process_slot(cleaner, settings, buf, slot, out);
    }
    ok
}

fn process_slot(
    cleaner: &Cleaner,
    settings: &Settings<'_>,
    buf: &[u8],
    slot: &Slot,
    out: &mut Vec<u8>,
) -> bool {
    let result = if slot.too_long {
        Err(format!("record longer than {} bytes", settings.max_record))
    } else {
        // The cleaner does not panic on any input (the fuzz targets check
        // it); should it ever, the record gets an error and the run goes
        // on, and no worker leaves a gap in the output.
        let start = out.len();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            process(cleaner, &buf[slot.range.clone()], settings.field, out)
        }))
        .unwrap_or_else(|_| {
            out.truncate(start);
            Err("internal error while cleaning the record".to_owned())
        })
    };
    match result {
        Ok(()) => true,
        Err(msg) => {
            write_error(out, &msg, slot.line);
            false
        }
    }
}

/// Reads one line (without its `\n` or `\r\n`) onto the end of `buf`,
/// keeping at most `max` bytes of it but consuming the whole line. Returns
/// the bytes consumed and whether the line was longer than `max` (then
/// nothing of it is kept).
pub fn read_record(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<(usize, bool)> {
    let start = buf.len();
    let mut consumed = 0;
    let mut too_long = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if buf.len() - start + take > max {
                too_long = true;
                buf.truncate(start);
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
    if !too_long && buf.len() > start && buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok((consumed, too_long))
}

/// Cleans one record and appends its output line (with `\n`) to `out`. On
/// error nothing is appended.
pub fn process(
    cleaner: &Cleaner,
    line: &[u8],
    field: &str,
    out: &mut Vec<u8>,
) -> Result<(), String> {
    let text = std::str::from_utf8(line)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let record: Record<'_> =
        serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    let raw = record
        .get(field)
        .ok_or_else(|| format!("missing field {field:?}"))?;
    let value: Str<'_> =
        serde_json::from_str(raw.get()).map_err(|_| format!("field {field:?} is not a string"))?;
    let cleaned = cleaner.clean(&value.0);
    write_record(out, &record, field, &cleaned, None);
    Ok(())
}

/// Appends the output line of a cleaned record: its fields in input order
/// with the text replaced, `title` and `removed` set, and `duplicate_of`
/// (a raw JSON value) when given.
pub fn write_record(
    out: &mut Vec<u8>,
    record: &Record<'_>,
    field: &str,
    cleaned: &Cleaned,
    duplicate_of: Option<&str>,
) {
    out.push(b'{');
    let mut first = true;
    let mut sep = |out: &mut Vec<u8>| {
        if !first {
            out.push(b',');
        }
        first = false;
    };
    let (mut wrote_title, mut wrote_removed) = (false, false);
    for (key, raw) in &record.fields {
        sep(out);
        write_json_str(out, &key.0);
        out.push(b':');
        match &*key.0 {
            k if k == field => write_json_str(out, cleaned.text()),
            "title" => {
                write_title(out, cleaned);
                wrote_title = true;
            }
            "removed" => {
                write_removed(out, cleaned);
                wrote_removed = true;
            }
            "duplicate_of" if duplicate_of.is_some() => {}
            _ => out.extend_from_slice(raw.get().as_bytes()),
        }
    }
    if !wrote_title && field != "title" {
        sep(out);
        out.extend_from_slice(b"\"title\":");
        write_title(out, cleaned);
    }
    if !wrote_removed && field != "removed" {
        sep(out);
        out.extend_from_slice(b"\"removed\":");
        write_removed(out, cleaned);
    }
    if let Some(id) = duplicate_of {
        sep(out);
        out.extend_from_slice(b"\"duplicate_of\":");
        out.extend_from_slice(id.as_bytes());
    }
    out.extend_from_slice(b"}\n");
}

fn write_title(out: &mut Vec<u8>, cleaned: &Cleaned) {
    match cleaned.title() {
        Some(t) => write_json_str(out, t),
        None => out.extend_from_slice(b"null"),
    }
}

fn write_removed(out: &mut Vec<u8>, cleaned: &Cleaned) {
    out.push(b'[');
    for (i, r) in cleaned.report().iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(format!("{{\"line\":{},\"reason\":", r.line()).as_bytes());
        write_json_str(out, r.reason().name());
        out.extend_from_slice(b",\"rule\":");
        write_json_str(out, r.rule());
        out.extend_from_slice(b",\"text\":");
        write_json_str(out, r.text());
        out.push(b'}');
    }
    out.push(b']');
}

/// Appends the error record for input line `line`.
pub fn write_error(out: &mut Vec<u8>, msg: &str, line: usize) {
    out.extend_from_slice(b"{\"error\":");
    write_json_str(out, msg);
    out.extend_from_slice(format!(",\"line\":{line}}}\n").as_bytes());
}

fn write_json_str(out: &mut Vec<u8>, s: &str) {
    // Writing a string into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

/// A JSON object's fields in input order, keys decoded, values raw.
pub struct Record<'a> {
    fields: Vec<(Str<'a>, &'a RawValue)>,
}

impl<'a> Record<'a> {
    /// The raw value of the first field named `name`.
    pub fn get(&self, name: &str) -> Option<&'a RawValue> {
        self.fields
            .iter()
            .find(|(k, _)| k.0 == name)
            .map(|(_, v)| *v)
    }
}

impl<'de> Deserialize<'de> for Record<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct RecordVisitor;
        impl<'de> Visitor<'de> for RecordVisitor {
            type Value = Record<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<Str<'de>, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Record { fields })
            }
        }
        d.deserialize_map(RecordVisitor)
    }
}

/// A JSON string, borrowed from the input when it has no escapes.
pub struct Str<'a>(pub Cow<'a, str>);

impl<'de> Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct StrVisitor;
        impl<'de> Visitor<'de> for StrVisitor {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(s)))
            }
        }
        d.deserialize_str(StrVisitor)
    }
}
