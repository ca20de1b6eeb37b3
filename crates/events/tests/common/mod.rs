//! Helpers shared by the construction-family tests: extract a text written
//! for the test and look at its events by type, actor and country.
#![allow(dead_code)]

use depeche_events::{Event, EventType, Extractor, Role, SegmentResult, Status};
use depeche_names::Registry;

/// Every event of every segment of `text`.
pub fn events(text: &str) -> Vec<Event> {
    let segments: Vec<SegmentResult> = match Extractor::new(Registry::embedded()).extract(text) {
        Ok(s) => s,
        Err(e) => panic!("extraction failed: {e}"),
    };
    segments.into_iter().flat_map(|s| s.events).collect()
}

/// The events of one type, background ones left out.
pub fn of_type(events: &[Event], kind: EventType) -> Vec<&Event> {
    events
        .iter()
        .filter(|e| e.kind == kind && !e.background)
        .collect()
}

/// Canonical names (else the text) of the actors in one role.
pub fn names(e: &Event, role: Role) -> Vec<String> {
    e.actors
        .iter()
        .filter(|a| a.role == role)
        .map(|a| a.canonical.as_deref().unwrap_or(&a.text).to_string())
        .collect()
}

/// Every actor's name, whatever its role.
pub fn all_names(e: &Event) -> Vec<String> {
    let mut n = names(e, Role::Source);
    n.extend(names(e, Role::Target));
    n
}

/// The sorted, deduplicated countries of the actors and the location.
pub fn countries(e: &Event) -> Vec<String> {
    let mut c: Vec<String> = e
        .actors
        .iter()
        .filter_map(|a| a.country.as_deref().map(str::to_string))
        .collect();
    c.extend(
        e.location
            .as_ref()
            .and_then(|l| l.country.as_deref().map(str::to_string)),
    );
    c.sort();
    c.dedup();
    c
}

/// Whether one of the event's actors is named `needle` (substring of the
/// canonical name or the text).
pub fn has_actor(e: &Event, needle: &str) -> bool {
    e.actors.iter().any(|a| {
        a.text.contains(needle) || a.canonical.as_deref().is_some_and(|c| c.contains(needle))
    })
}

/// The one event of `kind` whose actors include `needle`, or a panic that
/// shows every event.
pub fn the_event<'e>(events: &'e [Event], kind: EventType, needle: &str) -> &'e Event {
    let found: Vec<&Event> = of_type(events, kind)
        .into_iter()
        .filter(|e| has_actor(e, needle))
        .collect();
    match found.as_slice() {
        [one] => one,
        _ => panic!("expected one {kind:?} with {needle}, found {found:#?}\nall: {events:#?}"),
    }
}

/// The status of the one event of `kind` with `needle`.
pub fn status_of(events: &[Event], kind: EventType, needle: &str) -> Status {
    the_event(events, kind, needle).status
}

/// The countries of every meeting of `text` (background left out) that
/// names `needle`.
pub fn meeting_countries_with(text: &str, needle: &str) -> Vec<Vec<String>> {
    let ev = events(text);
    of_type(&ev, EventType::Meeting)
        .into_iter()
        .filter(|e| has_actor(e, needle))
        .map(countries)
        .collect()
}

/// Two country codes, sorted as [`countries`] gives them.
pub fn pair(a: &str, b: &str) -> Vec<String> {
    let mut v = vec![a.to_string(), b.to_string()];
    v.sort();
    v
}

/// The activities of `text`, background ones left out.
pub fn activities_of(text: &str) -> Vec<Event> {
    let ev = events(text);
    of_type(&ev, EventType::Activity)
        .into_iter()
        .cloned()
        .collect()
}

/// The only meeting of `text` (background left out), with every event of
/// the text; a panic that shows them when there is not exactly one.
pub fn only_meeting(text: &str) -> (Event, Vec<Event>) {
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    let [m] = meetings.as_slice() else {
        panic!("expected one meeting in {text:?}, found {ev:#?}");
    };
    let m = (*m).clone();
    (m, ev)
}

/// Who confers and who is decorated: (conferrers, decorated) of one award.
pub type AwardPair = (Vec<String>, Vec<String>);

/// (conferrers, decorated) of every AWARD of `text`, background left out.
pub fn award_pairs(text: &str) -> Vec<AwardPair> {
    of_type(&events(text), EventType::Award)
        .into_iter()
        .map(|e| (names(e, Role::Source), names(e, Role::Target)))
        .collect()
}

/// Whether one of `found` is conferred by `giver` on `receiver` (parts
/// of their names).
pub fn has_award(found: &[AwardPair], giver: &str, receiver: &str) -> bool {
    found
        .iter()
        .any(|(s, t)| s.iter().any(|n| n.contains(giver)) && t.iter().any(|n| n.contains(receiver)))
}

/// Every VISIT of `text` (background left out) as (visitor text, target
/// country, status).
pub fn visits_of(text: &str) -> Vec<(String, String, Status)> {
    let ev = events(text);
    of_type(&ev, EventType::Visit)
        .iter()
        .map(|v| {
            let who = v.actors.iter().find(|a| a.role == Role::Source);
            let to = v.actors.iter().find(|a| a.role == Role::Target);
            (
                who.map(|a| a.text.clone()).unwrap_or_default(),
                to.and_then(|a| a.country.as_deref().map(str::to_string))
                    .unwrap_or_default(),
                v.status,
            )
        })
        .collect()
}

/// (sources, targets) of every event of `kind` in `text`, background left
/// out, each actor by its canonical name or else its text.
pub fn sides(text: &str, kind: EventType) -> Vec<(Vec<String>, Vec<String>)> {
    of_type(&events(text), kind)
        .iter()
        .map(|e| (names(e, Role::Source), names(e, Role::Target)))
        .collect()
}

/// Whether one of `found` (from [`sides`]) names both `a` and `b`, on
/// either side.
pub fn names_both(found: &[(Vec<String>, Vec<String>)], a: &str, b: &str) -> bool {
    found.iter().any(|(s, t)| {
        let all: Vec<&String> = s.iter().chain(t).collect();
        all.iter().any(|n| *n == a) && all.iter().any(|n| *n == b)
    })
}
