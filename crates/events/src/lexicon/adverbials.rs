//! Inserted adverbials: phrases of several words that stand where a
//! trigger allows one word of any kind ("ont par ailleurs signé", "sera
//! quant à lui reçu"), read from `data/adverbials.tsv`.

use super::next_word::IdSet;
use super::pattern::NO_WORD;
use crate::data::ADVERBIALS;
use crate::tokens::tokenize;

/// Most words an adverbial of the data file has: a `~` step may reach this
/// far.
pub(super) const LONGEST: usize = 4;

/// The kinds a row may give, documentation of what the phrase does.
const KINDS: &[&str] = &[
    "addition", "stance", "occasion", "sequence", "manner", "time",
];

/// One adverbial: for each of its words, the vocabulary numbers it may be
/// ("la semaine dernière|passée").
pub(super) type Adverbial = Vec<Vec<u32>>;

/// The adverbials of the embedded file as vocabulary numbers (words new to
/// the vocabulary are numbered), longest first. Rows of more than
/// [`LONGEST`] words or of an unknown kind are left out; the data test
/// reads the file through [`read`] and fails on them.
pub(super) fn compile(vocab: &mut rustc_hash::FxHashMap<String, u32>) -> Vec<Adverbial> {
    let mut number = |w: &str| -> u32 {
        let next = u32::try_from(vocab.len()).unwrap_or(NO_WORD - 1);
        *vocab.entry(w.to_string()).or_insert(next)
    };
    let mut phrases: Vec<Adverbial> = read()
        .unwrap_or_default()
        .into_iter()
        .map(|words| {
            words
                .iter()
                .map(|alternatives| alternatives.iter().map(|w| number(w)).collect())
                .collect()
        })
        .collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    phrases
}

/// The phrases of the data file: for each word, its folded alternatives.
pub(crate) fn read() -> Result<Vec<Vec<Vec<String>>>, crate::data::DataError> {
    let rows = ADVERBIALS.pairs_with(|kind| KINDS.contains(&kind).then_some(()))?;
    Ok(rows
        .into_iter()
        .map(|(phrase, ())| {
            phrase
                .split_whitespace()
                .map(|word| {
                    word.split('|')
                        .flat_map(|alt| {
                            tokenize(alt)
                                .words()
                                .map(str::to_string)
                                .collect::<Vec<_>>()
                        })
                        .collect()
                })
                .collect()
        })
        .filter(|words: &Vec<Vec<String>>| (2..=LONGEST).contains(&words.len()))
        .collect())
}

/// The adverbials each word opens, at the word's vocabulary number: one
/// look per token, where most tokens open none.
pub(super) type Heads = Vec<Head>;

/// The adverbials one word opens.
#[derive(Debug, Clone, Default)]
pub(super) struct Head {
    /// Indices into the adverbials, longest first.
    phrases: Vec<usize>,
    /// The vocabulary numbers their second words may be: `a`, `de`, `en`
    /// open adverbials and are common, and most of the times they stand
    /// the word after them rules every one out.
    seconds: IdSet,
}

/// The index of `adverbials` by their opening words.
pub(super) fn heads(adverbials: &[Adverbial]) -> Heads {
    let mut heads: Heads = Vec::new();
    for (i, p) in adverbials.iter().enumerate() {
        for &id in p.first().into_iter().flatten() {
            let id = id as usize;
            if heads.len() <= id {
                heads.resize(id + 1, Head::default());
            }
            if let Some(head) = heads.get_mut(id) {
                head.phrases.push(i);
                for &second in p.get(1).into_iter().flatten() {
                    head.seconds.insert(second);
                }
            }
        }
    }
    heads
}

