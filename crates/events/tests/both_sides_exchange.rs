//! AWARD: two leaders named together ("les deux présidents", "les deux
//! chefs d'Etat") who exchange decorations decorate each other: one award
//! each way. Every text is written for these tests.

mod common;
use common::{countries, events, of_type};
use depeche_events::{EventType, Role};

const LEAD: &str = "Tachkent, 14 octobre 2024 (UzA) - Le président kazakh Kassym-Jomart \
                    Tokaïev a effectué une visite d'Etat en Ouzbékistan. ";

/// (conferrer's country, decorated's country) of every AWARD of `text`.
fn directions(text: &str) -> Vec<(String, String)> {
    let country = |e: &depeche_events::Event, role: Role| {
        e.actors
            .iter()
            .find(|a| a.role == role)
            .and_then(|a| a.country.as_deref().map(str::to_string))
            .unwrap_or_default()
    };
    let mut found: Vec<(String, String)> =
        of_type(&events(&format!("{LEAD}{text}\n")), EventType::Award)
            .into_iter()
            .map(|e| (country(e, Role::Source), country(e, Role::Target)))
            .collect();
    found.sort();
    found
}

#[test]
fn both_leaders_named_together_decorate_each_other() {
    let both_ways = vec![
        ("KAZ".to_string(), "UZB".to_string()),
        ("UZB".to_string(), "KAZ".to_string()),
    ];
    for text in [
        "Les deux chefs d'Etat ont échangé leurs décorations.",
        "Les deux présidents ont ensuite échangé les plus hautes distinctions de leurs pays.",
        "A l'issue des entretiens, les deux présidents ont échangé les insignes de leurs ordres nationaux.",
        "Les deux dirigeants se sont remis mutuellement les plus hautes distinctions de leurs pays.",
    ] {
        assert_eq!(directions(text), both_ways, "{text}");
    }
}

#[test]
fn both_leaders_decorated_are_no_exchange() {
    let found = directions("Les deux présidents ont été décorés.");
    assert!(found.len() <= 1, "{found:?}");
    let ev = events(&format!("{LEAD}Les deux présidents ont été décorés.\n"));
    for e in of_type(&ev, EventType::Award) {
        assert_eq!(countries(e), ["KAZ", "UZB"], "{e:#?}");
    }
}
