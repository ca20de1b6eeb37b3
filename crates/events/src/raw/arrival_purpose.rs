//! "est arrivé à Alger pour prendre part au sommet": the arrival reports
//! the visit, and attending the event it came for is the visit's purpose,
//! not an activity of its own.

use crate::analysis::Sentence;
use crate::lexicon::TriggerMatch;
use crate::model::EventType;
use crate::subtype::Subtype;

/// How far before "pour" the arrival verb may stand: "sont arrivés ce
/// mardi à Alger pour", "est arrivé vendredi soir à Dakar, la capitale,
/// pour".
const ARRIVAL_REACH: usize = 10;

/// Drop the attendances of `matches` that are an arrival's purpose.
pub(super) fn drop_arrival_purposes(sent: &Sentence, matches: &mut Vec<TriggerMatch<'_>>) {
    matches.retain(|m| !is_arrival_purpose(sent, m));
}

/// An attendance trigger right after "pour", with an arrival verb shortly
/// before it in the same sentence.
fn is_arrival_purpose(sent: &Sentence, m: &TriggerMatch<'_>) -> bool {
    if m.trigger.kind != EventType::Activity || m.trigger.subtype != Subtype::Attend {
        return false;
    }
    let Some(pour) = m.start.checked_sub(1).filter(|&p| sent.is(p, &["pour"])) else {
        return false;
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
