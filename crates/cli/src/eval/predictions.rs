//! Reading saved `depeche extract` output (JSON Lines) as predictions.

use super::score::Predicted;
use super::Input;
use depeche_events::Event;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Line {
    source: String,
    #[serde(default)]
    segments: Vec<Segment>,
    #[serde(default)]
    error: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct Segment {
    #[serde(default)]
    dispatch: Option<Dispatch>,
    #[serde(default)]
    events: Vec<Event>,
}

#[derive(Deserialize)]
struct Dispatch {
    #[serde(default)]
    date: Option<String>,
}

/// Parses extract output; `origin` names the file in errors (`file:line: …`).
pub fn parse(text: &str, origin: &str) -> Result<Vec<Input>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let l: Line = serde_json::from_str(line).map_err(|e| format!("{origin}:{}: {e}", i + 1))?;
        out.push(Input {
            dispatch_date: l
                .segments
                .first()
                .and_then(|s| s.dispatch.as_ref())
                .and_then(|d| d.date.clone()),
            events: l
                .segments
                .iter()
                .flat_map(|s| &s.events)
                .map(Predicted::from_event)
                .collect(),
            failed: l.error.is_some(),
            source: l.source,
        });
    }
    Ok(out)
}

/// Reads and parses a predictions file.
pub fn load(path: &Path) -> Result<Vec<Input>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read predictions file {}: {e}", path.display()))?;
    parse(&text, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_extract_lines_and_error_records() {
        let event = serde_json::to_string(&depeche_output::sample::event()).expect("json");
        let text = format!(
            "{{\"source\":\"dir/a.txt\",\"segments\":[{{\"dispatch\":{{\"date\":\"2025-05\",\"paragraphs\":[]}},\"mentions\":[],\"events\":[{event},{event}]}},{{\"dispatch\":{{\"date\":null}},\"mentions\":[],\"events\":[{event}]}}]}}\n\n\
             {{\"source\":\"b.txt\",\"error\":{{\"kind\":\"invalid_utf8\",\"message\":\"m\",\"offset\":3}}}}\n"
        );
        let inputs = parse(&text, "p.jsonl").expect("parse");
        assert_eq!(inputs.len(), 2);
        assert_eq!(inputs[0].source, "dir/a.txt");
        assert_eq!(inputs[0].events.len(), 3);
        assert_eq!(inputs[0].dispatch_date.as_deref(), Some("2025-05"));
        assert!(!inputs[0].failed);
        assert!(inputs[1].failed);
        assert!(inputs[1].events.is_empty());
        let err = parse("{\"source\": 1}", "p.jsonl")
            .err()
            .unwrap_or_default();
        assert!(err.starts_with("p.jsonl:1: "), "{err}");
    }
}
