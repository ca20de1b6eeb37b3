//! The JSON object of one document: `depeche extract` writes one per line,
//! `depeche.extract` in Python returns it as a dict. Either the segments or,
//! when the document could not be processed, an error object.

use crate::DocError;
use depeche_events::SegmentResult;
use serde::Serialize;

#[derive(Serialize)]
struct Failed<'a> {
    source: &'a str,
    error: &'a DocError,
}

#[derive(Serialize)]
struct Good<'a> {
    source: &'a str,
    segments: &'a [SegmentResult],
}

/// The record of the document named `source` (no trailing newline) and
/// whether it is an error record.
pub fn record(
    source: &str,
    result: Result<&[SegmentResult], &DocError>,
    pretty: bool,
) -> (String, bool) {
    let rendered = match result {
        Ok(segments) => to_json(&Good { source, segments }, pretty),
        Err(error) => {
            return (failed(source, error, pretty), true);
        }
    };
    match rendered {
        Ok(text) => (text, false),
        Err(e) => {
            let error = DocError {
                kind: "serialize".into(),
                message: format!("cannot serialize the result: {e}"),
                offset: None,
            };
            (failed(source, &error, pretty), true)
        }
    }
}

/// Writes the record of a document whose extraction succeeded straight to
/// `out` (no trailing newline), byte for byte what [`record`] gives, without
/// holding it as text: a very large document's record can be several times
/// the size of its input.
///
/// The records are plain structures of strings and numbers, whose
/// serialization cannot fail, so every error is the writer's; a failure
/// may leave part of the record written.
///
/// ```
/// use depeche_output::document::{record, write_good};
/// let mut out = Vec::new();
/// write_good(&mut out, "a.txt", &[], false).unwrap();
/// assert_eq!(out, record("a.txt", Ok(&[]), false).0.into_bytes());
/// ```
pub fn write_good<W: std::io::Write>(
    out: &mut W,
    source: &str,
    segments: &[SegmentResult],
    pretty: bool,
) -> std::io::Result<()> {
    let good = Good { source, segments };
    let written = if pretty {
        serde_json::to_writer_pretty(out, &good)
    } else {
        serde_json::to_writer(out, &good)
    };
    written.map_err(std::io::Error::from)
}

fn failed(source: &str, error: &DocError, pretty: bool) -> String {
    // Strings and numbers always serialize; the map form is only a fallback
    // (it would put `error` before `source`).
    to_json(&Failed { source, error }, pretty)
        .unwrap_or_else(|_| serde_json::json!({"source": source, "error": error}).to_string())
}

fn to_json<T: Serialize>(value: &T, pretty: bool) -> serde_json::Result<String> {
    if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    #[test]
    fn good_document_line_has_source_and_segments() {
        let segments = sample::segments();
        let (text, failed) = record("a/b.txt", Ok(&segments), false);
        assert!(!failed);
        assert!(!text.contains('\n'));
        let v: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(v["source"], "a/b.txt");
        assert_eq!(v["segments"][0]["events"][0]["type"], "VISIT");
        assert_eq!(v["segments"][0]["events"][1]["plover"]["mode"], "visit");
        let (pretty, _) = record("a/b.txt", Ok(&segments), true);
        assert!(pretty.contains('\n'));
        let p: serde_json::Value = serde_json::from_str(&pretty).expect("json");
        assert_eq!(p, v);
    }

    #[test]
    fn written_record_is_the_record() {
        let segments = sample::segments();
        for pretty in [false, true] {
            let mut out = Vec::new();
            write_good(&mut out, "a/b.txt", &segments, pretty).expect("write");
            let (text, _) = record("a/b.txt", Ok(&segments), pretty);
            assert_eq!(String::from_utf8(out).expect("utf-8"), text);
        }
    }

    #[test]
    fn error_record_shape() {
        let error = DocError {
            kind: "not_found".into(),
            message: "cannot read x.txt".into(),
            offset: None,
        };
        let (text, failed) = record("x.txt", Err(&error), false);
        assert!(failed);
        assert_eq!(
            text,
            r#"{"source":"x.txt","error":{"kind":"not_found","message":"cannot read x.txt","offset":null}}"#
        );
    }
}
