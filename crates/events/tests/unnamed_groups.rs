//! A side that is only an indefinite group ("des ministres", "des
//! dirigeants africains", "des fonctionnaires") is a crowd met in passing,
//! not a counterpart: no MEETING. A definite group, someone singled out by
//! office, or the representatives of a body stay counterparts. Every text
//! is written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::EventType;

const LEAD: &str = "Tunis, 17 octobre 2025 (TAP) - ";

fn meetings(text: &str) -> usize {
    of_type(&events(&format!("{LEAD}{text}\n")), EventType::Meeting).len()
}

#[test]
fn an_indefinite_crowd_is_no_counterpart() {
    for text in [
        "Le ministre italien des Affaires étrangères Antonio Tajani a rencontré des ministres tunisiens.",
        "Le président Kaïs Saïed s'est entretenu avec des dirigeants africains en marge du forum.",
        "Des fonctionnaires du protocole ont accueilli la délégation italienne à l'aéroport.",
        "Antonio Tajani a également rencontré des membres du gouvernement tunisien.",
        "Le chef de la diplomatie italienne Antonio Tajani a reçu des chefs d'entreprise italiens installés à Tunis.",
    ] {
        assert_eq!(meetings(text), 0, "{text}");
    }
}

#[test]
fn a_definite_group_an_office_or_a_bodys_representatives_stay_counterparts() {
    for text in [
        "Le ministre italien des Affaires étrangères Antonio Tajani a rencontré les dirigeants du pays hôte.",
        "Antonio Tajani a rencontré le président de l'Assemblée des représentants du peuple, Brahim Bouderbala.",
        "Antonio Tajani a rencontré des représentants des partis politiques tunisiens.",
        "Antonio Tajani s'est entretenu avec des responsables de l'Union générale tunisienne du travail.",
        "Le président Kaïs Saïed a reçu le ministre italien des Affaires étrangères Antonio Tajani.",
    ] {
        assert_eq!(meetings(text), 1, "{text}");
    }
}
