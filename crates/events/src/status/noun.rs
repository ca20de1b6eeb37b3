//! The tense of a noun trigger ("la visite", "les entretiens"): that of the
//! verb governing it or of the first verb after it.

use super::words::{governed_by_future, is_future_form, is_infinitive};
use super::{
    cue, Around, Cue, Tense, BEGUN_WINDOW, FOLLOWING_VERB_REACH, FRAMING_WINDOW,
    PLANNED_PARTICIPLES, UNDER_WAY_GOVERNING_WINDOW, UNDER_WAY_RELATIVE_REACH,
};
use crate::analysis::Sentence;
use crate::grammar::DEMONSTRATIVES;
use crate::grammar::SUBJECT_PRONOUNS;
use crate::model::Status;

/// Words of a phrase that frames what follows: "durant sa visite", "au
/// cours de", "lors de", "dans le cadre de", "à l'issue de", "au terme de".
const FRAMING_WORDS: &[&str] = &[
    "durant", "pendant", "lors", "cours", "cadre", "issue", "terme",
];

/// Participles of beginning: "a entamé", "a débuté", "a commencé".
const BEGINNING_PARTICIPLES: &[&str] = &["entame", "debute", "commence"];

impl Around<'_> {
    /// A noun or an infinitive takes the tense of the future verb that
    /// governs it; a noun is under way as the object of a present-tense
    /// verb, and planned when the verb after it is a future.
    pub(super) fn noun_tense(&self, tense: &mut Tense, infinitive: bool) {
        let verbal = self.is_verbal();
        let finite = verbal && !infinitive;
        if !finite
            && tense.untouched()
            && governed_by_future(self.sent, self.start, self.clause_start)
        {
            tense.status = Status::Planned;
        }
        if !verbal && tense.status == Status::Occurred && self.under_way() {
            tense.status = Status::Ongoing;
        }
        if !verbal
            && !self.framed()
            && tense.status == tense.default
            && (self.planned_by_following_verb() || self.fronted_before_future())
        {
            tense.status = Status::Planned;
        }
    }

    /// "Après une conférence de presse, un déjeuner officiel et une
    /// allocution devant les étudiants, le président s'envolera pour
    /// Almaty": the items of a fronted "après"/"avant" phrase take the
    /// tense of the main verb, however long the list before it.
    fn fronted_before_future(&self) -> bool {
        let sent = self.sent;
        let Some(opening) = (0..self.start)
            .find(|&i| sent.word(i).chars().all(char::is_alphanumeric) && !sent.word(i).is_empty())
        else {
            return false;
        };
        if !sent.is(opening, &["apres", "avant"]) {
            return false;
        }
        let verb_before = (opening + 1..self.start).any(|i| {
            sent.is_auxiliary(i) || sent.is(i, &["s", "se"]) || is_future_form(sent.word(i))
        });
        if verb_before {
            return false;
        }
        (self.end..sent.tokens.len())
            .find_map(|i| {
                let capitalized = sent.tokens.get(i).is_some_and(|t| t.capitalized);
                if sent.is_auxiliary(i) {
                    Some(false)
                } else if !capitalized && is_future_form(sent.word(i)) {
                    Some(true)
                } else {
                    None
                }
            })
            .unwrap_or(false)
    }

    /// Whether the trigger is a verb form: with an auxiliary or a reflexive
    /// ("a signé", "s'est entretenu"), a future, an infinitive, or a
    /// present participle ("entamant sa visite", which shares the tense of
    /// its main verb, never that of a relative clause after it).
    fn is_verbal(&self) -> bool {
        let (sent, start) = (self.sent, self.start);
        (start..self.end).any(|i| sent.is_auxiliary(i) || sent.is(i, &["s", "se"]))
            || is_future_form(sent.word(start))
            || is_infinitive(sent.word(start))
            || sent.word(start).ends_with("ant")
    }

    /// A noun trigger is under way when it is the object of a present-tense
    /// verb ("effectue du 23 au 24 juin une visite d'État"), of a relative's
    /// present verb ("la visite de travail qu'il effectue en Turquie"), or
    /// a visit begun and not said to have ended.
    fn under_way(&self) -> bool {
        self.governed_by_present()
            || self.relative_present()
            || self.begun()
            || apposed_visit(self.sent, self.start)
    }

    fn governed_by_present(&self) -> bool {
        let (sent, start) = (self.sent, self.start);
        (self
            .clause_start
            .max(start.saturating_sub(UNDER_WAY_GOVERNING_WINDOW))..start)
            .rev()
            .take_while(|&i| !sent.is_auxiliary(i))
            .any(|i| cue(sent, i) == Some(Cue::UnderWay) && sent.written_plain(i))
    }

    /// The relative's subject may follow its verb: "la visite d'État
    /// qu'effectue le président au Qatar".
    fn relative_present(&self) -> bool {
        let sent = self.sent;
        (self.end..(self.end + UNDER_WAY_RELATIVE_REACH).min(sent.tokens.len()))
            .take_while(|&i| !sent.is_auxiliary(i))
            .any(|i| {
                cue(sent, i) == Some(Cue::UnderWay)
                    && sent.written_plain(i)
                    && i >= 1
                    && (sent.is(i - 1, &["qu", "que"])
                        || i >= 2
                            && sent.is(i - 1, SUBJECT_PRONOUNS)
                            && sent.is(i - 2, &["qu", "que"]))
            })
    }

    /// "a entamé, depuis samedi, une visite officielle": a visit begun is
    /// under way until the text says it ended.
    fn begun(&self) -> bool {
        let (sent, start) = (self.sent, self.start);
        sent.word(start).starts_with("visite")
            && (self.clause_start.max(start.saturating_sub(BEGUN_WINDOW))..start).any(|i| {
                sent.is(i, BEGINNING_PARTICIPLES)
                    && (i >= 1 && sent.is(i - 1, &["a", "ont"])
                        || i >= 2 && sent.is(i - 2, &["a", "ont"]))
            })
    }

    /// "Durant sa visite au Laos, il devrait rencontrer …": the visit frames
    /// what is planned; it is not planned itself. "Cette visite …
    /// contribuera à": a demonstrative points back at an event already
    /// told; what it will bring is not its tense.
    fn framed(&self) -> bool {
        let (sent, start) = (self.sent, self.start);
        (start.saturating_sub(FRAMING_WINDOW)..start).any(|i| sent.is(i, FRAMING_WORDS))
            || (start >= 1 && sent.is(start - 1, DEMONSTRATIVES))
            || sent.is(start, DEMONSTRATIVES)
    }

    /// "la session de la commission mixte se tiendra à Dakar", "les
    /// entretiens sont prévus lundi": the first verb after the noun phrase
    /// decides; an auxiliary ("ont eu lieu", "a été") means it is not
    /// future. "a débuté sa visite par une rencontre avec X": a noun that
    /// is the complement of a finite verb of its clause has that verb's
    /// tense, save for what the noun phrase itself says ("la visite …,
    /// prévue …").
    fn planned_by_following_verb(&self) -> bool {
        let sent = self.sent;
        let governed = (self.clause_start..self.start).any(|i| sent.is_auxiliary(i));
        for i in self.end..(self.end + FOLLOWING_VERB_REACH).min(sent.tokens.len()) {
            // "Mamadou Tangara" is a name, not a future in "-ra".
            let capitalized = sent.tokens.get(i).is_some_and(|t| t.capitalized);
            let future_verb = !governed && !capitalized && is_future_form(sent.word(i));
            if future_verb || sent.is(i, PLANNED_PARTICIPLES) {
                return true;
            }
            // "une visite de courtoisie … est également prévue".
            if sent.is(i, &["est", "sont"])
                && (i + 1..i + 3).any(|k| sent.is(k, PLANNED_PARTICIPLES))
            {
                return true;
            }
            // "où il coprésidera", "qui se tiendra": a relative clause has
            // its own tense.
            if sent.is_auxiliary(i) || sent.is(i, &[";", ":", "ou", "dont"]) {
                return false;
            }
        }
        false
    }
}

/// "a reçu Y, en visite de travail en Algérie", "Y, actuellement en visite
/// d'État au Panama,": "en visite" set beside a name, with no verb of its
/// own, tells where that person is now. After a verb of movement ("s'est
/// rendu en visite officielle") it is the trip's manner, and takes that
/// verb's tense.
pub(crate) fn apposed_visit(sent: &Sentence, start: usize) -> bool {
    // The trigger may start at "en" or at the noun.
    let noun = if sent.is(start, &["en"]) {
        start + 1
    } else {
        start
    };
    let Some(en) = noun.checked_sub(1).filter(|&i| sent.is(i, &["en"])) else {
        return false;
    };
    let Some(before) = en.checked_sub(1) else {
        return false;
    };
    sent.word(noun).starts_with("visite")
        && (sent.tokens.get(before).is_some_and(|t| t.capitalized)
            || sent.word(before) == ","
            || sent.is(before, &["actuellement"]))
}
