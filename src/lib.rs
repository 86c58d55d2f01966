//! Turn scraped article text into clean body text.
//!
//! Scraped articles arrive as plain text with residue around the body: the
//! headline and copies of it, subscription prompts, share bars, site tags,
//! comment-form prompts, repeated paragraphs. `bodytext` removes those lines
//! and keeps every line of the body exactly as it was.
//!
//! # Vocabulary
//!
//! - An **article** is the input: plain text, one paragraph or block per
//!   line.
//! - A **line** ends at `\n`, `\r\n` or `\r`. A **blank** line holds only
//!   whitespace.
//! - The **headline** (or **title**) is the article's first line, when it
//!   has a headline's shape. A **headline copy** is a later line that
//!   repeats it in some form: folded, transliterated, as a slug, cut short.
//! - **Boilerplate** is any line that is not body: each kind is a family,
//!   named by a [`Reason`].
//! - A **removal** is one removed line, with its line number, byte range,
//!   text, reason and the name of the rule that fired; the **report** lists
//!   them all.
//! - A **repeated block** is a paragraph that repeats an earlier one of the
//!   same article, after folding case, accents and punctuation.
//! - A **corpus** is many articles, in **groups** (a site, say). A
//!   **template** is a line that recurs across distinct stories of a group,
//!   or whose fixed part recurs while a slot varies (`Foto: {agency}`).
//!
//! # Overview
//!
//! - [`clean`] cleans with the default settings and returns the body.
//! - [`Cleaner`] is the configured form: [`Cleaner::builder`] gives a
//!   [`CleanerBuilder`], whose [`build`](CleanerBuilder::build) validates
//!   the settings. [`Cleaner::clean`] returns a [`Cleaned`]: the body, the
//!   title found and a [`Report`] of [`Removal`]s.
//! - [`TemplateLearner`] observes a corpus and gives [`Templates`], which a
//!   cleaner applies through [`CleanerBuilder::templates`] and
//!   [`Cleaner::clean_in_group`]. Learners [`merge`](TemplateLearner::merge),
//!   so shards learn in parallel.
//! - [`NearDuplicates`] finds exact and near-duplicate articles from MinHash
//!   [`Signature`]s with LSH banding.
//!
//! # Examples
//!
//! The one-call form:
//!
//! ```
//! let article = "Kim plant Besuch bei Putin\n\n\
//!                Kim plant Besuch bei Putin\n\n\
//!                Erhalten Sie kostenlose Updates zum Krieg in der Ukraine\n\n\
//!                Kim Jong Un will nach Russland reisen, sagte ein Beamter am Montag.\n\n\
//!                ttn-de-58\n\n\
//!                Schreibe einen Kommentar";
//! assert_eq!(
//!     bodytext::clean(article),
//!     "Kim Jong Un will nach Russland reisen, sagte ein Beamter am Montag."
//! );
//! ```
//!
//! The title and the report:
//!
//! ```
//! use bodytext::{Cleaner, Reason};
//!
//! let cleaner = Cleaner::default();
//! let cleaned = cleaner.clean(
//!     "Storm hits the coast\n\nThe storm reached the coast on Monday night.\n\nLeave a Reply",
//! );
//! assert_eq!(cleaned.title(), Some("Storm hits the coast"));
//! assert_eq!(cleaned.text(), "The storm reached the coast on Monday night.");
//! let reasons: Vec<Reason> = cleaned.report().iter().map(|r| r.reason()).collect();
//! assert_eq!(reasons, [Reason::Title, Reason::Comment]);
//! assert_eq!(cleaned.report().removals()[1].line(), 5);
//! ```
//!
//! Patterns of your own, and a family turned off:
//!
//! ```
//! use bodytext::{Cleaner, Reason};
//!
//! let cleaner = Cleaner::builder()
//!     .pattern(Reason::Share, r"^Teile diesen Bericht")
//!     .disable(Reason::SiteTag)
//!     .build()?;
//! let cleaned = cleaner.clean("Kurz notiert\n\nDer Rat tagt heute.\nTeile diesen Bericht mit Freunden\nabc-de-1");
//! assert_eq!(cleaned.text(), "Der Rat tagt heute.\nabc-de-1");
//! assert_eq!(cleaned.report().removals()[1].rule(), "share/user.0");
//! # Ok::<(), bodytext::Error>(())
//! ```
//!
//! An invalid pattern is an error, never a panic:
//!
//! ```
//! use bodytext::{Cleaner, Error, Reason};
//!
//! let err = Cleaner::builder().pattern(Reason::Credit, "Foto: (").build().unwrap_err();
//! assert!(matches!(err, Error::InvalidPattern { .. }));
//! ```
//!
//! # Guarantees
//!
//! Each is pinned by tests (see the README for their names).
//!
//! - **Nothing is rewritten.** The output lines are input lines, in input
//!   order, byte for byte, except that line endings become `\n`, trailing
//!   whitespace is dropped, runs of blank lines become one blank line, and
//!   there is no blank line at the start or end.
//! - **Every removed line is reported**, exactly once and in order, with a
//!   byte range that slices the input to that line's text.
//! - **No panics, linear time.** Any `&str` is accepted: control and
//!   format characters, bidi controls, combining marks, a BOM, `\r`-only
//!   line endings, megabyte lines. Every stage looks at each line a bounded
//!   number of times; phrase rules skip lines longer than a fixed bound.
//! - **Errors come only from configuration**: [`CleanerBuilder::build`]
//!   reports an invalid, empty or empty-matching pattern, or a threshold out
//!   of range, as an [`Error`] that names the value.
//! - **Idempotent on bodies.** Cleaning a cleaned body again changes
//!   nothing, as long as its first paragraph is not itself headline-shaped
//!   (a body rarely starts with a short line without a full stop).
//! - [`clean`] equals `Cleaner::default().clean(text).text()`, and
//!   [`Cleaner`] is `Send + Sync`.
//!
//! # Rules
//!
//! Phrase rules are regular expressions grouped by family, kept as data
//! files in the crate (`src/rules/data/`) and matched against a folded form
//! of each short line. A gate built once from each rule's syntax tree (the
//! keywords its matches must contain, found by one keyword scan, and
//! the strings its matches start with) lets through only the rules that could
//! match, and those run their exact pattern as a lazy DFA. A context stage
//! finds the article in a whole page's text from each line's features and
//! its neighbours. Shape rules cover what words cannot: machine tags such
//! as `ttn-de-58`.
//! Headline copies and repeated blocks are found by comparing folded keys
//! (Unicode compatibility forms, case, transliteration, punctuation).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod bytes;
mod cleaner;
mod context;
mod dedup;
mod error;
mod fold;
mod headline;
mod lines;
mod neardup;
mod report;
mod rules;
mod template;

pub use crate::cleaner::{Cleaned, Cleaner, CleanerBuilder};
pub use crate::error::Error;
pub use crate::neardup::{NearDupParams, NearDupParamsBuilder, NearDuplicates, Signature};
pub use crate::report::{Reason, Removal, Report};
pub use crate::template::{
    TemplateKind, TemplateLearner, TemplateLearnerBuilder, TemplateMatch, Templates,
};

/// Cleans `text` with the default settings and returns the body.
///
/// Equal to `Cleaner::default().clean(text).text()`; the default cleaner is
/// built once and shared.
///
/// ```
/// assert_eq!(bodytext::clean("Kurze Meldung\n\nDer Rat tagt heute.\n\nKommentar schreiben"), "Der Rat tagt heute.");
/// ```
pub fn clean(text: &str) -> String {
    static DEFAULT: once_cell::sync::Lazy<Cleaner> = once_cell::sync::Lazy::new(Cleaner::default);
    DEFAULT.clean(text).into_text()
}
