//! Verb forms read from folded words: futures and conditionals,
//! infinitives, and infinitives of purpose.

use crate::analysis::Sentence;

/// How far back the finite verb governing a noun or an infinitive may
/// stand: "effectuera une visite guidée de la vieille ville et du musée
/// national, avant de s'entretenir" puts a long object between.
const GOVERNING_VERB_WINDOW: usize = 14;

/// How far back "pour" may open the purpose clause of an infinitive
/// coordinated after another ("pour entamer une visite officielle et
/// coprésider").
const PURPOSE_WINDOW: usize = 12;

/// Whether a verb form is a French simple future or conditional
/// (`effectuera`, `signeront`, `se rendra`, `recevrait`).
pub(crate) fn is_future_form(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "era", "eront", "ira", "iront", "rait", "raient", "ra", "ront",
    ];
    word.len() > 4
        && ENDINGS.iter().any(|e| word.ends_with(e))
        && !word.ends_with("tra")
        && !matches!(
            word,
            "contra" | "extra" | "sera" | "seront" | "aura" | "auront"
        )
        || matches!(word, "sera" | "seront" | "fera" | "ira")
}

/// Whether token `i` is the future of `avoir` opening a future, not a
/// future perfect: "aura des rencontres", "aura lieu", but "aura été".
pub(super) fn future_have(sent: &Sentence, i: usize) -> bool {
    sent.is(i, &["aura", "auront"])
        && !(i + 1..i + 3).any(|k| sent.is(k, &["ete"]) || sent.written_participle(k))
}

/// Whether the finite verb that governs a noun or an infinitive trigger at
/// `start` is a future: "assisteront à la cérémonie de signature",
/// "aura, le 6 septembre, des rencontres", "effectuera une visite guidée …,
/// avant de s'entretenir avec". Looking left stops at a past-tense
/// auxiliary or the clause's start.
pub(super) fn governed_by_future(sent: &Sentence, start: usize, clause_start: usize) -> bool {
    future_within(sent, start, clause_start, GOVERNING_VERB_WINDOW)
}

fn future_within(sent: &Sentence, start: usize, clause_start: usize, window: usize) -> bool {
    let governed = (clause_start.max(start.saturating_sub(window))..start)
        .rev()
        .take_while(|&i| !sent.is_auxiliary(i) && !sent.is(i, &[";", ":", "qui", "dont"]))
        .any(|i| {
            // "Ouattara", "Sakura": a name is no verb, whatever its ending.
            let name = sent.tokens.get(i).is_some_and(|t| t.capitalized) && i > clause_start;
            let w = sent.word(i);
            !name && (is_future_form(w) || future_have(sent, i))
        });
    // "il sera reçu par le président X, président de la République, avant
    // d'effectuer une visite de courtoisie": what comes "avant de" shares
    // the tense of the verb it follows, however long that verb's object.
    governed
        || (start.saturating_sub(INFINITIVE_REACH)..start)
            .find(|&k| {
                is_infinitive(sent.word(k))
                    && k >= 2
                    && sent.is(k - 1, &["de", "d"])
                    && sent.is(k - 2, &["avant"])
            })
            .is_some_and(|k| future_within(sent, k - 2, clause_start, AVANT_DE_REACH))
}

/// How far back from "avant de" its governing verb may stand: the verb's
/// object may hold a title in apposition.
const AVANT_DE_REACH: usize = 30;

/// How far before a noun trigger the infinitive governing it may stand:
/// "avant d'effectuer une visite de courtoisie".
const INFINITIVE_REACH: usize = 3;

