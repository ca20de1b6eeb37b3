//! Phrases of a data file, each naming a country, looked up by their
//! first word.
//!
//! National orders (`data/orders.tsv`) and seated gatherings
//! (`data/seats.tsv`) are tried at every token of a sentence; an index by
//! first word keeps that to the few phrases that can start there.

use crate::analysis::Sentence;
use crate::data::DataFile;
use rustc_hash::FxHashMap;

/// Folded phrases and their countries, in file order, with an index by
/// first word.
pub(crate) struct CountryPhrases {
    list: Vec<(Vec<String>, String)>,
    by_first: FxHashMap<String, Vec<usize>>,
    longest: usize,
}

impl CountryPhrases {
    /// The rows of a two-column file of folded words and a country (no
    /// rows for a file that does not read, which the data tests rule out).
    pub(crate) fn read(file: DataFile) -> Self {
        let list: Vec<(Vec<String>, String)> = file
            .pairs()
            .unwrap_or_default()
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
            longest,
        }
    }

    /// The phrases starting at token `i`, in file order.
    fn starting_at<'s>(
        &'s self,
        sent: &'s Sentence,
        i: usize,
    ) -> impl Iterator<Item = &'s (Vec<String>, String)> + 's {
        let opening = self.by_first.get(sent.word(i)).map(Vec::as_slice);
        opening
            .unwrap_or_default()
            .iter()
            .filter_map(|&k| self.list.get(k))
            .filter(move |(words, _)| sent.phrase_at(i, words))
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
