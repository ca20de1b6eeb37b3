//! The triggers a token may open, found without trying each of them: an
//! index by the first step's words and prefixes, and for each first word
//! its triggers' next words read once per token for all of them.

use super::next_word::{reach, IdSet, NextWord};
use super::{Atom, Step, Trigger};

/// The triggers each first word and first prefix opens.
#[derive(Debug, Clone, Default)]
pub(super) struct Openers {
    /// By the vocabulary number of a word the first step accepts.
    by_word: Vec<Option<Opener>>,
    /// Triggers whose first step accepts a prefix.
    prefixes: Prefixes,
}

/// A token the triggers are looked for at.
#[derive(Debug, Clone, Copy)]
pub(super) struct At<'t> {
    /// Its folded form.
    pub word: &'t [u8],
    /// The vocabulary numbers of the sentence's tokens.
    pub ids: &'t [u32],
    /// Its index in the sentence.
    pub start: usize,
}

/// The triggers one first word opens (`a`, `ont`, `avait` open some ninety
/// each), with what their next words need.
#[derive(Debug, Clone)]
struct Opener {
    /// The triggers, in file order.
    triggers: Vec<usize>,
    /// How many `u64` a set of positions in `triggers` takes.
    stride: usize,
    /// The positions of the triggers without a next word: always tried.
    always: Vec<u64>,
    /// Fewest tokens between the first word and any next word.
    min: usize,
    /// Most tokens between them.
    max: usize,
    /// Every next word, with its rank among them: most tokens are none,
    /// which one bit tells.
    words: Ranked,
    /// For each next word (by rank) and each distance from `min` to `max`, the
    /// positions of the triggers it lets through there, `stride` words
    /// each: the tokens after the first word are read once for all its
    /// triggers, not once per trigger.
    admitted: Vec<u64>,
}

impl Openers {
    /// The index of `triggers`, whose exact first words number fewer than
    /// `words`.
    pub(super) fn of(triggers: &[Trigger], words: usize) -> Openers {
        let mut by_word: Vec<Vec<usize>> = vec![Vec::new(); words];
        let mut prefixes = Vec::new();
        for (i, t) in triggers.iter().enumerate() {
            let Some(Step::Word(atoms)) = t.steps.first() else {
                continue;
            };
            for atom in atoms {
                match atom {
                    Atom::Exact(_, id) => {
                        if let Some(list) = by_word.get_mut(*id as usize) {
                            list.push(i);
                        }
                    }
                    Atom::Prefix(p) => prefixes.push((p.clone(), i)),
                }
            }
        }
        let by_word = by_word
            .into_iter()
            .map(|mut list| {
                // Triggers are pushed in file order; a word written twice
                // in one step would repeat its trigger.
                list.dedup();
                (!list.is_empty()).then(|| Opener::of(list, triggers))
            })
            .collect();
        Openers {
            by_word,
            prefixes: Prefixes::of(prefixes),
        }
    }

    /// Every trigger that may match from token `at.start`, in file
    /// order, onto `out` (cleared first): those whose first step accepts
    /// the token and whose next word stands close enough.
    #[inline]
    pub(super) fn candidates(&self, triggers: &[Trigger], at: At<'_>, out: &mut Vec<usize>) {
        out.clear();
        let id = at.ids.get(at.start).copied().unwrap_or(u32::MAX);
        let opener = self.by_word.get(id as usize).and_then(Option::as_ref);
        // Most tokens open nothing, which two looks tell.
        let prefixed = self.prefixes.may_open(at.word);
        if opener.is_none() && !prefixed {
            return;
        }
        if let Some(opener) = opener {
            opener.candidates(at.ids, at.start, out);
        }
        if prefixed {
            self.prefixes.candidates(triggers, at, out);
        }
    }
}

