//! Why an input could not be parsed.

/// An input that cannot be turned into a [`Document`](crate::Document).
///
/// Every variant knows the byte offset it is about ([`ParseError::offset`])
/// and a stable snake_case name ([`ParseError::kind`]) for machine-readable
/// error records.
///
/// ```
/// use depeche_parse::{parse_bytes, ParseError};
/// let err = parse_bytes(b"Hanoi \xff").unwrap_err();
/// assert_eq!((err.kind(), err.offset()), ("invalid_utf8", 6));
/// assert_eq!(depeche_parse::parse(" \n\t").unwrap_err(), ParseError::Empty);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
pub enum ParseError {
    /// The bytes are not UTF-8; `offset` is the first byte of the first
    /// invalid sequence.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The input is empty or holds only blank characters (whitespace, byte
    /// order mark): there is no dispatch to report. Reported at offset 0.
    #[error("empty input: no text to parse")]
    Empty,
    /// The document is longer than the limit set for one document
    /// ([`DEFAULT_MAX_DOC_BYTES`](crate::DEFAULT_MAX_DOC_BYTES) unless the
    /// caller chose another). Reported at the first byte past the limit.
    #[error("document of {size} bytes is larger than the limit of {limit} bytes")]
    TooLarge {
        /// Size of the document in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

impl ParseError {
    /// The byte offset the error is about.
    pub fn offset(&self) -> usize {
        match self {
            ParseError::InvalidUtf8 { offset } => *offset,
            ParseError::Empty => 0,
            ParseError::TooLarge { limit, .. } => *limit,
        }
    }

    /// A stable snake_case name of the error kind: `invalid_utf8`, `empty`,
    /// `too_large`.
    pub fn kind(&self) -> &'static str {
        match self {
            ParseError::InvalidUtf8 { .. } => "invalid_utf8",
            ParseError::Empty => "empty",
            ParseError::TooLarge { .. } => "too_large",
        }
    }
}
