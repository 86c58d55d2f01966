//! Corpus-level tests: templates learned from many articles of a site, and
//! near-duplicate articles.
//!
//! The article bodies are the `paragraphs` of
//! `../shared/eval/seedfamily-dev.jsonl` (NTREX-128 sentences, CC BY-SA
//! 4.0), read at test time; each test that needs them is skipped with a
//! message when the file is absent. Every template line (headers, footers,
//! prompts, tags) is invented here.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use bodytext::{
    Cleaner, Error, NearDupParams, NearDuplicates, Signature, TemplateKind, TemplateLearner,
    Templates,
};

/// One seed-family article: its id, language and body paragraphs.
#[derive(Debug, Clone)]
struct Source {
    id: String,
    lang: String,
    paragraphs: Vec<String>,
}

fn shared(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval")
        .join(path)
}

/// The seed-family articles, or `None` (with a message) when the file is
/// not there.
fn seedfamily() -> Option<Vec<Source>> {
    let path = shared("seedfamily-dev.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return None;
    };
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("seedfamily line is JSON");
        let paragraphs: Vec<String> = v["paragraphs"]
            .as_array()
            .expect("paragraphs is an array")
            .iter()
            .filter_map(|p| p.as_str().map(str::to_owned))
            .collect();
        out.push(Source {
            id: v["id"].as_str().unwrap_or_default().to_owned(),
            lang: v["lang"].as_str().unwrap_or_default().to_owned(),
            paragraphs,
        });
    }
    assert!(out.len() >= 100, "expected the 152 seed-family articles");
    Some(out)
}

/// A small deterministic generator, so the corpora are the same on every
/// run without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Splits a paragraph into sentences, each ending with its full stop.
fn sentences(paragraph: &str) -> Vec<String> {
    paragraph
        .split_inclusive(". ")
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

/// `count` article bodies, each a run of up to `chunk` consecutive
/// paragraphs of one seed-family article, no paragraph used twice. With
/// `split_every` = `n`, every `n`-th body has one sentence per line, so that
/// many body lines are short (1: all of them).
fn bodies(sources: &[Source], count: usize, chunk: usize, split_every: usize) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for source in sources {
        for paragraphs in source.paragraphs.chunks(chunk) {
            let lines: Vec<String> = if out.len() % split_every == split_every - 1 {
                paragraphs.iter().flat_map(|p| sentences(p)).collect()
            } else {
                paragraphs.to_vec()
            };
            out.push(lines);
        }
    }
    assert!(out.len() >= count, "only {} bodies", out.len());
    // Take evenly spread chunks so that all languages and sources take part.
    let step = out.len() as f64 / count as f64;
    (0..count)
        .map(|i| out[(i as f64 * step) as usize].clone())
        .collect()
}

const MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const SUBJECTS: [&str; 10] = [
    "Politik",
    "Wirtschaft",
    "Sport",
    "Kultur",
    "Wissenschaft",
    "Gesundheit",
    "Reisen",
    "Technik",
    "Klima",
    "Bildung",
];
const PLACES: [&str; 10] = [
    "in Europa",
    "in Asien",
    "in Afrika",
    "in Amerika",
    "weltweit",
    "in Deutschland",
    "aus der Region",
    "vor Ort",
    "im Überblick",
    "kompakt",
];
const AGENCIES: [&str; 8] = [
    "dpa",
    "AFP",
    "Reuters",
    "AP",
    "Getty Images",
    "imago images",
    "picture alliance",
    "EPA",
];

/// One site's article: its text, which lines are template lines and which
/// are body.
struct SiteArticle {
    text: String,
    template: Vec<String>,
    body: Vec<String>,
}

