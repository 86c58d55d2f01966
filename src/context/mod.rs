//! Decisions that need a line's neighbours and position: where in a whole
//! page's text the article body lies.
//!
//! This stage runs after the single-line rules, the headline and repeated
//! blocks. It sees every line with the verdict of the earlier stages and may
//! remove further lines; it never brings back a removed one.
//!
//! # How lines are judged
//!
//! The same input may be a whole page (menus, teasers, link lists, comment
//! threads and footers around the body, one block per line) or an
//! extractor's article text, and the stage is not told which. It works in
//! six steps, each linear in the number of lines:
//!
//! 1. **Decide whether the input is a whole page**: enough short lines are
//!    left after the single-line rules, which word counts alone tell. Most
//!    extractor output has few, and the stage stops there and removes
//!    nothing, unless the rules removed a comment prompt: then the text is
//!    searched for a dense comment thread (step 4). Article text rich in
//!    headings, questions and list items has many too, so the shape of the
//!    text decides next: a page opens with its menus (many lines before the
//!    first paragraph) or has long runs of short lines
//!    ([`page_probability`]). Text that is not page-shaped is only searched
//!    for a comment thread (step 4).
//! 2. **Measure** every line once ([`features`]): length, the share of its
//!    words that are stopwords of the page's language (the language whose
//!    list explains most words of the page), how it ends, capitals, digits,
//!    separators, addresses, times and bullets.
//! 3. **Score** each line on its own, then again with its neighbours: the
//!    scores of the lines around it, whether it sits in a run of short lines
//!    (a menu) or alone between long ones (a heading), its position, and how
//!    page-like the whole input is (its share of short lines). Both scores
//!    are logistic models whose weights were fitted on labelled pages; the
//!    weights are general statistics of line shape, not phrases of any site.
//! 4. **Find the comment thread** of a whole page: a comment prompt, count
//!    or byline (a line the comment rules removed) that comes after at
//!    least half of the body's weight, and is followed by what looks like a
//!    thread (a comment's byline soon after, or many lines that do not open
//!    with a live blog's time stamps), opens the comments, and everything
//!    after it goes. A long thread's comments read as body themselves, so
//!    a prompt followed by a dense run of comments (comment headers with a
//!    clock time, or numbered in order with a date, or removed comment
//!    labels between long lines, or between short sentences after a count
//!    or heading) opens it after a tenth of the weight, or after 60 words
//!    of body when that is less (a short post under hundreds of comments).
//!    In text of
//!    prose with few short lines (an extractor's article with the thread it
//!    kept), only such a dense run opens a thread, and a removed comment
//!    line that ends with a count ("Comments (3)") is no comment's header
//!    there but the foot of a post in a list of posts. A dense run of
//!    dated comment headers from at least three hands
//!    ("Sam Lee, 3 March 2021 at 9:14 pm") opens the thread without a
//!    prompt too, and before the prompt found when no header follows that
//!    prompt (it is then the comment form under the thread); a prompt that
//!    headers follow opens the thread itself, and dated headers before it
//!    (a reader Q&A, a book of condolence) stay as body.
//! 5. **Remove** the other lines of a page-shaped input whose body
//!    probability is low.
//! 6. **Find the end of the article** of a page-shaped input: a section
//!    marker the rules removed (related links, a share bar, a newsletter
//!    box, a comment heading) after three quarters of the kept words ends
//!    the article, unless two paragraphs of prose in a row, or nothing but
//!    paragraphs, follow it; the kept lines after it go (teasers, about
//!    boxes, comments without headers).
//!
//! The stage abstains from steps 2 to 6 (removes nothing there) when the
//! page has no stopword language it knows, or when too few words read as
//! body to anchor a decision: removing everything from a page whose body it
//! cannot see would be worse than keeping its boilerplate.
//!
//! Any text, page or article, also loses the links listed under a
//! read-more heading ("Related stories", "See also") after its first
//! paragraph: a run of at least three short or bulleted lines that do not
//! end like sentences, right after the heading ([`related_lists`]).

mod features;
mod stopwords;

use crate::report::Reason;

use self::features::{
    ends_like_sentence, ends_with_count, has_clock_time, has_date, header_skeleton, measure,
    LineFeatures, BULLETS,
};
use self::stopwords::{stopwords, LANGUAGE_COUNT};

/// One line as the context stage sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LineView<'a> {
    /// The line's text, trimmed.
    pub(crate) text: &'a str,
    /// Whether an earlier stage removed the line.
    pub(crate) removed: bool,
    /// Why an earlier stage removed the line, if it did.
    pub(crate) reason: Option<Reason>,
}

/// The rule name for a line of a comment thread after the body.
const RULE_COMMENT_THREAD: &str = "comment-thread";

/// The rule name for a line of a whole page that does not read as body.
const RULE_NOT_BODY: &str = "not-body";

/// The rule name for a line after the end of the article on a whole page.
const RULE_AFTER_ARTICLE: &str = "after-article";

/// The number of features that describe a line on its own.
const LOCAL: usize = 19;

/// The number of features that describe a line's neighbourhood and page.
const CONTEXT: usize = 12;

/// Weights of the line-on-its-own model, in the order of [`local_features`].
/// Fitted by logistic regression on labelled pages, each page weighted
/// equally and each line by its words, so that long lines count as much as
/// they weigh in a token-level score.
const LOCAL_WEIGHTS: [f32; LOCAL] = [
    0.5941,  // ln(1 + words)
    -0.8848, // stopword share relative to the language's coverage
    0.424,   // the same times ln(1 + words): long lines of prose
    0.1919,  // stopword share below a quarter of the coverage
    1.8894,  // ends like a sentence
    -0.4608, // ends with an ellipsis
    1.8763,  // ends with a colon
    -1.1117, // share of capitalised words
    0.0543,  // the same, on lines of four words or more
    1.8269,  // share of digits among letters and digits
    3.1579,  // commas per word (at most 0.5)
    0.1103,  // has a link-list separator
    -1.2386, // vertical bars (at most 5)
    -0.1169, // holds an address
    -1.215,  // two words or fewer
    0.2594,  // five words or fewer
    -0.6034, // a short line with a time or year: a dateline
    0.2104,  // starts with a bullet
    1.3157,  // share of letters among all characters
];

/// The intercept of the line-on-its-own model.
const LOCAL_BIAS: f32 = -3.1414;

/// Weights of the model with neighbours: first the same [`LOCAL`] features
/// as above, then the [`CONTEXT`] ones in the order of [`context_features`].
/// Fitted like [`LOCAL_WEIGHTS`], on both whole pages and extractor output.
const CONTEXT_WEIGHTS: [f32; LOCAL + CONTEXT] = [
    0.6018, -0.4473, 0.1383, 0.1176, 1.2082, -0.0874, 1.1632, -0.085, -0.2369, 2.9081, 1.6839,
    0.2747, -1.197, -0.1066, -0.5301, 0.4912, -0.9359, -0.1357, 2.8204,
    0.1373,  // the previous line's local score
    0.1285,  // the next line's local score
    0.1567,  // the mean local score of the three lines either side
    0.1274,  // the best local score of the three lines either side
    -0.3173, // ln(1 + length of the run of short lines it belongs to)
    -0.2868, // a short line alone between two long ones
    -2.4378, // the page's share of short lines
    0.1124,  // the same times the line's local score
    0.4037,  // the same times "the line is short"
    0.4854,  // the same times the mean score around the line
    -1.2911, // relative position in the page
    2.1984,  // the same times one minus it: the middle of a page
];

/// The intercept of the model with neighbours.
const CONTEXT_BIAS: f32 = -2.5632;

/// The score given to a missing or removed neighbour: a clearly bad line,
/// since an edge of the page or a removed line is no body to lean on.
const EDGE_SCORE: f32 = -3.0;

/// Lines of at most this many words count as short.
const SHORT_WORDS: u32 = 3;

/// Lines of at least this many words count as long.
const LONG_WORDS: u32 = 10;

/// A line is kept while its body probability is at least this. Below one
/// half, because losing a body line costs more than keeping a stray one.
const KEEP_PROBABILITY: f32 = 0.45;

