//! What detection finds in text: mentions of people, countries, places,
//! organizations and facilities, each resolved (or not) against the registry.

use depeche_parse::Span;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The kind of thing a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A sovereign state (ISO 3166-1 alpha-3 id).
    Country,
    /// A city, region, province or oblast.
    Place,
    /// A party, parliament chamber, ministry, company or international body.
    Organization,
    /// An airport, monument, factory or other named site.
    Facility,
}

/// How a mention was resolved to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// The text is a registry name or alias as written.
    Exact,
    /// Equal after folding case, diacritics, tones, hyphens and spacing.
    Folded,
    /// Equal after transliteration equivalences (ou/u, tch/ch, -ïev/-yev …).
    Translit,
    /// Equal with the words in another order (`Karin Erlan`).
    Reordered,
    /// Initials compatible with the full given names (`A. Bakayev`).
    Initial,
    /// Words glued together were split to match (`NursultanNazarbayev`).
    Joined,
    /// A near-miss spelling of a long name (`Kazakhtan`).
    Fuzzy,
    /// A demonym or adjective pointing at a country (`kazakh`).
    Demonym,
    /// Not in the registry: the mention still has a key.
    Unresolved,
}

/// One mention of a named thing in a text.
///
/// Spans are byte offsets into the text that was given to detection (callers
/// that detect in a normalized view map them back to the original input).
///
/// The strings that come from the registry or repeat across mentions (id,
/// canonical name, country, title, key) are shared (`Arc<str>`, see
/// [`shared`](crate::shared)): a mention costs no allocation for them, and
/// the many copies an extraction makes of them cost none either. They read
/// as `&str` (`m.entity.as_deref()`) and serialize as plain strings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The surface text.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// What kind of thing it names.
    pub kind: EntityKind,
    /// The resolved entity id (`to-lam`, `KAZ`, `org:amanat`), or `None`.
    pub entity: Option<Arc<str>>,
    /// The entity's canonical name, when resolved.
    pub canonical: Option<Arc<str>>,
    /// The country the entity belongs to or represents (ISO alpha-3).
    pub country: Option<Arc<str>>,
    /// How it was resolved.
    pub method: Method,
    /// A title or role in front of the name (`président`, `Premier ministre`).
    pub title: Option<Arc<str>>,
    /// The normalization key of the name (equal keys, same name). Words
    /// glued in the text count as separate (`NursultanNazarbayev` has the key
    /// of `Nursultan Nazarbayev`), and an unresolved surname alone that
    /// refers to a full name given in the same text (`M. Karsten` after
    /// `Ingo Karsten`) has the full name's key.
    pub key: Arc<str>,
}
