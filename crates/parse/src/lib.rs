//! Parse French news-agency dispatches into segments with exact byte spans.

#![forbid(unsafe_code)]

pub mod date;
pub mod model;
pub mod span;

pub use date::{DateValue, PartialDate};
pub use model::{Dateline, Dispatch, Document, Piece, Repair, RepairKind};
pub use span::Span;