/// The 200 articles of the site `kurier`: header, navigation and footer
/// lines shared by all, a date line, a free-updates prompt whose topic
/// takes 100 values (each exact prompt at most twice), a site tag, a
/// comment count, and in half the articles a photo credit.
fn kurier(bodies: &[Vec<String>]) -> Vec<SiteArticle> {
    let mut rng = Rng(7);
    bodies
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let subject = SUBJECTS[i % 10];
            let place = PLACES[(i / 10) % 10];
            let mut template = vec![
                "Kurier Online – Nachrichten aus Stadt und Land".to_owned(),
                "Startseite | Politik | Wirtschaft | Sport | Kultur".to_owned(),
                format!(
                    "Veröffentlicht am {}. {} {}, {:02}:{:02} Uhr",
                    1 + rng.below(28),
                    MONTHS[rng.below(12)],
                    2019 + rng.below(6),
                    rng.below(24),
                    rng.below(60)
                ),
                format!("Erhalten Sie kostenlose Updates zum Thema {subject} {place}"),
            ];
            let credit = (i % 2 == 0).then(|| format!("Foto: {}", AGENCIES[rng.below(8)]));
            template.extend(credit.clone());
            let footer = [
                format!("{} Kommentare", rng.below(60)),
                format!("krn-de-{}", 1000 + i),
                "© Kurier Verlag GmbH. Alle Rechte vorbehalten.".to_owned(),
            ];
            let mut lines: Vec<String> = template[..4].to_vec();
            lines.extend(body.iter().take(1).cloned());
            lines.extend(credit);
            lines.extend(body.iter().skip(1).cloned());
            lines.extend(footer.iter().cloned());
            template.extend(footer);
            SiteArticle {
                text: lines.join("\n\n"),
                template,
                body: body.clone(),
            }
        })
        .collect()
}

/// The lines a template set matches among `lines`.
fn matched<'a>(templates: &Templates, group: &str, lines: &'a [String]) -> Vec<&'a str> {
    lines
        .iter()
        .filter(|l| templates.matches(group, l).is_some())
        .map(String::as_str)
        .collect()
}

#[test]
fn site_templates_are_learned_and_body_is_not() {
    let Some(sources) = seedfamily() else { return };
    let articles = kurier(&bodies(&sources, 200, 4, 2));
    // The construction: no exact prompt line repeats more than twice.
    let mut prompts: HashMap<&str, usize> = HashMap::new();
    for a in &articles {
        *prompts.entry(a.template[3].as_str()).or_default() += 1;
    }
    assert!(prompts.values().all(|&n| n <= 2), "a prompt repeats");

    let mut learner = TemplateLearner::new();
    for a in &articles {
        learner.observe("kurier", &a.text);
    }
    assert_eq!(learner.articles("kurier"), 200);
    let templates = learner.templates();
    let (lines, slots) = templates.count("kurier");
    eprintln!("kurier: {lines} line templates, {slots} slot templates");

    let mut missed = Vec::new();
    let mut body_hits = Vec::new();
    let mut body_lines = 0;
    for (i, a) in articles.iter().enumerate() {
        for line in &a.template {
            if templates.matches("kurier", line).is_none() {
                missed.push(format!("article {i}: {line}"));
            }
        }
        body_lines += a.body.len();
        for line in matched(&templates, "kurier", &a.body) {
            body_hits.push(format!("article {i}: {line}"));
        }
    }
    eprintln!("{body_lines} body lines checked");
    assert!(missed.is_empty(), "template lines not learned: {missed:#?}");
    assert!(body_hits.is_empty(), "body lines learned: {body_hits:#?}");

    // Fresh values in the slots match too; the right kind and evidence are
    // reported.
    let unseen = [
        (
            "Erhalten Sie kostenlose Updates zum Thema Verkehr in Berlin",
            TemplateKind::Slot,
        ),
        (
            "Veröffentlicht am 3. Mai 2031, 07:15 Uhr",
            TemplateKind::Slot,
        ),
        ("krn-de-98765", TemplateKind::Slot),
        ("123 Kommentare", TemplateKind::Slot),
        ("Foto: Keystone", TemplateKind::Slot),
        (
            "Kurier Online - Nachrichten aus Stadt und Land",
            TemplateKind::Line,
        ),
    ];
    for (line, kind) in unseen {
        let m = templates.matches("kurier", line);
        assert_eq!(m.map(|m| m.kind()), Some(kind), "{line}");
    }
    let header = templates.matches("kurier", "KURIER ONLINE: Nachrichten aus Stadt und Land");
    assert_eq!(
        header.map(|m| m.rule()),
        Some("template/line:200".to_owned())
    );
    // Only the group's own templates apply; nothing else matches.
    assert_eq!(templates.matches("other", &articles[0].template[0]), None);
    for line in [
        "Foto-Ausstellung im Rathaus zeigt Bilder aus hundert Jahren Stadtgeschichte",
        "Erhalten bleibt die alte Brücke.",
        "",
        "12",
    ] {
        assert_eq!(templates.matches("kurier", line), None, "{line}");
    }
}

