//! The extraction entry point (placeholder until the rules land).

use crate::model::SegmentResult;
use depeche_names::Registry;

/// Why a document could not be processed.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The input could not be parsed (e.g. invalid UTF-8).
    #[error("{message}")]
    Parse {
        /// Machine-readable kind (`invalid_utf8`, `empty` …).
        kind: &'static str,
        /// Human-readable message.
        message: String,
        /// Byte offset in the input where the problem is.
        offset: usize,
    },
}

impl ExtractError {
    /// Machine-readable kind.
    pub fn kind(&self) -> &'static str {
        match self {
            ExtractError::Parse { kind, .. } => kind,
        }
    }
    /// Byte offset of the problem.
    pub fn offset(&self) -> usize {
        match self {
            ExtractError::Parse { offset, .. } => *offset,
        }
    }
}

/// Extracts events from dispatches using a names registry.
#[derive(Debug, Clone, Copy)]
pub struct Extractor<'r> {
    registry: &'r Registry,
}

impl<'r> Extractor<'r> {
    /// An extractor over `registry`.
    pub fn new(registry: &'r Registry) -> Self {
        Extractor { registry }
    }

    /// The registry in use.
    pub fn registry(&self) -> &'r Registry {
        self.registry
    }

    /// Events of every segment of `input`.
    pub fn extract(&self, input: &str) -> Result<Vec<SegmentResult>, ExtractError> {
        let _ = input;
        Ok(Vec::new())
    }

    /// Events of every segment of raw bytes; invalid UTF-8 is an error with
    /// its byte offset.
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Vec<SegmentResult>, ExtractError> {
        match std::str::from_utf8(bytes) {
            Ok(s) => self.extract(s),
            Err(e) => Err(ExtractError::Parse {
                kind: "invalid_utf8",
                message: format!("invalid UTF-8 at byte {}", e.valid_up_to()),
                offset: e.valid_up_to(),
            }),
        }
    }
}
