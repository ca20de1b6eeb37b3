//! Normalization keys, an embedded registry and mention detection for names.

#![forbid(unsafe_code)]

mod detect;
pub mod entity;
mod fold;
mod fuzzy;
mod hash;
mod index;
pub mod key;
mod lexicon;
pub mod mention;
pub mod registry;
pub mod resolve;
mod scan;
pub mod titles;
mod translit;
mod view;
mod words;

pub use entity::Entity;
pub use fold::fold;
pub use key::key;
pub use mention::{EntityKind, Mention, Method};
pub use registry::{Registry, RegistryError};
pub use resolve::Resolution;
pub use titles::{TitleEntry, TitleMatch, Titles};
