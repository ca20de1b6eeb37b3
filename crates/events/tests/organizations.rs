//! Heads and officers of international organizations: they meet, visit and
//! sign for their organization, so their own nationality never enters an
//! event's countries. Every text is written for these tests.

mod common;
use common::{countries, events, of_type, the_event};
use depeche_events::EventType;

fn countries_of(text: &str, kind: EventType, needle: &str) -> Vec<String> {
    let ev = events(text);
    countries(the_event(&ev, kind, needle))
}

#[test]
fn a_secretary_general_met_abroad_adds_no_country() {
    for text in [
        "Rabat, 25 septembre 2018 (MAP) - Le ministre marocain des Affaires étrangères Nasser Bourita s'est entretenu mardi à New York avec le secrétaire général de l'ONU, Antonio Guterres.\n",
        "Rabat, 25 septembre 2018 (MAP) - Le secrétaire général des Nations unies, Antonio Guterres, a reçu mardi à New York le ministre marocain des Affaires étrangères Nasser Bourita.\n",
        "Rabat, 25 septembre 2018 (MAP) - Le ministre marocain des Affaires étrangères Nasser Bourita a eu mardi à New York un entretien avec M. Antonio Guterres, secrétaire général de l'ONU.\n",
    ] {
        assert_eq!(
            countries_of(text, EventType::Meeting, "Guterres"),
            ["MAR", "USA"],
            "{text}"
        );
    }
}

#[test]
fn the_head_of_a_regional_bank_keeps_no_nationality() {
    let text = "Cotonou, 11 janvier 2024 (ABP) - Le président béninois Patrice Talon a rencontré jeudi à Abidjan le président de la Banque africaine de développement (BAD), Akinwumi Adesina.\n";
    assert_eq!(
        countries_of(text, EventType::Meeting, "Adesina"),
        ["BEN", "CIV"]
    );
}

#[test]
fn an_officer_the_registry_lacks_is_told_by_the_office_before_the_name() {
    let text = "Rabat, 25 septembre 2018 (MAP) - Le ministre marocain des Affaires étrangères Nasser Bourita s'est entretenu mardi à New York avec le président du CICR, Pierre Valmorel.\n";
    assert_eq!(
        countries_of(text, EventType::Meeting, "Valmorel"),
        ["MAR", "USA"]
    );
}

#[test]
fn a_visit_by_an_organization_head_has_the_host_alone() {
    let text = "Moscou, 21 octobre 2024 (TASS) - Le secrétaire général de l'ONU, Antonio Guterres, est arrivé lundi à Moscou.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{visits:?}");
    assert_eq!(countries(visits[0]), ["RUS"]);
}

#[test]
fn national_officials_keep_their_country() {
    let text = "Rabat, 25 septembre 2018 (MAP) - Le ministre marocain des Affaires étrangères Nasser Bourita s'est entretenu mardi à New York avec le ministre ghanéen des Affaires étrangères Shirley Ayorkor Botchwey.\n";
    assert_eq!(
        countries_of(text, EventType::Meeting, "Botchwey"),
        ["GHA", "MAR", "USA"]
    );
}
