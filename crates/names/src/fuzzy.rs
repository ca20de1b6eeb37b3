//! Near-miss spellings of long names (`Kazakhtan`, `Armanat`): one edit
//! away, with the same first letter, found among the names of nearly the
//! same length.

use crate::hash::Map;
use crate::index::Index;

/// Names shorter than this (in letters) are never matched fuzzily.
pub(crate) const MIN_LETTERS: usize = 7;

/// Folded names without spaces, grouped by first letter and length: a
/// near miss must keep the first letter and be within one letter of length.
#[derive(Debug, Clone, Default)]
pub(crate) struct FuzzyIndex {
    forms: Vec<(Vec<char>, u32, u64)>,
    buckets: Map<(char, usize), Vec<u32>>,
}

/// Whether `a` and `b` are at most one insertion, deletion or substitution
/// apart.
pub(crate) fn within_one(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    let rest_short = short.get(prefix..).unwrap_or(&[]);
    if short.len() == long.len() {
        rest_short.get(1..).unwrap_or(&[]) == long.get(prefix + 1..).unwrap_or(&[])
    } else {
        rest_short == long.get(prefix + 1..).unwrap_or(&[])
    }
}

/// The letters of a name as a set of bits (letters may share a bit). One
/// edit removes at most one letter from the set and adds at most one, so
/// names whose sets differ more are not tried.
fn letter_bits(chars: &[char]) -> u64 {
    chars
        .iter()
        .fold(0u64, |bits, &c| bits | 1u64 << (u32::from(c) % 64))
}

/// Whether two letter sets could belong to names one edit apart.
fn bits_within_one(a: u64, b: u64) -> bool {
    (a & !b).count_ones() <= 1 && (b & !a).count_ones() <= 1
}

impl FuzzyIndex {
    pub(crate) fn build(index: &Index) -> FuzzyIndex {
        let mut fx = FuzzyIndex::default();
        // In pattern order: the index does not depend on how the
        // folded-name table happens to be laid out.
        for (folded, pat) in index.texts.iter().zip(&index.patterns) {
            let Some(target) = pat.targets.first() else {
                continue;
            };
            let chars: Vec<char> = folded.chars().filter(|c| *c != ' ').collect();
            let Some(&first) = chars.first() else {
                continue;
            };
            if chars.len() + 1 < MIN_LETTERS {
                continue;
            }
            let form = u32::try_from(fx.forms.len()).unwrap_or(u32::MAX);
            fx.buckets
                .entry((first, chars.len()))
                .or_default()
                .push(form);
            let bits = letter_bits(&chars);
            fx.forms.push((chars, target.entity, bits));
        }
        fx
    }

    /// The one entity with a name one edit from `folded` (spaces ignored),
    /// when there is exactly one and the first letters agree.
    pub(crate) fn lookup(&self, folded: &str) -> Option<u32> {
        let chars: Vec<char> = folded.chars().filter(|c| *c != ' ').collect();
        let first = *chars.first()?;
        if chars.len() < MIN_LETTERS {
            return None;
        }
        let bits = letter_bits(&chars);
        let mut found: Option<u32> = None;
        for len in chars.len() - 1..=chars.len() + 1 {
            let forms = self
                .buckets
                .get(&(first, len))
                .map_or(&[][..], Vec::as_slice);
            for &form in forms {
                let Some((name, entity, name_bits)) = self.forms.get(form as usize) else {
                    continue;
                };
                if !bits_within_one(*name_bits, bits) || *name == chars || !within_one(name, &chars)
                {
                    continue;
                }
                match found {
                    Some(e) if e != *entity => return None,
                    _ => found = Some(*entity),
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn one_edit() {
        assert!(within_one(&w("kazakhtan"), &w("kazakhstan")));
        assert!(within_one(&w("armanat"), &w("amanat")));
        assert!(within_one(&w("kazakhstan"), &w("kazakhztan")));
        assert!(!within_one(&w("niger"), &w("nigeria")));
        assert!(!within_one(&w("autriche"), &w("australie")));
        assert!(within_one(&w("abc"), &w("abc")));
    }

    #[test]
    fn letter_sets_never_turn_away_a_near_miss() {
        for (a, b) in [
            ("kazakhtan", "kazakhstan"),
            ("armanat", "amanat"),
            ("kazakhstan", "kazakhztan"),
            ("tokaiev", "tokayev"),
            ("abcdefg", "abcdefgh"),
        ] {
            let (a, b) = (w(a), w(b));
            assert!(within_one(&a, &b));
            assert!(bits_within_one(letter_bits(&a), letter_bits(&b)));
        }
        assert!(!bits_within_one(
            letter_bits(&w("autriche")),
            letter_bits(&w("australie"))
        ));
    }
}
