//! Gatherings that always meet at one seat place the events set at them:
//! "en marge de l'Assemblée générale des Nations unies" is New York, "lors
//! de la session du Conseil des droits de l'homme" Geneva, "au siège de
//! l'ONU" New York. A body merely talked about places nothing, and a
//! place the sentence names wins; a gathering named by its city ("le
//! sommet d'Abidjan") is there. Every text is written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::{Event, EventType};

fn placed_at(text: &str, kind: EventType, seat: &str) -> bool {
    locations(text, kind).contains(&Some(seat.to_string()))
}

fn locations(text: &str, kind: EventType) -> Vec<Option<String>> {
    let ev: Vec<Event> = events(&format!("Rabat, 25 septembre 2024 (MAP) - {text}\n"));
    of_type(&ev, kind)
        .into_iter()
        .map(|e| {
            e.location
                .as_ref()
                .and_then(|l| l.country.as_deref().map(str::to_string))
        })
        .collect()
}

#[test]
fn a_meeting_on_the_sidelines_of_a_seated_body_is_at_its_seat() {
    for (text, seat) in [
        ("Le ministre Nasser Bourita s'est entretenu mardi avec son homologue sénégalaise Yassine Fall en marge de la 79e session de l'Assemblée générale des Nations unies.", "USA"),
        ("En marge de l'Assemblée générale de l'ONU, le président kazakh Kassym-Jomart Tokaïev a rencontré le président ukrainien Volodymyr Zelensky.", "USA"),
        ("Le chef de la diplomatie marocaine a rencontré lundi son homologue chilien lors des travaux du Conseil de sécurité de l'ONU.", "USA"),
        ("Nasser Bourita a eu un entretien avec le ministre suisse Ignazio Cassis à l'occasion de la session du Conseil des droits de l'homme.", "CHE"),
        ("Le ministre Nasser Bourita a rencontré le président sénégalais Bassirou Diomaye Faye au siège des Nations unies.", "USA"),
        ("Le roi Mohammed VI a reçu le président français en marge du Forum de Davos.", "CHE"),
    ] {
        assert!(placed_at(text, EventType::Meeting, seat), "{text}");
    }
}

#[test]
fn a_speech_before_a_seated_body_is_at_its_seat() {
    for text in [
        "Le président sénégalais Bassirou Diomaye Faye a pris la parole mardi devant l'Assemblée générale des Nations unies.",
        "Le président sénégalais Bassirou Diomaye Faye a prononcé un discours à la tribune de l'Assemblée générale de l'ONU.",
    ] {
        assert!(placed_at(text, EventType::Activity, "USA"), "{text}");
    }
}

#[test]
fn a_body_merely_talked_about_places_nothing() {
    for text in [
        "Le ministre Nasser Bourita a reçu lundi à Rabat son homologue sénégalaise Yassine Fall. Les deux ministres ont évoqué la réforme du Conseil de sécurité des Nations unies.",
        "Le ministre Nasser Bourita a reçu son homologue sénégalaise Yassine Fall, qui a salué le rôle de l'Assemblée générale des Nations unies.",
    ] {
        let found = locations(text, EventType::Meeting);
        assert!(!found.is_empty(), "{text}: no meeting");
        assert!(
            !found.contains(&Some("USA".to_string())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_place_the_sentence_names_wins_over_the_seat() {
    let text = "Le ministre Nasser Bourita a rencontré à Genève son homologue sénégalaise Yassine Fall, en marge de l'Assemblée générale des Nations unies.";
    let found = locations(text, EventType::Meeting);
    assert!(found.contains(&Some("CHE".to_string())), "{found:?}");
    assert!(!found.contains(&Some("USA".to_string())), "{found:?}");
}

#[test]
fn a_gathering_named_by_its_city_is_there() {
    for (text, kind, country) in [
        ("Le président Bassirou Diomaye Faye prendra part au sommet d'Abidjan.", EventType::Activity, "CIV"),
        ("Le ministre Nasser Bourita a participé mardi au forum de Dakar.", EventType::Activity, "SEN"),
        ("Nasser Bourita a rencontré son homologue sénégalaise Yassine Fall en marge de la conférence de Paris.", EventType::Meeting, "FRA"),
        ("Le roi Mohammed VI a reçu le président sénégalais lors de la réunion de Genève.", EventType::Meeting, "CHE"),
        ("Nasser Bourita s'est entretenu avec le ministre ghanéen Samuel Okudzeto Ablakwa au sommet du Caire.", EventType::Meeting, "EGY"),
    ] {
        assert!(placed_at(text, kind, country), "{text}");
    }
}
