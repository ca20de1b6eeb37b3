//! Triggers that are part of another trigger's event: a reception that is
//! an award, a visit that is an invitation's content, a signing verb and
//! the document it names, a noun and the verb whose object it is.

use crate::analysis::Sentence;
use crate::lexicon::{Frame, TriggerMatch};
use crate::model::EventType;
use crate::status;
use crate::subtype::Subtype;

/// How far after an invitation's pattern a visit is what is invited to:
/// "a invité X à effectuer une visite".
const INVITED_VISIT_REACH: usize = 3;

/// How far after an invitation its content goes on: "a invité X à se
/// rendre à Moscou pour assister aux cérémonies du 9 mai".
const INVITATION_CONTENT_REACH: usize = 20;

/// How far after an activity an agreement trigger is what it attends: "a
/// assisté à la signature".
const ATTENDED_SIGNING_REACH: usize = 3;

/// How far past a signing verb the document it names may start: "ont
/// signé un accord", "ont adopté une déclaration commune".
const SIGNED_DOCUMENT_REACH: usize = 2;

/// How far after a named document a coordination with more documents is
/// looked for ("la déclaration conjointe et plusieurs accords").
const MORE_DOCUMENTS_WINDOW: usize = 12;

/// How far after "et" the next document noun may stand ("et plusieurs
/// autres accords de coopération").
const COORDINATED_DOCUMENT_REACH: usize = 7;

/// How far back a document noun makes a meeting noun its topic: "un
/// mémorandum sur les consultations politiques".
const DOCUMENT_TOPIC_WINDOW: usize = 4;

/// How far after a verb a noun trigger of the same event is its object:
/// "coprésidera la 45e réunion".
const VERB_OBJECT_REACH: usize = 3;

/// Drop the triggers of `matches` that only repeat or detail another
/// trigger's event.
pub(super) fn keep_events_of_their_own(sent: &Sentence, matches: &mut Vec<TriggerMatch<'_>>) {
    drop_receptions_of_awards(matches);
    drop_invitation_contents(matches);
    drop_attended_signings(sent, matches);
    drop_signings_of_activities(matches);
    drop_signing_verbs_of_documents(sent, matches);
    drop_document_topics(sent, matches);
    drop_objects_of_verbs(sent, matches);
    drop_tributes_with_wreaths(matches);
}

/// "s'était recueilli au Sanctuaire du Martyr, où il a déposé une gerbe":
/// the silence and the wreath are one tribute, told by the wreath.
fn drop_tributes_with_wreaths(matches: &mut Vec<TriggerMatch<'_>>) {
    let wreath = matches
        .iter()
        .any(|m| m.trigger.kind == EventType::Activity && m.trigger.subtype == Subtype::Wreath);
    if wreath {
        matches.retain(|m| {
            !(m.trigger.kind == EventType::Activity && m.trigger.subtype == Subtype::Tribute)
        });
    }
}

