//! The event records depeche produces (SPEC section 6 field names).

use crate::subtype::Subtype;
use depeche_names::{EntityKind, Mention};
use depeche_parse::{Dispatch, Span};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The event types of SPEC section 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EventType {
    /// An official trip to a country or place.
    Visit,
    /// Talks, a meeting, a reception, a courtesy or phone call.
    Meeting,
    /// Signing or exchange of agreements; a joint declaration; a partnership.
    Agreement,
    /// A decoration conferred.
    Award,
    /// An invitation to visit or attend.
    Invitation,
    /// Other things a delegation did (parade, forum, speech, site visit …).
    Activity,
    /// Agreed or affirmed the will to cooperate.
    Intent,
    /// Proposed, asked, urged.
    Appeal,
    /// Hailed, praised.
    Praise,
}

impl EventType {
    /// The type's name as in the JSON output (`VISIT`).
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Visit => "VISIT",
            EventType::Meeting => "MEETING",
            EventType::Agreement => "AGREEMENT",
            EventType::Award => "AWARD",
            EventType::Invitation => "INVITATION",
            EventType::Activity => "ACTIVITY",
            EventType::Intent => "INTENT",
            EventType::Appeal => "APPEAL",
            EventType::Praise => "PRAISE",
        }
    }

    /// The main types scored by the headline F1.
    pub const MAIN: [EventType; 5] = [
        EventType::Visit,
        EventType::Meeting,
        EventType::Agreement,
        EventType::Award,
        EventType::Invitation,
    ];
}

impl std::str::FromStr for EventType {
    type Err = UnknownName;

    /// ```
    /// use depeche_events::EventType;
    /// assert_eq!("VISIT".parse::<EventType>(), Ok(EventType::Visit));
    /// let err = "TRIP".parse::<EventType>().unwrap_err();
    /// assert_eq!(err.to_string(), "unknown event type \"TRIP\"");
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "VISIT" => EventType::Visit,
            "MEETING" => EventType::Meeting,
            "AGREEMENT" => EventType::Agreement,
            "AWARD" => EventType::Award,
            "INVITATION" => EventType::Invitation,
            "ACTIVITY" => EventType::Activity,
            "INTENT" => EventType::Intent,
            "APPEAL" => EventType::Appeal,
            "PRAISE" => EventType::Praise,
            other => return Err(UnknownName::new("event type", other)),
        })
    }
}

/// A name that is none of the values of a closed set (an event type, a
/// subtype).
///
/// ```
/// use depeche_events::EventType;
/// let err = "visit".parse::<EventType>().unwrap_err();
/// assert_eq!((err.what(), err.name()), ("event type", "visit"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {name:?}")]
pub struct UnknownName {
    what: &'static str,
    name: String,
}

impl UnknownName {
    pub(crate) fn new(what: &'static str, name: &str) -> Self {
        UnknownName {
            what,
            name: name.to_string(),
        }
    }

    /// What the name was meant to be (`event type`, `subtype`).
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The name that was read.
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Whether the event happened, is under way, is planned or only proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// It happened.
    Occurred,
    /// It is under way at the dispatch's time.
    Ongoing,
    /// Decided, not yet happened.
    Planned,
    /// Suggested or wished for, not decided.
    Proposed,
}

impl Status {
    /// The status as in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Ongoing => "ongoing",
            Status::Planned => "planned",
            Status::Proposed => "proposed",
        }
    }
}

/// PLOVER (manual v2.0) coding of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plover {
    /// PLOVER event type (`CONSULT`, `AGREE`, `SUPPORT`, `REQUEST`).
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode (`visit`, `phone`, `third-party`, `multilateral`), if any.
    pub mode: Option<String>,
}

/// The role an actor plays in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Who acts (the visitor, the host who receives, the conferrer).
    Source,
    /// Who is acted upon (the host country, the counterpart, the decorated).
    Target,
}

/// One actor of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Source or target.
    pub role: Role,
    /// The text naming the actor.
    pub text: String,
    /// Resolved entity id, if any.
    pub entity: Option<Arc<str>>,
    /// Canonical name, if resolved.
    pub canonical: Option<Arc<str>>,
    /// Entity kind; `None` for a group actor.
    pub kind: Option<EntityKind>,
    /// The country the actor represents (ISO alpha-3).
    pub country: Option<Arc<str>>,
    /// Title or role attached to the actor.
    pub title: Option<Arc<str>>,
    /// Where the actor is named (the mention used), if in the text.
    pub span: Option<Span>,
    /// Whether the actor is a plural group named as one counterpart.
    #[serde(default)]
    pub group: bool,
    /// Normalization key of the person's name (see `depeche_names::key`):
    /// two mentions of someone the registry lacks share it.
    #[serde(default)]
    pub key: Option<Arc<str>>,
}

/// Where an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The text naming the place (or the host country for a visit).
    pub text: String,
    /// Entity id of the place or country.
    pub entity: Option<Arc<str>>,
    /// Country (ISO alpha-3) the location is in.
    pub country: Option<Arc<str>>,
}

/// An event's date: the resolved value (ISO 8601, reduced precision) and the
/// expression it came from, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct EventDate {
    /// `2025-05-11`, `--05-11/--05-12`, … or `None` when unresolved.
    pub value: Option<String>,
    /// The date expression in the text (`lundi`), when it gave one.
    pub text: Option<String>,
}

/// A span of text an event was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The text (a sentence or clause of the original input).
    pub text: String,
    /// Its span in the original input.
    pub span: Span,
}

/// One event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Event type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Subtype (`talks`, `phone`, `state`, `joint_declaration` …).
    pub subtype: Option<Subtype>,
    /// Status.
    pub status: Status,
    /// A reference the dispatch makes but is not about.
    pub background: bool,
    /// CAMEO 1.1b3 code (`040`), if the type has one.
    pub cameo: Option<String>,
    /// PLOVER v2.0 coding, if the type has one.
    pub plover: Option<Plover>,
    /// Source and target actors.
    pub actors: Vec<Actor>,
    /// Where it happened.
    pub location: Option<Location>,
    /// When it happened.
    pub date: EventDate,
    /// Every place in the text that reports it.
    pub evidence: Vec<Evidence>,
    /// The rule that produced it.
    pub rule: String,
}

/// The result for one segment of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentResult {
    /// The parsed dispatch.
    pub dispatch: Dispatch,
    /// Every name mention in the segment (spans into the original input).
    pub mentions: Vec<Mention>,
    /// The events of the segment.
    pub events: Vec<Event>,
}
