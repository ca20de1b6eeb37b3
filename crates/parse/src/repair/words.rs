//! Word evidence of glue: a run of letters that is not a word but is two
//! words (`coopérationmultiforme`, `Vietnamprenait`, `àl'`).

use super::chunk::{digit, letter, Chunk};
use super::lexicon::{fold_char, key, Lexicon, MAX_WORD_BYTES};
use super::vocab::{KeyHasher, Vocab};
use crate::text::is_apostrophe;
use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

/// Elided words that end a split part before an apostrophe (`àl'`).
const ELIDED: [&str; 11] = [
    "l", "d", "qu", "n", "s", "c", "j", "m", "jusqu", "lorsqu", "puisqu",
];

/// Words that stand before an apostrophe on their own (`aujourd'hui`).
const BEFORE_APOSTROPHE: [&str; 5] = ["aujourd", "presqu", "quelqu", "prud", "entr"];

/// Weight of a long (four letters or more) dictionary word as a split part;
/// listed short words weigh 1–9, words known only from the document 3.
const LONG_WORD: u8 = 6;

/// The character indices of a chunk where word evidence puts a space.
/// `shaped` are the shape points already found (runs stop there).
/// `sentence_start`: the chunk begins a sentence (a capital there is not a
/// name's).
pub(crate) fn points(
    chunk: &Chunk<'_>,
    shaped: &[usize],
    sentence_start: bool,
    vocab: &mut Vocab<'_>,
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0usize;
    while i < chunk.chars.len() {
        if !letter(chunk.at(i)) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while letter(chunk.at(i)) && !shaped.contains(&i) {
            i += 1;
        }
        // Glued to digits: numbers are shape evidence.
        let before = start.checked_sub(1).and_then(|j| chunk.at(j));
        let after = chunk.at(i);
        if digit(before) || digit(after) {
            continue;
        }
        let elided_next = after.is_some_and(is_apostrophe);
        let run = chunk.part(start, i);
        let starts_sentence = sentence_start && start == 0;
        if let Some(k) = run_split(run, elided_next, starts_sentence, vocab) {
            let chars_before = run.get(..k).map_or(0, |s| s.chars().count());
            out.push(start + chars_before);
        }
    }
    out
}

/// [`best_split`] of a run, judged once per input for each run and context,
/// and once per thread when the judgement is to leave it whole without a
/// look at the input's own words (a known word, most runs of any text).
pub(crate) fn run_split(
    run: &str,
    elided_next: bool,
    sentence_start: bool,
    vocab: &mut Vocab<'_>,
) -> Option<usize> {
    let id = Vocab::split_id(run, elided_next, sentence_start);
    // Most runs are known words: asked first, the thread's list spares
    // them a second look-up.
    if WHOLE.with(|whole| whole.borrow().contains(&id)) {
        return None;
    }
    if let Some(split) = vocab.remembered(id) {
        return split;
    }
    let lookups = vocab.lookups();
    let split = best_split(run, elided_next, sentence_start, vocab);
    if split.is_none() && vocab.lookups() == lookups {
        // Asked first next time: the input's own memo need not hold it too.
        WHOLE.with(|whole| {
            let mut whole = whole.borrow_mut();
            if whole.len() >= MOST_WHOLE {
                whole.clear();
            }
            whole.insert(id);
        });
    } else {
        vocab.remember(id, split);
    }
    split
}

/// Most runs [`WHOLE`] keeps before it starts again.
const MOST_WHOLE: usize = 1 << 16;

thread_local! {
    /// Runs (by [`Vocab::split_id`]) judged to stay whole without the
    /// input's vocabulary: the same in every document.
    static WHOLE: RefCell<HashSet<u64, BuildHasherDefault<KeyHasher>>> =
        RefCell::new(HashSet::default());
}

/// The weight of one side of a split (its folded bytes and its length in
/// characters), or `None` when it is not a word: short parts must be listed
/// short words, long parts dictionary words or words the document uses on
/// their own.
fn part_weight(part: &[u8], chars: usize, left: bool, vocab: &mut Vocab<'_>) -> Option<u8> {
    let lex = Lexicon::get();
    // One hash serves every table.
    let k = key(part);
    if chars <= 3 {
        return lex.short_weight_key(k);
    }
    if left && lex.is_prefix_key(k) {
        return None;
    }
    if let Some(w) = lex.short_weight_key(k) {
        return Some(w);
    }
    if lex.is_word_key(part, k) {
        return Some(LONG_WORD);
    }
    (vocab.count_key(k).all > 0).then_some(3)
}