/// The token ranges of the triggers of one type.
fn spans_of(matches: &[TriggerMatch<'_>], kind: EventType) -> Vec<(usize, usize)> {
    matches
        .iter()
        .filter(|m| m.trigger.kind == kind)
        .map(|m| (m.start, m.end))
        .collect()
}

/// "a reçu l'Ordre" is an award, not a reception.
fn drop_receptions_of_awards(matches: &mut Vec<TriggerMatch<'_>>) {
    let awards = spans_of(matches, EventType::Award);
    matches.retain(|m| {
        m.trigger.kind == EventType::Award || !awards.iter().any(|&(s, e)| m.start < e && s < m.end)
    });
}

/// "a invité X à effectuer une visite": the visit is the invitation's
/// content, not an event of its own; "a invité X à se rendre à Moscou pour
/// assister aux cérémonies": what follows an invitation is its content.
fn drop_invitation_contents(matches: &mut Vec<TriggerMatch<'_>>) {
    let invitations = spans_of(matches, EventType::Invitation);
    matches.retain(|m| {
        m.trigger.kind != EventType::Visit
            || !invitations
                .iter()
                .any(|&(s, e)| m.start >= s && m.start <= e + INVITED_VISIT_REACH)
    });
    let invited_from: Option<usize> = invitations.iter().map(|&(s, _)| s).min();
    matches.retain(|m| {
        !matches!(m.trigger.kind, EventType::Visit | EventType::Activity)
            || invited_from.is_none_or(|s| m.start < s || m.start > s + INVITATION_CONTENT_REACH)
    });
}

/// "a assisté à la signature / à la remise de documents" is the agreement
/// itself, not an activity. Documents exchanged before the leaders ("ont
/// assisté à l'échange de documents" between ministers) leave them an act
/// of their own.
fn drop_attended_signings(sent: &Sentence, matches: &mut Vec<TriggerMatch<'_>>) {
    let agreements: Vec<usize> = matches
        .iter()
        .filter(|m| m.trigger.kind == EventType::Agreement && !sent.is(m.start, &["echange"]))
        .map(|m| m.start)
        .collect();
    matches.retain(|m| {
        m.trigger.kind != EventType::Activity
            || !agreements
                .iter()
                .any(|&a| a >= m.end && a <= m.end + ATTENDED_SIGNING_REACH)
    });
}

/// "a signé le livre d'or": a signing verb read, from the same first
/// word, as an activity (the guest book) signs no agreement.
fn drop_signings_of_activities(matches: &mut Vec<TriggerMatch<'_>>) {
    let activities = spans_of(matches, EventType::Activity);
    matches.retain(|m| {
        m.trigger.kind != EventType::Agreement
            || !generic_verb(m)
            || !activities.iter().any(|&(s, _)| s == m.start)
    });
}

/// A signing or adoption verb, whose object may be a document with a
/// trigger of its own ("ont adopté une déclaration commune").
fn generic_verb(m: &TriggerMatch<'_>) -> bool {
    matches!(m.trigger.subtype, Subtype::Signing | Subtype::Adoption)
}

/// A noun naming a signed document: `accord(s)`, `mémorandum`, `protocole`,
/// `programme`, `feuille (de route)`, `plan`.
fn is_document_word(w: &str) -> bool {
    [
        "accord",
        "document",
        "memorandum",
        "protocole",
        "programme",
        "feuille",
    ]
    .iter()
    .any(|p| w.starts_with(p))
        || matches!(w, "plan" | "plans")
}

/// "ont signé une déclaration commune": the declaration is what was
/// signed, one agreement — unless more documents are coordinated with it
/// ("la déclaration conjointe et plusieurs accords"): the joint
/// declaration is an agreement of its own.
fn drop_signing_verbs_of_documents(sent: &Sentence, matches: &mut Vec<TriggerMatch<'_>>) {
    let named_documents: Vec<usize> = matches
        .iter()
        .filter(|m| m.trigger.kind == EventType::Agreement && !generic_verb(m))
        .map(|m| m.start)
        .collect();
    let n = sent.tokens.len();
    let more_documents = |from: usize| {
        (from..(from + MORE_DOCUMENTS_WINDOW).min(n)).any(|i| {
            sent.is(i, &["et"])
                && (i + 1..(i + COORDINATED_DOCUMENT_REACH).min(n))
                    .any(|k| is_document_word(sent.word(k)))
        })
    };
    matches.retain(|m| {
        m.trigger.kind != EventType::Agreement
            || !generic_verb(m)
            || !named_documents
                .iter()
                .any(|&a| a > m.start && a <= m.end + SIGNED_DOCUMENT_REACH && !more_documents(a))
    });
}

/// "un mémorandum sur les consultations politiques", "le programme de
/// consultations": what a document is about is not a meeting.
fn drop_document_topics(sent: &Sentence, matches: &mut Vec<TriggerMatch<'_>>) {
    matches.retain(|m| {
        m.trigger.kind != EventType::Meeting
            || m.trigger.frame != Frame::Pair
            || !(m.start.saturating_sub(DOCUMENT_TOPIC_WINDOW)..m.start)
                .any(|i| is_document_word(sent.word(i)))
    });
}

/// "coprésidera la 45e réunion du Comité intergouvernemental": the noun is
/// the verb's object, the same meeting in the verb's tense.
fn drop_objects_of_verbs(sent: &Sentence, matches: &mut Vec<TriggerMatch<'_>>) {
    let verbal_spans: Vec<(usize, EventType, Subtype)> = matches
        .iter()
        .filter(|m| {
            let w = sent.word(m.start);
            m.trigger.frame != Frame::Pair
                || sent.is_auxiliary(m.start)
                || status::is_infinitive(w)
                || status::is_future_form(w)
                || w.starts_with("copresid")
                || w.starts_with("co-presid")
        })
        .map(|m| (m.end, m.trigger.kind, m.trigger.subtype))
        .collect();
    matches.retain(|m| {
        m.trigger.frame != Frame::Pair
            || !verbal_spans.iter().any(|(end, kind, subtype)| {
                *kind == m.trigger.kind
                    && *subtype == m.trigger.subtype
                    && m.start >= *end
                    && m.start <= end + VERB_OBJECT_REACH
            })
    });
}
