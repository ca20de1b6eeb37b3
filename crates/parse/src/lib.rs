//! Parse French news-agency dispatches into segments with exact byte spans.
//!
//! A dispatch as copied from a wire or news site is raw text: an optional
//! ` date 2025-05` header line with the title on it, a dateline
//! (`Hanoi, 3 septembre (VNA) –`), a title, paragraphs, photo credits
//! (`Photo : VNA/CVN`), links to other articles (`>> …`), an agency
//! signature (`VNA/CVN`, `… deux pays. -AVI`), sometimes page chrome or a
//! second article after the signature, and words glued together where line
//! breaks were removed (`duVietnam`). [`parse`] turns it into a
//! [`Document`]: one [`Dispatch`] per article, every piece with the byte
//! [`Span`] it came from, the dispatch's own date, and the glued words
//! listed as [`Repair`]s to be applied in a [`normalize::Normalized`] view.
//!
//! The crate also offers what later stages need on that text:
//! [`sentence::sentences`], French date expressions ([`date::find_dates`],
//! [`date::resolve`]) and a checker of the guarantees below
//! ([`check::verify`]).
//!
//! ```
//! use depeche_parse::parse;
//!
//! let input = " date 2025-05 Le chef du Parti termine sa visite au Kazakhstan\n\n\
//!              Photo : VNA/CVN\n\n\
//!              Astana (VNA) - Le secrétaire général a rencontré le président duKazakhstan.\n\n\
//!              VNA/CVN\n";
//! let doc = parse(input)?;
//! let d = &doc.segments[0];
//! assert_eq!(d.date.unwrap().to_string(), "2025-05");
//! assert_eq!(d.title.as_ref().unwrap().text, "Le chef du Parti termine sa visite au Kazakhstan");
//! assert_eq!(d.dateline.as_ref().unwrap().place.as_deref(), Some("Astana"));
//! assert_eq!(d.photo_credits[0].text, "VNA/CVN");
//! assert_eq!(d.signature.as_ref().unwrap().text, "VNA/CVN");
//! let p = &d.paragraphs[0];
//! assert_eq!(&input[p.span.start..p.span.end], p.text);
//! assert_eq!(d.repairs[0].replacement, "du Kazakhstan");
//! # Ok::<(), depeche_parse::ParseError>(())
//! ```
//!
//! # Guarantees
//!
//! For every input, [`parse`] and [`parse_bytes`]:
//!
//! - **never panic** and return either a [`Document`] or a typed
//!   [`ParseError`] (invalid UTF-8 with its byte offset, or empty input);
//! - give **valid spans**: byte offsets into the original input exactly as
//!   given (a byte order mark, CRLF line ends, U+00A0 or U+202F spaces shift
//!   nothing), always on char boundaries, so `&input[s.start..s.end]` never
//!   fails; elements and segments come in input order and never overlap;
//! - run in **linear time** in the input size: every pass looks at each byte
//!   a bounded number of times (glued-word splitting only looks at chunks of
//!   at most 100 bytes);
//! - lose **nothing**: every non-blank character of the input belongs to
//!   exactly one element (header, dateline, title, paragraph, photo credit,
//!   related link or signature) of exactly one segment.
//!
//! [`check::verify`] tests all of these on a parsed document.
//!
//! Empty or blank-only input is an error ([`ParseError::Empty`], at offset
//! 0) rather than a document with no segment, so that a batch tool reports
//! it; any other input gives at least one segment.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod check;
mod data;
pub mod date;
mod error;
mod layout;
pub mod model;
pub mod normalize;
mod repair;
pub mod sentence;
pub mod span;
pub mod text;

pub use date::{DateValue, PartialDate};
pub use error::ParseError;
pub use model::{Dateline, Dispatch, Document, Piece, Repair, RepairKind};
pub use span::Span;

/// The default limit on the size of one document, in bytes (16 MiB).
///
/// A news dispatch is a few kilobytes; a document a thousand times larger
/// is a concatenated archive or a broken export, and the extractor's memory
/// grows with the document, so callers refuse it with
/// [`ParseError::TooLarge`] (see [`check_size`]) and go on with the next.
pub const DEFAULT_MAX_DOC_BYTES: usize = 16 * 1024 * 1024;

/// Refuses a document of more than `limit` bytes.
///
/// ```
/// use depeche_parse::{check_size, ParseError};
/// assert!(check_size(b"Hanoi (VNA) - Texte.", 1024).is_ok());
/// let err = check_size(&[b'a'; 10], 4).unwrap_err();
/// assert_eq!(err, ParseError::TooLarge { size: 10, limit: 4 });
/// assert_eq!((err.kind(), err.offset()), ("too_large", 4));
/// ```
pub fn check_size(input: &[u8], limit: usize) -> Result<(), ParseError> {
    if input.len() > limit {
        return Err(ParseError::TooLarge {
            size: input.len(),
            limit,
        });
    }
    Ok(())
}

/// Builds now the word lists parsing reads (glue-repair lexicon, date
/// words, agencies, abbreviations), which are otherwise built on first use:
/// for a server that wants its first documents as fast as later ones, and
/// for measurements of the cost per document. Calling it again does
/// nothing.
///
/// ```
/// depeche_parse::prepare();
/// assert!(depeche_parse::parse("Hanoï (VNA) - Un texte.").is_ok());
/// ```
pub fn prepare() {
    repair::prepare();
    date::prepare();
    layout::prepare();
    sentence::prepare();
}

/// Parses a dispatch (or several concatenated ones) into a [`Document`].
///
/// ```
/// use depeche_parse::{parse, ParseError};
/// let doc = parse("Le texte sans titre ni date. -AVI\nUn autre article commence ici")?;
/// assert_eq!(doc.segments.len(), 2);
/// assert_eq!(doc.segments[0].signature.as_ref().unwrap().text, "AVI");
/// assert_eq!(parse("\u{feff}  \r\n"), Err(ParseError::Empty));
/// # Ok::<(), ParseError>(())
/// ```
pub fn parse(input: &str) -> Result<Document, ParseError> {
    if input.chars().all(text::is_blank) {
        return Err(ParseError::Empty);
    }
    Ok(Document {
        segments: layout::segments(input),
    })
}

/// Parses raw bytes, which must be UTF-8 (a byte order mark is allowed and
/// keeps its offsets).
///
/// ```
/// use depeche_parse::{parse_bytes, ParseError};
/// assert!(parse_bytes("Hanoi (VNA) - Texte.".as_bytes()).is_ok());
/// assert_eq!(parse_bytes(b"ok \xc3("), Err(ParseError::InvalidUtf8 { offset: 3 }));
/// ```
pub fn parse_bytes(input: &[u8]) -> Result<Document, ParseError> {
    let text = std::str::from_utf8(input).map_err(|e| ParseError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    parse(text)
}
