//! A TSV event table: one row per event, a header row, every row the same
//! number of columns. The fields of a row, before escaping, are also the flat
//! event records of the Python package.

use crate::{evidence_text, joined_countries, joined_names};
use depeche_events::{Event, Role, SegmentResult};
use std::borrow::Cow;
use std::fmt::Write;

/// The columns, in order.
pub const COLUMNS: [&str; 13] = [
    "date",
    "source_actor",
    "source_country",
    "event_type",
    "cameo",
    "plover",
    "target_actor",
    "target_country",
    "location",
    "status",
    "background",
    "file",
    "evidence",
];

/// The header row, with its newline.
pub fn header() -> String {
    let mut h = COLUMNS.join("\t");
    h.push('\n');
    h
}

/// Escapes a field: backslash, tab, newline and carriage return become
/// `\\`, `\t`, `\n`, `\r`, so a field never breaks the table.
pub fn escape(field: &str) -> Cow<'_, str> {
    if !field.contains(['\\', '\t', '\n', '\r']) {
        return Cow::Borrowed(field);
    }
    let mut out = String::with_capacity(field.len() + 8);
    for c in field.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}

/// The fields of the row of `event` of the document `file`, in the order
/// of [`COLUMNS`], not escaped. `background` is `true` or `false`.
pub fn fields(file: &str, e: &Event) -> [String; 13] {
    let plover = e
        .plover
        .as_ref()
        .map(|p| match &p.mode {
            Some(m) => format!("{}:{m}", p.kind),
            None => p.kind.clone(),
        })
        .unwrap_or_default();
    [
        e.date.value.clone().unwrap_or_default(),
        joined_names(e, Role::Source),
        joined_countries(e, Role::Source),
        e.kind.as_str().to_string(),
        e.cameo.clone().unwrap_or_default(),
        plover,
        joined_names(e, Role::Target),
        joined_countries(e, Role::Target),
        e.location
            .as_ref()
            .map(|l| l.text.clone())
            .unwrap_or_default(),
        e.status.as_str().to_string(),
        e.background.to_string(),
        file.to_string(),
        evidence_text(e),
    ]
}

/// The rows of every event of a document, each ending with a newline.
pub fn rows(file: &str, segments: &[SegmentResult]) -> String {
    let mut out = String::new();
    for e in segments.iter().flat_map(|s| &s.events) {
        for (i, f) in fields(file, e).iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            let _ = write!(out, "{}", escape(f));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    #[test]
    fn escaping() {
        assert_eq!(escape("plain"), "plain");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(escape("a\tb\nc\\d\re"), "a\\tb\\nc\\\\d\\re");
    }

    #[test]
    fn one_row_per_event_with_fixed_columns() {
        let out = rows("dir/f\tile.txt", &sample::segments());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        for l in &lines {
            assert_eq!(l.split('\t').count(), COLUMNS.len());
        }
        let cols: Vec<&str> = lines[0].split('\t').collect();
        assert_eq!(
            cols,
            vec![
                "2025-05",
                "Tô Lâm; son épouse",
                "VNM",
                "VISIT",
                "042",
                "CONSULT:visit",
                "Kazakhstan",
                "KAZ",
                "Astana",
                "occurred",
                "false",
                "dir/f\\tile.txt",
                "Il a visité\\tle\\ncentre | C:\\\\dossier",
            ]
        );
        assert_eq!(header().trim_end().split('\t').count(), COLUMNS.len());
    }
}