/// The weight of a split part of a known run when it is 8 or more (a very
/// frequent short word), as [`part_weight`] would give it; `None` otherwise.
fn frequent_weight(part: &[u8], chars: usize, left: bool) -> Option<u8> {
    let lex = Lexicon::get();
    let k = key(part);
    if chars > 3 && left && lex.is_prefix_key(k) {
        return None;
    }
    lex.short_weight_key(k).filter(|&w| w >= 8)
}

/// Keeps the split at byte `k` of the run if it beats `best`: the heavier
/// parts win (a frequent pair of words weighs more), then the more
/// balanced split.
fn consider(
    best: &mut Option<(u8, usize, usize)>,
    lex: &Lexicon,
    (left, right): (&[u8], &[u8]),
    (wl, wr): (u8, u8),
    k: usize,
) {
    let pair_bonus = if wl >= 5 && wr >= 5 && lex.is_bigram(left, right) {
        3
    } else {
        0
    };
    let score = wl + wr + pair_bonus;
    let balance = left.len().min(right.len());
    let better = match best {
        None => true,
        Some((s, b, _)) => (score, balance) > (*s, *b),
    };
    if better {
        *best = Some((score, balance, k));
    }
}

/// The byte offset (in `run`) of the best split of a run of letters, if it
/// should be split. `elided_next`: an apostrophe follows the run;
/// `sentence_start`: the run begins a sentence.
pub(crate) fn best_split(
    run: &str,
    elided_next: bool,
    sentence_start: bool,
    vocab: &mut Vocab<'_>,
) -> Option<usize> {
    let lex = Lexicon::get();
    if run.len() > MAX_WORD_BYTES {
        return None;
    }
    let mut chars = run.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    // Only lowercase or Capitalized runs: other shapes are names or acronyms.
    if !chars.all(char::is_lowercase) {
        return None;
    }
    // Fold once; `cuts[i]` is (byte in `run`, byte in `folded`) of char `i`.
    let mut folded = Vec::with_capacity(run.len() + 4);
    let mut cuts: Vec<(usize, usize)> = Vec::with_capacity(run.len());
    if run.is_ascii() {
        folded.extend(run.bytes().map(|b| b.to_ascii_lowercase()));
        cuts.extend((0..run.len()).map(|i| (i, i)));
    } else {
        for (i, c) in run.char_indices() {
            cuts.push((i, folded.len()));
            fold_char(c, &mut folded);
        }
    }
    let n = cuts.len();
    if n < 2 || (n < 3 && !elided_next) {
        return None;
    }
    if elided_next
        && ELIDED
            .iter()
            .chain(BEFORE_APOSTROPHE.iter())
            .any(|w| w.as_bytes() == folded)
    {
        return None;
    }
    let whole_key = key(&folded);
    let known = lex.is_word_key(&folded, whole_key) || lex.short_weight_key(whole_key).is_some();
    // A known run is split only before an elided word (`États'est`) or into
    // two very frequent short words (`queles`, `eta`) when the run itself is
    // short or only derived by a suffix rule.
    let frequent_pair_wins = !capital && n <= 6 && (n <= 4 || !lex.is_stored_key(whole_key));
    if known && !elided_next && !frequent_pair_wins {
        return None;
    }
    let mut best: Option<(u8, usize, usize)> = None;
    for (ci, &(k, fk)) in cuts.iter().enumerate().skip(1) {
        let (Some(left), Some(right)) = (folded.get(..fk), folded.get(fk..)) else {
            continue;
        };
        let (left_len, right_len) = (ci, n - ci);
        let elision = elided_next && ELIDED.iter().any(|e| e.as_bytes() == right);
        if known && !elision {
            // A known run splits only into two very frequent short words
            // (both of weight 8 or more; such a run is lowercase): long
            // words and words known from the document weigh less, so only
            // the short list is asked.
            if !frequent_pair_wins {
                continue;
            }
            if let (Some(wl), Some(wr)) = (
                frequent_weight(left, left_len, true),
                frequent_weight(right, right_len, false),
            ) {
                consider(&mut best, lex, (left, right), (wl, wr), k);
            }
            continue;
        }
        // Both sides must be words: a short side, one look-up, goes first.
        let (wl, wr) = if left_len <= 3 && right_len > 3 && !elision {
            let Some(wl) = part_weight(left, left_len, true, vocab) else {
                continue;
            };
            let Some(wr) = part_weight(right, right_len, false, vocab) else {
                continue;
            };
            (wl, wr)
        } else {
            let wr = if elision {
                Some(6)
            } else {
                part_weight(right, right_len, false, vocab)
            };
            let Some(wr) = wr else { continue };
            let Some(wl) = part_weight(left, left_len, true, vocab) else {
                continue;
            };
            (wl, wr)
        };
        // Inside a sentence, a capitalized run is a name unless its left
        // part is a word of four letters or more (`Vietnamprenait`; not
        // `Ma|net`, `Du|pont`); at a sentence start `Ilest` is glue. A part
        // known only from the document needs a real word of two letters or
        // more beside it (not `Hang|a`).
        let short_capital = capital && left_len < 4 && !(sentence_start && wl >= 5);
        if short_capital || ((wl == 3 || wr == 3) && (left_len < 2 || right_len < 2)) {
            continue;
        }
        if known && !elision && !(frequent_pair_wins && wl >= 8 && wr >= 8) {
            continue;
        }
        consider(&mut best, lex, (left, right), (wl, wr), k);
    }
    let k = best.map(|(_, _, k)| k)?;
    // A form used alone several times, once at least with a capital, is a
    // name (`Bissau`, `bissau-guinéen`) unless its left part also stands
    // alone (`Vietnamet` glued twice: `Vietnam` is used alone).
    let whole = vocab.count_key(whole_key);
    if whole.all >= 2 && whole.capitalized >= 1 {
        let fk = cuts.iter().find(|c| c.0 == k).map_or(0, |c| c.1);
        if vocab.count(folded.get(..fk).unwrap_or(&[])).all == 0 {
            return None;
        }
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(run: &str, elided_next: bool) -> Option<(String, String)> {
        let mut vocab = Vocab::new("le Vietnam et Astana");
        best_split(run, elided_next, false, &mut vocab)
            .map(|k| (run[..k].to_string(), run[k..].to_string()))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn splits() {
        assert_eq!(
            split("coopérationmultiforme", false),
            pair("coopération", "multiforme")
        );
        assert_eq!(split("Vietnamprenait", false), pair("Vietnam", "prenait"));
        assert_eq!(split("tableronde", false), pair("table", "ronde"));
        assert_eq!(split("queles", false), pair("que", "les"));
        assert_eq!(split("ilsont", false), pair("ils", "ont"));
        assert_eq!(split("àl", true), pair("à", "l"));
        assert_eq!(split("États", true), pair("État", "s"));
        assert_eq!(
            split("Affairesétrangères", false),
            pair("Affaires", "étrangères")
        );
    }

    #[test]
    fn a_judgement_owing_to_one_document_is_not_kept_for_the_next() {
        // Without `Astana` standing alone, the run stays whole; where the
        // document uses it alone, it is split. Judged in that order on one
        // thread, the first answer must not be taken for the second.
        let run = "Astanaaccueille";
        let mut without = Vocab::new("Le sommet accueille les dirigeants.");
        assert_eq!(run_split(run, false, false, &mut without), None);
        let mut with = Vocab::new("Astana accueille le sommet. Astana est prête.");
        assert_eq!(run_split(run, false, false, &mut with), Some(6));
        // A known word stays whole in every document, judged once.
        for text in ["Les relations.", "Vietnam, Vietnam et relations."] {
            let mut vocab = Vocab::new(text);
            assert_eq!(run_split("relations", false, false, &mut vocab), None);
            assert_eq!(vocab.lookups(), 0);
        }
    }

    #[test]
    fn no_splits() {
        for (run, elided) in [
            ("relations", false),
            ("aujourd", true),
            ("lorsqu", true),
            ("Kazakhtan", false),
            ("Tokaïev", false),
            ("interrégional", false),
            ("ASEAN", false),
            ("de", false),
        ] {
            assert_eq!(split(run, elided), None, "{run}");
        }
    }
}
