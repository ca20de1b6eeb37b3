//! One trigger to one event: resolve its actors, shape them by event type,
//! then date, locate and code the result.

use super::agreement::shape_agreement;
use super::award::shape_award;
use super::exchange::{shape_activity, shape_invitation, shape_meeting};
use super::Extractor;
use crate::analysis::{Cand, Sentence};
use crate::coding::{cameo, plover};
use crate::dates::event_date;
use crate::discourse::{identity, Discourse};
use crate::lexicon::Frame;
use crate::model::{Actor, Event, EventType, Evidence, Location, Role};
use crate::placing::{
    explicit_location, ongoing_if_under_way, other_country, sent_text, visit_status_at_dispatch,
};
use crate::raw::Raw;
use crate::seats::seat_location;
use crate::subtype::Subtype;
use depeche_names::shared;
use depeche_names::EntityKind;
use depeche_parse::DateValue;
use depeche_parse::Span;

/// Everything one trigger is read against: the trigger with its raw
/// arguments, its sentence, the segment's discourse and the dispatch date.
pub(crate) struct TriggerContext<'c, 'l> {
    pub raw: &'c Raw<'l>,
    pub sent: &'c Sentence,
    /// Mutable: a trigger's subject is who "il" means next.
    pub discourse: &'c mut Discourse,
    pub dispatch_date: Option<&'c DateValue>,
    /// The country of the dateline's place ("Djibouti, 8 juillet (ADI)").
    pub dateline_country: Option<&'c str>,
}

impl<'l> TriggerContext<'_, 'l> {
    /// The same sentence, discourse and date for another reading of the
    /// trigger (one person of a coordinated subject, one stop of a tour).
    pub fn with_raw<'v>(&'v mut self, raw: &'v Raw<'l>) -> TriggerContext<'v, 'l> {
        TriggerContext {
            raw,
            sent: self.sent,
            discourse: self.discourse,
            dispatch_date: self.dispatch_date,
            dateline_country: self.dateline_country,
        }
    }
}

/// An event being built: what the trigger says, reshaped by its type.
pub(crate) struct Draft {
    pub kind: EventType,
    pub subtype: Subtype,
    pub sources: Vec<Actor>,
    pub targets: Vec<Actor>,
    pub location: Option<Location>,
}

