//! Extract coded diplomatic events from parsed French dispatches.

#![forbid(unsafe_code)]

pub mod extract;
pub mod model;

pub use extract::{ExtractError, Extractor};
pub use model::{
    Actor, Event, EventDate, EventType, Evidence, Location, Plover, Role, SegmentResult, Status,
};
