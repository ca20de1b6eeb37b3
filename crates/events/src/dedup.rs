//! Document-level deduplication: the same event reported twice is one event
//! with several evidence spans.

use crate::discourse::{identity, shared_identity};
use crate::model::{Actor, Event, EventType, Status};
use crate::subtype::Subtype;
use depeche_names::EntityKind;
use depeche_parse::Span;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// What tells events apart: their type, whether they are background, the
/// identities of their sides, and their class and whether they are to come.
/// Identities are shared, not copied: a key is made for every event, and
/// again for each event a later one is compared with.
type Key = (EventType, bool, Vec<Arc<str>>, (&'static str, bool));

fn dedup_key(e: &Event) -> Key {
    let mut ids: Vec<Arc<str>> = e.actors.iter().map(shared_identity).collect();
    if e.kind == EventType::Award {
        // One decoration per decorated person and dispatch: the conferrer
        // may be named once as a person and once as the state.
        ids = e
            .actors
            .iter()
            .filter(|a| a.role == crate::model::Role::Target)
            .map(shared_identity)
            .collect();
    }
    if e.kind == EventType::Meeting
        && matches!(
            e.subtype,
            Some(Subtype::Consultation | Subtype::JointCommission)
        )
    {
        // A consultation or joint commission is one session between two
        // countries, whoever it is named by.
        ids = e.actors.iter().filter_map(|a| a.country.clone()).collect();
    }
    if e.kind == EventType::Agreement && !has_signatories(e) {
        // Agreements are between the two countries; what tells two apart is
        // what was signed, or who signed it when the text names them.
        ids = country_ids(e);
    }
    // Who invites whom matters: "X invited Y" and "Y invited X" are two
    // invitations. Other exchanges are the same whichever side is named first.
    if e.kind != EventType::Invitation {
        ids.sort();
    }
    ids.dedup();
    let class = match (e.kind, e.subtype) {
        (EventType::Agreement, Some(Subtype::JointDeclaration | Subtype::Partnership)) => {
            "declaration"
        }
        (EventType::Agreement, _) => "documents",
        (EventType::Activity, Some(s)) => s.as_str(),
        _ => "",
    };
    // What happened and what is only planned are different events.
    let future = matches!(e.status, Status::Planned | Status::Proposed);
    (e.kind, e.background, ids, (class, future))
}

/// Whether two people sign for the agreement: documents "named separately
/// with different parties" are separate agreements.
fn has_signatories(e: &Event) -> bool {
    e.actors
        .iter()
        .filter(|a| a.kind == Some(EntityKind::Person) && !a.group)
        .count()
        >= 2
}

fn country_ids(e: &Event) -> Vec<Arc<str>> {
    let mut ids: Vec<Arc<str>> = e.actors.iter().filter_map(|a| a.country.clone()).collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Whether a second stated date of the same event says it better: an
/// exchange told over "du 9 au 25 décembre" and again "le 25 décembre" is
/// on the 25th; a visit first dated by its arrival day and then by a range
/// that holds that day spans the range.
fn sharper(kind: EventType, old: &crate::model::EventDate, new: &crate::model::EventDate) -> bool {
    use depeche_parse::DateValue;
    let parse = |d: &crate::model::EventDate| d.value.as_deref()?.parse::<DateValue>().ok();
    let (Some(old), Some(new)) = (parse(old), parse(new)) else {
        return false;
    };
    let within = |day: &depeche_parse::PartialDate,
                  from: &depeche_parse::PartialDate,
                  to: &depeche_parse::PartialDate| {
        day.day.is_some()
            && day.year == from.year
            && (from.month, from.day) <= (day.month, day.day)
            && (day.month, day.day) <= (to.month, to.day)
    };
    match (old, new) {
        (DateValue::Range(from, to), DateValue::Single(day)) => {
            kind != EventType::Visit && within(&day, &from, &to)
        }
        (DateValue::Single(day), DateValue::Range(from, to)) => {
            kind == EventType::Visit && within(&day, &from, &to)
        }
        _ => false,
    }
}

/// Whether the visit was read from a trigger saying it ended ("a achevé sa
/// visite", "termine sa visite").
fn ends_visit(e: &Event) -> bool {
    ["termine", "acheve", "conclu"]
        .iter()
        .any(|w| e.rule.contains(w))
}

/// Add `new` to `actors` unless it is already there; a person replaces the
/// bare country actor of their own country (the title said "le Vietnam", the
/// body names the minister).
fn merge_actor(actors: &mut Vec<Actor>, new: Actor) {
    if actors.iter().any(|x| identity(x) == identity(&new)) {
        return;
    }
    let is_country = |a: &Actor| a.kind == Some(EntityKind::Country);
    if is_country(&new) && actors.iter().any(|x| x.country == new.country) {
        return;
    }
    if !is_country(&new) {
        if let Some(slot) = actors
            .iter_mut()
            .find(|x| is_country(x) && x.country == new.country)
        {
            let role = slot.role;
            *slot = new;
            slot.role = role;
            return;
        }
    }
    actors.push(new);
}

/// Merge events with the same type, actors and background flag, keeping
/// the first one's reading and every evidence span. Events of one sentence
/// naming the same agreement twice (a joint declaration establishing a
/// partnership) also merge.
pub(crate) fn deduplicate(events: Vec<Event>) -> Vec<Event> {
    let mut merged = Merged::default();
    for e in events {
        merged.add(e);
    }
    drop_person_less_copies(merged.out)
}

/// The events kept so far, with lookups by key and by sentence that keep
/// deduplication linear in the event count.
#[derive(Default)]
struct Merged {
    out: Vec<Event>,
    by_key: FxHashMap<Key, usize>,
    by_sentence: FxHashMap<Span, Vec<usize>>,
    /// Agreements by their countries: a later mention that names no
    /// signatory ("la déclaration commune souligne …") is the one already
    /// signed by named people.
    by_countries: FxHashMap<Key, usize>,
}

impl Merged {
    /// Merge `e` into the event it repeats, or keep it as a new one.
    fn add(&mut self, e: Event) {
        let key = dedup_key(&e);
        let countries_key =
            (e.kind == EventType::Agreement).then(|| (key.0, key.1, country_ids(&e), key.3));
        match self
            .repeated(&e, &key, countries_key.as_ref())
            .and_then(|i| self.out.get_mut(i))
        {
            Some(existing) => merge_into(existing, e),
            None => {
                let index = self.out.len();
                self.by_key.entry(key).or_insert(index);
                if let Some(k) = countries_key {
                    self.by_countries.entry(k).or_insert(index);
                }
                if let Some(sp) = e.evidence.first().map(|x| x.span) {
                    self.by_sentence.entry(sp).or_default().push(index);
                }
                self.out.push(e);
            }
        }
    }

    /// The index of the kept event that `e` repeats: same key, same
    /// sentence, or an agreement of the same countries.
    fn repeated(&self, e: &Event, key: &Key, countries_key: Option<&Key>) -> Option<usize> {
        let by_sentence = e
            .evidence
            .first()
            .and_then(|ev| self.by_sentence.get(&ev.span))
            .and_then(|idxs| {
                idxs.iter().copied().find(|&i| {
                    self.out
                        .get(i)
                        .is_some_and(|o| same_event_in_sentence(o, e, key))
                })
            });
        let by_key = (e.kind != EventType::Activity)
            .then(|| self.by_key.get(key).copied())
            .flatten();
        let by_countries = countries_key
            .filter(|_| !has_signatories(e))
            .and_then(|k| self.by_countries.get(k).copied());
        by_key.or(by_sentence).or(by_countries)
    }
}

/// Whether `o` and `e`, told in one sentence, are one event: the same
/// agreement ("X et Y ont signé A ; Z et W ont signé B" are two, with their
/// own signatories), the same activity, or a visit the noun and the verb
/// both tell ("sera à Dakar lundi pour une visite officielle").
fn same_event_in_sentence(o: &Event, e: &Event, key: &Key) -> bool {
    let other_signatories = has_signatories(o) && has_signatories(e) && dedup_key(o).2 != key.2;
    let agreement = o.kind == EventType::Agreement
        && e.kind == EventType::Agreement
        && o.background == e.background
        && dedup_key(o).3 == key.3
        && !other_signatories;
    let activity = o.kind == EventType::Activity
        && e.kind == EventType::Activity
        && o.subtype == e.subtype
        && !different_people(o, e);
    let visit = o.kind == EventType::Visit
        && e.kind == EventType::Visit
        && o.background == e.background
        && dedup_key(o).2 == key.2;
    agreement || activity || visit
}

/// Whether each of two acts is one person's, and not the same person's:
/// "en présence des présidents X et Y", each attended.
fn different_people(o: &Event, e: &Event) -> bool {
    fn only_person(ev: &Event) -> Option<std::borrow::Cow<'_, str>> {
        match ev.actors.as_slice() {
            [one] if one.kind == Some(EntityKind::Person) => Some(identity(one)),
            _ => None,
        }
    }
    matches!((only_person(o), only_person(e)), (Some(a), Some(b)) if a != b)
}

/// Fold the repeat `e` into `existing`: its evidence, a better date, the
/// visit's status, and its actors.
fn merge_into(existing: &mut Event, e: Event) {
    let (new_status, new_plover, new_ends) = (e.status, e.plover.clone(), ends_visit(&e));
    for ev in e.evidence {
        // Evidence arrives in text order: a repeat is the last one.
        if existing.evidence.last().map(|x| x.span) != Some(ev.span) {
            existing.evidence.push(ev);
        }
    }
    // A date the text states beats one inherited from the dispatch.
    let stated = |d: &crate::model::EventDate| d.value.is_some() && d.text.is_some();
    if existing.date.value.is_none() && e.date.value.is_some()
        || !stated(&existing.date) && stated(&e.date)
        || stated(&e.date) && sharper(existing.kind, &existing.date, &e.date)
    {
        existing.date = e.date;
    }
    // A visit a verb says is under way ("qui effectue une visite") is under
    // way, though a title first named it without tense — unless a mention
    // says it has ended.
    if existing.kind == EventType::Visit {
        let begins = existing.status == Status::Occurred
            && new_status == Status::Ongoing
            && !ends_visit(existing);
        let ends = existing.status == Status::Ongoing && new_ends;
        if begins || ends {
            existing.status = if begins {
                Status::Ongoing
            } else {
                Status::Occurred
            };
            existing.plover = new_plover;
        }
    }
    for a in e.actors {
        merge_actor(&mut existing.actors, a);
    }
}

/// Whether every side of `weak` is a country (or group of one) that `strong`
/// names through a person of that country: "Le
/// président a reçu l'ambassadeur du Japon, M. Kenji Sato" read once for the
/// country and once for the person is one meeting.
fn is_person_less_copy(weak: &Event, strong: &Event) -> bool {
    // The copy is told in the same sentence, or names no date of its own (a
    // headline announcing what the body tells in full).
    let same_sentence =
        weak.evidence.first().map(|e| e.span) == strong.evidence.first().map(|e| e.span);
    let same_frame = weak.kind == strong.kind
        && weak.background == strong.background
        && weak.status == strong.status
        && (same_sentence || weak.date.text.is_none());
    let is_person = |a: &Actor| a.kind == Some(EntityKind::Person);
    let weak_people = weak.actors.iter().filter(|a| is_person(a)).count();
    let strong_people = strong.actors.iter().filter(|a| is_person(a)).count();
    // Documents listed one by one may each name their own signatories or
    // none; a joint declaration is one a dispatch signs once.
    let declaration = |e: &Event| {
        matches!(
            e.subtype,
            Some(Subtype::JointDeclaration | Subtype::Partnership)
        )
    };
    let same_text = weak.kind != EventType::Agreement
        || declaration(weak) && declaration(strong) && dedup_key(weak).3 == dedup_key(strong).3;
    same_frame
        && same_text
        && strong_people > weak_people
        && weak.actors.len() == strong.actors.len()
        && weak.actors.iter().all(|w| {
            strong.actors.iter().any(|s| {
                identity(s) == identity(w)
                    || w.kind == Some(EntityKind::Country) && !w.group && s.country == w.country
            })
        })
}

/// Drop meetings, visits and agreements that only repeat, without the
/// person, an event that names them ("Brazzaville et Luanda signent un
/// communiqué conjoint" above "les deux chefs d'État ont signé"). Only events with a bare country side can be such a
/// copy, so only those are compared with the others.
fn drop_person_less_copies(events: Vec<Event>) -> Vec<Event> {
    let may_be_copy = |e: &Event| {
        matches!(
            e.kind,
            EventType::Meeting | EventType::Visit | EventType::Agreement
        ) && e
            .actors
            .iter()
            .any(|a| a.kind == Some(EntityKind::Country) && !a.group)
    };
    let copies: Vec<usize> = events
        .iter()
        .enumerate()
        .filter(|(_, weak)| may_be_copy(weak))
        .filter(|&(i, weak)| {
            events
                .iter()
                .enumerate()
                .any(|(j, strong)| i != j && is_person_less_copy(weak, strong))
        })
        .map(|(i, _)| i)
        .collect();
    if copies.is_empty() {
        return events;
    }
    events
        .into_iter()
        .enumerate()
        .filter_map(|(i, e)| (!copies.contains(&i)).then_some(e))
        .collect()
}