impl Opener {
    fn of(list: Vec<usize>, triggers: &[Trigger]) -> Opener {
        let stride = list.len().div_ceil(64);
        let next_words: Vec<Option<&NextWord>> = list
            .iter()
            .map(|&i| triggers.get(i).and_then(|t| t.next_word.as_ref()))
            .collect();
        let reaches = next_words.iter().flatten().map(|n| n.reach());
        let min = reaches.clone().map(|(min, _)| min).min().unwrap_or(0);
        let max = reaches.map(|(_, max)| max).max().unwrap_or(0);
        let mut ids = IdSet::default();
        for n in next_words.iter().flatten() {
            for id in n.ids().iter() {
                ids.insert(id);
            }
        }
        let words = Ranked::of(&ids);
        let span = max - min + 1;
        let mut opener = Opener {
            always: vec![0; stride],
            admitted: vec![0; ids.iter().count() * span * stride],
            triggers: list,
            stride,
            min,
            max,
            words,
        };
        for (k, n) in next_words.iter().enumerate() {
            let Some(n) = n else {
                set(&mut opener.always, k);
                continue;
            };
            let (from, to) = n.reach();
            for id in n.ids().iter() {
                let Some(w) = opener.words.rank(id) else {
                    continue;
                };
                for d in from - min..=to - min {
                    let row = (w * span + d) * stride;
                    if let Some(row) = opener.admitted.get_mut(row..row + stride) {
                        set(row, k);
                    }
                }
            }
        }
        opener
    }

    /// The triggers of this word that may match from token `start`, in
    /// file order, onto `out`.
    fn candidates(&self, ids: &[u32], start: usize, out: &mut Vec<usize>) {
        let span = self.max - self.min + 1;
        let next = reach(ids, start, self.min, self.max);
        let word = |bits: &[u64], at: usize| bits.get(at).copied().unwrap_or(0);
        // The positions, 128 at a time in two registers: one pass for the
        // lists of the embedded file, a pass a block for longer ones.
        for block in (0..self.stride).step_by(2) {
            let two = block + 1 < self.stride;
            let mut low = word(&self.always, block);
            let mut high = if two {
                word(&self.always, block + 1)
            } else {
                0
            };
            for (d, &id) in next.iter().enumerate() {
                let Some(w) = self.words.rank(id) else {
                    continue;
                };
                let row = (w * span + d) * self.stride + block;
                low |= word(&self.admitted, row);
                if two {
                    high |= word(&self.admitted, row + 1);
                }
            }
            for (first, mut bits) in [(block * 64, low), ((block + 1) * 64, high)] {
                while bits != 0 {
                    let k = first + bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    if let Some(&i) = self.triggers.get(k) {
                        out.push(i);
                    }
                }
            }
        }
    }
}

/// A set of vocabulary numbers, a bit each, that tells where each stands
/// among them without a search.
#[derive(Debug, Clone, Default)]
struct Ranked {
    ids: IdSet,
    /// How many numbers the words of the set's bits before each hold.
    before: Vec<u32>,
}

impl Ranked {
    fn of(ids: &IdSet) -> Ranked {
        let mut count = 0;
        let before = ids
            .words()
            .iter()
            .map(|w| {
                let here = count;
                count += w.count_ones();
                here
            })
            .collect();
        Ranked {
            ids: ids.clone(),
            before,
        }
    }

    /// How many numbers of the set are smaller than `id`, when `id` is one.
    #[inline]
    fn rank(&self, id: u32) -> Option<usize> {
        let id = id as usize;
        let bits = *self.ids.words().get(id / 64)?;
        let bit = 1u64 << (id % 64);
        if bits & bit == 0 {
            return None;
        }
        let before = *self.before.get(id / 64)?;
        Some(before as usize + (bits & (bit - 1)).count_ones() as usize)
    }
}

/// Set bit `k` of `bits`.
fn set(bits: &mut [u64], k: usize) {
    if let Some(w) = bits.get_mut(k / 64) {
        *w |= 1 << (k % 64);
    }
}

