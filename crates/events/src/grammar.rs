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

/// Words that open a sentence with a frame whose subject comes after it:
/// "Lors des rencontres avec X, les dirigeants ont …", "Au cours de",
/// "À l'issue de", "Durant", "Pendant", "Après".
pub(crate) const FRAME_OPENERS: &[&str] = &["lors", "au", "durant", "pendant", "a", "apres"];

/// Whether the "que" at token `i` is the one of "ainsi que", which joins
/// members of one list rather than opening a clause.
pub(crate) fn joins_a_list(sent: &crate::analysis::Sentence, i: usize) -> bool {
    sent.is(i, &["que", "qu"]) && i > 0 && sent.is(i - 1, &["ainsi"])
}
