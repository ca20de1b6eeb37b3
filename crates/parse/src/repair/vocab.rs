//! The document's own vocabulary: how often each word stands on its own.
//!
//! Names and rare words the word list lacks (`Vietnam`, `Nazarbayev`) are
//! still words when the document uses them alone, so `Vietnamprenait` can be
//! split even though `Vietnam` is not French. The table is built on first
//! use, over the whole input, so documents without word-evidence candidates
//! never pay for it.

use super::lexicon::{fold_into, key};
use crate::text::{is_apostrophe, is_blank};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The keys are already hashes: use them as they are.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// How often a word stands alone: in all, and capitalized.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Count {
    pub(crate) all: u32,
    pub(crate) capitalized: u32,
}

type Counts = HashMap<u64, Count, BuildHasherDefault<KeyHasher>>;

/// Word counts of one input, built lazily.
pub(crate) struct Vocab<'a> {
    input: &'a str,
    counts: Option<Counts>,
}

impl<'a> Vocab<'a> {
    pub(crate) fn new(input: &'a str) -> Vocab<'a> {
        Vocab {
            input,
            counts: None,
        }
    }

    /// How many times the folded word stands alone in the input.
    pub(crate) fn count(&mut self, folded: &[u8]) -> Count {
        let input = self.input;
        let counts = self.counts.get_or_insert_with(|| build(input));
        counts.get(&key(folded)).copied().unwrap_or_default()
    }
}

fn build(input: &str) -> Counts {
    let mut counts = Counts::default();
    let mut buf = Vec::new();
    for chunk in input.split(is_blank) {
        // Words inside a chunk are separated by apostrophes and hyphens
        // (`l'Ordre`, `Kassym-Jomart`) or by punctuation; a run whose case
        // changes inside (`duVietnam`) is not a word on its own.
        for word in chunk.split(|c: char| !c.is_alphabetic() || is_apostrophe(c)) {
            let mut cs = word.chars();
            let Some(first) = cs.next() else { continue };
            let rest_lower = cs.clone().all(char::is_lowercase);
            let all_upper = first.is_uppercase() && cs.all(char::is_uppercase);
            if word.chars().count() >= 3 && (rest_lower || all_upper) {
                fold_into(word, &mut buf);
                let c = counts.entry(key(&buf)).or_default();
                c.all += 1;
                c.capitalized += u32::from(first.is_uppercase());
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_standalone_words_only() {
        let mut v = Vocab::new("Le Vietnam, duVietnam et l'Ordre du Vietnam.");
        let mut b = Vec::new();
        fold_into("Vietnam", &mut b);
        assert_eq!(
            v.count(&b),
            Count {
                all: 2,
                capitalized: 2
            }
        );
        fold_into("ordre", &mut b);
        assert_eq!(v.count(&b).all, 1);
        fold_into("duvietnam", &mut b);
        assert_eq!(v.count(&b).all, 0);
    }
}
