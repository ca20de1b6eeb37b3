//! Where a visitor's activities happen.
//!
//! A dispatch about a visit tells what the visitor did without saying where
//! each time: "il a déposé une gerbe", "il a pris part à la réunion
//! plénière", "lors d'une conférence de presse". Coders place those acts in
//! the host country, whose code then belongs to the event's countries. Only
//! foreigners' acts are placed so: a host's own acts at home name no other
//! country.

use crate::model::{Event, EventType, Location, Role};

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
                entity: Some(host.to_string()),
                country: Some(host.to_string()),
            });
        }
    }
}
