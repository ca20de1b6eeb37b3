//! Gold files: JSON Lines, one record per annotated input file (format:
//! docs/EVALUATION.md).

use crate::fold;
use depeche_events::EventType;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;

/// The gold record of one input file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFile {
    /// The input's bare file name.
    pub file: String,
    /// The dispatch's own date, if the text gives one.
    #[serde(default)]
    pub dispatch_date: Option<String>,
    /// The event types annotated in this file; predictions of other types are ignored.
    pub annotated_types: Vec<EventType>,
    /// Every person who is an actor in some event.
    #[serde(default)]
    pub persons: Vec<GoldPerson>,
    /// The events.
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// A person of a gold file (its `country` is not used by scoring).
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPerson {
    /// The spelling used in event `source`/`target` lists.
    pub name: String,
    /// Other spellings (in the text, and the usual English one).
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl GoldPerson {
    /// The name and every alias.
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A gold event.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldEvent {
    /// Event type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// `occurred`, `ongoing`, `planned` or `proposed`.
    pub status: String,
    /// Source actors: person names, country codes or group descriptions.
    #[serde(default)]
    pub source: Vec<String>,
    /// Target actors, same conventions.
    #[serde(default)]
    pub target: Vec<String>,
    /// ISO 3166-1 alpha-3 codes of the actors and the location.
    #[serde(default)]
    pub countries: Vec<String>,
    /// Country code of the location.
    #[serde(default)]
    pub location: Option<String>,
    /// ISO 8601 (reduced precision) date, if the text gives one.
    #[serde(default)]
    pub date: Option<String>,
    /// A reading a careful annotator could take either way.
    #[serde(default)]
    pub optional: bool,
    /// Mentioned but not what the dispatch is about.
    #[serde(default)]
    pub background: bool,
    /// Annotator's note.
    #[serde(default)]
    pub note: Option<String>,
}

impl GoldEvent {
    /// Whether the event counts as a hit or a miss (not optional, not background).
    pub fn counted(&self) -> bool {
        !self.optional && !self.background
    }
}

impl GoldFile {
    /// The persons among the event's actors: source or target entries that
    /// are a listed person's name or alias. Countries and groups are not persons.
    pub fn person_actors<'a>(&'a self, event: &'a GoldEvent) -> Vec<&'a GoldPerson> {
        let mut out: Vec<&GoldPerson> = Vec::new();
        for actor in event.source.iter().chain(&event.target) {
            let folded = fold::folded(actor);
            let found = self.persons.iter().find(|p| {
                p.spellings()
                    .any(|s| s == actor || (!folded.is_empty() && fold::folded(s) == folded))
            });
            if let Some(p) = found {
                if !out.iter().any(|q| std::ptr::eq(*q, p)) {
                    out.push(p);
                }
            }
        }
        out
    }
}

/// Parses gold JSON Lines; `origin` names the file in errors (`file:line: …`).
pub fn parse(text: &str, origin: &str) -> Result<Vec<GoldFile>, String> {
    let mut files = Vec::new();
    let mut names = HashSet::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldFile =
            serde_json::from_str(line).map_err(|e| format!("{origin}:{}: {e}", i + 1))?;
        if !names.insert(g.file.clone()) {
            return Err(format!(
                "{origin}:{}: file {:?} is annotated twice",
                i + 1,
                g.file
            ));
        }
        files.push(g);
    }
    Ok(files)
}

/// Reads and parses a gold file.
pub fn load(path: &Path) -> Result<Vec<GoldFile>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read gold file {}: {e}", path.display()))?;
    parse(&text, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = r#"{"file": "a.txt", "dispatch_date": "2025-05",
        "annotated_types": ["VISIT", "MEETING"],
        "persons": [{"name": "Karin Erlan", "country": "KAZ", "aliases": ["Erlan Karin"]}],
        "events": [{"type": "MEETING", "status": "occurred", "source": ["VNM"],
                    "target": ["erlan karin", "business leaders"], "countries": ["KAZ", "VNM"],
                    "location": "KAZ", "date": null, "optional": false, "background": false,
                    "note": "x"}]}"#;

    #[test]
    fn parses_a_record_and_finds_person_actors() {
        let text = LINE.replace('\n', " ");
        let files = parse(&text, "gold.jsonl").expect("parse");
        assert_eq!(files.len(), 1);
        let g = &files[0];
        assert_eq!(
            g.annotated_types,
            vec![EventType::Visit, EventType::Meeting]
        );
        let ev = &g.events[0];
        assert!(ev.counted());
        let persons = g.person_actors(ev);
        assert_eq!(persons.len(), 1);
        assert_eq!(persons[0].name, "Karin Erlan");
    }

    #[test]
    fn errors_name_file_and_line() {
        let text = format!("\n{}\n{{\"file\": 3}}\n", LINE.replace('\n', " "));
        let err = parse(&text, "gold.jsonl").expect_err("bad");
        assert!(err.starts_with("gold.jsonl:3: "), "{err}");
        let dup = format!("{0}\n{0}\n", LINE.replace('\n', " "));
        let err = parse(&dup, "g").expect_err("dup");
        assert!(err.starts_with("g:2: "), "{err}");
        let bad_type = r#"{"file": "b", "annotated_types": ["TRAVEL"]}"#;
        assert!(parse(bad_type, "g").is_err());
    }
}
