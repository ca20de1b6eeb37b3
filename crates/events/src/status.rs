//! Status, negation and background from the words around a trigger.
//!
//! Tense and modality decide whether an event happened (`a signé`), is
//! under way (`est en visite`), is planned (`signera`, `devrait signer`,
//! `la prochaine destination`) or only proposed (`a proposé de signer`,
//! `souhaite signer`). Negation (`n'a pas signé`, `aucun accord`) removes
//! the event. The cue words live in `data/cues.tsv`.

use crate::analysis::{data_rows, Sentence};
use crate::model::Status;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Future,
    Proposed,
    Negation,
    NegationEnd,
    Background,
    Generic,
    UnderWay,
}

fn cues() -> &'static HashMap<String, Cue> {
    static C: std::sync::OnceLock<HashMap<String, Cue>> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        data_rows(include_str!("../data/cues.tsv"))
            .filter_map(|(word, cue)| {
                let cue = match cue {
                    "future" => Cue::Future,
                    "proposed" => Cue::Proposed,
                    "negation" => Cue::Negation,
                    "negation_end" => Cue::NegationEnd,
                    "background" => Cue::Background,
                    "generic" => Cue::Generic,
                    "under_way" => Cue::UnderWay,
                    _ => return None,
                };
                Some((word.to_string(), cue))
            })
            .collect()
    })
}

fn cue(sent: &Sentence, i: usize) -> Option<Cue> {
    cues().get(sent.word(i)).copied()
}

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
        || matches!(word, "sera" | "seront")
}

/// Whether token `i` is the future of `avoir` opening a future, not a
/// future perfect: "aura des rencontres", "aura lieu", but "aura été".
fn future_have(sent: &Sentence, i: usize) -> bool {
    sent.is(i, &["aura", "auront"])
        && !(i + 1..i + 3).any(|k| sent.is(k, &["ete"]) || sent.written_participle(k))
}

/// Whether the finite verb that governs a noun or an infinitive trigger at
/// `start` is a future: "assisteront à la cérémonie de signature",
/// "aura, le 6 septembre, des rencontres", "effectuera une visite guidée …,
/// avant de s'entretenir avec". Looking left stops at a past-tense
/// auxiliary or the clause's start.
fn governed_by_future(sent: &Sentence, start: usize, clause_start: usize) -> bool {
    (clause_start.max(start.saturating_sub(14))..start)
        .rev()
        .take_while(|&i| !sent.is_auxiliary(i) && !sent.is(i, &[";", ":", "qui", "dont"]))
        .any(|i| {
            let w = sent.word(i);
            is_future_form(w) || future_have(sent, i)
        })
}

/// Whether a word is an infinitive (`signer`, `rencontrer`, `venir`).
/// Whether the infinitive at `start` says what something is for: "pour
/// coprésider", "afin de signer", or coordinated after such an infinitive
/// ("pour entamer une visite et coprésider la réunion").
pub(crate) fn in_purpose_clause(sent: &Sentence, start: usize) -> bool {
    // "arrive aux États-Unis pour des entretiens avec le président".
    if start >= 2
        && sent.is(start - 1, &["des", "un", "une", "de"])
        && sent.is(start - 2, &["pour"])
    {
        return true;
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
    (start.saturating_sub(12)..start.saturating_sub(1))
        .rev()
        .take_while(|&i| !sent.is_auxiliary(i) && !sent.is(i, &[",", ";"]))
        .any(|i| purpose(i) && is_infinitive(sent.word(i + 1)))
}

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

/// What the words around a trigger say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reading {
    /// The status, or `None` when the event is negated.
    pub status: Option<Status>,
    /// Whether a background cue (pluperfect, `anniversaire`, …) is present.
    pub background_cue: bool,
}

