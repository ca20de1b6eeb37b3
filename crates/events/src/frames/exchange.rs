//! Frames of exchanges between two sides: a verb with its objects
//! (`a rencontré X`, `s'est entretenu avec X`), a passive (`a été reçu par
//! X`) and a pair (`entre X et Y`, `a coprésidé avec Y`).

use super::subject::{fronted_subject, is_subject, main_clause_subject};
use super::Args;
use super::{clause_start, object_end, objects, Site};
use crate::analysis::{Cand, CandKind, Sentence};
use crate::lexicon::TriggerMatch;
use crate::model::EventType;
use depeche_names::EntityKind;

/// How far after a co-chairing trigger "avec" may stand: "a coprésidé
/// mardi à Hanoï avec …" puts a day and a place between.
const COCHAIR_AVEC_REACH: usize = 6;

/// How far after "avec" the co-chair's name may start: a title ("le
/// Premier ministre") comes first.
const COCHAIR_NAME_REACH: usize = 4;

/// "X a rencontré A et B", "X s'est entretenu avec A": the subject meets
/// the objects.
pub(crate) fn subject_object(site: &Site<'_, '_>, args: &mut Args) {
    let (sent, m) = (site.sent, site.m);
    // "la distinction qu'il a reçue, en exprimant sa gratitude au roi": the
    // verb's object is the relative's antecedent, and no one named after it.
    let direct = matches!(m.trigger.frame, crate::lexicon::Frame::SubjObj);
    args.targets = if direct && object_of_a_relative(sent, m.start) {
        Vec::new()
    } else {
        objects(sent, m.end, site.next_trigger)
    };
    if args.targets.is_empty() {
        args.targets.extend(object_clitic(sent, m.start).cloned());
    }
    if args.targets.is_empty() {
        args.targets
            .extend(relative_antecedent(sent, m.start).cloned());
    }
    if let Some(subject) = cleft_subject(sent, m) {
        args.sources.push(subject.clone());
        return;
    }
    if let Some((subject, frame_end)) = main_clause_subject(sent, m.start, m.end) {
        if args.targets.iter().any(|t| t.end <= frame_end) {
            args.targets.retain(|t| t.end <= frame_end);
            args.sources.push(subject);
            return;
        }
    }
    args.sources.extend(
        site.default_subject()
            .or_else(|| fronted_subject(sent, m.start, &args.targets)),
    );
}

/// "X l'a reçu", "X ne les recevra pas": the object pronoun right before
/// the trigger (a negation may stand between), who stands for the other
/// party of the story.
fn object_clitic(sent: &Sentence, start: usize) -> Option<&Cand> {
    let at = |k: usize| {
        sent.cands.iter().find(|c| {
            c.kind == CandKind::Pronoun && c.start == k && sent.is(k, &["l", "le", "la", "les"])
        })
    };
    let before = start.checked_sub(1)?;
    at(before).or_else(|| {
        let k = before.checked_sub(1)?;
        sent.is(before, &["ne", "n"]).then(|| at(k)).flatten()
    })
}

/// "l'ambassadeur d'Algérie, X, que le président a reçu au palais", "X,
/// qu'il avait rencontré la veille": with no object after the verb, the
/// person right before the relative "que" opening its clause is the one
/// met.
fn relative_antecedent(sent: &Sentence, start: usize) -> Option<&Cand> {
    let que = clause_start(sent, start).checked_sub(1)?;
    if !sent.is(que, &["que", "qu"]) {
        return None;
    }
    let end = if que > 0 && sent.is(que - 1, &[","]) {
        que - 1
    } else {
        que
    };
    sent.cands.iter().find(|c| {
        c.end == end
            && !c.complement
            && matches!(
                c.kind,
                CandKind::Named(EntityKind::Person) | CandKind::Description
            )
    })
}

/// How many tokens a relative's subject may span before its verb: "qu'il
/// a reçue", "que le président algérien Abdelmadjid Tebboune a reçu".
const RELATIVE_SUBJECT_REACH: usize = 7;

/// Whether the trigger at `start` opens a clause whose object is a relative
/// "que" after a noun phrase ("la distinction qu'il a reçue", "le message
/// que le président a reçu"), not a completive one after a verb ("a
/// déclaré qu'il a reçu le ministre", "Le communiqué précise que le roi a
/// reçu …"): the noun's determiner stands right before it or one adjective
/// apart, and does not open its own clause — a noun phrase opening the
/// clause is the subject of the verb "que" follows.
fn object_of_a_relative(sent: &Sentence, start: usize) -> bool {
    let Some(que) = clause_start(sent, start).checked_sub(1) else {
        return false;
    };
    // Only a subject stands between the relative and its verb.
    if !sent.is(que, &["que", "qu"]) || que == 0 || start - que > RELATIVE_SUBJECT_REACH {
        return false;
    }
    let noun = que - 1;
    let is_word = |i: usize| sent.word(i).chars().all(char::is_alphabetic);
    let determiner = [noun.checked_sub(1), noun.checked_sub(2)]
        .into_iter()
        .flatten()
        .find(|&d| sent.is(d, crate::analysis::DETERMINERS));
    is_word(noun)
        && !sent.cands.iter().any(|c| c.start <= noun && noun < c.end)
        && !crate::speaker::is_speech_verb(sent.word(noun))
        && determiner.is_some_and(|d| clause_start(sent, d) != d)
}

