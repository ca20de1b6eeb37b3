//! CAMEO (1.1b3) and PLOVER (v2.0) codes for an event.
//!
//! Country codes in depeche follow ISO 3166-1 alpha-3 as PLOVER does; CAMEO's
//! regional actor codes (`EUR` = Europe) are never produced. Meetings are
//! coded 040 (CONSULT) or 041 for a phone call: no rule tells a meeting in
//! a third country (044), a multilateral one or a negotiation (046) apart.

use crate::model::{EventType, Plover, Status};
use crate::subtype::Subtype;

/// The CAMEO 1.1b3 event code for a type and subtype.
pub(crate) fn cameo(kind: EventType, subtype: Subtype) -> Option<&'static str> {
    Some(match kind {
        EventType::Visit => "042",
        EventType::Meeting if subtype == Subtype::Phone => "041",
        EventType::Meeting => "040",
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
pub(crate) fn plover(kind: EventType, subtype: Subtype, status: Status) -> Option<Plover> {
    let future = matches!(status, Status::Planned | Status::Proposed);
    let (kind, mode) = match kind {
        EventType::Visit | EventType::Meeting if future => ("AGREE", None),
        EventType::Visit => ("CONSULT", Some("visit")),
        EventType::Meeting => ("CONSULT", (subtype == Subtype::Phone).then_some("phone")),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cameo_codes() {
        assert_eq!(cameo(EventType::Meeting, Subtype::Phone), Some("041"));
        assert_eq!(cameo(EventType::Meeting, Subtype::Talks), Some("040"));
        assert_eq!(cameo(EventType::Visit, Subtype::Official), Some("042"));
        assert_eq!(cameo(EventType::Activity, Subtype::Speech), None);
    }

    #[test]
    fn plover_codes() {
        let mode = |kind, subtype, status| plover(kind, subtype, status).map(|p| (p.kind, p.mode));
        assert_eq!(
            mode(EventType::Visit, Subtype::Official, Status::Planned),
            Some(("AGREE".to_string(), None))
        );
        assert_eq!(
            mode(EventType::Meeting, Subtype::Phone, Status::Occurred),
            Some(("CONSULT".to_string(), Some("phone".to_string())))
        );
        assert_eq!(
            mode(EventType::Visit, Subtype::Trip, Status::Ongoing),
            Some(("CONSULT".to_string(), Some("visit".to_string())))
        );
        assert_eq!(
            mode(EventType::Activity, Subtype::Press, Status::Occurred),
            None
        );
    }
}
