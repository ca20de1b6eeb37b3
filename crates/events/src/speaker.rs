//! Who speaks in a sentence that reports no event.
//!
//! Dispatches alternate exchanges with what each side said: "L'amitié est
//! indéfectible, a dit X … La Chine est prête à …, a affirmé M. He. Il a
//! également rencontré …". The "il" of the last sentence is the last
//! speaker, so the speaker of an eventless sentence carries over like the
//! subject of an event. Speech verbs live in `data/speech_verbs.tsv`.

use crate::analysis::{Cand, CandKind, Sentence};
use crate::word_table::WordTable;
use depeche_names::EntityKind;

/// The speech verbs of the data file: they are looked for at every token
/// of a sentence, and most tokens, none, are told so by one look at a table
/// of the verbs' lengths and first and last letters.
pub(crate) fn speech_verbs() -> &'static WordTable {
    static V: std::sync::OnceLock<WordTable> = std::sync::OnceLock::new();
    V.get_or_init(|| {
        // Every row's second column is `speech`.
        let verbs = crate::data::SPEECH_VERBS
            .pairs_with(|kind| (kind == "speech").then_some(()))
            .unwrap_or_default()
            .into_iter()
            .map(|(word, ())| word);
        WordTable::new(verbs)
    })
}

/// Whether a folded word is a speech verb of `data/speech_verbs.tsv`; the
/// participle of a verb in -er folds like its present ("précisé",
/// "précise"), so "Le communiqué précise que …" is told too.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    speech_verbs().contains(word.as_bytes())
}

fn named_person(c: &Cand) -> bool {
    c.kind == CandKind::Named(EntityKind::Person) && !c.complement
}

/// The last speaker of `sent`: the person after an inverted speech verb
/// ("a affirmé M. He"), or the named subject right before one ("X a
/// souligné"), whichever comes last.
pub(crate) fn last_speaker(sent: &Sentence) -> Option<&Cand> {
    let verbs = speech_verbs();
    let mut found: Option<&Cand> = None;
    for i in 1..sent.tokens.len() {
        if !verbs.contains(sent.word(i).as_bytes()) || !sent.is_auxiliary(i - 1) {
            continue;
        }
        // "a affirmé M. He", "a souligné le président X": a title or
        // "M." may stand between the verb and the name.
        let inverted = sent.cands.iter().find(|c| {
            named_person(c)
                && c.start > i
                && c.start <= i + 4
                && (i + 1..c.start).all(|k| !sent.is(k, &[",", "que", "qu"]))
        });
        let fronted = sent
            .cands
            .iter()
            .find(|c| named_person(c) && (c.end + 1 == i || c.end + 2 == i));
        if let Some(c) = inverted.or(fronted) {
            found = Some(c);
        }
    }
    found
}
