//! Output formats of `depeche extract`: JSON Lines (SPEC section 6), a TSV
//! event table and PLOVER-style event records.
//!
//! Rendering happens on the worker threads; the writer only copies text.

pub mod jsonl;
pub mod plover;
pub mod tsv;

use crate::args::Format;
use crate::pipeline::Doc;
use depeche_events::{Actor, Event, Role};

/// A rendered document.
#[derive(Debug)]
pub struct Rendered {
    /// Text for stdout (may be empty: a TSV of a document with no events).
    pub text: String,
    /// For formats without error records: the failure to report on stderr.
    pub failure: Option<String>,
    /// Whether the document failed.
    pub failed: bool,
}

/// Renders `doc` in `format`.
pub fn render(format: Format, pretty: bool, doc: &Doc) -> Rendered {
    match format {
        Format::Jsonl => {
            let (text, failed) = jsonl::record(doc, pretty);
            Rendered {
                text,
                failure: None,
                failed,
            }
        }
        Format::Tsv | Format::Plover => match &doc.result {
            Ok(segments) => Rendered {
                text: if format == Format::Tsv {
                    tsv::rows(&doc.source, segments)
                } else {
                    plover::records(&doc.source, segments)
                },
                failure: None,
                failed: false,
            },
            Err(e) => Rendered {
                text: String::new(),
                failure: Some(format!("{}: {} ({})", doc.source, e.message, e.kind)),
                failed: true,
            },
        },
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
pub(crate) mod sample {
    //! A hand-made event for the format tests.
    use depeche_events::*;
    use depeche_names::EntityKind;
    use depeche_parse::Span;

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

    pub fn event() -> Event {
        Event {
            kind: EventType::Visit,
            subtype: Some("state".into()),
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

    pub fn segments() -> Vec<SegmentResult> {
        vec![SegmentResult {
            dispatch: depeche_parse::Dispatch::default(),
            mentions: vec![],
            events: vec![event(), event()],
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::DocError;

    #[test]
    fn names_and_countries_are_joined() {
        let e = sample::event();
        assert_eq!(joined_names(&e, Role::Source), "Tô Lâm; son épouse");
        assert_eq!(joined_countries(&e, Role::Source), "VNM");
        assert_eq!(joined_names(&e, Role::Target), "Kazakhstan");
        assert_eq!(evidence_text(&e), "Il a visité\tle\ncentre | C:\\dossier");
    }

    #[test]
    fn tsv_and_plover_report_failures_on_stderr() {
        let doc = Doc {
            source: "bad.txt".into(),
            bytes: 3,
            result: Err(DocError {
                kind: "invalid_utf8".into(),
                message: "invalid UTF-8 at byte 1".into(),
                offset: Some(1),
            }),
        };
        for f in [Format::Tsv, Format::Plover] {
            let r = render(f, false, &doc);
            assert!(r.failed);
            assert!(r.text.is_empty());
            assert_eq!(
                r.failure.as_deref(),
                Some("bad.txt: invalid UTF-8 at byte 1 (invalid_utf8)")
            );
        }
        let r = render(Format::Jsonl, false, &doc);
        assert!(r.failed);
        assert!(r.failure.is_none());
    }
}