/// Whether the infinitive at `start` says what something is for: "pour
/// coprésider", "afin de signer", or coordinated after such an infinitive
/// ("pour entamer une visite et coprésider la réunion").
pub(crate) fn in_purpose_clause(sent: &Sentence, start: usize) -> bool {
    // "se rendra à Monrovia pour les célébrations": a trigger opening on
    // "pour" names what a journey is made for.
    if sent.is(start, &["pour"]) {
        return true;
    }
    // "arrive aux États-Unis pour des entretiens avec le président" — but
    // "se sont retrouvés au palais pour un entretien": gathering for talks
    // tells the talks.
    if start >= 2
        && sent.is(start - 1, &["des", "un", "une", "de"])
        && sent.is(start - 2, &["pour"])
    {
        let gathered = (start.saturating_sub(2 + PURPOSE_WINDOW)..start - 2).any(|i| {
            ["retrouv", "reuni", "isole"]
                .iter()
                .any(|p| sent.word(i).starts_with(p))
        });
        return !gathered;
    }
    if !is_infinitive(sent.word(start)) {
        return false;
    }
    let purpose = |i: usize| {
        sent.is(i, &["pour"]) || (sent.is(i, &["de"]) && i >= 1 && sent.is(i - 1, &["afin"]))
    };
    if start >= 1 && purpose(start - 1) {
        return true;
    }
    if start == 0 || !sent.is(start - 1, &["et"]) {
        return false;
    }
    (start.saturating_sub(PURPOSE_WINDOW)..start.saturating_sub(1))
        .rev()
        .take_while(|&i| !sent.is_auxiliary(i) && !sent.is(i, &[",", ";"]))
        .any(|i| purpose(i) && is_infinitive(sent.word(i + 1)))
}

/// Heads of an agenda: "au programme", "au menu", "selon le programme",
/// "selon l'agenda", "selon le calendrier".
const AGENDA_HEADS: &[&str] = &["programme", "menu", "agenda", "calendrier"];

/// Marks after which a sentence's own opening starts: the sentence's
/// start, or the dash after a dateline.
const OPENING_MARKS: &[&str] = &["-", "–", "—"];

/// Whether the trigger at `start` is an item of an agenda the sentence
/// opens with: "Au programme : une rencontre avec …", "Selon le
/// programme, le président assiste au forum et s'entretient avec …". The
/// items come after the heading's colon or comma; the heading's own nouns
/// ("au programme de la visite") are not items.
pub(crate) fn agenda_item(sent: &Sentence, start: usize) -> bool {
    let Some(opening) = (0..start).find(|&i| {
        (i == 0 || sent.is(i - 1, OPENING_MARKS))
            && (sent.is(i, &["au"]) && sent.is(i + 1, AGENDA_HEADS)
                || sent.is(i, &["selon", "d", "conformement"])
                    && (i + 1..i + 4).any(|k| sent.is(k, AGENDA_HEADS)))
    }) else {
        return false;
    };
    (opening..start).any(|i| sent.is(i, &[":", ","]))
        && !(opening..start).any(|i| sent.is_auxiliary(i))
}

/// Whether a word is an infinitive (`signer`, `rencontrer`, `venir`).
pub(crate) fn is_infinitive(word: &str) -> bool {
    word.len() > 3
        && (word.ends_with("er") || word.ends_with("ir") || word.ends_with("re"))
        && !matches!(
            word,
            "premier"
                | "hier"
                | "leur"
                | "entre"
                | "notre"
                | "votre"
                | "autre"
                | "contre"
                | "lettre"
                | "centre"
                | "titre"
                | "cadre"
                | "ordre"
                | "membre"
                | "ministre"
                | "chambre"
                | "nombre"
                | "mer"
                | "rencontre"
                | "rencontres"
                | "guerre"
                | "frontiere"
                | "affaire"
                | "dossier"
                | "secteur"
                | "conseiller"
                | "dernier"
                | "entier"
                | "pilier"
                | "quartier"
                | "avenir"
                | "plaisir"
                | "souvenir"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn future_forms() {
        for w in [
            "effectuera",
            "signeront",
            "rendra",
            "recevrait",
            "coprésidera",
            "fera",
            "ira",
        ] {
            assert!(is_future_form(&crate::tokens::fold_word(w)), "{w}");
        }
        for w in ["extra", "contra", "centre", "signe", "a"] {
            assert!(!is_future_form(w), "{w}");
        }
    }

    #[test]
    fn infinitives() {
        assert!(is_infinitive("rencontrer"));
        assert!(is_infinitive("venir"));
        assert!(!is_infinitive("ministre"));
        assert!(!is_infinitive("premier"));
        assert!(!is_infinitive("rencontre"));
        assert!(!is_infinitive("avenir"));
    }
}