/// For each token, the length of the adverbial starting there (0 when
/// none); empty when the tokens hold none, as most sentences do. `heads`
/// is the adverbials' index by their opening words ([`heads`]).
pub(super) fn spans(adverbials: &[Adverbial], heads: &Heads, ids: &[u32]) -> Vec<u8> {
    let mut spans = Vec::new();
    for (i, &id) in ids.iter().enumerate() {
        let Some(head) = heads.get(id as usize) else {
            continue;
        };
        let second = ids.get(i + 1).copied().unwrap_or(NO_WORD);
        if !head.seconds.contains(second) {
            continue;
        }
        let len = head
            .phrases
            .iter()
            .filter_map(|&p| adverbials.get(p))
            .find(|p| {
                p.iter().enumerate().all(|(k, alternatives)| {
                    ids.get(i + k).is_some_and(|id| alternatives.contains(id))
                })
            })
            .map_or(0, |p| u8::try_from(p.len()).unwrap_or(0));
        if len == 0 {
            continue;
        }
        if spans.is_empty() {
            spans = vec![0; ids.len()];
        }
        if let Some(span) = spans.get_mut(i) {
            *span = len;
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_a_phrase_of_several_folded_words() {
        let phrases = read().expect("adverbials.tsv reads");
        let rows = ADVERBIALS.pairs().expect("two columns").len();
        assert_eq!(phrases.len(), rows, "a row has one word or too many");
        for words in &phrases {
            for w in words.iter().flatten() {
                assert_eq!(&crate::tokens::fold_word(w), w);
            }
        }
    }

    #[test]
    fn spans_find_the_longest_phrase_at_each_token() {
        let mut vocab = rustc_hash::FxHashMap::default();
        let phrases = compile(&mut vocab);
        let id = |w: &str| vocab.get(w).copied().unwrap_or(NO_WORD);
        // "ont quant a lui signe": the phrase starts at token 1.
        let ids = [NO_WORD, id("quant"), id("a"), id("lui"), NO_WORD];
        let heads = heads(&phrases);
        assert_eq!(spans(&phrases, &heads, &ids), vec![0, 3, 0, 0, 0]);
        // "la semaine dernière|passée": an alternative of the last word.
        let ids = [NO_WORD, id("la"), id("semaine"), id("passee")];
        assert_eq!(spans(&phrases, &heads, &ids), vec![0, 3, 0, 0]);
        assert!(spans(&phrases, &heads, &[NO_WORD, NO_WORD]).is_empty());
    }

    #[test]
    fn spans_agree_with_every_phrase_tried_at_every_token() {
        let mut vocab = rustc_hash::FxHashMap::default();
        let phrases = compile(&mut vocab);
        let heads = heads(&phrases);
        let mut words: Vec<u32> = vocab.values().copied().collect();
        words.sort_unstable();
        words.extend([NO_WORD, NO_WORD, 100_000]);
        // Each token the longest phrase that starts there, tried in turn.
        let plain = |ids: &[u32]| -> Vec<u8> {
            let at = |i: usize| {
                phrases
                    .iter()
                    .find(|p| {
                        p.iter()
                            .enumerate()
                            .all(|(k, alts)| ids.get(i + k).is_some_and(|id| alts.contains(id)))
                    })
                    .map_or(0, |p| p.len() as u8)
            };
            let all: Vec<u8> = (0..ids.len()).map(at).collect();
            if all.iter().all(|&s| s == 0) {
                Vec::new()
            } else {
                all
            }
        };
        let mut next = crate::tokens::numbers(7);
        let mut found = 0;
        for round in 0..3000 {
            let mut ids = Vec::new();
            for _ in 0..12 {
                ids.push(
                    words
                        .get(next() as usize % words.len())
                        .copied()
                        .unwrap_or(NO_WORD),
                );
            }
            // Every phrase's words laid down somewhere, most rounds.
            if let Some(p) = phrases.get(round % (phrases.len() + 5)) {
                let at = round % 9;
                for (k, alts) in p.iter().enumerate() {
                    if let (Some(slot), Some(&w)) =
                        (ids.get_mut(at + k), alts.get(round % alts.len()))
                    {
                        *slot = w;
                    }
                }
            }
            let expected = plain(&ids);
            found += expected.iter().filter(|&&s| s > 0).count();
            assert_eq!(spans(&phrases, &heads, &ids), expected, "{ids:?}");
        }
        assert!(found > 1000, "{found}");
    }
}
