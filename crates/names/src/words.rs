//! Word-anchored matching of folded names: patterns are indexed by the
//! hash of their first word, which the view computes once per word, so
//! each word of the text costs one probe of a table of integers, and a
//! match can only start and end on word boundaries.

use crate::hash::{FxHasher, Map};
use crate::view::Word;
use std::borrow::Cow;
use std::hash::Hasher;
use std::sync::Arc;

/// The hash of a folded word under which the matchers index it. Equal
/// hashes only make candidates: every match is checked against the
/// pattern's text.
pub(crate) fn word_hash(word: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(word);
    h.write_usize(word.len());
    h.finish()
}

/// The patterns that start with one word.
#[derive(Debug, Clone, Default)]
struct Node {
    /// The patterns that are this word alone (one, unless two first words
    /// share a hash).
    single: Vec<u32>,
    /// Longer patterns by the hash of their second word, longest first.
    by_second: Map<u64, Vec<u32>>,
}

/// A bit per first-word hash of the patterns, in 64 Ki bits: most words of
/// a text (`de`, `la`, `pour` …) are turned away before any hash table.
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
    fn slot(hash: u64) -> (usize, u64) {
        // The high bits: FxHash mixes its last input into them.
        let bit = (hash >> 48) as usize % PREFILTER_BITS;
        (bit / 64, 1u64 << (bit % 64))
    }

    fn insert(&mut self, hash: u64) {
        let (i, m) = Prefilter::slot(hash);
        if let Some(w) = self.0.get_mut(i) {
            *w |= m;
        }
    }

    #[inline]
    fn may_contain(&self, hash: u64) -> bool {
        let (i, m) = Prefilter::slot(hash);
        self.0.get(i).is_some_and(|w| w & m != 0)
    }
}

/// Folded patterns (words separated by single spaces) indexed by their
/// first two words.
#[derive(Debug, Clone, Default)]
pub(crate) struct FirstWord {
    patterns: Arc<[Cow<'static, str>]>,
    /// Node (index into `nodes`) by the hash of the first word.
    by_first: Map<u64, u32>,
    nodes: Vec<Node>,
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
        let mut by_first: Map<u64, u32> = Map::default();
        let mut nodes: Vec<Node> = Vec::new();
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
            let h = word_hash(first.as_bytes());
            prefilter.insert(h);
            let n = *by_first.entry(h).or_insert_with(|| {
                nodes.push(Node::default());
                u32::try_from(nodes.len() - 1).unwrap_or(u32::MAX)
            });
            let Some(node) = nodes.get_mut(n as usize) else {
                continue;
            };
            match ws.next() {
                None => node.single.push(id),
                Some(second) => node
                    .by_second
                    .entry(word_hash(second.as_bytes()))
                    .or_default()
                    .push(id),
            }
        }
        for node in &mut nodes {
            for ids in node.by_second.values_mut() {
                ids.sort_by_key(|&id| {
                    std::cmp::Reverse(patterns.get(id as usize).map_or(0, |p| p.len()))
                });
            }
        }
        FirstWord {
            patterns,
            by_first,
            nodes,
            prefilter,
        }
    }

    fn node(&self, hash: u64) -> Option<&Node> {
        if !self.prefilter.may_contain(hash) {
            return None;
        }
        self.nodes.get(*self.by_first.get(&hash)? as usize)
    }

    /// The patterns that match the folded text `hay` at word `words[wi]`
    /// and end on a word boundary, longest first, with their folded end.
    pub(crate) fn matches_at<'a>(
        &'a self,
        hay: &'a str,
        words: &[Word],
        wi: usize,
    ) -> impl Iterator<Item = (u32, usize)> + 'a {
        let w = words.get(wi).copied();
        let fs = w.map_or(0, |w| w.fs);
        let node = w.and_then(|w| self.node(w.hash));
        // View words are separated by single spaces: the pattern's second
        // word is the next word of the view.
        let second = words
            .get(wi + 1)
            .filter(|n| w.is_some_and(|w| n.fs == w.fe + 1));
        let longer = node
            .zip(second)
            .and_then(|(n, second)| n.by_second.get(&second.hash))
            .map_or(&[][..], Vec::as_slice);
        let single = node.map_or(&[][..], |n| n.single.as_slice());
        longer.iter().chain(single).filter_map(move |&id| {
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
        let node = self.node(word_hash(word.as_bytes()))?;
        node.single
            .iter()
            .copied()
            .find(|&id| self.patterns.get(id as usize).is_some_and(|p| p == word))
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
        let at: Vec<(u32, usize)> = fw.matches_at(&v.text, words, 1).collect();
        assert_eq!(at.iter().map(|m| m.0).collect::<Vec<_>>(), [1, 0, 2]);
        let at: Vec<u32> = fw.matches_at(&v.text, words, 5).map(|m| m.0).collect();
        assert_eq!(at, [2], "`minhville` is not `minh ville`");
        assert_eq!(fw.single("ho"), Some(2));
    }
}