/// "c'est par téléphone que, lundi, il a discuté avec X": a cleft trigger
/// holds its subject between "que" and the verb.
fn cleft_subject<'s>(sent: &'s Sentence, m: &TriggerMatch<'_>) -> Option<&'s Cand> {
    let que = (m.start..m.end).find(|&i| sent.is(i, &["que", "qu"]))?;
    if !(m.start..que).any(|i| sent.is(i, &["telephone"])) {
        return None;
    }
    sent.cands
        .iter()
        .find(|c| c.start > que && c.end < m.end && is_subject(c))
}

/// "a été reçu par le roi X, le président Y et le Premier ministre Z": the
/// subject is received, the agents receive.
pub(crate) fn passive(site: &Site<'_, '_>, args: &mut Args) {
    let (sent, m) = (site.sent, site.m);
    match received_after_noun(sent, m) {
        Some(guest) => args.targets.push(guest.clone()),
        None => args.targets.extend(site.default_subject()),
    }
    // A pattern that goes on after "par" ("a été invité par X à
    // effectuer") holds the agent inside it.
    let inner_par = (m.start..m.end.saturating_sub(1))
        .rev()
        .find(|&i| sent.is(i, &["par"]));
    args.sources = match inner_par {
        Some(par) => objects(sent, par + 1, m.end),
        None => objects(sent, m.end, site.next_trigger),
    };
}

/// Nouns of a reception told with its agent: "la réception de X par Y".
const RECEPTION_NOUNS: &[&str] = &["reception", "audience"];

/// "la réception de X et de son épouse par l'empereur": a reception told
/// by a noun names the one received right after it, in a complement.
fn received_after_noun<'s>(sent: &'s Sentence, m: &TriggerMatch<'_>) -> Option<&'s Cand> {
    // The noun stands after its article.
    if !sent.is(m.start + 1, RECEPTION_NOUNS) {
        return None;
    }
    sent.cands
        .iter()
        .filter(|c| c.start > m.start && c.end < m.end)
        .filter(|c| {
            c.kind == CandKind::Named(EntityKind::Person) || c.kind == CandKind::Description
        })
        .min_by_key(|c| c.start)
}

/// "présidée par X et Y", "entre X et Y", "X a coprésidé avec Y": the two
/// people of a joint act.
pub(crate) fn pair(site: &Site<'_, '_>, args: &mut Args) {
    let sent = site.sent;
    let cochair = is_cochair(site);
    let with = cochair_after_avec(site);
    if let (true, Some(subject)) = (cochair, site.default_subject()) {
        args.sources.push(subject);
        args.targets.extend(with.cloned());
        return;
    }
    // "ont déclaré X et Y lors de leur rencontre": else the sentence's people.
    let everyone = || -> Vec<Cand> {
        sent.cands
            .iter()
            .filter(|c| c.is_person_like() && !c.complement && c.kind != CandKind::Pronoun)
            .cloned()
            .collect()
    };
    if let [first, second, ..] = named_after(site).as_slice() {
        args.sources.push(first.clone());
        args.targets.push(second.clone());
    } else if let [first, second, ..] = everyone().as_slice() {
        args.sources.push(first.clone());
        args.targets.push(second.clone());
    } else if let Some(both) = both_sides_given_to(site) {
        args.sources.push(both.clone());
    } else {
        args.sources.extend(site.default_subject());
    }
}

/// "L'honneur est revenu aux deux présidents d'échanger les colliers":
/// the two sides an exchange of decorations falls to, named before it in
/// a complement.
fn both_sides_given_to<'s>(site: &Site<'s, '_>) -> Option<&'s Cand> {
    if site.m.trigger.kind != EventType::Award {
        return None;
    }
    site.sent
        .cands
        .iter()
        .find(|c| c.kind == CandKind::BothParties && c.end <= site.m.start)
}

/// "X a coprésidé avec Y la session": the trigger is a co-chairing verb.
fn is_cochair(site: &Site<'_, '_>) -> bool {
    (site.m.start..site.m.end).any(|i| {
        let w = site.sent.word(i);
        w.starts_with("copresid") || w.starts_with("co-presid")
    })
}

/// The one named after "avec" near the trigger: who the subject co-chairs
/// with, if named.
fn cochair_after_avec<'s>(site: &Site<'s, '_>) -> Option<&'s Cand> {
    let (sent, m) = (site.sent, site.m);
    (m.start..(m.end + COCHAIR_AVEC_REACH).min(sent.tokens.len()))
        .filter(|&i| sent.is(i, &["avec"]))
        .find_map(|i| {
            sent.cands
                .iter()
                .find(|c| c.start > i && c.start <= i + COCHAIR_NAME_REACH && c.is_person_like())
        })
}

/// People named after the trigger, up to the end of its object region or,
/// if further, the next trigger.
fn named_after(site: &Site<'_, '_>) -> Vec<Cand> {
    let (sent, m) = (site.sent, site.m);
    let region_end = object_end(sent, m.end, site.next_trigger).max(site.limit());
    sent.cands
        .iter()
        .filter(|c| c.start >= m.end && c.end <= region_end)
        .filter(|c| c.is_person_like() && !c.complement)
        .cloned()
        .collect()
}