#[test]
fn short_body_lines_of_one_language_are_not_learned() {
    let Some(sources) = seedfamily() else { return };
    // One German site whose bodies are all split into sentences: many
    // short lines in one language, which share first and last words.
    let german: Vec<Source> = sources.iter().filter(|s| s.lang == "de").cloned().collect();
    let all = german.iter().map(|s| s.paragraphs.len().div_ceil(2)).sum();
    let bodies = bodies(&german, all, 2, 1);
    let articles = kurier(&bodies);
    // Even with a low bar of three stories and no share.
    let mut learner = TemplateLearner::builder()
        .min_articles(3)
        .min_share(0.0)
        .build()
        .expect("valid settings");
    for a in &articles {
        learner.observe("kurier", &a.text);
    }
    let templates = learner.templates();
    let mut body_lines = 0;
    let mut body_hits = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        body_lines += a.body.len();
        for line in matched(&templates, "kurier", &a.body) {
            body_hits.push(format!("article {i}: {line}"));
        }
        for line in &a.template {
            assert!(templates.matches("kurier", line).is_some(), "{line}");
        }
    }
    eprintln!(
        "{} articles, {body_lines} body lines checked",
        articles.len()
    );
    assert!(body_hits.is_empty(), "body lines learned: {body_hits:#?}");
}

/// Invented residue of five sites that carry the same story.
const SITES: [[&str; 3]; 5] = [
    [
        "Abendpost – Das Neueste aus aller Welt",
        "Erhalten Sie kostenlose Updates zum Thema Weltgeschehen",
        "abp-de-17",
    ],
    [
        "Morgenblatt Digital",
        "Newsletter abonnieren und nichts verpassen",
        "Schreibe einen Kommentar",
    ],
    [
        "Rundschau am Sonntag | Politik",
        "Teilen auf Facebook",
        "Foto: dpa",
    ],
    [
        "Der Landbote",
        "Lesen Sie auch: Die wichtigsten Meldungen des Tages",
        "lbt-de-4711",
    ],
    [
        "Tageskurier Nachrichten",
        "Mehr zu diesem Thema",
        "© Tageskurier 2024",
    ],
];

/// A story long enough to matter, with one sentence per line, and the five
/// sites' copies of it, each wrapped in its own residue.
fn syndicated(source: &Source) -> (Vec<String>, Vec<String>) {
    let body: Vec<String> = source
        .paragraphs
        .iter()
        .flat_map(|p| sentences(p))
        .collect();
    let copies = SITES
        .iter()
        .map(|[header, middle, footer]| {
            let mut lines = vec![header.to_string()];
            let half = body.len() / 2;
            lines.extend(body[..half].iter().cloned());
            lines.push(middle.to_string());
            lines.extend(body[half..].iter().cloned());
            lines.push(footer.to_string());
            lines.join("\n\n")
        })
        .collect();
    (body, copies)
}