impl Extractor<'_> {
    /// The event of one trigger, or `None` when the trigger names no
    /// event once its actors are known.
    pub(crate) fn build_one(&self, cx: &mut TriggerContext<'_, '_>) -> Option<Event> {
        let mut draft = resolve_actors(cx);
        promote_site_visit(cx.raw, &mut draft);
        promote_phone_call(cx.sent, cx.raw, &mut draft);
        match draft.kind {
            EventType::Visit => self.shape_visit(cx, &mut draft)?,
            EventType::Agreement => shape_agreement(cx, &mut draft)?,
            EventType::Meeting => shape_meeting(cx, &mut draft)?,
            EventType::Activity => shape_activity(cx, &mut draft),
            EventType::Award => shape_award(cx, &mut draft)?,
            EventType::Invitation => shape_invitation(cx, &mut draft)?,
            EventType::Intent | EventType::Appeal | EventType::Praise => {}
        }
        self.finish(cx, draft)
    }

    /// Roles, countries, date, status, place and codes of a shaped draft.
    fn finish(&self, cx: &TriggerContext<'_, '_>, mut draft: Draft) -> Option<Event> {
        if draft.sources.is_empty() {
            return None;
        }
        settle_roles_and_countries(cx, &mut draft);
        let raw = cx.raw;
        let pluperfect = cx.sent.is(raw.m.start, &["avait", "avaient"]);
        // "assistera aux célébrations du 70e anniversaire": an anniversary
        // attended is the act itself, no reference to an older one — unless
        // the act is told in the pluperfect.
        let cue = raw.background_cue && (draft.kind != EventType::Activity || pluperfect);
        let (date, background) = event_date(
            cx.sent,
            raw.m.start,
            raw.m.end,
            draft.kind,
            raw.status,
            cue,
            cx.dispatch_date,
        );
        // An act recalled from another time in the pluperfect ("il y a cinq
        // ans, il avait participé au", "en 1919, il avait assisté à") is no
        // part of the delegation's doings told here. A date elsewhere in
        // the sentence ("l'accord entré en vigueur en 2020") or an
        // anniversary attended ("les célébrations du 70e anniversaire")
        // alone does not make the act a recollection.
        if background && pluperfect && draft.kind == EventType::Activity {
            return None;
        }
        let status = ongoing_if_under_way(draft.kind, raw.status, &date, cx.dispatch_date, cx.sent);
        let status = if draft.kind == EventType::Visit {
            visit_status_at_dispatch(status, &date, cx.dispatch_date, cx.sent, raw.m.start)
        } else {
            status
        };
        // An invitation's place is the invited visit's, not the invitation's.
        if draft.location.is_none() && draft.kind != EventType::Invitation {
            draft.location = self.place_of(cx, &draft, background);
        }
        let Draft {
            kind,
            subtype,
            sources,
            targets,
            location,
        } = draft;
        let mut actors = sources;
        actors.extend(targets);
        let year = cx.dispatch_date.and_then(|d| match d {
            DateValue::Single(p) | DateValue::Range(p, _) => p.year,
        });
        self.bodies
            .clear_countries(self.registry, cx.sent, &mut actors, year);
        Some(Event {
            kind,
            cameo: cameo(kind, subtype).map(str::to_string),
            plover: plover(kind, subtype, status),
            subtype: Some(subtype),
            status,
            background,
            actors,
            location,
            date,
            evidence: vec![Evidence {
                text: sent_text(cx.sent),
                span: cx.sent.span,
            }],
            rule: raw.m.trigger.rule.clone(),
        })
    }

    /// Where an event with no place of its own happened: the place its
    /// sentence names, else the host of the dispatch's visit when the
    /// event belongs to that visit.
    fn place_of(
        &self,
        cx: &TriggerContext<'_, '_>,
        draft: &Draft,
        background: bool,
    ) -> Option<Location> {
        // A call joins two places: a place the sentence names is a topic
        // ("a évoqué la situation en Ukraine"), not where it was held.
        if draft.subtype == Subtype::Phone {
            return None;
        }
        let d = &*cx.discourse;
        let named = explicit_location(cx.sent, &cx.raw.args);
        named.or_else(|| seat_location(cx.sent)).or_else(|| {
            let involves_visit = draft.kind == EventType::Agreement
                || d.visitor().is_some_and(|v| {
                    let vid = identity(v);
                    draft
                        .sources
                        .iter()
                        .chain(draft.targets.iter())
                        .any(|a| identity(a) == vid)
                });
            let useful = !background
                && draft.kind != EventType::Invitation
                && draft.subtype != Subtype::Phone;
            d.host()
                .map(str::to_string)
                .filter(|_| involves_visit && useful)
                .map(|h| self.country_location(&h))
        })
    }
}

/// The trigger's sources and targets as actors, and the pronoun carry-over:
/// this sentence's subject is "il" next time — the one received, in "X a
/// été reçu par Y".
fn resolve_actors(cx: &mut TriggerContext<'_, '_>) -> Draft {
    let raw = cx.raw;
    let d = &mut *cx.discourse;
    let trigger = raw.m.trigger;
    let resolve = |cands: &[Cand], role: Role| -> Vec<Actor> {
        cands
            .iter()
            .flat_map(|c| d.resolve(c, raw.sentence, role))
            .collect()
    };
    let mut sources = resolve(&raw.args.sources, Role::Source);
    let mut targets = resolve(&raw.args.targets, Role::Target);
    let person = |a: &&Actor| a.kind == Some(EntityKind::Person) && !a.group;
    // "X a été décoré par Y. Il …": the subject of a passive is X.
    let passive = matches!(trigger.frame, Frame::Passive | Frame::AwardPassive);
    if passive {
        own_counterparts(d, &raw.args.sources, &mut sources, targets.first());
    } else {
        own_counterparts(d, &raw.args.targets, &mut targets, sources.first());
    }
    let (subject, other) = if passive {
        (targets.first(), sources.first())
    } else {
        (sources.first(), targets.first())
    };
    if let Some(s) = subject.filter(person) {
        d.note_exchange(s, other.filter(person));
    }
    Draft {
        kind: trigger.kind,
        subtype: trigger.subtype,
        sources,
        targets,
        location: None,
    }
}

