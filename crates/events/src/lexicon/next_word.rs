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
}

/// The next words of all the triggers that share a first word, merged:
/// `a`, `ont`, `avait` open some sixty triggers each, and at most of their
/// tokens none of those triggers' next words stands close enough, which
/// one look at the following tokens tells for all of them at once.
#[derive(Debug, Clone)]
pub(super) struct SharedNextWords {
    /// Fewest tokens between the first step and any next word step.
    min: usize,
    /// Most tokens between them.
    max: usize,
    /// The vocabulary numbers any of them accepts.
    ids: IdSet,
}

impl SharedNextWords {
    /// The merge of `next_words`, when there is at least one.
    pub(super) fn of<'n>(next_words: impl Iterator<Item = &'n NextWord>) -> Option<Self> {
        let mut merged: Option<SharedNextWords> = None;
        for n in next_words {
            let m = merged.get_or_insert_with(|| SharedNextWords {
                min: n.min,
                max: n.max,
                ids: IdSet::default(),
            });
            m.min = m.min.min(n.min);
            m.max = m.max.max(n.max);
            m.ids.extend(&n.ids);
        }
        merged
    }

    /// Whether any of the merged next words stands where one of them could
    /// follow a first word at `start`: when not, no trigger with a
    /// [`NextWord`] among those merged can match there.
    pub(super) fn may_match(&self, ids: &[u32], start: usize) -> bool {
        reach(ids, start, self.min, self.max)
            .iter()
            .any(|&id| self.ids.contains(id))
    }
}

/// The vocabulary numbers of the tokens a next word step may stand on,
/// `min` to `max` tokens after the first step at `start`.
fn reach(ids: &[u32], start: usize, min: usize, max: usize) -> &[u32] {
    let from = start + 1 + min;
    let to = start + 1 + max;
    ids.get(from..ids.len().min(to + 1)).unwrap_or(&[])
}

/// A set of vocabulary numbers, a bit each.
#[derive(Debug, Clone, Default)]
struct IdSet(Vec<u64>);

impl IdSet {
    fn insert(&mut self, id: u32) {
        let (word, bit) = slot(id);
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        if let Some(w) = self.0.get_mut(word) {
            *w |= bit;
        }
    }

    /// Every number of `other` added.
    fn extend(&mut self, other: &IdSet) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (w, o) in self.0.iter_mut().zip(&other.0) {
            *w |= o;
        }
    }

    fn contains(&self, id: u32) -> bool {
        let (word, bit) = slot(id);
        self.0.get(word).is_some_and(|w| w & bit != 0)
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
        b.extend(&a);
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
