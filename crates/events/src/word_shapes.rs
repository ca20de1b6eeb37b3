//! A quick "certainly not" in front of a small set of folded words.
//!
//! Cue words are looked up at every token of a window around each trigger,
//! and most tokens are none of them. A set's words leave a few bits — its
//! lengths for each first byte, and for each last byte — and a word whose
//! length was never seen with its first or its last byte is not in the set,
//! which two table looks tell without hashing it.

/// The shapes of a set of words: which lengths each first byte and each
/// last byte opens or closes a word of the set with: of `pas` and
/// `jamais`, `par` may not be one (no word of three letters ends in `r`).
#[derive(Debug, Clone)]
pub(crate) struct WordShapes {
    /// Per first byte: a bit per length (lengths from 63 on share the last).
    by_first: [u64; 256],
    /// Per last byte: a bit per length.
    by_last: [u64; 256],
}

impl WordShapes {
    /// The shapes of `words`.
    pub(crate) fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut shapes = WordShapes {
            by_first: [0; 256],
            by_last: [0; 256],
        };
        for word in words {
            let (first, last, bit) = shape(word);
            if let Some(slot) = shapes.by_first.get_mut(first) {
                *slot |= bit;
            }
            if let Some(slot) = shapes.by_last.get_mut(last) {
                *slot |= bit;
            }
        }
        shapes
    }

    /// Whether `word` may be in the set: never false when it is.
    #[inline]
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        let (first, last, bit) = shape(word);
        self.by_first.get(first).is_some_and(|s| s & bit != 0)
            && self.by_last.get(last).is_some_and(|s| s & bit != 0)
    }
}

/// A word's first byte, last byte and length bit (an empty word has byte
/// 0 at both ends).
#[inline]
fn shape(word: &str) -> (usize, usize, u64) {
    let bytes = word.as_bytes();
    let first = bytes.first().copied().unwrap_or(0);
    let last = bytes.last().copied().unwrap_or(0);
    (
        usize::from(first),
        usize::from(last),
        1u64 << bytes.len().min(63),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_the_set_may_be_held() {
        let words = [
            "ne",
            "n",
            "pas",
            "va",
            "vont",
            "prevu",
            "s'apprete",
            "",
            "é",
            "anniversaire",
        ];
        let long = "x".repeat(80);
        let shapes = WordShapes::of(words.iter().copied().chain([long.as_str()]));
        for w in words {
            assert!(shapes.may_hold(w), "{w:?}");
        }
        assert!(shapes.may_hold(&long));
        // Lengths past 63 share one bit: another long word may be held.
        assert!(shapes.may_hold(&"x".repeat(70)));
    }

    #[test]
    fn words_of_other_shapes_are_told_apart() {
        let shapes = WordShapes::of(["pas", "plus", "ne", "vont"]);
        // Another length, first byte or last byte.
        for w in [
            "par", "pour", "de", "le", "la", "a", "et", "vend", "passe", "p",
        ] {
            assert!(!shapes.may_hold(w), "{w:?}");
        }
        // Same length and ends as a word of the set: may be held.
        for w in ["pis", "pets", "vans"] {
            assert!(shapes.may_hold(w), "{w:?}");
        }
    }
}
