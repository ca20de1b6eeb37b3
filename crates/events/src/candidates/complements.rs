//! Whether a phrase is the complement of a noun before it (`du
//! Kazakhstan`, `de l'ASEAN`), not an argument of the clause.

use super::determiners;
use crate::analysis::{Sentence, ARTICLES, COMPLEMENT_MARKERS};

/// Relative pronouns after a preposition ("de laquelle", "lors
/// duquel"), folded.
const RELATIVE_PRONOUNS: &[&str] = &[
    "laquelle",
    "lequel",
    "lesquels",
    "lesquelles",
    "duquel",
    "auquel",
    "desquels",
    "quoi",
];

/// Whether the phrase starting at token `start` complements a noun before
/// it: `du Kazakhstan`, `de l'ASEAN`, `du parti Amanat` (a common noun may
/// stand between the preposition and the name).
pub(super) fn is_complement(sent: &Sentence, start: usize) -> bool {
    let mut i = start;
    for _ in 0..3 {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let w = sent.tokens.word_bytes(p);
        if among(w, COMPLEMENT_MARKERS) {
            // "auprès du Premier ministre X": a compound preposition, whose
            // object is an argument.
            return !p.checked_sub(1).is_some_and(|q| sent.is(q, &["aupres"]));
        }
        if !(among(w, ARTICLES) || is_common_noun(sent, p, w)) {
            return false;
        }
        i = p;
    }
    false
}

/// Whether token `p`, of word `w`, is a common noun that may stand between
/// a preposition and a name.
fn is_common_noun(sent: &Sentence, p: usize, w: &[u8]) -> bool {
    sent.tokens
        .get(p)
        .is_some_and(|t| !t.punct && !t.capitalized)
        && !determiners().contains(w)
        && !among(w, &["avec", "et", "a", "par", "que"])
        // "au cours de laquelle le roi X a décerné": a relative pronoun
        // opens a clause, whose subject the name is.
        && !among(w, RELATIVE_PRONOUNS)
}

/// Whether the word `w` is one of `words`: [`Sentence::is`] for a word
/// already fetched. Compared byte by byte: the words are a few letters
/// long, and a call to compare memory would cost more than comparing them.
fn among(w: &[u8], words: &[&str]) -> bool {
    words
        .iter()
        .any(|x| x.len() == w.len() && x.bytes().zip(w).all(|(a, &b)| a == b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::DETERMINERS;
    use crate::word_table::tests::at_every_token;

    #[test]
    fn among_is_sentence_is_for_a_word_at_hand() {
        let lists: [&[&str]; 5] = [
            COMPLEMENT_MARKERS,
            ARTICLES,
            RELATIVE_PRONOUNS,
            DETERMINERS,
            &["", "a", "etat", "deux"],
        ];
        let mut found = 0;
        at_every_token(
            [
                RELATIVE_PRONOUNS.join(" "),
                "de ses ces dé a à ÉTAT.".to_string(),
            ],
            |sent, i| {
                for words in lists {
                    let general = sent.is(i, words);
                    assert_eq!(among(sent.tokens.word_bytes(i), words), general, "{i}");
                    found += usize::from(general);
                }
            },
        );
        assert!(found > RELATIVE_PRONOUNS.len(), "the text has the words");
    }
}
