//! What names an honour: the words of decorations and prizes, and the
//! national orders of `data/orders.tsv`.

use crate::analysis::{Cand, Sentence};

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

/// Whether token `i` begins the name of an honour: a word of `HONOURS` or
/// an order of `data/orders.tsv`.
pub(crate) fn names_honour(sent: &Sentence, i: usize) -> bool {
    sent.is(i, HONOURS) || order_at(sent, i).is_some()
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
    let after_honour = c.start.checked_sub(1).is_some_and(|b| sent.is(b, HONOURS))
        || sent.is(c.start, &["wissam", "ouissam"]);
    let longest = crate::analysis::lexicons().orders.longest();
    after_honour
        || (c.start.saturating_sub(longest)..=c.start)
            .any(|i| order_at(sent, i).is_some_and(|len| i + len > c.start))
}