/// The fewest words in lines that read as body (probability at least one
/// half) for the stage to act at all.
const MIN_ANCHOR_WORDS: f32 = 40.0;

/// A comment prompt opens the comment thread only after this share of the
/// body's weight: one near the headline (a comment count beside the byline)
/// must not cut the article.
const COMMENT_AFTER_SHARE: f32 = 0.5;

/// With a dense run of comments after it (see [`dense_thread`]),
/// a comment prompt opens the thread already after this share of the
/// body's weight: a long thread's comments read as body and would
/// otherwise outweigh a short article.
const DENSE_AFTER_SHARE: f32 = 0.1;

/// Or after this much body weight, in words, whatever the share: a short
/// post with hundreds of comments holds less than [`DENSE_AFTER_SHARE`]
/// of its page's weight, since its comments read as body too. A comment
/// count under the headline comes before this much, and the dense run
/// that must follow it is the article, not a thread.
const DENSE_AFTER_WORDS: f32 = 60.0;

/// The share of short lines, among those left by the single-line rules,
/// from which the input is treated as a whole page. Extractor output has
/// few short lines; whole pages have menus.
const PAGE_SHORT_SHARE: f32 = 0.2;

/// The page's stopword share must reach this fraction of its language's
/// coverage for the language to count as known. Text in a language without
/// a list scores no stopwords, and its body would read as boilerplate.
const MIN_LANGUAGE_FIT: f32 = 0.2;

/// The fewest stopwords on the page for its language to count as known.
const MIN_STOPWORDS: u32 = 10;

