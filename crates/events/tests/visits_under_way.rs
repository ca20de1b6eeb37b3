//! Whether a visit still runs on the dispatch's day. A visit whose stated
//! length still runs on that day ("Arrivé lundi pour une visite de trois
//! jours" in a dispatch of Tuesday) is under way and keeps its first day;
//! one whose length ended before the dispatch spans its days. "En visite"
//! set beside a name, with no verb of its own, says where the visitor is
//! now — unless the exchange it is told with lies days before the
//! dispatch, or the dispatch has no date to compare with. Every text is
//! written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::{EventType, Status};

/// The status and date of the one visit of `text`.
fn the_visit(text: &str) -> (Status, Option<String>) {
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    match visits.as_slice() {
        [one] => (one.status, one.date.value.clone()),
        _ => panic!("{text}: expected one visit, found {visits:#?}"),
    }
}

fn day(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn a_stated_length_still_running_on_the_dispatch_day_is_under_way() {
    for (text, first) in [
        (
            "Luanda, 18 mars 2025 (ANGOP) - Arrivé lundi à Luanda pour une visite d'État de trois jours, le président mozambicain Daniel Chapo a eu ce mardi des entretiens avec son homologue João Lourenço.\n",
            "2025-03-17",
        ),
        // The last day of the stay is still a day of the visit.
        (
            "Djibouti, 8 juillet 2025 (ADI) - Arrivé lundi soir pour une visite de travail de deux jours, le Premier ministre éthiopien Abiy Ahmed s'est entretenu mardi avec le président Ismaïl Omar Guelleh.\n",
            "2025-07-07",
        ),
        (
            "Oulan-Bator, 25 mars 2025 (Montsame) - Le ministre japonais des Affaires étrangères Takeshi Iwaya est arrivé lundi à Oulan-Bator pour une visite officielle de trois jours en Mongolie.\n",
            "2025-03-24",
        ),
        (
            "Apia, 10 avril 2025 (SPN) - Le Premier ministre tongien Aisake Eke a entamé mardi une visite officielle de quatre jours aux Samoa.\n",
            "2025-04-08",
        ),
        (
            "Tachkent, 27 août 2025 (UzA) - Le président turc Recep Tayyip Erdoğan est arrivé hier soir à Tachkent pour une visite d'État de 2 jours en Ouzbékistan.\n",
            "2025-08-26",
        ),
    ] {
        assert_eq!(the_visit(text), (Status::Ongoing, day(first)), "{text}");
    }
}

#[test]
fn a_stated_length_over_before_the_dispatch_day_spans_the_visit() {
    for (text, span) in [
        (
            "Luanda, 21 mars 2025 (ANGOP) - Arrivé lundi à Luanda pour une visite d'État de trois jours, le président mozambicain Daniel Chapo s'est entretenu avec son homologue João Lourenço.\n",
            "2025-03-17/2025-03-19",
        ),
        (
            "Apia, 20 avril 2025 (SPN) - Le Premier ministre tongien Aisake Eke a entamé le 8 avril une visite officielle de quatre jours aux Samoa.\n",
            "2025-04-08/2025-04-11",
        ),
    ] {
        assert_eq!(the_visit(text), (Status::Occurred, day(span)), "{text}");
    }
}

#[test]
fn en_visite_beside_a_name_is_under_way_on_the_dispatch_day() {
    for text in [
        "Alger, 23 juillet 2025 (APS) - Le président Abdelmadjid Tebboune a reçu mercredi la présidente du Conseil italien, Giorgia Meloni, en visite de travail en Algérie.\n",
        "Abou Dhabi, 5 novembre 2025 (WAM) - Le président Mohamed ben Zayed a reçu mercredi au palais Qasr Al Watan le président indonésien Prabowo Subianto, en visite d'État aux Émirats arabes unis.\n",
        "Abidjan, 12 juin 2025 (AIP) - Le président Alassane Ouattara a accordé une audience jeudi au président libérien Joseph Boakai, en visite d'amitié et de travail en Côte d'Ivoire.\n",
        "Stockholm, 23 septembre 2025 (TT) - Le Premier ministre Ulf Kristersson s'est entretenu mardi avec son homologue islandaise Kristrún Frostadóttir, actuellement en visite de travail en Suède.\n",
        "Panama, 25 juin 2025 (AFP) - Le président costaricien Rodrigo Chaves, en visite d'État au Panama, s'est entretenu mercredi avec son homologue José Raúl Mulino.\n",
    ] {
        assert_eq!(the_visit(text).0, Status::Ongoing, "{text}");
    }
}

#[test]
fn en_visite_seen_days_before_or_without_a_dispatch_date_has_occurred() {
    for text in [
        // The exchange lies six days before the dispatch.
        "Rabat, 19 mars 2024 (MAP) - Le ministre Nasser Bourita a reçu le 13 mars son homologue bissau-guinéenne Suzi Carla Barbosa, en visite de travail au Maroc.\n",
        // No dispatch date to compare with.
        "Le ministre Nasser Bourita a reçu mercredi son homologue bissau-guinéenne Suzi Carla Barbosa, en visite de travail au Maroc.\n",
        "Lors des entretiens lundi à Hanoï avec le président kazakh Kassym-Jomart Tokaïev en visite officielle au Vietnam, les dirigeants vietnamiens ont salué l'amitié entre les deux pays.\n",
    ] {
        assert_eq!(the_visit(text).0, Status::Occurred, "{text}");
    }
}

#[test]
fn en_visite_after_a_verb_of_movement_takes_its_tense() {
    let text = "Hanoï, 3 juin 2025 (VNA) - Le Premier ministre Pham Minh Chinh s'est rendu en visite officielle au Japon du 20 au 22 mai.\n";
    assert_eq!(
        the_visit(text),
        (Status::Occurred, day("2025-05-20/2025-05-22"))
    );
}

#[test]
fn a_participial_arrival_on_the_day_or_the_day_before_is_under_way() {
    for text in [
        "Rabat, 15 janvier 2026 (MAP) - Arrivé la veille à Rabat, le Premier ministre mauritanien Mokhtar Ould Djay a été reçu jeudi par le chef du gouvernement Aziz Akhannouch.\n",
        "Addis-Abeba, 14 février 2026 (ENA) - Arrivé vendredi soir à Addis-Abeba, le président sénégalais Bassirou Diomaye Faye a pris part samedi au sommet.\n",
        "Bruxelles, 21 janvier 2026 (Belga) - Arrivé en fin de matinée à Bruxelles, le Premier ministre luxembourgeois Luc Frieden a été reçu par son homologue Bart De Wever.\n",
        "Tachkent, 27 août 2025 (UzA) - Le président turc Recep Tayyip Erdoğan, arrivé hier soir à Tachkent, a été accueilli ce matin au complexe Kuksaroy.\n",
        "Lima, 2 octobre 2025 (Andina) - Arrivée mercredi à Lima, la ministre bolivienne des Affaires étrangères Celinda Sosa s'est entretenue jeudi avec son homologue péruvien.\n",
    ] {
        assert_eq!(the_visit(text).0, Status::Ongoing, "{text}");
    }
}

#[test]
fn a_participial_arrival_days_before_or_with_its_end_told_has_occurred() {
    for text in [
        "Rabat, 19 janvier 2026 (MAP) - Arrivé le 14 janvier à Rabat, le Premier ministre mauritanien Mokhtar Ould Djay avait été reçu par le chef du gouvernement Aziz Akhannouch.\n",
        "Rabat, 15 janvier 2026 (MAP) - Arrivé la veille à Rabat, le Premier ministre mauritanien Mokhtar Ould Djay a quitté le Maroc jeudi soir.\n",
    ] {
        assert_eq!(the_visit(text).0, Status::Occurred, "{text}");
    }
}
