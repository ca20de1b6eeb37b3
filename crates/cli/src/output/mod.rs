//! Output formats of `depeche extract`: JSON Lines (one object per document,
//! see `docs/OUTPUT.md`), a TSV event table and PLOVER-style event records.
//! The records themselves are composed by `depeche-output`, which the Python
//! package shares; this module picks the format and reports failures.
//!
//! Rendering happens on the worker threads; the writer only copies text.

pub use depeche_output::{plover, tsv};

use crate::args::Format;
use crate::pipeline::Doc;
use std::io::{self, Write};

/// The JSON line of a processed document.
pub mod jsonl {
    use crate::pipeline::Doc;

    /// The record of `doc` (no trailing newline) and whether it is an error record.
    pub fn record(doc: &Doc, pretty: bool) -> (String, bool) {
        depeche_output::document::record(&doc.source, doc.result.as_deref(), pretty)
    }
}

/// Inputs larger than this are not rendered as text on the worker: their
/// JSON record (several times the input's size) is written by the writer
/// straight to the output.
pub const STREAMED_INPUT_BYTES: usize = 1 << 20;

/// A rendered document.
#[derive(Debug)]
pub struct Rendered {
    /// Text for stdout (may be empty: a TSV of a document with no events).
    pub text: String,
    /// A large document whose JSON record is to be written as it is
    /// serialized, in place of `text`.
    pub streamed: Option<Doc>,
    /// For formats without error records: the failure to report on stderr.
    pub failure: Option<String>,
    /// Whether the document failed.
    pub failed: bool,
}

impl Rendered {
    /// Writes the document's output: its text, or its streamed record,
    /// with the line end of a JSON record.
    pub fn write_to<W: Write>(&self, out: &mut W, format: Format, pretty: bool) -> io::Result<()> {
        match &self.streamed {
            Some(Doc {
                source,
                result: Ok(segments),
                ..
            }) => depeche_output::document::write_good(out, source, segments, pretty)?,
            _ => out.write_all(self.text.as_bytes())?,
        }
        if format == Format::Jsonl {
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}

/// Renders `doc` in `format`.
pub fn render(format: Format, pretty: bool, doc: Doc) -> Rendered {
    match format {
        Format::Jsonl if doc.bytes > STREAMED_INPUT_BYTES && doc.result.is_ok() => Rendered {
            text: String::new(),
            streamed: Some(doc),
            failure: None,
            failed: false,
        },
        Format::Jsonl => {
            let (text, failed) = jsonl::record(&doc, pretty);
            Rendered {
                text,
                streamed: None,
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
                streamed: None,
                failure: None,
                failed: false,
            },
            Err(e) => Rendered {
                text: String::new(),
                streamed: None,
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

    fn bad_doc() -> Doc {
        Doc {
            source: "bad.txt".into(),
            bytes: 3,
            result: Err(DocError {
                kind: "invalid_utf8".into(),
                message: "invalid UTF-8 at byte 1".into(),
                offset: Some(1),
            }),
        }
    }

    fn good_doc(bytes: usize) -> Doc {
        Doc {
            source: "a.txt".into(),
            bytes,
            result: Ok(sample::segments()),
        }
    }

    fn written(r: &Rendered, format: Format) -> String {
        let mut out = Vec::new();
        r.write_to(&mut out, format, false).expect("write");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn tsv_and_plover_report_failures_on_stderr() {
        for f in [Format::Tsv, Format::Plover] {
            let r = render(f, false, bad_doc());
            assert!(r.failed);
            assert!(r.text.is_empty());
            assert_eq!(
                r.failure.as_deref(),
                Some("bad.txt: invalid UTF-8 at byte 1 (invalid_utf8)")
            );
        }
        let r = render(Format::Jsonl, false, bad_doc());
        assert!(r.failed);
        assert!(r.failure.is_none());
        assert!(r.streamed.is_none());
    }

    #[test]
    fn every_format_renders_a_good_document() {
        let j = render(Format::Jsonl, false, good_doc(10));
        assert!(!j.failed && j.streamed.is_none());
        assert!(j.text.starts_with(r#"{"source":"a.txt","segments":["#));
        assert_eq!(written(&j, Format::Jsonl), format!("{}\n", j.text));
        let tsv = render(Format::Tsv, false, good_doc(10));
        assert_eq!(tsv.text.lines().count(), 2);
        assert_eq!(written(&tsv, Format::Tsv), tsv.text);
        let plover = render(Format::Plover, false, good_doc(10));
        assert_eq!(plover.text.lines().count(), 2);
    }

    #[test]
    fn a_large_document_is_streamed_with_the_same_bytes() {
        let small = render(Format::Jsonl, false, good_doc(10));
        let large = render(Format::Jsonl, false, good_doc(STREAMED_INPUT_BYTES + 1));
        assert!(large.text.is_empty() && large.streamed.is_some() && !large.failed);
        assert_eq!(
            written(&large, Format::Jsonl),
            written(&small, Format::Jsonl)
        );
    }
}
