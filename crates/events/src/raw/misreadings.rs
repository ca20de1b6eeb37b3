//! Trigger matches the sentence does not hold as read: the preposition
//! "à" taken for the auxiliary "a" ("grâce à sa visite", "quant à la
//! visite"), an activity verb in the passive ("a été dirigé par", "ont été
//! visités"), and an activity noun a demonstrative points back at ("cette
//! conférence de presse"), an event already told, and the act an
//! invitation asks for ("une invitation à prendre part au sommet").

use crate::analysis::Sentence;
use crate::lexicon::TriggerMatch;
use crate::model::EventType;

/// Drop the matches of `matches` that misread their sentence.
pub(super) fn drop_misreadings(sent: &Sentence, matches: &mut Vec<TriggerMatch<'_>>) {
    matches.retain(|m| {
        !preposition_as_auxiliary(sent, m)
            && !passive_activity(sent, m)
            && !activity_told_before(sent, m)
            && !act_invited_to(sent, m)
    });
}

/// An activity pattern opening on "a|ont|…" whose "a" is written "à" (or
/// the capital "A" opening a sentence, where no auxiliary stands).
fn preposition_as_auxiliary(sent: &Sentence, m: &TriggerMatch<'_>) -> bool {
    m.trigger.kind == EventType::Activity
        && m.trigger.opens_with_auxiliary()
        && sent.is(m.start, &["a"])
        && !sent.is_auxiliary(m.start)
}

/// "a été dirigé par", "ont été inaugurés": the subject of a passive
/// undergoes the act, whose doer is not the subject.
fn passive_activity(sent: &Sentence, m: &TriggerMatch<'_>) -> bool {
    m.trigger.kind == EventType::Activity
        && sent.is_auxiliary(m.start)
        && m.start + 1 < m.end
        && sent.is(m.start + 1, &["ete"])
}

/// Demonstratives, plural included: "ces honneurs militaires".
const POINTING_BACK: &[&str] = &["ce", "cet", "cette", "ces"];

/// "pour cette conférence de presse", "ce dîner d'État": a demonstrative
/// before an activity noun points back at an event already told.
fn activity_told_before(sent: &Sentence, m: &TriggerMatch<'_>) -> bool {
    m.trigger.kind == EventType::Activity
        && m.start
            .checked_sub(1)
            .is_some_and(|p| sent.is(p, POINTING_BACK))
}

/// "une invitation à prendre part au sommet", "invités à assister au
/// défilé": the act an invitation asks for, not one done or planned.
fn act_invited_to(sent: &Sentence, m: &TriggerMatch<'_>) -> bool {
    m.trigger.kind == EventType::Activity
        && m.start
            .checked_sub(1)
            .is_some_and(|a| sent.is(a, &["a", "d"]) && !sent.is_auxiliary(a))
        && (m.start.saturating_sub(4)..m.start.saturating_sub(1)).any(|i| {
            let w = sent.word(i);
            w.starts_with("invit") || w.starts_with("convi")
        })
}
