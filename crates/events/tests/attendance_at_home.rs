//! A host's officials attending an event in their own country are no act
//! of a visiting delegation: no activity. The visitor's attendance in the
//! same dispatch stays. Every text is written for these tests in the
//! agencies' style.

mod common;
use common::{activities_of, has_actor};

const LEAD: &str = "Ankara, 9 avril (AA) - Le président kazakh Kassym-Jomart Tokaïev est \
                    arrivé mardi à Ankara pour une visite d'État en Turquie.\n\n";

#[test]
fn the_hosts_officials_attending_at_home_are_no_activity() {
    for text in [
        "Le vice-président turc Cevdet Yilmaz et d'autres hauts responsables turcs ont pris \
         part à la cérémonie d'adieu à l'aéroport.",
        "Le ministre turc des Affaires étrangères Hakan Fidan a assisté à la cérémonie.",
        "Le président de la Grande Assemblée nationale de Turquie, Numan Kurtulmus, \
         participera jeudi à la séance solennelle.",
        "Le ministre turc du Commerce Ömer Bolat a également pris part à ces audiences.",
        "Hakan Fidan, ministre turc des Affaires étrangères, et Cevdet Yilmaz, vice-président \
         turc, ont assisté au concert donné au palais présidentiel d'Ankara.",
    ] {
        let found: Vec<_> = activities_of(&format!("{LEAD}{text}\n"))
            .into_iter()
            .filter(|e| !has_actor(e, "Tokaïev") && !has_actor(e, "Tokayev"))
            .collect();
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

#[test]
fn the_visitors_attendance_stays() {
    for text in [
        "Le président kazakh a pris part à la cérémonie d'ouverture du forum d'affaires.",
        "M. Tokaïev a assisté mercredi à un concert au palais présidentiel d'Ankara.",
        "Le chef de l'Etat kazakh participera jeudi à la séance solennelle.",
        "Kassym-Jomart Tokaïev et Recep Tayyip Erdogan ont assisté au lancement d'une usine.",
        "Le président Tokaïev prendra part vendredi au sommet de l'Organisation des États \
         turciques.",
    ] {
        let found = activities_of(&format!("{LEAD}{text}\n"));
        assert!(
            found.len() == 1
                && (has_actor(&found[0], "Tokaïev") || has_actor(&found[0], "Tokayev")),
            "{text}: {found:#?}"
        );
    }
}