/// Read the status of a trigger at tokens `[start, end)`, whose clause
/// starts at `clause_start`. `inherited` is the status of an earlier
/// trigger of the same sentence, used by bare infinitives in a list
/// (`devrait rencontrer X, visiter Y`).
pub(crate) fn read(
    sent: &Sentence,
    start: usize,
    end: usize,
    clause_start: usize,
    default: Status,
    inherited: Option<Status>,
) -> Reading {
    let mut status = default;
    // "a en effet effectué une visite": the participle folds like the
    // present "effectue", but reports the visit whole.
    if default == Status::Ongoing
        && cue(sent, start) == Some(Cue::UnderWay)
        && !sent.written_plain(start)
    {
        status = Status::Occurred;
    }
    let default = status;
    let mut background_cue = false;
    let window_start = clause_start.max(start.saturating_sub(8));
    let mut negated = false;
    // Whether a modal word before the trigger decided ("prévoient de signer").
    let mut cued = false;
    for i in window_start..start {
        // "le programme de la visite": the visit has a programme; it is
        // not planned for that.
        let programme_of = sent.is(i, &["programme"]) && sent.is(i + 1, &["de", "du", "des"]);
        match cue(sent, i) {
            Some(Cue::Future) if !programme_of => {
                status = Status::Planned;
                cued = true;
            }
            Some(Cue::Proposed) => {
                status = Status::Proposed;
                cued = true;
            }
            Some(Cue::Negation) if i + 4 >= start => {
                negated = (i..end + 3).any(|k| cue(sent, k) == Some(Cue::NegationEnd));
            }
            _ if future_have(sent, i) => {
                status = Status::Planned;
                cued = true;
            }
            _ => {}
        }
    }
    // "sera quant à lui reçu par", "seront signés": a future passive.
    if (start.saturating_sub(4).max(clause_start)..start)
        .rev()
        .take_while(|&i| !sent.is_auxiliary(i))
        .any(|i| sent.is(i, &["sera", "seront"]))
    {
        status = Status::Planned;
        cued = true;
    }
    // "des mécanismes de consultation politique": an institution, no event.
    if (start.saturating_sub(3)..start).any(|i| cue(sent, i) == Some(Cue::Generic)) {
        negated = true;
    }
    // "aucun accord n'a été signé" / "aucun document".
    if sent.is(start.saturating_sub(3), &["aucun", "aucune"])
        || sent.is(start.saturating_sub(2), &["aucun", "aucune"])
    {
        negated = true;
    }
    if (start..end.min(start + 3)).any(|i| is_future_form(sent.word(i))) {
        status = Status::Planned;
    }
    // "avant de s'entretenir avec": the infinitive after its pronoun.
    let infinitive = is_infinitive(sent.word(start))
        || sent.is(start, &["s", "se"]) && is_infinitive(sent.word(start + 1));
    if status == default && !cued && infinitive {
        if let Some(inherited) = inherited {
            status = inherited;
        }
    }
    // Background words right around the trigger ("l'anniversaire de la visite").
    let near_end = (end + 3).min(sent.tokens.len());
    if (start.saturating_sub(4).max(clause_start)..near_end)
        .any(|i| cue(sent, i) == Some(Cue::Background))
    {
        background_cue = true;
    }
    // "prochaine" / "prochain" right after the trigger ("la visite prochaine").
    if (end..(end + 3).min(sent.tokens.len()))
        .any(|i| sent.is(i, &["prochain", "prochaine", "prochainement"]))
    {
        status = Status::Planned;
    }
    // A noun trigger takes the tense of the verb that follows it: "la
    // session de la commission mixte se tiendra à Dakar", "les entretiens
    // sont prévus lundi".
    // A present participle ("entamant sa visite") shares the tense of its
    // main verb, never that of a relative clause after it.
    let verbal = (start..end).any(|i| sent.is_auxiliary(i) || sent.is(i, &["s", "se"]))
        || is_future_form(sent.word(start))
        || is_infinitive(sent.word(start))
        || sent.word(start).ends_with("ant");
    // A noun or an infinitive takes the tense of the future verb that
    // governs it.
    let finite = verbal && !infinitive;
    if !finite && status == default && !cued && governed_by_future(sent, start, clause_start) {
        status = Status::Planned;
    }
    // A noun trigger is under way when it is the object of a present-tense
    // verb: "effectue du 23 au 24 juin une visite d'État", "la visite de
    // travail qu'il effectue en Turquie".
    if !verbal && status == Status::Occurred {
        let governing = (clause_start.max(start.saturating_sub(12))..start)
            .rev()
            .take_while(|&i| !sent.is_auxiliary(i))
            .any(|i| cue(sent, i) == Some(Cue::UnderWay) && sent.written_plain(i));
        // The relative's subject may follow its verb: "la visite d'État
        // qu'effectue le président au Qatar".
        let relative = (end..(end + 6).min(sent.tokens.len()))
            .take_while(|&i| !sent.is_auxiliary(i))
            .any(|i| {
                cue(sent, i) == Some(Cue::UnderWay)
                    && sent.written_plain(i)
                    && i >= 1
                    && (sent.is(i - 1, &["qu", "que"])
                        || i >= 2
                            && sent.is(i - 1, &["il", "elle", "ils", "elles"])
                            && sent.is(i - 2, &["qu", "que"]))
            });
        // "a entamé, depuis samedi, une visite officielle": a visit begun
        // is under way until the text says it ended.
        let begun = sent.word(start).starts_with("visite")
            && (clause_start.max(start.saturating_sub(8))..start).any(|i| {
                sent.is(i, &["entame", "debute", "commence"])
                    && (i >= 1 && sent.is(i - 1, &["a", "ont"])
                        || i >= 2 && sent.is(i - 2, &["a", "ont"]))
            });
        if governing || relative || begun {
            status = Status::Ongoing;
        }
    }
    // "Durant sa visite au Laos, il devrait rencontrer …": the visit frames
    // what is planned; it is not planned itself.
    // "Cette visite … contribuera à": a demonstrative points back at an
    // event already told; what it will bring is not its tense.
    let framing = (start.saturating_sub(4)..start)
        .any(|i| sent.is(i, &["durant", "pendant", "lors", "cours", "cadre"]))
        || (start >= 1 && sent.is(start - 1, &["cette", "ce", "cet"]))
        || sent.is(start, &["cette", "ce", "cet"]);
    // "a débuté sa visite par une rencontre avec X": a noun that is the
    // complement of a finite verb of its clause has that verb's tense, save
    // for what the noun phrase itself says ("la visite …, prévue …").
    let governed = (clause_start..start).any(|i| sent.is_auxiliary(i));
    if !verbal && !framing && status == default {
        // The first verb after the noun phrase decides; an auxiliary
        // ("ont eu lieu", "a été") means it is not future.
        for i in end..(end + 16).min(sent.tokens.len()) {
            let future_verb = !governed && is_future_form(sent.word(i));
            if future_verb || sent.is(i, &["prevu", "prevue", "prevus", "prevues"]) {
                status = Status::Planned;
                break;
            }
            // "une visite de courtoisie … est également prévue".
            if sent.is(i, &["est", "sont"])
                && (i + 1..i + 3).any(|k| sent.is(k, &["prevu", "prevue", "prevus", "prevues"]))
            {
                status = Status::Planned;
                break;
            }
            // "où il coprésidera", "qui se tiendra": a relative clause has
            // its own tense.
            if sent.is_auxiliary(i) || sent.is(i, &[";", ":", "ou", "dont"]) {
                break;
            }
        }
    }
    Reading {
        status: if negated { None } else { Some(status) },
        background_cue,
    }
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
