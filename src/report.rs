//! What was removed, and why.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

/// Why a line was removed. Each variant is one family of boilerplate.
///
/// The enum is `#[non_exhaustive]`: later versions add families.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Reason {
    /// The article's headline: the first line, when it has a headline's shape.
    Title,
    /// A later copy of the headline: exact, folded, transliterated, stripped
    /// of punctuation, as a URL slug, cut short, or with a site suffix.
    HeadlineCopy,
    /// A newsletter, subscription, sign-up or free-updates prompt.
    Newsletter,
    /// A line that is nothing but a short machine tag, such as `ttn-de-58`.
    SiteTag,
    /// A comment-form prompt, a comment count or byline, or a helpfulness
    /// poll ("Leave a Reply", "3 Kommentare", "Was this article helpful?").
    Comment,
    /// A share or follow bar, or a lone social network name.
    Share,
    /// A read-more, related, see-also, most-read or previous/next link.
    ReadMore,
    /// An advertisement label ("Anzeige", "Publicité").
    Advertisement,
    /// A cookie or consent notice.
    Consent,
    /// A copyright, all-rights-reserved or licence footer.
    Copyright,
    /// A photo or image credit ("Foto: dpa").
    Credit,
    /// A paywall prompt ("Subscribe to continue reading").
    Paywall,
    /// A "click here" call.
    ClickHere,
    /// A navigation crumb or skip link, or a post's tag and filing line
    /// ("Home > News", "Back to top", "Tags: bread, baking").
    Navigation,
    /// A reading-time line ("5 min read").
    ReadingTime,
    /// A paragraph that repeats an earlier one of the same article.
    DuplicateBlock,
    /// A line that its neighbours and position place outside the body: a
    /// menu, a teaser, a link list, a sidebar or a footer of a whole page.
    Context,
    /// A line of a site's template, learned from many of its articles.
    Template,
}

impl Reason {
    /// Every reason, in declaration order.
    pub const ALL: [Reason; 18] = [
        Reason::Title,
        Reason::HeadlineCopy,
        Reason::Newsletter,
        Reason::SiteTag,
        Reason::Comment,
        Reason::Share,
        Reason::ReadMore,
        Reason::Advertisement,
        Reason::Consent,
        Reason::Copyright,
        Reason::Credit,
        Reason::Paywall,
        Reason::ClickHere,
        Reason::Navigation,
        Reason::ReadingTime,
        Reason::DuplicateBlock,
        Reason::Context,
        Reason::Template,
    ];

    /// A short, stable, kebab-case name, as used in reports and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Reason::Title => "title",
            Reason::HeadlineCopy => "headline-copy",
            Reason::Newsletter => "newsletter",
            Reason::SiteTag => "site-tag",
            Reason::Comment => "comment",
            Reason::Share => "share",
            Reason::ReadMore => "read-more",
            Reason::Advertisement => "advertisement",
            Reason::Consent => "consent",
            Reason::Copyright => "copyright",
            Reason::Credit => "credit",
            Reason::Paywall => "paywall",
            Reason::ClickHere => "click-here",
            Reason::Navigation => "navigation",
            Reason::ReadingTime => "reading-time",
            Reason::DuplicateBlock => "duplicate-block",
            Reason::Context => "context",
            Reason::Template => "template",
        }
    }

    /// The reason with the given [`name`](Reason::name), if any.
    pub fn from_name(name: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.name() == name)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One removed line.
///
/// The removals of one article share one copy of its input, so a removal
/// kept alone keeps the whole input alive.
#[derive(Debug, Clone)]
pub struct Removal {
    pub(crate) line: usize,
    pub(crate) range: Range<usize>,
    /// The whole input, shared by the removals of one article: one copy
    /// per article rather than one allocation per removed line (a whole
    /// page loses hundreds of lines).
    pub(crate) input: Arc<str>,
    pub(crate) reason: Reason,
    pub(crate) rule: Arc<str>,
}

impl PartialEq for Removal {
    fn eq(&self, other: &Removal) -> bool {
        self.line == other.line
            && self.range == other.range
            && self.text() == other.text()
            && self.reason == other.reason
            && self.rule == other.rule
    }
}

impl Eq for Removal {}

impl Removal {
    /// The 1-based number of the removed line in the input.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The byte range of the line's text in the input, line terminator
    /// excluded: `&input[removal.range()] == removal.text()`.
    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// The removed line, exactly as in the input (terminator excluded).
    pub fn text(&self) -> &str {
        self.input.get(self.range.clone()).unwrap_or_default()
    }

    /// Why the line was removed.
    pub fn reason(&self) -> Reason {
        self.reason
    }

    /// The name of the rule that fired, such as `comment/verb-en`.
    pub fn rule(&self) -> &str {
        &self.rule
    }
}

/// Every line a [`Cleaner`](crate::Cleaner) removed from one article, in
/// input order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub(crate) removals: Vec<Removal>,
}

impl Report {
    /// The removals, in input order.
    pub fn removals(&self) -> &[Removal] {
        &self.removals
    }

    /// The number of removed lines.
    pub fn len(&self) -> usize {
        self.removals.len()
    }

    /// Whether nothing was removed.
    pub fn is_empty(&self) -> bool {
        self.removals.is_empty()
    }

    /// The removals, in input order.
    pub fn iter(&self) -> std::slice::Iter<'_, Removal> {
        self.removals.iter()
    }
}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Removal;
    type IntoIter = std::slice::Iter<'a, Removal>;

    fn into_iter(self) -> Self::IntoIter {
        self.removals.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for reason in Reason::ALL {
            assert_eq!(Reason::from_name(reason.name()), Some(reason), "{reason:?}");
        }
        assert_eq!(Reason::from_name("no-such-reason"), None);
    }

    fn removal(input: &str, range: Range<usize>) -> Removal {
        Removal {
            line: 2,
            range,
            input: Arc::from(input),
            reason: Reason::Share,
            rule: Arc::from("share/run"),
        }
    }

    #[test]
    fn removals_compare_by_their_text_not_their_input() {
        let a = removal("Body\nShare\n", 5..10);
        let b = removal("Other\nShare\n", 5..10);
        assert_eq!(a.text(), "Share");
        assert_eq!(b.text(), "\nShar");
        assert_ne!(a, b);
        let c = removal("Text\nShare", 5..10);
        assert_eq!(a, c);
        assert_eq!(a, a.clone());
    }
}
