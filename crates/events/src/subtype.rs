//! The closed set of event subtypes: what kind of visit, meeting,
//! agreement … an event is.

use crate::model::UnknownName;
use serde::{Deserialize, Serialize};

/// Declares the subtypes once: the enum, its snake_case names (as in
/// `data/triggers.tsv` and the JSON output), and the parser.
macro_rules! subtypes {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// What kind of VISIT, MEETING, AGREEMENT … an event is: the
        /// subtype of its trigger in `data/triggers.tsv`, or one the
        /// extractor gives (a trip inside the host country, a meeting with
        /// one's own embassy or community).
        ///
        /// Serialized as its snake_case name.
        ///
        /// ```
        /// use depeche_events::Subtype;
        /// assert_eq!("joint_commission".parse::<Subtype>(), Ok(Subtype::JointCommission));
        /// assert_eq!(Subtype::SiteVisit.as_str(), "site_visit");
        /// assert!("third_location".parse::<Subtype>().is_err());
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Subtype {
            $($(#[$doc])* #[serde(rename = $name)] $variant,)*
        }

        impl Subtype {
            /// Every subtype, in declaration order.
            pub const ALL: &'static [Subtype] = &[$(Subtype::$variant,)*];

            /// The subtype's name as in the data files and the JSON output.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Subtype::$variant => $name,)*
                }
            }
        }

        impl std::str::FromStr for Subtype {
            type Err = UnknownName;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($name => Ok(Subtype::$variant),)*
                    other => Err(UnknownName::new("subtype", other)),
                }
            }
        }
    };
}

subtypes! {
    /// A visit with no more precise kind.
    Official = "official",
    /// A state visit.
    State = "state",
    /// A working visit or working session.
    Working = "working",
    /// A friendship visit.
    Friendship = "friendship",
    /// An arrival at the visit's destination.
    Arrival = "arrival",
    /// A departure for the destination.
    Departure = "departure",
    /// A visitor expected at the destination.
    Expected = "expected",
    /// Leaving the host country at the end of a visit.
    Leave = "leave",
    /// A visit only mentioned by a noun ("la visite du ministre").
    Mention = "mention",
    /// A stay abroad ("durant son séjour").
    Stay = "stay",
    /// A trip: to a destination, or to a city inside the host country.
    Trip = "trip",
    /// Talks, an interview, discussions.
    Talks = "talks",
    /// A meeting.
    Meeting = "meeting",
    /// A reception of a visitor.
    Reception = "reception",
    /// A courtesy call.
    Courtesy = "courtesy",
    /// A phone call.
    Phone = "phone",
    /// An envoy summoned by the ministry of the state he is posted to.
    Summons = "summons",
    /// Political consultations between two ministries.
    Consultation = "consultation",
    /// A session of a joint commission.
    JointCommission = "joint_commission",
    /// An ambassador presenting credentials.
    Credentials = "credentials",
    /// Documents signed.
    Signing = "signing",
    /// A document adopted.
    Adoption = "adoption",
    /// Documents or decorations exchanged.
    Exchange = "exchange",
    /// A joint declaration.
    JointDeclaration = "joint_declaration",
    /// A partnership established or raised.
    Partnership = "partnership",
    /// A decoration conferred.
    Decoration = "decoration",
    /// An invitation extended.
    Invitation = "invitation",
    /// An invitation handed over by a messenger.
    Conveyed = "conveyed",
    /// Attending an event.
    Attend = "attend",
    /// A ceremony.
    Ceremony = "ceremony",
    /// Chairing a session.
    Chair = "chair",
    /// Meeting one's own community abroad.
    Community = "community",
    /// Meeting one's own embassy.
    Embassy = "embassy",
    /// A dinner or banquet.
    Dinner = "dinner",
    /// A press conference or statement.
    Press = "press",
    /// A visit to a site (a port, a factory, a museum).
    SiteVisit = "site_visit",
    /// A speech.
    Speech = "speech",
    /// A tree planted.
    Tree = "tree",
    /// A tribute paid.
    Tribute = "tribute",
    /// A wreath laid.
    Wreath = "wreath",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_and_match_the_json() {
        for &s in Subtype::ALL {
            assert_eq!(s.as_str().parse::<Subtype>(), Ok(s));
            let json = serde_json::to_string(&s).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
    }

    #[test]
    fn an_unknown_name_is_an_error_naming_it() {
        let err = "negotiation".parse::<Subtype>().unwrap_err();
        assert_eq!(err.to_string(), "unknown subtype \"negotiation\"");
    }
}