/// The triggers whose first step accepts a prefix, by the prefix's first
/// four bytes: every token is tried as the start of one, and most share
/// their first four bytes with none, which one bit tells without comparing
/// strings; the others are compared with the few prefixes of their head.
#[derive(Debug, Clone, Default)]
struct Prefixes {
    /// A bit per [`slot`] of four opening bytes (65,536 bits).
    bits: Vec<u64>,
    /// The prefixes of four bytes or more with their trigger, by their
    /// four opening bytes.
    long: Vec<(u32, String, usize)>,
    /// Prefixes shorter than four bytes: any token may open them.
    short: Vec<(String, usize)>,
}

impl Prefixes {
    fn of(prefixes: Vec<(String, usize)>) -> Prefixes {
        let mut index = Prefixes {
            bits: vec![0; (1 << 16) / 64],
            ..Prefixes::default()
        };
        for (p, i) in prefixes {
            match head(p.as_bytes()) {
                Some(h) => {
                    set(&mut index.bits, slot(h));
                    index.long.push((h, p, i));
                }
                None => index.short.push((p, i)),
            }
        }
        index.long.sort_by_key(|&(h, _, i)| (h, i));
        index
    }

    /// Whether `word` may start with one of the prefixes: a necessary
    /// condition, never a sufficient one.
    #[inline]
    fn may_open(&self, word: &[u8]) -> bool {
        if !self.short.is_empty() {
            return true;
        }
        let Some(h) = head(word) else {
            return false;
        };
        let at = slot(h);
        self.bits
            .get(at / 64)
            .is_some_and(|w| w & (1 << (at % 64)) != 0)
    }

    /// The triggers whose first step is a prefix of the token and whose
    /// next word stands close enough, added to `out` and the whole kept in
    /// file order.
    fn candidates(&self, triggers: &[Trigger], at: At<'_>, out: &mut Vec<usize>) {
        let At { word, ids, start } = at;
        let before = out.len();
        let h = head(word);
        let from = h.map_or(self.long.len(), |h| {
            self.long.partition_point(|(k, _, _)| *k < h)
        });
        let long = self.long.iter().skip(from);
        let long = long
            .take_while(|(k, _, _)| Some(*k) == h)
            .map(|(_, p, i)| (p, i));
        for (p, &i) in self.short.iter().map(|(p, i)| (p, i)).chain(long) {
            let admitted = word.starts_with(p.as_bytes())
                && triggers
                    .get(i)
                    .and_then(|t| t.next_word.as_ref())
                    .is_none_or(|n| n.may_match(ids, start));
            if admitted {
                out.push(i);
            }
        }
        // The prefix triggers come in their own order, after the word's.
        if out.len() > before && out.len() > 1 {
            out.sort_unstable();
            out.dedup();
        }
    }
}

/// The first four bytes of a word, as one number.
fn head(word: &[u8]) -> Option<u32> {
    word.first_chunk().map(|h| u32::from_le_bytes(*h))
}

