//! Normalization keys, an embedded registry and mention detection for names.

#![forbid(unsafe_code)]

pub mod mention;
pub mod registry;

pub use mention::{EntityKind, Mention, Method};
pub use registry::{Registry, RegistryError};
