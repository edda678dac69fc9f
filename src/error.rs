//! Errors: only for input that cannot be read or configuration that cannot be compiled.

/// What can go wrong. No match is never an error; an unreadable input or a bad user rule is.
///
/// ```
/// let err = zhreport::parse_bytes(&[0x41, 0xff, 0xff, 0xff]).unwrap_err();
/// assert!(matches!(err, zhreport::Error::Decode { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not valid in any encoding tried.
    #[error("cannot decode input as {tried}: invalid bytes at offset {offset}")]
    Decode {
        /// The encodings that were tried, e.g. `UTF-8, GB18030`.
        tried: String,
        /// Byte offset of the first invalid byte (in the encoding tried first).
        offset: usize,
    },
    /// A user-supplied rule (pattern or lexicon entry) is invalid.
    #[error("invalid rule {rule:?}: {reason}")]
    Rule {
        /// The rule as given.
        rule: String,
        /// Why it was rejected.
        reason: String,
    },
}
