//! A hand-made event for the tests of code that renders or reads events: it
//! has two source actors, a location, a reduced-precision date and evidence
//! with the characters that formats must escape.

use depeche_events::*;
use depeche_names::EntityKind;
use depeche_parse::Span;

/// A person actor with `role`.
pub fn actor(role: Role, text: &str, canonical: Option<&str>, country: Option<&str>) -> Actor {
    Actor {
        role,
        text: text.into(),
        entity: None,
        canonical: canonical.map(Into::into),
        kind: Some(EntityKind::Person),
        country: country.map(Into::into),
        title: None,
        span: None,
        group: false,
        key: None,
    }
}

/// A state visit of Tô Lâm to Kazakhstan.
pub fn event() -> Event {
    Event {
        kind: EventType::Visit,
        subtype: Some(depeche_events::Subtype::State),
        status: Status::Occurred,
        background: false,
        cameo: Some("042".into()),
        plover: Some(Plover {
            kind: "CONSULT".into(),
            mode: Some("visit".into()),
        }),
        actors: vec![
            actor(Role::Source, "Tô Lâm", Some("Tô Lâm"), Some("VNM")),
            actor(Role::Source, "son épouse", None, Some("VNM")),
            actor(Role::Target, "Kazakhstan", None, Some("KAZ")),
        ],
        location: Some(Location {
            text: "Astana".into(),
            entity: Some("astana".into()),
            country: Some("KAZ".into()),
        }),
        date: EventDate {
            value: Some("2025-05".into()),
            text: None,
        },
        evidence: vec![
            Evidence {
                text: "Il a visité\tle\ncentre".into(),
                span: Span::new(10, 30),
            },
            Evidence {
                text: "C:\\dossier".into(),
                span: Span::new(40, 50),
            },
        ],
        rule: "visit.test".into(),
    }
}

/// One segment with the sample event twice.
pub fn segments() -> Vec<SegmentResult> {
    vec![SegmentResult {
        dispatch: depeche_parse::Dispatch::default(),
        mentions: vec![],
        events: vec![event(), event()],
    }]
}
