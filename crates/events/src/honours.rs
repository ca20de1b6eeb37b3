//! What names an honour: the words of decorations and prizes, and the
//! national orders of `data/orders.tsv`.

use crate::analysis::{Cand, Sentence};
use crate::word_table::WordTable;
use std::sync::OnceLock;

/// What an honour is called: "s'est vu remettre l'ordre", "la médaille",
/// "les clés de la ville", "un doctorat honoris causa".
const HONOURS: &[&str] = &[
    "ordre",
    "ordres",
    "medaille",
    "medailles",
    "insigne",
    "insignes",
    "distinction",
    "distinctions",
    "decoration",
    "decorations",
    "croix",
    "prix",
    "titre",
    "grade",
    "dignite",
    "rang",
    "collier",
    "doctorat",
    "cle",
    "cles",
    "diplome",
    "trophee",
    "citoyennete",
    // The Arabic word for an order, which opens the order's own name: "le
    // Wissam Al Mohammadi", "le Ouissam Al Arch".
    "wissam",
    "ouissam",
];

/// The words of `HONOURS` as a table: every name is checked against them
/// at several tokens, and most tokens share neither length nor first
/// letter with any.
pub(crate) fn honour_words() -> &'static WordTable {
    static WORDS: OnceLock<WordTable> = OnceLock::new();
    WORDS.get_or_init(|| WordTable::new(HONOURS.iter().copied()))
}

/// Whether token `i` is a word of `HONOURS`.
fn is_honour(sent: &Sentence, i: usize) -> bool {
    honour_words().contains(sent.tokens.word_bytes(i))
}

/// Whether token `i` begins the name of an honour: a word of `HONOURS` or
/// an order of `data/orders.tsv`.
pub(crate) fn names_honour(sent: &Sentence, i: usize) -> bool {
    is_honour(sent, i) || order_at(sent, i).is_some()
}

/// The length in tokens of an order of `data/orders.tsv` ("le Ouissam
/// Alaouite", "la Légion d'honneur") starting at token `i`.
fn order_at(sent: &Sentence, i: usize) -> Option<usize> {
    crate::analysis::lexicons()
        .orders
        .first_at(sent, i)
        .map(|(words, _)| words.len())
}

/// Words of an order's name may look like a person's ("du Ouissam
/// Alaouite", "l'ordre Dostyk", "le prix Lénine"): such a candidate is
/// the honour, not who receives it.
pub(crate) fn in_honour_name(sent: &Sentence, c: &Cand) -> bool {
    let after_honour = c.start.checked_sub(1).is_some_and(|b| is_honour(sent, b))
        || sent.is(c.start, &["wissam", "ouissam"]);
    let longest = crate::analysis::lexicons().orders.longest();
    after_honour
        || (c.start.saturating_sub(longest)..=c.start)
            .any(|i| order_at(sent, i).is_some_and(|len| i + len > c.start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::word_table::tests::{at_every_token, sentences_of, with_near_misses};

    #[test]
    fn honours_and_orders_are_found_as_the_general_way_finds_them() {
        // Every honour word and its near misses, and every order of the
        // file.
        let honours_named = with_near_misses(HONOURS)
            .into_iter()
            .map(|w| format!("la {w} Ahmed Attaf."));
        let orders_named = sentences_of(crate::data::ORDERS, |order| {
            format!("Il a reçu le {order} Ahmed Attaf.")
        });
        let rows = orders_named.len();
        let (mut honours, mut orders) = (0, 0);
        at_every_token(orders_named.into_iter().chain(honours_named), |sent, i| {
            let honour = sent.is(i, HONOURS);
            assert_eq!(is_honour(sent, i), honour, "{i} in {}", sent.text);
            let order = crate::analysis::lexicons()
                .orders
                .first_at_by_hash(sent, i)
                .map(|(words, _)| words.len());
            assert_eq!(order_at(sent, i), order, "{i} in {}", sent.text);
            honours += usize::from(honour);
            orders += usize::from(order.is_some());
        });
        assert!(honours >= HONOURS.len(), "honours are found");
        assert!(orders >= rows, "orders are found");
    }
}
