//! Configuration errors.

use crate::Reason;

/// An invalid [`CleanerBuilder`](crate::CleanerBuilder) setting.
///
/// Cleaning itself never fails; only building a [`Cleaner`](crate::Cleaner)
/// can.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A user pattern is not a valid regular expression.
    #[error("invalid pattern {pattern:?} for reason {reason}: {source}")]
    InvalidPattern {
        /// The reason the pattern was added for.
        reason: Reason,
        /// The pattern as given.
        pattern: String,
        /// What the regex parser said.
        #[source]
        source: Box<regex::Error>,
    },
    /// A user pattern is empty or only whitespace.
    #[error("empty pattern for reason {reason}")]
    EmptyPattern {
        /// The reason the pattern was added for.
        reason: Reason,
    },
    /// A user pattern matches the empty line, so it would match every line.
    #[error("pattern {pattern:?} for reason {reason} matches the empty string")]
    PatternMatchesEmpty {
        /// The reason the pattern was added for.
        reason: Reason,
        /// The pattern as given.
        pattern: String,
    },
    /// A numeric setting is outside its allowed range.
    #[error("{name} = {value} is out of range {min}..={max}")]
    ThresholdOutOfRange {
        /// The setting's name, as the builder method that sets it.
        name: &'static str,
        /// The value given.
        value: usize,
        /// The smallest allowed value.
        min: usize,
        /// The largest allowed value.
        max: usize,
    },
    /// A fractional setting (a share, similarity or ratio) is outside its
    /// allowed range, or not a number.
    #[error("{name} = {value} is out of range {min}..={max}")]
    RatioOutOfRange {
        /// The setting's name, as the builder method that sets it.
        name: &'static str,
        /// The value given.
        value: f64,
        /// The smallest allowed value.
        min: f64,
        /// The largest allowed value.
        max: f64,
    },
}

/// Checks a whole-number setting against its allowed range.
pub(crate) fn check_count(
    name: &'static str,
    value: usize,
    min: usize,
    max: usize,
) -> Result<(), Error> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(Error::ThresholdOutOfRange {
            name,
            value,
            min,
            max,
        })
    }
}

pub(crate) fn check_ratio(name: &'static str, value: f64, min: f64, max: f64) -> Result<(), Error> {
    // `contains` is false for NaN, so NaN is rejected too.
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(Error::RatioOutOfRange {
            name,
            value,
            min,
            max,
        })
    }
}
