//! CAMEO (1.1b3) and PLOVER (v2.0) codes for an event.
//!
//! Country codes in depeche follow ISO 3166-1 alpha-3 as PLOVER does; CAMEO's
//! regional actor codes (`EUR` = Europe) are never produced.

use crate::model::{EventType, Plover, Status};

/// The CAMEO 1.1b3 event code for a type and subtype.
///
/// ```
/// use depeche_events::{coding::cameo, EventType};
/// assert_eq!(cameo(EventType::Meeting, "phone"), Some("041"));
/// assert_eq!(cameo(EventType::Visit, "official"), Some("042"));
/// assert_eq!(cameo(EventType::Activity, "speech"), None);
/// ```
pub fn cameo(kind: EventType, subtype: &str) -> Option<&'static str> {
    Some(match kind {
        EventType::Visit => "042",
        EventType::Meeting => match subtype {
            "phone" => "041",
            "third_location" => "044",
            "negotiation" => "046",
            _ => "040",
        },
        EventType::Agreement => "057",
        EventType::Award => "051",
        EventType::Invitation => "036",
        EventType::Intent => "030",
        EventType::Appeal => "020",
        EventType::Praise => "051",
        EventType::Activity => return None,
    })
}

/// The PLOVER v2.0 coding. A VISIT or MEETING that has not happened yet
/// (planned or proposed) is AGREE, as the PLOVER manual codes future
/// consultations.
///
/// ```
/// use depeche_events::{coding::plover, EventType, Status};
/// let p = plover(EventType::Visit, "official", Status::Planned).unwrap();
/// assert_eq!((p.kind.as_str(), p.mode.as_deref()), ("AGREE", None));
/// let p = plover(EventType::Meeting, "phone", Status::Occurred).unwrap();
/// assert_eq!((p.kind.as_str(), p.mode.as_deref()), ("CONSULT", Some("phone")));
/// ```
pub fn plover(kind: EventType, subtype: &str, status: Status) -> Option<Plover> {
    let future = matches!(status, Status::Planned | Status::Proposed);
    let (kind, mode) = match kind {
        EventType::Visit | EventType::Meeting if future => ("AGREE", None),
        EventType::Visit => ("CONSULT", Some("visit")),
        EventType::Meeting => (
            "CONSULT",
            match subtype {
                "phone" => Some("phone"),
                "third_location" => Some("third-party"),
                "multilateral" => Some("multilateral"),
                _ => None,
            },
        ),
        EventType::Agreement | EventType::Award | EventType::Praise => ("SUPPORT", None),
        EventType::Invitation | EventType::Intent => ("AGREE", None),
        EventType::Appeal => ("REQUEST", None),
        EventType::Activity => return None,
    };
    Some(Plover {
        kind: kind.to_string(),
        mode: mode.map(str::to_string),
    })
}
