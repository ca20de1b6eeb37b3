//! Closed classes of French words, folded (lowercase, no diacritics,
//! apostrophes split off), that several rules test for.

/// "à", "au", "aux": what introduces the one something is handed to or a
/// place reached ("à" folds to "a").
pub(crate) const DATIVES: &[&str] = &["a", "au", "aux"];

/// Subject pronouns of the third person.
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["il", "elle", "ils", "elles"];

/// Demonstrative determiners: "cette visite" points back at an event told.
pub(crate) const DEMONSTRATIVES: &[&str] = &["cette", "ce", "cet"];

/// Possessive determiners of the third person: "sa visite", "leur
/// rencontre".
pub(crate) const POSSESSIVES: &[&str] = &["sa", "son", "ses", "leur", "leurs"];
