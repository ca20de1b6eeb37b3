//! Phrases of a data file, each naming a country, looked up by their
//! first word.
//!
//! National orders (`data/orders.tsv`) and seated gatherings
//! (`data/seats.tsv`) are tried at every token of a sentence; an index by
//! first word keeps that to the few phrases that can start there.

use crate::analysis::Sentence;
use crate::data::DataFile;
use crate::word_table::WordTable;
use rustc_hash::FxHashMap;

/// Folded phrases and their countries, in file order, with an index by
/// first word.
pub(crate) struct CountryPhrases {
    list: Vec<(Vec<String>, String)>,
    by_first: FxHashMap<String, Vec<usize>>,
    /// The first words again, as a table: most tokens a phrase is tried at
    /// share neither length nor first and last letters with any, which
    /// one look says without hashing them.
    starts: WordTable,
    longest: usize,
}

impl CountryPhrases {
    /// The rows of a two-column file of folded words and a country (no
    /// rows for a file that does not read, which the data tests rule out).
    pub(crate) fn read(file: DataFile) -> Self {
        let rows = file.pairs().unwrap_or_default();
        let starts = WordTable::new(
            rows.iter()
                .filter_map(|(words, _)| words.split_whitespace().next()),
        );
        let list: Vec<(Vec<String>, String)> = rows
            .into_iter()
            .map(|(words, country)| {
                let words = words.split_whitespace().map(str::to_string).collect();
                (words, country.to_string())
            })
            .collect();
        let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (k, (words, _)) in list.iter().enumerate() {
            if let Some(first) = words.first() {
                by_first.entry(first.clone()).or_default().push(k);
            }
        }
        let longest = list.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
        CountryPhrases {
            list,
            by_first,
            starts,
            longest,
        }
    }

    /// Whether a phrase may stand somewhere in `sent`: never false when
    /// one does, since each phrase's first word is then a token, and so
    /// part of the folded text. Phrases are tried at every token, and most
    /// sentences hold none of the few first words: one search of the
    /// sentence for each spares a look-up per token.
    pub(crate) fn may_occur(&self, sent: &Sentence) -> bool {
        self.by_first
            .keys()
            .any(|first| sent.tokens.may_hold(first))
    }

    /// The phrases starting at token `i`, in file order.
    fn starting_at<'s>(
        &'s self,
        sent: &'s Sentence,
        i: usize,
    ) -> impl Iterator<Item = &'s (Vec<String>, String)> + 's {
        let word = sent.word(i);
        let opening = self
            .starts
            .contains(word.as_bytes())
            .then(|| self.by_first.get(word))
            .flatten()
            .map(Vec::as_slice);
        opening
            .unwrap_or_default()
            .iter()
            .filter_map(|&k| self.list.get(k))
            .filter(move |(words, _)| sent.phrase_at(i, words))
    }

    /// [`CountryPhrases::first_at`] the general way, without the table of
    /// first words: what the table must never change.
    #[cfg(test)]
    pub(crate) fn first_at_by_hash<'s>(
        &'s self,
        sent: &'s Sentence,
        i: usize,
    ) -> Option<&'s (Vec<String>, String)> {
        self.by_first
            .get(sent.word(i))
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter_map(|&k| self.list.get(k))
            .find(|(words, _)| sent.phrase_at(i, words))
    }

    /// The first phrase of the file starting at token `i`.
    pub(crate) fn first_at<'s>(
        &'s self,
        sent: &'s Sentence,
        i: usize,
    ) -> Option<&'s (Vec<String>, String)> {
        self.starting_at(sent, i).next()
    }

    /// The longest phrase starting at token `i`.
    pub(crate) fn longest_at<'s>(
        &'s self,
        sent: &'s Sentence,
        i: usize,
    ) -> Option<&'s (Vec<String>, String)> {
        self.starting_at(sent, i)
            .max_by_key(|(words, _)| words.len())
    }

    /// The number of words of the longest phrase.
    pub(crate) fn longest(&self) -> usize {
        self.longest
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::lexicons;
    use crate::word_table::tests::analysed;

    #[test]
    fn a_sentence_said_to_hold_no_phrase_holds_none() {
        let text = "Le ministre a pris la parole en marge de l'Assemblée générale des \
                    Nations unies, à New York. Il a été élevé au rang de commandeur de \
                    l'ordre national du Lion. Le Conseil de sécurité siège à huis clos. \
                    La conférence de presse a eu lieu au siège de l'Union africaine. \
                    Les deux ministres ont évoqué la coopération. Le président a reçu \
                    son homologue hier soir. Rien de plus, \
                    sinon l'ordre du jour et un palais. Le Wissam alaouite lui a été remis.";
        let lex = lexicons();
        let mut held = [0, 0];
        let mut plain_sentences = 0;
        for sent in &analysed(text).sentences {
            for (k, phrases) in [&lex.seats, &lex.orders].into_iter().enumerate() {
                let found = (0..sent.tokens.len()).any(|i| phrases.first_at(sent, i).is_some());
                if found {
                    assert!(phrases.may_occur(sent), "{}", sent.text);
                    if let Some(h) = held.get_mut(k) {
                        *h += 1;
                    }
                }
            }
            let plain = !sent.text.contains("siège")
                && !sent.text.contains("ordre")
                && !sent.text.contains("Assemblée")
                && !sent.text.contains("Conseil")
                && !sent.text.contains("onférence")
                && !sent.text.contains("Wissam")
                && !sent.text.contains("palais");
            if plain {
                plain_sentences += 1;
                assert!(!lex.seats.may_occur(sent), "{}", sent.text);
                assert!(!lex.orders.may_occur(sent), "{}", sent.text);
            }
        }
        assert!(held.iter().all(|&h| h > 0), "{held:?}");
        assert!(
            plain_sentences >= 2,
            "{plain_sentences} sentences without a phrase"
        );
    }
}
