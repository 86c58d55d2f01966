//! Corpus mode: two passes over a JSONL file. The first learns each
//! group's template lines; the second cleans every record with them and,
//! when asked, flags or drops records whose body duplicates an earlier one.

use std::fs::File;
use std::io::{self, BufReader, Write};

use bodytext::{Cleaner, NearDuplicates, TemplateLearner};

use crate::jsonl::{read_record, write_error, Record, Str};

/// Settings of a corpus run.
pub struct Settings<'a> {
    /// The JSONL file; read twice.
    pub path: &'a str,
    /// The field that holds the text.
    pub field: &'a str,
    /// The field that names an article's group (its site, say), if any.
    pub group_by: Option<&'a str>,
    /// Add `duplicate_of` to records whose body duplicates an earlier one.
    pub dedup: bool,
    /// Leave such records out.
    pub drop_duplicates: bool,
    /// The longest line accepted, in bytes.
    pub max_record: usize,
}

fn open(path: &str) -> io::Result<BufReader<File>> {
    File::open(path)
        .map(|f| BufReader::with_capacity(1 << 20, f))
        .map_err(|e| io::Error::new(e.kind(), format!("cannot read {path}: {e}")))
}

/// The text and group of a record, or why it has none.
fn text_and_group<'a>(
    record: &'a Record<'a>,
    field: &str,
    group_by: Option<&str>,
) -> Result<(Str<'a>, String), String> {
    let raw = record
        .get(field)
        .ok_or_else(|| format!("missing field {field:?}"))?;
    let text: Str<'_> =
        serde_json::from_str(raw.get()).map_err(|_| format!("field {field:?} is not a string"))?;
    let group = match group_by.and_then(|g| record.get(g)) {
        // A string group is used as it is; any other value by its JSON.
        Some(raw) => serde_json::from_str::<Str<'_>>(raw.get())
            .map_or_else(|_| raw.get().to_owned(), |s| s.0.into_owned()),
        None => String::new(),
    };
    Ok((text, group))
}

fn parse(line: &[u8]) -> Result<Record<'_>, String> {
    let text = std::str::from_utf8(line)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))
}

/// Runs both passes. Returns whether every record succeeded.
pub fn run(base: &Cleaner, settings: &Settings<'_>, out: &mut impl Write) -> io::Result<bool> {
    // Pass 1: learn.
    let mut learner = TemplateLearner::new();
    let mut input = open(settings.path)?;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let (consumed, too_long) = read_record(&mut input, &mut buf, settings.max_record)?;
        if consumed == 0 {
            break;
        }
        if too_long {
            continue;
        }
        if let Ok(record) = parse(&buf) {
            if let Ok((text, group)) = text_and_group(&record, settings.field, settings.group_by) {
                learner.observe(&group, &text.0);
            }
        }
    }
    let cleaner = base.with_templates(learner.templates());

    // Pass 2: clean, and find duplicates.
    let mut seen: NearDuplicates<String> = NearDuplicates::new();
    let mut input = open(settings.path)?;
    let mut all_ok = true;
    let mut line = 0usize;
    let mut line_out = Vec::new();
    loop {
        buf.clear();
        line_out.clear();
        let (consumed, too_long) = read_record(&mut input, &mut buf, settings.max_record)?;
        if consumed == 0 {
            break;
        }
        line += 1;
        let result = if too_long {
            Err(format!("record longer than {} bytes", settings.max_record))
        } else {
            parse(&buf).and_then(|record| {
                let (text, group) = text_and_group(&record, settings.field, settings.group_by)?;
                let cleaned = cleaner.clean_in_group(&group, &text.0);
                let duplicate_of = if settings.dedup || settings.drop_duplicates {
                    let id = record
                        .get("id")
                        .map_or_else(|| line.to_string(), |raw| raw.get().to_owned());
                    seen.insert(id, cleaned.text())
                } else {
                    None
                };
                if !(settings.drop_duplicates && duplicate_of.is_some()) {
                    let extra = duplicate_of.as_deref().filter(|_| settings.dedup);
                    crate::jsonl::write_record(
                        &mut line_out,
                        &record,
                        settings.field,
                        &cleaned,
                        extra,
                    );
                }
                Ok(())
            })
        };
        if let Err(msg) = result {
            all_ok = false;
            write_error(&mut line_out, &msg, line);
        }
        out.write_all(&line_out)?;
    }
    out.flush()?;
    Ok(all_ok)
}
