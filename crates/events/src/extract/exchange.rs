//! Meetings, invitations and activities: who acts, who is met or
//! invited.

use super::trigger::{Draft, TriggerContext};
use crate::analysis::Own;
use crate::discourse::{country_actor, identity};
use crate::envoys::{names_an_envoy, speaks_of_envoys};
use crate::lexicon::Frame;
use crate::model::{Actor, EventType, Role};
use crate::placing::{explicit_location, other_country, repair_self_reference};
use crate::subtype::Subtype;
use depeche_names::shared;
use depeche_names::EntityKind;
use std::borrow::Cow;
use std::sync::Arc;

/// Meeting subtypes that are always between two countries: with no
/// counterpart named, the other country of the dispatch is met.
const BETWEEN_COUNTRIES: &[Subtype] = &[
    Subtype::Consultation,
    Subtype::JointCommission,
    Subtype::Credentials,
];

/// Shapes a meeting: the two parties named as one subject meet each other;
/// meeting one's own embassy or community is an activity. `None` without
/// a counterpart.
pub(crate) fn shape_meeting(cx: &TriggerContext<'_, '_>, draft: &mut Draft) -> Option<()> {
    let d = &*cx.discourse;
    split_joint_subject(cx, draft);
    if draft.subtype == Subtype::Summons {
        shape_summons(cx, draft)?;
    }
    if draft.sources.is_empty() {
        draft.sources.extend(d.main_actor());
    }
    repair_self_reference(d, &mut draft.sources, &draft.targets);
    let source_ids: Vec<Cow<'_, str>> = draft.sources.iter().map(identity).collect();
    draft.targets.retain(|t| !source_ids.contains(&identity(t)));
    let source_country = draft.sources.first().and_then(|a| a.country.clone());
    let raw_targets = &cx.raw.args.targets;
    let own = raw_targets
        .iter()
        .any(|c| c.own.is_some() && (c.country.is_none() || c.country == source_country));
    if own && draft.targets.iter().all(|t| t.group) {
        draft.kind = EventType::Activity;
        draft.subtype = match raw_targets.iter().find_map(|c| c.own) {
            Some(Own::Community) => Subtype::Community,
            _ => Subtype::Embassy,
        };
        draft.targets.clear();
        return Some(());
    }
    for t in draft
        .targets
        .iter_mut()
        .filter(|t| t.group && t.country.is_none())
    {
        t.country = other_country(d, source_country.as_deref());
    }
    if draft.targets.is_empty() && BETWEEN_COUNTRIES.contains(&draft.subtype) {
        let other = other_country(d, source_country.as_deref())?;
        draft.targets.push(country_actor(&other, Role::Target));
    }
    (!draft.targets.is_empty()).then_some(())
}

/// A summons is of an envoy ("a convoqué l'ambassadeur", "le chargé
/// d'affaires a été convoqué"), by the state he is posted to: a ministry
/// named as agent, else the dateline's country. Any other object
/// convoked (a council, a meeting) is no meeting with a foreign side.
fn shape_summons(cx: &TriggerContext<'_, '_>, draft: &mut Draft) -> Option<()> {
    // "Le chargé d'affaires de l'ambassade de France au Burkina, X, a été
    // convoqué": the office may stay in the sentence, off the name.
    let sent = cx.sent;
    let names_envoys = speaks_of_envoys(sent)
        || (0..sent.tokens.len()).any(|i| sent.phrase_at(i, &["charge", "d", "affaires"]));
    let person = |a: &Actor| a.kind == Some(EntityKind::Person) && !a.group;
    draft
        .targets
        .retain(|t| is_envoy(t) || (names_envoys && person(t)));
    if draft.targets.is_empty() {
        return None;
    }
    let envoy_countries: Vec<Option<Arc<str>>> =
        draft.targets.iter().map(|t| t.country.clone()).collect();
    draft.sources.retain(|a| !is_envoy(a));
    if draft.sources.is_empty() {
        let host = cx
            .dateline_country
            .filter(|c| !envoy_countries.iter().any(|e| e.as_deref() == Some(*c)))?;
        draft.sources.push(country_actor(host, Role::Source));
    }
    Some(())
}

/// Whether an actor is an envoy by title or description: an ambassador, a
/// diplomat, a chargé d'affaires.
fn is_envoy(a: &Actor) -> bool {
    let charge_d_affaires = |t: &str| {
        let t = t.to_lowercase();
        t.contains("affaires") && (t.contains("chargé") || t.contains("charge"))
    };
    [a.title.as_deref(), Some(a.text.as_str())]
        .into_iter()
        .flatten()
        .any(|t| names_an_envoy(t) || charge_d_affaires(t))
}

