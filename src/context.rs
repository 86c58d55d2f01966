//! Decisions that need a line's neighbours and position: where in a whole
//! page's text the article body lies.
//!
//! This stage runs after the single-line rules, the headline and repeated
//! blocks. It sees every line with the verdict of the earlier stages and may
//! remove further lines; it never brings back a removed one.

/// One line as the context stage sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LineView<'a> {
    /// The line's text, trimmed.
    pub(crate) text: &'a str,
    /// Whether an earlier stage removed the line.
    pub(crate) removed: bool,
}

/// Returns, for each line, the name of the context rule that removes it
/// (`None` keeps it). Blank lines have empty text and are never removed.
pub(crate) fn judge(lines: &[LineView<'_>]) -> Vec<Option<&'static str>> {
    vec![None; lines.len()]
}
