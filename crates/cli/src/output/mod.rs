//! Output formats of `depeche extract`: JSON Lines (one object per document,
//! see `docs/OUTPUT.md`), a TSV event table and PLOVER-style event records.
//! The records themselves are composed by `depeche-output`, which the Python
//! package shares; this module picks the format and reports failures.
//!
//! Rendering happens on the worker threads; the writer only copies text.

pub use depeche_output::{plover, tsv};

use crate::args::Format;
use crate::pipeline::Doc;

/// The JSON line of a processed document.
pub mod jsonl {
    use crate::pipeline::Doc;

    /// The record of `doc` (no trailing newline) and whether it is an error record.
    pub fn record(doc: &Doc, pretty: bool) -> (String, bool) {
        depeche_output::document::record(&doc.source, doc.result.as_deref(), pretty)
    }
}

/// A rendered document.
#[derive(Debug)]
pub struct Rendered {
    /// Text for stdout (may be empty: a TSV of a document with no events).
    pub text: String,
    /// For formats without error records: the failure to report on stderr.
    pub failure: Option<String>,
    /// Whether the document failed.
    pub failed: bool,
}

/// Renders `doc` in `format`.
pub fn render(format: Format, pretty: bool, doc: &Doc) -> Rendered {
    match format {
        Format::Jsonl => {
            let (text, failed) = jsonl::record(doc, pretty);
            Rendered {
                text,
                failure: None,
                failed,
            }
        }
        Format::Tsv | Format::Plover => match &doc.result {
            Ok(segments) => Rendered {
                text: if format == Format::Tsv {
                    tsv::rows(&doc.source, segments)
                } else {
                    plover::records(&doc.source, segments)
                },
                failure: None,
                failed: false,
            },
            Err(e) => Rendered {
                text: String::new(),
                failure: Some(format!("{}: {} ({})", doc.source, e.message, e.kind)),
                failed: true,
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use depeche_output::{sample, DocError};

    #[test]
    fn tsv_and_plover_report_failures_on_stderr() {
        let doc = Doc {
            source: "bad.txt".into(),
            bytes: 3,
            result: Err(DocError {
                kind: "invalid_utf8".into(),
                message: "invalid UTF-8 at byte 1".into(),
                offset: Some(1),
            }),
        };
        for f in [Format::Tsv, Format::Plover] {
            let r = render(f, false, &doc);
            assert!(r.failed);
            assert!(r.text.is_empty());
            assert_eq!(
                r.failure.as_deref(),
                Some("bad.txt: invalid UTF-8 at byte 1 (invalid_utf8)")
            );
        }
        let r = render(Format::Jsonl, false, &doc);
        assert!(r.failed);
        assert!(r.failure.is_none());
    }

    #[test]
    fn every_format_renders_a_good_document() {
        let doc = Doc {
            source: "a.txt".into(),
            bytes: 10,
            result: Ok(sample::segments()),
        };
        let j = render(Format::Jsonl, false, &doc);
        assert!(!j.failed);
        assert!(j.text.starts_with(r#"{"source":"a.txt","segments":["#));
        assert_eq!(render(Format::Tsv, false, &doc).text.lines().count(), 2);
        assert_eq!(render(Format::Plover, false, &doc).text.lines().count(), 2);
    }
}