/// "les deux chefs d'État ont eu des entretiens": the two parties named as
/// one subject meet each other, each side its leader in the dispatch when
/// one is named.
fn split_joint_subject(cx: &TriggerContext<'_, '_>, draft: &mut Draft) {
    if !draft.targets.is_empty() || draft.sources.len() != 2 {
        return;
    }
    let countries: Vec<_> = draft.sources.iter().map(|a| a.country.clone()).collect();
    if countries.first() != countries.get(1) {
        draft.targets.extend(draft.sources.pop());
        for a in draft.sources.iter_mut().chain(draft.targets.iter_mut()) {
            cx.discourse.country_to_leader(a);
        }
    }
}

/// Shapes an activity: it has a source only. A joint act ("une conférence
/// de presse conjointe") has both parties as its source, the people named
/// or else the dispatch's two countries.
pub(crate) fn shape_activity(cx: &TriggerContext<'_, '_>, draft: &mut Draft) {
    let d = &*cx.discourse;
    let frame = cx.raw.m.trigger.frame;
    if frame == Frame::Visitor {
        draft.sources = d.visitor().cloned().into_iter().collect();
        // A visitor the text gives no country ("la reine Mathilde") comes
        // from the dispatch's other country than the host.
        let visiting = d.host().and_then(|h| other_country(d, Some(h)));
        for a in draft.sources.iter_mut().filter(|a| a.country.is_none()) {
            a.country.clone_from(&visiting);
        }
    }
    if frame == Frame::Pair {
        draft.sources.extend(draft.targets.drain(..).map(|mut a| {
            a.role = Role::Source;
            a
        }));
        if draft.sources.len() < 2 {
            draft.sources = d.both(Role::Source);
        }
    }
    if frame == Frame::Guests {
        keep_foreign_guests(cx, &mut draft.sources);
        draft.targets.clear();
        return;
    }
    if draft.sources.is_empty() {
        draft.sources.extend(d.main_actor());
    }
    if draft.sources.len() >= 2 {
        joint_act_by_leaders(cx, &mut draft.sources);
    }
    draft.targets.clear();
}

/// A guest of the ceremony's own country attends at home: no act of
/// diplomacy. The ceremony's country is the place its sentence names, else
/// the dateline's, else the host of the dispatch's visit; with none of
/// them, who is foreign there is unknown and no guest is kept.
fn keep_foreign_guests(cx: &TriggerContext<'_, '_>, guests: &mut Vec<Actor>) {
    let here = explicit_location(cx.sent, &cx.raw.args)
        .and_then(|l| l.country)
        .or_else(|| cx.dateline_country.map(shared))
        .or_else(|| cx.discourse.host().map(shared));
    guests.retain(|g| here.is_some() && g.country.is_some() && g.country != here);
}

/// A joint act is the leaders' own, not their countries': "ils
/// participeront à l'inauguration" or a joint press conference with no one
/// named stands for the visitor and the host's most prominent person.
fn joint_act_by_leaders(cx: &TriggerContext<'_, '_>, sources: &mut [Actor]) {
    let d = &*cx.discourse;
    for a in sources.iter_mut() {
        let visitor = d
            .visitor()
            .filter(|v| a.kind == Some(EntityKind::Country) && v.country == a.country);
        match visitor {
            Some(v) => {
                *a = v.clone();
                a.role = Role::Source;
            }
            None => d.country_to_leader(a),
        }
    }
}

/// Shapes an invitation: inviting one's own country is a misread place,
/// not a guest; with no guest named, the dispatch's main actor is invited.
/// `None` without both sides.
pub(crate) fn shape_invitation(cx: &TriggerContext<'_, '_>, draft: &mut Draft) -> Option<()> {
    let d = &*cx.discourse;
    repair_self_reference(d, &mut draft.sources, &draft.targets);
    let source_country = draft.sources.first().and_then(|a| a.country.clone());
    draft
        .targets
        .retain(|t| t.kind != Some(EntityKind::Country) || t.country != source_country);
    if draft.targets.is_empty() {
        draft.targets.extend(d.main_actor().map(|mut a| {
            a.role = Role::Target;
            a
        }));
    }
    (!draft.sources.is_empty() && !draft.targets.is_empty()).then_some(())
}
