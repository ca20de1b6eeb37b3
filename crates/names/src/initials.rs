//! Names with initials (`A. Bakayev`) and given names spelt another way
//! (`Michail Mischustin`).

use crate::fold::fold_words;
use crate::key::key_words;
use crate::registry::Registry;
use crate::resolve::Opts;

impl Registry {
    /// `A. Bakayev`: every full word is a word of the person's name and
    /// every initial the first letter of another.
    pub(crate) fn by_initials(&self, words: &[String], o: &Opts) -> Option<u32> {
        let is_initial = |w: &String| w.chars().count() == 1;
        let initials: Vec<&String> = words.iter().filter(|w| is_initial(w)).collect();
        let fulls: Vec<&String> = words.iter().filter(|w| !is_initial(w)).collect();
        if initials.is_empty() || fulls.is_empty() {
            return None;
        }
        let last = fulls.last()?;
        let cands = self.keys().surnames(last.as_str())?;
        let fits: Vec<u32> = cands
            .iter()
            .copied()
            .filter(|&c| self.kind_ok(c, o))
            .filter(|&c| {
                self.entity(c)
                    .is_some_and(|e| e.names().any(|n| initials_fit(n, &fulls, &initials)))
            })
            .collect();
        match fits.as_slice() {
            [only] => Some(*only),
            _ => self.one_holder(&fits, o),
        }
    }

    /// `Michail Mischustin` for Mikhail Mishustin: the same surname and
    /// given names that are near spellings of the person's, with at least
    /// one given name identical when there are several.
    pub(crate) fn by_given_variant(&self, words: &[String], o: &Opts) -> Option<u32> {
        let (last, given) = words.split_last()?;
        if given.is_empty() || given.iter().any(|w| w.chars().count() < 3) {
            return None;
        }
        let cands = self.keys().surnames(last.as_str())?;
        let mut found = None;
        for &c in cands.iter().filter(|&&c| self.kind_ok(c, o)) {
            let Some(e) = self.entity(c) else { continue };
            let fits = e.names().any(|n| {
                let nw = key_words(n);
                let Some((nlast, ngiven)) = nw.split_last() else {
                    return false;
                };
                nlast == last
                    && ngiven.len() == given.len()
                    && given
                        .iter()
                        .zip(ngiven)
                        .all(|(a, b)| given_names_meet(a, b))
                    && (given.len() == 1 || given.iter().zip(ngiven).any(|(a, b)| a == b))
            });
            if fits {
                match found {
                    Some(f) if f != c => return None,
                    _ => found = Some(c),
                }
            }
        }
        found
    }
}

/// Edit distance between two words, counting in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let cost = diag + usize::from(ca != *cb);
            diag = up;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = cost.min(up.saturating_add(1)).min(left.saturating_add(1));
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

/// Whether two given names are spellings of one (`Michail` / `Mikhail`,
/// `Schomart` / `Jomart`): one edit apart, two for long names.
fn given_names_meet(a: &str, b: &str) -> bool {
    let allowed = if a.chars().count().min(b.chars().count()) >= 6 {
        2
    } else {
        1
    };
    a == b || distance(a, b) <= allowed
}

fn initials_fit(name: &str, fulls: &[&String], initials: &[&String]) -> bool {
    let tw = key_words(name);
    let fw: Vec<String> = fold_words(name).split(' ').map(str::to_string).collect();
    let mut used = vec![false; tw.len()];
    for f in fulls {
        let Some(i) =
            (0..tw.len()).find(|&i| !used.get(i).copied().unwrap_or(true) && tw.get(i) == Some(*f))
        else {
            return false;
        };
        if let Some(u) = used.get_mut(i) {
            *u = true;
        }
    }
    for init in initials {
        let Some(letter) = init.chars().next() else {
            return false;
        };
        let fits = |i: usize| {
            !used.get(i).copied().unwrap_or(true)
                && (tw.get(i).and_then(|w| w.chars().next()) == Some(letter)
                    || fw.get(i).and_then(|w| w.chars().next()) == Some(letter))
        };
        let Some(i) = (0..tw.len()).find(|&i| fits(i)) else {
            return false;
        };
        if let Some(u) = used.get_mut(i) {
            *u = true;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance() {
        assert_eq!(distance("michail", "mihail"), 1);
        assert_eq!(distance("chomart", "jomart"), 2);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("ilham", "heidar"), 5);
        assert!(!given_names_meet("ilham", "heidar"));
    }
}
