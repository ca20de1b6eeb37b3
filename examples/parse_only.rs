//! What `depeche-parse` alone makes of a dispatch: prints the parsed
//! `Document` of FILE as one pretty JSON object, with the field names of
//! `docs/OUTPUT.md`
//! (segments with date, header, dateline, title, paragraphs, photo credits,
//! related links, signature and repairs, every piece with its byte span).
//!
//! Run it with:
//!
//! ```sh
//! cargo run --release --example parse_only -- fixtures/seeds/003_937202ceb36cd35a.txt
//! ```
//!
//! The parse is also checked against the crate's guarantees (spans valid and
//! in order, nothing lost) with `depeche_parse::check::verify`. Bad input (a
//! file that cannot be read, invalid UTF-8, empty text) or a broken
//! guarantee prints an error with its byte offset on stderr and exits with
//! status 1.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: parse_only FILE");
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
            eprintln!("{shown}: {} error at byte {}: {e}", e.kind(), e.offset());
            return ExitCode::FAILURE;
        }
    };
    // parse_bytes succeeded, so the bytes are UTF-8.
    let text = String::from_utf8_lossy(&bytes);
    if let Err(v) = depeche_parse::check::verify(&text, &doc) {
        eprintln!("{shown}: broken guarantee: {v}");
        return ExitCode::FAILURE;
    }
    match serde_json::to_string_pretty(&doc) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{shown}: cannot write JSON: {e}");
            ExitCode::FAILURE
        }
    }
}