/// Returns, for each line, the name of the context rule that removes it
/// (`None` keeps it). Blank lines have empty text and are never removed, nor
/// are lines an earlier stage removed (they keep their first verdict).
pub(crate) fn judge(lines: &[LineView<'_>]) -> Vec<Option<&'static str>> {
    let mut verdicts = judge_page(lines);
    related_lists(lines, &mut verdicts);
    verdicts
}

/// The rule name for a link of a list under a read-more heading.
const RULE_RELATED_LIST: &str = "related-list";

/// The fewest links under a read-more heading that make a list.
const MIN_LIST_LINKS: usize = 3;

/// The most words of a link in such a list.
const LINK_WORDS: u32 = 12;

/// Removes the links listed under a read-more heading ("Related posts",
/// "See also:", "Most read"): a run of at least [`MIN_LIST_LINKS`] kept
/// lines right after a line the rules removed as a read-more link, each a
/// bulleted item or a line of at most [`LINK_WORDS`] words that does not
/// end like a sentence. The heading announces them, in a whole page as in
/// an extractor's article text; a paragraph, or a line some stage removed,
/// ends the run. Only headings after the first paragraph count: before
/// it, the run may go on into the article's own headline and byline.
fn related_lists(lines: &[LineView<'_>], verdicts: &mut [Option<&'static str>]) {
    let is_link = |text: &str| {
        text.starts_with(BULLETS)
            || (words_up_to(text, LINK_WORDS + 1) <= LINK_WORDS && !ends_like_sentence(text))
    };
    // A list before the first paragraph may run into the article's own
    // headline, standfirst and byline, which read just like its links.
    // How a line ends is cheaper to see than its words are to count.
    let Some(first_paragraph) = lines.iter().position(|l| {
        !l.removed
            && ends_like_sentence(l.text)
            && words_up_to(l.text, CONTINUATION_WORDS) >= CONTINUATION_WORDS
    }) else {
        return;
    };
    let mut j = first_paragraph + 1;
    while j < lines.len() {
        if lines[j].reason != Some(Reason::ReadMore) {
            j += 1;
            continue;
        }
        let mut end = j + 1;
        let mut links = 0;
        while let Some(line) = lines.get(end) {
            if !line.text.is_empty() {
                if line.removed || verdicts[end].is_some() || !is_link(line.text) {
                    break;
                }
                links += 1;
            }
            end += 1;
        }
        if links >= MIN_LIST_LINKS {
            for k in j + 1..end {
                if !lines[k].text.is_empty() {
                    verdicts[k] = Some(RULE_RELATED_LIST);
                }
            }
        }
        j = end.max(j + 1);
    }
}

/// The whole-page part of [`judge`]: the comment thread, the lines that
/// do not read as body and the end of the article.
fn judge_page(lines: &[LineView<'_>]) -> Vec<Option<&'static str>> {
    let mut verdicts = vec![None; lines.len()];
    // The non-blank lines, in order: blank lines separate paragraphs but
    // are no neighbours of their own.
    let index: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].text.is_empty())
        .collect();
    // Whether the input is a whole page is known from word counts alone:
    // article text without a comment prompt is let go before any line is
    // measured.
    let words: Vec<u32> = index
        .iter()
        .map(|&i| words_up_to(lines[i].text, SHORT_WORDS + 1))
        .collect();
    let short_share = short_share(lines, &index, &words);
    // Without a comment prompt there is no thread to find.
    let prompted = index
        .iter()
        .any(|&i| lines[i].reason == Some(Reason::Comment));
    if index.is_empty() || (short_share < PAGE_SHORT_SHARE && !prompted) {
        return verdicts;
    }
    // Text of prose is measured only when it holds enough comment lines
    // and lines with a clock time for a thread to be dense: a prompt and
    // at least `DENSE_MARKERS` markers (see `comment_thread_start`).
    if short_share < PAGE_SHORT_SHARE {
        let markers = index
            .iter()
            .filter(|&&i| {
                let line = &lines[i];
                if line.removed {
                    line.reason == Some(Reason::Comment)
                } else {
                    has_clock_time(line.text) || numbered_dated_header(line.text).is_some()
                }
            })
            .count();
        if markers <= DENSE_MARKERS {
            return verdicts;
        }
    }
    // Text rich in short lines may still be an article (an interview, a
    // recipe, a results table): its lines are only measured for a comment
    // thread, and none is removed as "not body".
    let page_shaped = short_share >= PAGE_SHORT_SHARE
        && page_probability(lines, &index, &words) >= PAGE_PROBABILITY;
    if !page_shaped && !prompted {
        return verdicts;
    }
    let lists = stopwords();
    let mut scratch = String::new();
    let measured: Vec<LineFeatures> = index
        .iter()
        .map(|&i| measure(lines[i].text, lists, &mut scratch))
        .collect();
    let Some((lang, coverage)) = page_language(&measured) else {
        return verdicts;
    };
    let removed: Vec<bool> = index.iter().map(|&i| lines[i].removed).collect();
    // A line's local features are computed again where they are needed
    // rather than kept: 19 floats a line is the largest share of this
    // stage's memory on a page of many short lines.
    let local = |j: usize| local_features(&measured[j], lang, coverage);
    let local_scores: Vec<f32> = (0..index.len())
        .map(|j| dot(&LOCAL_WEIGHTS, &local(j)) + LOCAL_BIAS)
        .collect();
    let runs = short_runs(&measured, &removed);
    let probabilities: Vec<f32> = (0..index.len())
        .map(|j| {
            let ctx = context_features(j, &measured, &removed, &local_scores, &runs, short_share);
            let score = dot(&CONTEXT_WEIGHTS[..LOCAL], &local(j))
                + dot(&CONTEXT_WEIGHTS[LOCAL..], &ctx)
                + CONTEXT_BIAS;
            sigmoid(score)
        })
        .collect();
    let weight = |j: usize| measured[j].words.max(1) as f32;
    let anchor: f32 = (0..index.len())
        .filter(|&j| !removed[j] && probabilities[j] >= 0.5)
        .map(weight)
        .sum();
    if anchor < MIN_ANCHOR_WORDS {
        return verdicts;
    }
    // Only text rich in short lines gets here (see the share of short lines
    // above), page-shaped or not, and it is cut only where a thread follows
    // a prompt (see `comment_thread_start`): in an extractor's article text,
    // or a short article with prompts between paragraphs, a prompt after
    // half the body is as likely followed by more body.
    let prose = short_share < PAGE_SHORT_SHARE;
    let cut = comment_thread_start(lines, &index, &removed, &probabilities, &measured, prose);
    for (j, &i) in index.iter().enumerate() {
        if removed[j] {
            continue;
        }
        verdicts[i] = if j >= cut {
            Some(RULE_COMMENT_THREAD)
        } else if page_shaped
            && probabilities[j] < KEEP_PROBABILITY
            && !reads_as_prose(&measured[j])
        {
            Some(RULE_NOT_BODY)
        } else {
            None
        };
    }
    if page_shaped {
        let kept: Vec<bool> = index
            .iter()
            .zip(&removed)
            .map(|(&i, &r)| !r && verdicts[i].is_none())
            .collect();
        let end = article_end(lines, &index, &kept, &measured);
        for (j, &i) in index.iter().enumerate().skip(end) {
            if kept[j] {
                verdicts[i] = Some(RULE_AFTER_ARTICLE);
            }
        }
    }
    verdicts
}

/// The index (into the non-blank lines) of the line that ends the article
/// on a whole page, or the number of lines when nothing ends it early.
///
/// Pages go on after the article with related links, comments, share
/// bars, newsletter boxes, and then more teasers, about boxes and
/// comments that read like prose. The first line that the rules removed
/// as one of those section markers, once at least [`END_AFTER_SHARE`] of
/// the kept words lie before it, ends the article, unless the kept lines
/// after it hold [`CONTINUATION_RUN`] paragraphs of prose in a row, or
/// nothing but paragraphs: then the marker sat inside the article (a
/// share bar or a "related" link between paragraphs, or before the last
/// paragraph) and the article goes on. `kept` says which lines
/// every stage so far has kept.
fn article_end(
    lines: &[LineView<'_>],
    index: &[usize],
    kept: &[bool],
    measured: &[LineFeatures],
) -> usize {
    let n = index.len();
    let weight = |j: usize| {
        if kept[j] {
            measured[j].words as f32
        } else {
            0.0
        }
    };
    let total: f32 = (0..n).map(weight).sum();
    // From the end: whether a run of paragraphs follows each line, or
    // nothing but paragraphs (the last one of an article after its
    // "related" box).
    let mut continues = vec![false; n];
    let (mut run, mut found) = (0usize, false);
    let (mut any, mut only_paragraphs) = (false, true);
    for j in (0..n).rev() {
        continues[j] = found || (any && only_paragraphs);
        if kept[j] {
            let f = &measured[j];
            let paragraph = f.ends_sentence && f.words >= CONTINUATION_WORDS;
            run = if paragraph { run + 1 } else { 0 };
            found |= run >= CONTINUATION_RUN;
            any = true;
            only_paragraphs &= paragraph;
        }
    }
    let mut seen = 0.0;
    for (j, &i) in index.iter().enumerate() {
        seen += weight(j);
        let marker = matches!(
            lines[i].reason,
            Some(Reason::ReadMore | Reason::Comment | Reason::Share | Reason::Newsletter)
        );
        if marker && !kept[j] && seen >= END_AFTER_SHARE * total && !continues[j] {
            return j;
        }
    }
    n
}

/// The share of a page's kept words that must come before a section
/// marker for it to end the article (see [`article_end`]).
const END_AFTER_SHARE: f32 = 0.75;

/// The fewest words of a paragraph that shows the article going on after
/// a section marker.
const CONTINUATION_WORDS: u32 = 15;

/// How many such paragraphs in a row show it.
const CONTINUATION_RUN: usize = 2;

/// Whether a line is a full sentence of prose in some language, whatever
/// the page's language: long enough, ending like a sentence, and with a
/// body's share of that language's stopwords. Such a line is never removed
/// as "not body": in a page of mixed languages, or next to boilerplate the
/// earlier stages did not recognise, it is far more likely body than not.
fn reads_as_prose(f: &LineFeatures) -> bool {
    let best = f.stops.iter().copied().max().unwrap_or(0);
    f.ends_sentence
        && f.words >= PROSE_MIN_WORDS
        && f32::from(best) >= PROSE_STOPWORD_SHARE * f.alphabetic_words.max(1) as f32
}

/// The fewest words of a line [`reads_as_prose`] protects.
const PROSE_MIN_WORDS: u32 = 10;

/// The share of stopwords that marks a line as prose.
const PROSE_STOPWORD_SHARE: f32 = 0.25;

/// The language whose stopwords make up the largest share of the page's
/// words, with its coverage; `None` when no list fits the page.
fn page_language(measured: &[LineFeatures]) -> Option<(usize, f32)> {
    let mut totals = [0u32; LANGUAGE_COUNT];
    let mut words: u32 = 0;
    for f in measured {
        words = words.saturating_add(f.words);
        for (total, &n) in totals.iter_mut().zip(f.stops.iter()) {
            *total = total.saturating_add(u32::from(n));
        }
    }
    // The first language wins a tie, so the order of the lists decides.
    let (lang, &hits) =
        totals
            .iter()
            .enumerate()
            .fold((0, &0), |best, cur| if cur.1 > best.1 { cur } else { best });
    let coverage = stopwords().coverage(lang);
    let fit = hits as f32 / words.max(1) as f32 / coverage;
    (hits >= MIN_STOPWORDS && fit >= MIN_LANGUAGE_FIT).then_some((lang, coverage))
}

/// The features of one line on its own, in the order of [`LOCAL_WEIGHTS`].
fn local_features(f: &LineFeatures, lang: usize, coverage: f32) -> [f32; LOCAL] {
    let words = f.words as f32;
    let log_words = words.ln_1p();
    let stop_share = if f.words == 0 {
        0.0
    } else {
        (f32::from(f.stops[lang]) / words / coverage).min(2.0)
    };
    let capitals = f.capitalised as f32 / f.alphabetic_words.max(1) as f32;
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    [
        log_words,
        stop_share,
        stop_share * log_words,
        flag(stop_share < 0.25),
        flag(f.ends_sentence),
        flag(f.ends_ellipsis),
        flag(f.ends_colon),
        capitals,
        capitals * flag(f.words >= 4),
        f.digits as f32 / (f.letters + f.digits).max(1) as f32,
        (f.commas as f32 / words.max(1.0)).min(0.5),
        flag(f.separators > 0),
        f.pipes.min(5) as f32,
        flag(f.has_address),
        flag(f.words <= 2),
        flag(f.words <= 5),
        flag(f.has_time && f.words <= 12),
        flag(f.bulleted),
        f.letters as f32 / f.chars.max(1) as f32,
    ]
}

/// The share of short lines (at most [`SHORT_WORDS`] words) among the
/// lines no earlier stage removed, `words` holding each line's word count
/// up to one more than [`SHORT_WORDS`]: the input is a whole page when it
/// reaches [`PAGE_SHORT_SHARE`], and the share is a feature of every line.
fn short_share(lines: &[LineView<'_>], index: &[usize], words: &[u32]) -> f32 {
    let (mut kept, mut short) = (0usize, 0usize);
    for (&i, &n) in index.iter().zip(words) {
        if lines[i].removed {
            continue;
        }
        kept += 1;
        short += usize::from(n <= SHORT_WORDS);
    }
    short as f32 / kept.max(1) as f32
}

/// How likely the non-blank lines `index` are a whole page rather than an
/// article rich in short lines (lists, questions, tables), from the shape
/// of the text: how many lines come before the first paragraph (a page
/// opens with its menus) and the longest run of short lines (a menu).
/// `words` holds each line's word count up to one more than
/// [`SHORT_WORDS`].
fn page_probability(lines: &[LineView<'_>], index: &[usize], words: &[u32]) -> f32 {
    let lead = index
        .iter()
        .zip(words)
        .position(|(&i, &n)| {
            n > SHORT_WORDS && words_up_to(lines[i].text, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS
        })
        .unwrap_or(index.len()) as f32;
    let (mut run, mut longest) = (0u32, 0u32);
    for &n in words {
        if n > SHORT_WORDS {
            run = 0;
        } else {
            run += 1;
            longest = longest.max(run);
        }
    }
    sigmoid(
        PAGE_LEAD_WEIGHT * lead.ln_1p() + PAGE_RUN_WEIGHT * (longest as f32).ln_1p() + PAGE_BIAS,
    )
}

/// Lines of at least this many words count as a paragraph for
/// [`page_probability`].
const PARAGRAPH_WORDS: u32 = 10;

/// The weights of [`page_probability`], on the logarithm of one plus the
/// number of lines before the first paragraph and of one plus the longest
/// run of short lines. Fitted by logistic regression on whole pages and
/// on extractors' article texts that both have many short lines: a page
/// opens with a menu, an article with its headline and first paragraph.
const PAGE_LEAD_WEIGHT: f32 = 0.664;
const PAGE_RUN_WEIGHT: f32 = 2.441;
const PAGE_BIAS: f32 = -6.037;

/// From this [`page_probability`] on, lines that do not read as body are
/// removed; below it only a comment thread is. With no line before the
/// first paragraph, a run of 11 short lines reaches it; with three lines
/// before it (headline, byline, date), a run of 7; with ten, a run of 5.
const PAGE_PROBABILITY: f32 = 0.5;

/// The number of words of `text` (runs of letters or digits, as
/// [`measure`] counts them), counting no further than `cap`.
fn words_up_to(text: &str, cap: u32) -> u32 {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII is classified byte by byte; other characters are decoded.
        let b = bytes[i];
        let alnum = if b.is_ascii() {
            i += 1;
            b.is_ascii_alphanumeric()
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            c.is_alphanumeric()
        };
        if alnum && !in_word {
            words += 1;
            if words >= cap {
                return cap;
            }
        }
        in_word = alnum;
    }
    words
}

/// The features of line `j`'s neighbourhood, in the order of the second
/// part of [`CONTEXT_WEIGHTS`]. Looks at a fixed window of three lines
/// either side and at the length of the run of short lines around `j`
/// (`runs`, from [`short_runs`]).
fn context_features(
    j: usize,
    measured: &[LineFeatures],
    removed: &[bool],
    scores: &[f32],
    runs: &[u32],
    short_share: f32,
) -> [f32; CONTEXT] {
    let n = measured.len();
    let score_at = |k: Option<usize>| match k {
        Some(k) if k < n && !removed[k] => scores[k],
        _ => EDGE_SCORE,
    };
    let before = |d: usize| score_at(j.checked_sub(d));
    let after = |d: usize| score_at(Some(j + d));
    let window = [
        before(1),
        before(2),
        before(3),
        after(1),
        after(2),
        after(3),
    ];
    let mean = window.iter().sum::<f32>() / 6.0;
    let best = window.iter().copied().fold(f32::MIN, f32::max);
    let short = runs[j] > 0;
    let is_long = |k: usize| measured[k].words >= LONG_WORDS;
    let alone = short && j > 0 && j + 1 < n && is_long(j - 1) && is_long(j + 1);
    let position = j as f32 / n as f32;
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    [
        before(1),
        after(1),
        mean,
        best,
        (runs[j] as f32).ln_1p(),
        flag(alone),
        short_share,
        short_share * scores[j],
        short_share * flag(short),
        short_share * mean,
        position,
        position * (1.0 - position),
    ]
}

/// For each line, the length of the run of consecutive short lines it
/// belongs to (0 for a line that is not short), in one pass each way.
fn short_runs(measured: &[LineFeatures], removed: &[bool]) -> Vec<u32> {
    let is_short = |k: usize| !removed[k] && measured[k].words <= SHORT_WORDS;
    let n = measured.len();
    let mut runs = vec![0u32; n];
    let mut start = 0;
    while start < n {
        if !is_short(start) {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < n && is_short(end) {
            end += 1;
        }
        let len = u32::try_from(end - start).unwrap_or(u32::MAX);
        runs[start..end].fill(len);
        start = end;
    }
    runs
}

/// For each line, whether the lines after it look like a comment thread,
/// should it be a comment prompt: within the next [`THREAD_LOOKAHEAD`]
/// kept lines, a short line with a date or time (a comment's byline, not a
/// live blog's stamp that opens with its time), or at least
/// [`THREAD_MIN_LINES`] kept lines after it, fewer than [`LIVE_STAMPS`]
/// of the next [`THREAD_LOOKAHEAD`] a live blog's stamp (a count of
/// comments in the middle of a live blog is followed by more entries, not
/// by comments; one header that opens with its time may be a comment's).
/// Without either, a prompt between the last paragraphs of a short article
/// would cut real body. One pass from the end, so that a page of many
/// prompts costs no more than one of few.
fn threads_after(measured: &[LineFeatures], removed: &[bool]) -> Vec<bool> {
    let mut verdicts = vec![false; measured.len()];
    // Whether each of the next kept lines is a byline, and whether it is a
    // live blog's stamp, nearest first.
    let mut next = [false; THREAD_LOOKAHEAD];
    let mut stamps = [false; THREAD_LOOKAHEAD];
    let mut kept_after = 0usize;
    for j in (0..measured.len()).rev() {
        let seen = kept_after.min(THREAD_LOOKAHEAD);
        verdicts[j] = next[..seen].iter().any(|&b| b)
            || (kept_after >= THREAD_MIN_LINES
                && stamps[..seen].iter().filter(|&&s| s).count() < LIVE_STAMPS);
        if !removed[j] {
            let f = &measured[j];
            next.rotate_right(1);
            next[0] = f.has_time && f.words <= 12 && !f.clock_first;
            stamps.rotate_right(1);
            stamps[0] = f.clock_first;
            kept_after += 1;
        }
    }
    verdicts
}

/// Whether the lines after a comment prompt open densely like a thread:
/// among the next [`DENSE_WINDOW`] lines, at least `min_markers`
/// comment markers (a kept short line with a clock time after a name, the
/// header of a comment; a numbered header with a date whose number
/// follows the last one's, see [`numbered_dated_header`]; or a line the
/// comment rules removed, such as
/// "Reply"; a line that opens with its time is a live blog's stamp), with
/// long kept lines (the comments) in at least [`DENSE_GAPS`] of the gaps
/// that end at a marker. An article has one byline; an article between a
/// "Comments" tab and the comment form fills one gap, and a menu that
/// lists comment pages fills none. With `post_feet` (in text of prose,
/// and wherever no prompt opened the run), a removed line that ends with a
/// count is the foot of a post, not a marker: a blog's list of posts has
/// one under each post. With `short_comments` (on a whole page, after a
/// prompt that announces the comments, such as a count or a heading, and
/// is no dated header itself), a sentence of [`SHORT_COMMENT_WORDS`] or
/// more fills a gap too ("Thanks, looking forward to it!"). Without such
/// a prompt, short lines between dated headers are as likely the quoted
/// posts of social media an article embeds.
fn dense_thread(
    lines: &[LineView<'_>],
    index: &[usize],
    after: &[LineFeatures],
    removed: &[bool],
    post_feet: bool,
    short_comments: bool,
    min_markers: usize,
) -> bool {
    let mut markers = 0;
    // Long lines since the last marker (the prompt is the first), and the
    // gaps between markers that held any.
    let mut pending = 0;
    let mut gaps = 0;
    // The number of the last numbered, dated header ("12. Sam Lee -
    // October 26, 2012"): comments numbered in order are a thread even
    // when their headers carry no clock time.
    let mut last_number: Option<u32> = None;
    for (k, f) in after.iter().enumerate().take(DENSE_WINDOW) {
        let marker = if removed[k] {
            lines[index[k]].reason == Some(Reason::Comment)
                && !(post_feet && ends_with_count(lines[index[k]].text))
        } else if is_comment_header(f) {
            true
        } else if let Some(n) = numbered_dated_header(lines[index[k]].text) {
            let next = last_number.map_or(true, |last| n == last + 1);
            last_number = Some(n);
            next
        } else {
            false
        };
        if marker {
            markers += 1;
            gaps += usize::from(pending > 0);
            pending = 0;
        } else if !removed[k]
            && (f.words >= LONG_WORDS
                || (short_comments && f.ends_sentence && f.words >= SHORT_COMMENT_WORDS))
        {
            pending += 1;
        }
    }
    markers >= min_markers && gaps >= DENSE_GAPS
}

/// The number of a numbered comment's header: a line of at most
/// [`NUMBERED_HEADER_BYTES`] that opens with a number and a full stop or
/// bracket and carries a date with its year ("12. Sam Lee - October 26,
/// 2012"). `None` for any other line.
fn numbered_dated_header(text: &str) -> Option<u32> {
    if text.len() > NUMBERED_HEADER_BYTES {
        return None;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) || !matches!(text.as_bytes().get(digits), Some(b'.' | b')')) {
        return None;
    }
    let n = text[..digits].parse().ok()?;
    has_date(text).then_some(n)
}

/// The longest numbered comment header, in bytes.
const NUMBERED_HEADER_BYTES: usize = 120;

/// How many lines after a comment prompt [`dense_thread`] looks at.
const DENSE_WINDOW: usize = 12;

/// The fewest words of a sentence that fills a gap between comment
/// markers as a short comment (see [`dense_thread`]).
const SHORT_COMMENT_WORDS: u32 = 4;

/// The fewest comment markers that make a thread evident.
const DENSE_MARKERS: usize = 3;

/// The fewest gaps between markers that hold comments.
const DENSE_GAPS: usize = 2;

/// A prompt followed by at least this many kept lines opens a thread even
/// without a byline: a short article's last paragraphs are fewer.
const THREAD_MIN_LINES: usize = 8;

/// The fewest live-blog stamps soon after a prompt that show a live blog
/// going on (see [`threads_after`]).
const LIVE_STAMPS: usize = 2;

/// How many kept lines after a comment prompt are searched for a byline.
const THREAD_LOOKAHEAD: usize = 4;
const _: () = assert!(THREAD_LOOKAHEAD < THREAD_MIN_LINES);

/// The position (among the non-blank lines) of the comment prompt that
/// opens the comment thread, or `lines.len()` when there is none: the first
/// line removed as a comment prompt that comes after at least
/// [`COMMENT_AFTER_SHARE`] of the page's body weight and before what looks
/// like a thread, or after [`DENSE_AFTER_SHARE`] of it (or
/// [`DENSE_AFTER_WORDS`]) and before a dense run of comments. In `prose`,
/// only the dense run counts: text of long lines has many lines after any
/// prompt.
fn comment_thread_start(
    lines: &[LineView<'_>],
    index: &[usize],
    removed: &[bool],
    probabilities: &[f32],
    measured: &[LineFeatures],
    prose: bool,
) -> usize {
    let mass = |j: usize| {
        if removed[j] {
            0.0
        } else {
            probabilities[j] * measured[j].words.max(1) as f32
        }
    };
    let total: f32 = (0..index.len()).map(mass).sum();
    let thread_after = threads_after(measured, removed);
    let mut seen = 0.0;
    let mut prompt = index.len();
    for (j, &i) in index.iter().enumerate() {
        seen += mass(j);
        if removed[j]
            && lines[i].reason == Some(Reason::Comment)
            && ((!prose && seen >= COMMENT_AFTER_SHARE * total && thread_after[j])
                || (seen >= (DENSE_AFTER_SHARE * total).min(DENSE_AFTER_WORDS)
                    && dense_thread(
                        lines,
                        &index[j + 1..],
                        &measured[j + 1..],
                        &removed[j + 1..],
                        prose,
                        !prose && !has_clock_time(lines[i].text),
                        DENSE_MARKERS,
                    )))
        {
            prompt = j;
            break;
        }
    }
    // A run of comment headers may open the thread before any prompt
    // does, or without one: when the prompt found (if any) has no header
    // soon after it, it is the comment form under the thread. A prompt
    // that headers follow opens the page's thread itself, and a
    // run of dated headers before it (the questions of a reader Q&A, the
    // messages of a book of condolence) is body.
    let header_follows = |p: usize| {
        (p + 1..index.len())
            .filter(|&k| !removed[k])
            .take(THREAD_LOOKAHEAD)
            .any(|k| is_comment_header(&measured[k]))
    };
    if prompt < index.len() && header_follows(prompt) {
        return prompt;
    }
    headers_thread_start(
        lines,
        index,
        removed,
        measured,
        total * DENSE_AFTER_SHARE,
        &mass,
        prompt,
    )
    .min(prompt)
}

/// Whether a kept line reads as a comment's header: a short line with a
/// clock time after a name, not a live blog's stamp that opens with it.
fn is_comment_header(f: &LineFeatures) -> bool {
    f.has_clock && f.words <= 12 && !f.clock_first
}

/// The position of the comment header that opens a thread no prompt
/// announced, or `index.len()`: the first header before `before` and
/// after `min_mass` of the page's body weight that carries a date with its
/// year ([`has_date`]), that a dense run of comments follows (see
/// [`dense_thread`]; a count under a post is no marker here), and whose
/// run holds at least [`DISTINCT_HEADERS`] headers that differ once their
/// dates are set aside ([`header_skeleton`]). Comments come from many
/// people; the entries of a live blog, the posts of a blog page and the
/// mails of a quoted chain differ only by their stamps.
fn headers_thread_start(
    lines: &[LineView<'_>],
    index: &[usize],
    removed: &[bool],
    measured: &[LineFeatures],
    min_mass: f32,
    mass: &impl Fn(usize) -> f32,
    before: usize,
) -> usize {
    let mut seen = 0.0;
    for j in 0..before {
        seen += mass(j);
        if removed[j]
            || !is_comment_header(&measured[j])
            || seen < min_mass
            || !has_date(lines[index[j]].text)
        {
            continue;
        }
        let end = index.len().min(j + 1 + DENSE_WINDOW);
        if dense_thread(
            lines,
            &index[j + 1..],
            &measured[j + 1..],
            &removed[j + 1..],
            true,
            false,
            DENSE_MARKERS - 1,
        ) && distinct_headers(lines, &index[j..end], &measured[j..end], &removed[j..end])
        {
            return j;
        }
    }
    index.len()
}

/// Whether the kept comment headers among these lines take at least
/// [`DISTINCT_HEADERS`] different forms once their dates are set aside
/// ([`header_skeleton`]).
fn distinct_headers(
    lines: &[LineView<'_>],
    index: &[usize],
    measured: &[LineFeatures],
    removed: &[bool],
) -> bool {
    let mut forms: Vec<String> = Vec::new();
    for k in (0..index.len()).filter(|&k| !removed[k] && is_comment_header(&measured[k])) {
        let form = header_skeleton(lines[index[k]].text);
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    forms.len() >= DISTINCT_HEADERS
}

/// The fewest distinct comment headers in a run that opens a thread
/// without a prompt.
const DISTINCT_HEADERS: usize = 3;

fn dot(weights: &[f32], values: &[f32]) -> f32 {
    weights.iter().zip(values).map(|(w, v)| w * v).sum()
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Judges `page`, one line per line; a line starting with `~` stands
    /// for one an earlier stage removed as navigation, one starting with
    /// `#` for one removed as a comment prompt, one starting with `^` for
    /// one removed as a related link (the mark is dropped). Returns the
    /// texts of the lines the stage removes.
    fn removed_by_context(page: &str) -> Vec<String> {
        judged(page).into_iter().map(|(text, _)| text).collect()
    }

    /// The lines the stage removes (see [`removed_by_context`]), each with
    /// the rule that removes it.
    fn judged(page: &str) -> Vec<(String, &'static str)> {
        fn view(text: &str, reason: Option<Reason>) -> LineView<'_> {
            LineView {
                text: text.trim(),
                removed: reason.is_some(),
                reason,
            }
        }
        let views: Vec<LineView<'_>> = page
            .lines()
            .map(|l| {
                if let Some(rest) = l.strip_prefix('~') {
                    view(rest, Some(Reason::Navigation))
                } else if let Some(rest) = l.strip_prefix('#') {
                    view(rest, Some(Reason::Comment))
                } else if let Some(rest) = l.strip_prefix('^') {
                    view(rest, Some(Reason::ReadMore))
                } else {
                    view(l, None)
                }
            })
            .collect();
        judge(&views)
            .into_iter()
            .zip(&views)
            .filter_map(|(v, l)| Some((l.text.to_owned(), v?)))
            .collect()
    }

    const BODY: &str = "\
The harbour board met on Tuesday evening to decide what should happen to the old ferry pier, which has been closed to the public since the winter storms damaged its supports.
Engineers told the board that the pier could be repaired within a year, but that the work would cost more than the town had set aside for all of its roads in the same period.
Several residents spoke in favour of the repair, saying that the pier was part of the town's history and that visitors came to walk on it in the summer.
Others asked whether the money would not be better spent on the school roof, which has been leaking for two years and was patched again only last month.
The board will publish both plans on its website and hold a second meeting in the spring, when it expects to have firm prices from at least two builders.";

    fn page(before: &str, after: &str) -> String {
        format!("{before}\n{BODY}\n{after}")
    }

    const MENU: &str =
        "Home\nNews\nSport\nWeather\nLocal\nBusiness\nTravel\nPodcasts\nContact\nSearch";

    const FOOTER: &str = "About us\nJobs\nPrivacy\nTerms\nCookies\nAdvertise\nHelp\nSitemap";

    /// A named case: `$check` on what the stage removes from `$page`, as
    /// texts (`t!`) or with their rules (`ruled!`, through `@by judged`).
    macro_rules! t {
        ($name:ident, $page:expr, |$removed:ident| $check:expr) => {
            t!(@by removed_by_context, $name, $page, |$removed| $check);
        };
        (@by $judge:ident, $name:ident, $page:expr, |$removed:ident| $check:expr) => {
            #[test]
            fn $name() {
                let page: String = $page.into();
                let $removed = $judge(&page);
                assert!($check, "removed: {:#?}", $removed);
            }
        };
    }

    t!(empty_input_removes_nothing, "", |r| r.is_empty());
    t!(blank_lines_only, "\n\n  \n", |r| r.is_empty());
    t!(clean_article_keeps_everything, BODY, |r| r.is_empty());
    t!(
        headings_and_short_lines_of_an_article_stay,
        page(
            "Repairs at the pier",
            "What happens next\nThe board meets again in April."
        ),
        |r| r.is_empty()
    );
    t!(
        menu_and_footer_of_a_whole_page_go,
        page(MENU, FOOTER),
        |r| r.iter().any(|l| l == "Weather")
            && r.iter().any(|l| l == "Sitemap")
            && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        comment_thread_after_the_body_goes,
        page(
            MENU,
            "#Leave a Reply\nSam Lee, 3 March 2021 at 9:14 pm\nI walked on that pier every summer as a child and would be sad to see it go, so I hope they repair it.\nJo, 4 March 2021 at 8:02 am\nThe school roof matters more than a pier that only tourists use, in my opinion."
        ),
        |r| r.iter().any(|l| l.starts_with("I walked on that pier"))
            && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    /// An extractor's article text of prose, with the thread it kept.
    const THREAD: &str = "\
Sam Lee, 3 March 2021 at 9:14 pm
I walked on that pier every summer as a child and would be sad to see it go, so I hope they repair it soon.
Jo Smith, 4 March 2021 at 8:02 am
The school roof matters more than a pier that only tourists use, and the board should say so plainly.
Ali Khan, 4 March 2021 at 10:40 am
Both can be done if the town stops paying consultants for reports that nobody in the council ever reads.
Sam Lee, 5 March 2021 at 6:15 pm
Has anyone asked the builders whether the old timber can be reused, which would bring the price down a lot?";
    t!(
        comments_after_a_prose_article_go,
        format!("{BODY}\n#Comments\n{THREAD}"),
        |r| r.len() == THREAD.lines().count() && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        dated_headers_before_the_comment_form_of_a_prose_article_go,
        format!("{BODY}\n{THREAD}\n#Leave a Reply"),
        |r| THREAD.lines().all(|c| r.iter().any(|l| l == c))
            && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        comment_counts_under_posts_of_a_blog_open_no_thread,
        BODY.lines()
            .enumerate()
            .map(|(i, l)| format!("Post number {i} of the week\n{l}\n{l}\n#Posted by Kim at 9:1{i} PM | Comments ({i})"))
            .collect::<Vec<_>>()
            .join("\n"),
        |r| r.is_empty()
    );
    t!(
        dated_comment_headers_open_a_thread_without_a_prompt,
        page(MENU, THREAD),
        |r| THREAD.lines().all(|c| r.iter().any(|l| l == c))
            && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        one_authors_dated_stamps_open_no_thread,
        page(
            MENU,
            &THREAD
                .lines()
                .map(|l| if l.contains(" 2021 at ") {
                    "Jo Smith, 4 March 2021 at 9:14 pm"
                } else {
                    l
                })
                .collect::<Vec<_>>()
                .join("\n")
        ),
        |r| !r.iter().any(|l| l.starts_with("I walked on that pier"))
    );
    t!(
        headers_without_a_year_open_no_thread,
        page(MENU, &THREAD.replace(" 2021", "")),
        |r| !r.iter().any(|l| l.starts_with("I walked on that pier"))
    );
    t!(
        dated_questions_before_the_announced_comments_stay,
        page(
            MENU,
            &format!(
                "{THREAD}\n#Comments\nPat Doe, 6 March 2021 at 7:00 pm\nThanks for answering all of these questions, it was a useful page to read.\nKim Roe, 6 March 2021 at 8:00 pm\nI agree with the answer about the timber, it is a good idea."
            )
        ),
        |r| !r.iter().any(|l| l.starts_with("I walked on that pier"))
            && r.iter().any(|l| l.starts_with("Thanks for answering"))
    );
    t!(
        @by judged,
        a_quoted_mail_chain_opens_no_thread,
        page(
            MENU,
            "The council released the messages that its officers exchanged with the builder in the spring.
From: Anne Hall
Sent: Monday, March 1, 2021 9:14 AM
The drainage report does not cover the lower field at all, and I am worried about a wet winter there.
From: Mark Ellis
Sent: Tuesday, March 2, 2021 4:40 PM
We can commission another survey but it will delay the committee date by at least two months.
From: Anne Hall
Sent: Wednesday, March 3, 2021 8:02 AM
I would rather have the delay than a school that floods, so please go ahead with the survey.
The second survey was never carried out, according to the council's own records."
        ),
        |r| r.iter().all(|(_, rule)| *rule != RULE_COMMENT_THREAD)
            && !r.iter().any(|(l, _)| l.starts_with("The second survey"))
    );
    t!(
        a_comment_count_inside_a_live_blog_opens_no_thread,
        page(
            MENU,
            "#Comments (412)
21:10 With half of the votes counted, the governing party holds forty seats and the opposition twenty.
21:48 Two smaller parties look set to lose every seat they held in the last parliament.
22:15 The leader arrives at the party's headquarters and waves to supporters from the balcony.
22:30 The opposition leader speaks: tonight the party has made history, she says.
22:58 The third party concedes a bad result and its candidate calls it a very hard night.
23:20 With almost every vote counted, the results are final.
23:40 That is where we end this live coverage. Thank you for following it with us.
23:45 A full report and analysis of the results will follow in the morning edition."
        ),
        |r| !r.iter().any(|l| l.starts_with("22:15"))
    );
    /// A short article under a long thread: the comments outweigh the
    /// body, so only the dense run of headers can open the thread.
    fn long_thread(headers: &[&str]) -> String {
        thread_of(headers, 12)
    }

    /// A page with `count` comments after [`BODY`], each under a header
    /// from `headers` in turn (`{n}` is the comment's number).
    fn thread_of(headers: &[&str], count: usize) -> String {
        let comments = [
            "I walked on that pier every summer as a child and would be sad to see it go, so I hope they repair it soon.",
            "The school roof matters more than a pier that only tourists use, and the board should say so plainly.",
            "Both can be done if the town stops paying consultants for reports that nobody in the council ever reads.",
            "My grandfather fished from that pier for fifty years and he would have paid for the repair himself.",
            "Has anyone asked the builders whether the old timber can be reused, which would bring the price down a lot?",
            "The spring meeting is the right place for this, and I hope many of you will come and speak at it.",
        ];
        let mut thread = format!("#{count} comments");
        for (i, comment) in comments.iter().cycle().take(count).enumerate() {
            thread.push('\n');
            thread.push_str(&headers[i % headers.len()].replace("{n}", &(i + 1).to_string()));
            thread.push('\n');
            thread.push_str(comment);
        }
        page(MENU, &thread)
    }
    t!(
        a_dense_run_of_comment_headers_opens_a_long_thread,
        long_thread(&[
            "Reader {n} 03.03.21 at 9:14 pm",
            "Jo Smith 03.03.21 at 10:02 pm"
        ]),
        |r| r.iter().any(|l| l.starts_with("I walked on that pier"))
            && r.iter().any(|l| l == "Reader 11 03.03.21 at 9:14 pm")
            && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    /// A short article under 200 comments, each with its header and a
    /// reply link.
    fn huge_thread() -> String {
        thread_of(
            &[
                "Reader {n} 03.03.21 at 9:14 pm\n#Reply",
                "Jo Smith 03.03.21 at 10:02 pm\n#Reply",
            ],
            200,
        )
    }
    t!(
        @by judged,
        a_thread_ten_times_longer_than_its_article_opens_at_its_prompt,
        huge_thread(),
        |r| r.iter().filter(|(l, rule)| l.starts_with("I walked on that pier") && *rule == RULE_COMMENT_THREAD).count()
            == huge_thread().matches("I walked on that pier").count()
            && BODY.lines().all(|b| !r.iter().any(|(l, _)| l == b))
    );
    t!(
        a_count_under_the_headline_of_a_long_thread_cuts_no_body,
        huge_thread().replacen(
            "The harbour board met",
            "Pier repair to cost more than a year of roads\n#200 comments\nThe harbour board met",
            1
        ),
        |r| r.iter().any(|l| l.starts_with("I walked on that pier"))
            && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        numbered_dated_comments_open_a_long_thread,
        thread_of(&["{n}. Reader {n} - October 26, 2012"], 12),
        |r| r.iter().any(|l| l.starts_with("I walked on that pier"))
            && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        a_countdown_of_dated_entries_opens_no_thread,
        thread_of(
            &[
                "12. Reader - October 26, 2012",
                "11. Reader - October 25, 2012",
                "10. Reader - October 24, 2012",
                "9. Reader - October 23, 2012",
            ],
            12
        ),
        |r| !r.iter().any(|l| l.starts_with("I walked on that pier"))
    );
    t!(
        short_comments_after_a_count_open_a_thread,
        {
            let replies = [
                "Thanks, looking forward to it!",
                "Great news for the town, well done.",
                "Will the cafe on the pier open again?",
                "About time they fixed it properly.",
            ];
            let mut thread = String::from("#40 Responses to the pier");
            for (i, reply) in replies.iter().cycle().take(40).enumerate() {
                thread.push_str(&format!(
                    "\nReader{i} says:\nOctober 24, 2012 at {}:{i:02} am\n{reply}",
                    i % 12 + 1
                ));
            }
            page(MENU, &thread)
        },
        |r| r.iter().any(|l| l == "Thanks, looking forward to it!")
            && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        @by judged,
        short_quoted_posts_under_dated_headers_open_no_thread,
        page(
            MENU,
            "These are some of the reactions online:\n\
             #@laura_g · 11 Sept 2024, 21:14\n\
             \"So we walk home at midnight now?\"\n\
             #@paco_m · 11 Sept 2024, 21:30\n\
             \"Another city that forgets its night workers.\"\n\
             #@neighbours_centre · 11 Sept 2024, 22:05\n\
             \"We ask for an urgent meeting.\"\n\
             The transport authority says the change is needed for maintenance work and that it will last only until March.\n\
             Night buses will run on the main lines while the stations are closed, every twenty minutes.\n\
             #Comments (2)\n\
             #Log in to comment\n\
             #Jo - 12/09/2024 at 19:02\n\
             Shame.\n\
             #Reply"
        ),
        |r| !r.iter().any(|(l, _)| l.starts_with("The transport authority says"))
    );
    t!(
        removed_reply_labels_between_comments_open_a_long_thread,
        long_thread(&["#Reply"]),
        |r| r.iter().any(|l| l.starts_with("I walked on that pier"))
            && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        a_menu_of_comment_pages_above_more_text_cuts_nothing,
        page(
            MENU,
            "#Comment Archive\n#Comments on Travel\nProgramming\n#Comments on Sport\n#Comments on Food\nInternships\n\
             The harbour master said the ferry would keep its winter timetable until the end of March, whatever the board decides.\n\
             Ticket prices stay the same for residents, and the operator will add a late sailing on Fridays from the first of May."
        ),
        |r| !r.iter().any(|l| l.starts_with("The harbour master said"))
            && !r.iter().any(|l| l.starts_with("Ticket prices stay"))
    );
    t!(
        an_article_between_a_comments_tab_and_the_form_stays,
        page(
            &format!(
                "{MENU}\nResidents of the harbour district have argued about the pier for most of the last decade, and the argument came to a head this winter.\nThe ferry company stopped using the pier three years ago, after divers found that several of its oak piles had rotted through below the waterline.\n#Comments"
            ),
            "#Newest reader comments\n#Add a comment of your own\n#Discussion\nSubject:\nMessage:"
        ),
        |r| BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        dated_lines_without_a_clock_do_not_open_a_long_thread,
        long_thread(&["Reader {n}, 3 March 2021", "Jo Smith, 4 March 2021"]),
        |r| !r.iter().any(|l| l.starts_with("I walked on that pier"))
    );
    t!(
        a_prompt_above_a_timed_live_blog_cuts_nothing,
        page(
            &format!("{MENU}\n#12 comments\n10:02 am\nThe board opened the meeting.\n10:15 am\nThe mayor spoke first.\n10:31 am\nResidents asked questions."),
            FOOTER
        ),
        |r| BODY.lines().all(|b| !r.iter().any(|l| l == b))
            && !r.iter().any(|l| l == "The mayor spoke first.")
    );
    /// An interview: a headline, the body, then short questions and
    /// answers. Many short lines, but no menu and no long run of them:
    /// nothing goes.
    fn interview() -> String {
        let mut text = format!("The last baker of Harbour Street\n{BODY}");
        for (q, a) in [
            ("Why now?", "Because the rent doubled in January."),
            ("Any regrets?", "None."),
            ("And the customers?", "Some of them cried when I told them."),
            ("What will you miss?", "The mornings."),
            ("What next?", "Sleep, and then a long holiday by the sea."),
            ("Really?", "Really."),
        ] {
            text.push_str(&format!("\n{q}\n{a}"));
        }
        text
    }
    t!(
        short_questions_and_answers_of_an_interview_stay,
        interview(),
        |r| r.is_empty()
    );
    t!(
        a_results_table_at_the_end_of_a_report_stays,
        format!(
            "Harbour Rovers win again\n{BODY}\nResults\nHarbour 3 Millbrook 1\n\
             Leeside 0 Pier 0\nOldtown 2 Newtown 2\nTable\n1. Harbour 61\n2. Leeside 58"
        ),
        |r| r.is_empty()
    );
    t!(
        a_comment_count_between_live_blog_entries_cuts_nothing,
        {
            let mut entries = String::from(MENU);
            for (n, (time, entry)) in [
                ("09:31", "A reader sent us a picture of waves breaking over the harbour wall at high tide this morning."),
                ("09:58", "The coastguard says the ferry will stay in port until the wind drops below gale force this afternoon."),
                ("10:20", "The primary school has cancelled its Saturday football club, and the sports centre is closed as well."),
                ("10:47", "A yacht broke its moorings in the outer harbour; nobody was on board and it has now been secured."),
                ("11:15", "The council has opened a rest centre at the community hall for anyone who needs to leave home."),
                ("11:42", "Trains on the coast line are running again, but with delays of up to an hour, the operator says."),
                ("12:10", "The harbour master expects the worst of the storm to pass by early evening, when the tide turns."),
            ]
            .into_iter()
            .enumerate()
            {
                if n == 3 {
                    entries.push_str("\n#57 comments");
                }
                entries.push_str(&format!("\n{time}\n{entry}"));
            }
            page(&entries, FOOTER)
        },
        |r| !r
            .iter()
            .any(|l| l.starts_with("The harbour master expects"))
            && BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        a_comment_prompt_before_the_body_cuts_nothing,
        page(&format!("{MENU}\n#Leave a Reply"), FOOTER),
        |r| BODY.lines().all(|b| !r.iter().any(|l| l == b))
    );
    t!(
        unknown_language_abstains,
        format!("{MENU}\nQwerty zxcvb plokij mnbvc, lkjhg poiuy trewq asdfg hjkl zxcv bnm qazwsx edcrfv tgbyhn.\n{FOOTER}"),
        |r| r.is_empty()
    );
    t!(
        too_little_body_abstains,
        format!("{MENU}\nThe pier is closed.\n{FOOTER}"),
        |r| r.is_empty()
    );
    t!(
        removed_lines_get_no_second_verdict,
        page(&format!("~{}", MENU.replace('\n', "\n~")), FOOTER),
        |r| !r.iter().any(|l| l == "Weather")
    );

    #[test]
    fn short_runs_are_measured_once_per_run() {
        let lists = stopwords();
        let mut scratch = String::new();
        let texts = [
            "Home",
            "News",
            "A line that is long enough to count as a line of prose here.",
            "Help",
        ];
        let measured: Vec<LineFeatures> = texts
            .iter()
            .map(|t| measure(t, lists, &mut scratch))
            .collect();
        assert_eq!(short_runs(&measured, &[false; 4]), [2, 2, 0, 1]);
        assert_eq!(
            short_runs(&measured, &[true, false, false, false]),
            [0, 1, 0, 1]
        );
    }

    /// Teasers of other stories, each a sentence too short to be a
    /// paragraph, after a "related" box at the end of the body.
    const TEASERS: &str = "\
Why the harbour board wants firm prices from two builders this spring.
Readers share their memories of summer walks on the old ferry pier.
The school roof has leaked for two years and the patch did not hold.";

    /// Two more paragraphs of the article.
    const MORE_BODY: &str = "\
The chair of the board said after the meeting that no decision would be taken before the builders had seen the pier for themselves.
She added that the town would look for grants from the region, which has helped with the repair of two other piers on the coast.";

    /// Like `t!`, with the rule of each removed line.
    macro_rules! ruled {
        ($name:ident, $page:expr, |$removed:ident| $check:expr) => {
            t!(@by judged, $name, $page, |$removed| $check);
        };
    }

    ruled!(
        teasers_after_a_related_box_end_the_article,
        page(MENU, &format!("^Related posts\n{TEASERS}\n{FOOTER}")),
        |r| TEASERS
            .lines()
            .all(|t| r.contains(&(t.to_owned(), RULE_AFTER_ARTICLE)))
            && BODY.lines().all(|b| !r.iter().any(|(l, _)| l == b))
    );
    ruled!(
        paragraphs_after_a_related_box_go_on_with_the_article,
        page(MENU, &format!("^Related posts\n{MORE_BODY}\n{FOOTER}")),
        |r| !r.iter().any(|(_, rule)| *rule == RULE_AFTER_ARTICLE)
            && MORE_BODY.lines().all(|b| !r.iter().any(|(l, _)| l == b))
    );
    ruled!(
        a_last_paragraph_after_a_related_box_stays,
        page(
            MENU,
            &format!(
                "^Related posts\n{}\n{FOOTER}",
                MORE_BODY.lines().next().unwrap_or_default()
            )
        ),
        |r| !r.iter().any(|(_, rule)| *rule == RULE_AFTER_ARTICLE)
    );
    ruled!(
        a_related_box_early_in_the_body_ends_nothing,
        format!(
            "{MENU}\n{}\n^Related posts\n{TEASERS}\n{BODY}\n{FOOTER}",
            BODY.lines().next().unwrap_or_default()
        ),
        |r| !r.iter().any(|(_, rule)| *rule == RULE_AFTER_ARTICLE)
    );
    ruled!(
        a_related_box_ends_nothing_in_article_text,
        format!("{BODY}\n^Related posts\n{TEASERS}"),
        |r| r.is_empty()
    );

    /// Three links of a "related" list.
    const LINKS: &str = "\
- Harbour board delays vote on pier repairs
- Ferry timetable changes from October
- School roof repairs put off again";

    ruled!(
        links_under_a_related_heading_go_in_article_text,
        format!("{BODY}\n^Related stories\n{LINKS}\n{MORE_BODY}"),
        |r| LINKS
            .lines()
            .all(|t| r.contains(&(t.to_owned(), RULE_RELATED_LIST)))
            && r.len() == 3
    );
    ruled!(
        two_links_are_no_list,
        format!(
            "{BODY}\n^Related stories\n{}\n{MORE_BODY}",
            LINKS.lines().take(2).collect::<Vec<_>>().join("\n")
        ),
        |r| r.is_empty()
    );
    ruled!(
        a_list_before_the_first_paragraph_stays,
        format!("^Most read\n{LINKS}\nRepairs at the pier\n{BODY}"),
        |r| !r.iter().any(|(_, rule)| *rule == RULE_RELATED_LIST)
    );
    ruled!(
        a_paragraph_ends_the_list,
        format!("{BODY}\n^See also\n{LINKS}\n{MORE_BODY}\nThe harbour master declined to comment"),
        |r| !r
            .iter()
            .any(|(l, _)| l == "The harbour master declined to comment")
    );

    /// The plain definition of [`threads_after`] for the line before
    /// `after`: look at the kept lines that follow, one prompt at a time.
    fn looks_like_thread(after: &[LineFeatures], removed: &[bool]) -> bool {
        let mut kept = after
            .iter()
            .zip(removed)
            .filter(|(_, &r)| !r)
            .map(|(f, _)| f);
        let first: Vec<&LineFeatures> = kept.by_ref().take(THREAD_LOOKAHEAD).collect();
        let byline = first
            .iter()
            .any(|f| f.has_time && f.words <= 12 && !f.clock_first);
        let stamps = first.iter().filter(|f| f.clock_first).count();
        byline || (stamps < LIVE_STAMPS && first.len() + kept.count() >= THREAD_MIN_LINES)
    }

    #[test]
    fn threads_after_agrees_with_looking_ahead_from_each_line() {
        let lists = stopwords();
        let mut scratch = String::new();
        let kinds: Vec<(LineFeatures, bool)> = [
            ("Anna, 12 May 2024 at 9:14 pm", false),
            ("9:14 The storm reached the coast this morning.", false),
            (
                "A line that is long enough to count as a line of prose here.",
                false,
            ),
            ("Reply", true),
            ("Menu", false),
        ]
        .iter()
        .map(|&(t, r)| (measure(t, lists, &mut scratch), r))
        .collect();
        // Every sequence of up to nine lines drawn from the kinds, as
        // numbers in base five.
        for len in 0..=9u32 {
            for code in 0..5usize.pow(len) {
                let mut rest = code;
                let (measured, removed): (Vec<LineFeatures>, Vec<bool>) = (0..len)
                    .map(|_| {
                        let kind = kinds[rest % 5].clone();
                        rest /= 5;
                        kind
                    })
                    .unzip();
                let fast = threads_after(&measured, &removed);
                for j in 0..measured.len() {
                    assert_eq!(
                        fast[j],
                        looks_like_thread(&measured[j + 1..], &removed[j + 1..]),
                        "line {j} of sequence {code} of {len}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_page_language_is_the_best_fitting_list() {
        let lists = stopwords();
        let mut scratch = String::new();
        let measured = [measure(
            "Der Rat hat am Montag über die Pläne für den neuen Hafen und die Brücke beraten, \
             aber er hat noch nicht entschieden, wann die Arbeiten an der Mauer beginnen sollen.",
            lists,
            &mut scratch,
        )];
        let (lang, _) = page_language(&measured).expect("German is known");
        assert_eq!(stopwords::LANGUAGES[lang], "de");
    }
}
