//! Pronoun candidates: subjects (`il`, `elles`) and the object pronouns
//! before a verb (`lui a transmis`, `l'a reçu`, `les recevra`).

use super::Scan;
use crate::analysis::{Cand, CandKind, Sentence, AUXILIARIES};

impl Scan<'_> {
    /// Subject pronouns, and the indirect object `lui` before an
    /// auxiliary: "Il lui a transmis …" — it stands for the other party of
    /// the last exchange and is never the clause's subject. `w` is token
    /// `i`'s word.
    pub(super) fn pronoun_at(&self, i: usize, w: &[u8]) -> Option<(Option<Cand>, usize)> {
        let sent = self.sent;
        if (w == b"lui" && auxiliary_at(sent, i + 1)) || self.object_clitic_at(i, w) {
            let mut c = self.cand(i, i + 1, CandKind::Pronoun);
            c.complement = true;
            return Some((Some(c), i + 1));
        }
        if !matches!(w, b"il" | b"elle" | b"ils" | b"elles") {
            return None;
        }
        // "Il y a" is not a pronoun subject of an event.
        let pronoun = (!sent.is(i + 1, &["y"])).then(|| self.cand(i, i + 1, CandKind::Pronoun));
        Some((pronoun, i + 1))
    }

    /// "X l'a reçu", "X les recevra", "X la rencontrera": an object
    /// pronoun right before an auxiliary or a verb in the future, which an
    /// article never is. `w` is token `i`'s word.
    fn object_clitic_at(&self, i: usize, w: &[u8]) -> bool {
        let sent = self.sent;
        if !matches!(w, b"l" | b"le" | b"la" | b"les") {
            return false;
        }
        let Some(next) = sent.tokens.get(i + 1) else {
            return false;
        };
        let v = sent.tokens.word_bytes(i + 1);
        let future = !next.capitalized
            && v.len() > 5
            && (v.ends_with(b"ra") || v.ends_with(b"ront") || v.ends_with(b"rait"));
        future || (auxiliary_at(sent, i + 1) && !sent.is(i + 1, &["est", "sont", "etait"]))
    }
}

/// The words [`Sentence::is_auxiliary`] accepts, as written.
/// [`Sentence::is_auxiliary`], first ruling out by its folded word a token
/// that is none: an auxiliary as written is lowercase ASCII, which folds
/// to itself, and the folded word is at hand where the written one must
/// be sliced from the text.
fn auxiliary_at(sent: &Sentence, i: usize) -> bool {
    sent.is(i, AUXILIARIES) && sent.is_auxiliary(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::word_table::tests::at_every_token;

    #[test]
    fn auxiliaries_are_found_as_the_general_way_finds_them() {
        let more = "Il a dit, elle est venue, ils ont vu, elles sont là, il avait su, \
                    elles avaient lu ; A à À a-t-il, ONT Ont est-ce, « a » (a).";
        let mut found = 0;
        at_every_token([more.to_string()], |sent, i| {
            let general = sent.is_auxiliary(i);
            assert_eq!(auxiliary_at(sent, i), general, "{i} in {}", sent.text);
            found += usize::from(general);
        });
        assert!(found > AUXILIARIES.len(), "the text has auxiliaries");
    }
}
