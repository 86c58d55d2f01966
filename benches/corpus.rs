//! Criterion benches of the corpus-level stages: signing texts
//! (`Signature::of`), inserting them into a `NearDuplicates` index, and
//! observing them with a `TemplateLearner`, reported in bytes of text per
//! second.
//!
//! Inputs: the bodies of `../shared/eval/seedfamily-dev.jsonl` and the
//! `article` texts of `../shared/eval/dev.jsonl.gz` (decompressed with
//! `gzip -dc`), each when present; the bundled golden inputs otherwise.

use std::hint::black_box;
use std::path::Path;
use std::process::Command;

use bodytext::{NearDupParams, NearDuplicates, Signature, TemplateLearner};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// The seed-family bodies, paragraphs joined by blank lines.
fn seedfamily() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/seedfamily-dev.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("bench: {} not found", path.display());
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let paragraphs = v["paragraphs"].as_array()?;
            let texts: Vec<&str> = paragraphs.iter().filter_map(|p| p.as_str()).collect();
            Some(texts.join("\n\n"))
        })
        .collect()
}

/// The `article` texts of the evaluation pages.
fn dev_articles() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev.jsonl.gz");
    if !path.exists() {
        eprintln!("bench: {} not found", path.display());
        return Vec::new();
    }
    let Ok(out) = Command::new("gzip").arg("-dc").arg(&path).output() else {
        return Vec::new();
    };
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["article"].as_str().map(str::to_owned))
        .collect()
}

/// The golden inputs of `tests/data`, as a fallback corpus.
fn samples() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && !p.to_string_lossy().ends_with(".expected.txt")
        })
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn corpora() -> Vec<(&'static str, Vec<String>)> {
    let mut out = Vec::new();
    for (name, texts) in [
        ("seedfamily", seedfamily()),
        ("dev-articles", dev_articles()),
    ] {
        if !texts.is_empty() {
            out.push((name, texts));
        }
    }
    if out.is_empty() {
        out.push(("samples", samples()));
    }
    out
}

fn bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

fn bench_neardup(c: &mut Criterion) {
    let params = NearDupParams::default();
    let mut group = c.benchmark_group("neardup");
    group.sample_size(10);
    for (name, texts) in corpora() {
        group.throughput(Throughput::Bytes(bytes(&texts)));
        group.bench_with_input(BenchmarkId::new("signature", name), &texts, |b, texts| {
            b.iter(|| {
                for t in texts {
                    black_box(Signature::of(black_box(t), &params));
                }
            })
        });
        group.bench_with_input(BenchmarkId::new("insert", name), &texts, |b, texts| {
            b.iter(|| {
                let mut index = NearDuplicates::new();
                let mut found = 0;
                for (i, t) in texts.iter().enumerate() {
                    found += usize::from(index.insert(i, black_box(t)).is_some());
                }
                black_box(found)
            })
        });
    }
    group.finish();
}

fn bench_template(c: &mut Criterion) {
    let mut group = c.benchmark_group("template");
    group.sample_size(10);
    for (name, texts) in corpora() {
        group.throughput(Throughput::Bytes(bytes(&texts)));
        group.bench_with_input(BenchmarkId::new("observe", name), &texts, |b, texts| {
            b.iter(|| {
                let mut learner = TemplateLearner::new();
                for (i, t) in texts.iter().enumerate() {
                    let site = if i % 2 == 0 { "a" } else { "b" };
                    learner.observe(site, black_box(t));
                }
                black_box(learner.templates().len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_neardup, bench_template);
criterion_main!(benches);
