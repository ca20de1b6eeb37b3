//! The parsed shape of a dispatch: what a [`Document`] holds.

use crate::date::DateValue;
use crate::span::Span;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A piece of the input: its text (a copy, for convenience) and where it is.
///
/// `text` is always `&input[span.start..span.end]`, except for pieces whose
/// docs say otherwise (a signature's text drops its leading dash, a photo
/// credit's text is the credited agency, a related link's text drops `>>`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Piece {
    /// The text of the piece.
    pub text: String,
    /// Its byte span in the original input.
    pub span: Span,
}

/// A dateline: `Hanoi, 3 septembre (VNA) –`, `BEIJING, 22 mars (Xinhua) --`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Dateline {
    /// The place named, as written (`Hanoi`, `BEIJING`).
    pub place: Option<String>,
    /// The date given, if any.
    pub date: Option<DateValue>,
    /// The agency named (`VNA`, `Xinhua`, `APS`).
    pub agency: Option<String>,
    /// The whole dateline, dash included.
    pub span: Span,
}

/// What kind of repair was made in the normalized view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum RepairKind {
    /// Two words glued by a removed line break were split (`duVietnam`).
    Split,
}

/// One change made in the normalized view. The original input is never
/// rewritten: spans keep pointing at it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Repair {
    /// The kind of repair.
    pub kind: RepairKind,
    /// The original bytes that were repaired.
    pub span: Span,
    /// The original text (`duVietnam`).
    pub original: String,
    /// The replacement text in the normalized view (`du Vietnam`).
    pub replacement: String,
}

/// One article of a [`Document`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Dispatch {
    /// The dispatch's own date: from a ` date` header, a dateline or a printed
    /// publication date, at the precision the text gives.
    pub date: Option<DateValue>,
    /// The ` date 2025-05` header line's date part, when present.
    pub header: Option<Piece>,
    /// The dateline, when present: the wire dateline (`Hanoi (VNA) -`), or
    /// else a printed publication date line (`Jeudi 8 Mars 2018`) as a
    /// dateline with `place: None`.
    pub dateline: Option<Dateline>,
    /// Other dateline-like lines of the segment: a printed date next to a
    /// wire dateline, or a date line in page chrome that does not date the
    /// dispatch (it then does not count for [`Dispatch::date`]).
    #[cfg_attr(feature = "serde", serde(default))]
    pub extra_datelines: Vec<Dateline>,
    /// The title, absent when the segment starts with body prose.
    pub title: Option<Piece>,
    /// Body paragraphs, in order.
    pub paragraphs: Vec<Piece>,
    /// Photo credits (`Photo : VNA/CVN`, or the `Photo: VNA` tail of a
    /// caption line); `text` is the credited agency (`VNA/CVN`), `span`
    /// covers the whole credit, label and separators included.
    pub photo_credits: Vec<Piece>,
    /// `>> …` lines: links to other articles, not part of this story.
    /// `text` is the headline without the `>>` marker; `span` covers the
    /// whole line, marker included.
    pub related: Vec<Piece>,
    /// The agency signature (`VNA/CVN`, `AVI`, `APS`). `text` is the agency
    /// or author without a leading dash, parentheses, final period or `Par`;
    /// `span` covers all of it (` -AVI` glued to the last sentence gives
    /// text `AVI` and the span of `-AVI`).
    pub signature: Option<Piece>,
    /// Repairs made in the normalized view of this segment.
    pub repairs: Vec<Repair>,
    /// The whole segment.
    pub span: Span,
}

/// A parsed input: one or more dispatch segments.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Document {
    /// The segments (articles), in input order.
    pub segments: Vec<Dispatch>,
}
