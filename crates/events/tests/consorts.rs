//! A spouse going along is no principal: "le président X et son épouse Y
//! ont reçu Z", "le roi X et la reine Y ont entamé une visite d'État",
//! "X et la Première dame Y sont arrivés" — the events are X's. Every text
//! is written for these tests.

mod common;
use common::{events, has_actor, of_type};
use depeche_events::{EventType, Role};

/// The sources of every event of `kind` in `text`.
fn sources(text: &str, kind: EventType) -> Vec<String> {
    let ev = events(text);
    of_type(&ev, kind)
        .iter()
        .flat_map(|e| e.actors.iter().filter(|a| a.role == Role::Source))
        .map(|a| a.canonical.as_deref().unwrap_or(&a.text).to_string())
        .collect()
}

#[test]
fn a_consort_arriving_with_the_visitor_is_no_second_visitor() {
    for text in [
        "Paris, 14 octobre 2024 (AFP) - Le roi des Belges Philippe et la reine Mathilde ont entamé lundi une visite d'État de trois jours en France.",
        "Paris, 14 octobre 2024 (AFP) - Le roi Philippe et la reine Mathilde sont arrivés lundi en France pour une visite d'État.",
        "Paris, 14 octobre 2024 (AFP) - Le roi Philippe et son épouse, la reine Mathilde, sont arrivés lundi à Paris, en France.",
        "Paris, 14 octobre 2024 (AFP) - Le roi Philippe et son épouse Mathilde effectuent depuis lundi une visite d'État en France.",
        "Paris, 14 octobre 2024 (AFP) - Le roi Philippe et sa femme, la reine Mathilde, ont entamé lundi une visite d'État en France.",
    ] {
        let found = sources(text, EventType::Visit);
        assert!(!found.is_empty(), "{text}");
        assert!(found.iter().all(|s| s.contains("Philippe")), "{text}: {found:?}");
    }
}

#[test]
fn a_host_and_spouse_receiving_are_the_host() {
    for text in [
        "Le Caire, 6 octobre 2018 (AFP) - Le président Abdel Fattah al-Sissi et son épouse Entissar ont reçu samedi le président français Emmanuel Macron.",
        "Le Caire, 6 octobre 2018 (AFP) - Abdel Fattah al-Sissi et sa femme Entissar ont accueilli samedi au palais le président Emmanuel Macron.",
        "Le Caire, 6 octobre 2018 (AFP) - Le président égyptien Abdel Fattah al-Sissi et la Première dame Entissar al-Sissi ont reçu samedi Emmanuel Macron.",
        "Le Caire, 6 octobre 2018 (AFP) - Le chef de l'État Abdel Fattah al-Sissi et son épouse, Entissar al-Sissi, ont reçu samedi Emmanuel Macron au palais d'Ittihadiya.",
        "Le Caire, 6 octobre 2018 (AFP) - Le président Abdel Fattah al-Sissi et son épouse ont reçu samedi Emmanuel Macron.",
    ] {
        let ev = events(text);
        let meetings = of_type(&ev, EventType::Meeting);
        assert_eq!(meetings.len(), 1, "{text}: {ev:#?}");
        assert!(has_actor(meetings[0], "Sissi"), "{text}: {meetings:#?}");
        assert!(
            !meetings[0].actors.iter().any(|a| a.text.contains("Entissar")),
            "{text}: {meetings:#?}"
        );
    }
}

#[test]
fn a_queen_regnant_beside_a_president_stays_a_principal() {
    // A queen after a president, not after her king, is no consort.
    for text in [
        "Londres, 3 juin 2019 (AFP) - Le président Donald Trump et la reine Elizabeth II ont passé en revue la garde d'honneur lundi à Londres.",
        "Copenhague, 3 juin 2019 (AFP) - Le président Emmanuel Macron et la reine Margrethe II ont inauguré lundi l'exposition à Copenhague.",
        "Londres, 3 juin 2019 (AFP) - Le président Macron et la reine Elizabeth II ont déposé lundi une gerbe au cénotaphe de Londres.",
        "Copenhague, 3 juin 2019 (AFP) - Le président Emmanuel Macron et la reine Margrethe II ont visité lundi le port de Copenhague.",
        "Londres, 3 juin 2019 (AFP) - Le président Donald Trump et la reine Elizabeth II ont assisté lundi à un concert à Londres.",
    ] {
        let found = sources(text, EventType::Activity);
        assert!(found.iter().any(|s| s.contains("Elizabeth") || s.contains("Margrethe")), "{text}: {found:?}");
    }
}
