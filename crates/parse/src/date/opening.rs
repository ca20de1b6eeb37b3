//! Whether a date expression may start at a word: the cheap test
//! [`find_dates`](super::find_dates) makes at every word start near an
//! anchor before trying the whole grammar.

use super::lexicon;
use crate::text::is_apostrophe;
use std::sync::OnceLock;

/// The words an alternative of `find::expression` may open with, besides
/// digits, weekdays, months and the first words of relative phrases: the
/// articles of `range`, `single` and `weekday_expr`, the leads of
/// `month_lead`, and `year_alone`'s `en` and verbs of `back_to`. A form
/// added to the grammar's openings must be added here (a test checks the
/// two agree on many texts).
pub(super) const OPENING_FORMS: [&str; 17] = [
    "du",
    "les",
    "entre",
    "le",
    "au",
    "ce",
    "en",
    "début",
    "fin",
    "courant",
    "depuis",
    "mi",
    "remonte",
    "remontent",
    "remontait",
    "remontaient",
    "remontant",
];

/// Whether `find::expression` may match at `i`: its first step, whichever
/// the alternative, is a digit, a word of [`OPENING_FORMS`], the first word
/// of a relative phrase, a weekday or a month. Most word starts near an
/// anchor are none of these, and the whole grammar is not tried there. The
/// word is read once and compared as [`word`](super::grammar::word),
/// [`weekday`](super::grammar::weekday) and
/// [`month`](super::grammar::month) compare it (leaving out only what
/// follows it, so the test is never stricter).
pub(super) fn may_open(i: &str) -> bool {
    match i.chars().next() {
        Some(c) if c.is_ascii_digit() => return true,
        None => return false,
        Some(_) => {}
    }
    // The word as `word` reads it: letters, apostrophes and hyphens.
    let run_end = i
        .find(|c: char| !(c.is_alphabetic() || is_apostrophe(c) || c == '-'))
        .unwrap_or(i.len());
    let run = i.get(..run_end).unwrap_or_default();
    if run.is_empty() {
        return false;
    }
    // An elided form (`l'`) matches the word up to its first apostrophe.
    let elided = run
        .char_indices()
        .find(|&(_, c)| is_apostrophe(c))
        .and_then(|(p, c)| run.get(..p + c.len_utf8()));
    let first = lexicon::first_folded(run);
    let opens = |form: &str| {
        form.chars().next() == first
            && (lexicon::eq_folded(run, form)
                || (form.ends_with('\'') && elided.is_some_and(|h| lexicon::eq_folded(h, form))))
    };
    let words = opening_words();
    let from = words.partition_point(|w| w.chars().next() < first);
    let to = words.partition_point(|w| w.chars().next() <= first);
    if words
        .get(from..to)
        .is_some_and(|ws| ws.iter().any(|w| opens(w)))
    {
        return true;
    }
    // Weekdays and months are read as letters only.
    let letters_end = run.find(|c: char| !c.is_alphabetic()).unwrap_or(run.len());
    let letters = run.get(..letters_end).unwrap_or_default();
    lexicon::weekday(letters).is_some() || lexicon::month(letters).is_some_and(|(_, abbr)| !abbr)
}

/// The words [`may_open`] compares a word with — [`OPENING_FORMS`] and the
/// first words of the relative phrases — sorted, so that only those
/// starting with the word's first letter are compared.
fn opening_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let firsts = lexicon::relative_phrases().filter_map(|(words, _)| words.first().copied());
        let mut words: Vec<&'static str> = OPENING_FORMS.into_iter().chain(firsts).collect();
        words.sort_unstable();
        words.dedup();
        words
    })
}

/// Builds the opening words now (see [`crate::prepare`]).
pub(super) fn prepare() {
    opening_words();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_words_are_grouped_by_first_letter() {
        let words = opening_words();
        assert!(words.is_sorted() && words.len() > OPENING_FORMS.len());
        for (phrase, _) in lexicon::relative_phrases() {
            assert!(words.contains(&phrase[0]), "{phrase:?}");
        }
        for text in [
            "l'année dernière",
            "Hier",
            "AVANT-HIER",
            "Remontaient à 2003",
        ] {
            assert!(may_open(text), "{text}");
        }
        for text in ["lors", "président", "hanoï", "Zanzibar", "’"] {
            assert!(!may_open(text), "{text}");
        }
    }
}
