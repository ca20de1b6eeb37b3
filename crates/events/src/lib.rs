//! Extract coded diplomatic events from parsed French dispatches.

#![forbid(unsafe_code)]

pub mod model;

pub use model::{
    Actor, Event, EventDate, EventType, Evidence, Location, Plover, Role, SegmentResult, Status,
};
