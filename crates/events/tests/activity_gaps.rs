//! Acts of a visit with a time between the verb and its object ("a
//! prononcé mardi un discours", "a planté mardi un arbre", "s'est adressé
//! mardi aux étudiants"), and going to a site of the host country ("s'est
//! rendu au mausolée", "se rendra à l'usine"), which is no journey — while a
//! city is. Every text is written for these tests.

mod common;
use common::{events, of_type, visits_of};
use depeche_events::{EventType, Status};

const LEAD: &str = "Hanoï, 12 mars 2025 (VNA) - Le président indonésien Prabowo Subianto \
                    effectue une visite d'État au Vietnam. ";

/// The (subtype, status) of every ACTIVITY of the lead and `text`.
fn activities(text: &str) -> Vec<(String, Status)> {
    let ev = events(&format!("{LEAD}{text}\n"));
    of_type(&ev, EventType::Activity)
        .iter()
        .map(|e| {
            (
                e.subtype
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
                e.status,
            )
        })
        .collect()
}

#[test]
fn a_time_between_the_verb_and_the_act() {
    for (text, subtype) in [
        ("Le président Prabowo a prononcé mardi un discours à l'Université nationale de Hanoï.", "speech"),
        ("Le président Prabowo a prononcé ce matin une allocution devant les entrepreneurs.", "speech"),
        ("Le président Prabowo a planté mardi un arbre du souvenir au palais présidentiel.", "tree"),
        ("Le président Prabowo s'est adressé mardi aux étudiants de l'Académie nationale de politique.", "speech"),
        ("Le président Prabowo s'est adressé hier soir à la communauté d'affaires.", "speech"),
    ] {
        let found = activities(text);
        assert!(found.iter().any(|(s, _)| s == subtype), "{text}: {found:?}");
    }
}

#[test]
fn going_to_a_site_of_the_host_country_is_an_act() {
    for (text, status) in [
        (
            "Mardi, le président Prabowo s'est rendu au mausolée du Président Hô Chi Minh.",
            Status::Occurred,
        ),
        (
            "Le président Prabowo s'est rendu mardi à l'usine VinFast de Hai Phong.",
            Status::Occurred,
        ),
        (
            "Le président Prabowo se rendra jeudi au Temple de la Littérature.",
            Status::Planned,
        ),
        (
            "Le président Prabowo doit se rendre à l'Université nationale de Hanoï.",
            Status::Planned,
        ),
        (
            "Les deux présidents se sont rendus au musée d'histoire militaire.",
            Status::Occurred,
        ),
    ] {
        let found = activities(text);
        assert!(
            found
                .iter()
                .any(|(s, st)| s == "site_visit" && *st == status),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_city_is_a_journey_not_a_site() {
    for (text, to) in [
        (
            "Le président Prabowo se rendra ensuite à Port Moresby, en Papouasie-Nouvelle-Guinée.",
            "PNG",
        ),
        (
            "Le président Prabowo s'est rendu mardi à Port-Louis, à Maurice.",
            "MUS",
        ),
        (
            "Le président Prabowo se rendra jeudi à Vientiane, au Laos.",
            "LAO",
        ),
        (
            "Le président Prabowo s'est rendu au Cambodge mercredi.",
            "KHM",
        ),
        (
            "Le président Prabowo se rendra vendredi à Port-au-Prince, en Haïti.",
            "HTI",
        ),
    ] {
        let found = visits_of(&format!("{LEAD}{text}\n"));
        assert!(found.iter().any(|(_, c, _)| c == to), "{text}: {found:?}");
    }
}
