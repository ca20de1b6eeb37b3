//! The document's own vocabulary: how often each word stands on its own.
//!
//! Names and rare words the word list lacks (`Vietnam`, `Nazarbayev`) are
//! still words when the document uses them alone, so `Vietnamprenait` can be
//! split even though `Vietnam` is not French. The table is built on first
//! use, over the whole input, so documents without word-evidence candidates
//! never pay for it.

#[cfg(test)]
use super::lexicon::fold_into;
use super::lexicon::{fold_char, key, KeyBuilder};
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
    /// How many times the counts were asked for.
    lookups: usize,
}

impl<'a> Vocab<'a> {
    pub(crate) fn new(input: &'a str) -> Vocab<'a> {
        Vocab {
            input,
            counts: None,
            splits: HashMap::default(),
            lookups: 0,
        }
    }

    /// How many times the counts have been asked for: a judgement made
    /// while it did not change owes nothing to this input.
    pub(crate) fn lookups(&self) -> usize {
        self.lookups
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
        self.lookups += 1;
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
        let mut shape = RunShape::new(c, &mut buf);
        loop {
            while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_lowercase()) {
                shape.push_ascii_lowercase(b);
                i += 1;
            }
            match char_at(input, i) {
                Some((c, len)) if is_letter(c) => {
                    shape.push(c, &mut buf);
                    i += len;
                }
                _ => break,
            }
        }
        count_word(&shape, &mut counts);
    }
    counts
}

/// Whether `c` belongs to a word of the vocabulary.
fn is_letter(c: char) -> bool {
    crate::text::is_alphabetic(c) && !is_apostrophe(c)
}

/// The case pattern of a run of letters, and the [`key`] of its folded
/// form, made as the run is read (no copy of the word is folded).
struct RunShape {
    chars: usize,
    first_upper: bool,
    rest_lower: bool,
    rest_upper: bool,
    key: KeyBuilder,
}

impl RunShape {
    /// A run starting with `first`; `buf` is scratch space for folding.
    fn new(first: char, buf: &mut Vec<u8>) -> RunShape {
        let mut shape = RunShape {
            chars: 1,
            first_upper: first.is_uppercase(),
            rest_lower: true,
            rest_upper: true,
            key: KeyBuilder::new(),
        };
        shape.fold(first, buf);
        shape
    }

    fn push(&mut self, c: char, buf: &mut Vec<u8>) {
        self.chars += 1;
        self.rest_lower &= c.is_lowercase();
        self.rest_upper &= c.is_uppercase();
        self.fold(c, buf);
    }

    /// [`RunShape::push`] of an ASCII lowercase letter.
    fn push_ascii_lowercase(&mut self, b: u8) {
        self.chars += 1;
        self.rest_upper = false;
        self.key.push(b);
    }

    /// Adds the folded form of `c` to the key, as
    /// [`fold_into`](super::lexicon::fold_into) folds it.
    fn fold(&mut self, c: char, buf: &mut Vec<u8>) {
        if c.is_ascii() {
            self.key.push(c.to_ascii_lowercase() as u8);
        } else {
            buf.clear();
            fold_char(c, buf);
            for &b in buf.iter() {
                self.key.push(b);
            }
        }
    }

    /// Whether the run is a word on its own: three letters or more, all
    /// lowercase after the first, or all capitals.
    fn is_word(&self) -> bool {
        let all_upper = self.first_upper && self.rest_upper;
        self.chars >= 3 && (self.rest_lower || all_upper)
    }
}

fn count_word(shape: &RunShape, counts: &mut Counts) {
    if shape.is_word() {
        let c = counts.entry(shape.key.finish()).or_default();
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
    ///
    /// The words' keys are made from a folded copy of each word, as
    /// lookups make them.
    fn build_by_chars(input: &str) -> Counts {
        let mut counts = Counts::default();
        let mut buf = Vec::new();
        let mut run: Option<(usize, RunShape)> = None;
        let mut count = |word: &str, shape: &RunShape| {
            if shape.is_word() {
                let mut folded = Vec::new();
                fold_into(word, &mut folded);
                let c = counts.entry(key(&folded)).or_default();
                c.all += 1;
                c.capitalized += u32::from(shape.first_upper);
            }
        };
        for (i, c) in input.char_indices() {
            match (&mut run, is_letter(c)) {
                (Some((_, shape)), true) => shape.push(c, &mut buf),
                (None, true) => run = Some((i, RunShape::new(c, &mut buf))),
                (Some((start, shape)), false) => {
                    count(input.get(*start..i).unwrap_or_default(), shape);
                    run = None;
                }
                (None, false) => {}
            }
        }
        if let Some((start, shape)) = &run {
            count(input.get(*start..).unwrap_or_default(), shape);
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
