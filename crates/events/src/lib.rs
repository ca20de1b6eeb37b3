//! Extract coded diplomatic events from parsed French dispatches.

#![forbid(unsafe_code)]

mod analysis;
mod candidates;
pub mod coding;
mod coordination;
mod credentials;
mod dates;
mod dedup;
mod discourse;
pub mod extract;
mod frames;
mod lead;
pub mod lexicon;
pub mod model;
mod organizations;
mod placing;
mod raw;
mod speaker;
mod status;
mod story;
mod tokens;

pub use extract::{ExtractError, Extractor};
pub use model::{
    Actor, Event, EventDate, EventType, Evidence, Location, Plover, Role, SegmentResult, Status,
};
