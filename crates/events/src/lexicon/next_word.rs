//! A cheap necessary test run before a trigger's full match: most
//! candidates (`a`, `ont` …) fail on their next word.

use super::adverbials::LONGEST;
use super::{Atom, Step, GAP};

/// The first word step after a pattern's first step, when its atoms are all
/// exact words: where it can be and which words it accepts.
#[derive(Debug, Clone)]
pub(super) struct NextWord {
    /// Fewest tokens between the first step and this one.
    min: usize,
    /// Most tokens between them.
    max: usize,
    /// Vocabulary numbers of the words it accepts: a look at every token of
    /// a window of up to a dozen is one bit each, not a walk over the
    /// alternatives.
    ids: IdSet,
}

impl NextWord {
    pub(super) fn of(steps: &[Step]) -> Option<NextWord> {
        let (mut min, mut max) = (0, 0);
        for step in steps.get(1..)? {
            match step {
                // A one-word gap may also be an inserted adverbial.
                Step::Any { phrase } => {
                    min += 1;
                    max += if *phrase { LONGEST } else { 1 };
                }
                Step::AnyOptional { phrase } => max += if *phrase { LONGEST } else { 1 },
                Step::Gap => max += GAP,
                Step::Word(atoms) => {
                    let mut ids = IdSet::default();
                    for a in atoms {
                        match a {
                            Atom::Exact(_, id) => ids.insert(*id),
                            Atom::Prefix(_) => return None,
                        }
                    }
                    return Some(NextWord { min, max, ids });
                }
            }
        }
        None
    }

    /// Whether a match starting at token `start` is still possible: a
    /// necessary condition, never a sufficient one.
    pub(super) fn may_match(&self, ids: &[u32], start: usize) -> bool {
        reach(ids, start, self.min, self.max)
            .iter()
            .any(|&id| self.ids.contains(id))
    }

    /// Fewest and most tokens between the first step and this one.
    pub(super) fn reach(&self) -> (usize, usize) {
        (self.min, self.max)
    }

    /// The vocabulary numbers of the words it accepts.
    pub(super) fn ids(&self) -> &IdSet {
        &self.ids
    }
}

/// The vocabulary numbers of the tokens a next word step may stand on,
/// `min` to `max` tokens after the first step at `start`.
pub(super) fn reach(ids: &[u32], start: usize, min: usize, max: usize) -> &[u32] {
    let from = start + 1 + min;
    let to = start + 1 + max;
    ids.get(from..ids.len().min(to + 1)).unwrap_or(&[])
}

/// A set of vocabulary numbers, a bit each.
#[derive(Debug, Clone, Default)]
pub(super) struct IdSet(Vec<u64>);

impl IdSet {
    pub(super) fn insert(&mut self, id: u32) {
        let (word, bit) = slot(id);
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        if let Some(w) = self.0.get_mut(word) {
            *w |= bit;
        }
    }

    /// The numbers held, in increasing order.
    pub(super) fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().enumerate().flat_map(|(word, &bits)| {
            (0..64u32)
                .filter(move |b| bits & (1 << b) != 0)
                .filter_map(move |b| u32::try_from(word * 64).ok()?.checked_add(b))
        })
    }

    pub(super) fn contains(&self, id: u32) -> bool {
        let (word, bit) = slot(id);
        self.0.get(word).is_some_and(|w| w & bit != 0)
    }

    /// The set's bits, 64 numbers a word.
    pub(super) fn words(&self) -> &[u64] {
        &self.0
    }
}

/// Where a vocabulary number's bit is.
fn slot(id: u32) -> (usize, u64) {
    let id = id as usize;
    (id / 64, 1u64 << (id % 64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_sets_hold_what_was_put_in() {
        let mut a = IdSet::default();
        a.insert(3);
        a.insert(200);
        let mut b = IdSet::default();
        b.insert(64);
        for id in a.iter() {
            b.insert(id);
        }
        assert_eq!(b.iter().collect::<Vec<_>>(), [3, 64, 200]);
        for id in [3, 64, 200] {
            assert!(b.contains(id), "{id}");
        }
        for id in [0, 4, 63, 65, 199, 201, 100_000, u32::MAX] {
            assert!(!b.contains(id), "{id}");
        }
        assert!(!a.contains(64));
    }

    #[test]
    fn next_word_looks_only_within_its_reach() {
        // "a ~ reçu": the next word one token after the first.
        let n = NextWord {
            min: 1,
            max: 1,
            ids: {
                let mut s = IdSet::default();
                s.insert(7);
                s
            },
        };
        assert!(n.may_match(&[1, 2, 7], 0));
        assert!(!n.may_match(&[1, 7, 2], 0));
        assert!(!n.may_match(&[1, 2, 3, 7], 0));
        assert!(!n.may_match(&[1], 0));
    }
}
