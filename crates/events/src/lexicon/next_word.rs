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
    /// Vocabulary numbers of the words it accepts.
    ids: Vec<u32>,
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
                    let ids = atoms
                        .iter()
                        .map(|a| match a {
                            Atom::Exact(_, id) => Some(*id),
                            Atom::Prefix(_) => None,
                        })
                        .collect::<Option<Vec<u32>>>()?;
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
            .any(|id| self.ids.contains(id))
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
    /// The vocabulary numbers any of them accepts, a bit each.
    bits: Vec<u64>,
}

impl SharedNextWords {
    /// The merge of `next_words`, when there is at least one.
    pub(super) fn of<'n>(next_words: impl Iterator<Item = &'n NextWord>) -> Option<Self> {
        let mut merged: Option<SharedNextWords> = None;
        for n in next_words {
            let m = merged.get_or_insert_with(|| SharedNextWords {
                min: n.min,
                max: n.max,
                bits: Vec::new(),
            });
            m.min = m.min.min(n.min);
            m.max = m.max.max(n.max);
            for &id in &n.ids {
                let (word, bit) = slot(id);
                if m.bits.len() <= word {
                    m.bits.resize(word + 1, 0);
                }
                if let Some(w) = m.bits.get_mut(word) {
                    *w |= bit;
                }
            }
        }
        merged
    }

    /// Whether any of the merged next words stands where one of them could
    /// follow a first word at `start`: when not, no trigger with a
    /// [`NextWord`] among those merged can match there.
    pub(super) fn may_match(&self, ids: &[u32], start: usize) -> bool {
        reach(ids, start, self.min, self.max).iter().any(|&id| {
            let (word, bit) = slot(id);
            self.bits.get(word).is_some_and(|w| w & bit != 0)
        })
    }
}

/// The vocabulary numbers of the tokens a next word step may stand on,
/// `min` to `max` tokens after the first step at `start`.
fn reach(ids: &[u32], start: usize, min: usize, max: usize) -> &[u32] {
    let from = start + 1 + min;
    let to = start + 1 + max;
    ids.get(from..ids.len().min(to + 1)).unwrap_or(&[])
}

/// Where a vocabulary number's bit is.
fn slot(id: u32) -> (usize, u64) {
    let id = id as usize;
    (id / 64, 1u64 << (id % 64))
}
