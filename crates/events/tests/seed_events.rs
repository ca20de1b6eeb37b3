//! Snapshots of the events of the five seed dispatches, one line per event,
//! so that a change in what is extracted shows up in review as a readable
//! diff.

use depeche_events::{Event, Extractor, Role};
use depeche_names::Registry;

fn render(event: &Event) -> String {
    let side = |role: Role| {
        event
            .actors
            .iter()
            .filter(|a| a.role == role)
            .map(|a| {
                let name = a.canonical.as_deref().unwrap_or(&a.text);
                format!("{name} ({})", a.country.as_deref().unwrap_or("?"))
            })
            .collect::<Vec<_>>()
            .join(" + ")
    };
    format!(
        "{:<10} {:<9}{} {} -> {} | at {} | date {} | {} | {} evidence",
        event.kind.as_str(),
        event.status.as_str(),
        if event.background {
            " [background]"
        } else {
            ""
        },
        side(Role::Source),
        side(Role::Target),
        event
            .location
            .as_ref()
            .and_then(|l| l.country.as_deref())
            .unwrap_or("-"),
        event.date.value.as_deref().unwrap_or("-"),
        event.rule,
        event.evidence.len(),
    )
}

fn snapshot_of(name: &str) -> String {
    let path = format!("{}/../../fixtures/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let segments = Extractor::new(Registry::embedded())
        .extract(&text)
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = String::new();
    for (i, segment) in segments.iter().enumerate() {
        out.push_str(&format!("segment {i}\n"));
        for event in &segment.events {
            out.push_str(&render(event));
            out.push('\n');
        }
    }
    out
}

#[test]
fn seed_000_state_visit_to_kazakhstan() {
    insta::assert_snapshot!(snapshot_of("000_ce7cb7c1a078b6f9.txt"));
}

#[test]
fn seed_001_party_delegation_in_kazakhstan() {
    insta::assert_snapshot!(snapshot_of("001_a1c08a7234309de3.txt"));
}

#[test]
fn seed_002_political_consultation() {
    insta::assert_snapshot!(snapshot_of("002_736024ccf3c9f9dd.txt"));
}

#[test]
fn seed_003_two_articles_in_one_input() {
    insta::assert_snapshot!(snapshot_of("003_937202ceb36cd35a.txt"));
}

#[test]
fn seed_004_state_visit_to_belarus() {
    insta::assert_snapshot!(snapshot_of("004_e52cb4cd3b8fc08c.txt"));
}
