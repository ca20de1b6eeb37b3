//! What `depeche-names` finds in a dispatch: every mention of a person,
//! country, place, organization or facility in FILE, with its resolution
//! against the embedded registry, one JSON object per line.
//!
//! Run it with:
//!
//! ```sh
//! cargo run --release --example normalize_names -- fixtures/seeds/000_ce7cb7c1a078b6f9.txt
//! ```
//!
//! The file is parsed with `depeche-parse` and names are detected in each
//! title and body paragraph; spans are byte offsets into FILE. Each line
//! carries the mention's fields (`text`, `span`, `kind`, `entity`,
//! `canonical`, `country`, `method`, `title`, `key`), the segment it is in
//! and the kind of piece (`title` or `paragraph`). Input that is not UTF-8
//! or has no text prints one error line and exits with status 1.

use depeche_names::{Mention, Registry};
use serde_json::json;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: normalize_names FILE");
        return ExitCode::FAILURE;
    };
    let shown = path.to_string_lossy().into_owned();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{shown}: cannot read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let doc = match depeche_parse::parse_bytes(&bytes) {
        Ok(doc) => doc,
        Err(e) => {
            let line = json!({"source": shown, "error": {"kind": e.kind(), "message": e.to_string(), "offset": e.offset()}});
            println!("{line}");
            return ExitCode::FAILURE;
        }
    };
    let registry = Registry::embedded();
    for (segment, dispatch) in doc.segments.iter().enumerate() {
        let pieces = dispatch
            .title
            .iter()
            .map(|t| ("title", t))
            .chain(dispatch.paragraphs.iter().map(|p| ("paragraph", p)));
        for (piece, p) in pieces {
            // Detection sees the piece alone; its spans are shifted back
            // onto the file.
            for mut m in registry.detect(&p.text) {
                m.span.start += p.span.start;
                m.span.end += p.span.start;
                print_mention(&shown, segment, piece, &m);
            }
        }
    }
    ExitCode::SUCCESS
}

fn print_mention(source: &str, segment: usize, piece: &str, m: &Mention) {
    let mut value = match serde_json::to_value(m) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{source}: cannot serialize a mention: {e}");
            return;
        }
    };
    if let Some(obj) = value.as_object_mut() {
        obj.insert("source".into(), json!(source));
        obj.insert("segment".into(), json!(segment));
        obj.insert("piece".into(), json!(piece));
    }
    println!("{value}");
}