/// "Il a décerné l'ordre à son homologue": a "son homologue" naming no
/// country is the subject's counterpart; "Y lui a remis en retour": an
/// object pronoun that came out as the subject is the other one of the
/// last exchange. `resolved` holds one actor per candidate, else (a
/// candidate gave several) it is left as it is.
fn own_counterparts(
    d: &Discourse,
    cands: &[Cand],
    resolved: &mut [Actor],
    subject: Option<&Actor>,
) {
    let Some(subject) = subject else {
        return;
    };
    if cands.len() != resolved.len() {
        return;
    }
    let named: Vec<String> = resolved.iter().map(|a| identity(a).into_owned()).collect();
    let own = identity(subject);
    for (i, (c, a)) in cands.iter().zip(resolved.iter_mut()).enumerate() {
        if identity(a) == own {
            if let Some(other) = d.other_of_last_pair(c, subject, a.role) {
                *a = other;
                continue;
            }
        }
        let beside: Vec<String> = named
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, n)| n.clone())
            .collect();
        if let Some(other) = d.counterpart_of(c, subject, &beside, a.role) {
            *a = other;
        }
    }
}

/// A site visit to a country named right after the trigger is a visit.
fn promote_site_visit(raw: &Raw<'_>, draft: &mut Draft) {
    if draft.kind != EventType::Activity || draft.subtype != Subtype::SiteVisit {
        return;
    }
    if crate::frames::country_right_after(&raw.args.destinations, raw.m.end) {
        draft.kind = EventType::Visit;
        draft.subtype = Subtype::Official;
    }
}

/// How far past a meeting trigger the phone may be named: "s'est
/// entretenu lundi avec son homologue japonais, Shigeru Ishiba, par
/// téléphone".
const PHONE_REACH: usize = 16;

/// Talks held by phone are a call: "se sont entretenus lundi par
/// téléphone", "a discuté avec X au téléphone", "c'est par téléphone
/// qu'il a discuté avec Y". The phone is named in the trigger's clause.
fn promote_phone_call(sent: &Sentence, raw: &Raw<'_>, draft: &mut Draft) {
    let talk = matches!(
        draft.subtype,
        Subtype::Talks | Subtype::Meeting | Subtype::Working
    );
    if draft.kind != EventType::Meeting || !talk {
        return;
    }
    let from = raw.args.clause_start.saturating_sub(3);
    let to = (raw.m.end + PHONE_REACH).min(sent.tokens.len());
    let by_phone = (from..to).any(|i| {
        (sent.is(i, &["par", "au"]) && sent.is(i + 1, &["telephone"]))
            || sent.word(i).starts_with("telephoniquement")
    });
    if by_phone {
        draft.subtype = Subtype::Phone;
    }
}

/// Every actor takes its role; in a bilateral dispatch, a counterpart whose
/// country nothing in the text gives belongs to the other side.
fn settle_roles_and_countries(cx: &TriggerContext<'_, '_>, draft: &mut Draft) {
    let d = &*cx.discourse;
    // One actor read twice (an agent that is also an object of its
    // fronted participle) stands once.
    let mut seen: Vec<(Option<Span>, String)> = Vec::new();
    draft.sources.retain(|a| {
        let key = (a.span, a.text.clone());
        let new = a.span.is_none() || !seen.contains(&key);
        seen.push(key);
        new
    });
    for a in &mut draft.sources {
        a.role = Role::Source;
    }
    for a in &mut draft.targets {
        a.role = Role::Target;
    }
    let source_country = draft.sources.iter().find_map(|a| a.country.clone());
    let target_country = draft.targets.iter().find_map(|a| a.country.clone());
    // Where the meeting is held, or the host of the dispatch's visit,
    // says it first: "a rencontré à Dakar le président du Sénat".
    if draft.targets.iter().any(|a| a.country.is_none()) {
        let place_country = explicit_location(cx.sent, &cx.raw.args)
            .and_then(|l| l.country)
            .or_else(|| d.host().map(shared))
            .filter(|c| Some(c) != source_country.as_ref());
        for a in draft.targets.iter_mut().filter(|a| a.country.is_none()) {
            a.country = place_country
                .clone()
                .or_else(|| other_country(d, source_country.as_deref()));
        }
    }
    for a in draft.sources.iter_mut().filter(|a| a.country.is_none()) {
        a.country = target_country
            .as_deref()
            .and_then(|t| other_country(d, Some(t)));
    }
}
