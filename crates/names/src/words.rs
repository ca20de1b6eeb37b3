//! Word-anchored matching of folded names: patterns are indexed by their
//! first word, so each word of the text costs one hash lookup, and a match
//! can only start and end on word boundaries.

use crate::hash::Map;
use crate::view::Word;
use std::borrow::Cow;
use std::sync::Arc;

/// The patterns that start with one word.
#[derive(Debug, Clone, Default)]
struct Node {
    /// The pattern that is this word alone.
    single: Option<u32>,
    /// Longer patterns by their second word, longest first.
    by_second: Map<String, Vec<u32>>,
}

/// A bit per (first letter, second letter, last letter, length) of the
/// first words of the patterns, hashed into 64 Ki bits: most words of a
/// text (`de`, `la`, `pour` …) are turned away before any hash table.
#[derive(Debug, Clone)]
struct Prefilter(Vec<u64>);

const PREFILTER_BITS: usize = 1 << 16;

impl Default for Prefilter {
    fn default() -> Self {
        Prefilter(vec![0; PREFILTER_BITS / 64])
    }
}

impl Prefilter {
    #[inline]
    fn slot(word: &str) -> (usize, u64) {
        let b = word.as_bytes();
        let c0 = usize::from(b.first().copied().unwrap_or(0));
        let c1 = usize::from(b.get(1).copied().unwrap_or(0));
        let cl = usize::from(b.last().copied().unwrap_or(0));
        let h = ((c0 * 131 + c1) * 131 + cl) * 131 + b.len();
        let bit = (h ^ (h >> 16)) % PREFILTER_BITS;
        (bit / 64, 1u64 << (bit % 64))
    }

    fn insert(&mut self, word: &str) {
        let (i, m) = Prefilter::slot(word);
        if let Some(w) = self.0.get_mut(i) {
            *w |= m;
        }
    }

    #[inline]
    fn may_contain(&self, word: &str) -> bool {
        let (i, m) = Prefilter::slot(word);
        self.0.get(i).is_some_and(|w| w & m != 0)
    }
}

/// Folded patterns (words separated by single spaces) indexed by their
/// first two words.
#[derive(Debug, Clone, Default)]
pub(crate) struct FirstWord {
    patterns: Arc<[Cow<'static, str>]>,
    by_first: Map<String, Node>,
    prefilter: Prefilter,
}

impl FirstWord {
    /// Index `patterns` (pattern id = position).
    pub(crate) fn build(patterns: Vec<String>) -> FirstWord {
        let patterns: Vec<Cow<'static, str>> = patterns.into_iter().map(Cow::Owned).collect();
        FirstWord::build_some(patterns.into(), |_| true)
    }

    /// Index the patterns for which `keep(id)` holds (ids stay positions in
    /// `patterns`).
    pub(crate) fn build_some(
        patterns: Arc<[Cow<'static, str>]>,
        keep: impl Fn(u32) -> bool,
    ) -> FirstWord {
        let mut by_first: Map<String, Node> = Map::default();
        let mut prefilter = Prefilter::default();
        for (i, p) in patterns.iter().enumerate() {
            let mut ws = p.splitn(3, ' ');
            let first = ws.next().unwrap_or_default();
            if first.is_empty() {
                continue;
            }
            let id = u32::try_from(i).unwrap_or(u32::MAX);
            if !keep(id) {
                continue;
            }
            prefilter.insert(first);
            if !by_first.contains_key(first) {
                by_first.insert(first.to_string(), Node::default());
            }
            let Some(node) = by_first.get_mut(first) else {
                continue;
            };
            match ws.next() {
                None => {
                    node.single.get_or_insert(id);
                }
                Some(second) => match node.by_second.get_mut(second) {
                    Some(ids) => ids.push(id),
                    None => {
                        node.by_second.insert(second.to_string(), vec![id]);
                    }
                },
            }
        }
        for node in by_first.values_mut() {
            for ids in node.by_second.values_mut() {
                ids.sort_by_key(|&id| {
                    std::cmp::Reverse(patterns.get(id as usize).map_or(0, |p| p.len()))
                });
            }
        }
        FirstWord {
            patterns,
            by_first,
            prefilter,
        }
    }

    /// The patterns that match the folded text `hay` at word `w` and end on
    /// a word boundary, longest first, with their folded end.
    pub(crate) fn matches_at<'a>(
        &'a self,
        hay: &'a str,
        w: &Word,
    ) -> impl Iterator<Item = (u32, usize)> + 'a {
        let fs = w.fs;
        let node = hay
            .get(w.fs..w.fe)
            .filter(|first| self.prefilter.may_contain(first))
            .and_then(|first| self.by_first.get(first));
        let longer = node
            .filter(|n| !n.by_second.is_empty())
            .and_then(|n| {
                let rest = hay.get(w.fe + 1..)?;
                let second = rest.split(' ').next()?;
                n.by_second.get(second)
            })
            .map_or(&[][..], Vec::as_slice);
        let single = node.and_then(|n| n.single);
        longer.iter().copied().chain(single).filter_map(move |id| {
            let p = self.patterns.get(id as usize)?;
            let fe = fs + p.len();
            let boundary = matches!(hay.as_bytes().get(fe), None | Some(b' '));
            (boundary && hay.get(fs..fe) == Some(p.as_ref())).then_some((id, fe))
        })
    }

    /// The patterns, shared with other indexes over them.
    pub(crate) fn patterns(&self) -> Arc<[Cow<'static, str>]> {
        Arc::clone(&self.patterns)
    }

    /// The one-word pattern equal to `word`.
    pub(crate) fn single(&self, word: &str) -> Option<u32> {
        if !self.prefilter.may_contain(word) {
            return None;
        }
        self.by_first.get(word)?.single
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::View;

    #[test]
    fn longest_first_on_word_boundaries() {
        let fw = FirstWord::build(vec![
            "ho chi minh".into(),
            "ho chi minh ville".into(),
            "ho".into(),
        ]);
        let v = View::new("à Hô Chi Minh-Ville, Hô Chi Minhville");
        let words = v.words();
        let at: Vec<(u32, usize)> = fw.matches_at(&v.text, &words[1]).collect();
        assert_eq!(at.iter().map(|m| m.0).collect::<Vec<_>>(), [1, 0, 2]);
        let at: Vec<u32> = fw.matches_at(&v.text, &words[5]).map(|m| m.0).collect();
        assert_eq!(at, [2], "`minhville` is not `minh ville`");
        assert_eq!(fw.single("ho"), Some(2));
    }
}
