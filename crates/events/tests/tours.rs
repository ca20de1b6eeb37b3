//! Tours: one visitor, several countries in one list ("une tournée qui le
//! mènera en Algérie, en Tunisie et en Égypte", "effectuera des visites au
//! Kenya et en Ouganda"). Each country of the list is a visit of its own,
//! with the tour's status; a city and its country stay one visit. Every
//! text is written for these tests.

mod common;
use common::{countries, events, of_type};
use depeche_events::{EventType, Status};

const LEAD: &str = "Accra, 3 mars 2025 (GNA) - ";

/// The (sorted countries, status) of every visit found in `text`.
fn visits(text: &str) -> Vec<(Vec<String>, Status)> {
    let ev = events(&format!("{LEAD}{text}\n"));
    of_type(&ev, EventType::Visit)
        .into_iter()
        .map(|e| (countries(e), e.status))
        .collect()
}

/// One visit of the Senegalese president to each of `stops`, all with
/// `status`, and no other visit.
fn assert_tour(text: &str, stops: &[&str], status: Status) {
    let found = visits(text);
    assert_eq!(found.len(), stops.len(), "{text}: {found:?}");
    for stop in stops {
        let expected = {
            let mut c = vec!["SEN".to_string(), stop.to_string()];
            c.sort();
            c
        };
        assert!(
            found.iter().any(|(c, s)| *c == expected && *s == status),
            "{text}: no {status:?} visit to {stop} in {found:?}"
        );
    }
}

#[test]
fn a_tour_under_way_is_one_ongoing_visit_per_country() {
    for text in [
        "Le président sénégalais Bassirou Diomaye Faye poursuit sa tournée régionale au Ghana et au Togo.",
        "Le président sénégalais Bassirou Diomaye Faye effectue depuis lundi une tournée au Ghana, au Togo et au Bénin.",
        "Le président sénégalais Bassirou Diomaye Faye est en tournée au Ghana et au Togo.",
    ] {
        let stops: &[&str] = if text.contains("Bénin") {
            &["GHA", "TGO", "BEN"]
        } else {
            &["GHA", "TGO"]
        };
        assert_tour(text, stops, Status::Ongoing);
    }
}

#[test]
fn a_tour_to_come_is_one_planned_visit_per_country() {
    for text in [
        "Le président sénégalais Bassirou Diomaye Faye effectuera la semaine prochaine des visites au Ghana, au Togo et au Bénin.",
        "Le président sénégalais Bassirou Diomaye Faye entamera lundi une tournée qui le mènera au Ghana, au Togo puis au Bénin.",
        "Le président sénégalais Bassirou Diomaye Faye effectuera une tournée ouest-africaine au Ghana, au Togo et enfin au Bénin.",
    ] {
        assert_tour(text, &["GHA", "TGO", "BEN"], Status::Planned);
    }
}

#[test]
fn a_finished_tour_is_one_occurred_visit_per_country() {
    for text in [
        "Le président sénégalais Bassirou Diomaye Faye a effectué une tournée en Côte d'Ivoire, au Ghana puis au Togo.",
        "Le président sénégalais Bassirou Diomaye Faye a effectué la semaine dernière une tournée en Côte d'Ivoire, au Ghana puis au Togo.",
        "Le président sénégalais Bassirou Diomaye Faye a achevé dimanche sa tournée régionale qui l'a conduit en Côte d'Ivoire, au Ghana et au Togo.",
    ] {
        assert_tour(text, &["CIV", "GHA", "TGO"], Status::Occurred);
    }
}

#[test]
fn a_city_and_its_country_stay_one_visit() {
    for text in [
        "Le président sénégalais Bassirou Diomaye Faye est arrivé lundi à Accra, au Ghana, pour une visite de deux jours.",
        "Le président sénégalais Bassirou Diomaye Faye effectue une tournée à Kumasi et à Accra, au Ghana.",
    ] {
        let found = visits(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, vec!["GHA".to_string(), "SEN".to_string()]);
    }
}

#[test]
fn countries_outside_one_list_are_no_tour() {
    // The second country is the visitor's own, met in another clause: no
    // second visit to it.
    let text = "Le président sénégalais Bassirou Diomaye Faye effectue une visite au Ghana, où il a été reçu par son homologue, avant de regagner le Sénégal.";
    let found = visits(text);
    assert!(
        found
            .iter()
            .all(|(c, _)| *c == vec!["GHA".to_string(), "SEN".to_string()]),
        "{text}: {found:?}"
    );
}