#[test]
fn syndicated_story_is_not_a_template_and_its_copies_are_duplicates() {
    let Some(sources) = seedfamily() else { return };
    // The German source with the most sentences.
    let story = sources
        .iter()
        .filter(|s| s.lang == "de")
        .max_by_key(|s| {
            s.paragraphs
                .iter()
                .map(|p| sentences(p).len())
                .sum::<usize>()
        })
        .expect("a German article");
    let (body, copies) = syndicated(story);
    let others: Vec<String> = sources
        .iter()
        .filter(|s| s.id != story.id)
        .take(40)
        .map(|s| s.paragraphs.join("\n\n"))
        .collect();

    // All in one (ungrouped) corpus: every short body line of the story
    // occurs in five articles, which is `min_articles`, but in one story.
    let mut learner = TemplateLearner::new();
    for (i, text) in others.iter().enumerate() {
        learner.observe("", text);
        if i % 8 == 0 {
            learner.observe("", &copies[i / 8]);
        }
    }
    assert_eq!(learner.articles(""), 45);
    let short = body
        .iter()
        .filter(|l| l.split_whitespace().count() <= 25)
        .count();
    assert!(short >= 5, "the story has only {short} short lines");
    let templates = learner.templates();
    let learned = matched(&templates, "", &body);
    assert!(learned.is_empty(), "body lines learned: {learned:#?}");

    // One site that republished the story five times among its own
    // articles behaves the same.
    let mut site = TemplateLearner::new();
    for (i, text) in others.iter().take(20).enumerate() {
        site.observe("landbote", &format!("Der Landbote\n\n{text}\n\nlbt-de-{i}"));
    }
    for (i, copy) in copies.iter().enumerate() {
        site.observe("landbote", &format!("{copy}\n\nlbt-de-{}", 100 + i));
    }
    let templates = site.templates();
    assert!(templates.matches("landbote", "Der Landbote").is_some());
    let learned = matched(&templates, "landbote", &body);
    assert!(learned.is_empty(), "body lines learned: {learned:#?}");

    // After cleaning, every copy is flagged as a duplicate of the first;
    // the other articles are not.
    let cleaner = Cleaner::default();
    let mut seen = NearDuplicates::new();
    for (i, copy) in copies.iter().enumerate() {
        let cleaned = cleaner.clean(copy);
        let found = seen.insert(format!("site{i}"), cleaned.text());
        let want = (i > 0).then(|| "site0".to_owned());
        assert_eq!(found, want, "copy {i}");
    }
    for (i, text) in others.iter().enumerate() {
        assert_eq!(seen.insert(format!("other{i}"), text), None, "other {i}");
    }
}

/// The first `percent` % of the words of `text`.
fn cut(text: &str, percent: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words[..words.len() * percent / 100].join(" ")
}

