//! One trigger, several events: one per counterpart, per agent of a
//! passive, per person of a coordinated subject, per stop of a tour, and
//! both ways for an exchange of decorations.

use super::trigger::TriggerContext;
use super::Extractor;
use crate::analysis::Cand;
use crate::coordination::{
    coordinated_persons, countries_of_a_plural_title, subject_behind_companion, tour_stops,
};
use crate::discourse::identity;
use crate::lexicon::Frame;
use crate::model::{Actor, Event, EventType, Role};
use crate::raw::Raw;
use crate::subtype::Subtype;

impl Extractor<'_> {
    /// The events of one trigger: one per principal counterpart.
    pub(crate) fn build(&self, cx: &mut TriggerContext<'_, '_>) -> Vec<Event> {
        if let Some(each) = self.build_coordinated(cx) {
            return each;
        }
        let Some(event) = self.build_one(cx) else {
            return Vec::new();
        };
        if matches!(
            event.kind,
            EventType::Agreement | EventType::Visit | EventType::Activity
        ) {
            return vec![event];
        }
        let with_role = |role: Role| -> Vec<&Actor> {
            event.actors.iter().filter(|a| a.role == role).collect()
        };
        let (sources, targets) = (with_role(Role::Source), with_role(Role::Target));
        // Several agents of a passive ("reçu par A, B et C"): one event each.
        if targets.len() == 1 && sources.len() > 1 && cx.raw.m.trigger.frame == Frame::Passive {
            return one_per(&event, &sources, Role::Target);
        }
        if targets.len() <= 1 {
            return vec![event];
        }
        one_per(&event, &targets, Role::Source)
    }

    /// "Les présidents X, Y et Z sont arrivés", "MM. X et Y ont été faits
    /// commandeurs": one event per person of a coordinated subject, for the
    /// frames whose subject is the visitor or the decorated; one per stop
    /// of a tour; both ways for "X et Y ont échangé leurs décorations".
    /// `None` when the trigger is one event.
    fn build_coordinated(&self, cx: &mut TriggerContext<'_, '_>) -> Option<Vec<Event>> {
        let variants = exchange_both_ways(cx.raw)
            .or_else(|| guest_variants(cx.raw))
            .or_else(|| tour_variants(cx))
            .or_else(|| coordinated_subject_variants(cx))?;
        Some(
            variants
                .iter()
                .filter_map(|one| self.build_one(&mut cx.with_raw(one)))
                .collect(),
        )
    }
}

/// Copies of `event`, one per actor of `each`, keeping the actors of role
/// `kept` in all of them.
fn one_per(event: &Event, each: &[&Actor], kept: Role) -> Vec<Event> {
    each.iter()
        .map(|one| {
            let mut e = event.clone();
            e.actors
                .retain(|a| a.role == kept || identity(a) == identity(one));
            e
        })
        .collect()
}

/// "X et Y ont échangé leurs décorations": each decorates the other.
fn exchange_both_ways<'l>(raw: &Raw<'l>) -> Option<Vec<Raw<'l>>> {
    let trigger = raw.m.trigger;
    if trigger.kind != EventType::Award || trigger.subtype != Subtype::Exchange {
        return None;
    }
    let mut back = raw.clone();
    std::mem::swap(&mut back.args.sources, &mut back.args.targets);
    Some(vec![raw.clone(), back])
}

/// "en présence des présidents X, Y et Z": each guest attended.
fn guest_variants<'l>(raw: &Raw<'l>) -> Option<Vec<Raw<'l>>> {
    if raw.m.trigger.frame != Frame::Guests || raw.args.sources.len() < 2 {
        return None;
    }
    Some(one_per_subject(
        raw,
        raw.args.sources.iter().collect(),
        true,
    ))
}

/// "une tournée qui le mènera au Ghana, au Togo et au Bénin": one visit
/// per stop.
fn tour_variants<'l>(cx: &TriggerContext<'_, 'l>) -> Option<Vec<Raw<'l>>> {
    let raw = cx.raw;
    let trigger = raw.m.trigger;
    if trigger.frame != Frame::SubjDest || trigger.kind != EventType::Visit {
        return None;
    }
    let stops = tour_stops(cx.sent, &raw.args.destinations);
    if stops.is_empty() {
        return None;
    }
    let variants = stops
        .into_iter()
        .map(|stop| {
            let mut one = raw.clone();
            one.args.destinations = vec![stop.clone()];
            one
        })
        .collect();
    Some(variants)
}

/// One reading per person of a coordinated subject that visits or is
/// decorated; `None` when the subject is one person.
fn coordinated_subject_variants<'l>(cx: &TriggerContext<'_, 'l>) -> Option<Vec<Raw<'l>>> {
    let (raw, sent) = (cx.raw, cx.sent);
    let trigger = raw.m.trigger;
    let subject_is_source = match trigger.frame {
        Frame::SubjDest if trigger.kind == EventType::Visit => true,
        Frame::AwardPassive => false,
        _ => return None,
    };
    let subject = if subject_is_source {
        &raw.args.sources
    } else {
        &raw.args.targets
    };
    let [only] = subject.as_slice() else {
        return None;
    };
    let head = sent
        .cands
        .iter()
        .find(|c| c.start == only.start && c.end == only.end)?;
    let subject: &Cand = if subject_is_source {
        subject_behind_companion(sent, head, raw.args.clause_start)
    } else {
        head
    };
    let countries = countries_of_a_plural_title(sent, head);
    if subject_is_source && !countries.is_empty() {
        return Some(one_per_subject(raw, countries, true));
    }
    let people = coordinated_persons(sent, subject, raw.args.clause_start);
    if people.len() < 2 && std::ptr::eq(subject, head) {
        return None;
    }
    Some(one_per_subject(raw, people, subject_is_source))
}

/// One reading of `raw` per member of a coordinated subject, as its source
/// or its target.
fn one_per_subject<'l>(raw: &Raw<'l>, members: Vec<&Cand>, as_source: bool) -> Vec<Raw<'l>> {
    members
        .into_iter()
        .map(|member| {
            let mut one = raw.clone();
            if as_source {
                one.args.sources = vec![member.clone()];
            } else {
                one.args.targets = vec![member.clone()];
            }
            one
        })
        .collect()
}
