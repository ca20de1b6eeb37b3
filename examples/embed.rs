//! Embedding extraction in a program and filtering events in code: every
//! AGREEMENT (signed agreements, memoranda, joint declarations, partnerships)
//! involving one country, as a compact table.
//!
//! The country is an ISO 3166-1 alpha-3 code, matched against the actors'
//! countries and the location's country.
//!
//! Run it with:
//!
//! ```sh
//! cargo run --release --example embed -- KAZ fixtures/seeds
//! cargo run --release --example embed -- VNM dispatch.txt other-dispatch.txt
//! ```

use depeche_events::{Event, EventType, Extractor, Role};
use depeche_names::Registry;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Whether `country` takes part in `event` (an actor's country or the place).
fn involves(event: &Event, country: &str) -> bool {
    event
        .actors
        .iter()
        .filter_map(|a| a.country.as_deref())
        .chain(event.location.as_ref().and_then(|l| l.country.as_deref()))
        .any(|c| c == country)
}

/// The actors of one side, named by canonical name when resolved.
fn side(event: &Event, role: Role) -> String {
    let names: Vec<String> = event
        .actors
        .iter()
        .filter(|a| a.role == role)
        .map(|a| {
            let name = a.canonical.as_deref().unwrap_or(&a.text);
            match &a.country {
                Some(c) if &**c != name => format!("{name} ({c})"),
                _ => name.to_string(),
            }
        })
        .collect();
    if names.is_empty() {
        "-".into()
    } else {
        names.join(", ")
    }
}

/// At most `n` characters of `s`, with an ellipsis when cut.
fn clip(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().nth(n).is_some() {
        out.push('…');
    }
    out
}

/// Files named on the command line; folders give their `.txt` files.
fn files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut listed: Vec<PathBuf> = std::fs::read_dir(p)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|f| f.extension().is_some_and(|e| e == "txt"))
                .collect();
            listed.sort();
            out.extend(listed);
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((country, paths)) = args.split_first() else {
        eprintln!("usage: embed COUNTRY_CODE PATH...   (e.g. embed KAZ fixtures/seeds)");
        return ExitCode::from(2);
    };
    let country = country.to_uppercase();
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let extractor = Extractor::new(Registry::embedded());

    println!(
        "{:<28} {:<15} {:<9} {:<30} {:<30} evidence",
        "file", "date", "status", "source", "target"
    );
    let mut found = 0usize;
    for file in files(&paths) {
        let name = file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let segments = match std::fs::read(&file).map(|b| extractor.extract_bytes(&b)) {
            Ok(Ok(s)) => s,
            Ok(Err(e)) => {
                eprintln!("{}: {e}", file.display());
                continue;
            }
            Err(e) => {
                eprintln!("{}: {e}", Path::new(&file).display());
                continue;
            }
        };
        let agreements = segments
            .iter()
            .flat_map(|s| &s.events)
            .filter(|e| e.kind == EventType::Agreement && involves(e, &country));
        for e in agreements {
            found += 1;
            let evidence = e.evidence.first().map_or("", |v| v.text.as_str());
            println!(
                "{:<28} {:<15} {:<9} {:<30} {:<30} {}",
                clip(&name, 28),
                e.date.value.as_deref().unwrap_or("-"),
                e.status.as_str(),
                clip(&side(e, Role::Source), 30),
                clip(&side(e, Role::Target), 30),
                clip(evidence, 70)
            );
        }
    }
    eprintln!("{found} agreement(s) involving {country}");
    ExitCode::SUCCESS
}
