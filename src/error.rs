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
    /// The bytes are not text in any encoding tried: invalid there, or decodable only into
    /// something that is not text (binary data, mojibake).
    #[error("cannot decode input as {tried}: {failure} at offset {offset}")]
    #[non_exhaustive]
    Decode {
        /// The encodings that were tried, e.g. `UTF-8, GB18030`.
        tried: String,
        /// Byte offset in the input of the first offending byte (for invalid bytes, the
        /// furthest any encoding tried got).
        offset: usize,
        /// What is wrong with the bytes.
        failure: DecodeFailure,
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

/// Why bytes could not be decoded.
///
/// ```
/// use zhreport::{DecodeFailure, Error};
/// let err = zhreport::decode::decode(b"\x00\x00\x00\x01").unwrap_err();
/// assert!(matches!(err, Error::Decode { failure: DecodeFailure::Binary, .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeFailure {
    /// A byte sequence that is invalid in the encoding.
    InvalidBytes,
    /// The bytes decode, but into control or private-use characters: binary data.
    Binary,
    /// The bytes decode as GBK/GB18030 only into rare characters outside GB2312, as bytes of
    /// another encoding (Latin-1, Big5) do: mojibake, not Chinese text.
    Implausible,
}

impl std::fmt::Display for DecodeFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DecodeFailure::InvalidBytes => "invalid bytes",
            DecodeFailure::Binary => "binary data (control characters)",
            DecodeFailure::Implausible => "implausible text (rare characters only)",
        })
    }
}