/// `text` with every `every`-th word replaced and some punctuation changed.
fn edit(text: &str, every: usize) -> String {
    text.split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            if i % every == every / 2 {
                "geändert".to_owned()
            } else {
                w.replace(',', "")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn near_duplicates_are_flagged() {
    let Some(sources) = seedfamily() else { return };
    let params = NearDupParams::default();
    let mut failures = Vec::new();
    let mut checked: HashMap<&str, usize> = HashMap::new();
    for (n, s) in sources.iter().enumerate() {
        let original = s.paragraphs.join("\n\n");
        let words = original.split_whitespace().count();
        let other = &sources[(n + 4) % sources.len()];
        let mut variants: Vec<(&str, String)> = vec![
            ("re-paragraphed", s.paragraphs.join(" ")),
            (
                "one sentence per line",
                s.paragraphs
                    .iter()
                    .flat_map(|p| sentences(p))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            ("cut to 70 %", cut(&original, 70)),
            // A couple of edited words per hundred, commas dropped.
            ("small edits", edit(&original, 50)),
        ];
        if s.paragraphs.len() >= 3 {
            let mut fewer = s.paragraphs.clone();
            // The longest paragraph but the first: the hardest to lose.
            let (at, _) = fewer
                .iter()
                .enumerate()
                .skip(1)
                .max_by_key(|(_, p)| p.len())
                .expect("three paragraphs");
            let removed = fewer.remove(at);
            if removed.split_whitespace().count() * 4 <= words {
                variants.push(("one paragraph removed", fewer.join("\n\n")));
            }
        }
        if let Some(extra) = other.paragraphs.first() {
            if extra.split_whitespace().count() * 4 <= words {
                let mut more = s.paragraphs.clone();
                more.insert(1, extra.clone());
                variants.push(("one paragraph added", more.join("\n\n")));
            }
        }
        let a = Signature::of(&original, &params);
        for (kind, text) in variants {
            *checked.entry(kind).or_default() += 1;
            let b = Signature::of(&text, &params);
            let mut index = NearDuplicates::new();
            index.insert("original", &original);
            let found = index.insert("variant", &text);
            if !a.is_near_duplicate(&b, &params) || found != Some("original") {
                failures.push(format!(
                    "{} ({words} words), {kind}: jaccard {:.2}, containment {:.2}",
                    s.id,
                    a.jaccard(&b),
                    a.containment(&b)
                ));
            }
        }
    }
    eprintln!("variants checked: {checked:?}");
    assert!(checked.values().all(|&n| n >= 50), "{checked:?}");
    assert!(failures.is_empty(), "not flagged: {failures:#?}");
}

/// Counts the flagged pairs among `texts`, comparing all pairs.
fn flagged_pairs(texts: &[String], params: &NearDupParams) -> (usize, Vec<(usize, usize, f64)>) {
    let signatures: Vec<Signature> = texts.iter().map(|t| Signature::of(t, params)).collect();
    let mut pairs = 0;
    let mut flagged = Vec::new();
    for i in 0..signatures.len() {
        for j in 0..i {
            if signatures[i].is_empty() || signatures[j].is_empty() {
                continue;
            }
            pairs += 1;
            if signatures[i].is_near_duplicate(&signatures[j], params) {
                flagged.push((j, i, signatures[i].jaccard(&signatures[j])));
            }
        }
    }
    (pairs, flagged)
}

#[test]
fn distinct_articles_are_not_flagged() {
    let Some(sources) = seedfamily() else { return };
    let params = NearDupParams::default();
    let texts: Vec<String> = sources.iter().map(|s| s.paragraphs.join("\n\n")).collect();
    let (pairs, flagged) = flagged_pairs(&texts, &params);
    let max = {
        let sigs: Vec<Signature> = texts.iter().map(|t| Signature::of(t, &params)).collect();
        let mut max: f64 = 0.0;
        for i in 0..sigs.len() {
            for j in 0..i {
                max = max.max(sigs[i].jaccard(&sigs[j]));
            }
        }
        max
    };
    eprintln!(
        "seed family: {} flagged of {pairs} pairs (rate {:.5}); highest estimated Jaccard {max:.3}",
        flagged.len(),
        flagged.len() as f64 / pairs as f64
    );
    assert_eq!(pairs, texts.len() * (texts.len() - 1) / 2);
    assert!(
        (flagged.len() as f64) < 0.001 * pairs as f64,
        "flagged: {:?}",
        flagged
            .iter()
            .map(|&(a, b, j)| (&sources[a].id, &sources[b].id, j))
            .collect::<Vec<_>>()
    );

    // The same topic, different text: each article's odd and even
    // paragraphs as two articles.
    let mut index = NearDuplicates::new();
    let mut same_topic = 0;
    for s in sources.iter().filter(|s| s.paragraphs.len() >= 4) {
        let odd: Vec<&str> = s
            .paragraphs
            .iter()
            .skip(1)
            .step_by(2)
            .map(String::as_str)
            .collect();
        let even: Vec<&str> = s.paragraphs.iter().step_by(2).map(String::as_str).collect();
        assert_eq!(
            index.insert(format!("{}:even", s.id), &even.join("\n")),
            None
        );
        assert_eq!(
            index.insert(format!("{}:odd", s.id), &odd.join("\n")),
            None,
            "{}",
            s.id
        );
        same_topic += 1;
    }
    assert!(same_topic >= 50);

    // Every article into one index: none is a duplicate of another.
    let mut index = NearDuplicates::new();
    for (s, text) in sources.iter().zip(&texts) {
        assert_eq!(index.insert(s.id.as_str(), text), None, "{}", s.id);
    }
}

/// The `article` texts of the evaluation pages, decompressed at test time.
fn dev_articles() -> Option<Vec<String>> {
    let path = shared("dev.jsonl.gz");
    if !path.exists() {
        eprintln!("skipped: {} not found", path.display());
        return None;
    }
    let out = Command::new("gzip").arg("-dc").arg(&path).output().ok()?;
    let mut texts = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(t) = v["article"].as_str() {
            texts.push(t.to_owned());
        }
    }
    Some(texts)
}

#[test]
fn dev_articles_false_positive_rate() {
    let Some(texts) = dev_articles() else { return };
    let params = NearDupParams::default();
    let (pairs, flagged) = flagged_pairs(&texts, &params);
    let rate = flagged.len() as f64 / pairs.max(1) as f64;
    eprintln!(
        "dev articles: {} texts, {} flagged of {pairs} pairs (rate {rate:.6})",
        texts.len(),
        flagged.len()
    );
    for &(a, b, j) in flagged.iter().take(20) {
        let head = |i: usize| texts[i].chars().take(60).collect::<String>();
        eprintln!("  {a} ~ {b} (J {j:.2}): {:?} / {:?}", head(a), head(b));
    }
    assert!(rate < 0.001, "false-positive rate {rate}");
}

#[test]
fn merged_halves_equal_the_whole() {
    let Some(sources) = seedfamily() else { return };
    let articles = kurier(&bodies(&sources, 200, 4, 2));
    let (syndicated_body, copies) = syndicated(&sources[3]);
    assert!(!syndicated_body.is_empty());
    let mut corpus: Vec<(&str, &str)> = articles
        .iter()
        .map(|a| ("kurier", a.text.as_str()))
        .collect();
    corpus.extend(copies.iter().map(|c| ("", c.as_str())));
    corpus.extend(
        sources
            .iter()
            .map(|s| (s.lang.as_str(), s.paragraphs[0].as_str())),
    );

    let mut whole = TemplateLearner::new();
    let (mut first, mut second) = (TemplateLearner::new(), TemplateLearner::new());
    for (i, &(group, text)) in corpus.iter().enumerate() {
        whole.observe(group, text);
        if i % 3 == 0 {
            first.observe(group, text);
        } else {
            second.observe(group, text);
        }
    }
    let mut a = first.clone();
    a.merge(second.clone());
    let mut b = second;
    b.merge(first);
    assert_eq!(a, whole, "learner state");
    assert_eq!(a.templates(), whole.templates());
    assert_eq!(b.templates(), whole.templates());
    assert!(!whole.templates().is_empty());
}

#[test]
fn settings_are_checked() {
    let err = TemplateLearner::builder()
        .min_articles(1)
        .build()
        .unwrap_err();
    assert!(matches!(
        err,
        Error::ThresholdOutOfRange {
            name: "min_articles",
            ..
        }
    ));
    let err = TemplateLearner::builder()
        .min_share(1.5)
        .build()
        .unwrap_err();
    assert!(matches!(
        err,
        Error::RatioOutOfRange {
            name: "min_share",
            ..
        }
    ));
    assert!(TemplateLearner::builder()
        .min_share(f64::NAN)
        .build()
        .is_err());
    assert!(TemplateLearner::builder().max_words(0).build().is_err());
    assert!(TemplateLearner::builder().max_keys(10).build().is_err());
    let learner = TemplateLearner::builder()
        .min_articles(2)
        .min_share(0.0)
        .build();
    assert!(learner.is_ok());
    let err = NearDupParams::builder().rows(0).build().unwrap_err();
    assert_eq!(err.to_string(), "rows = 0 is out of range 1..=32");
    let err = NearDupParams::builder().jaccard(2.0).build().unwrap_err();
    assert_eq!(err.to_string(), "jaccard = 2 is out of range 0.05..=1");
}

#[test]
fn learner_and_index_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<TemplateLearner>();
    check::<Templates>();
    check::<NearDuplicates<String>>();
    check::<Signature>();
}

#[cfg(feature = "serde")]
#[test]
fn learner_state_round_trips_through_serde() {
    let stories = [
        "Der Stadtrat hat den Haushalt für das kommende Jahr beschlossen.",
        "Ein Sturm hat in der Nacht mehrere Bäume entwurzelt.",
        "Die neue Brücke über den Fluss wird im Mai eröffnet.",
        "Der Verein hat seinen Trainer nach drei Niederlagen entlassen.",
        "Im Museum ist eine Ausstellung über alte Landkarten zu sehen.",
        "Die Bäckerei am Markt feiert ihr hundertjähriges Bestehen.",
    ];
    let mut learner = TemplateLearner::new();
    for (i, story) in stories.iter().enumerate() {
        learner.observe(
            "site",
            &format!("Kopfzeile der Seite\n\n{story}\n\nsite-de-{i}"),
        );
    }
    assert!(!learner.templates().is_empty());
    let json = serde_json::to_string(&learner).expect("serialises");
    let back: TemplateLearner = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, learner);
    assert_eq!(back.templates(), learner.templates());
    let templates = learner.templates();
    let json = serde_json::to_string(&templates).expect("serialises");
    assert_eq!(
        serde_json::from_str::<Templates>(&json).ok(),
        Some(templates)
    );
    // Invalid settings are refused on the way in.
    let json = serde_json::to_string(&learner).expect("serialises");
    let bad = json.replace("\"min_articles\":5", "\"min_articles\":0");
    assert_ne!(bad, json);
    assert!(serde_json::from_str::<TemplateLearner>(&bad).is_err());

    let params = NearDupParams::default();
    let signature = Signature::of(stories[0], &params);
    let json = serde_json::to_string(&signature).expect("serialises");
    assert_eq!(
        serde_json::from_str::<Signature>(&json).ok(),
        Some(signature)
    );
    let json = serde_json::to_string(&params).expect("serialises");
    assert_eq!(
        serde_json::from_str::<NearDupParams>(&json).ok(),
        Some(params)
    );
    let bad = json.replace("\"rows\":4", "\"rows\":0");
    assert_ne!(bad, json);
    assert!(serde_json::from_str::<NearDupParams>(&bad).is_err());
}

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any text can be learned from, matched, signed and inserted;
        /// a text is always a near duplicate of itself when it has words.
        #[test]
        fn any_text(texts in prop::collection::vec(any::<String>(), 1..6), shingle in 1usize..8) {
            let params = NearDupParams::builder().shingle_words(shingle).build().expect("valid");
            let mut learner = TemplateLearner::builder().min_articles(2).min_share(0.0).build().expect("valid");
            let mut index = NearDuplicates::with_params(params);
            for (i, t) in texts.iter().enumerate() {
                learner.observe("g", t);
                learner.observe("g", t);
                let s = Signature::of(t, &params);
                prop_assert_eq!(s.is_near_duplicate(&s, &params), !s.is_empty());
                let first = index.insert(i, t);
                prop_assert!(first.map_or(true, |f| f < i));
            }
            let templates = learner.templates();
            for t in &texts {
                for line in t.lines() {
                    let _ = templates.matches("g", line);
                }
            }
        }
    }
}
