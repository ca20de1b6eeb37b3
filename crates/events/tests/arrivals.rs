//! VISIT: arrivals told with the venue or the hour — "est arrivé à
//! l'aéroport international de Berne" (the city is the venue's
//! complement), "est arrivé vers 16 :30 à Berne" (the colon of a time of
//! day ends no clause). Every text is written for these tests.

mod common;
use common::{countries, events, of_type};
use depeche_events::{EventType, Status};

/// (countries, status) of every VISIT of `text`.
fn visits(text: &str) -> Vec<(Vec<String>, Status)> {
    of_type(&events(text), EventType::Visit)
        .into_iter()
        .map(|e| (countries(e), e.status))
        .collect()
}

fn assert_arrival_in_switzerland(text: &str) {
    let found = visits(text);
    assert_eq!(
        found,
        [(vec!["CHE".to_string(), "KAZ".to_string()], Status::Ongoing)],
        "{text}"
    );
}

#[test]
fn the_city_of_an_airport_is_the_destination() {
    for body in [
        "Le président kazakh Kassym-Jomart Tokaïev est arrivé mercredi à l'aéroport international de Berne.",
        "Le président kazakh Kassym-Jomart Tokaïev est arrivé à l'aéroport de Genève, où il a été accueilli par le ministre suisse des Affaires étrangères.",
        "Le président kazakh Kassym-Jomart Tokaïev a atterri dans la matinée à l'aéroport international de Genève.",
    ] {
        assert_arrival_in_switzerland(&format!("Berne, 14 octobre 2024 (ATS) - {body}\n"));
    }
}

#[test]
fn the_colon_of_an_hour_ends_no_clause() {
    for body in [
        "Le président kazakh Kassym-Jomart Tokaïev est arrivé cet après-midi vers 16 :30 à Berne.",
        "Le président kazakh Kassym-Jomart Tokaïev, chef de l'Etat, est arrivé à 9 : 45 à Genève.",
    ] {
        assert_arrival_in_switzerland(&format!("Berne, 14 octobre 2024 (ATS) - {body}\n"));
    }
}