/// Where the bit of four opening bytes is in [`Prefixes::bits`].
fn slot(head: u32) -> usize {
    (head.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::tokens::tokenize;

    /// The triggers worth trying from `start` the plain way: each whose
    /// first step accepts the token and whose next word stands close
    /// enough, looked at one by one.
    fn one_by_one(lex: &Lexicon, word: &[u8], ids: &[u32], start: usize) -> Vec<usize> {
        let id = ids.get(start).copied().unwrap_or(u32::MAX);
        let opens = |t: &Trigger| match t.steps.first() {
            Some(Step::Word(atoms)) => atoms.iter().any(|a| match a {
                Atom::Exact(_, w) => *w == id,
                Atom::Prefix(p) => word.starts_with(p.as_bytes()),
            }),
            _ => false,
        };
        let admitted = |t: &Trigger| t.next_word.as_ref().is_none_or(|n| n.may_match(ids, start));
        (0..lex.triggers.len())
            .filter(|&i| lex.triggers.get(i).is_some_and(|t| opens(t) && admitted(t)))
            .collect()
    }

    /// Every position of `text` read both ways.
    fn agree(lex: &Lexicon, text: &str) -> usize {
        let tokens = tokenize(text);
        let ids: Vec<u32> = tokens.words_as_bytes().map(|w| lex.vocab.get(w)).collect();
        let mut out = Vec::new();
        let mut tried = 0;
        for (start, word) in tokens.words_as_bytes().enumerate() {
            let at = At {
                word,
                ids: &ids,
                start,
            };
            lex.openers.candidates(&lex.triggers, at, &mut out);
            assert_eq!(
                out,
                one_by_one(lex, word, &ids, start),
                "{text:?} at {start}"
            );
            tried += out.len();
        }
        tried
    }

    /// Texts of `n` words drawn from `words` with a fixed generator.
    fn draws(words: &[&str], n: usize, seed: u64) -> Vec<String> {
        let mut next = crate::tokens::numbers(seed);
        (0..200)
            .map(|_| {
                (0..n)
                    .filter_map(|_| words.get(next() as usize % words.len()).copied())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn candidates_are_the_triggers_tried_one_by_one() {
        let lex = Lexicon::embedded();
        let mut words: Vec<String> = Vec::new();
        for t in &lex.triggers {
            for step in &t.steps {
                if let Step::Word(atoms) = step {
                    for a in atoms {
                        match a {
                            Atom::Exact(w, _) => words.push(w.clone()),
                            Atom::Prefix(p) => words.push(format!("{p}s")),
                        }
                    }
                }
            }
        }
        words.sort();
        words.dedup();
        let mut extra = vec![
            "l’",
            "co-préside",
            "entre",
            "en",
            "ensemble",
            "appelé",
            "Échangé",
        ];
        extra.extend(crate::tokens::AWKWARD);
        let mut all: Vec<&str> = words.iter().map(String::as_str).collect();
        all.extend(extra);
        let mut tried = 0;
        for (seed, n) in [(1, 6), (2, 12), (3, 30)] {
            for text in draws(&all, n, seed) {
                tried += agree(lex, &text);
            }
        }
        // Texts most of whose words open triggers: "a", "ont", "," …
        let openers = ["a", "ont", ",", "de", "et", "s", "se", "en", "la", "par"];
        let mut dense: Vec<&str> = all.iter().step_by(7).copied().collect();
        dense.extend(openers);
        dense.extend(openers);
        for text in draws(&dense, 14, 4) {
            tried += agree(lex, &text);
        }
        assert!(tried > 1000, "{tried}");
    }

    #[test]
    fn a_word_opening_hundreds_of_triggers_is_read_block_by_block() {
        let mut rows = String::new();
        for i in 0..300 {
            match i % 3 {
                0 => rows.push_str(&format!("a ~? w{i}\tMEETING\tphone\tsubj_obj\toccurred\n")),
                1 => rows.push_str(&format!(
                    "a w{i} ... x\tMEETING\tphone\tsubj_obj\toccurred\n"
                )),
                _ => rows.push_str("a\tMEETING\tphone\tsubj_obj\toccurred\n"),
            }
        }
        rows.push_str("a|w0 entretien* ~ w3\tMEETING\tphone\tsubj_obj\toccurred\n");
        rows.push_str("w3* w9\tMEETING\tphone\tsubj_obj\toccurred\n");
        let lex = Lexicon::from_tsv(&rows, "x.tsv").unwrap_or_default();
        assert_eq!(lex.len(), 302);
        let words: Vec<String> = (0..300).map(|i| format!("w{i}")).collect();
        let mut all: Vec<&str> = words.iter().map(String::as_str).collect();
        all.extend(["a", "a", "a", "x", "entretiens", "w3a"]);
        let mut tried = 0;
        for text in draws(&all, 10, 5) {
            tried += agree(&lex, &text);
        }
        assert!(tried > 1000, "{tried}");
    }
}
