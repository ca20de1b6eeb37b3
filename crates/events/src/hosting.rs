//! Where a visitor's activities happen.
//!
//! A dispatch about a visit tells what the visitor did without saying where
//! each time: "il a déposé une gerbe", "il a pris part à la réunion
//! plénière", "lors d'une conférence de presse". Coders place those acts in
//! the host country, whose code then belongs to the event's countries. Only
//! foreigners' acts are placed so: a host's own acts at home name no other
//! country.

use crate::model::{Event, EventType, Location, Role};
use crate::subtype::Subtype;
use depeche_names::shared;

/// Place every activity that names no place and whose actor is foreign to
/// the host of the dispatch's main visit in that host country.
pub(crate) fn place_visitors_activities(events: &mut [Event], host: Option<&str>) {
    let Some(host) = host else {
        return;
    };
    for e in events.iter_mut() {
        if e.kind != EventType::Activity || e.background || e.location.is_some() {
            continue;
        }
        let foreign = e
            .actors
            .iter()
            .filter(|a| a.role == Role::Source)
            .filter_map(|a| a.country.as_deref())
            .any(|c| c != host);
        if foreign {
            e.location = Some(Location {
                text: host.to_string(),
                entity: Some(shared(host)),
                country: Some(shared(host)),
            });
        }
    }
}

/// Drop the attendances of people of one country at home: "le
/// vice-Premier ministre russe et d'autres responsables russes ont pris
/// part à la cérémonie d'adieu", "le Premier ministre et le président de
/// l'Assemblée ont assisté à la cérémonie". A host's officials attending
/// an event in their own country are no act of a visiting delegation.
/// Home is the place the event names, else the `host` of the dispatch;
/// an actor of unknown country (an international body's head) may be the
/// foreign one, and keeps the event.
pub(crate) fn drop_attendances_at_home(events: &mut Vec<Event>, host: Option<&str>) {
    events.retain(|e| !attendance_at_home(e, host));
}

fn attendance_at_home(e: &Event, host: Option<&str>) -> bool {
    if e.kind != EventType::Activity || e.subtype != Some(Subtype::Attend) {
        return false;
    }
    let place = match &e.location {
        Some(l) => l.country.as_deref(),
        None => host,
    };
    let Some(home) = place else {
        return false;
    };
    e.actors.iter().all(|a| a.country.as_deref() == Some(home))
}

/// Drop the activities that name no country at all, in their actors or
/// their place: "d'autres chefs de délégation ont pris la parole", an
/// ambassador of unstated country reviewing a guard. Nothing ties such an
/// act to the diplomacy of any state.
pub(crate) fn drop_stateless_activities(events: &mut Vec<Event>) {
    events.retain(|e| {
        e.kind != EventType::Activity
            || e.actors.iter().any(|a| a.country.is_some())
            || e.location.as_ref().is_some_and(|l| l.country.is_some())
    });
}
