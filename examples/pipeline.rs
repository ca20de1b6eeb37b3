//! The three libraries composed by hand: a folder of dispatches in, JSON Lines
//! out, in the same line format as `depeche extract`.
//!
//! - `depeche-names` provides the registry (the embedded one, plus an
//!   optional registry file given as second argument);
//! - `depeche-events` parses each dispatch (with `depeche-parse`) and extracts
//!   its events;
//! - `depeche-parse`'s `Span` is used to check provenance: every evidence and
//!   mention span must slice the original input to the text reported.
//!
//! Run it with:
//!
//! ```sh
//! cargo run --release --example pipeline -- fixtures/seeds
//! cargo run --release --example pipeline -- fixtures/seeds my-registry.tsv
//! ```

use depeche_events::{Extractor, SegmentResult};
use depeche_names::Registry;
use depeche_parse::Span;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// One output line: `segments` for a processed document, `error` for a
/// failed one (field order as in `depeche extract`).
#[derive(Serialize)]
struct Line<'a> {
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    segments: Option<&'a [SegmentResult]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorRecord>,
}

#[derive(Serialize)]
struct ErrorRecord {
    kind: String,
    message: String,
    offset: Option<usize>,
}

/// The `.txt` files under `dir`, recursively, sorted by path.
fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            txt_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// Spans that do not slice `input` to the text they claim. Evidence text may
/// come from the repaired view (`duVietnam` → `du Vietnam`), so it is compared
/// up to whitespace.
fn bad_spans(input: &str, segments: &[SegmentResult]) -> usize {
    let exact = |span: Span, text: &str| span.slice(input) == Some(text);
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    let loose = |span: Span, text: &str| span.slice(input).map(squeeze) == Some(squeeze(text));
    let mut bad = 0;
    for seg in segments {
        bad += seg
            .mentions
            .iter()
            .filter(|m| !exact(m.span, &m.text))
            .count();
        for e in &seg.events {
            bad += e
                .evidence
                .iter()
                .filter(|v| !loose(v.span, &v.text))
                .count();
        }
    }
    bad
}

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: pipeline FOLDER [REGISTRY_FILE]");
        return ExitCode::from(2);
    };
    // The embedded registry is shared and static; extend a copy only when asked.
    let extended;
    let registry: &Registry = match args.next() {
        Some(file) => {
            let mut reg = Registry::embedded().clone();
            if let Err(e) = reg.load_file(Path::new(&file)) {
                eprintln!("bad registry file: {e}");
                return ExitCode::from(2);
            }
            extended = reg;
            &extended
        }
        None => Registry::embedded(),
    };
    let extractor = Extractor::new(registry);

    let mut files = Vec::new();
    if let Err(e) = txt_files(&dir, &mut files) {
        eprintln!("cannot list {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in files {
        let source = path.display().to_string();
        let error_record = |kind: &str, message: String, offset| ErrorRecord {
            kind: kind.to_string(),
            message,
            offset,
        };
        let bytes = std::fs::read(&path);
        let result = match &bytes {
            Err(e) => Err(error_record("io", e.to_string(), None)),
            Ok(b) => extractor
                .extract_bytes(b)
                .map_err(|e| error_record(e.kind(), e.to_string(), Some(e.offset()))),
        };
        let (segments, error) = match result {
            Ok(s) => (Some(s), None),
            Err(e) => (None, Some(e)),
        };
        if let (Some(segs), Ok(b)) = (&segments, &bytes) {
            let bad = bad_spans(&String::from_utf8_lossy(b), segs);
            if bad > 0 {
                eprintln!("{source}: {bad} span(s) do not match their text");
            }
        }
        failed |= error.is_some();
        let line = Line {
            source: &source,
            segments: segments.as_deref(),
            error,
        };
        match serde_json::to_string(&line) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("{source}: cannot serialize: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
