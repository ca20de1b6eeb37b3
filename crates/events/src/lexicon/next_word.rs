//! A cheap necessary test run before a trigger's full match: most
//! candidates (`a`, `ont` …) fail on their next word.

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
                Step::Any => {
                    min += 1;
                    max += 1;
                }
                Step::AnyOptional => max += 1,
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
        let from = start + 1 + self.min;
        let to = start + 1 + self.max;
        ids.get(from..ids.len().min(to + 1))
            .unwrap_or(&[])
            .iter()
            .any(|id| self.ids.contains(id))
    }
}
