//! PLOVER-style event records (one JSON line per event), for tools built
//! around POLECAT. Country codes are ISO 3166-1 alpha-3, as in PLOVER (not
//! CAMEO's regional actor codes); `event` and `mode` follow the PLOVER v2.0
//! manual, `cameo` CAMEO 1.1b3.

use crate::{evidence_text, joined_countries, joined_names};
use depeche_events::{Role, SegmentResult};
use serde::Serialize;

/// One PLOVER-style record.
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    /// Stable id: `<source file>#<segment>-<event>` (0-based).
    pub id: String,
    /// ISO 8601 date (reduced precision or interval), if known.
    pub date: Option<&'a str>,
    /// Source actors' names, joined with `; `.
    pub actor: String,
    /// Source actors' countries (ISO 3166-1 alpha-3), joined with `; `.
    pub actor_country: String,
    /// Target actors' names, joined with `; `.
    pub recipient: String,
    /// Target actors' countries (ISO 3166-1 alpha-3), joined with `; `.
    pub recipient_country: String,
    /// PLOVER event type, `null` for types PLOVER does not code (ACTIVITY).
    pub event: Option<&'a str>,
    /// PLOVER mode, if any.
    pub mode: Option<&'a str>,
    /// PLOVER contexts: none are coded yet.
    pub context: [&'a str; 0],
    /// Where it happened, as named in the text.
    pub event_loc: Option<&'a str>,
    /// The location's country (ISO 3166-1 alpha-3).
    pub event_loc_country: Option<&'a str>,
    /// The evidence sentences, joined with ` | `.
    pub event_text: String,
    /// depeche's own event type (`VISIT` …).
    pub event_type: &'a str,
    /// depeche's subtype (`state`, `phone` …).
    pub subtype: Option<&'a str>,
    /// CAMEO 1.1b3 code.
    pub cameo: Option<&'a str>,
    /// `occurred`, `ongoing`, `planned` or `proposed`.
    pub status: &'a str,
    /// A reference the dispatch makes but is not about.
    pub background: bool,
    /// The input document.
    pub source_file: &'a str,
}

/// The records of a document, one JSON line each.
pub fn records(file: &str, segments: &[SegmentResult]) -> String {
    let mut out = String::new();
    for (s, seg) in segments.iter().enumerate() {
        for (n, e) in seg.events.iter().enumerate() {
            let rec = Record {
                id: format!("{file}#{s}-{n}"),
                date: e.date.value.as_deref(),
                actor: joined_names(e, Role::Source),
                actor_country: joined_countries(e, Role::Source),
                recipient: joined_names(e, Role::Target),
                recipient_country: joined_countries(e, Role::Target),
                event: e.plover.as_ref().map(|p| p.kind.as_str()),
                mode: e.plover.as_ref().and_then(|p| p.mode.as_deref()),
                context: [],
                event_loc: e.location.as_ref().map(|l| l.text.as_str()),
                event_loc_country: e.location.as_ref().and_then(|l| l.country.as_deref()),
                event_text: evidence_text(e),
                event_type: e.kind.as_str(),
                subtype: e.subtype.map(depeche_events::Subtype::as_str),
                cameo: e.cameo.as_deref(),
                status: e.status.as_str(),
                background: e.background,
                source_file: file,
            };
            // A record of strings, numbers and booleans always serializes.
            if let Ok(line) = serde_json::to_string(&rec) {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    #[test]
    fn one_record_per_event_with_stable_ids() {
        let out = records("seeds/000.txt", &sample::segments());
        let recs: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0]["id"], "seeds/000.txt#0-0");
        assert_eq!(recs[1]["id"], "seeds/000.txt#0-1");
        let r = &recs[0];
        assert_eq!(r["date"], "2025-05");
        assert_eq!(r["actor"], "Tô Lâm; son épouse");
        assert_eq!(r["actor_country"], "VNM");
        assert_eq!(r["recipient"], "Kazakhstan");
        assert_eq!(r["recipient_country"], "KAZ");
        assert_eq!(r["event"], "CONSULT");
        assert_eq!(r["mode"], "visit");
        assert_eq!(r["context"], serde_json::json!([]));
        assert_eq!(r["event_loc"], "Astana");
        assert_eq!(r["event_loc_country"], "KAZ");
        assert_eq!(r["cameo"], "042");
        assert_eq!(r["status"], "occurred");
        assert_eq!(r["source_file"], "seeds/000.txt");
        assert_eq!(r["event_text"], "Il a visité\tle\ncentre | C:\\dossier");
    }
}
