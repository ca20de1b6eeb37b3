//! The records depeche writes, composed in one place.
//!
//! The `depeche` command and the Python package must give the very same
//! objects for the same input: the JSON object of a document, the flat TSV
//! row of an event, the PLOVER-style record and the name look-up. Both build
//! them with this crate, so the two cannot drift apart. The fields are
//! described in `docs/OUTPUT.md`.

#![forbid(unsafe_code)]

pub mod document;
pub mod names;
pub mod plover;
pub mod tsv;

#[cfg(any(test, feature = "sample"))]
pub mod sample;

use depeche_events::{Actor, Event, ExtractError, Role};

/// Why a document could not be processed: the `error` object of an error record.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DocError {
    /// Machine-readable kind: `invalid_utf8`, `empty`, `not_found`, `io` …
    pub kind: String,
    /// Human-readable message.
    pub message: String,
    /// Byte offset in the input where the problem is, when it is in the input.
    pub offset: Option<usize>,
}

impl From<&ExtractError> for DocError {
    fn from(e: &ExtractError) -> Self {
        DocError {
            kind: e.kind().to_string(),
            message: e.to_string(),
            offset: Some(e.offset()),
        }
    }
}

/// The name to show for an actor: its canonical name, else the text.
pub fn actor_name(a: &Actor) -> &str {
    a.canonical.as_deref().unwrap_or(&a.text)
}

/// The actors of `event` with `role`.
pub fn actors(event: &Event, role: Role) -> impl Iterator<Item = &Actor> {
    event.actors.iter().filter(move |a| a.role == role)
}

/// Names of the actors with `role`, joined with `; `.
pub fn joined_names(event: &Event, role: Role) -> String {
    actors(event, role)
        .map(actor_name)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Distinct countries of the actors with `role`, in order, joined with `; `.
pub fn joined_countries(event: &Event, role: Role) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for c in actors(event, role).filter_map(|a| a.country.as_deref()) {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    seen.join("; ")
}

/// The evidence texts of `event`, joined with ` | `.
pub fn evidence_text(event: &Event) -> String {
    event
        .evidence
        .iter()
        .map(|e| e.text.as_str())
        .collect::<Vec<_>>()
        .join(" | ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_countries_are_joined() {
        let e = sample::event();
        assert_eq!(joined_names(&e, Role::Source), "Tô Lâm; son épouse");
        assert_eq!(joined_countries(&e, Role::Source), "VNM");
        assert_eq!(joined_names(&e, Role::Target), "Kazakhstan");
        assert_eq!(evidence_text(&e), "Il a visité\tle\ncentre | C:\\dossier");
    }

    #[test]
    fn extract_errors_keep_kind_message_and_offset() {
        let reg = depeche_names::Registry::default();
        let ex = depeche_events::Extractor::new(&reg);
        let err = ex.extract_bytes(b"ab\xffcd").err();
        let doc = err.as_ref().map(DocError::from);
        assert_eq!(
            doc,
            Some(DocError {
                kind: "invalid_utf8".into(),
                message: "invalid UTF-8 at byte 2".into(),
                offset: Some(2),
            })
        );
    }
}
