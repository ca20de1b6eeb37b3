//! Checking a parsed [`Document`] against its input: the crate's guarantees
//! stated as code, for tests, fuzzing and corpus checks.

use crate::model::{Dispatch, Document};
use crate::span::Span;
use crate::text::is_blank;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The kinds of element a dispatch is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ElementKind {
    /// The `date 2025-05` part of a header line.
    Header,
    /// A dateline or printed date line.
    Dateline,
    /// The title.
    Title,
    /// A body paragraph (or caption, subheading, page chrome).
    Paragraph,
    /// A photo credit.
    PhotoCredit,
    /// A `>>` related link.
    Related,
    /// The agency signature.
    Signature,
}

impl Dispatch {
    /// Every element of the dispatch with its span, in input order.
    ///
    /// ```
    /// use depeche_parse::{check::ElementKind, parse};
    /// let doc = parse("Un titre de dépêche ici\n\nLe corps du texte.\n\nVNA/CVN").unwrap();
    /// let kinds: Vec<ElementKind> = doc.segments[0].elements().iter().map(|e| e.0).collect();
    /// assert_eq!(kinds, [ElementKind::Title, ElementKind::Paragraph, ElementKind::Signature]);
    /// ```
    pub fn elements(&self) -> Vec<(ElementKind, Span)> {
        let mut v: Vec<(ElementKind, Span)> = Vec::new();
        v.extend(self.header.iter().map(|p| (ElementKind::Header, p.span)));
        v.extend(
            self.dateline
                .iter()
                .map(|p| (ElementKind::Dateline, p.span)),
        );
        v.extend(
            self.extra_datelines
                .iter()
                .map(|p| (ElementKind::Dateline, p.span)),
        );
        v.extend(self.title.iter().map(|p| (ElementKind::Title, p.span)));
        v.extend(
            self.paragraphs
                .iter()
                .map(|p| (ElementKind::Paragraph, p.span)),
        );
        v.extend(
            self.photo_credits
                .iter()
                .map(|p| (ElementKind::PhotoCredit, p.span)),
        );
        v.extend(self.related.iter().map(|p| (ElementKind::Related, p.span)));
        v.extend(
            self.signature
                .iter()
                .map(|p| (ElementKind::Signature, p.span)),
        );
        v.sort_by_key(|&(k, s)| (s.start, s.end, k));
        v
    }
}

/// A broken guarantee, with the offset where it was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub enum Violation {
    /// A span is empty, out of the input or not on char boundaries.
    #[error("bad span {start}..{end} ({what})")]
    BadSpan {
        /// Start of the span.
        start: usize,
        /// End of the span.
        end: usize,
        /// What the span belongs to.
        what: String,
    },
    /// Two elements overlap or are out of order.
    #[error("elements overlap or are out of order at byte {offset}")]
    Overlap {
        /// Where the second element starts.
        offset: usize,
    },
    /// A non-blank character belongs to no element.
    #[error("non-blank byte {offset} belongs to no element")]
    Lost {
        /// The byte offset of the character.
        offset: usize,
    },
    /// A piece's text does not come from its span.
    #[error("text of {what} at byte {offset} does not match its span")]
    Text {
        /// Where the piece starts.
        offset: usize,
        /// Which piece.
        what: String,
    },
}

/// Checks every guarantee of [`parse`](crate::parse) on `doc` for `input`:
/// spans inside the input, on char boundaries and non-empty; elements (and
/// segments) in order and non-overlapping; every non-blank character in
/// exactly one element ("nothing lost"); piece texts taken from their spans;
/// repairs inside a title or paragraph of their segment, matching the input.
///
/// ```
/// use depeche_parse::{check::verify, parse};
/// let input = "Titre de la dépêche du jour\n\nHanoi (VNA) - Le texte. -VNA";
/// assert_eq!(verify(input, &parse(input).unwrap()), Ok(()));
/// ```
pub fn verify(input: &str, doc: &Document) -> Result<(), Violation> {
    let mut all: Vec<(ElementKind, Span)> = Vec::new();
    let mut prev_segment_end = 0usize;
    for seg in &doc.segments {
        span_ok(input, seg.span, "segment")?;
        if seg.span.start < prev_segment_end {
            return Err(Violation::Overlap {
                offset: seg.span.start,
            });
        }
        prev_segment_end = seg.span.end;
        let elements = seg.elements();
        for &(kind, span) in &elements {
            span_ok(input, span, &format!("{kind:?}"))?;
            if !seg.span.contains(span) {
                return Err(Violation::Overlap { offset: span.start });
            }
        }
        texts_ok(input, seg)?;
        repairs_ok(input, seg)?;
        all.extend(elements);
    }
    all.sort_by_key(|&(_, s)| (s.start, s.end));
    let mut covered = 0usize;
    for &(_, span) in &all {
        if span.start < covered {
            return Err(Violation::Overlap { offset: span.start });
        }
        lost_between(input, covered, span.start)?;
        covered = span.end;
    }
    lost_between(input, covered, input.len())
}

fn span_ok(input: &str, span: Span, what: &str) -> Result<(), Violation> {
    if span.is_empty() || input.get(span.start..span.end).is_none() {
        return Err(Violation::BadSpan {
            start: span.start,
            end: span.end,
            what: what.to_string(),
        });
    }
    Ok(())
}

fn lost_between(input: &str, from: usize, to: usize) -> Result<(), Violation> {
    let gap = input.get(from..to).unwrap_or("");
    match gap.char_indices().find(|&(_, c)| !is_blank(c)) {
        Some((i, _)) => Err(Violation::Lost { offset: from + i }),
        None => Ok(()),
    }
}

fn texts_ok(input: &str, seg: &Dispatch) -> Result<(), Violation> {
    let exact = seg
        .header
        .iter()
        .map(|p| ("header", p))
        .chain(seg.title.iter().map(|p| ("title", p)))
        .chain(seg.paragraphs.iter().map(|p| ("paragraph", p)));
    for (what, p) in exact {
        if input.get(p.span.start..p.span.end) != Some(p.text.as_str()) {
            return Err(Violation::Text {
                offset: p.span.start,
                what: what.to_string(),
            });
        }
    }
    let inner = seg
        .photo_credits
        .iter()
        .map(|p| ("photo credit", p))
        .chain(seg.related.iter().map(|p| ("related link", p)))
        .chain(seg.signature.iter().map(|p| ("signature", p)));
    for (what, p) in inner {
        let inside = input
            .get(p.span.start..p.span.end)
            .is_some_and(|s| s.contains(p.text.as_str()));
        if !inside {
            return Err(Violation::Text {
                offset: p.span.start,
                what: what.to_string(),
            });
        }
    }
    Ok(())
}

fn repairs_ok(input: &str, seg: &Dispatch) -> Result<(), Violation> {
    let mut prev_end = 0usize;
    for r in &seg.repairs {
        span_ok(input, r.span, "repair")?;
        let in_text = seg
            .title
            .iter()
            .chain(seg.paragraphs.iter())
            .any(|p| p.span.contains(r.span));
        if !in_text || r.span.start < prev_end {
            return Err(Violation::Overlap {
                offset: r.span.start,
            });
        }
        if input.get(r.span.start..r.span.end) != Some(r.original.as_str()) {
            return Err(Violation::Text {
                offset: r.span.start,
                what: "repair".to_string(),
            });
        }
        prev_end = r.span.end;
    }
    Ok(())
}
