//! A visitor "attendu" with no place of its own is awaited where the
//! dispatch is datelined: a planned visit to that country. An "attendu"
//! that names its own place or occasion keeps it, and a host awaited at
//! home is no visit. Every text is written for these tests.

mod common;
use common::{events, names, of_type};
use depeche_events::{EventType, Role, Status};

/// The visitors and hosts of the planned visits of `text`.
fn planned_visits(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let ev = events(text);
    of_type(&ev, EventType::Visit)
        .into_iter()
        .filter(|e| e.status == Status::Planned)
        .map(|e| (names(e, Role::Source), names(e, Role::Target)))
        .collect()
}

#[test]
fn a_visitor_awaited_with_no_place_goes_where_the_dispatch_is() {
    for (text, visitors) in [
        (
            "Dakar, 28 nov (APS) - Le président français Emmanuel Macron est attendu vendredi soir.\n",
            1,
        ),
        (
            "Dakar, 28 nov (APS) - D'autres chefs d'État parmi lesquels le président ghanéen John Mahama sont attendus samedi.\n",
            1,
        ),
        (
            "Nairobi, 3 mars (KNA) - Le président somalien Hassan Cheikh Mohamoud et le Premier ministre éthiopien Abiy Ahmed sont attendus demain matin.\n",
            2,
        ),
        (
            "Rabat, 12 juin (MAP) - Le ministre paraguayen des Affaires étrangères Rubén Ramírez Lezcano est attendu lundi, a indiqué le ministère.\n",
            1,
        ),
        (
            "Alger, 5 mai (APS) - Le Premier ministre italien Giorgia Meloni était attendue dans la soirée.\n",
            1,
        ),
    ] {
        let found = planned_visits(text);
        assert_eq!(found.len(), visitors, "{text}: {found:?}");
        assert!(
            found.iter().all(|(_, host)| host.len() == 1),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_awaited_visitor_with_a_place_or_occasion_of_its_own_keeps_it() {
    for text in [
        // A host awaited at home: no visit.
        "Dakar, 28 nov (APS) - Le président sénégalais Macky Sall est attendu vendredi soir.\n",
        // Awaited at a summit whose place the text does not give.
        "Dakar, 28 nov (APS) - Le président français Emmanuel Macron est attendu au sommet de la Francophonie.\n",
        "Dakar, 28 nov (APS) - Le président français Emmanuel Macron est attendu pour la cérémonie d'ouverture.\n",
        // Not a person.
        "Dakar, 28 nov (APS) - Un accord de pêche est attendu vendredi.\n",
        // No dateline: nowhere to be awaited.
        "Le président français Emmanuel Macron est attendu vendredi soir.\n",
    ] {
        let found = planned_visits(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}
