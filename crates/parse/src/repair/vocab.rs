//! The document's own vocabulary: how often each word stands on its own.
//!
//! Names and rare words the word list lacks (`Vietnam`, `Nazarbayev`) are
//! still words when the document uses them alone, so `Vietnamprenait` can be
//! split even though `Vietnam` is not French. The table is built on first
//! use, over the whole input, so documents without word-evidence candidates
//! never pay for it.

use super::lexicon::{fold_into, key};
use crate::text::{char_at, is_apostrophe};
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
    /// Splits already judged in this input, by [`Vocab::split_id`]: a
    /// document repeats its words, and the judgement depends only on the
    /// run, its context flags and this input's counts.
    splits: HashMap<u64, Option<usize>, BuildHasherDefault<KeyHasher>>,
}

impl<'a> Vocab<'a> {
    pub(crate) fn new(input: &'a str) -> Vocab<'a> {
        Vocab {
            input,
            counts: None,
            splits: HashMap::default(),
        }
    }

    /// The identity of a run of letters with its context flags, for
    /// [`Vocab::remembered`].
    pub(crate) fn split_id(run: &str, elided_next: bool, sentence_start: bool) -> u64 {
        let flags = u64::from(elided_next) | (u64::from(sentence_start) << 1);
        key(run.as_bytes()).rotate_left(2) ^ flags
    }

    /// The split judged earlier for `id`, if any.
    pub(crate) fn remembered(&self, id: u64) -> Option<Option<usize>> {
        self.splits.get(&id).copied()
    }

    /// Remembers the split judged for `id`.
    pub(crate) fn remember(&mut self, id: u64, split: Option<usize>) {
        if self.splits.capacity() == 0 {
            // About one run to judge per 16 bytes of glued text: room from
            // the first spares the growing by doubling.
            self.splits.reserve((self.input.len() / 16).min(MOST_ROOM));
        }
        self.splits.insert(id, split);
    }

    /// How many times the folded word stands alone in the input.
    pub(crate) fn count(&mut self, folded: &[u8]) -> Count {
        self.count_key(key(folded))
    }

    /// [`Vocab::count`] of a word given by its [`key`].
    pub(crate) fn count_key(&mut self, key: u64) -> Count {
        let input = self.input;
        let counts = self.counts.get_or_insert_with(|| build(input));
        counts.get(&key).copied().unwrap_or_default()
    }
}

/// The most words a vocabulary's table makes room for before it reads.
const MOST_ROOM: usize = 4096;

fn build(input: &str) -> Counts {
    // About one distinct word per 16 bytes of a dispatch: room from the
    // start spares the table's growing and rehashing. A long text repeats
    // its words: its table grows as it needs to, rather than reserving
    // room that would be scattered over many pages.
    let room = (input.len() / 16).min(MOST_ROOM);
    let mut counts = Counts::with_capacity_and_hasher(room, Default::default());
    let mut buf = Vec::new();
    // Words are the runs of letters (apostrophes and hyphens separate them:
    // `l'Ordre`, `Kassym-Jomart`); a run whose case changes inside
    // (`duVietnam`) is not a word on its own. One pass over the text, with
    // the shape of the current run kept as it grows; lowercase ASCII
    // letters, most of any text, are taken a byte at a time.
    let bytes = input.as_bytes();
    let mut i = 0;
    while let Some((c, len)) = char_at(input, i) {
        i += len;
        if !is_letter(c) {
            continue;
        }
        let start = i - len;
        let mut shape = RunShape::new(c);
        loop {
            while bytes.get(i).is_some_and(u8::is_ascii_lowercase) {
                shape.push_ascii_lowercase();
                i += 1;
            }
            match char_at(input, i) {
                Some((c, len)) if is_letter(c) => {
                    shape.push(c);
                    i += len;
                }
                _ => break,
            }
        }
        count_word(input.get(start..i), &shape, &mut counts, &mut buf);
    }
    counts
}

/// Whether `c` belongs to a word of the vocabulary.
fn is_letter(c: char) -> bool {
    super::chunk::is_alphabetic(c) && !is_apostrophe(c)
}

/// The case pattern of a run of letters.
struct RunShape {
    chars: usize,
    first_upper: bool,
    rest_lower: bool,
    rest_upper: bool,
}

impl RunShape {
    fn new(first: char) -> RunShape {
        RunShape {
            chars: 1,
            first_upper: first.is_uppercase(),
            rest_lower: true,
            rest_upper: true,
        }
    }

    fn push(&mut self, c: char) {
        self.chars += 1;
        self.rest_lower &= c.is_lowercase();
        self.rest_upper &= c.is_uppercase();
    }

    /// [`RunShape::push`] of an ASCII lowercase letter.
    fn push_ascii_lowercase(&mut self) {
        self.chars += 1;
        self.rest_upper = false;
    }
}

fn count_word(word: Option<&str>, shape: &RunShape, counts: &mut Counts, buf: &mut Vec<u8>) {
    let Some(word) = word else { return };
    let all_upper = shape.first_upper && shape.rest_upper;
    if shape.chars >= 3 && (shape.rest_lower || all_upper) {
        fold_into(word, buf);
        let c = counts.entry(key(buf)).or_default();
        c.all += 1;
        c.capitalized += u32::from(shape.first_upper);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The counts as one pass over the characters gives them, the way
    /// [`build`] read the text before it took lowercase ASCII a byte at a
    /// time.
    fn build_by_chars(input: &str) -> Counts {
        let mut counts = Counts::default();
        let mut buf = Vec::new();
        let mut run: Option<(usize, RunShape)> = None;
        for (i, c) in input.char_indices() {
            match (&mut run, is_letter(c)) {
                (Some((_, shape)), true) => shape.push(c),
                (None, true) => run = Some((i, RunShape::new(c))),
                (Some((start, shape)), false) => {
                    count_word(input.get(*start..i), shape, &mut counts, &mut buf);
                    run = None;
                }
                (None, false) => {}
            }
        }
        if let Some((start, shape)) = &run {
            count_word(input.get(*start..), shape, &mut counts, &mut buf);
        }
        counts
    }

    proptest::proptest! {
        #[test]
        fn counts_agree_with_a_pass_over_the_characters(
            text in "([a-zéÉŒœA-Z'’ -]{0,12}[ ,.\\n]?){0,12}"
        ) {
            proptest::prop_assert_eq!(build(&text), build_by_chars(&text));
        }
    }

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
