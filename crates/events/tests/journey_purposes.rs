//! A journey made for a named event ("se rendra à Monrovia pour les
//! célébrations", "a quitté Abuja pour le sommet", "est attendu à Varsovie
//! pour le Sommet") is the traveller's planned attendance, at the
//! journey's destination; an arrival made for it reports the visit only,
//! and "pour le sommet" after no journey attends nothing. Every text is
//! written for these tests in the agencies' style.

mod common;
use common::{activities_of, countries, has_actor, pair};
use depeche_events::Status;

const DATELINE: &str = "Dakar, 25 juillet (APS) - ";

fn activities(body: &str) -> Vec<depeche_events::Event> {
    activities_of(&format!("{DATELINE}{body}\n"))
}

#[test]
fn a_journey_made_for_an_event_is_a_planned_attendance() {
    for body in [
        "Le président Bassirou Diomaye Faye se rendra samedi à Monrovia pour les célébrations \
         du 178e anniversaire de l'indépendance du Libéria.",
        "Le président Bassirou Diomaye Faye a quitté Dakar ce matin pour le 45e sommet de la \
         CEDEAO à Monrovia, au Libéria.",
        "Lundi, le président Bassirou Diomaye Faye est attendu à Monrovia pour le sommet des \
         chefs d'Etat de l'Union du fleuve Mano.",
        "Le chef de l'Etat sénégalais Bassirou Diomaye Faye se rendra au Libéria pour la \
         cérémonie d'investiture du président élu.",
        "Bassirou Diomaye Faye se rendra en fin de semaine au Libéria pour l'investiture du \
         président élu.",
    ] {
        let found = activities(body);
        assert!(
            found.len() == 1
                && has_actor(&found[0], "Faye")
                && found[0].status == Status::Planned
                && countries(&found[0]) == pair("LBR", "SEN"),
            "{body}: {found:#?}"
        );
    }
}

#[test]
fn an_arrival_or_no_journey_before_the_event_attends_nothing() {
    for body in [
        "Le président libérien Joseph Boakai est arrivé vendredi à Dakar pour le sommet de \
         l'Union africaine.",
        "Les préparatifs pour le sommet de la CEDEAO avancent, selon le ministre sénégalais.",
        "Le gouvernement libérien a débloqué un budget pour les célébrations de la fête \
         nationale.",
        "Le président libérien Joseph Boakai et sa délégation sont arrivés à Dakar pour les \
         cérémonies du 65e anniversaire de l'indépendance du Sénégal.",
        "Un comité d'organisation pour le forum d'affaires sénégalo-libérien a été installé.",
    ] {
        let found = activities(body);
        assert!(found.is_empty(), "{body}: {found:#?}");
    }
}
