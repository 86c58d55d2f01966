//! Criterion benches: the baseline line split, each stage on its own, and
//! end to end, on the seed, the bundled samples, the real evaluation pages
//! (when `../shared/eval/dev.jsonl.gz` is present), growing inputs and
//! inputs shaped to find slow paths.
//! See `benches/README.md` for the figures and how to read them.

use std::hint::black_box;
use std::path::Path;
use std::process::Command;

use bodytext::{Cleaner, Reason};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const SEED: &str = include_str!("../tests/data/000_8cb086cdd1b0a5e1.txt");

/// The trivial pass every cleaner must at least do: split into lines, trim
/// trailing whitespace, join again.
fn baseline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The golden inputs of `tests/data`, concatenated as one corpus.
fn samples() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    names.sort();
    names
        .iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && !p.to_string_lossy().ends_with(".expected.txt")
        })
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The `page` and `article` texts of the evaluation set, if it is there.
fn dev_texts() -> Option<(Vec<String>, Vec<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev.jsonl.gz");
    if !path.exists() {
        eprintln!(
            "bench: {} not found; skipping the dev-set benches",
            path.display()
        );
        return None;
    }
    let out = Command::new("gzip").arg("-dc").arg(&path).output().ok()?;
    let (mut pages, mut articles) = (Vec::new(), Vec::new());
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(p) = v["page"].as_str() {
            pages.push(p.to_owned());
        }
        if let Some(a) = v["article"].as_str() {
            articles.push(a.to_owned());
        }
    }
    Some((pages, articles))
}

/// The default cleaner, and one cleaner per stage with every other stage
/// turned off.
fn stage_cleaners() -> Vec<(&'static str, Cleaner)> {
    let only = |title: bool, dedup: bool, context: bool, rules: bool| {
        let mut b = Cleaner::builder();
        b.title(title)
            .headline_copies(title)
            .dedup(dedup)
            .context(context);
        if !rules {
            for r in Reason::ALL {
                b.disable(r);
            }
            if context {
                b.enable(Reason::Context);
            }
        }
        b.build().expect("valid settings")
    };
    vec![
        ("end_to_end", Cleaner::default()),
        ("rules", only(false, false, false, true)),
        ("headline", only(true, false, false, false)),
        ("dedup", only(false, true, false, false)),
        ("context", only(false, false, true, false)),
    ]
}

fn bench_inputs(c: &mut Criterion) {
    let samples = samples();
    let mut inputs: Vec<(&str, Vec<String>)> =
        vec![("seed", vec![SEED.to_owned()]), ("samples", vec![samples])];
    if let Some((pages, articles)) = dev_texts() {
        inputs.push(("dev_pages", pages));
        inputs.push(("dev_articles", articles));
    }
    let cleaners = stage_cleaners();
    for (name, texts) in &inputs {
        let bytes: usize = texts.iter().map(String::len).sum();
        let mut group = c.benchmark_group(*name);
        group.throughput(Throughput::Bytes(bytes as u64));
        if bytes > 1 << 20 {
            group.sample_size(10);
        }
        group.bench_function("baseline", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| baseline(black_box(t)).len())
                    .sum::<usize>()
            })
        });
        for (stage, cleaner) in &cleaners {
            group.bench_function(*stage, |b| {
                b.iter(|| {
                    texts
                        .iter()
                        .map(|t| cleaner.clean(black_box(t)).text().len())
                        .sum::<usize>()
                })
            });
        }
        group.finish();
    }
}

/// Cost per byte as the input grows: the same article text repeated with
/// varying paragraphs, from 1 KB to 10 MB (100 MB with `BODYTEXT_BENCH_BIG=1`).
fn bench_scaling(c: &mut Criterion) {
    let mut sizes = vec![1 << 10, 100 << 10, 10 << 20];
    if std::env::var_os("BODYTEXT_BENCH_BIG").is_some() {
        sizes.push(100 << 20);
    }
    let cleaner = Cleaner::default();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for size in sizes {
        let text = grow(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("end_to_end", size), &text, |b, t| {
            b.iter(|| cleaner.clean(black_box(t)).text().len())
        });
        group.bench_with_input(BenchmarkId::new("baseline", size), &text, |b, t| {
            b.iter(|| baseline(black_box(t)).len())
        });
    }
    group.finish();
}

/// Inputs shaped to find slow paths, each cleaned end to end: one 50 MB
/// line; a million identical short lines; a million distinct short lines;
/// 100,000 copies of the seed's headline; a 20 MB article of one repeated
/// paragraph.
fn bench_pathological(c: &mut Criterion) {
    let cleaner = Cleaner::default();
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    for (name, text) in pathological_inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| cleaner.clean(black_box(&text)).text().len())
        });
    }
    group.finish();
}

fn pathological_inputs() -> Vec<(&'static str, String)> {
    let headline = SEED.lines().next().unwrap_or_default();
    let paragraph = SEED.lines().max_by_key(|l| l.len()).unwrap_or_default();
    let words = [
        "harbour", "council", "the", "ferry", "said", "and", "of", "Tuesday",
    ];
    let mut one_line = String::with_capacity(50 << 20);
    let mut n = 0usize;
    while one_line.len() < 50_000_000 {
        one_line.push_str(words[n % words.len()]);
        one_line.push(' ');
        n = n.wrapping_mul(7).wrapping_add(3) % 1009;
    }
    let mut distinct = String::with_capacity(30 << 20);
    for n in 0..1_000_000u32 {
        distinct.push_str(&format!("Item {n} of the list\n"));
    }
    let mut repeated = String::with_capacity(21 << 20);
    while repeated.len() < 20_000_000 {
        repeated.push_str(paragraph);
        repeated.push_str("\n\n");
    }
    vec![
        ("one_50mb_line", one_line),
        (
            "identical_short_lines",
            "Share this article\n".repeat(1_000_000),
        ),
        ("distinct_short_lines", distinct),
        ("headline_copies", format!("{headline}\n").repeat(100_000)),
        ("repeated_paragraph", repeated),
    ]
}

/// About `size` bytes of article-like text whose paragraphs differ, so that
/// repeated-block removal does not shortcut the work.
fn grow(size: usize) -> String {
    let lines: Vec<&str> = SEED.lines().collect();
    let mut out = String::with_capacity(size + 1024);
    let mut n = 0usize;
    while out.len() < size {
        let line = lines[n % lines.len()];
        out.push_str(line);
        if !line.is_empty() {
            out.push_str(&format!(" ({n})"));
        }
        out.push('\n');
        n += 1;
    }
    out.truncate(out.floor_char_boundary_compat(size));
    out
}

trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorBoundary for String {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        i = i.min(self.len());
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

criterion_group!(benches, bench_inputs, bench_scaling, bench_pathological);
criterion_main!(benches);
