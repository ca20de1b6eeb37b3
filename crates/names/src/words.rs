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
///
/// The tables are flat: a word of the text costs one probe for the
/// patterns that are that word alone and one for those that go on with the
/// next word, and the candidates' texts lie side by side in one buffer, so
/// that a probe touches few cache lines (nested tables per first word and
/// patterns scattered on the heap made detection wait on memory).
#[derive(Debug, Clone, Default)]
pub(crate) struct FirstWord {
    patterns: Arc<[Cow<'static, str>]>,
    /// Range of `candidates` holding the one-word patterns by the hash of
    /// their word, and whether longer patterns start with that word.
    by_first: Map<u64, First>,
    /// Range of `candidates` holding the longer patterns by the hashes of
    /// their first two words, longest first.
    by_pair: Map<(u64, u64), (u32, u32)>,
    candidates: Vec<Candidate>,
    /// The candidates' texts, one after another.
    texts: String,
    prefilter: Prefilter,
}

/// The patterns indexed under one first-word hash.
#[derive(Debug, Clone, Copy, Default)]
struct First {
    single: (u32, u32),
    longer: bool,
}

/// A pattern id and where its text lies in [`FirstWord::texts`].
#[derive(Debug, Clone, Copy)]
struct Candidate {
    id: u32,
    at: u32,
    len: u32,
}

fn idx(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
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
        // Ids per first word, then per first two words, in pattern order.
        let mut singles: Map<u64, Vec<u32>> = Map::default();
        let mut pairs: Map<(u64, u64), Vec<u32>> = Map::default();
        let mut firsts: Vec<u64> = Vec::new();
        let mut pair_order: Vec<(u64, u64)> = Vec::new();
        let mut prefilter = Prefilter::default();
        for (i, p) in patterns.iter().enumerate() {
            let mut ws = p.splitn(3, ' ');
            let first = ws.next().unwrap_or_default();
            if first.is_empty() {
                continue;
            }
            let id = idx(i);
            if !keep(id) {
                continue;
            }
            let h = word_hash(first.as_bytes());
            prefilter.insert(h);
            let list = singles.entry(h).or_insert_with(|| {
                firsts.push(h);
                Vec::new()
            });
            match ws.next() {
                None => list.push(id),
                Some(second) => pairs
                    .entry((h, word_hash(second.as_bytes())))
                    .or_insert_with_key(|&k| {
                        pair_order.push(k);
                        Vec::new()
                    })
                    .push(id),
            }
        }
        let len_of = |id: u32| patterns.get(id as usize).map_or(0, |p| p.len());
        let mut out = FirstWord {
            patterns: Arc::clone(&patterns),
            ..FirstWord::default()
        };
        for h in firsts {
            let ids = singles.remove(&h).unwrap_or_default();
            let single = out.push_candidates(&ids);
            out.by_first.insert(
                h,
                First {
                    single,
                    longer: false,
                },
            );
        }
        for k in pair_order {
            let mut ids = pairs.remove(&k).unwrap_or_default();
            ids.sort_by_key(|&id| std::cmp::Reverse(len_of(id)));
            let range = out.push_candidates(&ids);
            out.by_pair.insert(k, range);
            if let Some(f) = out.by_first.get_mut(&k.0) {
                f.longer = true;
            }
        }
        out.prefilter = prefilter;
        out
    }

    /// Append the candidates `ids` and their texts; their range.
    fn push_candidates(&mut self, ids: &[u32]) -> (u32, u32) {
        let start = idx(self.candidates.len());
        for &id in ids {
            let text = self.patterns.get(id as usize).map_or("", |p| p.as_ref());
            self.candidates.push(Candidate {
                id,
                at: idx(self.texts.len()),
                len: idx(text.len()),
            });
            self.texts.push_str(text);
        }
        (start, idx(self.candidates.len()))
    }

    fn range(&self, (a, b): (u32, u32)) -> &[Candidate] {
        self.candidates
            .get(a as usize..b as usize)
            .unwrap_or_default()
    }

    /// Whether a pattern may start with word `w`: most words of a text
    /// are turned away here, before any iterator over candidates is set up.
    #[inline]
    pub(crate) fn may_start(&self, w: &Word) -> bool {
        self.prefilter.may_contain(w.hash)
    }

    fn first(&self, hash: u64) -> Option<&First> {
        if !self.prefilter.may_contain(hash) {
            return None;
        }
        self.by_first.get(&hash)
    }

    fn text(&self, c: &Candidate) -> &str {
        let at = c.at as usize;
        self.texts.get(at..at + c.len as usize).unwrap_or("")
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
        let fs = w.map_or(0, |w| w.fs());
        let first = w.and_then(|w| Some((w, self.first(w.hash)?)));
        // View words are separated by single spaces: the pattern's second
        // word is the next word of the view.
        let longer = first
            .filter(|(_, f)| f.longer)
            .and_then(|(w, _)| {
                let second = words.get(wi + 1).filter(|n| n.fs() == w.fe() + 1)?;
                self.by_pair.get(&(w.hash, second.hash)).copied()
            })
            .map_or(&[][..], |r| self.range(r));
        let single = first.map_or(&[][..], |(_, f)| self.range(f.single));
        longer.iter().chain(single).filter_map(move |c| {
            let fe = fs + c.len as usize;
            // Compared as bytes: a match starts a word and ends before a
            // space or the end, so it is whole characters either way.
            let hay = hay.as_bytes();
            let boundary = matches!(hay.get(fe), None | Some(b' '));
            (boundary && hay.get(fs..fe) == Some(self.text(c).as_bytes())).then_some((c.id, fe))
        })
    }

    /// The patterns, shared with other indexes over them.
    pub(crate) fn patterns(&self) -> Arc<[Cow<'static, str>]> {
        Arc::clone(&self.patterns)
    }

    /// The one-word pattern equal to `word`.
    pub(crate) fn single(&self, word: &str) -> Option<u32> {
        let first = self.first(word_hash(word.as_bytes()))?;
        self.range(first.single)
            .iter()
            .find(|c| self.text(c) == word)
            .map(|c| c.id)
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
