//! An agreement's parties: its two signatories when the text names them,
//! else the dispatch's two countries.

use super::trigger::{Draft, TriggerContext};
use crate::analysis::{CandKind, Sentence};
use crate::discourse::{country_actor, Discourse};
use crate::model::{Actor, Role};
use crate::placing::other_country;
use crate::raw::Raw;
use depeche_names::EntityKind;

/// Words between two named people that make them a meeting's participants
/// or an agent, not one coordinated subject of a signing.
const NOT_COSIGNING: &[&str] = &[
    "avec", "duquel", "dont", "lequel", "laquelle", "lors", "cours", "par",
];

/// "X et son homologue Y ont signé": the signatories, when two people of
/// two countries are named; else the two countries. `None` without two
/// parties.
pub(crate) fn shape_agreement(cx: &TriggerContext<'_, '_>, draft: &mut Draft) -> Option<()> {
    let d = &*cx.discourse;
    let signatories = signatories(cx.sent, cx.raw, d);
    if let [first, second] = signatories.as_slice() {
        draft.sources = vec![first.clone()];
        draft.targets = vec![second.clone()];
    } else {
        let (a, b) = d.pair();
        draft.sources = a.iter().map(|c| country_actor(c, Role::Source)).collect();
        draft.targets = b.iter().map(|c| country_actor(c, Role::Target)).collect();
    }
    (!draft.sources.is_empty() && !draft.targets.is_empty()).then_some(())
}

/// The two people of different countries named as the subject of a signing.
fn signatories(sent: &Sentence, raw: &Raw<'_>, d: &Discourse) -> Vec<Actor> {
    if let Some(par) = passive_agent_marker(sent, raw) {
        return agents_of_a_signing(sent, raw, d, par);
    }
    let from = raw.args.clause_start;
    // "les deux chefs d'État ont signé": each side's person.
    let both = sent
        .cands
        .iter()
        .filter(|c| c.start >= from && c.end <= raw.m.start && !c.complement)
        .find(|c| c.kind == CandKind::BothParties)
        .map(|c| d.resolve(c, raw.sentence, Role::Source));
    if let Some([a, b]) = both.as_deref() {
        if a.kind == Some(EntityKind::Person) && b.kind == Some(EntityKind::Person) {
            let mut b = b.clone();
            b.role = Role::Target;
            return vec![a.clone(), b];
        }
    }
    let person_or_description = |kind: CandKind| {
        matches!(
            kind,
            CandKind::Named(EntityKind::Person) | CandKind::Description
        )
    };
    let mut people: Vec<Actor> = sent
        .cands
        .iter()
        .filter(|c| c.start >= from && c.end <= raw.m.start && !c.complement)
        .filter(|c| person_or_description(c.kind))
        .flat_map(|c| d.resolve(c, raw.sentence, Role::Source))
        .collect();
    one_per_person(&mut people);
    complete_countries(&mut people, d);
    // The two must be one coordinated subject ("X et son homologue Y"), not
    // a meeting's participants followed by "au cours duquel … ont signé".
    let first_start = sent
        .cands
        .iter()
        .find(|c| c.start >= from && person_or_description(c.kind))
        .map_or(raw.m.start, |c| c.start);
    let between = first_start..raw.m.start;
    let coordinated = between.clone().any(|i| sent.is(i, &["et"]))
        && !between.into_iter().any(|i| sent.is(i, NOT_COSIGNING));
    match people.as_slice() {
        [a, b]
            if coordinated
                && a.country.is_some()
                && b.country.is_some()
                && a.country != b.country =>
        {
            let mut b = b.clone();
            b.role = Role::Target;
            vec![a.clone(), b]
        }
        _ => Vec::new(),
    }
}

/// How far after a passive signing its "par" may stand: "a été signé
/// mardi à Doha par" puts a day and a place between.
const AGENT_REACH: usize = 6;

/// The "par" of "l'accord a été signé par X et Y".
fn passive_agent_marker(sent: &Sentence, raw: &Raw<'_>) -> Option<usize> {
    let passive = (raw.m.start..raw.m.end).any(|i| sent.is(i, &["ete"]));
    if !passive {
        return None;
    }
    let end = (raw.m.end + AGENT_REACH).min(sent.tokens.len());
    (raw.m.end..end).find(|&i| sent.is(i, &["par"]))
}

/// "a été signé par le ministre X et son homologue Y": the two people of
/// two countries named after "par", up to the end of the clause.
fn agents_of_a_signing(sent: &Sentence, raw: &Raw<'_>, d: &Discourse, par: usize) -> Vec<Actor> {
    let end = (par..sent.tokens.len())
        .find(|&i| sent.is(i, &[";", ":"]))
        .unwrap_or(sent.tokens.len());
    let mut people: Vec<Actor> = sent
        .cands
        .iter()
        .filter(|c| c.start > par && c.end <= end && !c.complement)
        .filter(|c| c.kind == CandKind::Named(EntityKind::Person))
        .flat_map(|c| d.resolve(c, raw.sentence, Role::Source))
        .collect();
    complete_countries(&mut people, d);
    match people.as_mut_slice() {
        [a, b] if a.country.is_some() && b.country.is_some() && a.country != b.country => {
            b.role = Role::Target;
            vec![a.clone(), b.clone()]
        }
        _ => Vec::new(),
    }
}

/// "Le ministre du Commerce, X, et …": an office and the name in
/// apposition to it are one signatory.
fn one_per_person(people: &mut Vec<Actor>) {
    let mut seen = Vec::new();
    people.retain(|a| {
        let id = crate::discourse::identity(a).into_owned();
        let new = !seen.contains(&id);
        seen.push(id);
        new
    });
}

/// "X, chef du comité, et Y, chef de Sberbank": a signatory the text gives
/// no country signs for the other side of a bilateral dispatch.
fn complete_countries(people: &mut [Actor], d: &Discourse) {
    if let [a, b] = people {
        if a.country.is_none() {
            a.country = other_country(d, b.country.as_deref()).filter(|_| b.country.is_some());
        } else if b.country.is_none() {
            b.country = other_country(d, a.country.as_deref());
        }
    }
}
