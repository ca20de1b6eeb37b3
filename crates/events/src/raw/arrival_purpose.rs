//! "est arrivé à Alger pour prendre part au sommet": the arrival reports
//! the visit, and attending the event it came for is the visit's purpose,
//! not an activity of its own. A journey still ahead or a departure made
//! for a named event ("se rendra à Monrovia pour les célébrations", "a
//! quitté Phnom Penh pour le sommet") is the traveller's planned
//! attendance; "pour le sommet" after no journey attends nothing.

use crate::analysis::Sentence;
use crate::lexicon::TriggerMatch;
use crate::model::EventType;
use crate::subtype::Subtype;

/// How far before "pour" the arrival verb may stand: "sont arrivés ce
/// mardi à Alger pour", "est arrivé vendredi soir à Dakar, la capitale,
/// pour".
const ARRIVAL_REACH: usize = 10;

/// How far after a journey's trigger "pour" and the event it is made for
/// may stand: "se rendra le lendemain samedi à Monrovia pour".
const JOURNEY_PURPOSE_REACH: usize = 10;

/// Drop the attendances of `matches` that are an arrival's purpose, and
/// the events named as a purpose ("pour le sommet") that follow no
/// journey: "les préparatifs pour le sommet" attend nothing.
pub(super) fn drop_arrival_purposes(sent: &Sentence, matches: &mut Vec<TriggerMatch<'_>>) {
    let journeys: Vec<(usize, usize)> = matches
        .iter()
        .filter(|m| m.trigger.kind == EventType::Visit)
        .map(|m| (m.start, m.end))
        .collect();
    matches.retain(|m| {
        let named_purpose = is_named_purpose(sent, m);
        let after_journey = journeys
            .iter()
            .any(|&(start, end)| start < m.start && m.start <= end + JOURNEY_PURPOSE_REACH);
        !is_arrival_purpose(sent, m) && (!named_purpose || after_journey)
    });
}

/// An attendance named as what a journey is for ("pour le sommet"): it
/// ends none of the journey's arguments ("a quitté Phnom Penh pour le
/// sommet de l'ASEAN à Kuala Lumpur" goes to Kuala Lumpur).
pub(super) fn is_named_purpose(sent: &Sentence, m: &TriggerMatch<'_>) -> bool {
    m.trigger.kind == EventType::Activity && sent.is(m.start, &["pour"])
}

/// An attendance trigger right after "pour", with an arrival verb shortly
/// before it in the same sentence.
fn is_arrival_purpose(sent: &Sentence, m: &TriggerMatch<'_>) -> bool {
    if m.trigger.kind != EventType::Activity || m.trigger.subtype != Subtype::Attend {
        return false;
    }
    // "pour prendre part au sommet", or "pour le sommet" itself.
    let pour = if sent.is(m.start, &["pour"]) {
        m.start
    } else {
        match m.start.checked_sub(1).filter(|&p| sent.is(p, &["pour"])) {
            Some(p) => p,
            None => return false,
        }
    };
    (pour.saturating_sub(ARRIVAL_REACH)..pour).any(|i| is_arrival_word(sent.word(i)))
}

/// "arrivé", "arrivée", "arrivés", "arrivées", "arrive", "arrivent".
fn is_arrival_word(word: &str) -> bool {
    matches!(
        word,
        "arrive" | "arrivee" | "arrives" | "arrivees" | "arrivent"
    )
}
