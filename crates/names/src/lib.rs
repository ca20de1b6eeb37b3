//! Normalization keys, an embedded registry and mention detection for names.

#![forbid(unsafe_code)]

pub mod mention;

pub use mention::{EntityKind, Method, Mention};
