//! Near-miss spellings of long names (`Kazakhtan`, `Armanat`): one edit
//! away, found through a deletion index built on first use.

use crate::index::Index;
use std::collections::HashMap;

/// Names shorter than this (in letters) are never matched fuzzily.
pub(crate) const MIN_LETTERS: usize = 7;

/// Folded names without spaces, and every form with one letter deleted.
#[derive(Debug, Clone, Default)]
pub(crate) struct FuzzyIndex {
    forms: Vec<(Vec<char>, u32)>,
    deletions: HashMap<String, Vec<u32>>,
}

fn deletions(chars: &[char]) -> impl Iterator<Item = String> + '_ {
    (0..chars.len()).map(move |skip| {
        chars
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != skip)
            .map(|(_, c)| *c)
            .collect()
    })
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

impl FuzzyIndex {
    pub(crate) fn build(index: &Index) -> FuzzyIndex {
        let mut fx = FuzzyIndex::default();
        for (folded, &p) in &index.by_fold {
            let Some(pat) = index.pattern(p) else { continue };
            let Some(target) = pat.targets.first() else { continue };
            let chars: Vec<char> = folded.chars().filter(|c| *c != ' ').collect();
            if chars.len() + 1 < MIN_LETTERS {
                continue;
            }
            let form = u32::try_from(fx.forms.len()).unwrap_or(u32::MAX);
            fx.deletions.entry(chars.iter().collect()).or_default().push(form);
            for d in deletions(&chars) {
                fx.deletions.entry(d).or_default().push(form);
            }
            fx.forms.push((chars, target.entity));
        }
        fx
    }

    /// The one entity with a name one edit from `folded` (spaces ignored),
    /// when there is exactly one and the first letters agree.
    pub(crate) fn lookup(&self, folded: &str) -> Option<u32> {
        let chars: Vec<char> = folded.chars().filter(|c| *c != ' ').collect();
        if chars.len() < MIN_LETTERS {
            return None;
        }
        let mut found: Option<u32> = None;
        let whole: String = chars.iter().collect();
        let mut key = String::with_capacity(whole.len());
        for skip in 0..=chars.len() {
            // `skip == len` looks the word up whole; otherwise without one letter.
            key.clear();
            if skip == chars.len() {
                key.push_str(&whole);
            } else {
                key.extend(chars.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, c)| *c));
            }
            for &form in self.deletions.get(key.as_str()).map(Vec::as_slice).unwrap_or(&[]) {
                let Some((name, entity)) = self.forms.get(form as usize) else { continue };
                if *name == chars || name.first() != chars.first() || !within_one(name, &chars) {
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
}
