//! The lexicon's words by number, looked up once per token: most tokens
//! are short, and a word of up to sixteen bytes is told apart by two
//! machine words read from its ends, compared without a call.

use super::pattern::NO_WORD;

/// Every word of the lexicon with its vocabulary number.
#[derive(Debug, Clone, Default)]
pub(super) struct Vocab {
    /// An open-addressed table of vocabulary numbers ([`NO_WORD`] where
    /// empty), a power of two long and at most a quarter full.
    slots: Vec<u32>,
    /// Each number's word, as its [`Key`] and, past sixteen bytes, whole.
    words: Vec<(Key, Box<[u8]>)>,
}

/// What tells apart two words of up to sixteen bytes: their length and
/// the bytes read from each end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Key {
    head: u64,
    tail: u64,
    len: usize,
}

/// Longest word a [`Key`] tells apart on its own.
const KEYED: usize = 16;

impl Key {
    /// The key of `word`: its first and last eight bytes (four of a word
    /// shorter than eight, the first, middle and last of one shorter than
    /// four), which cover the whole of a word of up to sixteen bytes.
    #[inline]
    fn of(word: &[u8]) -> Key {
        let len = word.len();
        let (head, tail) = if let (Some(h), Some(t)) = (word.first_chunk(), word.last_chunk()) {
            (u64::from_le_bytes(*h), u64::from_le_bytes(*t))
        } else if let (Some(h), Some(t)) = (word.first_chunk(), word.last_chunk()) {
            (
                u64::from(u32::from_le_bytes(*h)),
                u64::from(u32::from_le_bytes(*t)),
            )
        } else {
            let byte = |i: usize| u64::from(word.get(i).copied().unwrap_or(0));
            let last = len.saturating_sub(1);
            (byte(0) | byte(len / 2) << 8 | byte(last) << 16, 0)
        };
        Key { head, tail, len }
    }

    /// Where the key's search starts in a table of `mask + 1` slots.
    #[inline]
    fn slot(&self, mask: usize) -> usize {
        let mixed = (self.head ^ self.tail.rotate_left(29) ^ self.len as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 32) as usize & mask
    }
}

impl Vocab {
    /// The table of `numbered`, words with their numbers (dense from 0).
    pub(super) fn of<'w>(numbered: impl Iterator<Item = (&'w str, u32)>) -> Vocab {
        let mut words: Vec<(Key, Box<[u8]>)> = Vec::new();
        for (w, id) in numbered {
            let id = id as usize;
            if words.len() <= id {
                words.resize(id + 1, (Key::default(), Box::default()));
            }
            if let Some(slot) = words.get_mut(id) {
                let bytes = w.as_bytes();
                let whole = if bytes.len() > KEYED { bytes } else { &[] };
                *slot = (Key::of(bytes), whole.into());
            }
        }
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mask = size - 1;
        let mut slots = vec![NO_WORD; size];
        for (id, (key, _)) in words.iter().enumerate() {
            let Ok(id) = u32::try_from(id) else { break };
            let mut at = key.slot(mask);
            while slots.get(at).is_some_and(|&s| s != NO_WORD) {
                at = (at + 1) & mask;
            }
            if let Some(s) = slots.get_mut(at) {
                *s = id;
            }
        }
        Vocab { slots, words }
    }

    /// The number of `word`, or [`NO_WORD`].
    #[inline]
    pub(super) fn get(&self, word: &[u8]) -> u32 {
        let key = Key::of(word);
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = key.slot(mask);
        // The table is never full: an empty slot ends every search.
        while let Some(&id) = self.slots.get(at) {
            if id == NO_WORD {
                break;
            }
            if let Some((k, whole)) = self.words.get(id as usize) {
                if *k == key && (key.len <= KEYED || **whole == *word) {
                    return id;
                }
            }
            at = (at + 1) & mask;
        }
        NO_WORD
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_agree_with_a_map_of_the_words() {
        let lexicon_words = [
            "a",
            "l",
            "de",
            "ont",
            "ete",
            "recu",
            "avait",
            "entretien",
            "discussions",
            "co-preside",
            "citoyennes",
            "grand-croix",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "abcdefghijklmnopqrstu",
            "16e",
            "n°",
            "\u{1d49}",
            "1er",
            ",",
            "'",
            "dang",
            "istanbul",
        ];
        let map: rustc_hash::FxHashMap<String, u32> = lexicon_words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.to_string(), i as u32))
            .collect();
        let vocab = Vocab::of(map.iter().map(|(w, &i)| (w.as_str(), i)));
        let mut tried = Vec::new();
        for w in lexicon_words {
            tried.push(w.to_string());
            // Every shorter or longer word, and one byte changed at each
            // place: neighbours that share ends or length.
            for cut in 0..w.len() {
                if let Some(s) = w.get(..cut) {
                    tried.push(s.to_string());
                }
                if let Some(s) = w.get(cut..) {
                    tried.push(s.to_string());
                }
            }
            tried.push(format!("{w}s"));
            tried.push(format!("x{w}"));
            for i in 0..w.len() {
                let mut b = w.as_bytes().to_vec();
                if let Some(c) = b.get_mut(i) {
                    *c ^= 1;
                }
                tried.push(String::from_utf8_lossy(&b).into_owned());
            }
        }
        for w in crate::tokens::AWKWARD.iter().chain(&["", "2024", "à"]) {
            tried.push(w.to_string());
            tried.push(crate::tokens::fold_word(w));
        }
        for w in &tried {
            let expected = map.get(w.as_str()).copied().unwrap_or(NO_WORD);
            assert_eq!(vocab.get(w.as_bytes()), expected, "{w:?}");
        }
        assert!(tried.len() > 400);
        assert_eq!(Vocab::default().get(b"a"), NO_WORD);
    }
}
